/*
 * li_text.h - text helpers of the LinkedIn export reader (linkedin.c): the
 * export's date formats, blank tests, case folding, whole-word search and
 * link normalisation.  Pure functions over byte ranges; nothing allocates.
 */
#ifndef SSI_LI_TEXT_H
#define SSI_LI_TEXT_H

#include <stddef.h>
#include <stdint.h>

/* Days since 1970-01-01 of a valid civil date (proleptic Gregorian). */
int32_t li_day_of(int y, int m, int d);
/* The civil date of a day number, written "YYYY-MM-DD" into out[11]. */
void li_day_str(int32_t day, char out[11]);

/*
 * Parse one of the export's timestamps (ssi.7 LINKEDIN DATA EXPORT §2):
 * "YYYY-MM-DD[ HH:MM[:SS]][ UTC]", "YYYY/MM/DD ...", "DD Mon YYYY" and
 * "M/D/YY[, h:mm AM]" (also a 4-digit year).  Blanks around are ignored.
 * Returns 1 and sets *day (and *sec, seconds into that day, 0 when the
 * value has no time), 0 when s is blank, -1 when it is not a date.
 */
int li_when(const char *s, size_t n, int32_t *day, int32_t *sec);

/*
 * A month and year as Positions.csv writes them: "Mar 2022" (the 1st of
 * the month; full English month names too) or "2018" (January 1st).
 * 1 and *day, 0 when blank, -1 when not such a date.
 */
int li_month_year(const char *s, size_t n, int32_t *day);

/*
 * "September 9, 2025" at the start of s[0..n) (Rich_Media.csv's
 * sentences; what follows is not read): 1 and *day, or -1.
 */
int li_long_date(const char *s, size_t n, int32_t *day);

/* 1 when s[0..n) holds only white space (ASCII and Unicode spaces, zero
 * width spaces and U+FEFF). */
int li_blank(const char *s, size_t n);

/* Trim ASCII white space from both ends of s[0..*n). */
void li_trim(const char **s, size_t *n);

/*
 * Case-fold s[0..n) into out (room for n + 1 bytes; NUL-terminated):
 * ASCII, Latin-1, Latin Extended-A, basic Greek and Cyrillic capitals to
 * small letters; every run of white space (with U+00A0) becomes one space,
 * none at the ends.  Returns the length written.
 */
size_t li_fold(const char *s, size_t n, char *out);

/* 1 when code point c counts as a letter or digit for whole-word matches. */
int li_is_wordchar(uint32_t c);

/* 1 when w[0..wn) occurs in h[0..hn) with no letter or digit right before or
 * after it (see li_is_wordchar).  Both should be folded. */
int li_has_word(const char *h, size_t hn, const char *w, size_t wn);

/* 1 when w[0..wn) occurs in h[0..hn) (wn > 0). */
int li_has_sub(const char *h, size_t hn, const char *w, size_t wn);

/* Percent-decode s[0..n) into out (room for n + 1).  Returns the length. */
size_t li_pct_decode(const char *s, size_t n, char *out);

/*
 * A profile URL reduced for comparison into out (room for n + 1): trimmed,
 * without scheme, "www." and trailing '/', ASCII letters in lower case.
 */
size_t li_url_key(const char *s, size_t n, char *out);

/*
 * The key of a post link into out (room for n + 1): percent-decoded, query
 * and fragment cut, from "urn:li:" on when it holds one.
 */
size_t li_post_key(const char *s, size_t n, char *out);

#endif
