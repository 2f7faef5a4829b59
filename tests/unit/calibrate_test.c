/*
 * calibrate_test.c - the simplex least-squares solver against brute force
 * and known answers, the constraints of a fitted model, determinism, and
 * the calibration example (tests/data/calibration, under $ROOT when set):
 * fitted on 32 members, the other 8 scored with the fitted model.
 *
 * The official components come from the records (official.h) and are
 * passed to calibrate as doubles.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "out/calib_out.h"
#include "ssi/lang.h"
#include "ssi/input.h"
#include "ssi/model.h"
#include "ssi/official.h"
#include "ssi/out.h"
#include "ssi/profile.h"
#include "ssi/report.h"
#include "ssi/score.h"
#include "t.h"

/* ---- the solver ---- */

static unsigned long long rng = 88172645463325252ULL;

static double
rnd01(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (double)(rng >> 11) / 9007199254740992.0;
}

/* ||Aw - y||^2 through the Gram form (what the solver minimises, but for
 * a constant). */
static double
objective(int k, const double *g, const double *b, const double *w)
{
	double s = 0;
	int i, j;

	for (i = 0; i < k; i++) {
		for (j = 0; j < k; j++)
			s += w[i] * g[i * k + j] * w[j];
		s -= 2 * b[i] * w[i];
	}
	return s;
}

static void
gram_of(int m, int k, const double *a, const double *y, double *g, double *b)
{
	int i, j, r;

	for (i = 0; i < k; i++) {
		b[i] = 0;
		for (r = 0; r < m; r++)
			b[i] += a[r * k + i] * y[r];
		for (j = 0; j < k; j++) {
			g[i * k + j] = 0;
			for (r = 0; r < m; r++)
				g[i * k + j] += a[r * k + i] * a[r * k + j];
		}
	}
}

/* The best point of a grid on the simplex sum w = 25 with steps 25/steps:
 * its objective into *best, the point into bw. */
static void
brute(int k, const double *g, const double *b, int steps, double *bw,
    double *best)
{
	int c[4] = { 0 }, i;
	double w[4];

	*best = HUGE_VAL;
	for (;;) {
		int used = 0;

		for (i = 0; i < k - 1; i++)
			used += c[i];
		if (used <= steps) {
			double o;

			for (i = 0; i < k - 1; i++)
				w[i] = 25.0 * c[i] / steps;
			w[k - 1] = 25.0 * (steps - used) / steps;
			o = objective(k, g, b, w);
			if (o < *best) {
				*best = o;
				memcpy(bw, w, sizeof w);
			}
		}
		for (i = 0; i < k - 1; i++) {
			if (++c[i] <= steps)
				break;
			c[i] = 0;
		}
		if (i == k - 1)
			break;
	}
}

static int
feasible(int k, const double *w)
{
	double s = 0;
	int i;

	for (i = 0; i < k; i++) {
		if (!(w[i] >= 0))
			return 0;
		s += w[i];
	}
	return fabs(s - 25) < 1e-9;
}

static void
solver_vs_brute(void)
{
	static const int steps[5] = { 0, 0, 2000, 200, 60 };
	int k, trial, worse = 0, far = 0, bad = 0, iters = 0;

	for (k = 2; k <= 4; k++)
		for (trial = 0; trial < 40; trial++) {
			double a[12 * 4], y[12], g[16], b[4], w[4], bw[4];
			double ob, best, step = 25.0 / steps[k];
			int m = 12, r, i, it;

			for (r = 0; r < m; r++) {
				y[r] = 25 * rnd01();
				for (i = 0; i < k; i++)
					a[r * k + i] = rnd01();
			}
			/* some problems with a dead or a duplicated column */
			if (trial % 8 == 5)
				for (r = 0; r < m; r++)
					a[r * k + 1] = 0;
			if (trial % 8 == 6)
				for (r = 0; r < m; r++)
					a[r * k + 1] = a[r * k];
			gram_of(m, k, a, y, g, b);
			it = calib_simplex_ls(k, g, b, 25, w, 0);
			if (it < 0 || !feasible(k, w)) {
				bad++;
				printf("# k %d trial %d: it %d w %g %g %g %g\n", k,
				    trial, it, w[0], w[1], w[2], w[3]);
			}
			iters += it;
			ob = objective(k, g, b, w);
			brute(k, g, b, steps[k], bw, &best);
			/* never worse than any grid point */
			if (ob > best + 1e-7 * (1 + fabs(best)))
				worse++;
			/* and near the grid's best when the optimum is unique */
			if (trial % 8 != 5 && trial % 8 != 6)
				for (i = 0; i < k; i++)
					if (fabs(w[i] - bw[i]) > 2 * step)
						far++;
		}
	T_OK(bad == 0, "solver: 120 problems of 2-4 weights converge to a "
	    "feasible point (%d iterations in all)", iters);
	T_OK(worse == 0, "solver: never worse than the best point of a fine "
	    "simplex grid (%d worse)", worse);
	T_OK(far == 0, "solver: within two grid steps of the grid's best "
	    "(%d coordinates off)", far);
}

