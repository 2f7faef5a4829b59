/* rank_test.c - ranks with ties, groups, (none), top_pct, averages,
 * --by-official. */
#include <string.h>

#include "ssi/field.h"
#include "ssi/keep.h"
#include "ssi/profile.h"
#include "ssi/rank.h"
#include "ssi/score.h"
#include "t.h"

/* Add a profile with id, name, the field by = gv (NULL: absent) and the
 * given ssi (pillars: ssi split as p0 and the rest over three). */
static int
add(struct rank *r, const char *id, const char *by, const char *gv,
    double ssi, double p0)
{
	struct profile p;
	struct score s;
	struct ssi_err e = { 0 };
	int f = field_lookup(by, strlen(by)), rc, i;

	profile_init(&p);
	profile_set(&p, F_ID, id, strlen(id), VK_STRING, 1, &e);
	profile_set(&p, F_NAME, id, strlen(id), VK_STRING, 1, &e);
	if (gv)
		profile_set(&p, f, gv, strlen(gv), VK_STRING, 1, &e);
	memset(&s, 0, sizeof s);
	s.pillar[0] = p0;
	for (i = 1; i < P_COUNT; i++)
		s.pillar[i] = (ssi - p0) / 3;
	s.ssi = ssi;
	s.ssi_max = 100;
	s.coverage = 1;
	rc = rank_add(r, &p, &s, &e);
	profile_free(&p);
	return rc;
}

static const struct rank_entry *
find(const struct rank *r, const char *id)
{
	long i;

	for (i = 0; i < r->n; i++)
		if (strcmp(r->e[i].id, id) == 0)
			return &r->e[i];
	return NULL;
}

static void
test_ties(void)
{
	struct rank_opts ro = { F_INDUSTRY, NULL, 0, 0 };
	struct rank *r = rank_new(&ro);
	struct ssi_err e = { 0 };
	const struct rank_entry *x;

	add(r, "a", "industry", "Retail", 50.0, 10);
	add(r, "b", "industry", "Retail", 60.004, 10);	/* 60.00 */
	add(r, "c", "industry", "Software", 59.996, 10);	/* 60.00 */
	add(r, "d", "industry", NULL, 40.0, 10);
	add(r, "e", "industry", "Software", 60.006, 10);	/* 60.01 */
	T_OK(rank_finish(r, &e) == 0, "rank_finish");
	T_OK(r->n == 5, "five entries");
	T_STREQ(r->e[0].id, "e", "the best first");
	T_OK(r->e[0].rank == 1, "rank 1");
	T_OK(find(r, "b")->rank == 2 && find(r, "c")->rank == 2,
	    "60.004 and 59.996 are both 60.00: a tie at 2");
	T_OK(strcmp(r->e[1].id, "b") == 0 && strcmp(r->e[2].id, "c") == 0,
	    "ties in input order");
	T_OK(find(r, "a")->rank == 4, "after a tie of two: 4 (1, 2, 2, 4)");
	T_OK(find(r, "d")->rank == 5, "last: 5");
	T_OK(rank_top_pct(find(r, "b")->rank, r->n) == 40, "top_pct 100*2/5");
	T_OK(rank_top_pct(find(r, "d")->rank, r->n) == 100, "last is top 100%%");

	/* groups: Retail a, b; Software c, e; (none) d */
	T_OK(r->ng == 3, "three groups");
	T_STREQ(r->g[2].name, RANK_NONE, "a record without the field: (none)");
	x = find(r, "d");
	T_STREQ(r->g[x->group].name, "(none)", "d in (none)");
	T_OK(x->grank == 1, "alone in its group: 1");
	T_OK(find(r, "b")->grank == 1 && find(r, "a")->grank == 2,
	    "group ranks of Retail");
	T_OK(find(r, "e")->grank == 1 && find(r, "c")->grank == 2,
	    "group ranks of Software");
	T_OK(r->g[0].avg[RV_SSI] == 5500, "Retail average (50.00 + 60.00) / 2");
	T_OK(r->g[1].avg[RV_SSI] == 6001,
	    "Software average (60.00 + 60.01) / 2 = 60.005 -> 60.01 (of the "
	    "2-decimal figures, half away from zero)");
	T_OK(r->order[0] == 1 && r->order[1] == 0 && r->order[2] == 2,
	    "groups by average: Software, Retail, (none)");
	T_OK(r->members[r->g[1].start] == 0 &&
	    r->members[r->g[1].start + 1] == 2,
	    "members of a group in rank order");
	rank_free(r);
}

