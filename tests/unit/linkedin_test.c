/*
 * linkedin_test.c - the LinkedIn export reader (src/linkedin.c, li_src.c,
 * li_text.c): the Spanish example export (folder and zip) against its
 * expected records, hand-made quirk variants, archive errors, CSV errors,
 * and the text helpers.  Data: tests/data/linkedin/ (under $ROOT when set).
 */
#include <sys/stat.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cjson/cJSON.h>
#include <zip.h>

#include "ssi/li_text.h"
#include "ssi/linkedin.h"
#include "t.h"

static char data[4096];
static char warned[16384];	/* the warnings of the last load */

static void
warn(void *ctx, const struct ssi_err *w)
{
	char b[SSI_ERR_MSG + 1024];
	size_t n = strlen(warned);

	(void)ctx;
	err_format(w, b, sizeof b);
	snprintf(warned + n, sizeof warned - n, "%s\n", b);
}

static const char *
path(const char *rel)
{
	static char buf[8][4096 + 256];
	static int k;

	k = (k + 1) % 8;
	snprintf(buf[k], sizeof buf[k], "%s/%s", data, rel);
	return buf[k];
}

/* Compare every field of p with the JSON object text want: present with the
 * same value, or absent from both. */
static void
compare(const char *label, const struct profile *p, const char *want)
{
	cJSON *j = cJSON_ParseWithLength(want, strlen(want));
	int f;

	T_OK(j != NULL && cJSON_IsObject(j), "%s: expected record parses",
	    label);
	if (j == NULL)
		return;
	for (f = 0; f < F_COUNT; f++) {
		const char *name = field_defs[f].name;
		const cJSON *v = cJSON_GetObjectItemCaseSensitive(j, name);

		if (v == NULL)
			T_OK(!profile_has(p, f), "%s: %s absent", label, name);
		else if (cJSON_IsString(v))
			T_STREQ(profile_text(p, f), v->valuestring, "%s: %s",
			    label, name);
		else if (cJSON_IsBool(v))
			T_OK(profile_has(p, f) && p->num[f] ==
			    (cJSON_IsTrue(v) ? 1 : 0), "%s: %s is %s", label,
			    name, cJSON_IsTrue(v) ? "true" : "false");
		else
			T_OK(profile_has(p, f) && p->num[f] ==
			    (int64_t)v->valuedouble, "%s: %s = %.0f (got %"
			    PRId64 "%s)", label, name, v->valuedouble,
			    p->num[f], profile_has(p, f) ? "" : ", absent");
	}
	cJSON_Delete(j);
}

static void
compare_file(const char *label, const struct profile *p, const char *file)
{
	size_t n;
	char *want = t_slurp(path(file), &n);

	T_OK(want != NULL, "%s: read %s", label, file);
	if (want != NULL)
		compare(label, p, want);
	free(want);
}

static int
load(const char *where, const char *as_of, const char *target,
    struct profile *p, struct ssi_err *e)
{
	struct linkedin_opts o = { 0 };

	o.as_of = as_of;
	o.target = target;
	o.warn = warn;
	warned[0] = '\0';
	memset(e, 0, sizeof *e);
	return linkedin_read(where, &o, p, e);
}

