/*
 * csv_in.h - RFC 4180 rows over libcsv, with line numbers.
 *
 * A push reader: feed it bytes in chunks of any size, it calls on_row for
 * every row (the header row included: it is just the first row).  It skips
 * a UTF-8 byte-order mark and blank lines, accepts CRLF and LF, detects the
 * delimiter among ',' ';' and tab from the first line when delim is 0, and
 * counts lines itself (libcsv does not).  Fields are copied, NUL-terminated,
 * valid until on_row returns; or, in cell mode, handed over one at a time
 * without a copy (the batch hot path).
 *
 * Cell mode reads a sheet as spreadsheets do (ssi.5): a quote inside a
 * field that does not start with one is a character of the field
 * (csv_in_stray counts them); a quoted field broken by what follows its
 * closing quote, or never closed, costs its row and the lines it
 * swallowed (a bad row, csv_in_unread), not the rest of the file; a row
 * of blank cells is skipped (csv_in_blank).  Row mode stops at either.
 */
#ifndef SSI_CSV_IN_H
#define SSI_CSV_IN_H

#include <stddef.h>
#include <stdint.h>
#include "ssi/err.h"

#define CSV_MAX_FIELDS 4096	/* columns in a row */
#define CSV_MAX_FIELD (1u << 20) /* bytes in one field, as libcsv buffers it */

struct csv_row {
	size_t n;		/* number of fields */
	char **f;		/* f[i]: NUL-terminated field i; NULL in cell mode */
	size_t *len;		/* len[i]: its length in bytes; NULL in cell mode */
	long line;		/* line where the row starts, 1-based */
	long index;		/* 0 = first row (the header) */
	int bad;		/* cell mode: a cell returned -1, or a broken
				 * quoted field cost the row and the lines it
				 * swallowed (e holds why) */
	int blank;		/* cell mode: a row of empty or blank cells
				 * past the header (";;;"), to be skipped;
				 * cells of it may have been handed over */
};

/*
 * on_row returns 0 to go on, 1 to stop quietly (csv_in_feed then returns 1),
 * or -1 with e filled to stop with an error.
 */
typedef int (*csv_row_fn)(void *ctx, const struct csv_row *row,
    struct ssi_err *e);

/*
 * Cell mode (csv_in_cells): the fields of every row after the first are not
 * copied into a row; each is passed as it is parsed, straight from libcsv's
 * buffer (s is not NUL-terminated, valid during the call).  col counts from
 * 0 within the row; the cells the reader decodes or drops itself (struct
 * csv_col) make no call, so the end of a row is on_row, not the next col 0.
 * Return 0, or -1 with e filled: the rest of that row's cells are then
 * skipped and on_row gets row->bad = 1 with that message in its e.  A blank
 * line may give a call for an empty cell 0 (of an undescribed column) and
 * then no on_row.
 */
typedef int (*csv_cell_fn)(void *ctx, size_t col, const char *s, size_t n,
    struct ssi_err *e);

/*
 * Numeric columns (cell mode): the reader decodes a cell of 1 to 9 plain
 * digits itself, stores the value into *num and ors bit into the mask given
 * to csv_in_numbers, and does not call cell for it.  Other cells of the
 * column (signed, decimal, too long...) go to cell as usual.  skip set:
 * the column's cells are dropped (no call).  Empty cells of the described
 * columns are dropped too; the default, num NULL and skip 0, hands every
 * other cell to cell.
 */
struct csv_col {
	int64_t *num;
	uint64_t bit;
	int skip;
};

struct csv_in;

/* name is borrowed, for messages.  delim 0 = detect.  NULL on no memory. */
struct csv_in *csv_in_new(const char *name, int delim, csv_row_fn on_row,
    void *ctx);
/* Switch to cell mode (before the first feed): rows after the header come
 * cell by cell through cell, then on_row with row->f == NULL. */
void csv_in_cells(struct csv_in *c, csv_cell_fn cell);
/*
 * Cell mode: describe the first n columns (cols is copied; columns past n
 * go to cell) and the mask the decoded numbers set bits in (borrowed).
 * Called from on_row for the header, or before the first feed.  0, or -1
 * when out of memory.
 */
int csv_in_numbers(struct csv_in *c, const struct csv_col *cols, size_t n,
    uint64_t *mask);
/*
 * The fast path (on unless turned off here, before the first feed): rows
 * libcsv would read without an error, and that end in the bytes fed, are
 * read many bytes at a time without it, for the delimiters ',' ';' tab
 * and '|'.  The callbacks get the same fields, rows, lines and errors
 * either way (tests/fuzz/entry_csvdiff.h compares the two); off, libcsv
 * reads everything.
 */
void csv_in_fast(struct csv_in *c, int on);
/* Rows (line ends included) the fast path has read so far; of them, the
 * rows its block walk read (cell mode: rows with no quote or blank). */
long csv_in_fast_rows(const struct csv_in *c);
long csv_in_walked_rows(const struct csv_in *c);
/* Feed n bytes.  0, 1 (stopped by on_row) or -1 with e set. */
int csv_in_feed(struct csv_in *c, const void *buf, size_t n, struct ssi_err *e);
/* End of input: flushes the last row.  0, 1 or -1 (e.g. an unterminated
 * quote). */
int csv_in_finish(struct csv_in *c, struct ssi_err *e);
/* The first byte fed is on line line (blank lines dropped before). */
void csv_in_set_line(struct csv_in *c, long line);
/* The line where the row being read starts (for a cell's message). */
long csv_in_row_line(const struct csv_in *c);
/* Rows of empty or blank cells skipped so far. */
long csv_in_blank(const struct csv_in *c);
/* Quotes read as a character of an unquoted field so far (spreadsheets
 * read 5" screen so), and in *line the line of the first. */
long csv_in_stray(const struct csv_in *c, long *line);
/* Lines lost to broken quoted fields so far (each such row is handed
 * over bad, its message saying which lines). */
long csv_in_unread(const struct csv_in *c);
/* The delimiter in use (after detection), or 0 before it is known. */
int csv_in_delim(const struct csv_in *c);
/* Between two rows: nothing of a row read yet (a file cut here reads
 * as it reads whole). */
int csv_in_between_rows(const struct csv_in *c);
/* The length of s's first line (the first row, as the reader finds it)
 * with its line end, or 0 when s does not hold all of it. */
size_t csv_in_first_line(const char *s, size_t n);
void csv_in_free(struct csv_in *c);

#endif
