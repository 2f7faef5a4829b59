/*
 * cmd_log.c - ssi log: record one reading of LinkedIn's official SSI in a
 * JSON Lines file (ssi.7 OFFICIAL FIGURES), and ssi log --changes: every
 * change of the official series of files, labelled by the XmR rule.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "ssi/change.h"
#include "ssi/grow.h"
#include "ssi/idnorm.h"
#include "ssi/li_text.h"
#include "ssi/officiallog.h"
#include "ssi/readings_out.h"
#include "ssi/ssipage.h"
#include "ssi/strtab.h"

/* A figure given by an option (--ssi N): checked by cmd_log. */
struct fig {
	int field;		/* F_OFFICIAL_SSI, ... */
	const char *arg;	/* the value, NULL: not given */
	char label[32];		/* "--ssi" */
};

static struct {
	const char *id, *date;
	struct fig fig[5];
	int changes;
} opt = { .fig = { { F_OFFICIAL_SSI }, { F_INDUSTRY_TOP_PCT },
	{ F_NETWORK_TOP_PCT }, { F_INDUSTRY_AVG_SSI }, { F_NETWORK_AVG_SSI } } };

static int
opt_fig(struct cli *c, const struct cli_option *o, const char *arg)
{
	struct fig *g = o->value;

	(void)c;
	g->arg = arg;
	snprintf(g->label, sizeof g->label, "--%s", o->name);
	return 0;
}

const struct cli_option log_options[] = {
	OPT_STRING("id", "ID", &opt.id, "the reading's id (default: the id of "
	    "FILE's last record, else me)"),
	OPT_STRING("date", "DATE", &opt.date, "the reading's date, YYYY-MM-DD "
	    "(default: today)"),
	OPT_CALL("ssi", 0, "N", opt_fig, &opt.fig[0],
	    "the official index (default: the "
	    "sum of the components)"),
	OPT_CALL("industry-top", 0, "N", opt_fig, &opt.fig[1],
	    "industry SSI rank: top "
	    "N%"),
	OPT_CALL("network-top", 0, "N", opt_fig, &opt.fig[2],
	    "network SSI rank: top N%"),
	OPT_CALL("industry-avg", 0, "N", opt_fig, &opt.fig[3],
	    "the industry's average "
	    "SSI"),
	OPT_CALL("network-avg", 0, "N", opt_fig, &opt.fig[4],
	    "the network's average "
	    "SSI"),
	OPT_REPORT("changes", &opt.changes, RK_CHANGES, "every change of the "
	    "official series of FILE...: up, down or flat"),
	OPT_END
};

#define BIT(f) (1u << ((f) - OFFICIAL_FIRST))

/* Read all of fd (at most max bytes; more is an error: returns -2).  The
 * buffer is NUL-terminated; *n its length.  -1 on a read error (errno). */
static int
slurp_fd(int fd, size_t max, char **buf, size_t *n)
{
	size_t cap = 8192;
	char *b = malloc(cap);

	*n = 0;
	if (b == NULL)
		return -1;
	for (;;) {
		ssize_t r;

		if (*n + 1 >= cap) {
			char *nb;

			if (cap > max + 1) {
				free(b);
				return -2;
			}
			if ((nb = realloc(b, cap * 2)) == NULL) {
				free(b);
				return -1;
			}
			b = nb;
			cap *= 2;
		}
		r = read(fd, b + *n, cap - *n - 1);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			free(b);
			return -1;
		}
		if (r == 0)
			break;
		*n += (size_t)r;
	}
	if (*n > max) {
		free(b);
		return -2;
	}
	b[*n] = '\0';
	*buf = b;
	return 0;
}

/* The line of standard error that shows one figure. */
static void
show(int f, int64_t v, const char *label)
{
	char num[32];

	cli_say("  %-24s %-7s %s\n", field_defs[f].name,
	    official_fmt(v, num, sizeof num), label);
}

