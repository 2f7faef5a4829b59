/*
 * out_fast.h - the writers' inline piece of the batch path (ssi batch on
 * CSV): a score formatted in a register.  Only report.c includes it;
 * everyone else uses out_fixed.  BENCH.md says why it is inline.
 */
#ifndef SSI_OUT_FAST_H
#define SSI_OUT_FAST_H

#include <stdint.h>
#include <string.h>
#include "ssi/out.h"

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
