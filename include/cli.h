/*
 * cli.h - the front end (src/cli, not part of libssi): the parsed command
 * line, the command table, the record loop and the output of a command.
 *
 * main.c parses the options into a struct cli and runs the command's row
 * of the table; loop.c reads the inputs and opens and closes the output;
 * cmd_*.c are the commands.  Commands call down into loop.c and libssi,
 * never back into main.c.
 */
#ifndef SSI_CLI_H
#define SSI_CLI_H

#include <stdarg.h>
#include <stdint.h>
#include "input.h"
#include "model.h"
#include "out.h"
#include "report.h"
#include "score.h"
#include "version.h"
#include "writer.h"


enum { SSI_EXIT_OK = 0, SSI_EXIT_BELOW = 1, SSI_EXIT_ERROR = 2 };

#define MAX_SETS 64

/* The values of ssi log's options, in struct cli's log_opt. */
enum log_opt { LOG_DATE, LOG_SSI, LOG_INDUSTRY_TOP, LOG_NETWORK_TOP,
	LOG_INDUSTRY_AVG, LOG_NETWORK_AVG };

/* The options: one bit each in struct command's opts and struct cli's
 * seen (the table of their names and help is in main.c). */
enum opt {
	O_FORMAT, O_INPUT, O_DELIM, O_OUTPUT, O_QUIET, O_HELP, O_VERSION,
	O_LANG, O_COLOR, O_MODEL, O_SET, O_PERIOD, O_STRICT, O_FAIL_UNDER,
	O_NO_HEADER, O_EXPLAIN, O_BY, O_ASCII, O_AS_OF, O_TARGET, O_ID,
	O_ENCODING, O_DATES, O_REPORT_ONLY, O_REPORT_HTML,
	O_EVERY, O_SINCE, O_UNTIL,
	/* official figures (official.md): score/batch --official, ssi log */
	O_OFFICIAL, O_CHANGES, O_DATE, O_SSI, O_INDUSTRY_TOP, O_NETWORK_TOP,
	O_INDUSTRY_AVG, O_NETWORK_AVG,
	/* rank: by the official index; every snapshot, not the latest */
	O_BY_OFFICIAL, O_ALL_SNAPSHOTS,
	O_SUMMARY,	/* trend: the team part only */
	O_COUNT
};
#define OPT(o) ((uint64_t)1 << (o))
_Static_assert(O_COUNT <= 64, "options: one bit each in a uint64_t");

struct cli;
struct snapset;
struct held_pos;

/* A row of the command table. */
struct command {
	const char *name;
	int (*run)(struct cli *c);
	const char *args;	/* after the name: "[OPTIONS] [FILE...]" */
	const char *summary;	/* one line of ssi --help */
	const char *help;	/* ssi help NAME: what it does */
	uint64_t opts;		/* the options it takes: OPT(O_...) | ... */
	int kind;		/* enum report_kind, -1: writes no report */
	int format;		/* default enum out_format */
	/* Options whose meaning is the command's own: their help here
	 * instead of the general one (opt -1 ends the list), or NULL. */
	const struct opt_help { int opt; const char *help; } *own;
};

struct cli {
	const struct command *cmd;
	uint64_t seen;			/* options given */
	int format;			/* enum out_format */
	struct read_opts ro;
	struct override sets[MAX_SETS];
	const char *output;		/* -o */
	int lang;
	int color;			/* 0 auto, 1 always, 2 never */
	int quiet, explain, no_header, ascii;
	int report_only;		/* calibrate --report-only */
	const char *report_html;	/* calibrate --report-html FILE */
	double fail_under;		/* with OPT(O_FAIL_UNDER) in seen */
	const char *by;			/* rank --by */
	const char *log_opt[6];		/* ssi log: enum log_opt (unchecked) */
	int changes;			/* ssi log --changes */
	int official;			/* score/batch --official */
	int by_official;		/* rank --by-official */
	int all_snapshots;		/* rank --all-snapshots */
	int summary;			/* trend --summary */
	struct model model;		/* --model */
	const struct model *m;
	char **files;
	int nfiles;
};

/* The language of messages from now on (enum lang): cli_fail, cli_usage,
 * cli_warning and the library's messages (err_translate) follow it. */
void cli_set_lang(int lang);
/* english in the language of messages (catalog.h's tr). */
const char *cli_tr(const char *english);
/*
 * Everything ssi writes on standard error goes through cli_say: the
 * formatted text (fmt as is, not translated) through the terminal
 * sanitiser (out.h, out_text_lines: line ends kept, escapes, C1 and bidi
 * controls out), so that a name or a file name from the input cannot
 * drive the terminal.  cli_vsay is the same with a va_list.
 */
