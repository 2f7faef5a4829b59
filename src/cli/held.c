/*
 * held.c - the end of the commands that hold every record before they
 * write (rank, trend): one report, or none when an input could not be
 * read, and the exit status.
 */
#include "cli.h"

int
cli_held_write(struct out *o, const struct report_opts *r,
    const struct writer *wr, const void *item, const struct held *h)
{
	struct writer_ctx w = { o, r, 0, 0, NULL };
	int status = h->status;

	if (status == SSI_READ_FAILED) {
		/* no report of an input not read to its end; -o keeps the
		 * old file */
		out_abort(o);
	} else {
		if (wr->begin)
			wr->begin(&w);
		wr->item(&w, item);
		w.n++;
		if (wr->end)
			wr->end(&w);
	}
	if (h->rejected > 0)
		cli_fail("%ld profile%s scored, %ld rejected", h->scored,
		    h->scored == 1 ? "" : "s", h->rejected);
	if (status == SSI_READ_FAILED)
		return SSI_EXIT_ERROR;
	if (h->rejected > 0)
		status = SSI_EXIT_ERROR;
	if (status == SSI_EXIT_OK && h->below)
		status = SSI_EXIT_BELOW;
	return cli_close(o, status);
}
