/* trend_out.c - the writers of ssi trend (see trend_out.h). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/team.h"
#include "listw.h"
#include "out_fast.h"
#include "ssi/catalog.h"
#include "ssi/change.h"
#include "ssi/keep.h"
#include "ssi/lang.h"
#include "ssi/numfmt.h"
#include "ssi/official.h"
#include "ssi/rank.h"
#include "ssi/textw.h"
#include "ssi/trend.h"
#include "text/fieldhelp.h"
#include "text/labels.h"
#include "trend_out.h"

/* The order of the figures in every output: pillars, then ssi. */
static const char *const fig_ids[TV_COUNT] = {
	"brand", "people", "engagement", "relationships", "ssi"
};

static void
date_out(struct out *o, uint32_t d)
{
	char buf[11];

	out_write(o, keep_date_text(buf, d), 10);	/* YYYY-MM-DD */
}

static void
cents_out(struct out *o, long long v)
{
	out_fixed(o, v / 100.0, 2);
}

/* A text cell (id, name) of a CSV or TSV row. */
static void
text_cell(struct out *o, const char *s, int tsv)
{
	out_cell_text(o, s, strlen(s), tsv);
}

/* Official thousandths as recorded, shortest ("47", "8.75", "-0.125"). */
static void
milli_out(struct out *o, long long v)
{
	char buf[32];

	out_str(o, official_fmt(v, buf, sizeof buf));
}

/* The snapshot before sn of its member that has official figure k, or
 * NULL (first of the member: s[first]). */
static const struct trend_snap *
prev_official(const struct trend_snap *sn, const struct trend_snap *first,
    int k)
{
	while (sn > first) {
		sn--;
		if ((sn->ohas >> k) & 1)
			return sn;
	}
	return NULL;
}

/* The change of official figure k at sn, when it has a label. */
static int
official_delta(const struct trend_snap *sn, const struct trend_snap *first,
    int k, long long *d)
{
	const struct trend_snap *p;

	if (sn->och[k] == CH_NONE || (p = prev_official(sn, first, k)) == NULL)
		return 0;
	*d = (long long)sn->off[k] - p->off[k];
	return 1;
}

/* ---- the team (team.h): shared ---- */

/* A team part is written for several members, or when asked alone. */
static int
has_team(const struct trend *u, const struct report_opts *r)
{
	return r->summary || u->nm > 1;
}

int
trend_shown(const struct trend *u, const struct report_opts *r, long i)
{
	return r->only == NULL || strcmp(u->m[i].id, r->only) == 0;
}

const char *
trend_by_label(const struct trend *u, const struct report_opts *r)
{
	return u->by >= 0 ? field_name(r->lang, u->by) : u->by_name;
}



/* ---- CSV, TSV ---- */

/*
 * The team rows of a CSV with the team part: "team" rows (the averages of
 * each date, d_* since the team's previous date, from that date, the
 * member count), then "improver" and "decliner" rows (the member's latest
 * figures, d_* since its first date, from that date).
 */
static void
sv_team_row(struct out *o, int d, int tsv, const char *kind,
    const char *group, const struct trend_member *m, uint32_t date,
    const int32_t *v, const int32_t *w, uint32_t from, long members,
    int hid)
{
	int k;

	out_str(o, kind);
	out_char(o, d);
	if (group != NULL) {	/* --by: the group column */
		out_cell(o, group, strlen(group), tsv);
		out_char(o, d);
	}
	if (m)
		text_cell(o, m->id, tsv);
	out_char(o, d);
	if (m && m->name)
		text_cell(o, m->name, tsv);
	out_char(o, d);
	date_out(o, date);
	for (k = 0; k < TV_COUNT; k++)
		if (members != 0 && !hid)
			out_cents_cell(o, d, v[k]);
		else
			out_char(o, d);
	for (k = 0; k < TV_COUNT; k++)
		if (w && members != 0 && !hid)
			out_cents_cell(o, d, (long long)v[k] - w[k]);
		else
			out_char(o, d);
	out_char(o, d);
	if (w)
		date_out(o, from);
	out_char(o, d);
	if (members >= 0)
		out_count_fast(o, members);
	/* the labels and official columns of the member rows: empty */
	for (k = 0; k < 4 * TV_COUNT; k++)
		out_char(o, d);
	out_char(o, '\n');
}

/* The team rows of tm; group: NULL without --by, "" for the whole
 * team, else the group's name.  A date of fewer than --min-group members
 * has its count and no figures; --only leaves the movers out. */
static void
sv_team(struct out *o, const struct trend *u, const struct team *tm,
    const struct report_opts *r, const char *group, int d, int tsv)
{
	long i;
	int j;

	for (i = 0; i < tm->nd; i++) {
		const struct team_date *p = NULL;
		long jj;

		/* the change since the team's previous date with an estimate */
		for (jj = i - 1; jj >= 0 && p == NULL; jj--)
			if (tm->d[jj].members &&
			    !report_hidden(r, tm->d[jj].members))
				p = &tm->d[jj];
		sv_team_row(o, d, tsv, "team", group, NULL, tm->d[i].date,
		    tm->d[i].avg, p ? p->avg : NULL, p ? p->date : 0,
		    tm->d[i].members, report_hidden(r, tm->d[i].members));
	}
	for (j = 0; j < tm->nup + tm->ndown && r->only == NULL; j++) {
		const struct team_mover *mv = j < tm->nup ? &tm->up[j] :
		    &tm->down[j - tm->nup];

		sv_team_row(o, d, tsv, j < tm->nup ? "improver" : "decliner",
		    group, &u->m[mv->member], u->s[mv->last].date,
		    u->s[mv->last].v, u->s[mv->first].v, u->s[mv->first].date,
		    -1, 0);
	}
}

