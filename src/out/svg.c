/* svg.c - the drawing code of the HTML reports (see svg.h). */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "svg.h"

#define TURN (2 * 3.14159265358979323846)

/* ---- numbers and text ---- */

/* x as svg_num writes it, at the end of buf[32]: returns the first byte
 * and the length in *len. */
static const char *
num_str(char *buf, double x, size_t *len)
{
	char *p = buf + 31;
	unsigned long long u, ip;
	unsigned fr;

	buf[31] = '\0';
	if (!isfinite(x) || fabs(x) > 1e12)
		x = 0;
	u = (unsigned long long)(fabs(x) * 100 + 0.5 + 1e-9);
	ip = u / 100;
	fr = (unsigned)(u % 100);
	if (fr != 0) {
		if (fr % 10 != 0)
			*--p = (char)('0' + fr % 10);
		*--p = (char)('0' + fr / 10);
		*--p = '.';
	}
	do {
		*--p = (char)('0' + ip % 10);
		ip /= 10;
	} while (ip > 0);
	if (x < 0 && u != 0)
		*--p = '-';
	*len = (size_t)(buf + 31 - p);
	return p;
}

void
svg_num(struct out *o, double x)
{
	char buf[32];
	size_t n;
	const char *p = num_str(buf, x, &n);

	out_write(o, p, n);
}

/* The code point at s[0..n) and its length in *len; -1 when the bytes are
 * not UTF-8 (overlong, surrogate, beyond U+10FFFF, cut short). */
