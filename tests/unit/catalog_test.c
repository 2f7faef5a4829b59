/*
 * catalog_test.c - the message catalogue: every row's Spanish has exactly
 * the printf conversions of its English, in the same order (a translated
 * format can never read an argument of the wrong type), every row is found
 * by tr, no English text has two rows, and a text of no row reads as given.
 */
#include "t.h"
#include "catalog.h"
#include "lang.h"

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

int
main(void)
{
	size_t i, j, n = catalog_rows(), bad = 0, dup = 0, lost = 0;
	char a[512], b[512];

	T_OK(n > 200, "the catalogue has %zu rows", n);
	for (i = 0; i < n; i++) {
		const char *en = catalog_en(i), *es = catalog_es(i);

		if (es == NULL || es[0] == '\0') {
			printf("row %zu '%s': no Spanish\n", i, en);
			bad++;
			continue;
		}
		convs(en, a, sizeof a);
		convs(es, b, sizeof b);
		if (strcmp(a, b) != 0) {
			printf("row %zu '%s': conversions %s, Spanish %s\n",
			    i, en, a, b);
			bad++;
		}
		if (tr(LANG_ES, en) != es)
			lost++;
		for (j = 0; j < i; j++)
			if (strcmp(catalog_en(j), en) == 0) {
				printf("rows %zu and %zu: '%s'\n", j, i, en);
				dup++;
			}
	}
	T_OK(bad == 0, "every row's Spanish has its English conversions, in "
	    "order (%zu do not)", bad);
	T_OK(dup == 0, "no English text has two rows (%zu do)", dup);
	T_OK(lost == 0, "tr finds every row (%zu lost)", lost);
	T_STREQ(tr(LANG_ES, "no input"), "no hay entrada", "tr: Spanish");
	T_STREQ(tr(LANG_EN, "no input"), "no input", "tr: English is the key");
	T_STREQ(tr(LANG_ES, "no such text in ssi"), "no such text in ssi",
	    "tr: a text of no row reads as given");
	T_OK(tr(LANG_ES, NULL) == NULL, "tr: NULL stays NULL");

	/* the checker itself sees the difference a wrong row would make */
	convs("%s: %ld of %.*s, 3 %%", a, sizeof a);
	T_STREQ(a, "%s|%ld|%.*s|%%|", "conversions: read in order");
	convs("%ld: %s", b, sizeof b);
	T_OK(strcmp(a, b) != 0, "conversions: a swap is a difference");
	return t_failed;
}
