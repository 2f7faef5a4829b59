/*
 * radix.h - a stable sort of (key, index) pairs by key, in linear time:
 * rank and trend order a million held records by a figure, a member or a
 * date, where a comparison sort of the records themselves moved each one
 * about twenty times.
 */
#ifndef SSI_RADIX_H
#define SSI_RADIX_H

#include <stddef.h>
#include <stdint.h>

struct radix_item {
	uint64_t key;
	uint32_t i;		/* the caller's: usually where the item was */
};

/*
 * Sort v[0..n) by key, ascending; items of equal keys keep their order.
 * Least significant byte first, skipping the bytes every key shares.
 * 0, or -1 when out of memory (v then unchanged).
 */
int radix_sort(struct radix_item *v, size_t n);

/*
 * Put the n elements of size bytes at base in the order v gives (element
 * k becomes the one that was at v[k].i), moving each once; v's indexes
 * are spent (v is left in no useful order).  tmp: room for one element.
 */
void radix_permute(void *base, size_t size, struct radix_item *v, size_t n,
    void *tmp);

#endif
