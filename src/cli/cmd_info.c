/* cmd_info.c - ssi model and ssi fields: one table each, written by the
 * command's writer. */
#include "cli.h"

/* Write item as c's report (no inputs are read). */
static int
write_one(struct cli *c, const void *item)
{
	const struct writer *wr = cli_writer(c);
	struct report_opts r;
	struct writer_ctx w = { 0 };
	struct out o;

	if (c->nfiles)
		return cli_usage(c, "unexpected argument '%s'", c->files[0]);
	if (cli_open(c, &o) < 0)
		return SSI_EXIT_ERROR;
	cli_report_opts(c, &o, &r);
	w.o = &o;
	w.r = &r;
	if (wr->begin)
		wr->begin(&w);
	wr->item(&w, item);
	w.n++;
	if (wr->end)
		wr->end(&w);
	return cli_close(&o, SSI_EXIT_OK);
}

int
cmd_model(struct cli *c)
{
	return write_one(c, c->m);
}

int
cmd_fields(struct cli *c)
{
	return write_one(c, NULL);
}
