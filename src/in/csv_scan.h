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
 *
 * csv_blk64(p, d, m): the bitmasks of 64 bytes (struct csv_blk), for the
 * fast path's walk of whole rows; SSE2 or portable (SWAR) likewise.
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

/*
 * The block masks of the fast path's row walk: for the 64 bytes at p (all
 * of them readable), bit i stands for p[i].  s: the delimiter; stop: the
 * bytes below '#' (the line ends '\n' and '\r', and what the walk leaves
 * to fast_row: '"', ' ', '\t', '!' and the control bytes).  The first
 * stop byte of a row says which.  Not for a tab delimiter (a stop byte).
 */
struct csv_blk {
	uint64_t s, stop;
};

/* A byte of y that is 0 gets its high bit set, exactly: no carry crosses
 * bytes (csv_scan_eq may set one above a zero byte). */
static inline uint64_t
csv_scan_zero(uint64_t y)
{
	const uint64_t lows = 0x7F7F7F7F7F7F7F7Full;

	return ~(((y & lows) + lows) | y | lows);
}

/* A byte of y below '#' gets its high bit set, exactly. */
static inline uint64_t
csv_scan_stop(uint64_t y)
{
	const uint64_t lows = 0x7F7F7F7F7F7F7F7Full;

	return ~(((y & lows) + 0x5D5D5D5D5D5D5D5Dull) | y | lows);
}

/* The high bits of the 8 bytes of h (h holds nothing else), as bits 0-7
 * in byte order of the word. */
static inline unsigned
csv_scan_bits8(uint64_t h)
{
	return (unsigned)(((h >> 7) * 0x0102040810204080ull) >> 56);
}

/* 8 bytes as a word whose lowest byte is p[0], any byte order. */
static inline uint64_t
csv_scan_le64(const char *p)
{
	uint64_t x;

#if defined(__BYTE_ORDER__) && defined(__ORDER_LITTLE_ENDIAN__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	memcpy(&x, p, 8);
#else
	int i;

	x = 0;
	for (i = 7; i >= 0; i--)
		x = x << 8 | (unsigned char)p[i];
#endif
	return x;
}

static inline void
csv_blk64_swar(const char *p, unsigned char d, struct csv_blk *m)
{
	const uint64_t pd = d * CSV_SCAN_ONES;
	int i;

	m->s = m->stop = 0;
	for (i = 0; i < 8; i++) {
		uint64_t w = csv_scan_le64(p + 8 * i);

		m->s |= (uint64_t)csv_scan_bits8(csv_scan_zero(w ^ pd)) <<
		    (8 * i);
		m->stop |= (uint64_t)csv_scan_bits8(csv_scan_stop(w)) <<
		    (8 * i);
	}
}

#ifdef CSV_SCAN_SSE2
static inline void
csv_blk64_sse2(const char *p, unsigned char d, struct csv_blk *m)
{
	const __m128i vd = _mm_set1_epi8((char)d), vh = _mm_set1_epi8('"');
	uint64_t s = 0, x = 0;
	int i;

	for (i = 0; i < 4; i++) {
		__m128i b = _mm_loadu_si128((const void *)(p + 16 * i));
		__m128i es = _mm_cmpeq_epi8(b, vd);
		/* b <= '"', unsigned */
		__m128i ex = _mm_cmpeq_epi8(_mm_min_epu8(b, vh), b);

		s |= (uint64_t)(unsigned)_mm_movemask_epi8(es) << (16 * i);
		x |= (uint64_t)(unsigned)_mm_movemask_epi8(ex) << (16 * i);
	}
	m->s = s;
	m->stop = x;
}
#endif

static inline void
csv_blk64(const char *p, unsigned char d, struct csv_blk *m)
{
#ifdef CSV_SCAN_SSE2
	csv_blk64_sse2(p, d, m);
#else
	csv_blk64_swar(p, d, m);
#endif
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
