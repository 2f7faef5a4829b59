/*
 * digest_out.c - the writers of ssi digest (see digest_out.h).  The item
 * is a computed struct digest.  Texts through the catalogue (tr); the
 * JSON's keys and ids are English.
 */
#include <stdio.h>
#include <string.h>

#include "digest_out.h"
#include "html.h"
#include "ssi/catalog.h"
#include "ssi/keep.h"
#include "ssi/lang.h"
#include "ssi/numfmt.h"
#include "ssi/official.h"
#include "ssi/textw.h"
#include "svg.h"
#include "text/advice.h"

const char *
digest_who(const struct digest *d, long i)
{
	const struct trend_member *m = &d->t->m[i];

	return m->name != NULL && m->name[0] ? m->name : m->id;
}

static const char *const series_ids[TV_COUNT] = {
	"brand", "people", "engagement", "relationships", "ssi"
};

/* A date YYYYMMDD as text. */
static const char *
date_text(char *buf, uint32_t d)
{
	return keep_date_text(buf, d);
}

static const char *
ymd_of_day(char *buf, int32_t day)
{
	return keep_date_text(buf, digest_ymd(day));
}

/* x with 1 decimal in lang, signed when sign. */
static const char *
dec1(struct numfmt *b, int lang, double x, int sign)
{
	const char *s = numfmt_dec(b, lang, x, 1);

	if (sign && x > 0) {
		memmove(b->s + 1, b->s, strlen(b->s) + 1);
		b->s[0] = '+';
		return b->s;
	}
	return s;
}

/* cents (the index, a pillar) with 1 decimal. */
static const char *
cents(struct numfmt *b, int lang, int32_t v, int sign)
{
	return dec1(b, lang, v / 100.0, sign);
}

/* The start, now and change of the team's average a (official: in
 * thousandths) into v[0..2], "-" for what is not known; b holds them. */
static void
avg_cells(const struct digest_avg *a, int official, int lang,
    struct numfmt b[3], const char *v[3])
{
	double u = official ? 1000.0 : 100.0;

	v[0] = a[0].n ? dec1(&b[0], lang, a[0].v / u, 0) : "-";
	v[1] = dec1(&b[1], lang, a[1].v / u, 0);
	v[2] = a[0].n ? dec1(&b[2], lang, (a[1].v - a[0].v) / u, 1) : "-";
}

/* m's weakest pillar, named pname, against its reference into buf ("" when
 * it has none). */
static const char *
weakest_text(const struct digest *d, const struct digest_member *m, int lang,
    const char *pname, char *buf, size_t n)
{
	struct numfmt a, b;

	buf[0] = '\0';
	if (m->weakest >= 0)
		snprintf(buf, n, tr(lang, m->weak_industry ?
		    "%s %s (industry %s)" : "%s %s (team %s)"), pname,
		    cents(&a, lang, d->t->s[m->now].v[m->weakest], 0),
		    cents(&b, lang, m->weak_ref, 0));
	return buf;
}

/* The goal's heading into buf. */
static const char *
goal_heading(const struct digest *d, int lang, char *buf, size_t n)
{
	struct numfmt nb;
	char a[16];

	if (d->goal_by)
		snprintf(buf, n, tr(lang, "Goal: a team average of %s by %s"),
		    numfmt_dec(&nb, lang, d->goal, 1), date_text(a, d->goal_by));
	else
		snprintf(buf, n, tr(lang, "Goal: a team average of %s"),
		    numfmt_dec(&nb, lang, d->goal, 1));
	return buf;
}

static const char *
label_word(int lang, int l)
{
	switch (l) {
	case CH_UP: return tr(lang, "up");
	case CH_DOWN: return tr(lang, "down");
	case CH_FLAT: return tr(lang, "flat");
	default: return "";
	}
}

