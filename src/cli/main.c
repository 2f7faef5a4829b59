/*
 * main.c - the ssi front end: the shared option groups, the command table
 * and the exit status.  Parsing and the help are opts.c's (from these
 * tables); the commands are in cmd_*.c, what they share in loop.c.
 */
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "ssi/lang.h"

/* The one command line (the groups below point into it). */
static struct cli cli;

/* ---- the parsers of the shared options ---- */

static const char *const whens[] = { "auto", "always", "never", NULL };
static const char *const in_formats[] = { "auto", "json", "jsonl", "csv",
	"linkedin", NULL };	/* in_format_ids, in enum in_format order */
static const char *const encodings[] = { "auto", "utf-8", "cp1252", NULL };
static const char *const orders[] = { "dmy", "mdy", NULL };
static const char *langs[LANG_COUNT + 1];	/* lang_code's, set by main */

static int
opt_lang(struct cli *c, const struct cli_option *o, const char *arg)
{
	if ((c->lang = lang_parse(arg)) < 0) {
		char list[64];

		c->lang = LANG_EN;
		cli_set_lang(c->lang);
		snprintf(list, sizeof list, "%s", lang_codes());
		cli_usage(c, "--%s: '%s' is not one of %s", o->name, arg, list);
		return -1;
	}
	cli_set_lang(c->lang);
	return 0;
}

static int
opt_format(struct cli *c, const struct cli_option *o, const char *arg)
{
	(void)o;
	if ((c->format = writer_format_parse(arg)) < 0) {
		char ids[64];

		writer_formats(c->kind, ids, sizeof ids);
		cli_usage(c, "no '%s' output (%s)", arg, ids);
		return -1;
	}
	c->format_given = 1;
	return 0;
}

static int
opt_input(struct cli *c, const struct cli_option *o, const char *arg)
{
	int i = cli_choice(c, o, arg);

	if (i < 0)
		return -1;
	c->ro.format = (enum in_format)i;
	return 0;
}

static int
opt_encoding(struct cli *c, const struct cli_option *o, const char *arg)
{
	int i = cli_choice(c, o, arg);

	if (i < 0)
		return -1;
	c->ro.encoding = (enum in_encoding)i;
	return 0;
}

static int
opt_dates(struct cli *c, const struct cli_option *o, const char *arg)
{
	int i = cli_choice(c, o, arg);

	if (i < 0)
		return -1;
	c->ro.dates = i == 0 ? DATES_DMY : DATES_MDY;
	return 0;
}

static int
opt_delim(struct cli *c, const struct cli_option *o, const char *arg)
{
	(void)o;
	if (strcmp(arg, "\\t") == 0 || strcmp(arg, "tab") == 0)
		c->ro.delim = '\t';
	else if (strlen(arg) == 1 && arg[0] != '"' && arg[0] != '\n' &&
	    arg[0] != '\r')
		c->ro.delim = (unsigned char)arg[0];
	else {
		cli_usage(c, "delimiter '%s' is not one character", arg);
		return -1;
	}
	return 0;
}

static int
opt_output(struct cli *c, const struct cli_option *o, const char *arg)
{
	(void)o;
	if (arg[0] == '\0') {
		cli_usage(c, "-o: the file name is empty");
		return -1;
	}
	c->output = arg;
	return 0;
}

static int
opt_set(struct cli *c, const struct cli_option *o, const char *arg)
{
	struct ssi_err e = { 0 };

	(void)o;
	if (c->ro.nsets == MAX_SETS) {
		cli_usage(c, "more than %d --set options", MAX_SETS);
		return -1;
	}
	if (input_parse_set(arg, &c->sets[c->ro.nsets], &e) < 0) {
		cli_usage(c, "%s", e.msg);
		return -1;
	}
	c->ro.nsets++;
	return 0;
}

static int
opt_period(struct cli *c, const struct cli_option *o, const char *arg)
{
	(void)o;
	if (parse_whole(arg, strlen(arg), 1, 366, &c->ro.period) < 0) {
		cli_usage(c, "--period: '%s' is not a whole number from 1 to "
		    "366", arg);
		return -1;
	}
	c->ro.li.period = c->ro.period;
	return 0;
}

