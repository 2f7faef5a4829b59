/*
 * goal.h - when a series reaches a goal (ssi digest, issue "the manager's
 * week"): a robust straight line through the recent figures, and the day
 * it crosses the goal, with a range.
 *
 * The line is Theil-Sen's: its slope is the median of the slopes between
 * every two points of different days, so one odd week (a failed capture, a
 * holiday) cannot tilt it as it tilts least squares; its level is the
 * median of v - slope x day.  The range of the slope is Sen's 95 %
 * interval: the order statistics of the pairwise slopes at
 * (N -/+ 1.96 sqrt(n(n-1)(2n+5)/18)) / 2, N the number of pairs.  The
 * projected day is where the line crosses the goal; the earliest day is
 * where a line of the interval's upper slope through the same level
 * crosses it, the latest where its lower slope does (never, when that
 * slope is not positive).
 *
 * Pure functions over the caller's points: nothing allocates but
 * goal_project's scratch array of pairwise slopes (n(n-1)/2 doubles).
 */
#ifndef SSI_GOAL_H
#define SSI_GOAL_H

#include <stddef.h>
#include <stdint.h>

/* Points of the window needed before a line is drawn. */
#define GOAL_MIN_POINTS 3
/* The window: the points of the last GOAL_WINDOW_DAYS days (8 weeks). */
#define GOAL_WINDOW_DAYS 56

/* One figure of the series. */
struct goal_point {
	int32_t day;		/* days since 1970-01-01 */
	double v;		/* the figure (index points) */
};

enum goal_status {
	GOAL_UNKNOWN,		/* fewer than GOAL_MIN_POINTS days in the
				 * window: no line */
	GOAL_REACHED,		/* the latest figure is at or above the goal */
	GOAL_ON_TRACK,		/* projected on or before the goal's day (or
				 * rising, when there is no day) */
	GOAL_BEHIND,		/* projected after the goal's day */
	GOAL_NEVER		/* the line does not rise: never at this pace */
};

/* The status ids of JSON/CSV: "unknown", "reached", "on_track", ... */
extern const char *const goal_status_ids[5];

struct goal_proj {
	enum goal_status status;
	int npoints;		/* points of the window used */
	double slope;		/* figure per day (Theil-Sen) */
	double slope_lo, slope_hi;	/* Sen's 95 % interval */
	double level;		/* the line at the latest day */
	int32_t last;		/* the latest day */
	/* days since 1970-01-01 of reaching the goal: when, earliest and
	 * latest; -1 when never (or when reached / unknown) */
	int32_t when, earliest, latest;
};

/*
 * Project pts[0..n) (any order; two points of one day give no slope
 * between them) towards goal.  Only the points within GOAL_WINDOW_DAYS
 * before the latest day are used, and the latest figure decides
 * GOAL_REACHED (the latest point in pts' order among those of the latest
 * day).
 * by is the goal's day (days since 1970-01-01), or -1 when the goal has no
 * date.  Returns 0, or -1 when out of memory (p untouched).
 */
int goal_project(const struct goal_point *pts, size_t n, double goal,
    int32_t by, struct goal_proj *p);

#endif
