/*
 * linkedin.c - a LinkedIn data export turned into profile records, one per
 * date asked for (see linkedin.h; the rules for users: ssi(7), "LINKEDIN
 * DATA EXPORT").
 *
 * Each file is streamed once, in the order of the kinds table: later files
 * use what earlier ones found (the member's name, the positions, the
 * connections, the member's own post links).  Dated rows are kept as small
 * events (a day, a second day or an index, a few flags), and only those
 * some snapshot can count: activity rows outside every window are dropped
 * as they come (the windows end at the dates asked for, or at the latest
 * date seen so far, which only grows), and the event arrays are pruned
 * before they grow.  messages.csv keeps, per message of those windows,
 * 20 bytes and the conversation id; a received message is resolved at the
 * end to the day of the member's first later message in its conversation.
 * Every snapshot is then counted from those events.  Private text (message
 * bodies, invitation notes, comments) is only tested for emptiness, never
 * kept or quoted.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "in/csv_in.h"
#include "li_src.h"
#include "ssi/li_text.h"
#include "ssi/linkedin.h"
#include "ssi/strtab.h"

#define NCOL 6			/* columns a file's rules look at */
#define COL(i) (1u << (i))	/* bit of kind.cols[i] in need, hascol */
#define NODAY INT32_MIN		/* an undated row */
#define NEVER INT32_MAX		/* no such day (not accepted, no reply) */
#define LINE_MAX_LEN (1u << 20)	/* bytes in a line read by our own reader */
#define MAX_DATES 10000		/* snapshots of one import */
#define EVERY_STEPS 12		/* --every without --since: 13 snapshots */
#define DASH "\xE2\x80\x94"	/* U+2014 in the explanations */
#define ELLIPSIS "\xE2\x80\xA6"	/* U+2026 */

enum reader { R_CSV, R_CONNECTIONS, R_COMMENTS, R_LINES };


/* The files, in reading order (an earlier one feeds a later one). */
enum kind_id {
	K_PROFILE, K_POSITIONS, K_EDUCATION, K_SKILLS, K_ENDORSE,
	K_RECOMMEND, K_MEDIA, K_ADS, K_CONNECTIONS, K_INVITATIONS, K_SHARES,
	K_COMMENTS, K_REPOSTS, K_REACTIONS, K_VOTES, K_SEARCHES, K_MESSAGES,
	K_COUNT,
	K_ARTICLES = K_COUNT	/* events only: the Articles/ files */
};

/* Event flags. */
#define EV_TEXT		0x01u	/* share with commentary */
#define EV_GROUP	0x02u	/* share or comment in a group */
#define EV_OWN		0x04u	/* comment on one of the member's posts */
#define EV_NOTE		0x10u	/* invitation with a note */
#define EV_BYNAME_INV	0x20u	/* invitation matched by name, not URL */
#define EV_BYNAME	0x40u	/* message FROM is the member's name */
#define EV_SPAM		0x80u	/* message in SPAM */
#define EV_SPONSORED	0x100u	/* sponsored message */
#define EV_SENIOR	0x200u	/* connection: a senior position */
#define EV_TARGET	0x400u	/* connection: matches --target */
#define EV_VISIBLE	0x800u	/* recommendation shown */
#define EV_MEDIA	0x1000u	/* upload: a document or video */
#define EV_PHOTO	0x2000u	/* upload: the profile photo */

/*
 * A dated row.  aux: invitations, the day the invitee became a connection
 * (NODAY: undated connection, NEVER: not one); connections, the index of
 * their company among the positions' companies, or -1.
 */
struct ev {
	int32_t day;		/* NODAY when undated */
	int32_t aux;
	uint32_t fl;
	uint32_t n;		/* rows alike in a run (same day, aux, flags) */
};

struct evs {
	struct ev *v;
	size_t n, cap;
};

/* Messages some window may count (pending until the file ends): n alike
 * (same conversation, sender, second and flags). */
struct pm {
	uint32_t conv;		/* index in ctx.convs */
	uint32_t sender;	/* index in ctx.senders, or UINT32_MAX */
	int32_t day, sec;
	uint32_t fl;
	uint32_t n;
};

/* n received messages: their day and the day they were replied (or
 * NEVER). */
struct rv {
	int32_t day, reply;
	uint32_t n;
};

/* Slots of the cache of recent pending messages: repeated rows (the rows
 * of a highly compressed entry repeat) add to a count, not an entry. */
#define PM_CACHE 4096

/* A position: start and end days (NODAY: blank), company index or -1. */
struct pos {
	int32_t start, end, company;
};

struct li_row {
	const char *v[NCOL];
	size_t n[NCOL];
	long line;
};

struct ctx;
typedef int (*row_fn)(struct ctx *, const struct li_row *,
    struct ssi_err *);

struct kind {
	const char *base;		/* file base name */
	enum reader reader;
	const char *cols[NCOL];		/* header names (any case) */
	unsigned need;			/* bit i: cols[i] must be there */
	row_fn row;			/* NULL: rows are only counted */
	unsigned flags;			/* KF_* */
};

#define KF_ASOF		0x1u	/* its dates count for as_of */
#define KF_PRIVATE	0x2u	/* private text: never quote its values */
#define KF_WINDOW	0x4u	/* activity: only rows of a window are kept */

/* The dates asked for: fixed, or following the latest date of the export
 * (the default as_of, --every without --until). */
struct plan {
	int32_t *d;			/* --as-of list, sorted, or NULL */
	size_t nd;
	int32_t since, until;		/* NODAY: not given */
	int64_t every;			/* 0: no --every */
	int64_t period;
};

struct ctx {
	const struct linkedin_opts *o;
	struct profile base;		/* the undated fields */
	const char *disp;		/* file being read, for messages */
	const struct kind *k;
	enum kind_id kid;
	unsigned have;			/* bit k: file of kind k read */
	unsigned hascol[K_COUNT];	/* bit i: cols[i] in the header */
	long rows[K_COUNT];		/* data rows */
	struct evs ev[K_COUNT + 1];
	int32_t latest, earliest;	/* dates of the as_of sources */
	int dated;
	struct plan plan;

	char *name;			/* the member's, or NULL */
	size_t name_len;
	long groups;
	struct pos *pos;
	size_t npos, poscap;
	struct strtab companies;	/* folded companies of the positions */
	struct strtab conn_urls, conn_names;
	struct strtab conn_bare;	/* names of those without a real URL */
	int32_t *url_day, *name_day;	/* their first connection day */
	int32_t *bare_day;
	size_t url_cap, name_cap, bare_cap;
	struct strtab me_urls;		/* the member's profile URLs */
	struct strtab share_keys;	/* the member's post links */
	struct pm *pm;
	size_t npm, pmcap;
	uint32_t *pmcache;		/* PM_CACHE slots: index + 1, or 0 */
	struct strtab convs, senders;	/* of the pending messages */
	struct rv *rv;			/* received messages, resolved */
	size_t nrv;
	int32_t *mine;			/* days of the member's messages */
	size_t nmine;
	long articles;			/* files under Articles/, -1 none */
	char *kw;			/* folded --target words, NUL-ended */
	size_t nkw;

	char *tmp[3];			/* scratch */
	size_t tmpcap[3];

	/* What was not counted (ssi.7 LINKEDIN DATA EXPORT, "One bad item never
	 * refuses an export"). */
	struct skip *sk;
	size_t nsk, skcap;
	long cur_skip;			/* this file's row record, or -1 */
	int rowbad;			/* the row failed on its data */
	int hard;			/* an error no file can be skipped for */

	/* The reader of the current file. */
	const char *rel;		/* its name in the export */
	struct csv_in *csv;
	int col[NCOL];
	int headed, pass, junk, started, own_err;
	char delim;			/* R_COMMENTS, R_LINES: ',' or tab */
	int (*line_fn)(struct ctx *, struct ssi_err *);
	long line_off, lineno;
	char *lb;
	size_t lblen, lbcap;
};

/* A row, a file or an article not counted. */
struct skip {
	char *file;			/* its name in the export */
	long line;			/* of the first row, 0 none */
	long n;				/* rows or articles */
	int whole;			/* the file was not read */
	int kind;			/* kind_id, or K_ARTICLES */
	char why[SSI_ERR_MSG];
};

static int row_profile(struct ctx *, const struct li_row *, struct ssi_err *);
static int row_positions(struct ctx *, const struct li_row *,
    struct ssi_err *);
static int row_endorse(struct ctx *, const struct li_row *, struct ssi_err *);
static int row_recommend(struct ctx *, const struct li_row *,
    struct ssi_err *);
static int row_media(struct ctx *, const struct li_row *, struct ssi_err *);
static int row_ads(struct ctx *, const struct li_row *, struct ssi_err *);
static int row_connections(struct ctx *, const struct li_row *,
    struct ssi_err *);
static int row_invitations(struct ctx *, const struct li_row *,
    struct ssi_err *);
static int row_shares(struct ctx *, const struct li_row *, struct ssi_err *);
static int row_comments(struct ctx *, const struct li_row *,
    struct ssi_err *);
static int row_dated(struct ctx *, const struct li_row *, struct ssi_err *);
static int row_messages(struct ctx *, const struct li_row *,
    struct ssi_err *);
static int real_url(struct ctx *, const char *, size_t);
static int known(struct li_src *);

static const struct kind kinds[K_COUNT] = {
	[K_PROFILE] = { "Profile", R_CSV, { "First Name", "Last Name",
	    "Headline", "Summary", "Industry", "Geo Location" }, 0,
	    row_profile, 0 },
	[K_POSITIONS] = { "Positions", R_CSV, { "Company Name",
	    "Finished On", "Started On" }, 0, row_positions, KF_ASOF },
	[K_EDUCATION] = { "Education", R_CSV, { NULL }, 0, NULL, 0 },
	[K_SKILLS] = { "Skills", R_CSV, { NULL }, 0, NULL, 0 },
	[K_ENDORSE] = { "Endorsement_Received_Info", R_CSV,
	    { "Endorsement Date" }, 0, row_endorse, KF_ASOF },
	[K_RECOMMEND] = { "Recommendations_Received", R_CSV, { "Status",
	    "Creation Date" }, 0, row_recommend, KF_ASOF | KF_PRIVATE },
	[K_MEDIA] = { "Rich_Media", R_CSV, { "Date/Time" }, 0, row_media,
	    KF_ASOF },
	[K_ADS] = { "Ad_Targeting", R_CSV, { "Member Groups" }, 0, row_ads,
	    0 },
	[K_CONNECTIONS] = { "Connections", R_CONNECTIONS, { "First Name",
	    "Last Name", "URL", "Company", "Position", "Connected On" }, 0,
	    row_connections, KF_ASOF },
	[K_INVITATIONS] = { "Invitations", R_CSV, { "Sent At", "Direction",
	    "To", "Message", "inviterProfileUrl", "inviteeProfileUrl" }, 0x3,
	    row_invitations, KF_ASOF | KF_PRIVATE | KF_WINDOW },
	[K_SHARES] = { "Shares", R_CSV, { "Date", "ShareLink",
	    "ShareCommentary" }, 0x7, row_shares, KF_ASOF | KF_WINDOW },
	[K_COMMENTS] = { "Comments", R_COMMENTS, { "Date", "Link" }, 0x3,
	    row_comments, KF_ASOF | KF_PRIVATE | KF_WINDOW },
	[K_REPOSTS] = { "InstantReposts", R_CSV, { "Date" }, 0x1, row_dated,
	    KF_ASOF | KF_WINDOW },
	[K_REACTIONS] = { "Reactions", R_CSV, { "Date" }, 0x1, row_dated,
	    KF_ASOF | KF_WINDOW },
	[K_VOTES] = { "Votes", R_CSV, { "Date" }, 0x1, row_dated,
	    KF_ASOF | KF_WINDOW },
	[K_SEARCHES] = { "SearchQueries", R_LINES, { "Time" }, 0x1, row_dated,
	    KF_ASOF | KF_WINDOW },
	[K_MESSAGES] = { "messages", R_CSV, { "DATE", "CONVERSATION ID",
	    "FROM", "SENDER PROFILE URL", "FOLDER", "IS MESSAGE DRAFT" }, 0x7,
	    row_messages, KF_ASOF | KF_PRIVATE | KF_WINDOW },
};

