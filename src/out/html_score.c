/*
 * html_score.c - the score page (ssi.1 -f html): per profile a
 * section with the ring of the index, the pillar bars, the radar, the
 * official figures when present, the top actions, the advice per key and
 * the missing data; several profiles give one page with an index of them
 * at the top.
 *
 * Decisions where the spec is silent:
 *  - the ring is 100 units around, one coloured segment per pillar; the
 *    points the missing data could still add (ssi to ssi_max) are a dashed
 *    outline after them;
 *  - the index is shown whole in the ring (as LinkedIn's page does), the
 *    pillars and gains with 1 decimal, like the text report;
 *  - the table of figures is the text equivalent of the three charts: read
 *    aloud but hidden on screen when there is nothing but the estimate, shown
 *    when official figures or averages sit beside it;
 *  - the page title and every heading say "estimate";
 *  - beside official figures, the difference is official minus estimate
 *    (as the text report shows it), its column says so.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "html.h"
#include "ssi/lang.h"
#include "ssi/numfmt.h"
#include "ssi/official.h"
#include "official_out.h"
#include "svg.h"
#include "text/advice.h"
#include "text/fieldhelp.h"

#define ADVICE_MAX 2048

static int
lang_of(const struct report_opts *r)
{
	return r->lang >= 0 && r->lang < LANG_COUNT ? r->lang : LANG_EN;
}

int
html_official_any(const struct html_official *f)
{
	int i;

	if (f == NULL)
		return 0;
	if (f->have_ssi || f->ind_top > 0 || f->net_top > 0)
		return 1;
	for (i = 0; i < 5; i++)
		if ((i < 4 && f->have_pillar[i]) || f->have_ind[i] ||
		    f->have_net[i])
			return 1;
	return 0;
}

static int
all4(const int *have)
{
	return have[0] && have[1] && have[2] && have[3];
}

/* An id of the section: "m<idx>-<what>". */
static void
sec_id(char *buf, size_t n, long idx, const char *what)
{
	snprintf(buf, n, "m%ld-%s", idx, what);
}

static void
text_field(struct out *o, const struct profile *p, int f)
{
	const char *t = profile_text(p, f);

	if (t != NULL)
		html_bdi(o, t, p->len[f]);
}

/* The member's name, else id, else "(no name)". */
static void
member_name(struct out *o, const struct profile *p, int lang)
{
	if (profile_has(p, F_NAME) && p->len[F_NAME] > 0)
		text_field(o, p, F_NAME);
	else if (profile_has(p, F_ID) && p->len[F_ID] > 0)
		text_field(o, p, F_ID);
	else
		svg_escs(o, msg(lang, M_NO_NAME));
}

/* ---- the ring ---- */

static void
ring(struct out *o, const struct report_opts *r, const struct score *s,
    long idx)
{
	const double cx = 160, cy = 160, ro = 142, ri = 106, gap = 0.004;
	int lang = lang_of(r), pl;
	char id[32], num[48], title[160];
	double at = 0;

	sec_id(id, sizeof id, idx, "ring");
	snprintf(title, sizeof title, "%s: %s %s (%s)",
	    html_label(lang, H_INDEX_NAME),
	    html_fmt(num, sizeof num, round_index(s->ssi), 0, lang),
	    html_label(lang, H_OUT_OF_100), html_label(lang, H_ESTIMATE));
	svg_open(o, 320, 320, id, "ring", title,
	    html_label(lang, H_RING_DESC));
	svg_ring_segment(o, cx, cy, ro, ri, 0, 1, "track");
	for (pl = 0; pl < P_COUNT; pl++) {
		double f0 = at / 100, f1 = (at + s->pillar[pl]) / 100;

		at += s->pillar[pl];
		if (f1 - f0 > 2 * gap)
			f1 -= gap;
		svg_ring_segment(o, cx, cy, ro, ri, f0, f1,
		    html_pillar_class[pl]);
	}
	if (s->ssi_max - s->ssi >= 0.5)
		svg_ring_segment(o, cx, cy, ro - 1, ri + 1, s->ssi / 100,
		    s->ssi_max / 100 - gap, "gap");
	out_char(o, '\n');
	svg_text(o, cx, cy - 34, "middle", "est", html_label(lang, H_ESTIMATE));
	svg_text(o, cx, cy + 24, "middle", "big",
	    html_fmt(num, sizeof num, round_index(s->ssi), 0, lang));
	svg_text(o, cx, cy + 54, "middle", "sub",
	    html_label(lang, H_OUT_OF_100));
	out_char(o, '\n');
	svg_close(o);
}

