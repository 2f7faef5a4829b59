/*
 * cmd_rank.c - ssi rank: score every profile, rank them overall and in
 * groups (--by FIELD, default industry) with src/core/rank.c, write the
 * leaderboard with the writers of src/out/rank_out.c.
 *
 * Records of one id and one as_of are one snapshot (merged before they are
 * scored, held.c); each member is ranked once, by their latest snapshot
 * (history.md: as_of, records without as_of older than any dated one, and
 * among records of one id and no as_of the last read), unless
 * --all-snapshots; standard error says how many older snapshots were set
 * aside.  --by-official ranks by official_ssi (official.md).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "merge.h"
#include "official.h"
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

/* For the sort of pick: the snapshots by id, then as_of (none first),
 * then input order. */
static struct snapset *pick_set;

static int
by_id_date(const void *a, const void *b)
{
	size_t i = *(const size_t *)a, j = *(const size_t *)b;
	const struct profile *p = snapset_get(pick_set, i);
	const struct profile *q = snapset_get(pick_set, j);
	size_t n = p->len[F_ID] < q->len[F_ID] ? p->len[F_ID] : q->len[F_ID];
	int r = memcmp(profile_text(p, F_ID), profile_text(q, F_ID), n);

	if (r == 0 && p->len[F_ID] != q->len[F_ID])
		r = p->len[F_ID] < q->len[F_ID] ? -1 : 1;
	if (r == 0 && profile_has(p, F_AS_OF) != profile_has(q, F_AS_OF))
		r = profile_has(p, F_AS_OF) ? 1 : -1;
	if (r == 0 && profile_has(p, F_AS_OF))
		r = strcmp(profile_text(p, F_AS_OF), profile_text(q, F_AS_OF));
	if (r == 0)
		r = i < j ? -1 : i > j;
	return r;
}

static int
same_id(const struct profile *p, const struct profile *q)
{
	return p->len[F_ID] == q->len[F_ID] && memcmp(profile_text(p, F_ID),
	    profile_text(q, F_ID), p->len[F_ID]) == 0;
}

/* Each member's latest snapshot (history.md); says what was set aside. */
static void
pick(struct held *h, struct snapset *set, unsigned char *keep)
{
	size_t n = snapset_count(set), i, *idx;
	long aside = 0, members = 0;

	if (h->c->all_snapshots || n < 2)
		return;
	if ((idx = malloc(n * sizeof *idx)) == NULL) {
		cli_fail("out of memory after %zu snapshots", n);
		h->fatal = 1;
		return;
	}
	for (i = 0; i < n; i++)
		idx[i] = i;
	pick_set = set;
	qsort(idx, n, sizeof *idx, by_id_date);
	for (i = 0; i + 1 < n; i++)
		if (same_id(snapset_get(set, idx[i]),
		    snapset_get(set, idx[i + 1]))) {
			keep[idx[i]] = 0;
			if (aside++ == 0 || keep[idx[i - 1]] ||
			    !same_id(snapset_get(set, idx[i - 1]),
			    snapset_get(set, idx[i])))
				members++;
		}
	free(idx);
	if (aside > 0 && !h->c->quiet)
		fprintf(stderr, "ssi: rank: %ld older snapshot%s of %ld "
		    "member%s set aside (--all-snapshots keeps them)\n", aside,
		    aside == 1 ? "" : "s", members, members == 1 ? "" : "s");
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
	if (f >= 0 && official_is(f))
		return cli_usage(c, "--by: '%s' is an official figure, not a "
		    "group (rank by the official index with --by-official)",
		    field_defs[f].name);
	if ((h.obj = rank_new(f, by)) == NULL) {
		cli_fail("out of memory");
		return SSI_EXIT_ERROR;
	}
	((struct rank *)h.obj)->by_official = c->by_official;
	h.merge = 1;	/* one snapshot per id and as_of (merge.h) */
	h.pick = pick;
	status = cli_held(c, &h);
	rank_free(h.obj);
	return status;
}
