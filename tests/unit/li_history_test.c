/*
 * li_history_test.c - the LinkedIn reader's dates (history.md): dated
 * state filtered by as_of at its edges, several dates from one pass equal
 * to each date alone, the default as_of, and the folder and archive checks
 * of li_src (duplicate names, files that are not regular, links out of the
 * folder).  Each case writes a small export into a temporary folder.
 */
#include <sys/stat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zip.h>

#include "ssi/linkedin.h"
#include "t.h"

static char dir[64];
static char warned[8192];	/* the warnings of the last read */
static const char *kinds[8];	/* the kinds of its first 8 */
static int nwarned;

static void
warn(void *ctx, const struct ssi_err *w)
{
	char b[SSI_ERR_MSG + 1024];
	size_t n = strlen(warned);

	(void)ctx;
	err_format(w, b, sizeof b);
	snprintf(warned + n, sizeof warned - n, "%s\n", b);
	if (nwarned < 8)
		kinds[nwarned] = w->kind;
	nwarned++;
}

static void
put(const char *name, const char *text)
{
	char p[256];
	FILE *f;

	snprintf(p, sizeof p, "%s/%s", dir, name);
	if ((f = fopen(p, "w")) != NULL) {
		fputs(text, f);
		fclose(f);
	}
}

static void
clean(void)
{
	char cmd[256];

	snprintf(cmd, sizeof cmd, "rm -rf '%s'/* '%s'/.l*", dir, dir);
	if (system(cmd) != 0)
		T_SKIP("cleaning %s failed", dir);
	put("Profile.csv", "First Name,Last Name\nDana,Whitcombe\n");
}

/* Field f of the export in dir as of date as_of (NULL: default), or -1
 * when absent, -2 on error (e->msg). */
static long
field(const char *as_of, int f, struct ssi_err *e)
{
	struct linkedin_opts o = { 0 };
	struct profile p;
	long v;

	o.as_of = as_of;
	o.warn = warn;
	warned[0] = '\0';
	nwarned = 0;
	profile_init(&p);
	if (linkedin_read(dir, &o, &p, e) < 0)
		v = -2;
	else
		v = profile_has(&p, f) ? (long)p.num[f] : -1;
	profile_free(&p);
	return v;
}

static const char *
as_of_of(const char *as_of)
{
	static char out[16];
	struct linkedin_opts o = { 0 };
	struct profile p;
	struct ssi_err e;

	o.as_of = as_of;
	profile_init(&p);
	out[0] = '\0';
	if (linkedin_read(dir, &o, &p, &e) == 0 && profile_has(&p, F_AS_OF))
		snprintf(out, sizeof out, "%s", profile_text(&p, F_AS_OF));
	profile_free(&p);
	return out;
}

static void
connections(void)
{
	struct ssi_err e;

	clean();
	put("Connections.csv", "First Name,Last Name,URL,Email Address,"
	    "Company,Position,Connected On\n"
	    "Ana,Ruiz,https://www.linkedin.com/in/ana,,Acme,CEO,20 Jun 2023\n"
	    "Luis,Gil,https://www.linkedin.com/in/luis,,Acme,Analyst,"
	    "21 Jun 2023\n"
	    "Eva,Sanz,https://www.linkedin.com/in/eva,,Otra,Director,\n");
	put("Invitations.csv", "From,To,Sent At,Message,Direction,"
	    "inviterProfileUrl,inviteeProfileUrl\n"
	    "Dana Whitcombe,Luis Gil,\"6/1/23, 3:18 PM\",,OUTGOING,"
	    "https://www.linkedin.com/in/dana,"
	    "https://www.linkedin.com/in/luis\n");
	T_OK(field("2023-06-20", F_CONNECTIONS, &e) == 2,
	    "a connection made on as_of counts, the undated one too");
	T_OK(field("2023-06-19", F_CONNECTIONS, &e) == 1,
	    "the day before as_of: only the undated one");
	T_OK(field("2023-06-21", F_CONNECTIONS, &e) == 3,
	    "the day after: all three");
	T_OK(field("2023-06-20", F_SENIOR_CONNECTIONS, &e) == 2 &&
	    field("2023-06-19", F_SENIOR_CONNECTIONS, &e) == 1,
	    "senior connections follow as_of");
	T_OK(field("2023-06-20", F_INVITATIONS_ACCEPTED, &e) == 0 &&
	    field("2023-06-21", F_INVITATIONS_ACCEPTED, &e) == 1,
	    "an invitation is accepted once the invitee is a connection");
	T_STREQ(as_of_of(NULL), "2023-06-21",
	    "default as_of: the latest connection");
}

