/* csv_in.c - RFC 4180 rows over libcsv, with line numbers (see csv_in.h). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <csv.h>

#include "csv_in.h"
#include "csv_scan.h"
#include "digits.h"
#include "profile_put.h"

#define PRE_MAX (1u << 20)	/* bytes looked at to find the first line */
#define ROW_MAX (16u << 20)	/* bytes in one row */
#define FAST_ROW 65536		/* the longest row the fast path takes */
#define FAST_FIELDS 512		/* and the most fields */

/*
 * The fast path (fast_rows): a row read from the chunk without libcsv,
 * its fields found first (fast_row), then handed to the same callbacks
 * libcsv would call, with the same bytes.  Fields holding a doubled quote
 * are copied, undoubled, into scratch.
 */
struct fast {
	const char *f[FAST_FIELDS];
	uint32_t n[FAST_FIELDS];
	uint32_t nl[FAST_FIELDS];	/* line ends ('\n') in the field */
	/* The block walk's misses back it off: after one, the next
	 * walk_wait rows go to fast_row straight (a file of quoted rows
	 * pays for a look at one row in 64, not at each). */
	unsigned walk_wait, walk_skip;
	char scratch[FAST_ROW];
};

struct csv_in {
	struct csv_parser p;
	const char *name;
	int delim;
	csv_row_fn on_row;
	csv_cell_fn cell;	/* cell mode, or NULL */
	void *ctx;
	struct csv_col *cols;	/* cell mode: numeric and skipped columns */
	size_t ncols;
	int64_t **wnum;		/* cols[i].num for the walk, NULL past
				 * them, CSV_MAX_FIELDS + 1 */
	uint64_t *wbit;		/* cols[i].bit */
	uint64_t *mask;
	size_t nfast;		/* on_cell's short path takes columns below
				 * this; 0 while it must not (header, a bad
				 * row, stopped) */

	int started;		/* BOM skipped, delimiter known, fed libcsv */
	char *pre;		/* bytes held until the first line is whole */
	size_t pre_len, pre_cap;
	size_t pre_scan;	/* bytes of pre already searched for a line end */
	int pre_inq;		/* inside quotes at pre_scan */
	int pre_text;		/* a non-blank byte seen: blank lines before
				 * the first line are not the first line */

	char *buf;		/* the fields of the row being read */
	size_t blen, bcap;
	size_t *off, *len;
	char **ptr;
	size_t nf;

	long line;		/* line the parser is on */
	/* Only a quoted field holds line ends: count them in a field only
	 * when a chunk fed since the field began had a '"'. */
	unsigned long chunk;	/* chunks fed to libcsv, 1 = the first */
	unsigned long quote_chunk; /* last chunk with a '"', 0 = none */
	unsigned long field_chunk; /* chunk where the next field begins */
	long row_line;		/* line where the current row started */
	long index;		/* rows delivered */
	size_t last_n;		/* length of the row's last field so far */
	int bad;		/* cell mode: a cell of this row failed */
	struct ssi_err cell_e;	/* why (feeds may pass different e) */
	int last_cr;
	int any;		/* a cell of the row holds more than blanks */
	long blank;		/* rows of blank cells skipped (";;;") */
	long stray;		/* quotes inside unquoted fields, kept */
	long stray_line;	/* the line of the first */
	long unread;		/* lines a broken quoted field swallowed */
	int skipping;		/* dropping bytes up to the next line end */
	int status;		/* 0, 1 stop, -1 error (in e) */
	struct ssi_err *e;
	int fast_ok;		/* csv_in_fast: the fast path may be used */
	struct fast *fast;	/* once started with a delimiter it takes */
	long fast_taken;	/* rows it read */
	long walked;		/* of them, rows walk_row read */
};

/* libcsv grows its field buffer through this, a block at a time: refuse
 * well past the cap, so memory stays bounded; on_field checks it exactly. */
static void *
capped_realloc(void *p, size_t n)
{
	if (n > CSV_MAX_FIELD + 65536)
		return NULL;
	return realloc(p, n);
}

struct csv_in *
csv_in_new(const char *name, int delim, csv_row_fn on_row, void *ctx)
{
	struct csv_in *c = calloc(1, sizeof *c);

	if (c == NULL)
		return NULL;
	if (csv_init(&c->p, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL) != 0) {
		free(c);
		return NULL;
	}
	/* Room for the most fields a row may have, once. */
	c->off = malloc(CSV_MAX_FIELDS * sizeof *c->off);
	c->len = malloc(CSV_MAX_FIELDS * sizeof *c->len);
	c->ptr = malloc(CSV_MAX_FIELDS * sizeof *c->ptr);
	if (c->off == NULL || c->len == NULL || c->ptr == NULL) {
		csv_in_free(c);
		return NULL;
	}
	csv_set_realloc_func(&c->p, capped_realloc);
	csv_set_blk_size(&c->p, 65536);
	c->name = name;
	c->delim = delim;
	c->on_row = on_row;
	c->ctx = ctx;
	c->line = 1;
	c->row_line = 1;
	c->field_chunk = 1;
	c->fast_ok = 1;
	return c;
}

