/* catalogue_test.c - every text exists in every language: the report
 * labels (lang.c, msg_own) and the advice catalogue (advice.c), walked as
 * languages x ids; a hole (NULL, empty), a different shape or a template
 * whose braces do not balance fails.  (The counted phrases, singular and
 * plural: tests/cli/advice-grammar.) */
#include <stdlib.h>

#include "ssi/field.h"
#include "ssi/lang.h"
#include "t.h"
#include "text/advice.h"
#include "text/fieldhelp.h"
#include "text/labels.h"

#define MAXE 1024

/* The languages whose advice and field descriptions must be full. */
static const int full[LANG_COUNT] = {
	[LANG_EN] = 1, [LANG_ES] = 1, [LANG_PT] = 1,
};

/* A template's braces nest and close ("{a:one|{a} other}"). */
static int
balanced(const char *t)
{
	int depth = 0;

	for (; *t; t++) {
		depth += *t == '{';
		depth -= *t == '}';
		if (depth < 0)
			return 0;
	}
	return depth == 0;
}

static void
labels(void)
{
	int l, id, holes = 0;

	for (l = 0; l < LANG_COUNT; l++)
		for (id = 0; id < M_COUNT; id++) {
			const char *t = msg_own(l, (enum msg_id)id);

			if (t == NULL || *t == '\0') {
				printf("# label %d missing in %s\n", id,
				    lang_code(l));
				holes++;
			}
		}
	T_OK(holes == 0, "every report label (%d) in every language (%d): "
	    "%d holes", M_COUNT, LANG_COUNT, holes);
	T_OK(msg_own(LANG_COUNT, (enum msg_id)0) == NULL && msg_own(0, M_COUNT) ==
	    NULL, "msg_own outside the tables is NULL");
}

/* The printf conversions of s, in order, joined ("%s|%ld|"). */
static void
convs(const char *s, char *out, size_t outsz)
{
	size_t len = 0;

	out[0] = '\0';
	while ((s = strchr(s, '%')) != NULL && len + 8 < outsz) {
		size_t n = 1 + strspn(s + 1, "-+ #0123456789.*hljztL");

		if (s[n] != '\0')
			n++;
		len += (size_t)snprintf(out + len, outsz - len, "%.*s|",
		    (int)n, s);
		s += n;
	}
}

/* The labels of the HTML pages, the calibration page and the official
 * figures: every id in every language, with its English conversions. */
static void
label_tables(void)
{
	static const char *const kind[] = { "html", "calibration",
		"official" };
	int table, l, id, holes = 0, bad = 0;
	char a[128], b[128];

	for (table = 0; table < 3; table++) {
		T_OK(label_count(table) > 5, "the %s labels: %d", kind[table],
		    label_count(table));
		for (l = 0; l < LANG_COUNT; l++)
			for (id = 0; id < label_count(table); id++) {
				const char *t = label_own(table, l, id);

				if (t == NULL || *t == '\0') {
					printf("# %s label %d missing in %s\n",
					    kind[table], id, lang_code(l));
					holes++;
					continue;
				}
				convs(label_own(table, LANG_EN, id), a,
				    sizeof a);
				convs(t, b, sizeof b);
				if (strcmp(a, b) != 0) {
					printf("# %s label %d in %s: %s, "
					    "English %s\n", kind[table], id,
					    lang_code(l), b, a);
					bad++;
				}
			}
	}
	T_OK(holes == 0, "every label of every kind in every language (%d): "
	    "%d holes", LANG_COUNT, holes);
	T_OK(bad == 0, "every label has its English conversions (%d do not)",
	    bad);
	T_OK(label_own(3, LANG_EN, 0) == NULL && label_own(0, LANG_COUNT, 0) ==
	    NULL && label_own(0, 0, H_COUNT) == NULL && label_count(3) == 0,
	    "label_own outside the tables is NULL");
	T_STREQ(html_label(LANG_COUNT, H_INDEX), html_label(LANG_EN, H_INDEX),
	    "html labels fall back to English");
	T_STREQ(official_word(-1, OW_OFFICIAL), "official",
	    "official words fall back to English");
	convs("%s: %ld of %.*s, 3 %%", a, sizeof a);
	T_STREQ(a, "%s|%ld|%.*s|%%|", "conversions: read in order");
}

/* The pillars' names and each field's column name in every language (the
 * official figures and id keep their English names). */