static void
solver_known(void)
{
	double g[16], b[4], w[4], a[6 * 3], y[6];
	static const double wt[3] = { 15, 0, 10 };
	int r, i;

	/* identity: the projection of b onto the simplex */
	memset(g, 0, sizeof g);
	g[0] = g[3] = 1;
	b[0] = 20;
	b[1] = 10;
	calib_simplex_ls(2, g, b, 25, w, 0);
	T_NEAR(w[0], 17.5, 1e-9, "projection of (20, 10): w1 = 17.5");
	T_NEAR(w[1], 7.5, 1e-9, "projection of (20, 10): w2 = 7.5");
	b[0] = 30;
	b[1] = -10;
	calib_simplex_ls(2, g, b, 25, w, 0);
	T_NEAR(w[0], 25, 1e-12, "projection of (30, -10): the vertex (25, 0)");
	T_OK(w[1] == 0, "projection of (30, -10): w2 exactly 0");

	/* exact data: y = A wt, wt with a zero, is recovered */
	for (r = 0; r < 6; r++) {
		y[r] = 0;
		for (i = 0; i < 3; i++) {
			a[r * 3 + i] = rnd01();
			y[r] += a[r * 3 + i] * wt[i];
		}
	}
	gram_of(6, 3, a, y, g, b);
	calib_simplex_ls(3, g, b, 25, w, 0);
	T_NEAR(w[0], 15, 1e-6, "exact data: w1 = 15");
	T_NEAR(w[1], 0, 1e-6, "exact data: w2 = 0");
	T_NEAR(w[2], 10, 1e-6, "exact data: w3 = 10");
	/* warm start from a vertex gives the same answer */
	w[0] = 25;
	w[1] = w[2] = 0;
	calib_simplex_ls(3, g, b, 25, w, 1);
	T_NEAR(w[0], 15, 1e-6, "exact data, warm start at a vertex: w1 = 15");
	T_NEAR(w[2], 10, 1e-6, "exact data, warm start at a vertex: w3 = 10");

	/* one weight: the whole sum */
	g[0] = 2;
	b[0] = -5;
	T_OK(calib_simplex_ls(1, g, b, 25, w, 0) >= 0 && w[0] == 25,
	    "one weight: 25 whatever the data");
	T_OK(calib_simplex_ls(0, g, b, 25, w, 0) == -1, "no weight: refused");
}

/* ---- the example ---- */

struct snaps {
	struct profile *p;
	double (*off)[P_COUNT];
	long *member;
	long n, cap;
};

static int
on_rec(void *ctx, struct profile *p, const char *file, long line)
{
	struct snaps *s = ctx;
	const char *id = profile_text(p, F_ID);
	int pl;

	(void)file;
	(void)line;
	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 512;
		s->p = realloc(s->p, (size_t)s->cap * sizeof *s->p);
		s->off = realloc(s->off, (size_t)s->cap * sizeof *s->off);
		s->member = realloc(s->member, (size_t)s->cap * sizeof *s->member);
		if (!s->p || !s->off || !s->member)
			return -1;
	}
	profile_init(&s->p[s->n]);
	if (profile_copy(&s->p[s->n], p) < 0)
		return -1;
	/* official components, in thousandths in the record (official.h) */
	for (pl = 0; pl < P_COUNT; pl++)
		s->off[s->n][pl] = profile_has(p, OFFICIAL_COMPONENT(pl)) ?
		    (double)p->num[OFFICIAL_COMPONENT(pl)] / 1000 : NAN;
	/* ids m000 .. m039: their number is their place in order of id */
	s->member[s->n] = id ? strtol(id + 1, NULL, 10) : -1;
	s->n++;
	return 0;
}

