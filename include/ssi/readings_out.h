/*
 * readings_out.h - writing the file of official readings (officiallog.h
 * reads and locks it): a reading as its JSON line, and the file's text
 * with one reading put in.  The output layer's half of ssi log.
 */
#ifndef SSI_READINGS_OUT_H
#define SSI_READINGS_OUT_H

#include <stddef.h>
#include "ssi/officiallog.h"
#include "ssi/out.h"

/* The reading as one JSON object line, with its line end:
 * {"id": "me", "as_of": "2026-11-30", "official_ssi": 53, ...} in field
 * order. */
void officiallog_line(struct out *o, const struct reading *rd);

/*
 * Put line[0..ln) (one line; a line end at its end is dropped) into the
 * file text old[0..n), written to o: the first line that is exactly one
 * JSON object with the same "id" and "as_of" (trimmed) and at least one
 * official field is replaced by it (keeping that line's end), later such
 * lines are dropped; without one, line is appended (after a line end
 * added to a last line that lacks one), ended as the file's first line
 * is (LF, CRLF or CR; LF in an empty file).  Every other line goes
 * through byte for byte.  Returns how many lines were replaced or
 * dropped.
 */
long officiallog_put(struct out *o, const char *old, size_t n,
    const char *id, const char *as_of, const char *line, size_t ln);

#endif
