/*
 * numfmt.h - numbers as a reader of the text and HTML reports writes them:
 * a decimal comma in Spanish (12,8), the percent sign after a no-break
 * space in Spanish (77 %, never split across lines), and thousands grouped
 * for counts in prose (35,658 in English, 35.658 in Spanish).
 *
 * Machine formats (CSV, TSV, JSON, JSON Lines) never use this module: they
 * keep '.' and no grouping, whatever the language (out_fixed).
 *
 * Every function writes into the caller's struct numfmt and returns its
 * text (NUL-terminated, owned by the caller's buffer).  An unknown
 * language is English.  Rounding is out_fixed's: half away from zero, so a
 * figure reads the same in the text as in the JSON; no "-0".
 */
#ifndef SSI_NUMFMT_H
#define SSI_NUMFMT_H

#define NUMFMT_LEN 64

struct numfmt {
	char s[NUMFMT_LEN];
};

/* The no-break space (U+00A0) in UTF-8. */
#define NUMFMT_NBSP "\xc2\xa0"

/* x with d decimals (0 to 4): "12.8" / "12,8"; not grouped (scores). */
const char *numfmt_dec(struct numfmt *b, int lang, double x, int d);

/* x rounded to a whole number and grouped by thousands: "35,658" /
 * "35.658".  Spanish leaves four-digit numbers whole ("1000"), as its
 * style books write them; English groups from 1,000. */
const char *numfmt_count(struct numfmt *b, int lang, double x);

/* A percentage, x already in percent, with d decimals: "77%" / "77 %"
 * (the space a no-break space). */
const char *numfmt_pct(struct numfmt *b, int lang, double x, int d);

/* What follows a number to make it a percentage: "%" or NBSP "%". */
const char *numfmt_pct_sign(int lang);

/* Turn the decimal point of a number written by a machine formatter
 * ("12.8") into lang's mark, in place; returns s. */
char *numfmt_mark(char *s, int lang);

/* The list separator of a spreadsheet set to lang: ';' where the decimal
 * mark is a comma (Spanish, Portuguese), ',' elsewhere; the delimiter of
 * the CSV header `ssi fields --format csv` writes for lang. */
char numfmt_list_sep(int lang);

#endif