static int
opt_every(struct cli *c, const struct cli_option *o, const char *arg)
{
	(void)o;
	if (parse_whole(arg, strlen(arg), 1, 3660, &c->ro.li.every) < 0) {
		cli_usage(c, "--every: '%s' is not a whole number from 1 to "
		    "3660", arg);
		return -1;
	}
	return 0;
}

/* A date, or a list of them (checked by the reader). */
static int
opt_as_of(struct cli *c, const struct cli_option *o, const char *arg)
{
	if (strchr(arg, ',') != NULL) {
		c->ro.li.as_of = arg;
		return 0;
	}
	return opt_date(c, o, arg);
}

static int
opt_fail_under(struct cli *c, const struct cli_option *o, const char *arg)
{
	char *end;

	(void)o;
	errno = 0;
	c->fail_under = strtod(arg, &end);
	if (errno || end == arg || *end || !(c->fail_under >= 0) ||
	    c->fail_under > 100) {
		cli_usage(c, "--fail-under: '%s' is not a number from 0 to 100",
		    arg);
		return -1;
	}
	return 0;
}

int
opt_model(struct cli *c, const struct cli_option *o, const char *arg)
{
	(void)o;
	c->model_path = arg;
	return 0;
}

/* ---- the shared groups ---- */

const struct cli_option opts_global[] = {
	OPT_CALL("quiet", 'q', NULL, opt_flag, &cli.quiet, "no warnings "
	    "(errors still print)"),
	OPT_CALL("help", 'h', NULL, opt_flag, &cli.help, "this help"),
	OPT_CALL("version", 'V', NULL, opt_flag, &cli.version, "the version"),
	{ .name = "lang", .arg = "LANG", .help = "(default: from LC_ALL, "
	    "LC_MESSAGES, LANG)", .parse = opt_lang, .choices = langs,
	    .help_choices = 1 },
	OPT_END
};

/* -f: the help is the writer table's (opts.c). */
const struct cli_option opts_format[] = {
	OPT_CALL("format", 'f', "FMT", opt_format, NULL, NULL),
	OPT_END
};

const struct cli_option opts_output[] = {
	OPT_CALL("output", 'o', "FILE", opt_output, NULL, "write there, "
	    "atomically, instead of standard output"),
	OPT_END
};

const struct cli_option opts_no_header[] = {
	OPT_FLAG("no-header", &cli.rep.no_header, "CSV/TSV output without "
	    "the header row"),
	OPT_END
};

/* How the inputs are read. */
const struct cli_option opts_input[] = {
	{ .name = "input", .ch = 'i', .arg = "FMT", .help = "auto, json, "
	    "jsonl, csv, linkedin (default: auto, by the extension, else the "
	    "content)", .parse = opt_input, .choices = in_formats },
	OPT_CALL("delimiter", 'd', "C", opt_delim, NULL, "CSV input delimiter "
	    "(default: detected from the header)"),
	{ .name = "encoding", .arg = "ENC", .help = "CSV input: auto, utf-8, "
	    "cp1252 (auto: Windows-1252 when not UTF-8)",
	    .parse = opt_encoding, .choices = encodings },
	{ .name = "dates", .arg = "ORDER", .help = "dmy or mdy: read an as_of "
	    "written 9/11/2026 as day/month or month/day",
	    .parse = opt_dates, .choices = orders },
	OPT_END
};

/* What is done to every record read. */
const struct cli_option opts_records[] = {
	OPT_CALL("set", 0, "FIELD=VALUE", opt_set, NULL, "override a field of "
	    "every profile (repeatable; an empty VALUE makes it unknown)"),
	OPT_FLAG("strict", &cli.ro.strict, "unknown fields are errors, not "
	    "warnings"),
	OPT_END
};

const struct cli_option opts_model[] = {
	OPT_CALL("model", 0, "FILE", opt_model, NULL, "score with this model "
	    "(the JSON of ssi model -f json; default: default/1)"),
	OPT_END
};