void
csv_in_fast(struct csv_in *c, int on)
{
	c->fast_ok = on;
}

long
csv_in_fast_rows(const struct csv_in *c)
{
	return c->fast_taken;
}

long
csv_in_walked_rows(const struct csv_in *c)
{
	return c->walked;
}

void
csv_in_free(struct csv_in *c)
{
	if (c == NULL)
		return;
	csv_free(&c->p);
	free(c->pre);
	free(c->buf);
	free(c->off);
	free(c->len);
	free(c->ptr);
	free(c->cols);
	free(c->wnum);
	free(c->wbit);
	free(c->fast);
	free(c);
}

void
csv_in_cells(struct csv_in *c, csv_cell_fn cell)
{
	c->cell = cell;
}

int
csv_in_numbers(struct csv_in *c, const struct csv_col *cols, size_t n,
    uint64_t *mask)
{
	struct csv_col *nc = malloc(n ? n * sizeof *nc : 1);
	int64_t **wn = calloc(CSV_MAX_FIELDS + 1, sizeof *wn);
	uint64_t *wb = malloc(n ? n * sizeof *wb : 1);
	size_t i;

	if (nc == NULL || wn == NULL || wb == NULL) {
		free(nc);
		free(wn);
		free(wb);
		return -1;
	}
	for (i = 0; i < n; i++) {
		nc[i] = cols[i];
		if (i < CSV_MAX_FIELDS)
			wn[i] = cols[i].num;
		wb[i] = cols[i].bit;
	}
	free(c->cols);
	free(c->wnum);
	free(c->wbit);
	c->cols = nc;
	c->wnum = wn;
	c->wbit = wb;
	c->ncols = n;
	c->mask = mask;
	return 0;
}

void
csv_in_set_line(struct csv_in *c, long line)
{
	c->line = c->row_line = line;
	c->last_cr = 0;	/* a new start: after a line end */
}

long
csv_in_row_line(const struct csv_in *c)
{
	return c->row_line;
}

long
csv_in_blank(const struct csv_in *c)
{
	return c->blank;
}

long
csv_in_stray(const struct csv_in *c, long *line)
{
	*line = c->stray_line;
	return c->stray;
}

long
csv_in_unread(const struct csv_in *c)
{
	return c->unread;
}

int
csv_in_between_rows(const struct csv_in *c)
{
	/* libcsv's state 0: no row begun (ROW_NOT_BEGUN, csv.c) */
	return c->started && c->status == 0 && c->p.pstate == 0 &&
	    c->nf == 0 && !c->last_cr;
}

size_t
csv_in_first_line(const char *s, size_t n)
{
	size_t i;
	int inq = 0, text = 0;

	/* as first_line_done reads it */
	for (i = 0; i < n; i++) {
		char ch = s[i];

		if (ch == '"')
			inq = !inq;
		else if (!inq && (ch == '\n' || ch == '\r')) {
			if (text) {
				if (ch == '\r') {
					if (i + 1 == n)
						return 0;
					i += s[i + 1] == '\n';
				}
				return i + 1;
			}
		} else if (ch != ' ' && ch != '\t')
			text = 1;
		if (ch == '"')
			text = 1;
	}
	return 0;
}

int
csv_in_delim(const struct csv_in *c)
{
	return c->started ? c->delim : 0;
}

static void
fail(struct csv_in *c, long line, const char *msg)
{
	if (c->status == 0) {
		err_at(c->e, c->name, line, 0, "%s", msg);
		c->status = -1;
		c->nfast = 0;
	}
}

static __attribute__((noinline, cold)) int
too_big(struct csv_in *c, size_t n)
{
	if (n > CSV_MAX_FIELD)	/* the realloc cap is a block looser */
		fail(c, c->row_line, "field longer than 1 MiB");
	else if (c->nf == CSV_MAX_FIELDS)
		fail(c, c->row_line, "more than 4096 fields in a row");
	else
		fail(c, c->row_line, "row longer than 16 MiB");
	return -1;
}

/* Only spaces and tabs (a cell Excel formatted and left empty). */
static int
blank_cell(const char *f, size_t n)
{
	while (n > 0 && (*f == ' ' || *f == '\t'))
		f++, n--;
	return n == 0;
}

/* What every field goes through, copied or not: the line count, the
 * limits, the row's size (blen).  lines: the line ends ('\n') the field
 * holds, known (the fast path's fields), or -1 to count them when they
 * may be there (libcsv's).  0 to go on, -1 when the reader has
 * stopped. */
