/*
 * entry.h - the bodies of the fuzz targets.
 *
 * tests/fuzz/fuzz_NAME.c (libFuzzer) and tests/unit/fuzz_regress_test.c
 * (which replays every file under tests/fuzz/regress/NAME/) both call
 * fuzz_NAME(data, size) from here, so a regression file goes through
 * exactly the code that found it.  Each returns 0.  A finding is a crash, a sanitizer report, a leak, or
 * an abort() from FZ_CHECK: a property every input must keep (the reader
 * gives the same records and errors whatever the chunk sizes; what the
 * writers print is valid JSON; a model that loads, written out, loads
 * again).
 *
 * Inputs (the corpus seeds of tests/fuzz/run.sh are built this way):
 *   json, csv  4 header bytes, then the text.  Byte 0: flags (FZ_*; for csv
 *              its low 2 bits pick the delimiter: detect , ; tab); bytes 1-3:
 *              the sizes of the chunks the text is fed in, cycled (b + 1
 *              bytes; 255 = all the rest).
 *   model      the model JSON as is.
 *   linkedin   "PK..." is written as is to a .zip and read; anything else
 *              is a list of files, each "#F name\n" then its bytes, which
 *              is stored into a fresh .zip (libzip) first, or with a first
 *              line "#D" written as files under a folder (the unpacked
 *              export).  Lines before the first "#F " may set the options:
 *              "#as_of D", "#period N", "#target KW,KW", "#id X".
 *
 * Owns nothing between calls except, for linkedin, one temporary folder per
 * process (removed at exit; a crash leaves it in $TMPDIR or /tmp).
 */
#ifndef SSI_FUZZ_ENTRY_H
#define SSI_FUZZ_ENTRY_H

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include <zip.h>

#include "in/csv_in.h"
#include "in/digits.h"
#include "in/json_in.h"
#include "ssi/input.h"
#include "ssi/li_text.h"
#include "ssi/linkedin.h"
#include "ssi/model.h"
#include "ssi/out.h"
#include "ssi/profile.h"
#include "ssi/report.h"
#include "ssi/score.h"
#include "text/advice.h"

#define FZ_CHECK(cond) do { if (!(cond)) { \
	fprintf(stderr, "fuzz: %s:%d: property broken: %s\n", __FILE__, \
	    __LINE__, #cond); \
	abort(); } } while (0)

/* Flags of header byte 0 (json, csv). */
#define FZ_LINES	0x04u	/* json: JSON Lines mode */
#define FZ_STOP		0x08u	/* the sink stops quietly after 2 records */
#define FZ_FATAL	0x10u	/* the first rejected record stops with -1 */
#define FZ_STRICT	0x20u	/* unknown fields are rejected */
#define FZ_CP1252	0x40u	/* input run: --encoding cp1252 (else auto) */
#define FZ_DMY		0x80u	/* input run: --dates dmy */

/* ---- common: a transcript hash, records, the writers ---- */

struct fz_ctx {
	struct profile p;
	uint64_t h;		/* FNV-1a of everything the sink saw */
	unsigned flags;
	long nobj, nrej;
	int report;		/* run the writers on each record */
	/* csv: column -> field id, -1 unknown */
	int *col;
	size_t ncol;
};

static inline void
fz_mix(uint64_t *h, const void *s, size_t n)
{
	const unsigned char *u = s;
	size_t i;

	for (i = 0; i < n; i++) {
		*h ^= u[i];
		*h *= 1099511628211ull;
	}
}

static inline void
fz_mixl(uint64_t *h, long long v)
{
	fz_mix(h, &v, sizeof v);
}

static inline void
fz_mixerr(uint64_t *h, int rc, const struct ssi_err *e)
{
	fz_mixl(h, rc);
	if (rc < 0) {
		fz_mixl(h, e->line);
		fz_mixl(h, e->col);
		fz_mix(h, e->msg, strlen(e->msg));
	}
}

static inline void
fz_ctx_init(struct fz_ctx *c, unsigned flags, int report)
{
	memset(c, 0, sizeof *c);
	profile_init(&c->p);
	c->h = 14695981039346656037ull;
	c->flags = flags;
	c->report = report;
}

static inline void
fz_ctx_free(struct fz_ctx *c)
{
	profile_free(&c->p);
	free(c->col);
}

/* The JSON a writer printed must be strict JSON. */
static inline void
fz_check_json(struct out *o)
{
	struct ssi_err e;

	FZ_CHECK(o->err == 0);
	FZ_CHECK(json_in_check(o->buf, o->n, &e) == 0);
	o->n = 0;
}

/* Every writer of ssi on a scored profile, into memory. */
static inline void
fz_writers(const struct model *m, const struct profile *p,
    const struct score *s)
{
	struct report_opts r;
	struct profile back;
	struct out o;

	if (out_mem(&o) < 0)
		return;
	memset(&r, 0, sizeof r);
	r.m = m;
	r.format = OF_JSON;
	r.lang = LANG_EN;
	r.utf8 = 1;
	r.width = 80;
	report_json(&o, &r, p, s, 0);
	fz_check_json(&o);
	r.explain = 1;
	report_json(&o, &r, p, s, 1);
	fz_check_json(&o);
	report_profile_json(&o, p, 0);
	fz_check_json(&o);
	report_profile_json(&o, p, 1);
	fz_check_json(&o);
	r.format = OF_TEXT;
	r.lang = LANG_ES;
	r.color = 1;
	r.width = 40;
	report_text(&o, &r, p, s);
	r.lang = LANG_EN;
	r.color = 0;
	r.utf8 = 0;
	r.explain = 0;
	r.width = 200;
	report_text(&o, &r, p, s);
	r.format = OF_CSV;
	report_csv_header(&o, &r);
	report_csv_row(&o, &r, p, s);
	r.format = OF_TSV;
	report_csv_row(&o, &r, p, s);
	FZ_CHECK(o.err == 0);
	/* profile_copy is what batch and rank keep records with. */
	profile_init(&back);
	if (profile_copy(&back, p) == 0) {
		int f;

		for (f = 0; f < F_COUNT; f++) {
			const char *a = profile_text(p, f);
			const char *b = profile_text(&back, f);

			FZ_CHECK((a == NULL) == (b == NULL));
			FZ_CHECK(a == NULL || strcmp(a, b) == 0);
		}
	}
	profile_free(&back);
	out_mem_free(&o);
}

