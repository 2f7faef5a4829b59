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
#include "ssi/names.h"
#include "ssi/official.h"
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

/* --by a column of your own: whether a record has it, and the columns of
 * your own the records have (normalised), for the suggestion when none
 * does. */
#define BY_SEEN 64
static struct {
	const char *by;		/* NULL: --by is a field */
	char norm[64];
	int found;
	long records;
	size_t nseen;
	char seen[BY_SEEN][64];
	const char *names[BY_SEEN];
} own;

static void
own_record(const struct profile *p)
{
	uint32_t k;
	size_t i;

	own.records++;
	if (own.found)
		return;
	if (profile_custom(p, own.by) != NULL) {
		own.found = 1;
		return;
	}
	for (k = 0; k < p->ncustom && own.nseen < BY_SEEN; k++) {
		const char *name = p->arena + p->cname[k];

		for (i = 0; i < own.nseen; i++)
			if (strcmp(own.seen[i], name) == 0)
				break;
		if (i == own.nseen && strlen(name) < sizeof own.seen[0]) {
			strcpy(own.seen[own.nseen], name);
			own.names[own.nseen] = own.seen[own.nseen];
			own.nseen++;
		}
	}
}

static int
on_record(void *ctx, struct profile *p, const struct score *s,
    const char *file, long line, struct ssi_err *why)
{
	struct held *h = ctx;

	why->file = file;	/* the position of the limit's error */
	why->line = line;
	if (own.by != NULL)
		own_record(p);
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
	/* --by a column no record has: an error, not one group of all
	 * (ssi.5), with the nearest column the records have */
	if (own.by != NULL && !own.found && own.records > 0) {
		const char *near = names_nearest(own.norm, own.names,
		    own.nseen, sizeof own.names[0]);

		memset(e, 0, sizeof *e);
		if (near)
			snprintf(e->msg, sizeof e->msg, cli_tr("rank: --by: no "
			    "record has a column '%s'; did you mean '%s'?"),
			    own.by, near);
		else
			snprintf(e->msg, sizeof e->msg, cli_tr("rank: --by: no "
			    "record has a column '%s'"), own.by);
		return -1;
	}
	return rank_finish(obj, e);
}

/* What latest set aside (ssi.7 LINKEDIN DATA EXPORT), on standard error. */
static void
after(struct held *h)
{
	const struct rank *r = h->obj;

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
	char norm[64];
	int status, f;

	/* --by: a field by its English or Spanish name, else a column of
	 * your own (ssi.5); a name near a field's is taken for a typo. */
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
	if (f >= 0 && official_is(f))
		return cli_usage(c, "--by: '%s' is an official figure, not a "
		    "group (rank by the official index with --by-official)",
		    field_defs[f].name);
	ro.by = f;
	ro.by_name = by;
	memset(&own, 0, sizeof own);
	if (f < 0) {
		own.by = by;
		snprintf(own.norm, sizeof own.norm, "%s", norm);
	}
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
