/* report.c - writers of scores, profiles, the model, the fields
 * (see report.h). */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "official_out.h"
#include "ssi/catalog.h"
#include "out_fast.h"
#include "ssi/lang.h"
#include "ssi/numfmt.h"
#include "ssi/report.h"
#include "ssi/textw.h"
#include "text/advice.h"
#include "text/fieldhelp.h"

#define ADVICE_MAX 2048

static const char *const csv_cols[] = {
	"id", "name", "industry", "brand", "people", "engagement",
	"relationships", "ssi", "ssi_max", "coverage", "top_action"
};

static int
delim_of(const struct report_opts *r)
{
	return r->format == OF_TSV ? '\t' : ',';
}

void
report_text_field(struct out *o, const struct profile *p, int f)
{
	const char *t = profile_text(p, f);

	if (t)
		out_text(o, t, p->len[f]);
}

/* ---- CSV / TSV ---- */

void
report_csv_header(struct out *o, const struct report_opts *r)
{
	size_t i;

	for (i = 0; i < sizeof csv_cols / sizeof csv_cols[0]; i++) {
		if (i)
			out_char(o, delim_of(r));
		out_str(o, csv_cols[i]);
	}
	if (r->official)
		report_official_csv_header(o, delim_of(r));
}

static void
cell(struct out *o, const struct report_opts *r, const struct profile *p,
    int f)
{
	/* profile_text, inline: the three text columns of every row */
	if (profile_has(p, f))
		out_cell_fast(o, p->arena + p->off[f], p->len[f],
		    r->format == OF_TSV);
}

/* Figure i of a CSV row: the four pillars, ssi, ssi_max, coverage. */
static double
figure(const struct score *s, int i)
{
	return i < P_COUNT ? s->pillar[i] : i == P_COUNT ? s->ssi :
	    i == P_COUNT + 1 ? s->ssi_max : s->coverage;
}

#define FIGURES (P_COUNT + 3)

/*
 * The figures of a CSV row and its top action, each after the delimiter
 * d: where the buffer has room for all of them, each a word (out_fig2)
 * stored at a pointer kept in a register; from the first that is no score
 * (or without room), out_char and out_fixed.
 */
static void
csv_figures(struct out *o, int d, const struct score *s, int lead)
{
	char *b;
	size_t k;
	int i = 0, top;

	if (o->cap - o->n >= 64) {
		b = o->buf + o->n;
		b[0] = b[1] = (char)d;	/* lead of them: the empty cells' */
		b += lead;
#define FIG(x) if ((k = out_fig2(b, d, (x))) == 0) goto slow; b += k; i++
		FIG(s->pillar[0]);
		FIG(s->pillar[1]);
		FIG(s->pillar[2]);
		FIG(s->pillar[3]);
		FIG(s->ssi);
		FIG(s->ssi_max);
		FIG(s->coverage);
#undef FIG
		*b++ = (char)d;
		if (score_top(s, &top, 1) > 0) {
			memcpy(b, model_key_names[top], 2);
			b += 2;
		}
		o->n = (size_t)(b - o->buf);
		return;
slow:
		o->n = (size_t)(b - o->buf);
		lead = 0;
	}
	_Static_assert(FIGURES * 8 + 5 <= 64, "a row's figures fit in 64");
	for (; lead > 0; lead--)
		out_char(o, d);
	for (; i < FIGURES; i++) {
		out_char(o, d);
		out_fixed(o, figure(s, i), 2);
	}
	out_char(o, d);
	if (score_top(s, &top, 1) > 0)
		out_write(o, model_key_name(top), 2);
}

void
report_csv_row(struct out *o, const struct report_opts *r,
    const struct profile *p, const struct score *s)
{
	int d = delim_of(r), lead = 0;

	cell(o, r, p, F_ID);
	if (p->have & ((uint64_t)1 << F_NAME | (uint64_t)1 << F_INDUSTRY)) {
		out_char(o, d);
		cell(o, r, p, F_NAME);
		out_char(o, d);
		cell(o, r, p, F_INDUSTRY);
	} else {
		lead = 2;	/* both empty: two delimiters */
	}
	csv_figures(o, d, s, lead);
	if (r->official)
		report_official_csv_row(o, d, p);
}

/* The advice flags of the report's input. */
static unsigned
advice_flags(const struct report_opts *r)
{
	return r->linkedin ? ADVICE_EXPORT : 0;
}

/* ---- JSON ---- */

static void
json_text(struct out *o, const struct profile *p, int f)
{
	const char *t = profile_text(p, f);

	if (t)
		out_json_str(o, t, p->len[f]);
	else
		out_str(o, "null");
}

/* The input of a signal in words: "searches per month", "a / b". */
static void
signal_input(struct out *o, const struct signal *g)
{
	char buf[128];

	if (g->curve == C_ITEMS)
		snprintf(buf, sizeof buf, "%d items", g->nitems);
	else if (g->in[1] >= 0)
		snprintf(buf, sizeof buf, "%s / %s", field_defs[g->in[0]].name,
		    field_defs[g->in[1]].name);
	else if (model_per_month(g))
		snprintf(buf, sizeof buf, "%s per month",
		    field_defs[g->in[0]].name);
	else
		snprintf(buf, sizeof buf, "%s", field_defs[g->in[0]].name);
	out_json_str(o, buf, strlen(buf));
}

