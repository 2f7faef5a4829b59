/*
 * digits.h - the common case of every count in the inputs: 1 to 9 plain
 * ASCII digits, read without strtod (the readers' hot path).
 */
#ifndef SSI_DIGITS_H
#define SSI_DIGITS_H

#include <stddef.h>
#include <stdint.h>

/* s[0..n) is 1 to 9 digits: 1 and its value in *v; otherwise 0. */
static inline int
digits9(const char *s, size_t n, int64_t *v)
{
	int64_t x = 0;
	size_t i;

	if (n - 1 >= 9)
		return 0;
	for (i = 0; i < n; i++) {
		unsigned d = (unsigned)(unsigned char)s[i] - '0';

		if (d > 9)
			return 0;
		x = x * 10 + d;
	}
	*v = x;
	return 1;
}

#endif
