/* bytecount_portable_test.c - bytecount_test on the portable build of
 * count_byte (BYTECOUNT_PORTABLE: the byte loop alone); this file's
 * bytecount.c takes the place of the library's. */
#define BYTECOUNT_PORTABLE 1
#include "../../src/util/bytecount.c"
#include "bytecount_test.c"