static int
usage(void)
{
	cli_fail("usage: ssi log [OPTIONS] FILE [BRAND PEOPLE ENGAGEMENT "
	    "RELATIONSHIPS] (without the four numbers, paste the SSI page on "
	    "standard input)");
	return SSI_EXIT_ERROR;
}

static int log_changes(struct cli *c);

int
cmd_log(struct cli *c)
{
	const char *path, *label[OFFICIAL_N] = { 0 };
	struct ssipage pg;
	struct reading rd;
	struct profile tmp;
	struct ssi_err e = { 0 }, w = { 0 };
	struct out o, line;
	char *last_id = NULL, today[16], shown[96], date[16], idbuf[1024];
	struct logfile lf = { .fd = -1 };
	int i, f, r, five = 0, status = SSI_EXIT_ERROR;
	long replaced;

	if (opt.changes)
		return log_changes(c);
	if (c->nfiles != 1 && c->nfiles != 5 && c->nfiles != 6)
		return usage();
	path = c->files[0];
	/* Five numbers: the first is the index the page shows. */
	if (c->nfiles == 6) {
		if (opt.fig[0].arg != NULL)
			return usage();
		opt.fig[0].arg = c->files[1];
		snprintf(opt.fig[0].label, sizeof opt.fig[0].label, "--ssi");
		memmove(&c->files[1], &c->files[2], 4 * sizeof c->files[0]);
		c->nfiles = 5;
		five = 1;
	}
	memset(&rd, 0, sizeof rd);
	memset(&pg, 0, sizeof pg);
	profile_init(&tmp);

	/* The figures: four numbers, or the page on standard input. */
	if (c->nfiles == 5) {
		for (i = 0; i < 4; i++) {
			f = OFFICIAL_COMPONENT(i);
			if (official_parse(f, c->files[i + 1],
			    strlen(c->files[i + 1]), 1,
			    &rd.v[f - OFFICIAL_FIRST], &e) < 0) {
				cli_fail("log: %s", e.msg);
				goto out;
			}
			rd.has |= BIT(f);
			label[f - OFFICIAL_FIRST] = cli_tr("(command line)");
		}
	} else {
		char *text;
		size_t n;

		if (isatty(0) && !c->quiet)
			cli_say("ssi: log: %s\n", cli_tr("paste the text "
			    "of linkedin.com/sales/ssi (select all, copy), then "
			    "Ctrl-D"));
		r = slurp_fd(0, SSIPAGE_MAX, &text, &n);
		if (r == -2) {
			cli_fail("log: <stdin>: more than %u bytes: not the "
			    "text of the SSI page", SSIPAGE_MAX);
			goto out;
		}
		if (r < 0) {
			cli_fail("log: <stdin>: read error: %s", strerror(errno));
			goto out;
		}
		r = ssipage_read(text, n, &pg, &e);
		free(text);
		if (r < 0) {
			cli_fail("log: <stdin>: %s; nothing recorded", e.msg);
			goto out;
		}
		for (f = OFFICIAL_FIRST; f < F_COUNT; f++)
			if (ssipage_has(&pg, f)) {
				rd.v[f - OFFICIAL_FIRST] = pg.v[f - OFFICIAL_FIRST];
				rd.has |= BIT(f);
				label[f - OFFICIAL_FIRST] = pg.label[f -
				    OFFICIAL_FIRST][0] ? pg.label[f -
				    OFFICIAL_FIRST] : cli_tr("(page order)");
			}
		rd.has &= ~BIT(F_OFFICIAL_SSI);	/* the sum, below */
		label[0] = NULL;
		if (pg.shown >= 0) {
			char num[32];

			snprintf(shown, sizeof shown, cli_tr("the sum of the four "
			    "(the page shows %s)"), official_fmt(pg.shown, num,
			    sizeof num));
			label[0] = shown;
		}
	}
	for (i = 0; i < 5; i++) {
		const char *a = opt.fig[i].arg;

		f = opt.fig[i].field;
		if (a == NULL)
			continue;
		if (official_parse(f, a, strlen(a), 1,
		    &rd.v[f - OFFICIAL_FIRST], &e) < 0) {
			cli_fail("log: %s: %s", opt.fig[i].label, e.msg);
			goto out;
		}
		rd.has |= BIT(f);
		label[f - OFFICIAL_FIRST] = opt.fig[i].label;
	}

	/* The rules: a failed capture is refused, a rank of 0 is out of
	 * range, the index is checked against the components. */
	for (i = 0; i < 4; i++)
		if (rd.v[OFFICIAL_COMPONENT(i) - OFFICIAL_FIRST] != 0)
			break;
	if (i == 4) {
		cli_fail("log: the four components are all zero: a failed "
		    "capture (the page did not load); nothing recorded");
		goto out;
	}
	for (f = OFFICIAL_FIRST; f < F_COUNT; f++)
		if (rd.has & BIT(f)) {
			tmp.num[f] = rd.v[f - OFFICIAL_FIRST];
			tmp.have |= (uint64_t)1 << f;
		}
	r = official_check(&tmp, &w, &e);
	if (r < 0) {
		cli_fail("log: %s", e.msg);
		goto out;
	}
	if (r > 0 && !c->quiet)
		cli_warning(w.msg);
	/* What is written is the sum (ssi.7 OFFICIAL FIGURES). */
	if (profile_has(&tmp, F_OFFICIAL_SSI)) {
		rd.v[0] = tmp.num[F_OFFICIAL_SSI];
		rd.has |= BIT(F_OFFICIAL_SSI);
		if (official_sum(&tmp) < 0)
			;	/* no four components: the typed --ssi */
		else if (opt.fig[0].arg && r == 0)
			label[0] = cli_tr("the sum of the four (--ssi agrees)");
		else if (label[0] == NULL || opt.fig[0].arg)
			label[0] = cli_tr("the sum of the four");
	}

	/* The date (blanks around it dropped; the dates import takes) and
	 * the id. */
	if (opt.date) {
		int32_t day, sec;

		officiallog_trim(opt.date, strlen(opt.date), date, sizeof date);
		if (strlen(date) != 10 || date[4] != '-' || li_when(date, 10,
		    &day, &sec) != 1 || profile_set(&tmp, F_AS_OF, date, 10,
		    VK_STRING, 1, &e) < 0) {
			char q[64];

			cli_fail("log: --date: %s is not a date (YYYY-MM-DD)",
			    err_quote(q, sizeof q, opt.date, strlen(opt.date)));
			goto out;
		}
		rd.as_of = date;
	} else {
		time_t now = time(NULL);
		struct tm tm;

		if (localtime_r(&now, &tm) == NULL ||
		    strftime(today, sizeof today, "%Y-%m-%d", &tm) != 10) {
			cli_fail("log: cannot tell today's date; give --date");
			goto out;
		}
		rd.as_of = today;
	}
	if (opt.id) {
		int what;

		officiallog_id(opt.id, strlen(opt.id), idbuf, sizeof idbuf,
		    &what);
		if ((what & (IDN_INVISIBLE | IDN_COMPOSED)) && !c->quiet) {
			char raw[sizeof idbuf];
			struct ssi_err note = { 0 };

			officiallog_trim(opt.id, strlen(opt.id), raw,
			    sizeof raw);
			id_norm_note(&note, raw, strlen(raw), idbuf,
			    strlen(idbuf), what);
			cli_warning(note.msg);
		}
		if (*idbuf == '\0' || profile_set(&tmp, F_ID, idbuf,
		    strlen(idbuf), VK_STRING, 1, &e) < 0) {
			cli_fail("log: --id: %s", *idbuf ? e.msg :
			    cli_tr("the id is empty"));
			goto out;
		}
	}

	/* FILE: locked from here to the end, read under the lock, checked
	 * to be a file of readings, rewritten atomically. */
	if (officiallog_open(&lf, path, &e) < 0) {
		cli_fail("log: %s; nothing recorded", e.msg);
		goto out;
	}
	if (officiallog_kind(lf.text, lf.n, &e) < 0) {
		cli_fail("log: %s is %s: nothing recorded", path, e.msg);
		goto out;
	}
	if (opt.id)
		rd.id = idbuf;
	else if ((last_id = officiallog_last_id(lf.text, lf.n)) != NULL)
		rd.id = last_id;
	else
		rd.id = "me";
	if (profile_set(&tmp, F_ID, rd.id, strlen(rd.id), VK_STRING, 1,
	    &e) < 0) {
		cli_fail("log: %s: %s", path, e.msg);
		goto out;
	}
	if (out_mem(&line) < 0 || out_mem(&o) < 0) {
		cli_fail("out of memory");
		goto out;
	}
	officiallog_line(&line, &rd);
	replaced = officiallog_put(&o, lf.text, lf.n, rd.id, rd.as_of,
	    line.buf, line.n);
	out_mem_free(&line);
	if (o.err) {
		out_mem_free(&o);
		cli_fail("out of memory");
		goto out;
	}
	r = officiallog_commit(&lf, o.buf, o.n, path, &e);
	out_mem_free(&o);
	if (r < 0) {
		cli_fail("log: %s", e.msg);
		goto out;
	}
	if (!c->quiet) {
		cli_say("ssi: log: %s: ", path);
		cli_say(replaced ? cli_tr("replaced the reading of %s "
		    "%s") : cli_tr("recorded %s %s"), rd.id, rd.as_of);
		if (pg.by_order == 0xF)
			cli_say("%s", cli_tr(" (no labels found: the four "
			    "figures after the index, in page order)"));
		else if (pg.by_order)
			for (i = 0; i < 4; i++)
				if (pg.by_order & (1 << i))
					cli_say(cli_tr(" (no label for %s: its "
					    "figure taken in page order, "
					    "consistent with the index)"),
					    field_defs[OFFICIAL_COMPONENT(i)].name);
		cli_say("\n");
		for (f = OFFICIAL_FIRST; f < F_COUNT; f++)
			if (rd.has & BIT(f))
				show(f, rd.v[f - OFFICIAL_FIRST],
				    label[f - OFFICIAL_FIRST]);
		if (five)
			cli_say("ssi: log: %s\n", cli_tr("of five numbers, the "
			    "first looks like the index: taken as --ssi (the "
			    "index recorded is the sum of the four)"));
		if (lf.created && !opt.id)
			cli_say(cli_tr("ssi: log: %s: a new file: its readings "
			    "are filed under the id '%s'; --id NAME files them "
			    "under the id of your other records\n"), path, rd.id);
	}
	status = SSI_EXIT_OK;
out:
	officiallog_close(&lf);
	profile_free(&tmp);
	free(last_id);
	return status;
}

