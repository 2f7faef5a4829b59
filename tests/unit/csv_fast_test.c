/*
 * csv_fast_test.c - the CSV reader's fast path (csv_in.c, csv_scan.h)
 * against libcsv, through the comparison of the fuzz target fuzz_csvdiff
 * (tests/fuzz/entry_csvdiff.h): named tricky inputs, then generated ones
 * (quotes, doubled quotes, CRLF, CR, empty and blank cells, ',' ';' tab
 * and '|', a BOM, a sep= line, NUL bytes, long cells, quoted line ends,
 * stray and misplaced quotes, no final line end), each read in cell mode
 * and row mode, whole and in odd chunks.  And the byte search itself: the
 * portable (SWAR) and the SSE2 searches against a byte loop.  And the
 * block walk of rows with no quote or blank (csv_blk64's masks against a
 * byte loop, then rows of every length and line end, odd bytes at any
 * offset, long rows).  csv_portable_test runs all of it on the portable
 * build (CSV_SCAN_PORTABLE).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "../fuzz/entry_csvdiff.h"
#include "in/csv_scan.h"

static uint64_t rng = 0x9E3779B97F4A7C15ull;

static unsigned
rnd(unsigned n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng >> 33) % n;
}

static const char *
naive4(const char *p, const char *end, unsigned char a, unsigned char b,
    unsigned char c, unsigned char d)
{
	for (; p < end; p++) {
		unsigned char ch = (unsigned char)*p;

		if (ch == a || ch == b || ch == c || ch == d)
			break;
	}
	return p;
}

static void
test_scan(void)
{
	static const char alpha[] = "ab,;\t\"\n\r \x80\xff";
	char buf[160];
	int i, bad_swar = 0, bad_sse2 = 0, n = 0;

	for (i = 0; i < 20000; i++) {
		size_t len = rnd(sizeof buf), off = rnd(8), k;
		const char *end, *want;
		unsigned char set[4];

		if (off > len)
			off = len;
		/* mostly one letter, with rare targets, at any position */
		for (k = 0; k < len; k++)
			buf[k] = rnd(12) ? 'a' : alpha[rnd(sizeof alpha - 1)];
		for (k = 0; k < 4; k++)
			set[k] = (unsigned char)alpha[2 + rnd(sizeof alpha - 3)];
		end = buf + len;
		want = naive4(buf + off, end, set[0], set[1], set[2], set[3]);
		bad_swar += csv_scan4_swar(buf + off, end, set[0], set[1],
		    set[2], set[3]) != want;
#ifdef CSV_SCAN_SSE2
		bad_sse2 += csv_scan4_sse2(buf + off, end, set[0], set[1],
		    set[2], set[3]) != want;
#endif
		bad_sse2 += csv_scan4(buf + off, end, set[0], set[1], set[2],
		    set[3]) != want;
		n++;
	}
	T_OK(bad_swar == 0, "portable search = byte loop on %d buffers "
	    "(%d differ)", n, bad_swar);
#ifdef CSV_SCAN_SSE2
	T_OK(bad_sse2 == 0, "SSE2 search = byte loop on %d buffers "
	    "(%d differ)", n, bad_sse2);
#else
	T_OK(bad_sse2 == 0, "search (portable build) = byte loop on %d "
	    "buffers (%d differ)", n, bad_sse2);
#endif
}

/* The block masks (csv_blk64) of 64 random bytes against a byte loop:
 * the portable and the SSE2 ones, for ',' ';' and '|'. */
