/*
 * html_rank.c - the rank page (ssi.1 -f html): the team's average
 * index and pillars as a stacked bar, the distribution of the index in
 * bands of 10, the leaderboard (rank, name, group, index, a small stacked
 * bar of the pillars, weakest pillar, top action) and the groups with
 * their averages.  item is called once with the finished struct rank.
 *
 * Decisions where the spec is silent:
 *  - the team's averages are of the 2-decimal figures (as the groups'
 *    are), shown with 1 decimal like the text leaderboard;
 *  - a member's small bar is drawn on the scale of the index (0-100), so
 *    its length is the index and its parts the pillars;
 *  - the band of an index is its tens (a 100 goes with 90-100);
 *  - a page of 1,000 members stays small: the leaderboard is one table,
 *    its bars short SVGs of four rectangles with a title that reads the
 *    figures.
 */
#include <stdio.h>
#include <string.h>

#include "html.h"
#include "ssi/catalog.h"
#include "ssi/lang.h"
#include "ssi/numfmt.h"
#include "ssi/rank.h"
#include "rank_out.h"
#include "svg.h"
#include "text/advice.h"
#include "text/fieldhelp.h"

#define BANDS 10

static int
lang_of(const struct report_opts *r)
{
	return r->lang >= 0 && r->lang < LANG_COUNT ? r->lang : LANG_EN;
}

static const char *
who(const struct rank_entry *e)
{
	return e->name ? e->name : e->id ? e->id : "";
}

/* Cents as text with 1 decimal in the page's language. */
static const char *
dec1(char *buf, size_t n, long long cents, int lang)
{
	return html_fmt(buf, n, cents / 100.0, 1, lang);
}

/* "Brand 9.2, People 8.9, ..." of the pillars v (cents) into buf. */
static void
pillars_text(char *buf, size_t n, const int32_t *v, int lang)
{
	char num[48];
	size_t len = 0;
	int pl;

	buf[0] = '\0';
	for (pl = 0; pl < P_COUNT && len < n; pl++)
		len += (size_t)snprintf(buf + len, n - len, "%s%s %s",
		    pl ? ", " : "", lang_pillar_short(lang, pl),
		    dec1(num, sizeof num, v[pl], lang));
}

/* The pillars v (cents) as a stacked bar on the scale 0-100, w x h. */
static void
mini_bar(struct out *o, const int32_t *v, double w, double h, int lang)
{
	double part[P_COUNT];
	char title[256];
	int pl;

	for (pl = 0; pl < P_COUNT; pl++)
		part[pl] = v[pl] / 100.0;
	pillars_text(title, sizeof title, v, lang);
	svg_open(o, w, h, NULL, "mini", title, NULL);
	svg_rect(o, 0, 0, w, h, "track");
	svg_stacked_bar(o, 0, 0, w, h, part, P_COUNT, 100, html_pillar_class,
	    0.6);
	svg_close(o);
}

static void
legend(struct out *o, const int32_t *avg, int lang)
{
	char num[48];
	int pl;

	out_str(o, "<div class=\"legend big\">");
	for (pl = 0; pl < P_COUNT; pl++) {
		out_str(o, "<span><i class=\"sw ");
		out_str(o, html_pillar_class[pl]);
		out_str(o, "\"></i>");
		svg_escs(o, lang_pillar_short(lang, pl));
		out_str(o, " <b>");
		out_str(o, dec1(num, sizeof num, avg[pl], lang));
		out_str(o, "</b></span>");
	}
	out_str(o, "</div>\n");
}

/* ---- the team ---- */

