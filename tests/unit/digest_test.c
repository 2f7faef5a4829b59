/* digest_test.c - the week of a team: the period, the team's averages and
 * label, who moved (largest first), who stalled, whose official figures
 * are stale, the weakest pillar against the team, the goal, the dates. */
#include <stdio.h>
#include <string.h>

#include "ssi/digest.h"
#include "ssi/profile.h"
#include "ssi/score.h"
#include "ssi/trend.h"
#include "t.h"

/* A snapshot of id at date with index ssi (engagement = ssi / 4, the other
 * pillars ssi / 4 too but brand, which is 1 for "weak"); off < 0: no
 * official index, else in thousandths. */
static void
add(struct trend *t, const char *id, const char *date, double ssi, long off)
{
	struct ssi_err e = { 0 };
	struct profile p;
	struct score s;
	int k;

	profile_init(&p);
	profile_set(&p, F_ID, id, strlen(id), VK_STRING, 1, &e);
	profile_set(&p, F_AS_OF, date, strlen(date), VK_STRING, 1, &e);
	if (off >= 0) {
		p.num[F_OFFICIAL_SSI] = off;
		p.have |= (uint64_t)1 << F_OFFICIAL_SSI;
	}
	memset(&s, 0, sizeof s);
	s.ssi = ssi;
	s.coverage = 1;	/* data: an estimate (coverage 0 has none) */
	for (k = 0; k < P_COUNT; k++)
		s.pillar[k] = ssi / 4;
	if (strcmp(id, "weak") == 0) {
		s.pillar[P_BRAND] = 1;
		s.ssi = 3 * ssi / 4 + 1;
	}
	trend_add(t, &p, &s, "t.jsonl", 1, &e);
	profile_free(&p);
}

static void
test_week(void)
{
	static const char *dates[10] = { "2026-01-05", "2026-01-12",
	    "2026-01-19", "2026-01-26", "2026-02-02", "2026-02-09",
	    "2026-02-16", "2026-02-23", "2026-03-02", "2026-03-09" };
	struct trend *t = trend_new();
	struct digest_opts o = { 0, 0, 0, -1, -1, 0 };
	struct ssi_err e = { 0 };
	struct digest d;
	int i;

	for (i = 0; i < 10; i++) {
		add(t, "up", dates[i], i < 9 ? 30 : 40, 40000);
		add(t, "down", dates[i], i < 9 ? 50 : 44, i == 0 ? 50000 : -1);
		add(t, "weak", dates[i], 20, -1);
		add(t, "big", dates[i], i < 9 ? 60 : 48, 60000);
	}
	T_OK(trend_finish(t, &e) == 0, "trend_finish");
	T_OK(digest_compute(t, NULL, &o, &d, &e) == 0, "digest_compute");
	T_OK(d.until == 20260309 && d.since == 20260302,
	    "the period: the 7 days up to the latest date (%u..%u)",
	    (unsigned)d.since, (unsigned)d.until);
	T_OK(d.est[0].n == 4 && d.est[1].n == 4, "4 members at both ends");
	T_OK(d.est[0].v == 3900 && d.est[1].v == 3700,
	    "team average 39.00 -> 37.00 (%d, %d)", (int)d.est[0].v,
	    (int)d.est[1].v);
	T_OK(d.label == CH_DOWN, "-2.0 after flat weeks: down (%d)", d.label);
	T_OK(d.off[1].n == 3 && d.off[0].n == 3,
	    "official averages over the members with one (%ld)", d.off[1].n);
	T_OK(d.nmoved == 3, "three moved (%ld)", d.nmoved);
	T_STREQ(t->m[d.m[d.moved[0]].member].id, "big", "largest first");
	T_STREQ(t->m[d.m[d.moved[1]].member].id, "up", "+10 second");
	T_STREQ(t->m[d.m[d.moved[2]].member].id, "down", "-6 third");
	T_OK(d.m[d.moved[1]].change == 1000 &&
	    (d.m[d.moved[1]].up >> TV_SSI & 1), "up: +10.00, index up");
	T_OK(d.m[d.moved[2]].down >> TV_SSI & 1, "down: index down");
	T_OK(d.nstalled == 3, "no rise in 4 weeks: three stalled (%ld)",
	    d.nstalled);
	T_OK(d.nstale == 2, "two stale (%ld)", d.nstale);
	T_STREQ(t->m[d.m[d.stale[0]].member].id, "weak",
	    "no official reading at all first");
	T_OK(d.m[d.stale[1]].stale_days == 63, "down: 63 days (%d)",
	    (int)d.m[d.stale[1]].stale_days);
	T_OK(d.m[2].weakest == P_BRAND, "weak: brand against the team");
	T_OK(!d.has_goal, "no goal asked");
	digest_free(&d);

	o.goal = 30;
	o.until = 20260223;
	o.stalled_weeks = 2;
	T_OK(digest_compute(t, NULL, &o, &d, &e) == 0, "with --until, --goal");
	T_OK(d.since == 20260216 && d.nmoved == 0, "nobody moved by Feb 23");
	T_OK(d.nstalled == 4, "two flat weeks: all stalled (%ld)", d.nstalled);
	T_OK(d.has_goal && d.proj.status == GOAL_REACHED,
	    "40 is above 30: reached (%d)", d.proj.status);
	digest_free(&d);

	o.goal = 45;
	o.goal_by = 20261231;
	T_OK(digest_compute(t, NULL, &o, &d, &e) == 0, "goal 45");
	T_OK(d.proj.status == GOAL_NEVER, "a flat team never reaches 45 (%d)",
	    d.proj.status);
	digest_free(&d);
	trend_free(t);
}

