/* bytecount.c - how many bytes of a buffer equal one byte (bytecount.h). */
#include "ssi/bytecount.h"

#if defined(__SSE2__) && defined(__GNUC__) && !defined(BYTECOUNT_PORTABLE)
#define BYTECOUNT_SSE2 1
#include <emmintrin.h>
#endif

/* The bytes of s[0..n) equal to c: the main thread's passes over each
 * part (its quotes, its line ends), 16 bytes a step where SSE2 is (a byte
 * counter per lane, summed every 255 steps), else a byte loop.  A scalar
 * count cost the main thread about 4 instructions a byte, most of -j's
 * overhead. */
size_t
count_byte(const char *s, size_t n, char c)
{
	size_t i = 0, k = 0;

#ifdef BYTECOUNT_SSE2
	const __m128i vc = _mm_set1_epi8(c), zero = _mm_setzero_si128();

	while (n - i >= 16) {
		__m128i acc = zero;
		size_t end = n - i >= 16 * 255 ? i + 16 * 255 :
		    i + (n - i) / 16 * 16;

		for (; i < end; i += 16)
			acc = _mm_sub_epi8(acc, _mm_cmpeq_epi8(vc,
			    _mm_loadu_si128((const void *)(s + i))));
		acc = _mm_sad_epu8(acc, zero);
		k += (size_t)_mm_cvtsi128_si32(acc) +
		    (size_t)_mm_cvtsi128_si32(_mm_unpackhi_epi64(acc, acc));
	}
#endif
	for (; i < n; i++)
		k += s[i] == c;
	return k;
}