static inline int
field_start(struct csv_in *c, const char *f, size_t n, long lines)
{
	const char *nl;

	if (c->status != 0)
		return -1;
	if (lines >= 0)
		c->line += lines;
	else if (c->quote_chunk >= c->field_chunk)
		/* Fields are short: a plain loop beats memchr's call */
		for (nl = f; nl < f + n; nl++)
			c->line += *nl == '\n';
	c->field_chunk = c->chunk;
	c->blen += n + 1;
	/* one branch for the three limits: they are never near */
	if ((n > CSV_MAX_FIELD) | (c->nf == CSV_MAX_FIELDS) |
	    (c->blen > ROW_MAX))
		return too_big(c, n);
	c->last_n = n;
	if (n > 0 && !c->any)
		c->any = !blank_cell(f, n);
	return 0;
}

/* Copy the field into the row. */
static void
field_copy(struct csv_in *c, const char *f, size_t n, long lines)
{
	size_t at;

	if (field_start(c, f, n, lines) < 0)
		return;
	at = c->blen - n - 1;
	if (c->blen > c->bcap) {
		size_t cap = c->bcap ? c->bcap : 4096;
		char *nb;

		while (cap < c->blen)
			cap *= 2;
		nb = realloc(c->buf, cap);
		if (nb == NULL) {
			fail(c, c->row_line, "out of memory");
			return;
		}
		c->buf = nb;
		c->bcap = cap;
	}
	memcpy(c->buf + at, f, n);
	c->buf[at + n] = '\0';
	c->off[c->nf] = at;
	c->len[c->nf] = n;
	c->nf++;
}

/* libcsv's field callback (row mode). */
static void
on_field(void *s, size_t n, void *data)
{
	field_copy(data, s ? s : "", n, -1);
}

/* A data cell past the limits' checks: a count or an empty cell of a
 * described column kept here, anything else handed to c->cell (cell_any
 * and walk_any). */
static inline void
cell_col(struct csv_in *c, const char *f, size_t n)
{
	size_t col = c->nf++;

	if (c->bad)
		return;
	if (col < c->ncols) {
		const struct csv_col *k = &c->cols[col];
		int64_t v;

		if (n == 0)	/* dropped, as on the short path */
			return;
		if (k->num != NULL && digits9(f, n, &v)) {
			*k->num = v;
			*c->mask |= k->bit;
			return;
		}
		if (k->skip)
			return;
	}
	if (c->cell(c->ctx, col, f, n, &c->cell_e) != 0) {
		c->bad = 1;
		c->nfast = 0;
	}
}

/* on_cell for any field: the header (copied, read as a row), text, empty
 * and malformed cells, the limits.  Out of line, so that on_cell's short
 * path saves no registers. */
static __attribute__((noinline)) void
cell_any(struct csv_in *c, const char *f, size_t n, long lines)
{
	if (c->index == 0) {
		field_copy(c, f, n, lines);
		return;
	}
	if (field_start(c, f, n, lines) < 0)
		return;
	cell_col(c, f, n);
}

/*
 * A field in cell mode: hand it over, no copy.  The common cases are kept
 * to a few instructions: an empty cell of a described column (dropped), a
 * count in a numeric column (plain digits hold no line end).  Everything
 * else goes to cell_any.  1 when taken here.  As it is for the rows of
 * fast_row: at most FAST_ROW bytes (far from ROW_MAX: blen is left to the
 * fields cell_any takes), every field begun in this chunk (fast_rows sets
 * field_chunk), last_n set once per row by fast_rows.
 */
static inline int
cell_short_row(struct csv_in *c, const char *s, size_t n)
{
	size_t col = c->nf;
	int64_t v;

	if (col < c->nfast &&
	    (n == 0 || (c->cols[col].num != NULL && digits9(s, n, &v)))) {
		if (n > 0) {
			*c->cols[col].num = v;
			*c->mask |= c->cols[col].bit;
			c->any = 1;
		}
		c->nf = col + 1;
		return 1;
	}
	return 0;
}

/* cell_short_row for any field (libcsv's): within the row's limit, and
 * the row's size, the last field's length and the chunk kept. */
static inline int
cell_short(struct csv_in *c, const char *s, size_t n)
{
	if (c->blen + n + 1 > ROW_MAX || !cell_short_row(c, s, n))
		return 0;
	c->blen += n + 1;
	c->last_n = n;
	c->field_chunk = c->chunk;
	return 1;
}

/* libcsv's field callback in cell mode. */
static void
on_cell(void *s, size_t n, void *data)
{
	struct csv_in *c = data;

	if (!cell_short(c, s, n))
		cell_any(c, s ? s : "", n, -1);
}