/* The fields each file feeds, for the messages of what was not counted. */
static const char *const feeds[K_COUNT + 1] = {
	[K_PROFILE] = "name, headline, summary, industry, location",
	[K_POSITIONS] = "positions, colleague_connections",
	[K_EDUCATION] = "education",
	[K_SKILLS] = "skills",
	[K_ENDORSE] = "endorsements",
	[K_RECOMMEND] = "recommendations",
	[K_MEDIA] = "media, photo",
	[K_ADS] = "groups",
	[K_CONNECTIONS] = "connections, senior_connections, "
	    "colleague_connections, target_connections, invitations_accepted",
	[K_INVITATIONS] = "invitations_sent, invitations_personalized, "
	    "invitations_accepted, active_days",
	[K_SHARES] = "posts, shares, group_posts, active_days",
	[K_COMMENTS] = "comments, group_posts, active_days",
	[K_REPOSTS] = "shares, active_days",
	[K_REACTIONS] = "reactions, active_days",
	[K_VOTES] = "active_days",
	[K_SEARCHES] = "searches, active_days",
	[K_MESSAGES] = "messages_received, messages_replied, active_days",
	[K_ARTICLES] = "articles",
};

/* The base names of the files of the format page
 * (ssi.7 LINKEDIN DATA EXPORT): a folder holding any of them is an export. */
static const char *const known_files[] = {
	"Profile", "Profile Summary", "Positions", "Education", "Skills",
	"Endorsement_Received_Info", "Endorsement_Given_Info",
	"Recommendations_Received", "Recommendations_Given", "Rich_Media",
	"Rich Media", "Connections", "Invitations", "messages", "Shares",
	"Comments", "Reactions", "Votes", "InstantReposts",
	"Company Follows", "Member_Follows", "SearchQueries", "Learning",
	"Ad_Targeting", "Inferences_about_you", "Certifications", "Languages",
	"Projects", "Publications", "Volunteering", "Honors", "Courses",
	"Causes You Care About", "Organizations", "Events", "Email Addresses",
	"PhoneNumbers", "Whatsapp Phone Numbers", "Registration", "Logins",
	"Security Challenges", "Receipts_v2", "Ads Clicked",
	"LAN Ads Engagement", "Hashtag_Follows", "Saved_Items",
	"SavedJobAlerts", "ImportedContacts", "Contacts",
	"Private_identity_asset",
};

/* Position words of a senior connection (ssi.7 LINKEDIN DATA EXPORT), whole words. */
static const char *const senior_words[] = {
	"chief", "ceo", "cfo", "coo", "cto", "cmo", "cio", "cro", "president",
	"vp", "svp", "evp", "vice president", "director", "head", "founder",
	"co-founder", "owner", "partner", "managing director",
	"general manager", "directora", "jefe", "jefa", "fundador",
	"fundadora", "socio", "socia", "presidente", "presidenta",
	"gerente general", "consejero delegado", "consejera delegada",
	"vicepresidente", "vicepresidenta", "cofundador", "cofundadora",
};

static int
nomem(struct ssi_err *e)
{
	return err_set(e, "out of memory");
}

/* ---- what is kept: the window the dates asked for can count ---- */

/* Days [*lo, *hi] that some snapshot's window can hold, as far as the
 * export read so far tells (lo only grows as the latest date does). */
static void
keep_range(const struct ctx *c, int32_t *lo, int32_t *hi)
{
	const struct plan *pl = &c->plan;
	int64_t l, h;

	if (pl->d != NULL) {
		l = pl->d[0];
		h = pl->d[pl->nd - 1];
	} else if (pl->every > 0) {
		h = pl->until != NODAY ? pl->until : c->dated ? c->latest :
		    NEVER;
		l = pl->since != NODAY ? pl->since : h == NEVER ? NODAY :
		    h - pl->every * EVERY_STEPS;
	} else if (c->dated) {
		l = h = c->latest;
	} else {
		l = NODAY;
		h = NEVER;
	}
	if (l != NODAY)
		l -= pl->period - 1;
	*lo = l < -2000000000 ? NODAY + 1 : (int32_t)l;
	*hi = h > 2000000000 ? NEVER : (int32_t)h;
}

static int
kept(const struct ctx *c, int32_t day)
{
	int32_t lo, hi;

	if (day == NODAY)
		return 0;
	keep_range(c, &lo, &hi);
	return day >= lo && day <= hi;
}

/* Drop the events no window can count any more. */
static void
ev_prune(const struct ctx *c, struct evs *v)
{
	size_t i, o = 0;

	for (i = 0; i < v->n; i++)
		if (kept(c, v->v[i].day))
			v->v[o++] = v->v[i];
	v->n = o;
}

static int
ev_add(struct ctx *c, int k, int32_t day, int32_t aux, uint32_t fl)
{
	struct evs *v = &c->ev[k];
	int win = k < K_COUNT && (kinds[k].flags & KF_WINDOW);

	if (win && !kept(c, day))
		return 0;
	/* Rows come grouped by day: a run of alike rows is one event. */
	if (v->n > 0 && v->v[v->n - 1].day == day &&
	    v->v[v->n - 1].aux == aux && v->v[v->n - 1].fl == fl &&
	    v->v[v->n - 1].n < UINT32_MAX) {
		v->v[v->n - 1].n++;
		return 0;
	}
	/* When full: prune, and grow only when that freed less than half
	 * (amortised O(1) per event). */
	if (v->n == v->cap) {
		if (win)
			ev_prune(c, v);
		if (v->cap == 0 || v->n > v->cap / 2) {
			size_t cap = v->cap ? v->cap * 2 : 256;
			struct ev *nv = realloc(v->v, cap * sizeof *nv);

			if (nv == NULL)
				return -1;
			v->v = nv;
			v->cap = cap;
		}
	}
	v->v[v->n].day = day;
	v->v[v->n].aux = aux;
	v->v[v->n].n = 1;
	v->v[v->n++].fl = fl;
	return 0;
}

/* Scratch buffer k of at least n + 1 bytes, or NULL. */
static char *
scratch(struct ctx *c, int k, size_t n)
{
	if (c->tmpcap[k] < n + 1) {
		size_t cap = c->tmpcap[k] ? c->tmpcap[k] : 256;
		char *nb;

		while (cap < n + 1)
			cap *= 2;
		if ((nb = realloc(c->tmp[k], cap)) == NULL)
			return NULL;
		c->tmp[k] = nb;
		c->tmpcap[k] = cap;
	}
	return c->tmp[k];
}

/*
 * Index in t of the name s[0..n), added when add: >= 0, -1 when absent,
 * -3 on no memory.  The sets of keys hold the names' 128-bit keyed digests
 * (strtab_digest), not the names: what a set keeps is bounded by its rows
 * whatever the length of the names (a conversation id of 600 KB costs 16
 * bytes), and names built to collide cannot be found without the key.
 */
static long
dig_index(struct strtab *t, const char *s, size_t n, int add)
{
	unsigned char d[STRTAB_DIGEST];
	long k;

	strtab_digest(s, n, d);
	if (!add)
		return strtab_find(t, (const char *)d, sizeof d);
	return (k = strtab_index(t, (const char *)d, sizeof d)) < 0 ? -3 : k;
}

/* Index in t of the key of s[0..n) (li_url_key or li_post_key), added when
 * add: >= 0, -1 when absent or empty, -2 on no memory. */
static long
key_index(struct ctx *c, struct strtab *t,
    size_t (*key)(const char *, size_t, char *), const char *s, size_t n,
    int add)
{
	char *b;
	long k;

	if (n == 0)
		return -1;
	if ((b = scratch(c, 0, n)) == NULL)
		return -2;
	if ((n = key(s, n, b)) == 0)
		return -1;
	return (k = dig_index(t, b, n, add)) == -3 ? -2 : k;
}

/* The earliest day of key k of a connection map (new keys get day). */
static int
map_day(int32_t **days, size_t *cap, long k, long before, int32_t day)
{
	if ((size_t)k >= *cap) {
		size_t nc = *cap ? *cap * 2 : 256;
		int32_t *nd;

		while (nc <= (size_t)k)
			nc *= 2;
		if ((nd = realloc(*days, nc * sizeof *nd)) == NULL)
			return -1;
		*days = nd;
		*cap = nc;
	}
	if (k >= before || day < (*days)[k])
		(*days)[k] = day;
	return 0;
}

/* ---- text of a row ---- */

static int
eq_ci(const char *a, size_t an, const char *b)
{
	size_t i;

	li_trim(&a, &an);
	for (i = 0; i < an; i++) {
		int x = (unsigned char)a[i], y = (unsigned char)b[i];

		if (y == '\0')
			return 0;
		if (x >= 'A' && x <= 'Z')
			x += 32;
		if (y >= 'A' && y <= 'Z')
			y += 32;
		if (x != y)
			return 0;
	}
	return b[an] == '\0';
}

/* "First Last" from the non-blank parts into scratch k; its length. */
static size_t
full_name(struct ctx *c, int k, const struct li_row *r, int fi, int la,
    char **out)
{
	const char *f = r->v[fi], *l = r->v[la];
	size_t fn = r->n[fi], ln = r->n[la], o = 0;
	char *b;

	li_trim(&f, &fn);
	li_trim(&l, &ln);
	if ((b = scratch(c, k, fn + ln + 1)) == NULL)
		return (size_t)-1;
	memcpy(b, f, fn);
	o = fn;
	if (fn && ln)
		b[o++] = ' ';
	memcpy(b + o, l, ln);
	o += ln;
	b[o] = '\0';
	*out = b;
	return o;
}

/* Fold r's column i into scratch k. */
static size_t
folded(struct ctx *c, int k, const struct li_row *r, int i, char **out)
{
	char *b = scratch(c, k, r->n[i]);

	if (b == NULL)
		return (size_t)-1;
	*out = b;
	return li_fold(r->v[i], r->n[i], b);
}

/* A day of an as_of source: the export's first and last dates. */
static void
note_day(struct ctx *c, int32_t day)
{
	if (day == NODAY || !(c->k->flags & KF_ASOF))
		return;
	if (!c->dated || day > c->latest)
		c->latest = day;
	if (!c->dated || day < c->earliest)
		c->earliest = day;
	c->dated = 1;
}

static int
bad_date(struct ctx *c, const struct li_row *r, int i, struct ssi_err *e)
{
	char q[128];

	c->rowbad = 1;
	/* In a private file a shifted row could put text here: no quote. */
	if (c->k->flags & KF_PRIVATE)
		return err_set(e, "%s: not a date", c->k->cols[i]);
	return err_set(e, "%s: %s is not a date", c->k->cols[i],
	    err_quote(q, sizeof q, r->v[i], r->n[i]));
}

/* The date in column i: 0 and *day (NODAY when blank), or -1. */
static int
row_day(struct ctx *c, const struct li_row *r, int i, int32_t *day,
    int32_t *sec, struct ssi_err *e)
{
	int32_t s = 0;
	int k = li_when(r->v[i], r->n[i], day, &s);

	if (k < 0)
		return bad_date(c, r, i, e);
	if (k == 0)
		*day = NODAY;
	note_day(c, *day);
	if (sec != NULL)
		*sec = s;
	return 0;
}

static int
set_text(struct profile *p, int f, const char *s, size_t n,
    struct ssi_err *e)
{
	li_trim(&s, &n);
	if (n == 0)
		return 0;		/* blank: the field stays missing */
	return profile_set(p, f, s, n, VK_STRING, 1, e);
}

static int
set_count(struct profile *p, int f, long v, struct ssi_err *e)
{
	char b[32];
	int n = snprintf(b, sizeof b, "%ld", v);

	return profile_set(p, f, b, (size_t)n, VK_STRING, 1, e);
}

/* ---- the rows of each file ---- */

static int
row_profile(struct ctx *c, const struct li_row *r, struct ssi_err *e)
{
	static const int text[][2] = { { 2, F_HEADLINE }, { 3, F_SUMMARY },
	    { 4, F_INDUSTRY }, { 5, F_LOCATION } };
	char *b;
	size_t n, i;

	if (c->rows[K_PROFILE] > 1)
		return 0;		/* one member: the first row */
	if ((n = full_name(c, 0, r, 0, 1, &b)) == (size_t)-1)
		return nomem(e);
	if (n > 0) {
		if ((c->name = malloc(n + 1)) == NULL)
			return nomem(e);
		memcpy(c->name, b, n + 1);
		c->name_len = n;
		if (set_text(&c->base, F_NAME, b, n, e) < 0)
			return -1;
	}
	for (i = 0; i < sizeof text / sizeof text[0]; i++)
		if (set_text(&c->base, text[i][1], r->v[text[i][0]],
		    r->n[text[i][0]], e) < 0)
			return -1;
	return 0;
}

