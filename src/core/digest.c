/* digest.c - the week of a team (see digest.h). */
#include <stdlib.h>
#include <string.h>

#include "ssi/digest.h"
#include "team.h"
#include "util/days.h"

int32_t
digest_day(uint32_t ymd)
{
	return days_of_ymd(ymd);
}

uint32_t
digest_ymd(int32_t z)
{
	return ymd_of_days(z);
}

static int32_t
avg_round(int64_t sum, long n)
{
	if (n == 0)
		return 0;
	return (int32_t)(sum >= 0 ? (sum + n / 2) / n : -((-sum + n / 2) / n));
}

/* The latest snapshot of member m at or before date, -1: none. */
static long
at_or_before(const struct trend *t, const struct trend_member *m,
    uint32_t date)
{
	long i, r = -1;

	for (i = m->first; i < m->first + m->n; i++)
		if (t->s[i].date <= date)
			r = i;
	return r;
}

/* The latest snapshot of m at or before date with an official index. */
static long
off_at_or_before(const struct trend *t, const struct trend_member *m,
    uint32_t date)
{
	long i, r = -1;

	for (i = m->first; i < m->first + m->n; i++)
		if (t->s[i].date <= date && trend_off(&t->s[i]) >= 0)
			r = i;
	return r;
}

/* The label of the team's change d (in the series' unit) after the
 * moving ranges of v[0..k] (consecutive present values). */
static int
team_label(const int64_t *v, const unsigned char *has, long k, int64_t d)
{
	int64_t sum = 0, prev = 0;
	size_t nr = 0;
	int seen = 0;
	long i;

	for (i = 0; i <= k; i++) {
		if (!has[i])
			continue;
		if (seen) {
			sum += v[i] > prev ? v[i] - prev : prev - v[i];
			nr++;
		}
		prev = v[i];
		seen = 1;
	}
	return change_label(d, nr, sum, CHANGE_FLOOR_INDEX);
}

static const struct digest *sort_d;

static int64_t
mag(int64_t x)
{
	return x < 0 ? -x : x;
}

static int
cmp_moved(const void *a, const void *b)
{
	const struct digest_member *x = &sort_d->m[*(const long *)a];
	const struct digest_member *y = &sort_d->m[*(const long *)b];
	int64_t cx = mag(x->change) * 10, cy = mag(y->change) * 10;

	if (cx != cy)
		return cx > cy ? -1 : 1;
	cx = x->has_ochange ? mag(x->ochange) : 0;
	cy = y->has_ochange ? mag(y->ochange) : 0;
	if (cx != cy)
		return cx > cy ? -1 : 1;
	return strcmp(sort_d->t->m[x->member].id, sort_d->t->m[y->member].id);
}

static int
cmp_stale(const void *a, const void *b)
{
	const struct digest_member *x = &sort_d->m[*(const long *)a];
	const struct digest_member *y = &sort_d->m[*(const long *)b];
	int32_t dx = x->stale_days < 0 ? INT32_MAX : x->stale_days;
	int32_t dy = y->stale_days < 0 ? INT32_MAX : y->stale_days;

	if (dx != dy)
		return dx > dy ? -1 : 1;
	return x->member < y->member ? -1 : x->member > y->member;
}

static void
weakest(struct digest *d, struct digest_member *dm,
    const struct digest_extra *x)
{
	const struct trend_snap *s = &d->t->s[dm->now];
	int p;

	dm->weakest = -1;
	for (p = 0; p < P_COUNT; p++) {
		int ind = x != NULL && x->ind[p] > 0;
		int32_t ref = ind ? x->ind[p] : d->pillar_avg[p];
		double r;

		if (ref <= 0)
			continue;
		r = (double)s->v[p] / ref;
		if (dm->weakest < 0 || r < dm->weak_ratio) {
			dm->weakest = p;
			dm->weak_ratio = r;
			dm->weak_ref = ref;
			dm->weak_industry = ind;
		}
	}
}

/* Member dm's own goal (x's) projected from its index up to until. */
static int
member_goal(struct digest *d, struct digest_member *dm,
    const struct digest_extra *x)
{
	const struct trend_member *m = &d->t->m[dm->member];
	struct goal_point *gp;
	size_t ng = 0;
	long j;
	int r;

	if (x == NULL || x->goal < 0)
		return 0;
	if ((gp = calloc((size_t)m->n + 1, sizeof *gp)) == NULL)
		return -1;
	for (j = m->first; j < m->first + m->n; j++) {
		const struct trend_snap *s = &d->t->s[j];

		if (s->date > d->until || s->nodata)
			continue;
		gp[ng].day = digest_day(s->date);
		gp[ng++].v = s->v[TV_SSI] / 100.0;
	}
	dm->has_goal = 1;
	dm->goal = x->goal / 1000.0;
	dm->goal_by = x->goal_by;
	r = goal_project(gp, ng, dm->goal, x->goal_by ?
	    digest_day(x->goal_by) : -1, &dm->proj);
	free(gp);
	if (r == 0)
		d->ngoals++;
	return r;
}

