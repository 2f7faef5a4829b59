/* rank_out.c - the writers of ssi rank (see rank_out.h). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "listw.h"
#include "out_fast.h"
#include "rank_out.h"
#include "ssi/catalog.h"
#include "ssi/keep.h"
#include "ssi/lang.h"
#include "ssi/numfmt.h"
#include "ssi/official.h"
#include "ssi/rank.h"
#include "ssi/textw.h"
#include "text/advice.h"
#include "text/fieldhelp.h"

static void
cents_out(struct out *o, int32_t v)
{
	out_fixed(o, v / 100.0, 2);
}

/* official_ssi as recorded (thousandths, shortest: "54", "53.9") */
static void
official_out(struct out *o, int32_t v)
{
	char buf[32];

	out_str(o, official_fmt(v, buf, sizeof buf));
}

/* A rank or top % as JSON: null for an unranked entry. */
static void
json_rank(struct out *o, long rank, long v)
{
	if (rank)
		out_long(o, v);
	else
		out_str(o, "null");
}

/* ---- what is shown (ssi.7 PRIVACY) ---- */

int
rank_shown(const struct report_opts *r, const struct rank_entry *e)
{
	return r->only == NULL || (e->id != NULL && strcmp(e->id, r->only) ==
	    0);
}

int
rank_group_hidden(const struct report_opts *r, const struct rank *u,
    const struct rank_entry *e)
{
	return report_hidden(r, u->g[e->group].n);
}

/* ---- CSV, TSV ---- */

/*
 * The texts of row j, asked of the memory rows ahead of their use: in rank
 * order they lie anywhere among a million kept in input order, and each
 * would otherwise be a wait of its own.  Only a hint (GCC and Clang).
 */
#define PREFETCH_ROWS 16
static void
ahead(const struct rank *u, long j)
{
#if defined(__GNUC__)
	if (j < u->n) {
		if (u->e[j].id)
			__builtin_prefetch(u->e[j].id);
		if (u->e[j].name)
			__builtin_prefetch(u->e[j].name);
	}
#else
	(void)u;
	(void)j;
#endif
}

static void
text_cell(struct out *o, const char *s, int tsv)
{
	if (s != NULL)
		out_cell_text(o, s, strlen(s), tsv);
}

/* CSV or, when r->format is OF_TSV, TSV. */
static void
sv_item(struct writer_ctx *w, const void *item)
{
	static const char *const extra[] = {
		"rank", "top_pct", "group", "group_rank", "group_top_pct"
	};
	const struct rank *u = item;
	int tsv = w->r->format == OF_TSV;
	struct out *o = w->o;
	int d = tsv ? '\t' : ',', i;
	size_t k;
	long j;

	if (!w->r->no_header) {
		report_csv_header(o, w->r);
		for (k = 0; k < sizeof extra / sizeof extra[0]; k++) {
			out_char(o, d);
			out_str(o, extra[k]);
		}
		if (u->by_official) {
			out_char(o, d);
			out_str(o, "official_ssi");
			out_char(o, d);
			out_str(o, "group_official_avg");
		}
		out_char(o, '\n');
	}
	for (j = 0; j < u->n && !out_failed(o); j++) {
		const struct rank_entry *e = &u->e[j];
		const struct rank_group *g = &u->g[e->group];
		/* a group of fewer than --min-group: not named, no ranks */
		int hid = rank_group_hidden(w->r, u, e);

		ahead(u, j + PREFETCH_ROWS);

		if (!rank_shown(w->r, e))
			continue;
		/* the columns of ssi batch (report_csv_row), from the cents */
		text_cell(o, e->id, tsv);
		out_char(o, d);
		text_cell(o, e->name, tsv);
		out_char(o, d);
		text_cell(o, e->industry, tsv);
		for (i = 0; i < RV_COUNT; i++)
			out_cents_cell(o, d, e->v[i]);
		out_char(o, d);
		if (e->top >= 0)
			out_str(o, model_key_name(e->top));
		/* unranked (--by-official, no official_ssi): empty cells */
		out_char(o, d);
		if (e->rank)
			out_count_fast(o, e->rank);
		out_char(o, d);
		if (e->rank)
			out_count_fast(o, rank_top_pct(e->rank, u->nranked));
		out_char(o, d);
		if (!hid)
			text_cell(o, g->name, tsv);
		out_char(o, d);
		if (e->grank && !hid)
			out_count_fast(o, e->grank);
		out_char(o, d);
		if (e->grank && !hid)
			out_count_fast(o, rank_top_pct(e->grank, g->ranked));
		if (u->by_official) {
			out_char(o, d);
			if (e->has_off)
				official_out(o, e->off);
			/* the group's average of the members that have one */
			out_char(o, d);
			if (g->noff > 0 && !hid)
				official_out(o, g->off_avg);
		}
		out_char(o, '\n');
	}
}


