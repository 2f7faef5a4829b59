/* siphash_test.c - strtab_hash_keyed against the reference vectors of
 * SipHash-2-4 (Aumasson and Bernstein, the paper's appendix and the
 * reference implementation's vectors.h): the pseudonyms of --pseudonyms
 * depend on it giving the same value on every machine. */
#include <stdio.h>
#include <string.h>

#include "ssi/strtab.h"
#include "t.h"

/* strtab_sum: the same text the same sum; any one byte changed, at any
 * place of a text of any length up to 64 (every tail shape), another; a
 * text and the same with a zero byte more, another. */
static void
sum_checks(unsigned char *msg)
{
	size_t n, i;
	int same = 1, moved = 1, longer = 1, around = 1;

	for (n = 0; n <= 64; n++) {
		uint64_t h = strtab_sum(msg, n);

		same &= strtab_sum(msg, n) == h;
		for (i = 0; i < n; i++) {
			msg[i] ^= 0x20;
			moved &= strtab_sum(msg, n) != h;
			msg[i] ^= 0x20;
		}
	}
	for (n = 0; n < 64; n++) {
		unsigned char z[65] = { 0 };

		longer &= strtab_sum(z, n) != strtab_sum(z, n + 1);
	}
	/* the tail read as words ending at the text's end: the bytes
	 * around a text (before it, after it) never count */
	for (n = 0; n <= 64; n++) {
		unsigned char a[96], b[96];
		size_t k;

		for (k = 0; k < sizeof a; k++) {
			a[k] = (unsigned char)(k * 7 + 1);
			b[k] = (unsigned char)(k * 13 + 5);
		}
		memcpy(a + 16, msg, n);
		memcpy(b + 19, msg, n);
		around &= strtab_sum(a + 16, n) == strtab_sum(b + 19, n) &&
		    strtab_sum(a + 16, n) == strtab_sum(msg, n);
	}
	T_OK(same, "strtab_sum: one text, one sum");
	T_OK(around, "strtab_sum: the bytes around a text do not count");
	T_OK(moved, "strtab_sum: one byte changed anywhere, another sum");
	T_OK(longer, "strtab_sum: zeros, one more, another sum");
}

int
main(void)
{
	unsigned char key[16], msg[64];
	int i;

	for (i = 0; i < 16; i++)
		key[i] = (unsigned char)i;
	for (i = 0; i < 64; i++)
		msg[i] = (unsigned char)i;
	T_OK(strtab_hash_keyed(key, msg, 0) == 0x726fdb47dd0e0e31ull,
	    "empty message");
	T_OK(strtab_hash_keyed(key, msg, 1) == 0x74f839c593dc67fdull,
	    "one byte");
	T_OK(strtab_hash_keyed(key, msg, 8) == 0x93f5f5799a932462ull,
	    "one block");
	T_OK(strtab_hash_keyed(key, msg, 15) == 0xa129ca6149be45e5ull,
	    "the paper's 15 bytes");
	T_OK(strtab_hash_keyed(key, msg, 63) == 0x958a324ceb064572ull,
	    "63 bytes");
	key[0] ^= 1;
	T_OK(strtab_hash_keyed(key, msg, 15) != 0xa129ca6149be45e5ull,
	    "another key, another hash");
	sum_checks(msg);
	return t_failed;
}
