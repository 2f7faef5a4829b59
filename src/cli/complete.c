/*
 * complete.c - ssi completion bash|zsh|fish: a completion script for the
 * shell, generated from the command table and the option arrays (cli.h):
 * the commands, the options of each, the values of the enumerated ones
 * (their choices; -f: the formats of the command's reports in the writer
 * table) and files where an option or the command reads one.  make install
 * puts the three where the shells look for them.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

#define MAXO 96

static const char *const shells[] = { "bash", "zsh", "fish", NULL };

/* The values of option o of cmd, space-separated, into buf; 0 when o
 * takes no enumerated value. */
static int
values(const struct command *cmd, const struct cli_option *o, char *buf,
    size_t n)
{
	const struct cli_option *v[MAXO];
	size_t len = 0;
	int f, i, k, nv;

	buf[0] = '\0';
	if (o->arg == NULL)
		return 0;
	if (o->choices) {
		for (i = 0; o->choices[i] && len < n; i++)
			len += (size_t)snprintf(buf + len, n - len, "%s%s",
			    len ? " " : "", o->choices[i]);
		return 1;
	}
	if (strcmp(o->name, "format") != 0)
		return 0;
	/* -f: every format of the reports the command writes */
	nv = cmd ? cli_options_of(cmd, v, MAXO) : 0;
	for (f = 0; f < OF_COUNT && len < n; f++) {
		int offered = cmd == NULL || (cmd->kind >= 0 &&
		    writer_find(cmd->kind, f) != NULL);

		for (k = 0; k < nv && !offered; k++)
			offered = v[k]->report &&
			    writer_find(v[k]->report - 1, f) != NULL;
		if (offered)
			len += (size_t)snprintf(buf + len, n - len, "%s%s",
			    len ? " " : "", out_format_ids[f]);
	}
	return 1;
}

static int
takes_file(const struct cli_option *o)
{
	return o->arg && strstr(o->arg, "FILE") && !strchr(o->arg, '=');
}

/* The first clause of a help text, for a description: up to " (" or
 * ";", brackets made parentheses (zsh's _arguments ends a description at
 * "]"), ": " a dash; quotes are the writers' (quoted). */
static void
describe(const char *help, char *buf, size_t n)
{
	size_t i, o = 0;

	help = help ? cli_tr(help) : cli_tr("output format");
	for (i = 0; help[i] && o + 3 < n; i++) {
		if (help[i] == ';' || (help[i] == ' ' && help[i + 1] == '('))
			break;
		if (help[i] == ':' && help[i + 1] == ' ') {
			buf[o++] = ' ';
			buf[o++] = '-';
		} else if (help[i] == '[' || help[i] == ']')
			buf[o++] = help[i] == '[' ? '(' : ')';
		else
			buf[o++] = help[i];
	}
	buf[o] = '\0';
}

/* s inside single quotes of the shell: zsh and bash close, escape and
 * reopen a quote; fish escapes it (and a backslash). */
static void
quoted(struct out *o, const char *s, int fish)
{
	for (; *s; s++)
		if (*s == '\'')
			out_str(o, fish ? "\\'" : "'\\''");
		else if (*s == '\\' && fish)
			out_str(o, "\\\\");
		else
			out_char(o, *s);
}

/* A line per command: before, its name, mid, its summary quoted, "'". */
static void
described(struct out *o, const char *before, const char *mid, int fish)
{
	char d[128];
	int i;

	for (i = 0; i < cli_ncommands; i++) {
		describe(cli_commands[i].summary, d, sizeof d);
		out_str(o, before);
		out_str(o, cli_commands[i].name);
		out_str(o, mid);
		quoted(o, d, fish);
		out_str(o, "'\n");
	}
}

/* What the command's arguments are: "files", "commands", "shells",
 * "linkedin" (then files), or "" (none). */
static const char *
args_kind(const struct command *cmd)
{
	if (strcmp(cmd->name, "help") == 0)
		return "commands";
	if (strcmp(cmd->name, "completion") == 0)
		return "shells";
	if (strcmp(cmd->name, "import") == 0)
		return "linkedin";
	return cmd->flags & CMD_READS ? "files" : "";
}