/* ---- ssi log --changes ---- */

/* A dated snapshot, what its changes need. */
struct logged {
	const char *id, *as_of;		/* kept in the strtab */
	size_t idlen;
	int64_t v[OFFICIAL_N];		/* official_ssi and the components */
	unsigned char has;		/* bit k: v[k] present */
	long idx;			/* replay order */
};

struct changes {
	struct logged *v;
	long n, cap;
	struct strtab st;
	int nomem;
};

#define NSERIES (F_OFFICIAL_RELATIONSHIPS - F_OFFICIAL_SSI + 1)

/* Each snapshot (cli_snapshots), kept when dated. */
static int
on_snapshot(void *ctx, struct profile *p, const struct score *s,
    const struct snapset_at *at)
{
	struct changes *u = ctx;
	struct logged *r;
	int k;

	(void)s;
	(void)at;
	if (!profile_has(p, F_AS_OF))
		return 0;
	if ((r = grow_array(u->v, u->n, &u->cap, sizeof *r, 64,
	    LONG_MAX / (long)sizeof *r)) == NULL)
		goto nomem;
	u->v = r;
	r = &u->v[u->n];
	r->idlen = p->len[F_ID];
	if ((r->id = strtab_keep(&u->st, profile_text(p, F_ID),
	    p->len[F_ID])) == NULL || (r->as_of = strtab_keep(&u->st,
	    profile_text(p, F_AS_OF), p->len[F_AS_OF])) == NULL)
		goto nomem;
	r->has = 0;
	for (k = 0; k < NSERIES; k++) {
		r->v[k] = p->num[F_OFFICIAL_SSI + k];
		if (profile_has(p, F_OFFICIAL_SSI + k))
			r->has |= (unsigned char)(1u << k);
	}
	r->idx = u->n++;
	return 0;
nomem:
	u->nomem = 1;
	return 1;
}

