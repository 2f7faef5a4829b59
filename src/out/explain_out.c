/*
 * explain_out.c - the writers of ssi import --explain (RK_EXPLAIN, see
 * writer.h): for every field of a record, where its value came from.
 *
 * text: the record's name and date, then one line per field the source
 * gives ("  connections 150 -- Connections.csv: ..."), then the fields it
 * cannot give and how to add them, wrapped within 80 columns.  json and
 * jsonl: the record as ssi import writes it, with one more member,
 * "explain": { FIELD: { "given": true, "source": "..." }, ... }, written
 * by report_profile_json's extra-members hook.  The explanations of the
 * text are in the report's language (the source's why() translates
 * them), those of JSON in English.
 */
#include <stdio.h>
#include <string.h>

#include "official_out.h"
#include "ssi/catalog.h"
#include "ssi/lang.h"
#include "ssi/linkedin.h"
#include "ssi/textw.h"
#include "ssi/writer.h"

#define WHY_MAX 512

/* LinkedIn's figures are recorded by ssi log, never read from an export. */
static int
explained_field(int f)
{
	return field_defs[f].group != FG_OFFICIAL &&
	    field_defs[f].group != FG_GOAL;
}

/* The value of field f as the text report shows it (texts cut at 40
 * bytes, on a UTF-8 boundary). */
static void
value(struct out *o, const struct profile *p, int f)
{
	if (!profile_has(p, f)) {
		out_str(o, "-");
	} else if (field_defs[f].type <= FT_DATE) {
		const char *t = profile_text(p, f);
		size_t n = p->len[f], k = n > 40 ? 40 : n;

		while (k < n && k > 0 && ((unsigned char)t[k] & 0xC0) == 0x80)
			k--;
		out_text(o, t, k);
		if (k < n)
			out_str(o, "...");
	} else if (field_defs[f].type == FT_FLAG) {
		out_str(o, p->num[f] ? "true" : "false");
	} else if (field_defs[f].type == FT_DECIMAL) {
		official_json_num(o, p->num[f]);
	} else {
		out_long(o, p->num[f]);
	}
}

/* What the source held but did not count ("One bad item never refuses
 * an export"): the item, where and why, then what it feeds. */
static void
skipped_text(struct writer_ctx *w, const struct explained *x)
{
	struct linkedin_skip k;
	struct out *o = w->o;
	int lang = w->r->lang;
	char b[WHY_MAX + 64];
	size_t i;

	for (i = 0; x->skipped != NULL && x->skipped(x->ctx, i, &k); i++) {
		if (i == 0)
			out_str(o, tr(lang, "Not counted:\n"));
		out_str(o, "  ");
		out_text(o, k.file, strlen(k.file));
		if (k.line > 0) {
			out_char(o, ':');
			out_long(o, k.line);
		}
		out_char(o, ':');
		out_char(o, ' ');
		text_wrap(o, k.why, 2 + (int)text_cols(k.file, strlen(k.file)) + 2 +
		    (k.line > 0 ? snprintf(b, sizeof b, ":%ld", k.line) : 0), 6,
		    80);
		if (k.whole)
			snprintf(b, sizeof b, tr(lang, "file not read; missing: "
			    "%s"), k.feeds);
		else
			snprintf(b, sizeof b, tr(lang, "%ld not counted; it feeds "
			    "%s"), k.n, k.feeds);
		text_pad(o, "", 4);
		text_wrap(o, b, 4, 6, 80);
	}
}

static void
explain_text(struct writer_ctx *w, const void *item)
{
	const struct explained *x = item;
	const struct profile *p = x->p;
	struct out *o = w->o;
	int lang = w->r->lang, f, pass;	/* text: the report's language */
	char why[WHY_MAX];

	if (w->n > 0)
		out_char(o, '\n');
	if (profile_has(p, F_NAME))
		out_text(o, profile_text(p, F_NAME), p->len[F_NAME]);
	else
		out_str(o, msg(lang, M_NO_NAME));
	if (profile_has(p, F_AS_OF)) {
		out_str(o, tr(lang, ", as of "));
		out_str(o, profile_text(p, F_AS_OF));
	}
	out_str(o, " (");
	out_text(o, x->path, strlen(x->path));
	out_str(o, ")\n");
	for (pass = 1; pass >= 0; pass--) {
		if (pass == 0)
			out_str(o, tr(lang, "Not in the export:\n"));
		for (f = 0; f < F_COUNT; f++) {
			long at;

			if (!explained_field(f) ||
			    x->why(x->ctx, f, lang, why, sizeof why) != pass)
				continue;
			out_str(o, "  ");
			out_str(o, field_defs[f].name);
			at = 2 + (long)strlen(field_defs[f].name);
			if (pass) {
				struct out v;

				out_char(o, ' ');
				if (out_mem(&v) == 0) {
					value(&v, p, f);
					out_write(o, v.buf, v.n);
					at += 1 + text_cols(v.buf, v.n);
					out_mem_free(&v);
				}
				out_str(o, " \xE2\x80\x94");	/* an em dash */
				at += 2;
			} else {
				out_char(o, ':');
				at++;
			}
			out_char(o, ' ');
			text_wrap(o, why, (int)at + 1, 6, 80);
		}
	}
	skipped_text(w, x);
}

