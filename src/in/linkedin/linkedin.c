/*
 * linkedin.c - a LinkedIn data export turned into one profile (see
 * linkedin.h; the rules are shared/spec/linkedin-export.md).
 *
 * Each file is streamed once, in the order of the kinds table: later files
 * use what earlier ones found (the member's name, the connections, the
 * member's own post links).  Dated rows are kept as small events (a day and
 * a few flags) and counted once as_of is known.  Private text (message
 * bodies, invitation notes, comments) is only tested for emptiness, never
 * kept or quoted.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "csv_in.h"
#include "li_src.h"
#include "li_text.h"
#include "linkedin.h"

#define NCOL 6			/* columns a file's rules look at */
#define COL(i) (1u << (i))	/* bit of kind.cols[i] in need, hascol */
#define NODAY INT32_MIN		/* an undated row */
#define LINE_MAX_LEN (1u << 20)	/* bytes in a line read by our own reader */

enum reader { R_CSV, R_CONNECTIONS, R_COMMENTS };

/* The files, in reading order (an earlier one feeds a later one). */
enum kind_id {
	K_PROFILE, K_POSITIONS, K_EDUCATION, K_SKILLS, K_ENDORSE,
	K_RECOMMEND, K_MEDIA, K_ADS, K_CONNECTIONS, K_INVITATIONS, K_SHARES,
	K_COMMENTS, K_REPOSTS, K_REACTIONS, K_VOTES, K_SEARCHES, K_MESSAGES,
	K_COUNT
};

/* Event flags. */
#define EV_TEXT		0x01u	/* share with commentary */
#define EV_GROUP	0x02u	/* share or comment in a group */
#define EV_OWN		0x04u	/* comment on one of the member's posts */
#define EV_OUT		0x08u	/* outgoing invitation */
#define EV_NOTE		0x10u	/* invitation with a note */
#define EV_ACCEPTED	0x20u	/* invitee among the connections */
#define EV_BYNAME	0x40u	/* message FROM is the member's name */
#define EV_SPAM		0x80u	/* message in SPAM */
#define EV_SPONSORED	0x100u	/* sponsored message */

struct ev {
	int32_t day;		/* NODAY when undated */
	uint32_t fl;
};

struct evs {
	struct ev *v;
	size_t n, cap;
};

struct msg {
	int64_t ts;		/* seconds since 1970 */
	int32_t day;
	uint32_t fl;
	size_t conv;		/* offset in ctx.convs */
	size_t url;		/* offset in ctx.senders, or SIZE_MAX */
	const char *cid;	/* conversation id, once the pool is final */
	int mine;
};

/* A set of strings: a pool and an open-addressing table of offsets. */
struct sset {
	char *s;
	size_t len, cap;
	size_t *slot;		/* offset + 1; 0 = empty */
	size_t nslot, used;
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

struct ctx {
	const struct linkedin_opts *o;
	struct profile *p;
	const char *disp;		/* file being read, for messages */
	const struct kind *k;
	enum kind_id kid;
	unsigned have;			/* bit k: file of kind k read */
	unsigned hascol[K_COUNT];	/* bit i: cols[i] in the header */
	long rows[K_COUNT];		/* data rows */
	struct evs ev[K_COUNT];
	int32_t latest;			/* newest day of the as_of sources */
	int dated;

	char *name;			/* the member's, or NULL */
	size_t name_len;
	long recommendations, media, groups;
	int photo;
	struct sset current;		/* folded companies of current jobs */
	long senior, colleague, target;
	struct sset conn_urls, conn_names;
	struct sset me_urls;		/* the member's profile URLs */
	struct sset share_keys;		/* the member's post links */
	struct msg *msg;
	size_t nmsg, msgcap;
	struct sset convs, senders;
	char *kw;			/* folded --target words, NUL after each */
	size_t nkw;

	char *tmp[3];			/* scratch */
	size_t tmpcap[3];

