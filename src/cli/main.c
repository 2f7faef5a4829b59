/*
 * main.c - the ssi front end: the option and command tables, parsing the
 * command line into a struct cli, help generated from the tables, and the
 * exit status.  The commands are in cmd_*.c, what they share in loop.c.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "catalog.h"
#include "cli.h"
#include "lang.h"
#include "names.h"
#include "textw.h"

/* ---- the options ---- */

struct optdef {
	const char *name;	/* long name; first member: names_find */
	int ch;			/* short letter, 0 = none */
	const char *arg;	/* its argument in the help, NULL = none */
	const char *help;	/* one line; the format's is generated */
};

static const struct optdef opts[O_COUNT] = {
	[O_FORMAT] = { "format", 'f', "FMT", NULL },
	[O_INPUT] = { "input", 'i', "FMT", "auto, json, jsonl, csv, linkedin "
		    "(default: auto, by the extension, else the content)" },
	[O_DELIM] = { "delimiter", 'd', "C", "CSV input delimiter (default: "
		    "detected from the header)" },
	[O_OUTPUT] = { "output", 'o', "FILE", "write there, atomically, "
		    "instead of standard output" },
	[O_QUIET] = { "quiet", 'q', NULL, "no warnings (errors still print)" },
	[O_HELP] = { "help", 'h', NULL, "this help" },
	[O_VERSION] = { "version", 'V', NULL, "the version" },
	[O_LANG] = { "lang", 0, "LANG", "en, es, pt (default: from LC_ALL, "
		    "LC_MESSAGES, LANG)" },
	[O_COLOR] = { "color", 0, "WHEN", "auto, always, never (default: "
		    "auto, on a terminal without NO_COLOR)" },
	[O_MODEL] = { "model", 0, "FILE", "score with this model (the JSON of "
		    "ssi model -f json; default: default/1)" },
	[O_SET] = { "set", 0, "FIELD=VALUE", "override a field of every "
		    "profile (repeatable; an empty VALUE makes it unknown)" },
	[O_PERIOD] = { "period", 0, "DAYS", "period_days of records that "
		    "lack it, 1-366 (default: 30)" },
	[O_STRICT] = { "strict", 0, NULL, "unknown fields are errors, not "
		    "warnings" },
	[O_FAIL_UNDER] = { "fail-under", 0, "N", "exit 1 when a profile's ssi "
		    "is below N (0-100)" },
	[O_NO_HEADER] = { "no-header", 0, NULL, "CSV/TSV output without the "
		    "header row" },
	[O_EXPLAIN] = { "explain", 0, NULL, "show every signal: input value, "
		    "curve, points, status" },
	[O_BY] = { "by", 0, "FIELD", "group by this field (default: "
		    "industry)" },
	[O_ASCII] = { "ascii", 0, NULL, "plain ASCII sparklines" },
	[O_AS_OF] = { "as-of", 0, "DATE", "LinkedIn export: the snapshot's "
		    "date, or a list D1,D2,... (default: the export's last "
		    "date)" },
	[O_TARGET] = { "target", 0, "KW,...", "LinkedIn export: keywords of "
		    "the target audience" },
	[O_ENCODING] = { "encoding", 0, "ENC", "CSV input: auto, utf-8, "
		    "cp1252 (auto: Windows-1252 when not UTF-8)" },
	[O_DATES] = { "dates", 0, "ORDER", "dmy or mdy: read an as_of "
		    "written 9/11/2026 as day/month or month/day" },
	[O_ID] = { "id", 0, "ID", "LinkedIn export: the record's id (default: "
		    "the name)" },
	[O_REPORT_ONLY] = { "report-only", 0, NULL, "write the report of the "
		    "fit instead of the model" },
	[O_REPORT_HTML] = { "report-html", 0, "FILE", "also write the report "
		    "of the fit as an HTML page to FILE" },
	[O_EVERY] = { "every", 0, "DAYS", "LinkedIn export: one snapshot every "
		    "DAYS days, oldest first (default: 13 of them)" },
	[O_SINCE] = { "since", 0, "DATE", "with --every: the first date "
		    "(default: 12 steps before --until)" },
	[O_UNTIL] = { "until", 0, "DATE", "with --every: the last date "
		    "(default: the export's last date)" },
	[O_OFFICIAL] = { "official", 0, NULL, "CSV/TSV: the official_* "
		    "columns too (LinkedIn's figures)" },
	[O_CHANGES] = { "changes", 0, NULL, "every change of the official "
		    "series of FILE...: up, down or flat" },
	[O_BY_OFFICIAL] = { "by-official", 0, NULL, "rank by the official "
		    "index (official_ssi); records without it last, unranked" },
	[O_ALL_SNAPSHOTS] = { "all-snapshots", 0, NULL, "rank every record, "
		    "not each member's latest snapshot" },
	[O_DATE] = { "date", 0, "DATE", "the reading's date, YYYY-MM-DD "
		    "(default: today)" },
	[O_SSI] = { "ssi", 0, "N", "the official index (default: the sum of "
		    "the components)" },
	[O_INDUSTRY_TOP] = { "industry-top", 0, "N", "industry SSI rank: top "
		    "N%" },
	[O_NETWORK_TOP] = { "network-top", 0, "N", "network SSI rank: top N%" },
	[O_INDUSTRY_AVG] = { "industry-avg", 0, "N", "the industry's average "
		    "SSI" },
	[O_NETWORK_AVG] = { "network-avg", 0, "N", "the network's average "
		    "SSI" },
	[O_SUMMARY] = { "summary", 0, NULL, "only the team part: averages per "
		    "date, top improvers and decliners" },
};