static int
on_reject(void *ctx, const struct ssi_err *e)
{
	(void)ctx;
	printf("# rejected: %s\n", e->msg);
	return 0;
}

static void
on_warn(void *ctx, const struct ssi_err *e)
{
	(void)ctx;
	(void)e;	/* the example's failed captures */
}

static void
snaps_free(struct snaps *s)
{
	long i;

	for (i = 0; i < s->n; i++)
		profile_free(&s->p[i]);
	free(s->p);
	free(s->off);
	free(s->member);
}

static int
load_model(const char *path, struct model *m)
{
	struct ssi_err e = { 0 };
	size_t n;
	char *buf = t_slurp(path, &n);
	int r;

	if (buf == NULL)
		return -1;
	r = model_load_json(m, buf, n, path, &e);
	if (r < 0)
		printf("# %s: %s\n", path, e.msg);
	free(buf);
	return r;
}

/* A pillar is comparable when the official component is there and every
 * signal of the pillar was measured. */
static int
comparable(const struct model *m, const struct score *s, int pl)
{
	int i;

	for (i = 0; i < m->nsig; i++)
		if (m->sig[i].pillar == pl && s->status[i] == ST_MISSING)
			return 0;
	return 1;
}

/* Mean absolute error of model m on the snapshots of held-out members. */
static void
holdout_mae(const struct model *m, const struct snaps *s, double *mae,
    long *cnt)
{
	long i;
	int pl;

	for (pl = 0; pl < P_COUNT; pl++) {
		mae[pl] = 0;
		cnt[pl] = 0;
	}
	for (i = 0; i < s->n; i++) {
		struct score sc;

		if (s->member[i] % 5 != 4)
			continue;
		score_profile(m, &s->p[i], &sc);
		for (pl = 0; pl < P_COUNT; pl++)
			if (isfinite(s->off[i][pl]) && comparable(m, &sc, pl)) {
				mae[pl] += fabs(sc.pillar[pl] - s->off[i][pl]);
				cnt[pl]++;
			}
	}
	for (pl = 0; pl < P_COUNT; pl++)
		mae[pl] = cnt[pl] ? mae[pl] / cnt[pl] : 0;
}

/* Serialise a fitted model with its calibration (the caller loads it). */
static char *
written(const struct model *m, const struct calib_report *r, size_t *n)
{
	struct out o;
	char *s;

	if (out_mem(&o) < 0)
		return NULL;
	calibrate_write_model(&o, m, r);
	s = malloc(o.n + 1);
	if (s) {
		memcpy(s, o.buf, o.n);
		s[o.n] = '\0';
		*n = o.n;
	}
	out_mem_free(&o);
	return s;
}

/* Fraction of the fitting snapshots whose input for signal i lies below
 * the truth's target (so that both sides of the bend are seen). */
static double
below_target(const struct model *truth, int i, const struct snaps *s)
{
	long j, below = 0, n = 0;

	for (j = 0; j < s->n; j++) {
		struct score sc;

		if (s->member[j] % 5 == 4)
			continue;
		score_profile(truth, &s->p[j], &sc);
		if (sc.status[i] != ST_OK)
			continue;
		n++;
		below += sc.value[i] < truth->sig[i].target;
	}
	return n ? (double)below / n : 0;
}

/*
 * calib_pairs after calib_fit over the same snapshots as calibrate: the
 * pairs are the used snapshots, and their mean absolute errors are the
 * report's mae_before and mae_after; asking for them changes nothing.
 */