/* The series that moved, as "index up, brand up (official)" into buf. */
static const char *
moved_text(const struct digest_member *m, int lang, char *buf, size_t n)
{
	size_t len = 0;
	int k, off;

	buf[0] = '\0';
	for (off = 0; off < 2; off++)
		for (k = TV_COUNT - 1; k >= 0; k--) {
			unsigned bit = 1u << (off * TV_COUNT + k);
			const char *what;

			if (!((m->up | m->down) & bit))
				continue;
			what = k == TV_SSI ? tr(lang, "index") :
			    lang_pillar_name(lang, k);
			len += (size_t)snprintf(buf + len, len < n ? n - len : 0,
			    "%s%s %s%s", len ? ", " : "", what,
			    label_word(lang, m->up & bit ? CH_UP : CH_DOWN),
			    off ? tr(lang, " (official)") : "");
			if (len >= n)
				return buf;
		}
	return buf;
}

/* A goal's projection p as a sentence into buf. */
static const char *
goal_text(const struct goal_proj *p, int lang, char *buf, size_t n)
{
	char a[16], b[16], c[16];

	switch (p->status) {
	case GOAL_REACHED:
		snprintf(buf, n, "%s", tr(lang, "reached"));
		break;
	case GOAL_NEVER:
		snprintf(buf, n, "%s", tr(lang, "never reaches it at this pace"));
		break;
	case GOAL_ON_TRACK:
	case GOAL_BEHIND:
		if (p->latest < 0)
			snprintf(buf, n, tr(lang, "%s: around %s (between %s "
			    "and never)"), tr(lang, p->status == GOAL_ON_TRACK ?
			    "on track" : "behind"), ymd_of_day(a, p->when),
			    ymd_of_day(b, p->earliest));
		else
			snprintf(buf, n, tr(lang, "%s: around %s (between %s "
			    "and %s)"), tr(lang, p->status == GOAL_ON_TRACK ?
			    "on track" : "behind"), ymd_of_day(a, p->when),
			    ymd_of_day(b, p->earliest), ymd_of_day(c,
			    p->latest));
		break;
	default:
		snprintf(buf, n, tr(lang, "fewer than %d dates in the last 8 "
		    "weeks: no projection"), GOAL_MIN_POINTS);
		break;
	}
	return buf;
}

/* ---- text and Markdown: one walk, a table per format ---- */

#define NAMEW 24

/* s written, then spaces up to width columns. */
static void
pad(struct out *o, const char *s, long width)
{
	long c = report_cols(s);

	out_text(o, s, strlen(s));
	while (c++ < width)
		out_char(o, ' ');
}

/*
 * A column of the digest's tables: its heading (a catalogue key; Markdown
 * heads every table with them, text only the team's averages), and how
 * each format lays a cell out.
 */
struct dcol {
	const char *head;
	int lead;	/* text: spaces before the cell */
	int width;	/* text: > 0 padded to so many columns, < 0 right-aligned
			 * in so many bytes, 0 as it is */
	int right;	/* Markdown: a right-aligned column */
	int name;	/* a member's name: sanitised (text), escaped (Markdown) */
	const char *line;	/* text: the cell on a line of its own after
				 * this label (nothing when it is empty) */
};

struct dtable {
	const struct dcol *c;
	int n;
	int text_head;	/* text too writes the headings */
};

static const struct dcol avg_cols[] = {
	{ "", 2, 12, 0, 0, NULL },
	{ "start", 0, -8, 1, 0, NULL },
	{ "now", 0, -8, 1, 0, NULL },
	{ "change", 0, -8, 1, 0, NULL },
	{ "label", 2, 10, 0, 0, NULL },
	{ "members (start / now)", 0, 0, 1, 0, NULL },
};
static const struct dcol moved_cols[] = {
	{ "member", 2, NAMEW, 0, 1, NULL },
	{ "change", 0, -7, 1, 0, NULL },
	{ "real changes", 2, 0, 0, 0, NULL },
};
static const struct dcol member_cols[] = {
	{ "member", 2, NAMEW, 0, 1, NULL },
	{ "index", 0, -6, 1, 0, NULL },
	{ "weakest pillar against the average", 2, 0, 0, 0, NULL },
	{ "top action", 0, 0, 0, 0, "top action: " },
};
static const struct dcol goal_cols[] = {
	{ "member", 2, NAMEW, 0, 1, NULL },
	{ "goal", 0, -6, 1, 0, NULL },
	{ "due", 2, 10, 0, 0, NULL },
	{ "projection", 2, 0, 0, 0, NULL },
};
static const struct dtable goal_table = { goal_cols, 4, 1 };
static const struct dtable avg_table = { avg_cols, 6, 1 };
static const struct dtable moved_table = { moved_cols, 3, 0 };
static const struct dtable member_table = { member_cols, 4, 0 };