static void
positions(void)
{
	struct ssi_err e;

	clean();
	put("Positions.csv", "Company Name,Title,Description,Location,"
	    "Started On,Finished On\n"
	    "Acme,AE,,,Mar 2022,\n"
	    "Otra,AE,,,2018,Jan 2021\n"
	    "Sin Fecha,AE,,,,\n");
	put("Connections.csv", "First Name,Last Name,URL,Email Address,"
	    "Company,Position,Connected On\n"
	    "Ana,Ruiz,,,Otra,CEO,01 Jan 2019\n"
	    "Luis,Gil,,,Acme,Analyst,01 Jan 2019\n");
	T_OK(field("2022-02-28", F_POSITIONS, &e) == 2,
	    "'Mar 2022' starts on 2022-03-01: not yet on 02-28");
	T_OK(field("2022-03-01", F_POSITIONS, &e) == 3,
	    "'Mar 2022' counts from 2022-03-01");
	T_OK(field("2017-12-31", F_POSITIONS, &e) == 1,
	    "'2018' starts on 2018-01-01 (the blank start always counts)");
	T_OK(field("2020-12-31", F_COLLEAGUE_CONNECTIONS, &e) == 1,
	    "a position finished 'Jan 2021' is current on 2020-12-31");
	T_OK(field("2021-01-01", F_COLLEAGUE_CONNECTIONS, &e) == 0,
	    "... and not on 2021-01-01");
	T_OK(field("2022-03-01", F_COLLEAGUE_CONNECTIONS, &e) == 1,
	    "the new current company from its start");
	put("Positions.csv", "Company Name,Title,Description,Location,"
	    "Started On,Finished On\nAcme,AE,,,Q1 2022,\n");
	T_OK(field("2022-03-01", F_POSITIONS, &e) == 0 &&
	    strstr(warned, "Positions.csv:2: Started On: 'Q1 2022' is not a "
	    "date: row not counted (it feeds positions, colleague_connections)")
	    != NULL, "a start that is not a month and year: the row is not "
	    "counted, with a warning (%s)", warned);
}

static void
articles(void)
{
	struct ssi_err e;
	char p[128];

	clean();
	snprintf(p, sizeof p, "%s/Articles", dir);
	mkdir(p, 0777);
	snprintf(p, sizeof p, "%s/Articles/Articles", dir);
	mkdir(p, 0777);
	put("Articles/Articles/a.html", "<p class=\"created\">Created on "
	    "2023-04-02 18:11</p>\n<p class=\"published\">Published on "
	    "2023-04-04 08:30</p>");
	put("Articles/Articles/b.html", "<html><p class=\"created\">Created on "
	    "2022-11-20 21:40</p></html>");
	put("Articles/Articles/c.html", "<html>no date at all</html>");
	T_OK(field("2022-11-19", F_ARTICLES, &e) == 0,
	    "an article without dates is a draft: not counted");
	T_OK(strstr(warned, "Articles/Articles/c.html: a draft (no "
	    "'Published on' date): not counted") != NULL,
	    "... with a warning naming it (%s)", warned);
	T_OK(field("2022-11-20", F_ARTICLES, &e) == 0,
	    "an article with only 'Created on' is a draft: not counted");
	T_OK(field("2023-04-03", F_ARTICLES, &e) == 0,
	    "'Published on' wins over 'Created on'");
	T_OK(field("2023-04-04", F_ARTICLES, &e) == 1,
	    "a published article counts from its publication day");
	T_STREQ(as_of_of(NULL), "2023-04-04",
	    "default as_of: the latest article");
	put("Articles/Articles/c.html", "<p>Published on ---</p>");
	T_OK(field(NULL, F_ARTICLES, &e) == 1 && strstr(warned,
	    "c.html: a draft (Published on '---'): not counted") != NULL,
	    "'Published on ---' is a draft: not counted (%s)", warned);
	put("Articles/Articles/c.html", "<p>Published on 2023-13-45 10:00</p>");
	T_OK(field(NULL, F_ARTICLES, &e) == 1 && strstr(warned,
	    "Published on '2023-13-45 10:00' is not a date: not counted"),
	    "an unreadable date: the article is not counted (%s)", warned);
}

