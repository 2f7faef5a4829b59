/* official_out.c - official figures beside the estimate (see
 * official_out.h). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "official_out.h"
#include "ssi/catalog.h"
#include "ssi/lang.h"
#include "ssi/numfmt.h"
#include "ssi/official.h"
#include "text/labels.h"
#include "util/days.h"

void
official_json_num(struct out *o, int64_t milli)
{
	char buf[32];

	out_str(o, official_fmt(milli, buf, sizeof buf));
}

int64_t
official_milli(double estimate)
{
	return (int64_t)llround(round2(estimate) * 100) * 10;
}

/* An average object: ssi and the four pillars, those present. */
static void
avg_obj(struct out *o, const struct profile *p, int fssi, int fbrand,
    int compact)
{
	int fs[5], i, first = 1;

	fs[0] = fssi;
	for (i = 0; i < 4; i++)
		fs[i + 1] = fbrand + i;
	out_char(o, '{');
	for (i = 0; i < 5; i++) {
		if (!profile_has(p, fs[i]))
			continue;
		out_json_key(o, i ? pillar_ids[i - 1] : "ssi", compact, 3, first);
		official_json_num(o, p->num[fs[i]]);
		first = 0;
	}
	if (first)
		out_char(o, '}');
	else
		out_json_close(o, '}', compact, 2);
}

void
report_official_json(struct out *o, const struct report_opts *r,
    const struct profile *p, const struct score *s, int compact)
{
	int pl, first = 1, any = 0;

	if (!(p->have & OFFICIAL_MASK))
		return;
	out_json_key(o, "official", compact, 1, 0);
	out_char(o, '{');
	if (r->official_as_of) {
		/* another snapshot's reading: its own date (ssi.7 OFFICIAL
		 * FIGURES), and how far it is from the data's */
		out_json_key(o, "as_of", compact, 2, first);
		out_json_str(o, r->official_as_of, strlen(r->official_as_of));
		first = 0;
		if (profile_has(p, F_AS_OF)) {
			out_json_key(o, "days_before_data", compact, 2, 0);
			out_long(o, official_days_before(r->official_as_of,
			    profile_text(p, F_AS_OF)));
		}
	}
	if (profile_has(p, F_OFFICIAL_SSI)) {
		out_json_key(o, "ssi", compact, 2, first);
		official_json_num(o, p->num[F_OFFICIAL_SSI]);
		first = 0;
	}
	for (pl = 0; pl < P_COUNT; pl++) {
		if (!profile_has(p, OFFICIAL_COMPONENT(pl)))
			continue;
		out_json_key(o, pillar_ids[pl], compact, 2, first);
		official_json_num(o, p->num[OFFICIAL_COMPONENT(pl)]);
		first = 0;
	}
	if (profile_has(p, F_INDUSTRY_TOP_PCT)) {
		out_json_key(o, "industry_top_pct", compact, 2, first);
		official_json_num(o, p->num[F_INDUSTRY_TOP_PCT]);
		first = 0;
	}
	if (profile_has(p, F_NETWORK_TOP_PCT)) {
		out_json_key(o, "network_top_pct", compact, 2, first);
		official_json_num(o, p->num[F_NETWORK_TOP_PCT]);
		first = 0;
	}
	if (p->have & (((uint64_t)1 << F_INDUSTRY_AVG_SSI) |
	    ((uint64_t)0xf << F_INDUSTRY_AVG_BRAND))) {
		out_json_key(o, "industry_avg", compact, 2, first);
		avg_obj(o, p, F_INDUSTRY_AVG_SSI, F_INDUSTRY_AVG_BRAND, compact);
		first = 0;
	}
	if (p->have & (((uint64_t)1 << F_NETWORK_AVG_SSI) |
	    ((uint64_t)0xf << F_NETWORK_AVG_BRAND))) {
		out_json_key(o, "network_avg", compact, 2, first);
		avg_obj(o, p, F_NETWORK_AVG_SSI, F_NETWORK_AVG_BRAND, compact);
		first = 0;
	}
	/* diff: estimate minus official, where the official figure is */
	for (pl = 0; pl <= P_COUNT; pl++) {
		int f = pl < P_COUNT ? OFFICIAL_COMPONENT(pl) : F_OFFICIAL_SSI;
		double est = pl < P_COUNT ? s->pillar[pl] : s->ssi;

		if (!profile_has(p, f))
			continue;
		if (!any) {
			out_json_key(o, "diff", compact, 2, first);
			out_char(o, '{');
			first = 0;
		}
		out_json_key(o, pl < P_COUNT ? pillar_ids[pl] : "ssi", compact, 3, !any);
		official_json_num(o, official_milli(est) - p->num[f]);
		any = 1;
	}
	if (any)
		out_json_close(o, '}', compact, 2);
	out_json_close(o, '}', compact, 1);
}