static void
text_row(struct out *o, int lang, const struct dtable *t,
    const char *const *v, int n)
{
	char buf[512];
	int i, k;

	for (i = 0; i < n; i++) {
		const struct dcol *c = &t->c[i];

		if (c->line) {
			if (v[i][0]) {
				out_str(o, "\n      ");
				out_str(o, tr(lang, c->line));
				out_str(o, v[i]);
			}
			continue;
		}
		for (k = 0; k < c->lead; k++)
			out_char(o, ' ');
		if (c->width > 0)
			pad(o, v[i], c->width);
		else if (c->width < 0) {
			snprintf(buf, sizeof buf, "%*s", -c->width, v[i]);
			out_str(o, buf);
		} else if (c->name)
			out_text(o, v[i], strlen(v[i]));
		else
			out_str(o, v[i]);
	}
	out_char(o, '\n');
}

static void
text_head(struct out *o, int lang, const struct dtable *t)
{
	const char *v[8];
	int i;

	if (!t->text_head)
		return;
	for (i = 0; i < t->n; i++)
		v[i] = tr(lang, t->c[i].head);
	text_row(o, lang, t, v, t->n);
}

/* A list's line: the name, and what follows it when extra. */
static void
text_item(struct out *o, const char *name, const char *extra)
{
	out_str(o, "  ");
	if (extra) {
		pad(o, name, NAMEW);
		out_str(o, extra);
	} else
		out_text(o, name, strlen(name));
	out_char(o, '\n');
}

static void
md_row(struct out *o, int lang, const struct dtable *t, const char *const *v,
    int n)
{
	int i;

	(void)lang;
	out_str(o, "| ");
	for (i = 0; i < n; i++) {
		if (i)
			out_str(o, " | ");
		if (t->c[i].name)
			md_text(o, v[i]);
		else
			out_str(o, v[i]);
	}
	out_str(o, " |\n");
}

static void
md_head(struct out *o, int lang, const struct dtable *t)
{
	int i;

	out_char(o, '|');
	for (i = 0; i < t->n; i++) {
		if (t->c[i].head[0]) {
			out_char(o, ' ');
			out_str(o, tr(lang, t->c[i].head));
		}
		out_str(o, " |");
	}
	out_str(o, "\n|");
	for (i = 0; i < t->n; i++)
		out_str(o, t->c[i].right ? "---:|" : "---|");
	out_char(o, '\n');
}

static void
md_item(struct out *o, const char *name, const char *extra)
{
	out_str(o, "- ");
	md_text(o, name);
	if (extra) {
		out_str(o, ": ");
		out_str(o, extra);
	}
	out_char(o, '\n');
}

/* What tells a text digest from a Markdown one. */
struct dform {
	const char *title;	/* before the title */
	const char *head, *head_end;	/* around a section's heading */
	const char *para;	/* before a sentence of a section */
	const char *members;	/* the heading of the members' section */
	int all_rows;		/* an average row with no member now */
	void (*row)(struct out *, int, const struct dtable *,
	    const char *const *, int);
	void (*table_head)(struct out *, int, const struct dtable *);
	void (*item)(struct out *, const char *, const char *);
};

static const struct dform text_form = {
	"", "", "\n", "  ",
	"Members: index, weakest pillar against the average, top action", 1,
	text_row, text_head, text_item
};
static const struct dform md_form = {
	"## ", "### ", "\n\n", "", "Members", 0, md_row, md_head, md_item
};

/* A section's heading, after a blank line unless it is the first. */
static void
d_heading(struct out *o, const struct dform *f, const char *s, int first)
{
	if (!first)
		out_char(o, '\n');
	out_str(o, f->head);
	out_str(o, s);
	out_str(o, f->head_end);
}

static void
d_para(struct out *o, const struct dform *f, const char *s)
{
	out_str(o, f->para);
	out_str(o, s);
	out_char(o, '\n');
}