/* ---- the bars ---- */

static void
bars(struct out *o, const struct report_opts *r, const struct score *s,
    const struct html_official *f, long idx)
{
	const double w = 640, row = 88;
	int lang = lang_of(r), pl;
	char id[32], num[48];

	sec_id(id, sizeof id, idx, "bars");
	svg_open(o, w, row * P_COUNT - 8, id, "bars",
	    html_label(lang, H_PILLARS), html_label(lang, H_BARS_DESC));
	for (pl = 0; pl < P_COUNT; pl++) {
		double y = pl * row;

		svg_text(o, 0, y + 20, NULL, "lbl",
		    advice_pillar_title(lang, pl));
		svg_text(o, w, y + 21, "end", "val",
		    html_fmt(num, sizeof num, s->pillar[pl], 1, lang));
		svg_rect(o, 0, y + 32, w, 34, "track");
		svg_rect(o, 0, y + 32, s->pillar[pl] / PILLAR_MAX * w, 34,
		    html_pillar_class[pl]);
		if (f != NULL && f->have_pillar[pl]) {
			double x = f->pillar[pl] / PILLAR_MAX * w;

			if (x > w - 2)
				x = w - 2;
			if (x < 2)
				x = 2;
			svg_line(o, x, y + 26, x, y + 72, "mark");
		}
		out_char(o, '\n');
	}
	svg_close(o);
}

/* ---- the radar ---- */

static void
radar(struct out *o, const struct report_opts *r, const struct score *s,
    const struct html_official *f, long idx)
{
	const double cx = 260, cy = 196, rad = 130;
	int lang = lang_of(r), pl;
	char id[32], num[48], buf[96];

	sec_id(id, sizeof id, idx, "radar");
	svg_open(o, 520, 372, id, "radar", html_label(lang, H_RADAR),
	    html_label(lang, H_RADAR_DESC));
	svg_radar_grid(o, cx, cy, rad, P_COUNT, 5, "grid-l");
	out_char(o, '\n');
	if (f != NULL && all4(f->have_ind))
		svg_radar_polygon(o, cx, cy, rad, f->ind, P_COUNT, PILLAR_MAX,
		    "s-ind", 4);
	if (f != NULL && all4(f->have_net))
		svg_radar_polygon(o, cx, cy, rad, f->net, P_COUNT, PILLAR_MAX,
		    "s-net", 4);
	if (f != NULL && all4(f->have_pillar))
		svg_radar_polygon(o, cx, cy, rad, f->pillar, P_COUNT,
		    PILLAR_MAX, "s-off", 4.5);
	svg_radar_polygon(o, cx, cy, rad, s->pillar, P_COUNT, PILLAR_MAX,
	    "s-me", 5);
	out_char(o, '\n');
	for (pl = 0; pl < P_COUNT; pl++) {
		const char *name = lang_pillar_name(lang, pl);
		double x, y;

		html_fmt(num, sizeof num, s->pillar[pl], 1, lang);
		svg_radar_point(cx, cy, rad, pl, P_COUNT, 1, &x, &y);
		snprintf(buf, sizeof buf, "%s  %s", name, num);
		switch (pl) {
		case 0:		/* top */
			svg_text(o, x, y - 16, "middle", "lbl", buf);
			break;
		case 1:		/* right */
			svg_text(o, x + 14, y - 4, NULL, "lbl", name);
			svg_text(o, x + 14, y + 19, NULL, "val", num);
			break;
		case 2:		/* bottom */
			svg_text(o, x, y + 30, "middle", "lbl", buf);
			break;
		default:	/* left */
			svg_text(o, x - 14, y - 4, "end", "lbl", name);
			svg_text(o, x - 14, y + 19, "end", "val", num);
			break;
		}
	}
	out_char(o, '\n');
	svg_close(o);
}

