/*
 * cmd_rank.c - ssi rank: score every profile, rank them overall and in
 * groups (--by FIELD, default industry) with src/core/rank.c, write the
 * leaderboard with the writers of src/out/rank_out.c.
 */
#include <string.h>

#include "cli.h"
#include "rank.h"

static int
on_record(void *ctx, struct profile *p, const struct score *s,
    const char *file, long line, struct ssi_err *why)
{
	struct held *h = ctx;

	why->file = file;	/* the position of the limit's error */
	why->line = line;
	if (rank_add(h->obj, p, s, why) < 0) {
		cli_error(why);
		h->fatal = 1;
		return 1;
	}
	if ((h->c->seen & OPT(O_FAIL_UNDER)) &&
	    round2(s->ssi) < h->c->fail_under)
		h->below = 1;
	return 0;
}

static int
finish(void *obj, struct ssi_err *e)
{
	return rank_finish(obj, e);
}

int
cmd_rank(struct cli *c)
{
	const char *by = c->by ? c->by : "industry";
	struct held h = {
		.on_record = on_record, .finish = finish
	};
	char norm[64];
	int status, f;

	/* --by: a field by its English or Spanish name, else a column of
	 * your own (input.md); a name near a field's is taken for a typo. */
	field_normalize(by, strlen(by), norm, sizeof norm);
	if ((f = field_lookup(by, strlen(by))) < 0 &&
	    (f = field_lookup_any(norm, strlen(norm))) < 0) {
		const char *near = field_nearest(norm);

		if (near)
			return cli_usage(c, "--by: unknown field '%s' (did you "
			    "mean '%s'?)", by, near);
		if (strlen(by) >= sizeof norm - 1)
			return cli_usage(c, "--by: '%.20s...' is longer than "
			    "62 bytes", by);
	}
	if ((h.obj = rank_new(f, by)) == NULL) {
		cli_fail("out of memory");
		return SSI_EXIT_ERROR;
	}
	status = cli_held(c, &h);
	rank_free(h.obj);
	return status;
}