static inline __attribute__((always_inline)) void
on_record(int term, void *data)
{
	struct csv_in *c = data;
	struct csv_row row;
	size_t i;

	if (c->status != 0)
		return;
	/* A row of one empty field is a blank (or all-blank) line.  In
	 * cell mode (sheets), a row of empty or blank cells past the header
	 * (";;;", what Excel writes for rows it formatted) is skipped, and
	 * counted. */
	if (c->cell != NULL && c->index > 0 && !c->any && c->nf > 0) {
		if (c->nf > 1 || c->last_n > 0) {
			c->blank++;
			memset(&row, 0, sizeof row);
			row.line = c->row_line;
			row.index = c->index;
			row.blank = 1;
			c->status = c->on_row(c->ctx, &row, c->e);
		}
	} else if (c->cell != NULL && c->index > 0) {
		if (c->nf > 1 || (c->nf == 1 && c->last_n > 0)) {
			row.n = c->nf;
			row.f = NULL;
			row.len = NULL;
			row.line = c->row_line;
			row.index = c->index++;
			row.bad = c->bad;
			row.blank = 0;
			if (c->bad)
				*c->e = c->cell_e;
			c->status = c->on_row(c->ctx, &row, c->e);
		}
	} else if (c->nf > 1 || (c->nf == 1 && c->last_n > 0)) {
		for (i = 0; i < c->nf; i++)
			c->ptr[i] = c->buf + c->off[i];
		row.n = c->nf;
		row.f = c->ptr;
		row.len = c->len;
		row.line = c->row_line;
		row.index = c->index++;
		row.bad = 0;
		row.blank = 0;
		c->status = c->on_row(c->ctx, &row, c->e);
	}
	/* "\r\n" ends one line: libcsv reports the '\n' as a record of no
	 * field right after the '\r' one; a '\n' that ends a row of its own
	 * after a lone '\r' is a line end too. */
	if (term == '\n' && c->last_cr && c->nf > 0)
		c->last_cr = 0;
	c->nf = 0;
	c->blen = 0;
	c->bad = 0;
	c->any = 0;
	c->nfast = c->cell != NULL && c->index > 0 && c->status == 0 ?
	    (c->ncols < CSV_MAX_FIELDS ? c->ncols : CSV_MAX_FIELDS) : 0;
	if (term == '\n') {
		if (!c->last_cr)
			c->line++;
		c->last_cr = 0;
	} else if (term == '\r') {
		c->line++;
		c->last_cr = 1;
	} else {
		c->last_cr = 0;
	}
	c->row_line = c->line;	/* where the next row starts */
}

/*
 * The fast path.  A row that starts where libcsv stands between rows
 * (ROW_NOT_BEGUN) and ends in the chunk is read here when it is one
 * libcsv reads without an error: fields unquoted (no '"' in them) or
 * quoted with only blanks between the closing quote and the delimiter or
 * line end.  libcsv's rules, kept: spaces and tabs around an unquoted
 * field and after a closing quote are dropped, a doubled quote in a
 * quoted field is one quote, a line of blanks is a row of no field, "\r\n"
 * is a row ended by '\r' then one of no field ended by '\n'.  Anything
 * else (a stray or misplaced quote, a row past the chunk, FAST_ROW bytes
 * or FAST_FIELDS fields) is left to libcsv, which reads it to the next
 * line end before the fast path looks again.
 */

/* A space libcsv drops around fields: ' ', and '\t' unless it delimits. */
static inline int
fast_blank(int ch, int delim)
{
	return ch == ' ' || (ch == '\t' && delim != '\t');
}

/* The row at s (s < end): its fields into c->fast, its end in *term.
 * The byte after the row, or NULL when the fast path does not take it. */
