/*
 * snapset_test.c - the snapshot pipeline (snapset.h): the merge by
 * (id, as_of), the replay with file:line, the `me` rule, latest with the
 * official figures carried, texts held as hashes, ids normalised
 * (idnorm.h), and the tables keyed by input fed crafted collisions of an
 * unkeyed hash (FNV-1a): they must stay linear (probes counted).
 */
#include <stdio.h>
#include <string.h>

#include "ssi/idnorm.h"
#include "ssi/snapset.h"
#include "ssi/strtab.h"
#include "t.h"

static void
set(struct profile *p, int f, const char *v)
{
	struct ssi_err e = { 0 };

	if (profile_set(p, f, v, strlen(v), VK_STRING, 1, &e) < 0)
		printf("# set %s %s: %s\n", field_defs[f].name, v, e.msg);
}

static void
rec(struct profile *p, const char *id, const char *date)
{
	profile_reset(p);
	set(p, F_ID, id);
	if (date)
		set(p, F_AS_OF, date);
}

/* What the sink and the replay saw. */
struct seen {
	char warn[8][SSI_ERR_MSG + 64];
	int nwarn;
	char note[512];
	char out[64][160];	/* "id as_of file:line posts name off_as_of" */
	int nout;
	long cps_summary;
};

static void
on_warn(void *ctx, const struct ssi_err *w)
{
	struct seen *s = ctx;

	if (s->nwarn < 8)
		snprintf(s->warn[s->nwarn], sizeof s->warn[0], "%s:%ld: %s",
		    w->file ? w->file : "", w->line, w->msg);
	s->nwarn++;
}

static void
on_note(void *ctx, const char *msg)
{
	struct seen *s = ctx;

	snprintf(s->note, sizeof s->note, "%s", msg);
}

static int
on_snap(void *ctx, struct profile *p, const struct score *sc,
    const struct snapset_at *at)
{
	struct seen *s = ctx;
	const char *name = profile_text(p, F_NAME);
	char off[32] = "-";

	(void)sc;
	if (profile_has(p, F_OFFICIAL_SSI))
		snprintf(off, sizeof off, "%lld",
		    (long long)p->num[F_OFFICIAL_SSI]);
	if (s->nout < 64)
		snprintf(s->out[s->nout], sizeof s->out[0],
		    "%s %s %s:%ld %lld %s %s off=%s", profile_text(p, F_ID),
		    profile_has(p, F_AS_OF) ? profile_text(p, F_AS_OF) : "-",
		    at->file, at->line, profile_has(p, F_POSTS) ?
		    (long long)p->num[F_POSTS] : -1LL, name ? name : "-",
		    at->official_as_of ? at->official_as_of : "-", off);
	if (profile_has(p, F_SUMMARY))
		s->cps_summary = p->cps[F_SUMMARY];
	s->nout++;
	return 0;
}

static struct snapset *
new_set(struct seen *s, uint64_t keep, int undated, int latest)
{
	struct snapset_opts o = { keep, undated, latest };
	struct snapset_sink k = { on_warn, on_note, s };

	memset(s, 0, sizeof *s);
	return snapset_new(&o, &k);
}