static void
team(struct out *o, const struct report_opts *r, const struct rank *u,
    const int32_t *avg)
{
	const double w = 640;
	int lang = lang_of(r), pl;
	double part[P_COUNT];
	char num[48], title[320], buf[160];

	out_str(o, "<div class=\"card\"><h3>");
	svg_escs(o, html_label(lang, H_TEAM_AVERAGE));
	if (report_hidden(r, u->n)) {
		/* --min-group: no average of so few */
		out_str(o, "</h3>\n<p>");
		snprintf(buf, sizeof buf, tr(lang, "fewer than %ld members: no "
		    "average"), r->min_group);
		svg_escs(o, buf);
		out_str(o, "</p></div>\n");
		return;
	}
	out_str(o, "</h3>\n<div class=\"kpi\"><span class=\"kbig\">");
	out_str(o, dec1(num, sizeof num, avg[RV_SSI], lang));
	out_str(o, "</span><span class=\"ksub\">/ 100 \xc2\xb7 ");
	svg_escs(o, html_label(lang, H_ESTIMATE));
	out_str(o, "<br/>");
	snprintf(buf, sizeof buf, "%ld %s", u->n, u->n == 1 ?
	    msg(lang, M_PROFILE) : msg(lang, M_PROFILES));
	svg_escs(o, buf);
	out_str(o, "</span></div>\n<figure>");
	for (pl = 0; pl < P_COUNT; pl++)
		part[pl] = avg[pl] / 100.0;
	pillars_text(buf, sizeof buf, avg, lang);
	snprintf(title, sizeof title, "%s: %s", html_label(lang, H_TEAM_DESC),
	    buf);
	svg_open(o, w, 64, "team", "teambar", html_label(lang, H_TEAM_AVERAGE),
	    title);
	svg_rect(o, 0, 4, w, 40, "track");
	svg_stacked_bar(o, 0, 4, w, 40, part, P_COUNT, 100, html_pillar_class,
	    2);
	for (pl = 0; pl <= 100; pl += 25) {
		snprintf(num, sizeof num, "%d", pl);
		svg_line(o, pl * w / 100, 44, pl * w / 100, 50, "axis");
		svg_text(o, pl == 0 ? 0 : pl == 100 ? w : pl * w / 100, 64,
		    pl == 0 ? NULL : pl == 100 ? "end" : "middle", "tick", num);
	}
	svg_close(o);
	out_str(o, "<figcaption>");
	legend(o, avg, lang);
	out_str(o, "</figcaption></figure></div>\n");
}

static void
histogram(struct out *o, const struct report_opts *r, const struct rank *u)
{
	const double w = 640, h = 300, top = 26, base = 250, left = 36;
	long count[BANDS] = { 0 }, max = 1, i;
	int lang = lang_of(r), b;
	char num[32], lab[BANDS][16], edge[BANDS + 1][8];
	const char *labels[BANDS + 1];
	double xs[BANDS + 1], bw = (w - left) / BANDS;
	struct svg_scale sy;

	for (i = 0; i < u->n; i++) {
		b = u->e[i].v[RV_SSI] / 1000;
		count[b < 0 ? 0 : b >= BANDS ? BANDS - 1 : b]++;
	}
	for (b = 0; b < BANDS; b++)
		if (count[b] > max)
			max = count[b];
	out_str(o, "<div class=\"card\"><h3>");
	svg_escs(o, html_label(lang, H_DISTRIBUTION));
	out_str(o, "</h3><figure>\n");
	svg_open(o, w, h, "hist", "hist", html_label(lang, H_DISTRIBUTION),
	    html_label(lang, H_HIST_DESC));
	sy.d0 = 0;
	sy.d1 = (double)max;
	sy.r0 = base;
	sy.r1 = top;
	for (b = 0; b < BANDS; b++) {
		double x = left + b * bw, y = svg_map(&sy, (double)count[b]);

		svg_rect(o, x + 4, y, bw - 8, base - y, "bar");
		snprintf(num, sizeof num, "%ld", count[b]);
		if (count[b] > 0)
			svg_text(o, x + bw / 2, y - 7, "middle", "val", num);
		snprintf(lab[b], sizeof lab[b], "%d\xe2\x80\x93%d", b * 10,
		    b == BANDS - 1 ? 100 : b * 10 + 9);
	}
	/* the axis names the edges of the bands (0, 10, ... 100), three
	 * characters at most: "0-9 10-19" labels collide once the chart
	 * is narrow (a phone, half an A4 page) */
	for (b = 0; b <= BANDS; b++) {
		snprintf(edge[b], sizeof edge[b], "%d", b * 10);
		labels[b] = edge[b];
		xs[b] = left + b * bw;
	}
	svg_axis_x(o, base, left, w, xs, labels, BANDS + 1, "axis");
	svg_close(o);
	/* the figures for a screen reader */
	out_str(o, "<table class=\"sr\"><thead><tr><th scope=\"col\">");
	svg_escs(o, html_label(lang, H_BAND));
	out_str(o, "</th><th scope=\"col\">");
	svg_escs(o, msg(lang, M_PROFILES));
	out_str(o, "</th></tr></thead><tbody>");
	for (b = 0; b < BANDS; b++) {
		out_str(o, "<tr><td>");
		out_str(o, lab[b]);
		out_str(o, "</td><td>");
		out_long(o, count[b]);
		out_str(o, "</td></tr>");
	}
	out_str(o, "</tbody></table></figure></div>\n");
}

