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

#include "out.h"
#include "report.h"

enum report_kind {
	RK_SCORE,	/* item: const struct scored * (one profile) */
	RK_BATCH,	/* the same, as a stream: no format that holds the
			 * whole report (html) */
	RK_PROFILE,	/* item: const struct profile * (ssi import) */
	RK_RANK,	/* item: const struct rank * (once, finished) */
	RK_TREND,	/* item: const struct trend * (once, finished) */
	RK_MODEL,	/* item: const struct model * */
	RK_FIELDS,	/* item: NULL (the field table) */
	RK_COUNT
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

/*
 * The formats kind offers, as "text, json" (ids in enum order) into buf;
 * for the usage error "ssi: model: no 'csv' output (text, json)".
 */
void writer_formats(int kind, char *buf, size_t n);

/* Format id ("text", "json", ...), case-insensitive; -1 when unknown. */
int writer_format_parse(const char *s);

#endif
