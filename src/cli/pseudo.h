/*
 * pseudo.h - stable pseudonyms of members (--pseudonyms KEYFILE, ssi
 * pseudonym; ssi.7 "Privacy"), in the front end.
 *
 * The key file holds 32 random bytes, created (getrandom, mode 0600) when
 * absent and refused when its group or others may read it.  A member's
 * number is 1 + SipHash-2-4(key[0..16), key[16..32) || id) mod 9999, the
 * id normalised as id_norm gives it: the same id gets the same number in
 * every run and every file.  Two ids of one run that fall on one number:
 * the one read first keeps it, the other takes the next free number up
 * (9999 wraps to 1).  The pseudonym is "Member N" in the language of the
 * report (Miembro N, Membro N).
 */
#ifndef SSI_PSEUDO_H
#define SSI_PSEUDO_H

#include <stdint.h>
#include "ssi/profile.h"
#include "ssi/strtab.h"

#define PSEUDO_RANGE 9999	/* numbers 1 .. PSEUDO_RANGE */

struct pseudo {
	unsigned char key[32];
	struct strtab ids;	/* the normalised ids met, in order */
	int *num;		/* num[i]: the number of ids.names[i] */
	long cap;
	unsigned char taken[PSEUDO_RANGE + 1];
	int lang;
};

/*
 * Read the key of path into ps (creating the file with 32 random bytes
 * when it does not exist).  0, or -1 after printing why (cannot create,
 * readable by group or others, not 32 bytes).
 */
int pseudo_open(struct pseudo *ps, const char *path, int lang);
void pseudo_close(struct pseudo *ps);
/* The number of the id s[0..n) in this run (collisions: see above), or
 * -1 on no memory or more than PSEUDO_RANGE members. */
int pseudo_number(struct pseudo *ps, const char *s, size_t n);
/* "Member N" into out. */
void pseudo_name(const struct pseudo *ps, int num, char *out, size_t outsz);
/* Replace p's id and name by its pseudonym (a name without id is
 * replaced; the id "me" stays, and a name given to it becomes the
 * pseudonym of "me", as the `me` rule needs); 0 or -1. */
int pseudo_apply(struct pseudo *ps, struct profile *p, struct ssi_err *e);

/* The run's pseudonyms (rank, trend under --pseudonyms), or NULL. */
extern struct pseudo *cli_pseudo;

#endif