/* ---- the date of the data, the rows left out ---- */

/* YYYYMMDD as the page's language writes a date ("5 February 2026",
 * "5 de febrero de 2026") into buf. */
static const char *
long_date(char *buf, size_t n, uint32_t ymd, int lang)
{
	static const char *const months[12] = {
		"January", "February", "March", "April", "May", "June",
		"July", "August", "September", "October", "November",
		"December"
	};
	int m = (int)(ymd / 100 % 100);

	if (m < 1 || m > 12)
		m = 1;
	snprintf(buf, n, tr(lang, "%d %s %d"), (int)(ymd % 100),
	    tr(lang, months[m - 1]), (int)(ymd / 10000));
	return buf;
}

/* The latest as_of of the members (0: none); *mixed: they differ. */
static uint32_t
latest_date(const struct rank *u, int *mixed)
{
	uint32_t d = 0;
	long i;

	*mixed = 0;
	for (i = 0; i < u->n; i++) {
		if (u->e[i].date > d)
			d = u->e[i].date;
		if (i > 0 && u->e[i].date != u->e[0].date)
			*mixed = 1;
	}
	return d;
}

/* Under the title: the date of the data, then the rows the inputs
 * rejected (how many, the first messages): a member missing from the
 * page is never silent. */
static void
data_note(struct out *o, const struct report_opts *r, const struct rank *u)
{
	int lang = lang_of(r), mixed, i;
	uint32_t d = latest_date(u, &mixed);
	char date[96], buf[320];

	if (d != 0) {
		out_str(o, "<p class=\"meta asof\">");
		snprintf(buf, sizeof buf, tr(lang, mixed ? "Data as of %s; each "
		    "member's own date is in the leaderboard" : "Data as of %s"),
		    long_date(date, sizeof date, d, lang));
		svg_escs(o, buf);
		out_str(o, "</p>\n");
	}
	if (r->rejected <= 0)
		return;
	out_str(o, "<div class=\"card rejected\" role=\"note\"><p>");
	snprintf(buf, sizeof buf, tr(lang, r->rejected == 1 ? "%ld row of "
	    "the input was rejected and is not on this page:" : "%ld rows of "
	    "the input were rejected and are not on this page:"),
	    r->rejected);
	svg_escs(o, buf);
	out_str(o, "</p><ul>");
	for (i = 0; i < r->nrejects && i < 3; i++) {
		out_str(o, "<li><bdi>");
		svg_escs(o, r->rejects[i]);
		out_str(o, "</bdi></li>");
	}
	if (r->rejected > r->nrejects) {
		out_str(o, "<li>");
		snprintf(buf, sizeof buf, tr(lang, "and %ld more (ssi prints "
		    "every message on standard error)"),
		    r->rejected - r->nrejects);
		svg_escs(o, buf);
		out_str(o, "</li>");
	}
	out_str(o, "</ul></div>\n");
}

/* ---- the leaderboard and the groups ---- */

/* A group's name for a reader: the group of records without the field,
 * "(none)", in lang (the machine formats keep RANK_NONE). */
static const char *
group_name(const char *name, int lang)
{
	return strcmp(name, RANK_NONE) == 0 ? tr(lang, RANK_NONE) : name;
}

/* The name of the grouping field for a reader: "Industry", "Sector";
 * other fields by their name, capitalised, '_' as spaces; a column of
 * your own as the input wrote it (rank_by_shown); into buf. */
static const char *
field_label(char *buf, size_t n, const struct rank *u, int lang)
{
	const char *title = u->by >= 0 ? field_title(lang, u->by) : NULL;
	size_t i;

	snprintf(buf, n, "%s", title != NULL ? title : u->by_name);
	if (u->by < 0)
		return buf;
	if (buf[0] >= 'a' && buf[0] <= 'z')
		buf[0] = (char)(buf[0] - 'a' + 'A');
	for (i = 0; buf[i]; i++)
		if (buf[i] == '_')
			buf[i] = ' ';
	return buf;
}

/* An opening <td> with its class (or none) and the column's name, which a
 * row folded into a card on a phone shows before the value. */
static void
td(struct out *o, const char *cls, const char *label)
{
	out_str(o, "<td");
	if (cls) {
		out_str(o, " class=\"");
		out_str(o, cls);
		out_char(o, '"');
	}
	if (label) {
		out_str(o, " data-l=\"");
		svg_escs(o, label);
		out_char(o, '"');
	}
	out_char(o, '>');
}

