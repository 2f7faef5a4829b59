/*
 * html_trend.c - the trend page (ssi.1 -f html): for a team, the
 * average index per date and the improvers and decliners (ssi.7 LINKEDIN DATA EXPORT);
 * per member a line chart of the index over time with markers on real
 * changes, the pillars as four thin lines, and the table of snapshots.
 * item is called once with the finished struct trend.
 *
 * Decisions where the spec is silent:
 *  - time runs on a day scale (uneven gaps between snapshots show);
 *  - the index chart's value axis is fitted to the member's figures
 *    (rounded out to tens, at least 20 points tall) so that small moves
 *    show; the pillars' chart is always 0-25;
 *  - a change is "real" by ssi.7 OFFICIAL FIGURES rule (change.h: XmR on the
 *    2-decimal figures, floor 1.0 for the index, 0.5 for a pillar): up
 *    and down get a triangle on the chart and an arrow in the table, flat
 *    nothing;
 *  - a member with official figures gets the official index as a dashed
 *    line through the snapshots that have it (hollow triangles on its real
 *    changes) and a column of it in the table;
 *  - the team's line, improvers and decliners: team.h (per date the mean
 *    over the members with a snapshot that day; the three largest changes
 *    of the index from a member's first to last date, ties by id); a team
 *    part only when there are two members or more, or with --summary
 *    (then alone, without the members);
 *  - every chart is drawn twice, wide and narrow, and a phone's screen
 *    shows the narrow one (NARROW_W below).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/team.h"
#include "html.h"
#include "ssi/catalog.h"
#include "ssi/change.h"
#include "ssi/keep.h"
#include "ssi/lang.h"
#include "ssi/numfmt.h"
#include "ssi/official.h"
#include "ssi/rank.h"
#include "ssi/report.h"
#include "ssi/trend.h"
#include "svg.h"
#include "text/labels.h"
#include "trend_out.h"
#include "util/days.h"

/* Chart frame: the plot area inside the SVG; gap: the least distance
 * between the centres of two date labels. */
struct frame {
	double w, h, left, right, top, bottom, gap;
	struct svg_scale x, y;
};

/*
 * A chart is drawn twice, the second time for a phone: a screen 600 px
 * wide or less shows the narrow one (html.c, svg.c-wide/.c-narrow), whose
 * viewBox is about as wide as the card it fills there (some 270 px at 390),
 * so that its labels (html.c: 17 px in it) come out near their size
 * instead of shrunk to a third; its dates are further apart.
 */
#define NARROW_W 360
#define NARROW_H 280
static const char *const chart_cls[2] = { "line c-wide", "line c-narrow" };

static int
lang_of(const struct report_opts *r)
{
	return r->lang >= 0 && r->lang < LANG_COUNT ? r->lang : LANG_EN;
}

/* Days since 1970-01-01 of the date YYYYMMDD (proleptic Gregorian). */
static long
day_of(uint32_t ymd)
{
	return days_of_ymd(ymd);
}

/* Official thousandths as cents, half up (the figures are >= 0). */
static long
off_cents(int32_t v)
{
	return (v + 5) / 10;
}

/* Cents with 1 decimal in the page's language; with sign, "+3.5". */
static const char *
dec1(char *buf, size_t n, long long cents, int lang, int sign)
{
	char num[24], zero[24];

	html_fmt(num, sizeof num, (cents < 0 ? -cents : cents) / 100.0, 1,
	    lang);
	html_fmt(zero, sizeof zero, 0, 1, lang);
	if (!sign)
		snprintf(buf, n, "%s%s", cents < 0 ? "-" : "", num);
	else if (strcmp(num, zero) == 0)
		snprintf(buf, n, "=");
	else
		snprintf(buf, n, "%s%s", cents < 0 ? "\xe2\x88\x92" : "+", num);
	return buf;
}

/* The value axis of a chart of figures lo..hi (cents): rounded out to
 * tens, at least 20 tall, within 0..max. */
static void
fit_axis(long lo, long hi, double max, double *d0, double *d1, double *step)
{
	double a = lo / 100.0, b = hi / 100.0;

	a = (double)((long)(a / 10)) * 10;
	b = (double)((long)((b + 9.999) / 10)) * 10;
	if (b > max)
		b = max;
	while (b - a < 20) {
		if (a > 0)
			a -= 10;
		if (b - a < 20 && b < max)
			b += 10;
		if (a <= 0 && b >= max)
			break;
	}
	if (a < 0)
		a = 0;
	*d0 = a;
	*d1 = b;
	*step = b - a > 60 ? 20 : b - a > 30 ? 10 : 5;
}

