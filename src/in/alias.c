/* alias.c - the header names of a sheet (see alias.h). */
#include <string.h>

#include "alias.h"
#include "ssi/field.h"
#include "ssi/names.h"

/*
 * Every name besides the English one (field_defs[].name, always taken),
 * folded.  Spanish first (ssi.5 table), then Portuguese (Brazil, as
 * LinkedIn's own pages say it), then the headers people write.  A name
 * whose meaning is not one field ("mensajes": received or replied?) is
 * not here: the "columns no field takes" warning names it.
 */
static const struct alias {
	const char *name;
	int field;
} aliases[] = {
	/* Spanish */
	{ "nombre", F_NAME }, { "sector", F_INDUSTRY },
	{ "ubicacion", F_LOCATION }, { "fecha", F_AS_OF },
	{ "titular", F_HEADLINE }, { "extracto", F_SUMMARY },
	{ "foto", F_PHOTO }, { "puestos", F_POSITIONS },
	{ "formacion", F_EDUCATION }, { "aptitudes", F_SKILLS },
	{ "validaciones", F_ENDORSEMENTS },
	{ "recomendaciones", F_RECOMMENDATIONS },
	{ "multimedia", F_MEDIA }, { "articulos", F_ARTICLES },
	{ "contactos", F_CONNECTIONS },
	{ "contactos_objetivo", F_TARGET_CONNECTIONS },
	{ "contactos_directivos", F_SENIOR_CONNECTIONS },
	{ "contactos_companeros", F_COLLEAGUE_CONNECTIONS },
	{ "seguidores", F_FOLLOWERS }, { "grupos", F_GROUPS },
	{ "dias_periodo", F_PERIOD_DAYS }, { "busquedas", F_SEARCHES },
	{ "contactos_segundo_grado", F_SECOND_DEGREE_CONTACTS },
	{ "visitas_perfil", F_PROFILE_VIEWERS },
	{ "visitas_contactadas", F_VIEWERS_CONTACTED },
	{ "publicaciones", F_POSTS }, { "compartidos", F_SHARES },
	{ "comentarios", F_COMMENTS }, { "reacciones", F_REACTIONS },
	{ "publicaciones_grupos", F_GROUP_POSTS },
	{ "dias_activos", F_ACTIVE_DAYS },
	{ "mensajes_recibidos", F_MESSAGES_RECEIVED },
	{ "mensajes_respondidos", F_MESSAGES_REPLIED },
	{ "invitaciones_enviadas", F_INVITATIONS_SENT },
	{ "invitaciones_aceptadas", F_INVITATIONS_ACCEPTED },
	{ "invitaciones_personalizadas", F_INVITATIONS_PERSONALIZED },
	{ "interacciones_recibidas", F_ENGAGEMENT_RECEIVED },
	{ "objetivo", F_GOAL }, { "fecha_objetivo", F_GOAL_DATE },
	/* Portuguese (Brazil) */
	{ "nome", F_NAME }, { "setor", F_INDUSTRY },
	{ "localizacao", F_LOCATION }, { "data", F_AS_OF },
	{ "titulo", F_HEADLINE }, { "resumo", F_SUMMARY },
	{ "cargos", F_POSITIONS }, { "formacao", F_EDUCATION },
	{ "formacao_academica", F_EDUCATION },
	{ "competencias", F_SKILLS }, { "validacoes", F_ENDORSEMENTS },
	{ "recomendacoes", F_RECOMMENDATIONS }, { "midia", F_MEDIA },
	{ "artigos", F_ARTICLES }, { "conexoes", F_CONNECTIONS },
	{ "contatos", F_CONNECTIONS },
	{ "conexoes_alvo", F_TARGET_CONNECTIONS },
	{ "conexoes_seniores", F_SENIOR_CONNECTIONS },
	{ "conexoes_colegas", F_COLLEAGUE_CONNECTIONS },
	{ "dias_do_periodo", F_PERIOD_DAYS }, { "pesquisas", F_SEARCHES },
	{ "buscas", F_SEARCHES },
	{ "contatos_segundo_grau", F_SECOND_DEGREE_CONTACTS },
	{ "conexoes_segundo_grau", F_SECOND_DEGREE_CONTACTS },
	{ "visualizacoes_do_perfil", F_PROFILE_VIEWERS },
	{ "visitas_ao_perfil", F_PROFILE_VIEWERS },
	{ "visitantes_contatados", F_VIEWERS_CONTACTED },
	{ "publicacoes", F_POSTS }, { "compartilhamentos", F_SHARES },
	{ "reacoes", F_REACTIONS }, { "curtidas", F_REACTIONS },
	{ "publicacoes_em_grupos", F_GROUP_POSTS },
	{ "publicacoes_grupos", F_GROUP_POSTS },
	{ "dias_ativos", F_ACTIVE_DAYS },
	{ "mensagens_recebidas", F_MESSAGES_RECEIVED },
	{ "mensagens_respondidas", F_MESSAGES_REPLIED },
	{ "convites", F_INVITATIONS_SENT },
	{ "convites_enviados", F_INVITATIONS_SENT },
	{ "convites_aceitos", F_INVITATIONS_ACCEPTED },
	{ "convites_personalizados", F_INVITATIONS_PERSONALIZED },
	{ "interacoes_recebidas", F_ENGAGEMENT_RECEIVED },
	{ "meta", F_GOAL }, { "data_meta", F_GOAL_DATE },
	{ "ssi_pessoas", F_OFFICIAL_PEOPLE },
	{ "ssi_interacao", F_OFFICIAL_ENGAGEMENT },
	{ "ssi_relacionamentos", F_OFFICIAL_RELATIONSHIPS },
	/* as people write them (ssi.5), and a few more as plain */
	{ "full_name", F_NAME }, { "nombre_completo", F_NAME },
	{ "nome_completo", F_NAME }, { "date", F_AS_OF },
	{ "industria", F_INDUSTRY },
	{ "conexiones", F_CONNECTIONS }, { "contacts", F_CONNECTIONS },
	{ "visitas_al_perfil", F_PROFILE_VIEWERS },
	{ "visualizaciones_del_perfil", F_PROFILE_VIEWERS },
	{ "profile_views", F_PROFILE_VIEWERS },
	{ "me_gusta", F_REACTIONS }, { "reacciones_dadas", F_REACTIONS },
	{ "likes", F_REACTIONS },
	{ "invitaciones", F_INVITATIONS_SENT },
	{ "invitations", F_INVITATIONS_SENT },
	{ "experiencia", F_POSITIONS }, { "experience", F_POSITIONS },
	{ "educacion", F_EDUCATION }, { "educacao", F_EDUCATION },
	{ "habilidades", F_SKILLS },
	{ "ssi", F_OFFICIAL_SSI }, { "ssi_oficial", F_OFFICIAL_SSI },
	{ "indice_ssi", F_OFFICIAL_SSI }, { "official_ssi", F_OFFICIAL_SSI },
	{ "ssi_marca", F_OFFICIAL_BRAND },
	{ "ssi_personas", F_OFFICIAL_PEOPLE },
	{ "ssi_interaccion", F_OFFICIAL_ENGAGEMENT },
	{ "ssi_relaciones", F_OFFICIAL_RELATIONSHIPS },
	{ "meta_ssi", F_GOAL }, { "objetivo_ssi", F_GOAL },
	{ "ssi_goal", F_GOAL }, { "goal_ssi", F_GOAL },
	{ "fecha_meta", F_GOAL_DATE }, { "data_objetivo", F_GOAL_DATE },
	{ "prazo_meta", F_GOAL_DATE }, { "goal_by", F_GOAL_DATE },
	{ "goal_due", F_GOAL_DATE },
};

