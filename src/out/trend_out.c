/* trend_out.c - the writers of ssi trend (see trend_out.h). */
#include <stdio.h>
#include <string.h>

#include "keep.h"
#include "lang.h"
#include "listw.h"
#include "numfmt.h"
#include "trend.h"
#include "trend_out.h"
#include "textw.h"

/* The order of the figures in every output: pillars, then ssi. */
static const char *const fig_ids[TV_COUNT] = {
	"brand", "people", "engagement", "relationships", "ssi"
};

static void
date_out(struct out *o, uint32_t d)
{
	char buf[11];

	out_str(o, keep_date_text(buf, d));
}

static void
cents_out(struct out *o, long long v)
{
	out_fixed(o, v / 100.0, 2);
}

/* ---- CSV, TSV ---- */

/* CSV or, when r->format is OF_TSV, TSV. */
static void
sv_item(struct writer_ctx *w, const void *item)
{
	const struct trend *u = item;
	int tsv = w->r->format == OF_TSV;
	struct out *o = w->o;
	int d = tsv ? '\t' : ',', k;
	long i;

	if (!w->r->no_header) {
		out_str(o, "id");
		out_char(o, d);
		out_str(o, "name");
		out_char(o, d);
		out_str(o, "as_of");
		for (k = 0; k < TV_COUNT; k++) {
			out_char(o, d);
			out_str(o, fig_ids[k]);
		}
		for (k = 0; k < TV_COUNT; k++) {
			out_char(o, d);
			out_str(o, "d_");
			out_str(o, fig_ids[k]);
		}
		out_char(o, '\n');
	}
	for (i = 0; i < u->n && !out_failed(o); i++) {
		const struct trend_snap *sn = &u->s[i];
		const struct trend_member *m = &u->m[sn->member];
		int first = i == m->first;

		out_cell(o, m->id, strlen(m->id), tsv);
		out_char(o, d);
		if (m->name)
			out_cell(o, m->name, strlen(m->name), tsv);
		out_char(o, d);
		date_out(o, sn->date);
		for (k = 0; k < TV_COUNT; k++) {
			out_char(o, d);
			cents_out(o, sn->v[k]);
		}
		for (k = 0; k < TV_COUNT; k++) {
			out_char(o, d);
			if (!first)
				cents_out(o, (long long)sn->v[k] - sn[-1].v[k]);
		}
		out_char(o, '\n');
	}
}


/* ---- JSON, JSON Lines ---- */

/* {"brand": 1.00, ...}: the figures of v (or their difference to w). */
static void
json_figs(struct out *o, const int32_t *v, const int32_t *w, int compact)
{
	int k;

	out_char(o, '{');
	for (k = 0; k < TV_COUNT; k++) {
		if (k)
			out_str(o, compact ? "," : ", ");
		out_char(o, '"');
		out_str(o, fig_ids[k]);
		out_str(o, compact ? "\":" : "\": ");
		cents_out(o, w ? (long long)v[k] - w[k] : v[k]);
	}
	out_char(o, '}');
}

/* A text or null. */
static void
json_or_null(struct out *o, const char *s)
{
	if (s == NULL) {
		out_str(o, "null");
		return;
	}
	out_json_str(o, s, strlen(s));
}