static void
names(void)
{
	int l, f, pl, holes = 0;

	for (l = 0; l < LANG_COUNT; l++) {
		for (pl = 0; pl < 4; pl++)
			if (l != LANG_EN && strcmp(lang_pillar_name(l, pl),
			    lang_pillar_name(LANG_EN, pl)) == 0) {
				printf("# %s: pillar %d not named\n",
				    lang_code(l), pl);
				holes++;
			}
		for (f = 0; f < F_COUNT; f++) {
			if (f == F_ID || field_defs[f].group == FG_OFFICIAL ||
			    !full[l])
				continue;
			if (field_name_own(l, f) == NULL ||
			    *field_name_own(l, f) == '\0') {
				printf("# %s: no name for %s\n", lang_code(l),
				    field_defs[f].name);
				holes++;
			}
		}
	}
	T_OK(holes == 0, "every pillar and field named in every language: %d "
	    "holes", holes);
	T_STREQ(field_name(LANG_COUNT, F_CONNECTIONS), "connections",
	    "field names fall back to English");
	T_STREQ(field_name(LANG_ES, F_OFFICIAL_SSI), "official_ssi",
	    "an official figure keeps its English name");
}

static void
catalogue(void)
{
	static struct advice_entry en[MAXE], e[MAXE];
	int ne = advice_entries(LANG_EN, en, MAXE), l, i;

	T_OK(ne > 100 && ne <= MAXE, "the English catalogue has %d entries",
	    ne);
	for (l = 0; l < LANG_COUNT; l++) {
		int n = advice_entries(l, e, MAXE), holes = 0, shape = 0;
		int unbalanced = 0;

		if (!full[l] && n == 0)
			continue;
		for (i = 0; i < n && i < ne; i++) {
			const char *t = e[i].text;

			if (strcmp(e[i].group, en[i].group) != 0 ||
			    strcmp(e[i].name, en[i].name) != 0 ||
			    e[i].sub != en[i].sub) {
				printf("# %s: entry %d is %s %s %d, English "
				    "has %s %s %d\n", lang_code(l), i,
				    e[i].group, e[i].name, e[i].sub,
				    en[i].group, en[i].name, en[i].sub);
				shape++;
				continue;
			}
			if (e[i].optional ? (t == NULL) != (en[i].text == NULL) ||
			    (t != NULL && *t == '\0') : t == NULL || *t == '\0') {
				printf("# %s: hole at %s %s %d\n", lang_code(l),
				    e[i].group, e[i].name, e[i].sub);
				holes++;
			}
			if (t != NULL && !balanced(t)) {
				printf("# %s: braces of %s %s %d: %s\n",
				    lang_code(l), e[i].group, e[i].name,
				    e[i].sub, t);
				unbalanced++;
			}
		}
		T_OK(n == ne && shape == 0, "%s: the same %d entries as "
		    "English, in the same order (%d, %d differ)", lang_code(l),
		    ne, n, shape);
		T_OK(holes == 0, "%s: no hole in the advice catalogue (%d)",
		    lang_code(l), holes);
		T_OK(unbalanced == 0, "%s: every template's braces balance (%d)",
		    lang_code(l), unbalanced);
	}
	T_OK(advice_entries(-1, e, MAXE) == 0 &&
	    advice_entries(LANG_COUNT, e, MAXE) == 0,
	    "no catalogue for an unknown language");
	T_OK(advice_entries(LANG_ES, e, 3) == ne, "a short array still "
	    "counts every entry");
}

/* ssi fields: every field described in every language. */
static void
fields(void)
{
	int l, f, holes = 0;

	for (l = 0; l < LANG_COUNT; l++)
		for (f = 0; f < F_COUNT; f++)
			if (field_help_own(l, f) == NULL ? full[l] :
			    *field_help_own(l, f) == '\0') {
				printf("# %s: no description of %s\n",
				    lang_code(l), field_defs[f].name);
				holes++;
			}
	T_OK(holes == 0, "every field (%d) described in every language: %d "
	    "holes", F_COUNT, holes);
	T_OK(strcmp(field_type_word(LANG_ES, FT_COUNT), "número") == 0 &&
	    strcmp(field_type_word(99, FT_TEXT), "text") == 0,
	    "type words by language, English for an unknown one");
}

int
main(void)
{
	fields();
	labels();
	label_tables();
	names();
	catalogue();
	T_DONE();
}
