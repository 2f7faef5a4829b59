/*
 * input.h - reading profiles from files: format detection, the CSV header
 * mapping, overrides (--set, --period), validation, one record at a time.
 */
#ifndef SSI_INPUT_H
#define SSI_INPUT_H

#include <stdint.h>
#include "err.h"
#include "linkedin.h"
#include "profile.h"

enum in_format { IN_AUTO, IN_JSON, IN_JSONL, IN_CSV, IN_LINKEDIN };

extern const char *const in_format_ids[];	/* "auto", "json", ... */

struct override {
	int field;
	const char *val;	/* borrowed */
};

enum in_encoding { ENC_AUTO, ENC_UTF8, ENC_CP1252 };

extern const char *const in_encoding_ids[];	/* "auto", "utf-8", "cp1252" */

struct read_opts {
	enum in_format format;
	enum in_encoding encoding;	/* of CSV input (JSON is UTF-8) */
	int dates;			/* DATES_NONE, DATES_DMY, DATES_MDY */
	int delim;			/* 0 = detect */
	int strict;			/* unknown fields are errors */
	int64_t period;			/* --period, 0 = none */
	const struct override *sets;	/* --set, applied in order */
	int nsets;
	struct linkedin_opts li;
};

/*
 * What the reader does with records.  record() gets every valid profile
 * (p is reused after it returns); reject() every record that is not (its
 * message has file, line and column); warn() warnings.  record and reject
 * return 0 to go on, 1 to stop quietly (closed output), -1 to stop with an
 * error already reported.
 *
 * A rejected record gets one reject() call per problem (a bad field, a
 * broken rule), at most IN_MAX_PROBLEMS, then one "and N more"; all but the
 * first have e->also set: count the record once, on e->also == 0.  A
 * message about a whole column (a date column without --dates) comes at
 * the end of the file with e->also set; the records it cost came before
 * with an empty e->msg: count them, print nothing for them.
 */
#define IN_MAX_PROBLEMS 20
#define IN_MAX_UNKNOWN 20	/* unknown names warned about per file */
struct record_sink {
	int (*record)(void *ctx, struct profile *p, const char *file, long line);
	int (*reject)(void *ctx, const struct ssi_err *e);
	void (*warn)(void *ctx, const struct ssi_err *e);
	void *ctx;
	/* NULL, or at the end of each CSV file: the rows of blank cells
	 * skipped (";;;"), the lines broken quoted fields cost. */
	void (*skipped)(void *ctx, long blank_rows, long unread_lines);
};

struct input;

struct input *input_new(const struct read_opts *o, const struct record_sink *s);
/*
 * Read every profile of path ("-" = standard input).  Returns 0 when the
 * file was read to its end (records may have been rejected), 1 when the sink
 * stopped it, -1 when the file could not be read on (e set: unreadable,
 * malformed).
 */
int input_read(struct input *in, const char *path, struct ssi_err *e);
/* The same for an open file descriptor, read to its end (not closed),
 * named name in messages; fmt IN_AUTO detects JSON or CSV from the
 * content.  For tests and fuzzing. */
int input_read_fd(struct input *in, const char *name, int fd,
    enum in_format fmt, struct ssi_err *e);
void input_free(struct input *in);
/*
 * The shape of the file being read (valid from its first record on): 1 when
 * it is one record by nature -- a JSON file whose top-level value is one
 * object, or a LinkedIn export -- 0 for CSV, JSON Lines, a JSON array.
 * score -f json writes an object for the first, an array for the others.
 */
int input_one(const struct input *in);

/* Validate a --set FIELD=VALUE argument into ov (val points into arg). */
int input_parse_set(const char *arg, struct override *ov, struct ssi_err *e);

#endif
