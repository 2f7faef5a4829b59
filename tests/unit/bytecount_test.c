/* bytecount_test.c - count_byte (ssi batch -j's passes over each part)
 * against a byte loop: every length to 600 at every start offset 0-15 (the
 * 16-byte steps and the tail), buffers past 255 steps (the lane counters'
 * flush), all 256 byte values, and dense and sparse matches. */
#include "ssi/bytecount.h"
#include "t.h"

static size_t
slow(const char *s, size_t n, char c)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		k += s[i] == c;
	return k;
}

static unsigned rng = 2463534242u;

static unsigned
next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 17;
	rng ^= rng << 5;
	return rng;
}

int
main(void)
{
	static char buf[200000];
	size_t n, off, i, bad = 0, runs = 0;
	int c;

	for (i = 0; i < sizeof buf; i++)	/* about 1 in 8 a quote */
		buf[i] = (next() & 7) == 0 ? '"' : (char)(next() & 0xFF);
	for (off = 0; off < 16; off++)
		for (n = 0; n <= 600; n++, runs++)
			bad += count_byte(buf + off, n, '"') !=
			    slow(buf + off, n, '"');
	T_OK(bad == 0, "quotes: %zu lengths and offsets, %zu wrong", runs,
	    bad);
	bad = 0;
	for (c = 0; c < 256; c++)
		bad += count_byte(buf + 3, sizeof buf - 3, (char)c) !=
		    slow(buf + 3, sizeof buf - 3, (char)c);
	T_OK(bad == 0, "every byte value over 199,997 bytes: %zu wrong", bad);
	memset(buf, '\n', sizeof buf);	/* every byte: the counters' limit */
	T_OK(count_byte(buf, sizeof buf, '\n') == sizeof buf,
	    "200,000 line ends in a row counted");
	T_OK(count_byte(buf + 1, 16 * 255 + 15, '\n') == 16 * 255 + 15,
	    "255 full steps and a tail");
	T_OK(count_byte(buf, 16 * 256, '\n') == 16 * 256,
	    "256 full steps (one past the flush)");
	T_OK(count_byte(buf, 0, '\n') == 0, "nothing in an empty buffer");
	T_OK(count_byte(buf, sizeof buf, 'x') == 0, "no match: 0");
	return t_failed;
}