static inline int
fz_reject(struct fz_ctx *c, struct ssi_err *e, long line, long col)
{
	fz_mixl(&c->h, 'R');
	fz_mixl(&c->h, line);
	fz_mixl(&c->h, col);
	fz_mix(&c->h, e->msg, strlen(e->msg));
	c->nrej++;
	if (c->flags & FZ_FATAL) {
		e->line = line;
		e->col = col;
		return -1;
	}
	return 0;
}

/* A record is complete: the rules, an id, the score (as src/input.c). */
static inline int
fz_record(struct fz_ctx *c, long line, long col, struct ssi_err *e)
{
	struct score s;

	if (profile_check(&c->p, e) < 0)
		return fz_reject(c, e, line, col);
	if (!profile_has(&c->p, F_ID)) {
		char id[24];
		int n = snprintf(id, sizeof id, "%ld", c->nobj + 1);

		if (profile_set(&c->p, F_ID, id, (size_t)n, VK_STRING, 0, e) < 0)
			return fz_reject(c, e, line, col);
	}
	score_profile(model_default(), &c->p, &s);
	FZ_CHECK(s.ssi >= 0 && s.ssi <= 100 && s.ssi <= s.ssi_max + 1e-9);
	fz_mixl(&c->h, 'O');
	fz_mixl(&c->h, line);
	fz_mixl(&c->h, col);
	fz_mixl(&c->h, (long long)llround(s.ssi * 1000));
	fz_mixl(&c->h, (long long)c->p.have);
	/* The writers are slow (about 6 ms a record under ASan): a hostile
	 * record is as hostile first as fortieth. */
	if (c->report && c->nobj < 2)
		fz_writers(model_default(), &c->p, &s);
	c->nobj++;
	if ((c->flags & FZ_STOP) && c->nobj >= 2)
		return 1;
	return 0;
}

/* An unknown field name: a warning, or with FZ_STRICT an error. */
static inline int
fz_unknown(struct fz_ctx *c, const char *name, struct ssi_err *e)
{
	const char *near = field_nearest(name);

	fz_mixl(&c->h, 'U');
	if (near != NULL)
		fz_mix(&c->h, near, strlen(near));
	if (c->flags & FZ_STRICT) {
		err_set(e, "unknown field");
		return -1;
	}
	return 0;
}

/* Chunk sizes from header bytes 1-3. */
struct fz_chunks {
	unsigned char b[3];
	unsigned i;
};

static inline size_t
fz_next(struct fz_chunks *k, size_t left)
{
	unsigned b = k->b[k->i++ % 3];
	size_t n = b == 255 ? left : (size_t)b + 1;

	return n < left ? n : left;
}

/* Split data into the header and the text. */
static inline void
fz_header(const uint8_t *data, size_t size, unsigned char hdr[4],
    const uint8_t **text, size_t *n)
{
	size_t i;

	for (i = 0; i < 4; i++)
		hdr[i] = i < size ? data[i] : 255;
	*text = data + (size < 4 ? size : 4);
	*n = size < 4 ? 0 : size - 4;
}

/* ---- the whole reader (input.c): encodings, Spanish headers, own
 * columns, repeated headers, every problem of a row ---- */

struct fz_in {
	long records, rejects, also, warns;
};

/* Every value a record hands over is valid UTF-8 without NUL, whatever
 * the bytes and the encoding read (Windows-1252 included). */
static inline int
fz_in_record(void *ctx, struct profile *p, const char *file, long line)
{
	struct fz_in *c = ctx;
	uint32_t k;
	int f;

	(void)file;
	FZ_CHECK(line >= 0);
	for (f = 0; f < F_COUNT; f++) {
		const char *t = profile_text(p, f);

		if (t != NULL)
			FZ_CHECK(utf8_count(t, strlen(t)) >= 0 &&
			    strlen(t) == p->len[f]);
	}
	FZ_CHECK(p->ncustom <= PROFILE_MAX_CUSTOM);
	for (k = 0; k < p->ncustom; k++) {
		const char *name = p->arena + p->cname[k];
		const char *v = p->arena + p->cval[k];

		FZ_CHECK(utf8_count(v, strlen(v)) >= 0 && v[0] != '\0');
		FZ_CHECK(profile_custom(p, name) != NULL);
	}
	c->records++;
	return 0;
}

static inline int
fz_in_reject(void *ctx, const struct ssi_err *e)
{
	struct fz_in *c = ctx;

	/* an empty message: a record its date column cost, told once for
	 * the column at the end of the file (input.h) */
	FZ_CHECK(strlen(e->msg) < sizeof e->msg);
	FZ_CHECK(e->msg[0] != '\0' || !e->also);
	if (e->also)
		c->also++;
	else
		c->rejects++;
	return 0;
}

static inline void
fz_in_warn(void *ctx, const struct ssi_err *e)
{
	struct fz_in *c = ctx;

	FZ_CHECK(e->msg[0] != '\0');
	c->warns++;
}

