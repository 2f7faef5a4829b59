/*
 * digest.h - the week of a team (ssi digest): from a finished trend, the
 * period, the team's average index at its start and end with the change
 * and its real-change label, who moved for real, who has stalled, whose
 * official figures are stale, each member's weakest pillar against the
 * team's average and the team's goal projected (goal.h).  The library half
 * of the command: no output here (the writers are in digest_out.c).
 *
 * Rules (doc/architecture.md, "The digest"):
 *  - the period is (since, until]: until is --until or the latest date of
 *    the data, since is --since or until - 7 days;
 *  - a member's figures "now" are those of its latest snapshot at or
 *    before until, "at the start" those of its latest at or before since;
 *    the team's averages are over the members that have such a snapshot
 *    (estimate: every one; official: those with an official index), the
 *    2-decimal figures averaged and rounded half away from zero;
 *  - the team's change is labelled by change_label (change.h) with the
 *    moving ranges of the team's average index per date up to since;
 *  - moved: a member with an up or down label (change.h) on its index or
 *    a pillar, estimate or official, on a snapshot dated in the period;
 *    largest first by the index's change over the period (estimate, then
 *    official), ties by id;
 *  - stalled: a member with a snapshot at or before until - 7 x weeks and
 *    one after it, and no up label on its index (estimate or official) on
 *    any snapshot after it; in order of appearance;
 *  - stale: when the data has official figures, a member whose latest
 *    official index at or before until is more than stale_days old, or
 *    who has none; the oldest first, ties in order of appearance;
 *  - weakest pillar: the pillar with the lowest ratio of the member's
 *    figure to the reference average of that pillar (the industry's, when
 *    the member's latest record gives one, else the team's); none when
 *    every reference is 0;
 *  - the goal: the team's average index per date projected (goal.h) to
 *    reach goal by goal_by;
 *  - a member's goal (the goal and goal_date fields of the latest of its
 *    records that has a goal): its own index (the estimate, as shown) per
 *    snapshot up to until projected the same way.
 */
#ifndef SSI_DIGEST_H
#define SSI_DIGEST_H

#include <stdint.h>
#include "ssi/change.h"
#include "ssi/err.h"
#include "ssi/goal.h"
#include "ssi/trend.h"

#define DIGEST_PERIOD 7		/* days of the default period */
#define DIGEST_STALLED 4	/* weeks without an up: stalled */
#define DIGEST_STALE 14		/* days without an official reading */

struct digest_opts {
	uint32_t since, until;	/* YYYYMMDD, 0: the default */
	int stalled_weeks;	/* 0: DIGEST_STALLED */
	int stale_days;		/* -1: DIGEST_STALE */
	double goal;		/* the team's goal; < 0: none */
	uint32_t goal_by;	/* YYYYMMDD, 0: none */
};

/* What the caller knows of a member's latest record beyond the trend
 * (cmd_digest keeps it as the snapshots are read). */
struct digest_extra {
	int top;		/* key of the top action, -1: none */
	int32_t ind[P_COUNT];	/* industry's pillar averages, cents; -1:
				 * not recorded */
	uint32_t date;		/* the record's date (the latest wins) */
	int32_t goal;		/* the member's goal, thousandths; -1: none */
	uint32_t goal_by;	/* YYYYMMDD, 0: no goal_date */
	uint32_t goal_at;	/* the date of the record that gave them */
};

struct digest_member {
	long member;		/* index into the trend's m */
	long now, start;	/* snapshots (indexes into s), -1: none */
	int32_t change;		/* cents: index now - at the start */
	int32_t ochange;	/* thousandths: official index, the same */
	int has_ochange;
	/* bit k: series k (TV_*) labelled up / down in the period; bit
	 * TV_COUNT + k: the official series k */
	unsigned up, down;
	int32_t stale_days;	/* days since the latest official index, -1:
				 * none */
	int weakest;		/* pillar, -1: none */
	int weak_industry;	/* the reference is the industry's */
	double weak_ratio;	/* the member's figure / the reference */
	int32_t weak_ref;	/* the reference, cents */
	int top;		/* key of the top action, -1: none */
	int has_goal;		/* the member has a goal: */
	double goal;		/* its value (index points) */
	uint32_t goal_by;	/* YYYYMMDD, 0: none */
	struct goal_proj proj;	/* its own index projected */
};

struct digest_avg {
	long n;			/* members covered */
	int32_t v;		/* cents (estimate) or thousandths (official) */
};

struct digest {
	const struct trend *t;
	uint32_t since, until;	/* YYYYMMDD */
	int stalled_weeks, stale_days;
	int official;		/* the data has official figures */
	struct digest_avg est[2], off[2];	/* [0] at the start, [1] now */
	int32_t pillar_avg[P_COUNT];	/* cents, now */
	int label, olabel;	/* enum change of the team's change */
	struct digest_member *m;	/* nm, in the trend's order */
	long nm;
	long *moved, nmoved;	/* indexes into m, in their order */
	long *stalled, nstalled;
	long *stale, nstale;
	long ngoals;		/* members with a goal */
	int has_goal;
	double goal;
	uint32_t goal_by;
	struct goal_proj proj;
	long hidden_avg;	/* digest_view: the team's averages (and the
				 * goal) hidden, as they cover fewer than this
				 * many members; 0: shown */
};

/*
 * The digest of t (finished) into d with the options o; extra (NULL or
 * t->nm entries) what the caller kept of each member.  0, or -1 with e
 * when out of memory (d then needs no digest_free).
 */
int digest_compute(const struct trend *t, const struct digest_extra *extra,
    const struct digest_opts *o, struct digest *d, struct ssi_err *e);
void digest_free(struct digest *d);
/*
 * What a digest shows (ssi.7 PRIVACY), after digest_compute: with
 * min_group > 1, when an average of the team (estimate or official, at
 * the start or now) covers fewer than min_group members, hidden_avg is
 * set to min_group and the goal is dropped (the writers say "fewer than N
 * members"); with only >= 0 (an index into the trend's m), the lists hold
 * that member alone and every other member's now is -1 (not listed).
 */
void digest_view(struct digest *d, long only, long min_group);

/* Days since 1970-01-01 of a date YYYYMMDD, and back. */
int32_t digest_day(uint32_t ymd);
uint32_t digest_ymd(int32_t day);

#endif
