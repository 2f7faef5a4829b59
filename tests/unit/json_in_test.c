/*
 * json_in_test.c - the strict streaming JSON reader: the JSONTestSuite
 * corpus (read in place from the shared folder), chunking, profiles and
 * error positions.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "in/json_in.h"
#include "t.h"

/* A small deterministic generator for chunk sizes. */
static unsigned long rng_state = 12345;

static size_t
rnd(size_t max)
{
	rng_state = rng_state * 6364136223846793005UL + 1442695040888963407UL;
	return (size_t)((rng_state >> 33) % max);
}

/* ---- a sink that logs what it gets as text ---- */

struct logbuf {
	char *s;
	size_t len, cap;
	int stop_after;		/* on_object returns 1 after this many (0: never) */
	int fail_after;		/* on_object returns -1 after this many */
	int reject_rc;		/* what on_reject returns */
	int nobj;
};

static void
lputs(struct logbuf *l, const char *s, size_t n)
{
	if (l->len + n + 1 > l->cap) {
		size_t cap = l->cap ? l->cap : 256;

		while (cap < l->len + n + 1)
			cap *= 2;
		l->s = realloc(l->s, cap);
		if (l->s == NULL)
			abort();
		l->cap = cap;
	}
	memcpy(l->s + l->len, s, n);
	l->len += n;
	l->s[l->len] = '\0';
}