static void
th(struct out *o, const char *cls, const char *text)
{
	out_str(o, cls ? "<th scope=\"col\" class=\"" : "<th scope=\"col\"");
	if (cls) {
		out_str(o, cls);
		out_char(o, '"');
	}
	out_char(o, '>');
	svg_escs(o, text);
	out_str(o, "</th>");
}

static void
leaderboard(struct out *o, const struct report_opts *r, const struct rank *u)
{
	int lang = lang_of(r), mixed;
	char num[48], buf[160], date[96];
	long i;

	latest_date(u, &mixed);
	out_str(o, "<div class=\"card wide\"><h3>");
	svg_escs(o, html_label(lang, H_LEADERBOARD));
	out_str(o, "</h3>\n<table class=\"board\"><thead><tr>");
	th(o, "n", html_label(lang, H_RANK));
	th(o, NULL, html_label(lang, H_NAME));
	if (u->by_official)	/* ranked by it: beside the name */
		th(o, "n", html_label(lang, H_OFFICIAL_LINE));
	if (mixed)
		th(o, NULL, tr(lang, "Date"));
	th(o, NULL, field_label(buf, sizeof buf, u, lang));
	th(o, "n", html_label(lang, u->by_official ? H_ESTIMATE_LINE :
	    H_INDEX));
	th(o, "barc", html_label(lang, H_PILLARS));
	th(o, NULL, html_label(lang, H_WEAKEST));
	th(o, NULL, html_label(lang, H_NEXT));
	out_str(o, "</tr></thead>\n<tbody>\n");
	for (i = 0; i < u->n && !out_failed(o); i++) {
		const struct rank_entry *e = &u->e[i];

		if (!rank_shown(r, e))
			continue;	/* --only */
		out_str(o, "<tr><td class=\"n\">");
		if (e->rank)	/* 0: unranked (--by-official) */
			out_long(o, e->rank);
		else
			out_char(o, '-');
		out_str(o, "</td><td class=\"nm\">");
		html_bdis(o, who(e));
		out_str(o, "</td>");
		if (u->by_official) {
			/* as recorded; on a phone first, labelled */
			td(o, "n ix ixo vo", html_label(lang, H_OFFICIAL_LINE));
			if (e->has_off)
				html_official_fig(o, e->off, lang);
			else
				out_str(o, "\xe2\x80\x93");
			out_str(o, "</td>");
		}
		if (mixed) {
			td(o, "dt", tr(lang, "Date"));
			if (e->date)
				svg_escs(o, long_date(date, sizeof date,
				    e->date, lang));
			else
				out_char(o, '-');
			out_str(o, "</td>");
		}
		td(o, "gr", field_label(buf, sizeof buf, u, lang));
		if (rank_group_hidden(r, u, e))
			out_char(o, '-');	/* --min-group: not named */
		else
			html_bdis(o, group_name(u->g[e->group].name, lang));
		out_str(o, "</td>");
		if (u->by_official)
			td(o, "n ix", html_label(lang, H_ESTIMATE_LINE));
		else
			out_str(o, "<td class=\"n ix\">");
		out_str(o, dec1(num, sizeof num, e->v[RV_SSI], lang));
		out_str(o, "</td><td class=\"barc\">");
		mini_bar(o, e->v, 200, 14, lang);
		out_str(o, "</td>");
		td(o, "nw", html_label(lang, H_WEAKEST));
		out_str(o, "<i class=\"sw ");
		out_str(o, html_pillar_class[(int)e->weak]);
		out_str(o, "\"></i>");
		svg_escs(o, lang_pillar_short(lang, e->weak));
		out_char(o, ' ');
		out_str(o, dec1(num, sizeof num, e->v[(int)e->weak], lang));
		out_str(o, "</td>");
		td(o, "nx", html_label(lang, H_NEXT));
		if (e->top >= 0) {
			out_str(o, "<span class=\"key\">");
			out_str(o, model_key_name(e->top));
			out_str(o, "</span>");
			svg_escs(o, advice_key_title(lang, e->top));
		} else {
			svg_escs(o, msg(lang, M_NOTHING_TO_GAIN));
		}
		out_str(o, "</td></tr>\n");
	}
	out_str(o, "</tbody></table></div>\n");
}

