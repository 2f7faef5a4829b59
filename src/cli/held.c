/*
 * held.c - the commands that hold every record before they write (rank,
 * trend): read everything into the command's object, finish it, write one
 * report, or none when an input could not be read, and pick the status.
 */
#include "cli.h"
#include "rank_out.h"
#include "trend_out.h"

/* The writers of the held reports (a stand-in for writer_find until the
 * table of src/out/writer.c has them). */
static const struct writer *
held_writer(int kind, int format)
{
	static const struct writer *const w[2][OF_COUNT] = { {
		[OF_TEXT] = &rank_text_writer, [OF_JSON] = &rank_json_writer,
		[OF_CSV] = &rank_csv_writer, [OF_TSV] = &rank_tsv_writer,
		[OF_JSONL] = &rank_jsonl_writer,
	}, {
		[OF_TEXT] = &trend_text_writer, [OF_JSON] = &trend_json_writer,
		[OF_CSV] = &trend_csv_writer, [OF_TSV] = &trend_tsv_writer,
		[OF_JSONL] = &trend_jsonl_writer,
	} };

	return format >= 0 && format < OF_COUNT ? w[kind == RK_TREND][format] :
	    NULL;
}

static int
write_held(struct out *o, const struct report_opts *r, struct held *h)
{
	const struct writer *wr = held_writer(h->kind, r->format);
	struct writer_ctx w = { o, r, 0, 0, NULL };
	int status = h->status;

	if (status == SSI_READ_FAILED) {
		/* no report of an input not read to its end; -o keeps the
		 * old file */
		out_abort(o);
	} else {
		if (wr->begin)
			wr->begin(&w);
		wr->item(&w, h->obj);
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

int
cli_held(struct cli *c, struct held *h)
{
	struct report_opts r;
	struct ssi_err e = { 0 };
	struct out o;

	h->c = c;
	if (c->format < 0)
		c->format = OF_TEXT;
	if (cli_open(c, &o) < 0)
		return SSI_EXIT_ERROR;
	cli_report_opts(c, &o, &r);
	r.no_header = c->no_header;
	h->status = cli_read(c, h->on_record, h, &h->scored, &h->rejected);
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
	return write_held(&o, &r, h);
}
