/*
 * cmd_rank.c - ssi rank: score every profile, rank them overall and in
 * groups (--by FIELD, default industry) with src/core/rank.c, write the
 * leaderboard with the writers of src/out/rank_out.c.
 */
#include <string.h>

#include "cli.h"
#include "rank.h"
#include "rank_out.h"

static const struct writer *const rank_writers[OF_COUNT] = {
	[OF_TEXT] = &rank_text_writer, [OF_JSON] = &rank_json_writer,
	[OF_CSV] = &rank_csv_writer, [OF_TSV] = &rank_tsv_writer,
	[OF_JSONL] = &rank_jsonl_writer,
};

struct run {
	struct cli *c;
	struct rank *rank;
	int below, fatal;
};

static int
on_record(void *ctx, struct profile *p, const struct score *s,
    const char *file, long line)
{
	struct run *u = ctx;
	struct ssi_err e = { 0 };

	e.file = file;
	e.line = line;
	if (rank_add(u->rank, p, s, &e) < 0) {
		cli_error(&e);
		u->fatal = 1;
		return 1;
	}
	if (u->c->has_fail_under && round2(s->ssi) < u->c->fail_under)
		u->below = 1;
	return 0;
}

int
cmd_rank(struct cli *c)
{
	const char *by = c->by ? c->by : "industry";
	struct run u = { c, NULL, 0, 0 };
	struct report_opts r;
	struct ssi_err e = { 0 };
	struct held h = { 0 };
	struct out o;

	if (c->format < 0)
		c->format = OF_TEXT;
	if ((u.rank = rank_new(field_lookup(by, strlen(by)))) == NULL) {
		cli_fail("out of memory");
		return SSI_EXIT_ERROR;
	}
	if (cli_open(c, &o) < 0) {
		rank_free(u.rank);
		return SSI_EXIT_ERROR;
	}
	cli_report_opts(c, &o, &r);
	r.no_header = c->no_header;
	h.status = cli_read(c, on_record, &u, &h.scored, &h.rejected);
	if (!u.fatal && rank_finish(u.rank, &e) < 0) {
		cli_error(&e);
		u.fatal = 1;
	}
	if (u.fatal) {
		out_abort(&o);
		rank_free(u.rank);
		return SSI_EXIT_ERROR;
	}
	h.below = u.below;
	h.status = cli_held_write(&o, &r, rank_writers[r.format], u.rank, &h);
	rank_free(u.rank);
	return h.status;
}