/* CSV or, when r->format is OF_TSV, TSV. */
static void
sv_item(struct writer_ctx *w, const void *item)
{
	const struct trend *u = item;
	int tsv = w->r->format == OF_TSV;
	struct out *o = w->o;
	int d = tsv ? '\t' : ',', k, team = has_team(u, w->r);
	int grouped = team && u->by_name[0] != '\0';
	long i;

	if (!w->r->no_header) {
		if (team) {
			out_str(o, "row");
			out_char(o, d);
		}
		if (grouped) {
			out_str(o, "group");
			out_char(o, d);
		}
		out_str(o, "id");
		out_char(o, d);
		out_str(o, "name");
		out_char(o, d);
		out_str(o, "as_of");
		for (k = 0; k < TV_COUNT; k++) {
			out_char(o, d);
			out_str(o, fig_ids[k]);
		}
		for (k = 0; k < TV_COUNT; k++) {
			out_char(o, d);
			out_str(o, "d_");
			out_str(o, fig_ids[k]);
		}
		if (team) {
			out_char(o, d);
			out_str(o, "from");
			out_char(o, d);
			out_str(o, "members");
		}
		for (k = 0; k < TV_COUNT; k++) {
			out_char(o, d);
			out_str(o, fig_ids[k]);
			out_str(o, "_change");
		}
		for (k = 0; k < TV_COUNT; k++) {
			out_char(o, d);
			out_str(o, "official_");
			out_str(o, fig_ids[k]);
		}
		for (k = 0; k < TV_COUNT; k++) {
			out_char(o, d);
			out_str(o, "d_official_");
			out_str(o, fig_ids[k]);
		}
		for (k = 0; k < TV_COUNT; k++) {
			out_char(o, d);
			out_str(o, "official_");
			out_str(o, fig_ids[k]);
			out_str(o, "_change");
		}
		out_char(o, '\n');
	}
	if (team)
		sv_team(o, u, u->team, w->r, grouped ? "" : NULL, d, tsv);
	for (i = 0; grouped && i < u->ng; i++) {
		const struct trend_group *g = &u->g[u->order[i]];

		/* --min-group: a small group has no rows of its own */
		if (!report_hidden(w->r, g->members))
			sv_team(o, u, g->team, w->r, g->name, d, tsv);
	}
	for (i = 0; i < u->n && !out_failed(o) && !w->r->summary; i++) {
		const struct trend_snap *sn = &u->s[i];
		const struct trend_member *m = &u->m[sn->member];
		const struct trend_snap *pd;
		int first = i == m->first;

		if (!trend_shown(u, w->r, sn->member))
			continue;
		if (team) {
			out_str(o, "member");
			out_char(o, d);
		}
		if (grouped) {
			const struct trend_group *g = &u->g[m->group];

			if (!report_hidden(w->r, g->members))
				out_cell(o, g->name, strlen(g->name), tsv);
			out_char(o, d);
		}
		text_cell(o, m->id, tsv);
		out_char(o, d);
		if (m->name)
			text_cell(o, m->name, tsv);
		out_char(o, d);
		date_out(o, sn->date);
		/* no estimate (official figures only): empty cells; a change
		 * is from the member's previous snapshot with an estimate */
		pd = sn->nodata ? NULL : trend_prev_data(sn, u->s + m->first);
		for (k = 0; k < TV_COUNT; k++)
			if (!sn->nodata)
				out_cents_cell(o, d, sn->v[k]);
			else
				out_char(o, d);
		for (k = 0; k < TV_COUNT; k++)
			if (pd)
				out_cents_cell(o, d, (long long)sn->v[k] -
				    pd->v[k]);
			else
				out_char(o, d);
		if (team) {
			out_char(o, d);
			if (!first)
				date_out(o, sn[-1].date);
			out_char(o, d);
		}
		for (k = 0; k < TV_COUNT; k++) {
			out_char(o, d);
			out_str(o, change_ids[sn->ch[k]]);
		}
		for (k = 0; k < TV_COUNT; k++) {
			out_char(o, d);
			if ((sn->ohas >> k) & 1)
				milli_out(o, sn->off[k]);
		}
		for (k = 0; k < TV_COUNT; k++) {
			long long dv;

			out_char(o, d);
			if (official_delta(sn, u->s + m->first, k, &dv))
				milli_out(o, dv);
		}
		for (k = 0; k < TV_COUNT; k++) {
			out_char(o, d);
			out_str(o, change_ids[sn->och[k]]);
		}
		out_char(o, '\n');
	}
}


/* ---- JSON, JSON Lines ---- */

/* {"brand": 1.00, ...}: the figures of v (or their difference to w). */
static void
json_figs(struct out *o, const int32_t *v, const int32_t *w, int compact)
{
	int k;

	out_char(o, '{');
	for (k = 0; k < TV_COUNT; k++) {
		if (k)
			out_str(o, compact ? "," : ", ");
		out_char(o, '"');
		out_str(o, fig_ids[k]);
		out_str(o, compact ? "\":" : "\": ");
		cents_out(o, w ? (long long)v[k] - w[k] : v[k]);
	}
	out_char(o, '}');
}

/* A text or null. */
static void
json_or_null(struct out *o, const char *s)
{
	if (s == NULL) {
		out_str(o, "null");
		return;
	}
	out_json_str(o, s, strlen(s));
}

/* , "PREFIXbrand_change": "up", ...: null for no label. */
static void
json_changes(struct out *o, const char *prefix, const unsigned char *ch,
    int compact)
{
	int k;

	for (k = 0; k < TV_COUNT; k++) {
		out_str(o, compact ? ",\"" : ", \"");
		out_str(o, prefix);
		out_str(o, fig_ids[k]);
		out_str(o, compact ? "_change\":" : "_change\": ");
		if (ch[k] == CH_NONE) {
			out_str(o, "null");
		} else {
			out_char(o, '"');
			out_str(o, change_ids[ch[k]]);
			out_char(o, '"');
		}
	}
}

/*
 * , "official": {"brand": 8.75, ..., "delta": {...}}, "official_brand_change":
 * ...: the official figures of snapshot s[i] that are present, their
 * changes since the member's previous snapshot that has each, and the
 * labels; nothing when the snapshot has no official figure.
 */
static void
json_official(struct out *o, const struct trend_snap *s, long i, int compact)
{
	const struct trend_snap *sn = &s[i];
	const char *sep = compact ? "," : ", ";
	long long dv;
	int k, n;

	if (sn->ohas == 0)
		return;
	out_str(o, compact ? ",\"official\":{" : ", \"official\": {");
	for (k = n = 0; k < TV_COUNT; k++) {
		if (!((sn->ohas >> k) & 1))
			continue;
		if (n++)
			out_str(o, sep);
		out_char(o, '"');
		out_str(o, fig_ids[k]);
		out_str(o, compact ? "\":" : "\": ");
		milli_out(o, sn->off[k]);
	}
	out_str(o, sep);
	out_str(o, compact ? "\"delta\":{" : "\"delta\": {");
	for (k = n = 0; k < TV_COUNT; k++) {
		if (!official_delta(sn, s, k, &dv))
			continue;
		if (n++)
			out_str(o, sep);
		out_char(o, '"');
		out_str(o, fig_ids[k]);
		out_str(o, compact ? "\":" : "\": ");
		milli_out(o, dv);
	}
	out_str(o, "}}");
	json_changes(o, "official_", sn->och, compact);
}