/* Read text through input_read_fd (a memory file), format fmt. */
static inline void
fz_input_run(const uint8_t *text, size_t n, enum in_format fmt,
    unsigned flags)
{
	struct read_opts o;
	struct fz_in c = { 0, 0, 0, 0 };
	struct record_sink s = { fz_in_record, fz_in_reject, fz_in_warn, &c, NULL, NULL, NULL };
	struct ssi_err e;
	struct input *in;
	int fd[2];

	/* a pipe holds 64 KiB: fuzz inputs are shorter (-max_len) */
	if (n > 65536 || pipe(fd) != 0)
		return;
	if (n > 0 && write(fd[1], text, n) != (ssize_t)n) {
		close(fd[0]);
		close(fd[1]);
		return;
	}
	close(fd[1]);
	memset(&o, 0, sizeof o);
	memset(&e, 0, sizeof e);
	o.encoding = flags & FZ_CP1252 ? ENC_CP1252 : ENC_AUTO;
	o.dates = flags & FZ_DMY ? DATES_DMY : DATES_NONE;
	o.strict = (flags & FZ_STRICT) != 0;
	if ((in = input_new(&o, &s)) != NULL) {
		input_read_fd(in, "fuzz", fd[0], fmt, &e);
		/* at most IN_MAX_PROBLEMS + 1 messages per record */
		FZ_CHECK(c.also <= c.rejects * IN_MAX_PROBLEMS);
		input_free(in);
	}
	close(fd[0]);
}

/* ---- json ---- */

static inline int
fz_json_object(void *ctx, const struct json_member *m, size_t n, long line,
    long col, struct ssi_err *e)
{
	struct fz_ctx *c = ctx;
	uint64_t seen = 0;
	size_t i;

	profile_reset(&c->p);
	for (i = 0; i < n; i++) {
		int f = field_lookup(m[i].key, strlen(m[i].key));

		if (f < 0) {
			if (fz_unknown(c, m[i].key, e) < 0)
				return fz_reject(c, e, m[i].line, m[i].col);
			continue;
		}
		if (seen & ((uint64_t)1 << f)) {
			err_set(e, "%s: given twice", m[i].key);
			return fz_reject(c, e, m[i].line, m[i].col);
		}
		seen |= (uint64_t)1 << f;
		if (m[i].is_null)
			continue;
		if (m[i].is_nested) {
			err_set(e, "%s: nested", m[i].key);
			return fz_reject(c, e, m[i].line, m[i].col);
		}
		if (m[i].has_nul) {
			err_set(e, "%s: contains a NUL byte", m[i].key);
			return fz_reject(c, e, m[i].line, m[i].col);
		}
		FZ_CHECK(strlen(m[i].val) == m[i].len ||
		    m[i].kind != VK_STRING);
		if (profile_set(&c->p, f, m[i].val, m[i].len, m[i].kind, 0,
		    e) < 0)
			return fz_reject(c, e, m[i].line, m[i].col);
	}
	return fz_record(c, line, col, e);
}

static inline int
fz_json_reject(void *ctx, const struct ssi_err *why)
{
	struct fz_ctx *c = ctx;
	struct ssi_err e = *why;

	return fz_reject(c, &e, why->line, why->col);
}

/* Read text through json_in in the chunks of k (k NULL: at once). */
static inline uint64_t
fz_json_run(const uint8_t *text, size_t n, unsigned flags,
    struct fz_chunks *k, int report)
{
	struct fz_ctx c;
	struct json_sink sink = { fz_json_object, fz_json_reject, NULL };
	struct json_in *j;
	struct ssi_err e;
	size_t done = 0;
	int rc = 0;

	fz_ctx_init(&c, flags, report);
	sink.ctx = &c;
	memset(&e, 0, sizeof e);
	if ((j = json_in_new("fuzz", &sink, (flags & FZ_LINES) != 0)) == NULL)
		return 0;
	while (rc == 0 && done < n) {
		size_t step = k ? fz_next(k, n - done) : n;

		rc = json_in_feed(j, text + done, step, &e);
		done += step;
	}
	if (rc == 0)
		rc = json_in_finish(j, &e);
	/* After a stop or an error, the reader repeats it. */
	if (rc != 0) {
		struct ssi_err e2;

		memset(&e2, 0, sizeof e2);
		FZ_CHECK(json_in_feed(j, "{}", 2, &e2) == rc);
		FZ_CHECK(rc > 0 || strcmp(e2.msg, e.msg) == 0);
	}
	json_in_free(j);
	fz_mixerr(&c.h, rc, &e);
	fz_ctx_free(&c);
	return c.h;
}

/* The syntax checker alone, in chunks (no sink). */
static inline uint64_t
fz_json_syntax(const uint8_t *text, size_t n, struct fz_chunks *k)
{
	uint64_t h = 14695981039346656037ull;
	struct json_in *j;
	struct ssi_err e;
	size_t done = 0;
	int rc = 0;

	memset(&e, 0, sizeof e);
	if ((j = json_in_new("fuzz", NULL, 0)) == NULL)
		return 0;
	while (rc == 0 && done < n) {
		size_t step = fz_next(k, n - done);

		rc = json_in_feed(j, text + done, step, &e);
		done += step;
	}
	if (rc == 0)
		rc = json_in_finish(j, &e);
	json_in_free(j);
	fz_mixerr(&h, rc, &e);
	return h;
}