static void
test_group_ties(void)
{
	struct rank_opts ro = { F_INDUSTRY, NULL, 0, 0 };
	struct rank *r = rank_new(&ro);
	struct ssi_err e = { 0 };

	add(r, "a", "industry", "X", 30, 10);
	add(r, "b", "industry", "X", 30, 10);
	add(r, "c", "industry", "X", 20, 10);
	add(r, "d", "industry", "Y", 30, 10);
	rank_finish(r, &e);
	T_OK(find(r, "a")->rank == 1 && find(r, "b")->rank == 1 &&
	    find(r, "d")->rank == 1 && find(r, "c")->rank == 4,
	    "three tied at 1, then 4");
	T_OK(find(r, "a")->grank == 1 && find(r, "b")->grank == 1 &&
	    find(r, "c")->grank == 3, "in the group: 1, 1, 3");
	T_OK(rank_top_pct(find(r, "c")->grank, r->g[0].n) == 100,
	    "group top_pct of the last: 100");
	T_OK(r->order[0] == 1, "Y (30) before X (26.67)");
	rank_free(r);
}

static void
test_weakest_and_counts(void)
{
	struct rank_opts ro = { field_lookup("connections", 11), NULL, 0, 0 };
	struct rank *r = rank_new(&ro);
	struct ssi_err e = { 0 };

	add(r, "a", "connections", "500", 40, 1);
	add(r, "b", "connections", "500", 40, 20);
	add(r, "c", "connections", NULL, 40, 20);
	rank_finish(r, &e);
	T_OK(find(r, "a")->weak == 0, "weakest pillar: the lowest");
	T_OK(find(r, "b")->weak == 1, "ties: the first in pillar order");
	T_STREQ(r->g[find(r, "a")->group].name, "500",
	    "the group of a count: its decimal value");
	T_STREQ(r->g[find(r, "c")->group].name, "(none)", "absent count");
	T_OK(find(r, "a")->top == -1, "no gain: no top action");
	rank_free(r);
}

static void
test_edges(void)
{
	struct rank_opts ro = { F_INDUSTRY, NULL, 0, 0 };
	struct rank *r = rank_new(&ro);
	struct ssi_err e = { 0 };

	T_OK(rank_top_pct(1, 1) == 100, "top_pct 1 of 1: 100");
	T_OK(rank_top_pct(1, 3) == 34, "top_pct 1 of 3: ceil(33.3) = 34");
	T_OK(rank_top_pct(1, 100) == 1, "top_pct 1 of 100: 1");
	T_OK(rank_top_pct(1, 1000) == 1, "top_pct 1 of 1000: ceil(0.1) = 1");
	T_OK(rank_top_pct(999, 1000) == 100, "top_pct 999 of 1000: 100");
	T_OK(rank_top_pct(10000000, 10000000) == 100, "top_pct at RANK_MAX");
	T_OK(rank_finish(r, &e) == 0 && r->n == 0 && r->ng == 0,
	    "an empty rank finishes");
	T_OK(rank_finish(r, &e) == 0, "finish twice is harmless");
	rank_free(r);
	rank_free(NULL);
	T_OK(keep_cents(12.345) == 1235 && keep_cents(0.005) == 1 &&
	    keep_cents(99.994999) == 9999, "cents: half away from zero");
}

/* Add a member of group "T" with an estimate and official_ssi in
 * thousandths (< 0: none). */
