/* keep.c - figures, dates and named rows of rank and trend (see keep.h). */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "ssi/grow.h"
#include "ssi/keep.h"
#include "ssi/score.h"

int32_t
keep_cents(double x)
{
	double r = round2(x) * 100;	/* the figure the outputs show */

	return (int32_t)(r < 0 ? r - 0.5 : r + 0.5);
}

uint32_t
keep_date(const char *s)
{
	uint32_t v = 0;

	for (; *s; s++)
		if (*s >= '0' && *s <= '9')
			v = v * 10 + (uint32_t)(*s - '0');
	return v;
}

char *
keep_date_text(char *buf, uint32_t d)
{
	/* "%04u-%02u-%02u" of the three parts, without printf: a trend
	 * writes one a snapshot */
	uint32_t y = d / 10000 % 10000, m = d / 100 % 100, day = d % 100;

	buf[0] = (char)('0' + y / 1000);
	buf[1] = (char)('0' + y / 100 % 10);
	buf[2] = (char)('0' + y / 10 % 10);
	buf[3] = (char)('0' + y % 10);
	buf[4] = '-';
	buf[5] = (char)('0' + m / 10);
	buf[6] = (char)('0' + m % 10);
	buf[7] = '-';
	buf[8] = (char)('0' + day / 10);
	buf[9] = (char)('0' + day % 10);
	buf[10] = '\0';
	return buf;
}

const char *
keep_dec1(char *buf, size_t sz, long long v, int sign)
{
	long long t = (v < 0 ? -v : v) + 5;

	if (sign && t / 10 == 0)
		snprintf(buf, sz, "=");
	else
		snprintf(buf, sz, "%s%lld.%lld",
		    t / 10 == 0 ? "" : v < 0 ? "-" : sign ? "+" : "",
		    t / 100, t / 10 % 10);
	return buf;
}

void *
keep_row(struct strtab *t, const char *s, size_t n, void *rows,
    long *nrows, long *cap, size_t size, long *k)
{
	long i = strtab_index(t, s, n);
	void *na;

	if (i < 0)
		return NULL;
	*k = i;
	if (i < *nrows)
		return rows;
	na = grow_array(rows, *nrows, cap, size, 16, LONG_MAX);
	if (na == NULL)
		return NULL;
	memset((char *)na + (size_t)i * size, 0, size);
	(*nrows)++;
	return na;
}