static void
json_signal(struct out *o, const struct model *m, const struct score *s,
    int i, int compact, int ind)
{
	const struct signal *g = &m->sig[i];

	out_char(o, '{');
	out_json_key(o, "signal", compact, ind, 1);
	out_json_str(o, g->name, strlen(g->name));
	out_json_key(o, "key", compact, ind, 0);
	out_json_str(o, model_key_name(g->key), 2);
	out_json_key(o, "input", compact, ind, 0);
	signal_input(o, g);
	out_json_key(o, "curve", compact, ind, 0);
	out_json_str(o, curve_ids[g->curve], strlen(curve_ids[g->curve]));
	if (g->curve == C_BAND) {
		out_json_key(o, "lo", compact, ind, 0);
		out_fixed(o, g->lo, 2);
	}
	if (g->curve != C_ITEMS && g->curve != C_FLAG) {
		out_json_key(o, "target", compact, ind, 0);
		out_fixed(o, g->target, 2);
	}
	out_json_key(o, "value", compact, ind, 0);
	if (s->status[i] == ST_MISSING)
		out_str(o, "null");
	else
		out_fixed(o, s->value[i], 2);
	out_json_key(o, "points", compact, ind, 0);
	out_fixed(o, s->points[i], 2);
	out_json_key(o, "max", compact, ind, 0);
	out_fixed(o, g->weight, 2);
	out_json_key(o, "status", compact, ind, 0);
	out_json_str(o, status_ids[s->status[i]],
	    strlen(status_ids[s->status[i]]));
	if (!compact) {
		int k;

		out_char(o, '\n');
		for (k = 0; k < ind - 1; k++)
			out_str(o, "  ");
	}
	out_char(o, '}');
}

/* "unmeasured": [{key, gain, missing[], text}]: the keys whose signals are
 * all missing, what each could add at most (gain), the fields it lacks
 * and, with detail, how to supply them. */
static void
json_unmeasured(struct out *o, const struct report_opts *r,
    const struct profile *p, const struct score *s, int compact, int detail)
{
	char text[ADVICE_MAX];
	int un[MODEL_KEYS], nun = score_unmeasured(s, un, MODEL_KEYS), i, j;

	out_json_key(o, "unmeasured", compact, 1, 0);
	out_char(o, '[');
	for (i = 0; i < nun; i++) {
		int f[F_COUNT], nf = score_key_missing(r->m, s, un[i], f,
		    F_COUNT);

		if (i)
			out_char(o, ',');
		if (!compact)
			out_str(o, "\n    ");
		out_char(o, '{');
		out_json_key(o, "key", compact, 3, 1);
		out_json_str(o, model_key_name(un[i]), 2);
		out_json_key(o, "gain", compact, 3, 0);
		out_fixed(o, score_unmeasured_gain(s, un[i]), 2);
		out_json_key(o, "missing", compact, 3, 0);
		out_char(o, '[');
		for (j = 0; j < nf; j++) {
			if (j)
				out_str(o, compact ? "," : ", ");
			out_json_str(o, field_defs[f[j]].name,
			    strlen(field_defs[f[j]].name));
		}
		out_char(o, ']');
		if (detail) {
			size_t n = advice_supply(r->lang, r->m, p, s, un[i],
			    advice_flags(r), text, sizeof text);

			out_json_key(o, "text", compact, 3, 0);
			out_json_str(o, text, n);
		}
		out_json_close(o, '}', compact, 2);
	}
	out_json_close(o, ']', compact || nun == 0, 1);
}

