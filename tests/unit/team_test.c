/* team_test.c - the team over time: averages and counts per date,
 * improvers and decliners with their ties, repeated dates. */
#include <string.h>

#include "core/team.h"
#include "ssi/profile.h"
#include "ssi/score.h"
#include "ssi/trend.h"
#include "t.h"

/* Add a snapshot of id at as_of with index ssi and pillar brand. */
static void
add(struct trend *t, const char *id, const char *as_of, double ssi,
    double brand)
{
	struct ssi_err e = { 0 };
	struct profile p;
	struct score s;

	profile_init(&p);
	profile_set(&p, F_ID, id, strlen(id), VK_STRING, 1, &e);
	profile_set(&p, F_AS_OF, as_of, strlen(as_of), VK_STRING, 1, &e);
	memset(&s, 0, sizeof s);
	s.ssi = ssi;
	s.coverage = 1;	/* data: an estimate (coverage 0 has none) */
	s.pillar[P_BRAND] = brand;
	trend_add(t, &p, &s, "t.jsonl", 1, &e);
	profile_free(&p);
}

static const char *
mover_id(const struct trend *t, const struct team_mover *mv)
{
	return t->m[mv->member].id;
}

static void
test_averages(void)
{
	struct trend *t = trend_new();
	struct ssi_err e = { 0 };
	struct team tm;

	add(t, "ana", "2024-01-07", 40.00, 10.00);
	add(t, "bo", "2024-01-07", 50.01, 11.00);
	add(t, "cy", "2024-01-14", 30.00, 12.00);
	add(t, "ana", "2024-01-14", 41.00, 10.50);
	add(t, "bo", "2024-01-21", 49.00, 11.00);
	add(t, "ana", "2024-01-21", 45.00, 10.00);
	add(t, "cy", "2024-01-21", 31.00, 12.01);
	T_OK(trend_finish(t, &e) == 0, "finish");
	T_OK(team_compute(t, &tm, &e) == 0, "team_compute");
	T_OK(tm.nd == 3, "3 dates (%ld)", tm.nd);
	T_OK(tm.d[0].date == 20240107 && tm.d[1].date == 20240114 &&
	    tm.d[2].date == 20240121, "dates oldest first");
	T_OK(tm.d[0].members == 2 && tm.d[1].members == 2 &&
	    tm.d[2].members == 3, "members per date: 2, 2, 3");
	T_OK(tm.d[0].avg[TV_SSI] == 4501, "(40.00 + 50.01) / 2 = 45.005 -> "
	    "45.01, half away from zero (%d)", tm.d[0].avg[TV_SSI]);
	T_OK(tm.d[1].avg[TV_SSI] == 3550, "(30 + 41) / 2 = 35.50");
	T_OK(tm.d[2].avg[TV_SSI] == 4167, "(49 + 45 + 31) / 3 = 41.666 -> "
	    "41.67 (%d)", tm.d[2].avg[TV_SSI]);
	T_OK(tm.d[2].avg[P_BRAND] == 1100, "pillars averaged too: (11 + 10 "
	    "+ 12.01) / 3 = 11.003 -> 11.00 (%d)", tm.d[2].avg[P_BRAND]);
	T_OK(tm.d[1].avg[P_BRAND] == 1125, "(12 + 10.5) / 2 = 11.25");
	/* ana +5, bo -1.01, cy +1 */
	T_OK(tm.nup == 2 && tm.ndown == 1, "2 improvers, 1 decliner");
	T_STREQ(mover_id(t, &tm.up[0]), "ana", "ana rose most");
	T_OK(tm.up[0].change == 500, "by 5.00");
	T_OK(t->s[tm.up[0].first].date == 20240107 &&
	    t->s[tm.up[0].last].date == 20240121, "from first to last date");
	T_STREQ(mover_id(t, &tm.up[1]), "cy", "then cy");
	T_STREQ(mover_id(t, &tm.down[0]), "bo", "bo fell");
	T_OK(tm.down[0].change == -101, "by 1.01");
	team_free(&tm);
	T_OK(tm.d == NULL && tm.nd == 0, "team_free clears");
	team_free(&tm);
	trend_free(t);
}