/* A Positions date ("Mar 2022", "2018", blank) in column i. */
static int
month_day(struct ctx *c, const struct li_row *r, int i, int32_t *day,
    struct ssi_err *e)
{
	int k = li_month_year(r->v[i], r->n[i], day);

	if (k < 0)
		return bad_date(c, r, i, e);
	if (k == 0)
		*day = NODAY;
	return 0;
}

static int
row_positions(struct ctx *c, const struct li_row *r, struct ssi_err *e)
{
	struct pos *p;
	char *b;
	size_t n;
	long k = -1;

	if (c->npos == c->poscap) {
		size_t cap = c->poscap ? c->poscap * 2 : 16;
		struct pos *np = realloc(c->pos, cap * sizeof *np);

		if (np == NULL)
			return nomem(e);
		c->pos = np;
		c->poscap = cap;
	}
	p = &c->pos[c->npos];
	if (month_day(c, r, 2, &p->start, e) < 0 ||
	    month_day(c, r, 1, &p->end, e) < 0)
		return -1;
	note_day(c, p->start);
	/* Without both columns no position is known to be current. */
	if ((c->hascol[K_POSITIONS] & (COL(0) | COL(1))) ==
	    (COL(0) | COL(1))) {
		if ((n = folded(c, 0, r, 0, &b)) == (size_t)-1)
			return nomem(e);
		if (n > 0 && (k = dig_index(&c->companies, b, n, 1)) < 0)
			return nomem(e);
	}
	p->company = (int32_t)k;
	c->npos++;
	return 0;
}

static int
row_endorse(struct ctx *c, const struct li_row *r, struct ssi_err *e)
{
	int32_t day;

	if (row_day(c, r, 0, &day, NULL, e) < 0)
		return -1;
	return ev_add(c, K_ENDORSE, day, 0, 0) < 0 ? nomem(e) : 0;
}

static int
row_recommend(struct ctx *c, const struct li_row *r, struct ssi_err *e)
{
	int32_t day;
	uint32_t fl = 0;

	if (row_day(c, r, 1, &day, NULL, e) < 0)
		return -1;
	if (li_blank(r->v[0], r->n[0]) || eq_ci(r->v[0], r->n[0], "VISIBLE"))
		fl = EV_VISIBLE;
	return ev_add(c, K_RECOMMEND, day, 0, fl) < 0 ? nomem(e) : 0;
}

/* "You uploaded a <kind> on <Month D, YYYY> at ...": the kind and day. */
static int
row_media(struct ctx *c, const struct li_row *r, struct ssi_err *e)
{
	const char *s = r->v[0], *p, *end;
	size_t n = r->n[0], kn;
	uint32_t fl = 0;
	int32_t day = NODAY;

	if ((p = strstr(s, "uploaded ")) == NULL)
		return 0;
	p += 9;
	if (strncmp(p, "a ", 2) == 0)
		p += 2;
	else if (strncmp(p, "an ", 3) == 0)
		p += 3;
	if ((end = strstr(p, " on ")) == NULL || end > s + n)
		return 0;
	kn = (size_t)(end - p);
	if ((kn == 8 && memcmp(p, "document", 8) == 0) ||
	    (kn == 5 && memcmp(p, "video", 5) == 0))
		fl = EV_MEDIA;
	else if (kn == 13 && memcmp(p, "profile photo", 13) == 0)
		fl = EV_PHOTO;
	end += 4;
	if (li_long_date(end, (size_t)(s + n - end), &day) < 0)
		return c->rowbad = 1, err_set(e, "Date/Time: %s has no date 'Month D, YYYY'",
		    err_quote((char[128]){ 0 }, 128, r->v[0], r->n[0]));
	note_day(c, day);
	return fl && ev_add(c, K_MEDIA, day, 0, fl) < 0 ? nomem(e) : 0;
}

static int
row_ads(struct ctx *c, const struct li_row *r, struct ssi_err *e)
{
	const char *s = r->v[0], *end = s + r->n[0];

	(void)e;
	if (c->rows[K_ADS] > 1)
		return 0;		/* the first row */
	while (s <= end) {
		const char *sep = strstr(s, "; ");
		const char *stop = sep && sep < end ? sep : end;

		if (!li_blank(s, (size_t)(stop - s)))
			c->groups++;
		if (stop == end)
			break;
		s = stop + 2;
	}
	return 0;
}

static int
row_connections(struct ctx *c, const struct li_row *r, struct ssi_err *e)
{
	int32_t day;
	char *b, *pos, *co;
	size_t n, pn, cn, i;
	long k, before;
	uint32_t fl = 0;
	int hit;

	if (row_day(c, r, 5, &day, NULL, e) < 0)
		return -1;
	if ((n = full_name(c, 1, r, 0, 1, &b)) == (size_t)-1)
		return nomem(e);
	if (n > 0) {
		before = c->conn_names.n;
		if ((k = dig_index(&c->conn_names, b, n, 1)) < 0 ||
		    map_day(&c->name_day, &c->name_cap, k, before, day) < 0)
			return nomem(e);
	}
	if (real_url(c, r->v[2], r->n[2])) {
		before = c->conn_urls.n;
		if ((k = key_index(c, &c->conn_urls, li_url_key, r->v[2],
		    r->n[2], 1)) == -2 || (k >= 0 && map_day(&c->url_day,
		    &c->url_cap, k, before, day) < 0))
			return nomem(e);
	} else if (n > 0) {
		/* Matched by name: a bare or empty URL (or no URL column). */
		before = c->conn_bare.n;
		if ((k = dig_index(&c->conn_bare, b, n, 1)) < 0 ||
		    map_day(&c->bare_day, &c->bare_cap, k, before, day) < 0)
			return nomem(e);
	}
	if ((pn = folded(c, 1, r, 4, &pos)) == (size_t)-1 ||
	    (cn = folded(c, 2, r, 3, &co)) == (size_t)-1)
		return nomem(e);
	for (i = 0, hit = 0; pn > 0 && !hit &&
	    i < sizeof senior_words / sizeof senior_words[0]; i++)
		hit = li_has_word(pos, pn, senior_words[i],
		    strlen(senior_words[i]));
	if (hit)
		fl |= EV_SENIOR;
	k = cn > 0 ? dig_index(&c->companies, co, cn, 0) : -1;
	if (c->kw != NULL) {
		const char *w = c->kw;

		for (i = 0, hit = 0; i < c->nkw && !hit; i++) {
			size_t kn = strlen(w);

			hit = li_has_sub(pos, pn, w, kn) ||
			    li_has_sub(co, cn, w, kn);
			w += kn + 1;
		}
		if (hit)
			fl |= EV_TARGET;
	}
	return ev_add(c, K_CONNECTIONS, day, (int32_t)k, fl) < 0 ?
	    nomem(e) : 0;
}

/* A profile URL that names someone: not empty, not the bare
 * "https://www.linkedin.com/in" some exports hold in every row. */
static int
real_url(struct ctx *c, const char *s, size_t n)
{
	char *b;

	if (n == 0 || (b = scratch(c, 0, n)) == NULL)
		return 0;
	n = li_url_key(s, n, b);
	return n > 0 && !(n >= 3 && memcmp(b + n - 3, "/in", 3) == 0) &&
	    strcmp(b, "linkedin.com") != 0;
}

/*
 * The day the invitee became a connection (NODAY: an undated one); NEVER
 * when not one (ssi.7 LINKEDIN DATA EXPORT, "Matching invitations to
 * connections"): by profile URL where the invitation carries a real one
 * (else among the connections without one, by name), by name where its URL
 * is bare, empty or has no column.
 */
static int32_t
accepted_day(struct ctx *c, const struct li_row *r, uint32_t *fl)
{
	const char *to = r->v[2];
	size_t n = r->n[2];
	long k;

	if (!(c->have & (1u << K_CONNECTIONS)))
		return NEVER;
	li_trim(&to, &n);
	if ((c->hascol[K_INVITATIONS] & COL(5)) &&
	    real_url(c, r->v[5], r->n[5])) {
		k = key_index(c, &c->conn_urls, li_url_key, r->v[5], r->n[5],
		    0);
		if (k >= 0)
			return c->url_day[k];
		k = n > 0 ? dig_index(&c->conn_bare, to, n, 0) : -1;
		*fl |= k >= 0 ? EV_BYNAME_INV : 0;
		return k >= 0 ? c->bare_day[k] : NEVER;
	}
	k = n > 0 ? dig_index(&c->conn_names, to, n, 0) : -1;
	*fl |= k >= 0 ? EV_BYNAME_INV : 0;
	return k >= 0 ? c->name_day[k] : NEVER;
}

static int
row_invitations(struct ctx *c, const struct li_row *r, struct ssi_err *e)
{
	int32_t day, acc;
	uint32_t fl = 0;

	if (row_day(c, r, 0, &day, NULL, e) < 0)
		return -1;
	if (!eq_ci(r->v[1], r->n[1], "OUTGOING"))
		return 0;
	if (!li_blank(r->v[3], r->n[3]))
		fl |= EV_NOTE;
	if (key_index(c, &c->me_urls, li_url_key, r->v[4], r->n[4], 1) == -2)
		return nomem(e);
	acc = accepted_day(c, r, &fl);
	return ev_add(c, K_INVITATIONS, day, acc, fl) < 0 ?
	    nomem(e) : 0;
}

/* Shares.csv wraps each line of a commentary in quotes: undo '"\n"'. */
static int
commentary_blank(struct ctx *c, const char *s, size_t n)
{
	char *b = scratch(c, 0, n);
	size_t i, o = 0;

	if (b == NULL)
		return li_blank(s, n);
	for (i = 0; i < n; i++) {
		if (s[i] == '"' && i + 2 < n && s[i + 1] == '\n' &&
		    s[i + 2] == '"') {
			b[o++] = '\n';
			i += 2;
		} else {
			b[o++] = s[i];
		}
	}
	return li_blank(b, o);
}

static int
is_group(struct ctx *c, const char *s, size_t n)
{
	char *b = scratch(c, 1, n);

	if (b == NULL)
		return 0;
	n = li_pct_decode(s, n, b);
	return li_has_sub(b, n, "urn:li:groupPost:", 17);
}

static int
row_shares(struct ctx *c, const struct li_row *r, struct ssi_err *e)
{
	int32_t day;
	uint32_t fl = 0;

	if (row_day(c, r, 0, &day, NULL, e) < 0)
		return -1;
	if (!commentary_blank(c, r->v[2], r->n[2]))
		fl |= EV_TEXT;
	if (is_group(c, r->v[1], r->n[1]))
		fl |= EV_GROUP;
	if (key_index(c, &c->share_keys, li_post_key, r->v[1], r->n[1], 1) ==
	    -2)
		return nomem(e);
	return ev_add(c, K_SHARES, day, 0, fl) < 0 ? nomem(e) : 0;
}

static int
row_comments(struct ctx *c, const struct li_row *r, struct ssi_err *e)
{
	int32_t day;
	uint32_t fl = 0;
	long k;

	if (row_day(c, r, 0, &day, NULL, e) < 0)
		return -1;
	if (!kept(c, day))
		return 0;
	if (is_group(c, r->v[1], r->n[1]))
		fl |= EV_GROUP;
	if ((k = key_index(c, &c->share_keys, li_post_key, r->v[1], r->n[1],
	    0)) == -2)
		return nomem(e);
	if (k >= 0)
		fl |= EV_OWN;
	return ev_add(c, K_COMMENTS, day, 0, fl) < 0 ? nomem(e) : 0;
}

static int
row_dated(struct ctx *c, const struct li_row *r, struct ssi_err *e)
{
	int32_t day;

	if (row_day(c, r, 0, &day, NULL, e) < 0)
		return -1;
	return ev_add(c, c->kid, day, 0, 0) < 0 ? nomem(e) : 0;
}

