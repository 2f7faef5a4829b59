/* score.c - scoring a profile with a model (see score.h, ssi.7 SIGNALS). */
#include <math.h>
#include <string.h>

#include "ssi/score.h"

const char *const status_ids[] = { "ok", "missing", "no_data" };

double
round2(double x)
{
	double r = x < 0 ? -floor(-x * 100 + 0.5 + 1e-9) : floor(x * 100 + 0.5 + 1e-9);

	return r / 100;
}

double
round_index(double x)
{
	double c = round2(x);

	return c < 0 ? -floor(-c + 0.5 + 1e-9) : floor(c + 0.5 + 1e-9);
}

int
score_below(double ssi, double under)
{
	return round2(ssi) < under;
}

/*
 * The curve of s at input v, in 0..1.  The arithmetic is the model's, as
 * written (v / target, not v times 1 / target: an ulp can move a gain
 * across the 0.05 "done" mark).  Not inlined on purpose: inlined in
 * score_profile's loop, gcc turns the clamp to 1 into a branch on the data
 * instead of a minsd, and batch is 20-30% slower.
 */
__attribute__((noinline)) double
score_curve(const struct signal *s, double v)
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
	/* f is finite: inputs are whole numbers, targets above 0, lo below
	 * target, and a ratio with a zero denominator never gets here */
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
 * Score p: every signal's value, status and points, the pillars and the
 * gains.  This runs once per profile in batch, so the sums are kept in
 * locals, *s is written once rather than cleared first, and each signal's
 * inputs and per-month scale come precomputed with the model.
 */
void
score_profile(const struct model *m, const struct profile *p, struct score *s)
{
	double pillar[P_COUNT] = { 0 }, gain[MODEL_KEYS] = { 0 };
	double lost[MODEL_KEYS] = { 0 };	/* weight of missing signals */
	uint32_t missk = 0;			/* keys with a missing signal */
	uint32_t partial = 0;			/* keys with unknown items */
	double covered = 0, extra = 0;
	double period = profile_value(p, F_PERIOD_DAYS);
	/* a model input is present when given; period_days always is */
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

			items(g, p, &sat, &absent, &missing);
			if (absent == g->nitems) {
				st = ST_MISSING;
			} else {
				v = sat;
				pts = g->weight * sat / g->nitems;
				extra += g->weight * absent / g->nitems;
				/* ssi.7 SIGNALS: an unknown item is not advice (a
				 * sheet without profile columns), it is
				 * unmeasured */
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
				pts = g->weight * score_curve(g, v);
			}
		} else {
			v = profile_value(p, g->in[0]);
			if (g->per_month)
				v = v * 30 / period;
			pts = g->weight * score_curve(g, v);
		}
		/* summed in signal order, as the model reads */
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
	/* The gain over measured signals: a missing signal scores 0, so its
	 * part of the gain is its weight (exactly: both sums add the same
	 * weights in the same order).  Which keys have a measured signal is
	 * worked out only when some signal is missing: the batch path with
	 * full data never loops again. */
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

int
score_top(const struct score *s, int *top, int max)
{
	int i, j, n = 0;

	if (max == 1) {
		/* The CSV row's case, per profile: the same rule as below,
		 * with selects instead of branches on the gains. */
		int best = -1;
		double bg = -HUGE_VAL;

		for (i = 0; i < MODEL_KEYS; i++) {
			double gi = s->mgain[i];
			int take = (int)((s->measured >> i) & 1u) &
			    (gi >= GAIN_DONE) & (gi - bg > GAIN_TIE);

			best = take ? i : best;
			bg = take ? gi : bg;
		}
		*top = best;
		return best >= 0;
	}

	/* One pass in key order, keeping the best max in order.  Every key
	 * kept comes before i, so i goes before kept key t exactly when
	 * i's gain is larger beyond the tie margin. */
	for (i = 0; i < MODEL_KEYS; i++) {
		double gi = s->mgain[i];

		if (!((s->measured >> i) & 1u) || gi < GAIN_DONE)
			continue;
		for (j = n; j > 0 && gi - s->mgain[top[j - 1]] > GAIN_TIE; j--)
			if (j < max)
				top[j] = top[j - 1];
		if (j < max) {
			top[j] = i;
			if (n < max)
				n++;
		}
	}
	return n;
}

int
score_unmeasured(const struct score *s, int *out, int max)
{
	int k[MODEL_KEYS], i, n = 0;

	for (i = 0; i < MODEL_KEYS; i++)
		if (score_has_key(s, i) && (!((s->measured >> i) & 1u) ||
		    ((s->partial >> i) & 1u)) &&
		    score_unmeasured_gain(s, i) >= GAIN_DONE)
			k[n++] = i;
	sort_keys(s, k, n);
	if (n > max)
		n = max;
	memcpy(out, k, (size_t)n * sizeof *out);
	return n;
}

/* The input fields of signal g, in model order, into f; returns how many. */
static int
signal_fields(const struct signal *g, int *f)
{
	int j, nf = 0;

	if (g->curve == C_ITEMS)
		for (j = 0; j < g->nitems; j++)
			f[nf++] = g->items[j].field;
	else {
		f[nf++] = g->in[0];
		if (g->in[1] >= 0)
			f[nf++] = g->in[1];
	}
	return nf;
}

/* The absent fields of the signals of key k (all keys: k < 0), once each. */
static int
missing_fields(const struct model *m, const struct score *s, int k, int *out,
    int max)
{
	uint64_t seen = 0;
	int i, j, n = 0;

	for (i = 0; i < m->nsig; i++) {
		int f[MODEL_MAX_ITEMS + 2], nf;

		/* key k's unmeasured part: its missing signals, and the
		 * unknown items of an items signal partly measured (A1) */
		if (k >= 0 && (m->sig[i].key != k ||
		    (s->status[i] != ST_MISSING && m->sig[i].curve != C_ITEMS)))
			continue;
		nf = signal_fields(&m->sig[i], f);
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
score_missing(const struct model *m, const struct score *s, int *out, int max)
{
	return missing_fields(m, s, -1, out, max);
}

int
score_key_missing(const struct model *m, const struct score *s, int k,
    int *out, int max)
{
	return missing_fields(m, s, k, out, max);
}

int
score_pillar_keys(const struct score *s, int pl, int *out)
{
	int k, n = 0;

	for (k = pl * 4; k < pl * 4 + 4; k++)
		if (score_has_key(s, k))
			out[n++] = k;
	sort_keys(s, out, n);
	return n;
}
