/*
 * ssipage_test.c - the pasted SSI page reader (ssipage.h): the example
 * pages in English, Spanish, Portuguese and the inline layout against
 * their expected readings, variants of them (CRLF, CR, blanks, no-break
 * spaces, case, reordered blocks, figures before their labels), and the
 * refusals.  Files are read from $ROOT/tests/data/official (tests/run.sh
 * exports ROOT).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>

#include "ssi/ssipage.h"
#include "t.h"

static char root[4096];

static char *
slurp(const char *name, size_t *n)
{
	char path[8192];

	snprintf(path, sizeof path, "%s/tests/data/official/%s", root, name);
	return t_slurp(path, n);
}

/* The figures of pg as "field=value ..." in field order. */
static void
show(const struct ssipage *pg, char *buf, size_t n)
{
	size_t u = 0;
	int f;

	buf[0] = '\0';
	for (f = OFFICIAL_FIRST; f < F_COUNT && u < n; f++) {
		char num[32];

		if (ssipage_has(pg, f))
			u += (size_t)snprintf(buf + u, n - u, "%s%s=%s",
			    u ? " " : "", field_defs[f].name,
			    official_fmt(pg->v[f - OFFICIAL_FIRST], num,
			    sizeof num));
	}
}

/* The expected jsonl's official figures in the same form. */
static void
expected(const char *json, char *buf, size_t n)
{
	cJSON *o = cJSON_Parse(json);
	size_t u = 0;
	int f;

	buf[0] = '\0';
	for (f = OFFICIAL_FIRST; f < F_COUNT && u < n; f++) {
		const cJSON *v = cJSON_GetObjectItemCaseSensitive(o,
		    field_defs[f].name);
		char num[32];
		int64_t milli;

		if (!cJSON_IsNumber(v))
			continue;
		milli = (int64_t)(v->valuedouble * 1000 + 0.5);
		u += (size_t)snprintf(buf + u, n - u, "%s%s=%s", u ? " " : "",
		    field_defs[f].name, official_fmt(milli, num, sizeof num));
	}
	cJSON_Delete(o);
}

static void
example_ext(const char *name, const char *ext)
{
	char txt[64], exp[64], got[1024], want[1024];
	struct ssi_err e = { 0 };
	struct ssipage pg;
	size_t n, m;
	char *page, *json;
	int r;

	snprintf(txt, sizeof txt, "%s.%s", name, ext);
	snprintf(exp, sizeof exp, "%s.expected.jsonl", name);
	page = slurp(txt, &n);
	json = slurp(exp, &m);
	if (page == NULL || json == NULL) {
		T_OK(0, "%s: example files readable", name);
		free(page);
		free(json);
		return;
	}
	r = ssipage_read(page, n, &pg, &e);
	show(&pg, got, sizeof got);
	expected(json, want, sizeof want);
	T_OK(r == 0, "%s: read (%s)", name, r ? e.msg : "ok");
	T_STREQ(got, want, "%s: the expected figures", name);
	free(page);
	free(json);
}

static void
example(const char *name)
{
	example_ext(name, "txt");
}

/* Read text and compare the figures with want (a show() string), or the
 * error with want when it starts with "!". */
static void
check(const char *what, const char *text, const char *want)
{
	struct ssi_err e = { 0 };
	struct ssipage pg;
	char got[1024];
	int r = ssipage_read(text, strlen(text), &pg, &e);

	if (want[0] == '!') {
		T_OK(r < 0, "%s: refused", what);
		T_STREQ(e.msg, want + 1, "%s: message", what);
		return;
	}
	show(&pg, got, sizeof got);
	T_OK(r == 0, "%s: read (%s)", what, r ? e.msg : "ok");
	T_STREQ(got, want, "%s: figures", what);
}

/* Replace every "\n" of s with nl into a new string. */
static char *
relined(const char *s, const char *nl)
{
	size_t n = strlen(s), k = strlen(nl), i, o = 0;
	char *out = malloc(n * k + 1);

	for (i = 0; i < n; i++) {
		if (s[i] == '\n') {
			memcpy(out + o, nl, k);
			o += k;
		} else
			out[o++] = s[i];
	}
	out[o] = '\0';
	return out;
}