static void
words(struct out *o, int kind)
{
	int i;

	for (i = 0; kind == 0 && i < cli_ncommands; i++) {
		out_str(o, i ? " " : "");
		out_str(o, cli_commands[i].name);
	}
	for (i = 0; kind == 1 && shells[i]; i++) {
		out_str(o, i ? " " : "");
		out_str(o, shells[i]);
	}
}

/* ---- bash ---- */

static void
bash_opts(struct out *o, const struct command *cmd)
{
	const struct cli_option *v[MAXO];
	int i, n = cli_options_of(cmd, v, MAXO);

	for (i = 0; i < n; i++) {
		char s[8];

		out_str(o, i ? " --" : "--");
		out_str(o, v[i]->name);
		if (v[i]->ch) {
			snprintf(s, sizeof s, " -%c", v[i]->ch);
			out_str(o, s);
		}
	}
}

/* The case arms "cmd:--opt|cmd:-o) ... ;;" of the values of cmd's options
 * (cmd NULL: before the command, any format). */
static void
bash_values(struct out *o, const struct command *cmd)
{
	const struct cli_option *v[MAXO];
	char buf[256];
	int i, n = cli_options_of(cmd, v, MAXO);
	const char *name = cmd ? cmd->name : "";

	for (i = 0; i < n; i++) {
		int file = takes_file(v[i]);

		if (!values(cmd, v[i], buf, sizeof buf) && !file)
			continue;
		out_str(o, "\t");
		out_str(o, name);
		out_str(o, ":--");
		out_str(o, v[i]->name);
		if (v[i]->ch) {
			snprintf(buf + 200, 56, "|%s:-%c", name, v[i]->ch);
			out_str(o, buf + 200);
		}
		if (file) {
			out_str(o, ") COMPREPLY=($(compgen -f -- \"$cur\")); "
			    "return ;;\n");
			continue;
		}
		out_str(o, ") COMPREPLY=($(compgen -W \"");
		out_str(o, buf);
		out_str(o, "\" -- \"$cur\")); return ;;\n");
	}
}

static void
bash(struct out *o)
{
	int i;

	out_str(o, "# bash completion of ssi (generated by ssi completion "
	    "bash from its command\n# and option tables)\n"
	    "_ssi() {\n"
	    "\tlocal cur prev cmd i opts\n"
	    "\tcur=${COMP_WORDS[COMP_CWORD]}\n"
	    "\tprev=${COMP_WORDS[COMP_CWORD-1]}\n"
	    "\tcmd=\n"
	    "\tfor ((i = 1; i < COMP_CWORD; i++)); do\n"
	    "\t\tcase ${COMP_WORDS[i]} in\n\t\t");
	for (i = 0; i < cli_ncommands; i++) {
		out_str(o, i ? "|" : "");
		out_str(o, cli_commands[i].name);
	}
	out_str(o, ") cmd=${COMP_WORDS[i]}; break ;;\n"
	    "\t\tesac\n"
	    "\tdone\n"
	    "\tcase $cmd:$prev in\n");
	for (i = 0; i < cli_ncommands; i++)
		bash_values(o, &cli_commands[i]);
	bash_values(o, NULL);
	out_str(o, "\tesac\n"
	    "\tcase $cmd in\n"
	    "\t'') opts=\"");
	bash_opts(o, NULL);
	out_char(o, ' ');
	words(o, 0);
	out_str(o, "\" ;;\n");
	for (i = 0; i < cli_ncommands; i++) {
		out_str(o, "\t");
		out_str(o, cli_commands[i].name);
		out_str(o, ") opts=\"");
		bash_opts(o, &cli_commands[i]);
		out_str(o, "\" ;;\n");
	}
	out_str(o, "\tesac\n"
	    "\tif [[ $cur == -* || -z $cmd ]]; then\n"
	    "\t\tCOMPREPLY=($(compgen -W \"$opts\" -- \"$cur\"))\n"
	    "\t\treturn\n"
	    "\tfi\n"
	    "\tcase $cmd in\n"
	    "\thelp) COMPREPLY=($(compgen -W \"");
	words(o, 0);
	out_str(o, "\" -- \"$cur\")) ;;\n"
	    "\tcompletion) COMPREPLY=($(compgen -W \"");
	words(o, 1);
	out_str(o, "\" -- \"$cur\")) ;;\n"
	    "\timport) [[ $prev == import ]] &&\n"
	    "\t\tCOMPREPLY=($(compgen -W linkedin -- \"$cur\")) ||\n"
	    "\t\tCOMPREPLY=($(compgen -f -- \"$cur\")) ;;\n\t");
	for (i = 0; i < cli_ncommands; i++)
		if (strcmp(args_kind(&cli_commands[i]), "files") == 0) {
			out_str(o, cli_commands[i].name);
			out_char(o, '|');
		}
	out_str(o, "_) COMPREPLY=($(compgen -f -- \"$cur\")) ;;\n"
	    "\tesac\n"
	    "}\n"
	    "complete -o filenames -F _ssi ssi\n");
}