/* Member i of trend ctx as a JSON object. */
static void
json_member(struct out *o, const void *ctx, long mi, int compact)
{
	const struct trend *u = ctx;
	const struct trend_member *m = &u->m[mi];
	const struct trend_snap *s = u->s + m->first;
	const struct trend_snap *pd, *a = NULL, *z = NULL;
	const char *sep = compact ? "," : ", ";
	int32_t change[TV_COUNT];
	long i, n = m->n;
	int k;

	out_str(o, compact ? "{\"id\":" : "{\n    \"id\": ");
	json_or_null(o, m->id);
	out_str(o, compact ? ",\"name\":" : ",\n    \"name\": ");
	json_or_null(o, m->name);
	if (u->by_name[0] != '\0') {
		out_str(o, compact ? ",\"group\":" : ",\n    \"group\": ");
		json_or_null(o, u->g[m->group].name);
	}
	out_str(o, compact ? ",\"snapshots\":[" : ",\n    \"snapshots\": [");
	for (i = 0; i < n; i++) {
		if (i)
			out_char(o, ',');
		if (!compact)
			out_str(o, "\n      ");
		out_str(o, compact ? "{\"as_of\":\"" : "{\"as_of\": \"");
		date_out(o, s[i].date);
		out_char(o, '"');
		pd = s[i].nodata ? NULL : trend_prev_data(&s[i], s);
		if (!s[i].nodata)
			z = &s[i];
		if (!s[i].nodata && a == NULL)
			a = &s[i];
		for (k = 0; k < TV_COUNT; k++) {
			out_str(o, sep);
			out_char(o, '"');
			out_str(o, fig_ids[k]);
			out_str(o, compact ? "\":" : "\": ");
			if (s[i].nodata)
				out_str(o, "null");	/* no estimate */
			else
				cents_out(o, s[i].v[k]);
		}
		out_str(o, sep);
		out_str(o, compact ? "\"delta\":" : "\"delta\": ");
		if (pd == NULL)
			out_str(o, "null");
		else
			json_figs(o, s[i].v, pd->v, compact);
		json_changes(o, "", s[i].ch, compact);
		json_official(o, s, i, compact);
		out_char(o, '}');
	}
	out_str(o, compact ? "],\"change\":" : "\n    ],\n    \"change\": ");
	if (a == NULL) {
		out_str(o, "null");	/* no estimate at all */
	} else {
		for (k = 0; k < TV_COUNT; k++)
			change[k] = z->v[k] - a->v[k];
		json_figs(o, change, NULL, compact);
	}
	out_str(o, compact ? "}" : "\n  }");
}

/* The member of a mover: {"id": .., "name": .., "from": .., "to": ..,
 * "change": ..}. */
static void
json_mover(struct out *o, const struct trend *u, const struct team_mover *mv,
    int compact)
{
	const struct trend_member *m = &u->m[mv->member];
	const char *sep = compact ? "," : ", ";

	out_str(o, compact ? "{\"id\":" : "{\"id\": ");
	json_or_null(o, m->id);
	out_str(o, sep);
	out_str(o, compact ? "\"name\":" : "\"name\": ");
	json_or_null(o, m->name);
	out_str(o, sep);
	out_str(o, compact ? "\"from\":\"" : "\"from\": \"");
	date_out(o, u->s[mv->first].date);
	out_str(o, compact ? "\",\"to\":\"" : "\", \"to\": \"");
	date_out(o, u->s[mv->last].date);
	out_str(o, compact ? "\",\"change\":" : "\", \"change\": ");
	cents_out(o, mv->change);
	out_char(o, '}');
}

/* "dates": [..], "improvers": [..], "decliners": [..] of tm (the movers
 * left out under --only), the lists indented at ind (or compact). */
static void
json_team_body(struct out *o, const struct trend *u, const struct team *tm,
    const struct report_opts *r, const char *ind, int compact)
{
	char nl[16];
	long i;
	int j, k;

	snprintf(nl, sizeof nl, "%s", compact ? "" : ind);
	if (!compact)
		strcat(nl, "  ");
	out_str(o, compact ? "\"dates\":[" : "\"dates\": [");
	for (i = 0; i < tm->nd; i++) {
		int hid = report_hidden(r, tm->d[i].members);

		out_str(o, i ? "," : "");
		out_str(o, nl);
		out_str(o, compact ? "{\"as_of\":\"" : "{\"as_of\": \"");
		date_out(o, tm->d[i].date);
		out_str(o, compact ? "\",\"members\":" : "\", \"members\": ");
		out_long(o, tm->d[i].members);
		if (tm->d[i].nodata) {
			/* members left out: no estimate that day */
			out_str(o, compact ? ",\"no_estimate\":" :
			    ", \"no_estimate\": ");
			out_long(o, tm->d[i].nodata);
		}
		if (hid)	/* --min-group: no average of so few */
			out_str(o, compact ? ",\"hidden\":true" :
			    ", \"hidden\": true");
		for (k = 0; k < TV_COUNT; k++) {
			out_str(o, compact ? ",\"" : ", \"");
			out_str(o, fig_ids[k]);
			out_str(o, compact ? "\":" : "\": ");
			if (tm->d[i].members && !hid)
				cents_out(o, tm->d[i].avg[k]);
			else
				out_str(o, "null");
		}
		out_char(o, '}');
	}
	out_str(o, tm->nd && !compact ? ind : "");
	out_char(o, ']');
	if (r->only != NULL)
		return;	/* --only: no other member's name */
	out_str(o, compact ? ",\"improvers\":[" : ",");
	if (!compact) {
		out_str(o, ind);
		out_str(o, "\"improvers\": [");
	}
	for (j = 0; j < tm->nup; j++) {
		out_str(o, j ? "," : "");
		out_str(o, nl);
		json_mover(o, u, &tm->up[j], compact);
	}
	out_str(o, tm->nup && !compact ? ind : "");
	out_char(o, ']');
	out_str(o, compact ? ",\"decliners\":[" : ",");
	if (!compact) {
		out_str(o, ind);
		out_str(o, "\"decliners\": [");
	}
	for (j = 0; j < tm->ndown; j++) {
		out_str(o, j ? "," : "");
		out_str(o, nl);
		json_mover(o, u, &tm->down[j], compact);
	}
	out_str(o, tm->ndown && !compact ? ind : "");
	out_char(o, ']');
}

