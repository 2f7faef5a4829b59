/* labels.c - the labels of the reports by kind, a column per language
 * (see labels.h). */
#include <stddef.h>

#include "labels.h"
#include "ssi/lang.h"

static const char *const html_labels[LANG_COUNT][H_COUNT] = {
	[LANG_EN] = {
		[H_ESTIMATE] = "estimate",
		[H_TITLE_SCORE] = "Social Selling Index (estimate)",
		[H_TITLE_RANK] = "Social Selling Index: team ranking "
		    "(estimate)",
		[H_TITLE_TREND] = "Social Selling Index: trend (estimate)",
		[H_CONTENTS] = "Profiles in this report",
		[H_PILLARS] = "The four pillars",
		[H_RADAR] = "Pillars compared",
		[H_RANGE] = "up to %s with the missing data",
		[H_COVERAGE] = "coverage",
		[H_OF_25] = "/ 25",
		[H_OUT_OF_100] = "/ 100",
		[H_MEMBER] = "This member (estimate)",
		[H_OFFICIAL] = "LinkedIn (official)",
		[H_INDUSTRY_AVG] = "Industry average",
		[H_NETWORK_AVG] = "Network average",
		[H_DIFF] = "Official \xe2\x88\x92 estimate",
		[H_PILLAR] = "Pillar",
		[H_TOP_ACTIONS] = "Top actions",
		[H_ADVICE] = "What to do, pillar by pillar",
		[H_DONE] = "done",
		[H_MISSING] = "Missing data",
		[H_MISSING_NONE] = "Nothing is missing: every signal of the "
		    "model was measured.",
		[H_MISSING_HOW] = "Add these fields to the input file (a "
		    "column of the sheet for each) and make the page again.",
		[H_FOOTER] = "The index is an estimate computed by ssi from "
		    "the data given; LinkedIn's own figure cannot be computed.",
		[H_RING_DESC] = "Ring of the index out of 100, split into the "
		    "four pillars",
		[H_BARS_DESC] = "Bars of the four pillars, each out of 25",
		[H_RADAR_DESC] = "Radar of the four pillars, each axis out of "
		    "25",
		[H_INDEX] = "Index",
		[H_INDUSTRY_TOP] = "Industry SSI rank: top %s",
		[H_NETWORK_TOP] = "Network SSI rank: top %s",
		[H_OFFICIAL_AS_OF] = "Official figures",
		[H_TEAM_AVERAGE] = "Team average",
		[H_DISTRIBUTION] = "Distribution of the index",
		[H_LEADERBOARD] = "Leaderboard",
		[H_RANK] = "Rank",
		[H_NAME] = "Name",
		[H_GROUP] = "Group",
		[H_WEAKEST] = "Weakest pillar",
		[H_NEXT] = "Top action",
		[H_AVERAGE] = "Average",
		[H_BAND] = "Index band",
		[H_HIST_DESC] = "Histogram of the members' index in bands of "
		    "10",
		[H_TEAM_DESC] = "The team's average index as a stacked bar of "
		    "the four pillars",
		[H_DATE] = "Date",
		[H_CHANGE] = "Change",
		[H_SNAPSHOTS] = "Snapshots",
		[H_IMPROVERS] = "Improvers",
		[H_DECLINERS] = "Decliners",
		[H_TREND_DESC] = "Line chart of the index over time",
		[H_NO_RISE] = "No member went up.",
		[H_NO_FALL] = "No member went down.",
		[H_ESTIMATE_LINE] = "Index (estimate)",
		[H_OFFICIAL_LINE] = "Index (official)",
		[H_TEAM_LINE] = "Team average",
		[H_REAL_CHANGE] = "real change (beyond the usual ups and "
		    "downs)",
		[H_TEAM] = "The team",
		[H_PROFILES_COL] = "Profiles",
		[H_INDEX_NAME] = "Social Selling Index",
		[H_TITLE_TREND_OFFICIAL] = "Social Selling Index: trend "
		    "(LinkedIn's official figures)",
		[H_TITLE_TREND_BOTH] = "Social Selling Index: trend (estimate "
		    "and official figures)",
		[H_TITLE_RANK_OFFICIAL] = "Social Selling Index: team ranking "
		    "by LinkedIn's official index",
	},
	[LANG_ES] = {
		[H_ESTIMATE] = "estimación",
		[H_TITLE_SCORE] = "Índice de Social Selling (estimación)",
		[H_TITLE_RANK] = "Índice de Social Selling: clasificación del "
		    "equipo (estimación)",
		[H_TITLE_TREND] = "Índice de Social Selling: evolución "
		    "(estimación)",
		[H_CONTENTS] = "Perfiles de este informe",
		[H_PILLARS] = "Los cuatro pilares",
		[H_RADAR] = "Pilares comparados",
		[H_RANGE] = "hasta %s con los datos que faltan",
		[H_COVERAGE] = "cobertura",
		[H_OF_25] = "/ 25",
		[H_OUT_OF_100] = "/ 100",
		[H_MEMBER] = "Este perfil (estimación)",
		[H_OFFICIAL] = "LinkedIn (oficial)",
		[H_INDUSTRY_AVG] = "Media del sector",
		[H_NETWORK_AVG] = "Media de la red",
		[H_DIFF] = "Oficial \xe2\x88\x92 estimación",
		[H_PILLAR] = "Pilar",
		[H_TOP_ACTIONS] = "Lo primero que puedes hacer",
		[H_ADVICE] = "Qué hacer, pilar a pilar",
		[H_DONE] = "hecho",
		[H_MISSING] = "Datos que faltan",
		[H_MISSING_NONE] = "No falta nada: se han medido todas las "
		    "señales del modelo.",
		[H_MISSING_HOW] = "Añade estos campos al fichero de entrada "
		    "(una columna de la hoja para cada uno) y vuelve a generar "
		    "la página.",
		[H_FOOTER] = "El índice es una estimación que ssi calcula con "
		    "los datos dados; la cifra de LinkedIn no se puede "
		    "calcular.",
		[H_RING_DESC] = "Anillo del índice sobre 100, dividido en los "
		    "cuatro pilares",
		[H_BARS_DESC] = "Barras de los cuatro pilares, cada uno sobre "
		    "25",
		[H_RADAR_DESC] = "Radar de los cuatro pilares, cada eje sobre "
		    "25",
		[H_INDEX] = "Índice",
		[H_INDUSTRY_TOP] = "Posición en el sector: %s superior",
		[H_NETWORK_TOP] = "Posición en la red: %s superior",
		[H_OFFICIAL_AS_OF] = "Cifras oficiales",
		[H_TEAM_AVERAGE] = "Media del equipo",
		[H_DISTRIBUTION] = "Distribución del índice",
		[H_LEADERBOARD] = "Clasificación",
		[H_RANK] = "Puesto",
		[H_NAME] = "Nombre",
		[H_GROUP] = "Grupo",
		[H_WEAKEST] = "Pilar más débil",
		[H_NEXT] = "Primera acción",
		[H_AVERAGE] = "Media",
		[H_BAND] = "Tramo del índice",
		[H_HIST_DESC] = "Histograma del índice de los perfiles en "
		    "tramos de 10",
		[H_TEAM_DESC] = "El índice medio del equipo como barra "
		    "apilada de los cuatro pilares",
		[H_DATE] = "Fecha",
		[H_CHANGE] = "Cambio",
		[H_SNAPSHOTS] = "Registros",
		[H_IMPROVERS] = "Mejoran",
		[H_DECLINERS] = "Empeoran",
		[H_TREND_DESC] = "Gráfico de líneas del índice en el tiempo",
		[H_NO_RISE] = "Ningún perfil ha subido.",
		[H_NO_FALL] = "Ningún perfil ha bajado.",
		[H_ESTIMATE_LINE] = "Índice (estimación)",
		[H_OFFICIAL_LINE] = "Índice (oficial)",
		[H_TEAM_LINE] = "Media del equipo",
		[H_REAL_CHANGE] = "cambio real (más allá de las oscilaciones "
		    "habituales)",
		[H_TEAM] = "El equipo",
		[H_PROFILES_COL] = "Perfiles",
		[H_INDEX_NAME] = "Índice de Social Selling",
		[H_TITLE_TREND_OFFICIAL] = "Índice de Social Selling: evolución "
		    "(cifras oficiales de LinkedIn)",
		[H_TITLE_TREND_BOTH] = "Índice de Social Selling: evolución "
		    "(estimación y cifras oficiales)",
		[H_TITLE_RANK_OFFICIAL] = "Índice de Social Selling: "
		    "clasificación del equipo por el índice oficial de LinkedIn",
	},
	[LANG_PT] = {
		[H_ESTIMATE] = "estimativa",
		[H_TITLE_SCORE] = "Social Selling Index (estimativa)",
		[H_TITLE_RANK] = "Social Selling Index: ranking da equipe "
		    "(estimativa)",
		[H_TITLE_TREND] = "Social Selling Index: evolução "
		    "(estimativa)",
		[H_CONTENTS] = "Perfis deste relatório",
		[H_PILLARS] = "Os quatro componentes",
		[H_RADAR] = "Componentes comparados",
		[H_RANGE] = "até %s com os dados que faltam",
		[H_COVERAGE] = "cobertura",
		[H_OF_25] = "/ 25",
		[H_OUT_OF_100] = "/ 100",
		[H_MEMBER] = "Este perfil (estimativa)",
		[H_OFFICIAL] = "LinkedIn (oficial)",
		[H_INDUSTRY_AVG] = "Média do setor",
		[H_NETWORK_AVG] = "Média da rede",
		[H_DIFF] = "Oficial \xe2\x88\x92 estimativa",
		[H_PILLAR] = "Componente",
		[H_TOP_ACTIONS] = "O que fazer primeiro",
		[H_ADVICE] = "O que fazer, componente por componente",
		[H_DONE] = "feito",
		[H_MISSING] = "Dados que faltam",
		[H_MISSING_NONE] = "Não falta nada: cada sinal do modelo "
		    "foi medido.",
		[H_MISSING_HOW] = "Adicione estes campos ao arquivo de entrada "
		    "(uma coluna da planilha para cada um) e gere a página de "
		    "novo.",
		[H_FOOTER] = "O índice é uma estimativa que o ssi calcula com "
		    "os dados fornecidos; o número do próprio LinkedIn não "
		    "pode ser calculado.",
		[H_RING_DESC] = "Anel do índice, de 0 a 100, dividido entre os "
		    "quatro componentes",
		[H_BARS_DESC] = "Barras dos quatro componentes, cada um de 0 a "
		    "25",
		[H_RADAR_DESC] = "Radar dos quatro componentes, cada eixo de 0 "
		    "a 25",
		[H_INDEX] = "Índice",
		[H_INDUSTRY_TOP] = "Classificação SSI do setor: primeiros %s",
		[H_NETWORK_TOP] = "Classificação SSI da rede: primeiros %s",
		[H_OFFICIAL_AS_OF] = "Números oficiais",
		[H_TEAM_AVERAGE] = "Média da equipe",
		[H_DISTRIBUTION] = "Distribuição do índice",
		[H_LEADERBOARD] = "Ranking",
		[H_RANK] = "Posição",
		[H_NAME] = "Nome",
		[H_GROUP] = "Grupo",
		[H_WEAKEST] = "Componente mais fraco",
		[H_NEXT] = "Primeira ação",
		[H_AVERAGE] = "Média",
		[H_BAND] = "Faixa do índice",
		[H_HIST_DESC] = "Histograma do índice dos perfis em faixas de "
		    "10",
		[H_TEAM_DESC] = "O índice médio da equipe como barra empilhada "
		    "dos quatro componentes",
		[H_DATE] = "Data",
		[H_CHANGE] = "Variação",
		[H_SNAPSHOTS] = "Snapshots",
		[H_IMPROVERS] = "Subiram",
		[H_DECLINERS] = "Caíram",
		[H_TREND_DESC] = "Gráfico de linhas do índice ao longo do tempo",
		[H_NO_RISE] = "Nenhum perfil subiu.",
		[H_NO_FALL] = "Nenhum perfil caiu.",
		[H_ESTIMATE_LINE] = "Índice (estimativa)",
		[H_OFFICIAL_LINE] = "Índice (oficial)",
		[H_TEAM_LINE] = "Média da equipe",
		[H_REAL_CHANGE] = "mudança real (além dos altos e baixos "
		    "habituais)",
		[H_TEAM] = "A equipe",
		[H_PROFILES_COL] = "Perfis",
		[H_INDEX_NAME] = "Social Selling Index",
		[H_TITLE_TREND_OFFICIAL] = "Social Selling Index: evolução "
		    "(números oficiais do LinkedIn)",
		[H_TITLE_TREND_BOTH] = "Social Selling Index: evolução "
		    "(estimativa e números oficiais)",
		[H_TITLE_RANK_OFFICIAL] = "Social Selling Index: ranking da "
		    "equipe pelo índice oficial do LinkedIn",
	},
};

