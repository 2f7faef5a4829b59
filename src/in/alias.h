/*
 * alias.h - the header names a sheet may give a field: English, Spanish,
 * Portuguese, and the natural headers people write ("Conexiones", "Nº de
 * contactos", "Me gusta", "SSI oficial", "conexões" ...).  The readers'
 * table (ssi(5) lists it); the names a report shows are text (src/text).
 *
 * Every name is compared folded (alias_fold): trimmed, lower case, accents
 * removed, spaces, hyphens, dots and slashes as one '_', and a leading
 * "nº", "n.º", "num", "número de", "number of" ignored.
 */
#ifndef SSI_ALIAS_H
#define SSI_ALIAS_H

#include <stddef.h>

/* Fold s[0..n) into out (at most outsz - 1 bytes and a NUL); returns the
 * length written.  Bytes that are not letters of the table are kept. */
size_t alias_fold(const char *s, size_t n, char *out, size_t outsz);

/* The field a header cell s[0..n) (as the file wrote it) names, or -1. */
int alias_lookup(const char *s, size_t n);

/*
 * A column of a team's organisation (team, equipo, equipe, region,
 * department, manager, office, email, notes ...; any word of the folded
 * name): kept as a column of your own without a warning.  s[0..n) as
 * written.
 */
int alias_org(const char *s, size_t n);

/*
 * The name a header cell s[0..n) most likely meant, for "did you mean":
 * a name of the table within two edits (at most one per three
 * characters), after dropping a count word ("connection_count",
 * "total_posts"); NULL when none is close.  A static string.
 */
const char *alias_nearest(const char *s, size_t n);

#endif
