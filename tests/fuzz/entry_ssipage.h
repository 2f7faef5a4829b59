/*
 * entry_ssipage.h - the body of the fuzz target fuzz_ssipage (the pasted
 * SSI page reader of ssi log), shared with tests/unit/fuzz_regress_test.c
 * like entry.h's.  Input: the pasted text as is.
 *
 * Input: the pasted text, or the page's JSON (salesApiSsi) when it is one
 * JSON object.
 *
 * Properties: ssipage_read never fails to decide; a success has the four
 * components, each in 0-25, the index equal to their sum (and the index
 * the page showed within 1 of it), and every figure found is within its
 * field's range; a failure says why; reading twice gives the same result; labels
 * are NUL-terminated, without control bytes.  The same bytes taken as an
 * existing log file: officiallog_put keeps every line when it replaces
 * none and appends the reading with the file's line end (LF, CRLF or
 * CR), and the reading is in the output.
 */
#ifndef SSI_FUZZ_ENTRY_SSIPAGE_H
#define SSI_FUZZ_ENTRY_SSIPAGE_H

#include "entry.h"
#include "ssi/officiallog.h"
#include "ssi/readings_out.h"
#include "ssi/ssipage.h"

/* s[0..n) holds t[0..k) somewhere. */
static inline int
fz_holds(const char *s, size_t n, const char *t, size_t k)
{
	size_t i;

	for (i = 0; i + k <= n; i++)
		if (memcmp(s + i, t, k) == 0)
			return 1;
	return 0;
}

static inline int
fuzz_ssipage(const uint8_t *data, size_t size)
{
	static const char line[] = "{\"id\": \"me\", \"as_of\": \"2026-11-30\", "
	    "\"official_brand\": 1}\n";
	const char *s = (const char *)data;
	struct ssipage a, b;
	struct ssi_err e = { 0 }, e2 = { 0 };
	struct out o;
	int ra, rb, f;
	long replaced;

	ra = ssipage_read(s, size, &a, &e);
	rb = ssipage_read(s, size, &b, &e2);
	FZ_CHECK(ra == 0 || ra == -1);
	FZ_CHECK(ra == rb && a.has == b.has && a.by_order == b.by_order);
	FZ_CHECK(memcmp(a.v, b.v, sizeof a.v) == 0);
	FZ_CHECK(ra == 0 || (e.msg[0] != '\0' && strcmp(e.msg, e2.msg) == 0));
	for (f = OFFICIAL_FIRST; f < F_COUNT; f++) {
		const struct official_range *rg = official_range(f);
		const char *l = a.label[f - OFFICIAL_FIRST];
		size_t k;

		FZ_CHECK(memchr(l, '\0', SSIPAGE_LABEL) != NULL);
		for (k = 0; l[k]; k++)
			FZ_CHECK((unsigned char)l[k] >= 0x20);
		FZ_CHECK(utf8_count(l, k) >= 0);	/* prints as UTF-8 */
		if (!ssipage_has(&a, f))
			continue;
		FZ_CHECK(a.v[f - OFFICIAL_FIRST] >= rg->lo &&
		    a.v[f - OFFICIAL_FIRST] <= rg->hi);
	}
	if (ra == 0) {
		int64_t sum = 0;

		for (f = 0; f < 4; f++) {
			FZ_CHECK(ssipage_has(&a, OFFICIAL_COMPONENT(f)));
			FZ_CHECK(a.v[OFFICIAL_COMPONENT(f) - OFFICIAL_FIRST] <=
			    25000);
			sum += a.v[OFFICIAL_COMPONENT(f) - OFFICIAL_FIRST];
		}
		/* the index is the sum, and what the page showed agrees */
		FZ_CHECK(ssipage_has(&a, F_OFFICIAL_SSI) && a.v[0] == sum);
		FZ_CHECK(a.shown < 0 || (a.shown - sum <= 1000 &&
		    sum - a.shown <= 1000));
		FZ_CHECK(!(a.json && a.by_order));
		FZ_CHECK((a.by_order & ~0xF) == 0);
	}

	/* the input as a log file */
	FZ_CHECK(out_mem(&o) == 0);
	replaced = officiallog_put(&o, s, size, "me", "2026-11-30", line,
	    sizeof line - 1);
	FZ_CHECK(o.err == 0 && replaced >= 0);
	/* the reading ends with the file's own line end (LF, CRLF or CR) */
	if (replaced == 0) {
		size_t ln = sizeof line - 2, end = o.n;

		FZ_CHECK(o.n >= size + ln + 1 && o.n <= size + ln + 4);
		FZ_CHECK(memcmp(o.buf, s, size) == 0);
		if (end >= 2 && o.buf[end - 2] == '\r' && o.buf[end - 1] == '\n')
			end -= 2;
		else if (end >= 1 && (o.buf[end - 1] == '\n' ||
		    o.buf[end - 1] == '\r'))
			end--;
		FZ_CHECK(end < o.n && end >= ln &&
		    memcmp(o.buf + end - ln, line, ln) == 0);
	} else {
		FZ_CHECK(o.n > 0 && fz_holds(o.buf, o.n, line, sizeof line - 2));
	}
	out_mem_free(&o);
	free(officiallog_last_id(s, size));
	return 0;
}

#endif
