/* calibrate.c - fitting a model to the official figures (see calibrate.h). */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ssi/calibrate.h"
#include "ssi/score.h"
#include "ssi/strtab.h"

#define MAXK MODEL_MAX_SIGNALS
#define CALIB_MAX_SNAPSHOTS 50000000L
#define WEIGHT_UNITS 1000	/* weights are written in thousandths */
#define BAND_GAP 1e-3		/* lo stays below t x (1 - BAND_GAP) */

struct calib {
	struct model start;
	long n, cap;
	double *v;		/* n x nsig: the input as the curve sees it */
	uint64_t *meas;		/* bit i: signal i measured (ok or no_data) */
	uint64_t *nodata;	/* bit i: signal i is no_data (scores 0) */
	double (*off)[P_COUNT];
	unsigned char *has;	/* bit p: official component p present */
	uint32_t *mem;		/* member: index into ids */
	struct strtab ids;
};

/* ---- collecting ---- */

struct calib *
calib_new(const struct model *start)
{
	struct calib *c = calloc(1, sizeof *c);

	if (c == NULL)
		return NULL;
	c->start = *start;
	model_derive(&c->start);
	strtab_init(&c->ids);
	return c;
}

void
calib_free(struct calib *c)
{
	if (c == NULL)
		return;
	free(c->v);
	free(c->meas);
	free(c->nodata);
	free(c->off);
	free(c->has);
	free(c->mem);
	strtab_free(&c->ids);
	free(c);
}

/* Room for one more snapshot in every array. */
static int
grow(struct calib *c)
{
	long nc;
	size_t ns = (size_t)c->start.nsig;
	void *p;

	if (c->n < c->cap)
		return 0;
	if (c->n >= CALIB_MAX_SNAPSHOTS)
		return -1;
	nc = c->cap ? c->cap * 2 : 1024;
	if ((p = realloc(c->v, (size_t)nc * ns * sizeof *c->v)) == NULL)
		return -1;
	c->v = p;
	if ((p = realloc(c->meas, (size_t)nc * sizeof *c->meas)) == NULL)
		return -1;
	c->meas = p;
	if ((p = realloc(c->nodata, (size_t)nc * sizeof *c->nodata)) == NULL)
		return -1;
	c->nodata = p;
	if ((p = realloc(c->off, (size_t)nc * sizeof *c->off)) == NULL)
		return -1;
	c->off = p;
	if ((p = realloc(c->has, (size_t)nc * sizeof *c->has)) == NULL)
		return -1;
	c->has = p;
	if ((p = realloc(c->mem, (size_t)nc * sizeof *c->mem)) == NULL)
		return -1;
	c->mem = p;
	c->cap = nc;
	return 0;
}

int
calib_add(struct calib *c, const struct profile *p,
    const double official[P_COUNT], const char *m, size_t mlen)
{
	const struct model *md = &c->start;
	struct score s;
	double *v;
	uint64_t meas = 0, nd = 0;
	long k;
	int i, j;

	if (grow(c) < 0 || (k = strtab_index(&c->ids, m, mlen)) < 0)
		return -1;
	score_profile(md, p, &s);
	v = c->v + (size_t)c->n * (size_t)md->nsig;
	for (i = 0; i < md->nsig; i++) {
		const struct signal *g = &md->sig[i];
		int whole = 1;

		v[i] = 0;
		if (s.status[i] == ST_MISSING)
			continue;
		if (s.status[i] == ST_NO_DATA) {
			nd |= (uint64_t)1 << i;
		} else if (g->curve == C_ITEMS) {
			/* used only when every item can be judged */
			for (j = 0; j < g->nitems; j++)
				if (score_item(&g->items[j], p) < 0)
					whole = 0;
			v[i] = s.value[i] / g->nitems;
		} else if (g->curve == C_FLAG) {
			v[i] = s.value[i] != 0;
		} else {
			v[i] = s.value[i];
		}
		if (whole && isfinite(v[i]))
			meas |= (uint64_t)1 << i;
	}
	c->meas[c->n] = meas;
	c->nodata[c->n] = nd;
	c->has[c->n] = 0;
	for (i = 0; i < P_COUNT; i++) {
		c->off[c->n][i] = 0;
		if (isfinite(official[i])) {
			c->off[c->n][i] = official[i];
			c->has[c->n] |= (unsigned char)(1u << i);
		}
	}
	c->mem[c->n] = (uint32_t)k;
	c->n++;
	return 0;
}

/* ---- the solver: least squares on the scaled simplex ---- */

/* Cholesky factor of the m x m matrix a (row-major, stride ld) into l;
 * -1 when not positive definite. */
static int
cholesky(const double *a, int ld, int m, double *l)
{
	int i, j, t;

	for (i = 0; i < m; i++)
		for (j = 0; j <= i; j++) {
			double s = a[i * ld + j];

			for (t = 0; t < j; t++)
				s -= l[i * m + t] * l[j * m + t];
			if (i == j) {
				if (!(s > 0))
					return -1;
				l[i * m + i] = sqrt(s);
			} else {
				l[i * m + j] = s / l[j * m + j];
			}
		}
	return 0;
}