/* ---- JSON, JSON Lines ---- */

static void
json_text(struct out *o, const char *s)
{
	if (s)
		out_json_str(o, s, strlen(s));
	else
		out_str(o, "null");
}

/* The entries a JSON list shows: every one, or --only's. */
struct shown {
	const struct rank *u;
	const struct report_opts *r;
	long *at;	/* the shown entries' indexes */
};

/* Entry i of the shown (struct shown) as a JSON object. */
static void
json_entry(struct out *o, const void *ctx, long i, int compact)
{
	static const char *const figs[RV_COUNT - P_COUNT] = {
		"ssi", "ssi_max", "coverage"
	};
	const struct shown *sh = ctx;
	const struct rank *u = sh->u;
	const struct rank_entry *e = &u->e[sh->at[i]];
	const struct rank_group *g = &u->g[e->group];
	int k, hid = rank_group_hidden(sh->r, u, e);

	out_char(o, '{');
	out_json_key(o, "id", compact, 2, 1);
	json_text(o, e->id);
	out_json_key(o, "name", compact, 2, 0);
	json_text(o, e->name);
	out_json_key(o, "industry", compact, 2, 0);
	json_text(o, e->industry);
	for (k = 0; k < RV_COUNT; k++) {
		out_json_key(o, k < P_COUNT ? pillar_ids[k] : figs[k - P_COUNT],
		    compact, 2, 0);
		cents_out(o, e->v[k]);
	}
	out_json_key(o, "top_action", compact, 2, 0);
	json_text(o, e->top >= 0 ? model_key_name(e->top) : NULL);
	out_json_key(o, "rank", compact, 2, 0);
	json_rank(o, e->rank, e->rank);
	out_json_key(o, "top_pct", compact, 2, 0);
	json_rank(o, e->rank, rank_top_pct(e->rank, u->nranked));
	/* a group of fewer than --min-group: not named, no ranks */
	out_json_key(o, "group", compact, 2, 0);
	json_text(o, hid ? NULL : g->name);
	out_json_key(o, "group_rank", compact, 2, 0);
	json_rank(o, hid ? 0 : e->grank, e->grank);
	out_json_key(o, "group_top_pct", compact, 2, 0);
	json_rank(o, hid ? 0 : e->grank, rank_top_pct(e->grank, g->ranked));
	if (u->by_official) {
		out_json_key(o, "official_ssi", compact, 2, 0);
		if (e->has_off)
			official_out(o, e->off);
		else
			out_str(o, "null");
		out_json_key(o, "group_official_avg", compact, 2, 0);
		if (g->noff > 0 && !hid)
			official_out(o, g->off_avg);
		else
			out_str(o, "null");
	}
	out_str(o, compact ? "}" : "\n  }");
}

/* JSON or, when r->format is OF_JSONL, JSON Lines. */
static void
json_item(struct writer_ctx *w, const void *item)
{
	struct shown sh = { item, w->r, NULL };
	long i, n = 0;

	if ((sh.at = malloc((size_t)(sh.u->n ? sh.u->n : 1) *
	    sizeof *sh.at)) == NULL) {
		w->o->err = w->o->err ? w->o->err : ENOMEM;
		return;
	}
	for (i = 0; i < sh.u->n; i++)
		if (rank_shown(w->r, &sh.u->e[i]))
			sh.at[n++] = i;
	list_json(w->o, n, w->r->format == OF_JSONL, json_entry, &sh);
	free(sh.at);
}

/* ---- text ---- */