/* Member i of trend ctx as a JSON object. */
static void
json_member(struct out *o, const void *ctx, long mi, int compact)
{
	const struct trend *u = ctx;
	const struct trend_member *m = &u->m[mi];
	const struct trend_snap *s = u->s + m->first;
	const char *sep = compact ? "," : ", ";
	int32_t change[TV_COUNT];
	long i, n = m->n;
	int k;

	out_str(o, compact ? "{\"id\":" : "{\n    \"id\": ");
	json_or_null(o, m->id);
	out_str(o, compact ? ",\"name\":" : ",\n    \"name\": ");
	json_or_null(o, m->name);
	out_str(o, compact ? ",\"snapshots\":[" : ",\n    \"snapshots\": [");
	for (i = 0; i < n; i++) {
		if (i)
			out_char(o, ',');
		if (!compact)
			out_str(o, "\n      ");
		out_str(o, compact ? "{\"as_of\":\"" : "{\"as_of\": \"");
		date_out(o, s[i].date);
		out_char(o, '"');
		for (k = 0; k < TV_COUNT; k++) {
			out_str(o, sep);
			out_char(o, '"');
			out_str(o, fig_ids[k]);
			out_str(o, compact ? "\":" : "\": ");
			cents_out(o, s[i].v[k]);
		}
		out_str(o, sep);
		out_str(o, compact ? "\"delta\":" : "\"delta\": ");
		if (i == 0)
			out_str(o, "null");
		else
			json_figs(o, s[i].v, s[i - 1].v, compact);
		out_char(o, '}');
	}
	out_str(o, compact ? "],\"change\":" : "\n    ],\n    \"change\": ");
	for (k = 0; k < TV_COUNT; k++)
		change[k] = s[n - 1].v[k] - s[0].v[k];
	json_figs(o, change, NULL, compact);
	out_str(o, compact ? "}" : "\n  }");
}

/* JSON or, when r->format is OF_JSONL, JSON Lines. */
static void
json_item(struct writer_ctx *w, const void *item)
{
	const struct trend *u = item;

	list_json(w->o, u->nm, w->r->format == OF_JSONL, json_member, u);
}

/* ---- text ---- */

#define COL_DATE 10
#define COL_VALUE 7	/* two spaces and the value */
#define COL_DELTA 6	/* a space and the change */

static void
bold(struct out *o, const struct report_opts *r, int on)
{
	if (r->color)
		out_str(o, on ? "\033[1m" : "\033[0m");
}

static void
spaces(struct out *o, long n)
{
	for (; n > 0; n--)
		out_char(o, ' ');
}

static void
spark(struct out *o, const struct report_opts *r, const struct trend_snap *s,
    long n, int32_t lo, int32_t hi)
{
	static const char ascii[] = "_.-=+*#@";
	long i = n > TREND_SPARK_MAX ? n - TREND_SPARK_MAX : 0;

	if (i > 0)
		out_str(o, r->utf8 ? "\xe2\x80\xa6" : "...");
	for (; i < n; i++) {
		long long range = (long long)hi - lo;
		int level = range == 0 ? 3 :
		    (int)((14 * ((long long)s[i].v[TV_SSI] - lo) + range) /
		    (2 * range));

		if (r->utf8) {
			char ch[4] = { '\xe2', '\x96', (char)(0x81 + level), 0 };

			out_str(o, ch);
		} else {
			out_char(o, ascii[level]);
		}
	}
}

/* The figure of column k of the table: the index first, then the pillars. */
static int
col_fig(int k)
{
	return k == 0 ? TV_SSI : k - 1;
}