/* The team's series per date (estimate, official) up to until, the
 * change's labels and the goal. */
static int
team_series(struct digest *d, struct ssi_err *e)
{
	const struct trend *t = d->t;
	const struct team *tm = t->team;
	long nd = tm ? tm->nd : 0, i, k0 = -1, j;
	int64_t *v = calloc((size_t)nd + 1, 2 * sizeof *v);
	unsigned char *has = calloc((size_t)nd + 1, 2);
	struct goal_point *gp = calloc((size_t)nd + 1, sizeof *gp);
	size_t ng = 0;
	int r = 0;

	if (v == NULL || has == NULL || gp == NULL) {
		err_set(e, "out of memory");
		r = -1;
		goto out;
	}
	for (i = 0; i < nd && tm->d[i].date <= d->until; i++) {
		int64_t sum = 0;
		long n = 0, m;

		v[i] = (int64_t)tm->d[i].avg[TV_SSI] * 10;
		has[i] = tm->d[i].members > 0;
		if (tm->d[i].date <= d->since)
			k0 = i;
		if (has[i]) {
			gp[ng].day = digest_day(tm->d[i].date);
			gp[ng++].v = tm->d[i].avg[TV_SSI] / 100.0;
		}
		for (m = 0; m < t->nm; m++)
			for (j = t->m[m].first; j < t->m[m].first + t->m[m].n;
			    j++)
				if (t->s[j].date == tm->d[i].date &&
				    trend_off(&t->s[j]) >= 0) {
					sum += trend_off(&t->s[j]);
					n++;
					break;
				}
		v[nd + 1 + i] = n ? avg_round(sum, n) : 0;
		has[nd + 1 + i] = n > 0;
	}
	d->label = CH_NONE;
	d->olabel = CH_NONE;
	if (k0 >= 0 && d->est[0].n && d->est[1].n)
		d->label = team_label(v, has, k0, ((int64_t)d->est[1].v -
		    d->est[0].v) * 10);
	if (k0 >= 0 && d->off[0].n && d->off[1].n)
		d->olabel = team_label(v + nd + 1, has + nd + 1, k0,
		    (int64_t)d->off[1].v - d->off[0].v);
	if (d->has_goal && goal_project(gp, ng, d->goal, d->goal_by ?
	    digest_day(d->goal_by) : -1, &d->proj) < 0) {
		err_set(e, "out of memory");
		r = -1;
	}
out:
	free(v);
	free(has);
	free(gp);
	return r;
}

