/*
 * linkedin.h - a LinkedIn "Get a copy of your data" export (a .zip read in
 * memory with libzip, or an unpacked folder) turned into one profile record
 * (ssi(7), "LINKEDIN DATA EXPORT").
 */
#ifndef SSI_LINKEDIN_H
#define SSI_LINKEDIN_H

#include <stdint.h>
#include "ssi/err.h"
#include "ssi/profile.h"

/* Limits of an archive (checked before libzip parses the central
 * directory) and the zip bomb guard of each entry (checked as the bytes are
 * inflated, whatever sizes the archive declares). */
#define LI_MAX_ENTRIES 10000		/* entries in an archive */
#define LI_MAX_CDIR (64ull << 20)	/* bytes of its central directory */
#define LI_MAX_INFLATE (4ull << 30)	/* bytes inflated from one entry */
#define LI_BOMB_RATIO 1000ull		/* ... and at most this x compressed */
#define LI_BOMB_SLACK (1ull << 20)	/* ... + this many bytes */

struct linkedin_opts {
	const char *as_of;	/* --as-of YYYY-MM-DD[,YYYY-MM-DD...], or NULL:
				 * the latest date of the export */
	int64_t period;		/* --period, or 0: 30 */
	const char *target;	/* --target KW,KW..., or NULL */
	const char *id;		/* --id, or NULL: the member's name */
	int64_t every;		/* --every DAYS, or 0 */
	const char *since;	/* --since YYYY-MM-DD (with every), or NULL */
	const char *until;	/* --until YYYY-MM-DD (with every), or NULL */
	/* Warnings (a date outside the export's dates): e->file is the path. */
	void (*warn)(void *ctx, const struct ssi_err *e);
	void *warn_ctx;
};

/* 1 when path looks like an export: a .zip file, or a folder holding any
 * file of the format page (ssi.7 LINKEDIN DATA EXPORT: Connections.csv,
 * Shares.csv, messages.csv ... in any case, or an Articles folder) at its
 * root or in its single sub-folder. */
int linkedin_detect(const char *path);

/*
 * An export read once, and the snapshots of the dates asked for (o->as_of,
 * a list of them, or o->every from o->since to o->until; the default is
 * the latest date of the export), oldest first (ssi.7 LINKEDIN DATA EXPORT).
 */
struct linkedin;

/*
 * Read the export at path (one pass over its files; o is borrowed until
 * linkedin_close).  Returns 0 and *out, or -1 with e set: e->file names
 * the archive entry (e.g. "x.zip:Shares.csv") and e->line its line where
 * that applies.  Warnings go to o->warn.
 */
int linkedin_open(const char *path, const struct linkedin_opts *o,
    struct linkedin **out, struct ssi_err *e);
/* Number of snapshots (at least 1). */
size_t linkedin_count(const struct linkedin *x);
/* Snapshot i (0 = oldest) into p (initialised by the caller; replaced):
 * exactly the record linkedin_read with that date alone gives.  0 or -1. */
int linkedin_snapshot(struct linkedin *x, size_t i, struct profile *p,
    struct ssi_err *e);
void linkedin_close(struct linkedin *x);

/*
 * Where field f of snapshot i (p, as linkedin_snapshot gave it) came from,
 * in words, into buf[n]: the file(s), the rows counted of how many, the
 * rule and the window ("Shares.csv: 4 of 37 rows dated 2023-05-22..
 * 2023-06-20 with commentary, not in a group").  Returns 1 when the export
 * gives the field, 0 when it cannot (buf then says how to add it).
 */
int linkedin_explain(const struct linkedin *x, size_t i,
    const struct profile *p, int f, char *buf, size_t n);

/*
 * What the export held but was not counted (ssi.7 LINKEDIN DATA EXPORT, "One bad
 * item never refuses an export"), item k (0, 1 ...): a file not read
 * (whole: its fields are missing), rows of a file that could not be read,
 * an article not counted (a draft).  Returns 1 and *out (valid until
 * linkedin_close), or 0 when k is past the last.  Each was also given to
 * o->warn as it was found.
 */
struct linkedin_skip {
	const char *file;	/* its name in the export ("Shares.csv") */
	long line;		/* of the first row not counted, 0 none */
	long n;			/* rows (or articles) not counted */
	int whole;		/* the file was not read */
	const char *why;	/* the first reason */
	const char *feeds;	/* the fields it feeds ("searches, active_days") */
};
int linkedin_skipped(const struct linkedin *x, size_t k,
    struct linkedin_skip *out);

/*
 * Read the export at path into p (initialised by the caller; reset here):
 * the newest snapshot of linkedin_open.  0, or -1 with e set.
 */
int linkedin_read(const char *path, const struct linkedin_opts *o,
    struct profile *p, struct ssi_err *e);

#endif
