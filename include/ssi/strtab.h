/*
 * strtab.h - a string store with an index of distinct names: strings are
 * copied into large blocks (no allocation per string), and each distinct
 * name gets a dense index 0, 1, 2 ... in order of first appearance.  Used
 * where a command keeps a few strings per record (rank, trend) and for the
 * LinkedIn reader's sets of keys.
 *
 * The index hashes names with SipHash-2-4 under a key drawn once per
 * process from getrandom(2), so names chosen to collide (hash flooding)
 * cannot make it quadratic; nothing depends on the order of the slots, so
 * output does not depend on the key.
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
	uint64_t *slot;			/* open addressing: index + 1, and
					 * the low half of the hash */
	size_t nslot;
	unsigned long probes;		/* slots strtab_index inspected: a
					 * few per name whatever the names
					 * (the tests of linear time) */
};

void strtab_init(struct strtab *t);
/* Release everything; every string it gave is then invalid. */
void strtab_free(struct strtab *t);
/* A NUL-terminated copy of s[0..n), owned by t; NULL on no memory. */
const char *strtab_keep(struct strtab *t, const char *s, size_t n);
/* The index of the name s[0..n): an old one, or t->n - 1 when it was new
 * (the caller compares with its own count); -1 on no memory.  Names are
 * compared on all n bytes (NUL bytes included). */
long strtab_index(struct strtab *t, const char *s, size_t n);
/* The index of the name s[0..n), or -1 when t does not hold it. */
long strtab_find(const struct strtab *t, const char *s, size_t n);
/* The length of name i (names[i] may hold NUL bytes). */
size_t strtab_len(const struct strtab *t, long i);

/* n zeroed slots of an open-addressing table, and back (n: the same).  A
 * table of a million names (16 MiB probed at random) is mapped and asked
 * for huge pages where the system has them: on 4 KiB pages nearly every
 * probe would also miss the TLB.  NULL when out of memory. */
uint64_t *strtab_slots_new(size_t n);
void strtab_slots_free(uint64_t *v, size_t n);

/* SipHash-2-4 of s[0..n) under the per-process key. */
uint64_t strtab_hash(const void *s, size_t n);

/* A keyed 64-bit fingerprint of s[0..n), several times cheaper than
 * strtab_hash on long texts: "is this text the same as that one" for the
 * texts the snapshot pipeline holds as a hash (snapset.c).  Not for hash
 * tables: it does not resist chosen collisions as SipHash does; a
 * collision there only hides one merge's mention of a changed value. */
uint64_t strtab_sum(const void *s, size_t n);

/* The 128-bit SipHash-2-4 of s[0..n) under the per-process key: a name of
 * fixed size for a set that only asks "seen before?" (the LinkedIn
 * reader's keys), so its memory grows with the names, not their bytes. */
#define STRTAB_DIGEST 16
void strtab_digest(const void *s, size_t n, unsigned char out[STRTAB_DIGEST]);

/* SipHash-2-4 of s[0..n) under the 16-byte key (not the per-process
 * one): a hash that is the same in every run (ssi --pseudonyms). */
uint64_t strtab_hash_keyed(const unsigned char key[16], const void *s,
    size_t n);

#endif