#define NALIASES (sizeof aliases / sizeof aliases[0])

/* Words that name a team's organisation, folded. */
static const char *const org_words[] = {
	"team", "equipo", "equipe", "squad", "region", "regiao", "zona",
	"zone", "area", "department", "departamento", "depto", "dept",
	"division", "divisao", "manager", "responsable", "responsavel",
	"jefe", "gerente", "gestor", "supervisor", "lider", "office",
	"oficina", "sede", "escritorio", "filial", "email", "mail", "correo",
	"notes", "note", "notas", "nota", "observaciones", "observacoes",
	"country", "pais", "city", "ciudad", "cidade", "role", "rol",
	"cargo", "puesto", "unit", "unidad", "unidade", "url", "phone",
	"telefono", "telefone", "employee", "empleado", "funcionario",
	"codigo", "code", "dni", "cpf",
};

/* Words in front of a count that say nothing ("Nº de contactos"). */
static const char *const lead[] = {
	"numero_de_", "numero_", "num_de_", "num_", "nro_de_", "nro_",
	"no_de_", "n_de_", "n_", "number_of_", "num_of_", "no_of_",
	"total_de_", "total_", "quantidade_de_", "qtd_de_", "qtd_",
	"cantidad_de_",
};

/* Words after a count that say nothing, for suggestions only
 * ("connection_count"). */
static const char *const trail[] = {
	"_count", "_total", "_number", "_num", "_qty", "_n",
};

/* Accented letters as UTF-8 after 0xC3, lower and upper case, and their
 * plain letter; '_' for none. */
static char
fold_c3(unsigned char c2)
{
	static const char map[64] =
	    /* 0x80 */ "aaaaaaaceeeeiiii" "dnooooo_ouuuuy__"
	    /* 0xa0 */ "aaaaaaaceeeeiiii" "dnooooo_ouuuuy_y";

	if (c2 < 0x80 || c2 > 0xbf || map[c2 - 0x80] == '_')
		return 0;
	return map[c2 - 0x80];
}

