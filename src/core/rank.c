/* rank.c - ranking scored profiles, overall and in groups (see rank.h). */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ssi/grow.h"
#include "ssi/keep.h"
#include "ssi/official.h"
#include "ssi/rank.h"
#include "util/radix.h"

struct rank *
rank_new(const struct rank_opts *o)
{
	struct rank *r = calloc(1, sizeof *r);

	if (r != NULL) {
		r->by = o->by;
		snprintf(r->by_name, sizeof r->by_name, "%s",
		    o->by >= 0 ? field_defs[o->by].name : o->by_name);
		r->by_official = o->by_official;
		r->latest = o->latest;
		strtab_init(&r->st);
		strtab_init(&r->ind);
	}
	return r;
}

void
rank_by_shown(struct rank *r, const char *name)
{
	if (r->by < 0 && name != NULL)
		snprintf(r->by_name, sizeof r->by_name, "%s", name);
}

static int
nomem(struct rank *r, struct ssi_err *e)
{
	return err_at(e, NULL, 0, 0, "out of memory after %ld profiles", r->n);
}

/* A text field of p kept in r; NULL when absent (*ok = 0 on no memory). */
static const char *
keep_text(struct rank *r, const struct profile *p, int f, int *ok)
{
	const char *t = profile_text(p, f);
	const char *k;

	if (t == NULL)
		return NULL;
	if ((k = strtab_keep(&r->st, t, p->len[f])) == NULL)
		*ok = 0;
	return k;
}

const char *
rank_group_of(const struct profile *p, int by, const char *by_name,
    char *num, size_t sz, size_t *n)
{
	const char *gv;

	if (by < 0) {
		gv = profile_custom(p, by_name);
		if (gv == NULL)
			gv = RANK_NONE;
	} else if (!profile_has(p, by)) {
		gv = RANK_NONE;
	} else if (field_defs[by].type <= FT_DATE) {
		*n = p->len[by];
		return profile_text(p, by);
	} else if (field_defs[by].type == FT_FLAG) {
		gv = p->num[by] ? "true" : "false";
	} else {
		snprintf(num, sz, "%lld", (long long)p->num[by]);
		gv = num;
	}
	*n = strlen(gv);
	return gv;
}

int
rank_add(struct rank *r, const struct profile *p, const struct score *s,
    struct ssi_err *e)
{
	struct rank_entry *x, *ne;
	struct rank_group *ng;
	char num[32];
	const char *gv;
	size_t gn;
	long g, k;
	int i, ok = 1, top;

	if (r->n >= RANK_MAX)
		return err_set(e, "more than %ld profiles: ssi rank holds every "
		    "score in memory (split the input by group)", RANK_MAX);
	ne = grow_array(r->e, r->n, &r->cap, sizeof *ne, 1024, RANK_MAX);
	if (ne == NULL)
		return nomem(r, e);
	r->e = ne;
	x = &r->e[r->n];
	memset(x, 0, sizeof *x);
	x->idx = (int32_t)(p->position > 0 ? p->position - 1 : r->n);
	x->date = profile_has(p, F_AS_OF) ? keep_date(profile_text(p, F_AS_OF)) :
	    0;
	for (i = 0; i < P_COUNT; i++)
		x->v[i] = keep_cents(s->pillar[i]);
	x->v[RV_SSI] = keep_cents(s->ssi);
	x->v[RV_MAX] = keep_cents(s->ssi_max);
	x->v[RV_COV] = keep_cents(s->coverage);
	if (profile_has(p, F_OFFICIAL_SSI)) {
		x->has_off = 1;
		x->off = (int32_t)p->num[F_OFFICIAL_SSI];
	}
	x->top = score_top(s, &top, 1) > 0 ? (signed char)top : -1;
	for (i = 1; i < P_COUNT; i++)
		if (x->v[i] < x->v[x->weak])
			x->weak = (signed char)i;

	gv = rank_group_of(p, r->by, r->by_name, num, sizeof num, &gn);
	ng = keep_row(&r->st, gv, gn, r->g, &r->ng, &r->gcap, sizeof *r->g, &g);
	if (ng == NULL)
		return nomem(r, e);
	r->g = ng;
	if (r->g[g].name == NULL)
		r->g[g].name = r->st.names[g];
	x->group = (int32_t)g;

	x->id = keep_text(r, p, F_ID, &ok);
	x->name = keep_text(r, p, F_NAME, &ok);
	if (r->by == F_INDUSTRY && profile_has(p, F_INDUSTRY)) {
		x->industry = r->g[g].name;	/* the group: kept once */
	} else if (profile_has(p, F_INDUSTRY)) {
		/* few distinct industries among many profiles: kept once */
		k = strtab_index(&r->ind, profile_text(p, F_INDUSTRY),
		    p->len[F_INDUSTRY]);
		if (k < 0)
			ok = 0;
		else
			x->industry = r->ind.names[k];
	}
	if (!ok)
		return nomem(r, e);
	r->n++;
	return 0;
}