static const char en_basic[] =
    "Current Social Selling Index\n53\nout of 100\n"
    "Establish your professional brand\n20.97\n"
    "Find the right people\n6.38\n"
    "Engage with insights\n10.25\n"
    "Build relationships\n15\n"
    "Industry SSI rank\nTop 10%\n"
    "Network SSI rank\nTop 12%\n"
    "People in your industry\nhave an average SSI of 35\n"
    "People in your network\nhave an average SSI of 36\n";

#define EN_WANT "official_ssi=52.6 official_brand=20.97 official_people=6.38 " \
    "official_engagement=10.25 official_relationships=15 " \
    "industry_top_pct=10 network_top_pct=12 industry_avg_ssi=35 " \
    "network_avg_ssi=36"

static void
variants(void)
{
	char *v;

	v = relined(en_basic, "\r\n");
	check("CRLF", v, EN_WANT);
	free(v);
	v = relined(en_basic, "\r");
	check("CR alone", v, EN_WANT);
	free(v);
	v = relined(en_basic, "\n\n  \t\n");
	check("blank lines and blanks between", v, EN_WANT);
	free(v);
	check("extra spaces, tabs, case, no-break spaces",
	    "  CURRENT   social selling INDEX \n\t53\xc2\xa0out of 100\n"
	    "establish  your professional brand\n  20.97  \n"
	    "Find the right people (learn more)\n6.38\n"
	    "Engage with insights\n10.25\n"
	    "Build relationships\n15\n"
	    "Industry SSI rank\nTop 10\xc2\xa0%\n"
	    "Network SSI rank\nTop\t12%\n",
	    "official_ssi=52.6 official_brand=20.97 official_people=6.38 "
	    "official_engagement=10.25 official_relationships=15 "
	    "industry_top_pct=10 network_top_pct=12");
	check("reordered blocks: network before industry, components shuffled",
	    "People in your network\nhave an average SSI of 36\n"
	    "Network SSI rank\nTop 12%\n"
	    "Build relationships\n15\n"
	    "Engage with insights\n10.25\n"
	    "Establish your professional brand\n20.97\n"
	    "Find the right people\n6.38\n"
	    "Industry SSI rank\nTop 10%\n"
	    "People in your industry\nhave an average SSI of 35\n"
	    "Current Social Selling Index\n53 / 100\n", EN_WANT);
	check("figures before their labels",
	    "Your SSI\n53 out of 100\nThe four components\n"
	    "20,97\nEstablish your professional brand\n"
	    "6,38\nFind the right people\n"
	    "10,25\nEngage with insights\n"
	    "15\nBuild relationships\nSee more\n",
	    "official_ssi=52.6 official_brand=20.97 official_people=6.38 "
	    "official_engagement=10.25 official_relationships=15");
	check("figures after the labels on the same line",
	    "Current Social Selling Index: 53\n"
	    "Establish your professional brand: 20.973 / 25\n"
	    "Find the right people - 6.38\n"
	    "Engage with insights | 10.25 out of 25\n"
	    "Build relationships 15\n",
	    "official_ssi=52.603 official_brand=20.973 official_people=6.38 "
	    "official_engagement=10.25 official_relationships=15");
	check("Spanish alternatives and accents dropped or kept",
	    "Índice de Social Selling actual\n53\nde 100\n"
	    "ESTABLECER TU MARCA PROFESIONAL\n20,97\n"
	    "Encontrar a las personas adecuadas\n6,38\n"
	    "Interactuar ofreciendo informacion\n10,25\n"
	    "Crear relaciones\n15\n"
	    "Clasificación SSI del sector\nTop 10 %\n"
	    "Clasificación SSI de la red\n12 % principal\n"
	    "Personas de tu sector tienen un SSI medio de 35,5\n",
	    "official_ssi=52.6 official_brand=20.97 official_people=6.38 "
	    "official_engagement=10.25 official_relationships=15 "
	    "industry_top_pct=10 network_top_pct=12 industry_avg_ssi=35.5");
	check("a Latin-1 paste (Windows-1252 bytes)",
	    "Social Selling Index actual\n53\n"
	    "Establecer tu marca profesional\n20,97\n"
	    "Encontrar a las personas adecuadas\n6,38\n"
	    "Interactuar ofreciendo informaci\xf3n\n10,25\n"
	    "Establecer relaciones\n15\n"
	    "Clasificaci\xf3n SSI del sector\n10 % principal\n",
	    "official_ssi=52.6 official_brand=20.97 official_people=6.38 "
	    "official_engagement=10.25 official_relationships=15 "
	    "industry_top_pct=10");
	check("no labels: one run of four after the index, page order",
	    "Votre SSI\n41 / 100\nÉtablir votre marque\n8.75\n"
	    "Trouver les bonnes personnes\n9.25\nÉchanger des informations\n"
	    "3.7\nEntretenir des relations\n19.363\n"
	    "Essayez gratuitement pendant 30 jours\n",
	    "official_ssi=41.063 official_brand=8.75 official_people=9.25 "
	    "official_engagement=3.7 official_relationships=19.363");
	check("a low index right before the first label is not a component",
	    "Current SSI\n22\nEstablish your professional brand\n5\n"
	    "Find the right people\n6\nEngage with insights\n5\n"
	    "Build relationships\n6\n",
	    "official_ssi=22 official_brand=5 official_people=6 "
	    "official_engagement=5 official_relationships=6");
	check("units after the figures, 'SSI promedio'",
	    "SSI actual: 41\n"
	    "Establish your professional brand\n8.75 points\n"
	    "Find the right people\n9.25 pts\n"
	    "Engage with insights\n3.7 puntos.\n"
	    "Build relationships\n19.363 / 25 pontos\n"
	    "Personas de tu red tienen un SSI promedio de 36\n",
	    "official_ssi=41.063 official_brand=8.75 official_people=9.25 "
	    "official_engagement=3.7 official_relationships=19.363 "
	    "network_avg_ssi=36");
	check("ambiguous: both sides give four components that differ",
	    "0\nEstablish your professional brand\n1\nFind the right people\n2\n"
	    "Engage with insights\n3\nBuild relationships\n4\n",
	    "!ambiguous paste: the figures after the labels (1, 2, 3, 4) and "
	    "before them (0, 1, 2, 3) both fit");
	check("refused: a component missing",
	    "Current Social Selling Index\n53\n"
	    "Establish your professional brand\n20.97\n"
	    "Find the right people\n6.38\n"
	    "Engage with insights\n10.25\n"
	    "Build relationships\n\n",
	    "!the four components were not all found (found: brand 20.97, "
	    "people 6.38, engagement 10.25; missing: relationships)");
	check("refused: a component out of range",
	    "Establish your professional brand\n26\n"
	    "Find the right people\n6.38\n"
	    "Engage with insights\n10.25\n"
	    "Build relationships\n15\n",
	    "!official_brand: '26' is out of range (0 to 25)");
	check("refused: nothing of the page",
	    "hello\nworld 1 2 3 4\n",
	    "!the four components were not found (no label of the SSI page, "
	    "nor four figures after the index)");
	check("refused: two runs of four without labels",
	    "53 / 100\n1\n2\n3\n4\nx 99\n5\n6\n7\n8\n",
	    "!the four components were not found (no label of the SSI page, "
	    "nor four figures after the index)");
	check("empty paste", "",
	    "!the four components were not found (no label of the SSI page, "
	    "nor four figures after the index)");
}


