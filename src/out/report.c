/* report.c - writers of scores, profiles, the model, the fields
 * (see report.h). */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "advice.h"
#include "lang.h"
#include "official_out.h"
#include "report.h"

const char *const out_format_ids[OF_COUNT] = {
	"text", "json", "csv", "tsv", "jsonl"
};

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
		out_write(o, t, p->len[f]);
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
	const char *t = profile_text(p, f);

	if (t != NULL)
		out_cell(o, t, p->len[f], r->format == OF_TSV);
}

void
report_csv_row(struct out *o, const struct report_opts *r,
    const struct profile *p, const struct score *s)
{
	int d = delim_of(r), i, top;

	cell(o, r, p, F_ID);
	out_char(o, d);
	cell(o, r, p, F_NAME);
	out_char(o, d);
	cell(o, r, p, F_INDUSTRY);
	for (i = 0; i < P_COUNT; i++) {
		out_char(o, d);
		out_fixed2(o, s->pillar[i]);
	}
	out_char(o, d);
	out_fixed2(o, s->ssi);
	out_char(o, d);
	out_fixed2(o, s->ssi_max);
	out_char(o, d);
	out_fixed2(o, s->coverage);
	out_char(o, d);
	if (score_top(s, &top, 1) > 0)
		out_write(o, model_key_name(top), 2);
	if (r->official)
		report_official_csv_row(o, d, p);
}

/* ---- JSON ---- */

static void
json_key(struct out *o, const char *k, int compact, int indent, int first)
{
	int i;

	if (!first)
		out_char(o, ',');
	if (!compact) {
		out_char(o, '\n');
		for (i = 0; i < indent; i++)
			out_str(o, "  ");
	}
	out_char(o, '"');
	out_str(o, k);
	out_str(o, compact ? "\":" : "\": ");
}

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
	json_key(o, "signal", compact, ind, 1);
	out_json_str(o, g->name, strlen(g->name));
	json_key(o, "key", compact, ind, 0);
	out_json_str(o, model_key_name(g->key), 2);
	json_key(o, "input", compact, ind, 0);
	signal_input(o, g);
	json_key(o, "curve", compact, ind, 0);
	out_json_str(o, curve_ids[g->curve], strlen(curve_ids[g->curve]));
	if (g->curve == C_BAND) {
		json_key(o, "lo", compact, ind, 0);
		out_fixed(o, g->lo, 2);
	}
	if (g->curve != C_ITEMS && g->curve != C_FLAG) {
		json_key(o, "target", compact, ind, 0);
		out_fixed(o, g->target, 2);
	}
	json_key(o, "value", compact, ind, 0);
	if (s->status[i] == ST_MISSING)
		out_str(o, "null");
	else
		out_fixed(o, s->value[i], 2);
	json_key(o, "points", compact, ind, 0);
	out_fixed(o, s->points[i], 2);
	json_key(o, "max", compact, ind, 0);
	out_fixed(o, g->weight, 2);
	json_key(o, "status", compact, ind, 0);
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

static void
close_obj(struct out *o, int c, int compact, int ind)
{
	int k;

	if (!compact) {
		out_char(o, '\n');
		for (k = 0; k < ind; k++)
			out_str(o, "  ");
	}
	out_char(o, c);
}

