/*
 * merge.h - snapshots of one member and one date are one snapshot
 * (official.md): records with the same id and as_of are merged field by
 * field in input order, a later present value replacing an earlier one,
 * with a warning when two values differ.  Used by trend, rank, log and
 * calibrate, so that an official log and a data history can be read
 * together.
 */
#ifndef SSI_MERGE_H
#define SSI_MERGE_H

#include <stddef.h>
#include "err.h"
#include "profile.h"

/*
 * Merge src into dst: every field present in src replaces dst's.  When
 * some field was present in both with different values, w->msg lists them
 * ("official_ssi 53 -> 54, name 'Ana' -> 'Ana G.'") and 1 is returned;
 * else 0.  -1 when out of memory (e).  id and as_of are not compared.
 */
int merge_profile(struct profile *dst, const struct profile *src,
    struct ssi_err *w, struct ssi_err *e);

/* A set of snapshots keyed by (id, as_of), in first-seen order. */
struct snapset;

struct snapset *snapset_new(void);
/* Frees every snapshot; s may be NULL. */
void snapset_free(struct snapset *s);

/*
 * Add a copy of p (which must have an id; the readers give one).  A record
 * with the id and as_of of an earlier one is merged into it (records
 * without as_of are never merged: each is its own snapshot).  Returns the
 * snapshot's index, or -1 when out of memory (e).  When values differed,
 * *warned is set and w->msg is "id 'ID' has another snapshot dated DATE
 * (merged, the later value kept: FIELD OLD -> NEW, ...)" (the caller adds
 * the file and line of p).
 */
long snapset_add(struct snapset *s, const struct profile *p,
    struct ssi_err *w, int *warned, struct ssi_err *e);

size_t snapset_count(const struct snapset *s);
/* Snapshot i (0 <= i < count), owned by s, valid until the next add. */
struct profile *snapset_get(struct snapset *s, size_t i);

#endif
