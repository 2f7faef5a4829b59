/* input.c - profiles from files: formats, header mapping, validation
 * (see input.h). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include "alias.h"
#include "csv_in.h"
#include "json_in.h"
#include "profile_put.h"
#include "ssi/input.h"
#include "ssi/official.h"
#include "ssi/strtab.h"

#define CHUNK 65536	/* also the bytes an encoding is judged on */
#define ENC_PENDING (-1)	/* in->enc before the verdict on a pipe */

const char *const in_format_ids[] = { "auto", "json", "jsonl", "csv", "linkedin" };
const char *const in_encoding_ids[] = { "auto", "utf-8", "cp1252" };

/* What an unknown name turned out to be, per file. */
enum { U_TYPO = 1, U_OWN, U_DROPPED };

struct input {
	const struct read_opts *o;
	const struct record_sink *s;
	struct profile p;
	long position;		/* records read so far, over all files */
	const char *name;	/* the file being read */
	/* CSV: column -> field id, F_COUNT + k for own column k, -1 unknown
	 * or past the header */
	int *col;
	size_t ncol;
	unsigned char *ckind;	/* CSV: what csv_cell does with each column
				 * (CK_*, set by csv_plan) */
	char **own;		/* CSV: names of the own columns (normalised) */
	size_t nown;
	/* the header's cells, to know it again (files joined with cat) */
	char *hdr;
	size_t *hoff, *hlen;
	size_t hneed, hmatch;	/* cells that must match, matched this row */
	int hwarned;
	/* unknown names of this file, and what each is (U_*) */
	struct strtab unk;
	unsigned char *ukind;
	size_t ukcap;
	int own_full;		/* warned: too many own columns */
	/* the own names of the record (JSON) or the header (CSV) once past
	 * PROFILE_MAX_CUSTOM: a name given twice is still an error */
	struct strtab past;
	/* CSV: cells read as "not known" per column, and the first mark */
	long *nk;
	char (*nkmark)[8];
	/* CSV: slashed dates without --dates (one error for the column) */
	long ndate;
	size_t datecol;
	char date_ex[24];	/* the first */
	char date_ev[24];	/* the first only one order reads */
	int row_date;		/* the row being read has one */
	int name_id;		/* CSV: no id column, a name column */
	/* the problems of the record being read */
	char prob[IN_MAX_PROBLEMS][SSI_ERR_MSG];
	long pline[IN_MAX_PROBLEMS], pcol[IN_MAX_PROBLEMS];
	int nprob;
	long moreprob;
	int enc;		/* ENC_UTF8 or ENC_CP1252 for this file (as
				 * --encoding says, else as judged), or
				 * ENC_PENDING while a pipe's first 64 KiB
				 * are not all in (see hold_begin) */
	int bom;		/* auto: the file starts with a UTF-8 BOM */
	char *chunk;
	char *conv;		/* a cell turned into UTF-8 (convcap bytes) */
	size_t convcap;
	struct csv_row hrow;	/* the header with its cells decoded */
	struct csv_in *csv;	/* the CSV reader of the file, if any */
	struct json_in *json;	/* the JSON reader of the file, if any */
	int lines;		/* it reads JSON Lines */
	int one;		/* see input_one */
	long ids;		/* records given their position as id */
	unsigned long long bytes;	/* read so far, over all files */
	/* held messages (hold_begin): the real sink, the holding one */
	const struct record_sink *real;
	struct record_sink hold;
	struct held *held;
	size_t nheld, capheld;
};

struct input *
input_new(const struct read_opts *o, const struct record_sink *s)
{
	struct input *in = calloc(1, sizeof *in);

	if (in == NULL)
		return NULL;
	in->chunk = malloc(CHUNK);
	if (in->chunk == NULL) {
		free(in);
		return NULL;
	}
	in->o = o;
	in->s = s;
	strtab_init(&in->unk);
	strtab_init(&in->past);
	profile_init(&in->p);
	return in;
}

/* A column of your own the file brings: its name as written, trimmed, to
 * the sink's column() (input.h). */
static void
own_written(struct input *in, const char *norm, const char *s, size_t n)
{
	char w[160];
	size_t k;

	if (in->s->column == NULL)
		return;
	while (n > 0 && (*s == ' ' || *s == '\t'))
		s++, n--;
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	err_quote(w, sizeof w, s, n);
	k = strlen(w);
	if (k < 2)
		return;
	w[k - 1] = '\0';	/* without the quotes */
	in->s->column(in->s->ctx, norm, w + 1);
}

/* ---- the unknown names of a file (strtab: keyed hash, constant time
 * per name whatever the names) ---- */

/* The kind stored for name, or 0 when it was not met. */
static int
set_find(const struct input *in, const char *name)
{
	long i = strtab_find(&in->unk, name, strlen(name));

	return i < 0 ? 0 : in->ukind[i];
}

/* Add name (not met before) with kind; -1 when out of memory. */
static int
set_add(struct input *in, const char *name, int kind)
{
	long i = strtab_index(&in->unk, name, strlen(name));

	if (i < 0)
		return -1;
	if ((size_t)i >= in->ukcap) {
		size_t cap = in->ukcap ? 2 * in->ukcap : 64;
		unsigned char *nk = realloc(in->ukind, cap);

		if (nk == NULL)
			return -1;
		in->ukind = nk;
		in->ukcap = cap;
	}
	in->ukind[i] = (unsigned char)kind;
	return 0;
}

/* Forget the own names past the cap (a new record, a new header). */
static void
past_clear(struct input *in)
{
	if (in->past.n > 0) {
		strtab_free(&in->past);
		strtab_init(&in->past);
	}
}

/*
 * An own name (normalised) past PROFILE_MAX_CUSTOM: 1 when it was given
 * before, among the n kept ones (kept[i]) or those past the cap, else 0
 * (noted); -1 on no memory.  The kept ones join the set the first time.
 */
static int
past_seen(struct input *in, const char *name, const char *const *kept,
    size_t n)
{
	long before, i;
	size_t k;

	if (in->past.n == 0)
		for (k = 0; k < n; k++)
			if (strtab_index(&in->past, kept[k],
			    strlen(kept[k])) < 0)
				return -1;
	before = in->past.n;
	if ((i = strtab_index(&in->past, name, strlen(name))) < 0)
		return -1;
	return i < before;
}

static void
forget_file(struct input *in)
{
	size_t i;

	strtab_free(&in->unk);
	strtab_init(&in->unk);
	past_clear(in);
	if (in->hrow.f != NULL) {
		for (i = 0; i < in->hrow.n; i++)
			free(in->hrow.f[i]);
		free(in->hrow.f);
		free(in->hrow.len);
	}
	memset(&in->hrow, 0, sizeof in->hrow);
	free(in->ukind);
	in->ukind = NULL;
	in->ukcap = 0;
	in->own_full = 0;
	for (i = 0; i < in->nown; i++)
		free(in->own[i]);
	free(in->own);
	in->own = NULL;
	in->nown = 0;
	free(in->col);
	in->col = NULL;
	in->ncol = 0;
	free(in->ckind);
	in->ckind = NULL;
	free(in->hdr);
	free(in->hoff);
	free(in->hlen);
	in->hdr = NULL;
	in->hoff = in->hlen = NULL;
	in->hneed = in->hmatch = 0;
	in->hwarned = 0;
	free(in->nk);
	free(in->nkmark);
	in->nk = NULL;
	in->nkmark = NULL;
	in->ndate = 0;
	in->name_id = 0;
	in->date_ex[0] = in->date_ev[0] = '\0';
	in->row_date = 0;
	in->nprob = 0;
	in->moreprob = 0;
	in->one = 0;
}

void
input_free(struct input *in)
{
	if (in == NULL)
		return;
	forget_file(in);
	profile_free(&in->p);
	free(in->held);
	free(in->chunk);
	free(in->conv);
	free(in);
}

int
input_parse_set(const char *arg, struct override *ov, struct ssi_err *e)
{
	const char *eq = strchr(arg, '=');
	struct profile tmp;
	int f, r;

	if (eq == NULL)
		return err_set(e, "--set: '%s' is not FIELD=VALUE", arg);
	f = field_lookup(arg, (size_t)(eq - arg));
	if (f < 0)	/* a sheet's name of it: a report names it so */
		f = alias_lookup(arg, (size_t)(eq - arg));
	if (f < 0) {
		char name[64];
		const char *near;

		snprintf(name, sizeof name, "%.*s", (int)(eq - arg), arg);
		near = field_nearest(name);
		if (near)
			return err_set(e, "--set: unknown field '%s' (did you "
			    "mean '%s'?)", name, near);
		return err_set(e, "--set: unknown field '%s'", name);
	}
	profile_init(&tmp);
	r = profile_set(&tmp, f, eq + 1, strlen(eq + 1), VK_STRING, 1, e);
	profile_free(&tmp);
	if (r < 0) {
		char msg[SSI_ERR_MSG];

		snprintf(msg, sizeof msg, "--set: %.400s", e->msg);
		return err_set(e, "%s", msg);
	}
	ov->field = f;
	ov->val = eq + 1;
	return 0;
}

/* Report a rejected record: the message already in e, at file:line:col. */
static int
reject(struct input *in, struct ssi_err *e, long line, long col)
{
	e->file = in->name;
	e->line = line;
	e->col = col;
	e->also = 0;
	return in->s->reject(in->s->ctx, e);
}

/* Note a problem of the record being read (the message in e->msg). */
static void
problem(struct input *in, const struct ssi_err *e, long line, long col)
{
	if (in->nprob == IN_MAX_PROBLEMS) {
		in->moreprob++;
		return;
	}
	memcpy(in->prob[in->nprob], e->msg, sizeof e->msg);
	in->pline[in->nprob] = line;
	in->pcol[in->nprob] = col;
	in->nprob++;
}

/* Report every problem noted for the record: one message each, the record
 * counted once. */
