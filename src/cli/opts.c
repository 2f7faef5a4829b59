/*
 * opts.c - the command line from the option arrays (see cli.h): the
 * generic parsers of an option's value, the table of a command (its own
 * options, its groups, the global ones) given to getopt_long, the usage
 * errors with their suggestions, and the help, generated from the same
 * arrays and the command table.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "ssi/catalog.h"
#include "ssi/names.h"
#include "ssi/textw.h"

/* ---- the parsers of a value ---- */

int
opt_flag(struct cli *c, const struct cli_option *o, const char *arg)
{
	(void)arg;
	*(int *)o->value = 1;
	if (o->report)
		c->kind = o->report - 1;
	return 0;
}

int
opt_string(struct cli *c, const struct cli_option *o, const char *arg)
{
	(void)c;
	*(const char **)o->value = arg;
	return 0;
}

/* The choices of o as "a, b, c" into buf. */
static void
choices_list(const struct cli_option *o, char *buf, size_t n)
{
	const char *const *v;
	size_t len = 0;

	buf[0] = '\0';
	for (v = o->choices; v && *v && len < n; v++)
		len += (size_t)snprintf(buf + len, n - len, "%s%s",
		    len ? ", " : "", *v);
}

int
cli_choice(struct cli *c, const struct cli_option *o, const char *arg)
{
	size_t n = 0;
	int i;
	char list[160];

	while (o->choices[n])
		n++;
	i = names_find(arg, strlen(arg), &o->choices[0], n,
	    sizeof o->choices[0], 1);
	if (i >= 0)
		return i;
	choices_list(o, list, sizeof list);
	cli_usage(c, "--%s: '%s' is not one of %s", o->name, arg, list);
	return -1;
}

int
opt_choice(struct cli *c, const struct cli_option *o, const char *arg)
{
	int i = cli_choice(c, o, arg);

	if (i < 0)
		return -1;
	*(int *)o->value = i;
	return 0;
}

int
opt_date(struct cli *c, const struct cli_option *o, const char *arg)
{
	struct ssi_err e = { 0 };
	struct profile t;
	int r;

	profile_init(&t);
	r = profile_set(&t, F_AS_OF, arg, strlen(arg), VK_STRING, 0, &e);
	profile_free(&t);
	if (r < 0) {
		cli_usage(c, "--%s: '%s' is not a date (YYYY-MM-DD)", o->name,
		    arg);
		return -1;
	}
	*(const char **)o->value = arg;
	return 0;
}

/* ---- the table of a command ---- */

#define MAX_OPTS 96

struct optlist {
	const struct cli_option *v[MAX_OPTS];
	int n;
};

static const struct cli_option *
list_find(const struct optlist *l, const char *name)
{
	int i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i]->name, name) == 0)
			return l->v[i];
	return NULL;
}

static const struct cli_option *
array_find(const struct cli_option *a, const char *name)
{
	for (; a && a->name; a++)
		if (strcmp(a->name, name) == 0)
			return a;
	return NULL;
}

/* The rows of a not yet in l (by name), but those own replaces. */
static void
list_add(struct optlist *l, const struct cli_option *a,
    const struct cli_option *own)
{
	for (; a && a->name && l->n < MAX_OPTS; a++)
		if (!list_find(l, a->name) && (a == own ||
		    !array_find(own, a->name)))
			l->v[l->n++] = a;
}

/*
 * The options of cmd in the order of its help: its groups, its own, the
 * global ones; an own option replaces a group's of the same name
 * (calibrate's --model).  cmd NULL: the global ones alone.
 */
static void
command_options(const struct command *cmd, struct optlist *l)
{
	const struct cli_option *const *g;
	const struct cli_option *o;

	l->n = 0;
	for (g = cmd ? cmd->groups : NULL; g && *g; g++)
		list_add(l, *g, cmd->own);
	if (cmd)
		for (o = cmd->own; o && o->name && l->n < MAX_OPTS; o++)
			l->v[l->n++] = o;
	list_add(l, opts_global, NULL);
}

int
cli_options_of(const struct command *cmd, const struct cli_option **v,
    int max)
{
	struct optlist l;
	int i;

	command_options(cmd, &l);
	for (i = 0; i < l.n && i < max; i++)
		v[i] = l.v[i];
	return i;
}

/* Every command's options, each name once (the first row of it). */
static void
all_options(struct optlist *l)
{
	struct optlist one;
	int i, k;

	l->n = 0;
	for (i = 0; i < cli_ncommands; i++) {
		command_options(&cli_commands[i], &one);
		for (k = 0; k < one.n && l->n < MAX_OPTS; k++)
			if (!list_find(l, one.v[k]->name))
				l->v[l->n++] = one.v[k];
	}
}

