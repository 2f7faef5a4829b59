/*
 * out_fast.h - the writers' inline pieces of the batch path (ssi batch on
 * CSV): a score formatted in a register, a plain cell copied by words.
 * Only the rows of batch (report.c), rank and trend (rank_out.c,
 * trend_out.c) and out.c, which defines the tables, include it; everyone
 * else uses out_fixed, out_long and out_cell.  BENCH.md says why they are
 * inline.
 */
#ifndef SSI_OUT_FAST_H
#define SSI_OUT_FAST_H

#include <stdint.h>
#include <string.h>
#include "ssi/out.h"

extern const char out_digits2[];	/* "00" "01" ... "99" */
/* 0..999 as written, without leading zeros: its characters in bytes 1-3
 * (the first in byte 1), its length in byte 0. */
extern const uint32_t out_int3[1000];
/* ".00" ".01" ... ".99" in bytes 0-2. */
extern const uint32_t out_frac3[100];

/* The bits of 999.99: a double from +0 up to this one (not -0, a NaN or
 * an infinity) has bits below it, as an unsigned number; and once rounded
 * to cents it is below 1000. */
#define OUT_FIG2_MAX 0x408F3FEB851EB852ull

/*
 * The delimiter d, then x as out_fixed(x, 2) writes it, stored at b as one
 * 8-byte word (b must have 8 bytes of room): for a score (+0 <= x <
 * 999.99) returns the bytes written, 5 to 7; for anything else 0, and the
 * word is garbage the caller writes over.  No branch on the digits: the
 * integer part comes from a table, the cents from another, shifted into
 * place.
 */
static inline size_t
out_fig2(char *b, int d, double x)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	double a = x * 100 + 0.5 + 1e-9;	/* as out_fixed rounds */
	uint32_t u, ip, t;
	uint64_t w, bits;

	memcpy(&bits, &x, 8);
	if (bits >= OUT_FIG2_MAX)
		return 0;
	u = (uint32_t)a;	/* a > 0: truncation is floor */
	ip = u / 100;
	t = out_int3[ip];
	w = (uint64_t)((t & ~0xffu) | (unsigned char)d) |
	    (uint64_t)out_frac3[u - ip * 100] << (8 * (t & 0xff) + 8);
	memcpy(b, &w, 8);
	return (t & 0xff) + 4;
#else
	(void)b;
	(void)d;
	(void)x;
	return 0;
#endif
}

/*
 * out_cell(o, s, n, tsv), inline for the batch rows: a cell of 4 to 64
 * bytes, all from '-' (0x2D) to DEL, that does not begin with '-', '=' or
 * '@' needs no quotes, no mark and no change in CSV or TSV: it is checked
 * and copied 8 (or 4) bytes at a time.  Anything else goes to out_cell.
 */
static inline void
out_cell_fast(struct out *o, const char *s, size_t n, int tsv)
{
	const uint64_t lo = 0x2D2D2D2D2D2D2D2Dull, hi = 0x8080808080808080ull;
	uint64_t w, bad = 0;
	uint32_t h, t;
	size_t i;
	char *b;

	if (n < 4 || n > 64 || o->cap - o->n < n || s[0] == '-' ||
	    s[0] == '=' || s[0] == '@') {
		out_cell(o, s, n, tsv);
		return;
	}
	/* a byte below 0x2D borrows, a byte from 0x80 has its top bit: the
	 * first such byte sets its top bit in (w - lo) | w, whatever the
	 * bytes above it do */
	b = o->buf + o->n;
	if (n >= 8) {
		for (i = 0; i + 8 < n; i += 8) {
			memcpy(&w, s + i, 8);
			bad |= (w - lo) | w;
			memcpy(b + i, &w, 8);
		}
		memcpy(&w, s + n - 8, 8);
		bad |= (w - lo) | w;
		memcpy(b + n - 8, &w, 8);
	} else {
		memcpy(&h, s, 4);
		memcpy(&t, s + n - 4, 4);
		bad = ((h - (uint32_t)lo) | h | (t - (uint32_t)lo) | t);
		memcpy(b, &h, 4);
		memcpy(b + n - 4, &t, 4);
	}
	if (bad & hi) {
		out_cell(o, s, n, tsv);
		return;
	}
	o->n += n;
}

