/*
 * loop.c - what every command that reads profiles shares: the record loop
 * over its inputs, its output (open, report options, close), and the
 * messages on standard error (see cli.h).
 */
#include <langinfo.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "cli.h"
#include "ssi/catalog.h"
#include "ssi/lang.h"
#include "ssi/strtab.h"

/* The language of messages, set once the command line says it. */
static int msg_lang;

static const char *
tr_msg(const char *fmt)
{
	return tr(msg_lang, fmt);
}

void
cli_set_lang(int lang)
{
	msg_lang = lang;
	err_translate(lang == LANG_EN ? NULL : tr_msg);
}

const char *
cli_tr(const char *english)
{
	return tr(msg_lang, english);
}

void
cli_vsay(const char *fmt, va_list ap)
{
	char small[1024], *buf = small;
	struct out o;
	va_list aq;
	int n;

	va_copy(aq, ap);
	n = vsnprintf(small, sizeof small, fmt, aq);
	va_end(aq);
	if (n < 0)
		return;
	if ((size_t)n >= sizeof small) {
		buf = malloc((size_t)n + 1);
		if (buf == NULL)
			return;
		vsnprintf(buf, (size_t)n + 1, fmt, ap);
	}
	if (out_mem(&o) == 0) {
		out_text_lines(&o, buf, (size_t)n);
		progress_hide();	/* a message line, not mixed with it */
		if (o.err == 0)
			fwrite(o.buf, 1, o.n, stderr);
		if (n > 0 && buf[n - 1] == '\n')
			progress_show();
		out_mem_free(&o);
	}
	if (buf != small)
		free(buf);
}

void
cli_say(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	cli_vsay(fmt, ap);
	va_end(ap);
}

void
cli_warning(const char *text)
{
	cli_say("ssi: %s: %s\n", cli_tr("warning"), text);
}

/* ---- repeated warnings: the first CLI_WARN_SAME of a kind per file ---- */

struct wkind {
	long n;			/* warnings of the kind */
	long line;		/* the first one's line (0: none) */
	char *file;		/* its file (NULL: none) */
	char *first;		/* its message */
};

static struct strtab wkeys;	/* "kind\1file" -> index into wk */
static struct wkind *wk;
static long nwk, capwk;
static int wk_init;

/* The kind of e as a key: its format, else its words up to the first
 * quote, digit or colon. */
static size_t
warn_key(const struct ssi_err *e, char *key, size_t sz)
{
	const char *k = e->kind;
	size_t n;

	if (k == NULL || strncmp(k, "%s", 2) == 0) {
		n = strcspn(e->msg, "'\"0123456789:");
		if (n > 60)
			n = 60;
		k = e->msg;
	} else {
		n = strlen(k);
	}
	return (size_t)snprintf(key, sz, "%.*s\1%s", (int)n, k,
	    e->file ? e->file : "");
}

void
cli_warn(const struct ssi_err *e)
{
	char buf[SSI_ERR_MSG + 1024], key[SSI_ERR_FILE + 128];
	size_t kn = warn_key(e, key, sizeof key);
	long i;

	if (kn >= sizeof key)
		kn = sizeof key - 1;
	if (!wk_init) {
		strtab_init(&wkeys);
		wk_init = 1;
	}
	i = strtab_index(&wkeys, key, kn);
	if (i >= 0 && i == nwk) {	/* a new kind */
		if (nwk == capwk) {
			long cap = capwk ? 2 * capwk : 16;
			struct wkind *nk = realloc(wk, (size_t)cap *
			    sizeof *nk);

			if (nk == NULL)
				i = -1;
			else {
				wk = nk;
				capwk = cap;
			}
		}
		if (i >= 0) {
			memset(&wk[nwk], 0, sizeof wk[nwk]);
			wk[nwk].line = e->line;
			wk[nwk].file = e->file ? strdup(e->file) : NULL;
			wk[nwk].first = strdup(e->msg);
			nwk++;
		}
	}
	/* no memory to count: printed */
	if (i >= 0 && i < nwk && ++wk[i].n > CLI_WARN_SAME)
		return;
	err_format(e, buf, sizeof buf);
	cli_warning(buf);
}