static void
example(void)
{
	static const char *const where[] = { "es", "es.zip" };
	struct profile p;
	struct ssi_err e;
	size_t i;

	profile_init(&p);
	for (i = 0; i < 2; i++) {
		char label[64];

		snprintf(label, sizeof label, "%s --as-of", where[i]);
		T_OK(load(path(where[i]), "2023-06-20", NULL, &p, &e) == 0,
		    "%s: reads (%s)", label, e.msg);
		compare_file(label, &p, "es.expected.json");

		snprintf(label, sizeof label, "%s --target", where[i]);
		T_OK(load(path(where[i]), "2023-06-20", "marketing,ventas", &p,
		    &e) == 0, "%s: reads (%s)", label, e.msg);
		compare_file(label, &p, "es.target.expected.json");

		T_OK(load(path(where[i]), NULL, NULL, &p, &e) == 0,
		    "%s without --as-of: reads", where[i]);
		T_STREQ(profile_text(&p, F_AS_OF), "2023-06-22",
		    "%s without --as-of: as_of is the latest date", where[i]);
	}
	{
		struct linkedin_opts o = { 0 };

		o.as_of = "2023-06-20";
		o.id = "bego";
		o.period = 7;
		T_OK(linkedin_read(path("es"), &o, &p, &e) == 0,
		    "es --id --period 7: reads");
		T_STREQ(profile_text(&p, F_ID), "bego", "--id sets id");
		T_OK(p.num[F_PERIOD_DAYS] == 7, "--period sets period_days");
		T_OK(p.num[F_ACTIVE_DAYS] <= 7 && p.num[F_ACTIVE_DAYS] > 0,
		    "active_days within a 7-day window");
		T_OK(p.num[F_CONNECTIONS] == 150, "state fields ignore the "
		    "window");
	}
	profile_free(&p);
}

/* A 2025-2026 export in a wrapping folder: BOM and CRLF in Profile.csv,
 * Connections.csv with URLs, CRLF and no final newline, URL-based
 * acceptance, suffixed Shares/Comments (Shares_200.csv and Reactions_5.csv
 * are broken on purpose: the wrong copy would fail), fully quoted
 * messages.csv with ATTACHMENTS and raw line breaks, Comments with \" and an
 * empty date, Ad_Targeting without Member Groups, no Articles folder. */
static const char modern_want[] =
    "{\"id\":\"Dana Whitcombe\",\"name\":\"Dana Whitcombe\","
    "\"industry\":\"Software Development\","
    "\"location\":\"Denver, Colorado, United States\","
    "\"as_of\":\"2025-11-13\","
    "\"headline\":\"Senior Account Executive at Brightfield Analytics\","
    "\"summary\":\"I help mid-market 3PLs, carriers and shippers.\","
    "\"positions\":2,\"recommendations\":1,\"media\":1,"
    "\"connections\":9,\"senior_connections\":4,"
    "\"colleague_connections\":1,\"period_days\":30,"
    "\"posts\":1,\"shares\":1,\"comments\":2,\"reactions\":2,"
    "\"group_posts\":2,\"active_days\":12,"
    "\"messages_received\":2,\"messages_replied\":1,"
    "\"invitations_sent\":3,\"invitations_accepted\":2,"
    "\"invitations_personalized\":1}";

