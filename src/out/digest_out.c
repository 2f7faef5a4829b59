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

/* cents with 1 decimal in lang, signed when sign. */
static const char *
cents(struct numfmt *b, int lang, int32_t v, int sign)
{
	const char *s = numfmt_dec(b, lang, v / 100.0, 1);

	if (sign && v > 0) {
		memmove(b->s + 1, b->s, strlen(b->s) + 1);
		b->s[0] = '+';
		return b->s;
	}
	return s;
}

/* thousandths (official) with 1 decimal. */
static const char *
milli(struct numfmt *b, int lang, int32_t v, int sign)
{
	const char *s = numfmt_dec(b, lang, v / 1000.0, 1);

	if (sign && v > 0) {
		memmove(b->s + 1, b->s, strlen(b->s) + 1);
		b->s[0] = '+';
		return b->s;
	}
	return s;
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

/* The goal's sentence into buf. */
static const char *
goal_text(const struct digest *d, int lang, char *buf, size_t n)
{
	char a[16], b[16], c[16];
	const struct goal_proj *p = &d->proj;

	switch (p->status) {
	case GOAL_REACHED:
		snprintf(buf, n, "%s", tr(lang, "reached"));
		break;
	case GOAL_NEVER:
		snprintf(buf, n, "%s", tr(lang, "never reaches it at this pace"));
		break;
	case GOAL_ON_TRACK:
	case GOAL_BEHIND:
		snprintf(buf, n, tr(lang, "%s: around %s (between %s and %s)"),
		    tr(lang, p->status == GOAL_ON_TRACK ? "on track" : "behind"),
		    ymd_of_day(a, p->when), ymd_of_day(b, p->earliest),
		    p->latest < 0 ? tr(lang, "never") : ymd_of_day(c, p->latest));
		break;
	default:
		snprintf(buf, n, tr(lang, "fewer than %d dates in the last 8 "
		    "weeks: no projection"), GOAL_MIN_POINTS);
		break;
	}
	return buf;
}

/* ---- text ---- */

static void
pad(struct out *o, const char *s, long width)
{
	long c = report_cols(s);

	out_text(o, s, strlen(s));
	while (c++ < width)
		out_char(o, ' ');
}

#define NAMEW 24

static void
text_avg_row(struct out *o, int lang, const char *what,
    const struct digest_avg *a, int official, int label)
{
	struct numfmt b;
	char line[128];

	out_str(o, "  ");
	pad(o, what, 12);
	if (!a[1].n) {
		out_str(o, "\n");
		return;
	}
	snprintf(line, sizeof line, "%8s", a[0].n ? (official ?
	    milli(&b, lang, a[0].v, 0) : cents(&b, lang, a[0].v, 0)) : "-");
	out_str(o, line);
	snprintf(line, sizeof line, "%8s", official ? milli(&b, lang, a[1].v,
	    0) : cents(&b, lang, a[1].v, 0));
	out_str(o, line);
	snprintf(line, sizeof line, "%8s", a[0].n ? (official ?
	    milli(&b, lang, a[1].v - a[0].v, 1) : cents(&b, lang,
	    a[1].v - a[0].v, 1)) : "-");
	out_str(o, line);
	out_str(o, "  ");
	pad(o, label_word(lang, label), 10);
	snprintf(line, sizeof line, "%ld / %ld", a[0].n, a[1].n);
	out_str(o, line);
	out_char(o, '\n');
}

static void
digest_text(struct writer_ctx *w, const void *item)
{
	const struct digest *d = item;
	struct out *o = w->o;
	int lang = w->r->lang;
	char a[16], b[16], buf[512];
	struct numfmt nb;
	long i;

	snprintf(buf, sizeof buf, tr(lang, "Team digest: %s to %s"),
	    date_text(a, d->since), date_text(b, d->until));
	out_str(o, buf);
	out_str(o, "\n\n");
	out_str(o, tr(lang, "Team average"));
	out_char(o, '\n');
	out_str(o, "              ");
	snprintf(buf, sizeof buf, "%8s%8s%8s  ", tr(lang, "start"),
	    tr(lang, "now"), tr(lang, "change"));
	out_str(o, buf);
	pad(o, tr(lang, "label"), 10);
	out_str(o, tr(lang, "members (start / now)"));
	out_char(o, '\n');
	text_avg_row(o, lang, tr(lang, "estimate"), d->est, 0, d->label);
	if (d->off[1].n)
		text_avg_row(o, lang, tr(lang, "official"), d->off, 1,
		    d->olabel);

	out_char(o, '\n');
	out_str(o, tr(lang, "Who moved for real"));
	out_char(o, '\n');
	if (d->nmoved == 0)
	{
		out_str(o, "  ");
		out_str(o, tr(lang, "nobody: every change is within the usual "
		    "wobble"));
		out_char(o, '\n');
	}
	for (i = 0; i < d->nmoved; i++) {
		const struct digest_member *m = &d->m[d->moved[i]];

		out_str(o, "  ");
		pad(o, digest_who(d, m->member), NAMEW);
		snprintf(buf, sizeof buf, "%7s  ", m->start >= 0 ?
		    cents(&nb, lang, m->change, 1) : "-");
		out_str(o, buf);
		out_str(o, moved_text(m, lang, buf, sizeof buf));
		out_char(o, '\n');
	}

	out_char(o, '\n');
	snprintf(buf, sizeof buf, tr(lang, "Stalled (no rise of the index in "
	    "%d weeks)"), d->stalled_weeks);
	out_str(o, buf);
	out_char(o, '\n');
	if (d->nstalled == 0)
		{
			out_str(o, "  ");
			out_str(o, tr(lang, "nobody"));
			out_char(o, '\n');
		}
	for (i = 0; i < d->nstalled; i++) {
		out_str(o, "  ");
		out_text(o, digest_who(d, d->m[d->stalled[i]].member),
		    strlen(digest_who(d, d->m[d->stalled[i]].member)));
		out_char(o, '\n');
	}

	if (d->official) {
		out_char(o, '\n');
		snprintf(buf, sizeof buf, tr(lang, "Stale figures (no official "
		    "reading for more than %d days)"), d->stale_days);
		out_str(o, buf);
		out_char(o, '\n');
		if (d->nstale == 0)
			{
			out_str(o, "  ");
			out_str(o, tr(lang, "nobody"));
			out_char(o, '\n');
		}
		for (i = 0; i < d->nstale; i++) {
			const struct digest_member *m = &d->m[d->stale[i]];

			out_str(o, "  ");
			pad(o, digest_who(d, m->member), NAMEW);
			if (m->stale_days < 0)
				out_str(o, tr(lang, "no official reading"));
			else {
				snprintf(buf, sizeof buf, tr(lang, "%ld days"),
				    (long)m->stale_days);
				out_str(o, buf);
			}
			out_char(o, '\n');
		}
	}

	out_char(o, '\n');
	out_str(o, tr(lang, "Members: index, weakest pillar against the "
	    "average, top action"));
	out_char(o, '\n');
	for (i = 0; i < d->nm; i++) {
		const struct digest_member *m = &d->m[i];
		struct numfmt r;

		if (m->now < 0)
			continue;
		out_str(o, "  ");
		pad(o, digest_who(d, m->member), NAMEW);
		snprintf(buf, sizeof buf, "%6s  ", cents(&nb, lang,
		    d->t->s[m->now].v[TV_SSI], 0));
		out_str(o, buf);
		if (m->weakest >= 0) {
			snprintf(buf, sizeof buf, tr(lang, m->weak_industry ?
			    "%s %s (industry %s)" : "%s %s (team %s)"),
			    lang_pillar_short(lang, m->weakest),
			    cents(&nb, lang, d->t->s[m->now].v[m->weakest], 0),
			    cents(&r, lang, m->weak_ref, 0));
			out_str(o, buf);
		}
		out_char(o, '\n');
		if (m->top >= 0) {
			out_str(o, "      ");
			out_str(o, tr(lang, "top action: "));
			out_str(o, advice_key_title(lang, m->top));
			out_char(o, '\n');
		}
	}

	if (d->has_goal) {
		out_char(o, '\n');
		if (d->goal_by)
			snprintf(buf, sizeof buf, tr(lang, "Goal: a team "
			    "average of %s by %s"), numfmt_dec(&nb, lang,
			    d->goal, 1), date_text(a, d->goal_by));
		else
			snprintf(buf, sizeof buf, tr(lang, "Goal: a team "
			    "average of %s"), numfmt_dec(&nb, lang, d->goal, 1));
		out_str(o, buf);
		out_char(o, '\n');
		out_str(o, "  ");
		out_str(o, goal_text(d, lang, buf, sizeof buf));
		out_char(o, '\n');
	}
}

/* ---- Markdown ---- */

/* s with Markdown's table and emphasis characters escaped. */
static void
md_str(struct out *o, const char *s)
{
	char clean[1024];

	out_text_str(clean, sizeof clean, s);
	for (s = clean; *s; s++) {
		if (strchr("|\\*_`[]<>#", *s))
			out_char(o, '\\');
		if (*s == '\n' || *s == '\r')
			out_char(o, ' ');
		else
			out_char(o, *s);
	}
}

static void
md_avg_row(struct out *o, int lang, const char *what,
    const struct digest_avg *a, int official, int label)
{
	struct numfmt b;
	char buf[64];

	out_str(o, "| ");
	out_str(o, what);
	out_str(o, " | ");
	out_str(o, a[0].n ? (official ? milli(&b, lang, a[0].v, 0) :
	    cents(&b, lang, a[0].v, 0)) : "-");
	out_str(o, " | ");
	out_str(o, official ? milli(&b, lang, a[1].v, 0) : cents(&b, lang,
	    a[1].v, 0));
	out_str(o, " | ");
	out_str(o, a[0].n ? (official ? milli(&b, lang, a[1].v - a[0].v, 1) :
	    cents(&b, lang, a[1].v - a[0].v, 1)) : "-");
	out_str(o, " | ");
	out_str(o, label_word(lang, label));
	snprintf(buf, sizeof buf, " | %ld / %ld |\n", a[0].n, a[1].n);
	out_str(o, buf);
}

static void
digest_md(struct writer_ctx *w, const void *item)
{
	const struct digest *d = item;
	struct out *o = w->o;
	int lang = w->r->lang;
	char a[16], b[16], buf[512];
	struct numfmt nb, r;
	long i;

	snprintf(buf, sizeof buf, tr(lang, "Team digest: %s to %s"),
	    date_text(a, d->since), date_text(b, d->until));
	out_str(o, "## ");
	out_str(o, buf);
	out_str(o, "\n\n### ");
	out_str(o, tr(lang, "Team average"));
	out_str(o, "\n\n| | ");
	out_str(o, tr(lang, "start"));
	out_str(o, " | ");
	out_str(o, tr(lang, "now"));
	out_str(o, " | ");
	out_str(o, tr(lang, "change"));
	out_str(o, " | ");
	out_str(o, tr(lang, "label"));
	out_str(o, " | ");
	out_str(o, tr(lang, "members (start / now)"));
	out_str(o, " |\n|---|---:|---:|---:|---|---:|\n");
	if (d->est[1].n)
		md_avg_row(o, lang, tr(lang, "estimate"), d->est, 0, d->label);
	if (d->off[1].n)
		md_avg_row(o, lang, tr(lang, "official"), d->off, 1, d->olabel);

	out_str(o, "\n### ");
	out_str(o, tr(lang, "Who moved for real"));
	out_str(o, "\n\n");
	if (d->nmoved == 0) {
		out_str(o, tr(lang, "nobody: every change is within the usual "
		    "wobble"));
		out_str(o, "\n");
	} else {
		out_str(o, "| ");
		out_str(o, tr(lang, "member"));
		out_str(o, " | ");
		out_str(o, tr(lang, "change"));
		out_str(o, " | ");
		out_str(o, tr(lang, "real changes"));
		out_str(o, " |\n|---|---:|---|\n");
	}
	for (i = 0; i < d->nmoved; i++) {
		const struct digest_member *m = &d->m[d->moved[i]];

		out_str(o, "| ");
		md_str(o, digest_who(d, m->member));
		out_str(o, " | ");
		out_str(o, m->start >= 0 ? cents(&nb, lang, m->change, 1) : "-");
		out_str(o, " | ");
		out_str(o, moved_text(m, lang, buf, sizeof buf));
		out_str(o, " |\n");
	}

	out_str(o, "\n### ");
	snprintf(buf, sizeof buf, tr(lang, "Stalled (no rise of the index in "
	    "%d weeks)"), d->stalled_weeks);
	out_str(o, buf);
	out_str(o, "\n\n");
	if (d->nstalled == 0) {
		out_str(o, tr(lang, "nobody"));
		out_char(o, '\n');
	}
	for (i = 0; i < d->nstalled; i++) {
		out_str(o, "- ");
		md_str(o, digest_who(d, d->m[d->stalled[i]].member));
		out_char(o, '\n');
	}

	if (d->official) {
		out_str(o, "\n### ");
		snprintf(buf, sizeof buf, tr(lang, "Stale figures (no official "
		    "reading for more than %d days)"), d->stale_days);
		out_str(o, buf);
		out_str(o, "\n\n");
		if (d->nstale == 0) {
			out_str(o, tr(lang, "nobody"));
			out_char(o, '\n');
		}
		for (i = 0; i < d->nstale; i++) {
			const struct digest_member *m = &d->m[d->stale[i]];

			out_str(o, "- ");
			md_str(o, digest_who(d, m->member));
			out_str(o, ": ");
			if (m->stale_days < 0)
				out_str(o, tr(lang, "no official reading"));
			else {
				snprintf(buf, sizeof buf, tr(lang, "%ld days"),
				    (long)m->stale_days);
				out_str(o, buf);
			}
			out_char(o, '\n');
		}
	}

	out_str(o, "\n### ");
	out_str(o, tr(lang, "Members"));
	out_str(o, "\n\n| ");
	out_str(o, tr(lang, "member"));
	out_str(o, " | ");
	out_str(o, tr(lang, "index"));
	out_str(o, " | ");
	out_str(o, tr(lang, "weakest pillar against the average"));
	out_str(o, " | ");
	out_str(o, tr(lang, "top action"));
	out_str(o, " |\n|---|---:|---|---|\n");
	for (i = 0; i < d->nm; i++) {
		const struct digest_member *m = &d->m[i];

		if (m->now < 0)
			continue;
		out_str(o, "| ");
		md_str(o, digest_who(d, m->member));
		out_str(o, " | ");
		out_str(o, cents(&nb, lang, d->t->s[m->now].v[TV_SSI], 0));
		out_str(o, " | ");
		if (m->weakest >= 0) {
			snprintf(buf, sizeof buf, tr(lang, m->weak_industry ?
			    "%s %s (industry %s)" : "%s %s (team %s)"),
			    lang_pillar_short(lang, m->weakest),
			    cents(&nb, lang, d->t->s[m->now].v[m->weakest], 0),
			    cents(&r, lang, m->weak_ref, 0));
			out_str(o, buf);
		}
		out_str(o, " | ");
		if (m->top >= 0)
			out_str(o, advice_key_title(lang, m->top));
		out_str(o, " |\n");
	}

	if (d->has_goal) {
		out_str(o, "\n### ");
		if (d->goal_by)
			snprintf(buf, sizeof buf, tr(lang, "Goal: a team "
			    "average of %s by %s"), numfmt_dec(&nb, lang,
			    d->goal, 1), date_text(a, d->goal_by));
		else
			snprintf(buf, sizeof buf, tr(lang, "Goal: a team "
			    "average of %s"), numfmt_dec(&nb, lang, d->goal, 1));
		out_str(o, buf);
		out_str(o, "\n\n");
		out_str(o, goal_text(d, lang, buf, sizeof buf));
		out_char(o, '\n');
	}
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
	json_avg(o, "estimate", d->est, 0, d->label);
	if (d->off[1].n) {
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
		out_str(o, "}");
	}
	out_str(o, f ? "]" : "\n  ]");
	out_str(o, ",\n  \"pillar_averages\": {");
	for (p = 0, f = 1; p < P_COUNT; p++)
		json_num(o, pillar_ids[p], d->pillar_avg[p] / 100.0, 2, &f);
	out_str(o, "}");
	if (d->has_goal) {
		const struct goal_proj *g = &d->proj;
		char c[16];

		f = 1;
		out_str(o, ",\n  \"goal\": {");
		json_num(o, "value", d->goal, 2, &f);
		if (d->goal_by)
			json_strkv(o, "by", date_text(c, d->goal_by), &f);
		json_strkv(o, "status", goal_status_ids[g->status], &f);
		if (g->status == GOAL_ON_TRACK || g->status == GOAL_BEHIND) {
			json_num(o, "slope_per_week", g->slope * 7, 3, &f);
			json_strkv(o, "when", ymd_of_day(c, g->when), &f);
			json_strkv(o, "earliest", ymd_of_day(c, g->earliest), &f);
			if (g->latest >= 0)
				json_strkv(o, "latest", ymd_of_day(c, g->latest),
				    &f);
			else
				out_str(o, ", \"latest\": null");
		}
		json_num(o, "points", g->npoints, 0, &f);
		out_str(o, "}");
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
	struct numfmt b;
	char buf[64];

	out_str(o, "<tr><th scope=\"row\">");
	h_esc(o, what);
	out_str(o, "</th>");
	h_td(o, a[0].n ? (official ? milli(&b, lang, a[0].v, 0) :
	    cents(&b, lang, a[0].v, 0)) : "-", 1);
	h_td(o, official ? milli(&b, lang, a[1].v, 0) : cents(&b, lang,
	    a[1].v, 0), 1);
	snprintf(buf, sizeof buf, "%s %s", a[0].n ? (official ?
	    milli(&b, lang, a[1].v - a[0].v, 1) : cents(&b, lang,
	    a[1].v - a[0].v, 1)) : "-", label_word(lang, label));
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
	struct numfmt nb, r;
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
	if (d->est[1].n)
		h_avg_row(o, lang, tr(lang, "estimate"), d->est, 0, d->label);
	if (d->off[1].n)
		h_avg_row(o, lang, tr(lang, "official"), d->off, 1, d->olabel);
	out_str(o, "</tbody></table>\n");
	if (d->has_goal) {
		out_str(o, "<h3>");
		if (d->goal_by)
			snprintf(buf, sizeof buf, tr(lang, "Goal: a team "
			    "average of %s by %s"), numfmt_dec(&nb, lang,
			    d->goal, 1), date_text(a, d->goal_by));
		else
			snprintf(buf, sizeof buf, tr(lang, "Goal: a team "
			    "average of %s"), numfmt_dec(&nb, lang, d->goal, 1));
		h_esc(o, buf);
		out_str(o, "</h3>\n<p>");
		h_esc(o, goal_text(d, lang, buf, sizeof buf));
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
		out_str(o, "<table class=\"snaps dg\"><thead><tr>");
		h_th(o, tr(lang, "member"));
		h_th(o, tr(lang, "change"));
		h_th(o, tr(lang, "real changes"));
		out_str(o, "</tr></thead><tbody>\n");
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
	out_str(o, "<table class=\"snaps dg\"><thead><tr>");
	h_th(o, tr(lang, "member"));
	h_th(o, tr(lang, "index"));
	h_th(o, tr(lang, "weakest pillar against the average"));
	h_th(o, tr(lang, "top action"));
	out_str(o, "</tr></thead><tbody>\n");
	for (i = 0; i < d->nm; i++) {
		const struct digest_member *m = &d->m[i];

		if (m->now < 0)
			continue;
		out_str(o, "<tr><td>");
		html_bdis(o, digest_who(d, m->member));
		out_str(o, "</td>");
		h_td(o, cents(&nb, lang, d->t->s[m->now].v[TV_SSI], 0), 1);
		buf[0] = '\0';
		if (m->weakest >= 0)
			snprintf(buf, sizeof buf, tr(lang, m->weak_industry ?
			    "%s %s (industry %s)" : "%s %s (team %s)"),
			    lang_pillar_name(lang, m->weakest),
			    cents(&nb, lang, d->t->s[m->now].v[m->weakest], 0),
			    cents(&r, lang, m->weak_ref, 0));
		h_td(o, buf, 0);
		h_td(o, m->top >= 0 ? advice_key_title(lang, m->top) : "", 0);
		out_str(o, "</tr>\n");
	}
	out_str(o, "</tbody></table>\n</div>\n</section>\n");
	html_end(o, lang, w->r->m->id);
}

const struct writer digest_html_writer = { NULL, digest_html, NULL };