#define COL_RANK 4	/* "   1" then two spaces */
#define COL_INDEX 7
#define COL_TOP 10	/* "  top 100%" */
#define COL_OFFICIAL 9	/* --by-official: the official index after the
			 * name, as recorded: blanks, the whole part
			 * ending at column 5, the mark and 3 decimals */
#define COL_OFF_WHOLE 5

struct text {
	struct out *o;
	const struct report_opts *r;
	const struct rank *u;
	long pw;		/* width of a pillar column */
	long width;		/* width of the name column */
};

static void
bold(const struct text *t, int on)
{
	if (t->r->color)
		out_str(t->o, on ? "\033[1m" : "\033[0m");
}

static const char *
label(const struct text *t, enum msg_id id)
{
	return msg(t->r->lang, id);
}

/* A group's name for a reader: "(none)" in the report's language (the
 * machine formats keep RANK_NONE). */
static const char *
group_name(const struct text *t, const struct rank_group *g)
{
	return strcmp(g->name, RANK_NONE) == 0 ? tr(t->r->lang, RANK_NONE) :
	    g->name;
}

/* The name of the field of the groups in the report's language (its
 * column name there); a column of your own as typed. */
static const char *
by_label(const struct text *t)
{
	return t->u->by >= 0 ? field_name(t->r->lang, t->u->by) :
	    t->u->by_name;
}

/* Column headers: Index and the four pillars, right-aligned. */
static void
value_headers(const struct text *t)
{
	int pl;

	text_right(t->o, label(t, M_INDEX_COL), COL_INDEX);
	for (pl = 0; pl < P_COUNT; pl++)
		text_right(t->o, lang_pillar_short(t->r->lang, pl), t->pw);
	out_char(t->o, '\n');
}

/* The index and the pillars of v with 1 decimal. */
static void
values(const struct text *t, const int32_t *v)
{
	char buf[32];
	int pl;

	keep_dec1(buf, sizeof buf, v[RV_SSI], 0);
	text_right(t->o, numfmt_mark(buf, t->r->lang), COL_INDEX);
	for (pl = 0; pl < P_COUNT; pl++) {
		keep_dec1(buf, sizeof buf, v[pl], 0);
		text_right(t->o, numfmt_mark(buf, t->r->lang), t->pw);
	}
}

/* --by-official: an official index v as recorded (ssi.7 OFFICIAL FIGURES: up
 * to 3 decimals, never rounded; a group's average to 3 decimals), aligned on
 * the decimal mark in COL_OFFICIAL columns; a dash where the whole part
 * ends when absent (!has). */
static void
official_cell(const struct text *t, int has, int32_t v)
{
	char buf[32];
	const char *mark;
	long whole, k;

	if (has)
		numfmt_mark(official_fmt(v, buf, sizeof buf), t->r->lang);
	else
		snprintf(buf, sizeof buf, "%s", t->r->utf8 ? "\xe2\x80\x93" :
		    "-");
	mark = strpbrk(buf, ".,");
	whole = mark ? (long)(mark - buf) : text_cols_str(buf);
	for (k = whole; k < COL_OFF_WHOLE; k++)
		out_char(t->o, ' ');
	out_str(t->o, buf);
	for (k = mark ? (long)strlen(mark) : 0; k < COL_OFFICIAL -
	    COL_OFF_WHOLE; k++)
		out_char(t->o, ' ');
}

static const char *
who(const struct rank_entry *e)
{
	return e->name ? e->name : e->id ? e->id : "";
}

/* "   4  " */
static void
rank_cell(struct out *o, long rank)
{
	char buf[32];

	if (rank)
		snprintf(buf, sizeof buf, "%*ld  ", COL_RANK, rank);
	else	/* unranked (--by-official) */
		snprintf(buf, sizeof buf, "%*s  ", COL_RANK, "-");
	out_str(o, buf);
}

/* " (6 profiles)" */
static void
count_text(const struct text *t, char *buf, size_t sz, long n)
{
	snprintf(buf, sz, " (%ld %s)", n,
	    label(t, n == 1 ? M_PROFILE : M_PROFILES));
}

