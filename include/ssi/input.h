/*
 * input.h - reading profiles from files: format detection, the CSV header
 * mapping, overrides (--set, --period), validation, one record at a time.
 */
#ifndef SSI_INPUT_H
#define SSI_INPUT_H

#include <stdint.h>
#include "ssi/err.h"
#include "ssi/linkedin.h"
#include "ssi/profile.h"

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
struct record_sink {
	int (*record)(void *ctx, struct profile *p, const char *file, long line);
	int (*reject)(void *ctx, const struct ssi_err *e);
	void (*warn)(void *ctx, const struct ssi_err *e);
	void *ctx;
	/* NULL, or at the end of each CSV file: the rows of blank cells
	 * skipped (";;;"), the lines broken quoted fields cost. */
	void (*skipped)(void *ctx, long blank_rows, long unread_lines);
	/* NULL, or before a read of a pipe or terminal that would wait:
	 * flush what is written (rows come out as their input arrives) */
	void (*idle)(void *ctx);
	/* NULL, or once per file for each column of your own it brings (a
	 * CSV header's, a JSON key at its first use): the name as records
	 * keep it (field_normalize) and as the file wrote it, trimmed and
	 * quoted as messages quote (err_quote, without the quotes). */
	void (*column)(void *ctx, const char *name, const char *written);
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

/*
 * The same for bytes already read from fd (pre[0..npre), then fd to its
 * end; fd -1: pre alone), the format by name's extension or the content.
 */
int input_read_pre(struct input *in, const char *name, int fd,
    const char *pre, size_t npre, struct ssi_err *e);

/*
 * A CSV file read in parts, each part by its own struct input (ssi batch
 * -j: one thread each), with the results the whole file's reader would
 * give: the caller puts the parts' records and messages back in order.
 *
 * A part is whole lines of the file.  The first part starts the file and
 * is read as input_read reads it.  A later part first reads the file's
 * header row (head, muted: its messages were told by the first part), then
 * its own lines as if they followed the rows before them: line and
 * position are where the caller expects them to start; a caller that
 * learns otherwise shifts the lines of its messages, and reads the part
 * again when ids > 0 (those records got their position as id).  A part
 * that ends inside a row (clean 0: a line end in a quoted field) says so,
 * and is read again joined with the next one.
 *
 * The warning of a header row met again has also set to 2: it is told
 * once per file, by the first part that meets one.
 */
/* What a file's reader tells once, at the file's end, gathered over its
 * rows: a part's share (input_read_part), or the sum of the parts'. */
struct input_tail {
	size_t ncol;
	long *nk;		/* cells read as unknown, per column */
	char (*nkmark)[8];	/* the first such mark, per column */
	long ndate;		/* slashed dates without --dates */
	size_t datecol;
	char date_ex[24], date_ev[24];
	long stray, stray_line;	/* quotes read as characters, the first's */
	long blank, unread;	/* rows of blank cells, lines lost */
};

struct input_part {
	const char *name;	/* the file's, for messages */
	const char *head;	/* later parts: the bytes through the header */
	size_t nhead;
	const char *s;		/* the part */
	size_t n;
	int first, last;	/* the file's first part, its last */
	long line;		/* later parts: the line s starts on */
	long position;		/* records read before s (all files) */
	/* results */
	long end_line;		/* the line the next part starts on */
	long end_position;	/* records read through the part */
	long ids;		/* records given their position as id */
	int clean;		/* ended between two rows */
	int lost;		/* later parts: stopped by an error after
				 * which the rest of the file was not read
				 * (input_rest_lost when records came before) */
	struct input_tail tail;	/* the part's share (input_tail_add) */
};

/* Add t (a later part's share, its lines shifted by d) to sum; 0, or -1
 * when out of memory. */
int input_tail_add(struct input_tail *sum, const struct input_tail *t,
    long d);
void input_tail_free(struct input_tail *t);
/* The end of a file read in parts (pt: its first part, for the header):
 * tell what its reader tells once, from sum.  0, or the sink's verdict. */
int input_part_end(struct input *in, const struct input_part *pt,
    const struct input_tail *sum, struct ssi_err *e);

/* Can path be CSV (by --input and its name)?  Only then read it in parts. */
int input_may_part(const struct input *in, const char *path);
/*
 * The first bytes of the file (s[0..n), eof: all of it): the length of
 * its header row with its line end, when the file can be read in parts
 * (CSV, judged UTF-8 or given an encoding, the header whole in s); 0 when
 * it must be read whole (input_read_pre).
 */
size_t input_part_head(const struct input *in, const char *path,
    const char *s, size_t n, int eof);
/* Read one part: 0 (the part read), -1 with e (the file stops there). */
int input_read_part(struct input *in, struct input_part *pt,
    struct ssi_err *e);
/* Records read so far (over all files: the position the next one's id
 * would be after), and setting it (readers taking turns on a stream). */
long input_position(const struct input *in);
/* Bytes read so far from the inputs (over all files), for a progress
 * line. */
unsigned long long input_bytes(const struct input *in);
void input_set_position(struct input *in, long position);
/* Add "; the rest of the file was not read" to e's message. */
void input_rest_lost(struct ssi_err *e);

/* Validate a --set FIELD=VALUE argument into ov (val points into arg). */
int input_parse_set(const char *arg, struct override *ov, struct ssi_err *e);

#endif
