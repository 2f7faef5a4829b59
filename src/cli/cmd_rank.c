/*
 * cmd_rank.c - ssi rank: score every profile, rank them by ssi overall and
 * within groups (--by FIELD, default industry), and write a leaderboard
 * (text), the batch columns plus the ranks (CSV, TSV), or objects (JSON,
 * JSON Lines).
 *
 * Ranking needs every score before the first line is written, so rank is
 * not a stream: it keeps one small entry per profile (the figures rounded
 * to cents, the few strings it prints, never the profile record), and
 * refuses more than RANK_MAX profiles.
 *
 * Decisions where the spec is silent:
 *  - ranks compare ssi rounded to 2 decimals (what CSV and JSON show), so
 *    equal figures share a rank (1, 2, 2, 4); among ties, input order;
 *  - a record without the --by field belongs to the group "(none)"; the
 *    group of a count is its decimal value, of a flag "true" or "false";
 *  - text: the index and pillars with 1 decimal (the 2-decimal figures
 *    rounded again), so that the order of the rows can be seen; groups
 *    ordered by their average index (highest first; ties in order of first
 *    appearance), members in rank order;
 *  - the weakest pillar is the lowest score (ties: pillar order); the
 *    coaching action is the member's first top action.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "advice.h"
#include "cli.h"
#include "lang.h"
#include "grow.h"
#include "strtab.h"

#define RANK_MAX 10000000L
#define NONE_GROUP "(none)"

/* Figures kept per profile, in cents (2-decimal values as integers). */
enum { V_SSI = P_COUNT, V_MAX, V_COV, V_COUNT };

struct entry {
	const char *id, *name, *industry;	/* text, JSON: NULL if absent */
	const char *row;			/* CSV, TSV: the batch columns */
	int32_t v[V_COUNT];
	int32_t idx;				/* input order */
	int32_t group;
	int32_t rank, grank;
	signed char top, weak;			/* key id (-1 none), pillar */
};

struct group {
	const char *name;
	long n;				/* members */
	long long sum[V_SSI + 1];	/* cents: pillars and ssi */
	long seen, last_rank;		/* while ranking */
	int32_t last_v;
	long start;			/* text: offset into the member list */
};


struct rank {
	struct cli *c;
	struct report_opts r;
	int by;				/* field id */
	struct entry *e;
	long n, cap;
	struct group *g;
	long ng, gcap;
	struct strtab st;		/* the strings kept, the index of names */
	struct out row;			/* CSV: scratch for one row */
	int pw;				/* text: width of a pillar column */
	int below, fatal;
};

/* ---- labels ---- */

enum {
	L_TITLE, L_PROFILE, L_PROFILES, L_NAME, L_INDEX, L_GROUPS, L_AVERAGE,
	L_WEAKEST, L_NEXT, L_NOTHING, L_COUNT
};

static const char *const labels[LANG_COUNT][L_COUNT] = {
	[LANG_EN] = {
		"Social Selling Index ranking", "profile", "profiles", "Name",
		"Index", "Groups by", "average", "weakest:", "next:",
		"nothing left to gain",
	},
	[LANG_ES] = {
		"Clasificación por Índice de Social Selling",
		"perfil", "perfiles", "Nombre", "Índice", "Grupos por",
		"media", "más débil:", "siguiente:", "nada más que ganar",
	},
};

static const char *
label(const struct rank *u, int id)
{
	int l = u->r.lang >= 0 && u->r.lang < LANG_COUNT ? u->r.lang : LANG_EN;

	return labels[l][id];
}

/* ---- storage ---- */

/* The index of the group named s[0..n), created when new; -1 if no memory. */
static long
group_of(struct rank *u, const char *s, size_t n)
{
	long k = strtab_index(&u->st, s, n);
	struct group *na;

	if (k < 0 || k < u->ng)
		return k;
	na = grow_array(u->g, u->ng, &u->gcap, sizeof *u->g, 16, LONG_MAX);
	if (na == NULL)
		return -1;
	u->g = na;
	memset(&u->g[k], 0, sizeof u->g[k]);
	u->g[k].name = u->st.names[k];
	return u->ng++;
}

