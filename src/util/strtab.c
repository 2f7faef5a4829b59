/* strtab.c - a string store with an index of distinct names (strtab.h). */
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/types.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "ssi/grow.h"
#include "ssi/strtab.h"

#define BLOCK 65536
#define LENSZ sizeof(uint32_t)	/* each kept string is preceded by its length */
/* A slot: name k's index + 1 in the low half (0: empty), the low half of
 * its hash in the high half: a probe reads a name only when the hashes
 * agree (a million names lie far apart in memory), and the table grows
 * from its slots alone, reading no name. */
#define SLOT(h, k) ((uint64_t)(uint32_t)(h) << 32 | ((uint64_t)(k) + 1))

struct strtab_block {
	struct strtab_block *next;
	size_t n, cap;
	char buf[];
};

/* ---- SipHash-2-4 (Aumasson and Bernstein), 64-bit output ---- */

static uint64_t sip_k0, sip_k1;
static int sip_keyed;

static void
sip_key(void)
{
	unsigned char k[16];
	size_t got = 0;

	while (got < sizeof k) {
		ssize_t r = getrandom(k + got, sizeof k - got, 0);

		if (r <= 0)
			break;
		got += (size_t)r;
	}
	if (got < sizeof k) {
		/* No getrandom (old kernel, seccomp): a weak key beats none. */
		uint64_t a = (uint64_t)time(NULL) ^ ((uint64_t)getpid() << 32);
		uint64_t b = (uint64_t)(uintptr_t)&got ^ (uint64_t)clock();

		memcpy(k, &a, 8);
		memcpy(k + 8, &b, 8);
	}
	memcpy(&sip_k0, k, 8);
	memcpy(&sip_k1, k + 8, 8);
	sip_keyed = 1;
}

#define ROTL(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define SIPROUND do { \
	v0 += v1; v1 = ROTL(v1, 13); v1 ^= v0; v0 = ROTL(v0, 32); \
	v2 += v3; v3 = ROTL(v3, 16); v3 ^= v2; \
	v0 += v3; v3 = ROTL(v3, 21); v3 ^= v0; \
	v2 += v1; v1 = ROTL(v1, 17); v1 ^= v2; v2 = ROTL(v2, 32); \
} while (0)

