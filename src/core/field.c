/* field.c - the field table of input.md (see field.h). */
#include <string.h>

#include "field.h"

const struct field_def field_defs[F_COUNT] = {
	{ "id", FT_TEXT, FG_TEXT, "stable identifier (default: position in the input)" },
	{ "name", FT_TEXT, FG_TEXT, "display name" },
	{ "industry", FT_TEXT, FG_TEXT, "the member's industry (default group of ssi rank)" },
	{ "location", FT_TEXT, FG_TEXT, "where the member is based" },
	{ "as_of", FT_DATE, FG_TEXT, "date of the snapshot, YYYY-MM-DD" },
	{ "headline", FT_TEXT, FG_TEXT, "profile headline" },
	{ "summary", FT_TEXT, FG_TEXT, "the About section" },
	{ "photo", FT_FLAG, FG_STATE, "has a profile photo (true/false)" },
	{ "positions", FT_COUNT, FG_STATE, "experience entries" },
	{ "education", FT_COUNT, FG_STATE, "education entries" },
	{ "skills", FT_COUNT, FG_STATE, "skills listed" },
	{ "endorsements", FT_COUNT, FG_STATE, "skill endorsements received" },
	{ "recommendations", FT_COUNT, FG_STATE, "recommendations received" },
	{ "media", FT_COUNT, FG_STATE, "rich-media items on the profile" },
	{ "articles", FT_COUNT, FG_STATE, "long-form articles published (lifetime)" },
	{ "connections", FT_COUNT, FG_STATE, "1st-degree connections" },
	{ "target_connections", FT_COUNT, FG_STATE, "connections in the target audience" },
	{ "senior_connections", FT_COUNT, FG_STATE, "connections at Director/VP/C-level/owner" },
	{ "colleague_connections", FT_COUNT, FG_STATE, "connections at the member's company" },
	{ "followers", FT_COUNT, FG_STATE, "followers" },
	{ "groups", FT_COUNT, FG_STATE, "groups the member belongs to" },
	{ "period_days", FT_PERIOD, FG_ACTIVITY, "length of the activity window, 1-366 (default 30)" },
	{ "searches", FT_COUNT, FG_ACTIVITY, "people searches run" },
	{ "second_degree_contacts", FT_COUNT, FG_ACTIVITY, "2nd-degree people contacted or invited" },
	{ "profile_viewers", FT_COUNT, FG_ACTIVITY, "people who viewed the profile" },
	{ "viewers_contacted", FT_COUNT, FG_ACTIVITY, "of those viewers, how many were followed up" },
	{ "posts", FT_COUNT, FG_ACTIVITY, "own posts published" },
	{ "shares", FT_COUNT, FG_ACTIVITY, "reshares of other people's content" },
	{ "comments", FT_COUNT, FG_ACTIVITY, "comments written on others' posts" },
	{ "reactions", FT_COUNT, FG_ACTIVITY, "reactions given" },
	{ "group_posts", FT_COUNT, FG_ACTIVITY, "posts or comments in groups" },
	{ "active_days", FT_COUNT, FG_ACTIVITY, "days with any activity" },
	{ "messages_received", FT_COUNT, FG_ACTIVITY, "direct messages received" },
	{ "messages_replied", FT_COUNT, FG_ACTIVITY, "of those, how many were answered" },
	{ "invitations_sent", FT_COUNT, FG_ACTIVITY, "connection requests sent" },
	{ "invitations_accepted", FT_COUNT, FG_ACTIVITY, "of those, how many were accepted" },
	{ "invitations_personalized", FT_COUNT, FG_ACTIVITY, "of those, how many had a personal note" },
	{ "engagement_received", FT_COUNT, FG_ACTIVITY, "reactions and comments on own posts" },
	/* LinkedIn's official figures: beside the model, never its inputs */
	{ "official_ssi", FT_DECIMAL, FG_OFFICIAL, "official SSI, 0-100 (default: the sum of the four components)" },
	{ "official_brand", FT_DECIMAL, FG_OFFICIAL, "official component: establish your professional brand, 0-25" },
	{ "official_people", FT_DECIMAL, FG_OFFICIAL, "official component: find the right people, 0-25" },
	{ "official_engagement", FT_DECIMAL, FG_OFFICIAL, "official component: engage with insights, 0-25" },
	{ "official_relationships", FT_DECIMAL, FG_OFFICIAL, "official component: build relationships, 0-25" },
	{ "industry_top_pct", FT_DECIMAL, FG_OFFICIAL, "industry SSI rank: top N%, whole number 1-100" },
	{ "network_top_pct", FT_DECIMAL, FG_OFFICIAL, "network SSI rank: top N%, whole number 1-100" },
	{ "industry_avg_ssi", FT_DECIMAL, FG_OFFICIAL, "average SSI of people in the industry, 0-100" },
	{ "network_avg_ssi", FT_DECIMAL, FG_OFFICIAL, "average SSI of people in the network, 0-100" },
	{ "industry_avg_brand", FT_DECIMAL, FG_OFFICIAL, "industry average of the brand component, 0-25" },
	{ "industry_avg_people", FT_DECIMAL, FG_OFFICIAL, "industry average of the people component, 0-25" },
	{ "industry_avg_engagement", FT_DECIMAL, FG_OFFICIAL, "industry average of the engagement component, 0-25" },
	{ "industry_avg_relationships", FT_DECIMAL, FG_OFFICIAL, "industry average of the relationships component, 0-25" },
	{ "network_avg_brand", FT_DECIMAL, FG_OFFICIAL, "network average of the brand component, 0-25" },
	{ "network_avg_people", FT_DECIMAL, FG_OFFICIAL, "network average of the people component, 0-25" },
	{ "network_avg_engagement", FT_DECIMAL, FG_OFFICIAL, "network average of the engagement component, 0-25" },
	{ "network_avg_relationships", FT_DECIMAL, FG_OFFICIAL, "network average of the relationships component, 0-25" },
};