static void
variants(void)
{
	struct profile p;
	struct ssi_err e;

	profile_init(&p);
	T_OK(load(path("modern"), NULL, NULL, &p, &e) == 0,
	    "modern folder: reads (%s)", e.msg);
	compare("modern folder", &p, modern_want);
	T_OK(load(path("modern.zip"), NULL, NULL, &p, &e) == 0,
	    "modern.zip (wrapped, __MACOSX): reads (%s)", e.msg);
	compare("modern.zip", &p, modern_want);
	T_OK(load(path("modern"), NULL, " ventas , ÁREA,", &p, &e) == 0 &&
	    profile_has(&p, F_TARGET_CONNECTIONS) &&
	    p.num[F_TARGET_CONNECTIONS] == 4,
	    "modern --target ' ventas , ÁREA,': substrings, accents folded");

	T_OK(load(path("drafts"), NULL, NULL, &p, &e) == 0,
	    "drafts: reads (%s)", e.msg);
	compare("drafts (IS MESSAGE DRAFT, quoted Comments header)", &p,
	    "{\"id\":\"Dana Whitcombe\",\"name\":\"Dana Whitcombe\","
	    "\"headline\":\"Seller\",\"as_of\":\"2025-03-03\","
	    "\"period_days\":30,\"comments\":1,\"group_posts\":0,"
	    "\"active_days\":2,"
	    "\"messages_received\":2,\"messages_replied\":1}");

	T_OK(load(path("old2021"), "2021-06-30", NULL, &p, &e) == 0,
	    "old2021: reads (%s)", e.msg);
	compare("old2021 (no URL columns)", &p,
	    "{\"id\":\"Dana Whitcombe\",\"name\":\"Dana Whitcombe\","
	    "\"headline\":\"Seller\",\"as_of\":\"2021-06-30\","
	    "\"connections\":2,\"senior_connections\":2,"
	    "\"colleague_connections\":0,\"period_days\":30,"
	    "\"active_days\":3,\"messages_received\":1,"
	    "\"messages_replied\":1,\"invitations_sent\":3,"
	    "\"invitations_accepted\":2,\"invitations_personalized\":1}");

	T_OK(load(path("top.zip"), NULL, NULL, &p, &e) == 0,
	    "top.zip: reads (%s)", e.msg);
	compare("top.zip (top level, Articles without folder entries, "
	    "drafts)", &p,
	    "{\"id\":\"Dana Whitcombe\",\"name\":\"Dana Whitcombe\","
	    "\"headline\":\"Seller\",\"articles\":0,\"period_days\":30}");
	T_OK(strstr(warned, "top.zip:Articles/Articles/b.HTML: a draft (no "
	    "'Published on' date): not counted") != NULL,
	    "top.zip: each draft named in a warning (%s)", warned);
	profile_free(&p);
}

/* Files over 64 KiB, so lines and records straddle read chunks. */
static void
big_files(void)
{
	char dir[] = "/tmp/li_test_XXXXXX", file[64];
	struct profile p;
	struct ssi_err e;
	FILE *fp;
	int i;

	if (mkdtemp(dir) == NULL) {
		T_SKIP("big files: mkdtemp failed");
		return;
	}
	snprintf(file, sizeof file, "%s/Connections.csv", dir);
	fp = fopen(file, "wb");
	fputs("Notes:\r\n\"a preamble, quoted\"\r\n\r\nFirst Name,Last Name,"
	    "URL,Email Address,Company,Position,Connected On\r\n", fp);
	for (i = 0; i < 3000; i++)
		fprintf(fp, "%sName%d,Last,https://www.linkedin.com/in/n%d,,"
		    "\"Co, %d\",%s,01 Jan 2024", i ? "\r\n" : "", i, i, i,
		    i % 3 ? "Engineer" : "Head of Sales");
	fclose(fp);
	snprintf(file, sizeof file, "%s/Comments.csv", dir);
	fp = fopen(file, "wb");
	fputs("Date,Link,Message\n", fp);
	for (i = 0; i < 2000; i++)
		fprintf(fp, "2024-01-%02d 10:00:00,https://www.linkedin.com/"
		    "feed/update/urn%%3Ali%%3Aactivity%%3A%d,\"line one, "
		    "with \\\"quotes\\\"\nline two\"\n", 1 + i % 28, i);
	fclose(fp);
	profile_init(&p);
	T_OK(load(dir, "2024-01-28", NULL, &p, &e) == 0,
	    "big files: reads (%s)", e.msg);
	T_OK(p.num[F_CONNECTIONS] == 3000, "big Connections.csv: 3000 rows");
	T_OK(p.num[F_SENIOR_CONNECTIONS] == 1000, "big Connections.csv: "
	    "1000 senior");
	T_OK(p.num[F_COMMENTS] == 2000, "big Comments.csv: 2000 comments");
	T_OK(p.num[F_ACTIVE_DAYS] == 28, "big Comments.csv: 28 active days");
	profile_free(&p);
	unlink(file);
	snprintf(file, sizeof file, "%s/Connections.csv", dir);
	unlink(file);
	rmdir(dir);
}

static int
starts(const char *s, const char *prefix)
{
	return s != NULL && strncmp(s, prefix, strlen(prefix)) == 0;
}