static long
utf8_next(const unsigned char *s, size_t n, size_t *len)
{
	unsigned c = s[0];
	long cp;
	size_t k, need;

	*len = 1;
	if (c < 0x80)
		return c;
	if (c >= 0xC2 && c <= 0xDF)
		need = 1, cp = c & 0x1F;
	else if (c >= 0xE0 && c <= 0xEF)
		need = 2, cp = c & 0x0F;
	else if (c >= 0xF0 && c <= 0xF4)
		need = 3, cp = c & 0x07;
	else
		return -1;
	if (need >= n)
		return -1;
	for (k = 1; k <= need; k++) {
		if ((s[k] & 0xC0) != 0x80)
			return -1;
		cp = cp << 6 | (s[k] & 0x3F);
	}
	if ((need == 2 && cp < 0x800) || (need == 3 && cp < 0x10000) ||
	    cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return -1;
	*len = need + 1;
	return cp;
}

/* A code point that must not reach the page as itself. */
static int
unsafe(long cp)
{
	return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') ||
	    (cp >= 0x7F && cp <= 0x9F) ||
	    (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ||
	    (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
}

void
svg_esc(struct out *o, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, start = 0, len;
	long cp;

	while (i < n) {
		const char *rep = NULL;

		if (u[i] >= 0x80 || u[i] < 0x20 || u[i] == 0x7F) {
			cp = utf8_next(u + i, n - i, &len);
			if (cp < 0 || unsafe(cp))
				rep = "\xef\xbf\xbd";
		} else {
			len = 1;
			switch (u[i]) {
			case '&': rep = "&amp;"; break;
			case '<': rep = "&lt;"; break;
			case '>': rep = "&gt;"; break;
			case '"': rep = "&quot;"; break;
			case '\'': rep = "&#39;"; break;
			}
		}
		if (rep != NULL) {
			out_write(o, s + start, i - start);
			out_str(o, rep);
			start = i + len;
		}
		i += len;
	}
	out_write(o, s + start, n - start);
}

void
svg_escs(struct out *o, const char *s)
{
	if (s != NULL)
		svg_esc(o, s, strlen(s));
}

/* ---- geometry ---- */

double
svg_map(const struct svg_scale *s, double v)
{
	if (s->d1 == s->d0)
		return s->r0;
	return s->r0 + (v - s->d0) / (s->d1 - s->d0) * (s->r1 - s->r0);
}

void
svg_ring_point(double cx, double cy, double r, double frac, double *x,
    double *y)
{
	double a = frac * TURN;

	*x = cx + r * sin(a);
	*y = cy - r * cos(a);
}

void
svg_radar_point(double cx, double cy, double r, int i, int n, double frac,
    double *x, double *y)
{
	svg_ring_point(cx, cy, r * frac, n > 0 ? (double)i / n : 0, x, y);
}

/* ---- elements ---- */

static void
attr_num(struct out *o, const char *name, double v)
{
	out_char(o, ' ');
	out_str(o, name);
	out_str(o, "=\"");
	svg_num(o, v);
	out_char(o, '"');
}

static void
attr_class(struct out *o, const char *cls)
{
	if (cls != NULL) {
		out_str(o, " class=\"");
		svg_escs(o, cls);
		out_char(o, '"');
	}
}

static void
point(struct out *o, double x, double y)
{
	svg_num(o, x);
	out_char(o, ',');
	svg_num(o, y);
}

void
svg_open(struct out *o, double w, double h, const char *id, const char *cls,
    const char *title, const char *desc)
{
	out_str(o, "<svg viewBox=\"0 0 ");
	svg_num(o, w);
	out_char(o, ' ');
	svg_num(o, h);
	out_char(o, '"');
	attr_class(o, cls);
	out_str(o, " role=\"img\"");
	if (id != NULL && (title != NULL || desc != NULL)) {
		out_str(o, " aria-labelledby=\"");
		if (title != NULL) {
			svg_escs(o, id);
			out_str(o, "-t");
		}
		if (desc != NULL) {
			if (title != NULL)
				out_char(o, ' ');
			svg_escs(o, id);
			out_str(o, "-d");
		}
		out_char(o, '"');
	}
	out_str(o, ">");
	if (title != NULL) {
		out_str(o, "<title");
		if (id != NULL) {
			out_str(o, " id=\"");
			svg_escs(o, id);
			out_str(o, "-t\"");
		}
		out_char(o, '>');
		svg_escs(o, title);
		out_str(o, "</title>");
	}
	if (desc != NULL) {
		out_str(o, "<desc");
		if (id != NULL) {
			out_str(o, " id=\"");
			svg_escs(o, id);
			out_str(o, "-d\"");
		}
		out_char(o, '>');
		svg_escs(o, desc);
		out_str(o, "</desc>");
	}
	out_char(o, '\n');
}

void
svg_close(struct out *o)
{
	out_str(o, "</svg>\n");
}

void
svg_rect(struct out *o, double x, double y, double w, double h,
    const char *cls)
{
	if (w <= 0 || h <= 0)
		return;
	out_str(o, "<rect");
	attr_num(o, "x", x);
	attr_num(o, "y", y);
	attr_num(o, "width", w);
	attr_num(o, "height", h);
	attr_class(o, cls);
	out_str(o, "/>");
}

void
svg_line(struct out *o, double x1, double y1, double x2, double y2,
    const char *cls)
{
	out_str(o, "<line");
	attr_num(o, "x1", x1);
	attr_num(o, "y1", y1);
	attr_num(o, "x2", x2);
	attr_num(o, "y2", y2);
	attr_class(o, cls);
	out_str(o, "/>");
}

void
svg_circle(struct out *o, double cx, double cy, double r, const char *cls)
{
	out_str(o, "<circle");
	attr_num(o, "cx", cx);
	attr_num(o, "cy", cy);
	attr_num(o, "r", r);
	attr_class(o, cls);
	out_str(o, "/>");
}

static void
points(struct out *o, const char *el, const double *xy, int n,
    const char *cls)
{
	int i;

	if (n < 1)
		return;
	out_char(o, '<');
	out_str(o, el);
	out_str(o, " points=\"");
	for (i = 0; i < n; i++) {
		if (i)
			out_char(o, ' ');
		point(o, xy[2 * i], xy[2 * i + 1]);
	}
	out_char(o, '"');
	attr_class(o, cls);
	out_str(o, "/>");
}

void
svg_polyline(struct out *o, const double *xy, int n, const char *cls)
{
	points(o, "polyline", xy, n, cls);
}

void
svg_polygon(struct out *o, const double *xy, int n, const char *cls)
{
	points(o, "polygon", xy, n, cls);
}

void
svg_ring_segment(struct out *o, double cx, double cy, double r_out,
    double r_in, double f0, double f1, const char *cls)
{
	double x, y;
	int large;

	if (!(f1 > f0))
		return;
	if (f1 - f0 >= 1 - 1e-9) {
		svg_ring_segment(o, cx, cy, r_out, r_in, f0, f0 + 0.5, cls);
		svg_ring_segment(o, cx, cy, r_out, r_in, f0 + 0.5, f0 + 1, cls);
		return;
	}
	large = f1 - f0 > 0.5;
	out_str(o, "<path d=\"M");
	svg_ring_point(cx, cy, r_out, f0, &x, &y);
	point(o, x, y);
	out_str(o, "A");
	svg_num(o, r_out);
	out_char(o, ',');
	svg_num(o, r_out);
	out_str(o, large ? " 0 1 1 " : " 0 0 1 ");
	svg_ring_point(cx, cy, r_out, f1, &x, &y);
	point(o, x, y);
	out_str(o, "L");
	svg_ring_point(cx, cy, r_in, f1, &x, &y);
	point(o, x, y);
	out_str(o, "A");
	svg_num(o, r_in);
	out_char(o, ',');
	svg_num(o, r_in);
	out_str(o, large ? " 0 1 0 " : " 0 0 0 ");
	svg_ring_point(cx, cy, r_in, f0, &x, &y);
	point(o, x, y);
	out_str(o, "Z\"");
	attr_class(o, cls);
	out_str(o, "/>");
}

void
svg_stacked_bar(struct out *o, double x, double y, double w, double h,
    const double *v, int n, double max, const char *const *cls, double gap)
{
	double at = x, end = x + w;
	int i;

	if (max <= 0)
		return;
	for (i = 0; i < n && at < end; i++) {
		double part = v[i] > 0 ? v[i] / max * w : 0, g;

		if (at + part > end)
			part = end - at;
		/* the gap comes out of the part: the total keeps its length */
		g = i + 1 < n && part > gap ? gap : 0;
		svg_rect(o, at, y, part - g, h, cls ? cls[i] : NULL);
		at += part;
	}
}

void
svg_radar_grid(struct out *o, double cx, double cy, double r, int n,
    int rings, const char *cls)
{
	double xy[2 * 16];
	int k, i;

	if (n < 1)
		return;
	if (n > 16)
		n = 16;
	for (k = 1; k <= rings; k++) {
		for (i = 0; i < n; i++)
			svg_radar_point(cx, cy, r, i, n, (double)k / rings,
			    &xy[2 * i], &xy[2 * i + 1]);
		svg_polygon(o, xy, n, cls);
	}
	for (i = 0; i < n; i++) {
		double x, y;

		svg_radar_point(cx, cy, r, i, n, 1, &x, &y);
		svg_line(o, cx, cy, x, y, cls);
	}
}

void
svg_radar_polygon(struct out *o, double cx, double cy, double r,
    const double *v, int n, double max, const char *cls, double dot)
{
	double xy[2 * 16];
	int i;

	if (n < 1)
		return;
	if (n > 16)
		n = 16;
	for (i = 0; i < n; i++) {
		double f = max > 0 ? v[i] / max : 0;

		f = f < 0 ? 0 : f > 1 ? 1 : f;
		svg_radar_point(cx, cy, r, i, n, f, &xy[2 * i], &xy[2 * i + 1]);
	}
	svg_polygon(o, xy, n, cls);
	if (dot > 0)
		for (i = 0; i < n; i++)
			svg_circle(o, xy[2 * i], xy[2 * i + 1], dot, cls);
}

/* v clamped into the domain of s. */
static double
clamp_domain(const struct svg_scale *s, double v)
{
	double lo = s->d0 < s->d1 ? s->d0 : s->d1;
	double hi = s->d0 < s->d1 ? s->d1 : s->d0;

	if (!isfinite(v))
		return lo;
	return v < lo ? lo : v > hi ? hi : v;
}

void
svg_scatter(struct out *o, const struct svg_scale *sx,
    const struct svg_scale *sy, const double *xs, const double *ys,
    size_t stride, long n, double r, const char *cls)
{
	long i;

	if (n < 1)
		return;
	out_str(o, "<g");
	attr_class(o, cls);
	out_char(o, '>');
	for (i = 0; i < n; i++) {
		out_str(o, "<circle");
		attr_num(o, "cx", svg_map(sx, clamp_domain(sx,
		    xs[(size_t)i * stride])));
		attr_num(o, "cy", svg_map(sy, clamp_domain(sy,
		    ys[(size_t)i * stride])));
		attr_num(o, "r", r);
		out_str(o, "/>");
	}
	out_str(o, "</g>");
}

void
svg_text(struct out *o, double x, double y, const char *anchor,
    const char *cls, const char *s)
{
	out_str(o, "<text");
	attr_num(o, "x", x);
	attr_num(o, "y", y);
	if (anchor != NULL && strcmp(anchor, "start") != 0) {
		out_str(o, " text-anchor=\"");
		out_str(o, anchor);
		out_char(o, '"');
	}
	attr_class(o, cls);
	out_char(o, '>');
	svg_escs(o, s);
	out_str(o, "</text>");
}

void
svg_axis_y(struct out *o, const struct svg_scale *s, double step, double x0,
    double x1, const char *cls)
{
	double v, lo = s->d0 < s->d1 ? s->d0 : s->d1;
	double hi = s->d0 < s->d1 ? s->d1 : s->d0;
	char buf[32];
	int k;

	if (!(step > 0))
		return;
	for (k = 0; (v = lo + k * step) <= hi + 1e-9 && k < 1000; k++) {
		double y = svg_map(s, v);
		size_t m;

		svg_line(o, x0, y, x1, y, cls);
		svg_text(o, x0 - 6, y + 4, "end", "tick", num_str(buf, v, &m));
	}
}

void
svg_axis_x(struct out *o, double y, double x0, double x1, const double *xs,
    const char *const *labels, int n, const char *cls)
{
	int i;

	svg_line(o, x0, y, x1, y, cls);
	for (i = 0; i < n; i++) {
		svg_line(o, xs[i], y, xs[i], y + 4, cls);
		if (labels != NULL && labels[i] != NULL)
			svg_text(o, xs[i], y + 22, "middle", "tick", labels[i]);
	}
}