int
field_lookup(const char *name, size_t n)
{
	int f;

	/* Fuzz fix (tests/fuzz/regress/csv/nul-in-name): a CSV header name
	 * may hold a NUL byte; strncmp stopped there and name[n] was read
	 * past the end of a shorter table name.  Compare lengths first. */
	for (f = 0; f < F_COUNT; f++)
		if (strlen(field_defs[f].name) == n &&
		    memcmp(field_defs[f].name, name, n) == 0)
			return f;
	return -1;
}

size_t
field_normalize(const char *s, size_t n, char *out, size_t outsz)
{
	size_t i, o = 0;

	while (n > 0 && (*s == ' ' || *s == '\t'))
		s++, n--;
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	for (i = 0; i < n && o + 1 < outsz; i++) {
		char c = s[i];

		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		else if (c == ' ' || c == '-')
			c = '_';
		out[o++] = c;
	}
	if (outsz)
		out[o] = '\0';
	return o;
}

/* Levenshtein distance of a and b, bounded by the short names here. */
static size_t
distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i, j;
	size_t row[64];

	if (la >= 63 || lb >= 63)
		return (size_t)-1;
	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		size_t prev = row[0];

		row[0] = i;
		for (j = 1; j <= lb; j++) {
			size_t cur = row[j];
			size_t best = prev + (a[i - 1] != b[j - 1]);

			if (row[j] + 1 < best)
				best = row[j] + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			prev = cur;
		}
	}
	return row[lb];
}

const char *
field_nearest(const char *name)
{
	const char *best = NULL;
	size_t bestd = (size_t)-1, len = strlen(name);
	int f;

	for (f = 0; f < F_COUNT; f++) {
		size_t d = distance(name, field_defs[f].name);

		if (d < bestd) {
			bestd = d;
			best = field_defs[f].name;
		}
	}
	/* A typo: at most a third of the name wrong, and at most 4 edits. */
	if (best == NULL || bestd > 4 || bestd * 3 > len)
		return NULL;
	return best;
}
