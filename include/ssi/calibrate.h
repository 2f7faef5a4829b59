/*
 * calibrate.h - fit a model's weights and targets to LinkedIn's official
 * pillar figures (ssi(7), "Calibration").
 *
 * Per pillar, independently: the snapshots that have the official component
 * and every input of the pillar's signals are used; with at least
 * max(12, 3 x signals) of them the weights (>= 0, summing to 25) and the
 * targets (sqrt, linear: t; band: lo and t; each within [1/10, 10] x the
 * starting model's) are fitted by least squares, else the starting model's
 * values are kept.  For fixed targets a pillar is linear in its weights: a
 * small active-set solver finds the best weights on the simplex exactly,
 * inside a deterministic coordinate search over the targets.  The fitted
 * model always passes model_load_json: weights are written in thousandths
 * summing to exactly 25, targets with 6 significant digits.
 *
 * Deterministic: the same snapshots in the same order give the same model
 * and report, bit for bit (of libm only sqrt, floor, fabs and fmax, exact
 * everywhere; printf and strtod for the rounding; no sort of ties).
 */
#ifndef SSI_CALIBRATE_H
#define SSI_CALIBRATE_H

#include <stddef.h>
#include "ssi/err.h"
#include "ssi/model.h"
#include "ssi/profile.h"

#define CALIB_MIN 12		/* a pillar needs max(CALIB_MIN, 3 x signals) */
#define CALIB_FOLDS 5

/* The figures of one pillar.  The mean absolute errors are defined when
 * used > 0 (has_mae); a kept pillar's mae_after and mae_cv are its
 * mae_before (its model is the starting one). */
struct calib_pillar {
	long used;		/* snapshots fitted on */
	long skipped;		/* the others */
	long need;		/* the minimum count */
	int kept;		/* 1: not fitted, the starting values kept */
	char why[96];		/* when kept: why, e.g. "10 usable snapshots, 21 needed" */
	int has_mae;
	double mae_before;	/* the starting model on the used snapshots */
	double mae_after;	/* the fitted model, on the same snapshots */
	double mae_cv;		/* cross-validation by member (cv_folds) */
};

struct calib_report {
	char start_id[64];	/* the starting model's id */
	long snapshots;		/* snapshots given */
	long members;		/* distinct members among them */
	long official_only;	/* with an official figure, usable for no pillar */
	long no_official;	/* without any official figure */
	struct calib_pillar p[P_COUNT];
	int cv_folds;		/* mae_cv's folds by member: CALIB_FOLDS, or
				 * one per member with 2 to 4 members; 0:
				 * one member, folds by snapshot (its
				 * snapshots on both sides: optimistic) */
};

struct calib;	/* the snapshots collected for a fit */

/* A collector fitting from start (copied).  NULL when out of memory. */
struct calib *calib_new(const struct model *start);
void calib_free(struct calib *c);

/*
 * Add one snapshot: p's model inputs (read now; p is not kept), its official
 * components official[P_COUNT] (brand, people, engagement, relationships;
 * NaN or any non-finite value = absent), and its member's id m[0..mlen).
 * Members are put in folds in order of id (strcmp): member i in fold i mod 5.
 * Returns 0, or -1 when out of memory.
 */
int calib_add(struct calib *c, const struct profile *p,
    const double official[P_COUNT], const char *m, size_t mlen);

/*
 * Fit: writes the fitted model into *out (id: id, or "calibrated/1" when
 * NULL) and the figures into *r.  Returns 0, or -1 with e set when no
 * snapshot is usable for any pillar ("no snapshot has both data and official
 * figures: ...") or memory ran out; *r is filled in both cases.
 */
int calib_fit(struct calib *c, const char *id, struct model *out,
    struct calib_report *r, struct ssi_err *e);

/* One snapshot a pillar was fitted on: its pillar figure by the starting
 * model and by the fitted one, and the official component. */
struct calib_pair {
	double before, after, official;
};

/*
 * After calib_fit: the snapshots pillar pl was fitted on (r->p[pl].used of
 * them, in the order they were added), scored with the starting model and
 * with fitted (calib_fit's model), into *pairs (malloc'd, the caller frees
 * it; NULL when there are none).  Returns the count, or -1 when out of
 * memory.  The fit and its figures are not touched.
 */
long calib_pairs(const struct calib *c, const struct model *fitted, int pl,
    struct calib_pair **pairs);

/*
 * The same in one call over an array: n profiles, their official components
 * and member[i], the member of snapshot i, numbered in order of id (0, 1,
 * ...: member i in fold i mod 5).
 */
int calibrate(const struct model *start, const struct profile *p,
    const double (*official)[P_COUNT], const long *member, size_t n,
    const char *id, struct model *out, struct calib_report *r,
    struct ssi_err *e);

/*
 * The solver, public for its tests: the w minimising
 * w'Gw - 2b'w subject to w >= 0 and sum(w) = total (G: k x k row-major,
 * symmetric positive semi-definite, e.g. A'A, b = A'y: then it is the least
 * squares ||Aw - y|| on the scaled simplex).  A tiny ridge makes the answer
 * unique.  w holds a starting point on entry when warm is set (else the
 * centre is used).  Returns the number of iterations, or -1 when it did not
 * converge (w is then feasible, not optimal) or k is out of 1..64.
 */
int calib_simplex_ls(int k, const double *G, const double *b, double total,
    double *w, int warm);

#endif
