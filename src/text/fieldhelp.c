/* fieldhelp.c - the input fields described by language (see fieldhelp.h). */
#include <stddef.h>

#include "fieldhelp.h"
#include "ssi/field.h"
#include "ssi/lang.h"

/* The descriptions by language and field id; English is
 * field_defs[f].help. */
static const char *const help[LANG_COUNT][F_COUNT] = {
	[LANG_ES] = {
		[F_ID] = "identificador estable (por defecto: su posición en "
		    "la entrada)",
		[F_NAME] = "nombre visible",
		[F_INDUSTRY] = "sector (el grupo por defecto de ssi rank)",
		[F_LOCATION] = "dónde reside",
		[F_AS_OF] = "fecha del registro, AAAA-MM-DD",
		[F_HEADLINE] = "titular del perfil",
		[F_SUMMARY] = "la sección «Acerca de»",
		[F_PHOTO] = "tiene foto de perfil (sí/no)",
		[F_POSITIONS] = "puestos de la experiencia",
		[F_EDUCATION] = "titulaciones de la formación",
		[F_SKILLS] = "aptitudes del perfil",
		[F_ENDORSEMENTS] = "validaciones de aptitudes recibidas",
		[F_RECOMMENDATIONS] = "recomendaciones recibidas",
		[F_MEDIA] = "elementos multimedia del perfil",
		[F_ARTICLES] = "artículos publicados en LinkedIn (en total)",
		[F_CONNECTIONS] = "contactos de primer grado",
		[F_TARGET_CONNECTIONS] = "contactos del público objetivo",
		[F_SENIOR_CONNECTIONS] = "contactos con cargo de director, "
		    "vicepresidente, alta dirección o propietario",
		[F_COLLEAGUE_CONNECTIONS] = "contactos que trabajan en la "
		    "misma empresa",
		[F_FOLLOWERS] = "seguidores",
		[F_GROUPS] = "grupos a los que pertenece",
		[F_PERIOD_DAYS] = "duración del periodo de actividad, 1-366 "
		    "(por defecto 30)",
		[F_SEARCHES] = "búsquedas de personas",
		[F_SECOND_DEGREE_CONTACTS] = "personas de segundo grado "
		    "contactadas o invitadas",
		[F_PROFILE_VIEWERS] = "personas que vieron el perfil",
		[F_VIEWERS_CONTACTED] = "de esas visitas, a cuántas se "
		    "contactó",
		[F_POSTS] = "publicaciones propias",
		[F_SHARES] = "contenido de otros compartido",
		[F_COMMENTS] = "comentarios en publicaciones de otros",
		[F_REACTIONS] = "reacciones dadas",
		[F_GROUP_POSTS] = "publicaciones o comentarios en grupos",
		[F_ACTIVE_DAYS] = "días con alguna actividad",
		[F_MESSAGES_RECEIVED] = "mensajes directos recibidos",
		[F_MESSAGES_REPLIED] = "de esos, cuántos se respondieron",
		[F_INVITATIONS_SENT] = "invitaciones de contacto enviadas",
		[F_INVITATIONS_ACCEPTED] = "de esas, cuántas se aceptaron",
		[F_INVITATIONS_PERSONALIZED] = "de esas, cuántas llevaban una "
		    "nota personal",
		[F_ENGAGEMENT_RECEIVED] = "reacciones y comentarios recibidos "
		    "en las publicaciones propias",
		[F_GOAL] = "el objetivo del miembro para el índice, 0-100 (ssi "
		    "digest)",
		[F_GOAL_DATE] = "el día en que vence el objetivo, AAAA-MM-DD",
		[F_OFFICIAL_SSI] = "SSI oficial, 0-100 (por defecto: la suma "
		    "de los cuatro componentes)",
		[F_OFFICIAL_BRAND] = "componente oficial: establece tu marca "
		    "profesional, 0-25",
		[F_OFFICIAL_PEOPLE] = "componente oficial: encuentra a las "
		    "personas adecuadas, 0-25",
		[F_OFFICIAL_ENGAGEMENT] = "componente oficial: interactúa "
		    "aportando valor, 0-25",
		[F_OFFICIAL_RELATIONSHIPS] = "componente oficial: construye "
		    "relaciones, 0-25",
		[F_INDUSTRY_TOP_PCT] = "posición en tu sector: top N %, "
		    "número entero de 1 a 100",
		[F_NETWORK_TOP_PCT] = "posición en tu red: top N %, número "
		    "entero de 1 a 100",
		[F_INDUSTRY_AVG_SSI] = "SSI medio de las personas de tu "
		    "sector, 0-100",
		[F_NETWORK_AVG_SSI] = "SSI medio de las personas de tu red, "
		    "0-100",
		[F_INDUSTRY_AVG_BRAND] = "media del sector en el componente "
		    "de marca, 0-25",
		[F_INDUSTRY_AVG_PEOPLE] = "media del sector en el componente "
		    "de personas, 0-25",
		[F_INDUSTRY_AVG_ENGAGEMENT] = "media del sector en el "
		    "componente de interacción, 0-25",
		[F_INDUSTRY_AVG_RELATIONSHIPS] = "media del sector en el "
		    "componente de relaciones, 0-25",
		[F_NETWORK_AVG_BRAND] = "media de tu red en el componente de "
		    "marca, 0-25",
		[F_NETWORK_AVG_PEOPLE] = "media de tu red en el componente de "
		    "personas, 0-25",
		[F_NETWORK_AVG_ENGAGEMENT] = "media de tu red en el "
		    "componente de interacción, 0-25",
		[F_NETWORK_AVG_RELATIONSHIPS] = "media de tu red en el "
		    "componente de relaciones, 0-25",
	},
	[LANG_PT] = {
		[F_ID] = "identificador estável (padrão: a posição na entrada)",
		[F_NAME] = "nome de exibição",
		[F_INDUSTRY] = "setor (o grupo padrão do ssi rank)",
		[F_LOCATION] = "onde a pessoa mora",
		[F_AS_OF] = "data do registro, AAAA-MM-DD",
		[F_HEADLINE] = "título do perfil",
		[F_SUMMARY] = "a seção “Sobre”",
		[F_PHOTO] = "tem foto de perfil (sim/não)",
		[F_POSITIONS] = "cargos da experiência",
		[F_EDUCATION] = "cursos da formação acadêmica",
		[F_SKILLS] = "competências do perfil",
		[F_ENDORSEMENTS] = "validações de competências recebidas",
		[F_RECOMMENDATIONS] = "recomendações recebidas",
		[F_MEDIA] = "itens de mídia do perfil",
		[F_ARTICLES] = "artigos publicados no LinkedIn (no total)",
		[F_CONNECTIONS] = "conexões de primeiro grau",
		[F_TARGET_CONNECTIONS] = "conexões do público-alvo",
		[F_SENIOR_CONNECTIONS] = "conexões com cargo de diretor, "
		    "vice-presidente, alta liderança ou proprietário",
		[F_COLLEAGUE_CONNECTIONS] = "conexões que trabalham na mesma "
		    "empresa",
		[F_FOLLOWERS] = "seguidores",
		[F_GROUPS] = "grupos de que participa",
		[F_PERIOD_DAYS] = "duração do período de atividade, 1-366 "
		    "(padrão 30)",
		[F_SEARCHES] = "pesquisas de pessoas",
		[F_SECOND_DEGREE_CONTACTS] = "pessoas de segundo grau "
		    "contatadas ou convidadas",
		[F_PROFILE_VIEWERS] = "pessoas que viram o perfil",
		[F_VIEWERS_CONTACTED] = "dessas visualizações, quantas foram "
		    "contatadas",
		[F_POSTS] = "publicações próprias",
		[F_SHARES] = "conteúdo de outras pessoas compartilhado",
		[F_COMMENTS] = "comentários em publicações de outras pessoas",
		[F_REACTIONS] = "reações feitas",
		[F_GROUP_POSTS] = "publicações ou comentários em grupos",
		[F_ACTIVE_DAYS] = "dias com alguma atividade",
		[F_MESSAGES_RECEIVED] = "mensagens diretas recebidas",
		[F_MESSAGES_REPLIED] = "dessas, quantas foram respondidas",
		[F_INVITATIONS_SENT] = "convites para se conectar enviados",
		[F_INVITATIONS_ACCEPTED] = "desses, quantos foram aceitos",
		[F_INVITATIONS_PERSONALIZED] = "desses, quantos tinham uma "
		    "nota pessoal",
		[F_ENGAGEMENT_RECEIVED] = "reações e comentários recebidos "
		    "nas publicações próprias",
		[F_GOAL] = "a meta do membro para o índice, 0-100 (ssi digest)",
		[F_GOAL_DATE] = "o dia do prazo da meta, AAAA-MM-DD",
		[F_OFFICIAL_SSI] = "SSI oficial, 0-100 (padrão: a soma dos "
		    "quatro componentes)",
		[F_OFFICIAL_BRAND] = "componente oficial: estabelecer sua "
		    "marca profissional, 0-25",
		[F_OFFICIAL_PEOPLE] = "componente oficial: localizar as "
		    "pessoas certas, 0-25",
		[F_OFFICIAL_ENGAGEMENT] = "componente oficial: interagir "
		    "oferecendo insights, 0-25",
		[F_OFFICIAL_RELATIONSHIPS] = "componente oficial: criar "
		    "relacionamentos, 0-25",
		[F_INDUSTRY_TOP_PCT] = "classificação SSI do setor: primeiros "
		    "N %, número inteiro de 1 a 100",
		[F_NETWORK_TOP_PCT] = "classificação SSI da rede: primeiros N "
		    "%, número inteiro de 1 a 100",
		[F_INDUSTRY_AVG_SSI] = "SSI médio das pessoas do seu setor, "
		    "0-100",
		[F_NETWORK_AVG_SSI] = "SSI médio das pessoas da sua rede, "
		    "0-100",
		[F_INDUSTRY_AVG_BRAND] = "média do setor no componente de "
		    "marca, 0-25",
		[F_INDUSTRY_AVG_PEOPLE] = "média do setor no componente de "
		    "pessoas, 0-25",
		[F_INDUSTRY_AVG_ENGAGEMENT] = "média do setor no componente "
		    "de interação, 0-25",
		[F_INDUSTRY_AVG_RELATIONSHIPS] = "média do setor no "
		    "componente de relacionamentos, 0-25",
		[F_NETWORK_AVG_BRAND] = "média da sua rede no componente de "
		    "marca, 0-25",
		[F_NETWORK_AVG_PEOPLE] = "média da sua rede no componente de "
		    "pessoas, 0-25",
		[F_NETWORK_AVG_ENGAGEMENT] = "média da sua rede no componente "
		    "de interação, 0-25",
		[F_NETWORK_AVG_RELATIONSHIPS] = "média da sua rede no "
		    "componente de relacionamentos, 0-25",
	},
};

