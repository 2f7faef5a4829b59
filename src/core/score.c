/* score.c - scoring a profile with a model (see score.h, ssi.7 SIGNALS). */
#include <math.h>
#include <string.h>

#include "ssi/score.h"

const char *const status_ids[] = { "ok", "missing", "no_data" };

_Static_assert(ST_OK == 0, "score_fast clears statuses to ST_OK");
_Static_assert(MODEL_MAX_SIGNALS >= 32 && sizeof(int) == 4,
    "score_fast clears 32 statuses, 64 bytes at a time");

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
 * f clamped to 0..1: f < 0 ? 0 : f, then f > 1 ? 1 : f, as written (a NaN
 * or -0 passes through), computed, not branched on: inlined in the
 * scorer's loop, gcc otherwise branches on the data, and batch is 20-30%
 * slower.  MAXSD a, b is a > b ? a : b, MINSD a, b a < b ? a : b.
 */
static inline double
clamp1(double f)
{
#if defined(__GNUC__) && defined(__SSE2__)
	double o = 1;

	__asm__("minsd %1, %0" : "+x"(o) : "x"(f));
	return o;
#else
	return f > 1 ? 1 : f;
#endif
}

static inline double
clamp01(double f)
{
#if defined(__GNUC__) && defined(__SSE2__)
	double z = 0;

	__asm__("maxsd %1, %0" : "+x"(z) : "x"(f));
	return clamp1(z);
#else
	return clamp1(f < 0 ? 0 : f);
#endif
}

/* x > PILLAR_MAX ? PILLAR_MAX : x, with minsd where there is one. */
static inline double
clamp25(double x)
{
#if defined(__GNUC__) && defined(__SSE2__)
	double o = PILLAR_MAX;

	__asm__("minsd %1, %0" : "+x"(o) : "x"(x));
	return o;
#else
	return x > PILLAR_MAX ? PILLAR_MAX : x;
#endif
}

/* A square root is never below 0 (NaN for a negative, -0 for -0), so
 * clamp01(sqrt(x)) is clamp1(sqrt(x)), bit for bit. */
static inline double
sqrt01(double x)
{
	return clamp1(sqrt(x));
}

/*
 * The curve of s at input v, in 0..1.  The arithmetic is the model's, as
 * written (v / target, not v times 1 / target: an ulp can move a gain
 * across the 0.05 "done" mark).  f is finite: inputs are whole numbers,
 * targets above 0, lo below target, and a ratio with a zero denominator
 * never gets here.
 */
static inline double
curve_at(const struct signal *s, double v)
{
	double f;

	if (s->curve == C_SQRT)
		return sqrt01(v / s->target);
	if (s->curve == C_LINEAR)
		f = v / s->target;
	else if (s->curve == C_BAND)
		f = (v - s->lo) / (s->target - s->lo);
	else	/* flag */
		f = v != 0;
	return clamp01(f);
}

double
score_curve(const struct signal *s, double v)
{
	return curve_at(s, v);
}

/* An item's test for a field that is present: text fields are measured
 * in code points.  The range test is written with '&' so that it is
 * computed, not branched on (it depends on data). */
static inline int
item_value_check(const struct item *it, const struct profile *p, int text)
{
	double v = text ? (double)p->cps[it->field] :
	    profile_value(p, it->field);

	return (v >= it->min) & (v <= it->max);
}

int
score_item(const struct item *it, const struct profile *p)
{
	if (!profile_present(p, it->field))
		return -1;
	return item_value_check(it, p, field_defs[it->field].type <= FT_DATE);
}

/*
 * A1-style items: how many are satisfied, how many absent (have: the
 * fields given, period_days among them; text: the text fields).  The
 * absent fields are the mask's bits not given.
 */