	/* The reader of the current file. */
	struct csv_in *csv;
	int col[NCOL];
	int headed, pass, junk, started, own_err;
	long line_off, lineno;
	char *lb;
	size_t lblen, lbcap;
};

static int row_profile(struct ctx *, const struct li_row *, struct ssi_err *);
static int row_positions(struct ctx *, const struct li_row *,
    struct ssi_err *);
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

static const struct kind kinds[K_COUNT] = {
	[K_PROFILE] = { "Profile", R_CSV, { "First Name", "Last Name",
	    "Headline", "Summary", "Industry", "Geo Location" }, 0,
	    row_profile, 0 },
	[K_POSITIONS] = { "Positions", R_CSV, { "Company Name",
	    "Finished On" }, 0, row_positions, 0 },
	[K_EDUCATION] = { "Education", R_CSV, { NULL }, 0, NULL, 0 },
	[K_SKILLS] = { "Skills", R_CSV, { NULL }, 0, NULL, 0 },
	[K_ENDORSE] = { "Endorsement_Received_Info", R_CSV, { NULL }, 0,
	    NULL, 0 },
	[K_RECOMMEND] = { "Recommendations_Received", R_CSV, { "Status" }, 0,
	    row_recommend, 0 },
	[K_MEDIA] = { "Rich_Media", R_CSV, { "Date/Time" }, 0, row_media, 0 },
	[K_ADS] = { "Ad_Targeting", R_CSV, { "Member Groups" }, 0, row_ads,
	    0 },
	[K_CONNECTIONS] = { "Connections", R_CONNECTIONS, { "First Name",
	    "Last Name", "URL", "Company", "Position", "Connected On" }, 0,
	    row_connections, KF_ASOF },
	[K_INVITATIONS] = { "Invitations", R_CSV, { "Sent At", "Direction",
	    "To", "Message", "inviterProfileUrl", "inviteeProfileUrl" }, 0x3,
	    row_invitations, KF_ASOF | KF_PRIVATE },
	[K_SHARES] = { "Shares", R_CSV, { "Date", "ShareLink",
	    "ShareCommentary" }, 0x7, row_shares, KF_ASOF },
	[K_COMMENTS] = { "Comments", R_COMMENTS, { "Date", "Link" }, 0x3,
	    row_comments, KF_ASOF | KF_PRIVATE },
	[K_REPOSTS] = { "InstantReposts", R_CSV, { "Date" }, 0x1, row_dated,
	    KF_ASOF },
	[K_REACTIONS] = { "Reactions", R_CSV, { "Date" }, 0x1, row_dated,
	    KF_ASOF },
	[K_VOTES] = { "Votes", R_CSV, { "Date" }, 0x1, row_dated, KF_ASOF },
	[K_SEARCHES] = { "SearchQueries", R_CSV, { "Time" }, 0x1, row_dated,
	    KF_ASOF },
	[K_MESSAGES] = { "messages", R_CSV, { "DATE", "CONVERSATION ID",
	    "FROM", "SENDER PROFILE URL", "FOLDER", "IS MESSAGE DRAFT" }, 0x7,
	    row_messages, KF_ASOF | KF_PRIVATE },
};

/* Position words of a senior connection (linkedin-export.md), whole words. */
static const char *const senior_words[] = {
	"chief", "ceo", "cfo", "coo", "cto", "cmo", "cio", "cro", "president",
	"vp", "svp", "evp", "vice president", "director", "head", "founder",
	"co-founder", "owner", "partner", "managing director",
	"general manager", "directora", "jefe", "jefa", "fundador",
	"fundadora", "socio", "socia", "presidente", "presidenta",
	"gerente general", "consejero delegado", "consejera delegada",
	"vicepresidente", "vicepresidenta", "cofundador", "cofundadora",
};

/* ---- small containers ---- */

static uint64_t
hash(const char *s, size_t n)
{
	uint64_t h = 14695981039346656037ull;
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
	return h;
}

/* Slot of s in t: where it is, or the empty one where it would go. */
static size_t
sset_slot(const struct sset *t, const char *s, size_t n)
{
	size_t i = (size_t)hash(s, n) & (t->nslot - 1);

	while (t->slot[i] != 0) {
		const char *x = t->s + t->slot[i] - 1;

		/* Fuzz fix (tests/fuzz/regress/linkedin/sset-overread): a
		 * stored string shorter than n ends before n bytes, maybe at
		 * the end of the pool: memcmp read past it.  Compare lengths
		 * first. */
		if (strlen(x) == n && memcmp(x, s, n) == 0)
			break;
		i = (i + 1) & (t->nslot - 1);
	}
	return i;
}

static int
sset_has(const struct sset *t, const char *s, size_t n)
{
	return t->nslot != 0 && t->slot[sset_slot(t, s, n)] != 0;
}

/* Add s (if new); *off gets its offset in t->s.  -1 on no memory. */
static int
sset_add(struct sset *t, const char *s, size_t n, size_t *off)
{
	size_t i;

	if (2 * (t->used + 1) > t->nslot) {
		size_t ns = t->nslot ? t->nslot * 2 : 64, j;
		size_t *nt = calloc(ns, sizeof *nt);

		if (nt == NULL)
			return -1;
		for (j = 0; j < t->nslot; j++) {
			size_t o = t->slot[j], k;

			if (o == 0)
				continue;
			k = (size_t)hash(t->s + o - 1, strlen(t->s + o - 1)) &
			    (ns - 1);
			while (nt[k] != 0)
				k = (k + 1) & (ns - 1);
			nt[k] = o;
		}
		free(t->slot);
		t->slot = nt;
		t->nslot = ns;
	}
	i = sset_slot(t, s, n);
	if (t->slot[i] == 0) {
		if (t->len + n + 1 > t->cap) {
			size_t cap = t->cap ? t->cap : 4096;
			char *np;

			while (cap < t->len + n + 1)
				cap *= 2;
			if ((np = realloc(t->s, cap)) == NULL)
				return -1;
			t->s = np;
			t->cap = cap;
		}
		memcpy(t->s + t->len, s, n);
		t->s[t->len + n] = '\0';
		t->slot[i] = t->len + 1;
		t->len += n + 1;
		t->used++;
	}
	if (off != NULL)
		*off = t->slot[i] - 1;
	return 0;
}

static void
sset_free(struct sset *t)
{
	free(t->s);
	free(t->slot);
}

static int
ev_add(struct evs *v, int32_t day, uint32_t fl)
{
	if (v->n == v->cap) {
		size_t cap = v->cap ? v->cap * 2 : 256;
		struct ev *nv = realloc(v->v, cap * sizeof *nv);

		if (nv == NULL)
			return -1;
		v->v = nv;
		v->cap = cap;
	}
	v->v[v->n].day = day;
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

/* Add the key of s[0..n) (li_url_key or li_post_key) to set t; -1 on no
 * memory.  An empty value or key adds nothing. */
static int
add_key(struct ctx *c, struct sset *t,
    size_t (*key)(const char *, size_t, char *), const char *s, size_t n)
{
	char *b;

	if (n == 0)
		return 0;
	if ((b = scratch(c, 0, n)) == NULL)
		return -1;
	n = key(s, n, b);
	return n > 0 ? sset_add(t, b, n, NULL) : 0;
}

static int
nomem(struct ssi_err *e)
{
	return err_set(e, "out of memory");
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

/* The date in column i: 0 and *day (NODAY when blank), or -1. */
static int
row_day(struct ctx *c, const struct li_row *r, int i, int32_t *day,
    int32_t *sec, struct ssi_err *e)
{
	int32_t s = 0;
	int k = li_when(r->v[i], r->n[i], day, &s);
	char q[128];

	/* In a private file a shifted row could put text here: no quote. */
	if (k < 0 && (c->k->flags & KF_PRIVATE))
		return err_set(e, "%s: not a date", c->k->cols[i]);
	if (k < 0)
		return err_set(e, "%s: %s is not a date", c->k->cols[i],
		    err_quote(q, sizeof q, r->v[i], r->n[i]));
	if (k == 0)
		*day = NODAY;
	else if ((c->k->flags & KF_ASOF) && (!c->dated || *day > c->latest)) {
		c->latest = *day;
		c->dated = 1;
	}
	if (sec != NULL)
		*sec = s;
	return 0;
}

static int
set_text(struct ctx *c, int f, const char *s, size_t n, struct ssi_err *e)
{
	li_trim(&s, &n);
	if (n == 0)
		return 0;		/* blank: the field stays missing */
	return profile_set(c->p, f, s, n, VK_STRING, 1, e);
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
		if (set_text(c, F_NAME, b, n, e) < 0)
			return -1;
	}
	for (i = 0; i < sizeof text / sizeof text[0]; i++)
		if (set_text(c, text[i][1], r->v[text[i][0]],
		    r->n[text[i][0]], e) < 0)
			return -1;
	return 0;
}

static int
row_positions(struct ctx *c, const struct li_row *r, struct ssi_err *e)
{
	char *b;
	size_t n;

	/* Without both columns no position is known to be current. */
	if ((c->hascol[K_POSITIONS] & (COL(0) | COL(1))) !=
	    (COL(0) | COL(1)) ||
	    !li_blank(r->v[1], r->n[1]))
		return 0;
	if ((n = folded(c, 0, r, 0, &b)) == (size_t)-1)
		return nomem(e);
	if (n > 0 && sset_add(&c->current, b, n, NULL) < 0)
		return nomem(e);
	return 0;
}

static int
row_recommend(struct ctx *c, const struct li_row *r, struct ssi_err *e)
{
	(void)e;
	if (li_blank(r->v[0], r->n[0]) || eq_ci(r->v[0], r->n[0], "VISIBLE"))
		c->recommendations++;
	return 0;
}

/* "You uploaded a <kind> on <date>": the kind. */
static int
row_media(struct ctx *c, const struct li_row *r, struct ssi_err *e)
{
	const char *s = r->v[0], *p, *end;
	size_t n = r->n[0], kn;

	(void)e;
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
		c->media++;
	else if (kn == 13 && memcmp(p, "profile photo", 13) == 0)
		c->photo = 1;
	return 0;
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
	int hit;

	if (row_day(c, r, 5, &day, NULL, e) < 0)
		return -1;
	if ((n = full_name(c, 0, r, 0, 1, &b)) == (size_t)-1)
		return nomem(e);
	if (n > 0 && sset_add(&c->conn_names, b, n, NULL) < 0)
		return nomem(e);
	if (add_key(c, &c->conn_urls, li_url_key, r->v[2], r->n[2]) < 0)
		return nomem(e);
	if ((pn = folded(c, 1, r, 4, &pos)) == (size_t)-1 ||
	    (cn = folded(c, 2, r, 3, &co)) == (size_t)-1)
		return nomem(e);
	for (i = 0, hit = 0; pn > 0 && !hit &&
	    i < sizeof senior_words / sizeof senior_words[0]; i++)
		hit = li_has_word(pos, pn, senior_words[i],
		    strlen(senior_words[i]));
	c->senior += hit;
	if (cn > 0 && sset_has(&c->current, co, cn))
		c->colleague++;
	if (c->kw != NULL) {
		const char *k = c->kw;

		for (i = 0, hit = 0; i < c->nkw && !hit; i++) {
			size_t kn = strlen(k);

			hit = li_has_sub(pos, pn, k, kn) ||
			    li_has_sub(co, cn, k, kn);
			k += kn + 1;
		}
		c->target += hit;
	}
	return 0;
}

/* Accepted: invitee among the connections, by URL when both files have
 * URL columns, else by name. */
static int
accepted(struct ctx *c, const struct li_row *r)
{
	const char *to = r->v[2];
	char *b;
	size_t n = r->n[2];

	if (!(c->have & (1u << K_CONNECTIONS)))
		return 0;
	/* Connections "URL" and Invitations "inviteeProfileUrl" */
	if ((c->hascol[K_CONNECTIONS] & COL(2)) &&
	    (c->hascol[K_INVITATIONS] & COL(5))) {
		if ((b = scratch(c, 0, r->n[5])) == NULL)
			return -1;
		n = li_url_key(r->v[5], r->n[5], b);
		return n > 0 && sset_has(&c->conn_urls, b, n);
	}
	li_trim(&to, &n);
	return n > 0 && sset_has(&c->conn_names, to, n);
}

static int
row_invitations(struct ctx *c, const struct li_row *r, struct ssi_err *e)
{
	int32_t day;
	uint32_t fl = EV_OUT;
	int acc;

	if (row_day(c, r, 0, &day, NULL, e) < 0)
		return -1;
	if (!eq_ci(r->v[1], r->n[1], "OUTGOING"))
		return 0;
	if (!li_blank(r->v[3], r->n[3]))
		fl |= EV_NOTE;
	if ((acc = accepted(c, r)) < 0)
		return nomem(e);
	if (acc)
		fl |= EV_ACCEPTED;
	if (add_key(c, &c->me_urls, li_url_key, r->v[4], r->n[4]) < 0)
		return nomem(e);
	return ev_add(&c->ev[K_INVITATIONS], day, fl) < 0 ? nomem(e) : 0;
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
	if (add_key(c, &c->share_keys, li_post_key, r->v[1], r->n[1]) < 0)
		return nomem(e);
	return ev_add(&c->ev[K_SHARES], day, fl) < 0 ? nomem(e) : 0;
}

static int
row_comments(struct ctx *c, const struct li_row *r, struct ssi_err *e)
{
	int32_t day;
	uint32_t fl = 0;
	char *b;
	size_t n;

	if (row_day(c, r, 0, &day, NULL, e) < 0)
		return -1;
	if (is_group(c, r->v[1], r->n[1]))
		fl |= EV_GROUP;
	if ((b = scratch(c, 0, r->n[1])) == NULL)
		return nomem(e);
	n = li_post_key(r->v[1], r->n[1], b);
	if (n > 0 && sset_has(&c->share_keys, b, n))
		fl |= EV_OWN;
	return ev_add(&c->ev[K_COMMENTS], day, fl) < 0 ? nomem(e) : 0;
}

static int
row_dated(struct ctx *c, const struct li_row *r, struct ssi_err *e)
{
	int32_t day;

	if (row_day(c, r, 0, &day, NULL, e) < 0)
		return -1;
	return ev_add(&c->ev[c->kid], day, 0) < 0 ? nomem(e) : 0;
}

static int
row_messages(struct ctx *c, const struct li_row *r, struct ssi_err *e)
{
	static const char sponsor[] = "LinkedIn Member";
	struct msg *m;
	int32_t day, sec;
	const char *from = r->v[2];
	size_t fn = r->n[2], n;
	char *b;

	if (eq_ci(r->v[5], r->n[5], "Yes"))
		return 0;		/* a draft was never sent */
	if (row_day(c, r, 0, &day, &sec, e) < 0)
		return -1;
	if (c->nmsg == c->msgcap) {
		size_t cap = c->msgcap ? c->msgcap * 2 : 256;
		struct msg *nm = realloc(c->msg, cap * sizeof *nm);

		if (nm == NULL)
			return nomem(e);
		c->msg = nm;
		c->msgcap = cap;
	}
	m = &c->msg[c->nmsg];
	memset(m, 0, sizeof *m);
	m->day = day;
	m->ts = day == NODAY ? 0 : (int64_t)day * 86400 + sec;
	m->url = SIZE_MAX;
	li_trim(&from, &fn);
	if (c->name != NULL && fn == c->name_len &&
	    memcmp(from, c->name, fn) == 0)
		m->fl |= EV_BYNAME;
	if (fn == sizeof sponsor - 1 && memcmp(from, sponsor, fn) == 0)
		m->fl |= EV_SPONSORED;
	if (eq_ci(r->v[4], r->n[4], "SPAM"))
		m->fl |= EV_SPAM;
	if (sset_add(&c->convs, r->v[1], r->n[1], &m->conv) < 0)
		return nomem(e);
	if (r->n[3] > 0) {
		if ((b = scratch(c, 0, r->n[3])) == NULL)
			return nomem(e);
		if ((n = li_url_key(r->v[3], r->n[3], b)) > 0) {
			if (sset_add(&c->senders, b, n, &m->url) < 0 ||
			    ((m->fl & EV_BYNAME) &&
			    sset_add(&c->me_urls, b, n, NULL) < 0))
				return nomem(e);
		}
	}
	c->nmsg++;
	return 0;
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
	if (c->k->row != NULL && c->k->row(c, &r, e) < 0) {
		c->own_err = 1;
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
	return n >= 10 && eq_ci(s, 10, "first name") &&
	    (s[10] == ',' || (s[10] == '"' && n > 11 && s[11] == ','));
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
		const char *comma = memchr(s, ',', n);
		const char *rest;

		if (li_blank(s, n))
			return 0;
		rest = comma ? comma + 1 : s + n;
		ln = (size_t)(s + n - rest);
		l = memchr(rest, ',', ln);
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
	if (q || i >= n || s[i] != ',')
		goto continuation;
	i++;
	if ((q = i < n && s[i] == '"'))
		i++;
	l = s + i;
	if (!(n - i >= 7 && eq_ci(l, 7, "http://")) &&
	    !(n - i >= 8 && eq_ci(l, 8, "https://")))
		goto continuation;
	for (ln = 0; i + ln < n && l[ln] != (q ? '"' : ','); ln++)
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

static int
com_sink(void *vc, const char *buf, size_t n, struct ssi_err *e)
{
	struct ctx *c = vc;

	while (n > 0) {
		int r = take_line(c, &buf, &n, e);

		if (r <= 0)
			return r;
		if (com_line(c, e) < 0)
			return -1;
		c->lblen = 0;
	}
	return 0;
}

static int
read_kind(struct ctx *c, struct li_src *src, enum kind_id k, int i,
    struct ssi_err *e)
{
	int r, j;

	c->kid = k;
	c->k = &kinds[k];
	c->disp = li_src_name(src, i);
	c->headed = c->pass = c->junk = c->started = c->own_err = 0;
	c->line_off = c->lineno = 0;
	c->lblen = 0;
	for (j = 0; j < NCOL; j++)
		c->col[j] = -1;
	if (c->k->reader == R_COMMENTS) {
		r = li_src_read(src, i, com_sink, c, e);
		if (r == 0 && c->lblen > 0)
			r = com_line(c, e);
	} else {
		c->csv = csv_in_new(c->disp, ',', on_csv_row, c);
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
	if (r < 0)
		return -1;
	c->have |= 1u << k;
	return 0;
}

/* ---- the profile ---- */

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

static int
cmp_msg(const void *a, const void *b)
{
	const struct msg *x = a, *y = b;
	int r = strcmp(x->cid, y->cid);

	if (r != 0)
		return r;
	return (x->ts > y->ts) - (x->ts < y->ts);
}

struct window {
	int on;			/* as_of known */
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

/* messages_received and messages_replied. */
static void
count_messages(struct ctx *c, struct window *w, long *recv, long *repl)
{
	size_t i, j;

	for (i = 0; i < c->nmsg; i++) {
		struct msg *m = &c->msg[i];

		m->cid = c->convs.s + m->conv;
		m->mine = (m->fl & EV_BYNAME) || (m->url != SIZE_MAX &&
		    sset_has(&c->me_urls, c->senders.s + m->url,
		    strlen(c->senders.s + m->url)));
		if (m->mine)
			in_window(w, m->day, 1);
	}
	if (c->nmsg > 0)
		qsort(c->msg, c->nmsg, sizeof *c->msg, cmp_msg);
	for (i = 0; i < c->nmsg; i = j) {
		int64_t last = 0;
		int any = 0;

		/* The member's latest message of the conversation up to
		 * as_of. */
		for (j = i; j < c->nmsg && strcmp(c->msg[j].cid,
		    c->msg[i].cid) == 0; j++)
			if (c->msg[j].mine && c->msg[j].day != NODAY &&
			    w->on && c->msg[j].day <= w->hi &&
			    (!any || c->msg[j].ts > last))
				last = c->msg[j].ts, any = 1;
		for (; i < j; i++) {
			const struct msg *m = &c->msg[i];

			if (m->mine || (m->fl & (EV_SPAM | EV_SPONSORED)) ||
			    !in_window(w, m->day, 0))
				continue;
			(*recv)++;
			if (any && last > m->ts)
				(*repl)++;
		}
	}
}

static int
derive(struct ctx *c, int32_t asof_opt, int64_t period,
    struct ssi_err *e)
{
	struct profile *p = c->p;
	struct window w;
	long posts = 0, shares = 0, groups = 0, comments = 0, reactions = 0;
	long searches = 0, sent = 0, pers = 0, acc = 0, recv = 0, repl = 0;
	long active = 0;
	unsigned h = c->have;
	size_t i;
	int r = 0;

#define HAVE(k) ((h >> (k)) & 1u)
	memset(&w, 0, sizeof w);
	if (asof_opt != NODAY || c->dated) {
		char d[11];

		w.on = 1;
		w.hi = asof_opt != NODAY ? asof_opt : c->latest;
		w.lo = (int32_t)(w.hi - period + 1);
		li_day_str(w.hi, d);
		r |= profile_set(p, F_AS_OF, d, 10, VK_STRING, 1, e);
	}
	for (i = 0; i < c->ev[K_SHARES].n; i++) {
		const struct ev *v = &c->ev[K_SHARES].v[i];

		if (!in_window(&w, v->day, 1))
			continue;
		if (v->fl & EV_GROUP)
			groups++;
		if (!(v->fl & EV_TEXT))
			shares++;
		else if (!(v->fl & EV_GROUP))
			posts++;
	}
	for (i = 0; i < c->ev[K_COMMENTS].n; i++) {
		const struct ev *v = &c->ev[K_COMMENTS].v[i];

		if (!in_window(&w, v->day, 1))
			continue;
		if (v->fl & EV_GROUP)
			groups++;
		else if (!(v->fl & EV_OWN))
			comments++;
	}
	for (i = 0; i < c->ev[K_REPOSTS].n; i++)
		shares += in_window(&w, c->ev[K_REPOSTS].v[i].day, 1);
	for (i = 0; i < c->ev[K_REACTIONS].n; i++)
		reactions += in_window(&w, c->ev[K_REACTIONS].v[i].day, 1);
	for (i = 0; i < c->ev[K_VOTES].n; i++)
		in_window(&w, c->ev[K_VOTES].v[i].day, 1);
	for (i = 0; i < c->ev[K_SEARCHES].n; i++)
		searches += in_window(&w, c->ev[K_SEARCHES].v[i].day, 1);
	for (i = 0; i < c->ev[K_INVITATIONS].n; i++) {
		const struct ev *v = &c->ev[K_INVITATIONS].v[i];

		if (!in_window(&w, v->day, 1))
			continue;
		sent++;
		pers += (v->fl & EV_NOTE) != 0;
		acc += (v->fl & EV_ACCEPTED) != 0;
	}
	count_messages(c, &w, &recv, &repl);
	for (i = 0; i < sizeof w.act; i++)
		active += w.act[i];

	if (c->o->id != NULL && c->o->id[0] != '\0')
		r |= set_text(c, F_ID, c->o->id, strlen(c->o->id), e);
	else if (c->name != NULL)
		r |= set_text(c, F_ID, c->name, c->name_len, e);
	if (r)
		return -1;
	{
		const struct { int f; int have; long v; } out[] = {
		    { F_POSITIONS, HAVE(K_POSITIONS), c->rows[K_POSITIONS] },
		    { F_EDUCATION, HAVE(K_EDUCATION), c->rows[K_EDUCATION] },
		    { F_SKILLS, HAVE(K_SKILLS), c->rows[K_SKILLS] },
		    { F_ENDORSEMENTS, HAVE(K_ENDORSE), c->rows[K_ENDORSE] },
		    { F_RECOMMENDATIONS, HAVE(K_RECOMMEND),
			c->recommendations },
		    { F_MEDIA, HAVE(K_MEDIA), c->media },
		    { F_CONNECTIONS, HAVE(K_CONNECTIONS),
			c->rows[K_CONNECTIONS] },
		    { F_TARGET_CONNECTIONS, HAVE(K_CONNECTIONS) &&
			c->kw != NULL, c->target },
		    { F_SENIOR_CONNECTIONS, HAVE(K_CONNECTIONS), c->senior },
		    { F_COLLEAGUE_CONNECTIONS, HAVE(K_CONNECTIONS),
			c->colleague },
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
	if (c->photo && profile_set(p, F_PHOTO, "true", 4, VK_STRING, 1,
	    e) < 0)
		return -1;
#undef HAVE
	return 0;
}

static void
ctx_free(struct ctx *c)
{
	int k;

	for (k = 0; k < K_COUNT; k++)
		free(c->ev[k].v);
	for (k = 0; k < 3; k++)
		free(c->tmp[k]);
	free(c->name);
	free(c->msg);
	free(c->kw);
	free(c->lb);
	sset_free(&c->current);
	sset_free(&c->conn_urls);
	sset_free(&c->conn_names);
	sset_free(&c->me_urls);
	sset_free(&c->share_keys);
	sset_free(&c->convs);
	sset_free(&c->senders);
}

int
linkedin_read(const char *path, const struct linkedin_opts *o,
    struct profile *p, struct ssi_err *e)
{
	struct ctx c;
	struct ssi_err dummy;
	struct li_src *src = NULL;
	int32_t asof = NODAY, sec;
	int64_t period = o->period ? o->period : PERIOD_DEFAULT;
	int k, r = -1, found = 0;
	long articles;

	if (e == NULL)
		e = &dummy;
	memset(&c, 0, sizeof c);
	c.o = o;
	c.p = p;
	profile_reset(p);
	e->file = NULL;
	e->line = e->col = 0;
	if (o->as_of != NULL && (strlen(o->as_of) != 10 ||
	    li_when(o->as_of, 10, &asof, &sec) != 1 || o->as_of[4] != '-')) {
		char q[64];

		return err_set(e, "--as-of: %s is not a date (YYYY-MM-DD)",
		    err_quote(q, sizeof q, o->as_of, strlen(o->as_of)));
	}
	if (period < 1 || period > 366)
		return err_set(e, "--period: %lld is not between 1 and 366",
		    (long long)period);
	if (o->target != NULL && parse_target(&c, o->target, e) < 0)
		goto out;
	if (li_src_open(path, &src, e) < 0)
		goto out;
	for (k = 0; k < K_COUNT; k++) {
		int i = li_src_find(src, kinds[k].base);

		if (i < 0)
			continue;
		found = 1;
		if (read_kind(&c, src, (enum kind_id)k, i, e) < 0)
			goto out;
	}
	if (!found) {
		err_at(e, path, 0, 0, "not a linkedin data export (no "
		    "Profile.csv, Connections.csv or other file of one)");
		goto out;
	}
	if (derive(&c, asof, period, e) < 0) {
		if (e->file == NULL)
			e->file = path;
		goto out;
	}
	articles = li_src_articles(src);
	if (articles >= 0 && set_count(p, F_ARTICLES, articles, e) < 0)
		goto out;
	r = 0;
out:
	/* e->file may point into the source, which is about to go. */
	if (r < 0 && e->file != path)
		err_own_file(e);
	li_src_close(src);
	ctx_free(&c);
	return r;
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
	r = li_src_find(src, "Connections") >= 0 ||
	    li_src_find(src, "Profile") >= 0;
	li_src_close(src);
	return r;
}