static uint64_t
le64(const unsigned char *p)
{
	return (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 |
	    (uint64_t)p[3] << 24 | (uint64_t)p[4] << 32 |
	    (uint64_t)p[5] << 40 | (uint64_t)p[6] << 48 |
	    (uint64_t)p[7] << 56;
}

/* SipHash-2-4 of s[0..n) into out[0] (and out[1] when wide: the 128-bit
 * variant, which starts and ends differently). */
static void
sipk(uint64_t k0, uint64_t k1, const void *s, size_t n, int wide,
    uint64_t out[2])
{
	const unsigned char *p = s;
	uint64_t v0, v1, v2, v3, m, b = (uint64_t)n << 56;
	size_t i, left = n & 7;

	v0 = k0 ^ 0x736f6d6570736575ull;
	v1 = k1 ^ 0x646f72616e646f6dull;
	v2 = k0 ^ 0x6c7967656e657261ull;
	v3 = k1 ^ 0x7465646279746573ull;
	if (wide)
		v1 ^= 0xee;
	for (i = 0; i + 8 <= n; i += 8) {
		m = le64(p + i);
		v3 ^= m;
		SIPROUND;
		SIPROUND;
		v0 ^= m;
	}
	while (left > 0) {
		left--;
		b |= (uint64_t)p[i + left] << (8 * left);
	}
	v3 ^= b;
	SIPROUND;
	SIPROUND;
	v0 ^= b;
	v2 ^= wide ? 0xee : 0xff;
	SIPROUND;
	SIPROUND;
	SIPROUND;
	SIPROUND;
	out[0] = v0 ^ v1 ^ v2 ^ v3;
	if (!wide)
		return;
	v1 ^= 0xdd;
	SIPROUND;
	SIPROUND;
	SIPROUND;
	SIPROUND;
	out[1] = v0 ^ v1 ^ v2 ^ v3;
}

static void
sip(const void *s, size_t n, int wide, uint64_t out[2])
{
	if (!sip_keyed)
		sip_key();
	sipk(sip_k0, sip_k1, s, n, wide, out);
}

uint64_t
strtab_hash_keyed(const unsigned char key[16], const void *s, size_t n)
{
	uint64_t h[2];

	sipk(le64(key), le64(key + 8), s, n, 0, h);
	return h[0];
}

uint64_t
strtab_hash(const void *s, size_t n)
{
	uint64_t h[2];

	sip(s, n, 0, h);
	return h[0];
}

/* ---- a fast keyed fingerprint (strtab_sum) ---- */

#define SUM_M1 0x9e3779b97f4a7c15ull
#define SUM_M2 0xc2b2ae3d27d4eb4full

static uint64_t
fmix64(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdull;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ull;
	h ^= h >> 33;
	return h;
}

uint64_t
strtab_sum(const void *s, size_t n)
{
	const unsigned char *p = s;
	uint64_t a, b, w1 = 0, w2 = 0;
	size_t i, left;

	if (!sip_keyed)
		sip_key();
	a = sip_k0 ^ (uint64_t)n * SUM_M2;
	b = sip_k1;
	/* two lanes of 8 bytes: each step (x ^ word) * odd, rotated, is
	 * one-to-one, so two texts of one length differing in one word
	 * never meet in that lane */
	for (i = 0; i + 16 <= n; i += 16) {
		a = ROTL((a ^ le64(p + i)) * SUM_M1, 31);
		b = ROTL((b ^ le64(p + i + 8)) * SUM_M2, 29);
	}
	left = n - i;
	if (n >= 8 && left > 0) {
		/* the last bytes as words ending where the text ends, their
		 * bytes before the tail shifted out: the same words as byte
		 * by byte, without a byte read past the text */
		if (left > 8) {
			w1 = le64(p + i);
			w2 = le64(p + n - 8) >> (8 * (16 - left));
		} else {
			w1 = le64(p + n - 8) >> (8 * (8 - left));
		}
	} else {
		while (left > 8) {
			left--;
			w2 |= (uint64_t)p[i + 8 + left - 8] << (8 *
			    (left - 8));
		}
		while (left > 0) {
			left--;
			w1 |= (uint64_t)p[i + left] << (8 * left);
		}
	}
	a = ROTL((a ^ w1) * SUM_M1, 31);
	b = ROTL((b ^ w2) * SUM_M2, 29);
	return fmix64(a ^ fmix64(b));
}

void
strtab_digest(const void *s, size_t n, unsigned char out[STRTAB_DIGEST])
{
	uint64_t h[2];
	int i;

	sip(s, n, 1, h);
	for (i = 0; i < 8; i++) {
		out[i] = (unsigned char)(h[0] >> (8 * i));
		out[8 + i] = (unsigned char)(h[1] >> (8 * i));
	}
}

/* ---- the store ---- */

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
	strtab_slots_free(t->slot, t->nslot);
	strtab_init(t);
}

const char *
strtab_keep(struct strtab *t, const char *s, size_t n)
{
	struct strtab_block *b = t->blocks;
	uint32_t len = (uint32_t)n;
	size_t need = LENSZ + n + 1;
	char *d;

	if (n > UINT32_MAX - 1)
		return NULL;
	if (b == NULL || b->cap - b->n < need) {
		size_t cap = need > BLOCK ? need : BLOCK;

		if ((b = malloc(sizeof *b + cap)) == NULL)
			return NULL;
		b->next = t->blocks;
		b->n = 0;
		b->cap = cap;
		t->blocks = b;
	}
	d = b->buf + b->n;
	memcpy(d, &len, LENSZ);
	d += LENSZ;
	memcpy(d, s, n);
	d[n] = '\0';
	b->n += need;
	return d;
}