void
cli_warn_rest(void)
{
	char q[160], buf[SSI_ERR_MSG + 1024];
	struct ssi_err w = { 0 };
	long i;

	for (i = 0; i < nwk; i++) {
		long more = wk[i].n - CLI_WARN_SAME;

		if (more > 0) {
			const char *f = wk[i].first ? wk[i].first : "";

			/* whole formats: a plural is not an "s" */
			err_quote(q, sizeof q, f, strlen(f));
			if (wk[i].line > 0 && more == 1)
				err_at(&w, wk[i].file, 0, 0, "1 more warning "
				    "like that of line %ld, not shown",
				    wk[i].line);
			else if (wk[i].line > 0)
				err_at(&w, wk[i].file, 0, 0, "%ld more "
				    "warnings like that of line %ld, not "
				    "shown", more, wk[i].line);
			else if (more == 1)
				err_at(&w, wk[i].file, 0, 0, "1 more warning "
				    "like %s, not shown", q);
			else
				err_at(&w, wk[i].file, 0, 0, "%ld more "
				    "warnings like %s, not shown", more, q);
			err_format(&w, buf, sizeof buf);
			cli_warning(buf);
		}
		free(wk[i].file);
		free(wk[i].first);
	}
	free(wk);
	wk = NULL;
	nwk = capwk = 0;
	if (wk_init) {
		strtab_free(&wkeys);
		wk_init = 0;
	}
}

void
cli_error(const struct ssi_err *e)
{
	char buf[SSI_ERR_MSG + 1024];

	err_format(e, buf, sizeof buf);
	cli_say("ssi: %s\n", buf);
}

void
cli_fail(const char *fmt, ...)
{
	va_list ap;

	cli_say("ssi: ");
	va_start(ap, fmt);
	cli_vsay(cli_tr(fmt), ap);
	va_end(ap);
	cli_say("\n");
}

int
cli_usage(const struct cli *c, const char *fmt, ...)
{
	va_list ap;

	cli_say("ssi: ");
	if (c->cmd)
		cli_say("%s: ", c->cmd->name);
	va_start(ap, fmt);
	cli_vsay(cli_tr(fmt), ap);
	va_end(ap);
	cli_say("\n");
	if (c->cmd)
		cli_say(cli_tr("(see ssi help %s)\n"), c->cmd->name);
	else
		cli_say("%s", cli_tr("(see ssi --help)\n"));
	return SSI_EXIT_ERROR;
}

/* ---- the record loop ---- */

/* The first messages of rejected records, for a page that says why a row
 * is not on it (cli_rejects). */
#define FIRST_REJECTS 3
static char first_rejects[FIRST_REJECTS][SSI_ERR_MSG + 256];
static int nfirst_rejects;

static void
keep_reject(const struct ssi_err *e)
{
	if (nfirst_rejects < FIRST_REJECTS && e->msg[0] != '\0')
		err_format(e, first_rejects[nfirst_rejects++],
		    sizeof first_rejects[0]);
}

int
cli_rejects(const char **msgs, int max)
{
	int i;

	for (i = 0; i < nfirst_rejects && i < max; i++)
		msgs[i] = first_rejects[i];
	return i;
}

struct loop {
	struct cli *c;
	int score;
	record_fn on_record;
	void *ctx;
	struct input *in;
	int *one;
	struct loop_result *res;
	int prog, tick;		/* a progress line, records since a tick */
};

static int
loop_record(void *ctx, struct profile *p, const char *file, long line)
{
	struct loop *l = ctx;
	struct ssi_err e;	/* filled by a reject only: not cleared whole,
				 * this runs for every record */
	struct score s;
	int r;

	e.file = NULL;
	e.line = e.col = 0;
	e.msg[0] = '\0';
	if (l->prog && ++l->tick == PROGRESS_EVERY) {
		l->tick = 0;
		progress_tick(input_position(l->in), input_bytes(l->in));
	}
	if (l->one) {
		*l->one = l->c->nfiles <= 1 && input_one(l->in);
		l->one = NULL;
	}
	if (l->score)
		score_profile(l->c->m, p, &s);
	r = l->on_record(l->ctx, p, l->score ? &s : NULL, file, line, &e);
	if (r < 0) {
		if (e.file == NULL) {
			e.file = file;
			e.line = line;
		}
		cli_error(&e);
		keep_reject(&e);
		l->res->rejected++;
		return 0;
	}
	l->res->scored++;
	if (r != 0)
		l->res->stopped = 1;
	return r;
}

static int
loop_reject(void *ctx, const struct ssi_err *e)
{
	struct loop *l = ctx;

	if (!e->also) {	/* a record's further problems: counted once */
		l->res->rejected++;
		keep_reject(e);
	}
	if (e->msg[0] != '\0')	/* empty: told for its column (input.h) */
		cli_error(e);
	return 0;
}

