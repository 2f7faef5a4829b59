/*
 * advice.h - the advice catalogue: titles and per-member advice for the
 * sixteen keys, in English and Spanish (model.md "The sixteen keys and
 * advice").  The texts are data: one table per language.
 */
#ifndef SSI_ADVICE_H
#define SSI_ADVICE_H

#include <stddef.h>
#include "model.h"
#include "profile.h"
#include "lang.h"
#include "score.h"

/* Title of pillar pl ("Establish your professional brand"). */
const char *advice_pillar_title(int lang, int pl);
/* Short title of key k, 0..15 ("Reach an All-Star profile"). */
const char *advice_key_title(int lang, int k);

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
    const struct score *s, int k, char *buf, size_t n);

#endif