/* Solve l l' x = y in place. */
static void
chol_solve(const double *l, int m, double *x)
{
	int i, t;

	for (i = 0; i < m; i++) {
		for (t = 0; t < i; t++)
			x[i] -= l[i * m + t] * x[t];
		x[i] /= l[i * m + i];
	}
	for (i = m - 1; i >= 0; i--) {
		for (t = i + 1; t < m; t++)
			x[i] -= l[t * m + i] * x[t];
		x[i] /= l[i * m + i];
	}
}

/*
 * A primal active-set method (Nocedal and Wright, 16.5) for
 * min w'Qw - 2b'w, w >= 0, sum w = total, Q = G + ridge.  The working set
 * holds the weights at 0; each step solves the problem on the free weights
 * with the sum kept (a Cholesky solve), moves as far as feasibility allows
 * and blocks the first weight that reaches 0; at a stationary point the
 * weight with the most negative multiplier is freed.  Ties go to the lowest
 * index, so the path is the same on every platform.
 */
int
calib_simplex_ls(int k, const double *G, const double *b, double total,
    double *w, int warm)
{
	double q[MAXK * MAXK], l[MAXK * MAXK], r[MAXK], u[MAXK], z[MAXK];
	double p[MAXK], ridge = 0, scale = 0, sum = 0, tol;
	int act[MAXK], f[MAXK], it, i, j, m, at, ok = warm;
	int maxit = 100 + 20 * k;

	if (k < 1 || k > MAXK || !(total > 0))
		return -1;
	for (i = 0; i < k; i++) {
		ridge += G[i * k + i];
		scale = fmax(scale, fabs(b[i]));
		if (warm && !(w[i] >= 0 && isfinite(w[i])))
			ok = 0;
		sum += warm ? w[i] : 0;
	}
	ridge = 1e-10 * (ridge > 0 ? ridge / k : 1);
	for (i = 0; i < k * k; i++)
		q[i] = G[i];
	for (i = 0; i < k; i++) {
		q[i * k + i] += ridge;
		scale = fmax(scale, total * q[i * k + i]);
	}
	tol = 1e-11 * (1 + scale);
	if (!ok || !(sum > 0))
		for (i = 0; i < k; i++)
			w[i] = total / k;
	else
		for (i = 0; i < k; i++)
			w[i] = w[i] * (total / sum);
	for (i = 0; i < k; i++)
		act[i] = w[i] == 0;

	/* at: w minimises the objective on the current free set (after a
	 * full step; then p would be rounding noise, which on a nearly
	 * singular G can exceed any fixed threshold) */
	for (it = 1, at = 0; it <= maxit; it++) {
		double nu = 0, su = 0, sz = 0, pmax = 0, alpha = 1, lmin = -tol;
		int blk = -1, rel = -1;

		for (i = 0; i < k; i++) {
			r[i] = -b[i];
			for (j = 0; j < k; j++)
				r[i] += q[i * k + j] * w[j];
		}
		for (i = m = 0; i < k; i++)
			if (!act[i])
				f[m++] = i;
		if (at || m == 1) {
			/* stationary: free the most negative multiplier */
			for (i = 0; i < m; i++)
				nu += r[f[i]];
			nu /= m;
			for (i = 0; i < k; i++)
				if (act[i] && r[i] - nu < lmin) {
					lmin = r[i] - nu;
					rel = i;
				}
			if (rel < 0)
				break;
			act[rel] = 0;
			at = 0;
			continue;
		}
		{
			double sub[MAXK * MAXK];

			for (i = 0; i < m; i++)
				for (j = 0; j < m; j++)
					sub[i * m + j] = q[f[i] * k + f[j]];
			if (cholesky(sub, m, m, l) < 0)
				return -1;
		}
		for (i = 0; i < m; i++) {
			u[i] = r[f[i]];
			z[i] = 1;
		}
		chol_solve(l, m, u);
		chol_solve(l, m, z);
		for (i = 0; i < m; i++) {
			su += u[i];
			sz += z[i];
		}
		nu = su / sz;
		for (i = 0; i < m; i++) {
			p[i] = -u[i] + nu * z[i];
			pmax = fmax(pmax, fabs(p[i]));
		}
		if (pmax <= 1e-12 * total) {
			at = 1;
			continue;
		}
		for (i = 0; i < m; i++)
			if (p[i] < 0 && -w[f[i]] / p[i] < alpha) {
				alpha = -w[f[i]] / p[i];
				blk = i;
			}
		for (i = 0; i < m; i++) {
			w[f[i]] += alpha * p[i];
			if (w[f[i]] < 0)
				w[f[i]] = 0;
		}
		if (blk >= 0) {
			w[f[blk]] = 0;
			act[f[blk]] = 1;
		} else {
			at = 1;
		}
	}
	sum = 0;
	for (i = 0; i < k; i++)
		sum += w[i];
	for (i = 0; i < k; i++)
		w[i] = w[i] * (total / sum);
	return it > maxit ? -1 : it;
}

