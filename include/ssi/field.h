/*
 * field.h - the fields of a profile record (ssi(5)), as one table.
 *
 * The order of enum field_id is the order of ssi.5 and of every output that
 * lists fields (ssi fields, ssi import).
 */
#ifndef SSI_FIELD_H
#define SSI_FIELD_H

#include <stddef.h>

enum field_id {
	F_ID, F_NAME, F_INDUSTRY, F_LOCATION, F_AS_OF, F_HEADLINE, F_SUMMARY,
	F_PHOTO,
	F_POSITIONS, F_EDUCATION, F_SKILLS, F_ENDORSEMENTS, F_RECOMMENDATIONS,
	F_MEDIA, F_ARTICLES, F_CONNECTIONS, F_TARGET_CONNECTIONS,
	F_SENIOR_CONNECTIONS, F_COLLEAGUE_CONNECTIONS, F_FOLLOWERS, F_GROUPS,
	F_PERIOD_DAYS, F_SEARCHES, F_SECOND_DEGREE_CONTACTS, F_PROFILE_VIEWERS,
	F_VIEWERS_CONTACTED, F_POSTS, F_SHARES, F_COMMENTS, F_REACTIONS,
	F_GROUP_POSTS, F_ACTIVE_DAYS, F_MESSAGES_RECEIVED, F_MESSAGES_REPLIED,
	F_INVITATIONS_SENT, F_INVITATIONS_ACCEPTED, F_INVITATIONS_PERSONALIZED,
	F_ENGAGEMENT_RECEIVED,
	/* the member's goal for the index (ssi digest): never a model input */
	F_GOAL, F_GOAL_DATE,
	/* LinkedIn's official figures (ssi.7 OFFICIAL FIGURES): never model inputs */
	F_OFFICIAL_SSI, F_OFFICIAL_BRAND, F_OFFICIAL_PEOPLE,
	F_OFFICIAL_ENGAGEMENT, F_OFFICIAL_RELATIONSHIPS,
	F_INDUSTRY_TOP_PCT, F_NETWORK_TOP_PCT,
	F_INDUSTRY_AVG_SSI, F_NETWORK_AVG_SSI,
	F_INDUSTRY_AVG_BRAND, F_INDUSTRY_AVG_PEOPLE, F_INDUSTRY_AVG_ENGAGEMENT,
	F_INDUSTRY_AVG_RELATIONSHIPS,
	F_NETWORK_AVG_BRAND, F_NETWORK_AVG_PEOPLE, F_NETWORK_AVG_ENGAGEMENT,
	F_NETWORK_AVG_RELATIONSHIPS,
	F_COUNT
};
_Static_assert(F_COUNT <= 64, "fields: one bit each in a profile's have and a "
    "signal's need");

enum field_type {
	FT_TEXT,	/* UTF-8 text */
	FT_DATE,	/* YYYY-MM-DD, kept as text */
	FT_FLAG,	/* true/false */
	FT_COUNT,	/* whole number 0..1e9 */
	FT_PERIOD,	/* whole number 1..366 */
	FT_DECIMAL	/* official figure or goal: a range and at most 0-3
			 * decimals (official.h), stored in thousandths */
};

enum field_group { FG_TEXT, FG_STATE, FG_ACTIVITY, FG_GOAL, FG_OFFICIAL };

struct field_def {
	const char *name;
	const char *es;		/* the Spanish header name (ssi.5) */
	enum field_type type;
	enum field_group group;	/* activity counts are scaled per month */
	const char *help;	/* one line, English */
};

extern const struct field_def field_defs[F_COUNT];

#define FIELD_MAX_TEXT 65536	/* bytes: a longer value is rejected */
#define PERIOD_DEFAULT 30
#define PERIOD_MAX 366	/* period_days is 1..PERIOD_MAX */

/* Field id of an exact English name of n bytes (JSON keys, --set, --by),
 * or -1.  Constant time. */
int field_lookup(const char *name, size_t n);
/* The same for a normalised CSV header name: English or Spanish. */
int field_lookup_any(const char *name, size_t n);

/*
 * Normalise a CSV header name into out (trim, lower case, spaces and hyphens
 * to '_', accents removed: a e i o u u n for the UTF-8 letters with them),
 * at most outsz-1 bytes.  Returns the length written.
 */
size_t field_normalize(const char *s, size_t n, char *out, size_t outsz);

/* The known field name (English or Spanish) nearest to name, or NULL if
 * none is close enough to be a likely typo: at most two edits away, and at
 * most one edit per three characters of name. */
const char *field_nearest(const char *name);

#endif