static int
report_problems(struct input *in, struct ssi_err *e)
{
	int i, r = 0;

	for (i = 0; i < in->nprob && r == 0; i++) {
		e->file = in->name;
		e->line = in->pline[i];
		e->col = in->pcol[i];
		e->also = i > 0;
		memcpy(e->msg, in->prob[i], sizeof e->msg);
		r = in->s->reject(in->s->ctx, e);
	}
	if (r == 0 && in->moreprob > 0) {
		err_at(e, in->name, in->pline[0], in->pcol[0], "and %ld more",
		    in->moreprob);
		e->also = 1;
		r = in->s->reject(in->s->ctx, e);
	}
	in->nprob = 0;
	in->moreprob = 0;
	return r;
}

static void
warn(struct input *in, struct ssi_err *e)
{
	e->also = 0;
	in->s->warn(in->s->ctx, e);
}

/*
 * An unknown name (normalised, for CSV; a JSON key as is).  A probable
 * typo of a field (field_nearest) is warned about once per name and file
 * (the front end shows the first few of a kind and counts the rest: cli.h,
 * cli_warn); any other name is a column of your own, kept silently.  With
 * --strict every unknown name is an error: returns -1 with e.  Otherwise
 * returns U_TYPO or U_OWN.
 */
static int
unknown(struct input *in, const char *name, long line, long col,
    struct ssi_err *e)
{
	int kind = set_find(in, name);
	const char *near;
	char q[160];

	if (kind != 0 && !in->o->strict)
		return kind;
	near = field_nearest(name);
	err_quote(q, sizeof q, name, strlen(name));
	if (near)
		err_at(e, in->name, line, col, "unknown field %s (did you "
		    "mean '%s'?)", q, near);
	else
		err_at(e, in->name, line, col, "unknown field %s", q);
	if (in->o->strict)
		return -1;
	kind = near ? U_TYPO : U_OWN;
	if (set_add(in, name, kind) < 0)
		return kind;
	if (kind == U_TYPO)
		warn(in, e);
	else if (in->s->column != NULL) {
		char norm[128];

		field_normalize(name, strlen(name), norm, sizeof norm);
		own_written(in, norm, name, strlen(name));
	}
	return kind;
}

/* A column of your own beyond PROFILE_MAX_CUSTOM: dropped, said once. */
static void
own_full(struct input *in, const char *name, long line, long col)
{
	struct ssi_err w = { 0 };
	char q[160];

	if (in->own_full)
		return;
	in->own_full = 1;
	err_at(&w, in->name, line, col, "more than %d columns of your own: "
	    "%s and the rest are not kept", PROFILE_MAX_CUSTOM,
	    err_quote(q, sizeof q, name, strlen(name)));
	warn(in, &w);
}

/*
 * Store a value of field f: slashed dates by --dates, the rest by
 * profile_put.  A problem is noted, not returned.
 */
static void
put(struct input *in, int f, const char *s, size_t n, enum value_kind kind,
    long line, long col, struct ssi_err *e)
{
	char date[11];

	if (f == F_AS_OF && kind == VK_STRING && memchr(s, '/', n) != NULL) {
		if (profile_date(s, n, in->o->dates, date, e) < 0) {
			problem(in, e, line, col);
			return;
		}
		s = date;
		n = 10;
	}
	if (profile_put(&in->p, f, s, n, kind, e) == 0)
		return;
	problem(in, e, line, col);
}

/* Every record ends here: defaults, overrides, the rules, the sink. */
static int
finish(struct input *in, long line, long col, struct ssi_err *e)
{
	struct profile *p = &in->p;
	size_t rule = 0;
	int i;

	p->position = in->position;
	if (!profile_has(p, F_PERIOD_DAYS) && in->o->period > 0) {
		p->num[F_PERIOD_DAYS] = in->o->period;
		p->have |= (uint64_t)1 << F_PERIOD_DAYS;
	}
	for (i = 0; i < in->o->nsets; i++) {
		const struct override *ov = &in->o->sets[i];

		if (profile_set(p, ov->field, ov->val, strlen(ov->val),
		    VK_STRING, 1, e) < 0)
			problem(in, e, line, col);
		else if (ov->val[0] == '\0')
			profile_unset(p, ov->field);
	}
	/* the rules (a bad value was not stored: its rules are skipped) */
	while (profile_check_next(p, &rule, e) < 0)
		problem(in, e, line, col);
	if (in->nprob == 0 && (p->have & OFFICIAL_MASK)) {
		struct ssi_err w = { 0 };
		int r = official_check(p, &w, e);

		if (r < 0) {
			problem(in, e, line, col);
		} else if (r > 0) {
			w.file = in->name;
			w.line = line;
			in->s->warn(in->s->ctx, &w);
		}
	}
	if (in->nprob > 0)
		return report_problems(in, e);
	if (in->row_date) {
		/* rejected for its date column, said once for the column
		 * at the end of the file: counted, not printed */
		e->msg[0] = '\0';
		return reject(in, e, line, col);
	}
	if (!profile_has(p, F_ID) && in->name_id && profile_has(p, F_NAME)) {
		/* a sheet without an id column: the name is the id, so that
		 * two months of it match member by member (ssi.5) */
		const char *nm = profile_text(p, F_NAME);

		if (profile_set(p, F_ID, nm, strlen(nm), VK_STRING, 0, e) < 0)
			return reject(in, e, line, col);
	}
	if (!profile_has(p, F_ID)) {
		char id[24];

		in->ids++;
		int n = snprintf(id, sizeof id, "%ld", in->position);

		if (profile_set(p, F_ID, id, (size_t)n, VK_STRING, 0, e) < 0)
			return reject(in, e, line, col);
	}
	return in->s->record(in->s->ctx, p, in->name, line);
}

/* ---- CSV ---- */

/* What csv_cell does with a column's cells, decided at the header: the
 * common case of each type taken at once, anything else (and every
 * message) by cell_any_kind. */
enum {
	CK_OTHER,	/* figures, columns of your own: cell_any_kind */
	CK_TEXT,	/* a text field: "n/a" and the like read as not known */
	CK_NAME,	/* id and name: text, every value as it is */
	CK_DATE,	/* YYYY-MM-DD */
	CK_FLAG,	/* true or false */
	CK_WHOLE	/* a count or the period, plain digits */
};

/*
 * Tell the CSV reader what to do with each column: counts are decoded by
 * the reader straight into the profile, typos dropped, the rest (text,
 * flags, dates, columns of your own) handed to csv_cell, which learns here
 * what each column's cells are.
 */
static int
csv_plan(struct input *in, const struct csv_row *row, struct ssi_err *e)
{
	struct csv_col *cols = calloc(row->n, sizeof *cols);
	size_t i;
	int r;

	free(in->ckind);
	in->ckind = calloc(row->n ? row->n : 1, 1);
	if (cols == NULL || in->ckind == NULL) {
		free(cols);
		return err_at(e, in->name, row->line, 0, "out of memory");
	}
	for (i = 0; i < row->n; i++) {
		int f = in->col[i];
		enum field_type t = f >= 0 && f < F_COUNT ?
		    field_defs[f].type : FT_DECIMAL;

		if (f < 0) {
			cols[i].skip = 1;
		} else if (t == FT_COUNT) {
			cols[i].num = &in->p.num[f];
			cols[i].bit = (uint64_t)1 << f;
		}
		in->ckind[i] = t == FT_TEXT ? (f == F_ID || f == F_NAME ?
		    CK_NAME : CK_TEXT) : t == FT_DATE ? CK_DATE :
		    t == FT_FLAG ? CK_FLAG : t == FT_COUNT || t == FT_PERIOD ?
		    CK_WHOLE : CK_OTHER;
	}
	r = csv_in_numbers(in->csv, cols, row->n, &in->p.have);
	free(cols);
	if (r < 0)
		return err_at(e, in->name, row->line, 0, "out of memory");
	return 0;
}

/* "a, b, c, d, ..." : the first names of a header, for a message. */
static void
first_names(const struct csv_row *row, char *out, size_t outsz)
{
	size_t i, o = 0, shown = 0;

	out[0] = '\0';
	for (i = 0; i < row->n && o + 60 < outsz; i++) {
		char name[128], q[64];
		size_t n = field_normalize(row->f[i], row->len[i], name,
		    sizeof name);

		if (n == 0)
			continue;
		if (shown == 4) {
			o += (size_t)snprintf(out + o, outsz - o, ", ...");
			return;
		}
		err_quote(q, sizeof q, name, n);
		q[strlen(q) - 1] = '\0';	/* without the quotes */
		o += (size_t)snprintf(out + o, outsz - o, "%s%s",
		    shown ? ", " : "", q + 1);
		shown++;
	}
}

/* Keep the header's cells, to know the header when it comes again. */
static int
keep_header(struct input *in, const struct csv_row *row)
{
	size_t i, at = 0, total = 0;

	for (i = 0; i < row->n; i++)
		total += row->len[i] + 1;
	in->hdr = malloc(total ? total : 1);
	in->hoff = malloc(row->n * sizeof *in->hoff);
	in->hlen = malloc(row->n * sizeof *in->hlen);
	if (in->hdr == NULL || in->hoff == NULL || in->hlen == NULL)
		return -1;
	in->hneed = 0;
	for (i = 0; i < row->n; i++) {
		int f = in->col[i];
		int64_t v;

		memcpy(in->hdr + at, row->f[i], row->len[i]);
		in->hoff[i] = at;
		in->hlen[i] = row->len[i];
		at += row->len[i] + 1;
		/* cells csv_cell sees: not dropped, not empty, not a count
		 * the reader decodes itself */
		if (f >= 0 && row->len[i] > 0 && !(f < F_COUNT &&
		    field_defs[f].type == FT_COUNT &&
		    digits9(row->f[i], row->len[i], &v)))
			in->hneed++;
	}
	return 0;
}

/* name[0..n) as written, quoted and cut (err_quote), the quotes dropped:
 * for lists of column names. */
static const char *
written(char *out, size_t outsz, const char *name, size_t n)
{
	size_t k;

	err_quote(out, outsz, name, n);
	k = strlen(out);
	if (k >= 2) {
		memmove(out, out + 1, k - 2);
		out[k - 2] = '\0';
	}
	return out;
}

/* Append ", " (unless first) and s to the list l (room lsz), "..." once
 * it is full. */
