/*
 * labels.h - the labels of the reports that are not messages, by kind:
 * the HTML pages (html_label), the calibration page (cal_label), the
 * official figures of a text report (official_word), in each language
 * (enum lang).  Every table has a column per language, English the
 * fallback for a missing cell; a printf label has the conversions of its
 * English in every language (tests/unit/catalogue_test.c).
 */
#ifndef SSI_LABELS_H
#define SSI_LABELS_H

/* The labels of the HTML pages. */
enum html_label {
	H_ESTIMATE, H_TITLE_SCORE, H_TITLE_RANK, H_TITLE_TREND, H_CONTENTS,
	H_PILLARS, H_RADAR, H_RANGE, H_COVERAGE, H_OF_25, H_OUT_OF_100,
	H_MEMBER, H_OFFICIAL, H_INDUSTRY_AVG, H_NETWORK_AVG, H_DIFF, H_PILLAR,
	H_TOP_ACTIONS, H_ADVICE, H_DONE, H_MISSING, H_MISSING_NONE,
	H_MISSING_HOW, H_FOOTER, H_RING_DESC, H_BARS_DESC, H_RADAR_DESC,
	H_INDEX, H_INDUSTRY_TOP, H_NETWORK_TOP, H_OFFICIAL_AS_OF,
	H_TEAM_AVERAGE, H_DISTRIBUTION, H_LEADERBOARD, H_RANK, H_NAME,
	H_GROUP, H_WEAKEST, H_NEXT, H_AVERAGE, H_BAND, H_HIST_DESC,
	H_TEAM_DESC, H_DATE, H_CHANGE, H_SNAPSHOTS, H_IMPROVERS, H_DECLINERS,
	H_TREND_DESC, H_NO_RISE, H_NO_FALL, H_ESTIMATE_LINE, H_OFFICIAL_LINE,
	H_TEAM_LINE, H_REAL_CHANGE, H_TEAM, H_PROFILES_COL, H_INDEX_NAME,
	H_TITLE_TREND_OFFICIAL, H_TITLE_TREND_BOTH, H_TITLE_RANK_OFFICIAL,
	H_COUNT
};

const char *html_label(int lang, enum html_label id);

/* The labels of the calibration page (html_calib.c). */
enum cal_label {
	C_TITLE, C_FROM, C_MEMBERS, C_GAP_HEAD, C_GAP_HOW, C_PILLAR_COL,
	C_USED, C_SKIPPED, C_BEFORE, C_AFTER, C_CV, C_RESULT, C_FITTED,
	C_KEPT, C_KEPT_WHY, C_KEPT_NONE, C_AXIS_X, C_AXIS_Y, C_PANEL_BEFORE,
	C_PANEL_AFTER, C_GAP, C_DOT, C_DIAG, C_SVG_TITLE, C_SVG_DESC,
	C_MODEL_HEAD, C_SIGNAL, C_WEIGHT, C_TARGET, C_NO_DATA, C_SHOWN,
	C_OLD, C_NEW, C_MEMBER, C_COUNT
};

const char *cal_label(int lang, enum cal_label id);

/* The words of the official figures in a text report (official_out.c). */
enum official_word {
	OW_TITLE, OW_OFFICIAL, OW_INDEX, OW_RANK, OW_RANK_IND, OW_RANK_NET,
	OW_AVG, OW_AVG_IND, OW_AVG_NET, OW_COUNT
};

const char *official_word(int lang, enum official_word id);

/* The label of the cell id of a table of n ids in language lang, NULL
 * when the language lacks it (for the tests: holes); table 0 html, 1
 * calibration, 2 official words.  label_count(table) is n, 0 for none. */
int label_count(int table);
const char *label_own(int table, int lang, int id);

#endif