static void
member_text(const struct text *t, const struct rank_entry *e)
{
	struct out *o = t->o;
	const struct report_opts *r = t->r;
	char buf[32];
	long room;

	rank_cell(o, e->grank);
	text_fit(o, who(e), t->width, 1, r->utf8);
	if (t->u->by_official)	/* ranked by it in the group too */
		official_cell(t, e->has_off, e->off);
	keep_dec1(buf, sizeof buf, e->v[RV_SSI], 0);
	text_right(o, numfmt_mark(buf, r->lang), COL_INDEX);
	out_str(o, "  ");
	out_str(o, label(t, M_WEAKEST));
	out_char(o, ' ');
	out_str(o, lang_pillar_short(r->lang, e->weak));
	out_char(o, ' ');
	keep_dec1(buf, sizeof buf, e->v[e->weak], 0);
	out_str(o, numfmt_mark(buf, r->lang));
	out_char(o, '\n');

	out_str(o, "      ");
	out_str(o, label(t, M_NEXT));
	out_char(o, ' ');
	room = r->width - 6 - text_cols_str(label(t, M_NEXT)) - 1;
	if (e->top < 0) {
		text_fit(o, label(t, M_NOTHING_TO_GAIN), room, 0, r->utf8);
	} else {
		out_str(o, model_key_name(e->top));
		out_str(o, "  ");
		text_fit(o, advice_key_title(r->lang, e->top), room - 4, 0,
		    r->utf8);
	}
	out_char(o, '\n');
}

static void
group_text(const struct text *t, const struct rank_group *g)
{
	struct out *o = t->o;
	const struct report_opts *r = t->r;
	char buf[64];
	long i, head = COL_RANK + 2 + t->width, room;

	out_char(o, '\n');
	bold(t, 1);
	count_text(t, buf, sizeof buf, g->n);
	/* the count stays whole; a long group name is cut */
	room = r->width - text_cols_str(buf);
	text_fit(o, group_name(t, g), room > 8 ? room : 8, 0, r->utf8);
	out_str(o, buf);
	bold(t, 0);
	if (report_hidden(r, g->n)) {
		/* --min-group: no average, no leaderboard of its own */
		snprintf(buf, sizeof buf, tr(r->lang, ": fewer than %ld "
		    "members, not shown"), r->min_group);
		out_str(o, buf);
		out_char(o, '\n');
		return;
	}
	out_char(o, '\n');
	for (i = 0; i < head; i++)
		out_char(o, ' ');
	if (t->u->by_official)	/* as the leaderboard's */
		text_right(o, tr(r->lang, "Official"), COL_OFFICIAL - 1);
	value_headers(t);
	out_str(o, "  ");
	text_fit(o, label(t, M_AVERAGE), head - 2, 1, r->utf8);
	if (t->u->by_official)	/* of the members that have one */
		official_cell(t, g->noff > 0, g->off_avg);
	values(t, g->avg);
	out_char(o, '\n');
	for (i = 0; i < g->n && !out_failed(o); i++)
		if (rank_shown(r, &t->u->e[t->u->members[g->start + i]]))
			member_text(t, &t->u->e[t->u->members[g->start + i]]);
}

