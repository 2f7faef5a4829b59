/*
 * cli.h - the front end: parsed options shared by the subcommands
 * (src/main.c parses, src/cmd_*.c run).  Not part of libssi.
 */
#ifndef SSI_CLI_H
#define SSI_CLI_H

#include "input.h"
#include "model.h"
#include "out.h"
#include "report.h"
#include "score.h"
#include "writer.h"

#define SSI_VERSION "1.0.0"

enum { SSI_EXIT_OK = 0, SSI_EXIT_BELOW = 1, SSI_EXIT_ERROR = 2 };

#define MAX_SETS 64

struct cli {
	const char *cmd;
	int format;			/* enum out_format, -1 = default */
	struct read_opts ro;
	struct override sets[MAX_SETS];
	const char *output;		/* -o */
	int lang;
	int color;			/* 0 auto, 1 always, 2 never */
	int quiet, explain, no_header, ascii, help;
	int has_fail_under;
	double fail_under;
	const char *by;			/* rank --by */
	struct model model;		/* --model */
	const struct model *m;
	char **files;
	int nfiles;
};

/*
 * The record loop shared by the commands: reads every file of c as one
 * stream, calls on_record for each valid profile (scored), prints rejects
 * and warnings.  Counts go to *scored and *rejected.  Returns the exit
 * status so far (0; 2 when a record was rejected; 3 when a file could not
 * be read to its end: unreadable or malformed, a failure that must leave
 * an -o file untouched), or -1 when the output went away (stop quietly).
 */
#define SSI_READ_FAILED 3
typedef int (*record_fn)(void *ctx, struct profile *p, const struct score *s,
    const char *file, long line);
int cli_read(struct cli *c, record_fn on_record, void *ctx, long *scored,
    long *rejected);

/* Print "ssi: " and the error. */
void cli_error(const struct ssi_err *e);
/* Print "ssi: " and a formatted message. */
void cli_fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Report options for output o from the command line. */
void cli_report_opts(const struct cli *c, const struct out *o,
    struct report_opts *r);
/* Open the output of c (-o or stdout): 0 or -1 (printed). */
int cli_open(const struct cli *c, struct out *o);
/* Close it: returns status, or SSI_EXIT_ERROR on a failed write (printed). */
int cli_close(struct out *o, int status);

/*
 * A command that holds every record before it writes (rank, trend): its
 * object, filled by on_record (called with the struct held as ctx), then
 * finished, then written once by the writer of its kind in the format
 * asked (src/cli/held.c).
 */
struct held {
	void *obj;			/* the command's (struct rank *, ...) */
	record_fn on_record;		/* sets fatal (and returns 1) to stop */
	int (*finish)(void *obj, struct ssi_err *e);
	void (*after)(struct held *h);	/* NULL, or after finish: warnings,
					 * below, records moved to rejected */
	int kind;			/* enum report_kind: RK_RANK, ... */
	struct cli *c;
	int status;			/* cli_read's */
	long scored, rejected;
	long n;				/* the command's own count */
	int below;			/* some ssi under --fail-under */
	int fatal;			/* no memory, too many: no output */
};
/*
 * Open the output, read every input into h, finish, write one report and
 * close; when an input could not be read, write nothing (-o keeps the old
 * file).  Prints the count of rejected records.  Returns the exit status;
 * h->obj stays the caller's to free.
 */
int cli_held(struct cli *c, struct held *h);

int cmd_score(struct cli *c);	/* score and batch */
int cmd_import(struct cli *c);
int cmd_rank(struct cli *c);
int cmd_trend(struct cli *c);

#endif
