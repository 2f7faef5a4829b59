/*
 * score_ref_test.c - score_profile against the scorer as it was written
 * before the batch path was tuned (2827deb, kept below verbatim as
 * ref_score): every figure of struct score must be the same double, bit
 * for bit, on random profiles (fields absent, zero denominators, values at
 * and around the targets) under the default model and under edited models
 * (items sharing a field, single-input linear and band curves, weights
 * that are not whole).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ssi/model.h"
#include "ssi/profile.h"
#include "ssi/score.h"
#include "t.h"

/* ---- the reference: score.c of 2827deb ---- */

static double
ref_curve(const struct signal *s, double v)
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

static int
ref_item(const struct item *it, const struct profile *p)
{
	double v;

	if (!profile_present(p, it->field))
		return -1;
	v = field_defs[it->field].type <= FT_DATE ?
	    (double)p->cps[it->field] : profile_value(p, it->field);
	return (v >= it->min) & (v <= it->max);
}

static void
ref_items(const struct signal *s, const struct profile *p, int *sat,
    int *absent, uint64_t *missing)
{
	int i;

	*sat = *absent = 0;
	for (i = 0; i < s->nitems; i++) {
		int r = ref_item(&s->items[i], p);

		if (r < 0) {
			(*absent)++;
			*missing |= (uint64_t)1 << s->items[i].field;
		} else {
			*sat += r;
		}
	}
}