/* Drop the pending messages no window can count; when the conversation
 * and sender tables hold mostly dropped names, build them again. */
static int
pm_prune(struct ctx *c)
{
	struct strtab nc, ns;
	size_t i, o = 0;

	for (i = 0; i < c->npm; i++)
		if (kept(c, c->pm[i].day))
			c->pm[o++] = c->pm[i];
	c->npm = o;
	if (c->pmcache != NULL)
		memset(c->pmcache, 0, PM_CACHE * sizeof *c->pmcache);
	if ((size_t)c->convs.n + (size_t)c->senders.n < 2 * c->npm + 4096)
		return 0;
	strtab_init(&nc);
	strtab_init(&ns);
	for (i = 0; i < c->npm; i++) {
		struct pm *m = &c->pm[i];
		long k = strtab_index(&nc, c->convs.names[m->conv],
		    strtab_len(&c->convs, m->conv));

		if (k < 0)
			goto fail;
		m->conv = (uint32_t)k;
		if (m->sender == UINT32_MAX)
			continue;
		if ((k = strtab_index(&ns, c->senders.names[m->sender],
		    strtab_len(&c->senders, m->sender))) < 0)
			goto fail;
		m->sender = (uint32_t)k;
	}
	strtab_free(&c->convs);
	strtab_free(&c->senders);
	c->convs = nc;
	c->senders = ns;
	return 0;
fail:
	/* The old indexes were partly overwritten: nothing to go back to. */
	strtab_free(&nc);
	strtab_free(&ns);
	return -1;
}

/* Keep the message just written at c->pm[c->npm]: counted into a recent
 * alike one when the cache finds it, else a new entry.  -1 on no memory. */
static int
pm_keep(struct ctx *c, const struct pm *m)
{
	uint64_t h = ((uint64_t)m->conv * 0x9E3779B97F4A7C15ull) ^
	    ((uint64_t)m->sender * 0xC2B2AE3D27D4EB4Full) ^
	    ((uint64_t)(uint32_t)m->day << 17) ^ (uint64_t)(uint32_t)m->sec ^
	    ((uint64_t)m->fl << 40);
	uint32_t *slot;

	if (c->pmcache == NULL &&
	    (c->pmcache = calloc(PM_CACHE, sizeof *c->pmcache)) == NULL)
		return -1;
	h ^= h >> 29;
	h *= 0xBF58476D1CE4E5B9ull;
	slot = &c->pmcache[(h >> 32) % PM_CACHE];
	if (*slot != 0) {
		struct pm *o = &c->pm[*slot - 1];

		if (o->conv == m->conv && o->sender == m->sender &&
		    o->day == m->day && o->sec == m->sec && o->fl == m->fl &&
		    o->n < UINT32_MAX) {
			o->n++;
			return 0;
		}
	}
	*slot = (uint32_t)c->npm + 1;
	c->npm++;
	return 0;
}

static int
row_messages(struct ctx *c, const struct li_row *r, struct ssi_err *e)
{
	static const char sponsor[] = "LinkedIn Member";
	struct pm *m;
	int32_t day, sec = 0;
	const char *from = r->v[2];
	size_t fn = r->n[2], n;
	uint32_t fl = 0;
	char *b;
	long k;

	if (eq_ci(r->v[5], r->n[5], "Yes"))
		return 0;		/* a draft was never sent */
	if (row_day(c, r, 0, &day, &sec, e) < 0)
		return -1;
	li_trim(&from, &fn);
	if (c->name != NULL && fn == c->name_len &&
	    memcmp(from, c->name, fn) == 0)
		fl |= EV_BYNAME;
	n = 0;
	b = NULL;
	if (r->n[3] > 0) {
		if ((b = scratch(c, 0, r->n[3])) == NULL)
			return nomem(e);
		n = li_url_key(r->v[3], r->n[3], b);
	}
	/* The member's URLs, from any message (any date). */
	if ((fl & EV_BYNAME) && n > 0 && dig_index(&c->me_urls, b, n, 1) < 0)
		return nomem(e);
	if (!kept(c, day))
		return 0;
	if (fn == sizeof sponsor - 1 && memcmp(from, sponsor, fn) == 0)
		fl |= EV_SPONSORED;
	if (eq_ci(r->v[4], r->n[4], "SPAM"))
		fl |= EV_SPAM;
	if (c->npm == c->pmcap) {
		if (pm_prune(c) < 0)
			return nomem(e);
		if (c->npm > c->pmcap / 2 || c->pmcap == 0) {
			size_t cap = c->pmcap ? c->pmcap * 2 : 256;
			struct pm *nm = realloc(c->pm, cap * sizeof *nm);

			if (nm == NULL)
				return nomem(e);
			c->pm = nm;
			c->pmcap = cap;
		}
	}
	m = &c->pm[c->npm];
	m->day = day;
	m->sec = sec;
	m->fl = fl;
	m->n = 1;
	m->sender = UINT32_MAX;
	if ((k = dig_index(&c->convs, r->v[1], r->n[1], 1)) < 0)
		return nomem(e);
	m->conv = (uint32_t)k;
	if (n > 0 && !(fl & EV_BYNAME)) {
		if ((k = dig_index(&c->senders, b, n, 1)) < 0)
			return nomem(e);
		m->sender = (uint32_t)k;
	}
	return pm_keep(c, m) < 0 ? nomem(e) : 0;
}

/* ---- what is not counted: one mechanism for rows, files, articles ---- */

/* A warning: msg at file:line; kind, when not NULL, the format it was
 * made from (struct ssi_err: the front end counts repeats by it). */
static void
say_kind(struct ctx *c, const char *file, long line, const char *msg,
    const char *kind)
{
	struct ssi_err w;

	if (c->o->warn == NULL)
		return;
	memset(&w, 0, sizeof w);
	err_at(&w, file, line, 0, "%s", msg);
	if (kind != NULL)
		w.kind = kind;
	c->o->warn(c->o->warn_ctx, &w);
}

static void
say(struct ctx *c, const char *file, long line, const char *msg)
{
	say_kind(c, file, line, msg, NULL);
}

static struct skip *
skip_new(struct ctx *c, const char *file, long line, int kind, int whole,
    const char *why)
{
	struct skip *k;
	size_t n = strlen(file);

	if (c->nsk == c->skcap) {
		size_t cap = c->skcap ? c->skcap * 2 : 16;
		struct skip *ns = realloc(c->sk, cap * sizeof *ns);

		if (ns == NULL)
			return NULL;
		c->sk = ns;
		c->skcap = cap;
	}
	k = &c->sk[c->nsk];
	if ((k->file = malloc(n + 1)) == NULL)
		return NULL;
	memcpy(k->file, file, n + 1);
	k->line = line;
	k->n = 1;
	k->whole = whole;
	k->kind = kind;
	snprintf(k->why, sizeof k->why, "%s", why);
	c->nsk++;
	return k;
}

/* A row of the current file whose data cannot be read (why): not counted,
 * with a warning (the front end shows the first few of a file and counts
 * the rest: ssi_err's kind).  0, or -1 on no memory. */
static int
skip_row(struct ctx *c, long line, const char *why)
{
	static const char kind[] = "%s: row not counted (it feeds %s)";
	char m[SSI_ERR_MSG + 512];

	snprintf(m, sizeof m, err_tr(kind), why, feeds[c->kid]);
	say_kind(c, c->disp, line, m, kind);
	if (c->cur_skip >= 0) {
		c->sk[c->cur_skip].n++;
		return 0;
	}
	if (skip_new(c, c->rel, line, (int)c->kid, 0, why) == NULL)
		return -1;
	c->cur_skip = (long)c->nsk - 1;
	return 0;
}

/* Forget what file k gave before it failed: its fields are missing. */
static void
undo_kind(struct ctx *c, enum kind_id k)
{
	c->ev[k].n = 0;
	c->rows[k] = 0;
	c->hascol[k] = 0;
	switch (k) {
	case K_PROFILE:
		free(c->name);
		c->name = NULL;
		c->name_len = 0;
		profile_reset(&c->base);
		break;
	case K_POSITIONS:
		c->npos = 0;
		strtab_free(&c->companies);
		break;
	case K_ADS:
		c->groups = 0;
		break;
	case K_CONNECTIONS:
		strtab_free(&c->conn_urls);
		strtab_free(&c->conn_names);
		strtab_free(&c->conn_bare);
		break;
	case K_SHARES:
		strtab_free(&c->share_keys);
		break;
	case K_MESSAGES:
		c->npm = 0;
		if (c->pmcache != NULL)
			memset(c->pmcache, 0, PM_CACHE * sizeof *c->pmcache);
		strtab_free(&c->convs);
		strtab_free(&c->senders);
		break;
	default:
		break;
	}
}

/* The current file cannot be read (why, at line): its fields are missing,
 * with a warning.  0, or -1 on no memory. */
static int
skip_file(struct ctx *c, long line, const char *why)
{
	char m[SSI_ERR_MSG + 512];

	if (c->cur_skip >= 0) {
		/* Its rows are not counted either way: one record. */
		free(c->sk[c->cur_skip].file);
		c->nsk--;
		c->cur_skip = -1;
	}
	undo_kind(c, c->kid);
	snprintf(m, sizeof m, err_tr("%s: file not read (%s: missing)"), why,
	    feeds[c->kid]);
	say(c, c->disp, line, m);
	return skip_new(c, c->rel, line, (int)c->kid, 1, why) ? 0 : -1;
}

/* ---- readers ---- */

static int
map_header(struct ctx *c, char **f, const size_t *len, size_t nf, long line,
    struct ssi_err *e)
{
	int i;
	size_t j;

	c->headed = 1;
	for (i = 0; i < NCOL && c->k->cols[i] != NULL; i++) {
		for (j = 0; j < nf; j++) {
			if (eq_ci(f[j], len[j], c->k->cols[i]))
				break;	/* the first of duplicates wins */
		}
		if (j < nf) {
			c->col[i] = (int)j;
			c->hascol[c->kid] |= COL(i);
		} else if (c->k->need & COL(i)) {
			return err_at(e, c->disp, line, 0, "no '%s' column",
			    c->k->cols[i]);
		}
	}
	return 0;
}

static int
data_row(struct ctx *c, char **f, const size_t *len, size_t nf, long line,
    struct ssi_err *e)
{
	struct li_row r;
	size_t j;
	int i;

	for (j = 0; j < nf && li_blank(f[j], len[j]); j++)
		;
	if (j == nf)
		return 0;		/* every field blank */
	for (i = 0; i < NCOL; i++) {
		int k = c->col[i];

		r.v[i] = k >= 0 && (size_t)k < nf ? f[k] : "";
		r.n[i] = k >= 0 && (size_t)k < nf ? len[k] : 0;
	}
	r.line = line;
	c->rows[c->kid]++;
	c->rowbad = 0;
	if (c->k->row != NULL && c->k->row(c, &r, e) < 0) {
		if (c->rowbad) {
			c->rows[c->kid]--;
			return skip_row(c, line, e->msg) < 0 ? nomem(e) : 0;
		}
		c->own_err = 1;
		c->hard = 1;
		e->file = c->disp;
		e->line = line;
		e->col = 0;
		return -1;
	}
	return 0;
}

static int
on_csv_row(void *vc, const struct csv_row *row, struct ssi_err *e)
{
	struct ctx *c = vc;
	long line = row->line + c->line_off;

	if (!c->headed)
		return map_header(c, row->f, row->len, row->n, line, e) < 0 ?
		    (c->own_err = 1, -1) : 0;
	return data_row(c, row->f, row->len, row->n, line, e);
}

static int
csv_sink(void *vc, const char *buf, size_t n, struct ssi_err *e)
{
	struct ctx *c = vc;

	return csv_in_feed(c->csv, buf, n, e) < 0 ? -1 : 0;
}

/* Move bytes of *buf up to and with the next '\n' into c->lb: 1 when the
 * line is whole, 0 when the buffer ran out first, -1 on error. */
