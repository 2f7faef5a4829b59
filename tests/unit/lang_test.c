/* lang_test.c - the language module: names, fallback, no holes. */
#include "ssi/lang.h"
#include "t.h"
#include "text/advice.h"

int
main(void)
{
	static const struct { const char *in; int want; } names[] = {
		{ "en", LANG_EN }, { "es", LANG_ES }, { "ES", LANG_ES },
		{ "Es", LANG_ES }, { "es_ES", LANG_ES }, { "es-ES", LANG_ES },
		{ "es_ES.UTF-8", LANG_ES }, { "es_MX.utf8@euro", LANG_ES },
		{ "en_GB", LANG_EN }, { "EN-us", LANG_EN }, { "fr", -1 },
		{ "", -1 }, { "e", -1 }, { "esp", -1 }, { "C", -1 },
		{ "POSIX", -1 }, { "_ES", -1 },
		{ "pt", LANG_PT }, { "pt_BR", LANG_PT }, { "pt_PT", LANG_PT },
		{ "pt-BR.UTF-8", LANG_PT }, { "PT", LANG_PT }, { "ptb", -1 },
	};
	size_t i;
	int l, id, pl;

	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		T_OK(lang_parse(names[i].in) == names[i].want,
		    "lang_parse('%s') = %d", names[i].in, names[i].want);
	for (l = 0; l < LANG_COUNT; l++) {
		T_OK(lang_parse(lang_code(l)) == l, "code of %d reads back", l);
		for (id = 0; id < M_COUNT; id++)
			T_OK(msg_own(l, (enum msg_id)id) != NULL &&
			    *msg_own(l, (enum msg_id)id) != '\0',
			    "%s has message %d", lang_code(l), id);
		for (pl = 0; pl < P_COUNT; pl++) {
			T_OK(*lang_pillar_short(l, pl) != '\0',
			    "%s has pillar %d", lang_code(l), pl);
			T_OK(*advice_pillar_title(l, pl) != '\0',
			    "%s has pillar title %d", lang_code(l), pl);
		}
		for (id = 0; id < MODEL_KEYS; id++)
			T_OK(*advice_key_title(l, id) != '\0',
			    "%s has key title %d", lang_code(l), id);
	}
	/* A language out of range reads English, never crashes. */
	T_STREQ(msg(LANG_COUNT, M_INDEX), msg(LANG_EN, M_INDEX),
	    "an unknown language falls back to English");
	T_STREQ(msg(-1, M_INDEX), msg(LANG_EN, M_INDEX), "so does -1");
	T_STREQ(lang_pillar_short(LANG_COUNT + 3, 0),
	    lang_pillar_short(LANG_EN, 0), "pillar names fall back");
	T_STREQ(advice_key_title(LANG_COUNT, 0), advice_key_title(LANG_EN, 0),
	    "advice falls back");
	T_STREQ(lang_code(99), "en", "code falls back");
	T_STREQ(lang_codes(), "en, es, pt", "the codes for a usage message");
	T_DONE();
}
