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

#define SSI_VERSION "1.0.0"

enum { SSI_EXIT_OK = 0, SSI_EXIT_BELOW = 1, SSI_EXIT_ERROR = 2 };

#define MAX_SETS 64

/* The options of ssi log, in struct cli's log_opt (values unchecked). */
enum log_opt { LOG_DATE, LOG_SSI, LOG_INDUSTRY_TOP, LOG_NETWORK_TOP,
	LOG_INDUSTRY_AVG, LOG_NETWORK_AVG };

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
	const char *log_opt[6];		/* ssi log: enum log_opt */
	int changes;			/* ssi log --changes */
	int official;			/* score/batch --official */
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

int cmd_score(struct cli *c);	/* score and batch */
int cmd_import(struct cli *c);
int cmd_rank(struct cli *c);
int cmd_trend(struct cli *c);
int cmd_log(struct cli *c);

#endif