/* ---- text ---- */

static const char *
word(const struct report_opts *r, int id)
{
	return official_word(r->lang, id);
}

/* v in thousandths as recorded (up to 3 decimals, trailing zeros
 * dropped), signed (+, and U+2212 or '-'); nothing but 0 for none. */
static void
signed_exact(struct out *o, const struct report_opts *r, int64_t v)
{
	char buf[32];

	official_fmt(v < 0 ? -v : v, buf, sizeof buf);
	if (v != 0)
		out_str(o, v < 0 ? (r->utf8 ? "\xe2\x88\x92" : "-") : "+");
	out_str(o, numfmt_mark(buf, r->lang));
}

/* v in thousandths as recorded, aligned on the decimal mark: the whole
 * part right-aligned in 3 columns, the decimals left-aligned in 4 (the
 * mark and up to 3 digits, trailing zeros as blanks). */
static void
aligned(struct out *o, const struct report_opts *r, int64_t v)
{
	char buf[32], pad[16];
	const char *dot;
	size_t w, k;

	numfmt_mark(official_fmt(v, buf, sizeof buf), r->lang);
	dot = strpbrk(buf, ".,");
	w = dot ? (size_t)(dot - buf) : strlen(buf);
	for (k = 0; k + w < 3; k++)
		out_char(o, ' ');
	out_str(o, buf);
	k = dot ? strlen(dot) : 0;
	snprintf(pad, sizeof pad, "%*s", (int)(4 - (k < 4 ? k : 4)), "");
	out_str(o, pad);
}

/* One figure line: "  people         12.8   official   6.38  -6.42":
 * the estimate as shown (1 decimal), the official figure as recorded,
 * and their difference as shown, so that the three add up. */
static void
figure_line(struct out *o, const struct report_opts *r, const char *name,
    double est, int64_t off)
{
	char buf[64], fig[32];
	int64_t e = official_milli(est);

	e = (e < 0 ? -((-e + 50) / 100) : (e + 50) / 100) * 100;
	out_str(o, "  ");
	report_pad(o, name, 14);
	snprintf(buf, sizeof buf, " %5s   ", numfmt_mark(official_fixed(e, 1,
	    fig, sizeof fig), r->lang));
	out_str(o, buf);
	out_str(o, word(r, OW_OFFICIAL));
	out_char(o, ' ');
	aligned(o, r, off);
	out_char(o, ' ');
	signed_exact(o, r, off - e);	/* the official figure against the
					 * estimate as shown */
	out_char(o, '\n');
}

/* "  rank: top 4% of the industry, top 9% of the network" and the same
 * for the averages. */
static void
pair_line(struct out *o, const struct report_opts *r, const struct profile *p,
    int title, int fi, int ti, int fn, int tn)
{
	char buf[96], num[32];

	if (!profile_has(p, fi) && !profile_has(p, fn))
		return;
	out_str(o, "  ");
	out_str(o, word(r, title));
	out_char(o, ' ');
	if (profile_has(p, fi)) {
		snprintf(buf, sizeof buf, word(r, ti), numfmt_mark(
		    official_fmt(p->num[fi], num, sizeof num), r->lang));
		out_str(o, buf);
	}
	if (profile_has(p, fn)) {
		if (profile_has(p, fi))
			out_str(o, ", ");
		snprintf(buf, sizeof buf, word(r, tn), numfmt_mark(
		    official_fmt(p->num[fn], num, sizeof num), r->lang));
		out_str(o, buf);
	}
	out_char(o, '\n');
}

