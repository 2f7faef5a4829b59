/*
 * cmd_trend.c - ssi trend: the same profiles across dated snapshots,
 * ordered by src/core/trend.c, written by src/out/trend_out.c.  A record
 * without as_of is rejected; records of one id and one as_of are merged
 * into one snapshot before it is scored (snapset.h); --fail-under looks at
 * each member's latest snapshot.
 *
 * LinkedIn exports among the inputs (ssi.7 LINKEDIN DATA EXPORT): one export alone gives
 * its last 13 weekly snapshots (as if --every 7 had been given); two or
 * more are each one snapshot at its own as_of (successive downloads),
 * unless --every or --as-of says otherwise.  JSON and CSV snapshots mix
 * with them.
 */
#include "cli.h"
#include "ssi/trend.h"

#define TREND_EVERY 7	/* days between the snapshots of one export */

static struct {
	int ascii, summary;
	const char *by;
} opt;

const struct cli_option trend_options[] = {
	OPT_STRING("by", "FIELD", &opt.by, "the team part per group of this "
	    "field too (as rank --by)"),
	OPT_FLAG("ascii", &opt.ascii, "plain ASCII sparklines"),
	OPT_FLAG("summary", &opt.summary, "only the team part: averages per "
	    "date, top improvers and decliners"),
	OPT_END
};

static int
on_record(void *ctx, struct profile *p, const struct score *s,
    const char *file, long line, struct ssi_err *why)
{
	struct held *h = ctx;
	int r;

	cli_by_record(p);
	r = trend_add(h->obj, p, s, file, line, why);
	if (r == 0)
		return 0;
	if (r > 0)
		return -1;	/* undated: rejected (the loop says so) */
	cli_error(why);
	h->fatal = 1;
	return 1;
}

static int
finish(void *obj, struct ssi_err *e)
{
	struct trend *t = obj;

	if (cli_by_check("trend", e) < 0 || trend_finish(t, e) < 0)
		return -1;
	trend_by_shown(t, cli_by_shown());
	return cli_only_find(t->nm ? &t->m[0].id : NULL, t->nm, sizeof *t->m,
	    e);
}

static int
accept(const struct profile *p, struct ssi_err *e)
{
	return trend_check(p, e);
}

/* The latest snapshots under --fail-under. */
static void
after(struct held *h)
{
	const struct trend *t = h->obj;
	long i, hid = 0, hidm = 0;

	for (i = 0; i < t->ng; i++)
		if (cli_min_group() > 1 && t->g[i].members < cli_min_group()) {
			hid++;
			hidm += t->g[i].members;
		}
	cli_hidden_note(h->c, "trend", hid, hidm);
	for (i = 0; i < t->nm; i++) {
		const struct trend_member *m = &t->m[i];

		if (cli_below(h->c, t->s[m->first + m->n - 1].v[TV_SSI] /
		    100.0))
			h->below = 1;
	}
}

int
cmd_trend(struct cli *c)
{
	struct held h = { 0 };
	int status, f = -1;

	c->ascii = opt.ascii;
	c->rep.summary = opt.summary;
	cli_export_weekly(c, TREND_EVERY);

	if (opt.by != NULL && (status = cli_by_parse(c, opt.by, &f)) != 0)
		return status;
	if ((h.obj = trend_new()) == NULL) {
		cli_fail("out of memory");
		return SSI_EXIT_ERROR;
	}
	if (opt.by != NULL)
		trend_by(h.obj, f, opt.by);
	h.on_record = on_record;
	h.finish = finish;
	h.after = after;
	h.accept = accept;	/* undated: rejected as read */
	/* the snapshots hold whole only the texts a trend keeps */
	h.o.keep_text = (uint64_t)1 << F_ID | (uint64_t)1 << F_NAME |
	    (f >= 0 ? (uint64_t)1 << f : 0);
	if (cli_privacy_begin(c) < 0)
		status = SSI_EXIT_ERROR;
	else
		status = cli_held(c, &h);
	cli_privacy_end();
	trend_free(h.obj);
	return status;
}