static int
ends(const char *s, const char *suffix)
{
	size_t n = s ? strlen(s) : 0, k = strlen(suffix);

	return s != NULL && n >= k && strcmp(s + n - k, suffix) == 0;
}

static void
fails(const char *rel, const char *file_end, long line, const char *msg)
{
	struct profile p;
	struct ssi_err e;
	int r;

	profile_init(&p);
	r = load(path(rel), NULL, NULL, &p, &e);
	T_OK(r == -1 && ends(e.file, file_end) && e.line == line &&
	    starts(e.msg, msg), "%s: fails at %s:%ld with '%s' (got %s:%ld: "
	    "%s)", rel, file_end, line, msg, e.file ? e.file : "-", e.line,
	    r ? e.msg : "success");
	profile_free(&p);
}

/* rel reads, field f missing (or absent), and a warning holds want. */
static void
skipped(const char *rel, int f, const char *want)
{
	struct profile p;
	struct ssi_err e;
	int r;

	profile_init(&p);
	r = load(path(rel), NULL, NULL, &p, &e);
	T_OK(r == 0 && (f < 0 || !profile_has(&p, f)) &&
	    strstr(warned, want) != NULL, "%s: read, %s missing, warning "
	    "'%s' (got %s; %s)", rel, f < 0 ? "-" : field_defs[f].name, want,
	    r ? e.msg : "read", warned);
	profile_free(&p);
}

static void
errors(void)
{
	struct linkedin_opts o = { 0 };
	struct profile p;
	struct ssi_err e;
	char dir[] = "/tmp/li_test_XXXXXX", zipf[64];
	zip_t *za;
	int i, code, ok = 1;

	fails("notzip.zip", "notzip.zip", 0, "not a zip archive (");
	fails("truncated.zip", "truncated.zip", 0, "not a zip archive (");
	/* A size declared past the old 256 MiB cap is not refused up front:
	 * the entry is read, and this one holds no data where it says. */
	fails("nosuch.zip", "nosuch.zip", 0, "No such file");
	/* One bad item never refuses an export: a file that cannot be read
	 * leaves its fields missing, a row that cannot be read is not
	 * counted; each with a warning naming it and what it feeds. */
	skipped("huge.zip", F_NAME, "huge.zip:Profile.csv: damaged entry (");
	skipped("err/profile", F_HEADLINE, "err/profile/Profile.csv:2: "
	    "unterminated quoted field");
	skipped("err/connections", F_CONNECTIONS, "Connections.csv:6: "
	    "misplaced quote");
	skipped("err/connections", -1, "file not read (connections, "
	    "senior_connections");
	skipped("err/date", -1, "err/date/Shares.csv:3: Date: 'yesterday' is "
	    "not a date: row not counted (it feeds posts, shares, group_posts, "
	    "active_days)");
	skipped("err/comments", F_COMMENTS, "Comments.csv:2: not a comment "
	    "record");
	skipped("err/column", F_POSTS, "Shares.csv:1: no 'ShareLink' column: "
	    "file not read");
	skipped("err/messages", -1, "messages.csv:2: DATE: not a date: row "
	    "not counted");
	T_OK(strstr(warned, "secret") == NULL,
	    "messages.csv: a bad value is not quoted (private)");

	profile_init(&p);
	o.as_of = "2023-13-01";
	T_OK(linkedin_read(path("es"), &o, &p, &e) == -1 &&
	    starts(e.msg, "--as-of: '2023-13-01' is not a date"),
	    "bad --as-of refused (%s)", e.msg);
	o.as_of = "23-06-20";
	T_OK(linkedin_read(path("es"), &o, &p, &e) == -1,
	    "--as-of must be YYYY-MM-DD");
	o.as_of = NULL;
	o.period = 367;
	T_OK(linkedin_read(path("es"), &o, &p, &e) == -1 &&
	    starts(e.msg, "--period: 367"), "--period 367 refused (%s)",
	    e.msg);
	o.period = 0;
	o.target = " , ,";
	T_OK(linkedin_read(path("es"), &o, &p, &e) == -1 &&
	    starts(e.msg, "--target: no keyword"), "empty --target refused");

	if (mkdtemp(dir) == NULL) {
		T_SKIP("empty folder, entry cap: mkdtemp failed");
		profile_free(&p);
		return;
	}
	T_OK(linkedin_detect(dir) == 0, "empty folder: not an export");
	T_OK(load(dir, NULL, NULL, &p, &e) == -1 &&
	    starts(e.msg, "not a linkedin data export"),
	    "empty folder: refused (%s)", e.msg);

	/* More than LI_MAX_ENTRIES entries, built here with libzip. */
	snprintf(zipf, sizeof zipf, "%s/many.zip", dir);
	za = zip_open(zipf, ZIP_CREATE | ZIP_TRUNCATE, &code);
	for (i = 0; za != NULL && ok && i <= LI_MAX_ENTRIES; i++) {
		char name[32];
		zip_source_t *src = zip_source_buffer(za, NULL, 0, 0);

		zip_int64_t ix;

		snprintf(name, sizeof name, "f%d.csv", i);
		/* Stored: deflate set-up per entry takes seconds. */
		ok = src != NULL &&
		    (ix = zip_file_add(za, name, src, 0)) >= 0 &&
		    zip_set_file_compression(za, (zip_uint64_t)ix,
		    ZIP_CM_STORE, 0) == 0;
	}
	ok = ok && za != NULL && zip_close(za) == 0;
	T_OK(ok, "built a zip of %d entries", LI_MAX_ENTRIES + 1);
	T_OK(load(zipf, NULL, NULL, &p, &e) == -1 &&
	    starts(e.msg, "too many entries (10001"),
	    "too many entries refused (%s)", e.msg);
	unlink(zipf);
	rmdir(dir);
	profile_free(&p);
}