/* Non-zero when a byte of x is zero (exact: a borrow only passes a byte
 * above a zero one). */
static inline uint64_t
out_zero_byte(uint64_t x)
{
	return (x - 0x0101010101010101ull) & ~x & 0x8080808080808080ull;
}

/* Non-zero when the 8 bytes of w hold a comma, quote, tab, CR or LF. */
static inline uint64_t
out_sv_special(uint64_t w)
{
	const uint64_t one = 0x0101010101010101ull;

	return out_zero_byte(w ^ one * ',') | out_zero_byte(w ^ one * '"') |
	    out_zero_byte(w ^ one * '\t') | out_zero_byte(w ^ one * '\n') |
	    out_zero_byte(w ^ one * '\r');
}

/*
 * out_cell(o, s, n, tsv) for the texts of rank and trend rows (ids,
 * names, industries, groups): a cell of 8 to 64 bytes (shorter ones go to
 * out_cell_fast) without a comma, quote, tab, CR or LF that does not
 * begin with a formula's mark is written as it is, in CSV and in TSV;
 * each 8 bytes are tested for the five at once.  Spaces and UTF-8 stay on
 * this path, unlike out_cell_fast's.  Anything else goes to out_cell.
 */
static inline void
out_cell_text(struct out *o, const char *s, size_t n, int tsv)
{
	uint64_t w, bad = 0;
	char *b;
	size_t i;

	if (n < 8) {
		out_cell_fast(o, s, n, tsv);
		return;
	}
	if (n > 64 || o->cap - o->n < n || s[0] == '=' || s[0] == '+' ||
	    s[0] == '-' || s[0] == '@') {
		out_cell(o, s, n, tsv);
		return;
	}
	b = o->buf + o->n;
	for (i = 0; i + 8 < n; i += 8) {
		memcpy(&w, s + i, 8);
		bad |= out_sv_special(w);
		memcpy(b + i, &w, 8);
	}
	memcpy(&w, s + n - 8, 8);
	bad |= out_sv_special(w);
	memcpy(b + n - 8, &w, 8);
	if (bad) {
		out_cell(o, s, n, tsv);
		return;
	}
	o->n += n;
}

/*
 * out_long(o, v), inline for the rows of rank and trend (ranks, top %,
 * counts of members): 0 <= v < 1,000,000 from out_int3, the thousands
 * and then three digits; anything else (or no room for 8 bytes) to
 * out_long.
 */
static inline void
out_count_fast(struct out *o, long v)
{
	uint32_t t, lo;
	char *b;

	if (v < 0 || v >= 1000000 || o->cap - o->n < 8) {
		out_long(o, v);
		return;
	}
	b = o->buf + o->n;
	lo = (uint32_t)v;
	if (v >= 1000) {
		t = out_int3[v / 1000];
		lo = (uint32_t)v % 1000;
		b[0] = (char)(t >> 8);
		b[1] = (char)(t >> 16);
		b[2] = (char)(t >> 24);
		b += t & 0xff;
		b[0] = out_digits2[2 * (lo / 10)];
		b[1] = out_digits2[2 * (lo / 10) + 1];
		b[2] = (char)('0' + lo % 10);
		o->n = (size_t)(b + 3 - o->buf);
		return;
	}
	t = out_int3[lo];
	b[0] = (char)(t >> 8);
	b[1] = (char)(t >> 16);
	b[2] = (char)(t >> 24);
	o->n += t & 0xff;
}

/* The delimiter d, then the cents v as out_fixed(v / 100.0, 2) writes
 * them: one word when it fits (out_fig2).  rank and trend's CSV rows. */
static inline void
out_cents_cell(struct out *o, int d, long long v)
{
	size_t k;

	if (o->cap - o->n >= 8 && (k = out_fig2(o->buf + o->n, d,
	    v / 100.0)) != 0) {
		o->n += k;
		return;
	}
	out_char(o, d);
	out_fixed(o, v / 100.0, 2);
}

#endif
