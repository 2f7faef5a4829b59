/*
 * profile.h - one profile record: validated field values.
 *
 * A struct profile owns its text storage (an arena reused from record to
 * record, so the batch path does not allocate per row).  Counts and flags
 * are stored as integers.  Field presence is one bit per field.
 */
#ifndef SSI_PROFILE_H
#define SSI_PROFILE_H

#include <stdint.h>
#include <stddef.h>
#include <string.h>
#include "ssi/err.h"
#include "ssi/field.h"

#define PROFILE_MAX_CUSTOM 32	/* columns of your own per record */

_Static_assert(F_COUNT <= 64, "have: one bit per field");

struct profile {
	uint64_t have;			/* bit f set: field f present */
	int64_t num[F_COUNT];		/* counts, flags (0/1), period; the
					 * period is PERIOD_DEFAULT while
					 * absent, so it can always be read */
	uint32_t off[F_COUNT];		/* text: offset into arena */
	uint32_t len[F_COUNT];		/* text: length in bytes */
	uint32_t cps[F_COUNT];		/* text: length in code points */
	char *arena;			/* owned */
	size_t arena_len, arena_cap;
	long position;			/* 1-based position in the stream */
	/* Columns of your own (ssi.5): name and value, NUL-terminated,
	 * at these arena offsets; the name normalised (field_normalize). */
	uint32_t ncustom;
	uint32_t cname[PROFILE_MAX_CUSTOM];
	uint32_t cval[PROFILE_MAX_CUSTOM];
};

/* How a value was written in the input (JSON keeps its types).
 * VK_STRING_DC: a string from a CSV whose delimiter is ';' or a tab, where
 * the official figures may have a decimal comma (ssi.7 OFFICIAL FIGURES). */
enum value_kind { VK_STRING, VK_NUMBER, VK_BOOL, VK_STRING_DC };

void profile_init(struct profile *p);
/* Forget every value, keep the storage. */
static inline void
profile_reset(struct profile *p)
{
	p->have = 0;
	p->ncustom = 0;
	p->arena_len = 0;
	p->position = 0;
	p->num[F_PERIOD_DAYS] = PERIOD_DEFAULT;
}
/* Release the storage; p may be NULL. */
void profile_free(struct profile *p);
/* Copy src into dst (dst initialised); -1 on allocation failure. */
int profile_copy(struct profile *dst, const struct profile *src);

static inline int profile_has(const struct profile *p, int f)
{
	return (int)((p->have >> f) & 1u);
}

/* Field f as a model input sees it: period_days is always present (its
 * default is 30); other fields when given. */
static inline int
profile_present(const struct profile *p, int f)
{
	return f == F_PERIOD_DAYS || profile_has(p, f);
}

/* The number of field f (period_days with its default). */
static inline double
profile_value(const struct profile *p, int f)
{
	return (double)p->num[f];
}

/* Text of field f (NUL-terminated, owned by p), or NULL when absent. */
const char *profile_text(const struct profile *p, int f);

/*
 * Validate the value s[0..n) for field f and store it.  An empty string
 * (after trimming blanks, for non-text fields) means missing: the field is
 * left absent.  Returns 0, or -1 with e->msg set to "field: ..." (the caller
 * adds the position).  A field already present is an error ("given twice")
 * unless replace is set.
 */
int profile_set(struct profile *p, int f, const char *s, size_t n,
    enum value_kind kind, int replace, struct ssi_err *e);

/*
 * s[0..n) is YYYY-MM-DD, a real day, with nothing around it.  The eight
 * first bytes are tested at once: each XORed with the pattern "0000-00-"
 * is 0 to 9 where a digit belongs and 0 where a '-' does.  Inline: every
 * date of a sheet comes here.
 */
static inline int
profile_is_date(const char *s, size_t n)
{
	static const int mdays[] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};
	static const char pat[8] = { '0', '0', '0', '0', '-', '0', '0', '-' };
	static const unsigned char dash[8] = { 0, 0, 0, 0, 0xFF, 0, 0, 0xFF };
	const uint64_t hi = 0x8080808080808080u, ten = 0x7676767676767676u;
	uint64_t w, pw, dm;
	unsigned d8, d9;
	int y, m, d;

	if (n != 10)
		return 0;
	memcpy(&w, s, 8);
	memcpy(&pw, pat, 8);
	memcpy(&dm, dash, 8);
	w ^= pw;
	d8 = (unsigned)(unsigned char)s[8] - '0';
	d9 = (unsigned)(unsigned char)s[9] - '0';
	/* a byte above 9 sets its high bit once 0x76 is added */
	if ((((w + ten) | w) & hi) != 0 || (w & dm) != 0 || d8 > 9 || d9 > 9)
		return 0;
	m = (s[5] - '0') * 10 + (s[6] - '0');
	d = (int)(d8 * 10 + d9);
	if (m < 1 || m > 12 || d < 1)
		return 0;
	if (d <= mdays[m - 1])
		return 1;
	if (m != 2 || d != 29)
		return 0;
	y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
	    (s[3] - '0');
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/*
 * The common case of profile_set(p, f, s, n, VK_STRING, 0, e) for a text
 * field f, or a date field with s a date (profile_is_date), without a
 * message to prepare (the CSV reader's cells): s[0..n) is stored, 0
 * returned, when f is not present yet, the value is not too long and the
 * profile's storage has room; otherwise nothing is done and 1 returned
 * (profile_set then stores or says why).  cps: the value's code points,
 * the caller having found it valid UTF-8 without a NUL byte.
 * profile_put_short takes only values of 4 to 32 bytes (ids, names,
 * dates, places), inline and without a call; profile_put_long any length.
 */