void
report_json(struct out *o, const struct report_opts *r,
    const struct profile *p, const struct score *s, int compact)
{
	const struct model *m = r->m;
	int miss[F_COUNT], nmiss, i, pl, first, top[3], ntop;
	int detail = !compact || r->explain;

	out_char(o, '{');
	out_json_key(o, "id", compact, 1, 1);
	json_text(o, p, F_ID);
	out_json_key(o, "name", compact, 1, 0);
	json_text(o, p, F_NAME);
	out_json_key(o, "industry", compact, 1, 0);
	json_text(o, p, F_INDUSTRY);
	out_json_key(o, "as_of", compact, 1, 0);
	json_text(o, p, F_AS_OF);
	out_json_key(o, "model", compact, 1, 0);
	out_json_str(o, m->id, strlen(m->id));
	out_json_key(o, "ssi", compact, 1, 0);
	out_fixed(o, s->ssi, 2);
	out_json_key(o, "ssi_max", compact, 1, 0);
	out_fixed(o, s->ssi_max, 2);
	out_json_key(o, "coverage", compact, 1, 0);
	out_fixed(o, s->coverage, 2);
	out_json_key(o, "missing", compact, 1, 0);
	out_char(o, '[');
	nmiss = score_missing(m, s, miss, F_COUNT);
	for (i = 0; i < nmiss; i++) {
		if (i)
			out_str(o, compact ? "," : ", ");
		out_json_str(o, field_defs[miss[i]].name,
		    strlen(field_defs[miss[i]].name));
	}
	out_char(o, ']');
	out_json_key(o, "pillars", compact, 1, 0);
	out_char(o, '{');
	for (pl = 0; pl < P_COUNT; pl++) {
		out_json_key(o, pillar_ids[pl], compact, 2, pl == 0);
		out_char(o, '{');
		out_json_key(o, "score", compact, 3, 1);
		out_fixed(o, s->pillar[pl], 2);
		out_json_key(o, "max", compact, 3, 0);
		out_fixed(o, PILLAR_MAX, 2);
		if (detail) {
			out_json_key(o, "signals", compact, 3, 0);
			out_char(o, '[');
			first = 1;
			for (i = 0; i < m->nsig; i++) {
				if (m->sig[i].pillar != pl)
					continue;
				if (!first)
					out_char(o, ',');
				if (!compact)
					out_str(o, "\n        ");
				json_signal(o, m, s, i, compact, 5);
				first = 0;
			}
			out_json_close(o, ']', compact || first, 3);
		}
		out_json_close(o, '}', compact, 2);
	}
	out_json_close(o, '}', compact, 1);
	report_official_json(o, r, p, s, compact);
	out_json_key(o, "top_actions", compact, 1, 0);
	out_char(o, '[');
	ntop = score_top(s, top, 3);
	for (i = 0; i < ntop; i++) {
		if (i)
			out_str(o, compact ? "," : ", ");
		out_json_str(o, model_key_name(top[i]), 2);
	}
	out_char(o, ']');
	json_unmeasured(o, r, p, s, compact, detail);
	if (detail) {
		char text[ADVICE_MAX];

		out_json_key(o, "advice", compact, 1, 0);
		out_char(o, '[');
		first = 1;
		for (pl = 0; pl < P_COUNT; pl++) {
			int keys[4], nk = score_pillar_keys(s, pl, keys), k;

			for (k = 0; k < nk; k++) {
				const char *t = advice_key_title(r->lang, keys[k]);
				size_t n = advice_text(r->lang, m, p, s, keys[k],
				    advice_flags(r), text, sizeof text);

				if (!first)
					out_char(o, ',');
				first = 0;
				if (!compact)
					out_str(o, "\n    ");
				out_char(o, '{');
				out_json_key(o, "key", compact, 3, 1);
				out_json_str(o, model_key_name(keys[k]), 2);
				out_json_key(o, "pillar", compact, 3, 0);
				out_json_str(o, pillar_ids[pl],
				    strlen(pillar_ids[pl]));
				out_json_key(o, "title", compact, 3, 0);
				out_json_str(o, t, strlen(t));
				out_json_key(o, "gain", compact, 3, 0);
				out_fixed(o, s->gain[keys[k]], 2);
				out_json_key(o, "text", compact, 3, 0);
				out_json_str(o, text, n);
				out_json_close(o, '}', compact, 2);
			}
		}
		out_json_close(o, ']', compact || first, 1);
	}
	out_json_close(o, '}', compact, 0);
}

/* ---- text ---- */

long
report_cols(const char *s)
{
	return text_cols_str(s);
}

void
report_pad(struct out *o, const char *s, int width)
{
	text_pad(o, s, width);
}

static void
color(struct out *o, const struct report_opts *r, const char *code)
{
	if (r->color) {
		out_str(o, "\033[");
		out_str(o, code);
		out_char(o, 'm');
	}
}

static void
bar(struct out *o, const struct report_opts *r, double v, double max, int w)
{
	int full = (int)floor(v / max * w + 0.5), i;

	if (full > w)
		full = w;
	color(o, r, v >= 0.8 * max ? "32" : v >= 0.5 * max ? "33" : "31");
	for (i = 0; i < full; i++)
		out_str(o, r->utf8 ? "\xe2\x96\x88" : "#");
	color(o, r, "0");
	for (; i < w; i++)
		out_str(o, r->utf8 ? "\xe2\x96\x91" : ".");
}

/* Write text wrapped at width, every line indented by ind spaces. */
static void
wrap(struct out *o, const char *t, int ind, int width)
{
	int col = 0, i;

	while (*t) {
		const char *w = t;
		long wl;
		char word[512];
		size_t n;

		while (*t && *t != ' ')
			t++;
		n = (size_t)(t - w) < sizeof word ? (size_t)(t - w) : sizeof word - 1;
		memcpy(word, w, n);
		word[n] = '\0';
		wl = report_cols(word);
		if (col > 0 && col + 1 + wl > width - ind) {
			out_char(o, '\n');
			col = 0;
		}
		if (col == 0)
			for (i = 0; i < ind; i++)
				out_char(o, ' ');
		else
			out_char(o, ' '), col++;
		out_text(o, w, (size_t)(t - w));
		col += (int)wl;
		while (*t == ' ')
			t++;
	}
	out_char(o, '\n');
}

/* Write text after a cell that ends at column ind - 1: a space, the
 * words that fit in width, the rest wrapped under it at column ind. */
static void
wrap_after(struct out *o, const char *t, int ind, int width)
{
	const char *p, *cut = NULL;

	for (p = t; *p; p++)
		if (*p == ' ' && text_cols(t, (size_t)(p - t)) <= width - ind)
			cut = p;
	if (cut == NULL || report_cols(t) <= width - ind) {
		out_char(o, ' ');
		out_text(o, t, strlen(t));
		out_char(o, '\n');
		return;
	}
	out_char(o, ' ');
	out_text(o, t, (size_t)(cut - t));
	out_char(o, '\n');
	wrap(o, cut + 1, ind, width);
}

/* The gain cell, 8 columns for a gain under 10: "    done", "    +6.0";
 * at_most: "up to +6.0" (what an unmeasured key could add).  Numbers as
 * the reader's language writes them ("+6,0"). */
