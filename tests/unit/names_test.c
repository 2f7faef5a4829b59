/* names_test.c - the look-ups by name behind every "did you mean". */
#include "ssi/names.h"
#include "t.h"

static const char *const cmds[] = { "score", "batch", "rank", "trend",
	"log", "calibrate", "import", "model", "fields", "help" };

static const char *
near(const char *s)
{
	const char *n = names_nearest(s, cmds, 10, sizeof cmds[0]);

	return n ? n : "(none)";
}

int
main(void)
{
	/* a swap of two neighbours is one edit (Damerau) */
	T_OK(names_distance("socre", 5, "score", 5, 4) == 1, "socre: 1 edit");
	T_OK(names_distance("fial-under", 10, "fail-under", 10, 4) == 1,
	    "fial-under: 1 edit");
	T_OK(names_distance("abcdef", 6, "badcfe", 6, 4) == 3,
	    "three swaps: 3 edits");
	T_OK(names_distance("kitten", 6, "sitting", 7, 4) == 3,
	    "kitten/sitting: 3 edits");
	T_OK(names_distance("abcd", 4, "wxyz", 4, 2) == 3,
	    "more than max: max + 1");
	T_OK(names_distance("ab", 2, "ba", 2, 0) == 1,
	    "a swap beyond max 0: max + 1");
	T_STREQ(near("socre"), "score", "socre -> score");
	T_STREQ(near("rnak"), "rank", "rnak -> rank");
	T_STREQ(near("lgo"), "log", "lgo -> log");
	T_STREQ(near("calbirate"), "calibrate", "calbirate -> calibrate");
	T_STREQ(near("scor"), "score", "scor -> score");
	T_STREQ(near("score"), "(none)", "the name itself is no suggestion");
	T_STREQ(near("xyz"), "(none)", "nothing close: none");
	T_OK(names_find("JSON", 4, (const char *const[]){ "text", "json" }, 2,
	    sizeof(const char *), 1) == 1, "names_find: case ignored");
	return t_failed;
}
