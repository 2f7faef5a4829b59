/*
 * writer.h - the output layer's one table: a report kind x an output format
 * -> a writer (begin, item, end), or nothing when that kind is not offered
 * in that format.  Adding a format is a column, adding a report a row; the
 * front end never switches on a format.
 *
 * Every writer writes to w->o and reads its options from w->r; item's
 * argument has the type its kind names below.  The library never prints:
 * a writer only fills the struct out.
 */
#ifndef SSI_WRITER_H
#define SSI_WRITER_H

#include "ssi/out.h"
#include "ssi/report.h"

struct calib_report;
struct calib_pair;

enum report_kind {
	RK_SCORE,	/* item: const struct scored * (one profile) */
	RK_BATCH,	/* the same, as a stream: no format that holds the
			 * whole report (html) */
	RK_PROFILE,	/* item: const struct profile * (ssi import) */
	RK_RANK,	/* item: const struct rank * (once, finished) */
	RK_TREND,	/* item: const struct trend * (once, finished) */
	RK_MODEL,	/* item: const struct model * */
	RK_FIELDS,	/* item: NULL (the field table) */
	RK_CHANGES,	/* item: const struct change_row * (ssi log --changes) */
	RK_EXPLAIN,	/* item: const struct explained * (import --explain) */
	RK_CALIB,	/* item: const struct calibrated * (ssi calibrate) */
	RK_DIGEST,	/* item: const struct digest * (once, computed) */
	RK_COUNT
};

/* RK_CHANGES's item: one change of an official series (change.h). */
struct change_row {
	const char *id;
	size_t id_len;
	const char *as_of;
	int field;		/* F_OFFICIAL_SSI ... F_OFFICIAL_RELATIONSHIPS */
	int64_t value, delta;	/* in thousandths (official.h) */
	int label;		/* enum change */
};

struct linkedin_skip;

/* RK_EXPLAIN's item: a record and where each of its fields came from. */
struct explained {
	const struct profile *p;
	const char *path;	/* the export it was read from */
	/* Where field f came from, in words, into buf[n] (in language
	 * lang): 1 when the source gives it, 0 when it cannot (buf then
	 * says how to add it). */
	int (*why)(const void *ctx, int f, int lang, char *buf, size_t n);
	const void *ctx;
	/* Item k of what the source held but did not count (a row, a file,
	 * an article: linkedin.h, linkedin_skipped): 1 and *out, 0 past the
	 * last.  NULL: nothing to list. */
	int (*skipped)(const void *ctx, size_t k, struct linkedin_skip *out);
};

/* RK_CALIB's item: a fit (calibrate.h): the starting and fitted models,
 * the report, and the pairs of each pillar (NULL unless the format is
 * html, which draws them). */
struct calibrated {
	const struct model *start, *fitted;
	const struct calib_report *rep;
	struct calib_pair *const *pairs;	/* [P_COUNT] */
	const long *npairs;			/* [P_COUNT] */
};

/* RK_SCORE's item: a scored profile. */
struct scored {
	const struct profile *p;
	const struct score *s;
	/* p's official figures are those of an earlier snapshot of this
	 * date (score: the latest reading at or before the data), or NULL */
	const char *official_as_of;
};

/* What a writer sees: the output, the options, and a little state. */
struct writer_ctx {
	struct out *o;
	const struct report_opts *r;
	long n;			/* items written so far (item increments) */
	int one;		/* JSON: the input is one object: write an
				 * object, not an array (score -f json) */
	void *state;		/* the writer's own, NULL unless it sets it */
};

struct writer {
	void (*begin)(struct writer_ctx *w);	/* may be NULL */
	void (*item)(struct writer_ctx *w, const void *item);
	void (*end)(struct writer_ctx *w);	/* may be NULL */
};

/* The writer of kind in format, or NULL when that kind has no such output. */
const struct writer *writer_find(int kind, int format);

/* The format kind is written in when none is asked for (enum out_format). */
int writer_default(int kind);

/*
 * The formats kind offers, as "text, json" (ids in enum order) into buf;
 * for the usage error "ssi: model: no 'csv' output (text, json)" and the
 * help's -f line.
 */
void writer_formats(int kind, char *buf, size_t n);

/* The writers of log --changes (changes_out.c) and import --explain
 * (explain_out.c); the others are in the table's files. */
extern const struct writer changes_csv_writer, changes_tsv_writer;
extern const struct writer explain_text_writer, explain_json_writer,
    explain_jsonl_writer;

/* Format id ("text", "json", ...), case-insensitive; -1 when unknown. */
int writer_format_parse(const char *s);

#endif
