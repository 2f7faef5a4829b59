/*
 * view.c - what rank, trend and digest show of a team (ssi.1, ssi.7
 * PRIVACY): --by FIELD's lookup for rank and trend (a field, else a column
 * of your own, and the error with a suggestion when no record has that
 * column), --min-group N (groups and averages of fewer members hidden,
 * never silently) and --only ID (one member's own page).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "ssi/idnorm.h"
#include "ssi/names.h"
#include "ssi/official.h"
#include "pseudo.h"

/* ---- --min-group, --only ---- */

static long min_group = -1;	/* -1: not given */
static const char *only;	/* --only as given */
static char only_id[FIELD_MAX_TEXT + 1];	/* the id it found */
static int only_found;

static int
opt_min_group(struct cli *c, const struct cli_option *o, const char *arg)
{
	char *end;
	long v = strtol(arg, &end, 10);

	(void)o;
	if (end == arg || *end != '\0' || v < 1 || v > 1000000) {
		cli_usage(c, "--min-group: '%s' is not a whole number from 1 "
		    "to 1000000", arg);
		return -1;
	}
	min_group = v;
	return 0;
}

const struct cli_option opts_view[] = {
	OPT_CALL("min-group", 0, "N", opt_min_group, &min_group, "groups "
	    "and averages of fewer than N members are hidden (default: 5 "
	    "with --pseudonyms, else 1)"),
	OPT_STRING("only", "ID", &only, "one member's own page: their "
	    "figures, the team's averages, no other name"),
	OPT_END
};

long
cli_min_group(void)
{
	if (min_group > 0)
		return min_group;
	return cli_pseudo != NULL ? 5 : 1;
}

/* id[0..n) as id_norm gives it, into buf[sz] (cut when longer). */
static const char *
norm_of(const char *id, char *buf, size_t sz)
{
	size_t n = strlen(id);
	char *tmp;
	int what;

	if ((tmp = malloc(n + 1)) == NULL) {
		snprintf(buf, sz, "%s", id);
		return buf;
	}
	id_norm(id, n, tmp, &what);
	snprintf(buf, sz, "%s", tmp);
	free(tmp);
	return buf;
}

int
cli_only_find(const char *const *ids, long n, size_t stride,
    struct ssi_err *e)
{
	char want[FIELD_MAX_TEXT + 1], got[FIELD_MAX_TEXT + 1];
	char mapped[64] = "";
	const char **names;
	const char *near;
	long i, k;

	only_found = 0;
	if (only == NULL)
		return 0;
	norm_of(only, want, sizeof want);
	/* --pseudonyms: the id as given is a person's, shown as a pseudonym */
	if (cli_pseudo != NULL) {
		int num = pseudo_number(cli_pseudo, want, strlen(want));

		if (num >= 0)
			pseudo_name(cli_pseudo, num, mapped, sizeof mapped);
	}
	for (i = 0; i < n; i++) {
		const char *id = *(const char *const *)(const void *)
		    ((const char *)ids + (size_t)i * stride);

		if (id == NULL)
			continue;
		norm_of(id, got, sizeof got);
		if (strcmp(got, want) == 0 || (mapped[0] != '\0' &&
		    strcmp(got, mapped) == 0)) {
			snprintf(only_id, sizeof only_id, "%s", id);
			only_found = 1;
			return 0;
		}
	}
	memset(e, 0, sizeof *e);
	/* the nearest id, unless the ids are pseudonyms (a suggestion would
	 * tell a name the key hides) */
	near = NULL;
	if (cli_pseudo == NULL && n > 0 &&
	    (names = malloc((size_t)n * sizeof *names)) != NULL) {
		for (i = k = 0; i < n; i++) {
			const char *id = *(const char *const *)(const void *)
			    ((const char *)ids + (size_t)i * stride);

			if (id != NULL)
				names[k++] = id;
		}
		near = names_nearest(only, names, (size_t)k, sizeof *names);
		if (near)
			snprintf(e->msg, sizeof e->msg, cli_tr("--only: no member "
			    "has the id '%s'; did you mean '%s'?"), only, near);
		free(names);
	}
	if (near == NULL)
		snprintf(e->msg, sizeof e->msg, cli_tr("--only: no member has "
		    "the id '%s'"), only);
	return -1;
}