static void
legend_item(struct out *o, const char *cls, const char *text)
{
	out_str(o, "<span><i class=\"ln ");
	out_str(o, cls);
	out_str(o, "\"></i>");
	svg_escs(o, text);
	out_str(o, "</span>");
}

static void
legend(struct out *o, int lang, const struct html_official *f)
{
	out_str(o, "<div class=\"legend\">");
	legend_item(o, "s-me", html_label(lang, H_MEMBER));
	if (f != NULL && all4(f->have_pillar))
		legend_item(o, "s-off", html_label(lang, H_OFFICIAL));
	if (f != NULL && all4(f->have_ind))
		legend_item(o, "s-ind", html_label(lang, H_INDUSTRY_AVG));
	if (f != NULL && all4(f->have_net))
		legend_item(o, "s-net", html_label(lang, H_NETWORK_AVG));
	out_str(o, "</div>\n");
}

/* ---- the table of figures (text equivalent, comparison) ---- */

static void
cell_num(struct out *o, int have, double v, int d, int lang, int sign)
{
	out_str(o, "<td class=\"n\">");
	if (have) {
		if (sign && v >= 0.05)
			out_char(o, '+');
		else if (sign && v <= -0.05)
			out_str(o, "\xe2\x88\x92"), v = -v;	/* minus sign */
		html_num(o, v, d, lang);
	} else {
		out_str(o, "\xe2\x80\x93");
	}
	out_str(o, "</td>");
}

static void
th(struct out *o, const char *cls, const char *text)
{
	out_str(o, "<th");
	if (cls != NULL) {
		out_str(o, " class=\"");
		out_str(o, cls);
		out_char(o, '"');
	}
	out_str(o, " scope=\"col\">");
	svg_escs(o, text);
	out_str(o, "</th>");
}

