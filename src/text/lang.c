/* lang.c - language choice and report labels (see lang.h). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ssi/lang.h"

static const char *const labels[LANG_COUNT][M_COUNT] = {
	[LANG_EN] = {
		[M_AS_OF] = "as of",
		[M_INDEX] = "Social Selling Index (estimate)",
		[M_UP_TO] = "up to %s with the missing data, coverage %s",
		[M_TOP_ACTIONS] = "Top actions",
		[M_DONE] = "done",
		[M_MODEL] = "model",
		[M_MISSING] = "Missing data",
		[M_MISSING_HINT] = "add it to the input, or try --set FIELD=VALUE",
		[M_MISSING_HINT_MANY] = "add them to the input, or try --set FIELD=VALUE",
		[M_UNMEASURED] = "Could not be measured",
		[M_AT_MOST] = "up to",
		[M_NOTHING_MEASURED] = "No measured key has points left to gain.",
		[M_EX_KEY] = "key",
		[M_EX_INPUT] = "input",
		[M_EX_VALUE] = "value",
		[M_EX_CURVE] = "curve",
		[M_EX_TARGET] = "target",
		[M_EX_POINTS] = "points",
		[M_EX_STATUS] = "status",
		[M_NO_NAME] = "(no name)",
		[M_SIGNALS] = "Signals",
		[M_ST_OK] = "ok",
		[M_ST_MISSING] = "missing",
		[M_ST_NO_DATA] = "no data",
		[M_ITEMS] = "items",
		[M_PER_MONTH] = "per month",
		[M_NOTHING_LEFT] = "Nothing left to gain: every key has full points.",
		[M_RANK_TITLE] = "Social Selling Index ranking",
		[M_PROFILE] = "profile",
		[M_PROFILES] = "profiles",
		[M_NAME] = "Name",
		[M_INDEX_COL] = "Index",
		[M_GROUPS_BY] = "Groups by",
		[M_AVERAGE] = "average",
		[M_WEAKEST] = "weakest:",
		[M_NEXT] = "next:",
		[M_NOTHING_TO_GAIN] = "nothing left to gain",
		[M_TREND_TITLE] = "Social Selling Index trend",
		[M_SNAPSHOT] = "snapshot",
		[M_SNAPSHOTS] = "snapshots",
		[M_DATE_COL] = "as of",
		[M_CHANGE] = "change",
		[M_MIN] = "min",
		[M_MAX] = "max",
		[M_TEAM] = "Team",
		[M_MEMBERS_COL] = "Members",
		[M_IMPROVERS] = "Top improvers",
		[M_DECLINERS] = "Top decliners",
		[M_NO_MOVERS] = "(none)",
	},
	[LANG_ES] = {
		[M_AS_OF] = "a fecha de",
		[M_INDEX] = "Índice de Social Selling (estimación)",
		[M_UP_TO] = "hasta %s con los datos que faltan, cobertura %s",
		[M_TOP_ACTIONS] = "Lo primero que puedes hacer",
		[M_DONE] = "hecho",
		[M_MODEL] = "modelo",
		[M_MISSING] = "Datos que faltan",
		[M_MISSING_HINT] = "añádelo a la entrada o prueba --set CAMPO=VALOR",
		[M_MISSING_HINT_MANY] = "añádelos a la entrada o prueba --set CAMPO=VALOR",
		[M_UNMEASURED] = "No se ha podido medir",
		[M_AT_MOST] = "hasta",
		[M_NOTHING_MEASURED] = "Ninguna clave medida tiene puntos por ganar.",
		[M_EX_KEY] = "clave",
		[M_EX_INPUT] = "entrada",
		[M_EX_VALUE] = "valor",
		[M_EX_CURVE] = "curva",
		[M_EX_TARGET] = "objetivo",
		[M_EX_POINTS] = "puntos",
		[M_EX_STATUS] = "estado",
		[M_NO_NAME] = "(sin nombre)",
		[M_SIGNALS] = "Señales",
		[M_ST_OK] = "ok",
		[M_ST_MISSING] = "falta",
		[M_ST_NO_DATA] = "sin datos",
		[M_ITEMS] = "elementos",
		[M_PER_MONTH] = "al mes",
		[M_NOTHING_LEFT] = "No queda nada por ganar: todas las claves tienen la puntuación completa.",
		[M_RANK_TITLE] = "Clasificación por Índice de Social Selling",
		[M_PROFILE] = "perfil",
		[M_PROFILES] = "perfiles",
		[M_NAME] = "Nombre",
		[M_INDEX_COL] = "Índice",
		[M_GROUPS_BY] = "Grupos por",
		[M_AVERAGE] = "media",
		[M_WEAKEST] = "más débil:",
		[M_NEXT] = "siguiente:",
		[M_NOTHING_TO_GAIN] = "nada más que ganar",
		[M_TREND_TITLE] = "Evolución del Índice de Social Selling",
		[M_SNAPSHOT] = "registro",
		[M_SNAPSHOTS] = "registros",
		[M_DATE_COL] = "fecha",
		[M_CHANGE] = "cambio",
		[M_MIN] = "mín",
		[M_MAX] = "máx",
		[M_TEAM] = "Equipo",
		[M_MEMBERS_COL] = "Miembros",
		[M_IMPROVERS] = "Los que más suben",
		[M_DECLINERS] = "Los que más bajan",
		[M_NO_MOVERS] = "(ninguno)",
	},
	[LANG_PT] = {
		[M_AS_OF] = "em",
		[M_INDEX] = "Social Selling Index (estimativa)",
		[M_UP_TO] = "até %s com os dados que faltam, cobertura %s",
		[M_TOP_ACTIONS] = "O que fazer primeiro",
		[M_DONE] = "feito",
		[M_MODEL] = "modelo",
		[M_MISSING] = "Dados que faltam",
		[M_MISSING_HINT] = "adicione-o à entrada ou tente --set CAMPO=VALOR",
		[M_MISSING_HINT_MANY] = "adicione-os à entrada ou tente --set CAMPO=VALOR",
		[M_UNMEASURED] = "Não foi possível medir",
		[M_AT_MOST] = "até",
		[M_NOTHING_MEASURED] = "Nenhuma chave medida tem pontos a ganhar.",
		[M_EX_KEY] = "chave",
		[M_EX_INPUT] = "entrada",
		[M_EX_VALUE] = "valor",
		[M_EX_CURVE] = "curva",
		[M_EX_TARGET] = "meta",
		[M_EX_POINTS] = "pontos",
		[M_EX_STATUS] = "status",
		[M_NO_NAME] = "(sem nome)",
		[M_SIGNALS] = "Sinais",
		[M_ST_OK] = "ok",
		[M_ST_MISSING] = "falta",
		[M_ST_NO_DATA] = "sem dados",
		[M_ITEMS] = "itens",
		[M_PER_MONTH] = "por mês",
		[M_NOTHING_LEFT] = "Não há mais nada a ganhar: todas as chaves têm a pontuação máxima.",
		[M_RANK_TITLE] = "Ranking do Social Selling Index",
		[M_PROFILE] = "perfil",
		[M_PROFILES] = "perfis",
		[M_NAME] = "Nome",
		[M_INDEX_COL] = "Índice",
		[M_GROUPS_BY] = "Grupos por",
		[M_AVERAGE] = "média",
		[M_WEAKEST] = "mais fraco:",
		[M_NEXT] = "próximo:",
		[M_NOTHING_TO_GAIN] = "nada mais a ganhar",
		[M_TREND_TITLE] = "Evolução do Social Selling Index",
		[M_SNAPSHOT] = "snapshot",
		[M_SNAPSHOTS] = "snapshots",
		[M_DATE_COL] = "data",
		[M_CHANGE] = "variação",
		[M_MIN] = "mín",
		[M_MAX] = "máx",
		[M_TEAM] = "Equipe",
		[M_MEMBERS_COL] = "Membros",
		[M_IMPROVERS] = "Os que mais subiram",
		[M_DECLINERS] = "Os que mais caíram",
		[M_NO_MOVERS] = "(nenhum)",
	},
};

/* The languages: the code of each, in enum lang order. */
static const char *const codes[LANG_COUNT] = {
	[LANG_EN] = "en",
	[LANG_ES] = "es",
	[LANG_PT] = "pt",
};