static inline int
fuzz_json(const uint8_t *data, size_t size)
{
	unsigned char hdr[4];
	const uint8_t *text;
	struct fz_chunks k;
	struct ssi_err e;
	uint64_t whole, chunked, h;
	size_t n;
	int rc;

	fz_header(data, size, hdr, &text, &n);
	memcpy(k.b, hdr + 1, 3);
	k.i = 0;
	whole = fz_json_run(text, n, hdr[0], NULL, 1);
	chunked = fz_json_run(text, n, hdr[0], &k, 0);
	/* Chunk boundaries change nothing: same records, same errors. */
	FZ_CHECK(whole == chunked);
	/* json_in_check is the same machine without a sink. */
	memset(&e, 0, sizeof e);
	rc = json_in_check(text, n, &e);
	h = 14695981039346656037ull;
	fz_mixerr(&h, rc, &e);
	k.i = 0;
	FZ_CHECK(h == fz_json_syntax(text, n, &k));
	/* the whole reader: own keys, every problem of a record */
	fz_input_run(text, n, hdr[0] & FZ_LINES ? IN_JSONL : IN_AUTO, hdr[0]);
	return 0;
}

/* ---- csv ---- */

static inline int
fz_csv_header(struct fz_ctx *c, const struct csv_row *row, struct ssi_err *e)
{
	size_t i, j;

	FZ_CHECK(row->n >= 1 && row->n <= CSV_MAX_FIELDS);
	if ((c->col = malloc(row->n * sizeof *c->col)) == NULL)
		return err_set(e, "out of memory");
	c->ncol = row->n;
	for (i = 0; i < row->n; i++) {
		char name[128];
		size_t n = field_normalize(row->f[i], row->len[i], name,
		    sizeof name);

		FZ_CHECK(n < sizeof name);
		c->col[i] = field_lookup(name, n);
		if (c->col[i] >= 0) {
			for (j = 0; j < i; j++)
				if (c->col[j] == c->col[i])
					return err_set(e, "column '%s' given "
					    "twice", name);
		} else if (n > 0 && fz_unknown(c, name, e) < 0)
			return -1;
	}
	return 0;
}

static inline int
fz_csv_row(void *ctx, const struct csv_row *row, struct ssi_err *e)
{
	struct fz_ctx *c = ctx;
	size_t i;

	FZ_CHECK(row->line >= 1 && row->n >= 1 && row->n <= CSV_MAX_FIELDS);
	for (i = 0; i < row->n; i++)
		FZ_CHECK(row->len[i] <= CSV_MAX_FIELD &&
		    row->f[i][row->len[i]] == '\0');
	fz_mixl(&c->h, row->line);
	fz_mixl(&c->h, row->index);
	if (row->index == 0)
		return fz_csv_header(c, row, e);
	if (row->n != c->ncol) {
		err_set(e, "row has %zu fields, the header has %zu", row->n,
		    c->ncol);
		return fz_reject(c, e, row->line, 0);
	}
	profile_reset(&c->p);
	for (i = 0; i < row->n; i++) {
		int f = c->col[i];

		if (f < 0 || row->len[i] == 0)
			continue;
		if (profile_set(&c->p, f, row->f[i], row->len[i], VK_STRING, 0,
		    e) < 0)
			return fz_reject(c, e, row->line, 0);
	}
	return fz_record(c, row->line, 0, e);
}

/* Feed text to r whole (k NULL) or in k's chunks, then finish. */
static inline int
fz_csv_feed(struct csv_in *r, const uint8_t *text, size_t n,
    struct fz_chunks *k, struct ssi_err *e)
{
	size_t done = 0;
	int rc = 0;

	while (rc == 0 && done < n) {
		size_t step = k ? fz_next(k, n - done) : n;

		rc = csv_in_feed(r, text + done, step, e);
		done += step;
	}
	return rc == 0 ? csv_in_finish(r, e) : rc;
}

static inline uint64_t
fz_csv_run(const uint8_t *text, size_t n, unsigned flags,
    struct fz_chunks *k, int report)
{
	static const int delims[4] = { 0, ',', ';', '\t' };
	struct fz_ctx c;
	struct csv_in *r;
	struct ssi_err e;
	int rc = 0;

	fz_ctx_init(&c, flags, report);
	memset(&e, 0, sizeof e);
	r = csv_in_new("fuzz", delims[flags & 3], fz_csv_row, &c);
	if (r == NULL)
		return 0;
	rc = fz_csv_feed(r, text, n, k, &e);
	fz_mixl(&c.h, csv_in_delim(r));
	csv_in_free(r);
	fz_mixerr(&c.h, rc, &e);
	fz_ctx_free(&c);
	return c.h;
}

/*
 * Cell mode against row mode (but for rows of blank cells, which cell mode
 * skips, and broken quoted fields, which it reads past): the same bytes
 * through csv_in_cells with a
 * plan of FZ_NCOLS described columns (numeric, plain, numeric, skipped, in
 * turn) must give the same rows, lines, errors and values.  Both sides hash
 * a canonical form of each cell: 'S' for a skipped column, 'E' for an
 * empty cell, ('N', value) for 1-9 digits in a numeric column, ('T', text)
 * otherwise.
 */
#define FZ_NCOLS 8

static inline int
fz_kind(size_t col)	/* 0 numeric, 1 plain, 3 skipped; past FZ_NCOLS 1 */
{
	return col < FZ_NCOLS ? (int)(col % 4 == 2 ? 0 : col % 4) : 1;
}

static inline void
fz_canon(uint64_t *h, size_t col, const char *s, size_t n)
{
	int64_t v;

	if (fz_kind(col) == 3) {
		fz_mixl(h, 'S');
	} else if (n == 0) {
		fz_mixl(h, 'E');
	} else if (fz_kind(col) == 0 && digits9(s, n, &v)) {
		fz_mixl(h, 'N');
		fz_mixl(h, v);
	} else {
		fz_mixl(h, 'T');
		fz_mix(h, s, n);
	}
}