static void
figures(struct out *o, const struct report_opts *r, const struct score *s,
    const struct html_official *f)
{
	int lang = lang_of(r), pl, off = 0, ind = 0, net = 0, i;

	if (html_official_any(f)) {
		for (i = 0; i < 4; i++) {
			off |= f->have_pillar[i];
			ind |= f->have_ind[i];
			net |= f->have_net[i];
		}
		off |= f->have_ssi;
		ind |= f->have_ind[4];
		net |= f->have_net[4];
	}
	out_str(o, off || ind || net ? "<div class=\"card\" "
	    "style=\"margin-top:20px\">" : "<div class=\"sr\">");
	if (off || ind || net) {
		out_str(o, "<h3>");
		svg_escs(o, html_label(lang, H_OFFICIAL_AS_OF));
		if (f->as_of != NULL) {
			out_str(o, " \xc2\xb7 ");
			svg_escs(o, msg(lang, M_AS_OF));
			out_char(o, ' ');
			svg_escs(o, f->as_of);
			if (f->other_date) {
				char days[96];

				svg_escs(o, official_days_phrase(lang,
				    f->days_before, days, sizeof days));
			}
		}
		out_str(o, "</h3>");
	}
	out_str(o, "<table><thead><tr>");
	th(o, NULL, html_label(lang, H_PILLAR));
	th(o, "n", html_label(lang, H_MEMBER));
	if (off) {
		th(o, "n", html_label(lang, H_OFFICIAL));
		th(o, "n", html_label(lang, H_DIFF));
	}
	if (ind)
		th(o, "n", html_label(lang, H_INDUSTRY_AVG));
	if (net)
		th(o, "n", html_label(lang, H_NETWORK_AVG));
	out_str(o, "</tr></thead>\n<tbody>");
	for (pl = 0; pl <= P_COUNT; pl++) {
		int is_ssi = pl == P_COUNT;
		double est = is_ssi ? s->ssi : s->pillar[pl];
		int ho = off && (is_ssi ? f->have_ssi : f->have_pillar[pl]);
		double ov = !off ? 0 : is_ssi ? f->ssi : f->pillar[pl];

		out_str(o, "<tr><th scope=\"row\">");
		if (!is_ssi) {
			out_str(o, "<i class=\"sw ");
			out_str(o, html_pillar_class[pl]);
			out_str(o, "\"></i>");
		}
		svg_escs(o, is_ssi ? html_label(lang, H_INDEX_NAME) :
		    advice_pillar_title(lang, pl));
		out_str(o, "</th>");
		cell_num(o, 1, est, 1, lang, 0);
		if (off) {
			cell_num(o, ho, ov, 1, lang, 0);
			cell_num(o, ho, ov - round2(est), 1, lang, 1);
		}
		if (ind)
			cell_num(o, f->have_ind[pl], f->ind[pl], 1, lang, 0);
		if (net)
			cell_num(o, f->have_net[pl], f->net[pl], 1, lang, 0);
		out_str(o, "</tr>\n");
	}
	out_str(o, "</tbody></table>");
	if (f != NULL && (f->ind_top > 0 || f->net_top > 0)) {
		char buf[160], n[32];

		out_str(o, "<p class=\"meta\">");
		if (f->ind_top > 0) {
			snprintf(n, sizeof n, "%d%s", f->ind_top,
			    numfmt_pct_sign(lang));
			snprintf(buf, sizeof buf,
			    html_label(lang, H_INDUSTRY_TOP), n);
			svg_escs(o, buf);
		}
		if (f->ind_top > 0 && f->net_top > 0)
			out_str(o, " \xc2\xb7 ");
		if (f->net_top > 0) {
			snprintf(n, sizeof n, "%d%s", f->net_top,
			    numfmt_pct_sign(lang));
			snprintf(buf, sizeof buf,
			    html_label(lang, H_NETWORK_TOP), n);
			svg_escs(o, buf);
		}
		out_str(o, "</p>");
	}
	out_str(o, "</div>\n");
}

/* ---- actions, advice, missing data ---- */

/*
 * Prose from the advice catalogue, escaped, with each option it names
 * ("--set connections=N", "--target KW") kept on one line: a browser
 * would break it after the "--".
 */
static void
prose(struct out *o, const char *t, size_t n)
{
	size_t i = 0, start = 0;

	while (i + 1 < n) {
		size_t end;
		int words;

		if (t[i] != '-' || t[i + 1] != '-' || (i > 0 && t[i - 1] != ' ')) {
			i++;
			continue;
		}
		/* the option and its value: two words */
		for (end = i, words = 0; end < n && words < 2; words++) {
			while (end < n && t[end] != ' ')
				end++;
			if (words == 0 && end < n)
				end++;
		}
		while (end > i && (t[end - 1] == '.' || t[end - 1] == ',' ||
		    t[end - 1] == ' ' || t[end - 1] == ';'))
			end--;
		svg_esc(o, t + start, i - start);
		out_str(o, "<span class=\"nw\">");
		svg_esc(o, t + i, end - i);
		out_str(o, "</span>");
		start = i = end;
	}
	svg_esc(o, t + start, n - start);
}