/* The getopt_long arguments of l: option i returns 256 + i. */
static void
getopt_table(const struct optlist *l, struct option *lo, char *shorts)
{
	int i;

	*shorts++ = ':';
	for (i = 0; i < l->n; i++) {
		lo[i] = (struct option){ l->v[i]->name, l->v[i]->arg ?
		    required_argument : no_argument, NULL, 256 + i };
		if (l->v[i]->ch) {
			*shorts++ = (char)l->v[i]->ch;
			if (l->v[i]->arg)
				*shorts++ = ':';
		}
	}
	*shorts = '\0';
	lo[i] = (struct option){ NULL, 0, NULL, 0 };
}

static const struct cli_option *
by_short(const struct optlist *l, int ch)
{
	int i;

	for (i = 0; i < l->n; i++)
		if (l->v[i]->ch == ch)
			return l->v[i];
	return NULL;
}

static const struct command *
cli_command_find(const char *s)
{
	int i = names_find(s, strlen(s), &cli_commands[0].name,
	    (size_t)cli_ncommands, sizeof cli_commands[0], 0);

	return i < 0 ? NULL : &cli_commands[i];
}

/* ---- usage errors ---- */

/* A usage error: name is no command (the nearest one named, if any). */
static int
unknown_command(const struct cli *c, const char *name)
{
	const char *near = names_nearest(name, &cli_commands[0].name,
	    (size_t)cli_ncommands, sizeof cli_commands[0]);

	if (near)
		return cli_usage(c, "unknown command '%s' (did you mean '%s'?)",
		    name, near);
	return cli_usage(c, "unknown command '%s'", name);
}

/* The commands that take option name, "rank" or "score, batch". */
static void
takers(const char *name, char *buf, size_t n)
{
	struct optlist l;
	size_t len = 0;
	int i;

	buf[0] = '\0';
	for (i = 0; i < cli_ncommands; i++) {
		command_options(&cli_commands[i], &l);
		if (list_find(&l, name) && len < n)
			len += (size_t)snprintf(buf + len, n - len, "%s%s",
			    len ? ", " : "", cli_commands[i].name);
	}
}

/*
 * word is no option of c's command: an option of other commands, a typo
 * of one of its own (Damerau distance, names.h), or nothing known.
 */
static int
unknown_option(const struct cli *c, const struct optlist *l, const char *word)
{
	char name[64], who[160];
	const char *names[MAX_OPTS], *near;
	int i, n = 0;

	if (strncmp(word, "--", 2) != 0 || word[2] == '\0')
		return cli_usage(c, "unknown option '%s'", word);
	snprintf(name, sizeof name, "%.*s", (int)strcspn(word + 2, "="),
	    word + 2);
	takers(name, who, sizeof who);
	if (who[0])
		return cli_usage(c, "--%s is an option of %s", name, who);
	for (i = 0; i < l->n; i++)
		if (!l->v[i]->hidden)
			names[n++] = l->v[i]->name;
	near = names_nearest(name, names, (size_t)n, sizeof names[0]);
	if (near)
		return cli_usage(c, "unknown option '--%s' (did you mean "
		    "'--%s'?)", name, near);
	return cli_usage(c, "unknown option '%s'", word);
}

/* ---- parsing ---- */

/* The first word of argv that getopt_long, given every command's
 * options, does not take for an option or its value: the command. */
static const char *
command_word(int argc, char **argv)
{
	static struct option lo[MAX_OPTS + 1];
	static char shorts[3 * MAX_OPTS + 2];
	struct optlist all;
	char **copy = malloc(((size_t)argc + 1) * sizeof *copy);
	const char *word = NULL;

	if (copy == NULL)
		return NULL;
	memcpy(copy, argv, ((size_t)argc + 1) * sizeof *copy);
	all_options(&all);
	getopt_table(&all, lo, shorts);
	opterr = 0;
	optind = 0;
	while (getopt_long(argc, copy, shorts, lo, NULL) != -1)
		continue;
	if (optind < argc)
		word = copy[optind];
	free(copy);
	return word;
}

static int
load_model(struct cli *c)
{
	struct ssi_err e = { 0 };

	if (model_load_file(&c->model, c->model_path, &e) < 0) {
		cli_error(&e);
		return -1;
	}
	c->m = &c->model;
	return 0;
}

static int print_help(struct cli *c, const struct command *cmd);