static const char *
fast_row(struct csv_in *c, const char *s, const char *end, size_t *nf,
    int *term)
{
	struct fast *w = c->fast;
	const unsigned char d = (unsigned char)c->delim;
	const char *p = s, *lim = end - s > FAST_ROW ? s + FAST_ROW : end;
	char *out = w->scratch;
	size_t k = 0;

	for (;;) {
		const char *a, *q;

		if (p == lim || k == FAST_FIELDS)
			return NULL;
		/* ' ', '\t', '\n' and '\r' are all <= ' ': one test for
		 * the usual field */
		if ((unsigned char)*p <= ' ') {
			while (p < lim && fast_blank(*p, d))
				p++;
			if (p == lim)
				return NULL;
		}
		if ((unsigned char)*p <= '\r' &&
		    (*p == '\n' || *p == '\r')) {
			if (k > 0) {	/* "a,\n": an empty last field */
				w->f[k] = p;
				w->n[k] = 0;
				w->nl[k++] = 0;
			}
			*term = *p;
			*nf = k;
			return p + 1;
		}
		if ((unsigned char)*p == d) {
			w->f[k] = p;
			w->n[k] = 0;
			w->nl[k++] = 0;
			p++;
			continue;
		}
		if (*p != '"') {
			a = p;
			q = csv_scan4(p, lim, d, '"', '\n', '\r');
			if (q == lim || *q == '"')
				return NULL;
			p = q;
			while (q > a && (unsigned char)q[-1] <= ' ' &&
			    (q[-1] == ' ' || q[-1] == '\t'))
				q--;
			w->f[k] = a;
			w->n[k] = (uint32_t)(q - a);
			w->nl[k++] = 0;
		} else {
			char *o = NULL;	/* the undoubled copy, once needed */
			uint32_t nl = 0;

			a = ++p;
			for (;;) {
				q = csv_scan4(p, lim, '"', '\n', '"', '\n');
				if (q == lim)
					return NULL;
				if (*q == '\n') {
					nl++;
					p = q + 1;
					continue;
				}
				if (q + 1 == lim)
					return NULL;
				if (q[1] != '"')
					break;
				/* a doubled quote: keep one */
				if (o == NULL)
					o = out;
				memcpy(out, a, (size_t)(q + 1 - a));
				out += q + 1 - a;
				a = p = q + 2;
			}
			if (o != NULL) {
				memcpy(out, a, (size_t)(q - a));
				out += q - a;
				w->f[k] = o;
				w->n[k] = (uint32_t)(out - o);
			} else {
				w->f[k] = a;
				w->n[k] = (uint32_t)(q - a);
			}
			w->nl[k++] = nl;
			p = q + 1;
			while (p < lim && fast_blank(*p, d))
				p++;
			if (p == lim)
				return NULL;
			if ((unsigned char)*p != d && *p != '\n' && *p != '\r')
				return NULL;
		}
		/* p is at the delimiter or the line end after a field */
		if ((unsigned char)*p == d)
			p++;
		else {
			*term = *p;
			*nf = k;
			return p + 1;
		}
	}
}

/*
 * The block walk, the fast path's first try in cell mode, for the
 * delimiters ',' ';' and '|': a row with no byte below '#' but its line
 * end (no '"', no blank, so no field has blanks to drop and no line is
 * blank), of fewer than WALK_BLOCKS * 64 bytes.  Its structure is found 64 bytes at a time (csv_blk64) and its
 * fields are handed over as the walk meets them, the short ones to the
 * same code as cell_short.  Per row, not per field: field_chunk (set by
 * fast_rows), last_n and any; blen is left alone (the row is far from
 * ROW_MAX; cell_any keeps it for the fields it takes).  The byte after the
 * row; NULL with *slow 1 when the row is fast_row's (a quote, a blank, a
 * long row), with *slow 0 when it does not end in [row, end).
 */
#define WALK_BLOCKS 64

/* The walk's numeric columns while no field may be taken short (nfast 0:
 * the header, a bad row): none. */
static int64_t *const walk_none[CSV_MAX_FIELDS + 1];

/*
 * cell_any for a field of the walk past the header: no line end, no blank,
 * in a row under 4 KiB, so of field_start only the field count's limit can
 * matter (blen, last_n and any are the walk's, per row).  The rest goes to
 * cell_any.
 */
static __attribute__((noinline)) void
walk_any(struct csv_in *c, const char *f, size_t n)
{
	if (c->index == 0 || c->status != 0 || c->nf == CSV_MAX_FIELDS) {
		cell_any(c, f, n, 0);
		return;
	}
	cell_col(c, f, n);
}

