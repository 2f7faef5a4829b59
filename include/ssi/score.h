/*
 * score.h - scoring one profile with a model, and the advice figures that
 * derive from it (gains per key, top actions).
 */
#ifndef SSI_SCORE_H
#define SSI_SCORE_H

#include <stdint.h>
#include "ssi/model.h"
#include "ssi/profile.h"

enum sig_status { ST_OK, ST_MISSING, ST_NO_DATA };

extern const char *const status_ids[];	/* "ok", "missing", "no_data" */

struct score {
	double pillar[P_COUNT];
	double ssi, ssi_max, coverage;
	double points[MODEL_MAX_SIGNALS];
	double value[MODEL_MAX_SIGNALS];	/* input as the curve saw it */
	int status[MODEL_MAX_SIGNALS];
	double gain[MODEL_KEYS];		/* weight - points, per key */
	double mgain[MODEL_KEYS];		/* the same over the key's
						 * measured signals (ok,
						 * no_data) only */
	uint32_t keys;				/* bit k: key k used by a signal */
	uint32_t measured;			/* bit k: some signal of key k
						 * is not missing */
	uint64_t missing;			/* bit f: field f wanted, absent */
	uint32_t partial;			/* bit k: key k's items are
						 * partly unknown (A1): that part
						 * is unmeasured, not advice */
};

/* What key k could add at most over its unmeasured part (all of it for
 * a key with no measured signal, A1's unknown items for A1): the gain of
 * score_unmeasured's keys. */
static inline double
score_unmeasured_gain(const struct score *s, int k)
{
	return s->gain[k] - s->mgain[k];
}

static inline int
score_has_key(const struct score *s, int k)
{
	return (int)((s->keys >> k) & 1u);
}

#define GAIN_DONE 0.05	/* a key with less to gain is shown as done */

/* Score p with m into s.  Never fails. */
/*
 * The curve of signal s (not items) at input v, in 0..1: what the scorer
 * multiplies its weight by (a flag: v != 0).  Exported for the fit, which
 * must score as the scorer does.
 */
double score_curve(const struct signal *s, double v);

void score_profile(const struct model *m, const struct profile *p,
    struct score *s);

/*
 * Missing fields in model order: writes up to max field ids into out,
 * returns how many.
 */
int score_missing(const struct model *m, const struct score *s, int *out,
    int max);

/*
 * The top actions: the measured keys with the largest gain counted over
 * their measured signals (mgain; ties in key order), not done.  Writes up
 * to max key ids into top, returns how many.  (Derived on demand: the CSV
 * row needs only the first.)
 */
int score_top(const struct score *s, int *top, int max);

/*
 * The keys that could not be measured: used by the model, every signal
 * missing, gain (all of it: what the key could add at most) not below
 * GAIN_DONE; ordered by gain, largest first, ties in key order.  Writes up
 * to max key ids into out, returns how many.
 */
int score_unmeasured(const struct score *s, int *out, int max);

/*
 * The input fields of key k's missing signals that the profile lacks, in
 * model order, each once: up to max field ids into out; returns how many.
 */
int score_key_missing(const struct model *m, const struct score *s, int k,
    int *out, int max);

/* Keys of pillar pl ordered by gain (largest first, ties in key order);
 * returns how many keys were written to out. */
int score_pillar_keys(const struct score *s, int pl, int *out);

/* A completeness item of p: 1 satisfied, 0 not, -1 its field absent (text
 * fields are measured in code points). */
int score_item(const struct item *it, const struct profile *p);

/* Round half away from zero to 2 decimals. */
double round2(double x);
/* The whole index shown in text and HTML: round2(x) (the figure CSV and JSON
 * print) rounded half away from zero, so 81.495 -> 81.50 -> 82 everywhere. */
double round_index(double x);
/* --fail-under: ssi (0-100) as the reports show it (2 decimals) is below
 * under.  The one test of every command. */
int score_below(double ssi, double under);

#endif
