/* cmd_score.c - ssi score, ssi batch and ssi import: stream records
 * through the scorer (import: without it) into the command's writer. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "ssi/numfmt.h"

/* The options of score and batch, and of import. */
static struct {
	int explain, official;	/* copied into the report options */
	int import_explain;
	int all_snapshots;	/* score: every snapshot, not the latest */
	int jobs;		/* batch -j */
} opt = { .jobs = 1 };

const struct cli_option score_options[] = {
	OPT_FLAG("explain", &opt.explain, "show every signal: input value, "
	    "curve, points, status"),
	OPT_FLAG("official", &opt.official, "CSV/TSV: the official_* columns "
	    "too (LinkedIn's figures)"),
	OPT_FLAG("all-snapshots", &opt.all_snapshots, "report every snapshot, "
	    "not each member's latest"),
	OPT_END
};

/* batch -j N */
static int
opt_jobs(struct cli *c, const struct cli_option *o, const char *arg)
{
	int64_t v;

	if (parse_whole(arg, strlen(arg), 0, PAR_MAX_JOBS, &v) < 0) {
		cli_usage(c, "-j: '%s' is not a whole number from 0 to %d", arg,
		    PAR_MAX_JOBS);
		return -1;
	}
	*(int *)o->value = (int)v;
	return 0;
}

const struct cli_option batch_options[] = {
	OPT_FLAG("explain", &opt.explain, "show every signal: input value, "
	    "curve, points, status"),
	OPT_FLAG("official", &opt.official, "CSV/TSV: the official_* columns "
	    "too (LinkedIn's figures)"),
	OPT_CALL("jobs", 'j', "N", opt_jobs, &opt.jobs, "read CSV input with N "
	    "threads, 0 = one per core (default: 1); the output is the same"),
	OPT_END
};

const struct cli_option import_options[] = {
	OPT_REPORT("explain", &opt.import_explain, RK_EXPLAIN, "say where "
	    "each number came from, field by field, instead of "
	    "the record"),
	OPT_END
};

struct stream {
	struct cli *c;
	struct out o;
	struct report_opts r;
	struct writer_ctx w;
	const struct writer *wr;
	long below;		/* profiles under --fail-under */
	long aside, aside_members;	/* score: older snapshots not reported */
	char names[10][80];	/* the first ten of them, "Ana (41.2)" */
};

/* "Ana (41.2)": the name (else the id) without control characters, and
 * the ssi with the decimals that show it below the threshold. */
static void
below_name(char *buf, size_t n, const struct profile *p, double ssi,
    double under, int lang)
{
	const char *t = profile_text(p, F_NAME);
	size_t i, o = 0;
	char num[32];

	if (t == NULL || t[0] == '\0')
		t = profile_text(p, F_ID);
	for (i = 0; t && t[i] && o + 1 < n - 16; i++)
		buf[o++] = (unsigned char)t[i] < 0x20 || t[i] == 0x7f ? ' ' :
		    t[i];
	/* cut, not inside a UTF-8 character: t[i], the first byte left
	 * out, continues the character begun before it */
	while (o > 0 && t && ((unsigned char)t[i] & 0xC0) == 0x80) {
		o--;
		i--;
	}
	snprintf(num, sizeof num, "%.1f", ssi);
	if (strtod(num, NULL) >= under)
		snprintf(num, sizeof num, "%.2f", ssi);
	numfmt_mark(num, lang);	/* "41,2" in Spanish */
	snprintf(buf + o, n - o, " (%s)", num);
}

/* One profile (a record or a snapshot) into the report. */
static int
put(struct stream *u, const struct profile *p, const struct score *s,
    const char *official_as_of)
{
	struct scored x = { p, s, official_as_of };

	/* cli_below, its first test inline: no --fail-under, no call */
	if (s && u->c->fail_under >= 0 && cli_below(u->c, s->ssi)) {
		if (u->below < 10)
			below_name(u->names[u->below], sizeof u->names[0], p,
			    round2(s->ssi), u->c->fail_under, u->c->lang);
		u->below++;
	}
	u->wr->item(&u->w, s ? (const void *)&x : (const void *)p);
	u->w.n++;
	return out_failed(&u->o) ? 1 : 0;
}

static int
on_record(void *ctx, struct profile *p, const struct score *s,
    const char *file, long line, struct ssi_err *e)
{
	(void)file;
	(void)line;
	(void)e;
	return put(ctx, p, s, NULL);
}

/* score: each snapshot (cli_snapshots) into the report. */
static int
on_snapshot(void *ctx, struct profile *p, const struct score *s,
    const struct snapset_at *at)
{
	struct stream *u = ctx;

	if (at->older > 0) {
		u->aside += at->older;
		u->aside_members++;
	}
	return put(u, p, s, at->official_as_of);
}