static __attribute__((noinline)) const char *
walk_row(struct csv_in *c, const char *row, const char *end, int *slow)
{
	uint64_t sm[WALK_BLOCKS];
	struct csv_blk m;
	const unsigned char d = (unsigned char)c->delim;
	const char *p = row, *e, *st, *base;
	size_t nb = 0, bi, col, nfast, n = 0;
	int64_t *const *nums;
	const uint64_t *bits;
	uint64_t have = 0;

	for (;;) {
		if (end - p >= 64)
			csv_blk64(p, d, &m);
		else {
			char pad[64];

			memset(pad, 0, sizeof pad);
			memcpy(pad, p, (size_t)(end - p));
			csv_blk64(pad, d, &m);
			m.stop &= (1ull << (end - p)) - 1;	/* not the pad */
		}
		if (m.stop != 0) {
			unsigned k = (unsigned)__builtin_ctzll(m.stop);

			e = p + k;
			*slow = *e != '\n' && *e != '\r';
			if (*slow)
				return NULL;
			/* the delimiters before the line end, and it */
			sm[nb++] = (m.s & ((1ull << k) - 1)) | 1ull << k;
			break;
		}
		*slow = end - p > 64;	/* else: no line end in [row, end) */
		if (!*slow || nb + 1 == WALK_BLOCKS)
			return NULL;
		sm[nb++] = m.s;
		p += 64;
	}
	col = c->nf;
	if (e > row) {
		nfast = c->nfast;
		/* nums[col] is not NULL only below nfast */
		nums = nfast != 0 ? c->wnum : walk_none;
		bits = c->wbit;
		st = row;
		for (bi = 0, base = row; bi < nb; bi++, base += 64) {
			uint64_t w = sm[bi];

			while (w != 0) {
				const char *f = base + __builtin_ctzll(w);
				int64_t v;

				w &= w - 1;
				n = (size_t)(f - st);
				if (n == 0) {
					if (col < nfast) {
						col++;
						st = f + 1;
						continue;
					}
				} else if (nums[col] != NULL &&
				    digits9(st, n, &v)) {
					*nums[col] = v;
					have |= bits[col];
					col++;
					st = f + 1;
					continue;
				}
				/* what cell_any reads is up to date */
				if (have != 0)
					*c->mask |= have;
				have = 0;
				c->nf = col;
				walk_any(c, st, n);
				col = c->nf;
				nfast = c->nfast;
				if (nfast == 0)
					nums = walk_none;
				st = f + 1;
			}
		}
		if (have != 0)
			*c->mask |= have;
		c->nf = col;
		c->last_n = n;
		/* no blanks: a field holds more than blanks when it is not
		 * empty, and one is when the row is longer than its
		 * delimiters */
		if ((size_t)(e - row) >= col)
			c->any = 1;
	}
	on_record(*e, c);
	c->fast_taken++;
	c->walked++;
	return e + 1;
}

/* Rows of s[0..n) the fast path takes, handed over; the bytes read.
 * Stops early when the reader stops (c->status). */
static size_t
fast_rows(struct csv_in *c, const char *s, size_t n)
{
	const char *p = s, *end = s + n, *next;
	const struct fast *w = c->fast;
	size_t i, nf;
	int term;

	c->field_chunk = c->chunk;	/* every field here begins in it */
	while (p < end) {
		int walk = c->cell != NULL && c->delim != '\t';

		if (walk && c->fast->walk_skip > 0) {
			c->fast->walk_skip--;
			walk = 0;
		}
		if (walk) {
			struct fast *f = c->fast;
			int slow;

			next = walk_row(c, p, end, &slow);
			if (next != NULL) {
				f->walk_wait = 0;
				p = next;
				if (c->status != 0)
					break;
				continue;
			}
			if (!slow)
				break;
			f->walk_skip = f->walk_wait;
			f->walk_wait = f->walk_wait < 63 ?
			    f->walk_wait * 2 + 1 : 63;
		}
		next = fast_row(c, p, end, &nf, &term);
		if (next == NULL)
			break;
		if (c->cell != NULL) {
			for (i = 0; i < nf; i++)
				if (!cell_short_row(c, w->f[i], w->n[i]))
					cell_any(c, w->f[i], w->n[i],
					    w->nl[i]);
			if (nf > 0)
				c->last_n = w->n[nf - 1];
		} else {
			for (i = 0; i < nf; i++)
				field_copy(c, w->f[i], w->n[i], w->nl[i]);
		}
		on_record(term, c);
		c->fast_taken++;
		p = next;
		if (c->status != 0)
			break;
	}
	return (size_t)(p - s);
}

/* libcsv's states (csv.c): a field begun, a quote seen in a quoted one. */
enum { LIBCSV_FIELD_BEGUN = 2, LIBCSV_MIGHT_HAVE_ENDED = 3 };

/* Line ends in libcsv's buffer of the field being read. */
static long
buffered_lines(const struct csv_in *c)
{
	size_t i;
	long k = 0;

	for (i = 0; i < c->p.entry_pos; i++)
		k += c->p.entry_buf[i] == '\n' || (c->p.entry_buf[i] == '\r' &&
		    (i + 1 == c->p.entry_pos || c->p.entry_buf[i + 1] != '\n'));
	return k;
}

/*
 * A quoted field that closed with something else than a delimiter or a
 * line end after it: the row and every line it swallowed are lost, the
 * rest of the file is not.  The row is handed over as bad (with why and
 * the lines), libcsv starts again at the next line.
 */
