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
#include <stddef.h>
#include "ssi/input.h"
#include "ssi/model.h"
#include "ssi/out.h"
#include "ssi/report.h"
#include "ssi/score.h"
#include "ssi/snapset.h"
#include "ssi/version.h"
#include "ssi/writer.h"


enum { SSI_EXIT_OK = 0, SSI_EXIT_BELOW = 1, SSI_EXIT_ERROR = 2 };

#define MAX_SETS 64

struct cli;

/* ---- the options (opts.c) ----
 *
 * As git's parse-options: an option is a row of an array that says its
 * names, its help and where its value goes.  Each command declares the
 * array of its own options in its cmd_*.c, pointing into a struct of that
 * file; the options several commands share are groups (below) pointing
 * into struct cli.  The parser concatenates the command's own array and
 * its groups into the table getopt_long is given; the help, the errors
 * ("--by is an option of rank", did you mean) and the shell completion
 * are generated from the same arrays.  Adding an option to a command is
 * one row in its array (doc/architecture.md, "A new option").
 */
struct cli_option;

/* Store arg (NULL for a flag) as o says: 0, or -1 after a usage error
 * (printed, cli_usage). */
typedef int (*opt_fn)(struct cli *c, const struct cli_option *o,
    const char *arg);

struct cli_option {
	const char *name;	/* long name without "--"; NULL ends an array */
	int ch;			/* short letter, 0: none */
	const char *arg;	/* the value's name in the help; NULL: a flag */
	const char *help;	/* one line (NULL: generated, -f's) */
	opt_fn parse;
	void *value;		/* where parse stores the value */
	const char *const *choices;	/* enumerated values (NULL-terminated)
					 * for opt_choice and the completion */
	int report;		/* a flag that makes the command write another
				 * report: enum report_kind + 1 (0: none) */
	int hidden;		/* an alias: not in the help */
	int help_choices;	/* the help starts with the choices, "a, b, c"
				 * (from their table, never written twice) */
};

/* Parsers for the value pointers of the macros below. */
int opt_flag(struct cli *c, const struct cli_option *o, const char *arg);
int opt_string(struct cli *c, const struct cli_option *o, const char *arg);
int opt_choice(struct cli *c, const struct cli_option *o, const char *arg);
int opt_date(struct cli *c, const struct cli_option *o, const char *arg);
/* The index of arg in o->choices (ASCII case ignored), or -1 after the
 * usage error "--NAME: 'arg' is not one of a, b, c". */
int cli_choice(struct cli *c, const struct cli_option *o, const char *arg);

/* An int set to 1. */
#define OPT_FLAG(n, v, h) { .name = (n), .help = (h), .parse = opt_flag, \
	.value = (v) }
/* A const char * set to the value as given. */
#define OPT_STRING(n, a, v, h) { .name = (n), .arg = (a), .help = (h), \
	.parse = opt_string, .value = (v) }
/* A const char * set to a date YYYY-MM-DD (checked). */
#define OPT_DATE(n, v, h) { .name = (n), .arg = "DATE", .help = (h), \
	.parse = opt_date, .value = (v) }
/* An int set to the index of the value in list (NULL-terminated, ASCII
 * case ignored); any other value is a usage error naming the list. */
#define OPT_CHOICE(n, a, v, list, h) { .name = (n), .arg = (a), .help = (h), \
	.parse = opt_choice, .value = (v), .choices = (list) }
/* A flag that makes the command write report kind k (import --explain). */
#define OPT_REPORT(n, v, k, h) { .name = (n), .help = (h), .parse = opt_flag, \
	.value = (v), .report = (k) + 1 }
/* Anything else: fn parses the value (ch: the short letter, or 0). */
#define OPT_CALL(n, ch_, a, fn, v, h) { .name = (n), .ch = (ch_), .arg = (a), \
	.help = (h), .parse = (fn), .value = (v) }
#define OPT_END { .name = NULL }

/* The shared groups (main.c): every command's (-q -h -V --lang), -f, -o,
 * --no-header, the readers' (-i -d --encoding --dates), what is done to
 * each record (--set --strict), --model, LinkedIn exports', --color,
 * --fail-under. */
extern const struct cli_option opts_global[], opts_format[], opts_output[],
    opts_no_header[], opts_input[], opts_records[], opts_model[],
    opts_export[], opts_color[], opts_fail_under[], opts_progress[];
/* --pseudonyms KEYFILE of rank, trend and digest (pseudo.c): cli_privacy_begin
 * reads (or creates) the key and sets cli_pseudo, 0 or -1 (printed);
 * cli_privacy_end forgets it. */
extern const struct cli_option opts_privacy[];
int cli_privacy_begin(struct cli *c);
void cli_privacy_end(void);
int cmd_pseudonym(struct cli *c);
/*
 * What rank, trend and digest show of a team (view.c, ssi.7 PRIVACY):
 * --min-group N and --only ID.  cli_min_group: the groups and averages of
 * fewer members are hidden (N, else 5 under --pseudonyms, else 1).
 * cli_only_find: after the reading, the member --only names among the n
 * ids at ids (one every stride bytes; NULL ids skipped), compared through
 * id_norm (and, under --pseudonyms, as the pseudonym of the id given): 0,
 * or -1 with e (with the nearest id, unless they are pseudonyms) when none
 * is; cli_only_id then gives that member's id as the report holds it,
 * NULL without --only.
 */
