/*
 * profile_put.h - the readers' inline piece of the batch path (ssi batch on
 * CSV): a count decoded where the reader meets it.  Only the readers on
 * that path include it (csv_in.c, input.c); everyone else uses
 * profile_set.  BENCH.md says why it is inline.
 */
#ifndef SSI_PROFILE_PUT_H
#define SSI_PROFILE_PUT_H

#include <stdint.h>
#include "digits.h"
#include "ssi/profile.h"

/*
 * profile_set for the readers' hot path: a count (or a period in range) of
 * 1 to 9 plain digits is stored here inline (the result profile_set gives
 * it); anything else goes through profile_set.
 */
static inline int
profile_put(struct profile *p, int f, const char *s, size_t n,
    enum value_kind kind, struct ssi_err *e)
{
	enum field_type t = field_defs[f].type;
	int64_t v;

	if ((t == FT_COUNT || t == FT_PERIOD) && kind != VK_BOOL &&
	    !profile_has(p, f) && digits9(s, n, &v) &&
	    (t == FT_COUNT || (v >= 1 && v <= PERIOD_MAX))) {
		p->num[f] = v;
		p->have |= (uint64_t)1 << f;
		return 0;
	}
	return profile_set(p, f, s, n, kind, 0, e);
}

#endif