static void
test_blk(void)
{
	static const char alpha[] = "0123,;|\"\n\r \t!#\x01\x7f\x80\xa2\xff";
	static const unsigned char dl[] = ",;|";
	char buf[64];
	int i, k, bad_swar = 0, bad_sse2 = 0;

	for (i = 0; i < 20000; i++) {
		unsigned char d = dl[rnd(3)];
		struct csv_blk want = { 0, 0 }, got;

		for (k = 0; k < 64; k++) {
			unsigned char ch;

			buf[k] = rnd(4) ? '5' : alpha[rnd(sizeof alpha - 1)];
			ch = (unsigned char)buf[k];
			want.s |= (uint64_t)(ch == d) << k;
			want.stop |= (uint64_t)(ch < '#') << k;
		}
		csv_blk64_swar(buf, d, &got);
		bad_swar += got.s != want.s || got.stop != want.stop;
#ifdef CSV_SCAN_SSE2
		csv_blk64_sse2(buf, d, &got);
		bad_sse2 += got.s != want.s || got.stop != want.stop;
#endif
		csv_blk64(buf, d, &got);
		bad_sse2 += got.s != want.s || got.stop != want.stop;
	}
	T_OK(bad_swar == 0, "portable block masks = byte loop on %d blocks "
	    "(%d differ)", i, bad_swar);
#ifdef CSV_SCAN_SSE2
	T_OK(bad_sse2 == 0, "SSE2 block masks = byte loop on %d blocks "
	    "(%d differ)", i, bad_sse2);
#else
	T_OK(bad_sse2 == 0, "block masks (portable build) = byte loop on %d "
	    "blocks (%d differ)", i, bad_sse2);
#endif
}

/* hdr + text through fzd_same, in the header's mode; *taken as there. */
static int
same(const char *hdr, const char *text, size_t n, long *taken)
{
	unsigned char *b = malloc(n + 4);
	int r;

	if (b == NULL)
		return 0;
	memcpy(b, hdr, 4);
	memcpy(b + 4, text, n);
	r = fzd_same(b, n + 4, taken);
	free(b);
	return r;
}

/* The modes each input is read in: cell mode with numbers, row mode,
 * cell mode refusing 'x' cells and stopping after 3 rows; whole, in
 * chunks of 1, 2 and 3, of 7, 64 and 255. */
static const char *const modes[] = {
	"\x0c\xff\xff\xff", "\x00\xff\xff\xff", "\x3c\xff\xff\xff",
	"\x0c\x00\x01\x02", "\x00\x00\x01\x02", "\x0c\x06\x3f\xfe",
	"\x04\x06\x3f\xfe",
};
#define NMODES (sizeof modes / sizeof modes[0])

static int
all_modes(const char *text, size_t n, int delim, long *taken)
{
	size_t m;
	int ok = 1;

	for (m = 0; m < NMODES; m++) {
		char hdr[4];

		memcpy(hdr, modes[m], 4);
		/* the delimiter: 0 detect, 1 ',', 2 ';', 3 tab, 1|0x40 '|' */
		hdr[0] = (char)(hdr[0] | delim);
		ok &= same(hdr, text, n, taken);
	}
	return ok;
}

