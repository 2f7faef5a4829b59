/*
 * rank.h - ranking scored profiles by ssi, overall and within groups (ssi
 * rank).  The library half of the command: no output here (the writers
 * are in rank_out.h).
 *
 * Ranking needs every score before the first row, so a rank keeps one
 * small entry per profile: the figures rounded to cents and the three
 * texts the writers show (id, name, industry), never the profile record;
 * at most RANK_MAX profiles.
 *
 * Rules:
 *  - ranks compare ssi rounded to 2 decimals (what CSV and JSON show):
 *    equal figures share a rank (1, 2, 2, 4); among ties, input order;
 *  - a record without the `by` field belongs to the group "(none)"; the
 *    group of a count is its decimal value, of a flag "true" or "false";
 *  - top_pct = ceil(100 * rank / n), in the whole or in the group;
 *  - a group's averages are of the 2-decimal figures, in cents, half away
 *    from zero; groups are ordered by average ssi (highest first; ties in
 *    order of first appearance);
 *  - the weakest pillar is the lowest score (ties: pillar order); the
 *    coaching action is the member's first top action;
 *  - with by_official (ssi.7 OFFICIAL FIGURES), ranks compare official_ssi (exact,
 *    in thousandths) instead of the estimate; records without it come
 *    last, in input order, unranked (rank and grank 0), and top_pct counts
 *    only the ranked (nranked, a group's ranked); groups keep their order
 *    and averages by the estimate, and have beside them the average
 *    official_ssi of their members that have one (off_avg);
 *  - with latest (ssi.7 LINKEDIN DATA EXPORT), each id is ranked once, by its latest
 *    snapshot: the latest as_of, records without as_of older than any
 *    dated one, and among equal dates the last in input order; the others
 *    are left out (aside), and a group left empty disappears;
 *  - input order is the record's position in the input stream
 *    (p->position) when it has one, else the order of rank_add.
 */
#ifndef SSI_RANK_H
#define SSI_RANK_H

#include <stdint.h>
#include "ssi/err.h"
#include "ssi/profile.h"
#include "ssi/score.h"
#include "ssi/strtab.h"

#define RANK_MAX 10000000L
#define RANK_NONE "(none)"

/* The figures of an entry, in cents: the pillars, then these. */
enum { RV_SSI = P_COUNT, RV_MAX, RV_COV, RV_COUNT };

struct rank_entry {
	const char *id, *name, *industry;	/* NULL when absent */
	int32_t v[RV_COUNT];
	int32_t idx;		/* input order, 0-based */
	int32_t group;		/* index into groups */
	int32_t rank, grank;	/* overall, within the group (rank_finish) */
	signed char top;	/* key of the first top action, -1 none */
	signed char weak;	/* the weakest pillar */
	signed char has_off;	/* official_ssi present */
	int32_t off;		/* official_ssi, thousandths */
	uint32_t date;		/* as_of as YYYYMMDD, 0 when absent */
};

struct rank_group {
	const char *name;
	long n;				/* members */
	long long sum[RV_SSI + 1];	/* cents: pillars and ssi */
	int32_t avg[RV_SSI + 1];	/* cents (rank_finish) */
	long start;			/* members[start .. start + n) */
	long ranked;			/* members with a rank */
	long noff;			/* members with official_ssi */
	long long off_sum;		/* their official_ssi, thousandths */
	int32_t off_avg;		/* its average, thousandths, half
					 * away from zero; 0 when noff is 0
					 * (rank_finish) */
	long seen, last_rank;		/* private, while ranking */
	int32_t last_v;
};

/* Everything public is read-only for the caller; owned by the rank. */
struct rank {
	int by;				/* field id of the groups, or -1:
					 * the column of your own by_name */
	char by_name[160];		/* the field's or the column's name
					 * (rank_by_shown) */
	struct rank_entry *e;		/* n entries; rank order after finish */
	long n;
	long nranked;			/* entries with a rank (finish) */
	int by_official;		/* rank_opts' */
	int latest;			/* rank_opts' */
	long aside, aside_members;	/* after finish with latest: the
					 * older snapshots left out, of how
					 * many members */
	struct rank_group *g;		/* ng groups, in order of appearance */
	long ng;
	long *order;			/* after finish: groups, best first */
	int32_t *members;		/* after finish: per group, entries
					 * (indexes into e) in rank order */
	/* private */
	long cap, gcap;
	int finished;
	struct strtab st;		/* kept texts; index of group names */
	struct strtab ind;		/* index of industries (kept once) */
};

/* How a rank ranks. */
struct rank_opts {
	int by;			/* the field id of the groups, or -1: */
	const char *by_name;	/* the column of your own so called */
	int by_official;	/* rank by official_ssi (ssi.7 OFFICIAL FIGURES) */
	int latest;		/* each id once, by its latest snapshot */
};

/* A new, empty rank; NULL when out of memory. */
struct rank *rank_new(const struct rank_opts *o);
/*
 * Add profile p scored s.  Returns 0, or -1 with e when past RANK_MAX
 * (e->msg only: the position stays what the caller put in e) or out of
 * memory (no position); the rank then only accepts rank_free.
 */
int rank_add(struct rank *r, const struct profile *p, const struct score *s,
    struct ssi_err *e);
/* Sort and rank; 0, or -1 with e when out of memory.  Once. */
int rank_finish(struct rank *r, struct ssi_err *e);
/* After finish, grouped by a column of your own: name it as an input
 * wrote it ("Equipo" for --by equipo) in by_name, which the writers show.
 * Nothing for a field or a NULL name. */
void rank_by_shown(struct rank *r, const char *name);
/*
 * The group of p by field `by` (or, when by < 0, by its column of your own
 * by_name), as rank and trend --by group it: the text of a text or date
 * field, "true"/"false" for a flag, the decimal value of a count (written
 * into num[sz]), RANK_NONE when p has no such value; its length in *n.
 */
const char *rank_group_of(const struct profile *p, int by, const char *by_name,
    char *num, size_t sz, size_t *n);
/* ceil(100 * rank / n); 0 when n is 0. */
long rank_top_pct(long rank, long n);
/* Release r and every string it gave; NULL is fine. */
void rank_free(struct rank *r);

#endif
