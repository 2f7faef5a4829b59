/*
 * cmd_log.c - ssi log: record one reading of LinkedIn's official SSI in a
 * JSON Lines file (official.md "ssi log"), and ssi log --changes: every
 * change of the official series of files, labelled by the XmR rule.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "change.h"
#include "cli.h"
#include "merge.h"
#include "officiallog.h"
#include "ssipage.h"

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
	OPT_FLAG("changes", &opt.changes, "every change of the official "
	    "series of FILE...: up, down or flat"),
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
	char *old = NULL, *last_id = NULL, today[16], shown[96];
	size_t oldn = 0;
	int i, f, r, fd, status = SSI_EXIT_ERROR;
	long replaced;

	if (opt.changes)
		return log_changes(c);
	if (c->nfiles != 1 && c->nfiles != 5)
		return usage();
	path = c->files[0];
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
	/* What is written is the sum (official.md "Fields"). */
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

	/* The date and the id. */
	if (opt.date) {
		rd.as_of = opt.date;
		if (profile_set(&tmp, F_AS_OF, rd.as_of, strlen(rd.as_of),
		    VK_STRING, 1, &e) < 0) {
			cli_fail("log: --date: '%s' is not a date (YYYY-MM-DD)",
			    rd.as_of);
			goto out;
		}
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
	fd = open(path, O_RDONLY);
	if (fd < 0 && errno != ENOENT) {
		cli_fail("%s: cannot open: %s", path, strerror(errno));
		goto out;
	}
	if (fd >= 0) {
		r = slurp_fd(fd, (size_t)1 << 30, &old, &oldn);
		close(fd);
		if (r < 0) {
			cli_fail("%s: %s", path, r == -2 ? "larger than 1 GiB" :
			    strerror(errno));
			goto out;
		}
	}
	if (opt.id)
		rd.id = opt.id;
	else if (old && (last_id = officiallog_last_id(old, oldn)) != NULL)
		rd.id = last_id;
	else
		rd.id = "me";
	if (profile_set(&tmp, F_ID, rd.id, strlen(rd.id), VK_STRING, 1,
	    &e) < 0 || *rd.id == '\0') {
		cli_fail("log: --id: %s", *rd.id ? e.msg : "the id is empty");
		goto out;
	}

	/* The file, rewritten atomically. */
	if (out_mem(&line) < 0) {
		cli_fail("out of memory");
		goto out;
	}
	officiallog_line(&line, &rd);
	if (out_open(&o, path, &e) < 0) {
		out_mem_free(&line);
		cli_error(&e);
		goto out;
	}
	replaced = officiallog_put(&o, old ? old : "", oldn, rd.id, rd.as_of,
	    line.buf, line.n);
	out_mem_free(&line);
	if (out_close(&o, &e) != 0) {
		cli_error(&e);
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
	}
	status = SSI_EXIT_OK;
out:
	profile_free(&tmp);
	free(old);
	free(last_id);
	return status;
}

/* ---- ssi log --changes ---- */

struct changes {
	struct cli *c;
	struct snapset *set;
	int failed;
};

static int
on_record(void *ctx, struct profile *p, const struct score *s,
    const char *file, long line, struct ssi_err *err)
{
	struct changes *u = ctx;
	struct ssi_err w = { 0 }, e = { 0 };
	int warned;

	(void)s;
	(void)err;
	if (snapset_add(u->set, p, &w, &warned, &e) < 0) {
		cli_fail("%s", e.msg);
		u->failed = 1;
		return 1;
	}
	if (warned && !u->c->quiet) {
		w.file = file;
		w.line = line;
		err_format(&w, e.msg, sizeof e.msg);
		cli_warning(e.msg);
	}
	return 0;
}

static struct snapset *sort_set;

static int
by_key(const void *a, const void *b)
{
	const struct profile *p = snapset_get(sort_set, *(const size_t *)a);
	const struct profile *q = snapset_get(sort_set, *(const size_t *)b);
	int r = strcmp(profile_text(p, F_ID), profile_text(q, F_ID));

	if (r == 0)
		r = strcmp(profile_text(p, F_AS_OF), profile_text(q, F_AS_OF));
	if (r == 0)
		r = *(const size_t *)a < *(const size_t *)b ? -1 : 1;
	return r;
}