static int32_t
cents(double x)
{
	double r = round2(x) * 100;

	return (int32_t)(r < 0 ? r - 0.5 : r + 0.5);
}

/* A text field of p kept in the pool; NULL when absent (*ok = 0 on no memory). */
static const char *
keep_field(struct rank *u, const struct profile *p, int f, int *ok)
{
	const char *t = profile_text(p, f);
	const char *k;

	if (t == NULL)
		return NULL;
	if ((k = strtab_keep(&u->st, t, p->len[f])) == NULL)
		*ok = 0;
	return k;
}

static int
on_record(void *ctx, struct profile *p, const struct score *s,
    const char *file, long line, struct ssi_err *why)
{
	struct rank *u = ctx;

	(void)why;
	struct entry *e, *ne;
	char num[32];
	const char *gv;
	size_t gn;
	long g;
	int i, ok = 1, top;

	if (u->n >= RANK_MAX) {
		struct ssi_err err = { 0 };

		err_at(&err, file, line, 0, "more than %ld profiles: ssi rank "
		    "holds every score in memory (split the input by group)",
		    RANK_MAX);
		cli_error(&err);
		u->fatal = 1;
		return 1;
	}
	ne = grow_array(u->e, u->n, &u->cap, sizeof *ne, 1024, RANK_MAX);
	if (ne == NULL)
		goto nomem;
	u->e = ne;
	e = &u->e[u->n];
	memset(e, 0, sizeof *e);
	e->idx = (int32_t)u->n;
	for (i = 0; i < P_COUNT; i++)
		e->v[i] = cents(s->pillar[i]);
	e->v[V_SSI] = cents(s->ssi);
	e->v[V_MAX] = cents(s->ssi_max);
	e->v[V_COV] = cents(s->coverage);
	e->top = score_top(s, &top, 1) > 0 ? (signed char)top : -1;
	e->weak = 0;
	for (i = 1; i < P_COUNT; i++)
		if (e->v[i] < e->v[e->weak])
			e->weak = (signed char)i;
	if ((u->c->seen & OPT(O_FAIL_UNDER)) && round2(s->ssi) < u->c->fail_under)
		u->below = 1;

	/* The group value. */
	if (!profile_has(p, u->by)) {
		gv = NONE_GROUP;
		gn = strlen(gv);
	} else if (field_defs[u->by].type <= FT_DATE) {
		gv = profile_text(p, u->by);
		gn = p->len[u->by];
	} else if (field_defs[u->by].type == FT_FLAG) {
		gv = p->num[u->by] ? "true" : "false";
		gn = strlen(gv);
	} else {
		snprintf(num, sizeof num, "%lld", (long long)p->num[u->by]);
		gv = num;
		gn = strlen(gv);
	}
	if ((g = group_of(u, gv, gn)) < 0)
		goto nomem;
	e->group = (int32_t)g;
	u->g[g].n++;
	for (i = 0; i <= V_SSI; i++)
		u->g[g].sum[i] += e->v[i];

	if (u->r.format == OF_CSV || u->r.format == OF_TSV) {
		u->row.n = 0;
		report_csv_row(&u->row, &u->r, p, s);
		if (out_failed(&u->row) ||
		    (e->row = strtab_keep(&u->st, u->row.buf, u->row.n)) == NULL)
			goto nomem;
	} else {
		e->id = keep_field(u, p, F_ID, &ok);
		e->name = keep_field(u, p, F_NAME, &ok);
		if (u->r.format != OF_TEXT)
			e->industry = keep_field(u, p, F_INDUSTRY, &ok);
		if (!ok)
			goto nomem;
	}
	u->n++;
	return 0;
nomem:
	cli_fail("out of memory after %ld profiles", u->n);
	u->fatal = 1;
	return 1;
}

/* ---- ranking ---- */

static int
by_ssi(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;

	if (x->v[V_SSI] != y->v[V_SSI])
		return x->v[V_SSI] > y->v[V_SSI] ? -1 : 1;
	return x->idx < y->idx ? -1 : x->idx > y->idx;
}