static void
detect(void)
{
	T_OK(linkedin_detect(path("es")) == 1, "detect: folder with files");
	T_OK(linkedin_detect(path("modern")) == 1,
	    "detect: folder with one wrapping folder");
	T_OK(linkedin_detect(path("es.zip")) == 1, "detect: .zip");
	T_OK(linkedin_detect(path("es.expected.json")) == 0,
	    "detect: a JSON file is not");
	T_OK(linkedin_detect(path("err/date")) == 1,
	    "detect: a folder with any file of the format page (Shares.csv)");
}

static int
when(const char *s, const char *want, int32_t want_sec)
{
	int32_t day = 0, sec = -1;
	char got[11];

	if (li_when(s, strlen(s), &day, &sec) != 1)
		return want == NULL;
	li_day_str(day, got);
	return want != NULL && strcmp(got, want) == 0 && sec == want_sec;
}

static int
word(const char *hay, const char *w)
{
	char f[256];
	size_t n = li_fold(hay, strlen(hay), f);

	return li_has_word(f, n, w, strlen(w));
}

static int
key(size_t (*fn)(const char *, size_t, char *), const char *s,
    const char *want)
{
	char out[256];

	fn(s, strlen(s), out);
	return strcmp(out, want) == 0;
}

static void
text(void)
{
	char f[64];
	int32_t d, s;

	T_OK(when("07 Feb 2025", "2025-02-07", 0), "date: DD Mon YYYY");
	T_OK(when("2025-10-06 23:04:46", "2025-10-06", 83086),
	    "date: YYYY-MM-DD HH:MM:SS");
	T_OK(when("2025-10-06 23:49:02 UTC", "2025-10-06", 85742),
	    "date: ... UTC");
	T_OK(when("2024/10/24 14:11:21 UTC", "2024-10-24", 51081),
	    "date: YYYY/MM/DD");
	T_OK(when("9/27/25, 8:41 AM", "2025-09-27", 31260),
	    "date: M/D/YY, h:mm AM");
	T_OK(when("12/1/22, 12:05 AM", "2022-12-01", 300),
	    "date: 12 AM is midnight");
	T_OK(when("5/22/23, 12:35 PM", "2023-05-22", 45300),
	    "date: 12 PM is noon");
	T_OK(when("18-Jun-24", "2024-06-18", 0),
	    "date: DD-Mon-YY (Connections.csv re-saved by Excel)");
	T_OK(when("3-Jan-2024", "2024-01-03", 0), "date: D-Mon-YYYY");
	T_OK(when("18-Jux-24", NULL, 0), "date: DD-Mon-YY needs a month");
	T_OK(when("2024-02-29", "2024-02-29", 0), "date: leap day");
	T_OK(when("2023-02-29", NULL, 0), "date: no 29 Feb 2023");
	T_OK(when("2023-06-2x", NULL, 0), "date: trailing junk refused");
	T_OK(when("Mar 2022", NULL, 0), "date: month and year is no day");
	T_OK(li_when("  ", 2, &d, &s) == 0, "date: blank is no date");

	T_OK(word("Co-Founder & CTO", "cto"), "word: after '& '");
	T_OK(word("Co-Founder & CTO", "co-founder"), "word: with hyphen");
	T_OK(!word("Headhunter IT", "head"), "word: not inside a word");
	T_OK(!word("Partnerships Manager", "partner"), "word: not a prefix");
	T_OK(!word("Subdirectora", "directora"), "word: not a suffix");
	T_OK(!word("Directoría", "director"),
	    "word: a non-ASCII letter after is a letter");
	T_OK(!word("Ñdirector", "director"),
	    "word: a non-ASCII letter before is a letter");
	T_OK(word("CEO’s office", "ceo"), "word: U+2019 is a boundary");
	T_OK(word("Founder\xC2\xA0| Speaker", "founder"),
	    "word: U+00A0 is a boundary");
	T_OK(word("🚀CEO🚀", "ceo"), "word: emoji are boundaries");
	T_OK(word("VICE   PRESIDENT, Sales", "vice president"),
	    "word: runs of spaces fold to one");
	T_OK(!word("CEO2", "ceo"), "word: a digit after is no boundary");

	li_fold("ÁREA Ñandú ÜBER Œuvre ŸES", strlen("ÁREA Ñandú ÜBER "
	    "Œuvre ŸES"), f);
	T_STREQ(f, "área ñandú über œuvre ÿes", "fold: Latin-1, Extended-A");
	li_fold("  Brisa \t Norte  ", 17, f);
	T_STREQ(f, "brisa norte", "fold: trims and joins blanks");
	T_OK(li_blank(" \t\xC2\xA0\xE2\x80\x8B\r\n", 9),
	    "blank: NBSP and zero width space");
	T_OK(!li_blank(" .", 2), "blank: punctuation is text");

	T_OK(key(li_url_key, " https://www.linkedin.com/in/ana-ruiz/ ",
	    "linkedin.com/in/ana-ruiz"), "url key: scheme, www, slash");
	T_OK(key(li_url_key, "http://LinkedIn.com/in/Ana-Ruiz",
	    "linkedin.com/in/ana-ruiz"), "url key: case");
	T_OK(key(li_post_key, "https://www.linkedin.com/feed/update/"
	    "urn%3Ali%3AugcPost%3A739?commentUrn=urn%3Ali%3Acomment%3A1",
	    "urn:li:ugcPost:739"), "post key: decoded, query cut");
	T_OK(key(li_post_key, "https://www.linkedin.com/feed/update/"
	    "urn:li:groupPost:9-7/", "urn:li:groupPost:9-7"),
	    "post key: plain URN");
}

int
main(void)
{
	const char *root = getenv("ROOT");

	snprintf(data, sizeof data, "%s%stests/data/linkedin",
	    root ? root : "", root ? "/" : "");
	text();
	detect();
	example();
	variants();
	big_files();
	errors();
	T_DONE();
}
