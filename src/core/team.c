/* team.c - the team over time (see team.h). */
#include <stdlib.h>
#include <string.h>

#include "team.h"

/* The snapshot of member m that stands for its date at s[i]: the last of
 * that date in input order (after trend_finish: the last of the run). */
static int
last_of_date(const struct trend *t, long i)
{
	return i + 1 >= t->n || t->s[i + 1].member != t->s[i].member ||
	    t->s[i + 1].date != t->s[i].date;
}

static int
by_date(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return x < y ? -1 : x > y;
}

/* The distinct dates of t's snapshots (of group's members, or all when
 * group < 0; *nd of them, in no order), or NULL when out of memory: a set
 * of the few dates, not a sort of a million. */
static uint32_t *
distinct_dates(const struct trend *t, long group, long *nd)
{
	size_t cap = 64, i, k;
	uint32_t *set = calloc(cap, sizeof *set), *out, *ns;
	long n = 0, j;

	if (set == NULL)
		return NULL;
	for (j = 0; j < t->n; j++) {
		uint32_t v = t->s[j].date + 1;	/* 0: an empty place */

		if (group >= 0 && t->m[t->s[j].member].group != group)
			continue;
		for (i = v * 2654435761u & (cap - 1); set[i] && set[i] != v;
		    i = (i + 1) & (cap - 1))
			;
		if (set[i])
			continue;
		set[i] = v;
		if ((size_t)++n * 2 < cap)
			continue;
		/* half full: twice the places */
		if ((ns = calloc(cap * 2, sizeof *ns)) == NULL) {
			free(set);
			return NULL;
		}
		for (k = 0; k < cap; k++) {
			if (set[k] == 0)
				continue;
			for (i = set[k] * 2654435761u & (cap * 2 - 1); ns[i];
			    i = (i + 1) & (cap * 2 - 1))
				;
			ns[i] = set[k];
		}
		free(set);
		set = ns;
		cap *= 2;
	}
	if ((out = malloc((size_t)(n ? n : 1) * sizeof *out)) != NULL) {
		for (k = 0, j = 0; k < cap; k++)
			if (set[k])
				out[j++] = set[k] - 1;
		*nd = n;
	}
	free(set);
	return out;
}

/* sum / n in cents, rounded half away from zero. */
static int32_t
average(long long sum, long n)
{
	return (int32_t)(sum >= 0 ? (sum + n / 2) / n : -((-sum + n / 2) / n));
}

/* 1 when mover a goes before b in a list sorted by change (down: the
 * most negative first), ties by id. */
static int
before(const struct trend *t, const struct team_mover *a,
    const struct team_mover *b, int down)
{
	if (a->change != b->change)
		return down ? a->change < b->change : a->change > b->change;
	return strcmp(t->m[a->member].id, t->m[b->member].id) < 0;
}

/* Put mv in list l of *n (at most TEAM_MOVERS, sorted) when it belongs. */
static void
consider(const struct trend *t, struct team_mover *l, int *n,
    const struct team_mover *mv, int down)
{
	int i = *n;

	if (i == TEAM_MOVERS) {
		if (!before(t, mv, &l[TEAM_MOVERS - 1], down))
			return;
		i--;
	} else {
		(*n)++;
	}
	for (; i > 0 && before(t, mv, &l[i - 1], down); i--)
		l[i] = l[i - 1];
	l[i] = *mv;
}

static void
movers(const struct trend *t, long group, struct team *tm)
{
	long i;

	for (i = 0; i < t->nm; i++) {
		const struct trend_member *m = &t->m[i];
		struct team_mover mv;
		long a = m->first, z = m->first + m->n - 1;

		if (group >= 0 && m->group != group)
			continue;
		while (a <= z && t->s[a].nodata)
			a++;
		while (z >= a && t->s[z].nodata)
			z--;
		if (a >= z || t->s[a].date == t->s[z].date)
			continue;
		while (!last_of_date(t, a) || t->s[a].nodata)
			a++;
		mv.member = i;
		mv.first = a;
		mv.last = z;
		mv.change = t->s[z].v[TV_SSI] - t->s[a].v[TV_SSI];
		if (mv.change > 0)
			consider(t, tm->up, &tm->nup, &mv, 0);
		else if (mv.change < 0)
			consider(t, tm->down, &tm->ndown, &mv, 1);
	}
}

int
team_compute(const struct trend *t, struct team *tm, struct ssi_err *e)
{
	return team_compute_group(t, -1, tm, e);
}

int
team_compute_group(const struct trend *t, long group, struct team *tm,
    struct ssi_err *e)
{
	uint32_t *dates;
	long long (*sum)[TV_COUNT] = NULL;
	long i, nd = 0, j;
	int k;

	memset(tm, 0, sizeof *tm);
	movers(t, group, tm);
	if (t->n == 0)
		return 0;
	if ((dates = distinct_dates(t, group, &nd)) == NULL)
		goto nomem;
	if (nd == 0) {
		free(dates);
		return 0;
	}
	qsort(dates, (size_t)nd, sizeof *dates, by_date);
	tm->d = calloc((size_t)nd, sizeof *tm->d);
	sum = calloc((size_t)nd, sizeof *sum);
	if (tm->d == NULL || sum == NULL)
		goto nomem;
	for (i = 0; i < nd; i++)
		tm->d[i].date = dates[i];
	for (i = 0; i < t->n; i++) {
		const struct trend_snap *sn = &t->s[i];
		uint32_t *at;

		if (!last_of_date(t, i) || (group >= 0 &&
		    t->m[sn->member].group != group))
			continue;
		at = bsearch(&sn->date, dates, (size_t)nd, sizeof *dates,
		    by_date);
		j = at - dates;
		if (sn->nodata) {
			tm->d[j].nodata++;
			continue;
		}
		for (k = 0; k < TV_COUNT; k++)
			sum[j][k] += sn->v[k];
		tm->d[j].members++;
	}
	for (i = 0; i < nd; i++)
		for (k = 0; k < TV_COUNT; k++)
			tm->d[i].avg[k] = tm->d[i].members ?
			    average(sum[i][k], tm->d[i].members) : 0;
	tm->nd = nd;
	free(dates);
	free(sum);
	return 0;
nomem:
	free(dates);
	free(sum);
	team_free(tm);
	return err_at(e, NULL, 0, 0, "out of memory for the team of %ld "
	    "snapshots", t->n);
}

void
team_free(struct team *tm)
{
	free(tm->d);
	memset(tm, 0, sizeof *tm);
}