/* Options every command takes, and the groups the table rows use. */
#define O_GLOBAL (OPT(O_QUIET) | OPT(O_HELP) | OPT(O_VERSION) | OPT(O_LANG))
#define O_EXPORT (OPT(O_PERIOD) | OPT(O_AS_OF) | OPT(O_TARGET) | OPT(O_ID) | \
	OPT(O_EVERY) | OPT(O_SINCE) | OPT(O_UNTIL))
#define O_READ (OPT(O_INPUT) | OPT(O_DELIM) | OPT(O_MODEL) | OPT(O_SET) | \
	OPT(O_STRICT) | OPT(O_ENCODING) | OPT(O_DATES) | O_EXPORT)
#define O_WRITE (OPT(O_FORMAT) | OPT(O_OUTPUT) | OPT(O_NO_HEADER))

static int cmd_help(struct cli *c);

/* ---- the commands ---- */

static const struct command commands[] = {
	{
		.name = "score",
		.run = cmd_score,
		.args = "[OPTIONS] [FILE...]",
		.summary = "full report for each profile",
		.help = "Score every profile and write the full report: the index, the four "
		    "pillars, the top actions and the advice for each of the sixteen "
		    "keys. FILE may be JSON, JSON Lines, CSV or a LinkedIn data export; "
		    "no FILE or '-' reads standard input.",
		.opts = O_READ | O_WRITE | OPT(O_COLOR) | OPT(O_FAIL_UNDER) | OPT(O_EXPLAIN) |
		    OPT(O_OFFICIAL),
		.kind = RK_SCORE,
		.format = OF_TEXT,
	},
	{
		.name = "batch",
		.run = cmd_score,
		.args = "[OPTIONS] [FILE...]",
		.summary = "stream many profiles, one output row each",
		.help = "Stream profiles through the scorer, one output row each, holding "
		    "one record at a time. A rejected record is reported on standard "
		    "error and the others go on.",
		.opts = O_READ | O_WRITE | OPT(O_FAIL_UNDER) | OPT(O_EXPLAIN) |
		    OPT(O_OFFICIAL),
		.kind = RK_BATCH,
		.format = OF_CSV,
	},
	{
		.name = "rank",
		.run = cmd_rank,
		.args = "[OPTIONS] [FILE...]",
		.summary = "leaderboard, overall and per group",
		.help = "Score every profile and rank them by ssi overall and within groups "
		    "(--by FIELD): rank, top %, group averages, each member's weakest "
		    "pillar.",
		.opts = O_READ | O_WRITE | OPT(O_COLOR) | OPT(O_FAIL_UNDER) | OPT(O_BY) |
		    OPT(O_BY_OFFICIAL) | OPT(O_ALL_SNAPSHOTS),
		.kind = RK_RANK,
		.format = OF_TEXT,
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
		.opts = O_READ | O_WRITE | OPT(O_COLOR) | OPT(O_FAIL_UNDER) | OPT(O_ASCII) |
		    OPT(O_SUMMARY),
		.kind = RK_TREND,
		.format = OF_TEXT,
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
		.opts = OPT(O_ID) | OPT(O_DATE) | OPT(O_SSI) | OPT(O_INDUSTRY_TOP) |
		    OPT(O_NETWORK_TOP) | OPT(O_INDUSTRY_AVG) | OPT(O_NETWORK_AVG) |
		    OPT(O_CHANGES) | OPT(O_INPUT) | OPT(O_DELIM) | OPT(O_SET) |
		    OPT(O_STRICT) | OPT(O_ENCODING) | OPT(O_DATES) | O_WRITE,
		.kind = -1,
		.format = OF_CSV,
		.own = (const struct opt_help[]){
		    { O_ID, "the reading's id (default: the id of FILE's last "
		    "record, else me)" },
		    { -1, NULL } },
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
		.opts = O_READ | OPT(O_OUTPUT) | OPT(O_REPORT_ONLY) |
		    OPT(O_REPORT_HTML),
		.kind = -1,
		.format = OF_JSON,
		.own = (const struct opt_help[]){ 
	    { O_MODEL, "the model to start from (default: default/1)" }, 
	    { O_ID, "the fitted model's id (default: calibrated/1)" }, 
	    { -1, NULL } },
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
		.opts = O_EXPORT | O_WRITE | OPT(O_SET) | OPT(O_STRICT) | OPT(O_EXPLAIN),
		.kind = RK_PROFILE,
		.format = OF_JSON,
	},
	{
		.name = "model",
		.run = cmd_model,
		.args = "[OPTIONS]",
		.summary = "print the scoring model in use",
		.help = "Print the scoring model in use (--model FILE, or the default): "
		    "as JSON, the form --model reads, or as a table.",
		.opts = OPT(O_FORMAT) | OPT(O_OUTPUT) | OPT(O_MODEL),
		.kind = RK_MODEL,
		.format = OF_JSON,
	},
	{
		.name = "fields",
		.run = cmd_fields,
		.args = "[OPTIONS]",
		.summary = "the input fields (csv: an empty header)",
		.help = "List the fields of a profile record; --format csv prints an empty "
		    "CSV header to fill in.",
		.opts = OPT(O_FORMAT) | OPT(O_OUTPUT),
		.kind = RK_FIELDS,
		.format = OF_TEXT,
	},
	{
		.name = "help",
		.run = cmd_help,
		.args = "[COMMAND]",
		.summary = "help on ssi or one command",
		.help = "Print the help of ssi, or of one command with its options.",
		.opts = 0,
		.kind = -1,
		.format = OF_TEXT,
	},
};

