/*
 * team.h - the team over time (ssi.7 LINKEDIN DATA EXPORT): from a
 * finished trend, per date the team's average index and pillars over the
 * members that have a snapshot on that date, and how many they are; the
 * top improvers and decliners between each member's first and last
 * snapshot.  The library half of trend's team part, no output here (the
 * writers are in trend_out.c and html_trend.c).
 *
 * Rules:
 *  - a member counts once per date: when it has several snapshots of one
 *    date, the last of them in input order (as later values win when
 *    snapshots merge);
 *  - a snapshot without an estimate (coverage 0) is left out of the
 *    averages and counted apart (nodata), and out of the movers;
 *  - averages are of the 2-decimal figures, rounded to 2 decimals half
 *    away from zero;
 *  - a member's change is the index of its latest date minus that of its
 *    earliest date (the same rule for both ends); members with one date
 *    have none;
 *  - improvers: the TEAM_MOVERS largest positive changes, ties by id (byte
 *    order); decliners: the TEAM_MOVERS most negative, ties by id.  A
 *    member whose index did not move is neither.
 */
#ifndef SSI_TEAM_H
#define SSI_TEAM_H

#include <stdint.h>
#include "ssi/err.h"
#include "ssi/trend.h"

#define TEAM_MOVERS 3

/* One date of the team. */
struct team_date {
	uint32_t date;		/* YYYYMMDD */
	long members;		/* members with an estimate that day */
	long nodata;		/* members whose snapshot of that day has
				 * no estimate (official figures only): left
				 * out of the averages; avg is 0 when
				 * members is 0 */
	int32_t avg[TV_COUNT];	/* cents: the pillars, then the index */
};

/* A member that moved. */
struct team_mover {
	long member;		/* index into the trend's m */
	long first, last;	/* its snapshots (indexes into the trend's s)
				 * of its earliest and latest date */
	int32_t change;		/* cents: index of last - index of first */
};

struct team {
	struct team_date *d;	/* nd dates, oldest first */
	long nd;
	struct team_mover up[TEAM_MOVERS];	/* improvers, largest first */
	int nup;
	struct team_mover down[TEAM_MOVERS];	/* decliners, largest fall
						 * first */
	int ndown;
};

/*
 * The team of t (finished, not changed while the team is used) into tm.
 * 0, or -1 with e when out of memory (tm then needs no team_free).
 */
int team_compute(const struct trend *t, struct team *tm, struct ssi_err *e);
/* The same for the members of group `group` of t alone (trend.h,
 * trend_by); group -1: every member, as team_compute. */
int team_compute_group(const struct trend *t, long group, struct team *tm,
    struct ssi_err *e);
/* Release what team_compute gave; a zeroed team is fine. */
void team_free(struct team *tm);

#endif