static void
list_add(char *l, size_t lsz, const char *s)
{
	size_t k = strlen(l);

	if (k >= 3 && strcmp(l + k - 3, "...") == 0)
		return;
	if (k + strlen(s) + 8 > lsz) {
		snprintf(l + k, lsz - k, "%s...", k ? ", " : "");
		return;
	}
	snprintf(l + k, lsz - k, "%s%s", k ? ", " : "", s);
}

/*
 * The header row: each column's field (alias.h), else a column of your
 * own.  Every unknown column is named in one warning for the file (with
 * "did you mean" where a name is close), but a column of the team's
 * organisation (alias_org); with --strict they are one error.  Two
 * columns of one field: the later is read (hdr.csv's "SSI oficial" and
 * "SSI"), unless they are written the same (then an error).
 */
static int
csv_header(struct input *in, const struct csv_row *row, struct ssi_err *e)
{
	char list[300], typo[300], strict[400];
	size_t i, j, known = 0, nstrict = 0;

	/* Room for every column a row may have: past the header's, -1. */
	in->col = malloc(CSV_MAX_FIELDS * sizeof *in->col);
	in->own = malloc(PROFILE_MAX_CUSTOM * sizeof *in->own);
	in->nk = calloc(row->n ? row->n : 1, sizeof *in->nk);
	in->nkmark = calloc(row->n ? row->n : 1, sizeof *in->nkmark);
	if (in->col == NULL || in->own == NULL || in->nk == NULL ||
	    in->nkmark == NULL)
		return err_at(e, in->name, row->line, 0, "out of memory");
	for (i = 0; i < CSV_MAX_FIELDS; i++)
		in->col[i] = -1;
	in->ncol = row->n;
	for (i = 0; i < row->n; i++) {
		in->col[i] = alias_lookup(row->f[i], row->len[i]);
		if (in->col[i] >= 0)
			known++;
	}
	in->name_id = 0;
	for (i = 0, j = 0; i < row->n; i++)
		if (in->col[i] == F_ID)
			j |= 1;
		else if (in->col[i] == F_NAME)
			j |= 2;
	in->name_id = j == 2;
	if (in->name_id) {
		/* once per file, with the header (every part of ssi batch -j
		 * reads it, muted but for the first) */
		struct ssi_err w = { 0 };

		err_at(&w, in->name, 0, 0, "no id column: members are matched "
		    "by their name");
		warn(in, &w);
	}
	if (known == 0) {
		char names[256];

		first_names(row, names, sizeof names);
		return err_at(e, in->name, row->line, 0, "no known field in "
		    "the header (%s); see ssi fields", names);
	}
	list[0] = typo[0] = strict[0] = '\0';
	for (i = 0; i < row->n; i++) {
		char name[128], w[80], item[200];
		size_t n = field_normalize(row->f[i], row->len[i], name,
		    sizeof name);
		const char *near;

		if (in->col[i] >= 0) {
			char a[128], b[128];

			for (j = 0; j < i; j++) {
				if (in->col[j] != in->col[i])
					continue;
				alias_fold(row->f[i], row->len[i], a, sizeof a);
				alias_fold(row->f[j], row->len[j], b, sizeof b);
				if (strcmp(a, b) == 0)
					return err_at(e, in->name, row->line,
					    0, "column '%s' given twice",
					    written(w, sizeof w, row->f[i],
					    row->len[i]));
				in->col[j] = -1;	/* the later is read */
			}
			continue;
		}
		if (n == 0)
			continue;
		written(w, sizeof w, row->f[i], row->len[i]);
		near = alias_nearest(row->f[i], row->len[i]);
		if (near)
			snprintf(item, sizeof item, err_tr("%s (did you mean "
			    "'%s'?)"), w, near);
		else
			snprintf(item, sizeof item, "%s", w);
		if (in->o->strict) {
			list_add(strict, sizeof strict, item);
			nstrict++;
			continue;
		}
		if (near != NULL || memchr(name, '\0', n) != NULL ||
		    utf8_count(name, n) < 0) {
			/* a probable typo, or not a name: not read */
			list_add(typo, sizeof typo, item);
			continue;
		}
		if (!alias_org(row->f[i], row->len[i]))
			list_add(list, sizeof list, item);
		for (j = 0; j < in->nown; j++)
			if (strcmp(in->own[j], name) == 0)
				return err_at(e, in->name, row->line, 0,
				    "column '%s' given twice", w);
		if (in->nown == PROFILE_MAX_CUSTOM) {
			int seen = past_seen(in, name,
			    (const char *const *)in->own, in->nown);

			if (seen < 0)
				return err_at(e, in->name, row->line, 0,
				    "out of memory");
			if (seen)
				return err_at(e, in->name, row->line, 0,
				    "column '%s' given twice", w);
			own_full(in, name, row->line, 0);
			continue;
		}
		if ((in->own[in->nown] = strdup(name)) == NULL)
			return err_at(e, in->name, row->line, 0,
			    "out of memory");
		own_written(in, name, row->f[i], row->len[i]);
		in->col[i] = F_COUNT + (int)in->nown++;
	}
	if (nstrict == 1)
		return err_at(e, in->name, row->line, 0, "unknown field %s "
		    "(--strict)", strict);
	if (nstrict > 1)
		return err_at(e, in->name, row->line, 0, "unknown fields: %s "
		    "(--strict)", strict);
	if (list[0] != '\0' || typo[0] != '\0') {
		struct ssi_err w = { 0 };

		if (typo[0] == '\0')
			err_at(&w, in->name, 0, 0, "columns no field takes: %s "
			    "(kept as your own columns; ssi fields lists the "
			    "names)", list);
		else if (list[0] == '\0')
			err_at(&w, in->name, 0, 0, "columns no field takes: %s "
			    "(not read; ssi fields lists the names)", typo);
		else
			err_at(&w, in->name, 0, 0, "columns no field takes: %s "
			    "(kept as your own columns), %s (not read); ssi "
			    "fields lists the names", list, typo);
		warn(in, &w);
	}
	if (keep_header(in, row) < 0)
		return err_at(e, in->name, row->line, 0, "out of memory");
	return csv_plan(in, row, e);
}

/* A mark of "not known" in a spreadsheet (ssi.5), trimmed, any case. */
static int
not_known(const char *s, size_t n)
{
	/* with their lengths: this runs for every short cell */
	static const struct {
		char s[4];
		size_t n;
	} marks[] = {
		{ "n/d", 3 }, { "s/d", 3 }, { "n/a", 3 }, { "na", 2 },
		{ "-", 1 }, { "--", 2 }, { "\xe2\x80\x94", 3 },
		{ "\xe2\x80\x93", 3 }, { "?", 1 }, { "nd", 2 }
	};
	size_t i, k;

	while (n > 0 && (*s == ' ' || *s == '\t'))
		s++, n--;
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	if (n == 0 || n > 3)
		return 0;
	for (i = 0; i < sizeof marks / sizeof marks[0]; i++) {
		if (marks[i].n != n)
			continue;
		for (k = 0; k < n; k++)
			if ((s[k] | (s[k] >= 'A' && s[k] <= 'Z' ? 0x20 : 0)) !=
			    marks[i].s[k])
				break;
		if (k == n)
			return 1;
	}
	return 0;
}

/* Replace the field's name at the head of the last problem by the column's
 * name as the file wrote it ("Conexiones: '1.250' ..."). */
static void
name_as_written(struct input *in, size_t col, int f, int before)
{
	char *m, w[80], tmp[SSI_ERR_MSG];
	size_t k;

	if (in->nprob == before || col >= in->ncol)
		return;
	k = strlen(field_defs[f].name);
	m = in->prob[in->nprob - 1];
	if (strncmp(m, field_defs[f].name, k) != 0 || m[k] != ':')
		return;
	written(w, sizeof w, in->hdr + in->hoff[col], in->hlen[col]);
	if (strcmp(w, field_defs[f].name) == 0)
		return;
	snprintf(tmp, sizeof tmp, "%s%s", w, m + k);
	memcpy(m, tmp, sizeof tmp);
}

/* The readings of a slashed date d/m/y as words ("9 November 2026"),
 * "" for an order that reads no date. */
static void
readings(const char *s, size_t n, char *dmy, char *mdy, size_t sz)
{
	char d[11];
	struct ssi_err e = { 0 };

	dmy[0] = mdy[0] = '\0';
	if (profile_date(s, n, DATES_DMY, d, &e) == 0)
		profile_date_words(d, dmy, sz);
	if (profile_date(s, n, DATES_MDY, d, &e) == 0)
		profile_date_words(d, mdy, sz);
}

/* A slashed date without --dates: the column's problem, told once at the
 * end of the file; the row is rejected quietly.  0 when it is not such a
 * date (a two-digit year, not a date at all: put says why). */
static int
date_column(struct input *in, size_t col, const char *s, size_t n)
{
	char d[11];
	struct ssi_err e;	/* not read: set only past the test below, as
				 * zeroing its message costs more than a cell */
	int dmy, mdy;

	if (in->o->dates != DATES_NONE || memchr(s, '/', n) == NULL)
		return 0;
	memset(&e, 0, sizeof e);
	dmy = profile_date(s, n, DATES_DMY, d, &e) == 0;
	mdy = profile_date(s, n, DATES_MDY, d, &e) == 0;
	if (!dmy && !mdy)
		return 0;
	in->row_date = 1;
	if (in->ndate++ == 0) {
		in->datecol = col;
		snprintf(in->date_ex, sizeof in->date_ex, "%.*s",
		    (int)(n < 20 ? n : 20), s);
	}
	if (dmy != mdy && in->date_ev[0] == '\0')
		snprintf(in->date_ev, sizeof in->date_ev, "%.*s",
		    (int)(n < 20 ? n : 20), s);
	return 1;
}

static int decode_cell(struct input *in, const char **s, size_t *n,
    const char *col, size_t coln, long line);

/* A cell of a data row the reader hands over (text, dates, flags, counts
 * that are not plain digits, columns of your own), straight from the
 * parser, any value: csv_cell's general case.  A bad value is noted, and
 * the row goes on: every problem of a row is told at once. */
static int
cell_any_kind(struct input *in, size_t col, const char *s, size_t n,
    struct ssi_err *e)
{
	int f = in->col[col];	/* col < CSV_MAX_FIELDS (csv_in's limit) */
	int before = in->nprob, dc;