/* "not_counted": [{"file", "line", "count", "file_read", "why",
 * "feeds"}, ...], when the source held anything it did not count. */
static void
skipped_json(struct out *o, const struct explained *x, int compact)
{
	struct linkedin_skip k;
	size_t i;

	for (i = 0; x->skipped != NULL && x->skipped(x->ctx, i, &k); i++) {
		if (i == 0) {
			out_json_key(o, "not_counted", compact, 1, 0);
			out_char(o, '[');
		} else {
			out_char(o, ',');
		}
		out_str(o, compact ? "" : "\n    ");
		out_str(o, "{\"file\":");
		out_json_str(o, k.file, strlen(k.file));
		out_str(o, ",\"line\":");
		out_long(o, k.line);
		out_str(o, ",\"count\":");
		out_long(o, k.n);
		out_str(o, ",\"file_read\":");
		out_str(o, k.whole ? "false" : "true");
		out_str(o, ",\"why\":");
		out_json_str(o, k.why, strlen(k.why));
		out_str(o, ",\"feeds\":");
		out_json_str(o, k.feeds, strlen(k.feeds));
		out_char(o, '}');
	}
	if (i > 0)
		out_str(o, compact ? "]" : "\n  ]");
}

/* report_profile_json's hook: the "explain" member. */
static void
explain_member(struct out *o, int compact, int first_member, void *ctx)
{
	const struct explained *x = ((void **)ctx)[0];
	const int *lang = ((void **)ctx)[1];
	char why[WHY_MAX];
	int f, first = 1;

	out_json_key(o, "explain", compact, 1, first_member);
	out_char(o, '{');
	for (f = 0; f < F_COUNT; f++) {
		int r;

		if (!explained_field(f))
			continue;
		r = x->why(x->ctx, f, *lang, why, sizeof why);
		out_json_key(o, field_defs[f].name, compact, 2, first);
		first = 0;
		out_str(o, compact ? "{\"given\":" : "{\"given\": ");
		out_str(o, r ? "true" : "false");
		out_str(o, compact ? ",\"source\":" : ", \"source\": ");
		out_json_str(o, why, strlen(why));
		out_char(o, '}');
	}
	out_json_close(o, '}', compact, 1);
	skipped_json(o, x, compact);
}

/* JSON keeps English, whatever the language (as every JSON of ssi). */
static void
explain_one(struct writer_ctx *w, const struct explained *x, int compact)
{
	int lang = LANG_EN;
	void *ctx[2] = { (void *)x, &lang };

	report_profile_json_more(w->o, x->p, compact, explain_member, ctx);
}

/* JSON: one object alone, an array when several (as ssi import). */
static void
explain_json(struct writer_ctx *w, const void *item)
{
	if (w->n == 0 && !w->one)
		out_str(w->o, "[\n");
	else if (w->n > 0)
		out_str(w->o, ",\n");
	explain_one(w, item, 0);
}

static void
explain_json_end(struct writer_ctx *w)
{
	if (w->one && w->n == 1)
		out_char(w->o, '\n');
	else
		out_str(w->o, w->n ? "\n]\n" : "[]\n");
}

static void
explain_jsonl(struct writer_ctx *w, const void *item)
{
	explain_one(w, item, 1);
	out_char(w->o, '\n');
}

const struct writer explain_text_writer = { NULL, explain_text, NULL };
const struct writer explain_json_writer = { NULL, explain_json,
	explain_json_end };
const struct writer explain_jsonl_writer = { NULL, explain_jsonl, NULL };
