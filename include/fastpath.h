/*
 * fastpath.h - the inline pieces of the batch path (ssi batch on CSV): a
 * count decoded where the reader meets it, a score formatted in a
 * register.  Only the files on that path include it (csv_in.c, input.c,
 * report.c); everyone else uses the plain functions the public headers
 * declare (profile_set, out_fixed).  BENCH.md says why each is inline.
 */
#ifndef SSI_FASTPATH_H
#define SSI_FASTPATH_H

#include <stdint.h>
#include <string.h>
#include "digits.h"
#include "out.h"
#include "profile.h"

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

extern const char out_digits2[];	/* "00" "01" ... "99" */

/*
 * out_fixed(o, x, 2), inline for the batch rows: a score (0 to 999.99) is
 * built whole in a register, "ddd.dd", its leading zeros shifted out, and
 * stored at once (no branch on the value, no byte stores read back as a
 * word); anything else goes to out_fixed.
 */
static inline void
out_fixed2(struct out *o, double x)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	double a = x * 100 + 0.5 + 1e-9;	/* as out_fixed rounds */

	if (x >= 0 && a < 100000 && o->cap - o->n >= 8) {
		unsigned u = (unsigned)a, ip = u / 100, fr = u % 100;
		unsigned skip = (ip < 100) + (ip < 10);
		uint16_t mid, low;
		uint64_t w;

		memcpy(&mid, out_digits2 + 2 * (ip % 100), 2);
		memcpy(&low, out_digits2 + 2 * fr, 2);
		w = (uint64_t)('0' + ip / 100) | (uint64_t)mid << 8 |
		    (uint64_t)'.' << 24 | (uint64_t)low << 32;
		w >>= 8 * skip;		/* first byte = first character */
		memcpy(o->buf + o->n, &w, 8);
		o->n += 6 - skip;
		return;
	}
#endif
	out_fixed(o, x, 2);
}
#endif
