/*
 * csv_portable_test.c - csv_fast_test on the portable build of the CSV
 * reader: csv_in.c compiled here with CSV_SCAN_PORTABLE (the byte search
 * and the block masks in 64-bit words, no SSE2), so that its fast path and
 * block walk are compared with libcsv the same way.  This file's csv_in.c
 * takes the place of the library's (the linker takes the library's only
 * for symbols not defined here).
 */
#define CSV_SCAN_PORTABLE 1
#include "../../src/in/csv_in.c"
#include "csv_fast_test.c"
