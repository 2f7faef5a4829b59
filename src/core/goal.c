/* goal.c - when a series reaches a goal (see goal.h). */
#include <math.h>
#include <stdlib.h>

#include "ssi/goal.h"

const char *const goal_status_ids[5] = {
	"unknown", "reached", "on_track", "behind", "never"
};

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* The median of v[0..n), n > 0, sorting v. */
static double
median(double *v, size_t n)
{
	qsort(v, n, sizeof *v, cmp_double);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* The day the line of slope s through (last, level) reaches goal: -1 when
 * it never does (s not positive), INT32_MAX past the calendar. */
static int32_t
cross(double level, int32_t last, double s, double goal)
{
	double d;

	if (!(s > 0))
		return -1;
	/* a day is a whole day: a figure a millionth short of it is there */
	d = ceil((goal - level) / s - 1e-6);
	if (d < 0)
		d = 0;
	if (d > (double)(INT32_MAX - last))
		return INT32_MAX;
	return last + (int32_t)d;
}

int
goal_project(const struct goal_point *pts, size_t n, double goal,
    int32_t by, struct goal_proj *p)
{
	struct goal_proj r = { 0 };
	double *sl, *lv, latest_v = 0, c;
	size_t i, j, k = 0, m = 0, lo, hi, npairs;
	int32_t last = INT32_MIN;

	r.when = r.earliest = r.latest = -1;
	for (i = 0; i < n; i++)
		if (pts[i].day >= last) {
			last = pts[i].day;
			latest_v = pts[i].v;
		}
	r.last = n ? last : 0;
	if (n == 0) {
		*p = r;
		return 0;
	}
	if (latest_v >= goal) {
		r.status = GOAL_REACHED;
		r.level = latest_v;
	}
	for (i = 0; i < n; i++)
		if (pts[i].day > last - GOAL_WINDOW_DAYS)
			m++;
	r.npoints = (int)m;
	npairs = m * (m - 1) / 2;
	if ((sl = malloc((npairs + m + 1) * sizeof *sl)) == NULL)
		return -1;
	lv = sl + npairs;
	for (i = 0; i < n; i++) {
		if (pts[i].day <= last - GOAL_WINDOW_DAYS)
			continue;
		for (j = i + 1; j < n; j++)
			if (pts[j].day > last - GOAL_WINDOW_DAYS &&
			    pts[j].day != pts[i].day)
				sl[k++] = (pts[j].v - pts[i].v) /
				    (double)(pts[j].day - pts[i].day);
	}
	if (m < GOAL_MIN_POINTS || k == 0) {
		free(sl);
		if (r.status != GOAL_REACHED)
			r.status = GOAL_UNKNOWN;
		*p = r;
		return 0;
	}
	r.slope = median(sl, k);	/* sl is sorted now */
	/* Sen's interval, by the ranks of the sorted slopes */
	c = 1.96 * sqrt((double)m * (m - 1) * (2 * m + 5) / 18.0);
	lo = (double)k - c > 0 ? (size_t)floor(((double)k - c) / 2) : 0;
	hi = (size_t)ceil(((double)k + c) / 2);
	if (hi >= k)
		hi = k - 1;
	r.slope_lo = sl[lo];
	r.slope_hi = sl[hi];
	for (i = 0, j = 0; i < n; i++)
		if (pts[i].day > last - GOAL_WINDOW_DAYS)
			lv[j++] = pts[i].v - r.slope * (pts[i].day - last);
	r.level = median(lv, j);
	free(sl);
	if (r.status == GOAL_REACHED) {
		*p = r;
		return 0;
	}
	r.when = cross(r.level, last, r.slope, goal);
	r.earliest = cross(r.level, last, r.slope_hi, goal);
	r.latest = cross(r.level, last, r.slope_lo, goal);
	if (r.when < 0)
		r.status = GOAL_NEVER;
	else if (by >= 0 && r.when > by)
		r.status = GOAL_BEHIND;
	else
		r.status = GOAL_ON_TRACK;
	*p = r;
	return 0;
}