/* Per-member goals (the goal and goal_date fields, kept by the caller in
 * digest_extra): each member's own index projected; a member without a
 * goal has none. */
static void
test_member_goals(void)
{
	static const char *dates[10] = { "2026-01-05", "2026-01-12",
	    "2026-01-19", "2026-01-26", "2026-02-02", "2026-02-09",
	    "2026-02-16", "2026-02-23", "2026-03-02", "2026-03-09" };
	struct trend *t = trend_new();
	struct digest_opts o = { 0, 0, 0, -1, -1, 0 };
	struct digest_extra x[4];
	struct ssi_err e = { 0 };
	struct digest d;
	int i, k;

	for (i = 0; i < 10; i++) {
		add(t, "rise", dates[i], 20 + i, -1);	/* +1 a week */
		add(t, "flat", dates[i], 30, -1);
		add(t, "there", dates[i], 50, -1);
		add(t, "nogoal", dates[i], 40, -1);
	}
	T_OK(trend_finish(t, &e) == 0, "goals: trend_finish");
	memset(x, 0, sizeof x);
	for (k = 0; k < 4; k++) {
		x[k].top = -1;
		x[k].goal = -1;
		for (i = 0; i < P_COUNT; i++)
			x[k].ind[i] = -1;
	}
	/* rise: 29 on 2026-03-09, +1 a week: 35 six weeks on (04-20) */
	x[0].goal = 35000;
	x[0].goal_by = 20260501;
	x[1].goal = 31000;
	x[2].goal = 45000;
	T_OK(digest_compute(t, x, &o, &d, &e) == 0, "goals: digest_compute");
	T_OK(d.ngoals == 3, "three members with a goal (%ld)", d.ngoals);
	T_OK(d.m[0].has_goal && d.m[0].proj.status == GOAL_ON_TRACK &&
	    digest_ymd(d.m[0].proj.when) == 20260420,
	    "rise: on track, 35 on 2026-04-20 (%d, %u)", d.m[0].proj.status,
	    (unsigned)digest_ymd(d.m[0].proj.when));
	T_OK(d.m[0].goal == 35 && d.m[0].goal_by == 20260501,
	    "rise: the goal and its day");
	T_OK(d.m[1].proj.status == GOAL_NEVER, "flat: never at this pace (%d)",
	    d.m[1].proj.status);
	T_OK(d.m[2].proj.status == GOAL_REACHED, "there: reached (%d)",
	    d.m[2].proj.status);
	T_OK(!d.m[3].has_goal, "nogoal: no goal");
	T_OK(!d.has_goal, "no team goal");
	digest_free(&d);

	x[0].goal_by = 20260410;
	T_OK(digest_compute(t, x, &o, &d, &e) == 0, "goals: due earlier");
	T_OK(d.m[0].proj.status == GOAL_BEHIND, "rise: due 04-10, behind (%d)",
	    d.m[0].proj.status);
	digest_free(&d);

	o.until = 20260209;	/* the window ends there: 25 then */
	T_OK(digest_compute(t, x, &o, &d, &e) == 0, "goals: --until");
	T_OK(digest_ymd(d.m[0].proj.last) == 20260209 &&
	    d.m[0].proj.level > 24.999 && d.m[0].proj.level < 25.001 &&
	    d.m[0].proj.status == GOAL_BEHIND,
	    "rise: projected from 25 on 02-09, not later figures (%u, %.3f)",
	    (unsigned)digest_ymd(d.m[0].proj.last), d.m[0].proj.level);
	T_OK(d.m[2].proj.status == GOAL_REACHED, "there: reached by then too");
	digest_free(&d);
	trend_free(t);
}

static void
test_days(void)
{
	T_OK(digest_day(19700101) == 0, "1970-01-01 is day 0");
	T_OK(digest_day(20240301) - digest_day(20240228) == 2,
	    "2024 is a leap year");
	T_OK(digest_ymd(digest_day(20261231) + 1) == 20270101,
	    "the day after 2026-12-31");
	T_OK(digest_ymd(digest_day(20260302) - 7) == 20260223, "a week back");
}

int
main(void)
{
	test_week();
	test_member_goals();
	test_days();
	T_DONE();
}