/* The end of profile_put_short and profile_put_long: the n bytes copied
 * to the storage at at, field f records them (NUL-terminated). */
static inline int
profile_text_stored(struct profile *p, int f, size_t at, size_t n, long cps)
{
	p->arena[at + n] = '\0';
	p->off[f] = (uint32_t)at;
	p->len[f] = (uint32_t)n;
	p->cps[f] = (uint32_t)cps;
	p->arena_len = at + n + 1;
	p->have |= (uint64_t)1 << f;
	return 0;
}

static inline int
profile_put_short(struct profile *p, int f, const char *s, size_t n,
    long cps)
{
	size_t at = p->arena_len;
	char *d;

	if (n - 4 > 32 - 4 || profile_has(p, f) || at + 33 > p->arena_cap)
		return 1;
	d = p->arena + at;
	if (n > 16) {		/* four words, overlapping */
		uint64_t w0, w1, w2, w3;

		memcpy(&w0, s, 8);
		memcpy(&w1, s + 8, 8);
		memcpy(&w2, s + n - 16, 8);
		memcpy(&w3, s + n - 8, 8);
		memcpy(d, &w0, 8);
		memcpy(d + 8, &w1, 8);
		memcpy(d + n - 16, &w2, 8);
		memcpy(d + n - 8, &w3, 8);
	} else if (n >= 8) {	/* two words, overlapping */
		uint64_t w0, w1;

		memcpy(&w0, s, 8);
		memcpy(&w1, s + n - 8, 8);
		memcpy(d, &w0, 8);
		memcpy(d + n - 8, &w1, 8);
	} else {
		uint32_t h0, h1;

		memcpy(&h0, s, 4);
		memcpy(&h1, s + n - 4, 4);
		memcpy(d, &h0, 4);
		memcpy(d + n - 4, &h1, 4);
	}
	return profile_text_stored(p, f, at, n, cps);
}

int profile_put_long(struct profile *p, int f, const char *s, size_t n,
    long cps);

static inline int
profile_put_text(struct profile *p, int f, const char *s, size_t n,
    long cps)
{
	if (profile_put_short(p, f, s, n, cps) == 0)
		return 0;
	return profile_put_long(p, f, s, n, cps);
}

/* Remove field f. */
void profile_unset(struct profile *p, int f);

/*
 * Check the consistency rules of ssi.5 (a part <= its whole, active_days
 * <= period_days).  Returns 0, or -1 naming both fields and values.
 */
int profile_check(const struct profile *p, struct ssi_err *e);

/*
 * Check the rules from rule *next on: 0 when none is broken, or -1 with the
 * first broken one in e and *next past it (call again for the rest).
 */
int profile_check_next(const struct profile *p, size_t *next,
    struct ssi_err *e);

/*
 * A column of your own: store value s[0..n) under name (normalised by the
 * caller, copied).  Blank means absent.  0, or -1 with e ("NAME: invalid
 * UTF-8", more than PROFILE_MAX_CUSTOM columns, given twice).
 */
int profile_set_custom(struct profile *p, const char *name, const char *s,
    size_t n, struct ssi_err *e);
/*
 * The value of the column of your own called name (normalised here as a
 * CSV header is: "Team" finds "team"), owned by p; NULL when the record has
 * none.  For rank --by and the like.
 */
const char *profile_custom(const struct profile *p, const char *name);

/* How a date written with slashes is read (--dates). */
enum { DATES_NONE, DATES_DMY, DATES_MDY };

/* date (YYYY-MM-DD) in words, "9 November 2026", in the language of
 * messages (err_tr), into out. */
void profile_date_words(const char *date, char *out, size_t outsz);
/*
 * An as_of value written d/m/yyyy or m/d/yyyy: with order DATES_DMY or
 * DATES_MDY, the date as YYYY-MM-DD into out (0); else, or when it is no
 * date in that order, -1 with e naming both options and both readings.
 */
int profile_date(const char *s, size_t n, int order, char out[11],
    struct ssi_err *e);

/* period_days of p, or the default 30. */
int64_t profile_period(const struct profile *p);

/*
 * Parse a whole number as ssi.5 defines it ("500", "500.0", "5e2"; not
 * "1,200", "2.5", "-3", "NaN"), blanks around it allowed.  Returns 0 and
 * stores the value, -1 when s is not a whole number, -2 when it is one but
 * beyond [lo, hi].
 */
int parse_whole(const char *s, size_t n, int64_t lo, int64_t hi, int64_t *out);

/* Count code points of valid UTF-8 s[0..n); -1 if not valid UTF-8. */
long utf8_count(const char *s, size_t n);

#endif
