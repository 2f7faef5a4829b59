/*
 * change.h - real change or noise (ssi.7 OFFICIAL FIGURES): every change between
 * consecutive figures of a series gets up, down or flat by the XmR rule.
 *
 * A pure function over a series of figures in thousandths (the official
 * figures as recorded, or an estimate as its 2-decimal figure times 1000),
 * so that a change equal to its threshold is flat on every machine.
 */
#ifndef SSI_CHANGE_H
#define SSI_CHANGE_H

#include <stddef.h>
#include <stdint.h>

enum change { CH_NONE, CH_FLAT, CH_UP, CH_DOWN };

/* "", "flat", "up", "down" (CSV/JSON) */
extern const char *const change_ids[4];

/* The floors: 0.5 for a pillar, 1.0 for the index (thousandths). */
#define CHANGE_FLOOR_PILLAR 500
#define CHANGE_FLOOR_INDEX 1000
/* Earlier moving ranges needed before the XmR limit is used. */
#define CHANGE_MIN_RANGES 5

/*
 * Label the series v[0..n): has[i] nonzero when v[i] is present (has NULL:
 * all are).  A missing figure is skipped: the change of the next present
 * one is from the previous present one.  out[i] is CH_NONE for missing
 * figures and for the first present one; otherwise |delta| > threshold
 * gives CH_UP or CH_DOWN, else CH_FLAT, where the threshold is
 *   max(floor, 3.268 x mean of the earlier absolute changes) with at
 *   least CHANGE_MIN_RANGES earlier changes, else 2 x floor.
 * delta (may be NULL) gets each change (0 where out is CH_NONE).
 */
void change_series(const int64_t *v, const unsigned char *has, size_t n,
    int64_t floor, enum change *out, int64_t *delta);

/* The label of one change d after k earlier changes whose absolute values
 * sum to mr_sum. */
enum change change_label(int64_t d, size_t k, int64_t mr_sum, int64_t floor);

#endif