static void
gain_cell(struct out *o, const struct report_opts *r, double gain,
    int at_most)
{
	struct numfmt b;

	if (at_most) {
		out_str(o, msg(r->lang, M_AT_MOST));
		out_str(o, " +");
		out_str(o, numfmt_dec(&b, r->lang, gain, 1));
		return;
	}
	if (gain < GAIN_DONE) {
		color(o, r, "32");
		text_right(o, msg(r->lang, M_DONE), 8);
		color(o, r, "0");
		return;
	}
	out_str(o, "    +");
	out_str(o, numfmt_dec(&b, r->lang, gain, 1));
}

/* One line: "  B4  Title ...... +6.0", the gain right-aligned, the title
 * cut with an ellipsis when the width is short. */
static void
key_line(struct out *o, const struct report_opts *r, double gain, int k,
    const char *lead, int at_most)
{
	int room = r->width - 10 - (int)report_cols(lead) - 4;

	if (at_most)	/* "up to +6.0" is wider than "    +6.0" */
		room -= (int)report_cols(msg(r->lang, M_AT_MOST)) + 2 - 4;
	if (room < 10)
		room = 10;
	out_str(o, lead);
	out_str(o, model_key_name(k));
	out_str(o, "  ");
	text_fit(o, advice_key_title(r->lang, k), room, 1, r->utf8);
	gain_cell(o, r, gain, at_most);
	out_char(o, '\n');
}

/* A number in at most 2 decimals, trailing zeros dropped ("0.6", "500",
 * "0,65"), as the reader's language writes it. */
static const char *
short_num(struct numfmt *b, int lang, double x)
{
	int d = x == floor(x) ? 0 : x * 10 == floor(x * 10) ? 1 : 2;

	return numfmt_dec(b, lang, x, d);
}

/* The input of signal g in words, for --explain: "posts per month",
 * "active_days / period_days", "completeness (8 items)".  Returns where a
 * line break reads best (before "per month"), 0 for anywhere. */
static size_t
explain_input(char *buf, size_t n, const struct report_opts *r,
    const struct signal *g)
{
	size_t keep = 0;

	if (g->curve == C_ITEMS)
		snprintf(buf, n, "%s (%d %s)", g->name, g->nitems,
		    msg(r->lang, M_ITEMS));
	else if (g->in[1] >= 0)
		snprintf(buf, n, "%s / %s", field_defs[g->in[0]].name,
		    field_defs[g->in[1]].name);
	else if (model_per_month(g)) {
		snprintf(buf, n, "%s %s", field_defs[g->in[0]].name,
		    msg(r->lang, M_PER_MONTH));
		keep = strlen(field_defs[g->in[0]].name) + 1;
	} else
		snprintf(buf, n, "%s", field_defs[g->in[0]].name);
	return keep;
}

/*
 * The columns of --explain: key, input, value, curve, target, points,
 * status: 2 + 6 + 26 + 7 + 2 + 7 + 9 + 10 + 2 + 9 ("sin datos") = 80.  An
 * input longer than its column goes on under it, indented by 2.
 */
#define EX_IND "  "	/* indent */
#define EX_KEY 6	/* "B4", "clave" */
#define EX_IN 26	/* the input */
#define EX_VAL 7	/* value, right-aligned */
#define EX_CURVE 7	/* the curve's name */
#define EX_TGT 9	/* target, right-aligned */
#define EX_PTS 10	/* "1,25 / 2", right-aligned */

/* Write the input cell: the words that fit in width columns, padded when
 * pad is set; the rest of the words into *rest (NULL when all fit).  keep:
 * where to break when the line is too long (0: at the last space that
 * fits). */
static void
explain_cell(struct out *o, const char *s, long width, int pad,
    size_t keep, const char **rest)
{
	const char *cut = NULL, *p;

	*rest = NULL;
	if (report_cols(s) <= width) {
		if (pad)
			text_pad(o, s, width);
		else
			out_text(o, s, strlen(s));
		return;
	}
	if (keep > 0 && text_cols(s, keep - 1) > width)
		keep = 0;
	if (keep > 0)
		cut = s + keep - 1;
	for (p = s; keep == 0 && *p; p++)	/* the last space that fits */
		if (*p == ' ' && text_cols(s, (size_t)(p - s)) <= width)
			cut = p;
	if (cut == NULL) {	/* one long word: cut it */
		text_fit(o, s, width, pad, 1);
		return;
	}
	if (pad) {
		char word[160];
		size_t n = (size_t)(cut - s) < sizeof word ?
		    (size_t)(cut - s) : sizeof word - 1;

		memcpy(word, s, n);
		word[n] = '\0';
		text_pad(o, word, width);
	} else {
		out_text(o, s, (size_t)(cut - s));
	}
	*rest = cut + 1;
}

/* The columns of --explain after the input: value, curve, target,
 * points, status (the headings when s is NULL). */