static const char *const cal_labels[LANG_COUNT][C_COUNT] = {
	[LANG_EN] = {
		[C_TITLE] = "Calibration: the estimate against LinkedIn's "
		    "figures",
		[C_FROM] = "%s, fitted from %s",
		[C_MEMBERS] = "members",
		[C_MEMBER] = "member",
		[C_GAP_HEAD] = "How close the estimate comes",
		[C_GAP_HOW] = "The average gap between the estimate and "
		    "LinkedIn's official figure, in points out of 25 per "
		    "pillar: lower is better. The last gap is measured on "
		    "members the fit did not see.",
		[C_PILLAR_COL] = "Pillar",
		[C_USED] = "Snapshots used",
		[C_SKIPPED] = "Skipped",
		[C_BEFORE] = "Gap before",
		[C_AFTER] = "Gap after",
		[C_CV] = "Gap on unseen members",
		[C_RESULT] = "Result",
		[C_FITTED] = "fitted",
		[C_KEPT] = "kept as it was",
		[C_KEPT_WHY] = "%ld usable snapshots, %ld needed",
		[C_KEPT_NONE] = "no usable snapshot, %ld needed",
		[C_AXIS_X] = "Estimate (/ 25)",
		[C_AXIS_Y] = "LinkedIn (/ 25)",
		[C_PANEL_BEFORE] = "Before the fit",
		[C_PANEL_AFTER] = "After the fit",
		[C_GAP] = "average gap %s",
		[C_DOT] = "Each dot is one snapshot: grey before the fit, in "
		    "colour after",
		[C_DIAG] = "on the dashed line the estimate equals LinkedIn's "
		    "figure",
		[C_SVG_TITLE] = "%s: LinkedIn's figure against the estimate, "
		    "before and after the fit",
		[C_SVG_DESC] = "Two scatter plots, estimate across and official "
		    "figure up, 0 to 25; average gap %s before, %s after",
		[C_MODEL_HEAD] = "What the fit changed",
		[C_SIGNAL] = "Signal",
		[C_WEIGHT] = "Weight",
		[C_TARGET] = "Target",
		[C_NO_DATA] = "No snapshot has both this pillar's data and "
		    "LinkedIn's figure: nothing to draw.",
		[C_SHOWN] = "%ld of %ld snapshots drawn",
		[C_OLD] = "before",
		[C_NEW] = "after",
	},
	[LANG_ES] = {
		[C_TITLE] = "Calibración: la estimación frente a las cifras "
		    "de LinkedIn",
		[C_FROM] = "%s, ajustado a partir de %s",
		[C_MEMBERS] = "perfiles",
		[C_MEMBER] = "perfil",
		[C_GAP_HEAD] = "Cuánto se acerca la estimación",
		[C_GAP_HOW] = "La desviación media entre la estimación y la "
		    "cifra oficial de LinkedIn, en puntos sobre 25 por pilar: "
		    "cuanto menor, mejor. La última se mide con perfiles que "
		    "el ajuste no vio.",
		[C_PILLAR_COL] = "Pilar",
		[C_USED] = "Registros usados",
		[C_SKIPPED] = "Descartados",
		[C_BEFORE] = "Desviación antes",
		[C_AFTER] = "Desviación después",
		[C_CV] = "Con perfiles no vistos",
		[C_RESULT] = "Resultado",
		[C_FITTED] = "ajustado",
		[C_KEPT] = "sin cambios",
		[C_KEPT_WHY] = "%ld registros útiles, hacen falta %ld",
		[C_KEPT_NONE] = "ningún registro útil, hacen falta %ld",
		[C_AXIS_X] = "Estimación (/ 25)",
		[C_AXIS_Y] = "LinkedIn (/ 25)",
		[C_PANEL_BEFORE] = "Antes del ajuste",
		[C_PANEL_AFTER] = "Después del ajuste",
		[C_GAP] = "desviación media %s",
		[C_DOT] = "Cada punto es un registro: en gris antes del "
		    "ajuste, en color después",
		[C_DIAG] = "en la línea discontinua la estimación coincide con "
		    "la cifra de LinkedIn",
		[C_SVG_TITLE] = "%s: cifra de LinkedIn frente a la estimación, "
		    "antes y después del ajuste",
		[C_SVG_DESC] = "Dos gráficos de dispersión, estimación en "
		    "horizontal y cifra oficial en vertical, de 0 a 25; "
		    "desviación media %s antes, %s después",
		[C_MODEL_HEAD] = "Qué ha cambiado el ajuste",
		[C_SIGNAL] = "Señal",
		[C_WEIGHT] = "Peso",
		[C_TARGET] = "Objetivo",
		[C_NO_DATA] = "Ningún registro tiene a la vez los datos de este "
		    "pilar y la cifra de LinkedIn: no hay nada que dibujar.",
		[C_SHOWN] = "%ld de %ld registros dibujados",
		[C_OLD] = "antes",
		[C_NEW] = "después",
	},
	[LANG_PT] = {
		[C_TITLE] = "Calibração: a estimativa comparada aos números "
		    "do LinkedIn",
		[C_FROM] = "%s, ajustado a partir de %s",
		[C_MEMBERS] = "perfis",
		[C_MEMBER] = "perfil",
		[C_GAP_HEAD] = "Quanto a estimativa se aproxima",
		[C_GAP_HOW] = "A diferença média entre a estimativa e o número "
		    "oficial do LinkedIn, em pontos de 0 a 25 por componente: "
		    "quanto menor, melhor. A última é medida com perfis que o "
		    "ajuste não viu.",
		[C_PILLAR_COL] = "Componente",
		[C_USED] = "Snapshots usados",
		[C_SKIPPED] = "Descartados",
		[C_BEFORE] = "Diferença antes",
		[C_AFTER] = "Diferença depois",
		[C_CV] = "Com perfis não vistos",
		[C_RESULT] = "Resultado",
		[C_FITTED] = "ajustado",
		[C_KEPT] = "mantido como estava",
		[C_KEPT_WHY] = "%ld snapshots úteis, são necessários %ld",
		[C_KEPT_NONE] = "nenhum snapshot útil, são necessários %ld",
		[C_AXIS_X] = "Estimativa (/ 25)",
		[C_AXIS_Y] = "LinkedIn (/ 25)",
		[C_PANEL_BEFORE] = "Antes do ajuste",
		[C_PANEL_AFTER] = "Depois do ajuste",
		[C_GAP] = "diferença média %s",
		[C_DOT] = "Cada ponto é um snapshot: em cinza antes do ajuste, "
		    "em cor depois",
		[C_DIAG] = "na linha tracejada a estimativa é igual ao número "
		    "do LinkedIn",
		[C_SVG_TITLE] = "%s: número do LinkedIn comparado à "
		    "estimativa, antes e depois do ajuste",
		[C_SVG_DESC] = "Dois gráficos de dispersão, estimativa na "
		    "horizontal e número oficial na vertical, de 0 a 25; "
		    "diferença média %s antes, %s depois",
		[C_MODEL_HEAD] = "O que o ajuste mudou",
		[C_SIGNAL] = "Sinal",
		[C_WEIGHT] = "Peso",
		[C_TARGET] = "Meta",
		[C_NO_DATA] = "Nenhum snapshot tem ao mesmo tempo os dados deste "
		    "componente e o número do LinkedIn: não há nada para "
		    "desenhar.",
		[C_SHOWN] = "%ld de %ld snapshots desenhados",
		[C_OLD] = "antes",
		[C_NEW] = "depois",
	},
};

