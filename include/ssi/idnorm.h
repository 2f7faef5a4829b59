/*
 * idnorm.h - the one way ids are compared (ssi.7 OFFICIAL FIGURES, "Snapshots of one
 * member and one date are one snapshot"): the merge of snapshots and
 * ssi log compare ids as id_norm gives them, so "ana", " ana ", "ana"
 * with a zero-width space and a decomposed "Jose\u0301" are one member.
 */
#ifndef SSI_IDNORM_H
#define SSI_IDNORM_H

#include <stddef.h>

/* What id_norm changed (bits of *what). */
enum {
	IDN_TRIMMED = 1,	/* blanks around it */
	IDN_INVISIBLE = 2,	/* invisible characters removed */
	IDN_COMPOSED = 4	/* a letter and its accent composed (NFC) */
};

/*
 * Normalise the id s[0..n) (valid UTF-8, as the readers give it) into
 * out, which has room for n + 1 bytes (the result is never longer):
 * blanks trimmed at both ends (space, tab, no-break space); invisible
 * characters removed (soft hyphen, zero-width space and joiners, word
 * joiner, byte order mark, the bidirectional marks, embeddings and
 * isolates); a Latin letter followed by a combining accent composed into
 * its precomposed letter (NFC for the letters of the Latin alphabets;
 * other text is kept as it is).  NUL-terminated; returns the length, and
 * the changes in *what (0: out equals s).  A plain ASCII id costs one
 * pass and no change.
 */
size_t id_norm(const char *s, size_t n, char *out, int *what);

struct ssi_err;
/*
 * The warning that id[0..n) is taken as norm[0..len) (id_norm's result
 * and its what, IDN_INVISIBLE or IDN_COMPOSED set) into *w: "id 'an<U+200B>a'
 * taken as 'ana' (invisible characters removed)", invisible characters
 * shown as <U+hex> (<U+200B>).  Returns -1 as err_set does.
 */
int id_norm_note(struct ssi_err *w, const char *id, size_t n,
    const char *norm, size_t len, int what);

#endif
