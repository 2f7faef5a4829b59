/*
 * calib - the calibration benchmark: N synthetic weekly snapshots (members
 * of 12 weeks each, as tests/data/calibration) whose official components
 * come from a truth model plus noise, fitted from default/1.
 *
 * usage: calib fit N TRUTH.json     fit them; print the time of the fit
 *        calib gen N TRUTH.json     write them as JSON Lines (official_*
 *                                   keys included) for ssi calibrate
 *
 * Deterministic: a fixed-seed splitmix64, the noise a sum of 12 uniforms
 * (no libm), so the same N gives the same snapshots.  About 3% of the
 * snapshots lack an input and 2% have no official figure.  Linked with
 * libssi (the truth model is scored by the real scorer).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "out/calib_out.h"
#include "ssi/calibrate.h"
#include "ssi/lang.h"
#include "ssi/model.h"
#include "ssi/out.h"
#include "ssi/profile.h"
#include "ssi/report.h"
#include "ssi/score.h"

static unsigned long long seed = 20261201;

static unsigned long long
next(void)
{
	unsigned long long z = (seed += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* 0 .. n-1 */
static long
rnd(long n)
{
	return (long)(next() % (unsigned long long)n);
}

/* About N(0, 1): Irwin-Hall with 12 uniforms. */
static double
gauss(void)
{
	double s = 0;
	int i;

	for (i = 0; i < 12; i++)
		s += (double)(next() >> 11) / 9007199254740992.0;
	return s - 6;
}

static void
set(struct profile *p, int f, long v)
{
	char buf[32];
	struct ssi_err e = { 0 };

	snprintf(buf, sizeof buf, "%ld", v);
	if (profile_set(p, f, buf, strlen(buf), VK_NUMBER, 1, &e) < 0) {
		fprintf(stderr, "calib: %s\n", e.msg);
		exit(1);
	}
}

static void
set_text(struct profile *p, int f, const char *s)
{
	struct ssi_err e = { 0 };

	if (profile_set(p, f, s, strlen(s), VK_STRING, 1, &e) < 0) {
		fprintf(stderr, "calib: %s\n", e.msg);
		exit(1);
	}
}

/* A member's lasting state and its habits (mean activity per month). */
struct member {
	long positions, education, skills, endorsements, recommendations, media;
	long articles, connections, followers, groups, photo, senior_pct;
	long target_pct, colleague, headline, summary;
	long act[16];
};

static void
member_new(struct member *m)
{
	int i;

	m->positions = rnd(7);
	m->education = rnd(4);
	m->skills = rnd(40);
	m->endorsements = rnd(600);
	m->recommendations = rnd(14);
	m->media = rnd(8);
	m->articles = rnd(40);
	m->connections = 30 + rnd(2500);
	m->followers = rnd(4000);
	m->groups = rnd(15);
	m->photo = rnd(10) < 7;
	m->senior_pct = rnd(60);
	m->target_pct = rnd(80);
	m->colleague = rnd(80);
	m->headline = 5 + rnd(60);
	m->summary = rnd(400);
	for (i = 0; i < 16; i++)
		m->act[i] = 1 + rnd(100);
}

/* Snapshot week w of member k into p. */
static void
snapshot(struct profile *p, const struct member *m, long k, int w)
{
	static const char text[] = "Helping sales teams sell better with "
	    "LinkedIn, week after week, one conversation at a time. ";
	char buf[512], id[24], date[16];
	long conn = m->connections + 7 * w, sent, viewers, received;
	size_t i;

	profile_reset(p);
	snprintf(id, sizeof id, "m%05ld", k);
	set_text(p, F_ID, id);
	snprintf(date, sizeof date, "2026-%02d-%02d", 1 + w / 4, 1 + 7 * (w % 4));
	set_text(p, F_AS_OF, date);
	set_text(p, F_INDUSTRY, "Retail");
	set_text(p, F_LOCATION, "Lisboa");
	for (i = 0; i < (size_t)m->headline && i < sizeof buf - 1; i++)
		buf[i] = text[i % (sizeof text - 1)];
	buf[i] = '\0';
	set_text(p, F_HEADLINE, buf);
	for (i = 0; i < (size_t)m->summary && i < sizeof buf - 1; i++)
		buf[i] = text[i % (sizeof text - 1)];
	buf[i] = '\0';
	set_text(p, F_SUMMARY, buf);
	set_text(p, F_PHOTO, m->photo ? "true" : "false");
	set(p, F_POSITIONS, m->positions);
	set(p, F_EDUCATION, m->education);
	set(p, F_SKILLS, m->skills);
	set(p, F_ENDORSEMENTS, m->endorsements + 3 * w);
	set(p, F_RECOMMENDATIONS, m->recommendations);
	set(p, F_MEDIA, m->media);
	set(p, F_ARTICLES, m->articles);
	set(p, F_CONNECTIONS, conn);
	set(p, F_TARGET_CONNECTIONS, conn * m->target_pct / 100);
	set(p, F_SENIOR_CONNECTIONS, conn * m->senior_pct / 100);
	set(p, F_COLLEAGUE_CONNECTIONS, m->colleague < conn ? m->colleague : conn);
	set(p, F_FOLLOWERS, m->followers + 5 * w);
	set(p, F_GROUPS, m->groups);
	set(p, F_PERIOD_DAYS, 30);
	set(p, F_SEARCHES, rnd(2 * m->act[0] / 3 + 1));
	set(p, F_SECOND_DEGREE_CONTACTS, rnd(m->act[1] / 3 + 1));
	viewers = rnd(m->act[2] + 1);
	set(p, F_PROFILE_VIEWERS, viewers);
	set(p, F_VIEWERS_CONTACTED, rnd(viewers + 1));
	set(p, F_POSTS, rnd(m->act[3] / 8 + 1));
	set(p, F_SHARES, rnd(m->act[4] / 5 + 1));
	set(p, F_COMMENTS, rnd(m->act[5] / 2 + 1));
	set(p, F_REACTIONS, rnd(2 * m->act[6] + 1));
	set(p, F_GROUP_POSTS, rnd(m->act[7] / 6 + 1));
	set(p, F_ACTIVE_DAYS, rnd(31));
	received = rnd(2 * m->act[8] + 1);
	set(p, F_MESSAGES_RECEIVED, received);
	set(p, F_MESSAGES_REPLIED, rnd(received + 1));
	sent = rnd(m->act[9] + 1);
	set(p, F_INVITATIONS_SENT, sent);
	set(p, F_INVITATIONS_ACCEPTED, rnd(sent + 1));
	set(p, F_INVITATIONS_PERSONALIZED, rnd(sent + 1));
	set(p, F_ENGAGEMENT_RECEIVED, rnd(4 * m->act[10] + 1));
	/* about 3% lack one activity input */
	if (rnd(100) < 3)
		profile_unset(p, F_SEARCHES + (int)rnd(F_ENGAGEMENT_RECEIVED -
		    F_SEARCHES + 1));
}