static inline void
items(const struct signal *s, const struct profile *p, uint64_t have,
    uint64_t text, int *sat, int *absent, uint64_t *missing)
{
	int i, n = 0, k = 0;

	*missing |= s->imask & ~have;
	for (i = 0; i < s->nitems; i++) {
		int f = s->items[i].field;

		if ((have >> f) & 1u)
			n += item_value_check(&s->items[i], p,
			    (int)((text >> f) & 1u));
		else
			k++;
	}
	*sat = n;
	*absent = k;
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
 * gains.  The sums are those of the model as written, in signal order:
 * pillar and gain per signal, covered and extra over the signals, lost
 * (the weight a key cannot be judged on) only for the keys that have any.
 */
struct sums {
	double pillar[P_COUNT];
	double covered, extra;
	double lost[MODEL_KEYS];	/* valid for the keys in lostk */
	uint32_t lostk;			/* keys with a missing signal or
					 * unknown items */
	uint32_t missk;			/* keys with a missing signal */
	uint32_t partial;		/* keys with unknown items */
	uint64_t missing;
};

static void
sums_clear(struct sums *u, struct score *s)
{
	memset(u->pillar, 0, sizeof u->pillar);
	u->covered = u->extra = 0;
	u->lostk = u->missk = u->partial = 0;
	u->missing = 0;
	/* two halves: gcc stores each with four moves; the whole, with a
	 * rep stos of 16 steps */
	memset(s->gain, 0, sizeof s->gain / 2);
	memset(s->gain + MODEL_KEYS / 2, 0, sizeof s->gain / 2);
}

static inline void
lose(struct sums *u, int k, double w)
{
	if (!((u->lostk >> k) & 1u)) {
		u->lostk |= (uint32_t)1 << k;
		u->lost[k] = 0;
	}
	u->lost[k] += w;
}

/* An items signal g (not every item absent) into s and u: its value is
 * the items satisfied. */
static inline double
items_points(const struct signal *g, int sat, int absent, struct sums *u)
{
	double w = g->weight;

	u->extra += w * absent / g->nitems;
	/* ssi.7 SIGNALS: an unknown item is not advice (a sheet without
	 * profile columns), it is unmeasured */
	if (absent > 0) {
		lose(u, g->key, w * absent / g->nitems);
		u->partial |= (uint32_t)1 << g->key;
	}
	return w * sat / g->nitems;
}

/* Every signal, in model order, each tested for its inputs. */
static void
score_signals(const struct model *m, const struct profile *p,
    struct score *restrict s, struct sums *restrict u, uint64_t have)
{
	double period = profile_value(p, F_PERIOD_DAYS);
	int i;

	for (i = 0; i < m->nsig; i++) {
		const struct signal *g = &m->sig[i];
		double pts = 0, v = 0, w = g->weight;
		int st = ST_OK;

		if ((have & g->need) != g->need) {
			st = ST_MISSING;
			u->missing |= g->need & ~have;
		} else if (g->curve == C_ITEMS) {
			int sat, absent;

			items(g, p, have, m->text, &sat, &absent, &u->missing);
			if (absent == g->nitems) {
				st = ST_MISSING;
			} else {
				v = sat;
				pts = items_points(g, sat, absent, u);
			}
		} else if (g->in[1] >= 0) {
			double b = profile_value(p, g->in[1]);

			if (b == 0) {
				st = ST_NO_DATA;
			} else {
				v = profile_value(p, g->in[0]) / b;
				pts = w * curve_at(g, v);
			}
		} else {
			v = profile_value(p, g->in[0]);
			if (g->per_month)
				v = v * 30 / period;
			pts = w * curve_at(g, v);
		}
		if (st == ST_MISSING) {
			u->extra += w;
			lose(u, g->key, w);
			u->missk |= (uint32_t)1 << g->key;
		} else {
			u->covered += w;
		}
		s->status[i] = st;
		s->points[i] = pts;
		s->value[i] = v;
		u->pillar[g->pillar] += pts;
		s->gain[g->key] += w - pts;
	}
}

/*
 * The same for a profile that has every input the model's signals need
 * (need_all): no signal is missing unless every item of an items signal
 * is absent, and then this returns -1 having half done (score_signals
 * starts again).  Each signal is taken by its kind (model_derive), without
 * the tests of the others.
 */
static int
score_fast(const struct model *m, const struct profile *p,
    struct score *restrict s, struct sums *restrict u, uint64_t have)
{
	const int64_t *num = p->num;
	double period = (double)num[F_PERIOD_DAYS];
	int i;

	/* ST_OK unless a ratio has no data */
	/* two halves: inline stores, not a rep stos */
	memset(&s->status[0], 0, 64);
	memset(&s->status[16], 0, 64);
	if (m->nsig > 32)
		memset(s->status + 32, 0, (size_t)(m->nsig - 32) *
		    sizeof s->status[0]);
	for (i = 0; i < m->nsig; i++) {
		const struct signal *g = &m->sig[i];
		double v, pts, w = g->weight;
		int sat, absent, k = m->kind[i];

		if (k <= SK_SQRT) {
			v = (double)num[g->in[0]];
			if (k == SK_SQRT_MONTH)
				v = v * 30 / period;
			pts = w * sqrt01(v / g->target);
		} else if (k <= SK_RATIO) {
			/* a whole number is 0 exactly when its double is */
			v = pts = 0;
			if (num[g->in[1]] == 0) {
				s->status[i] = ST_NO_DATA;
			} else {
				v = (double)num[g->in[0]] /
				    (double)num[g->in[1]];
				pts = w * (k == SK_RATIO_LINEAR ?
				    clamp01(v / g->target) : curve_at(g, v));
			}
		} else if (k == SK_FLAG) {
			/* curve_at's flag: 0 or 1, which the clamp keeps */
			v = (double)num[g->in[0]];
			pts = w * (double)(num[g->in[0]] != 0);
		} else if (k == SK_OTHER) {
			v = (double)num[g->in[0]];
			if (g->per_month)
				v = v * 30 / period;
			pts = w * curve_at(g, v);
		} else {	/* items */
			items(g, p, have, m->text, &sat, &absent, &u->missing);
			if (absent == g->nitems)
				return -1;
			v = sat;
			pts = items_points(g, sat, absent, u);
		}
		s->value[i] = v;
		s->points[i] = pts;
		u->pillar[g->pillar] += pts;
		s->gain[g->key] += w - pts;
	}
	u->covered = m->wsum;	/* every signal counts */
	return 0;
}

void
score_profile(const struct model *m, const struct profile *p,
    struct score *restrict s)
{
	struct sums u;
	/* a model input is present when given; period_days always is */
	uint64_t have = p->have | (uint64_t)1 << F_PERIOD_DAYS;
	int i;

	sums_clear(&u, s);
	if ((have & m->need_all) != m->need_all ||
	    score_fast(m, p, s, &u, have) < 0) {
		sums_clear(&u, s);
		score_signals(m, p, s, &u, have);
	}
	s->ssi = 0;
	for (i = 0; i < P_COUNT; i++) {
		s->pillar[i] = clamp25(u.pillar[i]);
		s->ssi += s->pillar[i];
	}
	/* The gain over measured signals: a missing signal scores 0, so its
	 * part of the gain is its weight (exactly: both sums add the same
	 * weights in the same order); a key that lost nothing has its whole
	 * gain (x - 0 is x).  Which keys have a measured signal is worked
	 * out only when some signal is missing. */
	memcpy(s->mgain, s->gain, sizeof s->gain);
	while (u.lostk != 0) {
		i = __builtin_ctz(u.lostk);
		u.lostk &= u.lostk - 1;
		s->mgain[i] = s->gain[i] - u.lost[i];
	}
	s->keys = m->keys;
	s->measured = m->keys;
	if (u.missk != 0) {
		uint32_t meas = 0;

		for (i = 0; i < m->nsig; i++)
			if (s->status[i] != ST_MISSING)
				meas |= (uint32_t)1 << m->sig[i].key;
		s->measured = meas;
	}
	s->missing = u.missing;
	s->partial = u.partial;
	s->ssi_max = s->ssi + u.extra;
	s->coverage = u.covered / 100;
}

int
score_top(const struct score *s, int *top, int max)
{
	int i, j, n = 0;

	if (max == 1) {
		/* The CSV row's case, per profile: the same rule as below.
		 * The first key taken is the first measured one not done;
		 * a later key beats the best so far only with a larger gain,
		 * so it is not done either: past the first, a key's gain is
		 * tested first (it rarely wins), then whether it is
		 * measured.  Keys before the first lose too (gain below the
		 * best's, or not measured), so the second pass runs over all
		 * sixteen, unrolled. */
		int best = -1;
		double bg = 0;
		uint32_t meas = s->measured;

		for (i = 0; i < MODEL_KEYS; i++)
			if (((meas >> i) & 1u) && s->mgain[i] >= GAIN_DONE) {
				best = i;
				bg = s->mgain[i];
				break;
			}
		*top = -1;
		if (best < 0)
			return 0;
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC unroll 16
#endif
		for (i = 0; i < MODEL_KEYS; i++) {
			double gi = s->mgain[i];

			if (gi - bg > GAIN_TIE && ((meas >> i) & 1u)) {
				best = i;
				bg = gi;
			}
		}
		*top = best;
		return 1;
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
