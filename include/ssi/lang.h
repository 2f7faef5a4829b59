/*
 * lang.h - the one language module: which languages there are, how a
 * language is named on the command line and in the environment, and the
 * labels of the reports in each (the advice texts, by language, are in
 * advice.c).  Every lookup falls back to English: a language is added by
 * one row in lang.c's table and its strings; a missing string shows in
 * English, never crashes (tests/unit/lang_test.c finds the holes).
 */
#ifndef SSI_LANG_H
#define SSI_LANG_H

enum lang { LANG_EN, LANG_ES, LANG_PT, LANG_COUNT };

enum msg_id {
	M_AS_OF, M_INDEX, M_UP_TO, M_TOP_ACTIONS, M_DONE, M_MODEL, M_MISSING,
	M_MISSING_HINT, M_NO_NAME, M_SIGNALS, M_ST_OK, M_ST_MISSING,
	M_ST_NO_DATA, M_ITEMS, M_PER_MONTH, M_NOTHING_LEFT,
	M_MISSING_HINT_MANY, M_UNMEASURED, M_AT_MOST, M_NOTHING_MEASURED,
	M_EX_KEY, M_EX_INPUT, M_EX_VALUE, M_EX_CURVE, M_EX_TARGET,
	M_EX_POINTS, M_EX_STATUS,
	/* rank and trend */
	M_RANK_TITLE, M_PROFILE, M_PROFILES, M_NAME, M_INDEX_COL, M_GROUPS_BY,
	M_AVERAGE, M_WEAKEST, M_NEXT, M_NOTHING_TO_GAIN, M_TREND_TITLE,
	M_SNAPSHOT, M_SNAPSHOTS, M_DATE_COL, M_CHANGE, M_MIN, M_MAX,
	/* trend's team part */
	M_TEAM, M_MEMBERS_COL, M_IMPROVERS, M_DECLINERS, M_NO_MOVERS,
	M_COUNT
};

/* The language of LC_ALL, else LC_MESSAGES, else LANG (the first one
 * set): its language part as lang_parse reads it; English when that names
 * no language of ours. */
int lang_from_env(void);
/*
 * A language name -> enum lang, else -1.  Case-insensitive; a region and a
 * codeset are allowed and ignored: "es", "ES", "es_ES", "es-ES",
 * "es_ES.UTF-8" all mean Spanish.
 */
int lang_parse(const char *s);
/* The code of lang ("en", "es", "pt"), for messages and the html lang
 * attribute. */
const char *lang_code(int lang);
/* The codes of every language (lang_code's) joined by ", ", for a usage
 * message. */
const char *lang_codes(void);
/* Short pillar name for table columns (8 columns at most). */
const char *lang_pillar_short(int lang, int pl);
/* The pillar's name in one or two words, short enough for the radar's
 * axes ("Engagement"). */
const char *lang_pillar_name(int lang, int pl);
/* The label id in language lang (never NULL: English when lang has none). */
const char *msg(int lang, enum msg_id id);
/* The label id of lang itself, NULL when lang lacks it (tests find holes). */
const char *msg_own(int lang, enum msg_id id);

#endif