static int
take_line(struct ctx *c, const char **buf, size_t *n, struct ssi_err *e)
{
	const char *nl = memchr(*buf, '\n', *n);
	size_t k = nl ? (size_t)(nl - *buf) + 1 : *n;

	if (c->lblen + k > LINE_MAX_LEN)
		return err_at(e, c->disp, c->lineno + 1, 0, "line longer than "
		    "1 MiB");
	if (c->lblen + k > c->lbcap) {
		size_t cap = c->lbcap ? c->lbcap : 4096;
		char *nb;

		while (cap < c->lblen + k)
			cap *= 2;
		if ((nb = realloc(c->lb, cap)) == NULL)
			return err_at(e, c->disp, 0, 0, "out of memory");
		c->lb = nb;
		c->lbcap = cap;
	}
	memcpy(c->lb + c->lblen, *buf, k);
	c->lblen += k;
	*buf += k;
	*n -= k;
	return nl != NULL;
}

/* The line in c->lb without its line end (and BOM on line 1). */
static const char *
line_text(struct ctx *c, size_t *n)
{
	const char *s = c->lb;

	*n = c->lblen;
	while (*n > 0 && (s[*n - 1] == '\n' || s[*n - 1] == '\r'))
		(*n)--;
	if (c->lineno == 1 && *n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		s += 3, *n -= 3;
	return s;
}

/* Connections.csv: skip the "Notes:" preamble up to the header line. */
static int
is_conn_header(struct ctx *c)
{
	size_t n;
	const char *s = line_text(c, &n);

	if (n > 0 && s[0] == '"')
		s++, n--;
	/* Valgrind fix: a line of exactly "First Name" was read one past. */
	return n > 10 && eq_ci(s, 10, "first name") &&
	    (s[10] == ',' || s[10] == '\t' || (s[10] == '"' && n > 11 &&
	    (s[11] == ',' || s[11] == '\t')));
}

static int
conn_sink(void *vc, const char *buf, size_t n, struct ssi_err *e)
{
	struct ctx *c = vc;

	if (c->pass)
		return csv_sink(c, buf, n, e);
	while (n > 0) {
		int r = take_line(c, &buf, &n, e);

		if (r <= 0)
			return r;
		c->lineno++;
		if (is_conn_header(c)) {
			c->pass = 1;
			c->line_off = c->lineno - 1;
			if (csv_sink(c, c->lb, c->lblen, e) < 0)
				return -1;
			return n > 0 ? csv_sink(c, buf, n, e) : 0;
		}
		if (!li_blank(c->lb, c->lblen))
			c->junk = 1;
		c->lblen = 0;
	}
	return 0;
}

static int
conn_end(struct ctx *c, struct ssi_err *e)
{
	if (c->pass)
		return 0;
	if (c->lblen > 0) {
		c->lineno++;
		if (is_conn_header(c)) {
			c->pass = 1;
			c->line_off = c->lineno - 1;
			return csv_sink(c, c->lb, c->lblen, e);
		}
		if (!li_blank(c->lb, c->lblen))
			c->junk = 1;
	}
	if (c->junk)
		return err_at(e, c->disp, 0, 0, "no header line (one starting "
		    "'First Name,')");
	return 0;
}

/* A 'YYYY-MM-DD HH:MM:SS' at s. */
static int
is_stamp(const char *s, size_t n)
{
	static const char pat[] = "dddd-dd-dd dd:dd:dd";
	size_t i;

	if (n < 19)
		return 0;
	for (i = 0; i < 19; i++)
		if (pat[i] == 'd' ? !(s[i] >= '0' && s[i] <= '9') :
		    s[i] != pat[i])
			return 0;
	return 1;
}

/*
 * Comments.csv escapes quotes as \" and, up to 2023, left multi-line
 * comments unquoted: a record starts only at a line matching
 * ^(date)?,https?:// (format page), and only its date and link are read.
 */
static int
com_line(struct ctx *c, struct ssi_err *e)
{
	const char *s, *d = "", *l;
	size_t n, i = 0, dn = 0, ln;
	int q = 0;
	char *f[2];
	size_t len[2];

	c->lineno++;
	s = line_text(c, &n);
	if (!c->headed) {
		const char *comma, *rest;

		if (li_blank(s, n))
			return 0;
		c->delim = memchr(s, '\t', n) && !memchr(s, ',', n) ? '\t' :
		    ',';
		comma = memchr(s, c->delim, n);
		rest = comma ? comma + 1 : s + n;
		ln = (size_t)(s + n - rest);
		l = memchr(rest, c->delim, ln);
		f[0] = (char *)s;
		len[0] = comma ? (size_t)(comma - s) : n;
		f[1] = (char *)rest;
		len[1] = l ? (size_t)(l - rest) : ln;
		for (i = 0; i < 2; i++)
			if (len[i] >= 2 && f[i][0] == '"' &&
			    f[i][len[i] - 1] == '"')
				f[i]++, len[i] -= 2;
		if (!eq_ci(f[0], len[0], "Date") ||
		    !eq_ci(f[1], len[1], "Link"))
			return err_at(e, c->disp, c->lineno, 0, "expected a "
			    "header starting 'Date,Link'");
		return map_header(c, f, len, 2, c->lineno, e);
	}
	if (i < n && s[i] == '"')
		q = 1, i++;
	if (is_stamp(s + i, n - i))
		d = s + i, dn = 19, i += 19;
	if (q && i < n && s[i] == '"')
		q = 0, i++;
	if (q || i >= n || s[i] != c->delim)
		goto continuation;
	i++;
	if ((q = i < n && s[i] == '"'))
		i++;
	l = s + i;
	if (!(n - i >= 7 && eq_ci(l, 7, "http://")) &&
	    !(n - i >= 8 && eq_ci(l, 8, "https://")))
		goto continuation;
	for (ln = 0; i + ln < n && l[ln] != (q ? '"' : c->delim); ln++)
		;
	c->started = 1;
	f[0] = (char *)d;
	len[0] = dn;
	f[1] = (char *)l;
	len[1] = ln;
	return data_row(c, f, len, 2, c->lineno, e);
continuation:
	if (!c->started && !li_blank(s, n))
		return err_at(e, c->disp, c->lineno, 0, "not a comment record "
		    "(a date and a link expected)");
	return 0;
}

/*
 * SearchQueries.csv, and any file whose rules read only the columns before
 * the free text: a row is a line, split on the delimiter without regard to
 * quotes, so a query LinkedIn did not escape ('"UX designer" OR "product
 * designer"') cannot shift the Time column before it.
 */
#define LINE_FIELDS 64

static int
plain_line(struct ctx *c, struct ssi_err *e)
{
	char *f[LINE_FIELDS];
	size_t len[LINE_FIELDS], n, nf = 0;
	const char *s;

	c->lineno++;
	s = line_text(c, &n);
	if (li_blank(s, n))
		return 0;
	if (!c->headed)
		c->delim = memchr(s, '\t', n) && !memchr(s, ',', n) ? '\t' :
		    ',';
	while (nf < LINE_FIELDS) {
		const char *end = memchr(s, c->delim, n);
		size_t k = end ? (size_t)(end - s) : n;
		const char *v = s;
		size_t vn = k;

		li_trim(&v, &vn);
		if (vn >= 2 && v[0] == '"' && v[vn - 1] == '"')
			v++, vn -= 2;
		f[nf] = (char *)v;
		len[nf++] = vn;
		if (end == NULL)
			break;
		s = end + 1;
		n -= k + 1;
	}
	if (!c->headed)
		return map_header(c, f, len, nf, c->lineno, e);
	return data_row(c, f, len, nf, c->lineno, e);
}

static int
line_sink(void *vc, const char *buf, size_t n, struct ssi_err *e)
{
	struct ctx *c = vc;

	while (n > 0) {
		int r = take_line(c, &buf, &n, e);

		if (r <= 0)
			return r;
		if (c->line_fn(c, e) < 0)
			return -1;
		c->lblen = 0;
	}
	return 0;
}

/* Is the error in e one no file can be skipped for (no memory, a zip
 * bomb)? */
static int
hard_error(struct ctx *c, int r, const struct ssi_err *e)
{
	return c->hard || r == -2 || strcmp(e->msg, err_tr("out of memory")) ==
	    0;
}

static int
read_kind(struct ctx *c, struct li_src *src, enum kind_id k, int i,
    struct ssi_err *e)
{
	int r, j;

	c->kid = k;
	c->k = &kinds[k];
	c->disp = li_src_name(src, i);
	c->rel = li_src_rel(src, i);
	c->headed = c->pass = c->junk = c->started = c->own_err = 0;
	c->hard = 0;
	c->cur_skip = -1;
	c->delim = ',';
	c->line_off = c->lineno = 0;
	c->lblen = 0;
	for (j = 0; j < NCOL; j++)
		c->col[j] = -1;
	if (c->k->reader == R_COMMENTS || c->k->reader == R_LINES) {
		c->line_fn = c->k->reader == R_COMMENTS ? com_line : plain_line;
		r = li_src_read(src, i, line_sink, c, e);
		if (r == 0 && c->lblen > 0 && c->line_fn(c, e) < 0)
			r = -1;
	} else {
		/* The delimiter from the header line: ',' or tab (2018). */
		c->csv = csv_in_new(c->disp, 0, on_csv_row, c);
		if (c->csv == NULL)
			return err_at(e, c->disp, 0, 0, "out of memory");
		r = li_src_read(src, i, c->k->reader == R_CONNECTIONS ?
		    conn_sink : csv_sink, c, e);
		if (r == 0 && c->k->reader == R_CONNECTIONS)
			r = conn_end(c, e);
		if (r == 0)
			r = csv_in_finish(c->csv, e) < 0 ? -1 : 0;
		/* csv_in counts lines from the header line. */
		if (r < 0 && !c->own_err && e->line > 0 && e->file == c->disp)
			e->line += c->line_off;
		csv_in_free(c->csv);
		c->csv = NULL;
	}
	if (r == 0 && !c->headed)
		r = err_at(e, c->disp, 0, 0, "an empty file (no header line)");
	if (r < 0) {
		if (hard_error(c, r, e))
			return -1;
		return skip_file(c, e->line, e->msg) < 0 ? nomem(e) : 0;
	}
	c->have |= 1u << k;
	return 0;
}

/* ---- the articles: their "Published on" (else "Created on") date ---- */

struct art {
	struct ctx *c;
	int mp, mc;		/* bytes of each pattern matched so far */
	int which;		/* 0 none, 1 published, 2 created: capturing */
	char cap[20];
	int ncap;
	int32_t created, published;
	int bad;		/* 1: "Published on" was not a date */
	char badcap[20];
	int nbadcap;
};

static const char pat_pub[] = "Published on ";
static const char pat_cre[] = "Created on ";

/* The captured date of the current pattern, when it is one. */
static void
art_date(struct art *a)
{
	int32_t day, sec;
	const char *s = a->cap;
	size_t n = (size_t)a->ncap;

	if (li_when(s, n, &day, &sec) != 1) {
		if (a->which == 1 && !a->bad) {
			a->bad = 1;
			memcpy(a->badcap, a->cap, sizeof a->cap);
			a->nbadcap = a->ncap;
		}
	} else if (a->which == 1) {
		a->published = day;
	} else if (a->created == NODAY) {
		a->created = day;
	}
	a->which = 0;
	a->ncap = 0;
}

/* Both patterns start with a letter found nowhere else in them, so a
 * mismatch only needs to look at the byte again from the start. */
static int
art_sink(void *va, const char *buf, size_t n, struct ssi_err *e)
{
	struct art *a = va;
	size_t i;

	(void)e;
	for (i = 0; i < n; i++) {
		char ch = buf[i];

		if (a->which) {
			if (ch != '<' && ch != '\n' && ch != '\r' &&
			    a->ncap < 16) {
				a->cap[a->ncap++] = ch;
				continue;
			}
			art_date(a);
			if (a->published != NODAY)
				return 1;	/* nothing more to read */
		}
		a->mp = ch == pat_pub[a->mp] ? a->mp + 1 :
		    ch == pat_pub[0] ? 1 : 0;
		a->mc = ch == pat_cre[a->mc] ? a->mc + 1 :
		    ch == pat_cre[0] ? 1 : 0;
		if (pat_pub[a->mp] == '\0')
			a->which = 1, a->mp = 0, a->ncap = 0;
		else if (pat_cre[a->mc] == '\0')
			a->which = 2, a->mc = 0, a->ncap = 0;
	}
	return 0;
}

/* Only dashes ("---"): the mark of an article never published. */
static int
dashes(const char *s, size_t n)
{
	size_t i;

	li_trim(&s, &n);
	for (i = 0; i < n && (s[i] == '-' || s[i] == ' '); i++)
		;
	return n > 0 && i == n;
}

/*
 * An article counts when it was published (a "Published on" date); a draft
 * ("Published on ---", or no such line) and an article whose date cannot
 * be read are not counted, each with a warning (the items not counted).
 * A file that cannot be read is one such item too.
 */
static int
read_article(struct ctx *c, struct li_src *src, int i, struct ssi_err *e)
{
	static const struct kind akind = { "Articles", R_CSV, { NULL }, 0,
	    NULL, KF_ASOF };
	struct art a;
	char why[SSI_ERR_MSG], m[SSI_ERR_MSG + 64], q[64];
	int r;

	memset(&a, 0, sizeof a);
	a.c = c;
	a.created = a.published = NODAY;
	c->k = &akind;
	r = li_src_read(src, i, art_sink, &a, e);
	if (r < 0 && (r == -2 || strcmp(e->msg, err_tr("out of memory")) ==
	    0))
		return -1;
	if (r == 0 && a.which)
		art_date(&a);
	if (r == 0 && a.published != NODAY) {
		note_day(c, a.published);
		return ev_add(c, K_ARTICLES, a.published, 0, 0) < 0 ?
		    nomem(e) : 0;
	}
	if (r < 0)
		snprintf(why, sizeof why, "%s", e->msg);
	else if (a.bad && dashes(a.badcap, (size_t)a.nbadcap))
		snprintf(why, sizeof why, err_tr("a draft (Published on %s)"),
		    err_quote(q, sizeof q, a.badcap, (size_t)a.nbadcap));
	else if (a.bad)
		snprintf(why, sizeof why, err_tr("Published on %s is not a "
		    "date"), err_quote(q, sizeof q, a.badcap,
		    (size_t)a.nbadcap));
	else
		snprintf(why, sizeof why, "%s", err_tr("a draft (no "
		    "'Published on' date)"));
	snprintf(m, sizeof m, err_tr("%s: not counted"), why);
	say(c, li_src_name(src, i), 0, m);
	return skip_new(c, li_src_rel(src, i), 0, K_ARTICLES, 0, why) ? 0 :
	    nomem(e);
}

/* ---- messages: who replied when ---- */

static int
cmp_pm(const void *va, const void *vb)
{
	const struct pm *a = va, *b = vb;

	if (a->conv != b->conv)
		return a->conv < b->conv ? -1 : 1;
	if (a->day != b->day)
		return a->day < b->day ? -1 : 1;
	return (a->sec > b->sec) - (a->sec < b->sec);
}

/*
 * Turn the pending messages into received ones (each with the day of the
 * member's first strictly later message in its conversation: replied as of
 * any date from that day on) and the days of the member's messages.
 */
static int
resolve_messages(struct ctx *c)
{
	size_t i, j, k;

	for (i = 0; i < c->npm; i++) {
		struct pm *m = &c->pm[i];

		if (!(m->fl & EV_BYNAME) && m->sender != UINT32_MAX &&
		    strtab_find(&c->me_urls, c->senders.names[m->sender],
		    strtab_len(&c->senders, m->sender)) >= 0)
			m->fl |= EV_BYNAME;	/* the member's, by URL */
	}
	if (c->npm == 0)
		return 0;
	qsort(c->pm, c->npm, sizeof *c->pm, cmp_pm);
	if ((c->rv = malloc(c->npm * sizeof *c->rv)) == NULL ||
	    (c->mine = malloc(c->npm * sizeof *c->mine)) == NULL)
		return -1;
	for (i = c->npm; i > 0; i = j) {
		int32_t next = NEVER;

		/* One conversation, [j, i), from its last message back. */
		for (j = i; j > 0 && c->pm[j - 1].conv == c->pm[i - 1].conv;
		    j--)
			;
		for (k = i; k > j; ) {
			size_t run = k, q;
			int own = 0;

			/* Messages of the same second: not "later". */
			while (run > j && c->pm[run - 1].day ==
			    c->pm[k - 1].day && c->pm[run - 1].sec ==
			    c->pm[k - 1].sec)
				run--;
			for (q = run; q < k; q++) {
				const struct pm *m = &c->pm[q];

				if (m->fl & EV_BYNAME) {
					own = 1;
					c->mine[c->nmine++] = m->day;
				} else if (!(m->fl & (EV_SPAM |
				    EV_SPONSORED))) {
					c->rv[c->nrv].day = m->day;
					c->rv[c->nrv].n = m->n;
					c->rv[c->nrv++].reply = next;
				}
			}
			if (own)
				next = c->pm[run].day;
			k = run;
		}
	}
	free(c->pm);
	free(c->pmcache);
	c->pm = NULL;
	c->pmcache = NULL;
	c->npm = c->pmcap = 0;
	strtab_free(&c->convs);
	strtab_free(&c->senders);
	return 0;
}

/* ---- the dates asked for ---- */

static int
parse_date(const char *opt, const char *s, size_t n, int32_t *day,
    struct ssi_err *e)
{
	int32_t sec;
	char q[64];

	if (n != 10 || s[4] != '-' || li_when(s, n, day, &sec) != 1)
		return err_set(e, "%s: %s is not a date (YYYY-MM-DD)", opt,
		    err_quote(q, sizeof q, s, n));
	return 0;
}

static int
cmp_day(const void *a, const void *b)
{
	int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;

	return (x > y) - (x < y);
}

static int
parse_plan(struct ctx *c, const struct linkedin_opts *o, struct ssi_err *e)
{
	struct plan *pl = &c->plan;

	pl->since = pl->until = NODAY;
	pl->every = o->every;
	pl->period = o->period ? o->period : PERIOD_DEFAULT;
	if (pl->period < 1 || pl->period > 366)
		return err_set(e, "--period: %lld is not between 1 and 366",
		    (long long)pl->period);
	if (o->every != 0 && (o->every < 1 || o->every > 3660))
		return err_set(e, "--every: %lld is not between 1 and 3660",
		    (long long)o->every);
	if (o->every != 0 && o->as_of != NULL)
		return err_set(e, "--as-of and --every: give one of them");
	if (o->every == 0 && (o->since != NULL || o->until != NULL))
		return err_set(e, "--%s needs --every DAYS", o->since ?
		    "since" : "until");
	if (o->since != NULL && parse_date("--since", o->since,
	    strlen(o->since), &pl->since, e) < 0)
		return -1;
	if (o->until != NULL && parse_date("--until", o->until,
	    strlen(o->until), &pl->until, e) < 0)
		return -1;
	if (pl->since != NODAY && pl->until != NODAY && pl->since > pl->until)
		return err_set(e, "--since %s is after --until %s", o->since,
		    o->until);
	if (o->as_of != NULL) {
		const char *s = o->as_of;
		size_t cap = 1, i;

		for (i = 0; s[i] != '\0'; i++)
			cap += s[i] == ',';
		if (cap > MAX_DATES)
			return err_set(e, "--as-of: more than %d dates",
			    MAX_DATES);
		if ((pl->d = malloc(cap * sizeof *pl->d)) == NULL)
			return nomem(e);
		for (;;) {
			const char *end = strchr(s, ',');
			size_t n = end ? (size_t)(end - s) : strlen(s);

			if (parse_date("--as-of", s, n, &pl->d[pl->nd], e) < 0)
				return -1;
			pl->nd++;
			if (end == NULL)
				break;
			s = end + 1;
		}
		qsort(pl->d, pl->nd, sizeof *pl->d, cmp_day);
		for (i = 1, cap = 1; i < pl->nd; i++)
			if (pl->d[i] != pl->d[cap - 1])
				pl->d[cap++] = pl->d[i];
		pl->nd = cap;
	}
	return 0;
}

static void
warn_date(struct ctx *c, const char *path, const char *opt, int32_t d)
{
	struct ssi_err w;
	char ds[11], xs[11];

	if (c->o->warn == NULL || !c->dated || d == NODAY ||
	    (d >= c->earliest && d <= c->latest))
		return;
	memset(&w, 0, sizeof w);
	li_day_str(d, ds);
	li_day_str(d > c->latest ? c->latest : c->earliest, xs);
	err_at(&w, path, 0, 0, "%s %s is %s the export's %s date %s", opt, ds,
	    err_tr(d > c->latest ? "after" : "before"), err_tr(d > c->latest ?
	    "last" : "first"), xs);
	c->o->warn(c->o->warn_ctx, &w);
}

/* The snapshot dates once the export is read, oldest first. */
static int
resolve_dates(struct ctx *c, const char *path, int32_t **out, size_t *nout,
    struct ssi_err *e)
{
	const struct plan *pl = &c->plan;
	int32_t *d;
	size_t n = 1, i;

	if (pl->d != NULL) {
		if ((d = malloc(pl->nd * sizeof *d)) == NULL)
			return nomem(e);
		memcpy(d, pl->d, pl->nd * sizeof *d);
		for (i = 0; i < pl->nd; i++)
			warn_date(c, path, "--as-of", d[i]);
		*out = d;
		*nout = pl->nd;
		return 0;
	}
	if (pl->every > 0) {
		int64_t until, since;

		if (pl->until == NODAY && !c->dated)
			return err_at(e, path, 0, 0, "--every: the export has "
			    "no dates; give --until");
		until = pl->until != NODAY ? pl->until : c->latest;
		since = pl->since != NODAY ? pl->since :
		    until - pl->every * EVERY_STEPS;
		if (since > until) {
			char ds[11];

			li_day_str((int32_t)until, ds);
			return err_at(e, path, 0, 0, "--since %s is after the "
			    "export's last date %s", c->o->since, ds);
		}
		n = (size_t)((until - since) / pl->every) + 1;
		if (n > MAX_DATES)
			return err_set(e, "--every %lld from %s: more than %d "
			    "dates", (long long)pl->every, c->o->since,
			    MAX_DATES);
		if ((d = malloc(n * sizeof *d)) == NULL)
			return nomem(e);
		for (i = 0; i < n; i++)
			d[n - 1 - i] = (int32_t)(until - (int64_t)i *
			    pl->every);
		if (pl->until != NODAY)
			warn_date(c, path, "--until", pl->until);
		if (pl->since != NODAY)
			warn_date(c, path, "--since", pl->since);
		*out = d;
		*nout = n;
		return 0;
	}
	if ((d = malloc(sizeof *d)) == NULL)
		return nomem(e);
	d[0] = c->dated ? c->latest : NODAY;
	*out = d;
	*nout = 1;
	return 0;
}

/* ---- one snapshot ---- */

static int
parse_target(struct ctx *c, const char *t, struct ssi_err *e)
{
	size_t n = strlen(t), o = 0;
	const char *s = t;

	if ((c->kw = malloc(n + 1)) == NULL)
		return nomem(e);
	while (*s != '\0') {
		const char *end = strchr(s, ',');
		size_t k = end ? (size_t)(end - s) : strlen(s);
		size_t fk = li_fold(s, k, c->kw + o);

		if (fk > 0) {
			o += fk + 1;
			c->nkw++;
		}
		s += k + (end != NULL);
	}
	if (c->nkw == 0)
		return err_set(e, "--target: no keyword in '%s'", t);
	return 0;
}

struct window {
	int on;			/* a date: windows and dated state apply */
	int32_t lo, hi;
	unsigned char act[366];	/* act[hi - day]: a day with activity */
};

static int
in_window(struct window *w, int32_t day, int active)
{
	if (!w->on || day == NODAY || day < w->lo || day > w->hi)
		return 0;
	if (active)
		w->act[w->hi - day] = 1;
	return 1;
}

/* Dated state: an item dated on or before the date (or undated) counts. */
static int
by(const struct window *w, int32_t day)
{
	return !w->on || day == NODAY || day <= w->hi;
}

static long
count_state(const struct window *w, const struct evs *v, uint32_t fl)
{
	size_t i;
	long n = 0;

	for (i = 0; i < v->n; i++)
		if (by(w, v->v[i].day) && (fl == 0 || (v->v[i].fl & fl)))
			n += v->v[i].n;
	return n;
}

/* The profile as of day (NODAY: no date known, nothing filtered). */
static int
derive(struct ctx *c, int32_t day, struct profile *p, struct ssi_err *e)
{
	struct window w;
	long posts = 0, shares = 0, groups = 0, comments = 0, reactions = 0;
	long searches = 0, sent = 0, pers = 0, acc = 0, recv = 0, repl = 0;
	long active = 0, npos = 0, conns = 0, senior = 0, colleague = 0;
	long target = 0;
	int64_t period = c->plan.period;
	unsigned h = c->have;
	unsigned char *cur = NULL;
	const struct evs *ev = c->ev;
	size_t i;
	int r = 0;

#define HAVE(k) ((h >> (k)) & 1u)
	if (profile_copy(p, &c->base) < 0)
		return nomem(e);
	memset(&w, 0, sizeof w);
	if (day != NODAY) {
		char d[11];

		w.on = 1;
		w.hi = day;
		w.lo = (int32_t)(w.hi - period + 1);
		li_day_str(w.hi, d);
		r |= profile_set(p, F_AS_OF, d, 10, VK_STRING, 1, e);
	}
	for (i = 0; i < ev[K_SHARES].n; i++) {
		const struct ev *v = &ev[K_SHARES].v[i];

		if (!in_window(&w, v->day, 1))
			continue;
		if (v->fl & EV_GROUP)
			groups += v->n;
		if (!(v->fl & EV_TEXT))
			shares += v->n;
		else if (!(v->fl & EV_GROUP))
			posts += v->n;
	}
	for (i = 0; i < ev[K_COMMENTS].n; i++) {
		const struct ev *v = &ev[K_COMMENTS].v[i];

		if (!in_window(&w, v->day, 1))
			continue;
		if (v->fl & EV_GROUP)
			groups += v->n;
		else if (!(v->fl & EV_OWN))
			comments += v->n;
	}
	for (i = 0; i < ev[K_REPOSTS].n; i++)
		if (in_window(&w, ev[K_REPOSTS].v[i].day, 1))
			shares += ev[K_REPOSTS].v[i].n;
	for (i = 0; i < ev[K_REACTIONS].n; i++)
		if (in_window(&w, ev[K_REACTIONS].v[i].day, 1))
			reactions += ev[K_REACTIONS].v[i].n;
	for (i = 0; i < ev[K_VOTES].n; i++)
		in_window(&w, ev[K_VOTES].v[i].day, 1);
	for (i = 0; i < ev[K_SEARCHES].n; i++)
		if (in_window(&w, ev[K_SEARCHES].v[i].day, 1))
			searches += ev[K_SEARCHES].v[i].n;
	for (i = 0; i < ev[K_INVITATIONS].n; i++) {
		const struct ev *v = &ev[K_INVITATIONS].v[i];

		if (!in_window(&w, v->day, 1))
			continue;
		sent += v->n;
		if (v->fl & EV_NOTE)
			pers += v->n;
		if (v->aux != NEVER && by(&w, v->aux))
			acc += v->n;
	}
	for (i = 0; i < c->nmine; i++)
		in_window(&w, c->mine[i], 1);
	for (i = 0; i < c->nrv; i++) {
		if (!in_window(&w, c->rv[i].day, 0))
			continue;
		recv += c->rv[i].n;
		if (c->rv[i].reply != NEVER && c->rv[i].reply <= w.hi)
			repl += c->rv[i].n;
	}
	for (i = 0; i < sizeof w.act; i++)
		active += w.act[i];

	/* Positions and the companies current on that day. */
	if (c->companies.n > 0 &&
	    (cur = calloc((size_t)c->companies.n, 1)) == NULL)
		return nomem(e);
	for (i = 0; i < c->npos; i++) {
		const struct pos *q = &c->pos[i];

		if (!by(&w, q->start))
			continue;
		npos++;
		if (q->company >= 0 && (q->end == NODAY ||
		    (w.on && q->end > w.hi)))
			cur[q->company] = 1;
	}
	for (i = 0; i < ev[K_CONNECTIONS].n; i++) {
		const struct ev *v = &ev[K_CONNECTIONS].v[i];

		if (!by(&w, v->day))
			continue;
		conns += v->n;
		if (v->fl & EV_SENIOR)
			senior += v->n;
		if (v->fl & EV_TARGET)
			target += v->n;
		if (v->aux >= 0 && cur[v->aux])
			colleague += v->n;
	}
	free(cur);

	if (c->o->id != NULL && c->o->id[0] != '\0')
		r |= set_text(p, F_ID, c->o->id, strlen(c->o->id), e);
	else if (c->name != NULL)
		r |= set_text(p, F_ID, c->name, c->name_len, e);
	else	/* one person, whatever the snapshot (ssi.7 OFFICIAL FIGURES) */
		r |= set_text(p, F_ID, "me", 2, e);
	if (r)
		return -1;
	{
		const struct { int f; int have; long v; } out[] = {
		    { F_POSITIONS, HAVE(K_POSITIONS), npos },
		    { F_EDUCATION, HAVE(K_EDUCATION), c->rows[K_EDUCATION] },
		    { F_SKILLS, HAVE(K_SKILLS), c->rows[K_SKILLS] },
		    { F_ENDORSEMENTS, HAVE(K_ENDORSE),
			count_state(&w, &ev[K_ENDORSE], 0) },
		    { F_RECOMMENDATIONS, HAVE(K_RECOMMEND),
			count_state(&w, &ev[K_RECOMMEND], EV_VISIBLE) },
		    { F_MEDIA, HAVE(K_MEDIA),
			count_state(&w, &ev[K_MEDIA], EV_MEDIA) },
		    { F_ARTICLES, c->articles >= 0,
			count_state(&w, &ev[K_ARTICLES], 0) },
		    { F_CONNECTIONS, HAVE(K_CONNECTIONS), conns },
		    { F_TARGET_CONNECTIONS, HAVE(K_CONNECTIONS) &&
			c->kw != NULL, target },
		    { F_SENIOR_CONNECTIONS, HAVE(K_CONNECTIONS), senior },
		    { F_COLLEAGUE_CONNECTIONS, HAVE(K_CONNECTIONS),
			colleague },
		    { F_GROUPS, HAVE(K_ADS) && (c->hascol[K_ADS] & COL(0)),
			c->groups },
		    { F_PERIOD_DAYS, 1, (long)period },
		    { F_SEARCHES, HAVE(K_SEARCHES), searches },
		    { F_POSTS, HAVE(K_SHARES), posts },
		    { F_SHARES, HAVE(K_SHARES) || HAVE(K_REPOSTS), shares },
		    { F_COMMENTS, HAVE(K_COMMENTS), comments },
		    { F_REACTIONS, HAVE(K_REACTIONS), reactions },
		    { F_GROUP_POSTS, HAVE(K_SHARES) || HAVE(K_COMMENTS),
			groups },
		    { F_ACTIVE_DAYS, HAVE(K_SHARES) || HAVE(K_COMMENTS) ||
			HAVE(K_REACTIONS) || HAVE(K_VOTES) ||
			HAVE(K_REPOSTS) || HAVE(K_INVITATIONS) ||
			HAVE(K_SEARCHES) || HAVE(K_MESSAGES), active },
		    { F_MESSAGES_RECEIVED, HAVE(K_MESSAGES), recv },
		    { F_MESSAGES_REPLIED, HAVE(K_MESSAGES), repl },
		    { F_INVITATIONS_SENT, HAVE(K_INVITATIONS), sent },
		    { F_INVITATIONS_ACCEPTED, HAVE(K_INVITATIONS) &&
			HAVE(K_CONNECTIONS), acc },
		    { F_INVITATIONS_PERSONALIZED, HAVE(K_INVITATIONS), pers },
		};

		for (i = 0; i < sizeof out / sizeof out[0]; i++)
			if (out[i].have && set_count(p, out[i].f, out[i].v,
			    e) < 0)
				return -1;
	}
	if (count_state(&w, &ev[K_MEDIA], EV_PHOTO) > 0 &&
	    profile_set(p, F_PHOTO, "true", 4, VK_STRING, 1, e) < 0)
		return -1;
#undef HAVE
	return 0;
}

/* ---- the export ---- */

struct linkedin {
	struct ctx c;
	int32_t *dates;
	size_t nd;
	char *path;
};

static void
ctx_free(struct ctx *c)
{
	size_t i;
	int k;

	for (k = 0; k <= K_COUNT; k++)
		free(c->ev[k].v);
	for (k = 0; k < 3; k++)
		free(c->tmp[k]);
	free(c->name);
	free(c->pm);
	free(c->pmcache);
	free(c->rv);
	free(c->mine);
	free(c->pos);
	free(c->kw);
	free(c->lb);
	free(c->url_day);
	free(c->name_day);
	free(c->bare_day);
	for (i = 0; i < c->nsk; i++)
		free(c->sk[i].file);
	free(c->sk);
	strtab_free(&c->conn_bare);
	free(c->plan.d);
	profile_free(&c->base);
	strtab_free(&c->companies);
	strtab_free(&c->conn_urls);
	strtab_free(&c->conn_names);
	strtab_free(&c->me_urls);
	strtab_free(&c->share_keys);
	strtab_free(&c->convs);
	strtab_free(&c->senders);
}

void
linkedin_close(struct linkedin *x)
{
	if (x == NULL)
		return;
	ctx_free(&x->c);
	free(x->dates);
	free(x->path);
	free(x);
}

int
linkedin_open(const char *path, const struct linkedin_opts *o,
    struct linkedin **out, struct ssi_err *e)
{
	struct linkedin *x;
	struct ctx *c;
	struct li_src *src = NULL;
	struct ssi_err dummy;
	int k, r = -1, found = 0;
	long a;

	if (e == NULL)
		e = &dummy;
	*out = NULL;
	e->file = NULL;
	e->line = e->col = 0;
	if ((x = calloc(1, sizeof *x)) == NULL ||
	    (x->path = malloc(strlen(path) + 1)) == NULL) {
		free(x);
		return nomem(e);
	}
	memcpy(x->path, path, strlen(path) + 1);
	c = &x->c;
	c->o = o;
	profile_init(&c->base);
	if (parse_plan(c, o, e) < 0)
		goto out;
	if (o->target != NULL && parse_target(c, o->target, e) < 0)
		goto out;
	if (li_src_open(path, &src, e) < 0)
		goto out;
	for (k = 0; k < K_COUNT; k++) {
		int i;

		/* Articles before messages: every as_of source is read
		 * before the last file, whose pruning then knows them. */
		if (k == K_MESSAGES) {
			c->articles = li_src_articles(src);
			for (a = 0; a < c->articles; a++)
				if (read_article(c, src, li_src_article(src, a),
				    e) < 0)
					goto out;
		}
		if ((i = li_src_find(src, kinds[k].base)) < 0)
			continue;
		if (read_kind(c, src, (enum kind_id)k, i, e) < 0)
			goto out;
	}
	found = known(src);
	if (!found) {
		err_at(e, path, 0, 0, "not a linkedin data export (no "
		    "Profile.csv, Connections.csv or other file of one)");
		goto out;
	}
	if (resolve_messages(c) < 0) {
		nomem(e);
		goto out;
	}
	if (resolve_dates(c, path, &x->dates, &x->nd, e) < 0)
		goto out;
	r = 0;
out:
	if (r < 0 && e->file == NULL)
		e->file = path;
	/* e->file may point into the source, which is about to go. */
	if (r < 0 && e->file != path)
		err_own_file(e);
	li_src_close(src);
	if (r < 0) {
		linkedin_close(x);
		return -1;
	}
	*out = x;
	return 0;
}

size_t
linkedin_count(const struct linkedin *x)
{
	return x->nd;
}

int
linkedin_snapshot(struct linkedin *x, size_t i, struct profile *p,
    struct ssi_err *e)
{
	struct ssi_err dummy;

	if (e == NULL)
		e = &dummy;
	e->file = NULL;
	e->line = e->col = 0;
	if (derive(&x->c, x->dates[i], p, e) < 0) {
		if (e->file == NULL)
			e->file = x->path;
		return -1;
	}
	return 0;
}

int
linkedin_read(const char *path, const struct linkedin_opts *o,
    struct profile *p, struct ssi_err *e)
{
	struct linkedin *x;
	int r;

	profile_reset(p);
	if (linkedin_open(path, o, &x, e) < 0)
		return -1;
	r = linkedin_snapshot(x, x->nd - 1, p, e);
	if (r < 0 && e != NULL && e->file == x->path)
		e->file = path;
	linkedin_close(x);
	return r;
}

/* Does src hold a file of the format page (or an Articles folder)? */
static int
known(struct li_src *src)
{
	size_t i;

	for (i = 0; i < sizeof known_files / sizeof known_files[0]; i++)
		if (li_src_find(src, known_files[i]) >= 0)
			return 1;
	return li_src_articles(src) >= 0;
}

int
linkedin_detect(const char *path)
{
	struct li_src *src;
	struct ssi_err e;
	struct stat st;
	size_t n = strlen(path);
	int r;

	if (n >= 4 && path[n - 4] == '.' && (path[n - 3] | 0x20) == 'z' &&
	    (path[n - 2] | 0x20) == 'i' && (path[n - 1] | 0x20) == 'p')
		return 1;
	if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode))
		return 0;
	if (li_src_open(path, &src, &e) < 0)
		return 0;
	r = known(src);
	li_src_close(src);
	return r;
}