void cli_say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void cli_vsay(const char *fmt, va_list ap);
/* Print "ssi: warning: " (translated) and text. */
void cli_warning(const char *text);
/* Print "ssi: " and the error (with its position). */
void cli_error(const struct ssi_err *e);
/* Print "ssi: " and a formatted message (fmt translated). */
void cli_fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* A usage error of c's command: the message, then where to read more;
 * returns SSI_EXIT_ERROR. */
int cli_usage(const struct cli *c, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* ---- the record loop (loop.c) ---- */

/*
 * What a command does with each valid record.  s is NULL when the loop
 * was asked not to score.  Returns 0 to go on, 1 to stop quietly (the
 * output went away), or -1 to reject the record with e filled (the loop
 * prints it and counts it as rejected).
 */
typedef int (*record_fn)(void *ctx, struct profile *p, const struct score *s,
    const char *file, long line, struct ssi_err *e);

struct loop_result {
	long scored, rejected;
	int unreadable;		/* an input could not be read to its end */
	const char *stop_file;	/* the first input that stopped past its */
	long stop_line;		/* first line: where (0 = none) */
	int stopped;		/* the command stopped the loop (output gone) */
};

/*
 * Read every input of c (standard input when none) as one stream, calling
 * on_record for each valid profile, scored when score is set; rejects and
 * warnings are printed.  Returns SSI_EXIT_OK, or SSI_EXIT_ERROR when a
 * record was rejected or an input could not be read (res says which).
 * one, when not NULL, is set to input_one() of the first record when c has
 * at most one input.
 */
int loop_run(struct cli *c, int score, record_fn on_record, void *ctx,
    struct loop_result *res, int *one);

/* ---- the output of a command (loop.c) ---- */

/* Report options for c's output o (language, colour, width, ...). */
void cli_report_opts(const struct cli *c, const struct out *o,
    struct report_opts *r);
/* Open c's output (-o FILE, else standard output): 0 or -1 (printed). */
int cli_open(const struct cli *c, struct out *o);
/* Close it: status, or SSI_EXIT_ERROR on a failed write (printed). */
int cli_close(struct out *o, int status);
/*
 * The end of a command that read inputs: when one could not be read to
 * its end, an -o file is left as it was (the output is dropped) and the
 * status is 2; else the output is closed.  Prints the summary "N profiles
 * scored, K rejected" when something was rejected or an input stopped
 * past its first line (then with where, and that the rest was not read).
 */
int cli_finish(const struct cli *c, struct out *o, const struct loop_result *res,
    int status);

/* The writer of c's report in c's format (checked by main.c: not NULL). */
const struct writer *cli_writer(const struct cli *c);

/* ---- the commands that hold every record before they write (held.c) ---- */

/*
 * rank and trend: their object, filled by on_record (called with the
 * struct held as ctx), then finished, then written once by the writer of
 * its kind in the format asked.
 */
struct held {
	void *obj;			/* the command's (struct rank *, ...) */
	record_fn on_record;		/* sets fatal (and returns 1) to stop */
	int (*finish)(void *obj, struct ssi_err *e);
	void (*after)(struct held *h);	/* NULL, or after finish: warnings,
					 * below, records moved to rejected */
	struct cli *c;
	struct loop_result res;		/* loop_run's */
	int below;			/* some ssi under --fail-under */
	int fatal;			/* no memory, too many: no output */
	/*
	 * Snapshots of one member and one date are one (merge.h): when
	 * merge is set, every record is first merged by (id, as_of), then
	 * each snapshot is scored once and given to on_record (at the
	 * position of its first record; records without as_of at once,
	 * never held).  accept, when not NULL, may reject a record as it
	 * is read (-1 with e filled).
	 */
	int merge;
	int (*accept)(const struct profile *p, struct ssi_err *e);
	struct snapset *set;		/* private: the snapshots */
	struct held_pos *pos;		/* private: where each was first read */
	long npos, poscap;
};

/*
 * Open the output, read every input into h, finish, write one report and
 * close; when an input could not be read, write nothing (-o keeps the old
 * file).  Prints the count of rejected records.  Returns the exit status;
 * h->obj stays the caller's to free.
 */
int cli_held(struct cli *c, struct held *h);

/* ---- the commands ---- */
int cmd_score(struct cli *c);	/* score and batch */
int cmd_import(struct cli *c);
/* import --explain (cmd_import_explain.c): every field's source. */
int cmd_import_explain(struct cli *c);
int cmd_rank(struct cli *c);
int cmd_trend(struct cli *c);
int cmd_model(struct cli *c);
int cmd_fields(struct cli *c);
int cmd_calibrate(struct cli *c);
int cmd_log(struct cli *c);	/* cmd_log.c */

#endif
