/* numfmt.c - numbers for readers, by language (see numfmt.h). */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ssi/lang.h"
#include "ssi/numfmt.h"

/* Per language: the decimal mark, the thousands mark, the smallest number
 * that is grouped, and the percent sign with what goes before it.  A
 * language without a row reads as English. */
static const struct {
	char dec;
	char group;
	double group_from;
	const char *pct;
} style[LANG_COUNT] = {
	[LANG_EN] = { '.', ',', 1000, "%" },
	[LANG_ES] = { ',', '.', 10000, NUMFMT_NBSP "%" },
	[LANG_PT] = { ',', '.', 1000, NUMFMT_NBSP "%" },
};

static int
lang_of(int lang)
{
	return lang >= 0 && lang < LANG_COUNT && style[lang].dec != '\0' ?
	    lang : LANG_EN;
}

/*
 * x with d decimals into b, the decimal mark dec, the whole part grouped
 * with group when it is at least from (group 0: never).  Rounds as
 * out_fixed does; a value too large for 64 bits goes through printf.
 */
static const char *
fmt(struct numfmt *b, double x, int d, char dec, char group, double from)
{
	static const double pow10[] = { 1, 10, 100, 1000, 10000 };
	char tmp[NUMFMT_LEN], *end = tmp + sizeof tmp - 1, *p = end;
	unsigned long long u, whole;
	int k, digits = 0, neg;

	if (d < 0)
		d = 0;
	if (d > 4)
		d = 4;
	if (!isfinite(x) || fabs(x) > 1e15) {
		snprintf(b->s, sizeof b->s, "%.*f", d, x);
		if ((p = strchr(b->s, '.')) != NULL)
			*p = dec;
		return b->s;
	}
	u = (unsigned long long)(fabs(x) * pow10[d] + 0.5 + 1e-9);
	neg = x < 0 && u > 0;	/* no "-0" */
	*p = '\0';
	for (k = 0; k < d; k++) {
		*--p = (char)('0' + u % 10);
		u /= 10;
	}
	if (d > 0)
		*--p = dec;
	whole = u;
	do {
		if (group && digits > 0 && digits % 3 == 0 &&
		    (double)whole >= from)
			*--p = group;
		*--p = (char)('0' + u % 10);
		u /= 10;
		digits++;
	} while (u > 0);
	if (neg)
		*--p = '-';
	memcpy(b->s, p, (size_t)(end - p) + 1);
	return b->s;
}

const char *
numfmt_dec(struct numfmt *b, int lang, double x, int d)
{
	return fmt(b, x, d, style[lang_of(lang)].dec, 0, 0);
}

const char *
numfmt_count(struct numfmt *b, int lang, double x)
{
	int l = lang_of(lang);

	return fmt(b, x, 0, style[l].dec, style[l].group, style[l].group_from);
}

const char *
numfmt_pct(struct numfmt *b, int lang, double x, int d)
{
	size_t n;

	fmt(b, x, d, style[lang_of(lang)].dec, 0, 0);
	n = strlen(b->s);
	snprintf(b->s + n, sizeof b->s - n, "%s", numfmt_pct_sign(lang));
	return b->s;
}

const char *
numfmt_pct_sign(int lang)
{
	return style[lang_of(lang)].pct;
}

char
numfmt_list_sep(int lang)
{
	return style[lang_of(lang)].dec == ',' ? ';' : ',';
}

char *
numfmt_mark(char *s, int lang)
{
	char *p = strchr(s, '.');

	if (p != NULL)
		*p = style[lang_of(lang)].dec;
	return s;
}