/* s (UTF-8) as Windows-1252: U+00A0..U+00FF as one byte each. */
static char *
cp1252(const char *s)
{
	size_t n = strlen(s), o = 0, i;
	char *out = malloc(n + 1);

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if ((c == 0xC2 || c == 0xC3) && i + 1 < n) {
			out[o++] = (char)(((c & 0x03) << 6) |
			    ((unsigned char)s[i + 1] & 0x3F));
			i++;
		} else
			out[o++] = (char)c;
	}
	out[o] = '\0';
	return out;
}

/* s with every occurrence of a replaced by b. */
static char *
replaced(const char *s, const char *a, const char *b)
{
	size_t n = strlen(s), an = strlen(a), bn = strlen(b), o = 0;
	char *out = malloc(n * (bn + 1) + 1);
	const char *p;

	while ((p = strstr(s, a)) != NULL) {
		memcpy(out + o, s, (size_t)(p - s));
		o += (size_t)(p - s);
		memcpy(out + o, b, bn);
		o += bn;
		s = p + an;
	}
	strcpy(out + o, s);
	return out;
}

#define ES_WANT "official_ssi=52.6 official_brand=20.97 official_people=6.38 " \
    "official_engagement=10.25 official_relationships=15 " \
    "industry_top_pct=10 network_top_pct=12 industry_avg_ssi=35 " \
    "network_avg_ssi=36"

