/*
 * officiallog.h - the JSON Lines file of official readings that ssi log
 * keeps (official.md "ssi log"): one reading {"id", "as_of", official
 * fields...} per line, put in place of a reading of the same id and date,
 * every other line kept byte for byte.
 */
#ifndef SSI_OFFICIALLOG_H
#define SSI_OFFICIALLOG_H

#include <stddef.h>
#include <stdint.h>
#include "err.h"
#include "official.h"
#include "out.h"

/* One reading: figures in thousandths by f - OFFICIAL_FIRST, bit
 * f - OFFICIAL_FIRST of has set when present. */
struct reading {
	const char *id;		/* borrowed, valid UTF-8 */
	const char *as_of;	/* borrowed, YYYY-MM-DD */
	int64_t v[OFFICIAL_N];
	uint32_t has;
};

/* The reading as one JSON object line, with its line end:
 * {"id": "me", "as_of": "2026-11-30", "official_ssi": 53, ...} in field
 * order. */
void officiallog_line(struct out *o, const struct reading *rd);

/*
 * The id of the last line of old[0..n) that is a JSON object with a
 * string "id" (malloc'd), or NULL when there is none.
 */
char *officiallog_last_id(const char *old, size_t n);

/*
 * Put line[0..ln) (a whole line, line end included) into the file text
 * old[0..n), written to o: the first line that is a JSON object with the
 * same "id" and "as_of" and at least one official field is replaced by it,
 * later such lines are dropped; without one, line is appended (after a
 * line end added to a last line that lacks one).  Every other line goes
 * through byte for byte.  Returns how many lines were replaced or dropped.
 */
long officiallog_put(struct out *o, const char *old, size_t n,
    const char *id, const char *as_of, const char *line, size_t ln);

#endif
