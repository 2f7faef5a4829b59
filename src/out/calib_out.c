/*
 * calib_out.c - the writers of ssi calibrate (see calibrate.h): the
 * calibration member of a fitted model's JSON and the report as text.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "calib_out.h"
#include "ssi/report.h"


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

/* x in 8 columns, 3 decimals (x is an error of at most 25), or "-". */
static void
text_fig(struct out *o, const struct calib_pillar *cp, double x)
{
	int w = x >= 100 ? 7 : x >= 10 ? 6 : 5;

	if (!cp->has_mae || !isfinite(x) || x < 0) {
		out_str(o, "       -");
		return;
	}
	for (; w < 8; w++)
		out_char(o, ' ');
	out_fixed(o, x, 3);
}

void
calibrate_write_text(struct out *o, const struct model *m,
    const struct calib_report *r)
{
	char buf[320];
	int pl;

	snprintf(buf, sizeof buf, "calibration of %s from %s: %ld snapshot%s, "
	    "%ld member%s\n", m->id, r->start_id, r->snapshots,
	    r->snapshots == 1 ? "" : "s", r->members,
	    r->members == 1 ? "" : "s");
	out_text_lines(o, buf, strlen(buf));
	out_str(o, "pillar            used  skipped  mae_before  mae_after  "
	    "mae_cv\n");
	for (pl = 0; pl < P_COUNT; pl++) {
		const struct calib_pillar *cp = &r->p[pl];

		snprintf(buf, sizeof buf, "%-14s %7ld  %7ld    ", pillar_ids[pl],
		    cp->used, cp->skipped);
		out_str(o, buf);
		text_fig(o, cp, cp->mae_before);
		out_str(o, "   ");
		text_fig(o, cp, cp->mae_after);
		text_fig(o, cp, cp->mae_cv);
		if (cp->kept) {
			out_str(o, "  kept: ");
			out_str(o, cp->why);
		}
		out_char(o, '\n');
	}
	/* mae_cv is 5-fold by member unless the members are too few (said
	 * when a pillar was fitted: a kept one has no cross-validation) */
	for (pl = 0; pl < P_COUNT && r->p[pl].kept; pl++)
		;
	if (pl == P_COUNT)
		return;
	if (r->cv_folds == 0)
		out_str(o, "mae_cv: folds by snapshot (one member: its "
		    "snapshots on both sides of each fold, an optimistic "
		    "figure)\n");
	else if (r->cv_folds < CALIB_FOLDS) {
		snprintf(buf, sizeof buf, "mae_cv: one fold per member (%d "
		    "members: fewer than %d)\n", r->cv_folds, CALIB_FOLDS);
		out_str(o, buf);
	}
}