static void
pairs_check(const struct profile *p, const double (*off)[P_COUNT],
    const long *member, long n, const struct model *want,
    const struct calib_report *wrep)
{
	struct calib *c = calib_new(model_default());
	struct model fit;
	struct calib_report rep;
	struct ssi_err e = { 0 };
	long i;
	int pl, ok = c != NULL;

	for (i = 0; ok && i < n; i++) {
		char name[24];

		snprintf(name, sizeof name, "%020ld", member[i]);
		ok = calib_add(c, &p[i], off[i], name, strlen(name)) == 0;
	}
	T_OK(ok && calib_fit(c, NULL, &fit, &rep, &e) == 0,
	    "pairs: the collector fits");
	for (pl = 0; ok && pl < P_COUNT; pl++) {
		struct calib_pair *pr;
		long k = calib_pairs(c, &fit, pl, &pr), j;
		double b = 0, a = 0;

		for (j = 0; j < k; j++) {
			b += fabs(pr[j].before - pr[j].official);
			a += fabs(pr[j].after - pr[j].official);
		}
		T_OK(k == rep.p[pl].used && k > 0, "pairs: %s has its %ld used "
		    "snapshots (%ld)", pillar_ids[pl], rep.p[pl].used, k);
		T_NEAR(b / k, rep.p[pl].mae_before, 1e-9, "pairs: %s mean gap "
		    "before is mae_before", pillar_ids[pl]);
		T_NEAR(a / k, rep.p[pl].mae_after, 1e-9, "pairs: %s mean gap "
		    "after is mae_after", pillar_ids[pl]);
		free(pr);
	}
	T_OK(memcmp(&rep, wrep, sizeof rep) == 0 &&
	    memcmp(fit.sig, want->sig, sizeof fit.sig) == 0,
	    "pairs: the same model and report as calibrate()");
	T_OK(calib_pairs(c, &fit, P_COUNT, &(struct calib_pair *){ NULL }) == 0,
	    "pairs: no pillar P_COUNT");
	calib_free(c);
}