void
report_json(struct out *o, const struct report_opts *r,
    const struct profile *p, const struct score *s, int compact)
{
	const struct model *m = r->m;
	int miss[F_COUNT], nmiss, i, pl, first, top[3], ntop;
	int detail = !compact || r->explain;

	out_char(o, '{');
	json_key(o, "id", compact, 1, 1);
	json_text(o, p, F_ID);
	json_key(o, "name", compact, 1, 0);
	json_text(o, p, F_NAME);
	json_key(o, "industry", compact, 1, 0);
	json_text(o, p, F_INDUSTRY);
	json_key(o, "as_of", compact, 1, 0);
	json_text(o, p, F_AS_OF);
	json_key(o, "model", compact, 1, 0);
	out_json_str(o, m->id, strlen(m->id));
	json_key(o, "ssi", compact, 1, 0);
	out_fixed(o, s->ssi, 2);
	json_key(o, "ssi_max", compact, 1, 0);
	out_fixed(o, s->ssi_max, 2);
	json_key(o, "coverage", compact, 1, 0);
	out_fixed(o, s->coverage, 2);
	json_key(o, "missing", compact, 1, 0);
	out_char(o, '[');
	nmiss = score_missing(m, s, miss, F_COUNT);
	for (i = 0; i < nmiss; i++) {
		if (i)
			out_str(o, compact ? "," : ", ");
		out_json_str(o, field_defs[miss[i]].name,
		    strlen(field_defs[miss[i]].name));
	}
	out_char(o, ']');
	json_key(o, "pillars", compact, 1, 0);
	out_char(o, '{');
	for (pl = 0; pl < P_COUNT; pl++) {
		json_key(o, pillar_ids[pl], compact, 2, pl == 0);
		out_char(o, '{');
		json_key(o, "score", compact, 3, 1);
		out_fixed(o, s->pillar[pl], 2);
		json_key(o, "max", compact, 3, 0);
		out_fixed(o, PILLAR_MAX, 2);
		if (detail) {
			json_key(o, "signals", compact, 3, 0);
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
			close_obj(o, ']', compact || first, 3);
		}
		close_obj(o, '}', compact, 2);
	}
	close_obj(o, '}', compact, 1);
	report_official_json(o, p, s, compact);
	json_key(o, "top_actions", compact, 1, 0);
	out_char(o, '[');
	ntop = score_top(s, top, 3);
	for (i = 0; i < ntop; i++) {
		if (i)
			out_str(o, compact ? "," : ", ");
		out_json_str(o, model_key_name(top[i]), 2);
	}
	out_char(o, ']');
	if (detail) {
		char text[ADVICE_MAX];

		json_key(o, "advice", compact, 1, 0);
		out_char(o, '[');
		first = 1;
		for (pl = 0; pl < P_COUNT; pl++) {
			int keys[4], nk = score_pillar_keys(s, pl, keys), k;

			for (k = 0; k < nk; k++) {
				const char *t = advice_key_title(r->lang, keys[k]);
				size_t n = advice_text(r->lang, m, p, s, keys[k],
				    text, sizeof text);

				if (!first)
					out_char(o, ',');
				first = 0;
				if (!compact)
					out_str(o, "\n    ");
				out_char(o, '{');
				json_key(o, "key", compact, 3, 1);
				out_json_str(o, model_key_name(keys[k]), 2);
				json_key(o, "pillar", compact, 3, 0);
				out_json_str(o, pillar_ids[pl],
				    strlen(pillar_ids[pl]));
				json_key(o, "title", compact, 3, 0);
				out_json_str(o, t, strlen(t));
				json_key(o, "gain", compact, 3, 0);
				out_fixed(o, s->gain[keys[k]], 2);
				json_key(o, "text", compact, 3, 0);
				out_json_str(o, text, n);
				close_obj(o, '}', compact, 2);
			}
		}
		close_obj(o, ']', compact || first, 1);
	}
	close_obj(o, '}', compact, 0);
}

/* ---- text ---- */

long
report_cols(const char *s)
{
	long n = 0;

	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

void
report_pad(struct out *o, const char *s, int width)
{
	long n = report_cols(s);

	out_str(o, s);
	for (; n < width; n++)
		out_char(o, ' ');
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
		out_write(o, w, (size_t)(t - w));
		col += (int)wl;
		while (*t == ' ')
			t++;
	}
	out_char(o, '\n');
}

static void
gain_cell(struct out *o, const struct report_opts *r, const struct score *s,
    int k)
{
	char buf[32];

	if (s->gain[k] < GAIN_DONE) {
		color(o, r, "32");
		snprintf(buf, sizeof buf, "%8s", msg(r->lang, M_DONE));
		out_str(o, buf);
		color(o, r, "0");
		return;
	}
	out_str(o, "    +");
	out_fixed(o, s->gain[k], 1);
}