/* The day number of YYYY-MM-DD s. */
static long
day_number(const char *s)
{
	return days_from_civil((int)strtol(s, NULL, 10),
	    (int)strtol(s + 5, NULL, 10), (int)strtol(s + 8, NULL, 10));
}

long
official_days_before(const char *official_as_of, const char *data_as_of)
{
	return day_number(data_as_of) - day_number(official_as_of);
}

const char *
official_days_phrase(int lang, long days, char *buf, size_t sz)
{
	if (days >= 0)
		snprintf(buf, sz, tr(lang, days == 1 ?
		    ", %ld day before the data" :
		    ", %ld days before the data"), days);
	else
		snprintf(buf, sz, tr(lang, days == -1 ?
		    ", %ld day after the data" :
		    ", %ld days after the data"), -days);
	if (days == 0)
		buf[0] = '\0';
	return buf;
}

void
report_official_text(struct out *o, const struct report_opts *r,
    const struct profile *p, const struct score *s)
{
	char num[32];
	int pl;

	if (!(p->have & OFFICIAL_MASK))
		return;
	out_str(o, word(r, OW_TITLE));
	if (r->official_as_of && profile_has(p, F_AS_OF)) {
		/* a reading of another date than the data (ssi.7 OFFICIAL
		 * FIGURES: score shows the latest reading, with its own date) */
		char buf[96];

		out_str(o, ", ");
		out_str(o, msg(r->lang, M_AS_OF));
		out_char(o, ' ');
		out_str(o, r->official_as_of);
		out_str(o, official_days_phrase(r->lang, official_days_before(
		    r->official_as_of, profile_text(p, F_AS_OF)), buf,
		    sizeof buf));
	} else if (profile_has(p, F_AS_OF)) {
		out_str(o, ", ");
		out_str(o, msg(r->lang, M_AS_OF));
		out_char(o, ' ');
		report_text_field(o, p, F_AS_OF);
	}
	if (profile_has(p, F_OFFICIAL_SSI)) {
		out_str(o, ": ");
		out_str(o, numfmt_mark(official_fmt(p->num[F_OFFICIAL_SSI], num,
		    sizeof num), r->lang));
		out_str(o, " / 100");
	}
	out_char(o, '\n');
	for (pl = 0; pl < P_COUNT; pl++)
		if (profile_has(p, OFFICIAL_COMPONENT(pl)))
			figure_line(o, r, pillar_ids[pl], s->pillar[pl],
			    p->num[OFFICIAL_COMPONENT(pl)]);
	if (profile_has(p, F_OFFICIAL_SSI))
		figure_line(o, r, word(r, OW_INDEX), s->ssi,
		    p->num[F_OFFICIAL_SSI]);
	pair_line(o, r, p, OW_RANK, F_INDUSTRY_TOP_PCT, OW_RANK_IND,
	    F_NETWORK_TOP_PCT, OW_RANK_NET);
	pair_line(o, r, p, OW_AVG, F_INDUSTRY_AVG_SSI, OW_AVG_IND,
	    F_NETWORK_AVG_SSI, OW_AVG_NET);
}

/* ---- CSV ---- */

void
report_official_csv_header(struct out *o, int delim)
{
	int f;

	for (f = F_OFFICIAL_SSI; f <= F_OFFICIAL_RELATIONSHIPS; f++) {
		out_char(o, delim);
		out_str(o, field_defs[f].name);
	}
}

void
report_official_csv_row(struct out *o, int delim, const struct profile *p)
{
	int f;

	for (f = F_OFFICIAL_SSI; f <= F_OFFICIAL_RELATIONSHIPS; f++) {
		out_char(o, delim);
		if (profile_has(p, f))
			official_json_num(o, p->num[f]);
	}
}