static void
groups(struct out *o, const struct report_opts *r, const struct rank *u)
{
	int lang = lang_of(r), pl;
	char num[48], buf[256], fl[160];
	long i, hid = 0, hidm = 0;

	out_str(o, "<div class=\"card wide groups\"><h3>");
	snprintf(buf, sizeof buf, "%s: %s", msg(lang, M_GROUPS_BY),
	    field_label(fl, sizeof fl, u, lang));
	svg_escs(o, buf);
	out_str(o, "</h3>\n<table class=\"board\"><thead><tr>");
	th(o, NULL, html_label(lang, H_GROUP));
	th(o, "n", html_label(lang, H_PROFILES_COL));
	if (u->by_official)	/* the average of the members that have one */
		th(o, "n", html_label(lang, H_OFFICIAL_LINE));
	th(o, "n", html_label(lang, u->by_official ? H_ESTIMATE_LINE :
	    H_AVERAGE));
	th(o, "barc", html_label(lang, H_PILLARS));
	for (pl = 0; pl < P_COUNT; pl++)
		th(o, "n", lang_pillar_short(lang, pl));
	out_str(o, "</tr></thead>\n<tbody>\n");
	for (i = 0; i < u->ng && !out_failed(o); i++) {
		const struct rank_group *g = &u->g[u->order[i]];

		out_str(o, "<tr><td class=\"nm\">");
		html_bdis(o, group_name(g->name, lang));
		out_str(o, "</td>");
		td(o, "n", html_label(lang, H_PROFILES_COL));
		out_long(o, g->n);
		if (report_hidden(r, g->n)) {
			/* --min-group: no average of its own */
			hid++;
			hidm += g->n;
			report_no_average(r, buf, sizeof buf);
			out_str(o, "</td><td class=\"nx\" colspan=\"");
			out_long(o, 2 + P_COUNT + (u->by_official != 0));
			out_str(o, "\">");
			svg_escs(o, buf);
			out_str(o, "</td></tr>\n");
			continue;
		}
		out_str(o, "</td>");
		if (u->by_official) {
			/* as in the leaderboard: on a phone first, labelled */
			td(o, "n ix ixo vo", html_label(lang, H_OFFICIAL_LINE));
			if (g->noff > 0)
				html_official_fig(o, g->off_avg, lang);
			else
				out_str(o, "\xe2\x80\x93");
			out_str(o, "</td>");
			td(o, "n ix", html_label(lang, H_ESTIMATE_LINE));
		} else {
			out_str(o, "<td class=\"n ix\">");
		}
		out_str(o, dec1(num, sizeof num, g->avg[RV_SSI], lang));
		out_str(o, "</td><td class=\"barc\">");
		mini_bar(o, g->avg, 200, 14, lang);
		out_str(o, "</td>");
		for (pl = 0; pl < P_COUNT; pl++) {
			td(o, "n", lang_pillar_short(lang, pl));
			out_str(o, dec1(num, sizeof num, g->avg[pl], lang));
			out_str(o, "</td>");
		}
		out_str(o, "</tr>\n");
	}
	out_str(o, "</tbody></table>");
	if (hid > 0) {
		out_str(o, "\n<p>");
		svg_escs(o, report_hidden_text(r, hid, hidm, buf, sizeof buf));
		out_str(o, "</p>");
	}
	out_str(o, "</div>\n");
}

/* ---- the writer ---- */

static void
rank_item(struct writer_ctx *w, const void *item)
{
	const struct rank *u = item;
	struct out *o = w->o;
	int lang = lang_of(w->r), k;
	long long sum[RV_SSI + 1] = { 0 };
	int32_t avg[RV_SSI + 1] = { 0 };
	const char *title;
	long i;

	/* ranked by LinkedIn's official index: the title says so */
	title = html_label(lang, u->by_official ? H_TITLE_RANK_OFFICIAL :
	    H_TITLE_RANK);
	html_begin(o, lang, title);
	out_str(o, "<h1>");
	svg_escs(o, title);
	out_str(o, "</h1>\n");
	data_note(o, w->r, u);
	for (i = 0; i < u->n; i++)
		for (k = 0; k <= RV_SSI; k++)
			sum[k] += u->e[i].v[k];
	for (k = 0; k <= RV_SSI && u->n > 0; k++) {
		long long h = u->n / 2;

		avg[k] = (int32_t)((sum[k] >= 0 ? sum[k] + h : sum[k] - h) /
		    u->n);
	}
	out_str(o, "<section class=\"team\">\n<div class=\"row r11\">\n");
	team(o, w->r, u, avg);
	histogram(o, w->r, u);
	out_str(o, "</div>\n");
	leaderboard(o, w->r, u);
	groups(o, w->r, u);
	out_str(o, "</section>\n");
	html_end(o, lang, w->r->m->id);
}

const struct writer rank_html_writer = { NULL, rank_item, NULL };