static void
explain_nums(struct out *o, const struct report_opts *r,
    const struct score *s, int i)
{
	static const enum msg_id st[] = { M_ST_OK, M_ST_MISSING, M_ST_NO_DATA };
	const struct signal *g = &r->m->sig[i];
	char cell[64];
	struct numfmt a, b;

	if (s == NULL) {
		text_right(o, msg(r->lang, M_EX_VALUE), EX_VAL);
		out_str(o, "  ");
		text_pad(o, msg(r->lang, M_EX_CURVE), EX_CURVE);
		text_right(o, msg(r->lang, M_EX_TARGET), EX_TGT);
		text_right(o, msg(r->lang, M_EX_POINTS), EX_PTS);
		out_str(o, "  ");
		out_str(o, msg(r->lang, M_EX_STATUS));
		out_char(o, '\n');
		return;
	}
	/* value as the curve saw it: whole numbers without decimals */
	if (s->status[i] == ST_MISSING)
		text_right(o, "-", EX_VAL);
	else
		text_right(o, numfmt_dec(&a, r->lang, s->value[i],
		    s->value[i] == floor(s->value[i]) ? 0 : 2), EX_VAL);
	out_str(o, "  ");
	text_pad(o, curve_ids[g->curve], EX_CURVE);
	if (g->curve == C_ITEMS)
		snprintf(cell, sizeof cell, "%d", g->nitems);
	else if (g->curve == C_FLAG)
		snprintf(cell, sizeof cell, "1");
	else if (g->curve == C_BAND)
		snprintf(cell, sizeof cell, "%s%s%s",
		    short_num(&a, r->lang, g->lo), r->utf8 ? "\xe2\x80\x93" : "-",
		    short_num(&b, r->lang, g->target));
	else
		snprintf(cell, sizeof cell, "%s",
		    short_num(&a, r->lang, g->target));
	text_right(o, cell, EX_TGT);
	snprintf(cell, sizeof cell, "%s / %s",
	    numfmt_dec(&a, r->lang, round2(s->points[i]), 2),
	    short_num(&b, r->lang, g->weight));
	text_right(o, cell, EX_PTS);
	out_str(o, "  ");
	out_str(o, msg(r->lang, st[s->status[i]]));
	out_char(o, '\n');
}

/*
 * The signals of pillar pl, one row each under headings.  Narrower than 80
 * columns, the input takes a line of its own above the figures.
 */
static void
explain_text(struct out *o, const struct report_opts *r,
    const struct score *s, int pl)
{
	const struct model *m = r->m;
	int narrow = r->width < 2 + EX_KEY + EX_IN + 46, i;
	long inw = narrow ? r->width - 2 - EX_KEY : EX_IN;
	char in[160];

	out_str(o, "\n" EX_IND);
	out_str(o, msg(r->lang, M_SIGNALS));
	out_str(o, ":\n" EX_IND);
	text_pad(o, msg(r->lang, M_EX_KEY), EX_KEY);
	if (narrow) {
		out_str(o, msg(r->lang, M_EX_INPUT));
		out_str(o, "\n" EX_IND);
		text_pad(o, "", EX_KEY);
	} else {
		text_pad(o, msg(r->lang, M_EX_INPUT), EX_IN);
	}
	explain_nums(o, r, NULL, 0);
	for (i = 0; i < m->nsig; i++) {
		const char *rest;
		size_t keep;

		if (m->sig[i].pillar != pl)
			continue;
		out_str(o, EX_IND);
		text_pad(o, model_key_name(m->sig[i].key), EX_KEY);
		keep = explain_input(in, sizeof in, r, &m->sig[i]);
		explain_cell(o, in, inw, !narrow, keep, &rest);
		if (!narrow)
			explain_nums(o, r, s, i);
		while (rest != NULL) {	/* the input goes on */
			if (!narrow)
				out_str(o, EX_IND);
			else
				out_char(o, '\n');
			text_pad(o, "", EX_KEY + 2);
			explain_cell(o, rest, inw - 2, 0, 0, &rest);
			if (!narrow)
				out_char(o, '\n');
		}
		if (narrow) {
			out_str(o, "\n" EX_IND);
			text_pad(o, "", EX_KEY);
			explain_nums(o, r, s, i);
		}
	}
}

/* The keys that could not be measured: what each could add at most and how
 * to supply its data. */
static void
unmeasured_text(struct out *o, const struct report_opts *r,
    const struct profile *p, const struct score *s, const int *un, int nun)
{
	char text[ADVICE_MAX];
	int i;

	if (nun == 0)
		return;
	out_char(o, '\n');
	color(o, r, "1");
	out_str(o, msg(r->lang, M_UNMEASURED));
	color(o, r, "0");
	out_char(o, '\n');
	for (i = 0; i < nun; i++) {
		key_line(o, r, score_unmeasured_gain(s, un[i]), un[i], "  ", 1);
		if (advice_supply(r->lang, r->m, p, s, un[i], advice_flags(r),
		    text, sizeof text) > 0)
			wrap(o, text, 6, r->width);
	}
}

/* The header: name (else id) · industry · as of date, in r->width
 * columns: a long industry, then a long name, cut with an ellipsis. */
static void
header_line(struct out *o, const struct report_opts *r,
    const struct profile *p)
{
	const char *sep = " \xc2\xb7 ", *name = msg(r->lang, M_NO_NAME);
	const char *ind = profile_text(p, F_INDUSTRY);
	char date[64] = "";
	long room = r->width, nw, iw;

	if (profile_has(p, F_NAME))
		name = profile_text(p, F_NAME);
	else if (profile_has(p, F_ID))
		name = profile_text(p, F_ID);
	if (profile_has(p, F_AS_OF))
		snprintf(date, sizeof date, "%s%s %s", sep, msg(r->lang, M_AS_OF),
		    profile_text(p, F_AS_OF));
	room -= report_cols(date);
	nw = report_cols(name);
	iw = ind ? report_cols(ind) + 3 : 0;
	if (nw + iw > room) {
		/* the name keeps at least half of what is left */
		long half = room / 2;

		if (ind && nw < half)
			iw = room - nw;
		else if (ind && iw < half)
			nw = room - iw;
		else if (ind) {
			nw = half;
			iw = room - half;
		} else
			nw = room;
	}
	color(o, r, "1");
	text_fit(o, name, nw, 0, r->utf8);
	color(o, r, "0");
	if (ind) {
		out_str(o, sep);
		text_fit(o, ind, iw - 3, 0, r->utf8);
	}
	out_str(o, date);
	out_char(o, '\n');
}

