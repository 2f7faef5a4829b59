/*
 * held.c - the commands that hold every record before they write (rank,
 * trend): read everything into the command's object, finish it, write one
 * report, or none when an input could not be read, and pick the status.
 *
 * With h->merge, records of one id and one as_of are one snapshot
 * (official.md, merge.h): they are merged field by field as they are read
 * (a warning when values differ, at the later record), and each snapshot
 * is scored once, after the last input, at the position of its first
 * record (p->position keeps the input order).  Records without as_of are
 * never merged: they are scored as they come and not held (a team file
 * costs no more memory than before); every record has an id
 * (the reader gives one without an id its position in the input stream),
 * so a record without an id is a member of its own.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "grow.h"
#include "merge.h"

struct held_pos {
	const char *file;	/* one of the loop's names, kept in names */
	long line;
};

/* The file names seen while merging (the loop's may not outlive it). */
struct names {
	char **v;
	long n, cap;
};

static struct names seen_names;

static const char *
keep_name(const char *f)
{
	char **nv;

	if (f == NULL)
		f = "";
	if (seen_names.n > 0 && strcmp(seen_names.v[seen_names.n - 1], f) == 0)
		return seen_names.v[seen_names.n - 1];
	nv = grow_array(seen_names.v, seen_names.n, &seen_names.cap,
	    sizeof *nv, 8, LONG_MAX / (long)sizeof *nv);
	if (nv == NULL)
		return NULL;
	seen_names.v = nv;
	if ((nv[seen_names.n] = strdup(f)) == NULL)
		return NULL;
	return nv[seen_names.n++];
}

static void
free_names(void)
{
	long i;

	for (i = 0; i < seen_names.n; i++)
		free(seen_names.v[i]);
	free(seen_names.v);
	memset(&seen_names, 0, sizeof seen_names);
}

/* The loop's callback under h->merge: the record joins its snapshot. */
static int
merge_record(void *ctx, struct profile *p, const struct score *s,
    const char *file, long line, struct ssi_err *e)
{
	struct held *h = ctx;
	struct ssi_err w = { 0 };
	int warned;
	long i;

	(void)s;
	if (h->accept != NULL && h->accept(p, e) < 0)
		return -1;	/* the loop prints it where it was read */
	if (!profile_has(p, F_AS_OF)) {
		/* never merged: scored now, not held */
		struct score sc;

		score_profile(h->c->m, p, &sc);
		return h->on_record(h, p, &sc, file, line, e);
	}
	if ((i = snapset_add(h->set, p, &w, &warned, e)) < 0)
		goto nomem;
	if (warned && !h->c->quiet) {
		char buf[SSI_ERR_MSG + 1024];

		w.file = file;
		w.line = line;
		err_format(&w, buf, sizeof buf);
		cli_warning(buf);
	}
	if (i == h->npos) {	/* a new snapshot: where it starts */
		struct held_pos *np = grow_array(h->pos, h->npos, &h->poscap,
		    sizeof *np, 64, LONG_MAX / (long)sizeof *np);

		if (np == NULL)
			goto nomem;
		h->pos = np;
		if ((np[i].file = keep_name(file)) == NULL)
			goto nomem;
		np[i].line = line;
		h->npos++;
	}
	return 0;
nomem:
	cli_fail("out of memory after %zu snapshots", snapset_count(h->set));
	h->fatal = 1;
	return 1;
}

/* Each snapshot scored once, to the command (those pick kept). */
static void
replay(struct held *h)
{
	size_t i, n = snapset_count(h->set);

	for (i = 0; i < n && !h->fatal; i++) {
		struct profile *p = snapset_get(h->set, i);
		struct ssi_err e = { 0 };
		struct score s;

		score_profile(h->c->m, p, &s);
		if (h->on_record(h, p, &s, h->pos[i].file, h->pos[i].line,
		    &e) != 0)
			break;
	}
}

int
cli_held(struct cli *c, struct held *h)
{
	const struct writer *wr = cli_writer(c);
	struct report_opts r;
	struct writer_ctx w = { 0 };
	struct ssi_err e = { 0 };
	struct out o;
	int status;

	h->c = c;
	if (cli_open(c, &o) < 0)
		return SSI_EXIT_ERROR;
	cli_report_opts(c, &o, &r);
	if (h->merge) {
		if ((h->set = snapset_new()) == NULL) {
			cli_fail("out of memory");
			out_abort(&o);
			return SSI_EXIT_ERROR;
		}
		status = loop_run(c, 0, merge_record, h, &h->res, NULL);
		if (!h->fatal && !h->res.unreadable)
			replay(h);
		snapset_free(h->set);
		h->set = NULL;
		free(h->pos);
		h->pos = NULL;
		h->npos = h->poscap = 0;
	} else {
		status = loop_run(c, 1, h->on_record, h, &h->res, NULL);
	}
	if (!h->fatal && h->finish(h->obj, &e) < 0) {
		cli_error(&e);
		h->fatal = 1;
	}
	if (h->fatal) {
		free_names();
		out_abort(&o);
		return SSI_EXIT_ERROR;
	}
	if (h->after != NULL)
		h->after(h);
	/* No report of an input not read to its end (cli_finish keeps an
	 * -o file as it was). */
	if (!h->res.unreadable) {
		r.rejected = h->res.rejected;
		r.nrejects = cli_rejects(r.rejects, 3);
		w.o = &o;
		w.r = &r;
		if (wr->begin)
			wr->begin(&w);
		wr->item(&w, h->obj);
		w.n++;
		if (wr->end)
			wr->end(&w);
	}
	if (status == SSI_EXIT_OK && h->below)
		status = SSI_EXIT_BELOW;
	status = cli_finish(c, &o, &h->res, status);
	free_names();
	return status;
}