#define NCOMMANDS (sizeof commands / sizeof commands[0])

static const struct command *
command_find(const char *s)
{
	int i = names_find(s, strlen(s), &commands[0].name, NCOMMANDS,
	    sizeof commands[0], 0);

	return i < 0 ? NULL : &commands[i];
}

/* ---- help, generated from the tables ---- */

#define HELP_COL 24	/* where an option's help starts */

/* Write t from column col on, wrapped before width, continuation lines
 * indented to col. */
static void
wrap(struct out *o, const char *t, int col, int width)
{
	int at = col;

	while (*t) {
		size_t w = strcspn(t, " ");

		int cols = (int)text_cols(t, w);	/* display columns */

		if (at > col && at + 1 + cols > width) {
			out_char(o, '\n');
			report_pad(o, "", col);
			at = col;
		} else if (at > col) {
			out_char(o, ' ');
			at++;
		}
		out_write(o, t, w);
		at += cols;
		t += w;
		while (*t == ' ')
			t++;
	}
	out_char(o, '\n');
}

static void
help_option(struct out *o, int i, const struct command *cmd)
{
	char left[64], fmt[160], ids[64];
	const char *help = cli_tr(opts[i].help);
	const struct opt_help *h;

	for (h = cmd->own; h && h->opt >= 0; h++)
		if (h->opt == i)
			help = cli_tr(h->help);

	if (opts[i].ch)
		snprintf(left, sizeof left, "  -%c, --%s%s%s", opts[i].ch,
		    opts[i].name, opts[i].arg ? " " : "",
		    opts[i].arg ? opts[i].arg : "");
	else
		snprintf(left, sizeof left, "      --%s%s%s", opts[i].name,
		    opts[i].arg ? " " : "", opts[i].arg ? opts[i].arg : "");
	if (i == O_FORMAT) {
		/* the writer table's, or the one a command writes itself */
		if (cmd->kind >= 0)
			writer_formats(cmd->kind, ids, sizeof ids);
		else
			snprintf(ids, sizeof ids, "%s",
			    out_format_ids[cmd->format]);
		snprintf(fmt, sizeof fmt, cli_tr("%s (default: %s)"), ids,
		    out_format_ids[cmd->format]);
		help = fmt;
	}
	out_str(o, left);
	if ((int)strlen(left) >= HELP_COL - 1) {
		out_char(o, '\n');
		report_pad(o, "", HELP_COL);
	} else
		report_pad(o, "", HELP_COL - (int)strlen(left));
	wrap(o, help, HELP_COL, 80);
}