static void
frame_init(struct frame *f, double w, double h, long day0, long day1,
    double v0, double v1)
{
	f->w = w;
	f->h = h;
	f->left = 46;
	f->right = 64;
	f->top = 16;
	f->bottom = 44;
	f->gap = w > NARROW_W ? 92 : 100;
	f->x.d0 = (double)day0;
	f->x.d1 = (double)day1;
	f->x.r0 = f->left + 12;
	f->x.r1 = w - f->right - 12;
	if (day0 == day1) {	/* one date: in the middle */
		f->x.d0 = day0 - 1.0;
		f->x.d1 = day0 + 1.0;
	}
	f->y.d0 = v0;
	f->y.d1 = v1;
	f->y.r0 = h - f->bottom;
	f->y.r1 = f->top;
}

/* The date axis: ticks at the dates d[0..n) (days) that have room
 * (the last always), labelled YYYY-MM-DD. */
static void
date_axis(struct out *o, const struct frame *f, const uint32_t *ymd, long n)
{
	enum { MAXT = 12 };
	double xs[MAXT], last = -1e9;
	char lab[MAXT][11];
	const char *labels[MAXT];
	long i, k = 0;

	for (i = 0; i < n; i++) {
		double x = svg_map(&f->x, (double)day_of(ymd[i]));

		if (i == n - 1 && k > 0 && x - xs[k - 1] < f->gap)
			k--;	/* the last date wins over its neighbour */
		if (x - last < f->gap && i != n - 1)
			continue;
		if (k == MAXT)
			k--;
		xs[k] = x;
		keep_date_text(lab[k], ymd[i]);
		labels[k] = lab[k];
		last = x;
		k++;
	}
	svg_axis_x(o, f->h - f->bottom, f->left, f->w - f->right, xs, labels,
	    (int)k, "axis");
}

/* A triangle marker at (x, y): up or down; official: hollow. */
static void
marker(struct out *o, double x, double y, int ch, int official)
{
	double xy[6];

	if (ch == CH_UP) {
		xy[0] = x - 7, xy[1] = y - 9;
		xy[2] = x + 7, xy[3] = y - 9;
		xy[4] = x, xy[5] = y - 21;
		svg_polygon(o, xy, 3, official ? "up-o" : "up");
	} else if (ch == CH_DOWN) {
		xy[0] = x - 7, xy[1] = y + 9;
		xy[2] = x + 7, xy[3] = y + 9;
		xy[4] = x, xy[5] = y + 21;
		svg_polygon(o, xy, 3, official ? "down-o" : "down");
	}
}

/* ---- a member ---- */

/* The index chart of member m, the narrow one (a phone's) when narrow. */
static void
index_chart(struct out *o, const struct report_opts *r, const struct trend *u,
    const struct trend_member *m, long idx, const int *lab, const int *olab,
    int narrow)
{
	const struct trend_snap *s = u->s + m->first;
	int lang = lang_of(r);
	long lo = 10000, hi = 0, i, ne, late = 0;
	double d0, d1, step, *xy, ye;
	uint32_t *dates;
	struct frame f;
	char id[32], desc[200], a[48], b[48];

	for (i = 0; i < m->n; i++) {
		if (!s[i].nodata && s[i].v[TV_SSI] < lo)
			lo = s[i].v[TV_SSI];
		if (!s[i].nodata && s[i].v[TV_SSI] > hi)
			hi = s[i].v[TV_SSI];
		if (olab != NULL && trend_off(&s[i]) >= 0 && off_cents(trend_off(&s[i])) < lo)
			lo = off_cents(trend_off(&s[i]));
		if (olab != NULL && off_cents(trend_off(&s[i])) > hi)
			hi = off_cents(trend_off(&s[i]));
	}
	if (lo > hi)
		lo = hi = 0;	/* no figure at all */
	fit_axis(lo, hi, 100, &d0, &d1, &step);
	frame_init(&f, narrow ? NARROW_W : 720, narrow ? NARROW_H : 320,
	    day_of(s[0].date), day_of(s[m->n - 1].date), d0, d1);
	snprintf(id, sizeof id, "t%ld-ix%s", idx, narrow ? "-n" : "");
	snprintf(desc, sizeof desc, "%s: %s \xe2\x80\x93 %s",
	    html_label(lang, H_TREND_DESC), dec1(a, sizeof a, lo, lang, 0),
	    dec1(b, sizeof b, hi, lang, 0));
	svg_open(o, f.w, f.h, id, chart_cls[narrow],
	    html_label(lang, H_ESTIMATE_LINE), desc);
	svg_axis_y(o, &f.y, step, f.left, f.w - f.right, "grid-l");
	xy = malloc(sizeof *xy * 2 * (size_t)m->n);
	dates = malloc(sizeof *dates * (size_t)m->n);
	if (xy == NULL || dates == NULL) {
		free(xy);
		free(dates);
		o->err = o->err ? o->err : ENOMEM;
		svg_close(o);
		return;
	}
	/* the estimate through the snapshots that have one (coverage 0:
	 * no point, ssi.7 OFFICIAL FIGURES) */
	for (i = 0, ne = 0; i < m->n; i++) {
		dates[i] = s[i].date;
		if (s[i].nodata)
			continue;
		xy[2 * ne] = svg_map(&f.x, (double)day_of(s[i].date));
		xy[2 * ne + 1] = svg_map(&f.y, s[i].v[TV_SSI] / 100.0);
		ne++;
		late = i;
	}
	date_axis(o, &f, dates, m->n);
	out_char(o, '\n');
	ye = -1000;
	if (ne > 0) {
		svg_polyline(o, xy, (int)ne, "l-est");
		for (i = 0, ne = 0; i < m->n; i++) {
			if (s[i].nodata)
				continue;
			svg_circle(o, xy[2 * ne], xy[2 * ne + 1], 4.5,
			    "d-est");
			marker(o, xy[2 * ne], xy[2 * ne + 1], lab[i], 0);
			ne++;
		}
		/* the latest figure, written at its point */
		ye = xy[2 * (ne - 1) + 1];
		svg_text(o, xy[2 * (ne - 1)] + 12, ye + 6, NULL, "val",
		    dec1(a, sizeof a, s[late].v[TV_SSI], lang, 0));
		out_char(o, '\n');
	}
	if (olab != NULL) {
		/* the official series, dashed, through the snapshots that
		 * have it */
		long k = 0, last = -1;

		for (i = 0; i < m->n; i++)
			if (trend_off(&s[i]) >= 0) {
				xy[2 * k] = svg_map(&f.x, (double)day_of(s[i].date));
				xy[2 * k + 1] = svg_map(&f.y, trend_off(&s[i]) / 1000.0);
				k++;
				last = i;
			}
		svg_polyline(o, xy, (int)k, "l-off");
		for (i = 0, k = 0; i < m->n; i++)
			if (trend_off(&s[i]) >= 0) {
				svg_circle(o, xy[2 * k], xy[2 * k + 1], 4, "d-off");
				marker(o, xy[2 * k], xy[2 * k + 1], olab[i], 1);
				k++;
			}
		if (last == m->n - 1) {
			double yo = xy[2 * (k - 1) + 1];

			/* keep the two latest figures apart */
			if (yo > ye - 20 && yo < ye + 20)
				yo = yo >= ye ? ye + 20 : ye - 20;
			svg_text(o, xy[2 * (k - 1)] + 12, yo + 6, NULL, "val vo",
			    numfmt_mark(official_fmt(trend_off(&s[last]), a,
			    sizeof a), lang));
		}
		out_char(o, '\n');
	}
	svg_close(o);
	free(xy);
	free(dates);
}

