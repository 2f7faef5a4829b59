/*
 * catalog_test.c - the message catalogue: every row's translation, in
 * every language column, has exactly the printf conversions of its
 * English, in the same order (a translated format can never read an
 * argument of the wrong type); a full language has every row; every cell
 * is found by tr, no English text has two rows, and a text of no row
 * reads as given.
 */
#include "ssi/catalog.h"
#include "ssi/lang.h"
#include "t.h"

/* The next conversion of s from *i on ("%s", "%.*s", "%lld", "%%"...)
 * into out; 0 when there is none. */
static int
next_conv(const char *s, size_t *i, char *out, size_t outsz)
{
	const char *p = strchr(s + *i, '%'), *q;
	size_t n;

	if (p == NULL)
		return 0;
	q = p + 1;
	q += strspn(q, "-+ #0'");
	q += strspn(q, "0123456789*");
	if (*q == '.') {
		q++;
		q += strspn(q, "0123456789*");
	}
	q += strspn(q, "hljztL");
	if (*q)
		q++;
	n = (size_t)(q - p);
	if (n >= outsz)
		n = outsz - 1;
	memcpy(out, p, n);
	out[n] = '\0';
	*i = (size_t)(q - s);
	return 1;
}

/* The conversions of s, in order, joined by '|'. */
static void
convs(const char *s, char *out, size_t outsz)
{
	size_t i = 0, len = 0;
	char c[32];

	out[0] = '\0';
	while (next_conv(s, &i, c, sizeof c) && len + strlen(c) + 2 < outsz)
		len += (size_t)snprintf(out + len, outsz - len, "%s|", c);
}

/* The languages whose column must be full: every row translated. */
static const int full[LANG_COUNT] = {
	[LANG_EN] = 1, [LANG_ES] = 1, [LANG_PT] = 1,
};

int
main(void)
{
	size_t i, j, n = catalog_rows(), bad = 0, dup = 0, lost = 0;
	size_t holes = 0;
	int l;
	char a[512], b[512];

	T_OK(n > 200, "the catalogue has %zu rows", n);
	T_OK(catalog_text(n, LANG_EN) == NULL &&
	    catalog_text(0, LANG_COUNT) == NULL && catalog_text(0, -1) == NULL,
	    "catalog_text outside the table is NULL");
	for (i = 0; i < n; i++) {
		const char *en = catalog_text(i, LANG_EN);

		convs(en, a, sizeof a);
		for (l = LANG_EN + 1; l < LANG_COUNT; l++) {
			const char *t = catalog_text(i, l);

			if (t == NULL || t[0] == '\0') {
				if (full[l] || (t != NULL && t[0] == '\0')) {
					printf("row %zu '%s': no %s\n", i, en,
					    lang_code(l));
					holes++;
				}
				if (tr(l, en) != en)
					lost++;
				continue;
			}
			convs(t, b, sizeof b);
			if (strcmp(a, b) != 0) {
				printf("row %zu '%s': conversions %s, %s %s\n",
				    i, en, a, lang_code(l), b);
				bad++;
			}
			if (tr(l, en) != t)
				lost++;
		}
		for (j = 0; j < i; j++)
			if (strcmp(catalog_text(j, LANG_EN), en) == 0) {
				printf("rows %zu and %zu: '%s'\n", j, i, en);
				dup++;
			}
	}
	T_OK(holes == 0, "every row has a text in each full language (%zu "
	    "holes)", holes);
	T_OK(bad == 0, "every row's translations have its English "
	    "conversions, in order (%zu do not)", bad);
	T_OK(dup == 0, "no English text has two rows (%zu do)", dup);
	T_OK(lost == 0, "tr finds every cell, English for an empty one (%zu "
	    "lost)", lost);
	T_STREQ(tr(LANG_ES, "no input"), "no hay entrada", "tr: Spanish");
	T_STREQ(tr(LANG_EN, "no input"), "no input", "tr: English is the key");
	T_STREQ(tr(LANG_ES, "no such text in ssi"), "no such text in ssi",
	    "tr: a text of no row reads as given");
	T_OK(tr(LANG_ES, NULL) == NULL, "tr: NULL stays NULL");
	T_STREQ(tr(LANG_COUNT, "no input"), "no input", "tr: a language "
	    "outside the table reads English");
	T_STREQ(tr(-1, "no input"), "no input", "tr: a negative language "
	    "reads English");

	/* the checker itself sees the difference a wrong row would make */
	convs("%s: %ld of %.*s, 3 %%", a, sizeof a);
	T_STREQ(a, "%s|%ld|%.*s|%%|", "conversions: read in order");
	convs("%ld: %s", b, sizeof b);
	T_OK(strcmp(a, b) != 0, "conversions: a swap is a difference");
	return t_failed;
}
