/* field.c - the field table of ssi.5 (see field.h). */
#include <string.h>

#include "ssi/field.h"
#include "ssi/names.h"

const struct field_def field_defs[F_COUNT] = {
	[F_ID] = { .name = "id", .es = "id",
	    .type = FT_TEXT, .group = FG_TEXT,
	    .help = "stable identifier (default: position in the input)" },
	[F_NAME] = { .name = "name", .es = "nombre",
	    .type = FT_TEXT, .group = FG_TEXT, .help = "display name" },
	[F_INDUSTRY] = { .name = "industry", .es = "sector",
	    .type = FT_TEXT, .group = FG_TEXT,
	    .help = "the member's industry (default group of ssi rank)" },
	[F_LOCATION] = { .name = "location", .es = "ubicacion",
	    .type = FT_TEXT, .group = FG_TEXT,
	    .help = "where the member is based" },
	[F_AS_OF] = { .name = "as_of", .es = "fecha",
	    .type = FT_DATE, .group = FG_TEXT,
	    .help = "date of the snapshot, YYYY-MM-DD" },
	[F_HEADLINE] = { .name = "headline", .es = "titular",
	    .type = FT_TEXT, .group = FG_TEXT, .help = "profile headline" },
	[F_SUMMARY] = { .name = "summary", .es = "extracto",
	    .type = FT_TEXT, .group = FG_TEXT, .help = "the About section" },
	[F_PHOTO] = { .name = "photo", .es = "foto",
	    .type = FT_FLAG, .group = FG_STATE,
	    .help = "has a profile photo (true/false)" },
	[F_POSITIONS] = { .name = "positions", .es = "puestos",
	    .type = FT_COUNT, .group = FG_STATE, .help = "experience entries" },
	[F_EDUCATION] = { .name = "education", .es = "formacion",
	    .type = FT_COUNT, .group = FG_STATE, .help = "education entries" },
	[F_SKILLS] = { .name = "skills", .es = "aptitudes",
	    .type = FT_COUNT, .group = FG_STATE, .help = "skills listed" },
	[F_ENDORSEMENTS] = { .name = "endorsements", .es = "validaciones",
	    .type = FT_COUNT, .group = FG_STATE,
	    .help = "skill endorsements received" },
	[F_RECOMMENDATIONS] = { .name = "recommendations",
	    .es = "recomendaciones",
	    .type = FT_COUNT, .group = FG_STATE,
	    .help = "recommendations received" },
	[F_MEDIA] = { .name = "media", .es = "multimedia",
	    .type = FT_COUNT, .group = FG_STATE,
	    .help = "rich-media items on the profile" },
	[F_ARTICLES] = { .name = "articles", .es = "articulos",
	    .type = FT_COUNT, .group = FG_STATE,
	    .help = "long-form articles published (lifetime)" },
	[F_CONNECTIONS] = { .name = "connections", .es = "contactos",
	    .type = FT_COUNT, .group = FG_STATE,
	    .help = "1st-degree connections" },
	[F_TARGET_CONNECTIONS] = { .name = "target_connections",
	    .es = "contactos_objetivo",
	    .type = FT_COUNT, .group = FG_STATE,
	    .help = "connections in the target audience" },
	[F_SENIOR_CONNECTIONS] = { .name = "senior_connections",
	    .es = "contactos_directivos",
	    .type = FT_COUNT, .group = FG_STATE,
	    .help = "connections at Director/VP/C-level/owner" },
	[F_COLLEAGUE_CONNECTIONS] = { .name = "colleague_connections",
	    .es = "contactos_companeros",
	    .type = FT_COUNT, .group = FG_STATE,
	    .help = "connections at the member's company" },
	[F_FOLLOWERS] = { .name = "followers", .es = "seguidores",
	    .type = FT_COUNT, .group = FG_STATE, .help = "followers" },
	[F_GROUPS] = { .name = "groups", .es = "grupos",
	    .type = FT_COUNT, .group = FG_STATE,
	    .help = "groups the member belongs to" },
	[F_PERIOD_DAYS] = { .name = "period_days", .es = "dias_periodo",
	    .type = FT_PERIOD, .group = FG_ACTIVITY,
	    .help = "length of the activity window, 1-366 (default 30)" },
	[F_SEARCHES] = { .name = "searches", .es = "busquedas",
	    .type = FT_COUNT, .group = FG_ACTIVITY,
	    .help = "people searches run" },
	[F_SECOND_DEGREE_CONTACTS] = { .name = "second_degree_contacts",
	    .es = "contactos_segundo_grado",
	    .type = FT_COUNT, .group = FG_ACTIVITY,
	    .help = "2nd-degree people contacted or invited" },
	[F_PROFILE_VIEWERS] = { .name = "profile_viewers",
	    .es = "visitas_perfil",
	    .type = FT_COUNT, .group = FG_ACTIVITY,
	    .help = "people who viewed the profile" },
	[F_VIEWERS_CONTACTED] = { .name = "viewers_contacted",
	    .es = "visitas_contactadas",
	    .type = FT_COUNT, .group = FG_ACTIVITY,
	    .help = "of those viewers, how many were followed up" },
	[F_POSTS] = { .name = "posts", .es = "publicaciones",
	    .type = FT_COUNT, .group = FG_ACTIVITY,
	    .help = "own posts published" },
	[F_SHARES] = { .name = "shares", .es = "compartidos",
	    .type = FT_COUNT, .group = FG_ACTIVITY,
	    .help = "reshares of other people's content" },
	[F_COMMENTS] = { .name = "comments", .es = "comentarios",
	    .type = FT_COUNT, .group = FG_ACTIVITY,
	    .help = "comments written on others' posts" },
	[F_REACTIONS] = { .name = "reactions", .es = "reacciones",
	    .type = FT_COUNT, .group = FG_ACTIVITY, .help = "reactions given" },
	[F_GROUP_POSTS] = { .name = "group_posts", .es = "publicaciones_grupos",
	    .type = FT_COUNT, .group = FG_ACTIVITY,
	    .help = "posts or comments in groups" },
	[F_ACTIVE_DAYS] = { .name = "active_days", .es = "dias_activos",
	    .type = FT_COUNT, .group = FG_ACTIVITY,
	    .help = "days with any activity" },
	[F_MESSAGES_RECEIVED] = { .name = "messages_received",
	    .es = "mensajes_recibidos",
	    .type = FT_COUNT, .group = FG_ACTIVITY,
	    .help = "direct messages received" },
	[F_MESSAGES_REPLIED] = { .name = "messages_replied",
	    .es = "mensajes_respondidos",
	    .type = FT_COUNT, .group = FG_ACTIVITY,
	    .help = "of those, how many were answered" },
	[F_INVITATIONS_SENT] = { .name = "invitations_sent",
	    .es = "invitaciones_enviadas",
	    .type = FT_COUNT, .group = FG_ACTIVITY,
	    .help = "connection requests sent" },
	[F_INVITATIONS_ACCEPTED] = { .name = "invitations_accepted",
	    .es = "invitaciones_aceptadas",
	    .type = FT_COUNT, .group = FG_ACTIVITY,
	    .help = "of those, how many were accepted" },
	[F_INVITATIONS_PERSONALIZED] = { .name = "invitations_personalized",
	    .es = "invitaciones_personalizadas",
	    .type = FT_COUNT, .group = FG_ACTIVITY,
	    .help = "of those, how many had a personal note" },
	[F_ENGAGEMENT_RECEIVED] = { .name = "engagement_received",
	    .es = "interacciones_recibidas",
	    .type = FT_COUNT, .group = FG_ACTIVITY,
	    .help = "reactions and comments on own posts" },
	/* the member's goal (ssi digest projects the index towards it) */
	[F_GOAL] = { .name = "goal", .es = "objetivo",
	    .type = FT_DECIMAL, .group = FG_GOAL,
	    .help = "the member's goal for the index, 0-100 (ssi digest)" },
	[F_GOAL_DATE] = { .name = "goal_date", .es = "fecha_objetivo",
	    .type = FT_DATE, .group = FG_GOAL,
	    .help = "the day the goal is due, YYYY-MM-DD" },
	/* LinkedIn's official figures (ssi.7 OFFICIAL FIGURES): beside the model, never
	 * its inputs; their names stay English in a Spanish sheet too */
	[F_OFFICIAL_SSI] = { .name = "official_ssi", .es = "official_ssi",
	    .type = FT_DECIMAL, .group = FG_OFFICIAL,
	    .help = "official SSI, 0-100 (default: the sum of the four components)" },
	[F_OFFICIAL_BRAND] = { .name = "official_brand", .es = "official_brand",
	    .type = FT_DECIMAL, .group = FG_OFFICIAL,
	    .help = "official component: establish your professional brand, 0-25" },
	[F_OFFICIAL_PEOPLE] = { .name = "official_people", .es = "official_people",
	    .type = FT_DECIMAL, .group = FG_OFFICIAL,
	    .help = "official component: find the right people, 0-25" },
	[F_OFFICIAL_ENGAGEMENT] = { .name = "official_engagement", .es = "official_engagement",
	    .type = FT_DECIMAL, .group = FG_OFFICIAL,
	    .help = "official component: engage with insights, 0-25" },
	[F_OFFICIAL_RELATIONSHIPS] = { .name = "official_relationships", .es = "official_relationships",
	    .type = FT_DECIMAL, .group = FG_OFFICIAL,
	    .help = "official component: build relationships, 0-25" },
	[F_INDUSTRY_TOP_PCT] = { .name = "industry_top_pct", .es = "industry_top_pct",
	    .type = FT_DECIMAL, .group = FG_OFFICIAL,
	    .help = "industry SSI rank: top N%, whole number 1-100" },
	[F_NETWORK_TOP_PCT] = { .name = "network_top_pct", .es = "network_top_pct",
	    .type = FT_DECIMAL, .group = FG_OFFICIAL,
	    .help = "network SSI rank: top N%, whole number 1-100" },
	[F_INDUSTRY_AVG_SSI] = { .name = "industry_avg_ssi", .es = "industry_avg_ssi",
	    .type = FT_DECIMAL, .group = FG_OFFICIAL,
	    .help = "average SSI of people in the industry, 0-100" },
	[F_NETWORK_AVG_SSI] = { .name = "network_avg_ssi", .es = "network_avg_ssi",
	    .type = FT_DECIMAL, .group = FG_OFFICIAL,
	    .help = "average SSI of people in the network, 0-100" },
	[F_INDUSTRY_AVG_BRAND] = { .name = "industry_avg_brand", .es = "industry_avg_brand",
	    .type = FT_DECIMAL, .group = FG_OFFICIAL,
	    .help = "industry average of the brand component, 0-25" },
	[F_INDUSTRY_AVG_PEOPLE] = { .name = "industry_avg_people", .es = "industry_avg_people",
	    .type = FT_DECIMAL, .group = FG_OFFICIAL,
	    .help = "industry average of the people component, 0-25" },
	[F_INDUSTRY_AVG_ENGAGEMENT] = { .name = "industry_avg_engagement", .es = "industry_avg_engagement",
	    .type = FT_DECIMAL, .group = FG_OFFICIAL,
	    .help = "industry average of the engagement component, 0-25" },
	[F_INDUSTRY_AVG_RELATIONSHIPS] = { .name = "industry_avg_relationships", .es = "industry_avg_relationships",
	    .type = FT_DECIMAL, .group = FG_OFFICIAL,
	    .help = "industry average of the relationships component, 0-25" },
	[F_NETWORK_AVG_BRAND] = { .name = "network_avg_brand", .es = "network_avg_brand",
	    .type = FT_DECIMAL, .group = FG_OFFICIAL,
	    .help = "network average of the brand component, 0-25" },
	[F_NETWORK_AVG_PEOPLE] = { .name = "network_avg_people", .es = "network_avg_people",
	    .type = FT_DECIMAL, .group = FG_OFFICIAL,
	    .help = "network average of the people component, 0-25" },
	[F_NETWORK_AVG_ENGAGEMENT] = { .name = "network_avg_engagement", .es = "network_avg_engagement",
	    .type = FT_DECIMAL, .group = FG_OFFICIAL,
	    .help = "network average of the engagement component, 0-25" },
	[F_NETWORK_AVG_RELATIONSHIPS] = { .name = "network_avg_relationships", .es = "network_avg_relationships",
	    .type = FT_DECIMAL, .group = FG_OFFICIAL,
	    .help = "network average of the relationships component, 0-25" },
};