static const struct {
	const char *what;
	const char *text;
	size_t n;		/* 0: strlen */
	int delim;
} named[] = {
	{ "plain rows", "id,name,connections\n1,Ana,500\n2,Bo,40\n", 0, 0 },
	{ "quoted cells", "id,name\n1,\"Díaz, Ana\"\n2,\"\"\n", 0, 0 },
	{ "doubled quotes", "id,t\n1,\"say \"\"hi\"\" now\"\n2,\"\"\"\"\n", 0,
	    0 },
	{ "CRLF", "id,name\r\n1,Ana\r\n2,Bo\r\n", 0, 0 },
	{ "CR only", "id,name\r1,Ana\r2,Bo\r", 0, 0 },
	{ "empty cells", "id,a,b\n1,,\n,,\n2,,3\n,\n", 0, 0 },
	{ "blank cells", "id;a;b\n1; ; \n ; ;\t\n2;  x ;\t3\t\n", 0, 0 },
	{ "semicolons", "id;name;n\n1;Ana;5\n2;\"a;b\";6\n", 0, 0 },
	{ "tabs", "id\tname\tn\n1\tAna \t 5\n2\t\"a\tb\"\t6\n", 0, 0 },
	{ "pipes", "id|name|n\n1|Ana|5\n2| Bo |6\n", 0, 0x41 },
	{ "BOM", "\xEF\xBB\xBFid,name\n1,Ana\n", 0, 0 },
	{ "sep= line", "sep=;\nid;name\n1;Ana\n", 0, 0 },
	{ "NUL bytes", "id,name\n1,A\0na\n\0,2\n", 20, 0 },
	{ "no final line end", "id,name\n1,Ana\n2,Bo", 0, 0 },
	{ "no final line end, quoted", "id,name\n1,Ana\n2,\"Bo\"", 0, 0 },
	{ "quoted line ends", "id,t\n1,\"a\nb\r\nc\rd\"\n2,x\n", 0, 0 },
	{ "stray quote", "id,t\n1,5\" screen\n2,x\n", 0, 0 },
	{ "misplaced quote", "id,t\n1,\"a\"b\n2,x\n3,y\n", 0, 0 },
	{ "quote after blanks", "id,t\n1,\"a\"  \"b\"\n2,\"c\"  ,x\n", 0, 0 },
	{ "unterminated quote", "id,t\n1,a\n2,\"open\n3,z\n", 0, 0 },
	{ "blank lines", "\n\n  \nid,t\n\n1,a\n   \n\t\n2,b\n\n", 0, 0 },
	{ "ragged rows", "id,a,b\n1\n2,3,4,5,6\n,\n", 0, 0 },
	{ "repeated header", "id,n\n1,2\nid,n\n3,4\n", 0, 0 },
	{ "spaces around quotes", "id,t\n1, \"a\" ,b\n2,\t\"c\"\t\n", 0, 0 },
	{ "x cells", "id,t\nx1,2\n3,x\n4,5\n", 0, 0 },
	/* the block walk (rows with no quote and no blank) */
	{ "walk: numbers and empty cells", "id,a,b,c\n1,2,3,4\n5,,7,8\n,,,\n"
	    "9,10,11,\n", 0, 0 },
	{ "walk: CRLF", "id;a;b\r\n1;2;3\r\n4;5;6\r\n\r\n7;8;9\r\n", 0, 0 },
	{ "walk: blanks around fields", "id,a,b\n1, 2,3\n4,5 ,6\n7,8,\t9\n"
	    " 1,2,3\n1,2,3 \n1,2,3\t\n1,2 2,3\n", 0, 0 },
	{ "walk: a quote in a later field", "id,a,b,c,d,e,f,g,h,i,j,k\n"
	    "1,22,333,4444,55555,666666,7777777,88888888,999999999,1,2,"
	    "3,4,5,6,7,8,9,10,11,12,13,\"x,y\"\n1,2,3,4,5,6,7,8,9,10,11,12\n"
	    "1,22,333,4444,55555,666666,7777777,88888888,999999999,1,2,"
	    "3,4,5,6,7,8,9,10,11,12,13,14,5\"\n2,3\n", 0, 0 },
	{ "walk: '!', '#' and control bytes", "id|a|b\n1|hi!|2\n2|\x01x|3\n"
	    "3|#4|5\n4|\x7f|6\n", 0, 0x41 },
	{ "walk: lone delimiters and line ends", "id,a\n\n,\n,,\n\r\n1,2\r"
	    "\r\n,\r,\n", 0, 0 },
	{ "walk: no final line end", "id,a\n1,2\n3,4", 0, 0 },
	{ "walk: long numbers", "id,a,b\n1234567890,12345678901234567890,"
	    "123456789\n-1,+2,3.5\n", 0, 0 },
};