int
digest_compute(const struct trend *t, const struct digest_extra *extra,
    const struct digest_opts *o, struct digest *d, struct ssi_err *e)
{
	int64_t sum[2][TV_COUNT] = { { 0 } }, osum[2] = { 0 };
	uint32_t wstart;
	long i, j;
	int k;

	memset(d, 0, sizeof *d);
	d->t = t;
	d->official = t->official;
	d->stalled_weeks = o->stalled_weeks > 0 ? o->stalled_weeks :
	    DIGEST_STALLED;
	d->stale_days = o->stale_days >= 0 ? o->stale_days : DIGEST_STALE;
	d->until = o->until;
	if (d->until == 0)
		for (i = 0; i < t->n; i++)
			if (t->s[i].date > d->until)
				d->until = t->s[i].date;
	d->since = o->since ? o->since :
	    digest_ymd(digest_day(d->until) - DIGEST_PERIOD);
	d->has_goal = o->goal >= 0;
	d->goal = o->goal;
	d->goal_by = o->goal_by;
	d->nm = t->nm;
	d->m = calloc((size_t)t->nm + 1, sizeof *d->m);
	d->moved = calloc((size_t)t->nm + 1, 3 * sizeof *d->moved);
	if (d->m == NULL || d->moved == NULL) {
		free(d->m);
		free(d->moved);
		memset(d, 0, sizeof *d);
		return err_set(e, "out of memory");
	}
	d->stalled = d->moved + t->nm + 1;
	d->stale = d->stalled + t->nm + 1;
	wstart = digest_ymd(digest_day(d->until) - 7 * d->stalled_weeks);

	for (i = 0; i < t->nm; i++) {
		const struct trend_member *m = &t->m[i];
		struct digest_member *dm = &d->m[i];
		long o0, o1;
		int before = 0, after = 0, up = 0;

		dm->member = i;
		dm->now = at_or_before(t, m, d->until);
		dm->start = at_or_before(t, m, d->since);
		dm->top = extra ? extra[i].top : -1;
		dm->weakest = -1;
		for (k = 0; k < 2; k++) {
			long s = k ? dm->now : dm->start;
			int f;

			if (s < 0)
				continue;
			d->est[k].n++;
			for (f = 0; f < TV_COUNT; f++)
				sum[k][f] += t->s[s].v[f];
		}
		o0 = off_at_or_before(t, m, d->since);
		o1 = off_at_or_before(t, m, d->until);
		if (o0 >= 0) {
			d->off[0].n++;
			osum[0] += trend_off(&t->s[o0]);
		}
		if (o1 >= 0) {
			d->off[1].n++;
			osum[1] += trend_off(&t->s[o1]);
		}
		if (dm->now >= 0 && dm->start >= 0)
			dm->change = t->s[dm->now].v[TV_SSI] -
			    t->s[dm->start].v[TV_SSI];
		if (o0 >= 0 && o1 >= 0) {
			dm->ochange = trend_off(&t->s[o1]) -
			    trend_off(&t->s[o0]);
			dm->has_ochange = 1;
		}
		dm->stale_days = o1 >= 0 ? digest_day(d->until) -
		    digest_day(t->s[o1].date) : -1;
		for (j = m->first; j < m->first + m->n; j++) {
			const struct trend_snap *s = &t->s[j];

			if (s->date <= wstart)
				before = 1;
			else if (s->date <= d->until) {
				after = 1;
				if (s->ch[TV_SSI] == CH_UP ||
				    s->och[TV_SSI] == CH_UP)
					up = 1;
			}
			if (s->date <= d->since || s->date > d->until)
				continue;
			for (k = 0; k < TV_COUNT; k++) {
				if (s->ch[k] == CH_UP)
					dm->up |= 1u << k;
				if (s->ch[k] == CH_DOWN)
					dm->down |= 1u << k;
				if (s->och[k] == CH_UP)
					dm->up |= 1u << (TV_COUNT + k);
				if (s->och[k] == CH_DOWN)
					dm->down |= 1u << (TV_COUNT + k);
			}
		}
		if (dm->up || dm->down)
			d->moved[d->nmoved++] = i;
		if (before && after && !up)
			d->stalled[d->nstalled++] = i;
		if (d->official && dm->now >= 0 && (dm->stale_days < 0 ||
		    dm->stale_days > d->stale_days))
			d->stale[d->nstale++] = i;
	}
	for (k = 0; k < 2; k++) {
		d->est[k].v = avg_round(sum[k][TV_SSI], d->est[k].n);
		d->off[k].v = avg_round(osum[k], d->off[k].n);
	}
	for (k = 0; k < P_COUNT; k++)
		d->pillar_avg[k] = avg_round(sum[1][k], d->est[1].n);
	for (i = 0; i < t->nm; i++)
		if (d->m[i].now >= 0)
			weakest(d, &d->m[i], extra ? &extra[i] : NULL);
	for (i = 0; i < t->nm; i++)
		if (d->m[i].now >= 0 && member_goal(d, &d->m[i], extra ?
		    &extra[i] : NULL) < 0) {
			digest_free(d);
			return err_set(e, "out of memory");
		}
	sort_d = d;
	qsort(d->moved, (size_t)d->nmoved, sizeof *d->moved, cmp_moved);
	qsort(d->stale, (size_t)d->nstale, sizeof *d->stale, cmp_stale);
	sort_d = NULL;
	if (team_series(d, e) < 0) {
		digest_free(d);
		return -1;
	}
	return 0;
}

/* Keep in v[0..*n) the members of m that are member only. */
static void
keep_only(const struct digest *d, long *v, long *n, long only)
{
	long i, k = 0;

	for (i = 0; i < *n; i++)
		if (d->m[v[i]].member == only)
			v[k++] = v[i];
	*n = k;
}

void
digest_view(struct digest *d, long only, long min_group)
{
	long i;

	if (min_group > 1 && (d->est[1].n < min_group ||
	    (d->est[0].n > 0 && d->est[0].n < min_group) ||
	    (d->off[1].n > 0 && d->off[1].n < min_group) ||
	    (d->off[0].n > 0 && d->off[0].n < min_group))) {
		d->hidden_avg = min_group;
		d->has_goal = 0;
	}
	if (only < 0)
		return;
	keep_only(d, d->moved, &d->nmoved, only);
	keep_only(d, d->stalled, &d->nstalled, only);
	keep_only(d, d->stale, &d->nstale, only);
	for (i = 0; i < d->nm; i++)
		if (d->m[i].member != only)
			d->m[i].now = -1;
}

void
digest_free(struct digest *d)
{
	if (d == NULL)
		return;
	free(d->m);
	free(d->moved);
	memset(d, 0, sizeof *d);
}