/* The pages of the examples, changed as real pastes change them. */
static void
page_variants(void)
{
	size_t n;
	char *es = slurp("page-es.txt", &n), *en = slurp("page-en.txt", &n);
	char *v, *w, *x;

	if (es == NULL || en == NULL) {
		T_OK(0, "page-es.txt and page-en.txt readable");
		free(es);
		free(en);
		return;
	}
	v = cp1252(es);
	check("the Spanish page in Windows-1252", v, ES_WANT);
	free(v);
	v = relined(es, "\r\n");
	check("the Spanish page with CRLF", v, ES_WANT);
	free(v);
	v = relined(es, "\t");
	check("the Spanish page as one line of tabs", v, ES_WANT);
	free(v);
	v = replaced(es, "\xc2\xa0", " ");
	check("the Spanish page, ranks with a plain space", v, ES_WANT);
	free(v);
	v = replaced(es, "10\xc2\xa0%", "51\xc2\xa0%");
	check("'51 %' (no-break space) under 'Mejor clasificación'", v,
	    "official_ssi=52.6 official_brand=20.97 official_people=6.38 "
	    "official_engagement=10.25 official_relationships=15 "
	    "industry_top_pct=51 network_top_pct=12 industry_avg_ssi=35 "
	    "network_avg_ssi=36");
	free(v);
	/* older Spanish forms */
	v = replaced(es, "Establece tu", "Establecer tu");
	w = replaced(v, "Encuentra a", "Buscar a");
	free(v);
	v = replaced(w, "Interact\xc3\xba" "a ofreciendo", "Interactuar ofreciendo");
	free(w);
	w = replaced(v, "Crea relaciones", "Establecer relaciones");
	free(v);
	v = replaced(w, "Mejor clasificaci", "Clasificaci");
	check("the older Spanish forms", v, ES_WANT);
	free(v);
	free(w);
	/* blocks reordered: relationships first, ranks before the index */
	check("the English page's blocks reordered",
	    "Build relationships\n15\nIndustry SSI rank\nTop 10%\n"
	    "Network SSI rank\nTop 12%\n"
	    "Current Social Selling Index\n53\nout of 100\n"
	    "Engage with insights\n10.25\n"
	    "Establish your professional brand\n20.97\n"
	    "Find the right people\n6.38\n",
	    "official_ssi=52.6 official_brand=20.97 official_people=6.38 "
	    "official_engagement=10.25 official_relationships=15 "
	    "industry_top_pct=10 network_top_pct=12");
	/* ranks only as "You rank in the top N%" under their block */
	v = replaced(en, "Industry SSI rank\nTop 10%\nNetwork SSI rank\nTop 12%\n",
	    "");
	check("ranks from 'You rank in the top N%'", v, EN_WANT);
	free(v);
	check("Portuguese 'Principais N% no setor' and 'na sua rede'",
	    "Social Selling Index atual\n53 de 100\n"
	    "Estabelecer sua marca profissional\n20,97\n"
	    "Localizar as pessoas certas\n6,38\n"
	    "Interagir oferecendo insights\n10,25\n"
	    "Criar relacionamentos\n15\n"
	    "Principais 10% no setor de Consultoria\n"
	    "Principais 12% na sua rede\n",
	    "official_ssi=52.6 official_brand=20.97 official_people=6.38 "
	    "official_engagement=10.25 official_relationships=15 "
	    "industry_top_pct=10 network_top_pct=12");
	check("Spanish 'Estás en el N % superior' under its block",
	    "Índice de ventas con las redes sociales actual\n53\n"
	    "Establece tu marca profesional\n20,97\n"
	    "Encuentra a las personas adecuadas\n6,38\n"
	    "Interactúa ofreciendo información\n10,25\n"
	    "Crea relaciones\n15\n"
	    "Personas de tu sector\nEstás en el 10\xc2\xa0% superior\n"
	    "Personas de tu red\nEstás en el 12\xc2\xa0% superior\n",
	    "official_ssi=52.6 official_brand=20.97 official_people=6.38 "
	    "official_engagement=10.25 official_relationships=15 "
	    "industry_top_pct=10 network_top_pct=12");
	check("a U+2212 minus sign is a sign",
	    "Current Social Selling Index\n53\n"
	    "Establish your professional brand\n\xe2\x88\x92" "20.97\n"
	    "Find the right people\n6.38\nEngage with insights\n10.25\n"
	    "Build relationships\n15\n",
	    "!official_brand: '-20.97' is out of range (0 to 25)");
	check("a byte order mark and zero-width spaces",
	    "\xef\xbb\xbf" "Current Social Selling Index\n53\n"
	    "Establish your\xe2\x80\x8b professional brand\n20.97\n"
	    "Find the right people\n6.38\nEngage with insights\n10.25\n"
	    "Build relationships\n15\n",
	    "official_ssi=52.6 official_brand=20.97 official_people=6.38 "
	    "official_engagement=10.25 official_relationships=15");
	/* another site's page: numbers, no labels, nothing consistent */
	check("a page of another site",
	    "Example News\nScore: 53 / 100\nTop stories\n1\n2\n3\n4\n"
	    "Weather 21\nSports 7%\n",
	    "!the four components were not found (no label of the SSI page, "
	    "nor four figures after the index)");
	check("another site's page with the words 'brand' and 'network'",
	    "Build your brand\n12\nGrow your network\n40%\nTop 5%\n",
	    "!the four components were not found (no label of the SSI page, "
	    "nor four figures after the index)");

	/* two pages pasted: a label seen twice with different figures */
	x = replaced(en, "\n53\n", "\n61\n");
	v = replaced(x, "\n20.97\n", "\n22.5\n");
	free(x);
	w = malloc(strlen(en) + strlen(v) + 1);
	strcpy(w, en);
	strcat(w, v);
	check("two pages pasted: old then new", w,
	    "!official_ssi is 53 in one place and 61 in another: two pages "
	    "pasted?");
	free(w);
	x = replaced(v, "Current Social Selling Index\n61\nout of 100\n", "");
	w = malloc(strlen(en) + strlen(x) + 1);
	strcpy(w, en);
	strcat(w, x);
	check("two pages pasted, the second without its index", w,
	    "!official_brand is 20.97 in one place and 22.5 in another: two "
	    "pages pasted?");
	free(w);
	free(x);
	free(v);
	w = malloc(2 * strlen(en) + 1);
	strcpy(w, en);
	strcat(w, en);
	check("the same page pasted twice", w, EN_WANT);
	free(w);

	/* labels win; page order fills only a missing label, consistently */
	check("three labels, the fourth missing: page order would contradict "
	    "them",
	    "Current Social Selling Index\n53\nout of 100\n"
	    "Build relationships\n15\nEngage with insights\n10.25\n"
	    "Find the right people\n6.38\nYour brand\n20.97\n",
	    "!the four components were not all found (found: people 6.38, "
	    "engagement 10.25, relationships 15; missing: brand)");
	v = replaced(en, "Establish your professional brand", "Your brand");
	check("three labels, the fourth filled in page order", v,
	    "official_ssi=52.6 official_brand=20.97 official_people=6.38 "
	    "official_engagement=10.25 official_relationships=15 "
	    "industry_top_pct=10 network_top_pct=12 industry_avg_ssi=35 "
	    "network_avg_ssi=36");
	free(v);
	check("page order is refused when it does not add up to the index",
	    "Votre SSI\n60 / 100\n8.75\n9.25\n3.7\n19.363\n",
	    "!the four components were not found (no label of the SSI page, "
	    "nor four figures after the index)");

	/* signs, ranges, the sum */
	check("a minus sign is read",
	    "Current Social Selling Index\n53\nout of 100\n"
	    "Establish your professional brand\n-20.97\n"
	    "Find the right people\n6.38\nEngage with insights\n10.25\n"
	    "Build relationships\n15\n",
	    "!official_brand: '-20.97' is out of range (0 to 25)");
	check("an index over 100",
	    "Current Social Selling Index\n153\nout of 100\n"
	    "Establish your professional brand\n20\n"
	    "Find the right people\n6.38\nEngage with insights\n10.25\n"
	    "Build relationships\n15\n",
	    "!official_ssi: '153' is out of range (0 to 100)");
	check("an index that is not the sum",
	    "Current Social Selling Index\n60\nout of 100\n"
	    "Establish your professional brand\n20.97\n"
	    "Find the right people\n6.38\nEngage with insights\n10.25\n"
	    "Build relationships\n15\n",
	    "!the index 60 does not match the four components (sum 52.60): "
	    "not the figures of one page");
	free(es);
	free(en);
}