static void
lprintf(struct logbuf *l, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#include <stdarg.h>

static void
lprintf(struct logbuf *l, const char *fmt, ...)
{
	char tmp[1024];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	lputs(l, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

static int
log_object(void *ctx, const struct json_member *m, size_t n, long line,
    long col, struct ssi_err *e)
{
	struct logbuf *l = ctx;
	size_t k;

	l->nobj++;
	lprintf(l, "O %ld:%ld", line, col);
	for (k = 0; k < n; k++) {
		lprintf(l, " %s=", m[k].key);
		if (m[k].is_null)
			lprintf(l, "null");
		else if (m[k].is_nested)
			lprintf(l, "nested");
		else if (m[k].kind == VK_STRING)
			lprintf(l, "s'%s'", m[k].val);
		else if (m[k].kind == VK_NUMBER) {
			/* numbers are NUL-terminated as written */
			if (strlen(m[k].val) != m[k].len)
				lprintf(l, "BADLEN");
			lprintf(l, "n%s", m[k].val);
		} else
			lprintf(l, "b%s", m[k].val);
		if (m[k].has_nul)
			lprintf(l, "!nul");
		lprintf(l, "@%ld:%ld", m[k].line, m[k].col);
	}
	lprintf(l, "\n");
	if (l->fail_after && l->nobj >= l->fail_after) {
		e->file = "sink";
		e->line = 9;
		e->col = 9;
		snprintf(e->msg, sizeof e->msg, "sink says no");
		return -1;
	}
	if (l->stop_after && l->nobj >= l->stop_after)
		return 1;
	return 0;
}

static int
log_reject(void *ctx, const struct ssi_err *why)
{
	struct logbuf *l = ctx;

	lprintf(l, "R %ld:%ld %s\n", why->line, why->col, why->msg);
	return l->reject_rc;
}

/* How to cut the input: 0 whole, 1 one byte at a time, 2 random sizes. */
enum { CUT_WHOLE, CUT_ONE, CUT_RANDOM };

/*
 * Run the reader over s[0..n) (with a logging sink when l is not NULL),
 * return feed/finish's code and fill e.
 */
static int
run_cut(const char *s, size_t n, int cut, int lines, struct logbuf *l,
    struct ssi_err *e)
{
	struct json_sink sink = { log_object, log_reject, NULL };
	struct json_in *j;
	size_t i = 0;
	int rc = 0;

	memset(e, 0, sizeof *e);
	sink.ctx = l;
	j = json_in_new("t.json", l ? &sink : NULL, lines);
	if (j == NULL)
		abort();
	while (i < n && rc == 0) {
		size_t k = n - i;

		if (cut == CUT_ONE)
			k = 1;
		else if (cut == CUT_RANDOM && k > 1)
			k = 1 + rnd(k < 97 ? k : 97);
		rc = json_in_feed(j, s + i, k, e);
		i += k;
	}
	if (rc == 0)
		rc = json_in_finish(j, e);
	json_in_free(j);
	return rc;
}

static int
same_err(int rc1, const struct ssi_err *a, int rc2, const struct ssi_err *b)
{
	if (rc1 != rc2)
		return 0;
	if (rc1 == 0)
		return 1;
	return a->line == b->line && a->col == b->col &&
	    strcmp(a->msg, b->msg) == 0;
}

/* ---- the JSONTestSuite corpus ---- */

static char *
read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t cap = 0, n = 0, got;

	if (f == NULL)
		return NULL;
	for (;;) {
		if (n == cap) {
			cap = cap ? 2 * cap : 4096;
			if ((buf = realloc(buf, cap)) == NULL)
				abort();
		}
		got = fread(buf + n, 1, cap - n, f);
		n += got;
		if (got == 0)
			break;
	}
	fclose(f);
	*len = n;
	return buf;
}

static int
is_json_name(const struct dirent *d)
{
	size_t n = strlen(d->d_name);

	return n > 5 && strcmp(d->d_name + n - 5, ".json") == 0;
}

static const char *
find_suite(char *out, size_t outsz, const char *sub)
{
	const char *env = getenv("SSI_SHARED");
	const char *cands[3][2] = {
		{ env, "/testsuites/JSONTestSuite/" },
		{ env, "/JSONTestSuite/" },
		{ "../shared", "/testsuites/JSONTestSuite/" },
	};
	size_t k;

	for (k = 0; k < 3; k++) {
		DIR *d;

		if (cands[k][0] == NULL)
			continue;
		snprintf(out, outsz, "%s%s%s", cands[k][0], cands[k][1], sub);
		if ((d = opendir(out)) != NULL) {
			closedir(d);
			return out;
		}
	}
	return NULL;
}

static void
test_suite(void)
{
	char dir[4096], path[8192];
	struct dirent **names;
	int nn, k, ny = 0, nno = 0, ni = 0;

	if (find_suite(dir, sizeof dir, "test_parsing") == NULL) {
		T_SKIP("JSONTestSuite: test_parsing not found (set SSI_SHARED "
		    "or run from the repo next to ../shared)");
		return;
	}
	nn = scandir(dir, &names, is_json_name, alphasort);
	T_OK(nn > 300, "JSONTestSuite: %d files in %s", nn, dir);
	for (k = 0; k < nn; k++) {
		const char *f = names[k]->d_name;
		struct ssi_err e0, e1, e2, e3;
		struct logbuf lb;
		int rc0, rc1, rc2, rc3, same;
		size_t len;
		char *buf;

		snprintf(path, sizeof path, "%s/%s", dir, f);
		buf = read_file(path, &len);
		if (buf == NULL) {
			T_OK(0, "%s: readable", f);
			free(names[k]);
			continue;
		}
		memset(&e0, 0, sizeof e0);
		rc0 = json_in_check(buf, len, &e0);
		rc1 = run_cut(buf, len, CUT_ONE, 0, NULL, &e1);
		rc2 = run_cut(buf, len, CUT_RANDOM, 0, NULL, &e2);
		memset(&lb, 0, sizeof lb);
		rc3 = run_cut(buf, len, CUT_RANDOM, 0, &lb, &e3);
		free(lb.s);
		same = same_err(rc0, &e0, rc1, &e1) &&
		    same_err(rc0, &e0, rc2, &e2) &&
		    same_err(rc0, &e0, rc3, &e3);
		if (f[0] == 'y') {
			ny++;
			T_OK(rc0 == 0 && same, "%s: accepted, also in chunks "
			    "and with a sink%s%s", f, rc0 ? ": " : "",
			    rc0 ? e0.msg : "");
		} else if (f[0] == 'n') {
			nno++;
			T_OK(rc0 == -1 && e0.msg[0] != '\0' && e0.line > 0 &&
			    e0.col > 0 && same, "%s: rejected at %ld:%ld: %s, "
			    "same in chunks and with a sink", f, e0.line,
			    e0.col, e0.msg);
		} else {
			ni++;
			if (rc0 == 0)
				T_OK(same, "%s: accepted, same in chunks", f);
			else
				T_OK(same && rc0 == -1 && e0.msg[0] != '\0',
				    "%s: rejected at %ld:%ld: %s, same in "
				    "chunks", f, e0.line, e0.col, e0.msg);
		}
		free(buf);
		free(names[k]);
	}
	if (nn >= 0)
		free(names);
	T_OK(ny == 95 && nno == 188 && ni == 35,
	    "JSONTestSuite: %d y_, %d n_, %d i_ files", ny, nno, ni);
}

/* test_transform: no verdict upstream; no crash, chunking agrees. */
static void
test_transform(void)
{
	char dir[4096], path[8192], bad[2048] = "";
	struct dirent **names;
	int nn, k, nok = 0;

	if (find_suite(dir, sizeof dir, "test_transform") == NULL) {
		T_SKIP("JSONTestSuite: test_transform not found");
		return;
	}
	nn = scandir(dir, &names, is_json_name, alphasort);
	for (k = 0; k < nn; k++) {
		struct ssi_err e0, e1;
		struct logbuf lb;
		size_t len;
		char *buf;
		int rc0, rc1;

		snprintf(path, sizeof path, "%s/%s", dir, names[k]->d_name);
		if ((buf = read_file(path, &len)) != NULL) {
			memset(&lb, 0, sizeof lb);
			rc0 = json_in_check(buf, len, &e0);
			rc1 = run_cut(buf, len, CUT_ONE, 0, &lb, &e1);
			if (same_err(rc0, &e0, rc1, &e1))
				nok++;
			else if (strlen(bad) + strlen(names[k]->d_name) + 2 <
			    sizeof bad) {
				strcat(bad, " ");
				strcat(bad, names[k]->d_name);
			}
			free(lb.s);
			free(buf);
		}
		free(names[k]);
	}
	if (nn >= 0)
		free(names);
	T_OK(nn > 0 && nok == nn, "JSONTestSuite test_transform: %d of %d "
	    "files agree with chunked reading%s", nok, nn, bad);
}

/* ---- profiles ---- */

/*
 * Read s with a logging sink whole, in 1-byte and in random chunks; all
 * three must give want_log, want_rc and (when want_rc is -1) want_err as
 * "L:C msg".
 */
static void
profile_case(const char *what, const char *s, size_t n, int lines,
    int want_rc, const char *want_log, const char *want_err)
{
	static const char *cutname[] = { "whole", "1-byte", "random" };
	int cut;

	for (cut = CUT_WHOLE; cut <= CUT_RANDOM; cut++) {
		struct logbuf lb;
		struct ssi_err e;
		char got[700];
		int rc;

		memset(&lb, 0, sizeof lb);
		lputs(&lb, "", 0);
		rc = run_cut(s, n, cut, lines, &lb, &e);
		T_OK(rc == want_rc, "%s (%s): returns %d", what, cutname[cut],
		    want_rc);
		T_STREQ(lb.s, want_log, "%s (%s): callbacks", what,
		    cutname[cut]);
		if (want_err != NULL) {
			snprintf(got, sizeof got, "%ld:%ld %s", e.line, e.col,
			    e.msg);
			T_STREQ(got, want_err, "%s (%s): error", what,
			    cutname[cut]);
		}
		free(lb.s);
	}
}

#define PCASE(what, s, lines, rc, log, err) \
	profile_case(what, s, sizeof(s) - 1, lines, rc, log, err)

static void
test_profiles(void)
{
	PCASE("one object, member kinds and positions",
	    "{\"name\": \"Ann\",\n"
	    " \"connections\": 5e2,\n"
	    "  \"photo\": true, \"x\": null, \"f\": false,\n"
	    "\"n\": {\"a\": [1, 2]}, \"l\": [], \"s\": \"a\\u0000b\",\n"
	    "\t\"neg\": -0.5E+3, \"esc\": \"\\u00e9\\n\\\"\", \"z\":0}",
	    0, 0,
	    "O 1:1 name=s'Ann'@1:10 connections=n5e2@2:17 photo=btrue@3:12"
	    " x=null@3:23 f=bfalse@3:34 n=nested@4:6 l=nested@4:26"
	    " s=s'a'!nul@4:35 neg=n-0.5E+3@5:9 esc=s'\xc3\xa9\n\"'@5:25"
	    " z=n0@5:43\n", NULL);
	PCASE("array of objects, non-object elements rejected",
	    "[{\"a\":1}, 2, \"x\", [ {\"b\":2} ],\n null, {\"c\":3}, {}]\n",
	    0, 0,
	    "O 1:2 a=n1@1:7\n"
	    "R 1:11 array element 2 is not an object\n"
	    "R 1:14 array element 3 is not an object\n"
	    "R 1:19 array element 4 is not an object\n"
	    "R 2:2 array element 5 is not an object\n"
	    "O 2:8 c=n3@2:13\n"
	    "O 2:17\n", NULL);
	PCASE("empty array", " [ ] ", 0, 0, "", NULL);
	PCASE("JSON Lines",
	    "{\"a\":1}\n{\"b\":\"x\"}\r\n\n{\"c\":[1]}\n", 1, 0,
	    "O 1:1 a=n1@1:6\nO 2:1 b=s'x'@2:6\nO 4:1 c=nested@4:6\n", NULL);
	PCASE("concatenated values, scalars rejected",
	    "{\"a\":1}\n {\"b\":\n2}\n3\n[{\"c\":1}]\n\"s\"\n-1.5e3 \r\n true",
	    0, 0,
	    "O 1:1 a=n1@1:6\nO 2:2 b=n2@3:1\n"
	    "R 4:1 top-level value is not an object\n"
	    "O 5:2 c=n1@5:7\n"
	    "R 6:1 top-level value is not an object\n"
	    "R 7:1 top-level value is not an object\n"
	    "R 8:2 top-level value is not an object\n", NULL);
	PCASE("two values on one line: trailing data",
	    "{\"a\":1} {\"b\":2}\n", 0, -1, "O 1:1 a=n1@1:6\n",
	    "1:9 unexpected character '{' after JSON value");
	PCASE("array inside array rejected, reading goes on",
	    "[[{\"a\":1}], {\"b\":2}]", 0, 0,
	    "R 1:2 array element 1 is not an object\nO 1:13 b=n2@1:18\n",
	    NULL);
	/* a line with more after its object is rejected whole: its object
	 * is never given (scored and rejected both, before) */
	PCASE("lines mode resynchronises after bad lines",
	    "{\"a\":1}\n{\"b\":}\n{\"c\":3}\n{\"d\":\n{\"e\":5} x\n"
	    "{\"f\":01}\n\"unterminated\n{\"g\":7}\n{\"h\":", 1, 0,
	    "O 1:1 a=n1@1:6\n"
	    "R 2:6 unexpected character '}'\n"
	    "O 3:1 c=n3@3:6\n"
	    "R 4:6 unexpected end of line\n"
	    "R 5:9 unexpected character 'x' after JSON value\n"
	    "R 6:7 invalid number\n"
	    "R 7:14 control character in string\n"
	    "O 8:1 g=n7@8:6\n"
	    "R 9:6 unexpected end of input\n", NULL);
	PCASE("not lines mode: a syntax error is fatal",
	    "{\"a\":1}\n{\"b\":}\n{\"c\":3}\n", 0, -1,
	    "O 1:1 a=n1@1:6\n", "2:6 unexpected character '}'");
	PCASE("not lines mode: an object may span lines",
	    "{\"a\":\n1}", 0, 0, "O 1:1 a=n1@2:1\n", NULL);
	PCASE("duplicate keys both delivered", "{\"a\":1,\"a\":\"2\"}", 0, 0,
	    "O 1:1 a=n1@1:6 a=s'2'@1:12\n", NULL);
	PCASE("CRLF line counting",
	    "{\"a\":1,\r\n\"b\":\r\n  2,\r\n\"c\":\"x\"}\r\n", 0, 0,
	    "O 1:1 a=n1@1:6 b=n2@3:3 c=s'x'@4:5\n", NULL);
	PCASE("a lone CR does not end a line", "{\"a\":\r1}", 0, 0,
	    "O 1:1 a=n1@1:7\n", NULL);
	PCASE("BOM skipped, not counted in columns",
	    "\xef\xbb\xbf{\"a\":1}", 0, 0, "O 1:1 a=n1@1:6\n", NULL);
	PCASE("numbers kept as written",
	    "{\"a\":5e2,\"b\":500.0,\"c\":-0,\"d\":1E-2,\"e\":"
	    "123456789012345678901234567890}", 0, 0,
	    "O 1:1 a=n5e2@1:6 b=n500.0@1:14 c=n-0@1:24 d=n1E-2@1:31 "
	    "e=n123456789012345678901234567890@1:40\n", NULL);
	PCASE("key with \\u0000 rejected", "{\"ok\":1}\n{\"na\\u0000me\":1}\n",
	    0, 0, "O 1:1 ok=n1@1:7\nR 2:2 key holds \\u0000\n", NULL);
	PCASE("UTF-8 and surrogate pairs in values",
	    "{\"a\":\"\xf0\x9f\x98\x80\",\"b\":\"\\ud83d\\ude00\"}", 0, 0,
	    "O 1:1 a=s'\xf0\x9f\x98\x80'@1:6 b=s'\xf0\x9f\x98\x80'@1:17\n",
	    NULL);
}

/* 64 levels in all: the array, the profile and 62 inside it. */
static void
test_deep_profile(void)
{
	char s[200];
	size_t n = 0;
	int k;

	memcpy(s, "[{\"a\":", 6);
	n = 6;
	for (k = 0; k < 62; k++)
		s[n++] = '[';
	for (k = 0; k < 62; k++)
		s[n++] = ']';
	memcpy(s + n, "}]", 2);
	n += 2;
	profile_case("62 levels inside a profile", s, n, 0, 0,
	    "O 1:2 a=nested@1:7\n", NULL);
	n = 6;
	for (k = 0; k < 63; k++)
		s[n++] = '[';
	for (k = 0; k < 63; k++)
		s[n++] = ']';
	memcpy(s + n, "}]", 2);
	n += 2;
	profile_case("63 levels inside a profile", s, n, 0, -1, "",
	    "1:69 nesting deeper than 64 levels");
}

/* The sink stops the reading, or fails it. */
static void
test_sink_codes(void)
{
	static const char s[] = "{\"a\":1}\n{\"b\":2}\n{\"c\":3}\n";
	struct logbuf lb;
	struct ssi_err e;
	struct json_sink sink = { log_object, log_reject, NULL };
	struct json_in *j;
	int rc;

	memset(&lb, 0, sizeof lb);
	lb.stop_after = 2;
	rc = run_cut(s, sizeof s - 1, CUT_WHOLE, 0, &lb, &e);
	T_OK(rc == 1 && lb.nobj == 2, "on_object returning 1 stops: rc %d, "
	    "%d objects", rc, lb.nobj);
	free(lb.s);

	memset(&lb, 0, sizeof lb);
	lb.fail_after = 1;
	rc = run_cut(s, sizeof s - 1, CUT_ONE, 0, &lb, &e);
	T_OK(rc == -1 && lb.nobj == 1 && strcmp(e.msg, "sink says no") == 0
	    && e.line == 9, "on_object returning -1 fails with its error "
	    "(%d, %s)", rc, e.msg);
	free(lb.s);

	memset(&lb, 0, sizeof lb);
	lb.reject_rc = 1;
	rc = run_cut("[1,{\"a\":1}]", 11, CUT_WHOLE, 0, &lb, &e);
	T_OK(rc == 1 && lb.nobj == 0, "on_reject returning 1 stops");
	free(lb.s);

	memset(&lb, 0, sizeof lb);
	lb.reject_rc = -1;
	rc = run_cut("7 {\"a\":1}", 9, CUT_WHOLE, 0, &lb, &e);
	T_OK(rc == -1 && lb.nobj == 0 && e.line == 1 && e.col == 1 &&
	    strcmp(e.msg, "top-level value is not an object") == 0,
	    "on_reject returning -1 fails with the reason (%s)", e.msg);
	free(lb.s);

	memset(&lb, 0, sizeof lb);
	lb.reject_rc = 1;
	rc = run_cut("{\"a\":1}\n{x}\n{\"b\":1}", 19, CUT_WHOLE, 1, &lb, &e);
	T_OK(rc == 1 && lb.nobj == 1, "lines mode: on_reject returning 1 "
	    "stops at the bad line");
	free(lb.s);

	/* After a stop or a failure, feed and finish say so again. */
	memset(&lb, 0, sizeof lb);
	sink.ctx = &lb;
	j = json_in_new("x", &sink, 0);
	rc = json_in_feed(j, "{]", 2, &e);
	T_OK(rc == -1 && e.line == 1 && e.col == 2, "error at 1:2");
	memset(&e, 0, sizeof e);
	rc = json_in_feed(j, "{}", 2, &e);
	T_OK(rc == -1 && e.line == 1 && e.col == 2 && e.file != NULL &&
	    strcmp(e.file, "x") == 0, "feed after an error repeats it");
	memset(&e, 0, sizeof e);
	rc = json_in_finish(j, &e);
	T_OK(rc == -1 && e.col == 2, "finish after an error repeats it");
	json_in_free(j);
	json_in_free(NULL);
	T_OK(lb.nobj == 0, "nothing delivered after the error");
	free(lb.s);
}

/* Exact error messages and positions (column of the offending byte). */
static void
test_errors(void)
{
	static const struct {
		const char *in;
		size_t len;
		const char *want;	/* "L:C msg" or NULL for valid */
	} c[] = {
#define E(s, w) { s, sizeof(s) - 1, w }
		E("{\"a\":01}", "1:7 invalid number"),
		E("[2.]", "1:4 invalid number"),
		E("[.5]", "1:2 invalid number"),
		E("[+1]", "1:2 invalid number"),
		E("[-]", "1:3 invalid number"),
		E("[1e]", "1:4 invalid number"),
		E("[1e+]", "1:5 invalid number"),
		E("1.", "1:3 invalid number"),
		E("-", "1:2 invalid number"),
		E("[1,]", "1:4 trailing comma"),
		E("{\"a\":1,}", "1:8 trailing comma"),
		E("{\"a\" 1}", "1:6 unexpected character '1'"),
		E("{1:1}", "1:2 unexpected character '1'"),
		E("[1}", "1:3 unexpected character '}'"),
		E("[1]x", "1:4 unexpected character 'x' after JSON value"),
		E("[][]", "1:3 unexpected character '[' after JSON value"),
		E("{}\n}", "2:1 unexpected character '}'"),
		E("{} {}", "1:4 unexpected character '{' after JSON value"),
		E("1 2", "1:3 unexpected character '2' after JSON value"),
		E("\"abc", "1:1 unterminated string"),
		E("[\"a\",\n  \"abc\\", "2:3 unterminated string"),
		E("[\"\x01\"]", "1:3 control character in string"),
		E("[\"a\nb\"]", "1:4 control character in string"),
		E("[\"\\x\"]", "1:4 invalid escape in string"),
		E("[\"\\u12G4\"]", "1:7 invalid \\u escape in string"),
		E("[\"\\uD800\"]", "1:9 unpaired surrogate in string"),
		E("[\"\\uD800\\n\"]", "1:10 unpaired surrogate in string"),
		E("[\"\\uD800\\u0041\"]", "1:14 unpaired surrogate in string"),
		E("[\"\\uDC00\"]", "1:8 unpaired surrogate in string"),
		E("[\"\xc0\x80\"]", "1:3 invalid UTF-8 in string"),
		E("[\"\xe0\x80\x80\"]", "1:4 invalid UTF-8 in string"),
		E("[\"\xed\xa0\x80\"]", "1:4 invalid UTF-8 in string"),
		E("[\"\xf4\x90\x80\x80\"]", "1:4 invalid UTF-8 in string"),
		E("[\"\xf5\x80\x80\x80\"]", "1:3 invalid UTF-8 in string"),
		E("[\"\xf0\x9f\x98\"]", "1:6 invalid UTF-8 in string"),
		E("[\"\x80\"]", "1:3 invalid UTF-8 in string"),
		E("[tru]", "1:5 invalid literal, expected 'true'"),
		E("[nul", "1:5 unexpected end of input"),
		E("[1,\n\n  ", "3:3 unexpected end of input"),
		E("{\"a\":1", "1:7 unexpected end of input"),
		E("", "1:1 no JSON value"),
		E("  \n ", "2:2 no JSON value"),
		E("\xef\xbb\xbf", "1:1 no JSON value"),
		E("\xef\xbb", "1:1 unexpected byte 0xEF"),
		E("\xef\xbb\xbf\xef\xbb\xbf{}", "1:1 unexpected byte 0xEF"),
		E("[\x0c]", "1:2 unexpected byte 0x0C"),
		E("[\xc3\xa9]", "1:2 unexpected byte 0xC3"),
		E("\xef\xbb\xbf[x]", "1:2 unexpected character 'x'"),
		E("[\"\xf0\x9f\x98\x80\", \"\\ud83d\\ude00\", -0.0e-0, 1E+9]",
		    NULL),
		E("1\n2 \n\"x\"\r\n\tnull", NULL),
		E("\t\r\n{}\n[]\n\"\"\n0\r\n", NULL),
		E("{\"\\u0000\":\"\\u0000\"}", NULL),
#undef E
	};
	char deep[200];
	size_t k;

	for (k = 0; k < sizeof c / sizeof c[0]; k++) {
		struct ssi_err e, e1, e2;
		char got[700];
		int rc, rc1, rc2;

		memset(&e, 0, sizeof e);
		rc = json_in_check(c[k].in, c[k].len, &e);
		rc1 = run_cut(c[k].in, c[k].len, CUT_ONE, 0, NULL, &e1);
		rc2 = run_cut(c[k].in, c[k].len, CUT_RANDOM, 0, NULL, &e2);
		if (c[k].want == NULL) {
			T_OK(rc == 0 && rc1 == 0 && rc2 == 0,
			    "valid: case %zu: %s", k, rc ? e.msg : "");
			continue;
		}
		snprintf(got, sizeof got, "%ld:%ld %s", e.line, e.col, e.msg);
		T_OK(rc == -1, "case %zu rejected", k);
		T_STREQ(got, c[k].want, "case %zu: error", k);
		T_OK(same_err(rc, &e, rc1, &e1) && same_err(rc, &e, rc2, &e2),
		    "case %zu: same error in 1-byte and random chunks", k);
	}

	/* 64 levels are fine, 65 are not. */
	memset(deep, '[', 64);
	memset(deep + 64, ']', 64);
	{
		struct ssi_err e;
		int rc = json_in_check(deep, 128, &e);

		T_OK(rc == 0, "64 nested arrays accepted");
		memset(deep, '[', 65);
		rc = json_in_check(deep, 65, &e);
		T_OK(rc == -1 && e.col == 65 && strcmp(e.msg,
		    "nesting deeper than 64 levels") == 0,
		    "65 nested arrays: %ld:%ld %s", e.line, e.col, e.msg);
	}
}

/* An object over JSON_MAX_OBJECT: fatal, or rejected in lines mode. */
static void
test_big(void)
{
	size_t big = JSON_MAX_OBJECT + 10, n, k;
	char *s = malloc(big + 64);
	struct logbuf lb;
	struct ssi_err e;
	int rc;

	if (s == NULL)
		abort();
	n = 0;
	memcpy(s, "{\"b\":0}\n{\"a\":\"", 14);
	n = 14;
	memset(s + n, 'x', big - 4);
	n += big - 4;
	memcpy(s + n, "\"}\n{\"c\":1}\n", 11);
	n += 11;

	for (k = 0; k < 2; k++) {
		memset(&lb, 0, sizeof lb);
		rc = run_cut(s, n, k ? CUT_RANDOM : CUT_WHOLE, 1, &lb, &e);
		T_STREQ(lb.s, "O 1:1 b=n0@1:6\nR 2:1 object larger than 8 MiB\n"
		    "O 3:1 c=n1@3:6\n", "lines mode: oversized object "
		    "rejected, reading goes on (%s)", k ? "random" : "whole");
		T_OK(rc == 0, "lines mode: oversized object: returns 0");
		free(lb.s);
	}
	memset(&lb, 0, sizeof lb);
	rc = run_cut(s, n, CUT_WHOLE, 0, &lb, &e);
	T_OK(rc == -1 && e.line == 2 && e.col == 1 &&
	    strcmp(e.msg, "object larger than 8 MiB") == 0,
	    "oversized object is fatal otherwise: %ld:%ld %s", e.line, e.col,
	    e.msg);
	free(lb.s);

	/* Just under the cap is fine. */
	n = 0;
	memcpy(s, "{\"a\":\"", 6);
	n = 6;
	memset(s + n, 'y', JSON_MAX_OBJECT - 8);
	n += JSON_MAX_OBJECT - 8;
	memcpy(s + n, "\"}", 2);
	n += 2;
	memset(&lb, 0, sizeof lb);
	rc = run_cut(s, n, CUT_RANDOM, 0, &lb, &e);
	T_OK(rc == 0 && lb.nobj == 1, "an object of exactly 8 MiB is read");
	free(lb.s);
	free(s);
}

int
main(void)
{
	test_suite();
	test_transform();
	test_profiles();
	test_deep_profile();
	test_sink_codes();
	test_errors();
	test_big();
	T_DONE();
}
