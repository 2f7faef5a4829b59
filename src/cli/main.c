/*
 * main.c - the ssi front end: options, the command table, messages and exit
 * status.  Everything else is in libssi.
 */
#include <errno.h>
#include <getopt.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "cli.h"
#include "lang.h"

static const char usage_text[] =
"usage: ssi score  [OPTIONS] [FILE...]       full report for each profile\n"
"       ssi batch  [OPTIONS] [FILE...]       stream many profiles, one output row each\n"
"       ssi rank   [OPTIONS] [FILE...]       leaderboard: rank and top-% overall and per group\n"
"       ssi trend  [OPTIONS] FILE...         evolution of the same profiles across dated snapshots\n"
"       ssi import linkedin [OPTIONS] PATH   LinkedIn data export (.zip or folder) -> profile JSON\n"
"       ssi log    [OPTIONS] FILE [B P E R]   record a reading of LinkedIn's official SSI\n"
"       ssi model  [--format json]           print the scoring model in use\n"
"       ssi fields [--format text|csv|json]  the input fields (csv: an empty header to fill in)\n"
"       ssi help [COMMAND] | ssi --help | ssi --version\n";

static const char options_text[] =
"options:\n"
"  -f, --format FMT      text, json, csv, tsv, jsonl (score, rank, trend: text; batch: csv)\n"
"  -i, --input FMT       auto, json, jsonl, csv, linkedin (default: by extension, else content)\n"
"  -d, --delimiter C     CSV input delimiter (default: detected from the header)\n"
"  -o, --output FILE     write there, atomically, instead of standard output\n"
"      --lang en|es      language of text output (default: LC_ALL, LC_MESSAGES, LANG)\n"
"      --color WHEN      auto, always, never (auto: on a terminal without NO_COLOR)\n"
"      --model FILE      score with another model (the JSON of ssi model)\n"
"      --set FIELD=VALUE override a field of every profile (repeatable)\n"
"      --period DAYS     period_days for records that lack it\n"
"      --strict          unknown fields are errors, not warnings\n"
"      --fail-under N    exit 1 when any profile's ssi is below N\n"
"      --no-header       CSV/TSV output without the header row\n"
"      --explain         show every signal: input value, curve, points, max, status\n"
"      --by FIELD        (rank) group by this field (default: industry)\n"
"      --ascii           (trend) plain ASCII sparklines\n"
"      --as-of DATE      (LinkedIn export) end of the activity window\n"
"      --target KW,...   (LinkedIn export) keywords of the target audience\n"
"      --id ID           (LinkedIn export) the record's id (default: the name);\n"
"                        (log) the reading's id (default: the file's last, else me)\n"
"      --official        (score, batch) CSV/TSV: the official_* columns too\n"
"      --date DATE       (log) the reading's date (default: today)\n"
"      --ssi N, --industry-top N, --network-top N, --industry-avg N, --network-avg N\n"
"                        (log) the other official figures\n"
"      --changes         (log) every change of the official series: up, down, flat\n"
"  -q, --quiet           no warnings (errors still print)\n"
"  -h, --help            this help\n"
"  -V, --version         the version\n"
"\n"
"exit status: 0 success, 1 --fail-under not met, 2 any error (bad usage,\n"
"unreadable or malformed input, a rejected record, a failed write)\n";