/* The page's JSON, one line or pretty-printed, in any order. */
static void
json_variants(void)
{
	check("the JSON pretty-printed, pillars in another order",
	    "{\n  \"memberScore\": {\n    \"overall\": 52.603001,\n"
	    "    \"subScores\": [\n"
	    "      {\"pillar\": \"STRONG_RELATIONSHIP\", \"score\": 14.999999},\n"
	    "      {\"pillar\": \"INSIGHT_ENGAGEMENT\", \"score\": 10.25},\n"
	    "      {\"pillar\": \"FIND_RIGHT_PEOPLE\", \"score\": 6.38},\n"
	    "      {\"pillar\": \"PROFESSIONAL_BRAND\", \"score\": 20.973001}\n"
	    "    ]\n  },\n  \"groupScore\": [\n"
	    "    {\"groupType\": \"NETWORK\", \"rank\": 12, \"score\": "
	    "{\"overall\": 36.4, \"subScores\": [{\"pillar\": "
	    "\"PROFESSIONAL_BRAND\", \"score\": 12.0249}]}},\n"
	    "    {\"groupType\": \"INDUSTRY\", \"rank\": 10, \"score\": "
	    "{\"overall\": 35.12}}\n  ]\n}\n",
	    "official_ssi=52.603 official_brand=20.973 official_people=6.38 "
	    "official_engagement=10.25 official_relationships=15 "
	    "industry_top_pct=10 network_top_pct=12 industry_avg_ssi=35.12 "
	    "network_avg_ssi=36.4 network_avg_brand=12.02");
	check("the JSON with float noise: 13.118002 and 0.29999998",
	    "{\"memberScore\": {\"subScores\": ["
	    "{\"pillar\": \"PROFESSIONAL_BRAND\", \"score\": 13.118002},"
	    "{\"pillar\": \"FIND_RIGHT_PEOPLE\", \"score\": 0.29999998},"
	    "{\"pillar\": \"INSIGHT_ENGAGEMENT\", \"score\": 1},"
	    "{\"pillar\": \"STRONG_RELATIONSHIP\", \"score\": 2}]}}",
	    "official_ssi=16.418 official_brand=13.118 official_people=0.3 "
	    "official_engagement=1 official_relationships=2");
	check("another JSON", "{\"posts\": 3}",
	    "!this JSON is not the SSI page's: expected the response of "
	    "/sales-api/salesApiSsi (memberScore.subScores with pillar and "
	    "score)");
	check("a JSON with trailing text", "{\"memberScore\": {}} x",
	    "!this JSON is not the SSI page's: expected the response of "
	    "/sales-api/salesApiSsi (memberScore.subScores with pillar and "
	    "score)");
	check("the JSON without a pillar",
	    "{\"memberScore\": {\"subScores\": ["
	    "{\"pillar\": \"PROFESSIONAL_BRAND\", \"score\": 13.1}]}}",
	    "!the four components were not all found (found: brand 13.1; "
	    "missing: people, engagement, relationships)");
	check("the JSON with a pillar out of range",
	    "{\"memberScore\": {\"subScores\": ["
	    "{\"pillar\": \"PROFESSIONAL_BRAND\", \"score\": -1}]}}",
	    "!official_brand: '-1' is out of range (0 to 25)");
	check("the JSON with a pillar twice",
	    "{\"memberScore\": {\"subScores\": ["
	    "{\"pillar\": \"PROFESSIONAL_BRAND\", \"score\": 1},"
	    "{\"pillar\": \"PROFESSIONAL_BRAND\", \"score\": 2}]}}",
	    "!official_brand is 1 in one place and 2 in another: two pages "
	    "pasted?");
}

int
main(void)
{
	const char *r = getenv("ROOT");

	snprintf(root, sizeof root, "%s", r && *r ? r : ".");
	example("page-en");
	example("page-es");
	example("page-pt");
	example("page-en-inline");
	example("page-en-oneline");
	example_ext("salesapi", "json");
	variants();
	page_variants();
	json_variants();
	T_DONE();
}