static const char *const types[LANG_COUNT][FT_DECIMAL + 1] = {
	[LANG_EN] = { "text", "date", "flag", "count", "count", "number" },
	[LANG_ES] = { "texto", "fecha", "sí/no", "número", "número", "cifra" },
	[LANG_PT] = { "texto", "data", "sim/não", "número", "número", "valor" },
};

static const char *const in_period[LANG_COUNT] = {
	[LANG_EN] = " (in the period)",
	[LANG_ES] = " (en el periodo)",
	[LANG_PT] = " (no período)",
};

const char *
field_help_own(int lang, int f)
{
	if (f < 0 || f >= F_COUNT)
		return NULL;
	if (lang == LANG_EN)
		return field_defs[f].help;
	return lang > LANG_EN && lang < LANG_COUNT ? help[lang][f] : NULL;
}

const char *
field_help(int lang, int f)
{
	const char *t = field_help_own(lang, f);

	if (t == NULL && f >= 0 && f < F_COUNT)
		t = field_defs[f].help;
	return t ? t : "";
}

const char *
field_type_word(int lang, int t)
{
	if (lang < 0 || lang >= LANG_COUNT || types[lang][0] == NULL)
		lang = LANG_EN;
	return t >= 0 && t <= FT_DECIMAL ? types[lang][t] : "";
}