struct fz_cells {
	uint64_t h, mask;
	int broken;		/* a broken quoted field was skipped over */
	int64_t num[FZ_NCOLS];
	uint64_t *text;		/* per column: hash of the cell handed over */
	unsigned char *given;	/* per column: handed over in this row */
};

static inline int
fz_rows_row(void *ctx, const struct csv_row *row, struct ssi_err *e)
{
	uint64_t *h = ctx;
	size_t i;

	(void)e;
	if (row->index > 0) {
		/* a row of blank cells: cell mode skips it (";;;") */
		for (i = 0; i < row->n; i++) {
			size_t k = 0;

			while (k < row->len[i] && (row->f[i][k] == ' ' ||
			    row->f[i][k] == '\t'))
				k++;
			if (k < row->len[i])
				break;
		}
		if (i == row->n)
			return 0;
	}
	fz_mixl(h, row->line);
	fz_mixl(h, (long long)row->n);
	for (i = 0; i < row->n; i++) {
		uint64_t t = 14695981039346656037ull;

		if (row->index == 0) {
			fz_mix(h, row->f[i], row->len[i] + 1);
			continue;
		}
		fz_canon(&t, i, row->f[i], row->len[i]);
		fz_mix(h, &t, sizeof t);
	}
	return 0;
}

static inline int
fz_cells_cell(void *ctx, size_t col, const char *s, size_t n,
    struct ssi_err *e)
{
	struct fz_cells *c = ctx;
	uint64_t h = 14695981039346656037ull;

	(void)e;
	FZ_CHECK(col < CSV_MAX_FIELDS && (n == 0 || s != NULL));
	fz_canon(&h, col, s, n);
	c->text[col] = h;
	c->given[col] = 1;
	return 0;
}

static inline int
fz_cells_row(void *ctx, const struct csv_row *row, struct ssi_err *e)
{
	struct fz_cells *c = ctx;
	uint64_t *h = &c->h;
	size_t i;

	(void)e;
	if (row->blank || row->bad) {
		/* skipped (";;;"), or a broken quoted field recovered from:
		 * row mode stops there instead */
		c->broken |= row->bad;
		for (i = 0; i < CSV_MAX_FIELDS; i++)
			c->given[i] = 0;
		c->mask = 0;
		return 0;
	}
	fz_mixl(h, row->line);
	fz_mixl(h, (long long)row->n);
	for (i = 0; i < row->n; i++) {
		if (row->index == 0) {
			fz_mix(h, row->f[i], row->len[i] + 1);
		} else if (c->given[i]) {
			/* handed over: must not be one the reader keeps */
			FZ_CHECK(i >= FZ_NCOLS || fz_kind(i) != 3);
			fz_mix(h, &c->text[i], sizeof c->text[i]);
		} else if (i < FZ_NCOLS && fz_kind(i) == 0 &&
		    (c->mask >> i & 1)) {
			uint64_t t = 14695981039346656037ull;

			fz_mixl(&t, 'N');
			fz_mixl(&t, c->num[i]);
			fz_mix(h, &t, sizeof t);
		} else {
			uint64_t t = 14695981039346656037ull;

			/* dropped by the reader: empty, or a skipped column */
			FZ_CHECK(i < FZ_NCOLS);
			fz_mixl(&t, fz_kind(i) == 3 ? 'S' : 'E');
			fz_mix(h, &t, sizeof t);
		}
		c->given[i] = 0;
	}
	c->mask = 0;
	return 0;
}

static inline uint64_t
fz_cells_run(const uint8_t *text, size_t n, unsigned flags,
    struct fz_chunks *k, int cells, int *broken)
{
	static const int delims[4] = { 0, ',', ';', '\t' };
	struct csv_col plan[FZ_NCOLS];
	struct fz_cells c;
	uint64_t h = 14695981039346656037ull;
	struct csv_in *r;
	struct ssi_err e;
	size_t i;
	int rc = 0;

	memset(&c, 0, sizeof c);
	memset(&e, 0, sizeof e);
	memset(plan, 0, sizeof plan);
	c.h = h;
	c.text = calloc(CSV_MAX_FIELDS, sizeof *c.text);
	c.given = calloc(CSV_MAX_FIELDS, 1);
	if (c.text == NULL || c.given == NULL)
		goto out;
	r = cells ? csv_in_new("fuzz", delims[flags & 3], fz_cells_row, &c) :
	    csv_in_new("fuzz", delims[flags & 3], fz_rows_row, &h);
	if (r == NULL)
		goto out;
	if (cells) {
		for (i = 0; i < FZ_NCOLS; i++) {
			plan[i].skip = fz_kind(i) == 3;
			if (fz_kind(i) == 0) {
				plan[i].num = &c.num[i];
				plan[i].bit = (uint64_t)1 << i;
			}
		}
		csv_in_cells(r, fz_cells_cell);
		FZ_CHECK(csv_in_numbers(r, plan, FZ_NCOLS, &c.mask) == 0);
	}
	rc = fz_csv_feed(r, text, n, k, &e);
	if (cells) {
		long line;

		/* a stray quote: a character in cell mode, row mode stops */
		c.broken |= csv_in_stray(r, &line) > 0;
	}
	csv_in_free(r);
	if (cells)
		h = c.h;
	if (broken)
		*broken = c.broken;
	fz_mixerr(&h, rc, &e);
out:
	free(c.text);
	free(c.given);
	return h;
}

