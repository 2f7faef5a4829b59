/*
 * cmd_calibrate.c - ssi calibrate: fit the model's weights and targets to
 * the official pillar figures recorded with the snapshots
 * (ssi(7), "OFFICIAL FIGURES"; the fit is calibrate.c's).
 *
 * Reads every snapshot (any input format), hands each one's model inputs
 * and official components to the library, and writes the fitted model
 * (the JSON ssi model prints, with its "calibration" object) to standard
 * output or -o; the report of the fit goes to standard error (-q: not at
 * all), or alone to the output with --report-only; --report-html FILE
 * writes it as well as an HTML page (html_calib.c), atomically as -o.
 * --model is the starting point, --id the new model's id (default
 * calibrated/1).
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
#include <stdlib.h>
#include <string.h>

#include "calibrate.h"
#include "cli.h"
#include "merge.h"
#include "official.h"

static struct {
	const char *id;			/* the fitted model's */
	int report_only;
	const char *report_html;
} opt;

const struct cli_option calibrate_options[] = {
	OPT_CALL("model", 0, "FILE", opt_model, NULL, "the model to start from "
	    "(default: default/1)"),
	OPT_STRING("id", "ID", &opt.id, "the fitted model's id (default: "
	    "calibrated/1)"),
	OPT_FLAG("report-only", &opt.report_only, "write the report of the "
	    "fit instead of the model"),
	OPT_STRING("report-html", "FILE", &opt.report_html, "also write the "
	    "report of the fit as an HTML page to FILE"),
	OPT_END
};

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

/*
 * The HTML page of the fit into opt.report_html, from the pairs of the
 * library (calib_pairs).  0, or -1 with the error printed.
 */
static int
write_html(const struct cli *c, const struct calib *cb,
    const struct model *fitted, const struct calib_report *rep)
{
	struct calib_pair *pairs[P_COUNT] = { 0 };
	long n[P_COUNT] = { 0 };
	struct ssi_err e = { 0 };
	struct out o;
	int pl, ret = -1;

	for (pl = 0; pl < P_COUNT; pl++)
		if ((n[pl] = calib_pairs(cb, fitted, pl, &pairs[pl])) < 0) {
			cli_fail("out of memory");
			goto done;
		}
	if (out_open(&o, opt.report_html, &e) < 0) {
		cli_error(&e);
		goto done;
	}
	calibrate_write_html(&o, c->lang, c->m, fitted, rep, pairs, n);
	if (out_close(&o, &e) < 0) {
		cli_error(&e);
		goto done;
	}
	ret = 0;
done:
	for (pl = 0; pl < P_COUNT; pl++)
		free(pairs[pl]);
	return ret;
}

/* The text report on standard error. */
static void
report_stderr(const struct model *m, const struct calib_report *r)
{
	struct out t;

	if (out_mem(&t) < 0)
		return;
	calibrate_write_text(&t, m, r);
	cli_say("%.*s", (int)t.n, t.buf);
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
	const char *id = opt.id;
	int status;

	if (id && (strlen(id) == 0 || strlen(id) >= sizeof fitted.id ||
	    utf8_count(id, strlen(id)) < 0))
		return cli_usage(c, "--id: '%s' is not a model id of 1 to 63 "
		    "characters", id);
	if (opt.report_html && (strcmp(opt.report_html, "-") == 0 ||
	    (c->output && strcmp(c->output, opt.report_html) == 0)))
		return cli_usage(c, "--report-html: '%s' must be a file of its "
		    "own, not the output", opt.report_html);
	if (opt.report_html && out_is_input(opt.report_html, c->nfiles ?
	    c->files : (char *const[]){ "-" }, c->nfiles ? c->nfiles : 1)) {
		cli_fail("--report-html %s is also an input", opt.report_html);
		return SSI_EXIT_ERROR;
	}
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
	if (opt.report_html && write_html(c, k.cb, &fitted, &rep) < 0) {
		calib_free(k.cb);
		return SSI_EXIT_ERROR;
	}
	calib_free(k.cb);
	if (!c->quiet && !opt.report_only)
		report_stderr(&fitted, &rep);
	if (cli_open(c, &o) < 0)
		return SSI_EXIT_ERROR;
	if (opt.report_only)
		calibrate_write_text(&o, &fitted, &rep);
	else
		calibrate_write_model(&o, &fitted, &rep);
	return cli_finish(c, &o, &res, status);
}
