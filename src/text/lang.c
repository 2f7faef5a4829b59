/* lang.c - language choice and report labels (see lang.h). */
#include <stdlib.h>
#include <string.h>

#include "lang.h"

static const char *const labels[LANG_COUNT][M_COUNT] = {
	[LANG_EN] = {
		[M_AS_OF] = "as of",
		[M_INDEX] = "Social Selling Index (estimate)",
		[M_UP_TO] = "up to %d with the missing data, coverage %d%%",
		[M_TOP_ACTIONS] = "Top actions",
		[M_DONE] = "done",
		[M_MODEL] = "model",
		[M_MISSING] = "Missing data",
		[M_MISSING_HINT] = "add it to the input, or try --set FIELD=VALUE",
		[M_NO_NAME] = "(no name)",
		[M_SIGNALS] = "Signals",
		[M_ST_OK] = "ok",
		[M_ST_MISSING] = "missing",
		[M_ST_NO_DATA] = "no data",
		[M_ITEMS] = "items",
		[M_PER_MONTH] = "per month",
		[M_NOTHING_LEFT] = "Nothing left to gain: every key has full points.",
	},
	[LANG_ES] = {
		[M_AS_OF] = "a fecha de",
		[M_INDEX] = "Índice de Social Selling (estimación)",
		[M_UP_TO] = "hasta %d con los datos que faltan, cobertura %d%%",
		[M_TOP_ACTIONS] = "Lo primero que puedes hacer",
		[M_DONE] = "hecho",
		[M_MODEL] = "modelo",
		[M_MISSING] = "Datos que faltan",
		[M_MISSING_HINT] = "añádelos a la entrada o prueba --set CAMPO=VALOR",
		[M_NO_NAME] = "(sin nombre)",
		[M_SIGNALS] = "Señales",
		[M_ST_OK] = "ok",
		[M_ST_MISSING] = "falta",
		[M_ST_NO_DATA] = "sin datos",
		[M_ITEMS] = "elementos",
		[M_PER_MONTH] = "al mes",
		[M_NOTHING_LEFT] = "No queda nada por ganar: todas las claves tienen la puntuación completa.",
	},
};

int
lang_parse(const char *s)
{
	if (strcmp(s, "en") == 0)
		return LANG_EN;
	if (strcmp(s, "es") == 0)
		return LANG_ES;
	return -1;
}

int
lang_from_env(void)
{
	static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	size_t i;

	for (i = 0; i < 3; i++) {
		const char *v = getenv(vars[i]);

		if (v != NULL && *v != '\0')
			return strncmp(v, "es", 2) == 0 ? LANG_ES : LANG_EN;
	}
	return LANG_EN;
}

const char *
msg(int lang, enum msg_id id)
{
	if (lang < 0 || lang >= LANG_COUNT)
		lang = LANG_EN;
	return labels[lang][id] ? labels[lang][id] : labels[LANG_EN][id];
}

static const char *const pillar_short[LANG_COUNT][4] = {
	[LANG_EN] = { "Brand", "People", "Engage", "Relate" },
	[LANG_ES] = { "Marca", "Personas", "Interac.", "Relac." },
};

const char *
lang_pillar_short(int lang, int pl)
{
	if (lang < 0 || lang >= LANG_COUNT)
		lang = LANG_EN;
	return pl >= 0 && pl < 4 ? pillar_short[lang][pl] : "?";
}
