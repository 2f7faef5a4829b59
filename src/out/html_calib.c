/*
 * html_calib.c - the page of ssi calibrate --report-html (see
 * calibrate.h): how close the estimate comes to LinkedIn's official pillar
 * figures before and after the fit, pillar by pillar, and what the fit
 * changed in the model.  The frame, style sheet and escaping are html.c's,
 * the drawing svg.c's.
 *
 * Decisions where the spec is silent:
 *  - per pillar two scatters side by side, before and after, on the same
 *    0-25 axes (estimate across, official up), the diagonal where the
 *    estimate equals the official figure dashed in both: a tighter cloud
 *    around it is a better model;
 *  - the mean absolute errors are called the "average gap", in points out
 *    of 25; mae_cv is the gap on members left out of the fit;
 *  - a scatter draws at most CAL_MAX_DOTS snapshots (every k-th one, in
 *    input order) so that a large fit stays a small page; the errors are
 *    always over all of them;
 *  - a kept pillar's reason is written from its counts in the page's
 *    language (the library's text is English).
 */
#include <stdio.h>
#include <string.h>

#include "calib_out.h"
#include "html.h"
#include "ssi/lang.h"
#include "svg.h"
#include "text/advice.h"
#include "text/labels.h"

#define CAL_MAX_DOTS 1500



static const char *
cl(int lang, enum cal_label id)
{
	return cal_label(lang, id);
}

/* The gap x (3 decimals, as the text report) or a dash. */
static const char *
gap_text(char *buf, size_t n, const struct calib_pillar *cp, double x,
    int lang)
{
	if (!cp->has_mae || !(x >= 0)) {
		snprintf(buf, n, "\xe2\x80\x93");
		return buf;
	}
	return html_fmt(buf, n, x, 2, lang);
}

/* ---- the scatters ---- */

#define PANEL 300	/* side of a plot area */
#define LEFT 58		/* room for the value labels and the axis name */
#define TOP 56		/* room for the panel's title and gap */
#define BOTTOM 62	/* room for the tick labels and the axis name */
#define GAP 48		/* between the two panels */

static void
panel(struct out *o, double x0, const struct calib_pair *pr, long n,
    long step, int after, int good, const char *title, const char *gap,
    int pl, int lang)
{
	static const char *const dots[P_COUNT] = {
		"dot p0", "dot p1", "dot p2", "dot p3"
	};
	struct svg_scale sx = { 0, 25, x0, x0 + PANEL };
	struct svg_scale sy = { 0, 25, TOP + PANEL, TOP };
	static const char *const ticks[6] = { "0", "5", "10", "15", "20",
		"25" };
	double xs[6];
	int i;

	svg_text(o, x0, 18, NULL, "ptitle", title);
	svg_text(o, x0, 42, NULL, good ? "pgap good" : "pgap", gap);
	svg_rect(o, x0, TOP, PANEL, PANEL, "plot");
	for (i = 0; i < 6; i++) {
		xs[i] = svg_map(&sx, 5.0 * i);
		if (i > 0 && i < 5)
			svg_line(o, xs[i], TOP, xs[i], TOP + PANEL, "grid-l");
	}
	svg_axis_y(o, &sy, 5, x0, x0 + PANEL, "grid-l");
	svg_axis_x(o, TOP + PANEL, x0, x0 + PANEL, xs, ticks, 6, "axis");
	svg_line(o, x0, TOP, x0, TOP + PANEL, "axis");
	svg_text(o, x0 + PANEL / 2, TOP + PANEL + 46, "middle", "aname",
	    cl(lang, C_AXIS_X));
	out_str(o, "<g transform=\"rotate(-90)\">");
	svg_text(o, -(TOP + PANEL / 2), x0 - 38, "middle", "aname",
	    cl(lang, C_AXIS_Y));
	out_str(o, "</g>\n");
	svg_line(o, svg_map(&sx, 0), svg_map(&sy, 0), svg_map(&sx, 25),
	    svg_map(&sy, 25), "diag");
	if (n > 0)
		svg_scatter(o, &sx, &sy, after ? &pr[0].after : &pr[0].before,
		    &pr[0].official, step * (sizeof *pr / sizeof(double)),
		    (n + step - 1) / step, 4.5, after ? dots[pl] : "dot before");
	out_char(o, '\n');
}