/* The exit statuses; 1 only for a command that takes --fail-under. */
static void
help_exit_status(struct out *o, const struct command *cmd)
{
	if (cmd && !(cmd->opts & OPT(O_FAIL_UNDER)))
		out_str(o, cli_tr("\nexit status: 0 success, 2 any error (bad "
		    "usage, unreadable or malformed\ninput, a rejected record, "
		    "a failed write)\n"));
	else
		out_str(o, cli_tr("\nexit status: 0 success, 1 --fail-under not "
		    "met, 2 any error (bad usage,\nunreadable or malformed input, "
		    "a rejected record, a failed write)\n"));
}

static void
help_general(struct out *o)
{
	size_t i;
	char left[64];

	out_str(o, cli_tr("usage: ssi COMMAND [OPTIONS] [ARGS]\n\ncommands:\n"));
	for (i = 0; i < NCOMMANDS; i++) {
		snprintf(left, sizeof left, "  %-7s%s%s", commands[i].name,
		    strlen(commands[i].name) >= 7 ? " " : "", commands[i].args);
		out_str(o, left);
		if (strlen(left) > 33) {	/* the summary on a line of its own */
			out_char(o, '\n');
			report_pad(o, "", 34);
		} else
			report_pad(o, "", 34 - (int)strlen(left));
		out_str(o, cli_tr(commands[i].summary));
		out_char(o, '\n');
	}
	out_str(o, cli_tr("\noptions of every command:\n"));
	for (i = 0; i < O_COUNT; i++)
		if (O_GLOBAL & OPT(i))
			help_option(o, (int)i, &commands[0]);
	out_str(o, cli_tr("\n'ssi help COMMAND' lists the options of a "
	    "command.\n"));
	help_exit_status(o, NULL);
}

static void
help_command(struct out *o, const struct command *cmd)
{
	int i;

	out_str(o, cli_tr("usage: ssi "));
	out_str(o, cmd->name);
	out_char(o, ' ');
	out_str(o, cmd->args);
	out_str(o, "\n\n");
	wrap(o, cli_tr(cmd->help), 0, 80);
	out_str(o, cli_tr("\noptions:\n"));
	for (i = 0; i < O_COUNT; i++)
		if ((cmd->opts | O_GLOBAL) & OPT(i))
			help_option(o, i, cmd);
	help_exit_status(o, cmd);
}

/* Print help to standard output; a failed write is an error. */
static int
print_help(struct cli *c, const struct command *cmd)
{
	struct out o;

	c->output = NULL;
	if (cli_open(c, &o) < 0)
		return SSI_EXIT_ERROR;
	if (cmd)
		help_command(&o, cmd);
	else
		help_general(&o);
	return cli_close(&o, SSI_EXIT_OK);
}

/* A usage error: name is no command (the nearest one named, if any). */
static int
unknown_command(const struct cli *c, const char *name)
{
	const char *near = names_nearest(name, &commands[0].name, NCOMMANDS,
	    sizeof commands[0]);

	if (near)
		return cli_usage(c, "unknown command '%s' (did you mean '%s'?)",
		    name, near);
	return cli_usage(c, "unknown command '%s'", name);
}