/* The output cli_open opened: flushed while a pipe has no input yet. */
static struct out *open_out;

static void
loop_idle(void *ctx)
{
	struct loop *l = ctx;

	/* only once a record is out: with none scored nothing goes to
	 * standard output, not even the header the output began with (an
	 * empty pipe idle before its end printed it) */
	if (open_out != NULL && l->res->scored > 0)
		out_flush(open_out);
}

static void
loop_skipped(void *ctx, long blank, long unread)
{
	struct loop *l = ctx;

	l->res->blank += blank;
	l->res->unread += unread;
}

static void
loop_warn(void *ctx, const struct ssi_err *e)
{
	struct loop *l = ctx;

	if (l->c->quiet)
		return;
	cli_warn(e);
}

/* A column of your own as an input wrote it: for --by's messages and
 * headings (view.c). */
static void
loop_column(void *ctx, const char *name, const char *written)
{
	(void)ctx;
	cli_by_column(name, written);
}

int
loop_run(struct cli *c, int score, record_fn on_record, void *ctx,
    struct loop_result *res, int *one)
{
	struct loop l = { c, score, on_record, ctx, NULL, one, res, 0, 0 };
	struct record_sink sink = { loop_record, loop_reject, loop_warn, &l,
	    loop_skipped, loop_idle, loop_column };
	static char *const stdin_only[] = { "-" };
	char *const *files = c->nfiles ? c->files : stdin_only;
	int n = c->nfiles ? c->nfiles : 1, i;

	memset(res, 0, sizeof *res);
	if (one)
		*one = 0;
	l.in = input_new(&c->ro, &sink);
	if (l.in == NULL) {
		cli_fail("out of memory");
		res->unreadable = 1;
		return SSI_EXIT_ERROR;
	}
	progress_begin(c);
	l.prog = progress_on();
	for (i = 0; i < n && !res->stopped; i++) {
		struct ssi_err e = { 0 };

		if (input_read(l.in, files[i], &e) < 0) {
			cli_error(&e);
			res->unreadable = 1;
			if (res->stop_line == 0 && e.line > 1) {
				res->stop_file = e.file;
				res->stop_line = e.line;
			}
		}
	}
	progress_end(input_position(l.in), input_bytes(l.in));
	input_free(l.in);
	return res->unreadable || res->rejected ? SSI_EXIT_ERROR : SSI_EXIT_OK;
}

/* ---- output ---- */

int
cli_open(const struct cli *c, struct out *o)
{
	static char *const stdin_only[] = { "-" };
	struct ssi_err e = { 0 };
	int reads = c->cmd != NULL && (c->cmd->flags & CMD_READS);

	/* No FILE, and a terminal to read: say what to do, do not wait. */
	if (reads && c->nfiles == 0 && isatty(0)) {
		cli_fail("no input: give a FILE or pipe profiles in (ssi help "
		    "%s)", c->cmd->name);
		return -1;
	}
	/* -o naming an input would destroy it: refused before reading */
	if (reads && c->output &&
	    out_is_input(c->output, c->nfiles ? c->files : stdin_only,
	    c->nfiles ? c->nfiles : 1)) {
		cli_fail("-o %s is also an input", c->output);
		return -1;
	}
	open_out = o;
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

	if (out_close(o, &e) < 0) {
		cli_error(&e);
		return SSI_EXIT_ERROR;
	}
	return status;
}