static void
text_item(struct writer_ctx *w, const void *item)
{
	struct text t = { w->o, w->r, item, 7, 0 };
	const struct rank *u = t.u;
	struct out *o = w->o;
	char buf[64];
	long i, hid = 0, hidm = 0;
	int pl;

	/* pillar columns as wide as the longest label and a space */
	for (pl = 0; pl < P_COUNT; pl++)
		if (text_cols_str(lang_pillar_short(t.r->lang, pl)) + 1 > t.pw)
			t.pw = text_cols_str(lang_pillar_short(t.r->lang, pl)) + 1;
	t.width = t.r->width - (COL_RANK + 2 + COL_INDEX + P_COUNT * t.pw +
	    COL_TOP - 1 + text_cols_str(numfmt_pct_sign(t.r->lang)) +
	    (u->by_official ? COL_OFFICIAL : 0));
	if (u->by_official && t.width > 20)
		t.width = 20;	/* the official column near the names */
	if (t.width > 32)	/* wide terminals: no sea of blanks */
		t.width = 32;
	if (t.width < (u->by_official ? 11 : 12))
		t.width = u->by_official ? 11 : 12;	/* es, pt: 80 */
	bold(&t, 1);
	out_str(o, label(&t, M_RANK_TITLE));
	bold(&t, 0);
	count_text(&t, buf, sizeof buf, u->n);
	out_str(o, buf);
	out_char(o, '\n');
	if (u->n == 0)
		return;

	out_char(o, '\n');
	snprintf(buf, sizeof buf, "%*s  ", COL_RANK, "#");
	out_str(o, buf);
	text_fit(o, label(&t, M_NAME), t.width, 1, t.r->utf8);
	if (u->by_official)	/* ranked by it: the first figure */
		text_right(o, tr(t.r->lang, "Official"), COL_OFFICIAL - 1);
	value_headers(&t);
	for (i = 0; i < u->n && !out_failed(o); i++) {
		const struct rank_entry *e = &u->e[i];

		if (!rank_shown(t.r, e))
			continue;
		rank_cell(o, e->rank);
		text_fit(o, who(e), t.width, 1, t.r->utf8);
		if (u->by_official)
			official_cell(&t, e->has_off, e->off);
		values(&t, e->v);
		if (e->rank)
			snprintf(buf, sizeof buf, "  top %ld%s",
			    rank_top_pct(e->rank, u->nranked),
			    numfmt_pct_sign(t.r->lang));
		else
			buf[0] = '\0';
		out_str(o, buf);
		out_char(o, '\n');
	}

	/* Per group: groups by average, members in rank order. */
	out_char(o, '\n');
	bold(&t, 1);
	out_str(o, label(&t, M_GROUPS_BY));
	out_char(o, ' ');
	out_text(o, by_label(&t), strlen(by_label(&t)));
	bold(&t, 0);
	out_char(o, '\n');
	for (i = 0; i < u->ng && !out_failed(o); i++) {
		group_text(&t, &u->g[u->order[i]]);
		if (report_hidden(t.r, u->g[u->order[i]].n)) {
			hid++;
			hidm += u->g[u->order[i]].n;
		}
	}
	if (hid > 0) {
		char note[256];

		out_char(o, '\n');
		out_str(o, report_hidden_text(t.r, hid, hidm, note,
		    sizeof note));
		out_char(o, '\n');
	}
}

/* ---- Markdown (GitHub's pipe tables) ---- */

/* "| 42.2 " : cents with 1 decimal in the report's language. */
static void
md_dec1(struct out *o, int lang, int32_t v)
{
	char buf[32];

	keep_dec1(buf, sizeof buf, v, 0);
	out_str(o, "| ");
	out_str(o, numfmt_mark(buf, lang));
	out_char(o, ' ');
}

/* "| # | Name | Index | Brand | ... |" and its alignment row; before the
 * last, a right-aligned column mid unless NULL. */
static void
md_head(struct out *o, int lang, const char *first, const char *mid,
    const char *last)
{
	int pl;

	out_str(o, "| ");
	out_str(o, first);
	out_str(o, " | ");
	out_str(o, msg(lang, M_NAME));
	out_str(o, " | ");
	out_str(o, msg(lang, M_INDEX_COL));
	for (pl = 0; pl < P_COUNT; pl++) {
		out_str(o, " | ");
		out_str(o, lang_pillar_short(lang, pl));
	}
	if (mid != NULL) {
		out_str(o, " | ");
		out_str(o, mid);
	}
	out_str(o, " | ");
	out_str(o, last);
	out_str(o, " |\n|---:|---|---:|");
	for (pl = 0; pl < P_COUNT; pl++)
		out_str(o, "---:|");
	out_str(o, mid != NULL ? "---:|---|\n" : "---|\n");
}

/* "| 3 | Ana | 42.2 | ... | " : a member's place (or '-'), name and figures,
 * up to the last cell, in the leaderboard and in a group's table. */
static void
md_member(struct out *o, int lang, long place, const struct rank_entry *e)
{
	int pl;

	out_str(o, "| ");
	if (place)
		out_long(o, place);
	else
		out_char(o, '-');
	out_str(o, " | ");
	md_text(o, who(e));
	out_char(o, ' ');
	md_dec1(o, lang, e->v[RV_SSI]);
	for (pl = 0; pl < P_COUNT; pl++)
		md_dec1(o, lang, e->v[pl]);
	out_str(o, "| ");
}

/* "76.324 | ": an official index as recorded, or nothing, and the cell's
 * end. */
