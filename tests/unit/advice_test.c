/* advice_test.c - the advice catalogue (src/advice.c) on post-author and
 * on edge cases: missing fields, no data, tiny buffers, custom models. */
#include <stdlib.h>

#include "t.h"
#include "text/advice.h"

#define K(l, n) (((l) - 'A') * 4 + (n) - 1)

static char en[2048], es[2048], pt[2048];

static void
set(struct profile *p, const char *f, const char *v)
{
	struct ssi_err e;
	int id = field_lookup(f, strlen(f));
	enum value_kind kind = VK_NUMBER;

	if (id < 0) {
		printf("not ok - unknown field %s\n", f);
		exit(1);
	}
	if (field_defs[id].type <= FT_DATE)
		kind = VK_STRING;
	else if (field_defs[id].type == FT_FLAG)
		kind = VK_BOOL;
	if (profile_set(p, id, v, strlen(v), kind, 1, &e) < 0) {
		printf("not ok - profile_set %s: %s\n", f, e.msg);
		exit(1);
	}
}

/* shared/examples/post-author.json */
static void
post_author(struct profile *p)
{
	static const char *const kv[][2] = {
		{ "id", "post-author" }, { "name", "Example from the SSI guide" },
		{ "industry", "Marketing and Advertising" },
		{ "location", "Barcelona, Spain" }, { "as_of", "2017-10-30" },
		{ "period_days", "30" },
		{ "headline", "Digital marketing consultant | Personal branding "
		  "and social selling" },
		{ "summary", "I help professionals and small companies build a "
		  "personal brand that opens doors. Fifteen years in online "
		  "marketing, content strategy and community management; "
		  "trainer in social selling and LinkedIn for sales teams. I "
		  "write weekly about digital marketing, social media and "
		  "personal branding." },
		{ "photo", "true" }, { "positions", "5" }, { "education", "2" },
		{ "skills", "40" }, { "endorsements", "350" },
		{ "recommendations", "12" }, { "media", "6" },
		{ "articles", "20" }, { "connections", "1000" },
		{ "target_connections", "330" }, { "senior_connections", "180" },
		{ "colleague_connections", "30" }, { "followers", "4200" },
		{ "groups", "0" }, { "searches", "5" },
		{ "second_degree_contacts", "10" }, { "profile_viewers", "50" },
		{ "viewers_contacted", "0" }, { "posts", "8" }, { "shares", "2" },
		{ "comments", "20" }, { "reactions", "10" },
		{ "group_posts", "1" }, { "active_days", "20" },
		{ "messages_received", "10" }, { "messages_replied", "9" },
		{ "invitations_sent", "20" }, { "invitations_accepted", "16" },
		{ "invitations_personalized", "18" },
		{ "engagement_received", "400" },
	};
	size_t i;

	profile_init(p);
	for (i = 0; i < sizeof kv / sizeof kv[0]; i++)
		set(p, kv[i][0], kv[i][1]);
}

static void
texts(const struct model *m, const struct profile *p, const struct score *s,
    int k)
{
	advice_text(LANG_EN, m, p, s, k, 0, en, sizeof en);
	advice_text(LANG_ES, m, p, s, k, 0, es, sizeof es);
	advice_text(LANG_PT, m, p, s, k, 0, pt, sizeof pt);
}

static int
has(const char *text, const char *needle)
{
	return strstr(text, needle) != NULL;
}

static int
valid_utf8(const char *s)
{
	return utf8_count(s, strlen(s)) >= 0;
}

static int
signal_index(const struct model *m, const char *name)
{
	int i;

	for (i = 0; i < m->nsig; i++)
		if (strcmp(m->sig[i].name, name) == 0)
			return i;
	return -1;
}