static void
gain(struct out *o, const struct score *s, int k, int lang)
{
	if (s->gain[k] < GAIN_DONE) {
		out_str(o, "<span class=\"n done\">\xe2\x9c\x93 ");
		svg_escs(o, html_label(lang, H_DONE));
		out_str(o, "</span>");
		return;
	}
	out_str(o, "<span class=\"n\">+");
	html_num(o, s->gain[k], 1, lang);
	out_str(o, "</span>");
}

static void
actions(struct out *o, const struct report_opts *r, const struct profile *p,
    const struct score *s)
{
	int lang = lang_of(r), top[3], n = score_top(s, top, 3), i;
	int un[MODEL_KEYS], nun = score_unmeasured(s, un, MODEL_KEYS);
	char text[ADVICE_MAX];

	out_str(o, "<h3>");
	svg_escs(o, html_label(lang, H_TOP_ACTIONS));
	out_str(o, "</h3>\n");
	if (n == 0) {
		out_str(o, "<p>");
		svg_escs(o, msg(lang, nun > 0 ? M_NOTHING_MEASURED :
		    M_NOTHING_LEFT));
		out_str(o, "</p>\n");
	} else {
		out_str(o, "<ol class=\"actions\">");
		for (i = 0; i < n; i++) {
			out_str(o, "<li class=\"k");
			out_char(o, '0' + top[i] / 4);
			out_str(o, "\"><span class=\"g\">+");
			html_num(o, s->mgain[top[i]], 1, lang);
			out_str(o, "</span><span class=\"t\"><span "
			    "class=\"key\">");
			out_str(o, model_key_name(top[i]));
			out_str(o, "</span>");
			svg_escs(o, advice_key_title(lang, top[i]));
			out_str(o, "</span></li>");
		}
		out_str(o, "</ol>\n");
	}
	if (nun == 0)
		return;
	/* the keys no data could measure: what each could add at most */
	out_str(o, "<h3>");
	svg_escs(o, msg(lang, M_UNMEASURED));
	out_str(o, "</h3>\n<ul class=\"adv\">");
	for (i = 0; i < nun; i++) {
		size_t len = advice_supply(lang, r->m, p, s, un[i],
		    ADVICE_PAGE | (r->linkedin ? ADVICE_EXPORT : 0), text, sizeof text);

		out_str(o, "<li><div class=\"hd\"><span class=\"key\">");
		out_str(o, model_key_name(un[i]));
		out_str(o, "</span><span>");
		svg_escs(o, advice_key_title(lang, un[i]));
		out_str(o, "</span><span class=\"n\">");
		svg_escs(o, msg(lang, M_AT_MOST));
		out_str(o, " +");
		html_num(o, score_unmeasured_gain(s, un[i]), 1, lang);
		out_str(o, "</span></div>");
		if (len > 0) {
			out_str(o, "<p>");
			prose(o, text, len);
			out_str(o, "</p>");
		}
		out_str(o, "</li>\n");
	}
	out_str(o, "</ul>\n");
}

static void
advice(struct out *o, const struct report_opts *r, const struct profile *p,
    const struct score *s)
{
	int lang = lang_of(r), pl;
	char text[ADVICE_MAX];

	out_str(o, "<div class=\"advice\"><h3>");
	svg_escs(o, html_label(lang, H_ADVICE));
	out_str(o, "</h3>\n<div class=\"cols2\">\n");
	for (pl = 0; pl < P_COUNT; pl++) {
		int keys[4], nk = score_pillar_keys(s, pl, keys), k;

		out_str(o, "<div class=\"pillar\"><h4><i class=\"sw ");
		out_str(o, html_pillar_class[pl]);
		out_str(o, "\"></i>");
		svg_escs(o, advice_pillar_title(lang, pl));
		out_str(o, "<span class=\"n\">");
		html_num(o, s->pillar[pl], 1, lang);
		out_str(o, " / 25</span></h4>\n<ul class=\"adv\">");
		for (k = 0; k < nk; k++) {
			size_t n = advice_text(lang, r->m, p, s, keys[k],
			    ADVICE_PAGE | (r->linkedin ? ADVICE_EXPORT : 0), text,
			    sizeof text);

			out_str(o, "<li><div class=\"hd\"><span "
			    "class=\"key\">");
			out_str(o, model_key_name(keys[k]));
			out_str(o, "</span><span>");
			svg_escs(o, advice_key_title(lang, keys[k]));
			out_str(o, "</span>");
			gain(o, s, keys[k], lang);
			out_str(o, "</div><p>");
			prose(o, text, n);
			out_str(o, "</p></li>\n");
		}
		out_str(o, "</ul></div>\n");
	}
	out_str(o, "</div></div>\n");
}