/* ---- zsh ---- */

static void
zsh_command(struct out *o, const struct command *cmd)
{
	const struct cli_option *v[MAXO];
	char vals[256], d[128];
	const char *a = args_kind(cmd);
	int i, n = cli_options_of(cmd, v, MAXO);

	out_str(o, "\t\t");
	out_str(o, cmd->name);
	out_str(o, ") _arguments -s");
	for (i = 0; i < n; i++) {
		if (v[i]->hidden)
			continue;	/* an alias (--colour) */
		describe(v[i]->help, d, sizeof d);
		out_str(o, " \\\n\t\t    '");
		if (v[i]->ch) {
			char s[48];

			snprintf(s, sizeof s, "(-%c --%s)'{-%c,--%s}'", v[i]->ch,
			    v[i]->name, v[i]->ch, v[i]->name);
			out_str(o, s);
		} else {
			out_str(o, strcmp(v[i]->name, "set") == 0 ? "*--" :
			    "--");
			out_str(o, v[i]->name);
		}
		out_char(o, '[');
		quoted(o, d, 0);
		out_char(o, ']');
		if (values(cmd, v[i], vals, sizeof vals)) {
			out_str(o, ":value:(");
			out_str(o, vals);
			out_char(o, ')');
		} else if (takes_file(v[i])) {
			out_str(o, ":file:_files");
		} else if (v[i]->arg) {
			out_str(o, ":");
			out_str(o, v[i]->arg);
			out_str(o, ": ");
		}
		out_char(o, '\'');
	}
	if (strcmp(a, "files") == 0)
		out_str(o, " \\\n\t\t    '*:file:_files'");
	else if (strcmp(a, "linkedin") == 0)
		out_str(o, " \\\n\t\t    '1:kind:(linkedin)' '*:export:_files'");
	else if (strcmp(a, "commands") == 0)
		out_str(o, " \\\n\t\t    '1:command:->cmds'");
	else if (strcmp(a, "shells") == 0)
		out_str(o, " \\\n\t\t    '1:shell:(bash zsh fish)'");
	out_str(o, " ;;\n");
}

static void
zsh(struct out *o)
{
	int i;

	out_str(o, "#compdef ssi\n"
	    "# zsh completion of ssi (generated by ssi completion zsh from its "
	    "command and\n# option tables)\n"
	    "_ssi() {\n"
	    "\tlocal curcontext=$curcontext state line\n"
	    "\tlocal -a cmds\n"
	    "\tcmds=(\n");
	described(o, "\t\t'", ":", 0);
	out_str(o, "\t)\n"
	    "\t_arguments -C '1:command:->cmds' '*::arg:->args'\n"
	    "\tcase $state in\n"
	    "\tcmds) _describe command cmds ;;\n"
	    "\targs)\n"
	    "\t\tcurcontext=${curcontext%:*:*}:ssi-$words[1]:\n"
	    "\t\tcase $words[1] in\n");
	for (i = 0; i < cli_ncommands; i++)
		zsh_command(o, &cli_commands[i]);
	out_str(o, "\t\tesac\n"
	    "\t\t[[ $state == cmds ]] && _describe command cmds ;;\n"
	    "\tesac\n"
	    "}\n"
	    "_ssi \"$@\"\n");
}