static void
test_merge(void)
{
	struct seen sn;
	struct snapset *s = new_set(&sn, ~(uint64_t)0, 1, 0);
	struct ssi_err e = { 0 };
	struct profile p;

	profile_init(&p);
	rec(&p, "ana", "2026-11-30");
	set(&p, F_OFFICIAL_SSI, "53");
	set(&p, F_NAME, "Ana");
	T_OK(snapset_add(s, &p, "a.jsonl", 1, &e) == 0 && sn.nwarn == 0,
	    "merge: first snapshot held");
	rec(&p, "ana", "2026-11-23");
	set(&p, F_POSTS, "4");
	snapset_add(s, &p, "a.jsonl", 2, &e);
	T_OK(snapset_count(s) == 2, "merge: other date is another snapshot");
	rec(&p, "ana", "2026-11-30");
	set(&p, F_POSTS, "7");
	set(&p, F_OFFICIAL_SSI, "53");
	snapset_add(s, &p, "b.csv", 3, &e);
	T_OK(snapset_count(s) == 2 && sn.nwarn == 0,
	    "merge: same key, equal values: no warning");
	rec(&p, "ana", "2026-11-30");
	set(&p, F_OFFICIAL_SSI, "54");
	set(&p, F_NAME, "Ana G.");
	snapset_add(s, &p, "b.csv", 4, &e);
	T_OK(sn.nwarn == 1, "merge: differing values warned");
	T_STREQ(sn.warn[0], "b.csv:4: id 'ana' has another snapshot dated "
	    "2026-11-30 (merged, the later value kept: name 'Ana' -> "
	    "'Ana G.', official_ssi 53 -> 54)", "merge: warning text, at the "
	    "later record");
	rec(&p, "you", "2026-11-30");
	snapset_add(s, &p, "c.json", 1, &e);
	rec(&p, "ana", NULL);
	snapset_add(s, &p, "c.json", 2, &e);
	snapset_add(s, &p, "c.json", 3, &e);
	T_OK(snapset_count(s) == 5, "merge: undated records held apart");
	T_OK(snapset_replay(s, NULL, on_snap, &sn, &e) == 0 && sn.nout == 5,
	    "replay: every snapshot once");
	T_STREQ(sn.out[0], "ana 2026-11-30 a.jsonl:1 7 Ana G. - off=54000",
	    "replay: later values win, fields of both kept, first record's "
	    "position");
	T_STREQ(sn.out[1], "ana 2026-11-23 a.jsonl:2 4 - - off=-",
	    "replay: first-seen order");
	T_STREQ(sn.out[4], "ana - c.json:3 -1 - - off=-",
	    "replay: undated records as read");
	T_OK(snapset_replay(s, NULL, on_snap, &sn, &e) == 0 && sn.nout == 5,
	    "replay: once");
	snapset_free(s);

	/* not held: undated records go back to the caller */
	s = new_set(&sn, 0, 0, 0);
	rec(&p, "bo", NULL);
	T_OK(snapset_add(s, &p, "x", 1, &e) == 1 && snapset_count(s) == 0,
	    "undated: not held unless asked");
	rec(&p, "me", NULL);
	T_OK(snapset_add(s, &p, "x", 2, &e) == 0,
	    "undated: 'me' held (the me rule may name it)");
	snapset_free(s);
	snapset_free(NULL);
	profile_free(&p);
}

static void
test_texts(void)
{
	struct seen sn;
	struct snapset *s = new_set(&sn, (uint64_t)1 << F_NAME, 0, 0);
	struct ssi_err e = { 0 };
	struct profile p;

	profile_init(&p);
	rec(&p, "ana", "2026-01-01");
	set(&p, F_NAME, "Ana");
	set(&p, F_SUMMARY, "A summary of thirty characters");
	snapset_add(s, &p, "f", 1, &e);
	rec(&p, "ana", "2026-01-01");
	set(&p, F_SUMMARY, "A summary of thirty characters");
	snapset_add(s, &p, "f", 2, &e);
	T_OK(sn.nwarn == 0, "texts: a hashed text equal to the next: no "
	    "warning");
	rec(&p, "ana", "2026-01-01");
	set(&p, F_SUMMARY, "Another summary, longer than that");
	snapset_add(s, &p, "f", 3, &e);
	T_STREQ(sn.warn[0], "f:3: id 'ana' has another snapshot dated "
	    "2026-01-01 (merged, the later value kept: summary (30 "
	    "characters) -> 'Another summary, longer than that')",
	    "texts: a hashed text shown by its length");
	snapset_replay(s, NULL, on_snap, &sn, &e);
	T_OK(sn.cps_summary == 33, "texts: the code points of a hashed text "
	    "replayed (the scorer's)");
	T_STREQ(sn.out[0], "ana 2026-01-01 f:1 -1 Ana - off=-",
	    "texts: kept texts whole");
	snapset_free(s);
	profile_free(&p);
}