static void
md_official(struct out *o, int lang, int has, int32_t v)
{
	char buf[32];

	if (has)
		out_str(o, numfmt_mark(official_fmt(v, buf, sizeof buf),
		    lang));
	out_str(o, " | ");
}

static void
md_item(struct writer_ctx *w, const void *item)
{
	const struct rank *u = item;
	const struct report_opts *r = w->r;
	struct out *o = w->o;
	struct text t = { w->o, w->r, item, 7, 0 };
	char buf[256];
	long i, j, hid = 0, hidm = 0;
	int pl;

	out_str(o, "## ");
	out_str(o, msg(r->lang, M_RANK_TITLE));
	count_text(&t, buf, sizeof buf, u->n);
	out_str(o, buf);
	out_str(o, "\n\n");
	if (u->n == 0)
		return;
	md_head(o, r->lang, "#", NULL, tr(r->lang, u->by_official ?
	    "official" : "top"));
	for (i = 0; i < u->n && !out_failed(o); i++) {
		const struct rank_entry *e = &u->e[i];

		if (!rank_shown(r, e))
			continue;
		md_member(o, r->lang, e->rank, e);
		if (u->by_official && e->has_off) {
			out_str(o, numfmt_mark(official_fmt(e->off, buf,
			    sizeof buf), r->lang));
		} else if (!u->by_official && e->rank) {
			snprintf(buf, sizeof buf, "%ld%s", rank_top_pct(e->rank,
			    u->nranked), numfmt_pct_sign(r->lang));
			out_str(o, buf);
		}
		out_str(o, " |\n");
	}

	out_str(o, "\n### ");
	out_str(o, msg(r->lang, M_GROUPS_BY));
	out_char(o, ' ');
	md_text(o, by_label(&t));
	out_char(o, '\n');
	for (i = 0; i < u->ng && !out_failed(o); i++) {
		const struct rank_group *g = &u->g[u->order[i]];

		out_str(o, "\n#### ");
		md_text(o, group_name(&t, g));
		count_text(&t, buf, sizeof buf, g->n);
		out_str(o, buf);
		out_str(o, "\n\n");
		if (report_hidden(r, g->n)) {
			/* --min-group: no average, no leaderboard */
			report_no_average(r, buf, sizeof buf);
			out_str(o, buf);
			out_char(o, '\n');
			hid++;
			hidm += g->n;
			continue;
		}
		/* --by-official: the official index before the action, the
		 * group's average of the members that have one */
		md_head(o, r->lang, "#", u->by_official ? tr(r->lang,
		    "official") : NULL, tr(r->lang, "top action"));
		out_str(o, "| | ");
		out_str(o, msg(r->lang, M_AVERAGE));
		out_char(o, ' ');
		md_dec1(o, r->lang, g->avg[RV_SSI]);
		for (pl = 0; pl < P_COUNT; pl++)
			md_dec1(o, r->lang, g->avg[pl]);
		out_str(o, "| ");
		if (u->by_official)
			md_official(o, r->lang, g->noff > 0, g->off_avg);
		out_str(o, "|\n");
		for (j = 0; j < g->n && !out_failed(o); j++) {
			const struct rank_entry *e =
			    &u->e[u->members[g->start + j]];

			if (!rank_shown(r, e))
				continue;
			md_member(o, r->lang, e->grank, e);
			if (u->by_official)
				md_official(o, r->lang, e->has_off, e->off);
			if (e->top < 0) {
				md_text(o, label(&t, M_NOTHING_TO_GAIN));
			} else {
				out_str(o, model_key_name(e->top));
				out_char(o, ' ');
				md_text(o, advice_key_title(r->lang, e->top));
			}
			out_str(o, " |\n");
		}
	}
	if (hid > 0) {
		out_char(o, '\n');
		out_str(o, report_hidden_text(r, hid, hidm, buf, sizeof buf));
		out_char(o, '\n');
	}
}

const struct writer rank_md_writer = { NULL, md_item, NULL };
const struct writer rank_text_writer = { NULL, text_item, NULL };
const struct writer rank_json_writer = { NULL, json_item, NULL };
const struct writer rank_jsonl_writer = { NULL, json_item, NULL };
const struct writer rank_csv_writer = { NULL, sv_item, NULL };
const struct writer rank_tsv_writer = { NULL, sv_item, NULL };