static void
example(const char *root)
{
	char path[4096], tpath[4096];
	struct snaps s;
	struct read_opts ro;
	struct record_sink sink = { on_rec, on_reject, on_warn, &s, NULL, NULL, NULL };
	struct input *in;
	struct ssi_err e = { 0 };
	struct model truth, fit, fit2;
	struct calib_report rep, rep2;
	double mae_fit[P_COUNT], mae_def[P_COUNT], mae_truth[P_COUNT];
	long cnt[P_COUNT], i, nfit = 0;
	double def_all = 0;
	struct profile *fp;
	double (*fo)[P_COUNT];
	long *fm;
	size_t n, n2;
	char *w1, *w2;
	int pl, r, spanned = 0, recovered = 0;

	snprintf(path, sizeof path, "%s/tests/data/calibration/snapshots.jsonl",
	    root);
	snprintf(tpath, sizeof tpath, "%s/tests/data/calibration/truth-model.json",
	    root);
	memset(&s, 0, sizeof s);
	memset(&ro, 0, sizeof ro);
	in = input_new(&ro, &sink);
	T_OK(in && input_read(in, path, &e) == 0 && s.n == 480,
	    "example: 480 snapshots read (%ld)", s.n);
	input_free(in);
	T_OK(load_model(tpath, &truth) == 0, "example: the truth model loads");

	/* fit on 32 members (member % 5 != 4), in input order */
	fp = malloc((size_t)s.n * sizeof *fp);
	fo = malloc((size_t)s.n * sizeof *fo);
	fm = malloc((size_t)s.n * sizeof *fm);
	for (i = 0; i < s.n; i++)
		if (s.member[i] % 5 != 4) {
			fp[nfit] = s.p[i];	/* shallow: read only */
			memcpy(fo[nfit], s.off[i], sizeof fo[0]);
			fm[nfit] = s.member[i] - s.member[i] / 5;
			nfit++;
		}
	T_OK(nfit == 384, "example: 384 snapshots of 32 members to fit on");
	r = calibrate(model_default(), fp, (const double (*)[P_COUNT])fo, fm,
	    (size_t)nfit, NULL, &fit, &rep, &e);
	T_OK(r == 0, "example: calibrate succeeds%s%s", r ? ": " : "",
	    r ? e.msg : "");
	T_STREQ(fit.id, "calibrated/1", "example: the default id");
	T_OK(rep.snapshots == 384 && rep.members == 32,
	    "example: report counts 384 snapshots, 32 members");
	for (pl = 0; pl < P_COUNT; pl++) {
		const struct calib_pillar *cp = &rep.p[pl];

		printf("# %-13s used %ld skipped %ld before %.3f after %.3f "
		    "cv %.3f\n", pillar_ids[pl], cp->used, cp->skipped,
		    cp->mae_before, cp->mae_after, cp->mae_cv);
		T_OK(!cp->kept && cp->used + cp->skipped == 384 &&
		    cp->used > 250, "example: %s fitted on most snapshots",
		    pillar_ids[pl]);
		T_OK(cp->mae_after < 0.2 && cp->mae_cv < 0.22 &&
		    cp->mae_after < cp->mae_before, "example: %s error %.3f -> %.3f "
		    "(cv %.3f)", pillar_ids[pl], cp->mae_before, cp->mae_after,
		    cp->mae_cv);
	}

	/* the 8 members held out, scored with the real scorer */
	holdout_mae(&fit, &s, mae_fit, cnt);
	holdout_mae(model_default(), &s, mae_def, cnt);
	holdout_mae(&truth, &s, mae_truth, cnt);
	for (pl = 0; pl < P_COUNT; pl++) {
		T_OK(cnt[pl] > 60 && mae_fit[pl] < 0.22,
		    "example: held-out %s within 0.22 of the official (%.3f on "
		    "%ld; truth %.3f, default/1 %.3f)", pillar_ids[pl],
		    mae_fit[pl], cnt[pl], mae_truth[pl], mae_def[pl]);
		T_OK(mae_def[pl] > mae_fit[pl], "example: default/1 is further "
		    "off on %s (%.3f)", pillar_ids[pl], mae_def[pl]);
		def_all += mae_def[pl] / P_COUNT;
	}
	T_OK(def_all > 1, "example: default/1 is off by %.2f on average",
	    def_all);

	/* weights and targets where the data spans the curve */
	for (i = 0; i < truth.nsig; i++) {
		const struct signal *t = &truth.sig[i], *f = &fit.sig[i];
		double below = below_target(&truth, (int)i, &s);
		int has_t = t->curve == C_SQRT || t->curve == C_LINEAR ||
		    t->curve == C_BAND;
		int ok;

		printf("# %-22s weight %6.3f truth %6.3f  target %9.4f truth "
		    "%9.4f  below %.2f\n", t->name, f->weight, t->weight,
		    f->target, t->target, below);
		if (has_t && (below < 0.2 || below > 0.8))
			continue;	/* the bend is not in the data */
		spanned++;
		ok = fabs(f->weight - t->weight) < 0.25 &&
		    (!has_t || fabs(f->target / t->target - 1) < 0.12);
		recovered += ok;
		T_OK(ok, "example: %s recovered: weight %.3f (truth %.3f), "
		    "target %.4g (truth %.4g)", t->name, f->weight, t->weight,
		    f->target, t->target);
	}
	T_OK(spanned >= 10, "example: %d signals whose curve the data spans",
	    spanned);

	/* the model written loads, and equals the fitted one */
	w1 = written(&fit, &rep, &n);
	{
		struct model back;

		r = w1 ? model_load_json(&back, w1, n, "fitted", &e) : -1;
		T_OK(r == 0, "example: the written model loads%s%s",
		    r ? ": " : "", r ? e.msg : "");
		for (i = 0, r = 0; i < fit.nsig; i++)
			r += back.sig[i].weight != fit.sig[i].weight ||
			    back.sig[i].target != fit.sig[i].target ||
			    back.sig[i].lo != fit.sig[i].lo;
		T_OK(r == 0, "example: the loaded model has the fitted weights "
		    "and targets");
		T_OK(strstr(w1, "\"calibration\": {") != NULL &&
		    strstr(w1, "\"mae_cv\": ") != NULL,
		    "example: the model carries its calibration");
	}
	/* constraints */
	for (pl = 0, r = 0; pl < P_COUNT; pl++) {
		double sum = 0;

		for (i = 0; i < fit.nsig; i++) {
			const struct signal *f = &fit.sig[i];
			const struct signal *d = &model_default()->sig[i];

			if (f->pillar != pl)
				continue;
			sum += f->weight;
			r += !(f->weight >= 0);
			r += !(f->target >= d->target / 10 &&
			    f->target <= d->target * 10);
			r += f->curve == C_BAND && !(f->lo < f->target &&
			    f->lo >= d->lo / 10 && f->lo <= d->lo * 10);
		}
		r += fabs(sum - 25) > 1e-9;
	}
	T_OK(r == 0, "example: weights >= 0 summing to 25, targets within "
	    "[1/10, 10] x default/1's, lo < t");

	/* determinism: the same input, the same bytes */
	r = calibrate(model_default(), fp, (const double (*)[P_COUNT])fo, fm,
	    (size_t)nfit, NULL, &fit2, &rep2, &e);
	w2 = r == 0 ? written(&fit2, &rep2, &n2) : NULL;
	T_OK(w1 && w2 && n == n2 && memcmp(w1, w2, n) == 0,
	    "example: a second fit writes the same bytes");
	free(w1);
	free(w2);
	pairs_check(fp, (const double (*)[P_COUNT])fo, fm, nfit, &fit, &rep);
	free(fp);
	free(fo);
	free(fm);
	snaps_free(&s);
}

