/*
 * advice.h - the advice catalogue: titles and per-member advice for the
 * sixteen keys, in English and Spanish (ssi.7 SIGNALS "The sixteen keys and
 * advice").  The texts are data: one table per language.
 */
#ifndef SSI_ADVICE_H
#define SSI_ADVICE_H

#include <stddef.h>
#include "ssi/lang.h"
#include "ssi/model.h"
#include "ssi/profile.h"
#include "ssi/score.h"

/* Title of pillar pl ("Establish your professional brand"). */
const char *advice_pillar_title(int lang, int pl);
/* Short title of key k, 0..15 ("Reach an All-Star profile"). */
const char *advice_key_title(int lang, int k);

/* advice flags: the profile was read from a LinkedIn data export, so the
 * advice on missing data says what the export cannot hold and names the
 * import's --target for target_connections. */
#define ADVICE_EXPORT 1u
/* advice flags: the text is for a page a manager reads (the HTML
 * reports): what data to add is said in words, never as --set or
 * --target syntax (the catalogue's templates of the page, catalog.h). */
#define ADVICE_PAGE 2u

/*
 * The advice for key k of profile p scored s with model m, into buf
 * (NUL-terminated, cut to n-1 bytes): for each of the key's signals the
 * member's own figure and the target, what a missing signal needs (which
 * field, e.g. "--set profile_viewers=N") or what to do first for no_data;
 * then one or two sentences of what to do.  Plain text, one paragraph, no
 * line breaks (the report wraps it).  A key whose gain is below GAIN_DONE
 * gets a short "full points" text.  Returns the length written.
 */
size_t advice_text(int lang, const struct model *m, const struct profile *p,
    const struct score *s, int k, unsigned flags, char *buf, size_t n);

/*
 * How to supply the data key k lacks: the "No data on ..." sentences of
 * advice_text alone (its missing signals, the fields, --set or --target),
 * into buf as advice_text does.  Empty when no signal of k is missing.
 * For the "could not be measured" list.  Returns the length written.
 */
size_t advice_supply(int lang, const struct model *m, const struct profile *p,
    const struct score *s, int k, unsigned flags, char *buf, size_t n);

/*
 * Every text of the catalogue of language lang, for tests: up to max
 * entries into out (all of them when max is large enough: 512 is), in the
 * same order in every language; returns how many there are.  An entry is
 * (group, name, sub): "key" "B3" 0 is B3's title.  text is NULL where the
 * language has no text: a hole unless optional (a signal's own figure,
 * goal or no-data text, an item's words: NULL means the generic one, and
 * must then be NULL in every language alike).
 */
struct advice_entry {
	const char *group, *name;
	int sub;
	const char *text;
	int optional;
};
int advice_entries(int lang, struct advice_entry *out, int max);

#endif
