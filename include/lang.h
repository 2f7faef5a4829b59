/*
 * lang.h - the language of text output, and the labels of the reports in
 * each language (the advice texts are in advice.h).
 */
#ifndef SSI_LANG_H
#define SSI_LANG_H

#include "advice.h"

enum msg_id {
	M_AS_OF, M_INDEX, M_UP_TO, M_TOP_ACTIONS, M_DONE, M_MODEL, M_MISSING,
	M_MISSING_HINT, M_NO_NAME, M_SIGNALS, M_ST_OK, M_ST_MISSING,
	M_ST_NO_DATA, M_ITEMS, M_PER_MONTH, M_NOTHING_LEFT,
	M_MISSING_HINT_MANY, M_UNMEASURED, M_AT_MOST, M_NOTHING_MEASURED,
	M_COUNT
};

/* "es..." in LC_ALL, else LC_MESSAGES, else LANG (the first set) gives
 * Spanish; anything else English. */
int lang_from_env(void);
/* "en" or "es" -> enum lang, else -1. */
int lang_parse(const char *s);
/* Short pillar name for table columns (8 columns at most). */
const char *lang_pillar_short(int lang, int pl);
/* The label id in language lang (never NULL). */
const char *msg(int lang, enum msg_id id);

#endif