/* The row of the team's average a (estimate, or official in thousandths). */
static void
d_avg_row(struct out *o, int lang, const struct dform *f, const char *what,
    const struct digest_avg *a, int official, int label)
{
	struct numfmt b[3];
	char members[64];
	const char *v[6];

	if (!a[1].n) {
		if (f->all_rows)
			f->row(o, lang, &avg_table, &what, 1);
		return;
	}
	snprintf(members, sizeof members, "%ld / %ld", a[0].n, a[1].n);
	v[0] = what;
	avg_cells(a, official, lang, b, v + 1);
	v[4] = label_word(lang, label);
	v[5] = members;
	f->row(o, lang, &avg_table, v, 6);
}

static void
digest_walk(struct writer_ctx *w, const struct digest *d,
    const struct dform *f)
{
	struct out *o = w->o;
	int lang = w->r->lang;
	char a[16], b[16], buf[512], moved[512];
	const char *v[4];
	struct numfmt nb;
	long i;

	snprintf(buf, sizeof buf, tr(lang, "Team digest: %s to %s"),
	    date_text(a, d->since), date_text(b, d->until));
	out_str(o, f->title);
	out_str(o, buf);
	out_str(o, "\n\n");

	d_heading(o, f, tr(lang, "Team average"), 1);
	f->table_head(o, lang, &avg_table);
	if (d->hidden_avg) {
		/* --min-group: no average of so few */
		snprintf(buf, sizeof buf, tr(lang, "fewer than %ld members: no "
		    "average"), d->hidden_avg);
		v[0] = buf;
		f->row(o, lang, &avg_table, v, 1);
	} else {
		d_avg_row(o, lang, f, tr(lang, "estimate"), d->est, 0,
		    d->label);
	}
	if (d->off[1].n && !d->hidden_avg)
		d_avg_row(o, lang, f, tr(lang, "official"), d->off, 1,
		    d->olabel);

	d_heading(o, f, tr(lang, "Who moved for real"), 0);
	if (d->nmoved == 0)
		d_para(o, f, tr(lang, "nobody: every change is within the "
		    "usual wobble"));
	else
		f->table_head(o, lang, &moved_table);
	for (i = 0; i < d->nmoved; i++) {
		const struct digest_member *m = &d->m[d->moved[i]];

		v[0] = digest_who(d, m->member);
		v[1] = m->start >= 0 ? cents(&nb, lang, m->change, 1) : "-";
		v[2] = moved_text(m, lang, moved, sizeof moved);
		f->row(o, lang, &moved_table, v, 3);
	}

	snprintf(buf, sizeof buf, tr(lang, "Stalled (no rise of the index in "
	    "%d weeks)"), d->stalled_weeks);
	d_heading(o, f, buf, 0);
	if (d->nstalled == 0)
		d_para(o, f, tr(lang, "nobody"));
	for (i = 0; i < d->nstalled; i++)
		f->item(o, digest_who(d, d->m[d->stalled[i]].member), NULL);

	if (d->official) {
		snprintf(buf, sizeof buf, tr(lang, "Stale figures (no official "
		    "reading for more than %d days)"), d->stale_days);
		d_heading(o, f, buf, 0);
		if (d->nstale == 0)
			d_para(o, f, tr(lang, "nobody"));
		for (i = 0; i < d->nstale; i++) {
			const struct digest_member *m = &d->m[d->stale[i]];

			if (m->stale_days >= 0)
				snprintf(buf, sizeof buf, tr(lang, "%ld days"),
				    (long)m->stale_days);
			f->item(o, digest_who(d, m->member), m->stale_days < 0 ?
			    tr(lang, "no official reading") : buf);
		}
	}

	d_heading(o, f, tr(lang, f->members), 0);
	f->table_head(o, lang, &member_table);
	for (i = 0; i < d->nm; i++) {
		const struct digest_member *m = &d->m[i];

		if (m->now < 0)
			continue;
		weakest_text(d, m, lang, lang_pillar_short(lang, m->weakest),
		    buf, sizeof buf);
		v[0] = digest_who(d, m->member);
		v[1] = cents(&nb, lang, d->t->s[m->now].v[TV_SSI], 0);
		v[2] = buf;
		v[3] = m->top >= 0 ? advice_key_title(lang, m->top) : "";
		f->row(o, lang, &member_table, v, 4);
	}

	if (d->ngoals > 0) {
		d_heading(o, f, tr(lang, "Members' goals"), 0);
		f->table_head(o, lang, &goal_table);
	}
	for (i = 0; i < d->nm; i++) {
		const struct digest_member *m = &d->m[i];

		if (!m->has_goal)
			continue;
		v[0] = digest_who(d, m->member);
		v[1] = dec1(&nb, lang, m->goal, 0);
		v[2] = m->goal_by ? date_text(a, m->goal_by) : "-";
		v[3] = goal_text(&m->proj, lang, buf, sizeof buf);
		f->row(o, lang, &goal_table, v, 4);
	}

	if (d->has_goal) {
		d_heading(o, f, goal_heading(d, lang, buf, sizeof buf), 0);
		d_para(o, f, goal_text(&d->proj, lang, buf, sizeof buf));
	}
}