/* Generated documents: cells drawn from tricky pieces. */
static const char *const pieces[] = {
	"", " ", "\t", "a", "Ana", " b ", "12", "123456789", "1234567890",
	"-3", "0", "2026-05-01", "\"\"", "\"q\"", "\"a,b\"", "\"a;b\"",
	"\"a\tb\"", "\"x\"\"y\"", "\"\"\"\"", "\"l1\nl2\"", "\"l1\r\nl2\"",
	" \"sp\" ", "\"bad\"x", "5\"", "a\"b", "\"open", "x", "xy", "|",
	"\xc3\xa9", "\xff\xfe",
};
#define NPIECES (sizeof pieces / sizeof pieces[0])

static size_t
gen(char *b, size_t cap, int *delim)
{
	static const char dl[] = ",;\t|";
	static const char *const ends[] = { "\n", "\r\n", "\r", "\n\n" };
	size_t n = 0, rows = 1 + rnd(8), r, c, cols = 1 + rnd(6);
	int di = (int)rnd(4);
	char d = dl[di];
	int rare = rnd(4) == 0;	/* this document has odd pieces */

	*delim = di == 0 ? 1 : di == 1 ? 2 : di == 2 ? 3 : 0x41;
	if (rnd(3) == 0)
		*delim = 0;	/* detect */
	if (rnd(8) == 0 && n + 3 < cap) {
		memcpy(b, "\xEF\xBB\xBF", 3);
		n = 3;
	}
	for (r = 0; r < rows; r++) {
		size_t k = rnd(6) == 0 ? 1 + rnd(8) : cols;
		const char *e = ends[rnd(8) == 0 ? rnd(4) : 0];

		for (c = 0; c < k; c++) {
			const char *p;
			size_t m;

			if (r == 0)
				p = rnd(2) ? "id" : "connections";
			else if (rare || rnd(5) == 0)
				p = pieces[rnd(NPIECES)];
			else
				p = pieces[3 + rnd(9)];
			m = strlen(p);
			if (n + m + 4 > cap)
				return n;
			if (c > 0)
				b[n++] = d;
			memcpy(b + n, p, m);
			n += m;
			if (rare && rnd(40) == 0)
				b[n++] = '\0';
		}
		if (r + 1 == rows && rnd(4) == 0)
			break;	/* no final line end */
		if (n + 2 > cap)
			return n;
		memcpy(b + n, e, strlen(e));
		n += strlen(e);
	}
	return n;
}

/*
 * Documents for the block walk: rows of digits and delimiters of every
 * length from 0 to 200 bytes (a field and a row end at every offset of a
 * 16- and 64-byte block), line ends "\n", "\r\n" or "\r", and now and
 * then a quote, a blank, a '!' or a control byte at any offset.
 */
static size_t
gen_walk(char *b, size_t cap, int *delim)
{
	static const char dl[] = ",;|";
	static const char odd[] = "\" \t!\x01\"";
	size_t n = 0, rows = 1 + rnd(12), r, k;
	int di = (int)rnd(3);
	char d = dl[di];

	*delim = di == 0 ? 1 : di == 1 ? 2 : 0x41;
	n += (size_t)sprintf(b, "id%ca%cb%cc%cd\n", d, d, d, d);
	for (r = 0; r < rows; r++) {
		size_t len = rnd(4) ? rnd(140) : rnd(201);
		const char *e = rnd(6) ? "\n" : rnd(2) ? "\r\n" : "\r";

		if (n + len + 3 > cap)
			break;
		for (k = 0; k < len; k++)
			b[n + k] = rnd(4) == 0 ? d : (char)('0' + rnd(10));
		if (rnd(5) == 0)
			b[n + rnd((unsigned)len + 1)] =
			    odd[rnd(sizeof odd - 1)];
		n += len;
		if (r + 1 == rows && rnd(5) == 0)
			break;	/* no final line end */
		memcpy(b + n, e, strlen(e));
		n += strlen(e);
	}
	return n;
}