static const struct {
	const char *name;
	const char *synopsis;
	const char *help;
} commands[] = {
	{ "score", "ssi score [OPTIONS] [FILE...]",
	  "Score every profile and write the full report: the index, the four\n"
	  "pillars, the top actions and the advice for each of the sixteen keys.\n"
	  "FILE may be JSON, JSON Lines, CSV or a LinkedIn data export; no FILE or\n"
	  "'-' reads standard input.\n" },
	{ "batch", "ssi batch [OPTIONS] [FILE...]",
	  "Stream profiles through the scorer, one output row each (default CSV).\n"
	  "A rejected record is reported on standard error and the rest go on.\n" },
	{ "rank", "ssi rank [--by FIELD] [OPTIONS] [FILE...]",
	  "Score every profile and rank them by ssi overall and within groups\n"
	  "(--by FIELD, default industry): rank, top %, group averages.\n" },
	{ "trend", "ssi trend [OPTIONS] FILE...",
	  "Group records by id, order them by as_of and show each snapshot with\n"
	  "the change since the previous one and a sparkline of the index.\n" },
	{ "import", "ssi import linkedin [--as-of DATE] [--period DAYS] [--target KW,...] [--id ID] PATH",
	  "Read a LinkedIn data export (.zip or unpacked folder) and print the\n"
	  "profile record it gives, as JSON.\n" },
	{ "log", "ssi log [--id ID] [--date DATE] [--ssi N] [--industry-top N] [--network-top N] [--industry-avg N] [--network-avg N] FILE [BRAND PEOPLE ENGAGEMENT RELATIONSHIPS]\n"
	  "       ssi log --changes [-f csv|tsv] FILE...",
	  "Record one reading of LinkedIn's official SSI in FILE (JSON Lines,\n"
	  "created when absent): the four components on the command line, or\n"
	  "without them the SSI page's text pasted on standard input (English,\n"
	  "Spanish, Portuguese; end with Ctrl-D).  A reading of the same id and\n"
	  "date is replaced; every other line is kept byte for byte.  What was\n"
	  "recorded is printed on standard error.  --changes prints every change\n"
	  "of the official series of FILE... with its label (up, down, flat).\n" },
	{ "model", "ssi model [--format json]",
	  "Print the scoring model in use (--model FILE, or the default) as JSON.\n" },
	{ "fields", "ssi fields [--format text|csv|json]",
	  "List the input fields; --format csv prints an empty CSV header.\n" },
	{ "help", "ssi help [COMMAND]", "Help on ssi or one command.\n" },
};

#define NCOMMANDS (sizeof commands / sizeof commands[0])

void
cli_error(const struct ssi_err *e)
{
	char buf[SSI_ERR_MSG + 1024];

	err_format(e, buf, sizeof buf);
	fprintf(stderr, "ssi: %s\n", buf);
}