/* ---- small and bad inputs ---- */

static void
edge_cases(void)
{
	struct profile p[20];
	double off[20][P_COUNT];
	long mem[20];
	struct model m;
	struct calib_report r;
	struct ssi_err e = { 0 };
	int i, j, ret;
	struct out o;

	for (i = 0; i < 20; i++) {
		profile_init(&p[i]);
		for (j = 0; j < P_COUNT; j++)
			off[i][j] = NAN;
		mem[i] = i;
	}
	/* nothing but empty records: no official figure at all */
	ret = calibrate(model_default(), p, (const double (*)[P_COUNT])off, mem,
	    20, NULL, &m, &r, &e);
	T_OK(ret == -1, "no usable snapshot: an error");
	T_STREQ(e.msg, "no snapshot has both data and official figures: 0 have "
	    "official figures only, 20 have no official figure",
	    "no usable snapshot: the message counts what is missing");
	for (i = 0; i < 5; i++)
		off[i][P_PEOPLE] = 12;
	ret = calibrate(model_default(), p, (const double (*)[P_COUNT])off, mem,
	    20, NULL, &m, &r, &e);
	T_STREQ(e.msg, "no snapshot has both data and official figures: 5 have "
	    "official figures only, 15 have no official figure; the signals "
	    "without their inputs: second_degree_contacts, searches, "
	    "target_share, viewer_follow_up",
	    "official figures without data: counted, the people signals that "
	    "kept them out named");

	/* 10 snapshots with people's data: below the minimum, kept */
	for (i = 0; i < 10; i++) {
		struct ssi_err pe = { 0 };
		char v[16];

		snprintf(v, sizeof v, "%d", 3 + i);
		profile_set(&p[i], F_SEARCHES, v, strlen(v), VK_NUMBER, 1, &pe);
		profile_set(&p[i], F_SECOND_DEGREE_CONTACTS, v, strlen(v),
		    VK_NUMBER, 1, &pe);
		profile_set(&p[i], F_CONNECTIONS, "100", 3, VK_NUMBER, 1, &pe);
		profile_set(&p[i], F_TARGET_CONNECTIONS, v, strlen(v),
		    VK_NUMBER, 1, &pe);
		profile_set(&p[i], F_PROFILE_VIEWERS, "0", 1, VK_NUMBER, 1, &pe);
		profile_set(&p[i], F_VIEWERS_CONTACTED, "0", 1, VK_NUMBER, 1,
		    &pe);
		off[i][P_PEOPLE] = 5 + i * 0.5;
	}
	ret = calibrate(model_default(), p, (const double (*)[P_COUNT])off, mem,
	    20, "team/2", &m, &r, &e);
	T_OK(ret == 0 && r.p[P_PEOPLE].kept && r.p[P_PEOPLE].used == 10 &&
	    r.p[P_PEOPLE].skipped == 10, "below the minimum: kept, 10 used, "
	    "10 skipped");
	T_STREQ(r.p[P_PEOPLE].why, "10 usable snapshots, 12 needed",
	    "below the minimum: the report says why");
	T_OK(r.p[P_PEOPLE].has_mae && !r.p[P_BRAND].has_mae &&
	    r.p[P_PEOPLE].mae_cv == r.p[P_PEOPLE].mae_before,
	    "a kept pillar's errors are the starting model's");
	for (i = 0, j = 0; i < m.nsig; i++)
		j += m.sig[i].weight != model_default()->sig[i].weight ||
		    m.sig[i].target != model_default()->sig[i].target;
	T_OK(j == 0 && strcmp(m.id, "team/2") == 0,
	    "every pillar kept: the starting model under the new id");
	/* no_data ratios (viewers 0) still count as measured */
	for (i = 10; i < 14; i++) {
		profile_copy(&p[i], &p[i - 10]);
		off[i][P_PEOPLE] = 9;
	}
	ret = calibrate(model_default(), p, (const double (*)[P_COUNT])off, mem,
	    20, NULL, &m, &r, &e);
	T_OK(ret == 0 && !r.p[P_PEOPLE].kept && r.p[P_PEOPLE].used == 14,
	    "14 snapshots (no_data counts as measured): people fitted");
	{
		double sum = 0, w4 = 0;

		for (i = 0; i < m.nsig; i++)
			if (m.sig[i].pillar == P_PEOPLE) {
				sum += m.sig[i].weight;
				if (m.sig[i].in[0] == F_VIEWERS_CONTACTED)
					w4 = m.sig[i].weight;
			}
		T_OK(fabs(sum - 25) < 1e-9 && w4 >= 0,
		    "people fitted: weights sum to 25");
	}
	T_OK(out_mem(&o) == 0, "text report: memory output");
	calibrate_write_text(&o, LANG_EN, &m, &r);
	out_char(&o, '\0');
	printf("%s", o.buf);
	T_OK(strstr(o.buf, "brand                0       20           -") &&
	    strstr(o.buf, "kept: no usable snapshot, 18 needed"),
	    "text report: an unusable pillar shows '-' and why");
	out_mem_free(&o);
	ret = calibrate(model_default(), p, (const double (*)[P_COUNT])off, mem,
	    20, "", &m, &r, &e);
	T_OK(ret == -1, "an empty id is refused");
	for (i = 0; i < 20; i++)
		profile_free(&p[i]);
}