static int
by_key(const void *a, const void *b)
{
	const struct logged *p = a, *q = b;
	int r = strcmp(p->id, q->id);

	if (r == 0)
		r = strcmp(p->as_of, q->as_of);
	if (r == 0)
		r = p->idx < q->idx ? -1 : 1;
	return r;
}

/* One member's snapshots rd[0..n): every change of each official
 * series (the index and the four components), to the writer. */
static void
member_changes(struct writer_ctx *w, const struct writer *wr,
    const struct logged *rd, size_t n)
{
	int64_t *v = malloc(n * sizeof *v), *d = malloc(n * sizeof *d);
	unsigned char *has = malloc(n);
	enum change *ch = malloc(n * sizeof *ch);
	size_t i;
	int k;

	if (!v || !d || !has || !ch)
		w->o->err = ENOMEM;
	for (k = 0; k < NSERIES && !w->o->err; k++) {
		int f = F_OFFICIAL_SSI + k;

		for (i = 0; i < n; i++) {
			has[i] = (rd[i].has >> k) & 1;
			v[i] = rd[i].v[k];
		}
		change_series(v, has, n, f == F_OFFICIAL_SSI ?
		    CHANGE_FLOOR_INDEX : CHANGE_FLOOR_PILLAR, ch, d);
		for (i = 0; i < n; i++) {
			struct change_row x;

			if (ch[i] == CH_NONE)
				continue;
			x.id = rd[i].id;
			x.id_len = rd[i].idlen;
			x.as_of = rd[i].as_of;
			x.field = f;
			x.value = v[i];
			x.delta = d[i];
			x.label = ch[i];
			wr->item(w, &x);
			w->n++;
		}
	}
	free(v);
	free(d);
	free(has);
	free(ch);
}