static void
digest_text(struct writer_ctx *w, const void *item)
{
	digest_walk(w, item, &text_form);
}

static void
digest_md(struct writer_ctx *w, const void *item)
{
	digest_walk(w, item, &md_form);
}

/* ---- JSON ---- */

static void
json_num(struct out *o, const char *k, double v, int dec, int *first)
{
	out_str(o, *first ? "" : ", ");
	*first = 0;
	out_json_str(o, k, strlen(k));
	out_str(o, ": ");
	out_fixed(o, v, dec);
}

static void
json_strkv(struct out *o, const char *k, const char *v, int *first)
{
	out_str(o, *first ? "" : ", ");
	*first = 0;
	out_json_str(o, k, strlen(k));
	out_str(o, ": ");
	out_json_str(o, v, strlen(v));
}

static void
json_member_head(struct out *o, const struct digest *d, long i, int *first)
{
	json_strkv(o, "id", d->t->m[i].id, first);
	json_strkv(o, "name", digest_who(d, i), first);
}

static void
json_avg(struct out *o, const char *k, const struct digest_avg *a, int off,
    int label)
{
	double u = off ? 1000.0 : 100.0;
	int f = 1;

	out_str(o, "    ");
	out_json_str(o, k, strlen(k));
	out_str(o, ": {");
	if (a[0].n)
		json_num(o, "start", a[0].v / u, off ? 3 : 2, &f);
	if (a[1].n)
		json_num(o, "now", a[1].v / u, off ? 3 : 2, &f);
	if (a[0].n && a[1].n) {
		json_num(o, "change", (a[1].v - a[0].v) / u, off ? 3 : 2, &f);
		json_strkv(o, "label", change_ids[label], &f);
	}
	json_num(o, "members_start", (double)a[0].n, 0, &f);
	json_num(o, "members_now", (double)a[1].n, 0, &f);
	out_str(o, "}");
}

static void
json_list(struct out *o, const struct digest *d, const long *v, long n,
    int what)
{
	long i;
	int k, off;

	for (i = 0; i < n; i++) {
		const struct digest_member *m = &d->m[v[i]];
		int f = 1;

		out_str(o, i ? ",\n    {" : "\n    {");
		json_member_head(o, d, m->member, &f);
		if (what == 0) {
			if (m->start >= 0)
				json_num(o, "change", m->change / 100.0, 2, &f);
			if (m->has_ochange)
				json_num(o, "official_change", m->ochange /
				    1000.0, 3, &f);
			out_str(o, ", \"labels\": {");
			f = 1;
			for (off = 0; off < 2; off++)
				for (k = 0; k < TV_COUNT; k++) {
					unsigned bit = 1u << (off * TV_COUNT + k);
					char key[40];

					if (!((m->up | m->down) & bit))
						continue;
					snprintf(key, sizeof key, "%s%s", off ?
					    "official_" : "", series_ids[k]);
					json_strkv(o, key, m->up & bit ? "up" :
					    "down", &f);
				}
			out_str(o, "}");
		} else if (what == 2) {
			if (m->stale_days >= 0)
				json_num(o, "days", m->stale_days, 0, &f);
			else
				out_str(o, ", \"days\": null");
		}
		out_str(o, "}");
	}
	out_str(o, n ? "\n  ]" : "]");
}