const char *
cli_only_id(void)
{
	return only_found ? only_id : NULL;
}

void
cli_hidden_note(const struct cli *c, const char *cmd, long groups,
    long members)
{
	struct report_opts r = { 0 };
	char buf[256];

	/* text, md and html say it in the report */
	if (groups == 0 || c->quiet || c->format == OF_TEXT ||
	    c->format == OF_MD || c->format == OF_HTML)
		return;
	r.lang = c->lang;
	r.min_group = cli_min_group();
	cli_say("ssi: %s: %s: %s\n", cli_tr("note"), cmd,
	    report_hidden_text(&r, groups, members, buf, sizeof buf));
}

/* ---- --by FIELD ---- */

#define BY_SEEN 64
static struct {
	const char *by;		/* NULL: --by is a field */
	char norm[64];
	int found;
	long records;
	size_t nseen;
	char seen[BY_SEEN][64];
	const char *names[BY_SEEN];
	/* the columns of your own as the inputs wrote them: folded name,
	 * then the written one (the first input's) */
	size_t nwritten;
	char wnorm[BY_SEEN][64], wname[BY_SEEN][128];
} own;

int
cli_by_parse(struct cli *c, const char *by, int *f)
{
	char norm[64];

	/* a field by its English or Spanish name, else a column of your
	 * own (ssi.5); a name near a field's is taken for a typo. */
	field_normalize(by, strlen(by), norm, sizeof norm);
	if ((*f = field_lookup(by, strlen(by))) < 0 &&
	    (*f = field_lookup_any(norm, strlen(norm))) < 0) {
		const char *near = field_nearest(norm);

		if (near)
			return cli_usage(c, "--by: unknown field '%s' (did you "
			    "mean '%s'?)", by, near);
		if (strlen(by) >= sizeof norm - 1)
			return cli_usage(c, "--by: '%.20s...' is longer than "
			    "62 bytes", by);
	}
	if (*f >= 0 && official_is(*f))
		return cli_usage(c, "--by: '%s' is an official figure, not a "
		    "group (rank by the official index with --by-official)",
		    field_defs[*f].name);
	memset(&own, 0, sizeof own);
	if (*f < 0) {
		own.by = by;
		snprintf(own.norm, sizeof own.norm, "%s", norm);
	}
	return 0;
}

void
cli_by_record(const struct profile *p)
{
	uint32_t k;
	size_t i;

	if (own.by == NULL)
		return;
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

void
cli_by_column(const char *name, const char *written)
{
	size_t i;

	if (own.by == NULL || own.nwritten == BY_SEEN ||
	    strlen(name) >= sizeof own.wnorm[0])
		return;
	for (i = 0; i < own.nwritten; i++)
		if (strcmp(own.wnorm[i], name) == 0)
			return;		/* the first input's spelling stays */
	strcpy(own.wnorm[own.nwritten], name);
	snprintf(own.wname[own.nwritten], sizeof own.wname[0], "%s", written);
	own.nwritten++;
}

/* The column name (folded) as an input wrote it; itself when unheard. */
static const char *
as_written(const char *name)
{
	size_t i;

	for (i = 0; i < own.nwritten; i++)
		if (strcmp(own.wnorm[i], name) == 0)
			return own.wname[i];
	return name;
}

const char *
cli_by_shown(void)
{
	const char *w;

	if (own.by == NULL || !own.found)
		return NULL;
	w = as_written(own.norm);
	return w != own.norm ? w : NULL;
}

int
cli_by_check(const char *cmd, struct ssi_err *e)
{
	const char *near;
	char rest[SSI_ERR_MSG - 16];

	/* --by a column no record has: an error, not one group of all
	 * (ssi.5), with the nearest column the records have */
	if (own.by == NULL || own.found || own.records == 0)
		return 0;
	near = names_nearest(own.norm, own.names, own.nseen,
	    sizeof own.names[0]);
	memset(e, 0, sizeof *e);
	if (near)
		snprintf(rest, sizeof rest, cli_tr("--by: no record has a "
		    "column '%s'; did you mean '%s'?"), own.by,
		    as_written(near));
	else
		snprintf(rest, sizeof rest, cli_tr("--by: no record has a "
		    "column '%s'"), own.by);
	snprintf(e->msg, sizeof e->msg, "%s: %s", cmd, rest);
	return -1;
}