/* The index, its range when data is missing, and the model, on one line
 * when it fits in r->width; else the range goes on a line of its own:
 *   Índice de Social Selling: 55 / 100   modelo default/1
 *     hasta 78 con los datos que faltan, cobertura 77 %
 */
static void
index_line(struct out *o, const struct report_opts *r, const struct score *s)
{
	char head[128], range[256] = "", model[96], id[64];
	struct numfmt a, b;
	long w;

	snprintf(head, sizeof head, "%s: %s / 100", msg(r->lang, M_INDEX),
	    numfmt_dec(&a, r->lang, round_index(s->ssi), 0));
	snprintf(model, sizeof model, "   %s %s", msg(r->lang, M_MODEL),
	    out_text_str(id, sizeof id, r->m->id));
	if (s->coverage < 0.995)
		snprintf(range, sizeof range, msg(r->lang, M_UP_TO),
		    numfmt_dec(&a, r->lang, round_index(s->ssi_max), 0),
		    numfmt_pct(&b, r->lang, s->coverage * 100, 0));
	w = report_cols(head) + report_cols(model);
	if (range[0] != '\0')
		w += report_cols(range) + 3;
	color(o, r, "1");
	out_str(o, head);
	color(o, r, "0");
	if (range[0] != '\0' && w <= r->width) {
		out_str(o, " (");
		out_str(o, range);
		out_char(o, ')');
	}
	/* "(estimate)" makes the head long: in narrow columns the model
	 * goes under it */
	if (report_cols(head) + report_cols(model) <= r->width) {
		out_str(o, model);
		out_char(o, '\n');
	} else {
		out_char(o, '\n');
		out_str(o, "  ");
		out_str(o, model + 3);
		out_char(o, '\n');
	}
	if (range[0] != '\0' && w > r->width)
		wrap(o, range, 2, r->width);
}

/* The pillars with their score and a bar, aligned in r->width columns: the
 * bar narrows (down to 10) before the titles are cut. */
static void
pillar_table(struct out *o, const struct report_opts *r,
    const struct score *s)
{
	struct numfmt b;
	int pl, tw = 0, bw;

	for (pl = 0; pl < P_COUNT; pl++) {
		int w = (int)report_cols(advice_pillar_title(r->lang, pl));

		if (w > tw)
			tw = w;
	}
	/* "  " title " 25.0 / 25  " bar */
	bw = r->width - 2 - tw - 13;
	bw = bw > 20 ? 20 : bw < 10 ? 10 : bw;
	if (2 + tw + 13 + bw > r->width)
		tw = r->width - 2 - 13 - bw;
	for (pl = 0; pl < P_COUNT; pl++) {
		out_str(o, "  ");
		text_fit(o, advice_pillar_title(r->lang, pl), tw, 1, r->utf8);
		out_char(o, ' ');
		text_right(o, numfmt_dec(&b, r->lang, round2(s->pillar[pl]), 1),
		    5);
		out_str(o, " / 25  ");
		bar(o, r, s->pillar[pl], PILLAR_MAX, bw);
		out_char(o, '\n');
	}
}

void
report_text(struct out *o, const struct report_opts *r,
    const struct profile *p, const struct score *s)
{
	const struct model *m = r->m;
	char buf[256], text[ADVICE_MAX];
	int miss[F_COUNT], nmiss, pl, i, top[3], ntop;
	int un[MODEL_KEYS], nun;
	struct numfmt nb;

	header_line(o, r, p);
	index_line(o, r, s);
	report_official_text(o, r, p, s);	/* ssi.7 OFFICIAL FIGURES: under the index */
	out_char(o, '\n');
	pillar_table(o, r, s);

	nmiss = score_missing(m, s, miss, F_COUNT);
	if (nmiss > 0) {
		size_t n = 0;

		n += (size_t)snprintf(text + n, sizeof text - n, "%s:",
		    msg(r->lang, M_MISSING));
		for (i = 0; i < nmiss && n < sizeof text - 64; i++)
			n += (size_t)snprintf(text + n, sizeof text - n, "%s %s",
			    i ? "," : "", field_name(r->lang, miss[i]));
		snprintf(text + n, sizeof text - n, " (%s).",
		    msg(r->lang, nmiss > 1 ? M_MISSING_HINT_MANY :
		    M_MISSING_HINT));
		out_char(o, '\n');
		wrap(o, text, 2, r->width);
	}

	/* Top actions */
	out_char(o, '\n');
	color(o, r, "1");
	out_str(o, msg(r->lang, M_TOP_ACTIONS));
	color(o, r, "0");
	out_char(o, '\n');
	ntop = score_top(s, top, 3);
	nun = score_unmeasured(s, un, MODEL_KEYS);
	if (ntop == 0)
		wrap(o, msg(r->lang, nun > 0 ? M_NOTHING_MEASURED :
		    M_NOTHING_LEFT), 2, r->width);
	for (i = 0; i < ntop; i++) {
		snprintf(buf, sizeof buf, "  %d. ", i + 1);
		key_line(o, r, s->mgain[top[i]], top[i], buf, 0);
	}
	unmeasured_text(o, r, p, s, un, nun);

	/* Each pillar with its keys, gain and advice */
	for (pl = 0; pl < P_COUNT; pl++) {
		int keys[4], nk = score_pillar_keys(s, pl, keys), k;

		out_char(o, '\n');
		color(o, r, "1");
		out_str(o, advice_pillar_title(r->lang, pl));
		color(o, r, "0");
		out_str(o, "  ");
		out_str(o, numfmt_dec(&nb, r->lang, round2(s->pillar[pl]), 1));
		out_str(o, " / 25\n");
		for (k = 0; k < nk; k++) {
			key_line(o, r, s->gain[keys[k]], keys[k], "  ", 0);
			advice_text(r->lang, m, p, s, keys[k], advice_flags(r),
			    text, sizeof text);
			wrap(o, text, 6, r->width);
		}
		if (r->explain)
			explain_text(o, r, s, pl);
	}
}