/* The pillars' chart of member m, the narrow one (a phone's) when
 * narrow. */
static void
pillar_chart(struct out *o, const struct report_opts *r,
    const struct trend *u, const struct trend_member *m, long idx, int narrow)
{
	static const char *const cls[P_COUNT] = {
		"l-p0", "l-p1", "l-p2", "l-p3"
	};
	static const char *const ocls[P_COUNT] = {
		"l-p0 o-p", "l-p1 o-p", "l-p2 o-p", "l-p3 o-p"
	};
	const struct trend_snap *s = u->s + m->first;
	int lang = lang_of(r), pl;
	struct frame f;
	char id[32];
	double *xy;
	uint32_t *dates;
	long i, ne;

	frame_init(&f, narrow ? NARROW_W : 520, narrow ? NARROW_H : 320,
	    day_of(s[0].date), day_of(s[m->n - 1].date), 0, 25);
	snprintf(id, sizeof id, "t%ld-pl%s", idx, narrow ? "-n" : "");
	svg_open(o, f.w, f.h, id, chart_cls[narrow],
	    html_label(lang, H_PILLARS), html_label(lang, H_BARS_DESC));
	svg_axis_y(o, &f.y, 5, f.left, f.w - f.right, "grid-l");
	xy = malloc(sizeof *xy * 2 * (size_t)m->n);
	dates = malloc(sizeof *dates * (size_t)m->n);
	if (xy == NULL || dates == NULL) {
		free(xy);
		free(dates);
		o->err = o->err ? o->err : ENOMEM;
		svg_close(o);
		return;
	}
	for (i = 0; i < m->n; i++)
		dates[i] = s[i].date;
	date_axis(o, &f, dates, m->n);
	out_char(o, '\n');
	for (pl = 0; pl < P_COUNT; pl++) {
		/* the estimate (solid) where it has data, the official
		 * pillar (dashed) where recorded */
		for (i = 0, ne = 0; i < m->n; i++) {
			if (s[i].nodata)
				continue;
			xy[2 * ne] = svg_map(&f.x, (double)day_of(s[i].date));
			xy[2 * ne + 1] = svg_map(&f.y, s[i].v[pl] / 100.0);
			ne++;
		}
		if (ne > 0)
			svg_polyline(o, xy, (int)ne, cls[pl]);
		if (ne == 1)
			svg_circle(o, xy[0], xy[1], 4, cls[pl]);
		for (i = 0, ne = 0; i < m->n; i++) {
			if (!((s[i].ohas >> pl) & 1))
				continue;
			xy[2 * ne] = svg_map(&f.x, (double)day_of(s[i].date));
			xy[2 * ne + 1] = svg_map(&f.y, s[i].off[pl] / 1000.0);
			ne++;
		}
		if (ne > 0)
			svg_polyline(o, xy, (int)ne, ocls[pl]);
		if (ne == 1)
			svg_circle(o, xy[0], xy[1], 4, cls[pl]);
	}
	out_char(o, '\n');
	svg_close(o);
	free(xy);
	free(dates);
}