/* ---- one pillar's fit ---- */

/* The snapshots of one fit, the pillar's signals as columns. */
struct fitset {
	int k, pl;
	int sig[MAXK];		/* model signal of column i */
	long n;
	double *v;		/* column i: v[i * n + j] */
	unsigned char *nd;	/* no_data, same layout */
	double *f;		/* the curve's fractions at the current targets */
	double *y;
	double *save;		/* one column, while a trial runs */
	double g[MAXK * MAXK], b[MAXK], c;	/* F'F / n, F'y / n, y'y / n */
	double w[MAXK];
};

/* The fraction of signal s at input v: the scorer's curve (items come as
 * their fraction already, flags as 0 or 1). */
static double
frac(const struct signal *s, double v)
{
	if (s->curve == C_ITEMS)
		return v < 0 ? 0 : v > 1 ? 1 : v;
	return score_curve(s, v);
}

static void
fit_free(struct fitset *fs)
{
	free(fs->v);
	free(fs->nd);
	free(fs->f);
	free(fs->y);
	free(fs->save);
}

/* The pillar's signals of m. */
static int
pillar_signals(const struct model *m, int pl, int *sig)
{
	int i, k = 0;

	for (i = 0; i < m->nsig; i++)
		if (m->sig[i].pillar == pl)
			sig[k++] = i;
	return k;
}

static uint64_t
pillar_mask(const struct model *m, int pl)
{
	uint64_t mask = 0;
	int i;

	for (i = 0; i < m->nsig; i++)
		if (m->sig[i].pillar == pl)
			mask |= (uint64_t)1 << i;
	return mask;
}

static int
fit_build(struct fitset *fs, const struct calib *c, int pl, const long *rows,
    long n)
{
	size_t ns = (size_t)c->start.nsig, kn;
	long j;
	int i;

	memset(fs, 0, sizeof *fs);
	fs->pl = pl;
	fs->k = pillar_signals(&c->start, pl, fs->sig);
	fs->n = n;
	kn = (size_t)fs->k * (size_t)n;
	fs->v = malloc(kn * sizeof *fs->v + 1);
	fs->nd = malloc(kn + 1);
	fs->f = malloc(kn * sizeof *fs->f + 1);
	fs->y = malloc((size_t)n * sizeof *fs->y + 1);
	fs->save = malloc((size_t)n * sizeof *fs->save + 1);
	if (!fs->v || !fs->nd || !fs->f || !fs->y || !fs->save) {
		fit_free(fs);
		return -1;
	}
	for (j = 0; j < n; j++) {
		long r = rows[j];

		fs->y[j] = c->off[r][pl];
		for (i = 0; i < fs->k; i++) {
			int s = fs->sig[i], nd = (c->nodata[r] >> s) & 1;
			double v = c->v[(size_t)r * ns + (size_t)s];

			/* column() reads a sqrt curve's input as its square
			 * root, and no_data (which scores 0) as an input of 0
			 * on the curves where that gives 0 */
			if (c->start.sig[s].curve == C_SQRT)
				v = nd ? 0 : sqrt(v);
			else if (c->start.sig[s].curve == C_LINEAR && nd)
				v = 0;
			fs->v[i * n + j] = v;
			fs->nd[i * n + j] = (unsigned char)nd;
		}
	}
	return 0;
}

static void
column(struct fitset *fs, const struct model *m, int i)
{
	const struct signal *s = &m->sig[fs->sig[i]];
	const double *v = fs->v + i * fs->n;
	const unsigned char *nd = fs->nd + i * fs->n;
	double *f = fs->f + i * fs->n, t = s->target;
	long j;

	/* frac() with the curve chosen once per column, in loops the
	 * compiler vectorises (a product where frac divides: the search may
	 * differ from the scorer in the last bit; the figures reported come
	 * from frac) */
	switch (s->curve) {
	case C_SQRT:
		t = 1 / sqrt(t);
		for (j = 0; j < fs->n; j++) {
			double x = v[j] * t;	/* sqrt(v / target) */

			f[j] = x > 1 ? 1 : x;
		}
		break;
	case C_LINEAR:
		t = 1 / t;
		for (j = 0; j < fs->n; j++) {
			double x = v[j] * t;

			f[j] = x > 1 ? 1 : x;
		}
		break;
	default:
		for (j = 0; j < fs->n; j++)
			f[j] = nd[j] ? 0 : frac(s, v[j]);
		break;
	}
}

/* The sum of a[j] * b[j], in four running sums (a fixed order: the same
 * bits everywhere, and four times faster than one chain of additions). */
static double
dot(const double *a, const double *b, long n)
{
	double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
	long j;

	for (j = 0; j + 4 <= n; j += 4) {
		s0 += a[j] * b[j];
		s1 += a[j + 1] * b[j + 1];
		s2 += a[j + 2] * b[j + 2];
		s3 += a[j + 3] * b[j + 3];
	}
	for (; j < n; j++)
		s0 += a[j] * b[j];
	return (s0 + s1) + (s2 + s3);
}

