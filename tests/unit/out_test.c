/* out_test.c - the kernel's rule of links in sticky folders, and the
 * terminal sanitiser (out.h). */
#include <string.h>
#include <sys/stat.h>

#include "ssi/out.h"
#include "t.h"

static const char *
clean(const char *s)
{
	static char buf[256];

	return out_text_str(buf, sizeof buf, s);
}

int
main(void)
{
	struct stat dir, link;

	memset(&dir, 0, sizeof dir);
	memset(&link, 0, sizeof link);
	dir.st_mode = S_IFDIR | 01777;	/* /tmp */
	dir.st_uid = 0;
	link.st_uid = 65534;
	T_OK(!out_link_followable(&dir, &link, 0),
	    "root does not follow another user's link in /tmp");
	T_OK(out_link_followable(&dir, &link, 65534),
	    "the link's owner follows it");
	link.st_uid = 0;
	T_OK(out_link_followable(&dir, &link, 1000),
	    "a link of the folder's owner is followed by anyone");
	link.st_uid = 65534;
	dir.st_mode = S_IFDIR | 0777;
	T_OK(out_link_followable(&dir, &link, 0),
	    "not sticky: followed");
	dir.st_mode = S_IFDIR | 01775;
	T_OK(out_link_followable(&dir, &link, 0),
	    "sticky, not world-writable: followed");

	T_STREQ(clean("Ann"), "Ann", "plain text kept");
	T_STREQ(clean("a\033[2Jb"), "a [2Jb", "ESC (CSI) becomes a space");
	T_STREQ(clean("a\033]0;x\007b"), "a ]0;x b", "OSC and BEL");
	T_STREQ(clean("a\302\233" "31mb"), "a 31mb", "C1 CSI (U+009B)");
	T_STREQ(clean("a\302\235" "0;x\302\234"), "a 0;x ", "C1 OSC and ST");
	T_STREQ(clean("a\177b\nc\td"), "a b c d", "DEL, line end, tab");
	T_STREQ(clean("x\342\200\256evil"), "xevil", "RLO dropped");
	T_STREQ(clean("\342\201\247x\342\201\251"), "x", "RLI, PDI dropped");
	T_STREQ(clean("\330\234x\342\200\217\342\200\216"), "x",
	    "ALM, RLM, LRM dropped");
	T_STREQ(clean("Ali \330\271\331\204\331\212"),
	    "Ali \330\271\331\204\331\212", "Arabic letters kept");
	T_STREQ(clean("Pe\303\261a \360\237\230\200"), "Pe\303\261a \360\237\230\200",
	    "accents and emoji kept");
	T_STREQ(clean("a\377b\300\200c"), "a?b??c", "invalid UTF-8: '?'");
	{
		char small[6];

		out_text_str(small, sizeof small, "abcd\303\251");
		T_STREQ(small, "abcd", "cut at a character's start");
	}
	return t_failed;
}