const char *
field_in_period(int lang)
{
	if (lang < 0 || lang >= LANG_COUNT || in_period[lang] == NULL)
		lang = LANG_EN;
	return in_period[lang];
}

/*
 * The name of each field's column in each language: what `ssi fields
 * --lang L` lists and the header row it writes for a sheet (the readers
 * take these names: src/in).  Spanish as ssi.5 gives them; Portuguese
 * (Brazil) as LinkedIn's pages word them; no accents, '_' for spaces, as
 * a header is matched folded.  A field without one (the official figures)
 * is named in English in every language.
 */
static const char *const names[LANG_COUNT][F_COUNT] = {
	[LANG_ES] = {
		[F_NAME] = "nombre",
		[F_INDUSTRY] = "sector",
		[F_LOCATION] = "ubicacion",
		[F_AS_OF] = "fecha",
		[F_HEADLINE] = "titular",
		[F_SUMMARY] = "extracto",
		[F_PHOTO] = "foto",
		[F_POSITIONS] = "puestos",
		[F_EDUCATION] = "formacion",
		[F_SKILLS] = "aptitudes",
		[F_ENDORSEMENTS] = "validaciones",
		[F_RECOMMENDATIONS] = "recomendaciones",
		[F_MEDIA] = "multimedia",
		[F_ARTICLES] = "articulos",
		[F_CONNECTIONS] = "contactos",
		[F_TARGET_CONNECTIONS] = "contactos_objetivo",
		[F_SENIOR_CONNECTIONS] = "contactos_directivos",
		[F_COLLEAGUE_CONNECTIONS] = "contactos_companeros",
		[F_FOLLOWERS] = "seguidores",
		[F_GROUPS] = "grupos",
		[F_PERIOD_DAYS] = "dias_periodo",
		[F_SEARCHES] = "busquedas",
		[F_SECOND_DEGREE_CONTACTS] = "contactos_segundo_grado",
		[F_PROFILE_VIEWERS] = "visitas_perfil",
		[F_VIEWERS_CONTACTED] = "visitas_contactadas",
		[F_POSTS] = "publicaciones",
		[F_SHARES] = "compartidos",
		[F_COMMENTS] = "comentarios",
		[F_REACTIONS] = "reacciones",
		[F_GROUP_POSTS] = "publicaciones_grupos",
		[F_ACTIVE_DAYS] = "dias_activos",
		[F_MESSAGES_RECEIVED] = "mensajes_recibidos",
		[F_MESSAGES_REPLIED] = "mensajes_respondidos",
		[F_INVITATIONS_SENT] = "invitaciones_enviadas",
		[F_INVITATIONS_ACCEPTED] = "invitaciones_aceptadas",
		[F_INVITATIONS_PERSONALIZED] = "invitaciones_personalizadas",
		[F_ENGAGEMENT_RECEIVED] = "interacciones_recibidas",
		[F_GOAL] = "objetivo",
		[F_GOAL_DATE] = "fecha_objetivo",
	},
	[LANG_PT] = {
		[F_NAME] = "nome",
		[F_INDUSTRY] = "setor",
		[F_LOCATION] = "localizacao",
		[F_AS_OF] = "data",
		[F_HEADLINE] = "titulo",
		[F_SUMMARY] = "resumo",
		[F_PHOTO] = "foto",
		[F_POSITIONS] = "cargos",
		[F_EDUCATION] = "formacao",
		[F_SKILLS] = "competencias",
		[F_ENDORSEMENTS] = "validacoes",
		[F_RECOMMENDATIONS] = "recomendacoes",
		[F_MEDIA] = "midia",
		[F_ARTICLES] = "artigos",
		[F_CONNECTIONS] = "conexoes",
		[F_TARGET_CONNECTIONS] = "conexoes_alvo",
		[F_SENIOR_CONNECTIONS] = "conexoes_seniores",
		[F_COLLEAGUE_CONNECTIONS] = "conexoes_colegas",
		[F_FOLLOWERS] = "seguidores",
		[F_GROUPS] = "grupos",
		[F_PERIOD_DAYS] = "dias_do_periodo",
		[F_SEARCHES] = "pesquisas",
		[F_SECOND_DEGREE_CONTACTS] = "contatos_segundo_grau",
		[F_PROFILE_VIEWERS] = "visualizacoes_do_perfil",
		[F_VIEWERS_CONTACTED] = "visitantes_contatados",
		[F_POSTS] = "publicacoes",
		[F_SHARES] = "compartilhamentos",
		[F_COMMENTS] = "comentarios",
		[F_REACTIONS] = "reacoes",
		[F_GROUP_POSTS] = "publicacoes_em_grupos",
		[F_ACTIVE_DAYS] = "dias_ativos",
		[F_MESSAGES_RECEIVED] = "mensagens_recebidas",
		[F_MESSAGES_REPLIED] = "mensagens_respondidas",
		[F_INVITATIONS_SENT] = "convites_enviados",
		[F_INVITATIONS_ACCEPTED] = "convites_aceitos",
		[F_INVITATIONS_PERSONALIZED] = "convites_personalizados",
		[F_ENGAGEMENT_RECEIVED] = "interacoes_recebidas",
		[F_GOAL] = "meta",
		[F_GOAL_DATE] = "data_meta",
	},
};

