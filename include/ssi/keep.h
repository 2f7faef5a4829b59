/*
 * keep.h - what rank and trend keep of each record instead of the record:
 * figures as whole cents, dates as numbers, and rows indexed by a name
 * (groups, members).  One place for each, shared by both.
 */
#ifndef SSI_KEEP_H
#define SSI_KEEP_H

#include <stddef.h>
#include <stdint.h>
#include "ssi/strtab.h"

/* x rounded to 2 decimals (round2: half away from zero), in cents. */
int32_t keep_cents(double x);
/* A checked "YYYY-MM-DD" as the number YYYYMMDD (so dates compare). */
uint32_t keep_date(const char *s);
/* YYYYMMDD back as "YYYY-MM-DD" into buf (11 bytes); returns buf. */
char *keep_date_text(char *buf, uint32_t d);
/*
 * Cents as text with 1 decimal, half away from zero ("12.3", "-0.8"); with
 * sign set, changes: "+3.5", "-0.8", and "=" for what rounds to 0.0.
 * Returns buf (size sz).
 */
const char *keep_dec1(char *buf, size_t sz, long long v, int sign);
/*
 * The row of the name s[0..n) in a table of rows of size bytes (*nrows of
 * them, room for *cap) whose index is the dense index of t: an old row, or
 * a new one, zeroed, at the end.  Its index goes to *k.  Returns the table,
 * moved or not, or NULL when out of memory (nothing changed).
 */
void *keep_row(struct strtab *t, const char *s, size_t n, void *rows,
    long *nrows, long *cap, size_t size, long *k);

#endif