static void
state(void)
{
	struct ssi_err e;

	clean();
	put("Endorsement_Received_Info.csv", "Endorsement Date,Skill Name\n"
	    "2023/05/09 17:56:47 UTC,SEO\n2023/05/10 00:00:00 UTC,SEO\n");
	put("Recommendations_Received.csv", "First Name,Creation Date,Status\n"
	    "Marc,\"05/18/23, 10:41 AM\",VISIBLE\nEva,\"05/19/23, 10:41 AM\","
	    "HIDDEN\n");
	put("Rich_Media.csv", "Date/Time,Media Description,Media Link\n"
	    "\"You uploaded a video on May 30, 2023 at 6:02 PM (GMT)\",x,y\n"
	    "\"You uploaded a profile photo on March 3, 2023 at 9:15 AM "
	    "(GMT)\",x,y\n");
	T_OK(field("2023-05-09", F_ENDORSEMENTS, &e) == 1 &&
	    field("2023-05-10", F_ENDORSEMENTS, &e) == 2,
	    "endorsements by their date");
	T_OK(field("2023-05-17", F_RECOMMENDATIONS, &e) == 0 &&
	    field("2023-05-19", F_RECOMMENDATIONS, &e) == 1,
	    "visible recommendations by their creation date");
	T_OK(field("2023-05-29", F_MEDIA, &e) == 0 &&
	    field("2023-05-30", F_MEDIA, &e) == 1, "uploads by their date");
	T_OK(field("2023-03-02", F_PHOTO, &e) == -1 &&
	    field("2023-03-03", F_PHOTO, &e) == 1,
	    "the profile photo from its upload day");
	T_STREQ(as_of_of(NULL), "2023-05-30",
	    "default as_of: the latest upload");
}

static void
messages(void)
{
	struct ssi_err e;

	clean();
	put("messages.csv", "CONVERSATION ID,FROM,SENDER PROFILE URL,DATE,"
	    "FOLDER\n"
	    "c1,Felix,u/felix,2023-06-01 10:00:00 UTC,INBOX\n"
	    "c1,Dana Whitcombe,u/dana,2023-06-02 09:00:00 UTC,INBOX\n"
	    "c2,Felix,u/felix,2023-06-01 10:00:00 UTC,INBOX\n"
	    "c2,Dana W.,u/dana,2023-06-01 10:00:00 UTC,INBOX\n"
	    "c3,Felix,u/felix,2023-06-01 11:00:00 UTC,INBOX\n"
	    "c3,Felix,u/felix,2023-06-01 12:00:00 UTC,SPAM\n");
	T_OK(field("2023-06-01", F_MESSAGES_RECEIVED, &e) == 3 &&
	    field("2023-06-01", F_MESSAGES_REPLIED, &e) == 0,
	    "received on as_of, the reply the day after: not replied yet");
	T_OK(field("2023-06-02", F_MESSAGES_REPLIED, &e) == 1,
	    "replied as of the reply's day (a reply in the same second and "
	    "by URL is not later)");
	/* Repeated rows are counted, not kept one by one. */
	put("messages.csv", "CONVERSATION ID,FROM,SENDER PROFILE URL,DATE\n"
	    "c4,Felix,u/felix,2023-06-01 10:00:00 UTC\n"
	    "c4,Felix,u/felix,2023-06-01 10:00:00 UTC\n"
	    "c5,Felix,u/felix,2023-06-01 10:00:00 UTC\n"
	    "c4,Felix,u/felix,2023-06-01 10:00:00 UTC\n"
	    "c4,Dana Whitcombe,u/dana,2023-06-01 10:00:01 UTC\n");
	T_OK(field("2023-06-01", F_MESSAGES_RECEIVED, &e) == 4 &&
	    field("2023-06-01", F_MESSAGES_REPLIED, &e) == 3,
	    "repeated rows: each counted, each replied");
}

/* Each date of a list gives what that date alone gives. */
static void
many(void)
{
	static const char *const dates[] = { "2023-05-01", "2023-06-01",
	    "2023-06-20", "2023-07-15" };
	struct linkedin_opts o = { 0 };
	struct linkedin *x;
	struct profile p, q;
	struct ssi_err e;
	size_t i;
	int f, same = 1;
	char root[512];
	const char *r = getenv("ROOT");

	snprintf(root, sizeof root, "%s%stests/data/linkedin/es.zip",
	    r ? r : "", r ? "/" : "");
	o.as_of = "2023-07-15,2023-05-01,2023-06-20,2023-06-01";
	T_OK(linkedin_open(root, &o, &x, &e) == 0 && linkedin_count(x) == 4,
	    "four dates from one pass");
	profile_init(&p);
	profile_init(&q);
	for (i = 0; i < 4 && x != NULL; i++) {
		struct linkedin_opts one = { 0 };

		one.as_of = dates[i];
		if (linkedin_snapshot(x, i, &p, &e) < 0 ||
		    linkedin_read(root, &one, &q, &e) < 0) {
			same = 0;
			break;
		}
		for (f = 0; f < F_COUNT; f++)
			if (profile_has(&p, f) != profile_has(&q, f) ||
			    (profile_has(&p, f) && p.num[f] != q.num[f]))
				same = 0;
		same = same && strcmp(profile_text(&p, F_AS_OF), dates[i]) == 0;
	}
	T_OK(same, "each snapshot equals --as-of that date alone, oldest "
	    "first");
	linkedin_close(x);
	profile_free(&p);
	profile_free(&q);
}