	if (f >= 0 && col < in->ncol && decode_cell(in, &s, &n,
	    in->hdr + in->hoff[col], in->hlen[col],
	    csv_in_row_line(in->csv)) < 0)
		return err_at(e, in->name, csv_in_row_line(in->csv), 0,
		    "out of memory");
	if (col < in->ncol && n == in->hlen[col] &&
	    memcmp(s, in->hdr + in->hoff[col], n) == 0)
		in->hmatch++;
	if (f < 0 || n == 0)
		return 0;
	if (f >= F_COUNT) {
		if (profile_set_custom(&in->p, in->own[f - F_COUNT], s, n,
		    e) < 0)
			problem(in, e, csv_in_row_line(in->csv), 0);
		return 0;
	}
	if (f != F_ID && f != F_NAME && not_known(s, n)) {
		if (in->nk[col]++ == 0)
			snprintf(in->nkmark[col], sizeof in->nkmark[col],
			    "%.*s", (int)n, s);
		return 0;
	}
	if (f == F_AS_OF && date_column(in, col, s, n))
		return 0;
	/* a decimal comma in a ';' or tab CSV: official figures, and
	 * counts written 1200,00 */
	dc = csv_in_delim(in->csv) != ',' && (field_defs[f].type ==
	    FT_DECIMAL || field_defs[f].type == FT_COUNT ||
	    field_defs[f].type == FT_PERIOD);
	put(in, f, s, n, dc ? VK_STRING_DC : VK_STRING,
	    csv_in_row_line(in->csv), 0, e);
	name_as_written(in, col, f, before);
	return 0;
}


/* s[0..n), 4 to 32 bytes, is ASCII without NUL: words (or halves) that
 * overlap. */
static inline int
ascii_short(const char *s, size_t n)
{
	const uint64_t hi = 0x8080808080808080u, one = 0x0101010101010101u;
	const uint32_t hi4 = 0x80808080u, one4 = 0x01010101u;
	uint64_t a, b, c, d;
	uint32_t h, k;

	if (n > 16) {
		memcpy(&a, s, 8);
		memcpy(&b, s + 8, 8);
		memcpy(&c, s + n - 16, 8);
		memcpy(&d, s + n - 8, 8);
		return !(((a | b | c | d) & hi) | ((a - one) & ~a & hi) |
		    ((b - one) & ~b & hi) | ((c - one) & ~c & hi) |
		    ((d - one) & ~d & hi));
	}
	if (n >= 8) {
		memcpy(&a, s, 8);
		memcpy(&b, s + n - 8, 8);
		return !(((a | b) & hi) | ((a - one) & ~a & hi) |
		    ((b - one) & ~b & hi));
	}
	memcpy(&h, s, 4);
	memcpy(&k, s + n - 4, 4);
	return !(((h | k) & hi4) | ((h - one4) & ~h & hi4) |
	    ((k - one4) & ~k & hi4));
}

/* The code points of a text cell when decode_cell leaves it as it is
 * without a word (valid UTF-8 without NUL: ASCII, or in a file read as
 * UTF-8, not one whose verdict is pending), else -1 (decode_cell then
 * decides): its bytes walked once. */
static long
text_cps(const struct input *in, const char *s, size_t n)
{
	long c = utf8_count(s, n);

	if (c < 0 || ((size_t)c != n && in->enc != ENC_UTF8))
		return -1;
	return c;
}

/* Could s[0..n) be a mark of "not known" (not_known)?  Not when it has
 * four bytes or more and no blank at either end, or starts with a digit. */
static inline int
mark_maybe(const char *s, size_t n)
{
	char a = s[0], z = s[n - 1];

	if (a == ' ' || a == '\t' || z == ' ' || z == '\t')
		return 1;
	return n <= 3 && !(a >= '0' && a <= '9');
}

/* A text cell (CK_TEXT, CK_NAME) for csv_cell: its bytes walked once.
 * Not inlined, so that csv_cell's other cases make no call. */
static __attribute__((noinline)) int
cell_text(struct input *in, size_t col, const char *s, size_t n,
    struct ssi_err *e)
{
	struct profile *p = &in->p;
	long cps = n - 4 <= 32 - 4 && ascii_short(s, n) ? (long)n :
	    text_cps(in, s, n);

	if (n == 0 || cps < 0 || (in->ckind[col] == CK_TEXT &&
	    mark_maybe(s, n) && not_known(s, n)) ||
	    profile_put_text(p, in->col[col], s, n, cps) != 0)
		return cell_any_kind(in, col, s, n, e);
	if (n == in->hlen[col] && memcmp(s, in->hdr + in->hoff[col], n) == 0)
		in->hmatch++;
	return 0;
}

/* A cell csv_cell stored that is as long as its column's name in the
 * header: the header again (files joined with cat)? */
static __attribute__((noinline)) int
header_cell(struct input *in, size_t col, const char *s, size_t n)
{
	if (memcmp(s, in->hdr + in->hoff[col], n) == 0)
		in->hmatch++;
	return 0;
}

/*
 * A cell of a data row the reader hands over: the common case of its
 * column's type (csv_plan) stored here, a value the general case would
 * store as it is without a word (no decoding, no mark of "not known", no
 * slashed date, no problem); any other value goes to cell_any_kind, which
 * says what it is.  Dates, flags and counts without a call (every row has
 * some).
 */
static int
csv_cell(void *ctx, size_t col, const char *s, size_t n, struct ssi_err *e)
{
	struct input *in = ctx;
	struct profile *p = &in->p;
	int f;
	int64_t v;

	if (col >= in->ncol)
		return 0;	/* past the header: not read */
	f = in->col[col];
	switch (in->ckind[col]) {
	case CK_DATE:	/* YYYY-MM-DD of a real day: ASCII, no mark */
		if (!profile_is_date(s, n) ||
		    profile_put_short(p, f, s, n, (long)n) != 0)
			return cell_any_kind(in, col, s, n, e);
		break;
	case CK_FLAG:
		if (n == 4 && memcmp(s, "true", 4) == 0)
			v = 1;
		else if (n == 5 && memcmp(s, "false", 5) == 0)
			v = 0;
		else
			return cell_any_kind(in, col, s, n, e);
		if (profile_has(p, f))
			return cell_any_kind(in, col, s, n, e);
		p->num[f] = v;
		p->have |= (uint64_t)1 << f;
		break;
	case CK_WHOLE:
		if (!digits9(s, n, &v) || profile_has(p, f) ||
		    (field_defs[f].type == FT_PERIOD &&
		    (v < 1 || v > PERIOD_MAX)))
			return cell_any_kind(in, col, s, n, e);
		p->num[f] = v;
		p->have |= (uint64_t)1 << f;
		break;
	case CK_TEXT:
	case CK_NAME:
		/* 4 to 16 bytes of ASCII, no blank at either end (no mark):
		 * ids, names, short texts */
		if (n - 4 > 16 - 4 || !ascii_short(s, n) ||
		    (in->ckind[col] == CK_TEXT && (s[0] == ' ' ||
		    s[0] == '\t' || s[n - 1] == ' ' || s[n - 1] == '\t')) ||
		    profile_put_short(p, f, s, n, (long)n) != 0)
			return cell_text(in, col, s, n, e);
		break;
	default:
		return cell_any_kind(in, col, s, n, e);
	}
	if (n == in->hlen[col])
		return header_cell(in, col, s, n);
	return 0;
}

/* The header's cells decoded (decode_cell) into in->hrow when one needs
 * it: *row then points there.  0, or -1 on no memory. */
static int
decode_header(struct input *in, const struct csv_row **row)
{
	const struct csv_row *r = *row;
	struct csv_row *h = &in->hrow;
	size_t i;

	for (i = 0; i < r->n; i++) {
		const char *s = r->f[i];
		size_t n = r->len[i];

		if (decode_cell(in, &s, &n, "header", 6, r->line) < 0)
			return -1;
		if (s == r->f[i])
			continue;
		if (h->f == NULL) {
			*h = *r;
			h->f = calloc(r->n, sizeof *h->f);
			h->len = calloc(r->n, sizeof *h->len);
			if (h->f == NULL || h->len == NULL)
				return -1;
			memcpy(h->len, r->len, r->n * sizeof *h->len);
		}
		if ((h->f[i] = malloc(n + 1)) == NULL)
			return -1;
		memcpy(h->f[i], s, n + 1);
		h->len[i] = n;
	}
	if (h->f == NULL)
		return 0;
	for (i = 0; i < r->n; i++)
		if (h->f[i] == NULL && (h->f[i] = strdup(r->f[i])) == NULL)
			return -1;
	*row = h;
	return 0;
}

/* The header row (not inlined into csv_row: its room on the stack is not
 * for every row). */
static __attribute__((noinline)) int
csv_first_row(struct input *in, const struct csv_row *row, struct ssi_err *e)
{
	if (decode_header(in, &row) < 0)
		return err_at(e, in->name, row->line, 0, "out of memory");
	return csv_header(in, row, e);
}

/* The end of a row: the header, or a data row whose cells are in the
 * profile (the field count is checked first, then the cells' verdict).
 * The profile is emptied after each row, ready for the next one's cells. */
static int
csv_row(void *ctx, const struct csv_row *row, struct ssi_err *e)
{
	struct input *in = ctx;
	int r;

	if (row->index == 0) {
		r = csv_first_row(in, row, e);
	} else if (row->blank) {
		in->nprob = 0;	/* ";;;": skipped (csv_in counts it) */
		in->moreprob = 0;
		r = 0;
	} else if (row->bad) {
		in->position++;
		in->nprob = 0;
		in->moreprob = 0;
		r = reject(in, e, row->line, 0);
	} else if (row->n == in->ncol && in->hneed > 0 &&
	    in->hmatch == in->hneed) {
		/* the header again: files joined with cat */
		in->nprob = 0;
		in->moreprob = 0;
		r = 0;
		if (!in->hwarned) {
			struct ssi_err w = { 0 };

			in->hwarned = 1;
			err_at(&w, in->name, row->line, 0, "the header row "
			    "again: skipped (and any later repeat)");
			w.also = 2;	/* once per file (input.h) */
			in->s->warn(in->s->ctx, &w);
		}
	} else {
		in->position++;
		if (row->n != in->ncol) {
			in->nprob = 0;
			in->moreprob = 0;
			/* whole formats: a plural is not an "s" */
			if (row->n == 1)
				err_set(e, "row has %zu field, the header has "
				    "%zu", row->n, in->ncol);
			else
				err_set(e, "row has %zu fields, the header has "
				    "%zu", row->n, in->ncol);
			r = reject(in, e, row->line, 0);
		} else {
			r = finish(in, row->line, 0, e);
		}
	}
	in->hmatch = 0;
	in->row_date = 0;
	profile_reset(&in->p);
	return r;
}