/* "team": {"dates": [..], "improvers": [..], "decliners": [..]}, the
 * value indented as a member of the top object (or compact); with groups
 * (--by), "groups": [{"group": .., "members": .., "dates": .., ..}], a
 * group of fewer than --min-group members with "hidden": true alone, and
 * how many were hidden. */
static void
json_team(struct out *o, const struct trend *u, const struct team *tm,
    const struct report_opts *r, int compact)
{
	long i, hid = 0, hidm = 0;

	out_str(o, compact ? "\"team\":{" : "\"team\": {\n    ");
	json_team_body(o, u, tm, r, "\n    ", compact);
	if (u->by_name[0] != '\0') {
		out_str(o, compact ? ",\"by\":" : ",\n    \"by\": ");
		json_or_null(o, u->by_name);
		out_str(o, compact ? ",\"groups\":[" : ",\n    \"groups\": [");
		for (i = 0; i < u->ng; i++) {
			const struct trend_group *g = &u->g[u->order[i]];

			out_str(o, i ? "," : "");
			out_str(o, compact ? "{\"group\":" :
			    "\n      {\"group\": ");
			json_or_null(o, g->name);
			out_str(o, compact ? ",\"members\":" : ", \"members\": ");
			out_long(o, g->members);
			if (report_hidden(r, g->members)) {
				out_str(o, compact ? ",\"hidden\":true}" :
				    ", \"hidden\": true}");
				hid++;
				hidm += g->members;
				continue;
			}
			out_str(o, compact ? "," : ",\n        ");
			json_team_body(o, u, g->team, r, "\n        ", compact);
			out_char(o, '}');
		}
		out_str(o, u->ng && !compact ? "\n    ]" : "]");
		out_str(o, compact ? ",\"hidden_groups\":" :
		    ",\n    \"hidden_groups\": ");
		out_long(o, hid);
		out_str(o, compact ? ",\"hidden_members\":" :
		    ", \"hidden_members\": ");
		out_long(o, hidm);
	}
	out_str(o, compact ? "}" : "\n  }");
}

/* A member inside "members": json_member indented two more columns
 * (through memory: JSON strings hold no raw line ends). */
static void
json_member_in(struct out *o, const struct trend *u, long mi)
{
	struct out mem;
	size_t i;

	if (out_mem(&mem) < 0) {
		o->err = o->err ? o->err : ENOMEM;
		return;
	}
	json_member(&mem, u, mi, 0);
	if (out_failed(&mem))
		o->err = o->err ? o->err : mem.err;
	for (i = 0; i < mem.n && !out_failed(o); i++) {
		out_char(o, mem.buf[i]);
		if (mem.buf[i] == '\n')
			out_str(o, "  ");
	}
	out_mem_free(&mem);
}

/* The members a JSON list shows: every one, or --only's. */
struct tshown {
	const struct trend *u;
	long *at;
};

static void
json_member_at(struct out *o, const void *ctx, long i, int compact)
{
	const struct tshown *sh = ctx;

	json_member(o, sh->u, sh->at[i], compact);
}

/* JSON or, when r->format is OF_JSONL, JSON Lines; with the team part,
 * {"team": .., "members": [..]} (JSON Lines: the team's line first). */
static void
json_item(struct writer_ctx *w, const void *item)
{
	const struct trend *u = item;
	int lines = w->r->format == OF_JSONL;
	struct out *o = w->o;
	struct tshown sh = { u, NULL };
	long i, n = 0;

	if ((sh.at = malloc((size_t)(u->nm ? u->nm : 1) * sizeof *sh.at)) ==
	    NULL) {
		o->err = o->err ? o->err : ENOMEM;
		return;
	}
	for (i = 0; i < u->nm; i++)
		if (trend_shown(u, w->r, i))
			sh.at[n++] = i;
	if (!has_team(u, w->r)) {
		list_json(o, n, lines, json_member_at, &sh);
		free(sh.at);
		return;
	}
	out_str(o, lines ? "{" : "{\n  ");
	json_team(o, u, u->team, w->r, lines);
	if (lines) {
		out_str(o, "}\n");
		if (!w->r->summary)
			list_json(o, n, 1, json_member_at, &sh);
		free(sh.at);
		return;
	}
	if (!w->r->summary) {
		out_str(o, ",\n  \"members\": [");
		for (i = 0; i < n && !out_failed(o); i++) {
			out_str(o, i ? ",\n    " : "\n    ");
			json_member_in(o, u, sh.at[i]);
		}
		out_str(o, n ? "\n  ]" : "]");
	}
	out_str(o, "\n}\n");
	free(sh.at);
}

/* ---- text ---- */

#define COL_DATE 10
#define COL_VALUE 7	/* two spaces and the value (the team) */
#define COL_DELTA 6	/* a space and the change (the team) */
/* a member's table: the change carries its label's arrow */
#define MCOL_VALUE 6	/* a space and the value */
#define MCOL_DELTA 7	/* a space, the change, the arrow */
#define OCOL_WHOLE 4	/* official line: blanks and the whole part */
#define OCOL_DECIMALS 4	/* the mark and up to 3 decimals */

static void
bold(struct out *o, const struct report_opts *r, int on)
{
	if (r->color)
		out_str(o, on ? "\033[1m" : "\033[0m");
}

static void
spaces(struct out *o, long n)
{
	for (; n > 0; n--)
		out_char(o, ' ');
}

static void
spark(struct out *o, const struct report_opts *r, const struct trend_snap *s,
    long n, int32_t lo, int32_t hi)
{
	static const char ascii[] = "_.-=+*#@";
	long i = n > TREND_SPARK_MAX ? n - TREND_SPARK_MAX : 0;

	if (i > 0)
		out_str(o, r->utf8 ? "\xe2\x80\xa6" : "...");
	for (; i < n; i++) {
		long long range = (long long)hi - lo;

		if (s[i].nodata)
			continue;
		{
		int level = range == 0 ? 3 :
		    (int)((14 * ((long long)s[i].v[TV_SSI] - lo) + range) /
		    (2 * range));

		if (r->utf8) {
			char ch[4] = { '\xe2', '\x96', (char)(0x81 + level), 0 };

			out_str(o, ch);
		} else {
			out_char(o, ascii[level]);
		}
		}
	}
}

