/*
 * bytecount.h - the bytes of s[0..n) equal to c, 16 a step where SSE2 is.
 * ssi batch -j's main thread counts each part's quotes (to cut it between
 * rows) and line ends (to guess where the next part's lines start) with it.
 */
#ifndef SSI_BYTECOUNT_H
#define SSI_BYTECOUNT_H

#include <stddef.h>

size_t count_byte(const char *s, size_t n, char c);

#endif
