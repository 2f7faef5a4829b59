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
 *  - the same id with the same as_of twice: both kept, in input order; the
 *    second one is listed in dups (trend_dup_err words the warning);
 *  - changes are differences of the 2-decimal figures.
 */
#ifndef SSI_TREND_H
#define SSI_TREND_H

#include <stdint.h>
#include "err.h"
#include "profile.h"
#include "score.h"
#include "strtab.h"

#define TREND_MAX 10000000L

/* The figures of a snapshot, in cents: the pillars, then the index. */
enum { TV_SSI = P_COUNT, TV_COUNT };

struct trend_snap {
	int32_t v[TV_COUNT];
	int32_t off;		/* official_ssi in thousandths (official.h),
				 * -1 when absent */
	uint32_t member;	/* index into m */
	uint32_t date;		/* YYYYMMDD */
	uint32_t idx;		/* input order */
	uint32_t file;		/* index into files */
	long line;
};

struct trend_member {
	const char *id, *name;	/* name NULL when no snapshot has one */
	uint32_t name_date;	/* date of the snapshot the name comes from */
	long first, n;		/* after finish: s[first .. first + n) */
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
	long *dups;		/* after finish: snapshots (indexes into s)
				 * dated as the one before them */
	long ndups;
	/* private */
	long cap, mcap, fcap, dcap;
	int finished;
	struct strtab st;	/* kept texts; index of member ids */
};

/* A new, empty trend; NULL when out of memory. */
struct trend *trend_new(void);
/*
 * Add profile p scored s, read at file:line (file as the caller names the
 * input, copied).  Returns 0; 1 when the record has no as_of (e says so,
 * with the position: the caller rejects it); -1 with e when past
 * TREND_MAX (with the position) or out of memory (without): the trend
 * then only accepts trend_free.
 */
int trend_add(struct trend *t, const struct profile *p, const struct score *s,
    const char *file, long line, struct ssi_err *e);
/* Order the snapshots, find the repeated dates; 0, or -1 with e when out
 * of memory.  Once. */
int trend_finish(struct trend *t, struct ssi_err *e);
/* The warning about dups[i], with the position of that snapshot ("id 'ana'
 * has another snapshot dated 2024-01-31 (both kept, in input order)"). */
void trend_dup_err(const struct trend *t, long i, struct ssi_err *e);
/* Release t and every string it gave; NULL is fine. */
void trend_free(struct trend *t);

#endif