/* The official components: the truth's pillars plus noise (sd 0.2),
 * rounded to 3 decimals within 0..25; NaN for 2% of the snapshots. */
static void
officials(const struct model *truth, const struct profile *p, double *o)
{
	struct score s;
	int pl;

	score_profile(truth, p, &s);
	for (pl = 0; pl < P_COUNT; pl++) {
		double v = s.pillar[pl] + 0.2 * gauss();

		v = v < 0 ? 0 : v > 25 ? 25 : v;
		o[pl] = floor(v * 1000 + 0.5) / 1000;
	}
	if (rnd(100) < 2)
		for (pl = 0; pl < P_COUNT; pl++)
			o[pl] = NAN;
}

static const char *const off_keys[P_COUNT] = {
	"official_brand", "official_people", "official_engagement",
	"official_relationships"
};

static double
now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + t.tv_nsec / 1e9;
}

int
main(int argc, char **argv)
{
	struct model truth, fit;
	struct calib_report r;
	struct ssi_err e = { 0 };
	struct member m = { 0 };
	struct profile p;
	struct calib *c;
	struct out o;
	long n, i;
	char *buf;
	size_t len = 0;
	FILE *f;
	int gen, pl;
	double t0;

	if (argc != 4 || (strcmp(argv[1], "fit") && strcmp(argv[1], "gen")) ||
	    (n = atol(argv[2])) < 1) {
		fprintf(stderr, "usage: calib fit|gen N TRUTH.json\n");
		return 2;
	}
	gen = strcmp(argv[1], "gen") == 0;
	if ((f = fopen(argv[3], "rb")) == NULL || (buf = malloc(1 << 20)) == NULL ||
	    (len = fread(buf, 1, 1 << 20, f)) == 0 ||
	    model_load_json(&truth, buf, len, argv[3], &e) < 0) {
		fprintf(stderr, "calib: %s: cannot load the truth model %s\n",
		    argv[3], e.msg);
		return 2;
	}
	fclose(f);
	free(buf);
	if ((c = calib_new(model_default())) == NULL || out_open(&o, NULL, &e) < 0)
		return 2;
	profile_init(&p);
	for (i = 0; i < n; i++) {
		double off[P_COUNT];
		const char *id;

		if (i % 12 == 0)
			member_new(&m);
		snapshot(&p, &m, i / 12, (int)(i % 12));
		officials(&truth, &p, off);
		id = profile_text(&p, F_ID);
		if (gen) {
			/* the record, its official figures added before '}' */
			struct out t;

			out_mem(&t);
			report_profile_json(&t, &p, 1);
			while (t.n > 0 && t.buf[t.n - 1] != '}')
				t.n--;
			if (t.n)
				t.n--;
			for (pl = 0; pl < P_COUNT && isfinite(off[0]); pl++) {
				out_str(&t, ", \"");
				out_str(&t, off_keys[pl]);
				out_str(&t, "\": ");
				out_fixed(&t, off[pl], 3);
			}
			out_str(&t, "}\n");
			out_write(&o, t.buf, t.n);
			out_mem_free(&t);
		} else if (calib_add(c, &p, off, id, strlen(id)) < 0) {
			fprintf(stderr, "calib: out of memory\n");
			return 2;
		}
	}
	profile_free(&p);
	if (!gen) {
		t0 = now();
		if (calib_fit(c, NULL, &fit, &r, &e) < 0) {
			fprintf(stderr, "calib: %s\n", e.msg);
			return 2;
		}
		fprintf(stderr, "calib: fit of %ld snapshots: %.3f s\n", n,
		    now() - t0);
		calibrate_write_text(&o, LANG_EN, &fit, &r);
	}
	calib_free(c);
	return out_close(&o, &e) < 0 ? 2 : 0;
}