/* cli_parse's body: -1 to go on, else the exit status. */
static int
parse(struct cli *c, int argc, char **argv)
{
	static struct option lo[MAX_OPTS + 1];
	static char shorts[3 * MAX_OPTS + 2];
	struct optlist l;
	const struct cli_option **given;
	const char **vals;
	const char *word = command_word(argc, argv);
	int i, ch, n = 0, status = -1;

	/* The command first: every message names it. */
	if (word && (c->cmd = cli_command_find(word)) == NULL)
		return unknown_command(c, word);
	command_options(c->cmd, &l);
	getopt_table(&l, lo, shorts);
	given = malloc((size_t)argc * sizeof *given);
	vals = malloc((size_t)argc * sizeof *vals);
	if (given == NULL || vals == NULL) {
		cli_fail("out of memory");
		status = SSI_EXIT_ERROR;
		goto done;
	}
	opterr = 0;
	optind = 0;
	while ((ch = getopt_long(argc, argv, shorts, lo, NULL)) != -1) {
		const struct cli_option *o = NULL;

		if (ch == ':') {
			status = cli_usage(c, "option '%s' needs a value",
			    argv[optind - 1]);
			goto done;
		}
		if (ch == '?' && optopt >= 256) {
			status = cli_usage(c, "option '--%s' takes no value",
			    l.v[optopt - 256]->name);
			goto done;
		}
		if (ch == '?' && optopt) {
			char word_[3] = { '-', (char)optopt, '\0' };

			status = cli_usage(c, "unknown option '%s'", word_);
			goto done;
		}
		if (ch == '?') {
			status = unknown_option(c, &l, argv[optind - 1]);
			goto done;
		}
		o = ch >= 256 ? l.v[ch - 256] : by_short(&l, ch);
		given[n] = o;
		vals[n++] = optarg;
	}
	for (i = 0; i < n; i++)
		if (given[i]->value == &c->version) {
			struct out out;

			struct ssi_err e = { 0 };

			status = SSI_EXIT_ERROR;
			if (out_open(&out, NULL, &e) < 0)
				cli_error(&e);
			else {
				out_str(&out, "ssi " SSI_VERSION "\n");
				status = cli_close(&out, SSI_EXIT_OK);
			}
			goto done;
		}
	if (c->cmd == NULL) {
		for (i = 0; i < n; i++)
			if (given[i]->value == &c->help) {
				status = print_help(c, NULL);
				goto done;
			}
		status = cli_usage(c, "no command given");
		goto done;
	}
	c->files = argv + optind + 1;
	c->nfiles = argc - optind - 1;
	for (i = 0; i < n; i++)
		if (given[i]->value == &c->help) {
			status = print_help(c, c->cmd);
			goto done;
		}
	c->kind = c->cmd->kind;
	for (i = 0; i < n; i++)
		if (given[i]->parse(c, given[i], vals[i]) < 0) {
			status = SSI_EXIT_ERROR;
			goto done;
		}
	if (!c->format_given)
		c->format = writer_default(c->kind);
	/* -f for a command that writes a report only with an option */
	if (c->kind < 0 && c->format_given) {
		for (i = 0; i < l.n && !l.v[i]->report; i++)
			continue;
		if (i < l.n)
			status = cli_usage(c, "no '%s' output without --%s",
			    out_format_ids[c->format], l.v[i]->name);
		else
			status = cli_usage(c, "no '%s' output",
			    out_format_ids[c->format]);
		goto done;
	}
	/* a report of the table: offered in this format */
	if (c->kind >= 0 && writer_find(c->kind, c->format) == NULL) {
		char ids[64];

		writer_formats(c->kind, ids, sizeof ids);
		status = cli_usage(c, "no '%s' output (%s)",
		    out_format_ids[c->format], ids);
		goto done;
	}
	c->ro.sets = c->sets;
	if (c->model_path && load_model(c) < 0)
		status = SSI_EXIT_ERROR;
done:
	free(given);
	free(vals);
	return status;
}

int
cli_parse(struct cli *c, int argc, char **argv, int *status)
{
	*status = parse(c, argc, argv);
	return *status >= 0 ? -1 : 0;
}

/* ---- help, generated from the tables ---- */

#define HELP_COL 24	/* where an option's help starts */

/* -f's help: the formats of the command's report (and of the reports its
 * options switch to), from the writer table. */