/* The figure of column k of the table: the index first, then the pillars. */
static int
col_fig(int k)
{
	return k == 0 ? TV_SSI : k - 1;
}

/* The arrow of a label: up, down, flat (nothing for none). */
static const char *
arrow(const struct report_opts *r, int ch)
{
	switch (ch) {
	case CH_UP:
		return r->utf8 ? "\xe2\x86\x91" : "^";
	case CH_DOWN:
		return r->utf8 ? "\xe2\x86\x93" : "v";
	case CH_FLAT:
		return "=";
	default:
		return "";
	}
}

/*
 * One row of the table, the cells written as they come and the blanks
 * between them held back, so that no line ends in blanks.
 */
struct row {
	struct out *o;
	long blank;
};

static void
row_blank(struct row *w, long n)
{
	w->blank += n;
}

/* text right-aligned in n columns (text_right, after the held blanks) */
static void
row_right(struct row *w, const char *t, long n)
{
	long c = text_cols_str(t);

	row_blank(w, n > c ? n - c : 0);
	spaces(w->o, w->blank);
	w->blank = 0;
	out_str(w->o, t);
	if (c > n)
		return;
}

/* text and blanks up to n columns */
static void
row_pad(struct row *w, const char *t, long n)
{
	long c = text_cols_str(t);

	if (*t) {
		spaces(w->o, w->blank);
		w->blank = 0;
		out_str(w->o, t);
	}
	row_blank(w, n > c ? n - c : 0);
}

/* A change cell: a space, the change in MCOL_DELTA - 2, the arrow. */
static void
row_change(struct row *w, const char *d, const char *arr)
{
	row_blank(w, 1);
	row_pad(w, d, MCOL_DELTA - 2);
	row_pad(w, arr, 1);
}

/* A change in cents as text: signed with 1 decimal, 0.0 for none. */
static char *
change_text(char *buf, size_t n, long long v)
{
	keep_dec1(buf, n, v, 1);
	if (strcmp(buf, "=") == 0)
		snprintf(buf, n, "0.0");
	return buf;
}

/*
 * The official line under snapshot s[i] ("official" and the figures):
 * each figure as recorded (ssi.7 OFFICIAL FIGURES: up to 3 decimals, never
 * rounded to the estimate's one), its decimal mark under the estimate's,
 * and the label of its change (up, down, flat).  A figure of 3 decimals
 * and a change of 3 decimals do not fit the 13 columns of a cell in 80:
 * the changes themselves are in CSV and JSON and in ssi log --changes.
 */
static void
official_row(struct out *o, const struct report_opts *r,
    const struct trend_snap *s, long i, int dated)
{
	struct row w = { o, 0 };
	char buf[64];
	const char *mark;
	long long dv;
	long whole;
	int k, f;

	out_str(o, "  ");
	if (dated)
		date_out(o, s[i].date);
	else
		text_pad(o, official_word(r->lang, OW_OFFICIAL), COL_DATE);
	for (k = 0; k < TV_COUNT; k++) {
		f = col_fig(k);
		if (!((s[i].ohas >> f) & 1)) {
			row_blank(&w, MCOL_VALUE + MCOL_DELTA);
			continue;
		}
		numfmt_mark(official_fmt(s[i].off[f], buf, sizeof buf),
		    r->lang);
		mark = strpbrk(buf, ".,");
		whole = mark ? (long)(mark - buf) : (long)strlen(buf);
		/* the whole part ends where the estimate's does ("  39.0"),
		 * the mark and up to 3 decimals after it */
		row_blank(&w, whole < OCOL_WHOLE ? OCOL_WHOLE - whole : 0);
		row_pad(&w, buf, whole + OCOL_DECIMALS);
		if (official_delta(&s[i], s, f, &dv)) {
			row_blank(&w, 1);
			row_pad(&w, arrow(r, s[i].och[f]), MCOL_VALUE +
			    MCOL_DELTA - OCOL_WHOLE - OCOL_DECIMALS - 1);
		} else {
			row_blank(&w, MCOL_VALUE + MCOL_DELTA - OCOL_WHOLE -
			    OCOL_DECIMALS);
		}
	}
	out_char(o, '\n');
}

/* The text of "no estimate": an en dash (a hyphen in ASCII). */
static const char *
none_text(const struct report_opts *r)
{
	return r->utf8 ? "\xe2\x80\x93" : "-";
}