/* How a LinkedIn export is read. */
const struct cli_option opts_export[] = {
	OPT_CALL("period", 0, "DAYS", opt_period, NULL, "period_days of "
	    "records that lack it, 1-366 (default: 30)"),
	OPT_CALL("as-of", 0, "DATE", opt_as_of, &cli.ro.li.as_of, "LinkedIn "
	    "export: the snapshot's date, or a list D1,D2,... (default: the "
	    "export's last date)"),
	OPT_STRING("target", "KW,...", &cli.ro.li.target, "LinkedIn export: "
	    "keywords of the target audience"),
	OPT_STRING("id", "ID", &cli.ro.li.id, "LinkedIn export: the record's "
	    "id (default: the name)"),
	OPT_CALL("every", 0, "DAYS", opt_every, NULL, "LinkedIn export: one "
	    "snapshot every DAYS days, oldest first (default: 13 of them)"),
	OPT_DATE("since", &cli.ro.li.since, "with --every: the first date "
	    "(default: 12 steps before --until)"),
	OPT_DATE("until", &cli.ro.li.until, "with --every: the last date "
	    "(default: the export's last date)"),
	OPT_END
};

const struct cli_option opts_color[] = {
	OPT_CHOICE("color", "WHEN", &cli.color, whens, "auto, always, never "
	    "(default: auto, on a terminal without NO_COLOR)"),
	{ .name = "colour", .arg = "WHEN", .parse = opt_choice,
	    .value = &cli.color, .choices = whens, .hidden = 1 },
	OPT_END
};

const struct cli_option opts_fail_under[] = {
	OPT_CALL("fail-under", 0, "N", opt_fail_under, NULL, "exit 1 when a "
	    "profile's ssi is below N (0-100)"),
	OPT_END
};

/* The progress line of a long run (progress.c). */
const struct cli_option opts_progress[] = {
	OPT_FLAG("progress", &cli.progress, "show the progress line on "
	    "standard error even when it is not a terminal"),
	OPT_FLAG("no-progress", &cli.no_progress, "never show the progress "
	    "line (default: shown on a terminal past a second)"),
	OPT_END
};

/* The groups of the commands that read and score profiles. */
#define READ_GROUPS opts_input, opts_records, opts_model, opts_export, \
    opts_progress

/* ---- the commands ---- */

