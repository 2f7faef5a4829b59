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
 *  - records with the same id and as_of are one snapshot (snapset.h, as
 *    ssi.7 OFFICIAL FIGURES says): merged field by field in input order, a warning
 *    naming what differed; snapshots are fitted in first-seen order.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "ssi/calibrate.h"
#include "ssi/official.h"

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
	    "fit instead of the model (as -f text)"),
	OPT_STRING("report-html", "FILE", &opt.report_html, "also write the "
	    "report of the fit as an HTML page to FILE"),
	OPT_END
};

struct cal {
	struct calib *cb;
	int nomem;
};

/* One merged snapshot into the fit. */
static int
add_snapshot(void *ctx, struct profile *p, const struct score *s,
    const struct snapset_at *at)
{
	struct cal *k = ctx;
	double off[P_COUNT];
	const char *id = profile_text(p, F_ID);
	int pl;

	/* the components are kept in thousandths (official.h) */
	for (pl = 0; pl < P_COUNT; pl++)
		off[pl] = profile_has(p, OFFICIAL_COMPONENT(pl)) ?
		    (double)p->num[OFFICIAL_COMPONENT(pl)] / 1000 : NAN;
	(void)s;
	(void)at;
	/* the reader gives every record an id (its position when absent) */
	if (calib_add(k->cb, p, off, id ? id : "", id ? p->len[F_ID] : 0) < 0) {
		k->nomem = 1;
		return 1;
	}
	return 0;
}

/* The pairs of each pillar for the HTML page (calib_pairs): 0, or -1 with
 * the error printed. */
static int
get_pairs(const struct calib *cb, const struct model *fitted,
    struct calib_pair *pairs[P_COUNT], long n[P_COUNT])
{
	int pl;

	for (pl = 0; pl < P_COUNT; pl++)
		if ((n[pl] = calib_pairs(cb, fitted, pl, &pairs[pl])) < 0) {
			cli_fail("out of memory");
			return -1;
		}
	return 0;
}

/* Write x with the RK_CALIB writer of format f to o. */
static void
write_fit(const struct cli *c, struct out *o, int f,
    const struct calibrated *x)
{
	const struct writer *wr = writer_find(RK_CALIB, f);
	struct writer_ctx w = { 0 };
	struct report_opts r;

	cli_report_opts(c, o, &r);
	r.format = f;
	w.o = o;
	w.r = &r;
	if (wr->begin)
		wr->begin(&w);
	wr->item(&w, x);
	w.n++;
	if (wr->end)
		wr->end(&w);
}

/* The HTML page of the fit into opt.report_html, atomically as -o: 0, or
 * -1 with the error printed. */
static int
write_html(const struct cli *c, const struct calibrated *x)
{
	struct ssi_err e = { 0 };
	struct out o;

	if (out_open(&o, opt.report_html, &e) < 0) {
		cli_error(&e);
		return -1;
	}
	write_fit(c, &o, OF_HTML, x);
	if (out_close(&o, &e) < 0) {
		cli_error(&e);
		return -1;
	}
	return 0;
}

/* The text report on standard error. */
static void
report_stderr(const struct cli *c, const struct calibrated *x)
{
	struct out t;

	if (out_mem(&t) < 0)
		return;
	write_fit(c, &t, OF_TEXT, x);
	cli_say("%.*s", (int)t.n, t.buf);	/* the terminal sanitiser */
	out_mem_free(&t);
}

int
cmd_calibrate(struct cli *c)
{
	struct cal k;
	struct snapshots sp = { 0 };
	struct loop_result res;
	struct calib_report rep;
	struct ssi_err e = { 0 };
	struct model fitted;
	struct calib_pair *pairs[P_COUNT] = { 0 };
	long npairs[P_COUNT] = { 0 };
	struct calibrated x = { c->m, &fitted, &rep, pairs, npairs };
	struct out o;
	const char *id = opt.id;
	int status, pl;

	if (opt.report_only)
		c->format = OF_TEXT;
	if (id && (strlen(id) == 0 || strlen(id) >= sizeof fitted.id ||
	    utf8_count(id, strlen(id)) < 0))
		return cli_usage(c, "--id: '%s' is not a model id of 1 to 63 "
		    "characters", id);
	if (opt.report_html && (strcmp(opt.report_html, "-") == 0 ||
	    (c->output && out_same_file(c->output, opt.report_html))))
		return cli_usage(c, "--report-html: '%s' must be a file of its "
		    "own, not the output", opt.report_html);
	if (opt.report_html && out_is_input(opt.report_html, c->nfiles ?
	    c->files : (char *const[]){ "-" }, c->nfiles ? c->nfiles : 1)) {
		cli_fail("--report-html %s is also an input", opt.report_html);
		return SSI_EXIT_ERROR;
	}
	if (cli_open(c, &o) < 0)
		return SSI_EXIT_ERROR;
	memset(&k, 0, sizeof k);
	if ((k.cb = calib_new(c->m)) == NULL) {
		cli_fail("out of memory");
		out_abort(&o);
		return SSI_EXIT_ERROR;
	}
	/* every record a snapshot (undated ones too), the model's inputs
	 * and the official figures: no text but the id needed whole */
	sp.o.keep_text = (uint64_t)1 << F_ID;
	sp.o.hold_undated = 1;
	sp.fn = add_snapshot;
	sp.ctx = &k;
	status = cli_snapshots(c, &sp);
	res = sp.res;
	if (k.nomem)
		cli_fail("out of memory");
	if (!k.nomem && !sp.fatal && !res.unreadable &&
	    calib_fit(k.cb, id, &fitted, &rep, &e) < 0)
		cli_error(&e);
	else if (!k.nomem && !sp.fatal && !res.unreadable &&
	    ((!opt.report_html && c->format != OF_HTML) ||
	    get_pairs(k.cb, &fitted, pairs, npairs) == 0) &&
	    (!opt.report_html || write_html(c, &x) == 0)) {
		if (!c->quiet && c->format != OF_TEXT)
			report_stderr(c, &x);
		write_fit(c, &o, c->format, &x);
		status = cli_finish(c, &o, &res, status);
		goto done;
	}
	out_abort(&o);
	status = SSI_EXIT_ERROR;
done:
	calib_free(k.cb);
	for (pl = 0; pl < P_COUNT; pl++)
		free(pairs[pl]);
	return status;
}