static int
log_changes(struct cli *c)
{
	struct changes u = { 0 };
	struct snapshots sp = { 0 };
	size_t i, start;
	const struct writer *wr = cli_writer(c);
	struct writer_ctx w = { 0 };
	struct report_opts r;
	int status;
	struct out o;

	if (c->nfiles == 0)
		return usage();
	if (cli_open(c, &o) < 0)
		return SSI_EXIT_ERROR;
	strtab_init(&u.st);
	/* only the ids and dates are needed whole */
	sp.o.keep_text = (uint64_t)1 << F_ID;
	sp.fn = on_snapshot;
	sp.ctx = &u;
	status = cli_snapshots(c, &sp);
	if (u.nomem)
		cli_fail("out of memory");
	if (u.nomem || sp.fatal || sp.res.unreadable) {
		out_abort(&o);
		free(u.v);
		strtab_free(&u.st);
		return SSI_EXIT_ERROR;
	}
	qsort(u.v, (size_t)u.n, sizeof *u.v, by_key);
	cli_report_opts(c, &o, &r);
	w.o = &o;
	w.r = &r;
	if (wr->begin)
		wr->begin(&w);
	for (start = 0; start < (size_t)u.n; start = i) {
		for (i = start + 1; i < (size_t)u.n; i++)
			if (strcmp(u.v[i].id, u.v[start].id) != 0)
				break;
		member_changes(&w, wr, u.v + start, i - start);
	}
	if (wr->end)
		wr->end(&w);
	free(u.v);
	strtab_free(&u.st);
	return cli_finish(c, &o, &sp.res, status);
}
