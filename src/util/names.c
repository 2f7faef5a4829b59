/* names.c - table look-ups by name (see names.h). */
#include <string.h>
#include <strings.h>

#include "ssi/names.h"

static const char *
row(const void *base, size_t i, size_t stride)
{
	const char *const *p = (const char *const *)(const void *)
	    ((const char *)base + i * stride);

	return *p;
}

int
names_find(const char *s, size_t len, const void *base, size_t n,
    size_t stride, int nocase)
{
	size_t i;

	/* Lengths first: s may hold a NUL byte (a CSV header name). */
	for (i = 0; i < n; i++) {
		const char *t = row(base, i, stride);

		if (t != NULL && strlen(t) == len &&
		    (nocase ? strncasecmp(t, s, len) : memcmp(t, s, len)) == 0)
			return (int)i;
	}
	return -1;
}

size_t
names_distance(const char *a, size_t la, const char *b, size_t lb,
    size_t max)
{
	/* three rows: the one before the last too, for transpositions */
	size_t r0[64], r1[64], r2[64], *pp = r0, *p = r1, *r = r2, i, j;
	size_t plow = 0;	/* the least of the row before */

	if (la >= 63 || lb >= 63 || (la > lb ? la - lb : lb - la) > max)
		return max + 1;
	for (j = 0; j <= lb; j++)
		p[j] = j;
	for (i = 1; i <= la; i++) {
		size_t low, *t;

		r[0] = low = i;
		for (j = 1; j <= lb; j++) {
			size_t best = p[j - 1] + (a[i - 1] != b[j - 1]);

			if (p[j] + 1 < best)
				best = p[j] + 1;
			if (r[j - 1] + 1 < best)
				best = r[j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && pp[j - 2] + 1 < best)
				best = pp[j - 2] + 1;	/* "socre": one swap */
			r[j] = best;
			if (best < low)
				low = best;
		}
		/* no later row gets below it (a swap reaches two rows up) */
		if (low > max && plow >= max)
			return max + 1;
		plow = low;
		t = pp;
		pp = p;
		p = r;
		r = t;
	}
	return p[lb] > max ? max + 1 : p[lb];
}

const char *
names_nearest(const char *s, const void *base, size_t n, size_t stride)
{
	const char *best = NULL;
	size_t bestd = (size_t)-1, len = strlen(s), i;

	for (i = 0; i < n; i++) {
		const char *t = row(base, i, stride);
		size_t d;

		if (t == NULL)
			continue;
		d = names_distance(s, len, t, strlen(t), 4);
		if (d == 0)
			continue;	/* the name itself is no suggestion */
		if (d < bestd) {
			bestd = d;
			best = t;
		}
	}
	if (best == NULL || bestd > 4 || bestd * 3 > len)
		return NULL;
	return best;
}