extern const struct cli_option opts_view[];
long cli_min_group(void);
int cli_only_find(const char *const *ids, long n, size_t stride,
    struct ssi_err *e);
const char *cli_only_id(void);
/* The note on standard error that `groups` groups of `members` members
 * were hidden, for the formats whose report cannot say it (json, jsonl,
 * csv, tsv); nothing when none was or under -q. */
void cli_hidden_note(const struct cli *c, const char *cmd, long groups,
    long members);
/*
 * --by FIELD of rank and trend (view.c): cli_by_parse looks the name up
 * (a field by its name in any language, else a column of your own; a
 * name near a field's is a usage error) into *f (-1: a column of your
 * own), 0 or the usage error's status; cli_by_record sees each record;
 * cli_by_check, at the end: 0, or -1 with e ("CMD: --by: no record has a
 * column", with the nearest column the records have) when the column is
 * of your own and no record has it.  Records keep a column's name folded
 * (field_normalize): cli_by_column hears each column of your own as an
 * input wrote it (the first input's spelling stays), and messages and
 * headings name it so: the suggestion, and cli_by_shown (the written name
 * of the --by column, NULL for a field or a column never met).
 */
int cli_by_parse(struct cli *c, const char *by, int *f);
void cli_by_record(const struct profile *p);
void cli_by_column(const char *name, const char *written);
int cli_by_check(const char *cmd, struct ssi_err *e);
const char *cli_by_shown(void);
/* --model FILE into c (calibrate's --model is its own, with its help). */
int opt_model(struct cli *c, const struct cli_option *o, const char *arg);
/* The commands' own (their cmd_*.c). */
extern const struct cli_option score_options[], batch_options[],
    rank_options[], trend_options[], log_options[], calibrate_options[],
    import_options[], digest_options[];
int cmd_score(struct cli *c);	/* score and batch (cmd_score.c) */
int cmd_import(struct cli *c);
int cmd_rank(struct cli *c);
int cmd_trend(struct cli *c);
int cmd_digest(struct cli *c);
int cmd_log(struct cli *c);
int cmd_calibrate(struct cli *c);
int cmd_model(struct cli *c);	/* cmd_info.c */
int cmd_fields(struct cli *c);

/* A row of the command table (main.c). */
enum { CMD_READS = 1 };	/* reads profiles: standard input when no FILE
			 * (refused on a terminal), -o never an input */
struct command {
	const char *name;
	int (*run)(struct cli *c);
	const char *args;	/* after the name: "[OPTIONS] [FILE...]" */
	const char *summary;	/* one line of ssi --help */
	const char *help;	/* ssi help NAME: what it does */
	const struct cli_option *own;	/* its own options, or NULL */
	/* the shared groups it takes (opts_global aside), NULL-terminated */
	const struct cli_option *const *groups;
	int kind;		/* enum report_kind it writes, -1: none */
	int flags;		/* CMD_READS */
};

extern const struct command cli_commands[];
extern const int cli_ncommands;

/* What the command line says, the part the shared code reads; a command's
 * own options are in its own cmd_*.c. */
struct cli {
	const struct command *cmd;
	int kind;			/* the report: cmd->kind, or the one an
					 * option asked for (OPT_REPORT) */
	int format;			/* enum out_format */
	int format_given;		/* -f was given */
	struct read_opts ro;
	struct override sets[MAX_SETS];
	const char *output;		/* -o */
	int lang;
	int color;			/* 0 auto, 1 always, 2 never */
	int quiet;
	int progress, no_progress;	/* --progress, --no-progress */
	int help, version;		/* -h, -V */
	double fail_under;		/* --fail-under, -1: not given */
	/* the report options a command's options set (explain, summary,
	 * official, no_header, ...); cli_report_opts adds the rest */
	struct report_opts rep;
	int ascii;			/* plain ASCII bars (trend --ascii) */
	const char *model_path;		/* --model */
	struct model model;
	const struct model *m;
	char **files;
	int nfiles;
};

/*
 * Parse argv into c: options anywhere (before the command too), the first
 * other word the command, the rest its arguments.  Returns 0 to run the
 * command, or -1 when the line is done with (help or the version printed,
 * a usage error printed) and *status the exit status.
 */
int cli_parse(struct cli *c, int argc, char **argv, int *status);
/* The options of cmd (NULL: every command's global ones) in the order of
 * its help, aliases included: at most max into v; returns the count. */
int cli_options_of(const struct command *cmd, const struct cli_option **v,
    int max);
