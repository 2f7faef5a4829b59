/*
 * strtab.h - a string store with an index of distinct names: strings are
 * copied into large blocks (no allocation per string), and each distinct
 * name gets a dense index 0, 1, 2 ... in order of first appearance.  Used
 * where a command keeps a few strings per record (rank, trend).
 */
#ifndef SSI_STRTAB_H
#define SSI_STRTAB_H

#include <stddef.h>
#include <stdint.h>

struct strtab_block;

struct strtab {
	struct strtab_block *blocks;	/* owned */
	const char **names;		/* names[i]: the name of index i */
	long n, cap;
	uint32_t *slot;			/* open addressing: index + 1 */
	size_t nslot;
};

void strtab_init(struct strtab *t);
/* Release everything; every string it gave is then invalid. */
void strtab_free(struct strtab *t);
/* A NUL-terminated copy of s[0..n), owned by t; NULL on no memory. */
const char *strtab_keep(struct strtab *t, const char *s, size_t n);
/* The index of the name s[0..n): an old one, or t->n - 1 when it was new
 * (the caller compares with its own count); -1 on no memory. */
long strtab_index(struct strtab *t, const char *s, size_t n);

#endif
