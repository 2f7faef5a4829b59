/*
 * trend.h - the same profiles across dated snapshots (ssi trend): records
 * grouped by id, ordered by as_of, with the changes between snapshots.
 * The library half of the command: no output here (the writers are in
 * trend_out.h).
 *
 * Every snapshot must be read before the first member is written (a
 * member's snapshots may be spread over many files), so a trend keeps one
 * small entry per snapshot (figures in cents, the date, where it came
 * from) and one per member (id, name), never the profile records; at most
 * TREND_MAX snapshots.
 *
 * Rules:
 *  - a record without as_of is refused (the caller counts it as rejected);
 *  - members in order of first appearance; a member's name is the one of
 *    its latest snapshot that has a name;
 *  - records of one id and one as_of are one snapshot: the caller merges
 *    them before scoring (merge.h), so each is added once;
 *  - changes are differences of the 2-decimal figures;
 *  - the official figures (official.h) of a snapshot are kept beside the
 *    estimate's, in thousandths; every change between consecutive
 *    snapshots of a series (estimate and official, index and each pillar)
 *    is labelled up, down or flat by the XmR rule (change.h), a series
 *    skipping the snapshots where its figure is missing;
 *  - a snapshot whose estimate has no data at all (coverage 0: a reading
 *    of official figures only) has no estimate: nodata is set, and the
 *    estimate's series skip it as a missing figure;
 *  - with groups (trend_by, ssi trend --by), a member belongs to the group
 *    its latest snapshot with a value of the field names (rank_group_of,
 *    rank.h), "(none)" when no snapshot has one; each group has the team
 *    part of its members alone (team.h), and groups are ordered by the
 *    average index of their latest date, highest first (ties in order of
 *    first appearance).
 */
#ifndef SSI_TREND_H
#define SSI_TREND_H

#include <stdint.h>
#include "ssi/change.h"
#include "ssi/err.h"
#include "ssi/profile.h"
#include "ssi/score.h"
#include "ssi/strtab.h"

#define TREND_MAX 10000000L

struct team;

/* The figures of a snapshot, in cents: the pillars, then the index. */
enum { TV_SSI = P_COUNT, TV_COUNT };

struct trend_snap {
	int32_t v[TV_COUNT];
	uint32_t member;	/* index into m */
	uint32_t date;		/* YYYYMMDD */
	uint32_t idx;		/* input order */
	uint32_t file;		/* index into files */
	long line;
	int32_t off[TV_COUNT];	/* official figures, thousandths */
	unsigned char ohas;	/* bit k: off[k] present */
	unsigned char nodata;	/* coverage 0 (official figures only): no
				 * estimate, v[] meaningless (ssi.7 OFFICIAL FIGURES) */
	/* after finish: enum change of each series since the member's
	 * previous snapshot (CH_NONE: first, or the figure missing) */
	unsigned char ch[TV_COUNT], och[TV_COUNT];
};

/* The official field of figure k (the pillars, then official_ssi). */
int trend_official_field(int k);

/* official_ssi of snapshot s in thousandths, -1 when absent. */
/* The snapshot before sn of its member (s[first] onwards) that has an
 * estimate, or NULL. */
const struct trend_snap *trend_prev_data(const struct trend_snap *sn,
    const struct trend_snap *first);
static inline int32_t
trend_off(const struct trend_snap *s)
{
	return (s->ohas >> TV_SSI) & 1 ? s->off[TV_SSI] : -1;
}

struct trend_member {
	const char *id, *name;	/* name NULL when no snapshot has one */
	uint32_t name_date;	/* date of the snapshot the name comes from */
	long group;		/* with groups: index into g, else -1 */
	uint32_t group_date;	/* date of the snapshot the group comes from */
	long first, n;		/* after finish: s[first .. first + n) */
};

/* A group of members (trend_by), after finish. */
struct trend_group {
	const char *name;	/* its value, or RANK_NONE (rank.h) */
	long members;
	struct team *team;	/* the team part of its members alone */
};

/* Everything public is read-only for the caller; owned by the trend. */
struct trend {
	struct trend_snap *s;	/* n snapshots; after finish by member
				 * (order of appearance), then date, then
				 * input order */
	long n;
	struct trend_member *m;	/* nm members, in order of appearance */
	long nm;
	const char **files;	/* the input names seen */
	long nfiles;
	int official;		/* some snapshot has an official figure */
	struct team *team;	/* after finish: the team over time (team.h),
				 * computed once here, not by the writers */
	int by;			/* with groups: the field of the groups, or
				 * -1: the column of your own by_name */
	char by_name[160];	/* the field's or the column's name; "" when
				 * there are no groups (trend_by_shown) */
	struct trend_group *g;	/* ng groups (with groups), in order of
				 * appearance */
	long ng;
	long *order;		/* after finish: the groups, best first */
	/* private */
	long cap, mcap, fcap, gcap;
	int finished;
	struct strtab st;	/* kept texts; index of member ids */
	struct strtab gt;	/* index of group names */
};

/* A new, empty trend; NULL when out of memory. */
struct trend *trend_new(void);
/* Group the members by field `by`, or when by < 0 by their column of your
 * own by_name (rank_group_of): before the first trend_add. */
void trend_by(struct trend *t, int by, const char *by_name);
/* After finish, grouped by a column of your own: name it as an input
 * wrote it in by_name, which the writers show (as rank_by_shown). */
void trend_by_shown(struct trend *t, const char *name);
/*
 * Add profile p scored s, read at file:line (file as the caller names the
 * input, copied).  Returns 0; 1 when the record has no as_of (e says so,
 * with the position: the caller rejects it); -1 with e when past
 * TREND_MAX (with the position) or out of memory (without): the trend
 * then only accepts trend_free.
 */
int trend_add(struct trend *t, const struct profile *p, const struct score *s,
    const char *file, long line, struct ssi_err *e);
/* 0, or -1 with e ("as_of is missing: ssi trend needs dated records",
 * no position) when p cannot be a snapshot of a trend. */
int trend_check(const struct profile *p, struct ssi_err *e);
/* Order the snapshots, label the changes, compute the team; 0, or -1 with
 * e when out of memory.  Once. */
int trend_finish(struct trend *t, struct ssi_err *e);
/* Release t and every string it gave; NULL is fine. */
void trend_free(struct trend *t);

#endif