static void
add_off(struct rank *r, const char *id, double ssi, long off)
{
	struct profile p;
	struct score s;
	struct ssi_err e = { 0 };

	profile_init(&p);
	profile_set(&p, F_ID, id, strlen(id), VK_STRING, 1, &e);
	profile_set(&p, F_INDUSTRY, "T", 1, VK_STRING, 1, &e);
	if (off >= 0) {
		p.num[F_OFFICIAL_SSI] = off;
		p.have |= (uint64_t)1 << F_OFFICIAL_SSI;
	}
	memset(&s, 0, sizeof s);
	s.ssi = ssi;
	rank_add(r, &p, &s, &e);
	profile_free(&p);
}

static void
test_by_official(void)
{
	struct rank_opts ro = { F_INDUSTRY, NULL, 1, 0 };
	struct rank *r = rank_new(&ro);
	struct ssi_err e = { 0 };

	add_off(r, "a", 90, -1);
	add_off(r, "b", 10, 47000);
	add_off(r, "c", 20, 61500);
	add_off(r, "d", 30, 47000);
	add_off(r, "e", 80, -1);
	T_OK(rank_finish(r, &e) == 0, "finishes");
	T_OK(strcmp(r->e[0].id, "c") == 0 && r->e[0].rank == 1,
	    "ranked by official_ssi, not the estimate");
	T_OK(r->e[1].rank == 2 && r->e[2].rank == 2 &&
	    strcmp(r->e[1].id, "b") == 0, "equal official figures share a rank");
	T_OK(strcmp(r->e[3].id, "a") == 0 && strcmp(r->e[4].id, "e") == 0 &&
	    r->e[3].rank == 0 && r->e[4].grank == 0,
	    "without official_ssi: last, input order, unranked");
	T_OK(r->nranked == 3 && r->g[0].ranked == 3 &&
	    rank_top_pct(r->e[2].rank, r->nranked) == 67,
	    "top %% of the ranked only");
	rank_free(r);
}

/* Add id in group gv dated as_of (NULL: none) at stream position pos. */
static void
add_dated(struct rank *r, const char *id, const char *gv, const char *as_of,
    long pos, double ssi)
{
	struct profile p;
	struct score s;
	struct ssi_err e = { 0 };

	profile_init(&p);
	profile_set(&p, F_ID, id, strlen(id), VK_STRING, 1, &e);
	profile_set(&p, F_INDUSTRY, gv, strlen(gv), VK_STRING, 1, &e);
	if (as_of)
		profile_set(&p, F_AS_OF, as_of, strlen(as_of), VK_STRING, 1, &e);
	p.position = pos;
	memset(&s, 0, sizeof s);
	s.ssi = ssi;
	rank_add(r, &p, &s, &e);
	profile_free(&p);
}

static void
test_latest(void)
{
	struct rank_opts ro = { F_INDUSTRY, NULL, 0, 1 };
	struct rank *r = rank_new(&ro);
	struct ssi_err e = { 0 };

	add_dated(r, "a", "Old", "2026-02-01", 1, 10);	/* set aside */
	add_dated(r, "b", "T", NULL, 2, 50);		/* older than dated */
	add_dated(r, "c", "T", NULL, 3, 20);		/* set aside */
	add_dated(r, "b", "T", "2026-01-01", 4, 30);
	add_dated(r, "c", "T", NULL, 5, 30);		/* the last undated */
	add_dated(r, "a", "T", "2026-03-01", 6, 40);
	T_OK(rank_finish(r, &e) == 0, "finishes");
	T_OK(r->n == 3 && r->aside == 3 && r->aside_members == 3,
	    "3 older snapshots of 3 members set aside");
	T_OK(strcmp(r->e[0].id, "a") == 0 && r->e[0].v[RV_SSI] == 4000,
	    "a by its latest as_of");
	T_OK(r->e[1].idx == 3 && r->e[2].idx == 4 && r->e[1].rank == 2 &&
	    r->e[2].rank == 2, "b dated over undated; c the last undated; "
	    "ties in input order (positions)");
	T_OK(r->ng == 1 && strcmp(r->g[0].name, "T") == 0 && r->g[0].n == 3,
	    "a group left empty disappears");
	rank_free(r);
}

int
main(void)
{
	test_ties();
	test_group_ties();
	test_weakest_and_counts();
	test_edges();
	test_by_official();
	test_latest();
	T_DONE();
}