static void
change_cell(struct out *o, long long d, int ch, int lang)
{
	char buf[48];

	out_str(o, "<td class=\"n ch\">");
	if (ch != CH_NONE) {
		out_str(o, dec1(buf, sizeof buf, d, lang, 1));
		if (ch == CH_UP)
			out_str(o, " <b class=\"cu\">\xe2\x86\x91</b>");
		else if (ch == CH_DOWN)
			out_str(o, " <b class=\"cd\">\xe2\x86\x93</b>");
	}
	out_str(o, "</td>");
}

/* The change cell of official figure k at s[i]: the difference of the
 * two figures as recorded (exact, thousandths) and the label's arrow;
 * empty for the first figure of the series. */
static void
off_change_cell(struct out *o, const struct trend_snap *s, long i, int k,
    int lang)
{
	char buf[32];
	long j;
	int64_t d;

	out_str(o, "<td class=\"n ch\">");
	for (j = i - 1; j >= 0 && !((s[j].ohas >> k) & 1); j--)
		;
	if (((s[i].ohas >> k) & 1) && j >= 0 && s[i].och[k] != CH_NONE) {
		d = (int64_t)s[i].off[k] - s[j].off[k];
		if (d == 0) {
			out_str(o, "=");
		} else {
			out_str(o, d < 0 ? "\xe2\x88\x92" : "+");
			out_str(o, numfmt_mark(official_fmt(d < 0 ? -d : d, buf,
			    sizeof buf), lang));
		}
		if (s[i].och[k] == CH_UP)
			out_str(o, " <b class=\"cu\">\xe2\x86\x91</b>");
		else if (s[i].och[k] == CH_DOWN)
			out_str(o, " <b class=\"cd\">\xe2\x86\x93</b>");
	}
	out_str(o, "</td>");
}

/* The official figure k of s[i] (a dash where the whole part ends when
 * absent) and, with change, its change: one or two cells. */
static void
off_cells(struct out *o, const struct trend_snap *s, long i, int k, int lang,
    int ix, int change)
{
	out_str(o, ix ? "<td class=\"n ix vo\">" : "<td class=\"n vo\">");
	if ((s[i].ohas >> k) & 1)
		html_official_fig(o, s[i].off[k], lang);
	else
		out_str(o, "\xe2\x80\x93\xe2\x80\x88\xe2\x80\x87\xe2\x80\x87"
		    "\xe2\x80\x87");
	out_str(o, "</td>");
	if (change)
		off_change_cell(o, s, i, k, lang);
}

/* A column head of two cells (a figure and its change), or one. */
static void
th2(struct out *o, const char *swatch, const char *text, const char *sub,
    int cells)
{
	out_str(o, cells == 2 ? "<th scope=\"col\" class=\"n\" colspan=\"2\">"
	    : "<th scope=\"col\" class=\"n\">");
	if (swatch) {
		out_str(o, "<i class=\"sw ");
		out_str(o, swatch);
		out_str(o, "\"></i>");
	}
	svg_escs(o, text);
	if (sub) {
		out_str(o, " <span class=\"sub\">");
		svg_escs(o, sub);
		out_str(o, "</span>");
	}
	out_str(o, "</th>");
}

/*
 * The table of a member's snapshots: the date, the estimate's index and
 * pillars (when some snapshot has an estimate), each beside its official
 * figure (when some snapshot has one), each figure with its change but
 * the official pillars beside the estimate's (their changes are in CSV and
 * JSON: 17 columns fit a page 1200 px wide, 21 did not).  In a scrolling
 * box: at 390 px the page keeps its width.
 */