static void
rank_all(struct rank *u)
{
	long i;

	if (u->n > 0)
		qsort(u->e, (size_t)u->n, sizeof *u->e, by_ssi);
	for (i = 0; i < u->n; i++) {
		struct entry *e = &u->e[i];
		struct group *g = &u->g[e->group];

		if (i > 0 && e->v[V_SSI] == u->e[i - 1].v[V_SSI])
			e->rank = u->e[i - 1].rank;
		else
			e->rank = (int32_t)(i + 1);
		g->seen++;
		if (g->seen > 1 && e->v[V_SSI] == g->last_v)
			e->grank = (int32_t)g->last_rank;
		else
			e->grank = (int32_t)g->seen;
		g->last_rank = e->grank;
		g->last_v = e->v[V_SSI];
	}
}

/* ceil(100 * rank / n) */
static long
top_pct(long rank, long n)
{
	return (long)((100LL * rank + n - 1) / n);
}

/* ---- CSV, TSV, JSON ---- */

static void
cents_out(struct out *o, int32_t v)
{
	out_fixed(o, v / 100.0, 2);
}

static void
write_csv(struct rank *u, struct out *o)
{
	static const char *const extra[] = {
		"rank", "top_pct", "group", "group_rank", "group_top_pct"
	};
	int tsv = u->r.format == OF_TSV, d = tsv ? '\t' : ',';
	size_t k;
	long i;

	if (!u->c->no_header) {
		report_csv_header(o, &u->r);
		for (k = 0; k < sizeof extra / sizeof extra[0]; k++) {
			out_char(o, d);
			out_str(o, extra[k]);
		}
		out_char(o, '\n');
	}
	for (i = 0; i < u->n && !out_failed(o); i++) {
		const struct entry *e = &u->e[i];
		const struct group *g = &u->g[e->group];

		out_str(o, e->row);
		out_char(o, d);
		out_long(o, e->rank);
		out_char(o, d);
		out_long(o, top_pct(e->rank, u->n));
		out_char(o, d);
		out_cell(o, g->name, strlen(g->name), tsv);
		out_char(o, d);
		out_long(o, e->grank);
		out_char(o, d);
		out_long(o, top_pct(e->grank, g->n));
		out_char(o, '\n');
	}
}

static void
json_key(struct out *o, const char *k, int compact, int first)
{
	if (!first)
		out_char(o, ',');
	if (!compact)
		out_str(o, "\n    ");
	out_char(o, '"');
	out_str(o, k);
	out_str(o, compact ? "\":" : "\": ");
}

static void
json_text(struct out *o, const char *s)
{
	if (s)
		out_json_str(o, s, strlen(s));
	else
		out_str(o, "null");
}

static void
json_entry(struct rank *u, struct out *o, const struct entry *e,
    int compact)
{
	const struct group *g = &u->g[e->group];
	int i;

	out_char(o, '{');
	json_key(o, "id", compact, 1);
	json_text(o, e->id);
	json_key(o, "name", compact, 0);
	json_text(o, e->name);
	json_key(o, "industry", compact, 0);
	json_text(o, e->industry);
	for (i = 0; i < P_COUNT; i++) {
		json_key(o, pillar_ids[i], compact, 0);
		cents_out(o, e->v[i]);
	}
	json_key(o, "ssi", compact, 0);
	cents_out(o, e->v[V_SSI]);
	json_key(o, "ssi_max", compact, 0);
	cents_out(o, e->v[V_MAX]);
	json_key(o, "coverage", compact, 0);
	cents_out(o, e->v[V_COV]);
	json_key(o, "top_action", compact, 0);
	json_text(o, e->top >= 0 ? model_key_name(e->top) : NULL);
	json_key(o, "rank", compact, 0);
	out_long(o, e->rank);
	json_key(o, "top_pct", compact, 0);
	out_long(o, top_pct(e->rank, u->n));
	json_key(o, "group", compact, 0);
	json_text(o, g->name);
	json_key(o, "group_rank", compact, 0);
	out_long(o, e->grank);
	json_key(o, "group_top_pct", compact, 0);
	out_long(o, top_pct(e->grank, g->n));
	out_str(o, compact ? "}" : "\n  }");
}