static inline int
fuzz_csv(const uint8_t *data, size_t size)
{
	unsigned char hdr[4];
	const uint8_t *text;
	struct fz_chunks k;
	uint64_t whole, chunked;
	size_t n;

	fz_header(data, size, hdr, &text, &n);
	memcpy(k.b, hdr + 1, 3);
	k.i = 0;
	whole = fz_csv_run(text, n, hdr[0], NULL, 1);
	chunked = fz_csv_run(text, n, hdr[0], &k, 0);
	FZ_CHECK(whole == chunked);
	/* cell mode: the same rows as row mode, whole and in chunks */
	k.i = 0;
	{
		int broken = 0;
		uint64_t cells = fz_cells_run(text, n, hdr[0], &k, 1, &broken);
		uint64_t rows = fz_cells_run(text, n, hdr[0], NULL, 0, NULL);

		/* after a broken quoted field or a stray quote cell mode
		 * reads on, row mode stops: the same only up to there */
		FZ_CHECK(broken || rows == cells);
	}
	/* the whole reader: encodings, Spanish headers, own columns */
	fz_input_run(text, n, IN_CSV, hdr[0]);
	return 0;
}

/* ---- model ---- */

/* Fixed profiles to score with a loaded model: empty, full, odd. */
static inline void
fz_profiles(struct profile p[3])
{
	static const char *const text[] = { "1", "Ana Pérez", "Banca",
	    "Madrid", "2024-02-29", "Vendo cosas", "Resumen" };
	struct ssi_err e;
	int f;

	for (f = 0; f < 3; f++)
		profile_init(&p[f]);
	for (f = 0; f < F_COUNT; f++) {
		if (f <= F_SUMMARY) {
			profile_set(&p[1], f, text[f], strlen(text[f]),
			    VK_STRING, 1, &e);
			continue;
		}
		if (f == F_PHOTO) {
			profile_set(&p[1], f, "yes", 3, VK_STRING, 1, &e);
			profile_set(&p[2], f, "0", 1, VK_STRING, 1, &e);
			continue;
		}
		profile_set(&p[1], f, "7", 1, VK_STRING, 1, &e);
		/* p[2]: zeros (ratios with no data) and huge counts */
		if (f == F_PERIOD_DAYS)
			profile_set(&p[2], f, "366", 3, VK_STRING, 1, &e);
		else
			profile_set(&p[2], f, f % 2 ? "0" : "1e9", f % 2 ?
			    1 : 3, VK_STRING, 1, &e);
	}
}

static inline void
fz_score_model(const struct model *m)
{
	struct profile p[3];
	struct score s;
	char buf[2048], tiny[8];
	int i, k, lang, keys[MODEL_KEYS], miss[F_COUNT];

	fz_profiles(p);
	for (i = 0; i < 3; i++) {
		score_profile(m, &p[i], &s);
		FZ_CHECK(!isnan(s.ssi) && s.ssi >= 0 && s.ssi <= 100 + 1e-9);
		FZ_CHECK(score_missing(m, &s, miss, F_COUNT) <= F_COUNT);
		for (k = 0; k < P_COUNT; k++)
			FZ_CHECK(score_pillar_keys(&s, k, keys) <= 4);
		for (lang = 0; lang < LANG_COUNT; lang++)
			for (k = 0; k < MODEL_KEYS; k++) {
				size_t n = advice_text(lang, m, &p[i], &s, k,
				    (unsigned)k & ADVICE_EXPORT, buf, sizeof buf);

				FZ_CHECK(n < sizeof buf && strlen(buf) == n);
				n = advice_text(lang, m, &p[i], &s, k, 0, tiny,
				    sizeof tiny);
				FZ_CHECK(n < sizeof tiny && strlen(tiny) == n);
				n = advice_supply(lang, m, &p[i], &s, k,
				    ADVICE_EXPORT, buf, sizeof buf);
				FZ_CHECK(n < sizeof buf && strlen(buf) == n);
				n = advice_supply(lang, m, &p[i], &s, k, 0,
				    tiny, sizeof tiny);
				FZ_CHECK(n < sizeof tiny && strlen(tiny) == n);
			}
		fz_writers(m, &p[i], &s);
	}
	for (i = 0; i < 3; i++)
		profile_free(&p[i]);
}

static inline int
fuzz_model(const uint8_t *data, size_t size)
{
	struct model m, again;
	struct ssi_err e;
	struct out o;

	memset(&e, 0, sizeof e);
	if (model_load_json(&m, (const char *)data, size, "fuzz", &e) < 0) {
		FZ_CHECK(e.msg[0] != '\0');
		return 0;
	}
	FZ_CHECK(m.nsig >= 1 && m.nsig <= MODEL_MAX_SIGNALS);
	fz_score_model(&m);
	/* ssi model prints a model; what it prints must load back. */
	if (out_mem(&o) < 0)
		return 0;
	report_model_json(&o, &m);
	FZ_CHECK(o.err == 0);
	FZ_CHECK(json_in_check(o.buf, o.n, &e) == 0);
	FZ_CHECK(model_load_json(&again, o.buf, o.n, "again", &e) == 0);
	FZ_CHECK(again.nsig == m.nsig && strcmp(again.id, m.id) == 0);
	out_mem_free(&o);
	return 0;
}

/* ---- linkedin ---- */

static char fz_dir[64];
static char fz_zip[96];
static char fz_folder[96];

static inline void
fz_cleanup(void)
{
	if (fz_dir[0] != '\0') {
		unlink(fz_zip);
		rmdir(fz_folder);
		rmdir(fz_dir);
	}
}

