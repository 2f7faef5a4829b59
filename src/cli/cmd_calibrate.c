/*
 * cmd_calibrate.c - ssi calibrate: fit the model's weights and targets to
 * the official pillar figures recorded with the snapshots
 * (ssi(7), "OFFICIAL FIGURES"; the fit is calibrate.c's).
 *
 * Reads every snapshot (any input format), hands each one's model inputs
 * and official components to the library, and writes the fitted model
 * (the JSON ssi model prints, with its "calibration" object) to standard
 * output or -o; the report of the fit goes to standard error (-q: not at
 * all), or alone to the output with --report-only.  --model is the
 * starting point, --id the new model's id (default calibrated/1).
 *
 * Decisions where the spec is silent:
 *  - a rejected record is reported and left out; the model is still
 *    written and the status is 2 (as batch does with its rows);
 *  - --id names the fitted model: LinkedIn exports read by calibrate keep
 *    their default record id;
 *  - records with the same id and as_of are one snapshot (merge.h, as
 *    official.md says): merged field by field in input order, a warning
 *    naming what differed; snapshots are fitted in first-seen order.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "calibrate.h"
#include "cli.h"
#include "merge.h"
#include "official.h"

struct cal {
	struct calib *cb;
	struct snapset *set;	/* the snapshots, merged by (id, as_of) */
	int nomem;
	int quiet;
};

/* Every record joins its snapshot (merge.h); fitted once all are read. */
static int
on_record(void *ctx, struct profile *p, const struct score *s,
    const char *file, long line, struct ssi_err *e)
{
	struct cal *k = ctx;
	struct ssi_err w = { 0 };
	int warned;

	(void)s;
	if (snapset_add(k->set, p, &w, &warned, e) < 0) {
		k->nomem = 1;
		return 1;
	}
	if (warned && !k->quiet) {
		char buf[SSI_ERR_MSG + 1024];

		w.file = file;
		w.line = line;
		err_format(&w, buf, sizeof buf);
		cli_warning(buf);
	}
	return 0;
}

/* One merged snapshot into the fit. */
static int
add_snapshot(struct cal *k, const struct profile *p)
{
	double off[P_COUNT];
	const char *id = profile_text(p, F_ID);
	int pl;

	/* the components are kept in thousandths (official.h) */
	for (pl = 0; pl < P_COUNT; pl++)
		off[pl] = profile_has(p, OFFICIAL_COMPONENT(pl)) ?
		    (double)p->num[OFFICIAL_COMPONENT(pl)] / 1000 : NAN;
	/* the reader gives every record an id (its position when absent) */
	return calib_add(k->cb, p, off, id ? id : "", id ? p->len[F_ID] : 0);
}

/* The text report on standard error. */
static void
report_stderr(const struct model *m, const struct calib_report *r)
{
	struct out t;

	if (out_mem(&t) < 0)
		return;
	calibrate_write_text(&t, m, r);
	fwrite(t.buf, 1, t.n, stderr);
	out_mem_free(&t);
}

int
cmd_calibrate(struct cli *c)
{
	struct cal k;
	struct loop_result res;
	struct calib_report rep;
	struct ssi_err e = { 0 };
	struct model fitted;
	struct out o;
	const char *id = c->ro.li.id;
	int status;

	if (id && (strlen(id) == 0 || strlen(id) >= sizeof fitted.id ||
	    utf8_count(id, strlen(id)) < 0))
		return cli_usage(c, "--id: '%s' is not a model id of 1 to 63 "
		    "characters", id);
	c->ro.li.id = NULL;
	memset(&k, 0, sizeof k);
	k.quiet = c->quiet;
	if ((k.cb = calib_new(c->m)) == NULL ||
	    (k.set = snapset_new()) == NULL) {
		calib_free(k.cb);
		cli_fail("out of memory");
		return SSI_EXIT_ERROR;
	}
	status = loop_run(c, 0, on_record, &k, &res, NULL);
	for (size_t i = 0; !k.nomem && !res.unreadable &&
	    i < snapset_count(k.set); i++)
		if (add_snapshot(&k, snapset_get(k.set, i)) < 0)
			k.nomem = 1;
	snapset_free(k.set);
	if (k.nomem) {
		cli_fail("out of memory");
		calib_free(k.cb);
		return SSI_EXIT_ERROR;
	}
	if (res.unreadable) {
		calib_free(k.cb);
		return SSI_EXIT_ERROR;
	}
	if (calib_fit(k.cb, id, &fitted, &rep, &e) < 0) {
		cli_error(&e);
		calib_free(k.cb);
		return SSI_EXIT_ERROR;
	}
	calib_free(k.cb);
	if (!c->quiet && !c->report_only)
		report_stderr(&fitted, &rep);
	if (cli_open(c, &o) < 0)
		return SSI_EXIT_ERROR;
	if (c->report_only)
		calibrate_write_text(&o, &fitted, &rep);
	else
		calibrate_write_model(&o, &fitted, &rep);
	return cli_finish(c, &o, &res, status);
}