/* ---- fish ---- */

/* The line of option opt when cond holds (the subcommand cmd is there, or
 * none is yet: cmd NULL, then a value's kind is said only by a list). */
static void
fish_option(struct out *o, const struct command *cmd,
    const struct cli_option *opt, const char *cond)
{
	char vals[256], d[128], s[16];

	describe(opt->help, d, sizeof d);
	out_str(o, "complete -c ssi -n ");
	out_str(o, cond);
	if (opt->ch) {
		snprintf(s, sizeof s, " -s %c", opt->ch);
		out_str(o, s);
	}
	out_str(o, " -l ");
	out_str(o, opt->name);
	if (values(cmd, opt, vals, sizeof vals)) {
		out_str(o, " -x -a '");
		out_str(o, vals);
		out_char(o, '\'');
	} else if (cmd && takes_file(opt))
		out_str(o, " -r -F");
	else if (cmd && opt->arg)
		out_str(o, " -x");
	out_str(o, " -d '");
	quoted(o, d, 1);
	out_str(o, "'\n");
}

static void
fish(struct out *o)
{
	const struct cli_option *v[MAXO];
	char cond[64];
	int i, k, n;

	out_str(o, "# fish completion of ssi (generated by ssi completion fish "
	    "from its command\n# and option tables)\n"
	    "complete -c ssi -f\n");
	described(o, "complete -c ssi -n __fish_use_subcommand -a ", " -d '",
	    1);
	for (i = 0; i < cli_ncommands; i++) {
		const struct command *cmd = &cli_commands[i];
		const char *a = args_kind(cmd);

		snprintf(cond, sizeof cond, "'__fish_seen_subcommand_from %s'",
		    cmd->name);
		n = cli_options_of(cmd, v, MAXO);
		for (k = 0; k < n; k++)
			if (!v[k]->hidden)
				fish_option(o, cmd, v[k], cond);
		if (strcmp(a, "files") == 0 || strcmp(a, "linkedin") == 0) {
			out_str(o, "complete -c ssi -n ");
			out_str(o, cond);
			out_str(o, " -F\n");
		}
		if (strcmp(a, "") == 0 || strcmp(a, "files") == 0)
			continue;
		out_str(o, "complete -c ssi -n ");
		out_str(o, cond);
		out_str(o, " -a '");
		if (strcmp(a, "commands") == 0)
			words(o, 0);
		else if (strcmp(a, "shells") == 0)
			words(o, 1);
		else
			out_str(o, "linkedin");
		out_str(o, "'\n");
	}
	/* before the command: the options of every command */
	n = cli_options_of(NULL, v, MAXO);
	for (k = 0; k < n; k++)
		if (!v[k]->hidden)
			fish_option(o, NULL, v[k], "__fish_use_subcommand");
}

int
cmd_completion(struct cli *c)
{
	static void (*const gen[])(struct out *) = { bash, zsh, fish };
	struct ssi_err e = { 0 };
	struct out o;
	int i;

	if (c->nfiles == 0)
		return cli_usage(c, "give the shell: bash, zsh or fish");
	if (c->nfiles > 1)
		return cli_usage(c, "unexpected argument '%s'", c->files[1]);
	for (i = 0; shells[i] && strcmp(shells[i], c->files[0]) != 0; i++)
		continue;
	if (shells[i] == NULL)
		return cli_usage(c, "no completion for '%s' (bash, zsh, fish)",
		    c->files[0]);
	if (out_open(&o, c->output, &e) < 0) {
		cli_error(&e);
		return SSI_EXIT_ERROR;
	}
	gen[i](&o);
	return cli_close(&o, SSI_EXIT_OK);
}