/* Data that gives the solver nothing to hold on to: every input 0 (every
 * curve flat at 0, G = 0), or every snapshot the same, official figures at
 * the ends of their range.  The model written must still load. */
static void
degenerate(void)
{
	static const char *const zero_fields[] = {
		"headline", "summary", "industry", "location", "photo",
		"positions", "education", "skills", "endorsements",
		"recommendations", "media", "articles", "connections",
		"target_connections", "senior_connections",
		"colleague_connections", "followers", "groups", "searches",
		"second_degree_contacts", "profile_viewers", "viewers_contacted",
		"posts", "shares", "comments", "reactions", "group_posts",
		"active_days", "messages_received", "messages_replied",
		"invitations_sent", "invitations_accepted",
		"invitations_personalized", "engagement_received"
	};
	struct profile p[40];
	double off[40][P_COUNT];
	long mem[40];
	int round, i, j, pl, bad = 0;

	for (round = 0; round < 2; round++) {
		struct model m, back;
		struct calib_report r;
		struct ssi_err e = { 0 };
		char *w;
		size_t n;

		for (i = 0; i < 40; i++) {
			profile_init(&p[i]);
			for (j = 0; j < (int)(sizeof zero_fields /
			    sizeof zero_fields[0]); j++) {
				struct ssi_err pe = { 0 };
				const char *v = j < 4 ? "" : j == 4 ? "false" :
				    round ? "7" : "0";
				int f = field_lookup(zero_fields[j],
				    strlen(zero_fields[j]));

				profile_set(&p[i], f, v, strlen(v),
				    j == 4 ? VK_BOOL : VK_STRING, 1, &pe);
			}
			for (pl = 0; pl < P_COUNT; pl++)
				off[i][pl] = (i + pl) % 3 == 0 ? 0 :
				    (i + pl) % 3 == 1 ? 25 : 12.5;
			mem[i] = round ? i % 2 : i % 7;	/* 2: folds by snapshot */
		}
		i = calibrate(model_default(), p,
		    (const double (*)[P_COUNT])off, mem, 40, NULL, &m, &r, &e);
		w = i == 0 ? written(&m, &r, &n) : NULL;
		if (w == NULL || model_load_json(&back, w, n, "deg", &e) < 0) {
			printf("# round %d: %s\n", round, e.msg);
			bad++;
		}
		for (pl = 0; pl < P_COUNT; pl++)
			bad += r.p[pl].kept || !(r.p[pl].mae_cv >= 0) ||
			    !(r.p[pl].mae_after <= 25);
		free(w);
		for (i = 0; i < 40; i++)
			profile_free(&p[i]);
	}
	T_OK(bad == 0, "flat or identical data, official figures at 0 and "
	    "25: every pillar fitted, the model written loads");
}

int
main(void)
{
	const char *root = getenv("ROOT");

	solver_vs_brute();
	solver_known();
	edge_cases();
	degenerate();
	example(root ? root : ".");
	T_DONE();
}