static void
ref_score(const struct model *m, const struct profile *p, struct score *s)
{
	double pillar[P_COUNT] = { 0 }, gain[MODEL_KEYS] = { 0 };
	double lost[MODEL_KEYS] = { 0 };
	uint32_t missk = 0;
	uint32_t partial = 0;
	double covered = 0, extra = 0;
	double period = profile_value(p, F_PERIOD_DAYS);
	uint64_t have = p->have | (uint64_t)1 << F_PERIOD_DAYS, missing = 0;
	int i;

	for (i = 0; i < m->nsig; i++) {
		const struct signal *g = &m->sig[i];
		double pts = 0, v = 0;
		int st = ST_OK;

		if ((have & g->need) != g->need) {
			st = ST_MISSING;
			missing |= g->need & ~have;
		} else if (g->curve == C_ITEMS) {
			int sat, absent;

			ref_items(g, p, &sat, &absent, &missing);
			if (absent == g->nitems) {
				st = ST_MISSING;
			} else {
				v = sat;
				pts = g->weight * sat / g->nitems;
				extra += g->weight * absent / g->nitems;
				if (absent > 0) {
					lost[g->key] += g->weight * absent /
					    g->nitems;
					partial |= (uint32_t)1 << g->key;
				}
			}
		} else if (g->in[1] >= 0) {
			double b = profile_value(p, g->in[1]);

			if (b == 0) {
				st = ST_NO_DATA;
			} else {
				v = profile_value(p, g->in[0]) / b;
				pts = g->weight * ref_curve(g, v);
			}
		} else {
			v = profile_value(p, g->in[0]);
			if (g->per_month)
				v = v * 30 / period;
			pts = g->weight * ref_curve(g, v);
		}
		if (st == ST_MISSING) {
			extra += g->weight;
			lost[g->key] += g->weight;
			missk |= (uint32_t)1 << g->key;
		} else {
			covered += g->weight;
		}
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
	for (i = 0; i < MODEL_KEYS; i++)
		s->mgain[i] = gain[i] - lost[i];
	s->keys = m->keys;
	s->measured = m->keys;
	if (missk != 0) {
		uint32_t meas = 0;

		for (i = 0; i < m->nsig; i++)
			if (s->status[i] != ST_MISSING)
				meas |= (uint32_t)1 << m->sig[i].key;
		s->measured = meas;
	}
	s->missing = missing;
	s->partial = partial;
	s->ssi_max = s->ssi + extra;
	s->coverage = covered / 100;
}

/* ---- the comparison ---- */

static int
same(const double *a, const double *b, int n)
{
	return memcmp(a, b, (size_t)n * sizeof *a) == 0;
}

/* a and b agree on every figure the scorer fills for m */
static int
score_same(const struct model *m, const struct score *a, const struct score *b)
{
	return same(a->pillar, b->pillar, P_COUNT) &&
	    same(&a->ssi, &b->ssi, 1) && same(&a->ssi_max, &b->ssi_max, 1) &&
	    same(&a->coverage, &b->coverage, 1) &&
	    same(a->points, b->points, m->nsig) &&
	    same(a->value, b->value, m->nsig) &&
	    memcmp(a->status, b->status, (size_t)m->nsig * sizeof *a->status)
	    == 0 && same(a->gain, b->gain, MODEL_KEYS) &&
	    same(a->mgain, b->mgain, MODEL_KEYS) && a->keys == b->keys &&
	    a->measured == b->measured && a->missing == b->missing &&
	    a->partial == b->partial;
}

/* A random value for field f: often 0, often near a target, sometimes
 * large; text of random length. */
static void
random_field(struct profile *p, int f)
{
	char buf[400];
	int64_t v;
	int r = rand() % 10;

	switch (field_defs[f].type) {
	case FT_TEXT:
	case FT_DATE:
		p->cps[f] = (uint32_t)(rand() % 300);
		p->len[f] = p->cps[f];
		p->off[f] = 0;
		p->have |= (uint64_t)1 << f;
		(void)buf;
		return;
	case FT_FLAG:
		v = rand() % 2;
		break;
	case FT_PERIOD:
		v = r < 5 ? 30 : 1 + rand() % 366;
		break;
	default:
		v = r < 2 ? 0 : r < 6 ? rand() % 40 : r < 9 ? rand() % 2000 :
		    rand() % 1000000000;
		break;
	}
	p->num[f] = v;
	p->have |= (uint64_t)1 << f;
}

static void
random_profile(struct profile *p, int absent_one_in)
{
	int f;

	profile_reset(p);
	for (f = 0; f < F_COUNT; f++)
		if (absent_one_in == 0 || rand() % absent_one_in != 0)
			random_field(p, f);
}

/* n random profiles under m, every fourth with all fields, the others
 * with each field absent one time in k (k from 2 to 9) */
static int
compare(const struct model *m, int n, int *differ)
{
	struct profile p;
	struct score a, b;
	int i, full = 0;

	profile_init(&p);
	*differ = 0;
	for (i = 0; i < n; i++) {
		int k = i % 4 == 0 ? 0 : 2 + rand() % 8;

		random_profile(&p, k);
		full += k == 0;
		memset(&a, 0x55, sizeof a);
		memset(&b, 0xaa, sizeof b);
		score_profile(m, &p, &a);
		ref_score(m, &p, &b);
		*differ += !score_same(m, &a, &b);
	}
	profile_free(&p);
	return full;
}

int
main(void)
{
	const struct model *dm = model_default();
	struct model m;
	int differ, full, i;

	srand(23);
	full = compare(dm, 400000, &differ);
	T_OK(differ == 0, "score_profile equals the reference bit for bit "
	    "(default model, 400000 profiles, %d with every field, %d differ)",
	    full, differ);

	/* edited: non-whole weights, single-input linear and band curves,
	 * a flag, an item list with a repeated field and period_days */
	memcpy(&m, dm, sizeof m);
	for (i = 0; i < m.nsig; i++) {
		struct signal *g = &m.sig[i];

		g->weight = g->weight * 0.7 + 0.013 * i;
		if (g->curve == C_ITEMS) {
			g->items[g->nitems++] = g->items[2];
			g->items[g->nitems].field = F_PERIOD_DAYS;
			g->items[g->nitems].min = 20;
			g->items[g->nitems++].max = 40;
		} else if (i % 5 == 1 && g->in[1] < 0 && g->curve == C_SQRT) {
			g->curve = C_LINEAR;
		} else if (i % 5 == 2 && g->in[1] < 0 && g->curve == C_SQRT) {
			g->curve = C_BAND;
			g->lo = g->target / 3;
		}
	}
	model_derive(&m);
	compare(&m, 200000, &differ);
	T_OK(differ == 0, "score_profile equals the reference bit for bit "
	    "(edited model, 200000 profiles, %d differ)", differ);

	/* a model whose items signal comes last and a key with no signal */
	memcpy(&m, dm, sizeof m);
	memmove(&m.sig[0], &m.sig[1], (size_t)(m.nsig - 1) * sizeof m.sig[0]);
	m.sig[m.nsig - 1] = dm->sig[0];
	m.nsig -= 3;
	model_derive(&m);
	compare(&m, 100000, &differ);
	T_OK(differ == 0, "score_profile equals the reference bit for bit "
	    "(reordered model, 100000 profiles, %d differ)", differ);
	T_DONE();
}