static void
scatters(struct out *o, const struct calib_report *r, int pl,
    const struct calib_pair *pr, long n, int lang)
{
	const struct calib_pillar *cp = &r->p[pl];
	char title[256], desc[400], g0[48], g1[48], a[96], b[96], id[16];
	long step = n > CAL_MAX_DOTS ? (n + CAL_MAX_DOTS - 1) / CAL_MAX_DOTS : 1;

	gap_text(g0, sizeof g0, cp, cp->mae_before, lang);
	gap_text(g1, sizeof g1, cp, cp->mae_after, lang);
	snprintf(title, sizeof title, cl(lang, C_SVG_TITLE),
	    advice_pillar_title(lang, pl));
	snprintf(desc, sizeof desc, cl(lang, C_SVG_DESC), g0, g1);
	snprintf(a, sizeof a, cl(lang, C_GAP), g0);
	snprintf(b, sizeof b, cl(lang, C_GAP), g1);
	snprintf(id, sizeof id, "c%d", pl + 1);
	svg_open(o, 2 * (LEFT + PANEL) + GAP + 12, TOP + PANEL + BOTTOM, id,
	    "scatter", title, desc);
	panel(o, LEFT, pr, n, step, 0, 0, cl(lang, C_PANEL_BEFORE), a, pl,
	    lang);
	panel(o, 2 * LEFT + PANEL + GAP, pr, n, step, 1, !cp->kept,
	    cl(lang, C_PANEL_AFTER), b, pl, lang);
	svg_close(o);
	out_str(o, "<figcaption><div class=\"legend\"><span><i class=\"cdot "
	    "before\"></i><i class=\"cdot ");
	out_str(o, html_pillar_class[pl]);
	out_str(o, "\"></i>");
	svg_escs(o, cl(lang, C_DOT));
	out_str(o, "</span><span><i class=\"ln cdiag\"></i>");
	svg_escs(o, cl(lang, C_DIAG));
	out_str(o, "</span>");
	if (step > 1) {
		snprintf(a, sizeof a, cl(lang, C_SHOWN), (n + step - 1) / step,
		    n);
		out_str(o, "<span>");
		svg_escs(o, a);
		out_str(o, "</span>");
	}
	out_str(o, "</div></figcaption>\n");
}

/* ---- the tables ---- */

static void
cell_gap(struct out *o, const struct calib_pillar *cp, double x, int lang,
    const char *cls)
{
	char buf[48];

	out_str(o, "<td class=\"n");
	if (cls != NULL) {
		out_char(o, ' ');
		out_str(o, cls);
	}
	out_str(o, "\">");
	svg_escs(o, gap_text(buf, sizeof buf, cp, x, lang));
	out_str(o, "</td>");
}

static void
why_text(char *buf, size_t n, const struct calib_pillar *cp, int lang)
{
	if (cp->used == 0)
		snprintf(buf, n, cl(lang, C_KEPT_NONE), cp->need);
	else
		snprintf(buf, n, cl(lang, C_KEPT_WHY), cp->used, cp->need);
}

static void
th(struct out *o, const char *s, int num)
{
	out_str(o, num ? "<th class=\"n wrap\">" : "<th>");
	svg_escs(o, s);
	out_str(o, "</th>");
}