static void
snapshot_table(struct out *o, const struct report_opts *r,
    const struct trend *u, const struct trend_member *m, const int *lab,
    const int *olab)
{
	const struct trend_snap *s = u->s + m->first;
	int lang = lang_of(r), k, est = 0, offp[P_COUNT] = { 0 };
	char buf[48];
	long i;
	const struct trend_snap *pd;

	for (i = 0; i < m->n; i++) {
		est |= !s[i].nodata;
		for (k = 0; k < P_COUNT; k++)
			offp[k] |= (s[i].ohas >> k) & 1;
	}
	out_str(o, est && olab != NULL ? "<div class=\"tscroll\"><table "
	    "class=\"snaps both\"><thead><tr><th scope=\"col\">" :
	    "<div class=\"tscroll\"><table class=\"snaps\"><thead><tr>"
	    "<th scope=\"col\">");
	svg_escs(o, html_label(lang, H_DATE));
	out_str(o, "</th>");
	if (est)
		th2(o, NULL, html_label(lang, H_INDEX), NULL, 2);
	if (olab != NULL)
		th2(o, NULL, html_label(lang, H_OFFICIAL_LINE), NULL, 2);
	for (k = 0; k < P_COUNT; k++) {
		if (est)
			th2(o, html_pillar_class[k], lang_pillar_short(lang, k),
			    NULL, 2);
		if (offp[k])
			th2(o, html_pillar_class[k], lang_pillar_short(lang, k),
			    official_word(lang, OW_OFFICIAL), est ? 1 : 2);
	}
	out_str(o, "</tr></thead>\n<tbody>");
	for (i = 0; i < m->n; i++) {
		out_str(o, "<tr><td class=\"nw\">");
		out_str(o, keep_date_text(buf, s[i].date));
		out_str(o, "</td>");
		/* no estimate (coverage 0): a dash; changes from the
		 * previous snapshot with one */
		pd = trend_prev_data(&s[i], s);
		if (est) {
			out_str(o, "<td class=\"n ix\">");
			out_str(o, s[i].nodata ? "\xe2\x80\x93" : dec1(buf,
			    sizeof buf, s[i].v[TV_SSI], lang, 0));
			out_str(o, "</td>");
			change_cell(o, pd ? (long long)s[i].v[TV_SSI] -
			    pd->v[TV_SSI] : 0, s[i].nodata ? CH_NONE : lab[i],
			    lang);
		}
		if (olab != NULL)
			off_cells(o, s, i, TV_SSI, lang, 1, 1);
		for (k = 0; k < P_COUNT; k++) {
			if (est) {
				out_str(o, "<td class=\"n\">");
				out_str(o, s[i].nodata ? "\xe2\x80\x93" :
				    dec1(buf, sizeof buf, s[i].v[k], lang, 0));
				out_str(o, "</td>");
				change_cell(o, pd ? (long long)s[i].v[k] -
				    pd->v[k] : 0, s[i].nodata ? CH_NONE :
				    s[i].ch[k], lang);
			}
			if (offp[k])	/* beside the estimate's: the
					 * figure (the table's width) */
				off_cells(o, s, i, k, lang, 0, !est);
		}
		out_str(o, "</tr>\n");
	}
	out_str(o, "</tbody></table></div>\n");
}

static void
member_section(struct out *o, const struct report_opts *r,
    const struct trend *u, long mi)
{
	const struct trend_member *m = &u->m[mi];
	const struct trend_snap *s = u->s + m->first;
	int lang = lang_of(r), pl, *lab, *olab;
	char buf[200], a[48];
	long i, nofficial;
	const struct trend_snap *a0, *z0;

	lab = malloc(sizeof *lab * (size_t)m->n);
	olab = malloc(sizeof *olab * (size_t)m->n);
	if (lab == NULL || olab == NULL) {
		free(lab);
		free(olab);
		o->err = o->err ? o->err : ENOMEM;
		return;
	}
	for (i = 0, nofficial = 0; i < m->n; i++) {
		lab[i] = s[i].ch[TV_SSI];
		olab[i] = s[i].och[TV_SSI];
		nofficial += trend_off(&s[i]) >= 0;
	}
	if (nofficial == 0) {
		free(olab);
		olab = NULL;
	}

	out_str(o, "<section class=\"member\" id=\"t");
	out_long(o, mi + 1);
	out_str(o, "\">\n<header><h2>");
	html_bdis(o, m->name ? m->name : m->id);
	out_str(o, "</h2><p class=\"meta\">");
	if (m->name) {
		out_str(o, "<span class=\"mono\">");
		html_bdis(o, m->id);
		out_str(o, "</span> \xc2\xb7 ");
	}
	snprintf(buf, sizeof buf, "%ld %s", m->n, msg(lang, m->n == 1 ?
	    M_SNAPSHOT : M_SNAPSHOTS));
	svg_escs(o, buf);
	for (i = 0, a0 = z0 = NULL; i < m->n; i++)
		if (!s[i].nodata) {
			a0 = a0 ? a0 : &s[i];
			z0 = &s[i];
		}
	if (m->n > 1) {
		char d0[11], d1[11];

		snprintf(buf, sizeof buf, ", %s \xe2\x80\x93 %s \xc2\xb7 %s ",
		    keep_date_text(d0, s[0].date),
		    keep_date_text(d1, s[m->n - 1].date),
		    html_label(lang, H_CHANGE));
		if (a0 == z0)	/* fewer than two estimates: no change */
			buf[strlen(buf) - strlen(html_label(lang, H_CHANGE)) -
			    5] = '\0';
		svg_escs(o, buf);
		if (a0 != z0) {
			out_str(o, "<b>");
			out_str(o, dec1(a, sizeof a, (long long)z0->v[TV_SSI] -
			    a0->v[TV_SSI], lang, 1));
			out_str(o, "</b>");
		}
	}
	out_str(o, "</p></header>\n<div class=\"row r57t\">\n"
	    "<div class=\"card\"><h3>");
	svg_escs(o, html_label(lang, olab ? H_INDEX : H_ESTIMATE_LINE));
	out_str(o, "</h3><figure>\n");
	index_chart(o, r, u, m, mi + 1, lab, olab, 0);
	index_chart(o, r, u, m, mi + 1, lab, olab, 1);
	out_str(o, "<figcaption><div class=\"legend\">");
	if (a0 != NULL) {
		out_str(o, "<span><i class=\"ln\"></i>");
		svg_escs(o, html_label(lang, H_ESTIMATE_LINE));
		out_str(o, "</span>");
	}
	if (olab != NULL) {
		out_str(o, "<span><i class=\"ln s-off\"></i>");
		svg_escs(o, html_label(lang, H_OFFICIAL_LINE));
		out_str(o, "</span>");
	}
	out_str(o, "<span><b class=\"cu\">\xe2\x96\xb2</b> <b "
	    "class=\"cd\">\xe2\x96\xbc</b> ");
	svg_escs(o, html_label(lang, H_REAL_CHANGE));
	out_str(o, "</span></div></figcaption></figure></div>\n"
	    "<div class=\"card\"><h3>");
	svg_escs(o, html_label(lang, H_PILLARS));
	out_str(o, " <span class=\"meta\" style=\"font-weight:400;"
	    "font-size:15px\">(/ 25)</span></h3><figure>\n");
	pillar_chart(o, r, u, m, mi + 1, 0);
	pillar_chart(o, r, u, m, mi + 1, 1);
	out_str(o, "<figcaption><div class=\"legend\">");
	for (pl = 0; pl < P_COUNT; pl++) {
		out_str(o, "<span><i class=\"ln l-p");
		out_char(o, '0' + pl);
		out_str(o, "\"></i>");
		svg_escs(o, lang_pillar_short(lang, pl));
		out_str(o, "</span>");
	}
	out_str(o, "</div></figcaption></figure></div>\n</div>\n"
	    "<h3>");
	svg_escs(o, html_label(lang, H_SNAPSHOTS));
	out_str(o, "</h3>\n");
	snapshot_table(o, r, u, m, lab, olab);
	out_str(o, "</section>\n");
	free(lab);
	free(olab);
}