/* li_src: what the folder and the archive may not hold. */
static void
sources(void)
{
	struct ssi_err e;
	char p[256], q[256], zipf[128];
	zip_t *za;
	int code;
	FILE *f;
	char *buf = NULL;
	size_t n = 0, i;

	clean();
	snprintf(p, sizeof p, "%s/Shares.csv", dir);
	T_OK(mkfifo(p, 0600) == 0, "made a FIFO Shares.csv");
	T_OK(field(NULL, F_POSTS, &e) == -1 &&
	    strstr(warned, "Shares.csv: not a regular file: file not read "
	    "(posts, shares, group_posts, active_days: missing)") != NULL,
	    "a kind's file that is a FIFO is not read: its fields missing, "
	    "with a warning (%s)", warned);
	unlink(p);
	snprintf(q, sizeof q, "/etc/hostname");
	T_OK(symlink(q, p) == 0, "linked Shares.csv out of the folder");
	T_OK(field(NULL, F_POSTS, &e) == -1 &&
	    strstr(warned, "symbolic link out of the export folder") != NULL,
	    "a link out of the folder is not followed (%s)", warned);
	unlink(p);
	put(".l.csv", "Date,ShareLink,ShareCommentary\n"
	    "2023-06-01 10:00:00,https://x/urn:li:share:1,Hola\n");
	T_OK(symlink(".l.csv", p) == 0, "linked Shares.csv inside the folder");
	T_OK(field(NULL, F_POSTS, &e) == 1,
	    "a link to a file inside the folder is read");
	unlink(p);

	/* Valgrind fix: a line of exactly "First Name" is no header (it was
	 * read one byte past). */
	put("Connections.csv", "Notes:\nFirst Name");
	T_OK(field(NULL, F_CONNECTIONS, &e) == -1 &&
	    strstr(warned, "no header line") != NULL,
	    "Connections.csv ending in 'First Name': no header line (%s)",
	    warned);
	snprintf(p, sizeof p, "%s/Connections.csv", dir);
	unlink(p);

	/* Two entries named alike: build "A.csv" and "B.csv", rename. */
	snprintf(zipf, sizeof zipf, "%s/dup.zip", dir);
	za = zip_open(zipf, ZIP_CREATE | ZIP_TRUNCATE, &code);
	T_OK(za != NULL &&
	    zip_file_add(za, "Profile.csv", zip_source_buffer(za, "a\n", 2, 0),
	    0) >= 0 &&
	    zip_file_add(za, "Profilx.csv", zip_source_buffer(za, "b\n", 2, 0),
	    0) >= 0 && zip_close(za) == 0, "built a zip of two entries");
	if ((f = fopen(zipf, "rb")) != NULL) {
		buf = malloc(1 << 16);
		n = buf ? fread(buf, 1, 1 << 16, f) : 0;
		fclose(f);
	}
	for (i = 0; i + 11 <= n; i++)
		if (memcmp(buf + i, "Profilx.csv", 11) == 0)
			buf[i + 6] = 'e';
	if (buf != NULL && (f = fopen(zipf, "wb")) != NULL) {
		fwrite(buf, 1, n, f);
		fclose(f);
	}
	free(buf);
	{
		struct linkedin_opts o = { 0 };
		struct profile pr;

		profile_init(&pr);
		T_OK(linkedin_read(zipf, &o, &pr, &e) == -1 &&
		    strstr(e.msg, "two entries named 'Profile.csv'") != NULL,
		    "an archive with two entries of one name is refused (%s)",
		    e.msg);
		profile_free(&pr);
	}
	unlink(zipf);
}

/* Write UTF-16 units u[0..n) to name, with a BOM, in order be, then the
 * bytes of tail (an odd one, for instance). */