/* The end of a CSV file: what was told once for the file (unknown marks
 * per column, the date column, stray quotes, rows skipped). */
static int
csv_end(struct input *in, const struct input_tail *t, struct ssi_err *e)
{
	struct ssi_err w = { 0 };
	size_t i;
	long line, k;
	int r = 0;

	for (i = 0; i < in->ncol && in->nk != NULL; i++) {
		char name[80], q[40];

		if (in->nk[i] == 0)
			continue;
		written(name, sizeof name, in->hdr + in->hoff[i],
		    in->hlen[i]);
		err_quote(q, sizeof q, in->nkmark[i], strlen(in->nkmark[i]));
		if (in->nk[i] == 1)
			err_at(&w, in->name, 0, 0, "%s: 1 cell %s read as "
			    "unknown", name, q);
		else
			err_at(&w, in->name, 0, 0, "%s: %ld cells %s (and the "
			    "like) read as unknown", name, in->nk[i], q);
		warn(in, &w);
	}
	if (in->ndate > 0) {
		char name[80], q[40], a[48], b[48], ev[200] = "";

		written(name, sizeof name, in->hdr + in->hoff[in->datecol],
		    in->hlen[in->datecol]);
		if (in->date_ev[0]) {
			err_quote(q, sizeof q, in->date_ev,
			    strlen(in->date_ev));
			readings(in->date_ev, strlen(in->date_ev), a, b,
			    sizeof a);
			snprintf(ev, sizeof ev, err_tr("; %s can only be %s "
			    "(--dates %s)"), q, a[0] ? a : b, a[0] ? "dmy" :
			    "mdy");
		}
		err_quote(q, sizeof q, in->date_ex, strlen(in->date_ex));
		readings(in->date_ex, strlen(in->date_ex), a, b, sizeof a);
		if (a[0] && b[0])
			err_at(e, in->name, 0, 0, "column %s holds dates like "
			    "%s (%s or %s): give --dates dmy or --dates mdy%s",
			    name, q, a, b, ev);
		else
			err_at(e, in->name, 0, 0, "column %s holds dates like "
			    "%s (%s): give --dates %s%s", name, q, a[0] ? a : b,
			    a[0] ? "dmy" : "mdy", ev);
		e->also = 1;
		r = in->s->reject(in->s->ctx, e);
	}
	if (t != NULL) {
		k = t->stray;
		line = t->stray_line;
	} else {
		k = in->csv != NULL ? csv_in_stray(in->csv, &line) : 0;
	}
	if (k > 0) {
		if (k == 1)
			err_at(&w, in->name, line, 0, "a quote inside a field "
			    "that does not start with one: read as a "
			    "character");
		else
			err_at(&w, in->name, line, 0, "a quote inside a field "
			    "that does not start with one: read as a "
			    "character (%ld such quotes)", k);
		warn(in, &w);
	}
	if (t != NULL && in->s->skipped != NULL)
		in->s->skipped(in->s->ctx, t->blank, t->unread);
	else if (in->csv != NULL && in->s->skipped != NULL)
		in->s->skipped(in->s->ctx, csv_in_blank(in->csv),
		    csv_in_unread(in->csv));
	return r;
}

/* ---- JSON ---- */

/* An own key (normalised) of the record past PROFILE_MAX_CUSTOM: given
 * before (1), not (0), no memory (-1). */
static int
own_seen(struct input *in, const char *norm)
{
	const char *kept[PROFILE_MAX_CUSTOM];
	const struct profile *p = &in->p;
	size_t k;

	for (k = 0; k < p->ncustom; k++)
		kept[k] = p->arena + p->cname[k];
	return past_seen(in, norm, kept, p->ncustom);
}

static int
json_object(void *ctx, const struct json_member *m, size_t n, long line,
    long col, struct ssi_err *e)
{
	struct input *in = ctx;
	struct profile *p = &in->p;
	uint64_t seen = 0;
	size_t i;
	char norm[128], q[160];

	in->position++;
	in->one = !in->lines && !json_in_nested(in->json);
	profile_reset(p);
	past_clear(in);
	in->nprob = 0;
	in->moreprob = 0;
	for (i = 0; i < n; i++) {
		int f = field_lookup(m[i].key, strlen(m[i].key));

		if (f < 0) {
			int k = unknown(in, m[i].key, m[i].line, m[i].col, e);

			if (k < 0) {
				problem(in, e, m[i].line, m[i].col);
				continue;
			}
			if (k != U_OWN || m[i].is_null || m[i].is_nested)
				continue;
			if (m[i].has_nul) {
				err_set(e, "%s: contains a NUL byte", m[i].key);
				problem(in, e, m[i].line, m[i].col);
				continue;
			}
			field_normalize(m[i].key, strlen(m[i].key), norm,
			    sizeof norm);
			if (p->ncustom == PROFILE_MAX_CUSTOM) {
				/* not kept, but a name given twice is an
				 * error past the cap as before it */
				int twice = own_seen(in, norm);

				if (twice != 0) {
					if (twice > 0)
						err_set(e, "%s: given twice",
						    err_quote(q, sizeof q,
						    norm, strlen(norm)));
					else
						err_set(e, "out of memory");
					problem(in, e, m[i].line, m[i].col);
					continue;
				}
				own_full(in, m[i].key, m[i].line, m[i].col);
				continue;
			}
			if (profile_set_custom(p, norm, m[i].val, m[i].len,
			    e) < 0)
				problem(in, e, m[i].line, m[i].col);
			continue;
		}
		if (seen & ((uint64_t)1 << f)) {
			err_set(e, "%s: given twice", m[i].key);
			problem(in, e, m[i].line, m[i].col);
			continue;
		}
		seen |= (uint64_t)1 << f;
		if (m[i].is_null)
			continue;
		if (m[i].is_nested) {
			err_set(e, "%s: a nested object or array is not a "
			    "field value", m[i].key);
			problem(in, e, m[i].line, m[i].col);
			continue;
		}
		if (m[i].has_nul) {
			err_set(e, "%s: contains a NUL byte", m[i].key);
			problem(in, e, m[i].line, m[i].col);
			continue;
		}
		put(in, f, m[i].val, m[i].len, m[i].kind, m[i].line, m[i].col,
		    e);
	}
	return finish(in, line, col, e);
}

static int
json_reject(void *ctx, const struct ssi_err *why)
{
	struct input *in = ctx;
	struct ssi_err e = *why;

	in->position++;
	return reject(in, &e, why->line, why->col);
}

/* ---- files ---- */

static enum in_format
by_name(const char *path)
{
	const char *dot = strrchr(path, '.');

	if (dot == NULL || strchr(dot, '/'))
		return IN_AUTO;
	if (strcasecmp(dot, ".json") == 0)
		return IN_JSON;
	if (strcasecmp(dot, ".jsonl") == 0 || strcasecmp(dot, ".ndjson") == 0)
		return IN_JSONL;
	if (strcasecmp(dot, ".csv") == 0 || strcasecmp(dot, ".tsv") == 0)
		return IN_CSV;
	if (strcasecmp(dot, ".zip") == 0)
		return IN_LINKEDIN;
	return IN_AUTO;
}

static void
linkedin_warn(void *ctx, const struct ssi_err *w)
{
	struct input *in = ctx;

	if (in->s->warn != NULL)
		in->s->warn(in->s->ctx, w);
}

/* A LinkedIn export: one record per snapshot date (linkedin.h), the
 * export read once. */
static int
read_linkedin(struct input *in, const char *path, struct ssi_err *e)
{
	struct linkedin_opts o = in->o->li;
	struct linkedin *x;
	size_t i, n;
	int r = 0;

	o.warn = linkedin_warn;
	o.warn_ctx = in;
	if (linkedin_open(path, &o, &x, e) < 0)
		return -1;
	n = linkedin_count(x);
	in->one = n == 1;
	for (i = 0; i < n && r == 0; i++) {
		in->position++;
		profile_reset(&in->p);
		if (linkedin_snapshot(x, i, &in->p, e) < 0) {
			err_own_file(e);
			r = -1;
		} else {
			r = finish(in, 0, 0, e);
		}
	}
	linkedin_close(x);
	return r;
}

/* Windows-1252 bytes 0x80-0x9F as Unicode; the five it leaves undefined
 * (0x81 0x8D 0x8F 0x90 0x9D) are U+FFFD, the replacement character, so
 * that they show (and decode_cell says so), rather than C1 controls that
 * vanish on a terminal. */
static const unsigned short cp1252_hi[32] = {
	0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
	0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178
};

/* s[0..n) from Windows-1252 into UTF-8 at out (room for 3n bytes); the
 * undefined bytes counted in *undef, the first in *first. */
static size_t
from_cp1252(const unsigned char *s, size_t n, char *out, long *undef,
    unsigned *first)
{
	size_t i, o = 0;

	for (i = 0; i < n; i++) {
		unsigned u = s[i];

		if (u < 0x80) {
			out[o++] = (char)u;
			continue;
		}
		if (u < 0xA0) {
			if (cp1252_hi[u - 0x80] == 0xFFFD && (*undef)++ == 0)
				*first = u;
			u = cp1252_hi[u - 0x80];
		}
		if (u < 0x800) {
			out[o++] = (char)(0xC0 | u >> 6);
			out[o++] = (char)(0x80 | (u & 0x3F));
		} else {
			out[o++] = (char)(0xE0 | u >> 12);
			out[o++] = (char)(0x80 | ((u >> 6) & 0x3F));
			out[o++] = (char)(0x80 | (u & 0x3F));
		}
	}
	return o;
}