/* A goal's object: its value, due date and projection g. */
static void
json_goal(struct out *o, double value, uint32_t by,
    const struct goal_proj *g)
{
	char c[16];
	int f = 1;

	out_str(o, "{");
	json_num(o, "value", value, 2, &f);
	if (by)
		json_strkv(o, "by", date_text(c, by), &f);
	json_strkv(o, "status", goal_status_ids[g->status], &f);
	if (g->status == GOAL_ON_TRACK || g->status == GOAL_BEHIND) {
		json_num(o, "slope_per_week", g->slope * 7, 3, &f);
		json_strkv(o, "when", ymd_of_day(c, g->when), &f);
		json_strkv(o, "earliest", ymd_of_day(c, g->earliest), &f);
		if (g->latest >= 0)
			json_strkv(o, "latest", ymd_of_day(c, g->latest), &f);
		else
			out_str(o, ", \"latest\": null");
	}
	json_num(o, "points", g->npoints, 0, &f);
	out_str(o, "}");
}

static void
digest_json(struct writer_ctx *w, const void *item)
{
	const struct digest *d = item;
	struct out *o = w->o;
	char a[16], b[16];
	long i;
	int f = 1, p;

	out_str(o, "{\n  ");
	json_strkv(o, "since", date_text(a, d->since), &f);
	json_strkv(o, "until", date_text(b, d->until), &f);
	json_num(o, "stalled_weeks", d->stalled_weeks, 0, &f);
	json_num(o, "stale_days", d->stale_days, 0, &f);
	out_str(o, ",\n  \"team\": {\n");
	if (d->hidden_avg) {
		/* --min-group: no average of so few */
		out_str(o, "    \"hidden\": true, \"min_group\": ");
		out_long(o, d->hidden_avg);
	} else {
		json_avg(o, "estimate", d->est, 0, d->label);
	}
	if (d->off[1].n && !d->hidden_avg) {
		out_str(o, ",\n");
		json_avg(o, "official", d->off, 1, d->olabel);
	}
	out_str(o, "\n  },\n  \"moved\": [");
	json_list(o, d, d->moved, d->nmoved, 0);
	out_str(o, ",\n  \"stalled\": [");
	json_list(o, d, d->stalled, d->nstalled, 1);
	out_str(o, ",\n  \"stale\": [");
	json_list(o, d, d->stale, d->official ? d->nstale : 0, 2);
	out_str(o, ",\n  \"members\": [");
	for (i = 0, f = 1; i < d->nm; i++) {
		const struct digest_member *m = &d->m[i];
		int g = 1;

		if (m->now < 0)
			continue;
		out_str(o, f ? "\n    {" : ",\n    {");
		f = 0;
		json_member_head(o, d, i, &g);
		json_num(o, "ssi", d->t->s[m->now].v[TV_SSI] / 100.0, 2, &g);
		if (m->weakest >= 0) {
			json_strkv(o, "weakest", pillar_ids[m->weakest], &g);
			json_num(o, "weakest_value", d->t->s[m->now].v[m->weakest]
			    / 100.0, 2, &g);
			json_num(o, "weakest_reference", m->weak_ref / 100.0, 2,
			    &g);
			json_strkv(o, "reference", m->weak_industry ?
			    "industry" : "team", &g);
		}
		if (m->top >= 0)
			json_strkv(o, "top_action", advice_key_title(LANG_EN,
			    m->top), &g);
		if (m->has_goal) {
			out_str(o, ", \"goal\": ");
			json_goal(o, m->goal, m->goal_by, &m->proj);
		}
		out_str(o, "}");
	}
	out_str(o, f ? "]" : "\n  ]");
	out_str(o, ",\n  \"pillar_averages\": {");
	for (p = 0, f = 1; p < P_COUNT; p++)
		json_num(o, pillar_ids[p], d->pillar_avg[p] / 100.0, 2, &f);
	out_str(o, "}");
	if (d->has_goal) {
		out_str(o, ",\n  \"goal\": ");
		json_goal(o, d->goal, d->goal_by, &d->proj);
	}
	out_str(o, "\n}\n");
}