int
cli_finish(const struct cli *c, struct out *o, const struct loop_result *res,
    int status)
{
	char more[160] = "";
	size_t k;

	cli_warn_rest();

	/* what the summary adds: lines broken quoted fields cost, rows of
	 * blank cells skipped */
	if (res->unread == 1)
		snprintf(more, sizeof more, "%s", cli_tr("; 1 line not read"));
	else if (res->unread > 1)
		snprintf(more, sizeof more, cli_tr("; %ld lines not read"),
		    res->unread);
	k = strlen(more);
	if (res->blank == 1 && res->rejected + res->unread > 0)
		snprintf(more + k, sizeof more - k, "%s",
		    cli_tr("; 1 blank row skipped"));
	else if (res->blank > 1 && res->rejected + res->unread > 0)
		snprintf(more + k, sizeof more - k,
		    cli_tr("; %ld blank rows skipped"), res->blank);
	/* two formats, not "profile%s": a plural is not always an "s" */
	if (res->stop_line > 0 && res->scored == 1)
		cli_fail("%ld profile scored, %ld rejected; %s stopped at "
		    "line %ld, the rest of it was not read", res->scored,
		    res->rejected, res->stop_file, res->stop_line);
	else if (res->stop_line > 0)
		cli_fail("%ld profiles scored, %ld rejected; %s stopped at "
		    "line %ld, the rest of it was not read", res->scored,
		    res->rejected, res->stop_file, res->stop_line);
	else if (more[0] && res->scored == 1)
		cli_fail("%ld profile scored, %ld rejected%s", res->scored,
		    res->rejected, more);
	else if (more[0])
		cli_fail("%ld profiles scored, %ld rejected%s", res->scored,
		    res->rejected, more);
	else if (res->rejected > 0 && res->scored == 1)
		cli_fail("%ld profile scored, %ld rejected", res->scored,
		    res->rejected);
	else if (res->rejected > 0)
		cli_fail("%ld profiles scored, %ld rejected", res->scored,
		    res->rejected);
	if (!res->stopped && res->scored == 0 &&
	    (res->rejected > 0 || res->unreadable)) {
		/* nothing scored, nothing replaced: an -o file is left as
		 * it was, standard output gets nothing (not a lone header) */
		out_abort(o);
		if (c->output)
			cli_fail("nothing scored: %s left as it was",
			    c->output);
		return SSI_EXIT_ERROR;
	}
	if (res->stopped)	/* the reader of our output went away */
		return cli_close(o, SSI_EXIT_OK);
	if (res->unreadable && c->output) {
		/* -o: an input not read to its end leaves the old file */
		out_abort(o);
		return SSI_EXIT_ERROR;
	}
	return cli_close(o, res->unreadable ? SSI_EXIT_ERROR : status);
}

const struct writer *
cli_writer(const struct cli *c)
{
	return writer_find(c->kind, c->format);
}

/*
 * The terminal's character set when the locale named in the environment is
 * not installed (setlocale failed, so nl_langinfo says ASCII): the name's
 * codeset, es_ES.UTF-8 or en_US.utf8, says UTF-8 all the same.
 */
static int
env_utf8(void)
{
	static const char *const vars[] = { "LC_ALL", "LC_CTYPE", "LANG" };
	size_t i;

	for (i = 0; i < 3; i++) {
		const char *v = getenv(vars[i]), *dot;

		if (v == NULL || *v == '\0')
			continue;
		dot = strchr(v, '.');
		return dot && (strncasecmp(dot + 1, "utf-8", 5) == 0 ||
		    strncasecmp(dot + 1, "utf8", 4) == 0);
	}
	return 0;
}

/*
 * --color auto on a terminal: colour unless NO_COLOR is set to something
 * (no-color.org: an empty NO_COLOR does not count) or TERM=dumb says the
 * terminal has none.
 */
static int
color_env(void)
{
	const char *no = getenv("NO_COLOR"), *term = getenv("TERM");

	if (no != NULL && no[0] != '\0')
		return 0;
	return term == NULL || strcmp(term, "dumb") != 0;
}

void
cli_report_opts(const struct cli *c, const struct out *o,
    struct report_opts *r)
{
	const char *cs = nl_langinfo(CODESET);
	const char *cols = getenv("COLUMNS");
	struct winsize ws;
	int tty = o->tmp == NULL && isatty(o->fd), i;

	*r = c->rep;	/* what the command's options asked for */
	r->m = c->m;
	r->format = c->format;
	r->lang = c->lang;
	/* a LinkedIn export among the inputs: advice names --target */
	r->linkedin = c->ro.format == IN_LINKEDIN;
	for (i = 0; i < c->nfiles && !r->linkedin; i++)
		r->linkedin = c->ro.format == IN_AUTO &&
		    linkedin_detect(c->files[i]);
	r->utf8 = !c->ascii && (cs != NULL && strcmp(cs, "UTF-8") == 0 ?
	    1 : env_utf8());
	if (c->color == 1)
		r->color = 1;
	else if (c->color == 0)
		r->color = tty && color_env();
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

int
cli_exports(const struct cli *c)
{
	int i, n = 0;

	for (i = 0; i < c->nfiles; i++)
		if (c->ro.format == IN_LINKEDIN || (c->ro.format == IN_AUTO &&
		    linkedin_detect(c->files[i])))
			n++;
	return n;
}

void
cli_export_weekly(struct cli *c, int every)
{
	if (c->ro.li.every == 0 && c->ro.li.as_of == NULL &&
	    cli_exports(c) == 1)
		c->ro.li.every = every;
}
