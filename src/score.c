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
	if (!(f > 0))
		return 0;
	return f > 1 ? 1 : f;
}

int
score_item(const struct item *it, const struct profile *p)
{
	double v;

	if (!profile_present(p, it->field))
		return -1;
	v = field_defs[it->field].type <= FT_DATE ?
	    (double)p->cps[it->field] : profile_value(p, it->field);
	return v >= it->min && v <= it->max;
}

/* A1-style items: how many are satisfied, how many absent. */
static void
items(const struct signal *s, const struct profile *p, int *sat, int *absent,
    uint64_t *missing)
{
	int i;

	*sat = *absent = 0;
	for (i = 0; i < s->nitems; i++) {
		int r = score_item(&s->items[i], p);

		if (r < 0) {
			(*absent)++;
			*missing |= (uint64_t)1 << s->items[i].field;
		} else {
			*sat += r;
		}
	}
}

static int
gain_before(const struct score *s, int a, int b)
{
	double d = s->gain[a] - s->gain[b];

	if (fabs(d) > 1e-9)
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

void
score_profile(const struct model *m, const struct profile *p, struct score *s)
{
	double covered = 0, extra = 0;
	int i, nk = 0;

	memset(s, 0, sizeof *s);
	for (i = 0; i < m->nsig; i++) {
		const struct signal *g = &m->sig[i];
		double pts = 0, v = 0;
		int st = ST_OK;

		s->has_key[g->key] = 1;
		if (g->curve == C_ITEMS) {
			int sat, absent;

			items(g, p, &sat, &absent, &s->missing);
			if (absent == g->nitems) {
				st = ST_MISSING;
			} else {
				v = sat;
				pts = g->weight * sat / g->nitems;
				extra += g->weight * absent / g->nitems;
			}
		} else if (!profile_present(p, g->in[0]) ||
		    (g->in[1] >= 0 && !profile_present(p, g->in[1]))) {
			st = ST_MISSING;
			if (!profile_present(p, g->in[0]))
				s->missing |= (uint64_t)1 << g->in[0];
			if (g->in[1] >= 0 && !profile_present(p, g->in[1]))
				s->missing |= (uint64_t)1 << g->in[1];
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
			if (model_per_month(g))
				v = v * 30 / (double)profile_period(p);
			pts = g->weight * curve(g, v);
		}
		if (st == ST_MISSING)
			extra += g->weight;
		else
			covered += g->weight;
		s->status[i] = st;
		s->points[i] = pts;
		s->value[i] = v;
		s->pillar[g->pillar] += pts;
		s->gain[g->key] += g->weight - pts;
	}
	for (i = 0; i < P_COUNT; i++) {
		if (s->pillar[i] > PILLAR_MAX)
			s->pillar[i] = PILLAR_MAX;
		s->ssi += s->pillar[i];
	}
	s->ssi_max = s->ssi + extra;
	s->coverage = covered / 100;
	/* The three largest gains: one pass, keeping them in order. */
	s->top[0] = s->top[1] = s->top[2] = -1;
	for (i = 0; i < MODEL_KEYS; i++) {
		int j;

		if (!s->has_key[i] || s->gain[i] < GAIN_DONE)
			continue;
		for (j = nk < 3 ? nk : 3; j > 0 && gain_before(s, i, s->top[j - 1]); j--)
			if (j < 3)
				s->top[j] = s->top[j - 1];
		if (j < 3)
			s->top[j] = i;
		nk++;
	}
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
