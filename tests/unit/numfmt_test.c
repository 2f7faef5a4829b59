/* numfmt_test.c - numbers for readers: decimal comma, no-break space
 * before %, thousands grouping, rounding as the machine formats round. */
#include "ssi/lang.h"
#include "ssi/numfmt.h"
#include "ssi/out.h"
#include "t.h"

static struct numfmt b;

/* The machine format's text of x with d decimals (out_fixed). */
static const char *
machine(double x, int d)
{
	static char buf[64];
	struct out o;

	if (out_mem(&o) < 0)
		return "";
	out_fixed(&o, x, d);
	snprintf(buf, sizeof buf, "%.*s", (int)o.n, o.buf);
	out_mem_free(&o);
	return buf;
}

int
main(void)
{
	static const double xs[] = { 0, 0.005, 0.015, 0.125, 1.25, 12.805,
		12.8, 25, 80.795, 99.995, 1234.5, -0.004, -2.5, 35658 };
	size_t i;
	int d, bad = 0;

	T_STREQ(numfmt_dec(&b, LANG_EN, 12.8, 1), "12.8", "en 12.8");
	T_STREQ(numfmt_dec(&b, LANG_ES, 12.8, 1), "12,8", "es 12,8");
	T_STREQ(numfmt_dec(&b, LANG_ES, 80.8, 0), "81", "es 80.8 whole: 81");
	T_STREQ(numfmt_dec(&b, LANG_ES, 0.125, 2), "0,13", "es half away "
	    "from zero");
	T_STREQ(numfmt_dec(&b, LANG_EN, -0.004, 2), "0.00", "no -0");
	T_STREQ(numfmt_dec(&b, LANG_ES, -2.5, 1), "-2,5", "es negative");
	T_STREQ(numfmt_dec(&b, LANG_ES, 35658.25, 1), "35658,3",
	    "scores are not grouped");
	T_STREQ(numfmt_dec(&b, 99, 1.5, 1), "1.5", "unknown language: en");
	T_STREQ(numfmt_dec(&b, LANG_EN, 7, 9), "7.0000", "at most 4 decimals");

	T_STREQ(numfmt_count(&b, LANG_EN, 35658), "35,658", "en 35,658");
	T_STREQ(numfmt_count(&b, LANG_ES, 35658), "35.658", "es 35.658");
	T_STREQ(numfmt_count(&b, LANG_EN, 1000), "1,000", "en 1,000");
	T_STREQ(numfmt_count(&b, LANG_ES, 1000), "1000", "es 1000: four "
	    "digits stay whole");
	T_STREQ(numfmt_count(&b, LANG_ES, 9999), "9999", "es 9999");
	T_STREQ(numfmt_count(&b, LANG_ES, 10000), "10.000", "es 10.000");
	T_STREQ(numfmt_count(&b, LANG_EN, 999), "999", "en 999");
	T_STREQ(numfmt_count(&b, LANG_EN, 1000000000), "1,000,000,000",
	    "en 1e9");
	T_STREQ(numfmt_count(&b, LANG_ES, 1000000000), "1.000.000.000",
	    "es 1e9");
	T_STREQ(numfmt_count(&b, LANG_ES, 0), "0", "es 0");
	T_STREQ(numfmt_count(&b, LANG_EN, -12345), "-12,345", "en negative");

	T_STREQ(numfmt_pct(&b, LANG_EN, 77, 0), "77%", "en 77%%");
	T_STREQ(numfmt_pct(&b, LANG_ES, 77, 0), "77\xc2\xa0%", "es 77 %%, "
	    "a no-break space");
	T_STREQ(numfmt_pct(&b, LANG_ES, 12.5, 1), "12,5\xc2\xa0%", "es 12,5 %%");
	T_STREQ(numfmt_pct_sign(LANG_ES), NUMFMT_NBSP "%", "es sign");
	T_STREQ(numfmt_pct_sign(-1), "%", "unknown language: %%");

	T_STREQ(numfmt_dec(&b, LANG_PT, 12.8, 1), "12,8", "pt 12,8");
	T_STREQ(numfmt_count(&b, LANG_PT, 1234), "1.234", "pt 1.234");
	T_STREQ(numfmt_count(&b, LANG_PT, 999), "999", "pt 999");
	T_STREQ(numfmt_count(&b, LANG_PT, 35658), "35.658", "pt 35.658");
	T_STREQ(numfmt_pct(&b, LANG_PT, 12.5, 1), "12,5\xc2\xa0%",
	    "pt 12,5 %%, a no-break space");
	T_STREQ(numfmt_dec(&b, LANG_COUNT, 1.5, 1), "1.5",
	    "a language past the table: en");

	{
		char m1[] = "12.8", m2[] = "12.8", m3[] = "7";

		T_STREQ(numfmt_mark(m1, LANG_ES), "12,8", "mark es");
		T_STREQ(numfmt_mark(m2, LANG_EN), "12.8", "mark en");
		T_STREQ(numfmt_mark(m3, LANG_ES), "7", "mark of a whole number");
	}

	/* the same digits as the machine formats, the mark aside */
	for (i = 0; i < sizeof xs / sizeof xs[0]; i++)
		for (d = 0; d <= 2; d++) {
			char want[64], *c;

			snprintf(want, sizeof want, "%s", machine(xs[i], d));
			bad += strcmp(numfmt_dec(&b, LANG_EN, xs[i], d),
			    want) != 0;
			if ((c = strchr(want, '.')) != NULL)
				*c = ',';
			bad += strcmp(numfmt_dec(&b, LANG_ES, xs[i], d),
			    want) != 0;
		}
	T_OK(bad == 0, "numfmt_dec rounds as out_fixed (%d differ)", bad);
	T_DONE();
}