const struct command cli_commands[] = {
	{
		.name = "score",
		.run = cmd_score,
		.args = "[OPTIONS] [FILE...]",
		.summary = "full report for each profile",
		.help = "Score every profile and write the full report: the index, the four "
		    "pillars, the top actions and the advice for each of the sixteen "
		    "keys. FILE may be JSON, JSON Lines, CSV or a LinkedIn data export; "
		    "no FILE or '-' reads standard input.",
		.own = score_options,
		.groups = (const struct cli_option *const[]){ opts_format,
		    opts_output, opts_no_header, READ_GROUPS, opts_color,
		    opts_fail_under, NULL },
		.flags = CMD_READS,
		.kind = RK_SCORE,
	},
	{
		.name = "batch",
		.run = cmd_score,
		.args = "[OPTIONS] [FILE...]",
		.summary = "stream many profiles, one output row each",
		.help = "Stream profiles through the scorer, one output row each, holding "
		    "one record at a time. A rejected record is reported on standard "
		    "error and the others go on.",
		.own = batch_options,
		.groups = (const struct cli_option *const[]){ opts_format,
		    opts_output, opts_no_header, READ_GROUPS, opts_fail_under,
		    NULL },
		.flags = CMD_READS,
		.kind = RK_BATCH,
	},
	{
		.name = "rank",
		.run = cmd_rank,
		.args = "[OPTIONS] [FILE...]",
		.summary = "leaderboard, overall and per group",
		.help = "Score every profile and rank them by ssi overall and within groups "
		    "(--by FIELD): rank, top %, group averages, each member's weakest "
		    "pillar.",
		.own = rank_options,
		.groups = (const struct cli_option *const[]){ opts_format,
		    opts_output, opts_no_header, READ_GROUPS, opts_color,
		    opts_fail_under, opts_privacy, opts_view, NULL },
		.flags = CMD_READS,
		.kind = RK_RANK,
	},
	{
		.name = "trend",
		.run = cmd_trend,
		.args = "[OPTIONS] FILE...",
		.summary = "the same profiles across dated snapshots",
		.help = "Group records by id, order them by as_of and show each snapshot "
		    "with the change since the previous one and a sparkline of the "
		    "index. For a team (several ids), first the team: per date the "
		    "average index and pillars and how many members had a snapshot, "
		    "and the top 3 improvers and decliners. A LinkedIn export alone "
		    "gives its last 13 weekly snapshots; several exports are one "
		    "snapshot each, at their own dates.",
		.own = trend_options,
		.groups = (const struct cli_option *const[]){ opts_format,
		    opts_output, opts_no_header, READ_GROUPS, opts_color,
		    opts_fail_under, opts_privacy, opts_view, NULL },
		.flags = CMD_READS,
		.kind = RK_TREND,
	},
	{
		.name = "digest",
		.run = cmd_digest,
		.args = "[OPTIONS] FILE...",
		.summary = "the week of a team: who moved, stalled, goals",
		.help = "From the same inputs as trend, the week of a team: the "
		    "period (the last 7 days up to the latest date, or --since "
		    "and --until), the team's average index at its start and "
		    "now with the change and its real-change label, who moved "
		    "for real (an up or down label on the index or a pillar), "
		    "who has stalled (no rise in --stalled weeks), whose "
		    "official figures are stale (--stale days), each member's "
		    "weakest pillar against the team's or the industry's "
		    "average and top action, and with --goal the day the "
		    "team's average is projected to reach it (Theil-Sen over "
		    "the last 8 weeks, with a range). A LinkedIn export alone "
		    "gives its weekly snapshots, as in trend.",
		.own = digest_options,
		.groups = (const struct cli_option *const[]){ opts_format,
		    opts_output, READ_GROUPS, opts_color, opts_privacy,
		    opts_view, NULL },
		.flags = CMD_READS,
		.kind = RK_DIGEST,
	},
	{
		.name = "pseudonym",
		.run = cmd_pseudonym,
		.args = "KEYFILE NAME...",
		.summary = "the pseudonym of each member under a key",
		.help = "Print each NAME (a member's id) with the pseudonym that "
		    "rank and trend --pseudonyms KEYFILE show for it (Member 7): "
		    "how the keeper of the key maps a pseudonym back to a person.",
		.groups = (const struct cli_option *const[]){ opts_output,
		    NULL },
		.kind = -1,
	},
	{
		.name = "log",
		.run = cmd_log,
		.args = "[OPTIONS] FILE [B P E R]",
		.summary = "record a reading of LinkedIn's official SSI",
		.help = "Add one reading of LinkedIn's official SSI to FILE (JSON "
		    "Lines, created when absent): the four components B P E R "
		    "(brand, people, engagement, relationships) on the command "
		    "line (20.973 or 20,973), or without them the SSI page's text "
		    "pasted on standard input (English, Spanish, Portuguese; end "
		    "with Ctrl-D). A reading of the same id and date is replaced; "
		    "FILE is rewritten atomically, every other line kept byte for "
		    "byte; what was recorded is printed on standard error. A "
		    "failed capture (all zero) or a paste without the four "
		    "components records nothing (exit 2). --changes FILE... "
		    "prints every change of the official series with its label "
		    "(up, down, flat) as CSV instead.",
		.own = log_options,
		.groups = (const struct cli_option *const[]){ opts_format,
		    opts_output, opts_no_header, opts_input, opts_records,
		    NULL },
		.flags = CMD_READS,
		.kind = -1,
	},
	{
		.name = "calibrate",
		.run = cmd_calibrate,
		.args = "[OPTIONS] [FILE...]",
		.summary = "fit the model to official figures",
		.help = "Fit the model's weights and targets to the official pillar figures "
		    "recorded with the snapshots, and write the fitted model (the JSON "
		    "--model reads) with a calibration object; the report of the fit "
		    "goes to standard error. --model is the starting point, --id the "
		    "new model's id (default calibrated/1).",
		.own = calibrate_options,
		.groups = (const struct cli_option *const[]){ opts_format,
		    opts_output, READ_GROUPS, NULL },
		.flags = CMD_READS,
		.kind = RK_CALIB,
	},
	{
		.name = "import",
		.run = cmd_import,
		.args = "linkedin [OPTIONS] PATH...",
		.summary = "LinkedIn export (.zip or folder) -> profile",
		.help = "Read a LinkedIn data export (the .zip LinkedIn sends, or its "
		    "unpacked folder) and write the profile record it gives: one "
		    "per export, and one per date with --as-of D1,D2 or --every "
		    "DAYS (JSON Lines, oldest first, the export read once). "
		    "--explain says where each number came from.",
		.own = import_options,
		.groups = (const struct cli_option *const[]){ opts_format,
		    opts_output, opts_no_header, opts_records, opts_export,
		    opts_progress, NULL },
		.flags = CMD_READS,
		.kind = RK_PROFILE,
	},
	{
		.name = "model",
		.run = cmd_model,
		.args = "[OPTIONS]",
		.summary = "print the scoring model in use",
		.help = "Print the scoring model in use (--model FILE, or the default): "
		    "as JSON, the form --model reads, or as a table.",
		.groups = (const struct cli_option *const[]){ opts_format,
		    opts_output, opts_model, NULL },
		.kind = RK_MODEL,
	},
	{
		.name = "fields",
		.run = cmd_fields,
		.args = "[OPTIONS]",
		.summary = "the input fields (csv: an empty header)",
		.help = "List the fields of a profile record; --format csv prints an empty "
		    "CSV header to fill in.",
		.groups = (const struct cli_option *const[]){ opts_format,
		    opts_output, NULL },
		.kind = RK_FIELDS,
	},
	{
		.name = "completion",
		.run = cmd_completion,
		.args = "bash|zsh|fish",
		.summary = "shell completion of ssi",
		.help = "Print the completion script of ssi for bash, zsh or fish, "
		    "generated from its commands and options (make install puts "
		    "them where the shells look for them).",
		.groups = (const struct cli_option *const[]){ opts_output,
		    NULL },
		.kind = -1,
	},
	{
		.name = "help",
		.run = cmd_help,
		.args = "[COMMAND]",
		.summary = "help on ssi or one command",
		.help = "Print the help of ssi, or of one command with its options.",
		.kind = -1,
	},
};

