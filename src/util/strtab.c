/* strtab.c - a string store with an index of distinct names (strtab.h). */
#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "strtab.h"

#define BLOCK 65536

struct strtab_block {
	struct strtab_block *next;
	size_t n, cap;
	char buf[];
};

void
strtab_init(struct strtab *t)
{
	memset(t, 0, sizeof *t);
}

void
strtab_free(struct strtab *t)
{
	if (t == NULL)
		return;
	while (t->blocks) {
		struct strtab_block *b = t->blocks;

		t->blocks = b->next;
		free(b);
	}
	free(t->names);
	free(t->slot);
	strtab_init(t);
}

const char *
strtab_keep(struct strtab *t, const char *s, size_t n)
{
	struct strtab_block *b = t->blocks;
	char *d;

	if (b == NULL || b->cap - b->n < n + 1) {
		size_t cap = n + 1 > BLOCK ? n + 1 : BLOCK;

		if ((b = malloc(sizeof *b + cap)) == NULL)
			return NULL;
		b->next = t->blocks;
		b->n = 0;
		b->cap = cap;
		t->blocks = b;
	}
	d = b->buf + b->n;
	memcpy(d, s, n);
	d[n] = '\0';
	b->n += n + 1;
	return d;
}

/* FNV-1a */
static uint32_t
hash(const char *s, size_t n)
{
	uint32_t h = 2166136261u;

	while (n--)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

/* Double the slots (kept at most half full), placing every name again. */
static int
grow(struct strtab *t)
{
	size_t ns = t->nslot ? t->nslot * 2 : 64, i;
	uint32_t *s = calloc(ns, sizeof *s);
	long k;

	if (s == NULL)
		return -1;
	for (k = 0; k < t->n; k++) {
		i = hash(t->names[k], strlen(t->names[k])) & (ns - 1);
		while (s[i])
			i = (i + 1) & (ns - 1);
		s[i] = (uint32_t)k + 1;
	}
	free(t->slot);
	t->slot = s;
	t->nslot = ns;
	return 0;
}

long
strtab_index(struct strtab *t, const char *s, size_t n)
{
	const char **nn;
	size_t i;

	if ((size_t)t->n * 2 >= t->nslot && grow(t) < 0)
		return -1;
	i = hash(s, n) & (t->nslot - 1);
	while (t->slot[i]) {
		const char *name = t->names[t->slot[i] - 1];

		if (strncmp(name, s, n) == 0 && name[n] == '\0')
			return (long)t->slot[i] - 1;
		i = (i + 1) & (t->nslot - 1);
	}
	nn = grow_array(t->names, t->n, &t->cap, sizeof *nn, 64, LONG_MAX);
	if (nn == NULL)
		return -1;
	t->names = nn;
	if ((t->names[t->n] = strtab_keep(t, s, n)) == NULL)
		return -1;
	t->slot[i] = (uint32_t)t->n + 1;
	return t->n++;
}
