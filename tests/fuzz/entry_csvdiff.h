/*
 * entry_csvdiff.h - the body of the fuzz target fuzz_csvdiff: the CSV
 * reader's fast path against libcsv (csv_in_fast), shared with
 * tests/unit/fuzz_regress_test.c and tests/unit/csv_fast_test.c.
 *
 * The same bytes, fed in the same chunks, go through two readers, one
 * with the fast path (the default) and one without (libcsv reads every
 * byte).  Each writes a transcript of everything its callbacks saw: every
 * cell (column, bytes, the line its row starts on), every row (fields and
 * their bytes in row mode; line, index, bad, blank, the numbers decoded
 * and the message of a bad row in cell mode), what each feed and the
 * finish returned with their message, and the counts at the end (blank
 * rows, stray quotes and the line of the first, lines not read, the
 * delimiter).  The transcripts must be equal byte for byte.
 *
 * Input: 4 header bytes, then the text.  Byte 0: bits 0-1 the delimiter
 * (detect, ',', ';', tab; with bit 6, '|' instead of ','), bit 2 cell mode,
 * bit 3 the columns described (numeric, plain, skipped in turn), bit 4
 * on_row stops after 3 rows, bit 5 the cell callback refuses cells that
 * start with 'x'.  Bytes 1-3: the chunk sizes, cycled (b + 1 bytes; 255 =
 * all the rest).
 */
#ifndef SSI_FUZZ_ENTRY_CSVDIFF_H
#define SSI_FUZZ_ENTRY_CSVDIFF_H

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "in/csv_in.h"

#define FZD_CELLS	0x04u
#define FZD_NUMBERS	0x08u
#define FZD_STOP	0x10u
#define FZD_REFUSE	0x20u
#define FZD_PIPE	0x40u
#define FZD_NCOLS	12

struct fzd {
	char *t;		/* the transcript */
	size_t n, cap;
	int oom;
	unsigned flags;
	struct csv_in *r;
	int64_t num[FZD_NCOLS];
	uint64_t mask;
	long fast_rows;		/* rows the fast path took (not compared) */
	long walked;		/* of them, rows its block walk took */
};

static inline void
fzd_put(struct fzd *d, const void *s, size_t n)
{
	if (d->oom)
		return;
	if (d->n + n > d->cap) {
		size_t cap = d->cap ? d->cap : 4096;
		char *t;

		while (cap < d->n + n)
			cap *= 2;
		if ((t = realloc(d->t, cap)) == NULL) {
			d->oom = 1;
			return;
		}
		d->t = t;
		d->cap = cap;
	}
	memcpy(d->t + d->n, s, n);
	d->n += n;
}

static inline void
fzd_printf(struct fzd *d, const char *fmt, ...)
{
	char b[256];
	va_list ap;
	int k;

	va_start(ap, fmt);
	k = vsnprintf(b, sizeof b, fmt, ap);
	va_end(ap);
	if (k > 0)
		fzd_put(d, b, (size_t)k < sizeof b ? (size_t)k : sizeof b - 1);
}

/* Bytes, length first (any byte may be in them). */
static inline void
fzd_bytes(struct fzd *d, const char *s, size_t n)
{
	fzd_printf(d, "%zu:", n);
	fzd_put(d, s, n);
}

static inline int
fzd_cell(void *ctx, size_t col, const char *s, size_t n, struct ssi_err *e)
{
	struct fzd *d = ctx;

	fzd_printf(d, "C%zu@%ld ", col, csv_in_row_line(d->r));
	fzd_bytes(d, s, n);
	fzd_put(d, "\n", 1);
	if ((d->flags & FZD_REFUSE) && n > 0 && s[0] == 'x')
		return err_set(e, "refused cell %zu", col);
	return 0;
}

static inline int
fzd_row(void *ctx, const struct csv_row *row, struct ssi_err *e)
{
	struct fzd *d = ctx;
	size_t i;

	fzd_printf(d, "R n=%zu line=%ld index=%ld bad=%d blank=%d", row->n,
	    row->line, row->index, row->bad, row->blank);
	if (row->f != NULL)
		for (i = 0; i < row->n; i++) {
			fzd_put(d, " ", 1);
			fzd_bytes(d, row->f[i], row->len[i]);
		}
	if (row->bad)
		fzd_printf(d, " [%ld:%ld %s]", e->line, e->col, e->msg);
	if (d->mask != 0) {
		fzd_printf(d, " mask=%llx", (unsigned long long)d->mask);
		for (i = 0; i < FZD_NCOLS; i++)
			fzd_printf(d, " %lld", (long long)d->num[i]);
		d->mask = 0;
		memset(d->num, 0, sizeof d->num);
	}
	fzd_put(d, "\n", 1);
	if (row->index == 0 && row->f != NULL && (d->flags & FZD_NUMBERS)) {
		struct csv_col cols[FZD_NCOLS];
		size_t k = row->n < FZD_NCOLS ? row->n : FZD_NCOLS;

		memset(cols, 0, sizeof cols);
		for (i = 0; i < k; i++) {
			if (i % 3 == 0) {
				cols[i].num = &d->num[i];
				cols[i].bit = (uint64_t)1 << i;
			}
			cols[i].skip = i % 3 == 2;
		}
		if (csv_in_numbers(d->r, cols, k, &d->mask) < 0)
			return err_set(e, "out of memory");
	}
	if ((d->flags & FZD_STOP) && row->index >= 3)
		return 1;
	return 0;
}

