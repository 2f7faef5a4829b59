/* writer.c - the writer table (see writer.h): which report each format
 * offers and its default, and the small writers of the score, profile,
 * model, field and calibration reports (the bodies are in report.c and
 * calib_out.c). */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "calib_out.h"
#include "digest_out.h"
#include "html.h"
#include "rank_out.h"
#include "ssi/writer.h"
#include "trend_out.h"

const char *const out_format_ids[OF_COUNT] = {
	[OF_TEXT] = "text",
	[OF_JSON] = "json",
	[OF_CSV] = "csv",
	[OF_TSV] = "tsv",
	[OF_JSONL] = "jsonl",
	[OF_HTML] = "html",
	[OF_MD] = "md",
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
	if (x->official_as_of) {
		struct report_opts r = *w->r;

		r.official_as_of = x->official_as_of;
		report_text(w->o, &r, x->p, x->s);
	} else {
		report_text(w->o, w->r, x->p, x->s);
	}
}

/* report_json with the date of x's official figures when they are an
 * earlier (or later) reading's */
static void
score_json_of(struct writer_ctx *w, const struct scored *x, int compact)
{
	if (x->official_as_of) {
		struct report_opts r = *w->r;

		r.official_as_of = x->official_as_of;
		report_json(w->o, &r, x->p, x->s, compact);
	} else {
		report_json(w->o, w->r, x->p, x->s, compact);
	}
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
	score_json_of(w, x, 0);
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

	score_json_of(w, x, 1);
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
fields_text(struct writer_ctx *w, const void *item)
{
	(void)item;
	report_fields_text(w->o, w->r->lang);
}

static void
fields_json(struct writer_ctx *w, const void *item)
{
	(void)item;
	report_fields_json(w->o);
}

static void
fields_csv(struct writer_ctx *w, const void *item)
{
	(void)item;
	report_fields_csv(w->o, is_tsv(w), w->r->lang);
}

/* ---- calibrate: the fitted model, or the report of the fit ---- */

static void
calib_json(struct writer_ctx *w, const void *item)
{
	const struct calibrated *x = item;

	calibrate_write_model(w->o, x->fitted, x->rep);
}

static void
calib_text(struct writer_ctx *w, const void *item)
{
	const struct calibrated *x = item;

	calibrate_write_text(w->o, w->r->lang, x->fitted, x->rep);
}

static void
calib_html(struct writer_ctx *w, const void *item)
{
	const struct calibrated *x = item;

	calibrate_write_html(w->o, w->r->lang, x->start, x->fitted, x->rep,
	    x->pairs, x->npairs);
}

static const struct writer score_text_writer = { NULL, score_text, NULL };
static const struct writer score_json_writer = { NULL, score_json, json_end };
static const struct writer score_jsonl_writer = { NULL, score_jsonl, NULL };
static const struct writer score_csv_writer = { score_csv_begin, score_csv, NULL };
static const struct writer score_tsv_writer = { score_csv_begin, score_csv, NULL };
static const struct writer profile_json_writer = { NULL, profile_json, json_end };
static const struct writer profile_jsonl_writer = { NULL, profile_jsonl, NULL };
static const struct writer profile_csv_writer = { profile_csv_begin, profile_csv, NULL };
static const struct writer profile_tsv_writer = { profile_csv_begin, profile_csv, NULL };
static const struct writer model_text_writer = { NULL, model_text, NULL };
static const struct writer model_json_writer = { NULL, model_json, NULL };
static const struct writer fields_text_writer = { NULL, fields_text, NULL };
static const struct writer fields_json_writer = { NULL, fields_json, NULL };
static const struct writer fields_csv_writer = { NULL, fields_csv, NULL };
static const struct writer fields_tsv_writer = { NULL, fields_csv, NULL };
static const struct writer calib_json_writer = { NULL, calib_json, NULL };
static const struct writer calib_text_writer = { NULL, calib_text, NULL };
static const struct writer calib_html_writer = { NULL, calib_html, NULL };

/* The table: a row per report kind, a column per format; an empty cell is
 * a format the report does not offer. */
static const struct writer *const table[RK_COUNT][OF_COUNT] = {
	[RK_SCORE] = {
		[OF_TEXT] = &score_text_writer,
		[OF_JSON] = &score_json_writer,
		[OF_JSONL] = &score_jsonl_writer,
		[OF_CSV] = &score_csv_writer,
		[OF_TSV] = &score_tsv_writer,
		[OF_HTML] = &score_html_writer,
	},
	[RK_BATCH] = {
		[OF_TEXT] = &score_text_writer,
		[OF_JSON] = &score_json_writer,
		[OF_JSONL] = &score_jsonl_writer,
		[OF_CSV] = &score_csv_writer,
		[OF_TSV] = &score_tsv_writer,
	},
	[RK_PROFILE] = {
		[OF_JSON] = &profile_json_writer,
		[OF_JSONL] = &profile_jsonl_writer,
		[OF_CSV] = &profile_csv_writer,
		[OF_TSV] = &profile_tsv_writer,
	},
	[RK_RANK] = {
		[OF_TEXT] = &rank_text_writer,
		[OF_JSON] = &rank_json_writer,
		[OF_JSONL] = &rank_jsonl_writer,
		[OF_CSV] = &rank_csv_writer,
		[OF_TSV] = &rank_tsv_writer,
		[OF_HTML] = &rank_html_writer,
		[OF_MD] = &rank_md_writer,
	},
	[RK_TREND] = {
		[OF_TEXT] = &trend_text_writer,
		[OF_JSON] = &trend_json_writer,
		[OF_JSONL] = &trend_jsonl_writer,
		[OF_CSV] = &trend_csv_writer,
		[OF_TSV] = &trend_tsv_writer,
		[OF_HTML] = &trend_html_writer,
		[OF_MD] = &trend_md_writer,
	},
	[RK_MODEL] = {
		[OF_TEXT] = &model_text_writer,
		[OF_JSON] = &model_json_writer,
	},
	[RK_FIELDS] = {
		[OF_TEXT] = &fields_text_writer,
		[OF_JSON] = &fields_json_writer,
		[OF_CSV] = &fields_csv_writer,
		[OF_TSV] = &fields_tsv_writer,
	},
	[RK_CHANGES] = {
		[OF_CSV] = &changes_csv_writer,
		[OF_TSV] = &changes_tsv_writer,
	},
	[RK_EXPLAIN] = {
		[OF_TEXT] = &explain_text_writer,
		[OF_JSON] = &explain_json_writer,
		[OF_JSONL] = &explain_jsonl_writer,
	},
	[RK_CALIB] = {
		[OF_TEXT] = &calib_text_writer,
		[OF_JSON] = &calib_json_writer,
		[OF_HTML] = &calib_html_writer,
	},
	[RK_DIGEST] = {
		[OF_TEXT] = &digest_text_writer,
		[OF_MD] = &digest_md_writer,
		[OF_JSON] = &digest_json_writer,
		[OF_HTML] = &digest_html_writer,
	},
};

/* The format of each report when none is asked for. */
static const int defaults[RK_COUNT] = {
	[RK_SCORE] = OF_TEXT,
	[RK_BATCH] = OF_CSV,
	[RK_PROFILE] = OF_JSON,
	[RK_RANK] = OF_TEXT,
	[RK_TREND] = OF_TEXT,
	[RK_MODEL] = OF_JSON,
	[RK_FIELDS] = OF_TEXT,
	[RK_CHANGES] = OF_CSV,
	[RK_EXPLAIN] = OF_TEXT,
	[RK_CALIB] = OF_JSON,
	[RK_DIGEST] = OF_TEXT,
};

int
writer_default(int kind)
{
	return kind >= 0 && kind < RK_COUNT ? defaults[kind] : OF_TEXT;
}

const struct writer *
writer_find(int kind, int format)
{
	if (kind < 0 || kind >= RK_COUNT || format < 0 || format >= OF_COUNT)
		return NULL;
	return table[kind][format];
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
