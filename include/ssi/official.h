/*
 * official.h - LinkedIn's official figures in a record (ssi(5) and ssi(7),
 * "OFFICIAL FIGURES"): their ranges, exact decimal values, and the record rules
 * (failed capture, index against components, derived index).
 *
 * The 17 fields F_OFFICIAL_SSI .. F_NETWORK_AVG_RELATIONSHIPS have type
 * FT_DECIMAL and are stored in p->num[] in thousandths (20.973 -> 20973),
 * so that values and their changes are exact on every machine.  They are
 * never inputs of the model (model.c refuses them; the scorer never reads
 * them).
 */
#ifndef SSI_OFFICIAL_H
#define SSI_OFFICIAL_H

#include <stddef.h>
#include <stdint.h>
#include "ssi/err.h"
#include "ssi/profile.h"

#define OFFICIAL_FIRST F_OFFICIAL_SSI
#define OFFICIAL_N (F_COUNT - F_OFFICIAL_SSI)
/* The bits of the official fields in struct profile's have. */
#define OFFICIAL_MASK (((uint64_t)1 << F_COUNT) - ((uint64_t)1 << F_OFFICIAL_SSI))
/* The four components, in pillar order (brand, people, engagement,
 * relationships): F_OFFICIAL_BRAND + pillar. */
#define OFFICIAL_COMPONENT(pl) (F_OFFICIAL_BRAND + (pl))

/* True when f is one of the official fields. */
static inline int
official_is(int f)
{
	return f >= F_OFFICIAL_SSI && f < F_COUNT;
}

/* The range of field f in thousandths and its decimals (0, 2 or 3): an
 * official field's, or F_GOAL's (0-100, 2 decimals, read the same way);
 * NULL for any other field. */
struct official_range {
	int64_t lo, hi;
	int decimals;
};
const struct official_range *official_range(int f);

/*
 * Parse the value s[0..n) of official field f (blanks around it allowed):
 * "20.973", "2.0973e1", "15"; with comma set, "20,973" too (CSV with a ';'
 * or tab delimiter, ssi log).  More decimals than the field allows (a
 * figure of the page's JSON: "13.118002") are rounded half away from zero
 * to the allowed decimals, without a word (ssi.7 OFFICIAL FIGURES).  Stores
 * the value in thousandths.  Returns 0, or -1 with e->msg "FIELD: 'VALUE'
 * is not a number" / "is out of range (LO to HI)".
 */
int official_parse(int f, const char *s, size_t n, int comma, int64_t *out,
    struct ssi_err *e);

/*
 * Write the thousandths v as the shortest decimal ("20.973", "6.38",
 * "15", "-0.5") into buf (at least 32 bytes).  Returns buf.
 */
char *official_fmt(int64_t v, char *buf, size_t n);

/* The same with exactly d decimals (0..3), rounded half away from zero. */
char *official_fixed(int64_t v, int d, char *buf, size_t n);

/*
 * The record rules of ssi.7 OFFICIAL FIGURES, applied to every record read (after
 * its values and overrides):
 * - every official field present is zero: a failed capture, the official
 *   fields are dropped, warning "official figures all zero: taken as
 *   missing";
 * - otherwise a rank of 0 (allowed while reading, for the rule above) is
 *   out of range: returns -1 with e->msg set (the record is rejected);
 * - the four components and official_ssi, more than 1 apart from their
 *   sum: warning "official_ssi 60 does not match its components (sum
 *   53.10)";
 * - with the four components, official_ssi becomes their sum (the page
 *   shows the sum rounded; ssi.7 OFFICIAL FIGURES); without them it stays
 *   as given.
 * Returns -1 (e), else the number of warnings written into w (0 or 1).
 */
int official_check(struct profile *p, struct ssi_err *w, struct ssi_err *e);

/*
 * The sum rule alone, for a record put together from others (the (id,
 * as_of) merge): with the four components official_ssi becomes their sum.
 * Returns 1 when it changed official_ssi, else 0.
 */
int official_settle(struct profile *p);

/* The sum of the four components in thousandths; -1 when one is missing. */
int64_t official_sum(const struct profile *p);

#endif