size_t
alias_fold(const char *s, size_t n, char *out, size_t outsz)
{
	size_t i, o = 0;
	int gap = 0;

	if (outsz == 0)
		return 0;
	for (i = 0; i < n && o + 1 < outsz; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == ' ' || c == '\t' || c == '-' || c == '.' ||
		    c == '/' || c == '_') {
			gap = 1;
			continue;
		}
		if (c == 0xc2 && i + 1 < n && ((unsigned char)s[i + 1] == 0xba ||
		    (unsigned char)s[i + 1] == 0xaa)) {
			i++;		/* º ª: "Nº" is "N" */
			continue;
		}
		if (c == 0xc2 && i + 1 < n && (unsigned char)s[i + 1] == 0xa0) {
			i++;		/* no-break space */
			gap = 1;
			continue;
		}
		if (gap && o > 0) {
			out[o++] = '_';
			if (o + 1 >= outsz)
				break;
		}
		gap = 0;
		if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c - 'A' + 'a');
		else if (c == 0xc3 && i + 1 < n &&
		    fold_c3((unsigned char)s[i + 1]))
			c = (unsigned char)fold_c3((unsigned char)s[++i]);
		out[o++] = (char)c;
	}
	out[o] = '\0';
	return o;
}

/* The field of a folded name of the table, or -1. */
static int
find(const char *name, size_t n)
{
	size_t i;
	int f;

	for (f = 0; f < F_COUNT; f++)
		if (strlen(field_defs[f].name) == n &&
		    memcmp(field_defs[f].name, name, n) == 0)
			return f;
	for (i = 0; i < NALIASES; i++)
		if (strlen(aliases[i].name) == n &&
		    memcmp(aliases[i].name, name, n) == 0)
			return aliases[i].field;
	return -1;
}

/* The folded name without a leading word of lead[] (when something is
 * left). */
static const char *
unlead(const char *name, size_t *n)
{
	size_t i;

	for (i = 0; i < sizeof lead / sizeof lead[0]; i++) {
		size_t k = strlen(lead[i]);

		if (*n > k && memcmp(name, lead[i], k) == 0) {
			*n -= k;
			return name + k;
		}
	}
	return name;
}

int
alias_lookup(const char *s, size_t n)
{
	char name[128];
	size_t k = alias_fold(s, n, name, sizeof name);
	const char *t;
	int f;

	if (k == 0 || k >= sizeof name - 1 || memchr(name, '\0', k))
		return -1;
	if ((f = find(name, k)) >= 0)
		return f;
	t = unlead(name, &k);
	return t == name ? -1 : find(t, k);
}

int
alias_org(const char *s, size_t n)
{
	char name[128];
	size_t k = alias_fold(s, n, name, sizeof name), i, j, w;

	for (i = 0; i < k; i = j + 1) {
		for (j = i; j < k && name[j] != '_'; j++)
			;
		for (w = 0; w < sizeof org_words / sizeof org_words[0]; w++)
			if (strlen(org_words[w]) == j - i &&
			    memcmp(org_words[w], name + i, j - i) == 0)
				return 1;
	}
	return 0;
}

/* The nearest name of the table to name[0..n), and its distance. */
static const char *
nearest(const char *name, size_t n, size_t *dist)
{
	const char *best = NULL;
	size_t bestd = 3, i, d;
	int f;

	for (f = 0; f < F_COUNT; f++) {
		d = names_distance(name, n, field_defs[f].name,
		    strlen(field_defs[f].name), 2);
		if (d < bestd)
			bestd = d, best = field_defs[f].name;
	}
	for (i = 0; i < NALIASES; i++) {
		d = names_distance(name, n, aliases[i].name,
		    strlen(aliases[i].name), 2);
		if (d < bestd)
			bestd = d, best = aliases[i].name;
	}
	*dist = bestd;
	return best;
}

const char *
alias_nearest(const char *s, size_t n)
{
	char name[128];
	size_t k = alias_fold(s, n, name, sizeof name), d, i;
	const char *best, *t;

	if (k == 0 || k >= sizeof name - 1)
		return NULL;
	best = nearest(name, k, &d);
	if (best != NULL && d * 3 <= k)
		return best;
	/* a count word around a name: "connection_count", "total_posts" */
	t = unlead(name, &k);
	for (i = 0; i < sizeof trail / sizeof trail[0]; i++) {
		size_t m = strlen(trail[i]);

		if (k > m && memcmp(t + k - m, trail[i], m) == 0) {
			k -= m;
			break;
		}
	}
	if (t == name && i == sizeof trail / sizeof trail[0])
		return NULL;
	best = nearest(t, k, &d);
	if (best != NULL && d * 3 <= k)
		return best;
	return NULL;
}