/* A folder made once per process, for the archive or the export folder. */
static inline void
fz_paths(void)
{
	if (fz_dir[0] == '\0') {
		const char *t = getenv("TMPDIR");

		if (t == NULL || *t == '\0' || strlen(t) > 40)
			t = "/tmp";
		snprintf(fz_dir, sizeof fz_dir, "%s/ssi-fuzz-XXXXXX", t);
		if (mkdtemp(fz_dir) == NULL) {
			perror("fuzz: mkdtemp");
			abort();
		}
		snprintf(fz_zip, sizeof fz_zip, "%s/export.zip", fz_dir);
		snprintf(fz_folder, sizeof fz_folder, "%s/export", fz_dir);
		atexit(fz_cleanup);
	}
}

static inline int
fz_write_raw(const char *path, const uint8_t *data, size_t size)
{
	FILE *f = fopen(path, "wb");
	int ok;

	if (f == NULL)
		return -1;
	ok = fwrite(data, 1, size, f) == size;
	return fclose(f) == 0 && ok ? 0 : -1;
}

/* The bytes of data from p up to the next line start "#F " (or the end). */
static inline const uint8_t *
fz_part_end(const uint8_t *p, const uint8_t *end)
{
	const uint8_t *q = p;

	while (q < end) {
		const uint8_t *nl = memchr(q, '\n', (size_t)(end - q));

		if (nl == NULL)
			return end;
		if (end - nl >= 4 && memcmp(nl + 1, "#F ", 3) == 0)
			return nl + 1;
		q = nl + 1;
	}
	return end;
}

/* Read the option lines at *pp into o ("#as_of X", "#period N",
 * "#target X", "#id X"; the strings kept in opt, NUL-separated). */
static inline void
fz_opts(const uint8_t **pp, const uint8_t *end, struct linkedin_opts *o,
    char *opt, size_t optsz)
{
	static const char *const keys[] = { "#as_of ", "#period ",
	    "#target ", "#id " };
	const uint8_t *p = *pp;
	size_t used = 0;

	memset(o, 0, sizeof *o);
	while (p < end && *p == '#' && !(end - p >= 3 &&
	    memcmp(p, "#F ", 3) == 0)) {
		const uint8_t *nl = memchr(p, '\n', (size_t)(end - p));
		size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
		size_t i;

		for (i = 0; i < 4; i++) {
			size_t kl = strlen(keys[i]);
			char *v = opt + used;

			if (len < kl || memcmp(p, keys[i], kl) != 0 ||
			    len - kl + 1 > optsz - used)
				continue;
			memcpy(v, p + kl, len - kl);
			v[len - kl] = '\0';
			used += len - kl + 1;
			if (i == 0)
				o->as_of = v;
			else if (i == 1)
				o->period = strtoll(v, NULL, 10);
			else if (i == 2)
				o->target = v;
			else
				o->id = v;
		}
		p = nl ? nl + 1 : end;
	}
	*pp = p;
}

/* The next "#F name\n" part at *pp: 1 with name and body, or 0 at the end. */
static inline int
fz_part(const uint8_t **pp, const uint8_t *end, char name[256],
    const uint8_t **body, size_t *blen)
{
	const uint8_t *p = *pp;

	while (p < end) {
		const uint8_t *nl;
		size_t len;

		if (end - p < 3 || memcmp(p, "#F ", 3) != 0) {
			p = fz_part_end(p, end);
			continue;
		}
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			break;
		len = (size_t)(nl - p) - 3;
		*body = nl + 1;
		p = fz_part_end(nl + 1, end);
		if (len == 0 || len >= 256 || memchr(nl - len, '\0', len))
			continue;
		memcpy(name, nl - len, len);
		name[len] = '\0';
		*blen = (size_t)(p - *body);
		*pp = p;
		return 1;
	}
	*pp = end;
	return 0;
}

/* Store the parts into a new zip at path (uncompressed). */
static inline int
fz_write_zip(const char *path, const uint8_t *p, const uint8_t *end)
{
	const uint8_t *body;
	char name[256];
	size_t blen;
	zip_t *za;
	int err;

	unlink(path);
	if ((za = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &err)) == NULL)
		return -1;
	while (fz_part(&p, end, name, &body, &blen)) {
		zip_source_t *src = zip_source_buffer(za, body, blen, 0);
		zip_int64_t idx;

		if (src == NULL)
			continue;
		idx = zip_file_add(za, name, src, ZIP_FL_OVERWRITE);
		if (idx < 0)
			zip_source_free(src);
		else
			zip_set_file_compression(za, (zip_uint64_t)idx,
			    ZIP_CM_STORE, 0);
	}
	if (zip_close(za) < 0) {
		zip_discard(za);
		return -1;
	}
	return 0;
}

/* What fz_write_folder made, to remove it in reverse order. */
struct fz_made {
	char path[64][400];
	int dir[64];
	int n;
};

static inline void
fz_unmake(struct fz_made *m)
{
	while (m->n > 0) {
		m->n--;
		if (m->dir[m->n])
			rmdir(m->path[m->n]);
		else
			unlink(m->path[m->n]);
	}
}

/* Write the parts as files under the folder root (made here): names are
 * relative paths; "", "." and ".." components are skipped. */
static inline int
fz_write_folder(const char *root, const uint8_t *p, const uint8_t *end,
    struct fz_made *m)
{
	const uint8_t *body;
	char name[256];
	size_t blen;