static void
write_json(struct rank *u, struct out *o)
{
	long i;

	if (u->r.format == OF_JSONL) {
		for (i = 0; i < u->n && !out_failed(o); i++) {
			json_entry(u, o, &u->e[i], 1);
			out_char(o, '\n');
		}
		return;
	}
	out_char(o, '[');
	for (i = 0; i < u->n && !out_failed(o); i++) {
		out_str(o, i ? ",\n  " : "\n  ");
		json_entry(u, o, &u->e[i], 0);
	}
	out_str(o, u->n ? "\n]\n" : "]\n");
}

/* ---- text ---- */

/*
 * Display columns of the UTF-8 character at s (its length in *len): 2 for
 * the wide East Asian ranges and emoji, 0 for combining marks, else 1.
 * Names such as "O'Brien 李" then line up in the tables.
 */
static int
char_cols(const char *s, int *len)
{
	const unsigned char *u = (const unsigned char *)s;
	uint32_t c = u[0];
	int n = c < 0x80 ? 1 : c >> 5 == 6 ? 2 : c >> 4 == 14 ? 3 : 4, i;

	if (n > 1)
		c &= 0x3Fu >> (n - 1);
	for (i = 1; i < n; i++) {
		if ((u[i] & 0xC0) != 0x80) {	/* not valid UTF-8: one byte */
			*len = 1;
			return 1;
		}
		c = c << 6 | (u[i] & 0x3F);
	}
	*len = n;
	if ((c >= 0x300 && c <= 0x36F) || (c >= 0x200B && c <= 0x200F) ||
	    (c >= 0xFE00 && c <= 0xFE0F))
		return 0;
	if ((c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
	    (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
	    (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
	    (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
	    (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD))
		return 2;
	return 1;
}

static long
cols(const char *s)
{
	long n = 0;
	int len;

	for (; *s; s += len)
		n += char_cols(s, &len);
	return n;
}

/*
 * s in at most width columns: cut with an ellipsis when longer, padded
 * with spaces to width when pad is set.  Control characters (a line end
 * inside a quoted CSV name) are shown as spaces.  Returns the columns
 * written.
 */
static long
fit(struct out *o, const struct report_opts *r, const char *s, long width,
    int pad)
{
	long room = width, k = 0;
	int len, w;

	if (cols(s) > width)
		room = width - (r->utf8 ? 1 : 3);
	for (; *s; s += len) {
		w = char_cols(s, &len);
		if (k + w > room)
			break;
		if ((unsigned char)*s < 0x20 || *s == 0x7f)
			out_char(o, ' ');
		else
			out_write(o, s, (size_t)len);
		k += w;
	}
	if (*s) {
		out_str(o, r->utf8 ? "\xe2\x80\xa6" : "...");
		k += r->utf8 ? 1 : 3;
	}
	for (; pad && k < width; k++)
		out_char(o, ' ');
	return k;
}

/* s right-aligned in width columns. */
static void
right(struct out *o, const char *s, long width)
{
	long n;

	for (n = cols(s); n < width; n++)
		out_char(o, ' ');
	out_str(o, s);
}

/* Cents as text with 1 decimal, half away from zero. */
static const char *
one_dec(char *buf, size_t sz, long long v)
{
	long long t = (v < 0 ? -v : v) + 5;

	snprintf(buf, sz, "%s%lld.%lld", v < 0 && t / 10 ? "-" : "",
	    t / 100, t / 10 % 10);
	return buf;
}

static void
bold(struct out *o, const struct report_opts *r, int on)
{
	if (r->color)
		out_str(o, on ? "\033[1m" : "\033[0m");
}

#define COL_RANK 4	/* "   1" then two spaces */
#define COL_INDEX 7
#define COL_TOP 10	/* "  top 100%" */

/* Column headers: Index and the four pillars, right-aligned. */
static void
value_headers(struct rank *u, struct out *o)
{
	int pl;

	right(o, label(u, L_INDEX), COL_INDEX);
	for (pl = 0; pl < P_COUNT; pl++)
		right(o, lang_pillar_short(u->r.lang, pl), u->pw);
	out_char(o, '\n');
}

static void
values(const struct rank *u, struct out *o, const int32_t *v)
{
	char buf[32];
	int pl;

	right(o, one_dec(buf, sizeof buf, v[V_SSI]), COL_INDEX);
	for (pl = 0; pl < P_COUNT; pl++)
		right(o, one_dec(buf, sizeof buf, v[pl]), u->pw);
}

static const char *
who(const struct entry *e)
{
	return e->name ? e->name : e->id ? e->id : "";
}

/* Groups in the order of the text: best average first. */
static const struct rank *sort_u;

static int
by_average(const void *a, const void *b)
{
	const struct group *g = &sort_u->g[*(const long *)a];
	const struct group *h = &sort_u->g[*(const long *)b];
	/* compare sum_g / n_g with sum_h / n_h without division */
	long long x = g->sum[V_SSI] * h->n, y = h->sum[V_SSI] * g->n;

	if (x != y)
		return x > y ? -1 : 1;
	return *(const long *)a < *(const long *)b ? -1 : 1;
}

static void
group_text(struct rank *u, struct out *o, const struct group *g,
    const long *members, long width)
{
	const struct report_opts *r = &u->r;
	char buf[64];
	int32_t avg[V_SSI + 1];
	long i, head = COL_RANK + 2 + width;
	int k;

	out_char(o, '\n');
	bold(o, r, 1);
	snprintf(buf, sizeof buf, " (%ld %s)", g->n,
	    label(u, g->n == 1 ? L_PROFILE : L_PROFILES));
	/* the count stays whole; a long group name is cut */
	fit(o, r, g->name, r->width - cols(buf) > 8 ? r->width - cols(buf) : 8,
	    0);
	out_str(o, buf);
	bold(o, r, 0);
	out_char(o, '\n');
	for (i = 0; i < head; i++)
		out_char(o, ' ');
	value_headers(u, o);
	for (k = 0; k <= V_SSI; k++) {
		long long s = g->sum[k];

		/* the average in cents, half away from zero */
		avg[k] = (int32_t)((2 * s + (s < 0 ? -g->n : g->n)) / (2 * g->n));
	}
	out_str(o, "  ");
	fit(o, r, label(u, L_AVERAGE), head - 2, 1);
	values(u, o, avg);
	out_char(o, '\n');
	for (i = 0; i < g->n && !out_failed(o); i++) {
		const struct entry *e = &u->e[members[i]];
		long room;

		snprintf(buf, sizeof buf, "%*ld  ", COL_RANK, (long)e->grank);
		out_str(o, buf);
		fit(o, r, who(e), width, 1);
		right(o, one_dec(buf, sizeof buf, e->v[V_SSI]), COL_INDEX);
		out_str(o, "  ");
		out_str(o, label(u, L_WEAKEST));
		out_char(o, ' ');
		out_str(o, lang_pillar_short(u->r.lang, e->weak));
		out_char(o, ' ');
		out_str(o, one_dec(buf, sizeof buf, e->v[e->weak]));
		out_char(o, '\n');

		out_str(o, "      ");
		out_str(o, label(u, L_NEXT));
		out_char(o, ' ');
		room = r->width - 6 - cols(label(u, L_NEXT)) - 1;
		if (e->top < 0) {
			fit(o, r, label(u, L_NOTHING), room, 0);
		} else {
			out_str(o, model_key_name(e->top));
			out_str(o, "  ");
			fit(o, r, advice_key_title(r->lang, e->top), room - 4, 0);
		}
		out_char(o, '\n');
	}
}

static int
write_text(struct rank *u, struct out *o)
{
	const struct report_opts *r = &u->r;
	long width, i, *order = NULL, *members = NULL;
	char buf[64];
	int pl;

	/* pillar columns as wide as the longest label and a space */
	u->pw = 7;
	for (pl = 0; pl < P_COUNT; pl++)
		if (cols(lang_pillar_short(u->r.lang, pl)) + 1 > u->pw)
			u->pw = (int)cols(lang_pillar_short(u->r.lang, pl)) + 1;
	width = r->width - (COL_RANK + 2 + COL_INDEX + P_COUNT * u->pw +
	    COL_TOP);
	if (width > 32)		/* wide terminals: no sea of blanks */
		width = 32;
	if (width < 12)
		width = 12;
	bold(o, r, 1);
	out_str(o, label(u, L_TITLE));
	bold(o, r, 0);
	snprintf(buf, sizeof buf, " (%ld %s)\n", u->n,
	    label(u, u->n == 1 ? L_PROFILE : L_PROFILES));
	out_str(o, buf);
	if (u->n == 0)
		return 0;

	out_char(o, '\n');
	snprintf(buf, sizeof buf, "%*s  ", COL_RANK, "#");
	out_str(o, buf);
	fit(o, r, label(u, L_NAME), width, 1);
	value_headers(u, o);
	for (i = 0; i < u->n && !out_failed(o); i++) {
		const struct entry *e = &u->e[i];

		snprintf(buf, sizeof buf, "%*ld  ", COL_RANK, (long)e->rank);
		out_str(o, buf);
		fit(o, r, who(e), width, 1);
		values(u, o, e->v);
		snprintf(buf, sizeof buf, "  top %ld%%\n", top_pct(e->rank, u->n));
		out_str(o, buf);
	}

	/* Per group: members in rank order, groups by average. */
	order = malloc((size_t)u->ng * sizeof *order);
	members = malloc((size_t)u->n * sizeof *members);
	if (order == NULL || members == NULL) {
		free(order);
		free(members);
		return -1;
	}
	for (i = 0; i < u->ng; i++) {
		order[i] = i;
		u->g[i].start = i ? u->g[i - 1].start + u->g[i - 1].n : 0;
		u->g[i].seen = 0;
	}
	for (i = 0; i < u->n; i++) {
		struct group *g = &u->g[u->e[i].group];

		members[g->start + g->seen++] = i;
	}
	sort_u = u;
	if (u->ng > 0)
		qsort(order, (size_t)u->ng, sizeof *order, by_average);

	out_char(o, '\n');
	bold(o, r, 1);
	out_str(o, label(u, L_GROUPS));
	out_char(o, ' ');
	out_str(o, field_defs[u->by].name);
	bold(o, r, 0);
	out_char(o, '\n');
	for (i = 0; i < u->ng && !out_failed(o); i++) {
		const struct group *g = &u->g[order[i]];

		group_text(u, o, g, members + g->start, width);
	}
	free(order);
	free(members);
	return 0;
}

/* ---- the command ---- */

static void
rank_free(struct rank *u)
{
	strtab_free(&u->st);
	free(u->e);
	free(u->g);
	out_mem_free(&u->row);
}

int
cmd_rank(struct cli *c)
{
	struct rank u;
	struct out o;
	struct loop_result res;
	long scored, rejected;
	int status;

	memset(&u, 0, sizeof u);
	u.c = c;
	u.by = field_lookup(c->by ? c->by : "industry",
	    strlen(c->by ? c->by : "industry"));
	if (c->format < 0)
		c->format = OF_TEXT;
	if (cli_open(c, &o) < 0)
		return SSI_EXIT_ERROR;
	if (out_mem(&u.row) < 0) {
		out_abort(&o);
		cli_fail("out of memory");
		return SSI_EXIT_ERROR;
	}
	cli_report_opts(c, &o, &u.r);
	status = loop_run(c, 1, on_record, &u, &res, NULL);
	scored = res.scored;
	rejected = res.rejected;
	if (u.fatal) {
		out_abort(&o);
		rank_free(&u);
		return SSI_EXIT_ERROR;
	}
	rank_all(&u);
	switch (u.r.format) {
	case OF_CSV:
	case OF_TSV:
		write_csv(&u, &o);
		break;
	case OF_JSON:
	case OF_JSONL:
		write_json(&u, &o);
		break;
	default:
		if (write_text(&u, &o) < 0) {
			out_abort(&o);
			rank_free(&u);
			cli_fail("out of memory");
			return SSI_EXIT_ERROR;
		}
		break;
	}
	rank_free(&u);
	if (rejected > 0)
		cli_fail("%ld profile%s scored, %ld rejected", scored,
		    scored == 1 ? "" : "s", rejected);
	if (status == SSI_EXIT_OK && u.below)
		status = SSI_EXIT_BELOW;
	return cli_close(&o, status);
}