/* The figure ranked: the estimate in cents, or official_ssi. */
static int32_t
key_of(const struct rank *r, const struct rank_entry *x)
{
	return r->by_official ? x->off : x->v[RV_SSI];
}

/*
 * The entries in rank order: the figure ranked, highest first, ties in
 * input order (idx; entries of one idx in add order).  By official_ssi,
 * the entries without it after the others.  A linear sort of keys, then
 * each entry moved once.
 */
static int
sort_entries(struct rank *r)
{
	struct radix_item *v;
	struct rank_entry tmp;
	long i, k, n = r->n;

	if ((v = malloc((size_t)n * sizeof *v)) == NULL)
		return -1;
	for (i = 0; i < n; i++) {
		const struct rank_entry *x = &r->e[i];
		int32_t f = r->by_official ? (x->has_off ? x->off : 0) :
		    x->v[RV_SSI];

		/* highest first: the figure's order, flipped, above idx */
		v[i].key = (uint64_t)~((uint32_t)f ^ 0x80000000u) << 32 |
		    (uint32_t)x->idx;
		v[i].i = (uint32_t)i;
	}
	if (radix_sort(v, (size_t)n) < 0) {
		free(v);
		return -1;
	}
	if (r->by_official) {
		/* those without official_ssi last, in the same order: a
		 * stable partition */
		struct radix_item *w = malloc((size_t)n * sizeof *w);

		if (w == NULL) {
			free(v);
			return -1;
		}
		for (i = k = 0; i < n; i++)
			if (r->e[v[i].i].has_off)
				w[k++] = v[i];
		for (i = 0; i < n; i++)
			if (!r->e[v[i].i].has_off)
				w[k++] = v[i];
		free(v);
		v = w;
	}
	radix_permute(r->e, sizeof *r->e, v, (size_t)n, &tmp);
	free(v);
	return 0;
}

/* Groups best average first: qsort has no context, so the groups ride
 * along in the key. */
struct gkey {
	long long sum;
	long n, i;
};

static int
by_average(const void *a, const void *b)
{
	const struct gkey *g = a, *h = b;
	/* sum_g / n_g against sum_h / n_h without division */
	long long x = g->sum * h->n, y = h->sum * g->n;

	if (x != y)
		return x > y ? -1 : 1;
	return g->i < h->i ? -1 : 1;
}

long
rank_top_pct(long rank, long n)
{
	return n > 0 ? (long)((100LL * rank + n - 1) / n) : 0;
}

/* For latest: entries by id, then date, then input order. */
static int
by_id_date(const void *a, const void *b)
{
	const struct rank_entry *x = *(const struct rank_entry *const *)a;
	const struct rank_entry *y = *(const struct rank_entry *const *)b;
	int c = strcmp(x->id ? x->id : "", y->id ? y->id : "");

	if (c != 0)
		return c;
	if (x->date != y->date)
		return x->date < y->date ? -1 : 1;
	return x->idx < y->idx ? -1 : x->idx > y->idx;
}

static const char *
id_of(const struct rank_entry *x)
{
	return x->id ? x->id : "";
}

/* Keep each id's latest entry (in add order); count what goes.  The
 * entries are grouped by a hash of the id (a linear sort), and only the
 * few of one hash are sorted by id, date and input order.  The hash is
 * strtab_sum, the keyed fingerprint: ids chosen to collide only make one
 * group sorted, n log n, so SipHash's resistance buys nothing here. */
static int
keep_latest(struct rank *r)
{
	struct radix_item *h;
	struct rank_entry **v;
	long i, j, n;

	if (r->n < 2)
		return 0;
	if ((h = malloc((size_t)r->n * sizeof *h)) == NULL)
		return -1;
	for (i = 0; i < r->n; i++) {
		const char *id = id_of(&r->e[i]);

		h[i].key = strtab_sum(id, strlen(id));
		h[i].i = (uint32_t)i;
	}
	if (radix_sort(h, (size_t)r->n) < 0 ||
	    (v = malloc((size_t)r->n * sizeof *v)) == NULL) {
		free(h);
		return -1;
	}
	for (i = 0; i < r->n; i++)
		v[i] = &r->e[h[i].i];
	for (i = 0; i < r->n; i = j) {
		for (j = i + 1; j < r->n && h[j].key == h[i].key; j++)
			;
		if (j - i > 1)
			qsort(v + i, (size_t)(j - i), sizeof *v, by_id_date);
	}
	for (i = 0; i + 1 < r->n; i++) {
		if (h[i].key != h[i + 1].key ||
		    strcmp(id_of(v[i]), id_of(v[i + 1])) != 0)
			continue;	/* v[i]: the latest of its id */
		v[i]->group = -1;	/* set aside */
		/* a new member unless v[i - 1] was set aside (same id) */
		if (r->aside++ == 0 || v[i - 1]->group >= 0)
			r->aside_members++;
	}
	free(v);
	free(h);
	for (i = n = 0; i < r->n; i++)
		if (r->e[i].group >= 0)
			r->e[n++] = r->e[i];
	r->n = n;
	return 0;
}