/* One line: "  B4  Title ...... +6.0", the gain right-aligned. */
static void
key_line(struct out *o, const struct report_opts *r, const struct score *s,
    int k, const char *lead)
{
	const char *title = advice_key_title(r->lang, k);
	char line[512];
	int room = r->width - 10 - (int)report_cols(lead) - 4, n;

	snprintf(line, sizeof line, "%s", title);
	if (room < 10)
		room = 10;
	out_str(o, lead);
	out_str(o, model_key_name(k));
	out_str(o, "  ");
	n = (int)report_cols(line);
	if (n > room) {
		/* cut at room columns, on a character boundary */
		int c = 0;
		char *q = line;

		while (*q && c < room - 1) {
			q++;
			while (((unsigned char)*q & 0xC0) == 0x80)
				q++;
			c++;
		}
		strcpy(q, "\xe2\x80\xa6");
		n = room;
	}
	out_str(o, line);
	for (; n < room; n++)
		out_char(o, ' ');
	gain_cell(o, r, s, k);
	out_char(o, '\n');
}

static void
explain_text(struct out *o, const struct report_opts *r,
    const struct score *s, int pl)
{
	const struct model *m = r->m;
	static const enum msg_id st[] = { M_ST_OK, M_ST_MISSING, M_ST_NO_DATA };
	char buf[160];
	int i;

	out_str(o, "      ");
	out_str(o, msg(r->lang, M_SIGNALS));
	out_str(o, ":\n");
	for (i = 0; i < m->nsig; i++) {
		const struct signal *g = &m->sig[i];

		if (g->pillar != pl)
			continue;
		snprintf(buf, sizeof buf, "      %-2s %-24s ",
		    model_key_name(g->key), g->name);
		out_str(o, buf);
		if (s->status[i] == ST_MISSING)
			out_str(o, "       -");
		else {
			snprintf(buf, sizeof buf, "%8.2f", s->value[i]);
			out_str(o, buf);
		}
		snprintf(buf, sizeof buf, "  %-6s ", curve_ids[g->curve]);
		out_str(o, buf);
		if (g->curve == C_ITEMS)
			snprintf(buf, sizeof buf, "%7d ", g->nitems);
		else if (g->curve == C_BAND)
			snprintf(buf, sizeof buf, "%.2g-%-4g ", g->lo, g->target);
		else
			snprintf(buf, sizeof buf, "%7g ", g->target);
		out_str(o, buf);
		snprintf(buf, sizeof buf, "%6.2f / %-5.2f %s\n", round2(s->points[i]),
		    g->weight, msg(r->lang, st[s->status[i]]));
		out_str(o, buf);
	}
}

