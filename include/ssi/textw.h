/*
 * textw.h - the display width of text, one rule for every text writer:
 * East Asian wide and fullwidth characters (and emoji) take 2 columns,
 * combining marks and zero-width characters 0, everything else 1; bytes
 * that are not valid UTF-8 take 1 column each (written '?').  Control
 * characters (C0, DEL, C1: a line end inside a quoted CSV name) take 1
 * column and are written as a space; the bidi controls take 0 and are
 * dropped (out_text, the one sanitiser, writes every text).
 */
#ifndef SSI_TEXTW_H
#define SSI_TEXTW_H

#include <stddef.h>
#include "ssi/out.h"

/* The columns of the character that starts s[0..n) (n > 0), its length in
 * bytes in *len (1 for a byte that does not start valid UTF-8). */
int text_char(const char *s, size_t n, int *len);
/* The columns of s[0..n). */
long text_cols(const char *s, size_t n);
/* The columns of the NUL-terminated s. */
long text_cols_str(const char *s);
/* Write s, then spaces up to width columns (left-aligned). */
void text_pad(struct out *o, const char *s, long width);
/* Write spaces, then s, so that it ends at width columns (right-aligned). */
void text_right(struct out *o, const char *s, long width);
/*
 * Write s in at most width columns: cut with an ellipsis when longer ("…"
 * when utf8, else "..."), then, when pad is set, spaces up to width.  A
 * wide character never straddles the cut.  Returns the columns written.
 */
long text_fit(struct out *o, const char *s, long width, int pad, int utf8);

/* t (words apart by spaces) from column at on (the line already holds at
 * columns), wrapped before width, continuation lines indented to col,
 * through out_text; ends with a line end. */
void text_wrap(struct out *o, const char *t, int at, int col, int width);

/* Markdown (rank, trend, digest -f md): s through the terminal sanitiser
 * (out_text_str) with the characters of Markdown's tables and emphasis
 * escaped and line ends as spaces: one table cell or list item. */
void md_text(struct out *o, const char *s);

#endif