/* ---- the team (team.h computes it) ---- */

/* The movers l[0..n), sorted (down: decliners). */
static void
movers(struct out *o, const struct trend *u, const struct team_mover *l,
    int n, int lang, int down)
{
	char buf[48];
	int i;

	out_str(o, "<h3>");
	svg_escs(o, html_label(lang, down ? H_DECLINERS : H_IMPROVERS));
	out_str(o, "</h3>\n<ol class=\"movers\">");
	for (i = 0; i < n; i++) {
		const struct trend_member *m = &u->m[l[i].member];

		out_str(o, "<li><a href=\"#t");
		out_long(o, l[i].member + 1);
		out_str(o, "\">");
		html_bdis(o, m->name ? m->name : m->id);
		out_str(o, "</a><b class=\"");
		out_str(o, down ? "cd" : "cu");
		out_str(o, "\">");
		out_str(o, dec1(buf, sizeof buf, l[i].change, lang, 1));
		out_str(o, down ? " \xe2\x96\xbc" : " \xe2\x96\xb2");
		out_str(o, "</b></li>");
	}
	if (n == 0) {
		out_str(o, "<li class=\"none\">");
		svg_escs(o, html_label(lang, down ? H_NO_FALL : H_NO_RISE));
		out_str(o, "</li>");
	}
	out_str(o, "</ol>\n");
}