/* Is s[0..n) valid UTF-8?  cut: the text may stop inside a sequence. */
static int
utf8_ok(const char *s, size_t n, int cut)
{
	size_t i = n;

	if (utf8_count(s, n) >= 0 || memchr(s, '\0', n) != NULL)
		return 1;	/* valid, or a NUL: binary, not 1252 */
	if (!cut)
		return 0;
	/* drop a sequence the cut may have split: at most 3 bytes */
	while (i > 0 && n - i < 4 && ((unsigned char)s[i - 1] & 0xC0) == 0x80)
		i--;
	if (i > 0 && (unsigned char)s[i - 1] >= 0xC0)
		i--;
	return utf8_count(s, i) >= 0;
}

/*
 * Messages held while a pipe's encoding is judged.  A CSV's encoding
 * (auto) is judged on its first 64 KiB, or all of a shorter input, and
 * the verdict decides some warnings: one for a file read as Windows-1252,
 * one for each value that is not what the file is.  From a regular file
 * the 64 KiB are read before the first row.  From a pipe that would hold
 * back the rows of a slow writer (tail -f): there rows are read, scored
 * and written as their bytes arrive, and the messages (warnings and
 * rejects) wait for the verdict in a list, then are told in the order they
 * were made, after the verdict's own warning, each value's encoding
 * warning as the verdict has it.  Standard error reads as from the file,
 * byte for byte; only when differs.
 */
enum { HELD_WARN, HELD_REJECT, HELD_UTF8, HELD_1252 };

struct held {
	int type;
	long line, col;
	int also;
	const char *kind;
	char *file;		/* NULL: none */
	char *msg;		/* HELD_UTF8, HELD_1252: the column written */
};

/* The warning of a value whose encoding is not the file's: type HELD_UTF8
 * (UTF-8 in a file read as Windows-1252) or HELD_1252 (the other way). */
static void
warn_value(struct input *in, int type, long line, const char *name)
{
	struct ssi_err w;

	memset(&w, 0, sizeof w);
	if (type == HELD_UTF8)
		err_at(&w, in->name, line, 0, "%s: UTF-8 in a file read as "
		    "Windows-1252: this value read as UTF-8", name);
	else if (in->bom)
		err_at(&w, in->name, line, 0, "%s: not UTF-8, though the file "
		    "starts with a UTF-8 byte-order mark: read as "
		    "Windows-1252", name);
	else
		err_at(&w, in->name, line, 0, "%s: not UTF-8, unlike the "
		    "first 64 KiB: read as Windows-1252", name);
	warn(in, &w);
}

/* Append to the held list; -1 when out of memory (then told at once). */
static int
hold_add(struct input *in, int type, const struct ssi_err *e,
    const char *msg, long line)
{
	struct held *h;

	if (in->nheld == in->capheld) {
		size_t cap = in->capheld ? 2 * in->capheld : 64;
		struct held *nh = realloc(in->held, cap * sizeof *nh);

		if (nh == NULL)
			return -1;
		in->held = nh;
		in->capheld = cap;
	}
	h = &in->held[in->nheld];
	memset(h, 0, sizeof *h);
	h->type = type;
	h->line = line;
	if (e != NULL) {
		h->col = e->col;
		h->also = e->also;
		h->kind = e->kind;
		if (e->file != NULL && (h->file = strdup(e->file)) == NULL)
			return -1;
	}
	if ((h->msg = strdup(msg)) == NULL) {
		free(h->file);
		return -1;
	}
	in->nheld++;
	return 0;
}

/* A value whose encoding warning waits for the verdict. */
static void
hold_value(struct input *in, int type, long line, const char *col,
    size_t coln)
{
	char name[80];

	written(name, sizeof name, col, coln);
	if (hold_add(in, type, NULL, name, line) < 0)
		warn_value(in, type, line, name);	/* no memory: now */
}

/* The holding sink: records go on, messages wait. */
static int
hold_record(void *ctx, struct profile *p, const char *file, long line)
{
	struct input *in = ctx;

	return in->real->record(in->real->ctx, p, file, line);
}

static int
hold_reject(void *ctx, const struct ssi_err *e)
{
	struct input *in = ctx;

	if (hold_add(in, HELD_REJECT, e, e->msg, e->line) < 0)
		return in->real->reject(in->real->ctx, e);
	return 0;
}

static void
hold_warn(void *ctx, const struct ssi_err *e)
{
	struct input *in = ctx;

	if (hold_add(in, HELD_WARN, e, e->msg, e->line) < 0 &&
	    in->real->warn != NULL)
		in->real->warn(in->real->ctx, e);
}

static void
hold_skipped(void *ctx, long blank, long unread)
{
	struct input *in = ctx;

	in->real->skipped(in->real->ctx, blank, unread);
}

static void
hold_idle(void *ctx)
{
	struct input *in = ctx;

	in->real->idle(in->real->ctx);
}

static void
hold_column(void *ctx, const char *name, const char *written)
{
	struct input *in = ctx;

	in->real->column(in->real->ctx, name, written);
}

static void
hold_begin(struct input *in)
{
	in->real = in->s;
	in->hold = (struct record_sink){ hold_record, hold_reject, hold_warn,
	    in, in->s->skipped ? hold_skipped : NULL,
	    in->s->idle ? hold_idle : NULL,
	    in->s->column ? hold_column : NULL };
	in->s = &in->hold;
	in->enc = ENC_PENDING;
}

/* The verdict on the first have bytes (eof: all of the input): the
 * encoding, its warning when Windows-1252. */
static void
judge(struct input *in, size_t have, int eof)
{
	in->enc = ENC_UTF8;
	in->bom = have >= 3 && memcmp(in->chunk, "\xEF\xBB\xBF", 3) == 0;
	if (!in->bom && !utf8_ok(in->chunk, have, !eof)) {
		struct ssi_err w = { 0 };

		in->enc = ENC_CP1252;
		err_at(&w, in->name, 0, 0, "not UTF-8, read as Windows-1252");
		warn(in, &w);
	}
}

/* The verdict, then the held messages in their order. */
static void
hold_end(struct input *in, size_t have, int eof)
{
	size_t i;

	in->s = in->real;
	judge(in, have, eof);
	for (i = 0; i < in->nheld; i++) {
		struct held *h = &in->held[i];
		struct ssi_err w;

		if (h->type == HELD_UTF8 || h->type == HELD_1252) {
			if ((h->type == HELD_UTF8) == (in->enc == ENC_CP1252))
				warn_value(in, h->type, h->line, h->msg);
		} else {
			memset(&w, 0, sizeof w);
			if (h->file != NULL) {
				snprintf(w.own_file, sizeof w.own_file, "%s",
				    h->file);
				w.file = w.own_file;
			}
			w.line = h->line;
			w.col = h->col;
			w.also = h->also;
			w.kind = h->kind;
			snprintf(w.msg, sizeof w.msg, "%s", h->msg);
			if (h->type == HELD_REJECT)
				in->s->reject(in->s->ctx, &w);
			else if (in->s->warn != NULL)
				in->s->warn(in->s->ctx, &w);
		}
		free(h->file);
		free(h->msg);
	}
	in->nheld = 0;
}

/*
 * The encoding of a CSV cell (the header's too), whose column is written
 * col[0..coln) in the file, at line: *s and *n become UTF-8 (in->conv when
 * converted).  --encoding utf-8 leaves it (profile_put says when it is not
 * UTF-8); cp1252 converts every cell; auto converts a cell that is not
 * UTF-8, so a file may mix both: Windows-1252 cells in a UTF-8 file (with
 * a warning: past the first 64 KiB, or after a UTF-8 byte-order mark),
 * UTF-8 cells in a file read as Windows-1252 (with a warning).  A byte
 * Windows-1252 leaves undefined becomes U+FFFD, with a warning.  0, or -1
 * on no memory.
 */
static int
decode_cell(struct input *in, const char **s, size_t *n, const char *col,
    size_t coln, long line)
{
	const unsigned char *u = (const unsigned char *)*s;
	struct ssi_err w;	/* zeroed where a warning is made: every cell
				 * comes here, and zeroing the message costs
				 * more than the cell */
	char name[80];
	long undef = 0;
	unsigned first = 0;
	size_t i = 0;

	if (in->o->encoding == ENC_UTF8)
		return 0;
	for (; i + 8 <= *n; i += 8) {	/* ASCII: 8 bytes at a time */
		uint64_t x;

		memcpy(&x, u + i, 8);
		if (x & 0x8080808080808080u)
			break;
	}
	for (; i < *n && u[i] < 0x80; i++)
		;
	if (i == *n)
		return 0;	/* ASCII */
	if (in->o->encoding == ENC_AUTO) {
		if (utf8_count(*s, *n) >= 0) {	/* read as it is */
			if (in->enc == ENC_PENDING)	/* told by the verdict */
				hold_value(in, HELD_UTF8, line, col, coln);
			else if (in->enc == ENC_CP1252)
				warn_value(in, HELD_UTF8, line,
				    written(name, sizeof name, col, coln));
			return 0;	/* UTF-8 in a UTF-8 file: the usual case */
		}
		if (memchr(*s, '\0', *n) != NULL)
			return 0;	/* binary: profile_put says so */
	}
	memset(&w, 0, sizeof w);
	written(name, sizeof name, col, coln);
	if (*n > (SIZE_MAX - 1) / 3)
		return -1;
	if (3 * *n + 1 > in->convcap) {
		size_t cap = in->convcap ? in->convcap : 256;
		char *nc;

		while (cap < 3 * *n + 1)
			cap *= 2;
		if ((nc = realloc(in->conv, cap)) == NULL)
			return -1;
		in->conv = nc;
		in->convcap = cap;
	}
	*n = from_cp1252(u, *n, in->conv, &undef, &first);
	in->conv[*n] = '\0';
	*s = in->conv;
	if (in->o->encoding == ENC_AUTO && in->enc == ENC_UTF8)
		warn_value(in, HELD_1252, line, name);
	else if (in->enc == ENC_PENDING)
		hold_value(in, HELD_1252, line, col, coln);
	if (undef > 0) {
		err_at(&w, in->name, line, 0, "%s: byte 0x%02X has no "
		    "character in Windows-1252: read as U+FFFD", name, first);
		warn(in, &w);
	}
	return 0;
}

