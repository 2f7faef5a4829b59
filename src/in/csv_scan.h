/*
 * csv_scan.h - the byte search of the CSV reader's fast path (csv_in.c):
 * the first of four bytes in a range, many bytes at a time.
 *
 * csv_scan4(p, end, a, b, c, d) returns the first byte of [p, end) equal
 * to a, b, c or d, or end.  Two ways, the same answers (csv_fast_test
 * compares them with a byte loop): SSE2, 16 bytes per step, where the
 * compiler targets it (every x86-64); and a portable C11 one, 8 bytes per
 * step in a 64-bit word (SWAR), any byte order.  Neither reads outside
 * [p, end).  Define CSV_SCAN_PORTABLE to build the portable one only.
 */
#ifndef SSI_CSV_SCAN_H
#define SSI_CSV_SCAN_H

#include <stdint.h>
#include <string.h>

#if defined(__SSE2__) && defined(__GNUC__) && !defined(CSV_SCAN_PORTABLE)
#define CSV_SCAN_SSE2 1
#include <emmintrin.h>
#endif

#define CSV_SCAN_ONES 0x0101010101010101ull
#define CSV_SCAN_HIGHS 0x8080808080808080ull

/* A byte of x equals the byte broadcast in pat (exact: no false hit,
 * though the bit set may be above the equal byte, hence the "any"). */
static inline uint64_t
csv_scan_eq(uint64_t x, uint64_t pat)
{
	uint64_t y = x ^ pat;

	return (y - CSV_SCAN_ONES) & ~y & CSV_SCAN_HIGHS;
}

/* The portable search: whole words while none of them holds a match,
 * then the word that does byte by byte. */
static inline const char *
csv_scan4_swar(const char *p, const char *end, unsigned char a,
    unsigned char b, unsigned char c, unsigned char d)
{
	const uint64_t pa = a * CSV_SCAN_ONES, pb = b * CSV_SCAN_ONES;
	const uint64_t pc = c * CSV_SCAN_ONES, pd = d * CSV_SCAN_ONES;

	while (end - p >= 8) {
		uint64_t x;

		memcpy(&x, p, 8);
		if (csv_scan_eq(x, pa) | csv_scan_eq(x, pb) |
		    csv_scan_eq(x, pc) | csv_scan_eq(x, pd))
			break;
		p += 8;
	}
	for (; p < end; p++) {
		unsigned char ch = (unsigned char)*p;

		if (ch == a || ch == b || ch == c || ch == d)
			break;
	}
	return p;
}

#ifdef CSV_SCAN_SSE2
static inline const char *
csv_scan4_sse2(const char *p, const char *end, unsigned char a,
    unsigned char b, unsigned char c, unsigned char d)
{
	const __m128i va = _mm_set1_epi8((char)a), vb = _mm_set1_epi8((char)b);
	const __m128i vc = _mm_set1_epi8((char)c), vd = _mm_set1_epi8((char)d);

	while (end - p >= 16) {
		__m128i x = _mm_loadu_si128((const void *)p);
		__m128i m = _mm_or_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(x, va), _mm_cmpeq_epi8(x, vb)),
		    _mm_or_si128(_mm_cmpeq_epi8(x, vc), _mm_cmpeq_epi8(x, vd)));
		unsigned bits = (unsigned)_mm_movemask_epi8(m);

		if (bits != 0)
			return p + __builtin_ctz(bits);
		p += 16;
	}
	return csv_scan4_swar(p, end, a, b, c, d);
}
#endif

static inline const char *
csv_scan4(const char *p, const char *end, unsigned char a, unsigned char b,
    unsigned char c, unsigned char d)
{
#ifdef CSV_SCAN_SSE2
	return csv_scan4_sse2(p, end, a, b, c, d);
#else
	return csv_scan4_swar(p, end, a, b, c, d);
#endif
}

#endif