void
cli_fail(const char *fmt, ...)
{
	va_list ap;

	fputs("ssi: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

static int
usage_error(const char *fmt, const char *arg)
{
	fputs("ssi: ", stderr);
	fprintf(stderr, fmt, arg);
	fputs("\n(see ssi --help)\n", stderr);
	return SSI_EXIT_ERROR;
}

/* ---- the record loop ---- */

struct loop {
	struct cli *c;
	record_fn on_record;
	void *ctx;
	long scored, rejected;
	int stopped;
	struct profile *p;
};

static int
loop_record(void *ctx, struct profile *p, const char *file, long line)
{
	struct loop *l = ctx;
	struct score s;
	int r;

	score_profile(l->c->m, p, &s);
	l->scored++;
	r = l->on_record(l->ctx, p, &s, file, line);
	if (r != 0)
		l->stopped = 1;
	return r;
}

static int
loop_reject(void *ctx, const struct ssi_err *e)
{
	struct loop *l = ctx;

	l->rejected++;
	cli_error(e);
	return 0;
}

static void
loop_warn(void *ctx, const struct ssi_err *e)
{
	struct loop *l = ctx;
	char buf[SSI_ERR_MSG + 1024];

	if (l->c->quiet)
		return;
	err_format(e, buf, sizeof buf);
	fprintf(stderr, "ssi: warning: %s\n", buf);
}

int
cli_read(struct cli *c, record_fn on_record, void *ctx, long *scored,
    long *rejected)
{
	struct loop l = { c, on_record, ctx, 0, 0, 0, NULL };
	struct record_sink sink = { loop_record, loop_reject, loop_warn, &l };
	struct input *in = input_new(&c->ro, &sink);
	static char *const stdin_only[] = { "-" };
	char *const *files = c->nfiles ? c->files : stdin_only;
	int n = c->nfiles ? c->nfiles : 1, i, status = SSI_EXIT_OK;

	if (in == NULL) {
		cli_fail("out of memory");
		return SSI_EXIT_ERROR;
	}
	for (i = 0; i < n && !l.stopped; i++) {
		struct ssi_err e = { 0 };
		int r = input_read(in, files[i], &e);

		if (r < 0) {
			cli_error(&e);
			status = SSI_READ_FAILED;
		}
	}
	input_free(in);
	*scored = l.scored;
	*rejected = l.rejected;
	if (l.stopped)
		return -1;
	if (l.rejected && status == SSI_EXIT_OK)
		status = SSI_EXIT_ERROR;
	return status;
}

/* ---- output ---- */

int
cli_open(const struct cli *c, struct out *o)
{
	struct ssi_err e = { 0 };

	if (out_open(o, c->output, &e) < 0) {
		cli_error(&e);
		return -1;
	}
	return 0;
}

int
cli_close(struct out *o, int status)
{
	struct ssi_err e = { 0 };
	int r = out_close(o, &e);

	if (r < 0) {
		cli_error(&e);
		return SSI_EXIT_ERROR;
	}
	return status;
}

void
cli_report_opts(const struct cli *c, const struct out *o,
    struct report_opts *r)
{
	const char *cs = nl_langinfo(CODESET);
	const char *cols = getenv("COLUMNS");
	struct winsize ws;
	int tty = o->tmp == NULL && isatty(o->fd);

	memset(r, 0, sizeof *r);
	r->m = c->m;
	r->format = c->format;
	r->lang = c->lang;
	r->explain = c->explain;
	r->official = c->official;
	r->utf8 = !c->ascii && cs != NULL && strcmp(cs, "UTF-8") == 0;
	if (c->color == 1)
		r->color = 1;
	else if (c->color == 0)
		r->color = tty && getenv("NO_COLOR") == NULL;
	r->width = 80;
	if (tty && ioctl(o->fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		r->width = ws.ws_col;
	else if (tty && cols && atoi(cols) > 0)
		r->width = atoi(cols);
	if (r->width < 60)
		r->width = 60;
	if (r->width > 120)
		r->width = 120;
}

/* ---- commands that print tables ---- */

static int
cmd_model(struct cli *c)
{
	struct out o;

	if (c->nfiles)
		return usage_error("model: unexpected argument '%s'", c->files[0]);
	if (cli_open(c, &o) < 0)
		return SSI_EXIT_ERROR;
	report_model_json(&o, c->m);
	return cli_close(&o, SSI_EXIT_OK);
}

static int
cmd_fields(struct cli *c)
{
	struct out o;

	if (c->nfiles)
		return usage_error("fields: unexpected argument '%s'", c->files[0]);
	if (cli_open(c, &o) < 0)
		return SSI_EXIT_ERROR;
	report_fields(&o, c->format < 0 ? OF_TEXT : c->format);
	return cli_close(&o, SSI_EXIT_OK);
}

static int
cmd_help(struct cli *c)
{
	size_t i;

	if (c->nfiles == 0) {
		fputs(usage_text, stdout);
		fputs("\n", stdout);
		fputs(options_text, stdout);
		return SSI_EXIT_OK;
	}
	for (i = 0; i < NCOMMANDS; i++)
		if (strcmp(c->files[0], commands[i].name) == 0) {
			printf("usage: %s\n\n%s\n", commands[i].synopsis,
			    commands[i].help);
			fputs(options_text, stdout);
			return SSI_EXIT_OK;
		}
	return usage_error("help: unknown command '%s'", c->files[0]);
}

static const struct {
	const char *name;
	int (*run)(struct cli *);
} table[] = {
	{ "score", cmd_score },
	{ "batch", cmd_score },
	{ "rank", cmd_rank },
	{ "trend", cmd_trend },
	{ "import", cmd_import },
	{ "log", cmd_log },
	{ "model", cmd_model },
	{ "fields", cmd_fields },
	{ "help", cmd_help },
};

/* ---- options ---- */

enum {
	O_LANG = 256, O_COLOR, O_MODEL, O_SET, O_PERIOD, O_STRICT,
	O_FAIL_UNDER, O_NO_HEADER, O_EXPLAIN, O_BY, O_ASCII, O_AS_OF,
	O_TARGET, O_ID, O_OFFICIAL, O_CHANGES,
	O_LOG	/* O_LOG + enum log_opt: the options of ssi log */
};

static const struct option longopts[] = {
	{ "format", required_argument, NULL, 'f' },
	{ "input", required_argument, NULL, 'i' },
	{ "delimiter", required_argument, NULL, 'd' },
	{ "output", required_argument, NULL, 'o' },
	{ "quiet", no_argument, NULL, 'q' },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ "lang", required_argument, NULL, O_LANG },
	{ "color", required_argument, NULL, O_COLOR },
	{ "colour", required_argument, NULL, O_COLOR },
	{ "model", required_argument, NULL, O_MODEL },
	{ "set", required_argument, NULL, O_SET },
	{ "period", required_argument, NULL, O_PERIOD },
	{ "strict", no_argument, NULL, O_STRICT },
	{ "fail-under", required_argument, NULL, O_FAIL_UNDER },
	{ "no-header", no_argument, NULL, O_NO_HEADER },
	{ "explain", no_argument, NULL, O_EXPLAIN },
	{ "by", required_argument, NULL, O_BY },
	{ "ascii", no_argument, NULL, O_ASCII },
	{ "as-of", required_argument, NULL, O_AS_OF },
	{ "target", required_argument, NULL, O_TARGET },
	{ "id", required_argument, NULL, O_ID },
	{ "official", no_argument, NULL, O_OFFICIAL },
	{ "changes", no_argument, NULL, O_CHANGES },
	{ "date", required_argument, NULL, O_LOG + LOG_DATE },
	{ "ssi", required_argument, NULL, O_LOG + LOG_SSI },
	{ "industry-top", required_argument, NULL, O_LOG + LOG_INDUSTRY_TOP },
	{ "network-top", required_argument, NULL, O_LOG + LOG_NETWORK_TOP },
	{ "industry-avg", required_argument, NULL, O_LOG + LOG_INDUSTRY_AVG },
	{ "network-avg", required_argument, NULL, O_LOG + LOG_NETWORK_AVG },
	{ NULL, 0, NULL, 0 }
};

static int
pick(const char *const *ids, int n, const char *s)
{
	int i;

	for (i = 0; i < n; i++)
		if (strcmp(ids[i], s) == 0)
			return i;
	return -1;
}

static int
load_model(struct cli *c, const char *path)
{
	struct ssi_err e = { 0 };
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t n = 0, cap = 0;
	int r;

	if (f == NULL) {
		e.file = path;
		err_set(&e, "cannot open: %s", strerror(errno));
		cli_error(&e);
		return -1;
	}
	for (;;) {
		size_t got;

		if (n == cap) {
			char *nb;

			if (cap >= (1u << 20)) {
				fclose(f);
				free(buf);
				e.file = path;
				err_set(&e, "model file larger than 1 MiB");
				cli_error(&e);
				return -1;
			}
			cap = cap ? cap * 2 : 8192;
			nb = realloc(buf, cap);
			if (nb == NULL)
				break;
			buf = nb;
		}
		got = fread(buf + n, 1, cap - n, f);
		n += got;
		if (got == 0)
			break;
	}
	fclose(f);
	r = model_load_json(&c->model, buf ? buf : "", n, path, &e);
	free(buf);
	if (r < 0) {
		cli_error(&e);
		return -1;
	}
	c->m = &c->model;
	return 0;
}

static int
parse_args(struct cli *c, int argc, char **argv)
{
	const char *model_path = NULL;
	struct ssi_err e = { 0 };
	int ch;
	char *end;

	while ((ch = getopt_long(argc, argv, "f:i:d:o:qhV", longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'f':
			if ((c->format = pick(out_format_ids, OF_COUNT, optarg)) < 0)
				return usage_error("unknown output format '%s'",
				    optarg);
			break;
		case 'i':
			if ((int)(c->ro.format = pick(in_format_ids, 5, optarg)) < 0)
				return usage_error("unknown input format '%s'",
				    optarg);
			break;
		case 'd':
			if (strcmp(optarg, "\\t") == 0 || strcmp(optarg, "tab") == 0)
				c->ro.delim = '\t';
			else if (strlen(optarg) == 1 && optarg[0] != '"' &&
			    optarg[0] != '\n' && optarg[0] != '\r')
				c->ro.delim = (unsigned char)optarg[0];
			else
				return usage_error("delimiter '%s' is not one "
				    "character", optarg);
			break;
		case 'o':
			c->output = optarg;
			break;
		case 'q':
			c->quiet = 1;
			break;
		case 'h':
			c->help = 1;
			break;
		case 'V':
			printf("ssi %s\n", SSI_VERSION);
			exit(SSI_EXIT_OK);
		case O_LANG:
			if ((c->lang = lang_parse(optarg)) < 0)
				return usage_error("--lang: '%s' is not en or es",
				    optarg);
			break;
		case O_COLOR: {
			static const char *const whens[] = { "auto", "always", "never" };

			if ((c->color = pick(whens, 3, optarg)) < 0)
				return usage_error("--color: '%s' is not auto, "
				    "always or never", optarg);
			break;
		}
		case O_MODEL:
			model_path = optarg;
			break;
		case O_SET:
			if (c->ro.nsets == MAX_SETS)
				return usage_error("more than %s --set options", "64");
			if (input_parse_set(optarg, &c->sets[c->ro.nsets], &e) < 0)
				return usage_error("%s", e.msg);
			c->ro.nsets++;
			break;
		case O_PERIOD:
			if (parse_whole(optarg, strlen(optarg), 1, 366,
			    &c->ro.period) < 0)
				return usage_error("--period: '%s' is not a whole "
				    "number from 1 to 366", optarg);
			c->ro.li.period = c->ro.period;
			break;
		case O_STRICT:
			c->ro.strict = 1;
			break;
		case O_FAIL_UNDER:
			errno = 0;
			c->fail_under = strtod(optarg, &end);
			if (errno || end == optarg || *end || !(c->fail_under >= 0) ||
			    c->fail_under > 100)
				return usage_error("--fail-under: '%s' is not a "
				    "number from 0 to 100", optarg);
			c->has_fail_under = 1;
			break;
		case O_NO_HEADER:
			c->no_header = 1;
			break;
		case O_EXPLAIN:
			c->explain = 1;
			break;
		case O_BY:
			if (field_lookup(optarg, strlen(optarg)) < 0)
				return usage_error("--by: unknown field '%s'", optarg);
			c->by = optarg;
			break;
		case O_ASCII:
			c->ascii = 1;
			break;
		case O_AS_OF: {
			struct profile t;
			int r;

			profile_init(&t);
			r = profile_set(&t, F_AS_OF, optarg, strlen(optarg),
			    VK_STRING, 0, &e);
			profile_free(&t);
			if (r < 0)
				return usage_error("--as-of: '%s' is not a date "
				    "(YYYY-MM-DD)", optarg);
			c->ro.li.as_of = optarg;
			break;
		}
		case O_TARGET:
			c->ro.li.target = optarg;
			break;
		case O_ID:
			c->ro.li.id = optarg;
			break;
		case O_OFFICIAL:
			c->official = 1;
			break;
		case O_CHANGES:
			c->changes = 1;
			break;
		case O_LOG + LOG_DATE:
		case O_LOG + LOG_SSI:
		case O_LOG + LOG_INDUSTRY_TOP:
		case O_LOG + LOG_NETWORK_TOP:
		case O_LOG + LOG_INDUSTRY_AVG:
		case O_LOG + LOG_NETWORK_AVG:
			c->log_opt[ch - O_LOG] = optarg;
			break;
		default:
			fputs("(see ssi --help)\n", stderr);
			return SSI_EXIT_ERROR;
		}
	}
	c->files = argv + optind;
	c->nfiles = argc - optind;
	c->ro.sets = c->sets;
	if (model_path && load_model(c, model_path) < 0)
		return SSI_EXIT_ERROR;
	return -1;
}

int
main(int argc, char **argv)
{
	struct cli c;
	size_t i;
	int r;

	setlocale(LC_CTYPE, "");
	signal(SIGPIPE, SIG_IGN);
	memset(&c, 0, sizeof c);
	c.format = -1;
	c.lang = lang_from_env();
	c.m = model_default();
	if (argc < 2) {
		fputs(usage_text, stderr);
		return SSI_EXIT_ERROR;
	}
	if (argv[1][0] == '-') {
		/* ssi --help, ssi --version */
		r = parse_args(&c, argc, argv);
		if (r >= 0)
			return r;
		if (!c.help)
			return usage_error("no command given%s", "");
		c.nfiles = 0;
		return cmd_help(&c);
	}
	c.cmd = argv[1];
	r = parse_args(&c, argc - 1, argv + 1);
	if (r >= 0)
		return r;
	if (c.help) {
		/* ssi COMMAND --help */
		c.files = argv + 1;
		c.nfiles = 1;
		return cmd_help(&c);
	}
	for (i = 0; i < sizeof table / sizeof table[0]; i++)
		if (strcmp(c.cmd, table[i].name) == 0)
			return table[i].run(&c);
	return usage_error("unknown command '%s'", c.cmd);
}
