/*
 * cmd_digest.c - ssi digest: the week of a team from the same inputs as
 * trend (the snapshots held and merged the same way), computed by
 * src/core/digest.c and written by src/out/digest_out.c.  Beside the
 * trend it keeps, per member, the top action and the industry's pillar
 * averages of its latest record (what the trend does not hold).
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "ssi/digest.h"
#include "ssi/keep.h"
#include "ssi/linkedin.h"
#include "ssi/trend.h"

#define DIGEST_EVERY 7	/* days between the snapshots of one export */

static struct {
	const char *stalled, *stale, *goal, *by_date;
} opt;

static int
opt_whole(struct cli *c, const struct cli_option *o, const char *arg)
{
	int64_t v;

	if (parse_whole(arg, strlen(arg), 0, 3660, &v) < 0 ||
	    (v == 0 && strcmp(o->name, "stalled") == 0)) {
		cli_usage(c, "--%s: '%s' is not a whole number from %d to 3660",
		    o->name, arg, strcmp(o->name, "stalled") == 0);
		return -1;
	}
	*(const char **)o->value = arg;
	return 0;
}

static int
opt_goal(struct cli *c, const struct cli_option *o, const char *arg)
{
	char *end;
	double v = strtod(arg, &end);

	if (*arg == '\0' || *end != '\0' || !(v >= 0 && v <= 100)) {
		cli_usage(c, "--goal: '%s' is not a number from 0 to 100", arg);
		return -1;
	}
	*(const char **)o->value = arg;
	return 0;
}

const struct cli_option digest_options[] = {
	OPT_CALL("stalled", 0, "WEEKS", opt_whole, &opt.stalled, "stalled: no "
	    "rise of the index in the last WEEKS weeks (default: 4)"),
	OPT_CALL("stale", 0, "DAYS", opt_whole, &opt.stale, "stale: no "
	    "official reading for more than DAYS days (default: 14)"),
	OPT_CALL("goal", 0, "N", opt_goal, &opt.goal, "the team's goal: an "
	    "average index of N, projected from the last 8 weeks"),
	OPT_DATE("by-date", &opt.by_date, "with --goal: the day the goal is "
	    "due (on track or behind)"),
	OPT_END
};

/* What the trend does not keep, per member. */
static struct {
	struct trend *t;
	struct digest_extra *x;
	long nx, cap;
} st;

static int
keep_extra(const struct profile *p, const struct score *s)
{
	const struct trend_snap *sn = &st.t->s[st.t->n - 1];
	struct digest_extra *x;
	int k, top;

	while (st.t->nm > st.cap) {
		long cap = st.cap ? 2 * st.cap : 64;
		void *q = realloc(st.x, (size_t)cap * sizeof *st.x);

		if (q == NULL)
			return -1;
		st.x = q;
		st.cap = cap;
	}
	while (st.nx < st.t->nm) {
		memset(&st.x[st.nx], 0, sizeof *st.x);
		st.x[st.nx].top = -1;
		st.x[st.nx].goal = -1;
		for (k = 0; k < P_COUNT; k++)
			st.x[st.nx].ind[k] = -1;
		st.nx++;
	}
	x = &st.x[sn->member];
	/* the goal: of the latest record that has one */
	if (profile_has(p, F_GOAL) && sn->date >= x->goal_at) {
		x->goal = (int32_t)p->num[F_GOAL];
		x->goal_at = sn->date;
		x->goal_by = profile_has(p, F_GOAL_DATE) ?
		    keep_date(profile_text(p, F_GOAL_DATE)) : 0;
	}
	if (sn->date < x->date)
		return 0;
	x->date = sn->date;
	x->top = s != NULL && score_top(s, &top, 1) == 1 ? top : -1;
	for (k = 0; k < P_COUNT; k++)
		x->ind[k] = profile_has(p, F_INDUSTRY_AVG_BRAND + k) ?
		    keep_cents(profile_value(p, F_INDUSTRY_AVG_BRAND + k) /
		    1000.0) : -1;	/* official figures: thousandths */
	return 0;
}

static int
on_record(void *ctx, struct profile *p, const struct score *s,
    const char *file, long line, struct ssi_err *why)
{
	struct held *h = ctx;
	int r = trend_add(st.t, p, s, file, line, why);

	if (r > 0)
		return -1;	/* undated: rejected (the loop says so) */
	if (r == 0 && keep_extra(p, s) == 0)
		return 0;
	if (r == 0)
		err_set(why, "out of memory");
	cli_error(why);
	h->fatal = 1;
	return 1;
}

static struct digest_opts dopt;

/* --only's member (an index into the trend's m), or -1. */
static long
only_member(void)
{
	const char *id = cli_only_id();
	long i;

	for (i = 0; id != NULL && i < st.t->nm; i++)
		if (strcmp(st.t->m[i].id, id) == 0)
			return i;
	return -1;
}

static int
finish(void *obj, struct ssi_err *e)
{
	if (trend_finish(st.t, e) < 0 || cli_only_find(st.t->nm ?
	    &st.t->m[0].id : NULL, st.t->nm, sizeof *st.t->m, e) < 0)
		return -1;
	if (digest_compute(st.t, st.x, &dopt, obj, e) < 0)
		return -1;
	digest_view(obj, only_member(), cli_min_group());
	return 0;
}

static int
accept(const struct profile *p, struct ssi_err *e)
{
	return trend_check(p, e);
}

int
cmd_digest(struct cli *c)
{
	struct held h = { 0 };
	struct digest d;
	int status;

	memset(&d, 0, sizeof d);
	dopt.stalled_weeks = opt.stalled ? atoi(opt.stalled) : 0;
	dopt.stale_days = opt.stale ? atoi(opt.stale) : -1;
	dopt.goal = opt.goal ? strtod(opt.goal, NULL) : -1;
	dopt.goal_by = opt.by_date ? keep_date(opt.by_date) : 0;
	dopt.since = c->ro.li.since && c->ro.li.every == 0 ?
	    keep_date(c->ro.li.since) : 0;
	dopt.until = c->ro.li.until && c->ro.li.every == 0 ?
	    keep_date(c->ro.li.until) : 0;
	if (opt.by_date && !opt.goal)
		return cli_usage(c, "--by-date needs --goal");
	/* one export alone: weekly snapshots, as trend reads it (its
	 * --since and --until then bound both them and the period) */
	cli_export_weekly(c, DIGEST_EVERY);
	if ((st.t = trend_new()) == NULL) {
		cli_fail("out of memory");
		return SSI_EXIT_ERROR;
	}
	h.obj = &d;
	h.on_record = on_record;
	h.finish = finish;
	h.accept = accept;
	h.o.keep_text = (uint64_t)1 << F_ID | (uint64_t)1 << F_NAME |
	    (uint64_t)1 << F_GOAL_DATE;
	if (cli_privacy_begin(c) < 0)
		status = SSI_EXIT_ERROR;
	else
		status = cli_held(c, &h);
	cli_privacy_end();
	digest_free(&d);
	trend_free(st.t);
	free(st.x);
	memset(&st, 0, sizeof st);
	return status;
}
