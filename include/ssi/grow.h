/*
 * grow.h - room for one more element at the end of a growing array (the
 * tables of rank, trend and strtab).
 */
#ifndef SSI_GROW_H
#define SSI_GROW_H

#include <limits.h>
#include <stdlib.h>

/*
 * The array a holds n elements of size bytes in room for *cap.  When it is
 * full, it is reallocated to twice *cap (first when empty, never more than
 * max) and *cap updated.  Returns the array, moved or not, or NULL when out
 * of memory (a and *cap unchanged).  The caller keeps n below max.
 */
static inline void *
grow_array(void *a, long n, long *cap, size_t size, long first, long max)
{
	long nc;
	void *na;

	if (n < *cap)
		return a;
	nc = *cap ? *cap * 2 : first;
	if (nc > max)
		nc = max;
	if ((na = realloc(a, (size_t)nc * size)) == NULL)
		return NULL;
	*cap = nc;
	return na;
}

#endif