const struct writer digest_text_writer = { NULL, digest_text, NULL };
const struct writer digest_md_writer = { NULL, digest_md, NULL };
const struct writer digest_json_writer = { NULL, digest_json, NULL };

/* ---- HTML ---- */

static void
h_esc(struct out *o, const char *s)
{
	svg_escs(o, s);
}

static void
h_th(struct out *o, const char *s)
{
	out_str(o, "<th scope=\"col\">");
	h_esc(o, s);
	out_str(o, "</th>");
}

/* A table and its headings, those of Markdown. */
static void
h_thead(struct out *o, int lang, const struct dtable *t)
{
	int i;

	out_str(o, "<table class=\"snaps dg\"><thead><tr>");
	for (i = 0; i < t->n; i++)
		h_th(o, tr(lang, t->c[i].head));
	out_str(o, "</tr></thead><tbody>\n");
}

static void
h_td(struct out *o, const char *s, int num)
{
	out_str(o, num ? "<td class=\"n\">" : "<td>");
	h_esc(o, s);
	out_str(o, "</td>");
}

static void
h_section(struct out *o, const char *title)
{
	out_str(o, "<section class=\"member\">\n<header><h2>");
	h_esc(o, title);
	out_str(o, "</h2></header>\n<div>\n");
}

static void
h_avg_row(struct out *o, int lang, const char *what,
    const struct digest_avg *a, int official, int label)
{
	struct numfmt b[3];
	const char *v[3];
	char buf[64];

	avg_cells(a, official, lang, b, v);
	out_str(o, "<tr><th scope=\"row\">");
	h_esc(o, what);
	out_str(o, "</th>");
	h_td(o, v[0], 1);
	h_td(o, v[1], 1);
	snprintf(buf, sizeof buf, "%s %s", v[2], label_word(lang, label));
	h_td(o, buf, 1);
	/* no-break spaces: a narrow cell wraps the change, not this */
	snprintf(buf, sizeof buf, "%ld\xc2\xa0/\xc2\xa0%ld", a[0].n, a[1].n);
	h_td(o, buf, 1);
	out_str(o, "</tr>\n");
}

static void
h_names(struct out *o, const struct digest *d, const long *v, long n,
    int lang, int days)
{
	char buf[64];
	long i;

	if (n == 0) {
		out_str(o, "<p class=\"none\">");
		h_esc(o, tr(lang, "nobody"));
		out_str(o, "</p>\n");
		return;
	}
	out_str(o, "<ul>\n");
	for (i = 0; i < n; i++) {
		const struct digest_member *m = &d->m[v[i]];

		out_str(o, "<li>");
		html_bdis(o, digest_who(d, m->member));
		if (days) {
			out_str(o, ": ");
			if (m->stale_days < 0)
				h_esc(o, tr(lang, "no official reading"));
			else {
				snprintf(buf, sizeof buf, tr(lang, "%ld days"),
				    (long)m->stale_days);
				h_esc(o, buf);
			}
		}
		out_str(o, "</li>\n");
	}
	out_str(o, "</ul>\n");
}