static int
cmd_help(struct cli *c)
{
	const struct command *cmd = NULL;

	if (c->nfiles > 1)
		return cli_usage(c, "unexpected argument '%s'", c->files[1]);
	if (c->nfiles == 1 && (cmd = command_find(c->files[0])) == NULL)
		return unknown_command(c, c->files[0]);
	return print_help(c, cmd);
}

/* ---- parsing ---- */

static int
load_model(struct cli *c, const char *path)
{
	struct ssi_err e = { 0 };

	if (model_load_file(&c->model, path, &e) < 0) {
		cli_error(&e);
		return -1;
	}
	c->m = &c->model;
	return 0;
}

/* One option's value into c; a usage error returns SSI_EXIT_ERROR. */
static int
set_option(struct cli *c, int id, const char *arg, const char **model_path)
{
	static const char *const whens[] = { "auto", "always", "never" };
	struct ssi_err e = { 0 };
	char *end;

	switch (id) {
	case O_FORMAT:
		if ((c->format = writer_format_parse(arg)) < 0) {
			char ids[64];

			writer_formats(c->cmd->kind, ids, sizeof ids);
			return cli_usage(c, "unknown output format '%s' (%s)",
			    arg, ids);
		}
		break;
	case O_INPUT: {
		int f = names_find(arg, strlen(arg), &in_format_ids[0],
		    IN_LINKEDIN + 1, sizeof in_format_ids[0], 1);

		if (f < 0)
			return cli_usage(c, "unknown input format '%s'", arg);
		c->ro.format = (enum in_format)f;
		break;
	}
	case O_DELIM:
		if (strcmp(arg, "\\t") == 0 || strcmp(arg, "tab") == 0)
			c->ro.delim = '\t';
		else if (strlen(arg) == 1 && arg[0] != '"' && arg[0] != '\n' &&
		    arg[0] != '\r')
			c->ro.delim = (unsigned char)arg[0];
		else
			return cli_usage(c, "delimiter '%s' is not one "
			    "character", arg);
		break;
	case O_OUTPUT:
		if (arg[0] == '\0')
			return cli_usage(c, "-o: the file name is empty");
		c->output = arg;
		break;
	case O_ENCODING: {
		int f = names_find(arg, strlen(arg), &in_encoding_ids[0], 3,
		    sizeof in_encoding_ids[0], 1);

		if (f < 0)
			return cli_usage(c, "--encoding: '%s' is not auto, "
			    "utf-8 or cp1252", arg);
		c->ro.encoding = (enum in_encoding)f;
		break;
	}
	case O_DATES: {
		static const char *const orders[] = { "dmy", "mdy" };
		int f = names_find(arg, strlen(arg), &orders[0], 2,
		    sizeof orders[0], 1);

		if (f < 0)
			return cli_usage(c, "--dates: '%s' is not dmy or mdy",
			    arg);
		c->ro.dates = f == 0 ? DATES_DMY : DATES_MDY;
		break;
	}
	case O_QUIET:
		c->quiet = 1;
		break;
	case O_LANG:
		if ((c->lang = lang_parse(arg)) < 0) {
			c->lang = LANG_EN;
			return cli_usage(c, "--lang: '%s' is not one of %s",
			    arg, lang_codes());
		}
		cli_set_lang(c->lang);
		break;
	case O_COLOR:
		if ((c->color = names_find(arg, strlen(arg), whens, 3,
		    sizeof whens[0], 1)) < 0)
			return cli_usage(c, "--color: '%s' is not auto, "
			    "always or never", arg);
		break;
	case O_MODEL:
		*model_path = arg;
		break;
	case O_SET:
		if (input_parse_set(arg, &c->sets[c->ro.nsets], &e) < 0)
			return cli_usage(c, "%s", e.msg);
		c->ro.nsets++;
		break;
	case O_PERIOD:
		if (parse_whole(arg, strlen(arg), 1, 366, &c->ro.period) < 0)
			return cli_usage(c, "--period: '%s' is not a whole "
			    "number from 1 to 366", arg);
		c->ro.li.period = c->ro.period;
		break;
	case O_STRICT:
		c->ro.strict = 1;
		break;
	case O_FAIL_UNDER:
		errno = 0;
		c->fail_under = strtod(arg, &end);
		if (errno || end == arg || *end || !(c->fail_under >= 0) ||
		    c->fail_under > 100)
			return cli_usage(c, "--fail-under: '%s' is not a "
			    "number from 0 to 100", arg);
		break;
	case O_NO_HEADER:
		c->no_header = 1;
		break;
	case O_EXPLAIN:
		c->explain = 1;
		break;
	case O_BY:	/* checked by rank, which knows its columns */
		c->by = arg;
		break;
	case O_ASCII:
		c->ascii = 1;
		break;
	case O_AS_OF:
	case O_SINCE:
	case O_UNTIL: {
		struct profile t;
		int r = 0;

		/* A list of dates (--as-of D1,D2) is checked by the reader. */
		profile_init(&t);
		if (id != O_AS_OF || strchr(arg, ',') == NULL)
			r = profile_set(&t, F_AS_OF, arg, strlen(arg),
			    VK_STRING, 0, &e);
		profile_free(&t);
		if (r < 0)
			return cli_usage(c, "--%s: '%s' is not a date "
			    "(YYYY-MM-DD)", opts[id].name, arg);
		*(id == O_AS_OF ? &c->ro.li.as_of : id == O_SINCE ?
		    &c->ro.li.since : &c->ro.li.until) = arg;
		break;
	}
	case O_EVERY:
		if (parse_whole(arg, strlen(arg), 1, 3660, &c->ro.li.every) < 0)
			return cli_usage(c, "--every: '%s' is not a whole number "
			    "from 1 to 3660", arg);
		break;
	case O_TARGET:
		c->ro.li.target = arg;
		break;
	case O_ID:
		c->ro.li.id = arg;
		break;
	case O_REPORT_ONLY:
		c->report_only = 1;
		break;
	case O_REPORT_HTML:
		c->report_html = arg;
		break;
	case O_OFFICIAL:
		c->official = 1;
		break;
	case O_BY_OFFICIAL:
		c->by_official = 1;
		break;
	case O_ALL_SNAPSHOTS:
		c->all_snapshots = 1;
		break;
	case O_SUMMARY:
		c->summary = 1;
		break;
	case O_CHANGES:
		c->changes = 1;
		break;
	case O_DATE:
	case O_SSI:
	case O_INDUSTRY_TOP:
	case O_NETWORK_TOP:
	case O_INDUSTRY_AVG:
	case O_NETWORK_AVG:
		c->log_opt[id - O_DATE] = arg;	/* checked by cmd_log */
		break;
	}
	return -1;
}