static void
team_chart(struct out *o, int lang, const uint32_t *dates,
    const int32_t *avg, const long *cnt, long nd)
{
	long lo = 10000, hi = 0, i;
	double d0, d1, step, *xy;
	struct frame f;
	char buf[48], desc[160];
	int narrow;

	for (i = 0; i < nd; i++) {
		if (avg[i] < lo)
			lo = avg[i];
		if (avg[i] > hi)
			hi = avg[i];
	}
	if (lo > hi)
		lo = hi = 0;	/* no figure at all */
	fit_axis(lo, hi, 100, &d0, &d1, &step);
	if ((xy = malloc(sizeof *xy * 2 * (size_t)nd)) == NULL) {
		o->err = o->err ? o->err : ENOMEM;
		return;
	}
	snprintf(desc, sizeof desc, "%s: %s",
	    html_label(lang, H_TREND_DESC), html_label(lang, H_TEAM_LINE));
	for (narrow = 0; narrow < 2; narrow++) {
		frame_init(&f, narrow ? NARROW_W : 720, narrow ? NARROW_H : 320,
		    day_of(dates[0]), day_of(dates[nd - 1]), d0, d1);
		svg_open(o, f.w, f.h, narrow ? "team-n" : "team",
		    chart_cls[narrow], html_label(lang, H_TEAM_LINE), desc);
		svg_axis_y(o, &f.y, step, f.left, f.w - f.right, "grid-l");
		date_axis(o, &f, dates, nd);
		for (i = 0; i < nd; i++) {
			xy[2 * i] = svg_map(&f.x, (double)day_of(dates[i]));
			xy[2 * i + 1] = svg_map(&f.y, avg[i] / 100.0);
		}
		out_char(o, '\n');
		svg_polyline(o, xy, (int)nd, "l-team");
		for (i = 0; i < nd; i++)
			svg_circle(o, xy[2 * i], xy[2 * i + 1], 4.5, "d-team");
		svg_text(o, xy[2 * (nd - 1)] + 12, xy[2 * (nd - 1) + 1] + 6,
		    NULL, "val", dec1(buf, sizeof buf, avg[nd - 1], lang, 0));
		svg_close(o);
	}
	/* the figures for a screen reader */
	out_str(o, "<table class=\"sr\"><thead><tr><th scope=\"col\">");
	svg_escs(o, html_label(lang, H_DATE));
	out_str(o, "</th><th scope=\"col\">");
	svg_escs(o, html_label(lang, H_AVERAGE));
	out_str(o, "</th><th scope=\"col\">");
	svg_escs(o, msg(lang, M_PROFILES));
	out_str(o, "</th></tr></thead><tbody>");
	for (i = 0; i < nd; i++) {
		out_str(o, "<tr><td>");
		out_str(o, keep_date_text(buf, dates[i]));
		out_str(o, "</td><td>");
		out_str(o, dec1(buf, sizeof buf, avg[i], lang, 0));
		out_str(o, "</td><td>");
		out_long(o, cnt[i]);
		out_str(o, "</td></tr>");
	}
	out_str(o, "</tbody></table>\n");
	free(xy);
}

/* The average index of tm's first and latest dates (cents), 0 when it
 * has no date with members. */
static int
ends(const struct team *tm, int32_t *a, int32_t *z, const int32_t **zv)
{
	long i, j;

	for (i = 0; i < tm->nd && tm->d[i].members == 0; i++)
		;
	for (j = tm->nd - 1; j >= 0 && tm->d[j].members == 0; j--)
		;
	if (i > j)
		return 0;
	*a = tm->d[i].avg[TV_SSI];
	*z = tm->d[j].avg[TV_SSI];
	*zv = tm->d[j].avg;
	return 1;
}

/* A number cell with its column's name, which a row folded into a card
 * on a phone shows before the value (as the rank page's). */
static void
num_td(struct out *o, const char *label)
{
	out_str(o, "<td class=\"n\" data-l=\"");
	svg_escs(o, label);
	out_str(o, "\">");
}

/* --by: a table of the groups, best first: members, the average index
 * at the group's first and latest dates, the change, the latest pillars;
 * a group of fewer than --min-group members named and counted alone. */
static void
groups_card(struct out *o, const struct report_opts *r, const struct trend *u)
{
	int lang = lang_of(r), pl;
	long i, hid = 0, hidm = 0;
	char buf[256];

	out_str(o, "<div class=\"card wide groups\"><h3>");
	snprintf(buf, sizeof buf, "%s: ", msg(lang, M_GROUPS_BY));
	svg_escs(o, buf);
	html_bdis(o, trend_by_label(u, r));
	out_str(o, "</h3>\n<table class=\"board\"><thead><tr><th>");
	svg_escs(o, html_label(lang, H_GROUP));
	out_str(o, "</th><th class=\"n\">");
	svg_escs(o, msg(lang, M_MEMBERS_COL));
	out_str(o, "</th><th class=\"n\">");
	svg_escs(o, tr(lang, "start"));
	out_str(o, "</th><th class=\"n\">");
	svg_escs(o, tr(lang, "now"));
	out_str(o, "</th><th class=\"n\">");
	svg_escs(o, html_label(lang, H_CHANGE));
	out_str(o, "</th>");
	for (pl = 0; pl < P_COUNT; pl++) {
		out_str(o, "<th class=\"n\">");
		svg_escs(o, lang_pillar_short(lang, pl));
		out_str(o, "</th>");
	}
	out_str(o, "</tr></thead>\n<tbody>\n");
	for (i = 0; i < u->ng && !out_failed(o); i++) {
		const struct trend_group *g = &u->g[u->order[i]];
		const int32_t *zv;
		int32_t a, z;

		out_str(o, "<tr><td class=\"nm nx\">");
		html_bdis(o, strcmp(g->name, RANK_NONE) == 0 ?
		    tr(lang, RANK_NONE) : g->name);
		out_str(o, "</td>");
		num_td(o, msg(lang, M_MEMBERS_COL));
		out_long(o, g->members);
		out_str(o, "</td>");
		if (report_hidden(r, g->members) || !ends(g->team, &a, &z,
		    &zv)) {
			if (report_hidden(r, g->members)) {
				hid++;
				hidm += g->members;
			}
			report_no_average(r, buf, sizeof buf);
			out_str(o, "<td class=\"nx\" colspan=\"7\">");
			svg_escs(o, report_hidden(r, g->members) ? buf : "-");
			out_str(o, "</td></tr>\n");
			continue;
		}
		num_td(o, tr(lang, "start"));
		out_str(o, dec1(buf, sizeof buf, a, lang, 0));
		out_str(o, "</td>");
		num_td(o, tr(lang, "now"));
		out_str(o, dec1(buf, sizeof buf, z, lang, 0));
		out_str(o, "</td>");
		num_td(o, html_label(lang, H_CHANGE));
		out_str(o, dec1(buf, sizeof buf, (long long)z - a, lang, 1));
		out_str(o, "</td>");
		for (pl = 0; pl < P_COUNT; pl++) {
			num_td(o, lang_pillar_short(lang, pl));
			out_str(o, dec1(buf, sizeof buf, zv[pl], lang, 0));
			out_str(o, "</td>");
		}
		out_str(o, "</tr>\n");
	}
	out_str(o, "</tbody></table>\n");
	if (hid > 0) {
		out_str(o, "<p>");
		svg_escs(o, report_hidden_text(r, hid, hidm, buf, sizeof buf));
		out_str(o, "</p>\n");
	}
	out_str(o, "</div>\n");
}

