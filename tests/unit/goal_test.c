/* goal_test.c - the goal projection (goal.h): a known slope, a flat
 * series, a noisy one, a goal already reached, too few points, the goal's
 * day, the 8-week window. */
#include "ssi/goal.h"
#include "t.h"

#define DAY0 20000	/* a day number: 2024-10-04 */

/* n weekly points v0 + s per day, oldest first. */
static void
line(struct goal_point *p, int n, double v0, double s)
{
	int i;

	for (i = 0; i < n; i++) {
		p[i].day = DAY0 + 7 * i;
		p[i].v = v0 + s * 7 * i;
	}
}

static void
test_known_slope(void)
{
	struct goal_point p[8];
	struct goal_proj g;

	line(p, 8, 40.0, 0.1);	/* 44.9 on the last day, +0.7 a week */
	T_OK(goal_project(p, 8, 50.0, -1, &g) == 0, "a line projects");
	T_NEAR(g.slope, 0.1, 1e-12, "Theil-Sen gives the line's slope");
	T_NEAR(g.level, 44.9, 1e-9, "the level is the line on the last day");
	T_OK(g.status == GOAL_ON_TRACK && g.npoints == 8,
	    "rising without a day: on track, 8 points");
	/* (50 - 44.9) / 0.1 = 51 days after the last */
	T_OK(g.when == DAY0 + 49 + 51, "reaches 50 in 51 days (got %ld)",
	    (long)(g.when - DAY0 - 49));
	T_OK(g.earliest == g.when && g.latest == g.when,
	    "an exact line has no range");
	T_OK(goal_project(p, 8, 50.0, DAY0 + 49 + 51, &g) == 0 &&
	    g.status == GOAL_ON_TRACK, "due on that very day: on track");
	T_OK(goal_project(p, 8, 50.0, DAY0 + 49 + 50, &g) == 0 &&
	    g.status == GOAL_BEHIND, "due a day earlier: behind");
}

static void
test_flat(void)
{
	struct goal_point p[8];
	struct goal_proj g;

	line(p, 8, 42.0, 0.0);
	T_OK(goal_project(p, 8, 50.0, DAY0 + 200, &g) == 0 &&
	    g.status == GOAL_NEVER && g.when == -1 && g.latest == -1,
	    "a flat series never reaches it");
	line(p, 8, 48.0, -0.05);
	T_OK(goal_project(p, 8, 50.0, -1, &g) == 0 &&
	    g.status == GOAL_NEVER && g.slope < 0,
	    "a falling series never reaches it");
}

static void
test_noisy(void)
{
	/* +1 a week with noise, and one failed week far below */
	static const double v[8] = { 30.0, 31.4, 31.8, 33.3, 12.0, 35.2,
		35.9, 37.1 };
	struct goal_point p[8];
	struct goal_proj g;
	int i;

	for (i = 0; i < 8; i++) {
		p[i].day = DAY0 + 7 * i;
		p[i].v = v[i];
	}
	T_OK(goal_project(p, 8, 45.0, -1, &g) == 0, "a noisy series projects");
	T_OK(g.slope > 0.9 / 7 && g.slope < 1.1 / 7,
	    "one outlier does not tilt the slope (%.4f a week)",
	    g.slope * 7);
	T_OK(g.slope_lo <= g.slope && g.slope <= g.slope_hi &&
	    g.slope_lo < g.slope_hi, "the slope lies in its range");
	T_OK(g.earliest <= g.when && (g.latest == -1 || g.when <= g.latest),
	    "earliest <= when <= latest");
	T_OK(g.when > DAY0 + 49 + 40 && g.when < DAY0 + 49 + 70,
	    "about 8 weeks to go (%ld days)", (long)(g.when - DAY0 - 49));
}

static void
test_reached_and_few(void)
{
	struct goal_point p[8];
	struct goal_proj g;

	line(p, 8, 60.0, -0.1);
	T_OK(goal_project(p, 8, 50.0, DAY0, &g) == 0 &&
	    g.status == GOAL_REACHED && g.when == -1,
	    "the latest figure is over the goal: reached, even falling");
	line(p, 2, 40.0, 0.1);
	T_OK(goal_project(p, 2, 50.0, -1, &g) == 0 &&
	    g.status == GOAL_UNKNOWN && g.npoints == 2,
	    "two points: no line");
	T_OK(goal_project(p, 0, 50.0, -1, &g) == 0 &&
	    g.status == GOAL_UNKNOWN && g.npoints == 0, "no point: unknown");
	line(p, 1, 55.0, 0);
	T_OK(goal_project(p, 1, 50.0, -1, &g) == 0 &&
	    g.status == GOAL_REACHED, "one point over the goal: reached");
}

static void
test_window(void)
{
	struct goal_point p[12];
	struct goal_proj g;
	int i;

	/* 4 old weeks far lower, then 8 weeks flat: only the 8 count */
	line(p, 12, 40.0, 0.0);
	for (i = 0; i < 4; i++)
		p[i].v = 10.0;
	T_OK(goal_project(p, 12, 50.0, -1, &g) == 0 && g.npoints == 8 &&
	    g.status == GOAL_NEVER, "points older than 8 weeks are left out");
	/* the same points in another order give the same projection */
	line(p, 8, 40.0, 0.1);
	{
		struct goal_point q[8];
		struct goal_proj h;

		for (i = 0; i < 8; i++)
			q[i] = p[7 - i];
		goal_project(p, 8, 50.0, -1, &g);
		goal_project(q, 8, 50.0, -1, &h);
		T_OK(g.when == h.when && g.slope == h.slope,
		    "the order of the points does not matter");
	}
}

int
main(void)
{
	test_known_slope();
	test_flat();
	test_noisy();
	test_reached_and_few();
	test_window();
	T_DONE();
}