/* ---- profile, model, fields ---- */

void
report_profile_json(struct out *o, const struct profile *p, int compact)
{
	report_profile_json_more(o, p, compact, NULL, NULL);
}

void
report_profile_json_more(struct out *o, const struct profile *p, int compact,
    void (*more)(struct out *o, int compact, int first, void *ctx), void *ctx)
{
	int f, first = 1;

	out_char(o, '{');
	for (f = 0; f < F_COUNT; f++) {
		if (!profile_has(p, f))
			continue;
		out_json_key(o, field_defs[f].name, compact, 1, first);
		first = 0;
		if (field_defs[f].type <= FT_DATE)
			json_text(o, p, f);
		else if (field_defs[f].type == FT_FLAG)
			out_str(o, p->num[f] ? "true" : "false");
		else if (field_defs[f].type == FT_DECIMAL)
			official_json_num(o, p->num[f]);
		else
			out_long(o, p->num[f]);
	}
	if (more) {
		more(o, compact, first, ctx);
		first = 0;
	}
	out_json_close(o, '}', compact || first, 0);
}

void
report_profile_csv_header(struct out *o, int tsv)
{
	int f;

	for (f = 0; f < F_COUNT; f++) {
		if (f)
			out_char(o, tsv ? '\t' : ',');
		out_str(o, field_defs[f].name);
	}
}

void
report_profile_csv(struct out *o, const struct profile *p, int tsv)
{
	int f;

	for (f = 0; f < F_COUNT; f++) {
		if (f)
			out_char(o, tsv ? '\t' : ',');
		if (!profile_has(p, f))
			continue;
		if (field_defs[f].type <= FT_DATE)
			out_cell(o, profile_text(p, f), p->len[f], tsv);
		else if (field_defs[f].type == FT_FLAG)
			out_str(o, p->num[f] ? "true" : "false");
		else if (field_defs[f].type == FT_DECIMAL)
			official_json_num(o, p->num[f]);
		else
			out_long(o, p->num[f]);
	}
}

/* A number as JSON: whole numbers without decimals. */
static void
json_num(struct out *o, double v)
{
	char buf[40];

	if (v == floor(v) && fabs(v) < 1e15)
		out_long(o, (long long)v);
	else {
		snprintf(buf, sizeof buf, "%.10g", v);
		out_str(o, buf);
	}
}

void
report_model_json_open(struct out *o, const struct model *m)
{
	int i, j;

	out_str(o, "{\n  \"id\": ");
	out_json_str(o, m->id, strlen(m->id));
	out_str(o, ",\n  \"pillars\": [");
	for (i = 0; i < P_COUNT; i++) {
		out_str(o, i ? ", " : "");
		out_json_str(o, pillar_ids[i], strlen(pillar_ids[i]));
	}
	out_str(o, "],\n  \"signals\": [");
	for (i = 0; i < m->nsig; i++) {
		const struct signal *g = &m->sig[i];

		out_str(o, i ? ",\n    {" : "\n    {");
		out_str(o, "\"pillar\": ");
		out_json_str(o, pillar_ids[g->pillar], strlen(pillar_ids[g->pillar]));
		out_str(o, ", \"key\": ");
		out_json_str(o, model_key_name(g->key), 2);
		out_str(o, ", \"signal\": ");
		out_json_str(o, g->name, strlen(g->name));
		if (g->curve == C_ITEMS) {
			out_str(o, ", \"items\": [");
			for (j = 0; j < g->nitems; j++) {
				const struct item *it = &g->items[j];

				out_str(o, j ? ",\n        {" : "\n        {");
				out_str(o, "\"input\": ");
				out_json_str(o, field_defs[it->field].name,
				    strlen(field_defs[it->field].name));
				out_str(o, ", \"min\": ");
				json_num(o, it->min);
				if (it->max < 1e17) {
					out_str(o, ", \"max\": ");
					json_num(o, it->max);
				}
				out_char(o, '}');
			}
			out_char(o, ']');
		} else {
			out_str(o, ", \"inputs\": [");
			out_json_str(o, field_defs[g->in[0]].name,
			    strlen(field_defs[g->in[0]].name));
			if (g->in[1] >= 0) {
				out_str(o, ", ");
				out_json_str(o, field_defs[g->in[1]].name,
				    strlen(field_defs[g->in[1]].name));
			}
			out_char(o, ']');
		}
		out_str(o, ", \"curve\": ");
		out_json_str(o, curve_ids[g->curve], strlen(curve_ids[g->curve]));
		if (g->curve == C_BAND) {
			out_str(o, ", \"lo\": ");
			json_num(o, g->lo);
		}
		if (g->curve != C_ITEMS && g->curve != C_FLAG) {
			out_str(o, ", \"target\": ");
			json_num(o, g->target);
		}
		out_str(o, ", \"weight\": ");
		json_num(o, g->weight);
		out_char(o, '}');
	}
	out_str(o, "\n  ]");
}

