/* radix.c - a stable linear-time sort of (key, index) pairs (radix.h). */
#include <stdlib.h>
#include <string.h>

#include "radix.h"

int
radix_sort(struct radix_item *v, size_t n)
{
	static const int bytes = 8;
	size_t (*count)[256];
	struct radix_item *tmp, *from = v, *to;
	size_t i;
	int b;

	if (n < 2)
		return 0;
	if ((count = calloc((size_t)bytes, sizeof *count)) == NULL)
		return -1;
	if ((tmp = malloc(n * sizeof *tmp)) == NULL) {
		free(count);
		return -1;
	}
	to = tmp;
	for (i = 0; i < n; i++)
		for (b = 0; b < bytes; b++)
			count[b][(v[i].key >> (8 * b)) & 0xff]++;
	for (b = 0; b < bytes; b++) {
		size_t sum = 0, c, *pos = count[b];
		struct radix_item *t;
		int d;

		if (pos[(v[0].key >> (8 * b)) & 0xff] == n)
			continue;	/* every key has this byte */
		for (d = 0; d < 256; d++) {
			c = pos[d];
			pos[d] = sum;
			sum += c;
		}
		for (i = 0; i < n; i++)
			to[pos[(from[i].key >> (8 * b)) & 0xff]++] = from[i];
		t = from;
		from = to;
		to = t;
	}
	if (from != v)
		memcpy(v, from, n * sizeof *v);
	free(tmp);
	free(count);
	return 0;
}

void
radix_permute(void *base, size_t size, struct radix_item *v, size_t n,
    void *tmp)
{
	unsigned char *e = base;
	size_t k, j, src;

	/* follow each cycle of the permutation once; a done place points
	 * at itself */
	for (k = 0; k < n; k++) {
		if (v[k].i == k)
			continue;
		memcpy(tmp, e + k * size, size);
		j = k;
		for (;;) {
			src = v[j].i;
			v[j].i = (uint32_t)j;
			if (src == k) {
				memcpy(e + j * size, tmp, size);
				break;
			}
			memcpy(e + j * size, e + src * size, size);
			j = src;
		}
	}
}