/* One member's snapshots idx[0..n): every change of each official
 * series (the index and the four components). */
static void
member_changes(struct out *o, struct snapset *set, const size_t *idx,
    size_t n, int delim)
{
	int64_t *v = malloc(n * sizeof *v), *d = malloc(n * sizeof *d);
	unsigned char *has = malloc(n);
	enum change *ch = malloc(n * sizeof *ch);
	size_t i;
	int f;

	if (!v || !d || !has || !ch)
		o->err = ENOMEM;
	for (f = F_OFFICIAL_SSI; f <= F_OFFICIAL_RELATIONSHIPS && !o->err; f++) {
		for (i = 0; i < n; i++) {
			const struct profile *p = snapset_get(set, idx[i]);

			has[i] = (unsigned char)profile_has(p, f);
			v[i] = p->num[f];
		}
		change_series(v, has, n, f == F_OFFICIAL_SSI ?
		    CHANGE_FLOOR_INDEX : CHANGE_FLOOR_PILLAR, ch, d);
		for (i = 0; i < n; i++) {
			const struct profile *p = snapset_get(set, idx[i]);
			char num[32];

			if (ch[i] == CH_NONE)
				continue;
			out_cell(o, profile_text(p, F_ID), p->len[F_ID],
			    delim == '\t');
			out_char(o, delim);
			out_str(o, profile_text(p, F_AS_OF));
			out_char(o, delim);
			out_str(o, field_defs[f].name);
			out_char(o, delim);
			out_str(o, official_fixed(v[i], 3, num, sizeof num));
			out_char(o, delim);
			out_char(o, d[i] < 0 ? '-' : '+');
			out_str(o, official_fixed(d[i] < 0 ? -d[i] : d[i], 3,
			    num, sizeof num));
			out_char(o, delim);
			out_str(o, change_ids[ch[i]]);
			out_char(o, '\n');
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
	struct changes u = { c, snapset_new(), 0 };
	size_t *idx = NULL, n, i, k, start;
	struct loop_result res = { 0 };
	int status, delim;
	struct out o;

	if (c->format != OF_CSV && c->format != OF_TSV) {
		snapset_free(u.set);
		cli_fail("log --changes: no '%s' output (csv, tsv)",
		    out_format_ids[c->format]);
		return SSI_EXIT_ERROR;
	}
	delim = c->format == OF_TSV ? '\t' : ',';
	if (c->nfiles == 0) {
		snapset_free(u.set);
		return usage();
	}
	if (u.set == NULL || cli_open(c, &o) < 0) {
		snapset_free(u.set);
		return SSI_EXIT_ERROR;
	}
	status = loop_run(c, 0, on_record, &u, &res, NULL);
	if (u.failed || res.unreadable) {
		out_abort(&o);
		snapset_free(u.set);
		return SSI_EXIT_ERROR;
	}
	n = snapset_count(u.set);
	idx = malloc((n ? n : 1) * sizeof *idx);
	for (i = k = 0; idx && i < n; i++)
		if (profile_has(snapset_get(u.set, i), F_AS_OF))
			idx[k++] = i;
	if (idx == NULL) {
		out_abort(&o);
		snapset_free(u.set);
		cli_fail("out of memory");
		return SSI_EXIT_ERROR;
	}
	sort_set = u.set;
	qsort(idx, k, sizeof *idx, by_key);
	if (!c->rep.no_header) {
		const char *cols[] = { "id", "as_of", "series", "value",
		    "delta", "label" };

		for (i = 0; i < 6; i++) {
			if (i)
				out_char(&o, delim);
			out_str(&o, cols[i]);
		}
		out_char(&o, '\n');
	}
	for (start = 0; start < k; start = i) {
		const struct profile *p = snapset_get(u.set, idx[start]);

		for (i = start + 1; i < k; i++)
			if (strcmp(profile_text(snapset_get(u.set, idx[i]),
			    F_ID), profile_text(p, F_ID)) != 0)
				break;
		member_changes(&o, u.set, idx + start, i - start, delim);
	}
	free(idx);
	snapset_free(u.set);
	return cli_finish(c, &o, &res, status);
}
