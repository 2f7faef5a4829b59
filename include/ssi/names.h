/*
 * names.h - looking a name up in a table: the one helper behind every
 * "which row is this name" and "did you mean" of ssi (commands, options'
 * values, fields).
 *
 * A table is n rows of stride bytes; base points at the first row's name
 * (a const char *), so a table of structs is searched by its name member:
 *   names_find(s, len, &table[0].name, n, sizeof table[0], 0)
 */
#ifndef SSI_NAMES_H
#define SSI_NAMES_H

#include <stddef.h>

/* Row of the name s[0..len) (nocase: ASCII case ignored), or -1.  Rows
 * whose name is NULL are skipped. */
int names_find(const char *s, size_t len, const void *base, size_t n,
    size_t stride, int nocase);

/* The row name nearest to s (edit distance), or NULL when none is close
 * enough to be a likely typo (at most 4 edits, a third of s); never s
 * itself. */
const char *names_nearest(const char *s, const void *base, size_t n,
    size_t stride);

/* Damerau distance (optimal string alignment: an insertion, a deletion,
 * a substitution or a swap of two neighbours is one edit, "socre" is one
 * from "score") of a[0..la) and b[0..lb) when it is at most max,
 * else max + 1 (found early: the cost of a miss is bounded); names of 63
 * bytes or more are max + 1 away from everything. */
size_t names_distance(const char *a, size_t la, const char *b, size_t lb,
    size_t max);

#endif
