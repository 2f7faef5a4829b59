/*
 * fieldhelp.h - what each input field means, in the reader's language,
 * for `ssi fields` (the English words are field.c's help; this adds the
 * others).  Column names stay English in every language: they are for
 * scripts.
 */
#ifndef SSI_FIELDHELP_H
#define SSI_FIELDHELP_H

/* The description of field f in language lang (never NULL: English when
 * lang has none). */
const char *field_help(int lang, int f);

/* The description as lang writes it, NULL when lang has none (tests). */
const char *field_help_own(int lang, int f);

/* Its type in words ("text", "texto"): t is an enum field_type. */
const char *field_type_word(int lang, int t);

/* What follows an activity count's description: " (in the period)". */
const char *field_in_period(int lang);

#endif
