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
	/* rank and trend */
	M_RANK_TITLE, M_PROFILE, M_PROFILES, M_NAME, M_INDEX_COL, M_GROUPS_BY,
	M_AVERAGE, M_WEAKEST, M_NEXT, M_NOTHING_TO_GAIN, M_TREND_TITLE,
	M_SNAPSHOT, M_SNAPSHOTS, M_DATE_COL, M_CHANGE, M_MIN, M_MAX,
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