static void
test_me(void)
{
	struct seen sn;
	struct snapset *s = new_set(&sn, ~(uint64_t)0, 0, 0);
	struct ssi_err e = { 0 };
	struct profile p;

	profile_init(&p);
	/* readings under "me", an export under the member's name */
	rec(&p, "me", "2026-11-30");
	set(&p, F_OFFICIAL_SSI, "50");
	snapset_add(s, &p, "r.jsonl", 1, &e);
	rec(&p, "me", "2026-11-23");
	set(&p, F_OFFICIAL_SSI, "48");
	snapset_add(s, &p, "r.jsonl", 2, &e);
	rec(&p, "Dana Whitcombe", "2026-11-30");
	set(&p, F_POSTS, "3");
	snapset_add(s, &p, "x.zip", 1, &e);
	snapset_replay(s, NULL, on_snap, &sn, &e);
	T_STREQ(sn.note, "readings of 'me' taken as 'Dana Whitcombe' (the "
	    "only other member); --id sets it", "me: the note");
	T_OK(sn.nout == 2, "me: one member, the same date merged");
	T_STREQ(sn.out[0], "Dana Whitcombe 2026-11-30 r.jsonl:1 3 - - "
	    "off=50000", "me: merged with the export's snapshot");
	T_STREQ(sn.out[1], "Dana Whitcombe 2026-11-23 r.jsonl:2 -1 - - "
	    "off=48000", "me: renamed");
	snapset_free(s);

	s = new_set(&sn, ~(uint64_t)0, 0, 0);
	rec(&p, "me", "2026-11-30");
	snapset_add(s, &p, "r.jsonl", 1, &e);
	rec(&p, "ana", "2026-11-30");
	snapset_add(s, &p, "t.csv", 2, &e);
	rec(&p, "bo", "2026-11-30");
	snapset_add(s, &p, "t.csv", 3, &e);
	snapset_replay(s, NULL, on_snap, &sn, &e);
	T_OK(sn.nout == 3 && strncmp(sn.out[0], "me ", 3) == 0 &&
	    strstr(sn.note, "kept apart") != NULL,
	    "me: two other members, kept apart with a note");
	snapset_free(s);

	s = new_set(&sn, ~(uint64_t)0, 0, 0);
	rec(&p, "me", "2026-11-30");
	snapset_add(s, &p, "r.jsonl", 1, &e);
	snapset_replay(s, NULL, on_snap, &sn, &e);
	T_OK(sn.note[0] == '\0' && strncmp(sn.out[0], "me ", 3) == 0,
	    "me: alone, no note");
	snapset_free(s);

	/* "me" with a name (a team history's member): that member's id, so
	 * readings under "me" merge with it, the one other member keeps its
	 * own, and the note says whose they are */
	s = new_set(&sn, ~(uint64_t)0, 0, 0);
	rec(&p, "me", "2026-11-30");
	set(&p, F_OFFICIAL_SSI, "50");
	snapset_add(s, &p, "r.jsonl", 1, &e);
	rec(&p, "me", "2026-11-30");
	set(&p, F_NAME, "Marta Ruiz");
	set(&p, F_POSTS, "2");
	snapset_add(s, &p, "h.jsonl", 1, &e);
	rec(&p, "ana", "2026-11-30");
	set(&p, F_POSTS, "4");
	snapset_add(s, &p, "h.jsonl", 2, &e);
	snapset_replay(s, NULL, on_snap, &sn, &e);
	T_STREQ(sn.note, "readings of 'me' filed under 'Marta Ruiz' (the "
	    "member whose id is 'me')", "me named: the note");
	T_OK(sn.nout == 2, "me named: two members");
	T_STREQ(sn.out[0], "me 2026-11-30 r.jsonl:1 2 Marta Ruiz - off=50000",
	    "me named: the readings merged with the named member's snapshot");
	T_STREQ(sn.out[1], "ana 2026-11-30 h.jsonl:2 4 - - off=-",
	    "me named: the other member keeps its own (no official figure)");
	snapset_free(s);

	/* only the named member's own rows under "me": nothing to say */
	s = new_set(&sn, ~(uint64_t)0, 0, 0);
	rec(&p, "me", "2026-11-30");
	set(&p, F_NAME, "Marta Ruiz");
	snapset_add(s, &p, "h.jsonl", 1, &e);
	rec(&p, "ana", "2026-11-30");
	snapset_add(s, &p, "h.jsonl", 2, &e);
	snapset_replay(s, NULL, on_snap, &sn, &e);
	T_OK(sn.note[0] == '\0' && sn.nout == 2,
	    "me named, no readings: no note (%s)", sn.note);
	snapset_free(s);
	profile_free(&p);
}

static void
test_latest(void)
{
	struct seen sn;
	struct snapset *s = new_set(&sn, ~(uint64_t)0, 0, 1);
	struct ssi_err e = { 0 };
	struct profile p;

	profile_init(&p);
	rec(&p, "ana", "2026-11-23");
	set(&p, F_OFFICIAL_SSI, "40");
	snapset_add(s, &p, "r", 1, &e);
	rec(&p, "ana", "2026-11-30");
	set(&p, F_OFFICIAL_SSI, "41");
	snapset_add(s, &p, "r", 2, &e);
	rec(&p, "ana", "2026-12-02");
	set(&p, F_POSTS, "5");
	snapset_add(s, &p, "h", 1, &e);
	rec(&p, "bo", "2026-12-01");
	set(&p, F_POSTS, "1");
	snapset_add(s, &p, "h", 2, &e);
	rec(&p, "bo", "2026-11-01");
	set(&p, F_POSTS, "2");
	snapset_add(s, &p, "h", 3, &e);
	snapset_replay(s, NULL, on_snap, &sn, &e);
	T_OK(sn.nout == 2, "latest: one snapshot per member");
	T_STREQ(sn.out[0], "ana 2026-12-02 h:1 5 - 2026-11-30 off=41000",
	    "latest: the latest reading at or before it, with its date");
	T_STREQ(sn.out[1], "bo 2026-12-01 h:2 1 - - off=-",
	    "latest: by as_of, not by input order");
	snapset_free(s);
	profile_free(&p);
}