/*
 * The names of the table in a hash table built on first use: a lookup is
 * one hash and a probe or two, whatever the name.  The keys are the fixed
 * names, so no input can make the probes long.  Slot: field id + 1, with
 * bit 7 set for a Spanish name; 0 = empty.
 */
#define NSLOTS 256

static unsigned char slots[NSLOTS];
static int slots_built;

static unsigned
hash(const char *s, size_t n)
{
	unsigned h = 2166136261u;
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h ^ (unsigned)n;
}

static const char *
slot_name(unsigned char v)
{
	const struct field_def *d = &field_defs[(v & 0x7f) - 1];

	return v & 0x80 ? d->es : d->name;
}

static void
build(void)
{
	int f, es;

	for (f = 0; f < F_COUNT; f++)
		for (es = 0; es < 2; es++) {
			const char *s = es ? field_defs[f].es : field_defs[f].name;
			unsigned h = hash(s, strlen(s)) % NSLOTS;
			unsigned char v = (unsigned char)((f + 1) | (es ? 0x80 : 0));

			if (es && strcmp(s, field_defs[f].name) == 0)
				continue;	/* "id" */
			while (slots[h] != 0)
				h = (h + 1) % NSLOTS;
			slots[h] = v;
		}
	slots_built = 1;
}

static int
lookup(const char *name, size_t n, int es)
{
	unsigned h;

	if (!slots_built)
		build();
	/* Fuzz fix (tests/fuzz/regress/csv/nul-in-name): a name may hold a
	 * NUL byte; compare lengths, then bytes. */
	for (h = hash(name, n) % NSLOTS; slots[h] != 0; h = (h + 1) % NSLOTS) {
		const char *s = slot_name(slots[h]);

		if ((!(slots[h] & 0x80) || es) && strlen(s) == n &&
		    memcmp(s, name, n) == 0)
			return (slots[h] & 0x7f) - 1;
	}
	return -1;
}

