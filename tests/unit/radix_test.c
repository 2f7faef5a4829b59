/* radix_test.c - the linear sort of rank and trend: ascending, stable,
 * every byte of the key, and the permutation that moves each element once. */
#include "util/radix.h"
#include "t.h"

/* The reference: by key, then by the original place (stability). */
static int
by_key_then_place(const void *a, const void *b)
{
	const struct radix_item *x = a, *y = b;

	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return x->i < y->i ? -1 : x->i > y->i;
}

static uint64_t rng = 88172645463325252ull;

static uint64_t
next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* n items whose keys vary only in the bytes of mask; 1 when the sort
 * agrees with the reference. */
static int
agrees(size_t n, uint64_t mask)
{
	struct radix_item *v = malloc(n * sizeof *v), *w = malloc(n * sizeof *w);
	size_t i;
	int ok;

	for (i = 0; i < n; i++) {
		v[i].key = (next() & mask) | 0x0100000000000000ull;
		v[i].i = (uint32_t)i;
		w[i] = v[i];
	}
	ok = radix_sort(v, n) == 0;
	qsort(w, n, sizeof *w, by_key_then_place);
	for (i = 0; ok && i < n; i++)
		ok = v[i].key == w[i].key && v[i].i == w[i].i;
	free(v);
	free(w);
	return ok;
}

int
main(void)
{
	struct radix_item one = { 5, 0 }, few[4] = {
		{ 3, 0 }, { 1, 1 }, { 3, 2 }, { 1, 3 }
	};
	struct radix_item p[5];
	long e[5] = { 10, 20, 30, 40, 50 }, tmp;
	uint32_t perm[5] = { 3, 0, 4, 1, 2 };
	size_t i;
	int ok;

	T_OK(radix_sort(&one, 1) == 0 && one.key == 5, "one item");
	T_OK(radix_sort(few, 4) == 0 && few[0].i == 1 && few[1].i == 3 &&
	    few[2].i == 0 && few[3].i == 2, "equal keys keep their order");
	T_OK(agrees(1000, 0xff), "1000 items, one varying byte (many ties)");
	T_OK(agrees(5000, 0xffffffffffffffull), "5000 items, seven bytes");
	T_OK(agrees(3000, 0xff00ff0000ff00ull), "3000 items, bytes skipped "
	    "between varying ones");
	T_OK(agrees(70000, 0x3ull << 40 | 0xffff), "70000 items, few keys");

	for (i = 0; i < 5; i++) {
		p[i].key = 0;
		p[i].i = perm[i];
	}
	radix_permute(e, sizeof e[0], p, 5, &tmp);
	ok = 1;
	for (i = 0; i < 5; i++)
		ok &= e[i] == (long)(perm[i] + 1) * 10;
	T_OK(ok, "permute: element k is the one that was at v[k].i (got %ld "
	    "%ld %ld %ld %ld)", e[0], e[1], e[2], e[3], e[4]);
	T_DONE();
}