/* One reader over text in the chunks of hdr[1..3]: its transcript in d. */
static inline void
fzd_run(struct fzd *d, const unsigned char hdr[4], const uint8_t *text,
    size_t n, int fast)
{
	static const int delims[4] = { 0, ',', ';', '\t' };
	struct ssi_err e;
	size_t done = 0, k = 0;
	int delim = delims[hdr[0] & 3], rc = 0;

	if (delim == ',' && (hdr[0] & FZD_PIPE))
		delim = '|';
	memset(d, 0, sizeof *d);
	memset(&e, 0, sizeof e);
	d->flags = hdr[0];
	if ((d->r = csv_in_new("fuzz", delim, fzd_row, d)) == NULL) {
		d->oom = 1;
		return;
	}
	csv_in_fast(d->r, fast);
	if (d->flags & FZD_CELLS)
		csv_in_cells(d->r, fzd_cell);
	while (rc == 0 && done < n) {
		unsigned b = hdr[1 + k++ % 3];
		size_t step = b == 255 ? n - done : (size_t)b + 1;

		if (step > n - done)
			step = n - done;
		rc = csv_in_feed(d->r, text + done, step, &e);
		done += step;
		fzd_printf(d, "F%zu rc=%d between=%d", done, rc,
		    csv_in_between_rows(d->r));
		if (rc < 0)
			fzd_printf(d, " [%ld:%ld %s]", e.line, e.col, e.msg);
		fzd_put(d, "\n", 1);
	}
	if (rc == 0) {
		rc = csv_in_finish(d->r, &e);
		fzd_printf(d, "END rc=%d", rc);
		if (rc < 0)
			fzd_printf(d, " [%ld:%ld %s]", e.line, e.col, e.msg);
		fzd_put(d, "\n", 1);
	}
	{
		long line, stray = csv_in_stray(d->r, &line);

		fzd_printf(d, "blank=%ld stray=%ld@%ld unread=%ld delim=%d\n",
		    csv_in_blank(d->r), stray, stray ? line : 0,
		    csv_in_unread(d->r), csv_in_delim(d->r));
	}
	d->fast_rows = csv_in_fast_rows(d->r);
	d->walked = csv_in_walked_rows(d->r);
	csv_in_free(d->r);
	d->r = NULL;
}

/* Where two transcripts first differ, on stderr (a finding's report). */
static inline void
fzd_show(const struct fzd *a, const struct fzd *b)
{
	size_t i = 0, from;

	while (i < a->n && i < b->n && a->t[i] == b->t[i])
		i++;
	from = i > 200 ? i - 200 : 0;
	fprintf(stderr, "csvdiff: transcripts differ at byte %zu\n"
	    "--- fast path:\n%.*s\n--- libcsv:\n%.*s\n", i,
	    (int)((a->n - from) < 400 ? a->n - from : 400), a->t + from,
	    (int)((b->n - from) < 400 ? b->n - from : 400), b->t + from);
}

/* Rows the fast path's block walk took in every fzd_same so far. */
static long fzd_walked;

/* 1 when the fast path and libcsv agree on data (header and text); the
 * rows the fast path took are added to *taken (may be NULL). */
static inline int
fzd_same(const uint8_t *data, size_t size, long *taken)
{
	unsigned char hdr[4];
	struct fzd a, b;
	size_t i;
	int same;

	for (i = 0; i < 4; i++)
		hdr[i] = i < size ? data[i] : 255;
	data += size < 4 ? size : 4;
	size = size < 4 ? 0 : size - 4;
	fzd_run(&a, hdr, data, size, 1);
	fzd_run(&b, hdr, data, size, 0);
	same = a.oom || b.oom ||
	    (a.n == b.n && (a.n == 0 || memcmp(a.t, b.t, a.n) == 0));
	if (!same)
		fzd_show(&a, &b);
	if (taken != NULL)
		*taken += a.fast_rows;
	fzd_walked += a.walked;
	free(a.t);
	free(b.t);
	return same;
}

static inline int
fuzz_csvdiff(const uint8_t *data, size_t size)
{
	if (!fzd_same(data, size, NULL)) {
		fprintf(stderr, "fuzz: csvdiff: the fast path and libcsv "
		    "differ\n");
		abort();
	}
	return 0;
}

#endif
