/* input.c - profiles from files: formats, header mapping, validation
 * (see input.h). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "csv_in.h"
#include "input.h"
#include "json_in.h"
#include "official.h"

#define CHUNK 65536
#define SNIFF_MAX (1u << 20)

const char *const in_format_ids[] = { "auto", "json", "jsonl", "csv", "linkedin" };

struct input {
	const struct read_opts *o;
	const struct record_sink *s;
	struct profile p;
	long position;		/* records read so far, over all files */
	const char *name;	/* the file being read */
	/* CSV: column -> field id (-1 unknown or past the header) */
	int *col;
	size_t ncol;
	/* unknown names already warned about in this file */
	char **warned;
	size_t nwarned;
	char *chunk;
	struct csv_in *csv;	/* the CSV reader of the file, if any */
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
	profile_init(&in->p);
	return in;
}

static void
forget_file(struct input *in)
{
	size_t i;

	for (i = 0; i < in->nwarned; i++)
		free(in->warned[i]);
	free(in->warned);
	in->warned = NULL;
	in->nwarned = 0;
	free(in->col);
	in->col = NULL;
	in->ncol = 0;
}

void
input_free(struct input *in)
{
	if (in == NULL)
		return;
	forget_file(in);
	profile_free(&in->p);
	free(in->chunk);
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
	return in->s->reject(in->s->ctx, e);
}

/* Once per file and name: "unknown field" (a warning, or with --strict an
 * error: returns -1). */
static int
unknown(struct input *in, const char *name, long line, long col,
    struct ssi_err *e)
{
	const char *near = field_nearest(name);
	char q[160], **nw;
	size_t i;

	err_quote(q, sizeof q, name, strlen(name));
	if (near)
		err_at(e, in->name, line, col, "unknown field %s (did you "
		    "mean '%s'?)", q, near);
	else
		err_at(e, in->name, line, col, "unknown field %s", q);
	if (in->o->strict)
		return -1;
	for (i = 0; i < in->nwarned; i++)
		if (strcmp(in->warned[i], name) == 0)
			return 0;
	nw = realloc(in->warned, (in->nwarned + 1) * sizeof *nw);
	if (nw == NULL)
		return 0;
	in->warned = nw;
	if ((nw[in->nwarned] = strdup(name)) != NULL)
		in->nwarned++;
	in->s->warn(in->s->ctx, e);
	return 0;
}

/* Every record ends here: defaults, overrides, the rules, the sink. */
static int
finish(struct input *in, long line, long col, struct ssi_err *e)
{
	struct profile *p = &in->p;
	int i, r;

	p->position = in->position;
	if (!profile_has(p, F_PERIOD_DAYS) && in->o->period > 0) {
		p->num[F_PERIOD_DAYS] = in->o->period;
		p->have |= (uint64_t)1 << F_PERIOD_DAYS;
	}
	for (i = 0; i < in->o->nsets; i++) {
		const struct override *ov = &in->o->sets[i];

		if (profile_set(p, ov->field, ov->val, strlen(ov->val),
		    VK_STRING, 1, e) < 0)
			return reject(in, e, line, col);
		if (ov->val[0] == '\0')
			profile_unset(p, ov->field);
	}
	if (profile_check(p, e) < 0)
		return reject(in, e, line, col);
	if (p->have & OFFICIAL_MASK) {
		struct ssi_err w = { 0 };

		r = official_check(p, &w, e);
		if (r < 0)
			return reject(in, e, line, col);
		if (r > 0) {
			w.file = in->name;
			w.line = line;
			in->s->warn(in->s->ctx, &w);
		}
	}
	if (!profile_has(p, F_ID)) {
		char id[24];
		int n = snprintf(id, sizeof id, "%ld", in->position);

		if (profile_set(p, F_ID, id, (size_t)n, VK_STRING, 0, e) < 0)
			return reject(in, e, line, col);
	}
	return in->s->record(in->s->ctx, p, in->name, line);
}

/* ---- CSV ---- */

/*
 * Tell the CSV reader what to do with each column: counts are decoded by
 * the reader straight into the profile, unknown columns dropped, the rest
 * handed to csv_cell.
 */
static int
csv_plan(struct input *in, const struct csv_row *row, struct ssi_err *e)
{
	struct csv_col *cols = calloc(row->n, sizeof *cols);
	size_t i;
	int r;

	if (cols == NULL)
		return err_at(e, in->name, row->line, 0, "out of memory");
	for (i = 0; i < row->n; i++) {
		int f = in->col[i];

		if (f < 0) {
			cols[i].skip = 1;
		} else if (field_defs[f].type == FT_COUNT) {
			cols[i].num = &in->p.num[f];
			cols[i].bit = (uint64_t)1 << f;
		}
	}
	r = csv_in_numbers(in->csv, cols, row->n, &in->p.have);
	free(cols);
	if (r < 0)
		return err_at(e, in->name, row->line, 0, "out of memory");
	return 0;
}

static int
csv_header(struct input *in, const struct csv_row *row, struct ssi_err *e)
{
	size_t i, j;

	/* Room for every column a row may have: past the header's, -1. */
	in->col = malloc(CSV_MAX_FIELDS * sizeof *in->col);
	if (in->col == NULL)
		return err_at(e, in->name, row->line, 0, "out of memory");
	for (i = row->n; i < CSV_MAX_FIELDS; i++)
		in->col[i] = -1;
	in->ncol = row->n;
	for (i = 0; i < row->n; i++) {
		char name[128];
		size_t n = field_normalize(row->f[i], row->len[i], name,
		    sizeof name);

		in->col[i] = field_lookup(name, n);
		if (in->col[i] >= 0) {
			for (j = 0; j < i; j++)
				if (in->col[j] == in->col[i])
					return err_at(e, in->name, row->line,
					    0, "column '%s' given twice", name);
		} else if (n > 0 && unknown(in, name, row->line, 0, e) < 0) {
			return -1;
		}
	}
	return csv_plan(in, row, e);
}