static void
summary(struct out *o, const struct calib_report *r, int lang)
{
	char buf[160];
	int pl;

	out_str(o, "<div class=\"card wide calsum\"><h3>");
	svg_escs(o, cl(lang, C_GAP_HEAD));
	out_str(o, "</h3><p class=\"meta\">");
	svg_escs(o, cl(lang, C_GAP_HOW));
	out_str(o, "</p>\n<div class=\"tscroll\"><table class=\"calt\">"
	    "<thead><tr>");
	th(o, cl(lang, C_PILLAR_COL), 0);
	th(o, cl(lang, C_USED), 1);
	th(o, cl(lang, C_SKIPPED), 1);
	th(o, cl(lang, C_BEFORE), 1);
	th(o, cl(lang, C_AFTER), 1);
	th(o, cl(lang, C_CV), 1);
	th(o, cl(lang, C_RESULT), 0);
	out_str(o, "</tr></thead>\n<tbody>\n");
	for (pl = 0; pl < P_COUNT; pl++) {
		const struct calib_pillar *cp = &r->p[pl];

		out_str(o, "<tr><th><a href=\"#c");
		out_long(o, pl + 1);
		out_str(o, "-s\"><i class=\"sw ");
		out_str(o, html_pillar_class[pl]);
		out_str(o, "\"></i>");
		svg_escs(o, advice_pillar_title(lang, pl));
		out_str(o, "</a></th><td class=\"n\">");
		out_long(o, cp->used);
		out_str(o, "</td><td class=\"n\">");
		out_long(o, cp->skipped);
		out_str(o, "</td>");
		cell_gap(o, cp, cp->mae_before, lang, NULL);
		cell_gap(o, cp, cp->mae_after, lang, cp->kept ? NULL : "gbest");
		cell_gap(o, cp, cp->mae_cv, lang, NULL);
		out_str(o, "<td>");
		if (cp->kept) {
			out_str(o, "<b>");
			svg_escs(o, cl(lang, C_KEPT));
			out_str(o, "</b>: ");
			why_text(buf, sizeof buf, cp, lang);
			svg_escs(o, buf);
		} else {
			out_str(o, "<b class=\"done\">");
			svg_escs(o, cl(lang, C_FITTED));
			out_str(o, "</b>");
		}
		out_str(o, "</td></tr>\n");
	}
	out_str(o, "</tbody></table></div></div>\n");
}

/* A weight or a target, with as many decimals as help reading it. */
static void
param(struct out *o, double x, int lang)
{
	double a = x < 0 ? -x : x;

	html_num(o, x, a >= 1000 ? 0 : a >= 100 ? 1 : 2, lang);
}

/* The target of s: "t", "lo - t" for a band, a dash when it has none. */
static void
target(struct out *o, const struct signal *s, int lang)
{
	if (s->curve == C_BAND) {
		param(o, s->lo, lang);
		out_str(o, "\xe2\x80\x93");
		param(o, s->target, lang);
	} else if (s->curve == C_SQRT || s->curve == C_LINEAR) {
		param(o, s->target, lang);
	} else {
		out_str(o, "\xe2\x80\x93");
	}
}

static int
same_target(const struct signal *a, const struct signal *b)
{
	return a->target == b->target && a->lo == b->lo;
}

static void
signal_table(struct out *o, const struct model *start,
    const struct model *fitted, int pl, int lang)
{
	char b0[96], b1[96];
	int i;

	out_str(o, "<div class=\"tscroll\"><table class=\"calt sig\"><thead>"
	    "<tr>");
	th(o, cl(lang, C_SIGNAL), 0);
	out_str(o, "<th class=\"n\" colspan=\"2\">");
	svg_escs(o, cl(lang, C_WEIGHT));
	out_str(o, "</th><th class=\"n\" colspan=\"2\">");
	svg_escs(o, cl(lang, C_TARGET));
	out_str(o, "</th></tr><tr class=\"sub\"><th></th>");
	snprintf(b0, sizeof b0, "%s", cl(lang, C_OLD));
	snprintf(b1, sizeof b1, "%s", cl(lang, C_NEW));
	th(o, b0, 1);
	th(o, b1, 1);
	th(o, b0, 1);
	th(o, b1, 1);
	out_str(o, "</tr></thead>\n<tbody>\n");
	for (i = 0; i < start->nsig && i < fitted->nsig; i++) {
		const struct signal *s = &start->sig[i], *f = &fitted->sig[i];
		char name[sizeof s->name], *p;

		if (s->pillar != pl)
			continue;
		out_str(o, "<tr><th><span class=\"key\">");
		out_char(o, 'A' + s->key / 4);
		out_char(o, '1' + s->key % 4);
		out_str(o, "</span>");
		snprintf(name, sizeof name, "%s", s->name);
		for (p = name; (p = strchr(p, '_')) != NULL; p++)
			*p = ' ';
		svg_escs(o, name);
		out_str(o, "</th><td class=\"n\">");
		param(o, s->weight, lang);
		out_str(o, s->weight != f->weight ? "</td><td class=\"n chg\">" :
		    "</td><td class=\"n\">");
		param(o, f->weight, lang);
		out_str(o, "</td><td class=\"n\">");
		target(o, s, lang);
		out_str(o, same_target(s, f) ? "</td><td class=\"n\">" :
		    "</td><td class=\"n chg\">");
		target(o, f, lang);
		out_str(o, "</td></tr>\n");
	}
	out_str(o, "</tbody></table></div>\n");
}