/* UTF-16: a byte-order mark, or every other byte NUL in the first ones. */
static int
is_utf16(const unsigned char *s, size_t n)
{
	size_t i, pairs = n < 256 ? n / 2 : 128, z[2] = { 0, 0 };

	if (n >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) ||
	    (s[0] == 0xFE && s[1] == 0xFF)))
		return 1;
	if (pairs < 2)
		return 0;
	for (i = 0; i < 2 * pairs; i++)
		z[i & 1] += s[i] == 0;
	return (z[1] * 10 >= pairs * 9 && z[0] * 10 <= pairs) ||
	    (z[0] * 10 >= pairs * 9 && z[1] * 10 <= pairs);
}

/* Where stream() reads: bytes already read (pre), then fd (none: -1). */
struct src {
	const char *pre;
	size_t npre, at;
	int fd;
	const struct record_sink *idle;	/* fd is a pipe: its idle */
};

/* read(2) again after EINTR; the bytes of pre first. */
static ssize_t
read_some(struct src *src, char *buf, size_t n)
{
	ssize_t r;

	if (src->at < src->npre) {
		if (n > src->npre - src->at)
			n = src->npre - src->at;
		memcpy(buf, src->pre + src->at, n);
		src->at += n;
		return (ssize_t)n;
	}
	if (src->fd < 0)
		return 0;
	if (src->idle != NULL) {
		struct pollfd w = { src->fd, POLLIN, 0 };

		if (poll(&w, 1, 0) == 0)
			src->idle->idle(src->idle->ctx);
	}
	do
		r = read(src->fd, buf, n);
	while (r < 0 && errno == EINTR);
	return r;
}

/* read_some, the bytes counted for input_bytes. */
static ssize_t
read_counted(struct input *in, struct src *src, char *buf, size_t n)
{
	ssize_t r = read_some(src, buf, n);

	if (r > 0)
		in->bytes += (unsigned long long)r;
	return r;
}

/* Feed one chunk to the reader of the file, in UTF-8. */
static int
feed(struct input *in, struct csv_in *c, struct json_in *j, const char *s,
    size_t n, struct ssi_err *e)
{
	if (j != NULL)
		return json_in_feed(j, s, n, e);
	(void)in;	/* the cells are decoded one by one (decode_cell) */
	return csv_in_feed(c, s, n, e);
}

/* s[0..n) through the CSV reader, a chunk at a time (feed converts at
 * most CHUNK bytes). */
static int
feed_all(struct input *in, struct csv_in *c, const char *s, size_t n,
    struct ssi_err *e)
{
	while (n > 0) {
		size_t k = n < CHUNK ? n : CHUNK;
		int r = feed(in, c, NULL, s, k, e);

		if (r != 0)
			return r;
		s += k;
		n -= k;
	}
	return 0;
}

void
input_rest_lost(struct ssi_err *e)
{
	const char *rest = err_tr("; the rest of the file was not read");

	if (strlen(e->msg) + strlen(rest) < sizeof e->msg)
		strcat(e->msg, rest);
}

/* The share of the part just read in t (its arrays kept for the next). */
static void
tail_take(const struct input *in, const struct csv_in *c,
    struct input_tail *t)
{
	size_t n = in->nk != NULL ? in->ncol : 0;

	t->ncol = 0;
	if (n > 0) {
		long *nk = realloc(t->nk, n * sizeof *nk);
		char (*mk)[8] = nk ? realloc(t->nkmark, n * sizeof *mk) : NULL;

		if (nk)
			t->nk = nk;
		if (mk)
			t->nkmark = mk;
		if (nk && mk) {
			memcpy(t->nk, in->nk, n * sizeof *nk);
			memcpy(t->nkmark, in->nkmark, n * sizeof *mk);
			t->ncol = n;
		}
	}
	t->ndate = in->ndate;
	t->datecol = in->datecol;
	memcpy(t->date_ex, in->date_ex, sizeof t->date_ex);
	memcpy(t->date_ev, in->date_ev, sizeof t->date_ev);
	t->stray = c ? csv_in_stray(c, &t->stray_line) : 0;
	t->blank = c ? csv_in_blank(c) : 0;
	t->unread = c ? csv_in_unread(c) : 0;
}

int
input_tail_add(struct input_tail *sum, const struct input_tail *t, long d)
{
	size_t i;

	if (t->ncol > sum->ncol) {
		long *nk = realloc(sum->nk, t->ncol * sizeof *nk);
		char (*mk)[8];

		if (nk == NULL)
			return -1;
		sum->nk = nk;
		mk = realloc(sum->nkmark, t->ncol * sizeof *mk);
		if (mk == NULL)
			return -1;
		sum->nkmark = mk;
		for (i = sum->ncol; i < t->ncol; i++) {
			sum->nk[i] = 0;
			sum->nkmark[i][0] = '\0';
		}
		sum->ncol = t->ncol;
	}
	for (i = 0; i < t->ncol; i++) {
		if (sum->nk[i] == 0 && t->nk[i] > 0)
			memcpy(sum->nkmark[i], t->nkmark[i], sizeof t->nkmark[i]);
		sum->nk[i] += t->nk[i];
	}
	if (sum->ndate == 0 && t->ndate > 0) {
		sum->datecol = t->datecol;
		memcpy(sum->date_ex, t->date_ex, sizeof t->date_ex);
	}
	if (sum->date_ev[0] == '\0')
		memcpy(sum->date_ev, t->date_ev, sizeof t->date_ev);
	sum->ndate += t->ndate;
	if (sum->stray == 0 && t->stray > 0)
		sum->stray_line = t->stray_line > 0 ? t->stray_line + d : 0;
	sum->stray += t->stray;
	sum->blank += t->blank;
	sum->unread += t->unread;
	return 0;
}

void
input_tail_free(struct input_tail *t)
{
	free(t->nk);
	free(t->nkmark);
	memset(t, 0, sizeof *t);
}

/* Where a part stopped (input_part's results). */
static void
part_end(struct input *in, const struct csv_in *c, struct input_part *pt)
{
	pt->clean = c != NULL && csv_in_between_rows(c);
	pt->end_line = c != NULL ? csv_in_row_line(c) : 0;
	pt->end_position = in->position;
	pt->ids = in->ids;
	tail_take(in, c, &pt->tail);
}

/* Read src to its end through a CSV or JSON reader; pt: the first part
 * of a file read in parts (input_read_part), else NULL. */
static int
stream(struct input *in, struct src *fd, enum in_format fmt,
    struct input_part *pt, struct ssi_err *e)
{
	struct json_sink js = { json_object, json_reject, in };
	struct csv_in *c = NULL;
	struct json_in *j = NULL;
	size_t have = 0, done = 0, i;	/* done: bytes of chunk fed */
	long skipped = 0;	/* lines of blank chunks dropped */
	int r = 0, eof = 0, data = 0, first = 1, fed = 0;
	long start = in->position;

	in->enc = ENC_UTF8;
	in->bom = 0;
	/* Sniff: the first non-blank byte says JSON ('{' '[') or CSV.  A
	 * chunk of blanks is dropped (its lines counted), not judged. */
	for (;;) {
		ssize_t n = read_counted(in, fd, in->chunk + have,
		    CHUNK - have);

		if (n < 0)
			return err_at(e, in->name, 0, 0, "read error: %s",
			    strerror(errno));
		have += (size_t)n;
		eof = n == 0;
		if (first && (have >= 2 || eof)) {
			first = 0;
			if (is_utf16((unsigned char *)in->chunk, have))
				return err_at(e, in->name, 0, 0, "UTF-16: save "
				    "as UTF-8 (in Excel: CSV UTF-8)");
		}
		i = 0;
		if (have >= 3 && memcmp(in->chunk, "\xEF\xBB\xBF", 3) == 0 &&
		    skipped == 0)
			i = 3;
		while (i < have && strchr(" \t\r\n", in->chunk[i]) &&
		    in->chunk[i] != '\0')
			i++;
		if (i < have) {
			data = 1;
			break;
		}
		if (eof)
			break;
		if (have == CHUNK) {
			/* all blank: keep what follows the last line end */
			size_t last = have, k;

			while (last > 0 && in->chunk[last - 1] != '\n')
				last--;
			if (last == 0)
				last = have;	/* no line end: blanks only */
			for (k = 0; k < last; k++)
				skipped += in->chunk[k] == '\n' ||
				    (in->chunk[k] == '\r' && (k + 1 == have ||
				    in->chunk[k + 1] != '\n'));
			memmove(in->chunk, in->chunk + last, have - last);
			have -= last;
		}
	}
	if (!data)
		return err_at(e, in->name, 0, 0, "no input");
	if (fmt == IN_AUTO)
		fmt = (in->chunk[i] == '{' || in->chunk[i] == '[') ?
		    IN_JSON : IN_CSV;
	if (fmt == IN_CSV && in->o->encoding == ENC_CP1252)
		in->enc = ENC_CP1252;
	else if (fmt == IN_CSV && in->o->encoding == ENC_AUTO) {
		/* judge the first 64 KiB (or all of a shorter file); a
		 * pipe's rows go on meanwhile, its messages wait (hold_begin):
		 * only its first 3 bytes are waited for (a byte-order mark) */
		int pipe = fd->idle != NULL && pt == NULL;
		size_t need = pipe ? 3 : CHUNK;

		while (!eof && have < need) {
			ssize_t n = read_counted(in, fd, in->chunk + have,
		    CHUNK - have);

			if (n < 0)
				return err_at(e, in->name, 0, 0, "read error: "
				    "%s", strerror(errno));
			have += (size_t)n;
			eof = n == 0;
		}
		if (pipe && !eof && have < CHUNK &&
		    memcmp(in->chunk, "\xEF\xBB\xBF", 3) != 0)
			hold_begin(in);
		else
			judge(in, have, eof);
	}
	if (fmt == IN_CSV) {
		c = csv_in_new(in->name, in->o->delim, csv_row, in);
		if (c) {
			csv_in_cells(c, csv_cell);
			csv_in_set_line(c, 1 + skipped);
		}
		profile_reset(&in->p);
		in->csv = c;
	} else {
		j = json_in_new(in->name, &js, fmt == IN_JSONL);
		if (j)
			json_in_set_line(j, 1 + skipped);
		in->json = j;
		in->lines = fmt == IN_JSONL;
	}
	if (c == NULL && j == NULL) {
		if (in->enc == ENC_PENDING)
			hold_end(in, have, eof);
		return err_at(e, in->name, 0, 0, "out of memory");
	}
	for (;;) {
		ssize_t n;

		if (have > done) {
			r = feed(in, c, j, in->chunk + done, have - done, e);
			done = have;
			fed = 1;
			if (r != 0)
				break;
		}
		if (in->enc == ENC_PENDING && (have == CHUNK || eof))
			hold_end(in, have, eof);
		if (eof)
			break;
		if (in->enc != ENC_PENDING)	/* the 64 KiB judged: reuse */
			have = done = 0;
		n = read_counted(in, fd, in->chunk + have, CHUNK - have);
		if (n < 0) {
			r = err_at(e, in->name, 0, 0, "read error: %s",
			    strerror(errno));
			break;
		}
		if (n == 0)
			eof = 1;
		have += (size_t)n;
	}
	/* stopped before the verdict: read on to it, the bytes unparsed */
	while (in->enc == ENC_PENDING) {
		ssize_t n = eof || have == CHUNK ? 0 :
		    read_counted(in, fd, in->chunk + have, CHUNK - have);

		if (n <= 0)
			hold_end(in, have, eof || n < 0);
		else
			have += (size_t)n;
		eof = eof || n == 0;
	}
	/* stopped after some records: say the rest is lost */
	if (r < 0 && fed && in->position > start && e->line > 0)
		input_rest_lost(e);
	if (r == 0 && pt != NULL && !pt->last) {
		part_end(in, c, pt);
		csv_in_free(c);
		in->csv = NULL;
		return r;
	}
	if (r == 0)
		r = c ? csv_in_finish(c, e) : json_in_finish(j, e);
	if (r == 0 && c && in->col == NULL)
		r = err_at(e, in->name, 0, 0, "no input");
	/* parts: told by input_part_end, from every part's share */
	if (r == 0 && c != NULL && in->col != NULL && pt == NULL)
		r = csv_end(in, NULL, e);
	if (pt != NULL)
		part_end(in, c, pt);
	csv_in_free(c);
	in->csv = NULL;
	json_in_free(j);
	in->json = NULL;
	return r;
}