/* What latest set aside (as rank says it), on standard error. */
static void
say_aside(const struct stream *u)
{
	const char *fmt;	/* whole formats: a plural is not an "s" */

	if (u->aside == 0 || u->c->quiet)
		return;
	if (u->aside == 1)
		fmt = cli_tr("%ld older snapshot of %ld member set aside "
		    "(--all-snapshots keeps them)");
	else if (u->aside_members == 1)
		fmt = cli_tr("%ld older snapshots of %ld member set aside "
		    "(--all-snapshots keeps them)");
	else
		fmt = cli_tr("%ld older snapshots of %ld members set aside "
		    "(--all-snapshots keeps them)");
	fprintf(stderr, "ssi: %s: ", u->c->cmd->name);
	fprintf(stderr, fmt, u->aside, u->aside_members);
	fputc('\n', stderr);
}

/* ---- batch -j: a stream per part of the input (par.c) ---- */

static void *
part_new(void *ctx, struct out *o)
{
	struct stream *u = ctx, *v = malloc(sizeof *v);

	if (v == NULL)
		return NULL;
	memcpy(v, u, sizeof *v);
	memset(&v->o, 0, sizeof v->o);
	v->w.o = o;
	v->w.r = &u->r;
	v->w.n = 0;
	v->below = 0;
	return v;
}

static void
part_reset(void *part)
{
	struct stream *v = part;

	v->below = 0;
	v->w.n = 0;
}

static void
part_merge(void *ctx, void *part)
{
	struct stream *u = ctx, *v = part;
	long i;

	for (i = 0; i < v->below && i < 10 && u->below + i < 10; i++)
		memcpy(u->names[u->below + i], v->names[i], sizeof u->names[0]);
	u->below += v->below;
	u->w.n += v->w.n;
}

static const struct par_ops batch_par = { on_record, part_new, part_reset,
	part_merge, free };

/* Can batch -j write c's format a part at a time (no item depends on
 * the ones before)? */
static int
par_format(const struct cli *c)
{
	return c->format == OF_CSV || c->format == OF_TSV ||
	    c->format == OF_JSONL;
}

/* Read c's inputs, scored when score is set, into its report. */
static int
stream_run(struct cli *c, int score)
{
	struct stream u;
	struct loop_result res;
	int status;

	memset(&u, 0, sizeof u);
	u.c = c;
	u.wr = cli_writer(c);
	if (cli_open(c, &u.o) < 0)
		return SSI_EXIT_ERROR;
	cli_report_opts(c, &u.o, &u.r);
	u.w.o = &u.o;
	u.w.r = &u.r;
	if (u.wr->begin)
		u.wr->begin(&u.w);
	if (c->cmd->kind == RK_SCORE) {
		/* score: snapshots of one member and one date are one, and
		 * each member's latest is reported (ssi.7 OFFICIAL FIGURES) */
		struct snapshots sp = { 0 };

		sp.o.keep_text = ~(uint64_t)0;
		sp.o.latest = !opt.all_snapshots;
		sp.score = 1;
		sp.fn = on_snapshot;
		sp.ctx = &u;
		sp.one = &u.w.one;
		status = cli_snapshots(c, &sp);
		res = sp.res;
		if (sp.fatal) {
			out_abort(&u.o);
			return SSI_EXIT_ERROR;
		}
		say_aside(&u);
	} else if (score && c->cmd->kind == RK_BATCH && par_jobs(opt.jobs) > 1 &&
	    par_format(c)) {
		status = par_run(c, opt.jobs, &batch_par, &u, &u.o, &res);
	} else {
		status = loop_run(c, score, on_record, &u, &res, &u.w.one);
	}
	/* No report of nothing for an input that could not be read. */
	if (u.wr->end && !res.stopped && !(res.unreadable && u.w.n == 0))
		u.wr->end(&u.w);
	if (status == SSI_EXIT_OK && u.below) {
		long i;

		/* who is below, on standard error */
		cli_say("ssi: ");
		cli_say(u.below == 1 ? cli_tr("%ld profile below %g: ") :
		    cli_tr("%ld profiles below %g: "), u.below, c->fail_under);
		for (i = 0; i < u.below && i < 10; i++)
			cli_say("%s%s", i ? ", " : "", u.names[i]);
		if (u.below > 10)
			cli_say(cli_tr(" and %ld more"), u.below - 10);
		cli_say("\n");
		status = SSI_EXIT_BELOW;
	}
	return cli_finish(c, &u.o, &res, status);
}

int
cmd_score(struct cli *c)
{
	c->rep.explain = opt.explain;
	c->rep.official = opt.official;
	return stream_run(c, 1);
}

int
cmd_import(struct cli *c)
{
	const struct linkedin_opts *li = &c->ro.li;

	if (c->nfiles < 1 || strcmp(c->files[0], "linkedin") != 0)
		return cli_usage(c, "give the kind of export: ssi import "
		    "linkedin PATH");
	if (c->nfiles < 2)
		return cli_usage(c, "give a PATH (a .zip or a folder)");
	c->files++;
	c->nfiles--;
	c->ro.format = IN_LINKEDIN;
	if (opt.import_explain)
		return cmd_import_explain(c);
	/* Several records (exports, or dates of one): JSON Lines unless a
	 * format was asked for (ssi.7 LINKEDIN DATA EXPORT). */
	if (!c->format_given && (c->nfiles > 1 || li->every > 0 ||
	    (li->as_of != NULL && strchr(li->as_of, ',') != NULL)))
		c->format = OF_JSONL;
	return stream_run(c, 0);
}