static void
missing(struct out *o, const struct report_opts *r, const struct score *s)
{
	int lang = lang_of(r), miss[F_COUNT], n, i;

	n = score_missing(r->m, s, miss, F_COUNT);
	out_str(o, "<h3>");
	svg_escs(o, html_label(lang, H_MISSING));
	out_str(o, "</h3>\n<p class=\"miss\">");
	if (n == 0) {
		svg_escs(o, html_label(lang, H_MISSING_NONE));
		out_str(o, "</p>\n");
		return;
	}
	for (i = 0; i < n; i++) {
		if (i)
			out_str(o, ", ");
		out_str(o, "<code>");
		svg_escs(o, field_name(lang, miss[i]));
		out_str(o, "</code>");
	}
	out_str(o, "</p>\n<p class=\"miss\">");
	prose(o, html_label(lang, H_MISSING_HOW),
	    strlen(html_label(lang, H_MISSING_HOW)));
	out_str(o, "</p>\n");
}

/* ---- the section ---- */

void
html_score_section(struct out *o, const struct report_opts *r,
    const struct profile *p, const struct score *s,
    const struct html_official *f, long idx)
{
	int lang = lang_of(r);
	char num[48], buf[160];

	if (!html_official_any(f))
		f = NULL;
	out_str(o, "<section class=\"member\" id=\"m");
	out_long(o, idx);
	out_str(o, "\" aria-labelledby=\"m");
	out_long(o, idx);
	out_str(o, "-h\">\n<header><h2 id=\"m");
	out_long(o, idx);
	out_str(o, "-h\">");
	member_name(o, p, lang);
	out_str(o, "</h2><p class=\"meta\">");
	if (profile_has(p, F_INDUSTRY)) {
		text_field(o, p, F_INDUSTRY);
		out_str(o, " \xc2\xb7 ");
	}
	if (profile_has(p, F_AS_OF)) {
		svg_escs(o, msg(lang, M_AS_OF));
		out_char(o, ' ');
		text_field(o, p, F_AS_OF);
		out_str(o, " \xc2\xb7 ");
	}
	svg_escs(o, msg(lang, M_MODEL));
	out_char(o, ' ');
	svg_escs(o, r->m->id);
	out_str(o, "</p></header>\n<div class=\"row r57\">\n");

	/* the ring */
	out_str(o, "<div class=\"card ring\"><h3>");
	svg_escs(o, html_label(lang, H_INDEX_NAME));
	out_str(o, "</h3><figure>\n");
	ring(o, r, s, idx);
	out_str(o, "<figcaption>");
	if (s->coverage < 0.995) {
		snprintf(buf, sizeof buf, html_label(lang, H_RANGE),
		    html_fmt(num, sizeof num, round_index(s->ssi_max), 0,
		    lang));
		svg_escs(o, buf);
		out_str(o, "<br/>");
	}
	svg_escs(o, html_label(lang, H_COVERAGE));
	out_char(o, ' ');
	html_num(o, floor(s->coverage * 100 + 0.5), 0, lang);
	out_str(o, numfmt_pct_sign(lang));
	if (f != NULL && f->have_ssi) {
		out_str(o, "<br/>");
		svg_escs(o, html_label(lang, H_OFFICIAL));
		out_str(o, ": <b>");
		html_num(o, f->ssi, 0, lang);
		out_str(o, "</b>");
	}
	out_str(o, "</figcaption></figure></div>\n");

	/* the bars */
	out_str(o, "<div class=\"card\"><h3>");
	svg_escs(o, html_label(lang, H_PILLARS));
	out_str(o, " <span class=\"meta\" style=\"font-weight:400;"
	    "font-size:15px\">(");
	svg_escs(o, html_label(lang, H_OF_25));
	out_str(o, ")</span></h3><figure>\n");
	bars(o, r, s, f, idx);
	if (f != NULL && all4(f->have_pillar)) {
		out_str(o, "<figcaption><i class=\"tick-off\"></i>");
		svg_escs(o, html_label(lang, H_OFFICIAL));
		out_str(o, "</figcaption>");
	}
	out_str(o, "</figure></div>\n</div>\n<div class=\"row r11\">\n");

	/* the radar */
	out_str(o, "<div class=\"card\"><h3>");
	svg_escs(o, html_label(lang, H_RADAR));
	out_str(o, "</h3><figure>\n");
	radar(o, r, s, f, idx);
	out_str(o, "<figcaption>");
	legend(o, lang, f);
	out_str(o, "</figcaption></figure></div>\n<div>\n");
	actions(o, r, p, s);
	missing(o, r, s);
	out_str(o, "</div>\n</div>\n");

	figures(o, r, s, f);
	advice(o, r, p, s);
	out_str(o, "</section>\n");
}