/* ssi help [COMMAND] (help generated from the tables). */
int cmd_help(struct cli *c);
/* ssi completion bash|zsh|fish. */
int cmd_completion(struct cli *c);

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
/*
 * Print the warning e (cli_warning, with its position), unless it is the
 * (CLI_WARN_SAME + 1)th or later of its kind (e->kind, else its words
 * up to the first value) for its file: those are counted, and
 * cli_warn_rest prints one line per such kind, "N more warnings like
 * that of line L, not shown".  One mechanism for every repeated warning
 * (the export's rows not counted, merged snapshots, undecodable cells).
 */
#define CLI_WARN_SAME 3
void cli_warn(const struct ssi_err *e);
/* The counts of the warnings cli_warn did not print (see above), once;
 * cli_finish and the end of main call it. */
void cli_warn_rest(void);
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
	long blank;		/* rows of blank cells skipped (";;;") */
	long unread;		/* lines lost to broken quoted fields */
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

/* The messages of the first rejected records of the run (at most max, 3
 * kept), "FILE:LINE: message", into msgs; returns how many. */
int cli_rejects(const char **msgs, int max);

/* ---- ssi batch -j (par.c) ---- */

#define PAR_MAX_JOBS 256

/*
 * What batch -j needs of the command: its record callback, run by several
 * threads at once, each on a context of its own for one part of the input
 * (part: a copy of ctx writing to o; reset: empty its results; merge: add
 * a part's results to ctx, in input order; free).
 */
struct par_ops {
	record_fn on_record;
	void *(*part)(void *ctx, struct out *o);
	void (*reset)(void *part);
	void (*merge)(void *ctx, void *part);
	void (*free)(void *part);
};

/* The threads -j n means (0: one per core online), 1 to PAR_MAX_JOBS. */
int par_jobs(int jobs);
/*
 * loop_run for batch -j: every CSV input read in parts by par_jobs(jobs)
 * threads, the output written to o in input order, byte for byte what one
 * thread writes; other inputs are read whole.  Scores every record.
 */
int par_run(struct cli *c, int jobs, const struct par_ops *ops, void *ctx,
    struct out *o, struct loop_result *res);

/* ---- the progress line on standard error (progress.c) ---- */

/* Records between two progress_tick calls of a record loop. */
#define PROGRESS_EVERY 4096
/* Decide from c (--progress, --no-progress, a terminal) whether a line
 * shows, and add up the sizes of the inputs when they are regular files. */
void progress_begin(const struct cli *c);
int progress_on(void);
/* Records and input bytes read so far: redrawn when it is time. */
void progress_tick(long records, unsigned long long bytes);
/* Off the screen before a message line, back after it (cli_vsay). */
void progress_hide(void);
void progress_show(void);
/* Cleared (forced: a last line with these figures), and off. */
void progress_end(long records, unsigned long long bytes);

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

/* ---- the snapshot pipeline (held.c, over snapset.h) ---- */

/*
 * Read every input of c into a snapset (snapshots of one member and one
 * date are one: merged, the `me` rule, warnings and notes printed unless
 * -q), then replay each snapshot once to fn with its file and line.
 * Records the set does not hold (undated, opts.hold_undated unset) go to
 * fn as they are read.  accept, when not NULL, may reject a record as it
 * is read (-1 with e filled: the loop prints it and counts it).  Scored
 * with c->m when score is set.  Nothing is replayed when an input could
 * not be read to its end (res->unreadable).  fn returns 0 to go on, else
 * stops.  Returns loop_run's status; *fatal set when out of memory
 * (printed).
 */
struct snapshots {
	struct snapset_opts o;
	int score;
	int (*accept)(const struct profile *p, struct ssi_err *e);
	snapset_fn fn;
	void *ctx;
	int *one;			/* loop_run's */
	struct loop_result res;
	int fatal;
	/* private */
	struct cli *c;
	struct snapset *set;
};
int cli_snapshots(struct cli *c, struct snapshots *sp);

/*
 * rank and trend: their object, filled by on_record (called with the
 * struct held as ctx) with every snapshot (cli_snapshots), then finished,
 * then written once by the writer of its kind in the format asked.
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
	struct snapset_opts o;		/* what the snapshots hold */
	int (*accept)(const struct profile *p, struct ssi_err *e);
};

/*
 * Open the output, read every input into h, finish, write one report and
 * close; when an input could not be read, write nothing (-o keeps the old
 * file).  Prints the count of rejected records.  Returns the exit status;
 * h->obj stays the caller's to free.
 */
int cli_held(struct cli *c, struct held *h);

/* The number of LinkedIn exports among c's inputs. */
int cli_exports(const struct cli *c);
/* One export alone, without --every or --as-of: read as a snapshot every
 * `every` days (13 of them, or from --since), as trend and digest do. */
void cli_export_weekly(struct cli *c, int every);

/*
 * --fail-under: is ssi (an estimate, 0-100) below c's threshold?  The one
 * test of every command: the 2-decimal figure the reports show.
 */
int cli_below(const struct cli *c, double ssi);

/* import --explain (cmd_import_explain.c): every field's source. */
int cmd_import_explain(struct cli *c);

#endif