/* The commands that take option id, "rank" or "score, batch". */
static void
takers(int id, char *buf, size_t n)
{
	size_t i, len = 0;

	buf[0] = '\0';
	for (i = 0; i < NCOMMANDS; i++)
		if ((commands[i].opts & OPT(id)) && len < n)
			len += (size_t)snprintf(buf + len, n - len, "%s%s",
			    len ? ", " : "", commands[i].name);
}

/*
 * Parse argv into c: options anywhere (before the command too), the first
 * other word the command, the rest its arguments.  Returns -1 to go on,
 * else the exit status (printed).
 */
static int
parse_args(struct cli *c, int argc, char **argv)
{
	struct option longopts[O_COUNT + 2];
	const char *model_path = NULL;
	const char *vals[O_COUNT] = { 0 }, *sets[MAX_SETS];
	char shorts[3 * O_COUNT + 2], *sp = shorts;
	int i, ch, n = 0, nsets = 0;

	/* Values are applied once the command is known (its messages name
	 * it); getopt_long only collects them here. */
	*sp++ = ':';
	for (i = 0; i < O_COUNT; i++) {
		longopts[n++] = (struct option){ opts[i].name,
		    opts[i].arg ? required_argument : no_argument, NULL,
		    256 + i };
		if (opts[i].ch) {
			*sp++ = (char)opts[i].ch;
			if (opts[i].arg)
				*sp++ = ':';
		}
	}
	*sp = '\0';
	longopts[n++] = (struct option){ "colour", required_argument, NULL,
	    256 + O_COLOR };
	longopts[n] = (struct option){ NULL, 0, NULL, 0 };
	opterr = 0;
	while ((ch = getopt_long(argc, argv, shorts, longopts, NULL)) != -1) {
		int id = -1;

		if (ch >= 256)
			id = ch - 256;
		else
			for (i = 0; i < O_COUNT; i++)
				if (opts[i].ch == ch)
					id = i;
		if (ch == ':')
			return cli_usage(c, "option '%s' needs a value",
			    argv[optind - 1]);
		if (id < 0)
			return cli_usage(c, "unknown option '%s'",
			    argv[optind - 1]);
		if (id == O_SET) {	/* repeatable: kept in order */
			if (nsets == MAX_SETS)
				return cli_usage(c, "more than %d --set options",
				    MAX_SETS);
			sets[nsets++] = optarg;
		} else
			vals[id] = optarg ? optarg : "";
		c->seen |= OPT(id);
	}
	argv += optind;
	argc -= optind;
	if (c->seen & OPT(O_VERSION)) {
		struct out o;

		if (cli_open(c, &o) < 0)
			return SSI_EXIT_ERROR;
		out_str(&o, "ssi " SSI_VERSION "\n");
		return cli_close(&o, SSI_EXIT_OK);
	}
	if (vals[O_LANG] && set_option(c, O_LANG, vals[O_LANG], NULL) >= 0)
		return SSI_EXIT_ERROR;
	if (argc == 0) {
		if (c->seen & OPT(O_HELP))
			return print_help(c, NULL);
		return cli_usage(c, "no command given");
	}
	if ((c->cmd = command_find(argv[0])) == NULL)
		return unknown_command(c, argv[0]);
	c->files = argv + 1;
	c->nfiles = argc - 1;
	if (c->seen & OPT(O_HELP))
		return print_help(c, c->cmd);
	for (i = 0; i < O_COUNT; i++) {
		char who[128];

		if (!(c->seen & OPT(i)) || ((c->cmd->opts | O_GLOBAL) & OPT(i)))
			continue;
		takers(i, who, sizeof who);
		return cli_usage(c, "--%s is an option of %s", opts[i].name,
		    who[0] ? who : cli_tr("no command"));
	}
	c->format = c->cmd->format;
	for (i = 0; i < O_COUNT; i++)
		if (vals[i] && i != O_LANG &&
		    set_option(c, i, vals[i], &model_path) >= 0)
			return SSI_EXIT_ERROR;
	for (i = 0; i < nsets; i++)
		if (set_option(c, O_SET, sets[i], &model_path) >= 0)
			return SSI_EXIT_ERROR;
	/* import --explain writes text itself (cmd_import_explain.c). */
	if (c->cmd->kind >= 0 && cli_writer(c) == NULL &&
	    !(c->cmd->run == cmd_import && c->explain)) {
		char ids[64];

		writer_formats(c->cmd->kind, ids, sizeof ids);
		return cli_usage(c, "no '%s' output (%s)",
		    out_format_ids[c->format], ids);
	}
	c->ro.sets = c->sets;
	if (model_path && load_model(c, model_path) < 0)
		return SSI_EXIT_ERROR;
	return -1;
}

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
	struct cli c;
	int r;

	std_fds();
	setlocale(LC_CTYPE, "");
	setlocale(LC_MESSAGES, "");	/* strerror in the user's language */
	signal(SIGPIPE, SIG_IGN);
	memset(&c, 0, sizeof c);
	c.lang = lang_from_env();
	/* --lang before the options are read: their errors are in it */
	for (r = 1; r < argc && strcmp(argv[r], "--") != 0; r++)
		if (strncmp(argv[r], "--lang=", 7) == 0 &&
		    lang_parse(argv[r] + 7) >= 0)
			c.lang = lang_parse(argv[r] + 7);
		else if (strcmp(argv[r], "--lang") == 0 && r + 1 < argc &&
		    lang_parse(argv[r + 1]) >= 0)
			c.lang = lang_parse(argv[r + 1]);
	cli_set_lang(c.lang);
	c.m = model_default();
	r = parse_args(&c, argc, argv);
	if (r >= 0)
		return r;
	return c.cmd->run(&c);
}