int
main(void)
{
	size_t i;
	long taken = 0;
	int bad = 0, docs = 0;
	char *big;

	test_scan();
	test_blk();
	for (i = 0; i < sizeof named / sizeof named[0]; i++) {
		size_t n = named[i].n ? named[i].n : strlen(named[i].text);
		long t = 0;

		T_OK(all_modes(named[i].text, n, named[i].delim, &t),
		    "%s: fast path = libcsv in %zu modes (%ld rows fast)",
		    named[i].what, NMODES, t);
		taken += t;
	}
	/* a cell of 100,000 bytes (past the fast path's row length), and
	 * rows of 600 fields (past its field count) */
	if ((big = malloc(200000)) != NULL) {
		size_t n = 0, k;
		long t = 0;

		n += (size_t)sprintf(big, "id,t\n1,");
		memset(big + n, 'a', 100000);
		n += 100000;
		n += (size_t)sprintf(big + n, "\n2,\"");
		memset(big + n, 'b', 70000);
		n += 70000;
		n += (size_t)sprintf(big + n, "\"\n3,c\n");
		for (k = 0; k < 600; k++)
			n += (size_t)sprintf(big + n, "%zu,", k);
		big[n - 1] = '\n';
		n += (size_t)sprintf(big + n, "4,d\n");
		T_OK(all_modes(big, n, 0, &t), "long cells and 600 fields: "
		    "fast path = libcsv (%ld rows fast)", t);
		free(big);
	}
	for (i = 0; i < 4000; i++) {
		char b[1024];
		int delim;
		size_t n = gen(b, sizeof b, &delim);

		if (!all_modes(b, n, delim, &taken) && bad++ < 3) {
			fprintf(stderr, "csv_fast_test: differs on "
			    "generated document %zu (delim %d):\n%.*s\n", i,
			    delim, (int)n, b);
		}
		docs++;
	}
	T_OK(bad == 0, "generated documents: fast path = libcsv on %d of %d "
	    "(each in %zu modes)", docs - bad, docs, NMODES);
	bad = docs = 0;
	for (i = 0; i < 3000; i++) {
		char b[2600];
		int delim;
		size_t n = gen_walk(b, sizeof b, &delim);

		if (!all_modes(b, n, delim, &taken) && bad++ < 3) {
			fprintf(stderr, "csv_fast_test: differs on walk "
			    "document %zu (delim %d):\n%.*s\n", i, delim,
			    (int)n, b);
		}
		docs++;
	}
	T_OK(bad == 0, "walk documents (fields and row ends at every block "
	    "offset): fast path = libcsv on %d of %d (each in %zu modes)",
	    docs - bad, docs, NMODES);
	/* rows of 300 fields, 4,800 bytes: past the walk's 4 KiB, within
	 * fast_row's 64 KiB and 512 fields; one more with a quote at its end,
	 * between walked rows (the walk backs off, then comes back) */
	if ((big = malloc(40000)) != NULL) {
		size_t n = 0, k, r;
		long t = 0, w0 = fzd_walked;

		n += (size_t)sprintf(big, "id,a\n");
		for (r = 0; r < 2; r++) {
			for (k = 0; k < 300; k++)
				n += (size_t)sprintf(big + n, "%015zu,", k);
			big[n - 1] = '\n';
		}
		n--;
		n += (size_t)sprintf(big + n, ",\"q\"\n");
		for (r = 0; r < 200; r++)
			n += (size_t)sprintf(big + n, "%zu,%zu\n", r, r * 7);
		T_OK(all_modes(big, n, 0, &t), "rows of 4,800 bytes between "
		    "short ones: fast path = libcsv (%ld rows fast, %ld walked)",
		    t, fzd_walked - w0);
		free(big);
	}
	/* the comparison means something only if the fast path ran */
	T_OK(taken > 10000, "the fast path read %ld rows of them", taken);
	T_OK(fzd_walked > 20000, "its block walk read %ld rows of them",
	    fzd_walked);
	T_DONE();
}
