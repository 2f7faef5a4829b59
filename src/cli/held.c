/*
 * held.c - the snapshot pipeline over a command's inputs (cli_snapshots:
 * the loop into a snapset, its messages, the replay), and the commands
 * that hold every snapshot before they write one report (rank, trend:
 * cli_held).  The merge, the `me` rule and the replay are the library's
 * (snapset.h); this file only prints what it says.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "pseudo.h"

int
cli_below(const struct cli *c, double ssi)
{
	return c->fail_under >= 0 && score_below(ssi, c->fail_under);
}

static void
sink_warn(void *ctx, const struct ssi_err *w)
{
	const struct snapshots *sp = ctx;

	if (sp->c->quiet)
		return;
	cli_warn(w);
}

static void
sink_note(void *ctx, const char *msg)
{
	const struct snapshots *sp = ctx;

	if (!sp->c->quiet)
		fprintf(stderr, "ssi: %s: %s\n", cli_tr("note"), msg);
}

/* The loop's callback: the record joins its snapshot, or (not held) goes
 * to the command as read. */
static int
add_record(void *ctx, struct profile *p, const struct score *s,
    const char *file, long line, struct ssi_err *e)
{
	struct snapshots *sp = ctx;
	struct snapset_at at = { file, line, NULL, 0 };
	struct score sc;
	int r;

	(void)s;	/* the loop does not score: held records are scored
			 * once, when replayed */
	/* --pseudonyms: the names go before anything can print them */
	if (cli_pseudo != NULL && pseudo_apply(cli_pseudo, p, e) < 0) {
		cli_error(e);
		sp->fatal = 1;
		return 1;
	}
	if (sp->accept != NULL && sp->accept(p, e) < 0)
		return -1;	/* the loop prints it where it was read */
	if ((r = snapset_add(sp->set, p, file, line, e)) == 0)
		return 0;
	if (r < 0) {
		cli_error(e);
		sp->fatal = 1;
		return 1;
	}
	if (sp->score)
		score_profile(sp->c->m, p, &sc);
	return sp->fn(sp->ctx, p, sp->score ? &sc : NULL, &at) != 0;
}

int
cli_snapshots(struct cli *c, struct snapshots *sp)
{
	struct snapset_sink k = { sink_warn, sink_note, sp };
	struct ssi_err e = { 0 };
	int status;

	sp->c = c;
	sp->fatal = 0;
	if ((sp->set = snapset_new(&sp->o, &k)) == NULL) {
		cli_fail("out of memory");
		sp->fatal = 1;
		memset(&sp->res, 0, sizeof sp->res);
		sp->res.unreadable = 1;
		return SSI_EXIT_ERROR;
	}
	status = loop_run(c, 0, add_record, sp, &sp->res, sp->one);
	if (!sp->fatal && !sp->res.unreadable && !sp->res.stopped &&
	    snapset_replay(sp->set, sp->score ? c->m : NULL, sp->fn, sp->ctx,
	    &e) < 0) {
		cli_error(&e);
		sp->fatal = 1;
	}
	snapset_free(sp->set);
	sp->set = NULL;
	return status;
}

/* A snapshot to the held command's on_record. */
static int
held_snapshot(void *ctx, struct profile *p, const struct score *s,
    const struct snapset_at *at)
{
	struct held *h = ctx;
	struct ssi_err e;	/* filled by an error only: not cleared whole
				 * (4.9 KB), this runs for every snapshot */

	e.file = NULL;
	e.line = e.col = 0;
	e.msg[0] = '\0';
	e.also = 0;
	e.own_file[0] = '\0';
	e.kind = NULL;
	return h->on_record(h, p, s, at->file, at->line, &e) != 0;
}

int
cli_held(struct cli *c, struct held *h)
{
	const struct writer *wr = cli_writer(c);
	struct snapshots sp = { 0 };
	struct report_opts r;
	struct writer_ctx w = { 0 };
	struct ssi_err e = { 0 };
	struct out o;
	int status;

	h->c = c;
	if (cli_open(c, &o) < 0)
		return SSI_EXIT_ERROR;
	cli_report_opts(c, &o, &r);
	sp.o = h->o;
	sp.score = 1;
	sp.accept = h->accept;
	sp.fn = held_snapshot;
	sp.ctx = h;
	status = cli_snapshots(c, &sp);
	h->res = sp.res;
	if (sp.fatal)
		h->fatal = 1;
	if (!h->fatal && h->finish(h->obj, &e) < 0) {
		cli_error(&e);
		h->fatal = 1;
	}
	if (h->fatal) {
		out_abort(&o);
		return SSI_EXIT_ERROR;
	}
	if (h->after != NULL)
		h->after(h);
	/* No report of an input not read to its end (cli_finish keeps an
	 * -o file as it was). */
	if (!h->res.unreadable) {
		r.rejected = h->res.rejected;
		r.min_group = cli_min_group();
		r.only = cli_only_id();
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
	return cli_finish(c, &o, &h->res, status);
}
