/*
 * held.c - the commands that hold every record before they write (rank,
 * trend): read everything into the command's object, finish it, write one
 * report, or none when an input could not be read, and pick the status.
 */
#include "cli.h"

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
	status = loop_run(c, 1, h->on_record, h, &h->res, NULL);
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