static void
team_section(struct out *o, const struct report_opts *r,
    const struct trend *u)
{
	int lang = lang_of(r);
	const struct team tm = *u->team;	/* the trend's (trend_finish) */
	uint32_t *dates = NULL;
	int32_t *avg = NULL;
	long *cnt = NULL, i, n;
	char buf[160];

	dates = malloc(sizeof *dates * (size_t)(tm.nd + 1));
	avg = malloc(sizeof *avg * (size_t)(tm.nd + 1));
	cnt = malloc(sizeof *cnt * (size_t)(tm.nd + 1));
	if (dates == NULL || avg == NULL || cnt == NULL) {
		o->err = o->err ? o->err : ENOMEM;
		goto done;
	}
	for (i = n = 0; i < tm.nd; i++) {
		if (report_hidden(r, tm.d[i].members))
			continue;	/* --min-group: no average of so few */
		dates[n] = tm.d[i].date;
		avg[n] = tm.d[i].avg[TV_SSI];
		cnt[n++] = tm.d[i].members;
	}

	out_str(o, "<section class=\"member teamt\">\n<header><h2>");
	svg_escs(o, html_label(lang, H_TEAM));
	out_str(o, "</h2><p class=\"meta\">");
	snprintf(buf, sizeof buf, "%ld %s \xc2\xb7 %ld %s", u->nm,
	    msg(lang, M_PROFILES), u->n, msg(lang, M_SNAPSHOTS));
	svg_escs(o, buf);
	out_str(o, "</p></header>\n<div class=\"row r57t\">\n"
	    "<div class=\"card\"><h3>");
	svg_escs(o, html_label(lang, H_TEAM_LINE));
	out_str(o, "</h3><figure>\n");
	if (n > 0) {
		team_chart(o, lang, dates, avg, cnt, n);
	} else {
		out_str(o, "<p>");
		snprintf(buf, sizeof buf, tr(lang, "fewer than %ld members: no "
		    "average"), r->min_group);
		svg_escs(o, buf);
		out_str(o, "</p>\n");
	}
	out_str(o, "</figure></div>\n");
	if (r->only == NULL) {	/* --only: no other member's name */
		out_str(o, "<div class=\"card\">\n");
		movers(o, u, tm.up, tm.nup, lang, 0);
		movers(o, u, tm.down, tm.ndown, lang, 1);
		out_str(o, "</div>\n");
	}
	out_str(o, "</div>\n");
	if (u->by_name[0] != '\0')
		groups_card(o, r, u);
	out_str(o, "</section>\n");
done:
	free(dates);
	free(avg);
	free(cnt);
}

/* ---- the writer ---- */

static void
trend_item(struct writer_ctx *w, const void *item)
{
	const struct trend *u = item;
	struct out *o = w->o;
	int lang = lang_of(w->r), est = 0;
	const char *title;
	long i;

	/* the title names what the page draws: the estimate, LinkedIn's
	 * official figures, or both */
	for (i = 0; i < u->n; i++)
		est |= !u->s[i].nodata;
	title = html_label(lang, !u->official ? H_TITLE_TREND : !est ?
	    H_TITLE_TREND_OFFICIAL : H_TITLE_TREND_BOTH);
	html_begin(o, lang, title);
	out_str(o, "<h1>");
	svg_escs(o, title);
	out_str(o, "</h1>\n");
	if (u->n > 0 && (u->nm > 1 || w->r->summary))
		team_section(o, w->r, u);
	for (i = 0; i < u->nm && !out_failed(o) && !w->r->summary; i++)
		if (trend_shown(u, w->r, i))
			member_section(o, w->r, u, i);
	html_end(o, lang, w->r->m->id);
}

const struct writer trend_html_writer = { NULL, trend_item, NULL };
