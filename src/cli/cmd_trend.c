/*
 * cmd_trend.c - ssi trend: the same profiles across dated snapshots,
 * ordered by src/core/trend.c, written by src/out/trend_out.c.  A record
 * without as_of is rejected; --fail-under looks at each member's latest
 * snapshot.
 */
#include <stdio.h>

#include "cli.h"
#include "trend.h"
#include "trend_out.h"

static const struct writer *const trend_writers[OF_COUNT] = {
	[OF_TEXT] = &trend_text_writer, [OF_JSON] = &trend_json_writer,
	[OF_CSV] = &trend_csv_writer, [OF_TSV] = &trend_tsv_writer,
	[OF_JSONL] = &trend_jsonl_writer,
};

struct run {
	struct trend *t;
	long undated;
	int fatal;
};

static int
on_record(void *ctx, struct profile *p, const struct score *s,
    const char *file, long line)
{
	struct run *u = ctx;
	struct ssi_err e = { 0 };
	int r = trend_add(u->t, p, s, file, line, &e);

	if (r != 0)
		cli_error(&e);
	if (r > 0)
		u->undated++;	/* rejected: no date */
	if (r < 0)
		u->fatal = 1;
	return r < 0;
}

/* The warnings about repeated dates; whether a latest snapshot is under
 * --fail-under. */
static int
after_read(const struct cli *c, const struct trend *t)
{
	char buf[SSI_ERR_MSG + 1024];
	long i;
	int below = 0;

	for (i = 0; i < t->ndups && !c->quiet; i++) {
		struct ssi_err e = { 0 };

		trend_dup_err(t, i, &e);
		err_format(&e, buf, sizeof buf);
		fprintf(stderr, "ssi: warning: %s\n", buf);
	}
	for (i = 0; i < t->nm && c->has_fail_under; i++) {
		const struct trend_member *m = &t->m[i];

		if (t->s[m->first + m->n - 1].v[TV_SSI] / 100.0 < c->fail_under)
			below = 1;
	}
	return below;
}

int
cmd_trend(struct cli *c)
{
	struct run u = { NULL, 0, 0 };
	struct report_opts r;
	struct ssi_err e = { 0 };
	struct held h = { 0 };
	struct out o;

	if (c->format < 0)
		c->format = OF_TEXT;
	if ((u.t = trend_new()) == NULL) {
		cli_fail("out of memory");
		return SSI_EXIT_ERROR;
	}
	if (cli_open(c, &o) < 0) {
		trend_free(u.t);
		return SSI_EXIT_ERROR;
	}
	cli_report_opts(c, &o, &r);
	r.no_header = c->no_header;
	h.status = cli_read(c, on_record, &u, &h.scored, &h.rejected);
	if (!u.fatal && trend_finish(u.t, &e) < 0) {
		cli_error(&e);
		u.fatal = 1;
	}
	if (u.fatal) {
		out_abort(&o);
		trend_free(u.t);
		return SSI_EXIT_ERROR;
	}
	if (h.status != SSI_READ_FAILED)
		h.below = after_read(c, u.t);
	h.scored -= u.undated;
	h.rejected += u.undated;
	h.status = cli_held_write(&o, &r, trend_writers[r.format], u.t, &h);
	trend_free(u.t);
	return h.status;
}