/* ---- the writer ---- */

/*
 * The state is made at the first item and freed by the end (or at once
 * when memory runs out).  As the other formats stream, an input that
 * cannot be read to its end leaves an -o file as it was (cli_finish).
 */
struct page {
	struct out sec;		/* the first member's section, until a second
				 * one says the page has an index */
	struct out nav;		/* the index's entries */
	int open;		/* the head is written, sections stream */
};

static void
page_free(struct writer_ctx *w)
{
	struct page *pg = w->state;

	if (pg != NULL) {
		out_mem_free(&pg->sec);
		out_mem_free(&pg->nav);
		free(pg);
	}
	w->state = NULL;
}

/* The head of the page and its title. */
static void
page_head(struct writer_ctx *w)
{
	int lang = lang_of(w->r);

	html_begin(w->o, lang, html_label(lang, H_TITLE_SCORE));
	out_str(w->o, "<h1>");
	svg_escs(w->o, html_label(lang, H_TITLE_SCORE));
	out_str(w->o, "</h1>\n");
}

/* The official figures of p (ssi.7 OFFICIAL FIGURES: fields in thousandths). */
static void
official_of(const struct profile *p, struct html_official *f)
{
	static const int ind[5] = {
		F_INDUSTRY_AVG_BRAND, F_INDUSTRY_AVG_PEOPLE,
		F_INDUSTRY_AVG_ENGAGEMENT, F_INDUSTRY_AVG_RELATIONSHIPS,
		F_INDUSTRY_AVG_SSI
	};
	static const int net[5] = {
		F_NETWORK_AVG_BRAND, F_NETWORK_AVG_PEOPLE,
		F_NETWORK_AVG_ENGAGEMENT, F_NETWORK_AVG_RELATIONSHIPS,
		F_NETWORK_AVG_SSI
	};
	int i;

	memset(f, 0, sizeof *f);
	if ((f->have_ssi = profile_has(p, F_OFFICIAL_SSI)))
		f->ssi = p->num[F_OFFICIAL_SSI] / 1000.0;
	for (i = 0; i < 5; i++) {
		if (i < 4 && (f->have_pillar[i] =
		    profile_has(p, OFFICIAL_COMPONENT(i))))
			f->pillar[i] = p->num[OFFICIAL_COMPONENT(i)] / 1000.0;
		if ((f->have_ind[i] = profile_has(p, ind[i])))
			f->ind[i] = p->num[ind[i]] / 1000.0;
		if ((f->have_net[i] = profile_has(p, net[i])))
			f->net[i] = p->num[net[i]] / 1000.0;
	}
	if (profile_has(p, F_INDUSTRY_TOP_PCT))
		f->ind_top = (int)(p->num[F_INDUSTRY_TOP_PCT] / 1000);
	if (profile_has(p, F_NETWORK_TOP_PCT))
		f->net_top = (int)(p->num[F_NETWORK_TOP_PCT] / 1000);
	f->as_of = profile_text(p, F_AS_OF);
}

