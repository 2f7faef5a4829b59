/* textw.c - the display width of text (see textw.h). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ssi/textw.h"

/*
 * Code points that do not take 1 column, in order: Unicode's East Asian
 * Width W and F ranges (2), combining marks, joiners and variation
 * selectors (0).  Rare scripts' marks are left at 1.
 */
static const struct wrange {
	uint32_t lo, hi;
	int cols;
} wide[] = {
	{ 0x0300, 0x036F, 0 }, { 0x0483, 0x0489, 0 }, { 0x0591, 0x05BD, 0 },
	{ 0x05BF, 0x05BF, 0 }, { 0x05C1, 0x05C2, 0 }, { 0x05C4, 0x05C5, 0 },
	{ 0x05C7, 0x05C7, 0 }, { 0x0610, 0x061A, 0 }, { 0x061C, 0x061C, 0 },
	{ 0x064B, 0x065F, 0 },
	{ 0x0670, 0x0670, 0 }, { 0x06D6, 0x06DC, 0 }, { 0x06DF, 0x06E4, 0 },
	{ 0x06E7, 0x06E8, 0 }, { 0x06EA, 0x06ED, 0 }, { 0x0900, 0x0902, 0 },
	{ 0x093A, 0x093A, 0 }, { 0x093C, 0x093C, 0 }, { 0x0941, 0x0948, 0 },
	{ 0x094D, 0x094D, 0 }, { 0x0951, 0x0957, 0 }, { 0x0962, 0x0963, 0 },
	{ 0x0E31, 0x0E31, 0 }, { 0x0E34, 0x0E3A, 0 }, { 0x0E47, 0x0E4E, 0 },
	{ 0x1100, 0x115F, 2 }, { 0x1160, 0x11FF, 0 }, { 0x1AB0, 0x1AFF, 0 },
	{ 0x1DC0, 0x1DFF, 0 }, { 0x200B, 0x200F, 0 }, { 0x202A, 0x202E, 0 },
	{ 0x2060, 0x2064, 0 }, { 0x2066, 0x2069, 0 },
	{ 0x20D0, 0x20FF, 0 }, { 0x231A, 0x231B, 2 }, { 0x2329, 0x232A, 2 },
	{ 0x23E9, 0x23EC, 2 }, { 0x23F0, 0x23F0, 2 }, { 0x23F3, 0x23F3, 2 },
	{ 0x25FD, 0x25FE, 2 }, { 0x2614, 0x2615, 2 }, { 0x2648, 0x2653, 2 },
	{ 0x267F, 0x267F, 2 }, { 0x2693, 0x2693, 2 }, { 0x26A1, 0x26A1, 2 },
	{ 0x26AA, 0x26AB, 2 }, { 0x26BD, 0x26BE, 2 }, { 0x26C4, 0x26C5, 2 },
	{ 0x26CE, 0x26CE, 2 }, { 0x26D4, 0x26D4, 2 }, { 0x26EA, 0x26EA, 2 },
	{ 0x26F2, 0x26F3, 2 }, { 0x26F5, 0x26F5, 2 }, { 0x26FA, 0x26FA, 2 },
	{ 0x26FD, 0x26FD, 2 }, { 0x2705, 0x2705, 2 }, { 0x270A, 0x270B, 2 },
	{ 0x2728, 0x2728, 2 }, { 0x274C, 0x274C, 2 }, { 0x274E, 0x274E, 2 },
	{ 0x2753, 0x2755, 2 }, { 0x2757, 0x2757, 2 }, { 0x2795, 0x2797, 2 },
	{ 0x27B0, 0x27B0, 2 }, { 0x27BF, 0x27BF, 2 }, { 0x2B1B, 0x2B1C, 2 },
	{ 0x2B50, 0x2B50, 2 }, { 0x2B55, 0x2B55, 2 }, { 0x2E80, 0x3029, 2 },
	{ 0x302A, 0x302D, 0 }, { 0x302E, 0x303E, 2 }, { 0x3041, 0x3098, 2 },
	{ 0x3099, 0x309A, 0 }, { 0x309B, 0x4DBF, 2 }, { 0x4E00, 0xA4CF, 2 },
	{ 0xA960, 0xA97F, 2 }, { 0xAC00, 0xD7A3, 2 }, { 0xF900, 0xFAFF, 2 },
	{ 0xFE00, 0xFE0F, 0 }, { 0xFE10, 0xFE19, 2 }, { 0xFE20, 0xFE2F, 0 },
	{ 0xFE30, 0xFE6F, 2 }, { 0xFEFF, 0xFEFF, 0 }, { 0xFF00, 0xFF60, 2 },
	{ 0xFFE0, 0xFFE6, 2 }, { 0x16FE0, 0x16FE4, 2 }, { 0x17000, 0x18AFF, 2 },
	{ 0x1B000, 0x1B2FF, 2 }, { 0x1F004, 0x1F004, 2 }, { 0x1F0CF, 0x1F0CF, 2 },
	{ 0x1F18E, 0x1F18E, 2 }, { 0x1F191, 0x1F19A, 2 }, { 0x1F200, 0x1F202, 2 },
	{ 0x1F210, 0x1F23B, 2 }, { 0x1F240, 0x1F248, 2 }, { 0x1F250, 0x1F251, 2 },
	{ 0x1F260, 0x1F265, 2 }, { 0x1F300, 0x1F64F, 2 }, { 0x1F680, 0x1F6FF, 2 },
	{ 0x1F7E0, 0x1F7EB, 2 }, { 0x1F90C, 0x1F9FF, 2 }, { 0x1FA70, 0x1FAFF, 2 },
	{ 0x20000, 0x2FFFD, 2 }, { 0x30000, 0x3FFFD, 2 }, { 0xE0100, 0xE01EF, 0 },
};