/* Row and column i of F'F / n and F'y / n. */
static void
gram_row(struct fitset *fs, int i)
{
	const double *fi = fs->f + i * fs->n;
	int t;

	for (t = 0; t < fs->k; t++)
		fs->g[i * fs->k + t] = fs->g[t * fs->k + i] =
		    dot(fi, fs->f + t * fs->n, fs->n) / fs->n;
	fs->b[i] = dot(fi, fs->y, fs->n) / fs->n;
}

static void
gram(struct fitset *fs, const struct model *m)
{
	long j;
	int i;

	for (i = 0; i < fs->k; i++)
		column(fs, m, i);
	for (i = 0; i < fs->k; i++)
		gram_row(fs, i);
	fs->c = 0;
	for (j = 0; j < fs->n; j++)
		fs->c += fs->y[j] * fs->y[j];
	fs->c /= fs->n;
}

/* The best weights for the current targets into w (from w); the mean
 * squared error they give. */
static double
solve(struct fitset *fs, double *w)
{
	double loss = fs->c;
	int i, t;

	calib_simplex_ls(fs->k, fs->g, fs->b, PILLAR_MAX, w, 1);
	for (i = 0; i < fs->k; i++) {
		double gw = 0;

		for (t = 0; t < fs->k; t++)
			gw += fs->g[i * fs->k + t] * w[t];
		loss += w[i] * gw - 2 * fs->b[i] * w[i];
	}
	return loss > 0 ? loss : 0;
}

/* A target searched: signal s's lo (is_lo) or target, within [min, max]. */
struct param {
	int col, is_lo;
	double min, max;
};

static double *
param_ref(struct model *m, const struct fitset *fs, const struct param *pr)
{
	struct signal *s = &m->sig[fs->sig[pr->col]];

	return pr->is_lo ? &s->lo : &s->target;
}

/* lo stays clearly below t, so that no rounding can meet them. */
static int
band_ok(const struct signal *s)
{
	return s->curve != C_BAND || s->lo < s->target * (1 - BAND_GAP);
}

/*
 * Try value x for parameter pr: kept when the error falls below *best
 * (by more than rounding noise), else everything is put back.
 */
static int
try_param(struct fitset *fs, struct model *m, const struct param *pr,
    double x, double *best)
{
	double *ref = param_ref(m, fs, pr), old = *ref, w[MAXK];
	double grow_[MAXK], bold, loss;
	int i = pr->col, t;

	x = x < pr->min ? pr->min : x > pr->max ? pr->max : x;
	if (x == old)
		return 0;
	*ref = x;
	if (!band_ok(&m->sig[fs->sig[i]])) {
		*ref = old;
		return 0;
	}
	memcpy(fs->save, fs->f + i * fs->n, (size_t)fs->n * sizeof *fs->save);
	for (t = 0; t < fs->k; t++)
		grow_[t] = fs->g[i * fs->k + t];
	bold = fs->b[i];
	column(fs, m, i);
	gram_row(fs, i);
	memcpy(w, fs->w, sizeof w);
	loss = solve(fs, w);
	if (loss < *best - 1e-12 * (1 + fs->c)) {
		*best = loss;
		memcpy(fs->w, w, sizeof w);
		return 1;
	}
	*ref = old;
	memcpy(fs->f + i * fs->n, fs->save, (size_t)fs->n * sizeof *fs->save);
	for (t = 0; t < fs->k; t++)
		fs->g[i * fs->k + t] = fs->g[t * fs->k + i] = grow_[t];
	fs->b[i] = bold;
	return 0;
}

/* x rounded to 6 significant digits (printf and strtod round exactly). */
static double
sig6(double x)
{
	char buf[40];

	snprintf(buf, sizeof buf, "%.6g", x);
	return strtod(buf, NULL);
}

/* x rounded to 6 digits, kept within [min, max]. */
static double
round_param(double x, double min, double max)
{
	double r = sig6(x);

	if (r < min)
		r = sig6(min * (1 + 1e-5));
	if (r > max)
		r = sig6(max * (1 - 1e-5));
	return r;
}

/* Thousandths summing to exactly 25: the largest remainders get the units
 * left (ties to the first signal). */
static void
round_weights(double *w, int k)
{
	long u[MAXK], total = 0, left;
	double rem[MAXK];
	int i;

	for (i = 0; i < k; i++) {
		double x = w[i] * WEIGHT_UNITS;

		u[i] = (long)floor(x);
		rem[i] = x - (double)u[i];
		total += u[i];
	}
	left = (long)PILLAR_MAX * WEIGHT_UNITS - total;
	while (left != 0) {
		int best = -1;

		for (i = 0; i < k; i++) {
			if (left < 0 && u[i] == 0)
				continue;
			if (best < 0 || (left > 0 ? rem[i] > rem[best] :
			    rem[i] < rem[best]))
				best = i;
		}
		if (left > 0) {
			u[best]++;
			left--;
		} else {
			u[best]--;
			left++;
		}
		rem[best] = left > 0 ? -1 : 2;	/* once each while units last */
	}
	for (i = 0; i < k; i++)
		w[i] = (double)u[i] / WEIGHT_UNITS;
}

