/*
 * err.h - error reports of the ssi library.
 *
 * The library never prints and never exits: a function that fails returns -1
 * (or NULL) and fills a struct ssi_err.  The front end prints it as
 * "ssi: FILE:LINE:COL: message".  line and col are 0 when unknown.
 */
#ifndef SSI_ERR_H
#define SSI_ERR_H

#include <stddef.h>

#define SSI_ERR_MSG 512
#define SSI_ERR_FILE 4352	/* a path and an archive entry's name */

struct ssi_err {
	const char *file;	/* the input's display name, or NULL: borrowed,
				 * or own_file after err_own_file */
	long line;		/* 1-based, 0 = none */
	long col;		/* 1-based, 0 = none */
	char msg[SSI_ERR_MSG];	/* lower case, no final period */
	int also;		/* a further message about the same record
				 * (input.h, struct record_sink): not
				 * counted again */
	char own_file[SSI_ERR_FILE];
	const char *kind;	/* the format err_set or err_at was given
				 * (untranslated): what kind of message, so
				 * that repeats can be counted; NULL when the
				 * message was written otherwise */
};

/* Copy the name e->file points to into e itself (cut to SSI_ERR_FILE - 1
 * bytes), for an error that outlives the name it borrowed. */
void err_own_file(struct ssi_err *e);

/*
 * Translate every format err_set and err_at use with fn from now on (NULL:
 * none).  fn returns a format with the same conversions as the one it is
 * given (catalog.h), never NULL.  The library never knows the language:
 * the front end installs fn.
 */
void err_translate(const char *(*fn)(const char *fmt));
/* fmt translated by that function (fmt itself when none), for a function
 * of the library that formats a message itself. */
const char *err_tr(const char *fmt);

/* Fill e (when not NULL) with a formatted message; returns -1. */
int err_set(struct ssi_err *e, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Same, with a position. */
int err_at(struct ssi_err *e, const char *file, long line, long col,
    const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/*
 * Write into out (size outsz) a quoted, printable form of the bytes s[0..n):
 * control bytes, quotes and backslashes escaped (\n, \xNN), C1 controls
 * as \u0080..\u009f, bytes that are not valid UTF-8 as \xNN; cut at 40
 * characters with "...".
 * Used to quote offending values in messages.  Returns out.
 */
char *err_quote(char *out, size_t outsz, const char *s, size_t n);

/* Format e as "FILE:LINE:COL: msg" (parts present only) into out. */
void err_format(const struct ssi_err *e, char *out, size_t outsz);

/* The length of the valid UTF-8 sequence (2 to 4 bytes) at s[0..n),
 * or 0 when s does not start one (overlong, surrogate, past U+10FFFF,
 * cut short): the one test of the messages and of the text writers. */
size_t err_utf8_len(const unsigned char *s, size_t n);

#endif