/* A cell of a data row the reader hands over (text, dates, flags, counts
 * that are not plain digits), straight from the parser. */
static int
csv_cell(void *ctx, size_t col, const char *s, size_t n, struct ssi_err *e)
{
	struct input *in = ctx;
	int f = in->col[col];	/* col < CSV_MAX_FIELDS (csv_in's limit) */

	if (f < 0 || n == 0)
		return 0;
	if (field_defs[f].type == FT_DECIMAL && csv_in_delim(in->csv) != ',')
		return profile_put(&in->p, f, s, n, VK_STRING_DC, e);
	return profile_put(&in->p, f, s, n, VK_STRING, e);	/* 0 or -1 */
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
		r = csv_header(in, row, e);
	} else {
		in->position++;
		if (row->n != in->ncol) {
			err_set(e, "row has %zu fields, the header has %zu",
			    row->n, in->ncol);
			r = reject(in, e, row->line, 0);
		} else if (row->bad) {
			r = reject(in, e, row->line, 0);
		} else {
			r = finish(in, row->line, 0, e);
		}
	}
	profile_reset(&in->p);
	return r;
}

/* ---- JSON ---- */

static int
json_object(void *ctx, const struct json_member *m, size_t n, long line,
    long col, struct ssi_err *e)
{
	struct input *in = ctx;
	struct profile *p = &in->p;
	uint64_t seen = 0;
	size_t i;

	in->position++;
	profile_reset(p);
	for (i = 0; i < n; i++) {
		int f = field_lookup(m[i].key, strlen(m[i].key));

		if (f < 0) {
			if (unknown(in, m[i].key, m[i].line, m[i].col, e) < 0)
				return reject(in, e, m[i].line, m[i].col);
			continue;
		}
		if (seen & ((uint64_t)1 << f)) {
			err_set(e, "%s: given twice", m[i].key);
			return reject(in, e, m[i].line, m[i].col);
		}
		seen |= (uint64_t)1 << f;
		if (m[i].is_null)
			continue;
		if (m[i].is_nested) {
			err_set(e, "%s: a nested object or array is not a "
			    "field value", m[i].key);
			return reject(in, e, m[i].line, m[i].col);
		}
		if (m[i].has_nul) {
			err_set(e, "%s: contains a NUL byte", m[i].key);
			return reject(in, e, m[i].line, m[i].col);
		}
		if (profile_put(p, f, m[i].val, m[i].len, m[i].kind, e) < 0)
			return reject(in, e, m[i].line, m[i].col);
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

static int
read_linkedin(struct input *in, const char *path, struct ssi_err *e)
{
	in->position++;
	profile_reset(&in->p);
	if (linkedin_read(path, &in->o->li, &in->p, e) < 0)
		return -1;
	return finish(in, 0, 0, e);
}

/* Read fd to its end through a CSV or JSON reader. */
static int
stream(struct input *in, int fd, enum in_format fmt, struct ssi_err *e)
{
	struct json_sink js = { json_object, json_reject, in };
	struct csv_in *c = NULL;
	struct json_in *j = NULL;
	size_t have = 0;
	int r = 0, eof = 0;

	/* Sniff: the first non-blank byte says JSON ('{' '[') or CSV. */
	while (fmt == IN_AUTO) {
		ssize_t n = read(fd, in->chunk + have, CHUNK - have);
		size_t i = 0;

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return err_at(e, in->name, 0, 0, "read error: %s",
			    strerror(errno));
		have += (size_t)n;
		if (have >= 3 && memcmp(in->chunk, "\xEF\xBB\xBF", 3) == 0)
			i = 3;
		while (i < have && strchr(" \t\r\n", in->chunk[i]))
			i++;
		if (i < have)
			fmt = (in->chunk[i] == '{' || in->chunk[i] == '[') ?
			    IN_JSON : IN_CSV;
		else if (n == 0 || have == CHUNK) {
			eof = n == 0;
			fmt = IN_CSV;
		}
	}
	if (fmt == IN_CSV) {
		c = csv_in_new(in->name, in->o->delim, csv_row, in);
		if (c)
			csv_in_cells(c, csv_cell);
		profile_reset(&in->p);
		in->csv = c;
	} else
		j = json_in_new(in->name, &js, fmt == IN_JSONL);
	if (c == NULL && j == NULL)
		return err_at(e, in->name, 0, 0, "out of memory");
	for (;;) {
		ssize_t n;

		if (have > 0) {
			r = c ? csv_in_feed(c, in->chunk, have, e) :
			    json_in_feed(j, in->chunk, have, e);
			have = 0;
			if (r != 0)
				break;
		}
		if (eof)
			break;
		n = read(fd, in->chunk, CHUNK);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			r = err_at(e, in->name, 0, 0, "read error: %s",
			    strerror(errno));
			break;
		}
		if (n == 0)
			eof = 1;
		have = (size_t)n;
	}
	if (r == 0)
		r = c ? csv_in_finish(c, e) : json_in_finish(j, e);
	if (r == 0 && c && in->col == NULL)
		r = err_at(e, in->name, 0, 0, "no header row");
	csv_in_free(c);
	in->csv = NULL;
	json_in_free(j);
	return r;
}

int
input_read(struct input *in, const char *path, struct ssi_err *e)
{
	enum in_format fmt = in->o->format;
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
	r = stream(in, fd, fmt, e);
	if (fd != 0)
		close(fd);
	return r;
}