static int
cols_of(uint32_t c)
{
	size_t lo = 0, hi = sizeof wide / sizeof wide[0];

	if (c < wide[0].lo)
		return 1;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (c < wide[mid].lo)
			hi = mid;
		else if (c > wide[mid].hi)
			lo = mid + 1;
		else
			return wide[mid].cols;
	}
	return 1;
}

/* The code point at s[0..n) and its length, or -1 when not valid UTF-8
 * (overlong forms, surrogates and values past U+10FFFF included). */
static int32_t
decode(const unsigned char *s, size_t n, int *len)
{
	static const uint32_t min[] = { 0, 0, 0x80, 0x800, 0x10000 };
	uint32_t c = s[0];
	int k = c < 0x80 ? 1 : c >> 5 == 6 ? 2 : c >> 4 == 14 ? 3 :
	    c >> 3 == 30 ? 4 : 0, i;

	*len = 1;
	if (k == 0 || (size_t)k > n)
		return -1;
	if (k > 1)
		c &= 0x3Fu >> (k - 1);
	for (i = 1; i < k; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return -1;
		c = c << 6 | (s[i] & 0x3F);
	}
	if (c < min[k] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return -1;
	*len = k;
	return (int32_t)c;
}

int
text_char(const char *s, size_t n, int *len)
{
	int32_t c;

	if ((unsigned char)*s < 0x80) {
		*len = 1;
		return 1;
	}
	c = decode((const unsigned char *)s, n, len);
	return c < 0 ? 1 : cols_of((uint32_t)c);
}

long
text_cols(const char *s, size_t n)
{
	long k = 0;
	size_t i = 0;
	int len;

	while (i < n) {
		k += text_char(s + i, n - i, &len);
		i += (size_t)len;
	}
	return k;
}

long
text_cols_str(const char *s)
{
	return text_cols(s, strlen(s));
}

void
text_pad(struct out *o, const char *s, long width)
{
	size_t n = strlen(s);
	long k;

	out_text(o, s, n);
	for (k = text_cols(s, n); k < width; k++)
		out_char(o, ' ');
}

void
text_right(struct out *o, const char *s, long width)
{
	size_t n = strlen(s);
	long k;

	for (k = text_cols(s, n); k < width; k++)
		out_char(o, ' ');
	out_text(o, s, n);
}

long
text_fit(struct out *o, const char *s, long width, int pad, int utf8)
{
	size_t n = strlen(s), i = 0;
	long room = width, k = 0;
	int len, w, cut = text_cols(s, n) > width;

	if (cut)
		room = width - (utf8 ? 1 : 3);
	while (i < n) {
		w = text_char(s + i, n - i, &len);
		if (k + w > room)
			break;
		out_text(o, s + i, (size_t)len);	/* the sanitiser */
		k += w;
		i += (size_t)len;
	}
	if (i < n) {
		out_str(o, utf8 ? "\xe2\x80\xa6" : "...");
		k += utf8 ? 1 : 3;
	}
	for (; pad && k < width; k++)
		out_char(o, ' ');
	return k;
}

/* t from column at on (the line already holds at columns), wrapped before
 * width, continuation lines indented to col. */
void
text_wrap(struct out *o, const char *t, int at, int col, int width)
{
	int start = at;

	while (*t) {
		size_t w = strcspn(t, " ");
		int cols = (int)text_cols(t, w);

		if (at > start && at + 1 + cols > width) {
			out_char(o, '\n');
			text_pad(o, "", col);
			at = start = col;
		} else if (at > start) {
			out_char(o, ' ');
			at++;
		}
		out_text(o, t, w);
		at += cols;
		t += w;
		while (*t == ' ')
			t++;
	}
	out_char(o, '\n');
}

void
md_text(struct out *o, const char *s)
{
	char clean[1024];

	out_text_str(clean, sizeof clean, s);
	for (s = clean; *s; s++) {
		if (strchr("|\\*_`[]<>#", *s))
			out_char(o, '\\');
		if (*s == '\n' || *s == '\r')
			out_char(o, ' ');
		else
			out_char(o, *s);
	}
}
