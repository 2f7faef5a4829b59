/*
 * catalog.h - the message catalogue: every message and help text of ssi
 * in the other languages, keyed by its English text (rows of one column
 * per language, src/text/catalog.c).
 *
 * English stays the key, so a caller needs no ids: tr(lang, "no input")
 * is that text in lang.  A text of no row, or a language with no version
 * of it, reads English: a missing translation never fails.  A row's
 * translation has exactly the printf conversions of its English text, in
 * the same order (tests/unit/catalog_test.c), so a translated format is as
 * safe to use as the English one.
 */
#ifndef SSI_CATALOG_H
#define SSI_CATALOG_H

#include <stddef.h>

/* english in language lang (enum lang): a static string, never NULL when
 * english is not NULL; english itself when the catalogue has none. */
const char *tr(int lang, const char *english);

/* For the tests: the number of rows, and row i's text in language lang
 * (LANG_EN: the key); NULL for a cell the row lacks or i, lang outside. */
size_t catalog_rows(void);
const char *catalog_text(size_t i, int lang);

#endif