static void
test_ids(void)
{
	char out[64];
	int what;
	size_t n;
	struct seen sn;
	struct snapset *s;
	struct ssi_err e = { 0 };
	struct profile p;

	n = id_norm("ana", 3, out, &what);
	T_OK(n == 3 && what == 0 && strcmp(out, "ana") == 0, "id_norm: plain");
	n = id_norm(" ana\t", 5, out, &what);
	T_OK(strcmp(out, "ana") == 0 && what == IDN_TRIMMED, "id_norm: trimmed");
	n = id_norm("an\xe2\x80\x8b" "a", 6, out, &what);
	T_OK(strcmp(out, "ana") == 0 && what == IDN_INVISIBLE,
	    "id_norm: zero-width space removed");
	n = id_norm("Jose\xcc\x81", 6, out, &what);
	T_OK(strcmp(out, "Jos\xc3\xa9") == 0 && what == IDN_COMPOSED && n == 5,
	    "id_norm: decomposed accent composed (NFC)");
	n = id_norm("\xc2\xa0" "Zo\xc3\xab\xef\xbb\xbf", 9, out, &what);
	T_OK(strcmp(out, "Zo\xc3\xab") == 0 &&
	    what == (IDN_TRIMMED | IDN_INVISIBLE), "id_norm: no-break space "
	    "and a BOM at the ends");
	/* found by fuzz_readings: an invisible character between the letter
	 * and its mark kept the mark apart, so normalising twice differed */
	n = id_norm("Jose\xef\xbb\xbf\xcc\x81", 9, out, &what);
	T_OK(strcmp(out, "Jos\xc3\xa9") == 0 &&
	    what == (IDN_COMPOSED | IDN_INVISIBLE),
	    "id_norm: a mark after an invisible character composed (%s)", out);
	n = id_norm(out, strlen(out), out + 32, &what);
	T_OK(strcmp(out + 32, "Jos\xc3\xa9") == 0 && what == 0,
	    "id_norm: normalising again changes nothing");
	n = id_norm("\xe5\x90\x8d\xcc\x81", 5, out, &what);
	T_OK(n == 5 && what == 0, "id_norm: other scripts kept as they are");

	profile_init(&p);
	s = new_set(&sn, ~(uint64_t)0, 0, 0);
	rec(&p, "ana", "2026-01-01");
	snapset_add(s, &p, "f", 1, &e);
	rec(&p, "an\xe2\x80\x8b" "a", "2026-01-01");
	snapset_add(s, &p, "f", 2, &e);
	rec(&p, " ana ", "2026-01-01");
	snapset_add(s, &p, "f", 3, &e);
	T_OK(snapset_count(s) == 1, "ids: three spellings, one snapshot");
	T_STREQ(sn.warn[0], "f:2: id 'an<U+200B>a' taken as 'ana' (invisible "
	    "characters removed)", "ids: the invisible character named");
	T_OK(sn.nwarn == 1, "ids: trimming is silent");
	snapset_free(s);
	profile_free(&p);
}

/* FNV-1a as merge.c hashed (id, 0xff, as_of, 0xff), low bits. */
static uint32_t
fnv_key(const char *id, const char *as_of)
{
	uint32_t h = 2166136261u;
	const char *t[2] = { id, as_of };
	int k;

	for (k = 0; k < 2; k++) {
		const unsigned char *c = (const unsigned char *)t[k];

		while (*c)
			h = (h ^ *c++) * 16777619u;
		h = (h ^ 0xff) * 16777619u;
	}
	return h;
}

#define FLOOD 1500
#define MASK ((1u << 12) - 1)

