/* svg_test.c - the drawing code (numbers, escaping, scale, ring and radar
 * geometry, elements) and the score page's parts that the CLI cases cannot
 * reach yet (official figures beside the estimate). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "out/html.h"
#include "out/svg.h"
#include "ssi/lang.h"
#include "ssi/model.h"
#include "ssi/out.h"
#include "ssi/profile.h"
#include "ssi/score.h"
#include "t.h"

/* The bytes written to a memory output, NUL-terminated (static buffer). */
static const char *
text_of(struct out *o)
{
	static char buf[1 << 20];
	size_t n = o->n < sizeof buf - 1 ? o->n : sizeof buf - 1;

	memcpy(buf, o->buf, n);
	buf[n] = '\0';
	o->n = 0;
	return buf;
}

static void
numbers(void)
{
	static const struct { double x; const char *want; } c[] = {
		{ 0, "0" }, { 12.5, "12.5" }, { 3, "3" }, { -0.25, "-0.25" },
		{ -0.001, "0" }, { 1.005, "1.01" }, { 99.999, "100" },
		{ 160.123456, "160.12" }, { -12.3, "-12.3" }, { 0.1, "0.1" },
		{ 1e300, "0" }, { NAN, "0" },
	};
	struct out o;
	char buf[48];
	size_t i;

	out_mem(&o);
	for (i = 0; i < sizeof c / sizeof c[0]; i++) {
		svg_num(&o, c[i].x);
		T_STREQ(text_of(&o), c[i].want, "svg_num %g", c[i].x);
	}
	out_mem_free(&o);
	T_STREQ(html_fmt(buf, sizeof buf, 12.75, 1, LANG_EN), "12.8",
	    "html_fmt 12.75 1 decimal, English");
	T_STREQ(html_fmt(buf, sizeof buf, 12.75, 1, LANG_ES), "12,8",
	    "html_fmt 12.75 1 decimal, Spanish: decimal comma");
	T_STREQ(html_fmt(buf, sizeof buf, -0.04, 1, LANG_EN), "0.0",
	    "html_fmt: no -0.0");
	T_STREQ(html_fmt(buf, sizeof buf, -6.4, 1, LANG_ES), "-6,4",
	    "html_fmt -6.4 Spanish");
	T_STREQ(html_fmt(buf, sizeof buf, 80.5, 0, LANG_EN), "81",
	    "html_fmt whole, half away from zero");
	T_STREQ(html_fmt(buf, sizeof buf, 20.973, 3, LANG_ES), "20,973",
	    "html_fmt 3 decimals");
}