/*
 * The page streams: only the first member's section is held, until a
 * second member says the page has an index; then the head, that section
 * and every later one go out as they come, and the index (a line per
 * member, all that is held) is written after them, in a flex column
 * that shows it first (.pages, .pages>nav.toc).  The memory of a page
 * of 100,000 members is its index, not its sections.
 */
static void
html_score_item(struct writer_ctx *w, const void *item)
{
	const struct scored *sc = item;
	struct page *pg = w->state;
	struct html_official f;
	long idx = w->n + 1;
	int lang = lang_of(w->r);

	if (pg == NULL && w->n == 0 && (pg = calloc(1, sizeof *pg)) != NULL) {
		if (out_mem(&pg->sec) < 0) {
			free(pg);
			pg = NULL;
		} else if (out_mem(&pg->nav) < 0) {
			out_mem_free(&pg->sec);
			free(pg);
			pg = NULL;
		}
		w->state = pg;
	}
	if (pg == NULL) {
		w->o->err = w->o->err ? w->o->err : ENOMEM;
		return;
	}
	if (idx == 2 && !pg->open) {
		page_head(w);
		out_str(w->o, "<div class=\"pages\">\n");
		out_write(w->o, pg->sec.buf, pg->sec.n);
		out_mem_free(&pg->sec);
		pg->open = 1;
	}
	official_of(sc->p, &f);
	if (sc->official_as_of && profile_has(sc->p, F_AS_OF)) {
		f.as_of = sc->official_as_of;
		f.other_date = 1;
		f.days_before = official_days_before(sc->official_as_of,
		    profile_text(sc->p, F_AS_OF));
	}
	html_score_section(pg->open ? w->o : &pg->sec, w->r, sc->p, sc->s,
	    &f, idx);
	out_str(&pg->nav, "<li><a href=\"#m");
	out_long(&pg->nav, idx);
	out_str(&pg->nav, "\">");
	member_name(&pg->nav, sc->p, lang);
	out_str(&pg->nav, "</a> \xc2\xb7 <b>");
	html_num(&pg->nav, round_index(sc->s->ssi), 0, lang);
	out_str(&pg->nav, "</b></li>\n");
	if ((!pg->open && out_failed(&pg->sec)) || out_failed(&pg->nav)) {
		w->o->err = pg->nav.err ? pg->nav.err : pg->sec.err;
		page_free(w);
	}
}

static void
html_score_end(struct writer_ctx *w)
{
	struct page *pg = w->state;
	int lang = lang_of(w->r);

	if (pg == NULL || !pg->open) {
		page_head(w);
		if (pg != NULL)
			out_write(w->o, pg->sec.buf, pg->sec.n);
	} else {
		out_str(w->o, "<nav class=\"toc\" aria-label=\"");
		svg_escs(w->o, html_label(lang, H_CONTENTS));
		out_str(w->o, "\"><h3 style=\"margin:0\">");
		svg_escs(w->o, html_label(lang, H_CONTENTS));
		out_str(w->o, "</h3><ol>\n");
		out_write(w->o, pg->nav.buf, pg->nav.n);
		out_str(w->o, "</ol></nav>\n</div>\n");
	}
	page_free(w);
	html_end(w->o, lang, w->r->m->id);
}

const struct writer score_html_writer = {
	NULL, html_score_item, html_score_end
};
