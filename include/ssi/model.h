/*
 * model.h - the scoring model as data (ssi(7)).
 *
 * A model is a table of signals.  The default model is a static table;
 * another one can be loaded from JSON in the form model_write_json prints.
 */
#ifndef SSI_MODEL_H
#define SSI_MODEL_H

#include <stddef.h>
#include <stdint.h>
#include "ssi/err.h"
#include "ssi/field.h"

enum pillar { P_BRAND, P_PEOPLE, P_ENGAGEMENT, P_RELATIONSHIPS, P_COUNT };
enum curve { C_SQRT, C_LINEAR, C_BAND, C_FLAG, C_ITEMS };

#define MODEL_MAX_SIGNALS 64
#define MODEL_MAX_ITEMS 16
#define MODEL_KEYS 16		/* A1..D4 */
#define PILLAR_MAX 25.0

/* One completeness item: field present and min <= value <= max; for text
 * fields the value is its length in code points. */
struct item {
	int field;
	double min, max;
};

struct signal {
	char name[32];
	int pillar;		/* enum pillar */
	int key;		/* 0..15: A1=0 .. D4=15; key / 4 == pillar */
	int in[2];		/* input field ids; in[1] = -1 unless a ratio */
	int curve;		/* enum curve */
	double lo, target;	/* band: lo..target; sqrt/linear: target */
	double weight;
	int nitems;
	struct item items[MODEL_MAX_ITEMS];
	/* Derived from the fields above by model_derive, so that the scorer
	 * need not work them out per profile: */
	uint64_t need;		/* bit f: input field f (none for items) */
	int per_month;		/* model_per_month(this signal) */
	uint64_t imask;		/* items: bit f: some item's field is f */
};

_Static_assert(MODEL_KEYS <= 32, "keys: one bit each in struct model's keys");
_Static_assert(MODEL_MAX_SIGNALS <= 256, "a signal's index in a uint8_t");

/* How the scorer's fast path takes a signal (model_derive):
 * a square root of a count per month, of a count, a linear ratio, another
 * ratio, a flag, any other single input (linear, band), completeness
 * items. */
enum sig_kind { SK_SQRT_MONTH, SK_SQRT, SK_RATIO_LINEAR, SK_RATIO, SK_FLAG,
	SK_OTHER, SK_ITEMS, SK_COUNT };
_Static_assert(P_COUNT * 4 == MODEL_KEYS, "four keys a pillar");

struct model {
	char id[64];
	int nsig;
	struct signal sig[MODEL_MAX_SIGNALS];
	/* derived by model_derive: */
	uint32_t keys;		/* bit k: some signal has key k */
	uint64_t need_all;	/* every signal's need: a profile with all
				 * of them has no missing signal but items */
	uint64_t text;		/* bit f: field f is text (or a date) */
	double wsum;		/* the weights summed in signal order */
	uint8_t kind[MODEL_MAX_SIGNALS];	/* each signal's enum
						 * sig_kind */
};

extern const char *const pillar_ids[P_COUNT];	/* "brand", ... */
extern const char *const curve_ids[];		/* "sqrt", ... */

/* The built-in model default/1. */
const struct model *model_default(void);

/* Key name ("A1".."D4") of key index k, into a static table. */
const char *model_key_name(int k);
/* The same table, for a k known to be 0..MODEL_KEYS - 1. */
extern const char model_key_names[MODEL_KEYS][3];

#define MODEL_MAX_FILE (1u << 20)	/* bytes of a model file */

/* Load a model file (model_load_json): a folder, a file larger than
 * MODEL_MAX_FILE or unreadable is an error.  0 or -1 with e (file set). */
int model_load_file(struct model *m, const char *path, struct ssi_err *e);

/*
 * Load a model from the JSON text buf[0..n) (name is for messages): one
 * JSON object, nothing after it, no key given twice.  Checks
 * every rule of ssi.7 SIGNALS: pillar weights sum to 25, known inputs, curves,
 * keys A1-D4 in their own pillar, targets > 0.  Returns 0 or -1 with e set.
 */
int model_load_json(struct model *m, const char *buf, size_t n,
    const char *name, struct ssi_err *e);

/*
 * Fill the derived fields of m (each signal's need, per_month and item
 * mask, the model's keys, need_all, text, wsum and the signals' kinds)
 * from the others.  The loaders do it; a caller that edits a model's
 * signals (a weight too: wsum) calls it before scoring.
 */
void model_derive(struct model *m);

/* Signal s applies the per-month scale: one input, an activity count. */
static inline int
model_per_month(const struct signal *s)
{
	return s->curve != C_ITEMS && s->in[1] < 0 && s->in[0] >= 0 &&
	    field_defs[s->in[0]].group == FG_ACTIVITY;
}

#endif