static void
broken_quote(struct csv_in *c, const char *why, int at_end)
{
	struct csv_row row;
	long first = c->row_line, last = c->line + buffered_lines(c);
	size_t k = c->p.entry_pos;

	/* at the end of the input, a last line end ends the last line */
	if (at_end && k > 0 && (c->p.entry_buf[k - 1] == '\n' ||
	    c->p.entry_buf[k - 1] == '\r') && last > first)
		last--;

	c->p.pstate = 0;	/* ROW_NOT_BEGUN */
	c->p.quoted = 0;
	c->p.spaces = 0;
	c->p.entry_pos = 0;
	c->p.status = 0;
	if (c->index == 0 || c->cell == NULL) {
		/* the header, or a reader of whole rows: stop there */
		fail(c, c->nf ? first : c->line, why);
		return;
	}
	c->unread += last - first + 1;
	/* a count, not line numbers: the position is e's (ssi batch -j
	 * shifts it) */
	if (last > first)
		err_at(c->e, c->name, first, 0, "%s: %ld lines not read",
		    err_tr(why), last - first + 1);
	else
		err_at(c->e, c->name, first, 0, "%s: 1 line not read",
		    err_tr(why));
	memset(&row, 0, sizeof row);
	row.n = c->nf;
	row.line = first;
	row.index = c->index++;
	row.bad = 1;
	c->status = c->on_row(c->ctx, &row, c->e);
	c->nf = 0;
	c->blen = 0;
	c->bad = 0;
	c->any = 0;
	c->line = last;
	c->skipping = 1;
}

/* Feed libcsv and turn its errors into ours. */
static int
parse(struct csv_in *c, const char *s, size_t n)
{
	size_t done, m;

	c->chunk++;
	if (n > 0 && memchr(s, '"', n) != NULL)	/* s is NULL on no input */
		c->quote_chunk = c->chunk;
	while (n > 0) {
		if (c->skipping) {
			/* drop the rest of a broken row's last line */
			size_t i = 0;

			while (i < n && s[i] != '\n' && s[i] != '\r')
				i++;
			if (i == n)
				return 0;
			c->skipping = 0;
			c->last_cr = 0;
			c->line++;
			if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n')
				i++;
			c->row_line = c->line;
			c->field_chunk = c->chunk;
			s += i + 1;
			n -= i + 1;
			continue;
		}
		m = n;
		if (c->fast != NULL) {
			if (c->p.pstate == 0) {	/* ROW_NOT_BEGUN */
				size_t k = fast_rows(c, s, n);

				if (c->status != 0)
					return c->status;
				s += k;
				n -= k;
				if (n == 0)
					return 0;
			}
			/* libcsv reads on to the next line end (inside a
			 * quoted field, perhaps), then the fast path looks
			 * again */
			m = (size_t)(csv_scan4(s, s + n, '\n', '\r', '\n',
			    '\r') - s);
			m += m < n;
		}
		done = csv_parse(&c->p, s, m, c->cell ? on_cell : on_field,
		    on_record, c);
		if (c->status != 0)
			return c->status;
		if (done >= m) {
			s += m;
			n -= m;
			continue;
		}
		if (csv_error(&c->p) == CSV_EPARSE && c->cell != NULL &&
		    c->p.pstate == LIBCSV_FIELD_BEGUN && !c->p.quoted) {
			/* a quote inside a field that did not start with one:
			 * a character of the field, as spreadsheets read it */
			unsigned char opts = c->p.options;

			c->p.status = 0;
			csv_set_opts(&c->p, opts & ~CSV_STRICT);
			csv_parse(&c->p, s + done, 1, c->cell ? on_cell :
			    on_field, on_record, c);
			csv_set_opts(&c->p, opts);
			if (c->stray++ == 0)
				c->stray_line = c->line;
			s += done + 1;
			n -= done + 1;
			continue;
		}
		if (csv_error(&c->p) == CSV_EPARSE && c->cell != NULL &&
		    c->p.pstate == LIBCSV_MIGHT_HAVE_ENDED) {
			broken_quote(c, "misplaced quote: a field that holds "
			    "quotes must be quoted, its quotes doubled", 0);
			if (c->status != 0)
				return c->status;
			s += done;
			n -= done;
			continue;
		}
		{
			long line = c->nf ? c->row_line : c->line;

			if (csv_error(&c->p) == CSV_EPARSE)
				fail(c, line, "misplaced quote: a field that "
				    "holds quotes must be quoted, its quotes "
				    "doubled");
			else if (csv_error(&c->p) == CSV_ENOMEM)
				fail(c, line, "field longer than 1 MiB");
			else
				fail(c, line, csv_strerror(csv_error(&c->p)));
		}
		return -1;
	}
	return 0;
}

/* The delimiter that occurs most in the first line, outside quotes. */
static int
detect(const char *s, size_t n)
{
	size_t i, comma = 0, semi = 0, tab = 0;
	int inq = 0;

	/* blank lines before the header are skipped, as the rows are */
	for (i = 0; i < n && strchr(" \t\r\n", s[i]) && s[i] != '\0'; i++)
		;
	for (; i < n; i++) {
		char ch = s[i];

		if (ch == '"')
			inq = !inq;
		else if (inq)
			continue;
		else if (ch == '\n' || ch == '\r')
			break;
		else if (ch == ',')
			comma++;
		else if (ch == ';')
			semi++;
		else if (ch == '\t')
			tab++;
	}
	if (semi > comma && semi >= tab)
		return ';';
	if (tab > comma && tab > semi)
		return '\t';
	return ',';
}

