/*
 * linkedin.h - a LinkedIn "Get a copy of your data" export (a .zip read in
 * memory with libzip, or an unpacked folder) turned into one profile record
 * (shared/spec/linkedin-export.md, linkedin-export-format.md).
 */
#ifndef SSI_LINKEDIN_H
#define SSI_LINKEDIN_H

#include <stdint.h>
#include "err.h"
#include "profile.h"

#define LI_MAX_ENTRY (256ull << 20)	/* bytes of one entry, uncompressed */
#define LI_MAX_ENTRIES 10000		/* entries in an archive */

struct linkedin_opts {
	const char *as_of;	/* --as-of YYYY-MM-DD, or NULL: latest date */
	int64_t period;		/* --period, or 0: 30 */
	const char *target;	/* --target KW,KW..., or NULL */
	const char *id;		/* --id, or NULL: the member's name */
};

/* 1 when path looks like an export: a .zip file, or a folder holding
 * Connections.csv or Profile.csv at its root or in its single sub-folder. */
int linkedin_detect(const char *path);

/*
 * Read the export at path into p (initialised by the caller; reset here).
 * Returns 0, or -1 with e set: e->file names the archive entry (e.g.
 * "x.zip:Shares.csv") and e->line its line where that applies.
 */
int linkedin_read(const char *path, const struct linkedin_opts *o,
    struct profile *p, struct ssi_err *e);

#endif