static void
member_text(const struct trend *u, struct out *o, const struct report_opts *r,
    const struct trend_member *m)
{
	const struct trend_snap *s = u->s + m->first;
	const struct trend_snap *a = NULL, *z = NULL;
	int32_t lo = 0, hi = 0;
	long i, n = m->n, nd = 0;
	char buf[64];
	int k, f;

	bold(o, r, 1);
	out_text(o, m->name ? m->name : m->id,
	    strlen(m->name ? m->name : m->id));
	bold(o, r, 0);
	if (m->name && strcmp(m->name, m->id) != 0) {
		out_str(o, " (");
		out_text(o, m->id, strlen(m->id));
		out_char(o, ')');
	}
	out_char(o, '\n');

	/* min, max and the change over the snapshots with an estimate */
	for (i = 0; i < n; i++) {
		if (s[i].nodata)
			continue;
		if (a == NULL || s[i].v[TV_SSI] < lo)
			lo = s[i].v[TV_SSI];
		if (a == NULL || s[i].v[TV_SSI] > hi)
			hi = s[i].v[TV_SSI];
		if (a == NULL)
			a = &s[i];
		z = &s[i];
		nd++;
	}
	out_str(o, "  ");
	spark(o, r, s, n, lo, hi);
	snprintf(buf, sizeof buf, "%s%ld %s", nd ? "  " : "", n,
	    msg(r->lang, n == 1 ? M_SNAPSHOT : M_SNAPSHOTS));
	out_str(o, buf);
	if (nd) {
		snprintf(buf, sizeof buf, ", %s ", msg(r->lang, M_MIN));
		out_str(o, buf);
		keep_dec1(buf, sizeof buf, lo, 0);
		out_str(o, numfmt_mark(buf, r->lang));
		out_str(o, ", ");
		out_str(o, msg(r->lang, M_MAX));
		out_char(o, ' ');
		keep_dec1(buf, sizeof buf, hi, 0);
		out_str(o, numfmt_mark(buf, r->lang));
	}
	if (nd < n) {
		out_str(o, ", ");
		snprintf(buf, sizeof buf, tr(r->lang, nd == 0 ? "no estimate "
		    "(official figures only)" : "%ld without an estimate"),
		    n - nd);
		out_str(o, buf);
	}
	out_str(o, "\n\n");

	/* Table: date, then index and pillars each with its change and the
	 * label of the change (ssi.7 OFFICIAL FIGURES), the official figures on a
	 * second line when the snapshot has some (a member of official
	 * figures only: on the dated line). */
	out_str(o, "  ");
	text_pad(o, msg(r->lang, M_DATE_COL), COL_DATE);
	for (k = 0; k < TV_COUNT; k++) {
		f = col_fig(k);
		if (k)
			spaces(o, MCOL_DELTA);
		text_right(o, f == TV_SSI ? msg(r->lang, M_INDEX_COL) :
		    lang_pillar_short(r->lang, f), MCOL_VALUE);
	}
	out_char(o, '\n');
	for (i = 0; i < n && !out_failed(o); i++) {
		struct row w = { o, 0 };
		const struct trend_snap *p = trend_prev_data(&s[i], s);

		if (nd == 0 && s[i].ohas) {
			/* official figures only: one line, dated */
			official_row(o, r, s, i, 1);
			continue;
		}
		out_str(o, "  ");
		date_out(o, s[i].date);
		for (k = 0; k < TV_COUNT; k++) {
			f = col_fig(k);
			if (s[i].nodata) {
				/* no estimate: a dash, no change */
				row_right(&w, none_text(r), MCOL_VALUE);
				row_blank(&w, MCOL_DELTA);
				continue;
			}
			keep_dec1(buf, sizeof buf, s[i].v[f], 0);
			row_right(&w, numfmt_mark(buf, r->lang), MCOL_VALUE);
			/* the first snapshot has no change: blanks */
			if (p == NULL)
				row_blank(&w, MCOL_DELTA);
			else
				row_change(&w, numfmt_mark(change_text(buf,
				    sizeof buf, (long long)s[i].v[f] -
				    p->v[f]), r->lang), arrow(r, s[i].ch[f]));
		}
		out_char(o, '\n');
		if (s[i].ohas)
			official_row(o, r, s, i, 0);
	}
	if (nd < 2)
		return;		/* one estimate: no change at all */
	out_str(o, "  ");
	text_pad(o, msg(r->lang, M_CHANGE), COL_DATE);
	for (k = 0; k < TV_COUNT; k++) {
		f = col_fig(k);
		spaces(o, MCOL_VALUE + 1);
		keep_dec1(buf, sizeof buf, (long long)z->v[f] - a->v[f], 1);
		numfmt_mark(buf, r->lang);
		if (k + 1 < TV_COUNT)
			text_pad(o, buf, MCOL_DELTA - 1);
		else
			out_str(o, buf);
	}
	out_char(o, '\n');
}

/* A member as the text shows it: "Name (id)", or the id alone. */
static void
who_text(struct out *o, const struct trend_member *m)
{
	out_text(o, m->name ? m->name : m->id,
	    strlen(m->name ? m->name : m->id));
	if (m->name && strcmp(m->name, m->id) != 0) {
		out_str(o, " (");
		out_text(o, m->id, strlen(m->id));
		out_char(o, ')');
	}
}

#define COL_MEMBERS 10
#define COL_PILLAR 9

static void
movers_text(struct out *o, const struct report_opts *r,
    const struct trend *u, const struct team_mover *l, int n, int title)
{
	char buf[64];
	int j;

	out_str(o, "\n  ");
	bold(o, r, 1);
	out_str(o, msg(r->lang, title));
	bold(o, r, 0);
	out_char(o, '\n');
	if (n == 0) {
		out_str(o, "    ");
		out_str(o, msg(r->lang, M_NO_MOVERS));
		out_char(o, '\n');
	}
	for (j = 0; j < n; j++) {
		out_str(o, "  ");
		keep_dec1(buf, sizeof buf, l[j].change, 1);
		text_right(o, numfmt_mark(buf, r->lang), 7);
		out_str(o, "  ");
		date_out(o, u->s[l[j].first].date);
		out_str(o, r->utf8 ? "\xe2\x80\xa6" : "..");
		date_out(o, u->s[l[j].last].date);
		out_str(o, "  ");
		who_text(o, &u->m[l[j].member]);
		out_char(o, '\n');
	}
}

/* The team: per date the member count, the average index with its change
 * since the team's previous date, the average pillars; then the movers. */
static void
team_text(const struct trend *u, struct out *o, const struct report_opts *r,
    const struct team *tm, const char *title)
{
	char buf[128];
	long i, j, nodata = 0;
	int k;

	bold(o, r, 1);
	out_text(o, title, strlen(title));
	bold(o, r, 0);
	out_str(o, "\n  ");
	text_pad(o, msg(r->lang, M_DATE_COL), COL_DATE);
	text_right(o, msg(r->lang, M_MEMBERS_COL), COL_MEMBERS);
	text_right(o, msg(r->lang, M_INDEX_COL), COL_VALUE);
	spaces(o, COL_DELTA);
	for (k = 0; k < P_COUNT; k++)
		text_right(o, lang_pillar_short(r->lang, k), COL_PILLAR);
	out_char(o, '\n');
	for (i = 0; i < tm->nd && !out_failed(o); i++) {
		const struct team_date *d = &tm->d[i];
		const struct team_date *p = NULL;

		for (j = i - 1; j >= 0 && p == NULL; j--)
			if (tm->d[j].members)
				p = &tm->d[j];
		nodata += d->nodata;
		out_str(o, "  ");
		date_out(o, d->date);
		snprintf(buf, sizeof buf, "%ld", d->members);
		text_right(o, buf, COL_MEMBERS);
		if (d->members == 0) {
			/* nobody with an estimate that day */
			text_right(o, none_text(r), COL_VALUE);
			out_char(o, '\n');
			continue;
		}
		if (report_hidden(r, d->members)) {
			/* --min-group: no average of so few */
			out_str(o, "  ");
			report_no_average(r, buf, sizeof buf);
			out_str(o, buf);
			out_char(o, '\n');
			continue;
		}
		keep_dec1(buf, sizeof buf, d->avg[TV_SSI], 0);
		text_right(o, numfmt_mark(buf, r->lang), COL_VALUE);
		buf[0] = '\0';
		if (p) {
			keep_dec1(buf, sizeof buf, (long long)d->avg[TV_SSI] -
			    p->avg[TV_SSI], 1);
			numfmt_mark(buf, r->lang);
		}
		out_char(o, ' ');
		text_pad(o, buf, COL_DELTA - 1);
		for (k = 0; k < P_COUNT; k++) {
			keep_dec1(buf, sizeof buf, d->avg[k], 0);
			text_right(o, numfmt_mark(buf, r->lang), COL_PILLAR);
		}
		out_char(o, '\n');
	}
	if (nodata) {
		/* the averages leave out the snapshots without an estimate */
		out_str(o, "  ");
		snprintf(buf, sizeof buf, tr(r->lang, nodata == 1 ? "%ld "
		    "snapshot with official figures only: not in the averages" :
		    "%ld snapshots with official figures only: not in the "
		    "averages"), nodata);
		out_str(o, buf);
		out_char(o, '\n');
	}
	if (r->only != NULL)
		return;	/* --only: no other member's name */
	movers_text(o, r, u, tm->up, tm->nup, M_IMPROVERS);
	movers_text(o, r, u, tm->down, tm->ndown, M_DECLINERS);
}

