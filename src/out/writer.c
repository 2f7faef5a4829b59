/* writer.c - the writer table (see writer.h): which report each format
 * offers, and the small writers of the score, profile, model and field
 * reports (the bodies are in report.c). */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "writer.h"

const char *const out_format_ids[OF_COUNT] = {
	[OF_TEXT] = "text",
	[OF_JSON] = "json",
	[OF_CSV] = "csv",
	[OF_TSV] = "tsv",
	[OF_JSONL] = "jsonl",
	[OF_HTML] = "html",
};

static int
is_tsv(const struct writer_ctx *w)
{
	return w->r->format == OF_TSV;
}

/* ---- score: one scored profile per item ---- */

static void
score_text(struct writer_ctx *w, const void *item)
{
	const struct scored *x = item;

	if (w->n > 0)
		out_str(w->o, "\n\n");
	report_text(w->o, w->r, x->p, x->s);
}

/* JSON: an array of objects, or one object when the input was one. */
static void
score_json(struct writer_ctx *w, const void *item)
{
	const struct scored *x = item;

	if (w->n == 0 && !w->one)
		out_str(w->o, "[\n");
	else if (w->n > 0)
		out_str(w->o, ",\n");
	report_json(w->o, w->r, x->p, x->s, 0);
}

static void
json_end(struct writer_ctx *w)
{
	if (w->one && w->n == 1)
		out_char(w->o, '\n');
	else
		out_str(w->o, w->n ? "\n]\n" : "[]\n");
}

static void
score_jsonl(struct writer_ctx *w, const void *item)
{
	const struct scored *x = item;

	report_json(w->o, w->r, x->p, x->s, 1);
	out_char(w->o, '\n');
}

static void
score_csv_begin(struct writer_ctx *w)
{
	if (!w->r->no_header) {
		report_csv_header(w->o, w->r);
		out_char(w->o, '\n');
	}
}

static void
score_csv(struct writer_ctx *w, const void *item)
{
	const struct scored *x = item;

	report_csv_row(w->o, w->r, x->p, x->s);
	out_char(w->o, '\n');
}

/* ---- profile (ssi import): one record per item ---- */

static void
profile_json(struct writer_ctx *w, const void *item)
{
	if (w->n == 0 && !w->one)
		out_str(w->o, "[\n");
	else if (w->n > 0)
		out_str(w->o, ",\n");
	report_profile_json(w->o, item, 0);
}

static void
profile_jsonl(struct writer_ctx *w, const void *item)
{
	report_profile_json(w->o, item, 1);
	out_char(w->o, '\n');
}

static void
profile_csv_begin(struct writer_ctx *w)
{
	if (!w->r->no_header) {
		report_profile_csv_header(w->o, is_tsv(w));
		out_char(w->o, '\n');
	}
}

static void
profile_csv(struct writer_ctx *w, const void *item)
{
	report_profile_csv(w->o, item, is_tsv(w));
	out_char(w->o, '\n');
}

/* ---- model and fields: one item, the whole table ---- */

static void
model_json(struct writer_ctx *w, const void *item)
{
	report_model_json(w->o, item);
}

static void
model_text(struct writer_ctx *w, const void *item)
{
	report_model_text(w->o, w->r, item);
}

static void
fields(struct writer_ctx *w, const void *item)
{
	(void)item;
	report_fields(w->o, w->r->format);
}

/* rank and trend still write from their commands (cmd_rank.c,
 * cmd_trend.c): these rows only say which formats they offer. */
static void
in_command(struct writer_ctx *w, const void *item)
{
	(void)w;
	(void)item;
}

/* The table: a row per report kind, a column per format; an empty cell is
 * a format the report does not offer. */
static const struct writer table[RK_COUNT][OF_COUNT] = {
	[RK_SCORE] = {
		[OF_TEXT] = { NULL, score_text, NULL },
		[OF_JSON] = { NULL, score_json, json_end },
		[OF_JSONL] = { NULL, score_jsonl, NULL },
		[OF_CSV] = { score_csv_begin, score_csv, NULL },
		[OF_TSV] = { score_csv_begin, score_csv, NULL },
	},
	[RK_PROFILE] = {
		[OF_JSON] = { NULL, profile_json, json_end },
		[OF_JSONL] = { NULL, profile_jsonl, NULL },
		[OF_CSV] = { profile_csv_begin, profile_csv, NULL },
		[OF_TSV] = { profile_csv_begin, profile_csv, NULL },
	},
	[RK_RANK] = {
		[OF_TEXT] = { NULL, in_command, NULL },
		[OF_JSON] = { NULL, in_command, NULL },
		[OF_JSONL] = { NULL, in_command, NULL },
		[OF_CSV] = { NULL, in_command, NULL },
		[OF_TSV] = { NULL, in_command, NULL },
	},
	[RK_TREND] = {
		[OF_TEXT] = { NULL, in_command, NULL },
		[OF_JSON] = { NULL, in_command, NULL },
		[OF_JSONL] = { NULL, in_command, NULL },
		[OF_CSV] = { NULL, in_command, NULL },
		[OF_TSV] = { NULL, in_command, NULL },
	},
	[RK_MODEL] = {
		[OF_TEXT] = { NULL, model_text, NULL },
		[OF_JSON] = { NULL, model_json, NULL },
	},
	[RK_FIELDS] = {
		[OF_TEXT] = { NULL, fields, NULL },
		[OF_JSON] = { NULL, fields, NULL },
		[OF_CSV] = { NULL, fields, NULL },
		[OF_TSV] = { NULL, fields, NULL },
	},
};

const struct writer *
writer_find(int kind, int format)
{
	if (kind < 0 || kind >= RK_COUNT || format < 0 || format >= OF_COUNT)
		return NULL;
	return table[kind][format].item ? &table[kind][format] : NULL;
}

void
writer_formats(int kind, char *buf, size_t n)
{
	size_t len = 0;
	int f;

	if (n == 0)
		return;
	buf[0] = '\0';
	for (f = 0; f < OF_COUNT; f++) {
		if (writer_find(kind, f) == NULL)
			continue;
		len += (size_t)snprintf(buf + (len < n ? len : n),
		    len < n ? n - len : 0, "%s%s", len ? ", " : "",
		    out_format_ids[f]);
	}
}

int
writer_format_parse(const char *s)
{
	int f;

	for (f = 0; f < OF_COUNT; f++)
		if (strcasecmp(out_format_ids[f], s) == 0)
			return f;
	return -1;
}