/* ---- the page ---- */

void
calibrate_write_html(struct out *o, int lang, const struct model *start,
    const struct model *fitted, const struct calib_report *r,
    struct calib_pair *const pairs[P_COUNT], const long n[P_COUNT])
{
	char buf[400];
	int pl;

	if (lang < 0 || lang >= LANG_COUNT)
		lang = LANG_EN;
	html_begin(o, lang, cl(lang, C_TITLE));
	out_str(o, "<h1>");
	svg_escs(o, cl(lang, C_TITLE));
	out_str(o, "</h1>\n<p class=\"meta\"><span class=\"mono\">");
	svg_escs(o, fitted->id);
	out_str(o, "</span> \xe2\x86\x90 <span class=\"mono\">");
	svg_escs(o, r->start_id);
	snprintf(buf, sizeof buf, "</span> \xc2\xb7 %ld %s \xc2\xb7 %ld %s",
	    r->snapshots, msg(lang, r->snapshots == 1 ? M_SNAPSHOT :
	    M_SNAPSHOTS), r->members, cl(lang, r->members == 1 ? C_MEMBER : C_MEMBERS));
	out_str(o, buf);
	out_str(o, "</p>\n");
	summary(o, r, lang);
	for (pl = 0; pl < P_COUNT && !out_failed(o); pl++) {
		const struct calib_pillar *cp = &r->p[pl];

		out_str(o, "<section class=\"member calp\" id=\"c");
		out_long(o, pl + 1);
		out_str(o, "-s\">\n<header><h2><i class=\"sw ");
		out_str(o, html_pillar_class[pl]);
		out_str(o, "\"></i>");
		svg_escs(o, advice_pillar_title(lang, pl));
		out_str(o, "</h2><p class=\"meta\">");
		if (cp->kept) {
			svg_escs(o, cl(lang, C_KEPT));
			out_str(o, ": ");
			why_text(buf, sizeof buf, cp, lang);
		} else {
			svg_escs(o, cl(lang, C_FITTED));
			snprintf(buf, sizeof buf, " \xc2\xb7 %ld %s",
			    cp->used, msg(lang, cp->used == 1 ? M_SNAPSHOT :
			    M_SNAPSHOTS));
		}
		svg_escs(o, buf);
		out_str(o, "</p></header>\n<div class=\"row\">\n"
		    "<div class=\"card\"><figure>\n");
		if (n[pl] > 0 && pairs[pl] != NULL) {
			scatters(o, r, pl, pairs[pl], n[pl], lang);
		} else {
			out_str(o, "<p class=\"miss\">");
			svg_escs(o, cl(lang, C_NO_DATA));
			out_str(o, "</p>");
		}
		out_str(o, "</figure></div>\n<div class=\"card\"><h3>");
		svg_escs(o, cl(lang, C_MODEL_HEAD));
		out_str(o, "</h3>\n");
		signal_table(o, start, fitted, pl, lang);
		out_str(o, "</div>\n</div>\n</section>\n");
	}
	html_end(o, lang, fitted->id);
}
