/* score.c - scoring a profile with a model (see score.h, model.md). */
#include <math.h>
#include <string.h>

#include "score.h"

const char *const status_ids[] = { "ok", "missing", "no_data" };

double
round2(double x)
{
	double r = x < 0 ? -floor(-x * 100 + 0.5 + 1e-9) : floor(x * 100 + 0.5 + 1e-9);

	return r / 100;
}

static double
curve(const struct signal *s, double v)
{
	double f;

	switch (s->curve) {
	case C_SQRT:
		f = sqrt(v / s->target);
		break;
	case C_LINEAR:
		f = v / s->target;
		break;
	case C_BAND:
		f = (v - s->lo) / (s->target - s->lo);
		break;
	default:	/* flag */
		f = v != 0;
		break;
	}
	f = f < 0 ? 0 : f;
	return f > 1 ? 1 : f;
}

/* score_item's body, inline for the hot path.  The range test is written
 * with '&' so that it is computed, not branched on (it depends on data). */
static inline int
item_check(const struct item *it, const struct profile *p)
{
	double v;

	if (!profile_present(p, it->field))
		return -1;
	v = field_defs[it->field].type <= FT_DATE ?
	    (double)p->cps[it->field] : profile_value(p, it->field);
	return (v >= it->min) & (v <= it->max);
}

int
score_item(const struct item *it, const struct profile *p)
{
	return item_check(it, p);
}

/* A1-style items: how many are satisfied, how many absent. */
static void
items(const struct signal *s, const struct profile *p, int *sat, int *absent,
    uint64_t *missing)
{
	int i;

	*sat = *absent = 0;
	for (i = 0; i < s->nitems; i++) {
		int r = item_check(&s->items[i], p);

		if (r < 0) {
			(*absent)++;
			*missing |= (uint64_t)1 << s->items[i].field;
		} else {
			*sat += r;
		}
	}
}

#define GAIN_TIE 1e-9	/* gains closer than this are equal */

static int
gain_before(const struct score *s, int a, int b)
{
	double d = s->gain[a] - s->gain[b];

	if (fabs(d) > GAIN_TIE)
		return d > 0;
	return a < b;
}

/* Insertion sort of key ids by gain, largest first, ties in key order. */
static void
sort_keys(const struct score *s, int *k, int n)
{
	int i, j;

	for (i = 1; i < n; i++) {
		int x = k[i];

		for (j = i; j > 0 && gain_before(s, x, k[j - 1]); j--)
			k[j] = k[j - 1];
		k[j] = x;
	}
}

/*
 * The three keys with the largest gain, in order (ties in key order), over
 * the keys the model uses that are not done.  One pass in key order: every
 * key already kept comes before i, so "i goes before kept key t" is plain
 * gain[i] - gain[t] > GAIN_TIE.  The pass is written with conditional moves
 * rather than branches, since which key wins depends on the data.
 */
static void
top3(struct score *s)
{
	double g[MODEL_KEYS + 1];	/* g[MODEL_KEYS]: an empty place */
	int t0 = MODEL_KEYS, t1 = MODEL_KEYS, t2 = MODEL_KEYS, i;

	memcpy(g, s->gain, sizeof s->gain);
	g[MODEL_KEYS] = -HUGE_VAL;
	for (i = 0; i < MODEL_KEYS; i++) {
		double gi = g[i];
		int c2 = s->has_key[i] & (gi >= GAIN_DONE) &
		    (gi - g[t2] > GAIN_TIE);
		int c1 = c2 & (gi - g[t1] > GAIN_TIE);
		int c0 = c1 & (gi - g[t0] > GAIN_TIE);

		/* i takes place 0, 1 or 2 when c0, c1, c2 (in that order) */
		t2 = c1 ? t1 : c2 ? i : t2;
		t1 = c0 ? t0 : c1 ? i : t1;
		t0 = c0 ? i : t0;
	}
	s->top[0] = t0 < MODEL_KEYS ? t0 : -1;
	s->top[1] = t1 < MODEL_KEYS ? t1 : -1;
	s->top[2] = t2 < MODEL_KEYS ? t2 : -1;
}

