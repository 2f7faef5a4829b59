/* trend_test.c - members, ordering by date, deltas, official figures and
 * the labels of their changes. */
#include <string.h>

#include "ssi/keep.h"
#include "ssi/profile.h"
#include "ssi/score.h"
#include "ssi/trend.h"
#include "t.h"

/* Add a snapshot: id (NULL: none), name (NULL: none), as_of (NULL: none),
 * ssi; read at file:line. */
static int
add(struct trend *t, const char *id, const char *name, const char *as_of,
    double ssi, const char *file, long line, struct ssi_err *e)
{
	struct profile p;
	struct score s;
	int rc;

	profile_init(&p);
	if (id)
		profile_set(&p, F_ID, id, strlen(id), VK_STRING, 1, e);
	if (name)
		profile_set(&p, F_NAME, name, strlen(name), VK_STRING, 1, e);
	if (as_of)
		profile_set(&p, F_AS_OF, as_of, strlen(as_of), VK_STRING, 1, e);
	memset(&s, 0, sizeof s);
	s.ssi = ssi;
	s.coverage = 1;	/* data: an estimate (coverage 0 has none) */
	s.pillar[1] = ssi;
	rc = trend_add(t, &p, &s, file, line, e);
	profile_free(&p);
	return rc;
}

static void
test_order(void)
{
	struct trend *t = trend_new();
	struct ssi_err e = { 0 };
	const struct trend_member *m;
	const struct trend_snap *s;

	add(t, "ana", "Ana", "2024-03-01", 30.00, "a.csv", 2, &e);
	add(t, "bo", NULL, "2024-01-01", 10.00, "a.csv", 3, &e);
	add(t, "ana", "Ana G", "2024-01-01", 20.004, "a.csv", 4, &e);
	add(t, "ana", NULL, "2024-02-01", 25.50, "b.jsonl", 1, &e);
	T_OK(add(t, "ana", NULL, NULL, 1, "b.jsonl", 2, &e) == 1,
	    "a record without as_of is refused (1)");
	T_STREQ(e.msg, "as_of is missing: ssi trend needs dated records",
	    "the message of an undated record");
	T_OK(e.line == 2 && strcmp(e.file, "b.jsonl") == 0,
	    "with its position");
	T_OK(trend_finish(t, &e) == 0, "trend_finish");
	T_OK(t->n == 4 && t->nm == 2, "4 snapshots of 2 members");
	m = &t->m[0];
	T_STREQ(m->id, "ana", "members in order of first appearance");
	T_OK(m->first == 0 && m->n == 3, "ana: snapshots 0..2");
	s = t->s + m->first;
	T_OK(s[0].date == 20240101 && s[1].date == 20240201 &&
	    s[2].date == 20240301, "ordered by as_of, not by input");
	T_OK(s[0].v[TV_SSI] == 2000 && s[1].v[TV_SSI] == 2550,
	    "figures in cents of the 2-decimal values");
	T_OK(s[1].v[TV_SSI] - s[0].v[TV_SSI] == 550 &&
	    s[2].v[TV_SSI] - s[1].v[TV_SSI] == 450, "deltas 5.50, 4.50");
	T_STREQ(m->name, "Ana", "the name of the latest snapshot that has one");
	T_OK(t->m[1].name == NULL && t->m[1].n == 1, "bo: no name, one snapshot");
	T_OK(t->nfiles == 2 && strcmp(t->files[s[1].file], "b.jsonl") == 0 &&
	    s[1].line == 1, "where each snapshot came from");
	trend_free(t);
}

/* A snapshot of "me" with an official index (thousandths, <0: none). */
static void
add_off(struct trend *t, const char *as_of, double ssi, long off)
{
	struct profile p;
	struct score s;
	struct ssi_err e = { 0 };

	profile_init(&p);
	profile_set(&p, F_ID, "me", 2, VK_STRING, 1, &e);
	profile_set(&p, F_AS_OF, as_of, strlen(as_of), VK_STRING, 1, &e);
	if (off >= 0) {
		p.num[F_OFFICIAL_SSI] = off;
		p.have |= (uint64_t)1 << F_OFFICIAL_SSI;
	}
	memset(&s, 0, sizeof s);
	s.ssi = ssi;
	s.coverage = 1;	/* data: an estimate (coverage 0 has none) */
	trend_add(t, &p, &s, "x.jsonl", 1, &e);
	profile_free(&p);
}

static void
test_labels(void)
{
	struct trend *t = trend_new();
	struct ssi_err e = { 0 };
	const struct trend_snap *s;

	add_off(t, "2024-01-01", 10.00, 40000);
	add_off(t, "2024-01-08", 12.01, -1);
	add_off(t, "2024-01-15", 12.00, 42000);
	add_off(t, "2024-01-22", 9.99, 44001);
	T_OK(trend_finish(t, &e) == 0 && t->official, "official figures kept");
	s = t->s;
	T_OK(s[0].ch[TV_SSI] == CH_NONE && s[0].och[TV_SSI] == CH_NONE,
	    "the first snapshot has no change");
	T_OK(s[1].ch[TV_SSI] == CH_UP, "+2.01 > 2 x 1.0: up");
	T_OK(s[1].och[TV_SSI] == CH_NONE && !(s[1].ohas & (1u << TV_SSI)),
	    "a missing official figure: no label");
	T_OK(s[2].ch[TV_SSI] == CH_FLAT, "-0.01: flat");
	T_OK(s[2].och[TV_SSI] == CH_FLAT,
	    "40 -> 42 over the missing one: 2.0 is not above 2.0, flat");
	T_OK(s[3].ch[TV_SSI] == CH_DOWN && s[3].och[TV_SSI] == CH_UP,
	    "-2.01 down, official +2.001 up");
	T_OK(s[3].off[TV_SSI] == 44001, "official figures in thousandths");
	T_OK(trend_check(&(struct profile){ 0 }, &e) < 0 &&
	    strcmp(e.msg, "as_of is missing: ssi trend needs dated records") == 0,
	    "an undated record is refused");
	trend_free(t);
	trend_free(NULL);
}

static void
test_empty_and_text(void)
{
	struct trend *t = trend_new();
	struct ssi_err e = { 0 };
	char buf[32];

	T_OK(trend_finish(t, &e) == 0 && t->n == 0 && t->nm == 0,
	    "an empty trend finishes");
	trend_free(t);
	T_OK(keep_date("2024-02-29") == 20240229, "date as YYYYMMDD");
	T_STREQ(keep_date_text(buf, 20240229), "2024-02-29", "and back");
	T_STREQ(keep_dec1(buf, sizeof buf, 350, 1), "+3.5", "+3.5");
	T_STREQ(keep_dec1(buf, sizeof buf, -75, 1), "-0.8",
	    "-0.75 -> -0.8, half away from zero");
	T_STREQ(keep_dec1(buf, sizeof buf, -4, 1), "=", "-0.04 rounds to =");
	T_STREQ(keep_dec1(buf, sizeof buf, -4, 0), "0.0", "no sign: 0.0, not -0.0");
	T_STREQ(keep_dec1(buf, sizeof buf, 1234, 0), "12.3", "12.34 -> 12.3");
	T_STREQ(keep_dec1(buf, sizeof buf, 1235, 0), "12.4", "12.35 -> 12.4");
}

int
main(void)
{
	test_order();
	test_labels();
	test_empty_and_text();
	T_DONE();
}
