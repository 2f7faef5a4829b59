/*
 * calib_out.c - the writers of ssi calibrate (see calibrate.h): the
 * calibration member of a fitted model's JSON and the report as text.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "calib_out.h"
#include "ssi/catalog.h"
#include "ssi/numfmt.h"
#include "ssi/report.h"
#include "ssi/textw.h"


static void
fig(struct out *o, const struct calib_pillar *cp, double x)
{
	if (cp->has_mae && isfinite(x))
		out_fixed(o, x, 3);
	else
		out_str(o, "null");
}

void
calibrate_write_json(struct out *o, const struct calib_report *r)
{
	int pl;

	out_str(o, "\"calibration\": {\n    \"start\": ");
	out_json_str(o, r->start_id, strlen(r->start_id));
	out_str(o, ",\n    \"snapshots\": ");
	out_long(o, r->snapshots);
	out_str(o, ",\n    \"members\": ");
	out_long(o, r->members);
	out_str(o, ",\n    \"pillars\": {");
	for (pl = 0; pl < P_COUNT; pl++) {
		const struct calib_pillar *cp = &r->p[pl];

		out_str(o, pl ? ",\n      " : "\n      ");
		out_json_str(o, pillar_ids[pl], strlen(pillar_ids[pl]));
		out_str(o, ": {\"used\": ");
		out_long(o, cp->used);
		out_str(o, ", \"skipped\": ");
		out_long(o, cp->skipped);
		out_str(o, ", \"min\": ");
		out_long(o, cp->need);
		out_str(o, ", \"mae_before\": ");
		fig(o, cp, cp->mae_before);
		out_str(o, ", \"mae_after\": ");
		fig(o, cp, cp->mae_after);
		out_str(o, ", \"mae_cv\": ");
		fig(o, cp, cp->mae_cv);
		out_str(o, ", \"kept\": ");
		out_str(o, cp->kept ? "true" : "false");
		if (cp->kept) {
			out_str(o, ", \"why\": ");
			out_json_str(o, cp->why, strlen(cp->why));
		}
		out_char(o, '}');
	}
	out_str(o, "\n    }\n  }");
}

void
calibrate_write_model(struct out *o, const struct model *m,
    const struct calib_report *r)
{
	report_model_json_open(o, m);
	out_str(o, ",\n  ");
	calibrate_write_json(o, r);
	out_str(o, "\n}\n");
}

/* x in 8 columns, 3 decimals with lang's mark (x is an error of at most
 * 25), or "-". */
static void
text_fig(struct out *o, int lang, const struct calib_pillar *cp, double x)
{
	struct numfmt b;

	if (!cp->has_mae || !isfinite(x) || x < 0)
		text_right(o, "-", 8);
	else
		text_right(o, numfmt_dec(&b, lang, x, 3), 8);
}

/* The table's columns: the heading of each (a catalogue key) and its
 * width in English, widened to fit a longer heading in another language
 * (two spaces before a right-aligned one, one after the left one). */
enum { CT_PILLAR, CT_USED, CT_SKIPPED, CT_BEFORE, CT_AFTER, CT_CV, CT_COUNT };
static const struct { const char *head; int width; } cols[CT_COUNT] = {
	{ "pillar", 15 }, { "used", 7 }, { "skipped", 9 },
	{ "mae_before", 12 }, { "mae_after", 11 }, { "mae_cv", 8 },
};

/* Why a pillar kept its weights, in lang (cp->why is the JSON's English). */
static void
kept_why(char *buf, size_t n, int lang, const struct calib_pillar *cp)
{
	if (cp->used == 0)
		snprintf(buf, n, tr(lang, "no usable snapshot, %ld needed"),
		    cp->need);
	else
		snprintf(buf, n, cp->used == 1 ?
		    tr(lang, "%ld usable snapshot, %ld needed") :
		    tr(lang, "%ld usable snapshots, %ld needed"), cp->used,
		    cp->need);
}

void
calibrate_write_text(struct out *o, int lang, const struct model *m,
    const struct calib_report *r)
{
	char buf[320], snaps[64], members[64], why[160];
	long w[CT_COUNT];
	int pl, c;

	snprintf(snaps, sizeof snaps, r->snapshots == 1 ?
	    tr(lang, "%ld snapshot") : tr(lang, "%ld snapshots"), r->snapshots);
	snprintf(members, sizeof members, r->members == 1 ?
	    tr(lang, "%ld member") : tr(lang, "%ld members"), r->members);
	snprintf(buf, sizeof buf, tr(lang, "calibration of %s from %s: %s, "
	    "%s"), m->id, r->start_id, snaps, members);
	out_text_lines(o, buf, strlen(buf));
	out_char(o, '\n');
	for (c = 0; c < CT_COUNT; c++) {
		long hw = text_cols_str(tr(lang, cols[c].head)) + (c ? 2 : 1);

		w[c] = hw > cols[c].width ? hw : cols[c].width;
		if (c == CT_PILLAR)
			text_pad(o, tr(lang, cols[c].head), w[c]);
		else
			text_right(o, tr(lang, cols[c].head), w[c]);
	}
	out_char(o, '\n');
	for (pl = 0; pl < P_COUNT; pl++) {
		const struct calib_pillar *cp = &r->p[pl];

		text_pad(o, pillar_ids[pl], w[CT_PILLAR]);
		snprintf(buf, sizeof buf, "%*ld%*ld", (int)w[CT_USED],
		    cp->used, (int)w[CT_SKIPPED], cp->skipped);
		out_str(o, buf);
		text_right(o, "", w[CT_BEFORE] - 8);
		text_fig(o, lang, cp, cp->mae_before);
		text_right(o, "", w[CT_AFTER] - 8);
		text_fig(o, lang, cp, cp->mae_after);
		text_right(o, "", w[CT_CV] - 8);
		text_fig(o, lang, cp, cp->mae_cv);
		if (cp->kept) {
			kept_why(why, sizeof why, lang, cp);
			snprintf(buf, sizeof buf, tr(lang, "kept: %s"), why);
			out_str(o, "  ");
			out_str(o, buf);
		}
		out_char(o, '\n');
	}
	/* mae_cv is 5-fold by member unless the members are too few (said
	 * when a pillar was fitted: a kept one has no cross-validation) */
	for (pl = 0; pl < P_COUNT && r->p[pl].kept; pl++)
		;
	if (pl == P_COUNT)
		return;
	if (r->cv_folds == 0) {
		out_str(o, tr(lang, "mae_cv: folds by snapshot (one member: its "
		    "snapshots on both sides of each fold, an optimistic "
		    "figure)"));
		out_char(o, '\n');
	} else if (r->cv_folds < CALIB_FOLDS) {
		snprintf(buf, sizeof buf, tr(lang, "mae_cv: one fold per member "
		    "(%d members: fewer than %d)"), r->cv_folds, CALIB_FOLDS);
		out_str(o, buf);
		out_char(o, '\n');
	}
}
