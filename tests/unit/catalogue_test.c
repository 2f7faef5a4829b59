/* catalogue_test.c - every text exists in every language: the report
 * labels (lang.c, msg_own) and the advice catalogue (advice.c), walked as
 * languages x ids; a hole (NULL, empty), a different shape or a template
 * whose braces do not balance fails.  (The counted phrases, singular and
 * plural: tests/cli/advice-grammar.) */
#include <stdlib.h>

#include "advice.h"
#include "fieldhelp.h"
#include "lang.h"
#include "t.h"

#define MAXE 1024

/* The languages whose advice and field descriptions must be full. */
static const int full[LANG_COUNT] = {
	[LANG_EN] = 1, [LANG_ES] = 1,
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
	catalogue();
	T_DONE();
}