int
linkedin_skipped(const struct linkedin *x, size_t k, struct linkedin_skip *out)
{
	const struct skip *s;

	if (k >= x->c.nsk)
		return 0;
	s = &x->c.sk[k];
	out->file = s->file;
	out->line = s->line;
	out->n = s->n;
	out->whole = s->whole;
	out->why = s->why;
	out->feeds = feeds[s->kind];
	return 1;
}

/* ---- where each number came from (ssi.7 LINKEDIN DATA EXPORT) ---- */

/* The invitations of the window of day accepted by name. */
static long
accepted_by_name(const struct ctx *c, int32_t day)
{
	const struct evs *v = &c->ev[K_INVITATIONS];
	int32_t lo = (int32_t)(day - c->plan.period + 1);
	size_t i;
	long k = 0;

	if (day == NODAY)
		return 0;	/* no window: none counted (derive) */
	for (i = 0; i < v->n; i++) {
		const struct ev *x = &v->v[i];

		if ((x->fl & EV_BYNAME_INV) && x->aux != NEVER &&
		    x->day != NODAY && x->day >= lo && x->day <= day &&
		    (x->aux == NODAY || x->aux <= day))
			k += x->n;
	}
	return k;
}

/* The file of kind k as the export names it ("Shares.csv"). */
static const char *
kind_file(int k)
{
	static char b[K_COUNT][48];

	snprintf(b[k], sizeof b[k], "%s.csv", kinds[k].base);
	return b[k];
}