static void
escaping(void)
{
	static const struct { const char *in, *want; } c[] = {
		{ "<script>alert(1)</script>",
		  "&lt;script&gt;alert(1)&lt;/script&gt;" },
		{ "\"><img src=x onerror=alert(1)>",
		  "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" },
		{ "&amp;", "&amp;amp;" },
		{ "O'Brien", "O&#39;Brien" },
		/* RLO, LRI */
		{ "abc\xe2\x80\xae" "def", "abc\xef\xbf\xbd" "def" },
		{ "a\xe2\x81\xa6" "b", "a\xef\xbf\xbd" "b" },
		{ "x\x01y\x7fz", "x\xef\xbf\xbdy\xef\xbf\xbdz" },
		{ "bad \xc3 byte", "bad \xef\xbf\xbd byte" },
		/* NEL, U+FFFE, text kept as it is, a surrogate */
		{ "\xc2\x85", "\xef\xbf\xbd" },
		{ "\xef\xbf\xbe", "\xef\xbf\xbd" },
		{ "Caf\xc3\xa9 \xe2\x80\x94 ok\t\n",
		  "Caf\xc3\xa9 \xe2\x80\x94 ok\t\n" },
		{ "\xed\xa0\x80", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd" },
	};
	struct out o;
	size_t i;

	out_mem(&o);
	for (i = 0; i < sizeof c / sizeof c[0]; i++) {
		svg_esc(&o, c[i].in, strlen(c[i].in));
		T_STREQ(text_of(&o), c[i].want, "svg_esc case %zu", i);
	}
	out_mem_free(&o);
}

static void
geometry(void)
{
	struct svg_scale sc = { 0, 100, 300, 20 };
	double x, y;

	T_NEAR(svg_map(&sc, 0), 300, 1e-9, "scale: domain start -> start");
	T_NEAR(svg_map(&sc, 100), 20, 1e-9, "scale: domain end -> range end");
	T_NEAR(svg_map(&sc, 25), 230, 1e-9, "scale: a quarter (inverted)");
	sc.d1 = 0;
	T_NEAR(svg_map(&sc, 5), 300, 1e-9, "scale: empty domain maps to r0");

	svg_ring_point(100, 100, 50, 0, &x, &y);
	T_OK(fabs(x - 100) < 1e-9 && fabs(y - 50) < 1e-9,
	    "ring point 0: 12 o'clock (%.3f,%.3f)", x, y);
	svg_ring_point(100, 100, 50, 0.25, &x, &y);
	T_OK(fabs(x - 150) < 1e-9 && fabs(y - 100) < 1e-9,
	    "ring point 0.25: 3 o'clock (%.3f,%.3f)", x, y);
	svg_ring_point(100, 100, 50, 0.5, &x, &y);
	T_OK(fabs(x - 100) < 1e-9 && fabs(y - 150) < 1e-9,
	    "ring point 0.5: 6 o'clock (%.3f,%.3f)", x, y);
	svg_ring_point(100, 100, 50, 0.125, &x, &y);
	T_OK(fabs(x - (100 + 50 * sqrt(0.5))) < 1e-9 &&
	    fabs(y - (100 - 50 * sqrt(0.5))) < 1e-9,
	    "ring point 1/8: half-way to 3 o'clock (%.3f,%.3f)", x, y);

	svg_radar_point(0, 0, 100, 1, 4, 0.5, &x, &y);
	T_OK(fabs(x - 50) < 1e-9 && fabs(y) < 1e-9,
	    "radar axis 1 of 4 at 0.5: right (%.3f,%.3f)", x, y);
	svg_radar_point(0, 0, 100, 3, 4, 1, &x, &y);
	T_OK(fabs(x + 100) < 1e-9 && fabs(y) < 1e-9,
	    "radar axis 3 of 4 at 1: left (%.3f,%.3f)", x, y);
	svg_radar_point(0, 0, 100, 0, 4, 0.25, &x, &y);
	T_OK(fabs(x) < 1e-9 && fabs(y + 25) < 1e-9,
	    "radar axis 0 at 0.25: up (%.3f,%.3f)", x, y);
	svg_radar_point(0, 0, 100, 2, 4, 0, &x, &y);
	T_OK(fabs(x) < 1e-9 && fabs(y) < 1e-9, "radar value 0: centre");
}

static void
elements(void)
{
	static const char *const cls[] = { "p0", "p1", "p2", "p3" };
	const double v[] = { 25, 12.5, 0, 50 };
	const double half[] = { 12.5, 12.5, 12.5, 12.5 };
	const char *t;
	struct out o;

	out_mem(&o);
	/* a quarter of a ring: outer arc 12 -> 3 o'clock, inner back */
	svg_ring_segment(&o, 100, 100, 50, 40, 0, 0.25, "p0");
	T_STREQ(text_of(&o), "<path d=\"M100,50A50,50 0 0 1 150,100L140,100"
	    "A40,40 0 0 0 100,60Z\" class=\"p0\"/>",
	    "ring segment of a quarter: endpoints and sweep flags");
	svg_ring_segment(&o, 100, 100, 50, 40, 0, 0.75, NULL);
	t = text_of(&o);
	T_OK(strstr(t, "A50,50 0 1 1 50,100") != NULL &&
	    strstr(t, "A40,40 0 1 0 100,60") != NULL,
	    "ring segment of three quarters: large-arc flag set (%s)", t);
	svg_ring_segment(&o, 100, 100, 50, 40, 0, 1, NULL);
	t = text_of(&o);
	T_OK(strstr(t, "<path") != NULL && strstr(strstr(t, "<path") + 1,
	    "<path") != NULL, "ring segment of a whole turn: two halves");
	svg_ring_segment(&o, 100, 100, 50, 40, 0.3, 0.3, NULL);
	T_STREQ(text_of(&o), "", "ring segment of no span: nothing");

	svg_stacked_bar(&o, 0, 0, 200, 10, v, 4, 100, cls, 0);
	T_STREQ(text_of(&o), "<rect x=\"0\" y=\"0\" width=\"50\" height=\"10\" "
	    "class=\"p0\"/><rect x=\"50\" y=\"0\" width=\"25\" height=\"10\" "
	    "class=\"p1\"/><rect x=\"75\" y=\"0\" width=\"100\" height=\"10\" "
	    "class=\"p3\"/>",
	    "stacked bar: parts end to end, empty part left out");
	svg_stacked_bar(&o, 0, 0, 100, 10, v, 4, 50, cls, 0);
	t = text_of(&o);
	T_OK(strstr(t, "x=\"75\" y=\"0\" width=\"25\" height=\"10\" "
	    "class=\"p3\"") != NULL,
	    "stacked bar: the part beyond max is cut at the end (%s)", t);

	svg_radar_polygon(&o, 100, 100, 80, half, 4, 25, "s-me", 0);
	T_STREQ(text_of(&o), "<polygon points=\"100,60 140,100 100,140 "
	    "60,100\" class=\"s-me\"/>",
	    "radar polygon of four halves: a diamond");

	svg_text(&o, 1, 2, "end", "lbl", "<b>&");
	T_STREQ(text_of(&o), "<text x=\"1\" y=\"2\" text-anchor=\"end\" "
	    "class=\"lbl\">&lt;b&gt;&amp;</text>", "text: escaped");

	svg_open(&o, 320, 200, "m1-ring", "ring", "A <title>", "a desc");
	T_STREQ(text_of(&o), "<svg viewBox=\"0 0 320 200\" class=\"ring\" "
	    "role=\"img\" aria-labelledby=\"m1-ring-t m1-ring-d\"><title "
	    "id=\"m1-ring-t\">A &lt;title&gt;</title><desc id=\"m1-ring-d\">"
	    "a desc</desc>\n", "svg_open: viewBox, role, title and desc");
	out_mem_free(&o);
}

static void
set(struct profile *p, const char *name, const char *v)
{
	struct ssi_err e = { 0 };
	int f = field_lookup(name, strlen(name));

	if (f < 0 || profile_set(p, f, v, strlen(v), VK_STRING, 1, &e) < 0)
		printf("# set %s=%s failed: %s\n", name, v, e.msg);
}

/* A section with official figures and both averages: every outline of the
 * radar, its legend and the comparison table. */
static void
section_official(void)
{
	struct report_opts r;
	struct html_official f;
	struct profile p;
	struct score s;
	struct out o;
	const char *t;
	int i;

	profile_init(&p);
	set(&p, "name", "Ana <b>");
	set(&p, "connections", "500");
	set(&p, "posts", "4");
	score_profile(model_default(), &p, &s);
	memset(&r, 0, sizeof r);
	r.m = model_default();
	r.lang = LANG_ES;
	memset(&f, 0, sizeof f);
	f.have_ssi = 1;
	f.ssi = 53;
	for (i = 0; i < 4; i++) {
		f.have_pillar[i] = f.have_ind[i] = f.have_net[i] = 1;
		f.pillar[i] = 10 + i;
		f.ind[i] = 8.5;
		f.net[i] = 9.25;
	}
	f.ind_top = 10;
	f.net_top = 12;
	f.as_of = "2026-11-02";
	out_mem(&o);
	html_score_section(&o, &r, &p, &s, &f, 3);
	t = text_of(&o);
	T_OK(strstr(t, "class=\"s-off\"") && strstr(t, "class=\"s-ind\"") &&
	    strstr(t, "class=\"s-net\"") && strstr(t, "class=\"s-me\""),
	    "official section: four outlines on the radar");
	T_OK(strstr(t, "LinkedIn (oficial)") && strstr(t, "Media del sector") &&
	    strstr(t, "Media de la red"), "official section: Spanish legend");
	T_OK(strstr(t, ">8,5<") != NULL && strstr(t, ">9,3<") != NULL,
	    "official section: averages with a decimal comma");
	T_OK(strstr(t, "10\xc2\xa0% superior") && strstr(t, "12\xc2\xa0% superior"),
	    "official section: the ranks, a no-break space before %% in "
	    "Spanish");
	T_OK(strstr(t, "class=\"mark\"") != NULL,
	    "official section: official marks on the pillar bars");
	T_OK(strstr(t, "Ana &lt;b&gt;") != NULL && strstr(t, "Ana <b>") == NULL,
	    "official section: the name escaped");
	T_OK(strstr(t, "id=\"m3-radar-t\"") != NULL,
	    "official section: ids carry the section number");
	T_OK(strstr(t, "<section") == t && strstr(t, "</section>\n") != NULL,
	    "official section: one section element");
	T_OK(strstr(t, "--set") == NULL && strstr(t, "--target") == NULL &&
	    strstr(t, "vuelve a generar la p\xc3\xa1gina") != NULL,
	    "a page for a manager says what data to add in words, no option");

	/* the same without official figures: no comparison shown */
	html_score_section(&o, &r, &p, &s, NULL, 1);
	t = text_of(&o);
	T_OK(strstr(t, "s-off") == NULL && strstr(t, "class=\"sr\"") != NULL,
	    "estimate alone: no official outline, the figures table for "
	    "screen readers only");
	out_mem_free(&o);
	profile_free(&p);
}

/* svg_scatter: a group of circles, points outside the domain at its edge,
 * stride through an array of structs, nothing for no point. */
static void
scatter(void)
{
	struct { double x, y, z; } pt[3] = {
		{ 0, 25, 1 }, { 12.5, 12.5, 2 }, { 30, -1, 3 }
	};
	struct svg_scale sx = { 0, 25, 10, 110 }, sy = { 0, 25, 200, 100 };
	struct out o;

	out_mem(&o);
	svg_scatter(&o, &sx, &sy, &pt[0].x, &pt[0].y, 3, 3, 4.5, "dot p0");
	T_STREQ(text_of(&o), "<g class=\"dot p0\"><circle cx=\"10\" "
	    "cy=\"100\" r=\"4.5\"/><circle cx=\"60\" cy=\"150\" "
	    "r=\"4.5\"/><circle cx=\"110\" cy=\"200\" r=\"4.5\"/></g>",
	    "scatter: mapped, clamped to the domain, one group");
	svg_scatter(&o, &sx, &sy, &pt[0].x, &pt[0].z, 6, 2, 2, NULL);
	T_STREQ(text_of(&o), "<g><circle cx=\"10\" cy=\"196\" r=\"2\"/>"
	    "<circle cx=\"110\" cy=\"188\" r=\"2\"/></g>",
	    "scatter: every other point with stride 6, no class");
	svg_scatter(&o, &sx, &sy, &pt[0].x, &pt[0].y, 3, 0, 4.5, "dot");
	T_STREQ(text_of(&o), "", "scatter: no point, nothing");
	out_mem_free(&o);
}

int
main(void)
{
	numbers();
	escaping();
	geometry();
	elements();
	section_official();
	scatter();
	T_DONE();
}