/* "Sur (13 members)" into buf. */
static const char *
group_title(const struct report_opts *r, const struct trend_group *g,
    char *buf, size_t n)
{
	snprintf(buf, n, "%s (%ld %s)", strcmp(g->name, RANK_NONE) == 0 ?
	    tr(r->lang, RANK_NONE) : g->name, g->members,
	    tr(r->lang, g->members == 1 ? "member" : "members"));
	return buf;
}

/* --by: the team part of each group, best first; the groups of fewer
 * than --min-group members named, their figures not. */
static void
groups_text(const struct trend *u, struct out *o, const struct report_opts *r)
{
	char buf[FIELD_MAX_TEXT + 64];
	long i, hid = 0, hidm = 0;

	out_char(o, '\n');
	bold(o, r, 1);
	out_str(o, msg(r->lang, M_GROUPS_BY));
	out_char(o, ' ');
	out_text(o, trend_by_label(u, r), strlen(trend_by_label(u, r)));
	bold(o, r, 0);
	out_char(o, '\n');
	for (i = 0; i < u->ng && !out_failed(o); i++) {
		const struct trend_group *g = &u->g[u->order[i]];

		out_char(o, '\n');
		group_title(r, g, buf, sizeof buf);
		if (report_hidden(r, g->members)) {
			out_text(o, buf, strlen(buf));
			snprintf(buf, sizeof buf, tr(r->lang, ": fewer than %ld "
			    "members, not shown"), r->min_group);
			out_str(o, buf);
			out_char(o, '\n');
			hid++;
			hidm += g->members;
			continue;
		}
		team_text(u, o, r, g->team, buf);
	}
	if (hid > 0) {
		out_char(o, '\n');
		out_str(o, report_hidden_text(r, hid, hidm, buf, sizeof buf));
		out_char(o, '\n');
	}
}

static void
text_item(struct writer_ctx *w, const void *item)
{
	const struct trend *u = item;
	const struct report_opts *r = w->r;
	char buf[128];
	long i;

	bold(w->o, r, 1);
	out_str(w->o, msg(r->lang, M_TREND_TITLE));
	bold(w->o, r, 0);
	snprintf(buf, sizeof buf, " (%ld %s, %ld %s)\n", u->nm,
	    msg(r->lang, u->nm == 1 ? M_PROFILE : M_PROFILES), u->n,
	    msg(r->lang, u->n == 1 ? M_SNAPSHOT : M_SNAPSHOTS));
	out_str(w->o, buf);
	if (has_team(u, r)) {
		out_char(w->o, '\n');
		team_text(u, w->o, r, u->team, msg(r->lang, M_TEAM));
	}
	if (u->by_name[0] != '\0')
		groups_text(u, w->o, r);
	for (i = 0; i < u->nm && !out_failed(w->o) && !r->summary; i++) {
		if (!trend_shown(u, r, i))
			continue;
		out_char(w->o, '\n');
		member_text(u, w->o, r, &u->m[i]);
	}
}

/* ---- Markdown (GitHub's pipe tables) ---- */

/* "| 42.2 ": cents with 1 decimal (sign: with its sign, "=" for none). */
static void
md_cents(struct out *o, int lang, long long v, int sign)
{
	char buf[32];

	keep_dec1(buf, sizeof buf, v, sign);
	out_str(o, "| ");
	out_str(o, numfmt_mark(buf, lang));
	out_char(o, ' ');
}

static void
md_team_head(struct out *o, int lang, int first)
{
	int k;

	out_str(o, "| ");
	out_str(o, msg(lang, M_DATE_COL));
	out_str(o, " | ");
	out_str(o, msg(lang, first ? M_MEMBERS_COL : M_INDEX_COL));
	out_str(o, " | ");
	out_str(o, first ? msg(lang, M_INDEX_COL) : tr(lang, "change"));
	out_str(o, " | ");
	out_str(o, first ? tr(lang, "change") : tr(lang, "label"));
	for (k = 0; k < P_COUNT; k++) {
		out_str(o, " | ");
		out_str(o, lang_pillar_short(lang, k));
	}
	out_str(o, " |\n|---|---:|---:|");
	out_str(o, first ? "---:|" : "---|");
	for (k = 0; k < P_COUNT; k++)
		out_str(o, "---:|");
	out_char(o, '\n');
}

static void
md_movers(struct out *o, const struct report_opts *r, const struct trend *u,
    const struct team_mover *l, int n, int title)
{
	char buf[64];
	int j;

	out_str(o, "\n**");
	out_str(o, msg(r->lang, title));
	out_str(o, "**\n\n");
	if (n == 0) {
		out_str(o, msg(r->lang, M_NO_MOVERS));
		out_char(o, '\n');
	}
	for (j = 0; j < n; j++) {
		const struct trend_member *m = &u->m[l[j].member];

		out_str(o, "- ");
		keep_dec1(buf, sizeof buf, l[j].change, 1);
		out_str(o, numfmt_mark(buf, r->lang));
		out_char(o, ' ');
		date_out(o, u->s[l[j].first].date);
		out_str(o, r->utf8 ? "\xe2\x80\xa6" : "..");
		date_out(o, u->s[l[j].last].date);
		out_char(o, ' ');
		md_text(o, m->name ? m->name : m->id);
		out_char(o, '\n');
	}
}

