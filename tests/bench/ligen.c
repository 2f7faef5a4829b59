/*
 * ligen - the heavy LinkedIn export of `make bench`, deterministic: a zip
 * holding Profile.csv, Positions.csv, Connections.csv (CONNS rows),
 * Invitations.csv, Reactions.csv and messages.csv (MSGS rows, about 150
 * bytes each, in conversations of 20 messages from 2021-01-01 to
 * 2025-12-31, newest first inside each, one in three from the member).
 *
 * usage: ligen OUT.zip [MSGS [CONNS]]   (defaults 2000000 and 30000)
 *
 * The CSV files are written next to OUT.zip first (OUT.zip.d/), then
 * deflated into OUT.zip with libzip.  Exit 1 on any failure.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <zip.h>

static unsigned long long rng = 88172645463325252ull;

static unsigned long
next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned long)(rng >> 11);
}

/* Civil date of day d since 1970-01-01 (Howard Hinnant's algorithm). */
static void
civil(long d, int *y, int *m, int *dd)
{
	long z = d + 719468, era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;

	*dd = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

#define DAY0 18628L	/* 2021-01-01 */
#define NDAYS 1826L	/* to 2025-12-31 */

static const char *const mon[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
	"Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
static const char *const titles[] = { "Account Executive", "VP Sales",
	"Head of Marketing", "Engineer", "Director of Operations", "Analyst",
	"Founder", "Recruiter" };
static const char *const cos[] = { "Brightfield Analytics", "Ridgeline Freight",
	"Tallgrass Bank", "Kairos Robotics", "Acme Corp", "Northwind" };

static FILE *
create(const char *dir, const char *name)
{
	char p[4096];
	FILE *f;

	snprintf(p, sizeof p, "%s/%s", dir, name);
	if ((f = fopen(p, "w")) == NULL)
		perror(p);
	return f;
}

int
main(int argc, char **argv)
{
	long msgs = argc > 2 ? atol(argv[2]) : 2000000;
	long conns = argc > 3 ? atol(argv[3]) : 30000, i;
	static const char *const files[] = { "Profile.csv", "Positions.csv",
	    "Connections.csv", "Invitations.csv", "Reactions.csv",
	    "messages.csv" };
	char dir[4000], p[4096];
	zip_t *za;
	FILE *f;
	int y, m, d, err, k;

	if (argc < 2) {
		fprintf(stderr, "usage: ligen OUT.zip [MSGS [CONNS]]\n");
		return 1;
	}
	snprintf(dir, sizeof dir, "%s.d", argv[1]);
	mkdir(dir, 0777);

	if ((f = create(dir, "Profile.csv")) == NULL)
		return 1;
	fputs("First Name,Last Name,Maiden Name,Address,Birth Date,Headline,"
	    "Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,"
	    "Instant Messengers\nDana,Whitcombe,,,Apr 18,Senior Account "
	    "Executive,\"Helping logistics teams, every day\",Software "
	    "Development,80202,\"Denver, Colorado, United States\",,,\n", f);
	fclose(f);

	if ((f = create(dir, "Positions.csv")) == NULL)
		return 1;
	fputs("Company Name,Title,Description,Location,Started On,Finished On\n"
	    "Brightfield Analytics,Senior Account Executive,Sales,Denver,"
	    "Mar 2022,\nAcme Corp,Account Executive,Sales,Denver,Jan 2018,"
	    "Feb 2022\n", f);
	fclose(f);

	if ((f = create(dir, "Connections.csv")) == NULL)
		return 1;
	fputs("Notes:\n\"When exporting your connection data, you may notice "
	    "that some of the email addresses are missing.\"\n\nFirst Name,"
	    "Last Name,URL,Email Address,Company,Position,Connected On\n", f);
	for (i = 0; i < conns; i++) {
		civil(DAY0 - 2000 + (long)(next() % (NDAYS + 2000)), &y, &m,
		    &d);
		fprintf(f, "First%ld,Last%ld,https://www.linkedin.com/in/p%ld,,"
		    "%s,%s,%02d %s %d\n", i, i, i, cos[next() % 6],
		    titles[next() % 8], d, mon[m - 1], y);
	}
	fclose(f);

	if ((f = create(dir, "Invitations.csv")) == NULL)
		return 1;
	fputs("From,To,Sent At,Message,Direction,inviterProfileUrl,"
	    "inviteeProfileUrl\n", f);
	for (i = 0; i < 3000; i++) {
		civil(DAY0 + (long)(next() % NDAYS), &y, &m, &d);
		fprintf(f, "Dana Whitcombe,First%ld Last%ld,\"%d/%d/%02d, 3:18 "
		    "PM\",%s,OUTGOING,https://www.linkedin.com/in/dana-w,"
		    "https://www.linkedin.com/in/p%ld\n", i * 7, i * 7, m, d,
		    y % 100, i % 3 ? "" : "Hi there", i * 7);
	}
	fclose(f);

	if ((f = create(dir, "Reactions.csv")) == NULL)
		return 1;
	fputs("Date,Type,Link\n", f);
	for (i = 0; i < 50000; i++) {
		civil(DAY0 + NDAYS - 1 - i * NDAYS / 50000, &y, &m, &d);
		fprintf(f, "%d-%02d-%02d 10:%02ld:00,LIKE,"
		    "https://www.linkedin.com/"
		    "feed/update/urn%%3Ali%%3Aactivity%%3A73%017lu\n", y, m, d,
		    i % 60, next() % 100000000000000000ul);
	}
	fclose(f);

	if ((f = create(dir, "messages.csv")) == NULL)
		return 1;
	fputs("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,"
	    "RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n", f);
	for (i = 0; i < msgs; ) {
		long conv = i / 20;
		long start = (long)(next() % (NDAYS - 30)), j;
		char cid[64];

		snprintf(cid, sizeof cid, "2-%08lx%08lxXzA=",
		    next() & 0xfffffffful, (unsigned long)conv);
		for (j = 19; j >= 0 && i < msgs; j--, i++) {
			int mine = (j % 3) == 2;
			long day = DAY0 + start + j * 30 / 20;

			civil(day, &y, &m, &d);
			fprintf(f, "%s,,%s,https://www.linkedin.com/in/%s,%s,"
			    "https://www.linkedin.com/in/%s,%d-%02d-%02d "
			    "%02ld:%02ld:%02ld UTC,,\"Lanes, rates: %ld\","
			    "INBOX\n", cid,
			    mine ? "Dana Whitcombe" : "Felix Bhatt",
			    mine ? "dana-w" : "felix-b", mine ? "Felix Bhatt" :
			    "Dana Whitcombe", mine ? "felix-b" : "dana-w", y, m,
			    d, (j * 7) % 24, (i * 13) % 60, (i * 17) % 60, j);
		}
	}
	if (fclose(f) != 0)
		return 1;

	remove(argv[1]);
	if ((za = zip_open(argv[1], ZIP_CREATE | ZIP_TRUNCATE, &err)) == NULL) {
		fprintf(stderr, "ligen: cannot create %s\n", argv[1]);
		return 1;
	}
	for (k = 0; k < (int)(sizeof files / sizeof files[0]); k++) {
		zip_source_t *s;

		snprintf(p, sizeof p, "%s/%s", dir, files[k]);
		if ((s = zip_source_file(za, p, 0, -1)) == NULL ||
		    zip_file_add(za, files[k], s, 0) < 0) {
			fprintf(stderr, "ligen: %s: %s\n", p, zip_strerror(za));
			return 1;
		}
	}
	if (zip_close(za) != 0) {
		fprintf(stderr, "ligen: %s: %s\n", argv[1], zip_strerror(za));
		return 1;
	}
	return 0;
}