/*
 * Is the first line of pre complete (a line end outside quotes)?
 * Fuzz fix (tests/fuzz/regress/csv/first-line-bytewise): search only the
 * bytes not searched before; fed a byte at a time, a long first line was
 * searched again from its start on every call (quadratic: 34 s for 60 KB).
 */
static int
first_line_done(struct csv_in *c)
{
	for (; c->pre_scan < c->pre_len; c->pre_scan++) {
		char ch = c->pre[c->pre_scan];

		if (ch == '"')
			c->pre_inq = !c->pre_inq;
		else if (!c->pre_inq && (ch == '\n' || ch == '\r')) {
			if (c->pre_text)
				return 1;
		} else if (ch != ' ' && ch != '\t')
			c->pre_text = 1;	/* a line that is not blank */
		if (ch == '"')
			c->pre_text = 1;
	}
	return 0;
}

/*
 * Excel's first line "sep=;" (or "sep=," or "sep=" and a tab, or "\t"
 * written out): it sets the delimiter (unless one was given) and is not
 * the header.  Dropped from s[0..n), its line counted.
 */
static void
sep_line(struct csv_in *c, const char **s, size_t *n)
{
	const char *t = *s;
	size_t k, m = *n;
	int d;

	if (m < 5 || strncasecmp(t, "sep=", 4) != 0)
		return;
	if (m >= 6 && t[4] == '\\' && t[5] == 't')
		d = '\t', k = 6;
	else if (t[4] == ',' || t[4] == ';' || t[4] == '\t' || t[4] == '|')
		d = t[4], k = 5;
	else
		return;
	while (k < m && (t[k] == ' ' || (t[k] == '\t' && d != '\t')))
		k++;
	if (k < m && t[k] != '\r' && t[k] != '\n')
		return;
	if (k < m && t[k] == '\r') {
		k++;
		/* its '\n' may come in the next chunk: one line end */
		c->last_cr = k == m;
	}
	if (k < m && t[k] == '\n')
		k++;
	if (c->delim == 0)
		c->delim = d;
	c->line++;
	c->row_line = c->line;
	*s = t + k;
	*n = m - k;
}

static int
start(struct csv_in *c)
{
	const char *s = c->pre;
	size_t n = c->pre_len;

	if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		s += 3, n -= 3;
	sep_line(c, &s, &n);
	if (c->delim == 0)
		c->delim = detect(s, n);
	csv_set_delim(&c->p, (unsigned char)c->delim);
	/* the fast path knows the usual delimiters; without its memory,
	 * libcsv reads everything */
	if (c->fast_ok && c->delim != 0 && strchr(",;\t|", c->delim) != NULL)
		if ((c->fast = malloc(sizeof *c->fast)) != NULL)
			c->fast->walk_wait = c->fast->walk_skip = 0;
	c->started = 1;
	return parse(c, s, n);
}

int
csv_in_feed(struct csv_in *c, const void *buf, size_t n, struct ssi_err *e)
{
	c->e = e;
	if (c->status != 0)
		return c->status;
	if (c->started)
		return parse(c, buf, n);
	if (c->pre_len + n > c->pre_cap) {
		size_t cap = c->pre_cap ? c->pre_cap : 65536;
		char *np;

		while (cap < c->pre_len + n)
			cap *= 2;
		np = realloc(c->pre, cap);
		if (np == NULL)
			return err_at(e, c->name, 0, 0, "out of memory");
		c->pre = np;
		c->pre_cap = cap;
	}
	memcpy(c->pre + c->pre_len, buf, n);
	c->pre_len += n;
	if (first_line_done(c) || c->pre_len >= PRE_MAX) {
		int r = start(c);

		free(c->pre);
		c->pre = NULL;
		c->pre_len = c->pre_cap = 0;
		return r;
	}
	return 0;
}

int
csv_in_finish(struct csv_in *c, struct ssi_err *e)
{
	c->e = e;
	if (c->status == 0 && !c->started) {
		start(c);
		free(c->pre);
		c->pre = NULL;
		c->pre_len = c->pre_cap = 0;
	}
	if (c->status != 0)
		return c->status;
	if (c->p.quoted && c->p.pstate == LIBCSV_FIELD_BEGUN) {
		/* a quote that never closed: the lines it swallowed are
		 * lost, the rows before it are not */
		broken_quote(c, "unterminated quoted field", 1);
		if (c->status != 0)
			return c->status;
	}
	if (csv_fini(&c->p, c->cell ? on_cell : on_field, on_record, c) != 0 &&
	    c->status == 0)
		fail(c, c->nf ? c->row_line : c->line,
		    "unterminated quoted field");
	return c->status;
}
