/*
 * json_in.h - a strict (RFC 8259) streaming JSON reader for profiles.
 *
 * Fed in chunks of any size, it checks the text byte by byte (what cJSON
 * alone lets through is rejected too: trailing data, leading zeros, raw
 * control characters, invalid UTF-8, lone surrogates) and finds the profile
 * objects: a top-level object, every element of a top-level array, or each
 * of several top-level values (JSON Lines).  Each profile object is handed
 * to cJSON and its members to the callback, one record at a time, so memory
 * holds one object whatever the size of the file.
 */
#ifndef SSI_JSON_IN_H
#define SSI_JSON_IN_H

#include <stddef.h>
#include "ssi/err.h"
#include "ssi/profile.h"

#define JSON_MAX_DEPTH 64
#define JSON_MAX_OBJECT (8u << 20)	/* bytes of one profile object */

/* One member of a profile object. */
struct json_member {
	const char *key;	/* unescaped, NUL-terminated */
	const char *val;	/* strings: unescaped; numbers: as written */
	size_t len;
	enum value_kind kind;
	int is_null, is_nested;	/* null: missing; object/array: an error */
	int has_nul;		/* a string holding \u0000 */
	long line, col;		/* where the value starts */
};

/*
 * on_object gets the members of one profile object (in order), the line
 * and column where the object starts.
 * Returns 0 to go on, 1 to stop quietly, -1 with e filled for a fatal error.
 * on_reject gets a value that is not a profile object (a number at top level,
 * a string in the array); returns like on_object.
 */
struct json_sink {
	int (*on_object)(void *ctx, const struct json_member *m, size_t n,
	    long line, long col, struct ssi_err *e);
	int (*on_reject)(void *ctx, const struct ssi_err *why);
	void *ctx;
};

struct json_in;

/* lines: JSON Lines mode, resynchronise on the next line after an error
 * (each is reported through on_reject) instead of stopping. */
struct json_in *json_in_new(const char *name, const struct json_sink *sink,
    int lines);
/* The first byte fed is on line line (blank lines dropped before). */
void json_in_set_line(struct json_in *j, long line);
/* 0, 1 (stopped) or -1 (syntax error: e has line:col). */
int json_in_feed(struct json_in *j, const void *buf, size_t n, struct ssi_err *e);
int json_in_finish(struct json_in *j, struct ssi_err *e);
void json_in_free(struct json_in *j);
/* In on_object: 1 when the object is an element of a top-level array,
 * 0 when it is a top-level value itself. */
int json_in_nested(const struct json_in *j);

/* Check that buf[0..n) is one or more valid JSON texts, nothing else
 * (syntax only, for tests and fuzzing).  0 or -1 with e. */
int json_in_check(const void *buf, size_t n, struct ssi_err *e);

#endif