static void
test_ties(void)
{
	struct trend *t = trend_new();
	struct ssi_err e = { 0 };
	struct team tm;

	/* five rise by 2, one by 3, one does not move, two fall by 1, three
	 * by 4; ids out of order */
	add(t, "eve", "2024-01-01", 10, 0);
	add(t, "eve", "2024-02-01", 12, 0);
	add(t, "bob", "2024-01-01", 10, 0);
	add(t, "bob", "2024-02-01", 12, 0);
	add(t, "zed", "2024-01-01", 10, 0);
	add(t, "zed", "2024-02-01", 12, 0);
	add(t, "al", "2024-01-01", 10, 0);
	add(t, "al", "2024-02-01", 12, 0);
	add(t, "dan", "2024-01-01", 10, 0);
	add(t, "dan", "2024-02-01", 12, 0);
	add(t, "max", "2024-01-15", 10, 0);
	add(t, "max", "2024-02-01", 13, 0);
	add(t, "flat", "2024-01-01", 10, 0);
	add(t, "flat", "2024-02-01", 10, 0);
	add(t, "one", "2024-02-01", 90, 0);
	add(t, "q", "2024-01-01", 10, 0);
	add(t, "q", "2024-02-01", 9, 0);
	add(t, "p", "2024-01-01", 10, 0);
	add(t, "p", "2024-02-01", 9, 0);
	add(t, "y", "2024-01-01", 10, 0);
	add(t, "y", "2024-02-01", 6, 0);
	add(t, "x", "2024-01-01", 10, 0);
	add(t, "x", "2024-02-01", 6, 0);
	add(t, "w", "2024-01-01", 10, 0);
	add(t, "w", "2024-02-01", 6, 0);
	T_OK(trend_finish(t, &e) == 0, "finish");
	T_OK(team_compute(t, &tm, &e) == 0, "team_compute");
	T_OK(tm.nup == 3 && tm.ndown == 3, "3 and 3");
	T_STREQ(mover_id(t, &tm.up[0]), "max", "the largest rise first, "
	    "whatever its first date");
	T_STREQ(mover_id(t, &tm.up[1]), "al", "ties of +2 by id: al");
	T_STREQ(mover_id(t, &tm.up[2]), "bob", "then bob (dan, eve, zed left "
	    "out)");
	T_STREQ(mover_id(t, &tm.down[0]), "w", "the largest fall first, ties "
	    "by id: w");
	T_STREQ(mover_id(t, &tm.down[1]), "x", "x");
	T_STREQ(mover_id(t, &tm.down[2]), "y", "y (p, q left out)");
	T_OK(tm.d[0].members == 11 && tm.d[1].members == 1 &&
	    tm.d[2].members == 13, "counts 11, 1, 13");
	team_free(&tm);
	trend_free(t);
}

static void
test_same_date_and_empty(void)
{
	struct trend *t = trend_new();
	struct ssi_err e = { 0 };
	struct team tm;

	add(t, "ana", "2024-01-01", 10, 0);
	add(t, "ana", "2024-01-01", 20, 0);	/* same date: this one counts */
	add(t, "ana", "2024-02-01", 25, 0);
	add(t, "bo", "2024-03-01", 50, 0);
	add(t, "bo", "2024-03-01", 40, 0);	/* one date only: no change */
	T_OK(trend_finish(t, &e) == 0, "finish");
	T_OK(team_compute(t, &tm, &e) == 0, "team_compute");
	T_OK(tm.nd == 3 && tm.d[0].members == 1 &&
	    tm.d[0].avg[TV_SSI] == 2000, "a member counts once per date, "
	    "by its last snapshot of that date (%ld, %d)", tm.d[0].members,
	    tm.d[0].avg[TV_SSI]);
	T_OK(tm.d[2].members == 1 && tm.d[2].avg[TV_SSI] == 4000,
	    "bo once on 2024-03-01, its later record");
	T_OK(tm.nup == 1 && tm.up[0].change == 500, "ana +5 from the last "
	    "of her first date (%d)", tm.nup ? tm.up[0].change : 0);
	T_OK(tm.ndown == 0, "bo has one date: no change");
	team_free(&tm);
	trend_free(t);

	t = trend_new();
	T_OK(trend_finish(t, &e) == 0, "finish an empty trend");
	T_OK(team_compute(t, &tm, &e) == 0 && tm.nd == 0 && tm.nup == 0 &&
	    tm.ndown == 0, "an empty team");
	team_free(&tm);
	trend_free(t);
}

/* A snapshot without an estimate (coverage 0: official figures only). */
static void
add_nodata(struct trend *t, const char *id, const char *as_of)
{
	struct ssi_err e = { 0 };
	struct profile p;
	struct score s;

	profile_init(&p);
	profile_set(&p, F_ID, id, strlen(id), VK_STRING, 1, &e);
	profile_set(&p, F_AS_OF, as_of, strlen(as_of), VK_STRING, 1, &e);
	memset(&s, 0, sizeof s);
	trend_add(t, &p, &s, "t.jsonl", 1, &e);
	profile_free(&p);
}

static void
test_no_estimate(void)
{
	struct trend *t = trend_new();
	struct ssi_err e = { 0 };
	struct team tm;

	add(t, "ana", "2024-01-07", 40.00, 10.00);
	add_nodata(t, "bo", "2024-01-07");
	add_nodata(t, "ana", "2024-01-14");
	add_nodata(t, "bo", "2024-01-14");
	add(t, "ana", "2024-01-21", 44.00, 10.00);
	add_nodata(t, "bo", "2024-01-21");
	T_OK(trend_finish(t, &e) == 0, "finish");
	T_OK(team_compute(t, &tm, &e) == 0, "team_compute");
	T_OK(tm.nd == 3, "3 dates (%ld)", tm.nd);
	T_OK(tm.d[0].members == 1 && tm.d[0].nodata == 1 &&
	    tm.d[0].avg[TV_SSI] == 4000, "bo left out of 2024-01-07's average "
	    "(%ld, %ld, %d)", tm.d[0].members, tm.d[0].nodata,
	    tm.d[0].avg[TV_SSI]);
	T_OK(tm.d[1].members == 0 && tm.d[1].nodata == 2 &&
	    tm.d[1].avg[TV_SSI] == 0, "nobody with an estimate on 2024-01-14");
	T_OK(tm.nup == 1 && tm.up[0].change == 400 && tm.ndown == 0,
	    "ana +4 between her estimates; bo no mover");
	T_OK(t->s[tm.up[0].last].date == 20240121 &&
	    t->s[tm.up[0].first].date == 20240107, "ana's ends have data");
	team_free(&tm);
	trend_free(t);
}

int
main(void)
{
	test_no_estimate();
	test_averages();
	test_ties();
	test_same_date_and_empty();
	T_DONE();
}