static void
test_flood(void)
{
	static char ids[FLOOD][16];
	struct seen sn;
	struct snapset *s;
	struct strtab st;
	struct ssi_err e = { 0 };
	struct profile p;
	unsigned long i, n = 0, want = 0, plain;

	/* ids whose unkeyed hash falls in one slot of a 4096-slot table */
	want = fnv_key("c0", "2026-01-01") & MASK;
	for (i = 0; n < FLOOD; i++) {
		char id[16];

		snprintf(id, sizeof id, "c%lu", i);
		if ((fnv_key(id, "2026-01-01") & MASK) == want)
			memcpy(ids[n++], id, sizeof id);
	}
	profile_init(&p);
	s = new_set(&sn, 0, 0, 0);
	for (i = 0; i < FLOOD; i++) {
		char id[16];

		snprintf(id, sizeof id, "u%lu", i);
		rec(&p, id, "2026-01-01");
		snapset_add(s, &p, "f", (long)i, &e);
	}
	plain = snapset_probes(s);
	snapset_free(s);
	s = new_set(&sn, 0, 0, 0);
	for (i = 0; i < FLOOD; i++) {
		rec(&p, ids[i], "2026-01-01");
		snapset_add(s, &p, "f", (long)i, &e);
	}
	T_OK(snapset_count(s) == FLOOD && snapset_probes(s) <= 4 * FLOOD,
	    "flood: %d ids colliding under FNV-1a: %lu probes (plain ids: "
	    "%lu), linear", FLOOD, snapset_probes(s), plain);
	/* found again */
	rec(&p, ids[FLOOD / 2], "2026-01-01");
	set(&p, F_POSTS, "1");
	snapset_add(s, &p, "f", 0, &e);
	T_OK(snapset_count(s) == FLOOD, "flood: every key found again");
	snapset_free(s);

	strtab_init(&st);
	for (i = 0; i < FLOOD; i++)
		strtab_index(&st, ids[i], strlen(ids[i]));
	T_OK(st.n == FLOOD && st.probes <= 4 * FLOOD, "flood: strtab, %lu "
	    "probes for %d colliding names", st.probes, FLOOD);
	strtab_free(&st);
	profile_free(&p);
}

/* The export first, the readings after it: a reading of a date the
 * export has merges into that snapshot (merge_into built into the record
 * it read from and lost the reading); latest reports the latest snapshot
 * with data and carries a later reading. */
static void
test_me_after(void)
{
	struct seen sn;
	struct snapset *s = new_set(&sn, ~(uint64_t)0, 0, 0);
	struct ssi_err e = { 0 };
	struct profile p;

	profile_init(&p);
	rec(&p, "Dana", "2026-11-23");
	set(&p, F_POSTS, "3");
	snapset_add(s, &p, "x.zip", 1, &e);
	rec(&p, "Dana", "2026-11-30");
	set(&p, F_POSTS, "4");
	snapset_add(s, &p, "x.zip", 2, &e);
	rec(&p, "me", "2026-11-30");
	set(&p, F_OFFICIAL_SSI, "50");
	snapset_add(s, &p, "r.jsonl", 1, &e);
	rec(&p, "me", "2026-12-02");
	set(&p, F_OFFICIAL_SSI, "51");
	snapset_add(s, &p, "r.jsonl", 2, &e);
	snapset_replay(s, NULL, on_snap, &sn, &e);
	T_OK(sn.nout == 3, "me after: three snapshots of one member");
	T_STREQ(sn.out[1], "Dana 2026-11-30 x.zip:2 4 - - off=50000",
	    "me after: the reading merged into the export's snapshot");
	T_STREQ(sn.out[2], "Dana 2026-12-02 r.jsonl:2 -1 - - off=51000",
	    "me after: a later reading renamed");
	snapset_free(s);

	s = new_set(&sn, ~(uint64_t)0, 0, 1);
	rec(&p, "Dana", "2026-11-23");
	set(&p, F_POSTS, "3");
	set(&p, F_OFFICIAL_SSI, "40");
	snapset_add(s, &p, "x.zip", 1, &e);
	rec(&p, "Dana", "2026-11-30");
	set(&p, F_POSTS, "4");
	set(&p, F_OFFICIAL_SSI, "45");
	snapset_add(s, &p, "x.zip", 2, &e);
	rec(&p, "me", "2026-12-02");
	set(&p, F_OFFICIAL_SSI, "51");
	snapset_add(s, &p, "r.jsonl", 1, &e);
	snapset_replay(s, NULL, on_snap, &sn, &e);
	T_OK(sn.nout == 1, "latest with data: one report");
	T_STREQ(sn.out[0], "Dana 2026-11-30 x.zip:2 4 - 2026-12-02 "
	    "off=51000", "latest with data: the export's latest beside the "
	    "later reading, with its date");
	snapset_free(s);
	profile_free(&p);
}

int
main(void)
{
	test_merge();
	test_texts();
	test_me();
	test_me_after();
	test_latest();
	test_ids();
	test_flood();
	return t_failed;
}