	m->n = 0;
	if (mkdir(root, 0700) < 0)
		return -1;
	snprintf(m->path[0], sizeof m->path[0], "%s", root);
	m->dir[m->n++] = 1;
	while (m->n < 60 && fz_part(&p, end, name, &body, &blen)) {
		char path[400], *c, *next;
		int bad = 0;

		snprintf(path, sizeof path, "%s", root);
		for (c = name; c != NULL && !bad; c = next) {
			size_t pl = strlen(path);

			if ((next = strchr(c, '/')) != NULL)
				*next++ = '\0';
			if (*c == '\0' || strcmp(c, ".") == 0 ||
			    strcmp(c, "..") == 0)
				continue;
			snprintf(path + pl, sizeof path - pl, "/%s", c);
			if (next == NULL)
				break;
			if (m->n >= 63)
				bad = 1;
			else if (mkdir(path, 0700) == 0) {
				snprintf(m->path[m->n], sizeof m->path[0],
				    "%s", path);
				m->dir[m->n++] = 1;
			} else if (errno != EEXIST)
				bad = 1;
		}
		if (bad || strcmp(path, root) == 0 || m->n >= 63)
			continue;
		if (fz_write_raw(path, body, blen) == 0) {
			snprintf(m->path[m->n], sizeof m->path[0], "%s", path);
			m->dir[m->n++] = 0;
		}
	}
	return 0;
}

/* Two profiles hold the same fields and values. */
static inline int
fz_same_profile(const struct profile *a, const struct profile *b)
{
	int f;

	if (a->have != b->have)
		return 0;
	for (f = 0; f < F_COUNT; f++) {
		if (!profile_has(a, f))
			continue;
		if (field_defs[f].type <= FT_DATE) {
			if (a->len[f] != b->len[f] || memcmp(profile_text(a, f),
			    profile_text(b, f), a->len[f]) != 0)
				return 0;
		} else if (a->num[f] != b->num[f]) {
			return 0;
		}
	}
	return 1;
}

/*
 * The multi-date path: dates around the export's as_of (40 days before,
 * it, 3 days after, given out of order and one twice) from one pass give,
 * date by date, what each date alone gives (history.md).
 */
static inline void
fz_linkedin_dates(const char *path, const struct linkedin_opts *o,
    const char *as_of)
{
	struct linkedin_opts lo = *o, one = *o;
	struct linkedin *x;
	struct profile a, b;
	struct ssi_err e;
	char list[64], d[3][11];
	int32_t day, sec;
	size_t i;

	if (li_when(as_of, strlen(as_of), &day, &sec) != 1)
		return;
	li_day_str(day - 40, d[0]);
	li_day_str(day, d[1]);
	li_day_str(day + 3, d[2]);
	snprintf(list, sizeof list, "%s,%s,%s,%s", d[2], d[0], d[1], d[2]);
	lo.as_of = list;
	lo.every = 0;
	lo.since = lo.until = NULL;
	if (linkedin_open(path, &lo, &x, &e) < 0) {
		FZ_CHECK(e.msg[0] != '\0');
		return;
	}
	FZ_CHECK(linkedin_count(x) == 3);
	profile_init(&a);
	profile_init(&b);
	for (i = 0; i < 3; i++) {
		one.as_of = d[i];
		FZ_CHECK(linkedin_snapshot(x, i, &a, &e) == 0);
		FZ_CHECK(linkedin_read(path, &one, &b, &e) == 0);
		FZ_CHECK(fz_same_profile(&a, &b));
	}
	profile_free(&a);
	profile_free(&b);
	linkedin_close(x);
}

/* A warning of the export reader (an item not counted): it has a message
 * and formats within its buffer. */
static inline void
fz_li_warn(void *ctx, const struct ssi_err *w)
{
	char b[SSI_ERR_MSG + 1024];

	(void)ctx;
	FZ_CHECK(w->msg[0] != '\0');
	err_format(w, b, sizeof b);
	FZ_CHECK(strlen(b) < sizeof b);
}

static inline int
fuzz_linkedin(const uint8_t *data, size_t size)
{
	const uint8_t *p = data, *end = data + size;
	const char *path;
	struct linkedin_opts o;
	struct fz_made made;
	struct profile pr;
	struct ssi_err e;
	char opt[1024];
	int rc;

	fz_paths();
	memset(&o, 0, sizeof o);
	made.n = 0;
	if (size >= 2 && data[0] == 'P' && data[1] == 'K') {
		path = fz_zip;
		if (fz_write_raw(path, data, size) < 0)
			return 0;
	} else if (size >= 3 && memcmp(data, "#D\n", 3) == 0) {
		path = fz_folder;
		p += 3;
		fz_opts(&p, end, &o, opt, sizeof opt);
		if (fz_write_folder(path, p, end, &made) < 0) {
			fz_unmake(&made);
			return 0;
		}
		FZ_CHECK(linkedin_detect(path) == 0 || linkedin_detect(path) == 1);
	} else {
		path = fz_zip;
		fz_opts(&p, end, &o, opt, sizeof opt);
		if (fz_write_zip(path, p, end) < 0)
			return 0;
	}
	o.warn = fz_li_warn;	/* after fz_opts, which clears o */
	profile_init(&pr);
	memset(&e, 0, sizeof e);
	rc = linkedin_read(path, &o, &pr, &e);
	if (rc < 0) {
		FZ_CHECK(e.msg[0] != '\0');
	} else {
		struct ssi_err e2;
		struct score s;

		FZ_CHECK(rc == 0);
		if (profile_check(&pr, &e2) == 0) {
			score_profile(model_default(), &pr, &s);
			fz_writers(model_default(), &pr, &s);
		}
		if (profile_has(&pr, F_AS_OF))
			fz_linkedin_dates(path, &o, profile_text(&pr, F_AS_OF));
	}
	profile_free(&pr);
	if (path == fz_zip)
		unlink(path);
	fz_unmake(&made);
	return 0;
}

#endif