static void
digest_html(struct writer_ctx *w, const void *item)
{
	const struct digest *d = item;
	struct out *o = w->o;
	int lang = w->r->lang;
	char a[16], b[16], buf[512];
	struct numfmt nb;
	long i;

	snprintf(buf, sizeof buf, tr(lang, "Team digest: %s to %s"),
	    date_text(a, d->since), date_text(b, d->until));
	html_begin(o, lang, buf);
	out_str(o, "<h1>");
	h_esc(o, buf);
	out_str(o, "</h1>\n");

	h_section(o, tr(lang, "Team average"));
	out_str(o, "<table class=\"snaps dg\"><thead><tr><td></td>");
	h_th(o, tr(lang, "start"));
	h_th(o, tr(lang, "now"));
	h_th(o, tr(lang, "change"));
	h_th(o, tr(lang, "Members"));
	out_str(o, "</tr></thead><tbody>\n");
	if (d->hidden_avg) {
		/* --min-group: no average of so few */
		char hb[128];

		snprintf(hb, sizeof hb, tr(lang, "fewer than %ld members: no "
		    "average"), d->hidden_avg);
		out_str(o, "<tr><td colspan=\"5\">");
		h_esc(o, hb);
		out_str(o, "</td></tr>\n");
	}
	if (d->est[1].n && !d->hidden_avg)
		h_avg_row(o, lang, tr(lang, "estimate"), d->est, 0, d->label);
	if (d->off[1].n && !d->hidden_avg)
		h_avg_row(o, lang, tr(lang, "official"), d->off, 1, d->olabel);
	out_str(o, "</tbody></table>\n");
	if (d->has_goal) {
		out_str(o, "<h3>");
		h_esc(o, goal_heading(d, lang, buf, sizeof buf));
		out_str(o, "</h3>\n<p>");
		h_esc(o, goal_text(&d->proj, lang, buf, sizeof buf));
		out_str(o, "</p>\n");
	}
	out_str(o, "</div>\n</section>\n");

	h_section(o, tr(lang, "Who moved for real"));
	if (d->nmoved == 0) {
		out_str(o, "<p class=\"none\">");
		h_esc(o, tr(lang, "nobody: every change is within the usual "
		    "wobble"));
		out_str(o, "</p>\n");
	} else {
		h_thead(o, lang, &moved_table);
		for (i = 0; i < d->nmoved; i++) {
			const struct digest_member *m = &d->m[d->moved[i]];

			out_str(o, "<tr><td>");
			html_bdis(o, digest_who(d, m->member));
			out_str(o, "</td>");
			h_td(o, m->start >= 0 ? cents(&nb, lang, m->change, 1) :
			    "-", 1);
			h_td(o, moved_text(m, lang, buf, sizeof buf), 0);
			out_str(o, "</tr>\n");
		}
		out_str(o, "</tbody></table>\n");
	}
	out_str(o, "</div>\n</section>\n");

	snprintf(buf, sizeof buf, tr(lang, "Stalled (no rise of the index in "
	    "%d weeks)"), d->stalled_weeks);
	h_section(o, buf);
	h_names(o, d, d->stalled, d->nstalled, lang, 0);
	out_str(o, "</div>\n</section>\n");
	if (d->official) {
		snprintf(buf, sizeof buf, tr(lang, "Stale figures (no official "
		    "reading for more than %d days)"), d->stale_days);
		h_section(o, buf);
		h_names(o, d, d->stale, d->nstale, lang, 1);
		out_str(o, "</div>\n</section>\n");
	}

	h_section(o, tr(lang, "Members"));
	h_thead(o, lang, &member_table);
	for (i = 0; i < d->nm; i++) {
		const struct digest_member *m = &d->m[i];

		if (m->now < 0)
			continue;
		out_str(o, "<tr><td>");
		html_bdis(o, digest_who(d, m->member));
		out_str(o, "</td>");
		h_td(o, cents(&nb, lang, d->t->s[m->now].v[TV_SSI], 0), 1);
		weakest_text(d, m, lang, lang_pillar_name(lang, m->weakest),
		    buf, sizeof buf);
		h_td(o, buf, 0);
		h_td(o, m->top >= 0 ? advice_key_title(lang, m->top) : "", 0);
		out_str(o, "</tr>\n");
	}
	out_str(o, "</tbody></table>\n</div>\n</section>\n");
	if (d->ngoals > 0) {
		h_section(o, tr(lang, "Members' goals"));
		h_thead(o, lang, &goal_table);
		for (i = 0; i < d->nm; i++) {
			const struct digest_member *m = &d->m[i];

			if (!m->has_goal)
				continue;
			out_str(o, "<tr><td>");
			html_bdis(o, digest_who(d, m->member));
			out_str(o, "</td>");
			h_td(o, dec1(&nb, lang, m->goal, 0), 1);
			out_str(o, "<td class=\"nw\">");	/* a date unbroken */
			h_esc(o, m->goal_by ? date_text(a, m->goal_by) : "-");
			out_str(o, "</td>");
			h_td(o, goal_text(&m->proj, lang, buf, sizeof buf), 0);
			out_str(o, "</tr>\n");
		}
		out_str(o, "</tbody></table>\n</div>\n</section>\n");
	}
	html_end(o, lang, w->r->m->id);
}

const struct writer digest_html_writer = { NULL, digest_html, NULL };