void
report_text(struct out *o, const struct report_opts *r,
    const struct profile *p, const struct score *s)
{
	const struct model *m = r->m;
	char buf[256], text[ADVICE_MAX];
	int miss[F_COUNT], nmiss, pl, i, tw = 0, top[3], ntop;
	long whole = (long)floor(s->ssi + 0.5 + 1e-9);

	/* Header: name · industry · as of date */
	color(o, r, "1");
	if (profile_has(p, F_NAME))
		report_text_field(o, p, F_NAME);
	else if (profile_has(p, F_ID))
		report_text_field(o, p, F_ID);
	else
		out_str(o, msg(r->lang, M_NO_NAME));
	color(o, r, "0");
	if (profile_has(p, F_INDUSTRY)) {
		out_str(o, " \xc2\xb7 ");
		report_text_field(o, p, F_INDUSTRY);
	}
	if (profile_has(p, F_AS_OF)) {
		out_str(o, " \xc2\xb7 ");
		out_str(o, msg(r->lang, M_AS_OF));
		out_char(o, ' ');
		report_text_field(o, p, F_AS_OF);
	}
	out_char(o, '\n');

	/* The index, with its range when data is missing */
	color(o, r, "1");
	out_str(o, msg(r->lang, M_INDEX));
	out_str(o, ": ");
	out_long(o, whole);
	out_str(o, " / 100");
	color(o, r, "0");
	if (s->coverage < 0.995) {
		snprintf(buf, sizeof buf, msg(r->lang, M_UP_TO),
		    (int)floor(s->ssi_max + 0.5 + 1e-9),
		    (int)floor(s->coverage * 100 + 0.5));
		out_str(o, " (");
		out_str(o, buf);
		out_char(o, ')');
	}
	out_str(o, "   ");
	out_str(o, msg(r->lang, M_MODEL));
	out_char(o, ' ');
	out_str(o, m->id);
	out_str(o, "\n");
	report_official_text(o, r, p, s);
	out_str(o, "\n");

	/* Pillars with bars */
	for (pl = 0; pl < P_COUNT; pl++) {
		int w = (int)report_cols(advice_pillar_title(r->lang, pl));

		if (w > tw)
			tw = w;
	}
	if (tw > r->width - 36)
		tw = r->width - 36 > 20 ? r->width - 36 : 20;
	for (pl = 0; pl < P_COUNT; pl++) {
		out_str(o, "  ");
		report_pad(o, advice_pillar_title(r->lang, pl), tw);
		snprintf(buf, sizeof buf, " %5.1f / 25  ", round2(s->pillar[pl]));
		out_str(o, buf);
		bar(o, r, s->pillar[pl], PILLAR_MAX, 20);
		out_char(o, '\n');
	}

	nmiss = score_missing(m, s, miss, F_COUNT);
	if (nmiss > 0) {
		size_t n = 0;

		n += (size_t)snprintf(text + n, sizeof text - n, "%s:",
		    msg(r->lang, M_MISSING));
		for (i = 0; i < nmiss && n < sizeof text - 64; i++)
			n += (size_t)snprintf(text + n, sizeof text - n, "%s %s",
			    i ? "," : "", field_defs[miss[i]].name);
		snprintf(text + n, sizeof text - n, " (%s).",
		    msg(r->lang, M_MISSING_HINT));
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
	if (ntop == 0)
		wrap(o, msg(r->lang, M_NOTHING_LEFT), 2, r->width);
	for (i = 0; i < ntop; i++) {
		snprintf(buf, sizeof buf, "  %d. ", i + 1);
		key_line(o, r, s, top[i], buf);
	}

	/* Each pillar with its keys, gain and advice */
	for (pl = 0; pl < P_COUNT; pl++) {
		int keys[4], nk = score_pillar_keys(s, pl, keys), k;

		out_char(o, '\n');
		color(o, r, "1");
		out_str(o, advice_pillar_title(r->lang, pl));
		color(o, r, "0");
		snprintf(buf, sizeof buf, "  %.1f / 25\n", round2(s->pillar[pl]));
		out_str(o, buf);
		for (k = 0; k < nk; k++) {
			key_line(o, r, s, keys[k], "  ");
			advice_text(r->lang, m, p, s, keys[k], text, sizeof text);
			wrap(o, text, 6, r->width);
		}
		if (r->explain)
			explain_text(o, r, s, pl);
	}
}

/* ---- profile, model, fields ---- */

void
report_profile_json(struct out *o, const struct profile *p)
{
	int f, first = 1;

	out_char(o, '{');
	for (f = 0; f < F_COUNT; f++) {
		if (!profile_has(p, f))
			continue;
		json_key(o, field_defs[f].name, 0, 1, first);
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
	close_obj(o, '}', first, 0);
	out_char(o, '\n');
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
report_model_json(struct out *o, const struct model *m)
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
	out_str(o, "\n  ]\n}\n");
}

void
report_fields(struct out *o, int format)
{
	static const char *const types[] = {
		"text", "date", "flag", "count", "count", "number"
	};
	char buf[160];
	int f;

	if (format == OF_CSV || format == OF_TSV) {
		for (f = 0; f < F_COUNT; f++) {
			if (f)
				out_char(o, format == OF_TSV ? '\t' : ',');
			out_str(o, field_defs[f].name);
		}
		out_char(o, '\n');
		return;
	}
	if (format == OF_JSON || format == OF_JSONL) {
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
		return;
	}
	for (f = 0; f < F_COUNT; f++) {
		snprintf(buf, sizeof buf, "%-26s %-6s %s%s\n", field_defs[f].name,
		    types[field_defs[f].type], field_defs[f].help,
		    field_defs[f].group == FG_ACTIVITY && f != F_PERIOD_DAYS ?
		    " (in the period)" : "");
		out_str(o, buf);
	}
}