const int cli_ncommands = (int)(sizeof cli_commands / sizeof cli_commands[0]);

/*
 * Descriptors 0, 1 and 2 that the caller closed (2>&- in a crontab, a
 * daemon) are opened on /dev/null before anything else is opened: else
 * the first file opened (the temporary of -o) would become standard error
 * and the messages would be written into it.  Without /dev/null, exit 2.
 */
static void
std_fds(void)
{
	int fd;

	for (fd = 0; fd <= 2; fd++) {
		int nfd;

		if (fcntl(fd, F_GETFD) != -1 || errno != EBADF)
			continue;
		nfd = open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);
		if (nfd != fd)
			_exit(SSI_EXIT_ERROR);
	}
}

int
main(int argc, char **argv)
{
	struct cli *c = &cli;
	int r;

	std_fds();
	setlocale(LC_CTYPE, "");
	setlocale(LC_MESSAGES, "");	/* strerror in the user's language */
	signal(SIGPIPE, SIG_IGN);
	for (r = 0; r < LANG_COUNT; r++)
		langs[r] = lang_code(r);
	c->lang = lang_from_env();
	c->fail_under = -1;
	/* --lang before the options are read: their errors are in it */
	for (r = 1; r < argc && strcmp(argv[r], "--") != 0; r++)
		if (strncmp(argv[r], "--lang=", 7) == 0 &&
		    lang_parse(argv[r] + 7) >= 0)
			c->lang = lang_parse(argv[r] + 7);
		else if (strcmp(argv[r], "--lang") == 0 && r + 1 < argc &&
		    lang_parse(argv[r + 1]) >= 0)
			c->lang = lang_parse(argv[r + 1]);
	cli_set_lang(c->lang);
	c->m = model_default();
	if (cli_parse(c, argc, argv, &r) < 0)
		return r;
	r = c->cmd->run(c);
	cli_warn_rest();	/* repeated warnings not yet counted */
	return r;
}