int
field_lookup(const char *name, size_t n)
{
	return lookup(name, n, 0);
}

int
field_lookup_any(const char *name, size_t n)
{
	return lookup(name, n, 1);
}

/* Accented letters of Spanish (and the grave ones) as UTF-8 after 0xC3,
 * lower and upper case, and their plain letter. */
static char
fold(unsigned char c2)
{
	static const char map[64] =
	    /* 0x80 */ "aaaaaaaceeeeiiii" "dnooooo_ouuuuy__"
	    /* 0xa0 */ "aaaaaaaceeeeiiii" "dnooooo_ouuuuy_y";

	if (c2 < 0x80 || c2 > 0xbf || map[c2 - 0x80] == '_')
		return 0;
	return map[c2 - 0x80];
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
		else if ((unsigned char)c == 0xc3 && i + 1 < n &&
		    fold((unsigned char)s[i + 1])) {
			c = fold((unsigned char)s[++i]);
		}
		out[o++] = c;
	}
	if (outsz)
		out[o] = '\0';
	return o;
}

const char *
field_nearest(const char *name)
{
	const char *best = NULL;
	size_t bestd = 3, len = strlen(name);
	int f, es;

	for (f = 0; f < F_COUNT; f++)
		for (es = 0; es < 2; es++) {
			const char *s = es ? field_defs[f].es : field_defs[f].name;
			size_t d = names_distance(name, len, s, strlen(s), 2);

			/* a Spanish name where only English ones are read
			 * (a JSON key "foto"): the English one, never the
			 * name itself */
			if (d == 0 && es)
				s = field_defs[f].name;
			else if (d == 0)
				continue;
			if (d < bestd) {
				bestd = d;
				best = s;
			}
		}
	/* A typo: at most two edits, and at most a third of the name. */
	if (best == NULL || bestd * 3 > len)
		return NULL;
	return best;
}