static const char *const official_words[LANG_COUNT][OW_COUNT] = {
	[LANG_EN] = {
		[OW_TITLE] = "Official (LinkedIn)",
		[OW_OFFICIAL] = "official",
		[OW_INDEX] = "index",
		[OW_RANK] = "rank:",
		[OW_RANK_IND] = "top %s%% of the industry",
		[OW_RANK_NET] = "top %s%% of the network",
		[OW_AVG] = "average SSI:",
		[OW_AVG_IND] = "industry %s",
		[OW_AVG_NET] = "network %s",
	},
	[LANG_ES] = {
		[OW_TITLE] = "Oficial (LinkedIn)",
		[OW_OFFICIAL] = "oficial",
		[OW_INDEX] = "índice",
		[OW_RANK] = "clasificación:",
		[OW_RANK_IND] = "%s\u00a0%% principal del sector",
		[OW_RANK_NET] = "%s\u00a0%% principal de la red",
		[OW_AVG] = "SSI medio:",
		[OW_AVG_IND] = "sector %s",
		[OW_AVG_NET] = "red %s",
	},
	[LANG_PT] = {
		[OW_TITLE] = "Oficial (LinkedIn)",
		[OW_OFFICIAL] = "oficial",
		[OW_INDEX] = "índice",
		[OW_RANK] = "classificação:",
		[OW_RANK_IND] = "primeiros %s\u00a0%% do setor",
		[OW_RANK_NET] = "primeiros %s\u00a0%% da rede",
		[OW_AVG] = "SSI médio:",
		[OW_AVG_IND] = "setor %s",
		[OW_AVG_NET] = "rede %s",
	},
};

static const int counts[] = { H_COUNT, C_COUNT, OW_COUNT };

int
label_count(int table)
{
	return table >= 0 && table < (int)(sizeof counts / sizeof counts[0]) ?
	    counts[table] : 0;
}

const char *
label_own(int table, int lang, int id)
{
	if (lang < 0 || lang >= LANG_COUNT || id < 0 || id >= label_count(table))
		return NULL;
	switch (table) {
	case 0:
		return html_labels[lang][id];
	case 1:
		return cal_labels[lang][id];
	default:
		return official_words[lang][id];
	}
}

/* The label, English when lang has none; "" for an id outside. */
static const char *
label(int table, int lang, int id)
{
	const char *t = label_own(table, lang, id);

	if (t == NULL)
		t = label_own(table, LANG_EN, id);
	return t ? t : "";
}

const char *
html_label(int lang, enum html_label id)
{
	return label(0, lang, (int)id);
}

const char *
cal_label(int lang, enum cal_label id)
{
	return label(1, lang, (int)id);
}

const char *
official_word(int lang, enum official_word id)
{
	return label(2, lang, (int)id);
}
