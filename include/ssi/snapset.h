/*
 * snapset.h - the snapshot pipeline of every command that reads records
 * into one report (score, rank, trend, calibrate, log --changes):
 * snapshots of one member and one date are one snapshot (ssi.7 OFFICIAL FIGURES).
 *
 * Records are added as they are read.  Records with the same (id, as_of)
 * are merged field by field in input order: a later present value
 * replaces an earlier one, with a warning naming what differed.  Records
 * without as_of are never merged.  Once every input is read,
 * snapset_replay applies the `me` rule and gives each snapshot once, in
 * the order of its first record, with the file and line of that record
 * (for messages), scored when a model is given.
 *
 * Ids are compared as id_norm (idnorm.h) gives them: trimmed, NFC, without
 * invisible characters; two spellings of one id get one warning each.
 *
 * The `me` rule (ssi.7 OFFICIAL FIGURES): when the
 * records of the run hold the id "me" and exactly one other member, the
 * snapshots of "me" are that member's (merged with its snapshots of the
 * same dates, the earlier first record first) and one note says so; with
 * two or more other members "me" stays apart and the note says to give
 * --id.  A "me" given a name by some record is a member like any other:
 * the rule leaves it (its snapshots merge by date as any id's) and the
 * note names it.
 *
 * Memory: a held snapshot is packed (present fields only, numbers as
 * varints); text fields outside opts->keep_text are held as their length
 * in code points and a keyed hash (what the scorer and the merge need), so
 * a dated row costs about a fifth of its CSV bytes.  Packed snapshots are
 * released as they are replayed.
 *
 * The (id, as_of) table is keyed by SipHash under the per-process key
 * (strtab_hash): ids chosen to collide cannot make it quadratic.
 */
#ifndef SSI_SNAPSET_H
#define SSI_SNAPSET_H

#include <stddef.h>
#include <stdint.h>
#include "ssi/err.h"
#include "ssi/model.h"
#include "ssi/profile.h"
#include "ssi/score.h"

#define SNAPSET_MAX 100000000L	/* snapshots held */
#define SNAPSET_ME "me"		/* the id of a member not named */

/* Where the library's messages go (the library never prints). */
struct snapset_sink {
	/* A warning at a record (w has its file and line). */
	void (*warn)(void *ctx, const struct ssi_err *w);
	/* A note about the run (the `me` rule), no position. */
	void (*note)(void *ctx, const char *msg);
	void *ctx;
};

struct snapset_opts {
	/* bit f: text field f is held whole; others (when held at all) as
	 * code points and a hash: replayed present, with their code-point
	 * count and an empty text.  id, as_of and the columns of your own
	 * are always held whole.  ~0: everything (score writes profiles). */
	uint64_t keep_text;
	/* 1: records without as_of are held too (each its own snapshot,
	 * replayed in input order); 0: snapset_add returns 1 for them and
	 * the caller uses them at once (rank: a team file costs nothing). */
	int hold_undated;
	/* 1: replay only each member's latest snapshot (the latest as_of);
	 * a snapshot without official figures then carries those of the
	 * member's latest earlier snapshot that has them (ssi.7 OFFICIAL FIGURES:
	 * score shows the latest reading at or before its data). */
	int latest;
};

/* What snapset_replay tells of a snapshot besides its profile. */
struct snapset_at {
	const char *file;	/* where its first record was read */
	long line;
	/* official figures carried from an earlier snapshot (latest): its
	 * as_of, else NULL (the figures, if any, are the snapshot's own) */
	const char *official_as_of;
	long older;		/* latest: older snapshots of the member
				 * not replayed */
};

struct snapset;

/* A new, empty set (o may be NULL: hold every text, undated records
 * not held); k may be NULL (no messages).  NULL when out of memory. */
struct snapset *snapset_new(const struct snapset_opts *o,
    const struct snapset_sink *k);
/* Frees everything; s may be NULL. */
void snapset_free(struct snapset *s);

/*
 * Add record p, read at file:line (file copied).  Returns 0 when held
 * (merged into an earlier snapshot or a new one), 1 when p is not held
 * (no as_of and not hold_undated: use it now, as read), -1 with e when out
 * of memory or past SNAPSET_MAX (the set then only accepts snapset_free).
 * Warnings (values that differed, spellings of an id) go to the sink.
 */
int snapset_add(struct snapset *s, const struct profile *p, const char *file,
    long line, struct ssi_err *e);

/* Snapshots held so far. */
size_t snapset_count(const struct snapset *s);

/*
 * What replay gives: p (owned by the set, valid during the call) scored
 * as sc (NULL when replay was given no model).  Returns 0 to go on, any
 * other value to stop the replay (snapset_replay returns it).
 */
typedef int (*snapset_fn)(void *ctx, struct profile *p, const struct score *sc,
    const struct snapset_at *at);

/*
 * Apply the `me` rule (a note to the sink), then give each snapshot to fn
 * once, in the order of its first record (latest: only each member's
 * latest).  Once: each packed snapshot is released after its call.
 * Returns 0, fn's non-zero value, or -1 with e when out of memory.
 */
int snapset_replay(struct snapset *s, const struct model *m, snapset_fn fn,
    void *ctx, struct ssi_err *e);

/* Slots inspected by the (id, as_of) table so far, for the tests of
 * linear time: at most a few per snapshot whatever the ids. */
unsigned long snapset_probes(const struct snapset *s);

#endif