static size_t
kept_len(const char *name)
{
	uint32_t len;

	memcpy(&len, name - LENSZ, LENSZ);
	return len;
}

size_t
strtab_len(const struct strtab *t, long i)
{
	return kept_len(t->names[i]);
}

#define SLOTS_MAPPED (1u << 21)	/* bytes from which a table is mapped */

uint64_t *
strtab_slots_new(size_t n)
{
#if defined(MAP_ANONYMOUS) && defined(MADV_HUGEPAGE)
	if (n * sizeof(uint64_t) >= SLOTS_MAPPED) {
		void *m = mmap(NULL, n * sizeof(uint64_t), PROT_READ |
		    PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

		if (m == MAP_FAILED)
			return NULL;
		madvise(m, n * sizeof(uint64_t), MADV_HUGEPAGE);
		return m;	/* zero-filled */
	}
#endif
	return calloc(n, sizeof(uint64_t));
}

void
strtab_slots_free(uint64_t *v, size_t n)
{
#if defined(MAP_ANONYMOUS) && defined(MADV_HUGEPAGE)
	if (v != NULL && n * sizeof(uint64_t) >= SLOTS_MAPPED) {
		munmap(v, n * sizeof(uint64_t));
		return;
	}
#else
	(void)n;
#endif
	free(v);
}

/* Double the slots (kept at most half full), placing every name again
 * where the low half of its hash, kept in its slot, says. */
static int
grow(struct strtab *t)
{
	size_t ns = t->nslot ? t->nslot * 2 : 64, i, j;
	uint64_t *s = strtab_slots_new(ns);

	if (s == NULL)
		return -1;
	for (j = 0; j < t->nslot; j++) {
		uint64_t v = t->slot[j];

		if (v == 0)
			continue;
		i = (size_t)(v >> 32) & (ns - 1);
		while (s[i]) {
			t->probes++;
			i = (i + 1) & (ns - 1);
		}
		s[i] = v;
	}
	strtab_slots_free(t->slot, t->nslot);
	t->slot = s;
	t->nslot = ns;
	return 0;
}

/* The slot of s (hash h): where it is, or the empty one where it would
 * go.  A name is read only when the low halves of the hashes agree. */
static size_t
slot_of(const struct strtab *t, const char *s, size_t n, uint64_t h,
    unsigned long *probes)
{
	size_t i = (size_t)(uint32_t)h & (t->nslot - 1);

	while (t->slot[i]) {
		uint64_t v = t->slot[i];

		(*probes)++;
		if ((uint32_t)(v >> 32) == (uint32_t)h) {
			const char *name = t->names[(uint32_t)v - 1];

			if (kept_len(name) == n && memcmp(name, s, n) == 0)
				break;
		}
		i = (i + 1) & (t->nslot - 1);
	}
	return i;
}

long
strtab_find(const struct strtab *t, const char *s, size_t n)
{
	unsigned long probes = 0;
	size_t i;

	if (t->nslot == 0)
		return -1;
	i = slot_of(t, s, n, strtab_hash(s, n), &probes);
	return t->slot[i] ? (long)(uint32_t)t->slot[i] - 1 : -1;
}

long
strtab_index(struct strtab *t, const char *s, size_t n)
{
	const char **nn;
	uint64_t h;
	size_t i;

	if ((size_t)t->n * 2 >= t->nslot && grow(t) < 0)
		return -1;
	if (t->n >= (long)UINT32_MAX - 1)
		return -1;
	h = strtab_hash(s, n);
	i = slot_of(t, s, n, h, &t->probes);
	if (t->slot[i])
		return (long)(uint32_t)t->slot[i] - 1;
	nn = grow_array(t->names, t->n, &t->cap, sizeof *nn, 64, LONG_MAX);
	if (nn == NULL)
		return -1;
	t->names = nn;
	if ((t->names[t->n] = strtab_keep(t, s, n)) == NULL)
		return -1;
	t->slot[i] = SLOT(h, t->n);
	return t->n++;
}