int
linkedin_explain(const struct linkedin *x, size_t i, const struct profile *p,
    int f, char *buf, size_t n)
{
	const struct ctx *c = &x->c;
	int32_t day = x->dates[i];
	char lo[11] = "", hi[11] = "", win[48] = "", by[32] = "";
	long v = profile_has(p, f) ? (long)p->num[f] : 0;
	unsigned h = c->have;
	int k = -1;
	const char *rule = NULL;

#define HAVE(k) ((h >> (k)) & 1u)
	if (day != NODAY) {
		li_day_str(day, hi);
		li_day_str((int32_t)(day - c->plan.period + 1), lo);
		snprintf(win, sizeof win, err_tr("dated %s" "\xE2\x80\xA6" "%s"), lo, hi);
		snprintf(by, sizeof by, err_tr("on or before %s"), hi);
	} else {
		snprintf(win, sizeof win, "%s", err_tr("(no date: no window)"));
		snprintf(by, sizeof by, "%s", err_tr("(no date: all)"));
	}
	switch (f) {
	case F_ID:
		snprintf(buf, n, "%s", c->o->id && c->o->id[0] ? "--id" :
		    c->name != NULL ? err_tr("the name") :
		    err_tr("no name in the export: me, in every snapshot"));
		return profile_has(p, f);
	case F_NAME:
		snprintf(buf, n, "%s", err_tr("Profile.csv: First Name + Last Name"));
		return profile_has(p, f);
	case F_HEADLINE: case F_SUMMARY: case F_INDUSTRY: case F_LOCATION:
		snprintf(buf, n, err_tr("Profile.csv: %s"), f == F_LOCATION ?
		    "Geo Location" : f == F_HEADLINE ? "Headline" :
		    f == F_SUMMARY ? "Summary" : "Industry");
		if (!profile_has(p, f))
			snprintf(buf, n, err_tr("not in Profile.csv (or blank) - add "
			    "it with --set %s=TEXT"), field_defs[f].name);
		return profile_has(p, f);
	case F_AS_OF:
		snprintf(buf, n, "%s", c->plan.d ? "--as-of" : c->plan.every ?
		    "--every" : err_tr("the latest date in the export"));
		return profile_has(p, f);
	case F_PERIOD_DAYS:
		snprintf(buf, n, err_tr("--period (default 30): the window of the "
		    "activity counts, %s"), win);
		return 1;
	case F_PHOTO:
		snprintf(buf, n, err_tr("Rich_Media.csv: a profile photo uploaded %s"),
		    by);
		if (!profile_has(p, f))
			snprintf(buf, n, err_tr("no profile photo upload %s in "
			    "Rich_Media.csv (that proves nothing) - add it "
			    "with --set photo=true"), by);
		return profile_has(p, f);
	case F_GROUPS:
		snprintf(buf, n, "%s", err_tr("Ad_Targeting.csv: names in Member Groups"));
		k = K_ADS;
		break;
	case F_POSITIONS:
		snprintf(buf, n, err_tr("Positions.csv: %ld of %ld rows started %s"), v,
		    c->rows[K_POSITIONS], by);
		k = K_POSITIONS;
		break;
	case F_EDUCATION: case F_SKILLS:
		k = f == F_EDUCATION ? K_EDUCATION : K_SKILLS;
		snprintf(buf, n, err_tr("%s: all %ld rows (undated)"), kind_file(k),
		    c->rows[k]);
		break;
	case F_ENDORSEMENTS:
		k = K_ENDORSE;
		snprintf(buf, n, err_tr("%s: %ld of %ld rows dated %s"), kind_file(k),
		    v, c->rows[k], by);
		break;
	case F_RECOMMENDATIONS:
		k = K_RECOMMEND;
		snprintf(buf, n, err_tr("%s: %ld of %ld rows VISIBLE (or no status), "
		    "created %s"), kind_file(k), v, c->rows[k], by);
		break;
	case F_MEDIA:
		k = K_MEDIA;
		snprintf(buf, n, err_tr("%s: %ld of %ld rows, documents and videos "
		    "uploaded %s"), kind_file(k), v, c->rows[k], by);
		break;
	case F_ARTICLES:
		snprintf(buf, n, err_tr("Articles/: %ld of %ld .html files published "
		    "%s (drafts not counted)"), v, c->articles, by);
		if (c->articles < 0)
			snprintf(buf, n, "%s", err_tr("no Articles/ folder in the export "
			    "\xE2\x80\x94" " "
			    "add it with --set articles=N"));
		return c->articles >= 0;
	case F_CONNECTIONS:
		k = K_CONNECTIONS;
		snprintf(buf, n, err_tr("%s: %ld of %ld rows connected %s"),
		    kind_file(k), v, c->rows[k], by);
		break;
	case F_SENIOR_CONNECTIONS:
		k = K_CONNECTIONS;
		rule = err_tr("whose Position names a senior role (chief, vp, "
		    "director, head, founder, owner, partner...)");
		break;
	case F_COLLEAGUE_CONNECTIONS:
		k = K_CONNECTIONS;
		rule = err_tr("whose Company is that of a current position");
		break;
	case F_TARGET_CONNECTIONS:
		k = K_CONNECTIONS;
		rule = err_tr("whose Position or Company holds a --target keyword");
		if (c->kw == NULL) {
			snprintf(buf, n, "%s", err_tr("needs your target: give --target "
			    "KW,... (or --set target_connections=N)"));
			return 0;
		}
		break;
	case F_SEARCHES: case F_REACTIONS:
		k = f == F_SEARCHES ? K_SEARCHES : K_REACTIONS;
		snprintf(buf, n, err_tr("%s: %ld of %ld rows %s"), kind_file(k), v,
		    c->rows[k], win);
		break;
	case F_POSTS:
		k = K_SHARES;
		snprintf(buf, n, err_tr("%s: %ld of %ld rows %s with commentary, not "
		    "in a group"), kind_file(k), v, c->rows[k], win);
		break;
	case F_SHARES:
		snprintf(buf, n, err_tr("Shares.csv rows without commentary and "
		    "InstantReposts.csv rows %s (%ld and %ld rows in all)"), win,
		    c->rows[K_SHARES], c->rows[K_REPOSTS]);
		if (!HAVE(K_SHARES) && !HAVE(K_REPOSTS))
			break;
		return 1;
	case F_COMMENTS:
		k = K_COMMENTS;
		snprintf(buf, n, err_tr("%s: %ld of %ld rows %s, not on the member's "
		    "posts nor in a group"), kind_file(k), v, c->rows[k], win);
		break;
	case F_GROUP_POSTS:
		snprintf(buf, n, err_tr("Shares.csv and Comments.csv rows %s on a "
		    "groupPost"), win);
		if (!HAVE(K_SHARES) && !HAVE(K_COMMENTS))
			break;
		return 1;
	case F_ACTIVE_DAYS:
		snprintf(buf, n, err_tr("distinct days %s with a share, comment, "
		    "reaction, vote, repost, sent invitation, search or "
		    "message of the member"), win);
		if (!(h & ((1u << K_SHARES) | (1u << K_COMMENTS) |
		    (1u << K_REACTIONS) | (1u << K_VOTES) | (1u << K_REPOSTS) |
		    (1u << K_INVITATIONS) | (1u << K_SEARCHES) |
		    (1u << K_MESSAGES))))
			break;
		return 1;
	case F_MESSAGES_RECEIVED:
		k = K_MESSAGES;
		snprintf(buf, n, err_tr("%s: %ld of %ld rows %s not sent by the "
		    "member (spam and sponsored left out)"), kind_file(k), v,
		    c->rows[k], win);
		break;
	case F_MESSAGES_REPLIED:
		k = K_MESSAGES;
		snprintf(buf, n, err_tr("%s: of those, %ld answered later in the "
		    "conversation by a message of the member %s"), kind_file(k),
		    v, by);
		break;
	case F_INVITATIONS_SENT:
		k = K_INVITATIONS;
		snprintf(buf, n, err_tr("%s: %ld of %ld rows OUTGOING %s"),
		    kind_file(k), v, c->rows[k], win);
		break;
	case F_INVITATIONS_PERSONALIZED:
		k = K_INVITATIONS;
		snprintf(buf, n, err_tr("%s: of those, %ld with a message"),
		    kind_file(k), v);
		break;
	case F_INVITATIONS_ACCEPTED:
		k = K_INVITATIONS;
		snprintf(buf, n, err_tr("%s: of those, %ld whose invitee is among "
		    "the connections made %s (%ld matched by name: no real "
		    "profile URL)"), kind_file(k), v, by,
		    accepted_by_name(c, day));
		if (!HAVE(K_CONNECTIONS)) {
			snprintf(buf, n, "%s", err_tr("needs Connections.csv, not in the "
			    "export " "\xE2\x80\x94" " add it with --set "
			    "invitations_accepted=N"));
			return 0;
		}
		break;
	default:
		snprintf(buf, n, err_tr("not in the export " "\xE2\x80\x94" " add it with "
		    "--set %s=N"), field_defs[f].name);
		return 0;
	}
	if (rule != NULL)
		snprintf(buf, n, err_tr("%s: %ld of the %ld connections %s, %s"),
		    kind_file(k), v, c->rows[k], by, rule);
	if (k >= 0 && !HAVE(k)) {
		snprintf(buf, n, err_tr("no %s in the export " "\xE2\x80\x94" " add it with "
		    "--set %s=N"),
		    kind_file(k), field_defs[f].name);
		return 0;
	}
	if (k == K_ADS && !(c->hascol[K_ADS] & COL(0))) {
		snprintf(buf, n, "%s", err_tr("no Member Groups column in Ad_Targeting.csv "
		    "\xE2\x80\x94" " add it with --set groups=N"));
		return 0;
	}
	if (k < 0 && !profile_has(p, f)) {
		snprintf(buf, n, err_tr("not in the export " "\xE2\x80\x94" " add it with "
		    "--set %s=N"), field_defs[f].name);
		return 0;
	}
#undef HAVE
	return 1;
}