void
report_model_json(struct out *o, const struct model *m)
{
	report_model_json_open(o, m);
	out_str(o, "\n}\n");
}

void
report_fields_csv(struct out *o, int tsv, int lang)
{
	char sep = tsv ? '\t' : numfmt_list_sep(lang);
	int f;

	for (f = 0; f < F_COUNT; f++) {
		if (f)
			out_char(o, sep);
		out_str(o, field_name(lang, f));
	}
	out_char(o, '\n');
}

void
report_fields_json(struct out *o)
{
	static const char *const types[] = {
		"text", "date", "flag", "count", "count", "number"
	};
	int f;

	out_char(o, '[');
	for (f = 0; f < F_COUNT; f++) {
		out_str(o, f ? ",\n  " : "\n  ");
		out_str(o, "{\"name\": ");
		out_json_str(o, field_defs[f].name, strlen(field_defs[f].name));
		out_str(o, ", \"type\": ");
		out_json_str(o, types[field_defs[f].type],
		    strlen(types[field_defs[f].type]));
		out_str(o, ", \"activity\": ");
		out_str(o, field_defs[f].group == FG_ACTIVITY ? "true" : "false");
		out_str(o, ", \"help\": ");
		out_json_str(o, field_defs[f].help, strlen(field_defs[f].help));
		out_char(o, '}');
	}
	out_str(o, "\n]\n");
}

void
report_fields_text(struct out *o, int lang)
{
	long w = 0;
	int f;

	/* name, type, then the description wrapped in 80 columns under
	 * itself; the names' column as wide as the longest */
	for (f = 0; f < F_COUNT; f++)
		if ((long)strlen(field_name(lang, f)) > w)
			w = (long)strlen(field_name(lang, f));
	for (f = 0; f < F_COUNT; f++) {
		char help[256];

		out_str(o, field_name(lang, f));
		text_pad(o, "", w - (long)strlen(field_name(lang, f)));
		out_char(o, ' ');
		text_pad(o, field_type_word(lang, field_defs[f].type), 6);
		snprintf(help, sizeof help, "%s%s", field_help(lang, f),
		    field_defs[f].group == FG_ACTIVITY && f != F_PERIOD_DAYS ?
		    field_in_period(lang) : "");
		wrap_after(o, help, w + 8, 80);
	}
}

/* The curve of g as the model's JSON names it, with its band. */
static void
curve_cell(char *buf, size_t n, const struct signal *g)
{
	if (g->curve == C_BAND)
		snprintf(buf, n, "band(%g,%g)", g->lo, g->target);
	else if (g->curve == C_ITEMS || g->curve == C_FLAG)
		snprintf(buf, n, "%s", curve_ids[g->curve]);
	else
		snprintf(buf, n, "%s(%g)", curve_ids[g->curve], g->target);
}

void
report_model_text(struct out *o, const struct report_opts *r,
    const struct model *m)
{
	char line[256], curve[48], in[96];
	int pl, i;

	out_str(o, msg(r->lang, M_MODEL));
	out_char(o, ' ');
	out_text(o, m->id, strlen(m->id));
	out_char(o, '\n');
	for (pl = 0; pl < P_COUNT; pl++) {
		out_char(o, '\n');
		out_str(o, advice_pillar_title(r->lang, pl));
		out_char(o, '\n');
		for (i = 0; i < m->nsig; i++) {
			const struct signal *g = &m->sig[i];

			if (g->pillar != pl)
				continue;
			if (g->curve == C_ITEMS)
				snprintf(in, sizeof in, "%d %s", g->nitems,
				    msg(r->lang, M_ITEMS));
			else if (g->in[1] >= 0)
				snprintf(in, sizeof in, "%s / %s",
				    field_defs[g->in[0]].name,
				    field_defs[g->in[1]].name);
			else
				snprintf(in, sizeof in, "%s",
				    field_defs[g->in[0]].name);
			curve_cell(curve, sizeof curve, g);
			snprintf(line, sizeof line, "  %s  %-22s %5.2f  %s",
			    model_key_name(g->key), g->name, g->weight, curve);
			out_text(o, line, strlen(line));
			/* The inputs after the curve, or under the signal. */
			if (50 + (long)strlen(in) > r->width)
				out_str(o, "\n      ");
			else
				report_pad(o, "", 50 - (int)strlen(line));
			out_str(o, in);
			out_char(o, '\n');
		}
	}
}

int
report_hidden(const struct report_opts *r, long n)
{
	return r->min_group > 1 && n < r->min_group;
}

const char *
report_no_average(const struct report_opts *r, char *buf, size_t n)
{
	snprintf(buf, n, tr(r->lang, "fewer than %ld members: no average"),
	    r->min_group);
	return buf;
}

const char *
report_hidden_text(const struct report_opts *r, long groups, long members,
    char *buf, size_t n)
{
	char b[64];

	snprintf(b, sizeof b, tr(r->lang, members == 1 ? "%ld member" :
	    "%ld members"), members);
	snprintf(buf, n, tr(r->lang, "groups of fewer than %ld members "
	    "hidden: %ld (%s; --min-group)"), r->min_group, groups, b);
	return buf;
}
