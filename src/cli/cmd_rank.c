/*
 * cmd_rank.c - ssi rank: score every profile, rank them overall and in
 * groups (--by FIELD, default industry) with src/core/rank.c, write the
 * leaderboard with the writers of src/out/rank_out.c.
 *
 * Records of one id and one as_of are one snapshot (merged before they are
 * scored, snapset.h); each member is ranked once, by their latest snapshot
 * (ssi.7 LINKEDIN DATA EXPORT: as_of, records without as_of older than any dated one, and
 * among records of one id and no as_of the last read), unless
 * --all-snapshots; standard error says how many older snapshots were set
 * aside.  --by-official ranks by official_ssi (ssi.7 OFFICIAL FIGURES).
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "ssi/rank.h"

static struct {
	const char *by;
	int by_official, all_snapshots;
} opt;

const struct cli_option rank_options[] = {
	OPT_STRING("by", "FIELD", &opt.by, "group by this field (default: "
	    "industry)"),
	OPT_FLAG("by-official", &opt.by_official, "rank by the official index "
	    "(official_ssi); records without it last, unranked"),
	OPT_FLAG("all-snapshots", &opt.all_snapshots, "rank every record, not "
	    "each member's latest snapshot"),
	OPT_END
};

static int
on_record(void *ctx, struct profile *p, const struct score *s,
    const char *file, long line, struct ssi_err *why)
{
	struct held *h = ctx;

	why->file = file;	/* the position of the limit's error */
	why->line = line;
	cli_by_record(p);
	if (rank_add(h->obj, p, s, why) < 0) {
		cli_error(why);
		h->fatal = 1;
		return 1;
	}
	if (cli_below(h->c, s->ssi))
		h->below = 1;
	return 0;
}

static int
finish(void *obj, struct ssi_err *e)
{
	struct rank *r = obj;

	if (cli_by_check("rank", e) < 0 || rank_finish(r, e) < 0)
		return -1;
	rank_by_shown(r, cli_by_shown());
	return cli_only_find(r->n ? &r->e[0].id : NULL, r->n, sizeof *r->e, e);
}

/* What latest set aside (ssi.7 LINKEDIN DATA EXPORT), on standard error. */
static void
after(struct held *h)
{
	const struct rank *r = h->obj;
	long i, hid = 0, hidm = 0;

	for (i = 0; i < r->ng; i++)
		if (cli_min_group() > 1 && r->g[i].n < cli_min_group()) {
			hid++;
			hidm += r->g[i].n;
		}
	cli_hidden_note(h->c, "rank", hid, hidm);
	if (r->aside > 0 && !h->c->quiet) {
		const char *fmt;	/* whole formats: a plural is not an "s" */

		if (r->aside == 1)
			fmt = cli_tr("%ld older snapshot of %ld member set "
			    "aside (--all-snapshots keeps them)");
		else if (r->aside_members == 1)
			fmt = cli_tr("%ld older snapshots of %ld member set "
			    "aside (--all-snapshots keeps them)");
		else
			fmt = cli_tr("%ld older snapshots of %ld members set "
			    "aside (--all-snapshots keeps them)");
		cli_say("ssi: rank: ");
		cli_say(fmt, r->aside, r->aside_members);
		cli_say("\n");
	}
}

int
cmd_rank(struct cli *c)
{
	const char *by = opt.by ? opt.by : "industry";
	struct held h = {
		.on_record = on_record, .finish = finish
	};
	struct rank_opts ro;
	int status, f;

	if ((status = cli_by_parse(c, by, &f)) != 0)
		return status;
	ro.by = f;
	ro.by_name = by;
	ro.by_official = opt.by_official;
	ro.latest = !opt.all_snapshots;
	if ((h.obj = rank_new(&ro)) == NULL) {
		cli_fail("out of memory");
		return SSI_EXIT_ERROR;
	}
	/* the snapshots hold whole only the texts a rank keeps */
	h.o.keep_text = (uint64_t)1 << F_ID | (uint64_t)1 << F_NAME |
	    (uint64_t)1 << F_INDUSTRY | (f >= 0 ? (uint64_t)1 << f : 0);
	h.after = after;
	if (cli_privacy_begin(c) < 0)
		status = SSI_EXIT_ERROR;
	else
		status = cli_held(c, &h);
	cli_privacy_end();
	rank_free(h.obj);
	return status;
}
