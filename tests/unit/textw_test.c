/* textw_test.c - the display-width rule of every text writer. */
#include <string.h>

#include "ssi/out.h"
#include "ssi/textw.h"
#include "t.h"

static long
cols(const char *s)
{
	return text_cols(s, strlen(s));
}

/* What f wrote, in a static buffer. */
static char got[256];

static void
fit(const char *s, long width, int pad, int utf8, long *k)
{
	struct out o;

	out_mem(&o);
	*k = text_fit(&o, s, width, pad, utf8);
	snprintf(got, sizeof got, "%.*s", (int)o.n, o.buf);
	out_mem_free(&o);
}

static void
pad(const char *s, long width, int right)
{
	struct out o;

	out_mem(&o);
	if (right)
		text_right(&o, s, width);
	else
		text_pad(&o, s, width);
	snprintf(got, sizeof got, "%.*s", (int)o.n, o.buf);
	out_mem_free(&o);
}

int
main(void)
{
	long k;
	int len;

	T_OK(cols("") == 0 && cols("Bo Li") == 5, "ASCII: 1 column each");
	T_OK(cols("Ed Núñez") == 8, "Latin accents: 1 column");
	T_OK(cols("李") == 2 && cols("O'Brien 李") == 10, "CJK: 2 columns");
	T_OK(cols("한국") == 4, "Hangul syllables: 2 columns");
	T_OK(cols("ｱ") == 1, "halfwidth katakana: 1 column");
	T_OK(cols("ＡＢ") == 4, "fullwidth Latin: 2 columns each");
	T_OK(cols("\xf0\x9f\x98\x80") == 2, "emoji: 2 columns");
	T_OK(cols("e\xcc\x81") == 1, "e + combining acute: 1 column");
	T_OK(cols("a\xe2\x80\x8b" "b") == 2, "zero width space: 0");
	T_OK(cols("\xe3\x81\x8b\xe3\x82\x99") == 2,
	    "kana + combining voiced mark: 2");
	T_OK(cols("\xff\xfe") == 2, "invalid bytes: 1 column each");
	T_OK(cols("\xe6\x9d") == 2, "a cut sequence: 1 column a byte");
	T_OK(cols("\xc0\xaf") == 2, "overlong form: not a character");
	T_OK(text_cols("李x", 3) == 2, "n bounds the count");
	T_OK(text_char("\xe6\x9d\x8e", 3, &len) == 2 && len == 3,
	    "text_char: columns and length");
	T_OK(text_char("\xe6\x9d\x8e", 2, &len) == 1 && len == 1,
	    "text_char: never reads past n");
	T_OK(cols("a\tb\n") == 4, "control characters: 1 column");

	fit("Ana García", 12, 1, 1, &k);
	T_STREQ(got, "Ana García  ", "fit: padded to 12 columns");
	T_OK(k == 12, "fit: 12 columns written");
	fit("李李李李李李李", 12, 1, 1, &k);
	T_STREQ(got, "李李李李李… ", "fit: a wide character never straddles the cut");
	T_OK(k == 12, "fit: still 12 columns");
	fit("Maximilian Oberhausen", 12, 0, 0, &k);
	T_STREQ(got, "Maximilia...", "fit: ASCII ellipsis");
	fit("a\nb\x7f" "c\xc2\x85", 12, 0, 1, &k);
	T_STREQ(got, "a b c ", "fit: control characters (C0, DEL, C1) as spaces");
	T_OK(k == 6, "fit: the spaces counted");
	pad("Índice", 8, 1);
	T_STREQ(got, "  Índice", "right: by columns, not bytes");
	pad("李", 4, 0);
	T_STREQ(got, "李  ", "pad: a wide character takes 2");
	pad("x\ty", 4, 0);
	T_STREQ(got, "x y ", "pad: a tab is written as a space");
	T_DONE();
}