int
main(void)
{
	const struct model *dm = model_default();
	static struct model cm;
	struct profile p, q;
	struct score s, t;
	char small[8], one[1], cut[2048];
	size_t len, n, full;
	int k, bad, lang, i, top[3];

	post_author(&p);
	score_profile(dm, &p, &s);

	/* gains and top actions */
	T_NEAR(s.gain[K('B', 4)], 6.0, 0.05, "post-author: B4 gain 6.0");
	T_NEAR(s.gain[K('B', 2)], 3.5, 0.05, "post-author: B2 gain 3.5");
	T_NEAR(s.gain[K('C', 4)], 3.5, 0.05, "post-author: C4 gain 3.5");
	T_NEAR(s.gain[K('B', 3)], 2.7, 0.05, "post-author: B3 gain 2.7");
	T_NEAR(s.gain[K('C', 2)], 2.5, 0.05, "post-author: C2 gain 2.5");
	T_NEAR(s.gain[K('C', 3)], 1.0, 0.05, "post-author: C3 gain 1.0");
	bad = 0;
	for (k = 0; k < MODEL_KEYS; k++)
		if (k != K('B', 4) && k != K('B', 2) && k != K('C', 4) &&
		    k != K('B', 3) && k != K('C', 2) && k != K('C', 3) &&
		    s.gain[k] > 1e-9)
			bad++;
	T_OK(bad == 0, "post-author: the other ten keys have gain 0");
	T_OK(score_top(&s, top, 3) == 3 && top[0] == K('B', 4) &&
	    top[1] == K('B', 2) && top[2] == K('C', 4),
	    "post-author: top actions B4, B2, C4");

	/* B2 names the member's figure and the target */
	texts(dm, &p, &s, K('B', 2));
	T_OK(has(en, "5 people searches in the last 30 days"), "B2 en: figure 5");
	T_OK(has(en, "about 20 a month earns full points"), "B2 en: target 20");
	T_OK(has(es, "5 búsquedas de personas en los últimos 30 días"),
	    "B2 es: figure 5");
	T_OK(has(es, "unas 20 al mes dan la puntuación completa"),
	    "B2 es: target 20");
	T_OK(!has(en, "3.5") && !has(es, "3.5"), "B2: the gain is not in the text");
	T_STREQ(en, "5 people searches in the last 30 days; about 20 a month "
	    "earns full points. Search with keywords and filters (sector, "
	    "role, location) for your target audience, and save the searches "
	    "you repeat.", "B2 en: whole text");

	/* B4 and B3: ratios with raw counts and percentages */
	texts(dm, &p, &s, K('B', 4));
	T_OK(has(en, "None of 50 profile viewers followed up (0%)"),
	    "B4 en: none of 50 (the zero form)");
	T_OK(has(en, "30%"), "B4 en: target 30%%");
	T_OK(has(es, "No has contactado con ninguna de las 50 personas que "
	    "vieron tu perfil (0\u00a0%)"), "B4 es: ninguna de 50 (the zero "
	    "form)");
	texts(dm, &p, &s, K('B', 3));
	T_OK(has(en, "330 of your 1,000 connections are in your target audience "
	    "(33%); about 60% earns full points."), "B3 en: 330 of 1,000, 60%% "
	    "(grouped)");
	T_OK(has(es, "330 de tus 1000 contactos son de tu público objetivo "
	    "(33\u00a0%)"), "B3 es: 330 de 1000 (four digits whole), 33 %% "
	    "after a no-break space");

	/* C4: a count and a per-month signal; C3: only what is short */
	texts(dm, &p, &s, K('C', 4));
	T_OK(has(en, "Not a member of any group; 5 earns full points."),
	    "C4 en: no group");
	T_OK(has(en, "1 post or comment in groups in the last 30 days; about 4 "
	    "a month"), "C4 en: singular group post");
	T_OK(has(es, "No estás en ningún grupo; con 5 tienes la puntuación "
	    "completa."), "C4 es: ningún grupo");
	T_OK(has(es, "1 publicación o comentario en grupos"),
	    "C4 es: singular");
	texts(dm, &p, &s, K('C', 3));
	T_OK(has(en, "10 reactions") && !has(en, "comments on others"),
	    "C3 en: names reactions, not comments (already full)");

	/* done keys */
	texts(dm, &p, &s, K('A', 1));
	T_STREQ(en, "All 8 profile items are done. Full points: keep it up.",
	    "A1 en: done");
	T_STREQ(es, "Los 8 elementos del perfil están completos. Puntuación "
	    "completa: sigue así.", "A1 es: done");
	texts(dm, &p, &s, K('C', 1));
	T_STREQ(en, "8 posts of your own in the last 30 days. Full points: keep "
	    "it up.", "C1 en: done with the figure");
	T_OK(has(es, "8 publicaciones propias") && has(es, "sigue así"),
	    "C1 es: done with the figure");

	/* every key: non-empty in both languages, and not the same text */
	bad = 0;
	for (k = 0; k < MODEL_KEYS; k++) {
		texts(dm, &p, &s, k);
		if (en[0] == '\0' || es[0] == '\0' || strcmp(en, es) == 0 ||
		    !valid_utf8(es))
			bad++;
		if (strcmp(advice_key_title(LANG_EN, k),
		    advice_key_title(LANG_ES, k)) == 0)
			bad++;
	}
	T_OK(bad == 0, "all 16 keys: texts and titles non-empty, en != es");
	T_STREQ(advice_pillar_title(LANG_EN, P_BRAND),
	    "Establish your professional brand", "pillar title en");
	T_OK(strcmp(advice_pillar_title(LANG_ES, P_PEOPLE),
	    advice_pillar_title(LANG_EN, P_PEOPLE)) != 0, "pillar title es");
	T_STREQ(advice_key_title(LANG_EN, 16), "", "key title out of range");
	T_STREQ(advice_pillar_title(LANG_ES, -1), "", "pillar out of range");

	/* missing: an empty profile names the fields */
	profile_init(&q);
	score_profile(dm, &q, &t);
	texts(dm, &q, &t, K('B', 4));
	T_OK(has(en, "viewers_contacted") && has(en, "profile_viewers"),
	    "missing B4 en: names both fields");
	T_OK(has(en, "--set viewers_contacted=N --set profile_viewers=N"),
	    "missing B4 en: --set hint");
	T_OK(has(es, "visitas_perfil") && has(es, "añade") &&
	    !has(es, "profile_viewers"),
	    "missing B4 es: names the field as a Spanish sheet does");
	T_OK(has(es, "--set visitas_contactadas=N --set visitas_perfil=N"),
	    "missing B4 es: --set hint with the Spanish names");
	T_OK(has(pt, "--set visitantes_contatados=N --set "
	    "visualizacoes_do_perfil=N") && !has(pt, "profile_viewers"),
	    "missing B4 pt: the Portuguese names");
	texts(dm, &q, &t, K('A', 1));
	T_OK(has(en, "headline") && has(en, "summary") && has(en, "industry") &&
	    has(en, "--set FIELD=VALUE"), "missing A1 en: names the item fields");
	T_OK(has(es, "titular") && has(es, "extracto") && has(es, "sector") &&
	    !has(es, "headline") && has(es, "--set CAMPO=VALOR"),
	    "missing A1 es: names the item fields in Spanish");
	T_OK(has(pt, "titulo") && has(pt, "resumo") && has(pt, "setor") &&
	    !has(pt, "headline"), "missing A1 pt: names the item fields in "
	    "Portuguese");
	texts(dm, &q, &t, K('A', 2));
	T_OK(has(en, "No data on your profile photo and your rich media: add photo and media to your data or try --set photo=true "
	    "--set media=N."), "missing A2 en: one sentence, a flag and a count");
	texts(dm, &q, &t, K('C', 3));
	T_OK(has(es, "No hay datos sobre tus comentarios, tus reacciones, tus "
	    "días de actividad y tus respuestas a mensajes: añade comentarios, "
	    "reacciones, dias_activos, mensajes_respondidos y "
	    "mensajes_recibidos a tus datos o prueba --set CAMPO=VALOR."),
	    "missing C3 es: one sentence, the Spanish names");

	/* A1 partly known: what is unmet, what is unknown */
	set(&q, "headline", "Consultant");
	set(&q, "summary", "Short.");
	set(&q, "positions", "1");
	set(&q, "education", "1");
	set(&q, "connections", "49");
	set(&q, "location", "Madrid");
	set(&q, "industry", "Retail");
	score_profile(dm, &q, &t);
	texts(dm, &q, &t, K('A', 1));
	T_STREQ(en, "3 of 8 profile items done; still to do: a headline of "
	    "20–220 characters, an About section of at least 200 characters, "
	    "at least 3 positions and at least 50 connections; 1 item is "
	    "unknown: add skills to your data or try --set skills=N. "
	    "Complete every section: a headline that says whom you help, an "
	    "About of a few paragraphs, your experience, education and skills, "
	    "location and industry.", "A1 en: unmet and unknown items");
	T_OK(has(es, "3 de los 8 elementos del perfil están completos; faltan "
	    "un titular de 20 a 220 caracteres") &&
	    has(es, "1 elemento no consta: añade aptitudes"),
	    "A1 es: unmet and unknown items");

	/* no_data: a ratio over zero invitations (q shares p's text) */
	profile_free(&q);
	q = p;
	q.num[F_INVITATIONS_SENT] = 0;
	q.num[F_INVITATIONS_ACCEPTED] = 0;
	q.num[F_INVITATIONS_PERSONALIZED] = 0;
	score_profile(dm, &q, &t);
	texts(dm, &q, &t, K('D', 3));
	T_OK(t.status[signal_index(dm, "acceptance_rate")] == ST_NO_DATA,
	    "no_data: acceptance_rate status");
	T_OK(has(en, "send some invitations first"), "no_data D3 en");
	T_OK(has(es, "envía primero algunas"), "no_data D3 es");
	texts(dm, &q, &t, K('D', 2));
	T_OK(has(en, "No connection requests sent in the last 30 days") &&
	    has(en, "send some invitations first"), "no_data D2 en");

	/* plurals and the period */
	q = p;
	q.num[F_SEARCHES] = 1;
	q.num[F_PERIOD_DAYS] = 1;
	score_profile(dm, &q, &t);
	texts(dm, &q, &t, K('B', 2));
	T_OK(has(en, "1 people search in the last day."), "plural en: 1 search");
	T_OK(has(es, "1 búsqueda de personas en el último día."),
	    "plural es: 1 búsqueda");
	q.num[F_SEARCHES] = 2;
	q.num[F_PERIOD_DAYS] = 7;
	score_profile(dm, &q, &t);
	texts(dm, &q, &t, K('B', 2));
	T_OK(has(en, "2 people searches in the last 7 days;"),
	    "plural en: 2 searches");
	T_OK(has(es, "2 búsquedas de personas en los últimos 7 días;"),
	    "plural es: 2 búsquedas");

	/* buffers: always NUL-terminated, valid UTF-8, a prefix of the text */
	texts(dm, &p, &s, K('B', 4));
	len = advice_text(LANG_ES, dm, &p, &s, K('B', 4), 0, small, sizeof small);
	T_OK(len == strlen(small) && len <= 7 && valid_utf8(small),
	    "n=8: cut, terminated, valid UTF-8");
	len = advice_text(LANG_ES, dm, &p, &s, K('B', 4), 0, one, sizeof one);
	T_OK(len == 0 && one[0] == '\0', "n=1: empty string");
	T_OK(advice_text(LANG_EN, dm, &p, &s, K('B', 4), 0, one, 0) == 0,
	    "n=0: nothing written");
	bad = 0;
	for (lang = 0; lang < LANG_COUNT; lang++)
		for (k = 0; k < MODEL_KEYS; k++) {
			full = advice_text(lang, dm, &q, &t, k, 0, en, sizeof en);
			for (n = 1; n <= full + 1; n++) {
				memset(cut, 'x', sizeof cut);
				len = advice_text(lang, dm, &q, &t, k, 0, cut, n);
				if (len >= n || cut[len] != '\0' ||
				    strlen(cut) != len || !valid_utf8(cut) ||
				    strncmp(cut, en, len) != 0 ||
				    (n == full + 1 && len != full) ||
				    len + 3 < n - 1)
					bad++;
			}
		}
	T_OK(bad == 0, "every cut of every text: terminated, valid UTF-8, a "
	    "prefix, at most 3 bytes short");
	T_OK(advice_text(LANG_EN, dm, &p, &s, -1, 0, en, sizeof en) == 0 &&
	    en[0] == '\0', "key out of range: empty");
	advice_text(99, dm, &p, &s, K('B', 2), 0, es, sizeof es);
	advice_text(LANG_EN, dm, &p, &s, K('B', 2), 0, en, sizeof en);
	T_STREQ(es, en, "unknown language: English");

	/* custom models: targets from the model, fallback for unknown names */
	cm = *dm;
	i = signal_index(&cm, "searches");
	cm.sig[i].target = 40;
	model_derive(&cm);
	score_profile(&cm, &p, &t);
	texts(&cm, &p, &t, K('B', 2));
	T_OK(has(en, "about 40 a month") && has(es, "unas 40 al mes"),
	    "custom target: taken from the model");
	snprintf(cm.sig[i].name, sizeof cm.sig[i].name, "people_lookups");
	cm.sig[i].target = 2.5;
	model_derive(&cm);
	score_profile(&cm, &p, &t);
	texts(&cm, &p, &t, K('B', 2));
	T_STREQ(en, "searches: 5 in the last 30 days. Full points: keep it up.",
	    "renamed signal, done: generic figure");
	cm.sig[i].target = 50;
	model_derive(&cm);
	score_profile(&cm, &p, &t);
	texts(&cm, &p, &t, K('B', 2));
	T_OK(has(en, "searches: 5 in the last 30 days; about 50 a month earns "
	    "full points."), "renamed signal en: generic template");
	T_OK(has(es, "busquedas: 5 en los últimos 30 días; 50 al mes dan la "
	    "puntuación completa."), "renamed signal es: generic template");
	cm = *dm;
	i = signal_index(&cm, "target_share");
	cm.sig[i].in[0] = F_SENIOR_CONNECTIONS;
	cm.sig[i].curve = C_BAND;
	cm.sig[i].lo = 0.1;
	model_derive(&cm);
	score_profile(&cm, &p, &t);
	texts(&cm, &p, &t, K('B', 3));
	T_OK(has(en, "senior_connections / connections: 180 of 1,000 (18%); "
	    "points start above 10% and are full from 60%."),
	    "same name, other inputs: generic ratio and band");
	i = signal_index(&cm, "groups");
	cm.sig[i].key = K('C', 3);
	i = signal_index(&cm, "group_posts");
	cm.sig[i].key = K('C', 3);
	model_derive(&cm);
	score_profile(&cm, &p, &t);
	texts(&cm, &p, &t, K('C', 4));
	T_STREQ(en, "This model does not score this key.", "key not in model en");
	T_OK(es[0] != '\0' && strcmp(en, es) != 0, "key not in model es");

	i = signal_index(&cm, "completeness");
	cm.sig[i].nitems = 2;
	cm.sig[i].items[1].field = F_FOLLOWERS;
	cm.sig[i].items[1].min = 10;
	cm.sig[i].items[1].max = 100;
	model_derive(&cm);
	score_profile(&cm, &p, &t);
	texts(&cm, &p, &t, K('A', 1));
	T_OK(has(en, "1 of 2 profile items done; still to do: 10–100 followers."),
	    "custom item en: field name and bounds");
	T_OK(has(es, "1 de los 2 elementos del perfil está completo; faltan "
	    "entre 10 y 100 seguidores."), "custom item es: field name and "
	    "bounds, the verb in the plural");

	profile_free(&p);
	T_DONE();
}