/* The rest of a markdown row whose figures are not there: text in its
 * first cell, then ends empty cells closed. */
static void
md_text_row(struct out *o, const char *text, int ends)
{
	out_str(o, "| ");
	out_str(o, text);
	while (ends-- > 0)
		out_str(o, " |");
	out_char(o, '\n');
}

/* The team's (or a group's) table: per date the members, the average
 * index with its change, the pillars; then the movers (not under --only). */
static void
md_team(struct out *o, const struct report_opts *r, const struct trend *u,
    const struct team *tm)
{
	char buf[96];
	long i, j;
	int k;

	md_team_head(o, r->lang, 1);
	for (i = 0; i < tm->nd && !out_failed(o); i++) {
		const struct team_date *d = &tm->d[i];
		const struct team_date *p = NULL;

		for (j = i - 1; j >= 0 && p == NULL; j--)
			if (tm->d[j].members && !report_hidden(r,
			    tm->d[j].members))
				p = &tm->d[j];
		out_str(o, "| ");
		date_out(o, d->date);
		out_str(o, " | ");
		out_long(o, d->members);
		out_char(o, ' ');
		if (d->members == 0 || report_hidden(r, d->members)) {
			if (d->members == 0)
				snprintf(buf, sizeof buf, "%s", none_text(r));
			else	/* --min-group: no average of so few */
				report_no_average(r, buf, sizeof buf);
			md_text_row(o, buf, 2 + P_COUNT);
			continue;
		}
		md_cents(o, r->lang, d->avg[TV_SSI], 0);
		if (p)
			md_cents(o, r->lang, (long long)d->avg[TV_SSI] -
			    p->avg[TV_SSI], 1);
		else
			out_str(o, "| ");
		for (k = 0; k < P_COUNT; k++)
			md_cents(o, r->lang, d->avg[k], 0);
		out_str(o, "|\n");
	}
	if (r->only != NULL)
		return;	/* --only: no other member's name */
	md_movers(o, r, u, tm->up, tm->nup, M_IMPROVERS);
	md_movers(o, r, u, tm->down, tm->ndown, M_DECLINERS);
}

/* A member: per snapshot the index, its change and label, the pillars. */
static void
md_member(struct out *o, const struct report_opts *r, const struct trend *u,
    const struct trend_member *m)
{
	long i;
	int k;

	out_str(o, "\n### ");
	md_text(o, m->name ? m->name : m->id);
	if (m->name && strcmp(m->name, m->id) != 0) {
		out_str(o, " (");
		md_text(o, m->id);
		out_char(o, ')');
	}
	out_str(o, "\n\n");
	md_team_head(o, r->lang, 0);
	for (i = m->first; i < m->first + m->n && !out_failed(o); i++) {
		const struct trend_snap *sn = &u->s[i];
		const struct trend_snap *pd = sn->nodata ? NULL :
		    trend_prev_data(sn, u->s + m->first);

		out_str(o, "| ");
		date_out(o, sn->date);
		out_char(o, ' ');
		if (sn->nodata) {
			md_text_row(o, none_text(r), 3 + P_COUNT);
			continue;
		}
		md_cents(o, r->lang, sn->v[TV_SSI], 0);
		if (pd)
			md_cents(o, r->lang, (long long)sn->v[TV_SSI] -
			    pd->v[TV_SSI], 1);
		else
			out_str(o, "| ");
		out_str(o, "| ");
		if (pd && sn->ch[TV_SSI] != CH_NONE)
			out_str(o, tr(r->lang, change_ids[sn->ch[TV_SSI]]));
		out_char(o, ' ');
		for (k = 0; k < P_COUNT; k++)
			md_cents(o, r->lang, sn->v[k], 0);
		out_str(o, "|\n");
	}
}

static void
md_item(struct writer_ctx *w, const void *item)
{
	const struct trend *u = item;
	const struct report_opts *r = w->r;
	struct out *o = w->o;
	char buf[FIELD_MAX_TEXT + 64];
	long i, hid = 0, hidm = 0;

	out_str(o, "## ");
	out_str(o, msg(r->lang, M_TREND_TITLE));
	snprintf(buf, sizeof buf, " (%ld %s, %ld %s)\n", u->nm,
	    msg(r->lang, u->nm == 1 ? M_PROFILE : M_PROFILES), u->n,
	    msg(r->lang, u->n == 1 ? M_SNAPSHOT : M_SNAPSHOTS));
	out_str(o, buf);
	if (has_team(u, r)) {
		out_str(o, "\n### ");
		out_str(o, msg(r->lang, M_TEAM));
		out_str(o, "\n\n");
		md_team(o, r, u, u->team);
	}
	if (u->by_name[0] != '\0') {
		out_str(o, "\n### ");
		out_str(o, msg(r->lang, M_GROUPS_BY));
		out_char(o, ' ');
		md_text(o, trend_by_label(u, r));
		out_char(o, '\n');
	}
	for (i = 0; i < u->ng && !out_failed(o); i++) {
		const struct trend_group *g = &u->g[u->order[i]];

		out_str(o, "\n#### ");
		md_text(o, group_title(r, g, buf, sizeof buf));
		out_str(o, "\n\n");
		if (report_hidden(r, g->members)) {
			report_no_average(r, buf, sizeof buf);
			out_str(o, buf);
			out_char(o, '\n');
			hid++;
			hidm += g->members;
			continue;
		}
		md_team(o, r, u, g->team);
	}
	if (hid > 0) {
		out_char(o, '\n');
		out_str(o, report_hidden_text(r, hid, hidm, buf, sizeof buf));
		out_char(o, '\n');
	}
	for (i = 0; i < u->nm && !out_failed(o) && !r->summary; i++)
		if (trend_shown(u, r, i))
			md_member(o, r, u, &u->m[i]);
}

const struct writer trend_md_writer = { NULL, md_item, NULL };
const struct writer trend_text_writer = { NULL, text_item, NULL };
const struct writer trend_json_writer = { NULL, json_item, NULL };
const struct writer trend_jsonl_writer = { NULL, json_item, NULL };
const struct writer trend_csv_writer = { NULL, sv_item, NULL };
const struct writer trend_tsv_writer = { NULL, sv_item, NULL };
