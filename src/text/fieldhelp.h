/*
 * fieldhelp.h - the input fields in the reader's language, for `ssi
 * fields` and the reports: what each means (the English words are
 * field.c's help; this adds the others), its column name (field_name:
 * a sheet's header in that language) and its title.  The names of the
 * machine formats (JSON keys, CSV of score) stay English: they are for
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

/* The name of field f's column in language lang ("connections",
 * "contactos", "conexoes"): English when lang has none. */
const char *field_name(int lang, int f);
/* The same, NULL where lang has no name of its own (tests). */
const char *field_name_own(int lang, int f);
/* Field f's name as a title in lang ("Sector", "Localização"), NULL when
 * it is its name capitalised. */
const char *field_title(int lang, int f);

#endif