/* Fall back to English for an unknown language (never index past a table). */
static int
lang_ok(int lang)
{
	return lang >= 0 && lang < LANG_COUNT ? lang : LANG_EN;
}

int
lang_parse(const char *s)
{
	size_t n = 0;
	int l;

	/* The language part: up to '_', '-', '.' or '@' (es_ES.UTF-8@euro). */
	while (s[n] != '\0' && s[n] != '_' && s[n] != '-' && s[n] != '.' &&
	    s[n] != '@')
		n++;
	for (l = 0; l < LANG_COUNT; l++)
		if (codes[l] != NULL && strlen(codes[l]) == n &&
		    strncasecmp(codes[l], s, n) == 0)
			return l;
	return -1;
}

int
lang_from_env(void)
{
	static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	size_t i;

	for (i = 0; i < 3; i++) {
		const char *v = getenv(vars[i]);

		if (v != NULL && *v != '\0') {
			int l = lang_parse(v);

			return l < 0 ? LANG_EN : l;
		}
	}
	return LANG_EN;
}

const char *
lang_code(int lang)
{
	return codes[lang_ok(lang)];
}

const char *
lang_codes(void)
{
	static char buf[8 * LANG_COUNT];
	int l;

	if (buf[0] == '\0')
		for (l = 0; l < LANG_COUNT; l++) {
			if (l)
				strcat(buf, ", ");
			strcat(buf, codes[l]);
		}
	return buf;
}

const char *
msg_own(int lang, enum msg_id id)
{
	if (lang < 0 || lang >= LANG_COUNT || id < 0 || id >= M_COUNT)
		return NULL;
	return labels[lang][id];
}

const char *
msg(int lang, enum msg_id id)
{
	lang = lang_ok(lang);
	if (id < 0 || id >= M_COUNT)
		return "";
	return labels[lang][id] ? labels[lang][id] : labels[LANG_EN][id];
}

static const char *const pillar_short[LANG_COUNT][4] = {
	[LANG_EN] = { "Brand", "People", "Engage", "Relate" },
	[LANG_ES] = { "Marca", "Personas", "Interac.", "Relac." },
	[LANG_PT] = { "Marca", "Pessoas", "Interag.", "Relac." },
};

const char *
lang_pillar_short(int lang, int pl)
{
	const char *t;

	if (pl < 0 || pl >= 4)
		return "?";
	t = pillar_short[lang_ok(lang)][pl];
	return t ? t : pillar_short[LANG_EN][pl];
}

static const char *const pillar_name[LANG_COUNT][4] = {
	[LANG_EN] = { "Brand", "People", "Engagement", "Relationships" },
	[LANG_ES] = { "Marca", "Personas", "Interacción", "Relaciones" },
	[LANG_PT] = { "Marca", "Pessoas", "Interação", "Relações" },
};

const char *
lang_pillar_name(int lang, int pl)
{
	const char *t;

	if (pl < 0 || pl >= 4)
		return "?";
	t = pillar_name[lang_ok(lang)][pl];
	return t ? t : pillar_name[LANG_EN][pl];
}
