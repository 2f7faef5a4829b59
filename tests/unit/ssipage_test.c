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

#include "t.h"
#include "ssipage.h"

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
example(const char *name)
{
	char txt[64], exp[64], got[1024], want[1024];
	struct ssi_err e = { 0 };
	struct ssipage pg;
	size_t n, m;
	char *page, *json;
	int r;

	snprintf(txt, sizeof txt, "%s.txt", name);
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

#define EN_WANT "official_ssi=53 official_brand=20.97 official_people=6.38 " \
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
	    "official_ssi=53 official_brand=20.97 official_people=6.38 "
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
	    "official_ssi=53 official_brand=20.97 official_people=6.38 "
	    "official_engagement=10.25 official_relationships=15");
	check("figures after the labels on the same line",
	    "Current Social Selling Index: 53\n"
	    "Establish your professional brand: 20.973 / 25\n"
	    "Find the right people - 6.38\n"
	    "Engage with insights | 10.25 out of 25\n"
	    "Build relationships 15\n",
	    "official_ssi=53 official_brand=20.973 official_people=6.38 "
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
	    "official_ssi=53 official_brand=20.97 official_people=6.38 "
	    "official_engagement=10.25 official_relationships=15 "
	    "industry_top_pct=10 network_top_pct=12 industry_avg_ssi=35.5");
	check("a Latin-1 paste (Windows-1252 bytes)",
	    "Social Selling Index actual\n53\n"
	    "Establecer tu marca profesional\n20,97\n"
	    "Encontrar a las personas adecuadas\n6,38\n"
	    "Interactuar ofreciendo informaci\xf3n\n10,25\n"
	    "Establecer relaciones\n15\n"
	    "Clasificaci\xf3n SSI del sector\n10 % principal\n",
	    "official_ssi=53 official_brand=20.97 official_people=6.38 "
	    "official_engagement=10.25 official_relationships=15 "
	    "industry_top_pct=10");
	check("no labels: one run of four after the index, page order",
	    "Votre SSI\n41 / 100\nÉtablir votre marque\n8.75\n"
	    "Trouver les bonnes personnes\n9.25\nÉchanger des informations\n"
	    "3.7\nEntretenir des relations\n19.363\n"
	    "Essayez gratuitement pendant 30 jours\n",
	    "official_ssi=41 official_brand=8.75 official_people=9.25 "
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
	    "official_ssi=41 official_brand=8.75 official_people=9.25 "
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
	    "!the four components were not all found (found: people 6.38, "
	    "engagement 10.25, relationships 15; missing: brand)");
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

int
main(void)
{
	const char *r = getenv("ROOT");

	snprintf(root, sizeof root, "%s", r && *r ? r : ".");
	example("page-en");
	example("page-es");
	example("page-pt");
	example("page-en-inline");
	variants();
	T_DONE();
}