static void
format_help(const struct command *cmd, const struct optlist *l, char *buf,
    size_t n)
{
	char ids[64];
	size_t len = 0;
	int i;

	buf[0] = '\0';
	if (cmd->kind >= 0) {
		writer_formats(cmd->kind, ids, sizeof ids);
		len = (size_t)snprintf(buf, n, cli_tr("%s (default: %s)"), ids,
		    out_format_ids[writer_default(cmd->kind)]);
	}
	for (i = 0; i < l->n && len < n; i++) {
		int k = l->v[i]->report - 1;

		if (k < 0)
			continue;
		writer_formats(k, ids, sizeof ids);
		len += (size_t)snprintf(buf + len, n - len, cli_tr("%swith "
		    "--%s: %s (default: %s)"), len ? "; " : "", l->v[i]->name,
		    ids, out_format_ids[writer_default(k)]);
	}
}

static void
help_option(struct out *o, const struct cli_option *opt,
    const struct command *cmd, const struct optlist *l)
{
	char left[64], fmt[200], list[120];
	const char *help = opt->help ? cli_tr(opt->help) : "";

	if (opt->ch)
		snprintf(left, sizeof left, "  -%c, --%s%s%s", opt->ch,
		    opt->name, opt->arg ? " " : "", opt->arg ? opt->arg : "");
	else
		snprintf(left, sizeof left, "      --%s%s%s", opt->name,
		    opt->arg ? " " : "", opt->arg ? opt->arg : "");
	if (opt->help == NULL && cmd) {	/* -f */
		format_help(cmd, l, fmt, sizeof fmt);
		help = fmt;
	} else if (opt->help_choices) {	/* --lang: the languages of lang.c */
		choices_list(opt, list, sizeof list);
		snprintf(fmt, sizeof fmt, "%s %s", list, help);
		help = fmt;
	}
	out_str(o, left);
	if ((int)strlen(left) >= HELP_COL - 1) {
		out_char(o, '\n');
		report_pad(o, "", HELP_COL);
	} else
		report_pad(o, "", HELP_COL - (int)strlen(left));
	text_wrap(o, help, HELP_COL, HELP_COL, 80);
}

/* The exit statuses; 1 only for a command that takes --fail-under. */
static void
help_exit_status(struct out *o, const struct optlist *l)
{
	if (l && !list_find(l, "fail-under"))
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
	struct optlist l;
	char left[64];
	int i;

	out_str(o, cli_tr("usage: ssi COMMAND [OPTIONS] [ARGS]\n\ncommands:\n"));
	for (i = 0; i < cli_ncommands; i++) {
		snprintf(left, sizeof left, "  %-7s%s%s", cli_commands[i].name,
		    strlen(cli_commands[i].name) >= 7 ? " " : "",
		    cli_commands[i].args);
		out_str(o, left);
		if (strlen(left) > 33) {	/* the summary on a line of its own */
			out_char(o, '\n');
			report_pad(o, "", 34);
		} else
			report_pad(o, "", 34 - (int)strlen(left));
		out_str(o, cli_tr(cli_commands[i].summary));
		out_char(o, '\n');
	}
	out_str(o, cli_tr("\noptions of every command:\n"));
	command_options(NULL, &l);
	for (i = 0; i < l.n; i++)
		if (!l.v[i]->hidden)
			help_option(o, l.v[i], NULL, &l);
	out_str(o, cli_tr("\n'ssi help COMMAND' lists the options of a "
	    "command.\n"));
	help_exit_status(o, NULL);
}

static void
help_command(struct out *o, const struct command *cmd)
{
	struct optlist l;
	int i;

	out_str(o, cli_tr("usage: ssi "));
	out_str(o, cmd->name);
	out_char(o, ' ');
	out_str(o, cmd->args);
	out_str(o, "\n\n");
	text_wrap(o, cli_tr(cmd->help), 0, 0, 80);
	out_str(o, cli_tr("\noptions:\n"));
	command_options(cmd, &l);
	for (i = 0; i < l.n; i++)
		if (!l.v[i]->hidden)
			help_option(o, l.v[i], cmd, &l);
	help_exit_status(o, &l);
}

/* Print help to standard output; a failed write is an error. */
static int
print_help(struct cli *c, const struct command *cmd)
{
	struct ssi_err e = { 0 };
	struct out o;

	(void)c;
	if (out_open(&o, NULL, &e) < 0) {
		cli_error(&e);
		return SSI_EXIT_ERROR;
	}
	if (cmd)
		help_command(&o, cmd);
	else
		help_general(&o);
	return cli_close(&o, SSI_EXIT_OK);
}

int
cmd_help(struct cli *c)
{
	const struct command *cmd = NULL;

	if (c->nfiles > 1)
		return cli_usage(c, "unexpected argument '%s'", c->files[1]);
	if (c->nfiles == 1 && (cmd = cli_command_find(c->files[0])) == NULL)
		return unknown_command(c, c->files[0]);
	return print_help(c, cmd);
}