/* The groups' members and sums; the empty ones dropped (latest may
 * leave a group empty), the others keeping their order of appearance.
 * 0, or -1 when out of memory. */
static int
count_groups(struct rank *r)
{
	long i, ng = 0, *map;
	int k;

	for (i = 0; i < r->n; i++) {
		struct rank_group *g = &r->g[r->e[i].group];

		g->n++;
		for (k = 0; k <= RV_SSI; k++)
			g->sum[k] += r->e[i].v[k];
		if (r->e[i].has_off) {
			g->noff++;
			g->off_sum += r->e[i].off;
		}
	}
	for (i = 0; i < r->ng; i++)
		if (r->g[i].n > 0)
			ng++;
	if (ng == r->ng)
		return 0;
	if ((map = malloc((size_t)r->ng * sizeof *map)) == NULL)
		return -1;
	for (i = ng = 0; i < r->ng; i++) {
		map[i] = ng;
		if (r->g[i].n > 0)
			r->g[ng++] = r->g[i];
	}
	for (i = 0; i < r->n; i++)
		r->e[i].group = (int32_t)map[r->e[i].group];
	free(map);
	r->ng = ng;
	return 0;
}

int
rank_finish(struct rank *r, struct ssi_err *e)
{
	struct gkey *keys;
	long i;
	int k;

	if (r->finished)
		return 0;
	if ((r->latest && keep_latest(r) < 0) || count_groups(r) < 0)
		return nomem(r, e);
	r->order = malloc((size_t)(r->ng ? r->ng : 1) * sizeof *r->order);
	r->members = malloc((size_t)(r->n ? r->n : 1) * sizeof *r->members);
	keys = malloc((size_t)(r->ng ? r->ng : 1) * sizeof *keys);
	if (r->order == NULL || r->members == NULL || keys == NULL) {
		free(keys);
		return nomem(r, e);
	}
	if (r->n > 0 && sort_entries(r) < 0) {
		free(keys);
		return nomem(r, e);
	}
	for (i = 0; i < r->ng; i++) {
		struct rank_group *g = &r->g[i];

		g->start = i ? r->g[i - 1].start + r->g[i - 1].n : 0;
		for (k = 0; k <= RV_SSI; k++) {
			long long s = g->sum[k];

			/* the average in cents, half away from zero */
			g->avg[k] = (int32_t)((2 * s + (s < 0 ? -g->n : g->n)) /
			    (2 * g->n));
		}
		if (g->noff > 0)	/* official_ssi is never negative */
			g->off_avg = (int32_t)((2 * g->off_sum + g->noff) /
			    (2 * g->noff));
		keys[i].sum = g->sum[RV_SSI];
		keys[i].n = g->n;
		keys[i].i = i;
	}
	for (i = 0; i < r->n; i++) {
		struct rank_entry *x = &r->e[i];
		struct rank_group *g = &r->g[x->group];

		if (r->by_official && !x->has_off) {
			/* unranked: last, in input order */
			x->rank = x->grank = 0;
			r->members[g->start + g->seen++] = (int32_t)i;
			continue;
		}
		if (i > 0 && key_of(r, x) == key_of(r, &r->e[i - 1]))
			x->rank = r->e[i - 1].rank;
		else
			x->rank = (int32_t)(i + 1);
		if (g->seen > 0 && key_of(r, x) == g->last_v)
			x->grank = (int32_t)g->last_rank;
		else
			x->grank = (int32_t)(g->seen + 1);
		r->members[g->start + g->seen++] = (int32_t)i;
		g->last_rank = x->grank;
		g->last_v = key_of(r, x);
		g->ranked++;
		r->nranked++;
	}
	if (r->ng > 0)
		qsort(keys, (size_t)r->ng, sizeof *keys, by_average);
	for (i = 0; i < r->ng; i++)
		r->order[i] = keys[i].i;
	free(keys);
	r->finished = 1;
	return 0;
}

void
rank_free(struct rank *r)
{
	if (r == NULL)
		return;
	strtab_free(&r->st);
	strtab_free(&r->ind);
	free(r->e);
	free(r->g);
	free(r->order);
	free(r->members);
	free(r);
}