/*
 * Score p: every signal's value, status and points, the pillars, the gains
 * and the top keys.  This runs once per profile in batch, so the sums are
 * kept in locals and *s is written once, not cleared first.
 */
void
score_profile(const struct model *m, const struct profile *p, struct score *s)
{
	double pillar[P_COUNT] = { 0 }, gain[MODEL_KEYS] = { 0 };
	double covered = 0, extra = 0, period = (double)profile_period(p);
	/* a model input is present when given; period_days always is */
	uint64_t have = p->have | (uint64_t)1 << F_PERIOD_DAYS, missing = 0;
	int i;

	memset(s->has_key, 0, sizeof s->has_key);
	for (i = 0; i < m->nsig; i++) {
		const struct signal *g = &m->sig[i];
		double pts = 0, v = 0;
		int st = ST_OK;

		s->has_key[g->key] = 1;
		if (g->curve == C_ITEMS) {
			int sat, absent;

			items(g, p, &sat, &absent, &missing);
			if (absent == g->nitems) {
				st = ST_MISSING;
			} else {
				v = sat;
				pts = g->weight * sat / g->nitems;
				extra += g->weight * absent / g->nitems;
			}
		} else {
			uint64_t need = (uint64_t)1 << g->in[0];

			if (g->in[1] >= 0)
				need |= (uint64_t)1 << g->in[1];
			if ((have & need) != need) {
				st = ST_MISSING;
				missing |= need & ~have;
			} else if (g->in[1] >= 0) {
				double b = profile_value(p, g->in[1]);

				if (b == 0) {
					st = ST_NO_DATA;
				} else {
					v = profile_value(p, g->in[0]) / b;
					pts = g->weight * curve(g, v);
				}
			} else {
				v = profile_value(p, g->in[0]);
				if (field_defs[g->in[0]].group == FG_ACTIVITY)
					v = v * 30 / period;	/* per month */
				pts = g->weight * curve(g, v);
			}
		}
		if (st == ST_MISSING)
			extra += g->weight;
		else
			covered += g->weight;
		s->status[i] = st;
		s->points[i] = pts;
		s->value[i] = v;
		pillar[g->pillar] += pts;
		gain[g->key] += g->weight - pts;
	}
	s->ssi = 0;
	for (i = 0; i < P_COUNT; i++) {
		s->pillar[i] = pillar[i] > PILLAR_MAX ? PILLAR_MAX : pillar[i];
		s->ssi += s->pillar[i];
	}
	memcpy(s->gain, gain, sizeof gain);
	s->missing = missing;
	s->ssi_max = s->ssi + extra;
	s->coverage = covered / 100;
	top3(s);
}

int
score_missing(const struct model *m, const struct score *s, int *out, int max)
{
	uint64_t seen = 0;
	int i, j, n = 0;

	for (i = 0; i < m->nsig; i++) {
		const struct signal *g = &m->sig[i];
		int f[MODEL_MAX_ITEMS + 2], nf = 0;

		if (g->curve == C_ITEMS)
			for (j = 0; j < g->nitems; j++)
				f[nf++] = g->items[j].field;
		else {
			f[nf++] = g->in[0];
			if (g->in[1] >= 0)
				f[nf++] = g->in[1];
		}
		for (j = 0; j < nf; j++) {
			uint64_t bit = (uint64_t)1 << f[j];

			if ((s->missing & bit) && !(seen & bit) && n < max) {
				seen |= bit;
				out[n++] = f[j];
			}
		}
	}
	return n;
}

int
score_pillar_keys(const struct score *s, int pl, int *out)
{
	int k, n = 0;

	for (k = pl * 4; k < pl * 4 + 4; k++)
		if (s->has_key[k])
			out[n++] = k;
	sort_keys(s, out, n);
	return n;
}