/* A field's name as a title, where it is not the name itself capitalised
 * (the grouping field of an HTML ranking: "Industry", "Sector"). */
static const char *const titles[LANG_COUNT][F_COUNT] = {
	[LANG_ES] = {
		[F_INDUSTRY] = "Sector", [F_LOCATION] = "Ubicación",
		[F_NAME] = "Nombre", [F_HEADLINE] = "Titular",
		[F_AS_OF] = "Fecha",
	},
	[LANG_PT] = {
		[F_INDUSTRY] = "Setor", [F_LOCATION] = "Localização",
		[F_NAME] = "Nome", [F_HEADLINE] = "Título",
		[F_AS_OF] = "Data",
	},
};

const char *
field_name(int lang, int f)
{
	if (f < 0 || f >= F_COUNT)
		return "";
	if (lang > LANG_EN && lang < LANG_COUNT && names[lang][f] != NULL)
		return names[lang][f];
	return field_defs[f].name;
}

const char *
field_name_own(int lang, int f)
{
	if (f < 0 || f >= F_COUNT || lang < 0 || lang >= LANG_COUNT)
		return NULL;
	return lang == LANG_EN ? field_defs[f].name : names[lang][f];
}

const char *
field_title(int lang, int f)
{
	if (f < 0 || f >= F_COUNT || lang < 0 || lang >= LANG_COUNT)
		return NULL;
	return titles[lang][f];
}
