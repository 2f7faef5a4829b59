/*
 * entry_readings.h - the body of the fuzz target fuzz_readings (the file
 * of official readings that ssi log keeps: src/in/officiallog.c's read
 * path), shared with tests/unit/fuzz_regress_test.c like entry.h's.
 *
 * Input: the file's bytes as is.
 *
 * Properties: officiallog_kind decides, the same way twice, and says why
 * when it refuses; the lines (officiallog_line_at) cover every byte once,
 * each ending at LF, CRLF or CR (the last may have none) with no line end
 * inside; a line that is a reading is one object, '{' to '}' between
 * blanks; the last id is non-empty and normalised (officiallog_id gives
 * it back unchanged), and valid UTF-8 in a file officiallog_kind accepts
 * (the only one ssi log asks for it); putting a reading in
 * (officiallog_put) leaves exactly one reading of its id and date, and
 * putting the same reading again changes nothing; officiallog_open reads
 * the file back byte for byte.
 *
 * Owns nothing between calls except one temporary folder per process
 * (entry.h's, removed at exit).
 */
#ifndef SSI_FUZZ_ENTRY_READINGS_H
#define SSI_FUZZ_ENTRY_READINGS_H

#include "entry.h"
#include "ssi/officiallog.h"
#include "ssi/readings_out.h"

/* How many lines of s[0..n) are readings of id and as_of. */
static inline long
fz_readings_of(const char *s, size_t n, const char *id, const char *as_of)
{
	size_t i = 0, whole, k;
	long c = 0;

	while (i < n) {
		k = officiallog_line_at(s + i, n - i, &whole);
		c += officiallog_is_reading(s + i, k, id, as_of);
		i += whole;
	}
	return c;
}

static inline int
fuzz_readings(const uint8_t *data, size_t size)
{
	static const char line[] = "{\"id\": \"me\", \"as_of\": \"2026-11-30\", "
	    "\"official_brand\": 1}\n";
	const char *s = (const char *)data;
	struct ssi_err e = { 0 }, e2 = { 0 };
	struct logfile lf;
	struct out o1, o2;
	char path[sizeof fz_dir + 16], norm[1024];
	size_t i, whole, k;
	long r1, r2;
	int ra, rb;
	char *last;

	/* the kind of file: decided, the same twice, a reason when not */
	ra = officiallog_kind(s, size, &e);
	rb = officiallog_kind(s, size, &e2);
	FZ_CHECK((ra == 0 || ra == -1) && ra == rb);
	FZ_CHECK(ra == 0 || (e.msg[0] != '\0' && strcmp(e.msg, e2.msg) == 0));

	/* the lines cover every byte once */
	for (i = 0; i < size; i += whole) {
		k = officiallog_line_at(s + i, size - i, &whole);
		FZ_CHECK(whole > 0 && k <= whole && whole - k <= 2);
		FZ_CHECK(i + whole <= size);
		FZ_CHECK(memchr(s + i, '\n', k) == NULL &&
		    memchr(s + i, '\r', k) == NULL);
		if (whole == k)
			FZ_CHECK(i + whole == size);
		else if (whole - k == 1)
			FZ_CHECK(s[i + k] == '\n' || s[i + k] == '\r');
		else
			FZ_CHECK(s[i + k] == '\r' && s[i + k + 1] == '\n');
		if (officiallog_is_reading(s + i, k, "me", "2026-11-30")) {
			size_t a = 0, b = k;

			while (a < b && (s[i + a] == ' ' || s[i + a] == '\t'))
				a++;
			while (b > a && (s[i + b - 1] == ' ' ||
			    s[i + b - 1] == '\t'))
				b--;
			FZ_CHECK(b - a >= 2 && s[i + a] == '{' &&
			    s[i + b - 1] == '}');
		}
	}

	/* the last id: non-empty, normalised; valid UTF-8 in a file of
	 * readings (ssi log asks only such a file for it) */
	last = officiallog_last_id(s, size);
	if (last != NULL) {
		k = strlen(last);
		FZ_CHECK(k > 0 && (ra < 0 || utf8_count(last, k) >= 0));
		officiallog_id(last, k, norm, sizeof norm, NULL);
		FZ_CHECK(strcmp(norm, last) == 0);
	}

	/* one reading put in: exactly one of its id and date; again: the
	 * same text */
	FZ_CHECK(out_mem(&o1) == 0 && out_mem(&o2) == 0);
	r1 = officiallog_put(&o1, s, size, "me", "2026-11-30", line,
	    sizeof line - 1);
	FZ_CHECK(o1.err == 0 && r1 >= 0);
	FZ_CHECK(fz_readings_of(o1.buf, o1.n, "me", "2026-11-30") == 1);
	r2 = officiallog_put(&o2, o1.buf, o1.n, "me", "2026-11-30", line,
	    sizeof line - 1);
	FZ_CHECK(o2.err == 0 && r2 == 1);
	FZ_CHECK(o2.n == o1.n && memcmp(o1.buf, o2.buf, o1.n) == 0);
	if (r1 == 0) {
		/* appended: it is the last line with an id */
		char *now = officiallog_last_id(o1.buf, o1.n);

		FZ_CHECK(now != NULL && strcmp(now, "me") == 0);
		free(now);
	}
	out_mem_free(&o1);
	out_mem_free(&o2);

	/* the file read back by officiallog_open, byte for byte */
	fz_paths();
	snprintf(path, sizeof path, "%s/readings.jsonl", fz_dir);
	FZ_CHECK(fz_write_raw(path, data, size) == 0);
	FZ_CHECK(officiallog_open(&lf, path, &e) == 0);
	FZ_CHECK(lf.n == size && memcmp(lf.text, s, size) == 0 &&
	    lf.text[size] == '\0');
	officiallog_close(&lf);
	unlink(path);
	free(last);
	return 0;
}

#endif