static void
member_text(const struct trend *u, struct out *o, const struct report_opts *r,
    const struct trend_member *m)
{
	const struct trend_snap *s = u->s + m->first;
	int32_t lo = s[0].v[TV_SSI], hi = lo;
	long i, n = m->n;
	char buf[64];
	int k, f;

	bold(o, r, 1);
	out_text(o, m->name ? m->name : m->id,
	    strlen(m->name ? m->name : m->id));
	bold(o, r, 0);
	if (m->name && strcmp(m->name, m->id) != 0) {
		out_str(o, " (");
		out_text(o, m->id, strlen(m->id));
		out_char(o, ')');
	}
	out_char(o, '\n');

	for (i = 1; i < n; i++) {
		if (s[i].v[TV_SSI] < lo)
			lo = s[i].v[TV_SSI];
		if (s[i].v[TV_SSI] > hi)
			hi = s[i].v[TV_SSI];
	}
	out_str(o, "  ");
	spark(o, r, s, n, lo, hi);
	snprintf(buf, sizeof buf, "  %ld %s, %s ", n,
	    msg(r->lang, n == 1 ? M_SNAPSHOT : M_SNAPSHOTS),
	    msg(r->lang, M_MIN));
	out_str(o, buf);
	keep_dec1(buf, sizeof buf, lo, 0);
	out_str(o, numfmt_mark(buf, r->lang));
	out_str(o, ", ");
	out_str(o, msg(r->lang, M_MAX));
	out_char(o, ' ');
	keep_dec1(buf, sizeof buf, hi, 0);
	out_str(o, numfmt_mark(buf, r->lang));
	out_str(o, "\n\n");

	/* Table: date, then index and pillars each with its change. */
	out_str(o, "  ");
	text_pad(o, msg(r->lang, M_DATE_COL), COL_DATE);
	for (k = 0; k < TV_COUNT; k++) {
		f = col_fig(k);
		if (k)
			spaces(o, COL_DELTA);
		text_right(o, f == TV_SSI ? msg(r->lang, M_INDEX_COL) :
		    lang_pillar_short(r->lang, f), COL_VALUE);
	}
	out_char(o, '\n');
	for (i = 0; i < n && !out_failed(o); i++) {
		out_str(o, "  ");
		date_out(o, s[i].date);
		for (k = 0; k < TV_COUNT; k++) {
			f = col_fig(k);
			keep_dec1(buf, sizeof buf, s[i].v[f], 0);
			text_right(o, numfmt_mark(buf, r->lang), COL_VALUE);
			/* the first snapshot has no change: blanks between values */
			if (i == 0) {
				buf[0] = '\0';
			} else {
				keep_dec1(buf, sizeof buf,
				    (long long)s[i].v[f] - s[i - 1].v[f], 1);
				numfmt_mark(buf, r->lang);
			}
			if (k + 1 < TV_COUNT) {
				out_char(o, ' ');
				text_pad(o, buf, COL_DELTA - 1);
			} else if (i > 0) {
				out_char(o, ' ');
				out_str(o, buf);
			}
		}
		out_char(o, '\n');
	}
	out_str(o, "  ");
	text_pad(o, msg(r->lang, M_CHANGE), COL_DATE);
	for (k = 0; k < TV_COUNT; k++) {
		f = col_fig(k);
		spaces(o, COL_VALUE + 1);
		keep_dec1(buf, sizeof buf, (long long)s[n - 1].v[f] - s[0].v[f],
		    1);
		numfmt_mark(buf, r->lang);
		if (k + 1 < TV_COUNT)
			text_pad(o, buf, COL_DELTA - 1);
		else
			out_str(o, buf);
	}
	out_char(o, '\n');
}

static void
text_item(struct writer_ctx *w, const void *item)
{
	const struct trend *u = item;
	const struct report_opts *r = w->r;
	char buf[128];
	long i;

	bold(w->o, r, 1);
	out_str(w->o, msg(r->lang, M_TREND_TITLE));
	bold(w->o, r, 0);
	snprintf(buf, sizeof buf, " (%ld %s, %ld %s)\n", u->nm,
	    msg(r->lang, u->nm == 1 ? M_PROFILE : M_PROFILES), u->n,
	    msg(r->lang, u->n == 1 ? M_SNAPSHOT : M_SNAPSHOTS));
	out_str(w->o, buf);
	for (i = 0; i < u->nm && !out_failed(w->o); i++) {
		out_char(w->o, '\n');
		member_text(u, w->o, r, &u->m[i]);
	}
}

const struct writer trend_text_writer = { NULL, text_item, NULL };
const struct writer trend_json_writer = { NULL, json_item, NULL };
const struct writer trend_jsonl_writer = { NULL, json_item, NULL };
const struct writer trend_csv_writer = { NULL, sv_item, NULL };
const struct writer trend_tsv_writer = { NULL, sv_item, NULL };