/*
 * From the targets in m and the weights in fs->w: with scan, a scan of
 * each target over its whole range (twice round); then a compass search
 * whose step is halved (in log scale) until it is below 1e-5, each step
 * judged with the exact best weights.  Returns the mean squared error
 * reached.
 */
static double
search(struct fitset *fs, struct model *m, const struct param *pr, int np,
    int scan)
{
	double best, q = sqrt(sqrt(sqrt(10.0)));	/* 10^(1/8) */
	double s;
	int i, sweep, level;

	gram(fs, m);
	best = solve(fs, fs->w);
	for (sweep = 0; scan && sweep < 2; sweep++)
		for (i = 0; i < np; i++) {
			double x = pr[i].min;
			int t;

			/* 17 points from min to max = 100 x min */
			for (t = 0; t <= 16; t++, x *= q)
				try_param(fs, m, &pr[i], t == 16 ? pr[i].max : x,
				    &best);
		}
	s = scan ? q : sqrt(q);
	for (level = 0; level < 64 && s - 1 > 1e-5; level++) {
		for (sweep = 0; sweep < 50; sweep++) {
			int any = 0;

			for (i = 0; i < np; i++) {
				double x = *param_ref(m, fs, &pr[i]);

				if (try_param(fs, m, &pr[i], x * s, &best) ||
				    try_param(fs, m, &pr[i], x / s, &best))
					any = 1;
			}
			if (!any)
				break;
		}
		s = sqrt(s);
	}
	return best;
}

#define SUBSAMPLE 1500	/* rows of the exploring searches */
#define SAMPLES 256	/* random points of the target space tried */
#define STARTS 4