int
input_read_fd(struct input *in, const char *name, int fd, enum in_format fmt,
    struct ssi_err *e)
{
	forget_file(in);
	in->name = name;
	if (fmt == IN_LINKEDIN)
		return err_at(e, name, 0, 0, "a LinkedIn export is a path");
	struct src src = { NULL, 0, 0, fd, NULL };

	return stream(in, &src, fmt, NULL, e);
}

int
input_one(const struct input *in)
{
	return in->one;
}

int
input_read(struct input *in, const char *path, struct ssi_err *e)
{
	enum in_format fmt = in->o->format;
	struct src src = { NULL, 0, 0, -1, NULL };
	struct stat st;
	int fd, r;

	forget_file(in);
	in->name = strcmp(path, "-") == 0 ? "<stdin>" : path;
	if (strcmp(path, "-") != 0 && stat(path, &st) == 0 &&
	    S_ISDIR(st.st_mode)) {
		if (fmt == IN_AUTO && linkedin_detect(path))
			fmt = IN_LINKEDIN;
		if (fmt != IN_LINKEDIN)
			return err_at(e, in->name, 0, 0, "is a folder, and not "
			    "a LinkedIn data export");
	}
	if (fmt == IN_AUTO && strcmp(path, "-") != 0)
		fmt = by_name(path);
	if (fmt == IN_LINKEDIN)
		return read_linkedin(in, path, e);
	if (strcmp(path, "-") == 0)
		fd = 0;
	else if ((fd = open(path, O_RDONLY)) < 0)
		return err_at(e, in->name, 0, 0, "cannot open: %s",
		    strerror(errno));
	src.fd = fd;
	if (in->s->idle != NULL && fstat(fd, &st) == 0 && !S_ISREG(st.st_mode))
		src.idle = in->s;
	r = stream(in, &src, fmt, NULL, e);
	if (fd != 0)
		close(fd);
	return r;
}

int
input_read_pre(struct input *in, const char *name, int fd, const char *pre,
    size_t npre, struct ssi_err *e)
{
	struct src src = { pre, npre, 0, fd, NULL };

	forget_file(in);
	in->name = name;
	return stream(in, &src, in->o->format == IN_AUTO ? by_name(name) :
	    in->o->format, NULL, e);
}

/* ---- a CSV file in parts (ssi batch -j) ---- */

int
input_may_part(const struct input *in, const char *path)
{
	enum in_format fmt = in->o->format;

	if (fmt == IN_AUTO && strcmp(path, "-") != 0)
		fmt = by_name(path);
	return fmt == IN_AUTO || fmt == IN_CSV;
}

size_t
input_part_head(const struct input *in, const char *path, const char *s,
    size_t n, int eof)
{
	size_t i = 0, judge = n < CHUNK ? n : CHUNK;
	enum in_format fmt = in->o->format;

	if (fmt == IN_AUTO && strcmp(path, "-") != 0)
		fmt = by_name(path);
	if ((fmt != IN_AUTO && fmt != IN_CSV) ||
	    is_utf16((const unsigned char *)s, n))
		return 0;
	if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < judge && strchr(" \t\r\n", s[i]) && s[i] != '\0')
		i++;
	if (i == judge)		/* blanks: left to the whole reader */
		return 0;
	if (fmt == IN_AUTO && (s[i] == '{' || s[i] == '['))
		return 0;
	/* Excel's "sep=;" line before the header: read whole */
	if (judge - i >= 4 && strncasecmp(s + i, "sep=", 4) == 0)
		return 0;
	/* an encoding judged as stream() judges it: UTF-8 only */
	if (in->o->encoding == ENC_AUTO && !(n >= 3 &&
	    memcmp(s, "\xEF\xBB\xBF", 3) == 0) &&
	    !utf8_ok(s, judge, !(eof && n <= CHUNK)))
		return 0;
	return csv_in_first_line(s, n);
}

static int
mute_record(void *ctx, struct profile *p, const char *file, long line)
{
	(void)ctx;
	(void)p;
	(void)file;
	(void)line;
	return 0;
}

static int
mute_reject(void *ctx, const struct ssi_err *e)
{
	(void)ctx;
	(void)e;
	return 0;
}

static void
mute_warn(void *ctx, const struct ssi_err *e)
{
	(void)ctx;
	(void)e;
}

int
input_read_part(struct input *in, struct input_part *pt, struct ssi_err *e)
{
	static const struct record_sink mute = { mute_record, mute_reject,
	    mute_warn, NULL, NULL, NULL, NULL };
	struct csv_in *c;
	const struct record_sink *sink = in->s;
	int r;

	forget_file(in);
	in->name = pt->name;
	in->ids = 0;
	in->position = pt->position;
	pt->lost = 0;
	if (pt->first) {
		struct src src = { pt->s, pt->n, 0, -1, NULL };

		return stream(in, &src, IN_CSV, pt, e);
	}
	in->enc = in->o->encoding == ENC_CP1252 ? ENC_CP1252 : ENC_UTF8;
	in->bom = 0;
	c = csv_in_new(in->name, in->o->delim, csv_row, in);
	if (c == NULL)
		return err_at(e, in->name, 0, 0, "out of memory");
	csv_in_cells(c, csv_cell);
	in->csv = c;
	profile_reset(&in->p);
	/* the header again, told by the first part only */
	in->s = &mute;
	r = feed_all(in, c, pt->head, pt->nhead, e);
	in->s = sink;
	if (r == 0 && in->col == NULL)
		r = err_at(e, in->name, 0, 0, "no input");
	if (r == 0) {
		csv_in_set_line(c, pt->line);
		r = feed_all(in, c, pt->s, pt->n, e);
		pt->lost = r < 0 && e->line > 0;
	}
	if (r == 0 && pt->last)
		r = csv_in_finish(c, e);
	part_end(in, c, pt);
	csv_in_free(c);
	in->csv = NULL;
	return r;
}

unsigned long long
input_bytes(const struct input *in)
{
	return in->bytes;
}

long
input_position(const struct input *in)
{
	return in->position;
}

void
input_set_position(struct input *in, long position)
{
	in->position = position;
}

int
input_part_end(struct input *in, const struct input_part *pt,
    const struct input_tail *sum, struct ssi_err *e)
{
	static const struct record_sink mute = { mute_record, mute_reject,
	    mute_warn, NULL, NULL, NULL, NULL };
	const struct record_sink *sink = in->s;
	struct csv_in *c;
	size_t i;
	int r;

	forget_file(in);
	in->name = pt->name;
	in->enc = in->o->encoding == ENC_CP1252 ? ENC_CP1252 : ENC_UTF8;
	c = csv_in_new(in->name, in->o->delim, csv_row, in);
	if (c == NULL)
		return err_at(e, in->name, 0, 0, "out of memory");
	csv_in_cells(c, csv_cell);
	in->csv = c;
	in->s = &mute;
	r = feed_all(in, c, pt->head ? pt->head : pt->s, pt->nhead, e);
	in->s = sink;
	in->csv = NULL;
	csv_in_free(c);
	if (r != 0 || in->col == NULL)
		return r;
	for (i = 0; i < sum->ncol && i < in->ncol && in->nk != NULL; i++) {
		in->nk[i] = sum->nk[i];
		memcpy(in->nkmark[i], sum->nkmark[i], sizeof in->nkmark[i]);
	}
	in->ndate = sum->ndate;
	in->datecol = sum->datecol;
	memcpy(in->date_ex, sum->date_ex, sizeof in->date_ex);
	memcpy(in->date_ev, sum->date_ev, sizeof in->date_ev);
	return csv_end(in, sum, e);
}