static void
put16(const char *name, const unsigned short *u, size_t n, int be,
    const char *tail)
{
	char p[256];
	FILE *f;
	size_t i;

	snprintf(p, sizeof p, "%s/%s", dir, name);
	if ((f = fopen(p, "wb")) == NULL)
		return;
	fputs(be ? "\xFE\xFF" : "\xFF\xFE", f);
	for (i = 0; i < n; i++) {
		putc(be ? u[i] >> 8 : u[i] & 0xFF, f);
		putc(be ? u[i] & 0xFF : u[i] >> 8, f);
	}
	fputs(tail, f);
	fclose(f);
}

/* Profile.csv's name as read, or "" (into a static buffer). */
static const char *
name_of(void)
{
	static char out[128];
	struct linkedin_opts o = { 0 };
	struct profile p;
	struct ssi_err e;

	o.warn = warn;
	warned[0] = '\0';
	profile_init(&p);
	out[0] = '\0';
	if (linkedin_read(dir, &o, &p, &e) == 0 && profile_has(&p, F_NAME))
		snprintf(out, sizeof out, "%s", profile_text(&p, F_NAME));
	profile_free(&p);
	return out;
}

/* Files as real exports have them: UTF-16 (2018), many bad rows. */
static void
quirks(void)
{
	/* "First Name\tLast Name\nDa\u00f1a\U0001F680\tWhit\n" */
	static const unsigned short le[] = { 'F', 'i', 'r', 's', 't', ' ', 'N',
	    'a', 'm', 'e', '\t', 'L', 'a', 's', 't', ' ', 'N', 'a', 'm', 'e',
	    '\n', 'D', 'a', 0xF1, 'a', 0xD83D, 0xDE80, '\t', 'W', 'h', 'i', 't',
	    '\n' };
	/* a lone high surrogate before 'x' */
	static const unsigned short lone[] = { 'F', 'i', 'r', 's', 't', ' ',
	    'N', 'a', 'm', 'e', ',', 'L', 'a', 's', 't', ' ', 'N', 'a', 'm',
	    'e', '\n', 'D', 'a', 0xD800, 'x', ',', 'W', '\n' };
	struct ssi_err e;

	clean();
	put16("Profile.csv", le, sizeof le / sizeof le[0], 0, "");
	T_STREQ(name_of(), "Da\xC3\xB1" "a\xF0\x9F\x9A\x80 Whit",
	    "UTF-16 LE with BOM and tabs: read, a surrogate pair joined");
	put16("Profile.csv", le, sizeof le / sizeof le[0], 1, "");
	T_STREQ(name_of(), "Da\xC3\xB1" "a\xF0\x9F\x9A\x80 Whit",
	    "UTF-16 BE with BOM: the same");
	put16("Profile.csv", lone, sizeof lone / sizeof lone[0], 1, "");
	T_STREQ(name_of(), "Da\xEF\xBF\xBDx W",
	    "UTF-16: a lone surrogate is U+FFFD");
	put16("Profile.csv", lone, sizeof lone / sizeof lone[0], 0, "Z");
	T_STREQ(name_of(), "Da\xEF\xBF\xBDx W",
	    "UTF-16: an odd last byte (U+FFFD) leaves the rows before it");

	clean();
	put("Shares.csv", "Date,ShareLink,ShareCommentary\n"
	    "2023-06-01 10:00:00,https://x/urn:li:share:1,Hola\n"
	    "x1,https://x/urn:li:share:2,a\nx2,https://x/urn:li:share:3,b\n"
	    "x3,https://x/urn:li:share:4,c\nx4,https://x/urn:li:share:5,d\n"
	    "x5,https://x/urn:li:share:6,e\n");
	T_OK(field(NULL, F_POSTS, &e) == 1, "five bad rows of six: one post");
	/* every bad row is told, each of one kind: the front end shows the
	 * first 3 and counts the rest (cli_warn) */
	T_OK(nwarned == 5 && strstr(warned, "Shares.csv:5: Date: 'x3'") !=
	    NULL && strstr(warned, "Shares.csv:7: Date: 'x5'") != NULL &&
	    kinds[0] != NULL && kinds[0] == kinds[4] &&
	    strcmp(kinds[0], "%s: row not counted (it feeds %s)") == 0,
	    "every bad row named, all of one kind (%d: %s)", nwarned, warned);
}

int
main(void)
{
	snprintf(dir, sizeof dir, "/tmp/li_hist_XXXXXX");
	if (mkdtemp(dir) == NULL) {
		T_SKIP("li_history: mkdtemp failed");
		return 0;
	}
	connections();
	positions();
	articles();
	state();
	messages();
	many();
	sources();
	quirks();
	clean();
	{
		char p[128];

		snprintf(p, sizeof p, "%s/Profile.csv", dir);
		unlink(p);
		rmdir(dir);
	}
	T_DONE();
}