static unsigned long long
splitmix(unsigned long long *x)
{
	unsigned long long z = (*x += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static void
get_params(struct model *m, const struct fitset *fs, const struct param *pr,
    int np, double *x)
{
	int i;

	/* a start outside the search range (a drifted model) starts at its
	 * nearest end */
	for (i = 0; i < np; i++) {
		x[i] = *param_ref(m, fs, &pr[i]);
		if (x[i] < pr[i].min)
			x[i] = pr[i].min;
		else if (x[i] > pr[i].max)
			x[i] = pr[i].max;
	}
}

static void
put_params(struct model *m, const struct fitset *fs, const struct param *pr,
    int np, const double *x)
{
	int i;

	for (i = 0; i < np; i++)
		*param_ref(m, fs, &pr[i]) = x[i];
}

/* The error at the targets in m with the best weights (from the start
 * model's weights). */
static double
error_at(struct fitset *fs, struct model *m, const struct calib *c)
{
	int i;

	for (i = 0; i < fs->k; i++)
		fs->w[i] = c->start.sig[fs->sig[i]].weight;
	gram(fs, m);
	return solve(fs, fs->w);
}

/*
 * Fit pillar pl of m (which holds the starting model's values for it) on
 * the given snapshots.  The error is not convex in the targets: a signal
 * saturated into a constant lets the others settle elsewhere, and a
 * search from the starting model alone stops, on the example's people
 * pillar, at 30 times the noise.  So the search explores first, on at
 * most SUBSAMPLE evenly spaced snapshots, from STARTS places: the starting
 * model, every curve at its least bent (targets at 10 x, band lo at 1/10),
 * and the two best of SAMPLES random points of the target space (a fixed
 * generator, steps of 10^(1/8): the same on every platform).  The end with
 * the least error on all the snapshots (ties: the first) is then refined
 * on all of them.
 */
/*
 * The signal whose targets anchor g's search range: the default model's
 * signal of the same key and name, else g itself.  A model calibrated from
 * a calibrated model (--model) then searches the same range as the first
 * fit, 1/10 to 10 x the default's: chained fits cannot move a target 10 x
 * a run (to 1e22 after 40 runs).
 */
static const struct signal *
anchor(const struct signal *g)
{
	const struct model *d = model_default();
	int i;

	for (i = 0; i < d->nsig; i++)
		if (d->sig[i].key == g->key && d->sig[i].curve == g->curve &&
		    strcmp(d->sig[i].name, g->name) == 0)
			return &d->sig[i];
	return g;
}

static int
fit_pillar(const struct calib *c, int pl, const long *rows, long n,
    struct model *m)
{
	struct fitset fs, sub;
	struct param pr[2 * MAXK] = { { 0, 0, 0, 0 } };
	double start[STARTS][2 * MAXK], steps[17], best_e[2] = { 0, 0 };
	double x[2 * MAXK], e, beste = HUGE_VAL;
	unsigned long long seed = 0x5eed0ca1ULL;
	long *srows = NULL, ns = 0, j, stride;
	int np = 0, nstart = 2, i, t, best = 0, have[2] = { 0, 0 };

	if (fit_build(&fs, c, pl, rows, n) < 0)
		return -1;
	for (i = 0; i < fs.k; i++) {
		const struct signal *g = &c->start.sig[fs.sig[i]];
		const struct signal *a = anchor(g);

		fs.w[i] = g->weight;
		if (g->curve == C_BAND && a->lo != 0) {
			pr[np].col = i;
			pr[np].is_lo = 1;
			pr[np].min = a->lo > 0 ? a->lo / 10 : a->lo * 10;
			pr[np].max = a->lo > 0 ? a->lo * 10 : a->lo / 10;
			np++;
		}
		if (g->curve == C_SQRT || g->curve == C_LINEAR ||
		    g->curve == C_BAND) {
			pr[np].col = i;
			pr[np].is_lo = 0;
			pr[np].min = a->target / 10;
			pr[np].max = a->target * 10;
			np++;
		}
	}
	stride = (n + SUBSAMPLE - 1) / SUBSAMPLE;
	if ((srows = malloc((size_t)(n / stride + 1) * sizeof *srows)) == NULL) {
		fit_free(&fs);
		return -1;
	}
	for (j = 0; j < n; j += stride)
		srows[ns++] = rows[j];
	if (fit_build(&sub, c, pl, srows, ns) < 0) {
		free(srows);
		fit_free(&fs);
		return -1;
	}
	free(srows);

	/* the starts */
	get_params(m, &fs, pr, np, start[0]);
	for (i = 0; i < np; i++)
		start[1][i] = pr[i].is_lo ? pr[i].min : pr[i].max;
	steps[0] = 1;
	for (t = 1; t < 17; t++)
		steps[t] = steps[t - 1] * sqrt(sqrt(sqrt(10.0)));
	for (t = 0; t < SAMPLES && np > 0; t++) {
		int slot;

		for (i = 0; i < np; i++) {
			int lv = (int)(splitmix(&seed) % 17);

			x[i] = lv == 16 ? pr[i].max : pr[i].min * steps[lv];
		}
		put_params(m, &fs, pr, np, x);
		for (i = 0; i < np; i++)	/* a band out of order: lo at min */
			if (!band_ok(&m->sig[fs.sig[pr[i].col]]) && pr[i].is_lo)
				*param_ref(m, &fs, &pr[i]) = x[i] = pr[i].min;
		e = error_at(&sub, m, c);
		slot = !have[0] || e < best_e[0] ? 0 : !have[1] || e < best_e[1] ?
		    1 : -1;
		if (slot == 0 && have[0]) {
			memcpy(start[3], start[2], sizeof start[2]);
			best_e[1] = best_e[0];
			have[1] = 1;
		}
		if (slot >= 0) {
			memcpy(start[2 + slot], x, sizeof x);
			best_e[slot] = e;
			have[slot] = 1;
		}
	}
	nstart += have[0] + have[1];

	/* explore from each start on the subsample, judge on all */
	for (t = 0; t < nstart; t++) {
		put_params(m, &fs, pr, np, start[t]);
		for (i = 0; i < fs.k; i++)
			sub.w[i] = c->start.sig[fs.sig[i]].weight;
		search(&sub, m, pr, np, 1);
		get_params(m, &fs, pr, np, start[t]);
		e = error_at(&fs, m, c);
		if (e < beste) {
			beste = e;
			best = t;
		}
	}
	fit_free(&sub);
	put_params(m, &fs, pr, np, start[best]);
	error_at(&fs, m, c);
	search(&fs, m, pr, np, 0);

	/* the written model: rounded targets, their best weights, rounded */
	for (i = 0; i < np; i++) {
		double *ref = param_ref(m, &fs, &pr[i]);
		const struct signal *g0 = &c->start.sig[fs.sig[pr[i].col]];
		double s0 = pr[i].is_lo ? g0->lo : g0->target;

		if (*ref != s0)
			*ref = round_param(*ref, pr[i].min, pr[i].max);
	}
	gram(&fs, m);
	solve(&fs, fs.w);
	round_weights(fs.w, fs.k);
	for (i = 0; i < fs.k; i++)
		m->sig[fs.sig[i]].weight = fs.w[i];
	fit_free(&fs);
	model_derive(m);
	return 0;
}

/* ---- the report's figures ---- */

/* Pillar pl of snapshot r scored with m, from the stored inputs. */
static double
pillar_score(const struct calib *c, const struct model *m, int pl, long r)
{
	const double *v = c->v + (size_t)r * (size_t)c->start.nsig;
	double sum = 0;
	int i;

	for (i = 0; i < m->nsig; i++) {
		const struct signal *s = &m->sig[i];

		if (s->pillar != pl || (c->nodata[r] >> i & 1))
			continue;
		sum += s->weight * frac(s, v[i]);
	}
	return sum > PILLAR_MAX ? PILLAR_MAX : sum;
}

static double
mae(const struct calib *c, const struct model *m, int pl, const long *rows,
    long n)
{
	double sum = 0;
	long j;

	for (j = 0; j < n; j++)
		sum += fabs(pillar_score(c, m, pl, rows[j]) - c->off[rows[j]][pl]);
	return n ? sum / n : 0;
}

struct ranked {
	const char *name;
	uint32_t k;
};

static int
cmp_name(const void *a, const void *b)
{
	/* the ids are distinct: a total order */
	return strcmp(((const struct ranked *)a)->name,
	    ((const struct ranked *)b)->name);
}

/* rank[k]: the place of member k in order of id. */
static uint32_t *
member_ranks(const struct calib *c)
{
	long n = c->ids.n, i;
	struct ranked *sorted = malloc((size_t)n * sizeof *sorted + 1);
	uint32_t *rank = malloc((size_t)n * sizeof *rank + 1);

	if (sorted == NULL || rank == NULL) {
		free(sorted);
		free(rank);
		return NULL;
	}
	for (i = 0; i < n; i++) {
		sorted[i].name = c->ids.names[i];
		sorted[i].k = (uint32_t)i;
	}
	qsort(sorted, (size_t)n, sizeof *sorted, cmp_name);
	for (i = 0; i < n; i++)
		rank[sorted[i].k] = (uint32_t)i;
	free(sorted);
	return rank;
}

/*
 * The folds of the cross-validation: CALIB_FOLDS by member; with 2 to 4
 * members one per member (leave one member out: a member's snapshots are
 * never on both sides); with one member, by snapshot (0 is returned: the
 * report says so, the figure is optimistic).
 */
static int
cv_folds(const struct calib *c)
{
	if (c->ids.n >= CALIB_FOLDS)
		return CALIB_FOLDS;
	return c->ids.n >= 2 ? (int)c->ids.n : 0;
}

/*
 * Cross-validation of the whole procedure: for each fold, the pillar is
 * fitted on the other folds (or kept, when they are below the minimum) and
 * scored on the fold.  Returns the mean absolute error, -1 on no memory.
 */
static double
cross_validate(const struct calib *c, int pl, const long *rows, long n,
    long need, const uint32_t *rank)
{
	long *train = malloc((size_t)n * sizeof *train + 1);
	long *test = malloc((size_t)n * sizeof *test + 1);
	double sum = 0;
	int fold, nf = cv_folds(c), by_member = nf > 0;

	if (train == NULL || test == NULL) {
		free(train);
		free(test);
		return -1;
	}
	if (!by_member)
		nf = CALIB_FOLDS;
	for (fold = 0; fold < nf; fold++) {
		struct model m = c->start;
		long nt = 0, ne = 0, j;

		for (j = 0; j < n; j++) {
			long f = by_member ?
			    (long)(rank[c->mem[rows[j]]] % (uint32_t)nf) :
			    j % nf;

			if (f == fold)
				test[ne++] = rows[j];
			else
				train[nt++] = rows[j];
		}
		if (ne == 0)
			continue;
		if (nt >= need && fit_pillar(c, pl, train, nt, &m) < 0) {
			sum = -1;
			break;
		}
		sum += mae(c, &m, pl, test, ne) * ne;
	}
	free(train);
	free(test);
	return sum < 0 ? -1 : sum / n;
}

int
calib_fit(struct calib *c, const char *id, struct model *out,
    struct calib_report *r, struct ssi_err *e)
{
	long *rows = malloc((size_t)c->n * sizeof *rows + 1);
	uint32_t *rank = member_ranks(c);
	long total = 0, j;
	int pl, ret = -1;

	memset(r, 0, sizeof *r);
	snprintf(r->start_id, sizeof r->start_id, "%s", c->start.id);
	r->snapshots = c->n;
	r->members = c->ids.n;
	*out = c->start;
	if (id == NULL)
		id = "calibrated/1";
	if (strlen(id) == 0 || strlen(id) >= sizeof out->id ||
	    utf8_count(id, strlen(id)) < 0) {
		err_set(e, "model id '%s' is not a name of 1 to 63 characters",
		    id);
		goto out;
	}
	strcpy(out->id, id);
	if (rows == NULL || rank == NULL) {
		err_set(e, "out of memory");
		goto out;
	}
	for (j = 0; j < c->n; j++) {
		int usable = 0;

		for (pl = 0; pl < P_COUNT; pl++) {
			uint64_t mask = pillar_mask(&c->start, pl);

			usable |= (c->has[j] >> pl & 1) &&
			    (c->meas[j] & mask) == mask;
		}
		if (usable)
			total++;
		else if (c->has[j])
			r->official_only++;
		else
			r->no_official++;
	}
	for (pl = 0; pl < P_COUNT; pl++) {
		struct calib_pillar *cp = &r->p[pl];
		uint64_t mask = pillar_mask(&c->start, pl);
		int sig[MAXK], k = pillar_signals(&c->start, pl, sig);
		long n = 0;

		for (j = 0; j < c->n; j++)
			if ((c->has[j] >> pl & 1) && (c->meas[j] & mask) == mask)
				rows[n++] = j;
		cp->used = n;
		cp->skipped = c->n - n;
		cp->need = 3 * k > CALIB_MIN ? 3 * k : CALIB_MIN;
		if (n > 0) {
			cp->has_mae = 1;
			cp->mae_before = mae(c, &c->start, pl, rows, n);
		}
		if (n < cp->need) {
			cp->kept = 1;
			if (n == 0)
				snprintf(cp->why, sizeof cp->why,
				    "no usable snapshot, %ld needed", cp->need);
			else
				snprintf(cp->why, sizeof cp->why,
				    "%ld usable snapshot%s, %ld needed", n,
				    n == 1 ? "" : "s", cp->need);
			cp->mae_after = cp->mae_cv = cp->mae_before;
			continue;
		}
		if (fit_pillar(c, pl, rows, n, out) < 0 ||
		    (cp->mae_cv = cross_validate(c, pl, rows, n, cp->need,
		    rank)) < 0) {
			err_set(e, "out of memory");
			goto out;
		}
		cp->mae_after = mae(c, out, pl, rows, n);
	}
	r->cv_folds = cv_folds(c);
	if (total == 0 && r->official_only > 0) {
		/* Name the signals whose inputs kept the snapshots with
		 * official figures out (ssi.7 OFFICIAL FIGURES: say what is missing). */
		char names[256] = "";
		uint64_t missing = 0;
		size_t u = 0;
		int i, shown = 0;

		for (j = 0; j < c->n; j++)
			for (pl = 0; pl < P_COUNT; pl++)
				if (c->has[j] >> pl & 1)
					missing |= pillar_mask(&c->start, pl) &
					    ~c->meas[j];
		for (i = 0; i < c->start.nsig; i++) {
			if (!(missing >> i & 1))
				continue;
			if (shown == 8) {
				u += (size_t)snprintf(names + u, sizeof names - u,
				    ", ...");
				break;
			}
			u += (size_t)snprintf(names + u, sizeof names - u,
			    "%s%s", shown ? ", " : "", c->start.sig[i].name);
			shown++;
			if (u >= sizeof names)
				break;
		}
		err_set(e, "no snapshot has both data and official figures: "
		    "%ld %s official figures only, %ld %s no official figure; "
		    "the signals without their inputs: %s", r->official_only,
		    err_tr(r->official_only == 1 ? "has" : "have"),
		    r->no_official, err_tr(r->no_official == 1 ? "has" :
		    "have"), names);
		goto out;
	}
	if (total == 0) {
		err_set(e, "no snapshot has both data and official figures: "
		    "%ld %s official figures only, %ld %s no official figure",
		    r->official_only, err_tr(r->official_only == 1 ? "has" :
		    "have"), r->no_official, err_tr(r->no_official == 1 ?
		    "has" : "have"));
		goto out;
	}
	ret = 0;
out:
	model_derive(out);
	free(rows);
	free(rank);
	return ret;
}

long
calib_pairs(const struct calib *c, const struct model *fitted, int pl,
    struct calib_pair **pairs)
{
	uint64_t mask;
	long j, n = 0;

	*pairs = NULL;
	if (pl < 0 || pl >= P_COUNT)
		return 0;
	mask = pillar_mask(&c->start, pl);
	for (j = 0; j < c->n; j++)
		n += (c->has[j] >> pl & 1) && (c->meas[j] & mask) == mask;
	if (n == 0)
		return 0;
	if ((*pairs = malloc((size_t)n * sizeof **pairs)) == NULL)
		return -1;
	n = 0;
	for (j = 0; j < c->n; j++) {
		if (!(c->has[j] >> pl & 1) || (c->meas[j] & mask) != mask)
			continue;
		(*pairs)[n].before = pillar_score(c, &c->start, pl, j);
		(*pairs)[n].after = pillar_score(c, fitted, pl, j);
		(*pairs)[n].official = c->off[j][pl];
		n++;
	}
	return n;
}

int
calibrate(const struct model *start, const struct profile *p,
    const double (*official)[P_COUNT], const long *member, size_t n,
    const char *id, struct model *out, struct calib_report *r,
    struct ssi_err *e)
{
	struct calib *c = calib_new(start);
	size_t i;
	int ret;

	if (c == NULL) {
		memset(r, 0, sizeof *r);
		*out = *start;
		return err_set(e, "out of memory");
	}
	for (i = 0; i < n; i++) {
		char name[24];

		/* zero-padded: strcmp order is the numbers' order */
		snprintf(name, sizeof name, "%020ld", member[i]);
		if (calib_add(c, &p[i], official[i], name, strlen(name)) < 0) {
			calib_free(c);
			memset(r, 0, sizeof *r);
			*out = *start;
			return err_set(e, "out of memory");
		}
	}
	ret = calib_fit(c, id, out, r, e);
	calib_free(c);
	return ret;
}
