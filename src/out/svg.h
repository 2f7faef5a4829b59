/*
 * svg.h - the drawing code of the HTML reports, in one place: a linear
 * scale, the geometry of rings and radars, and small writers of SVG
 * elements (rect, line, polyline, ring segment, stacked bar, radar polygon
 * and grid, axis, text) into a struct out.
 *
 * Coordinates are written with at most 2 decimals, trailing zeros dropped
 * ("12.5", "3", "-0.25"), never through the locale: the same figures give
 * the same bytes.  Every text goes through svg_esc.  A class argument may be
 * NULL (no class attribute); classes are styled by the page's CSS.
 */
#ifndef SSI_SVG_H
#define SSI_SVG_H

#include <stddef.h>
#include "ssi/out.h"

/* ---- numbers and text ---- */

/* x with at most 2 decimals, trailing zeros and "-0" dropped. */
void svg_num(struct out *o, double x);

/*
 * Text s[0..n) escaped for XML and HTML, as element content or an
 * attribute value (& < > " ' as references).  Characters that a parser
 * rejects or that would reorder the text around them are replaced by
 * U+FFFD: C0 and C1 controls but tab and line ends, DEL, the bidirectional
 * embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069),
 * noncharacters, and bytes that are not UTF-8.
 */
void svg_esc(struct out *o, const char *s, size_t n);
/* svg_esc of a NUL-terminated string (NULL writes nothing). */
void svg_escs(struct out *o, const char *s);

/* ---- geometry ---- */

/* A linear map of the domain [d0, d1] onto the range [r0, r1]. */
struct svg_scale {
	double d0, d1, r0, r1;
};

/* The range position of v (not clamped; d0 == d1 maps to r0). */
double svg_map(const struct svg_scale *s, double v);

/*
 * The point at frac of a turn on the circle (cx, cy, r): 0 at 12 o'clock,
 * clockwise (SVG's y grows downwards), 0.25 at 3 o'clock.
 */
void svg_ring_point(double cx, double cy, double r, double frac,
    double *x, double *y);

/* The point of value frac (0 centre .. 1 rim) on axis i of n of a radar
 * centred at (cx, cy) with radius r; axis 0 points up, the others follow
 * clockwise. */
void svg_radar_point(double cx, double cy, double r, int i, int n,
    double frac, double *x, double *y);

/* ---- elements ---- */

/*
 * Open an inline <svg> of w x h user units (a viewBox: it scales with its
 * box), role="img", labelled by its <title> and <desc> (either may be
 * NULL).  id names the title and desc elements (id-t, id-d) and must be
 * unique in the page.  cls may be NULL.
 */
void svg_open(struct out *o, double w, double h, const char *id,
    const char *cls, const char *title, const char *desc);
void svg_close(struct out *o);

void svg_rect(struct out *o, double x, double y, double w, double h,
    const char *cls);
void svg_line(struct out *o, double x1, double y1, double x2, double y2,
    const char *cls);
void svg_circle(struct out *o, double cx, double cy, double r,
    const char *cls);
/* A polyline through n points xy[2i], xy[2i+1]; nothing when n < 1. */
void svg_polyline(struct out *o, const double *xy, int n, const char *cls);
/* The same points as a closed polygon. */
void svg_polygon(struct out *o, const double *xy, int n, const char *cls);

/*
 * A segment of a ring from f0 to f1 (fractions of a turn as svg_ring_point,
 * f0 <= f1) between radii r_in and r_out: one closed path of two arcs.  A
 * span of a whole turn or more is drawn as two halves; an empty span draws
 * nothing.
 */
void svg_ring_segment(struct out *o, double cx, double cy, double r_out,
    double r_in, double f0, double f1, const char *cls);

/*
 * A horizontal bar at (x, y) of w x h made of n parts v[i] out of max
 * (stacked left to right, each with class cls[i]), gap user units between
 * parts; the rest of the width is left empty.  Negative parts count as 0;
 * parts beyond max are cut at the bar's end.
 */
void svg_stacked_bar(struct out *o, double x, double y, double w, double h,
    const double *v, int n, double max, const char *const *cls, double gap);

/* The web of a radar of n axes: rings polygons at 1/rings .. 1 and the
 * axes from the centre. */
void svg_radar_grid(struct out *o, double cx, double cy, double r, int n,
    int rings, const char *cls);
/* The polygon of values v[0..n) out of max on the radar (cx, cy, r); with
 * dots (radius dot > 0) at its corners. */
void svg_radar_polygon(struct out *o, double cx, double cy, double r,
    const double *v, int n, double max, const char *cls, double dot);

/*
 * The dots of a scatter: a group of class cls holding a circle of radius r
 * at every point (sx(xs[i*stride]), sy(ys[i*stride])), i < n; points
 * outside either domain are drawn at its edge.  stride (in doubles) lets
 * xs and ys point into an array of structs.
 */
void svg_scatter(struct out *o, const struct svg_scale *sx,
    const struct svg_scale *sy, const double *xs, const double *ys,
    size_t stride, long n, double r, const char *cls);

/* Text at (x, y); anchor "start", "middle", "end" or NULL (start). */
void svg_text(struct out *o, double x, double y, const char *anchor,
    const char *cls, const char *s);

/*
 * A vertical value axis: for every tick from s->d0 to s->d1 by step, a
 * grid line from x0 to x1 at its height and its label (whole numbers) right
 * aligned at x0 - 6.  Labels get class "tick", lines cls.
 */
void svg_axis_y(struct out *o, const struct svg_scale *s, double step,
    double x0, double x1, const char *cls);
/* A horizontal axis line at y from x0 to x1 with tick marks and labels
 * labels[i] at xs[i] (n ticks) below it (baseline 22 units under). */
void svg_axis_x(struct out *o, double y, double x0, double x1,
    const double *xs, const char *const *labels, int n, const char *cls);

#endif
