/* li_text.c - text helpers of the LinkedIn export reader (see li_text.h). */
#include <string.h>

#include "ssi/li_text.h"
#include "util/days.h"

int32_t
li_day_of(int y, int m, int d)
{
	return days_from_civil(y, m, d);
}

void
li_day_str(int32_t day, char out[11])
{
	int y, m, d, i;

	civil_from_days(day, &y, &m, &d);
	if (y < 0 || y > 9999)
		y = 0;
	for (i = 3; i >= 0; i--, y /= 10)
		out[i] = (char)('0' + y % 10);
	out[4] = '-';
	out[5] = (char)('0' + m / 10);
	out[6] = (char)('0' + m % 10);
	out[7] = '-';
	out[8] = (char)('0' + d / 10);
	out[9] = (char)('0' + d % 10);
	out[10] = '\0';
}

static int
is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
	    c == '\f';
}

void
li_trim(const char **s, size_t *n)
{
	while (*n > 0 && is_space((unsigned char)**s))
		(*s)++, (*n)--;
	while (*n > 0 && is_space((unsigned char)(*s)[*n - 1]))
		(*n)--;
}

static int
valid_date(int y, int m, int d)
{
	static const int mdays[12] = { 31, 29, 31, 30, 31, 30, 31, 31, 30,
	    31, 30, 31 };

	if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1 ||
	    d > mdays[m - 1])
		return 0;
	if (m == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 ||
	    y % 400 == 0)))
		return 0;
	return 1;
}

/* Read 1..max digits at s[*i]; their count, 0 when none. */
static int
digits(const char *s, size_t n, size_t *i, int max, int *v)
{
	int k = 0;

	*v = 0;
	while (*i < n && k < max && s[*i] >= '0' && s[*i] <= '9') {
		*v = *v * 10 + (s[*i] - '0');
		(*i)++;
		k++;
	}
	if (*i < n && s[*i] >= '0' && s[*i] <= '9')
		return 0;		/* too many digits */
	return k;
}

/* "HH:MM[:SS]" at s[*i], optionally followed by " AM"/" PM". */
static int
clock_time(const char *s, size_t n, size_t *i, int32_t *sec)
{
	int h, mi, se = 0;

	if (digits(s, n, i, 2, &h) == 0 || *i >= n || s[*i] != ':')
		return -1;
	(*i)++;
	if (digits(s, n, i, 2, &mi) != 2)
		return -1;
	if (*i < n && s[*i] == ':') {
		(*i)++;
		if (digits(s, n, i, 2, &se) != 2)
			return -1;
	}
	{
		size_t j = *i;

		while (j < n && s[j] == ' ')
			j++;
		/* Newer CLDR data puts U+202F before AM/PM. */
		if (j + 2 < n && memcmp(s + j, "\xE2\x80\xAF", 3) == 0)
			j += 3;
		if (j + 1 < n && (s[j + 1] == 'M' || s[j + 1] == 'm') &&
		    (j + 2 == n || !((s[j + 2] | 0x20) >= 'a' &&
		    (s[j + 2] | 0x20) <= 'z'))) {
			int c = s[j] | 0x20;

			if (c == 'a' || c == 'p') {
				if (h < 1 || h > 12)
					return -1;
				h = h % 12 + (c == 'p' ? 12 : 0);
				*i = j + 2;
			}
		}
	}
	if (h > 23 || mi > 59 || se > 60)
		return -1;
	*sec = h * 3600 + mi * 60 + (se > 59 ? 59 : se);
	return 0;
}

static int
month_name(const char *s, size_t n, size_t *i)
{
	static const char names[] = "janfebmaraprmayjunjulaugsepoctnovdec";
	size_t st = *i;
	int k;

	while (*i < n && ((s[*i] | 0x20) >= 'a' && (s[*i] | 0x20) <= 'z'))
		(*i)++;
	if (*i - st < 3)
		return 0;
	for (k = 0; k < 12; k++)
		if ((s[st] | 0x20) == names[3 * k] &&
		    (s[st + 1] | 0x20) == names[3 * k + 1] &&
		    (s[st + 2] | 0x20) == names[3 * k + 2])
			return k + 1;
	return 0;
}

int
li_when(const char *s, size_t n, int32_t *day, int32_t *sec)
{
	size_t i = 0;
	int a, na, y, m, d;

	li_trim(&s, &n);
	if (n == 0)
		return 0;
	*sec = 0;
	na = digits(s, n, &i, 4, &a);
	if (na == 4 && i < n && (s[i] == '-' || s[i] == '/')) {
		char sep = s[i++];

		y = a;
		if (digits(s, n, &i, 2, &m) == 0 || i >= n || s[i++] != sep ||
		    digits(s, n, &i, 2, &d) == 0)
			return -1;
		if (i < n && s[i] != ' ' && s[i] != 'T')
			return -1;
		if (i < n) {
			size_t j = i + 1;

			while (j < n && s[j] == ' ')
				j++;
			if (j < n && s[j] >= '0' && s[j] <= '9') {
				i = j;
				if (clock_time(s, n, &i, sec) < 0)
					return -1;
			}
		}
	} else if (na >= 1 && na <= 2 && i < n && s[i] == ' ') {
		d = a;
		while (i < n && s[i] == ' ')
			i++;
		if ((m = month_name(s, n, &i)) == 0)
			return -1;
		while (i < n && s[i] == ' ')
			i++;
		if (digits(s, n, &i, 4, &y) != 4 || (i < n && s[i] != ' '))
			return -1;
	} else if (na >= 1 && na <= 2 && i < n && s[i] == '-') {
		int ny;

		/* "18-Jun-24", "18-Jun-2024": Excel's re-save of 18 Jun 2024. */
		d = a;
		i++;
		if ((m = month_name(s, n, &i)) == 0 || i >= n || s[i++] != '-')
			return -1;
		ny = digits(s, n, &i, 4, &y);
		if (ny == 2)
			y += 2000;
		else if (ny != 4)
			return -1;
		if (i < n && s[i] != ' ')
			return -1;
	} else if (na >= 1 && na <= 2 && i < n && s[i] == '/') {
		int ny;

		m = a;
		i++;
		if (digits(s, n, &i, 2, &d) == 0 || i >= n || s[i++] != '/')
			return -1;
		ny = digits(s, n, &i, 4, &y);
		if (ny == 2)
			y += 2000;
		else if (ny != 4)
			return -1;
		if (i < n && s[i] != ',' && s[i] != ' ')
			return -1;
		while (i < n && (s[i] == ',' || s[i] == ' '))
			i++;
		if (i < n && clock_time(s, n, &i, sec) < 0)
			return -1;
	} else {
		return -1;
	}
	if (!valid_date(y, m, d))
		return -1;
	*day = li_day_of(y, m, d);
	return 1;
}

/* Decode one UTF-8 sequence at s[*i] (advancing *i); U+FFFD on a bad one,
 * which then covers one byte. */
static uint32_t
utf8_next(const char *s, size_t n, size_t *i)
{
	const unsigned char *u = (const unsigned char *)s + *i;
	size_t left = n - *i;
	uint32_t c;
	size_t k, len;

	if (u[0] < 0x80) {
		(*i)++;
		return u[0];
	}
	if (u[0] >= 0xC2 && u[0] <= 0xDF)
		len = 2, c = u[0] & 0x1Fu;
	else if (u[0] >= 0xE0 && u[0] <= 0xEF)
		len = 3, c = u[0] & 0x0Fu;
	else if (u[0] >= 0xF0 && u[0] <= 0xF4)
		len = 4, c = u[0] & 0x07u;
	else
		goto bad;
	if (left < len)
		goto bad;
	for (k = 1; k < len; k++) {
		if ((u[k] & 0xC0) != 0x80)
			goto bad;
		c = (c << 6) | (u[k] & 0x3Fu);
	}
	if ((len == 3 && c < 0x800) || (len == 4 && (c < 0x10000 ||
	    c > 0x10FFFF)) || (c >= 0xD800 && c <= 0xDFFF))
		goto bad;
	*i += len;
	return c;
bad:
	(*i)++;
	return 0xFFFD;
}

static size_t
utf8_put(uint32_t c, char *out)
{
	if (c < 0x80) {
		out[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		out[0] = (char)(0xC0 | (c >> 6));
		out[1] = (char)(0x80 | (c & 0x3F));
		return 2;
	}
	if (c < 0x10000) {
		out[0] = (char)(0xE0 | (c >> 12));
		out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
		out[2] = (char)(0x80 | (c & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (c >> 18));
	out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
	out[3] = (char)(0x80 | (c & 0x3F));
	return 4;
}

/* White space for "blank" tests: Unicode Zs, line ends, zero width. */
static int
is_uspace(uint32_t c)
{
	return (c < 0x80 && is_space((int)c)) || c == 0x85 || c == 0xA0 ||
	    c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x2028 ||
	    c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 ||
	    c == 0xFEFF;
}

int
li_blank(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n)
		if (!is_uspace(utf8_next(s, n, &i)))
			return 0;
	return 1;
}

/* Small letter of c for the scripts a Spanish, Portuguese, French or German
 * speaker types: enough for --target keywords and company names. */
static uint32_t
lower(uint32_t c)
{
	if (c >= 'A' && c <= 'Z')
		return c + 32;
	if (c < 0xC0)
		return c;
	if (c <= 0xDE)
		return c == 0xD7 ? c : c + 32;
	if (c >= 0x100 && c <= 0x137 && c != 0x130)
		return c | 1u;
	if (c >= 0x139 && c <= 0x148)
		return (c & 1u) ? c + 1 : c;
	if (c >= 0x14A && c <= 0x177)
		return c | 1u;
	if (c == 0x178)
		return 0xFF;
	if (c >= 0x179 && c <= 0x17E)
		return (c & 1u) ? c + 1 : c;
	if (c >= 0x391 && c <= 0x3AB && c != 0x3A2)
		return c + 32;
	if (c >= 0x400 && c <= 0x40F)
		return c + 80;
	if (c >= 0x410 && c <= 0x42F)
		return c + 32;
	return c;
}

size_t
li_fold(const char *s, size_t n, char *out)
{
	size_t i = 0, o = 0;
	int gap = 0;

	while (i < n) {
		size_t at = i;
		uint32_t c = utf8_next(s, n, &i);

		if ((c < 0x80 && is_space((int)c)) || c == 0xA0) {
			gap = 1;
			continue;
		}
		if (gap && o > 0)
			out[o++] = ' ';
		gap = 0;
		if (c == 0xFFFD && i - at == 1) {
			out[o++] = s[at];	/* keep a stray byte as it is */
			continue;
		}
		/* The small letter never takes more bytes than the capital. */
		o += utf8_put(lower(c), out + o);
	}
	out[o] = '\0';
	return o;
}

int
li_is_wordchar(uint32_t c)
{
	if (c < 0x80)
		return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' &&
		    (c | 0x20) <= 'z');
	if (c < 0xC0)		/* Latin-1 punctuation, symbols, NBSP */
		return c == 0xAA || c == 0xB5 || c == 0xBA;
	if (c == 0xD7 || c == 0xF7 || c == 0xFFFD)
		return 0;
	if ((c >= 0x2000 && c <= 0x206F) ||	/* general punctuation */
	    (c >= 0x20A0 && c <= 0x20CF) ||	/* currency */
	    (c >= 0x2190 && c <= 0x2BFF) ||	/* arrows ... symbols */
	    (c >= 0x2E00 && c <= 0x2E7F) ||	/* supplemental punct. */
	    (c >= 0x3000 && c <= 0x3004) ||	/* CJK punctuation */
	    (c >= 0x3008 && c <= 0x3020) ||
	    (c >= 0xFE00 && c <= 0xFE0F) ||	/* variation selectors */
	    (c >= 0xFE10 && c <= 0xFE6F) ||	/* vertical, small forms */
	    (c >= 0xFF01 && c <= 0xFF0F) ||	/* fullwidth punctuation */
	    (c >= 0xFF1A && c <= 0xFF20) ||
	    (c >= 0xFF3B && c <= 0xFF40) ||
	    (c >= 0xFF5B && c <= 0xFF65) ||
	    (c >= 0xFFF0 && c <= 0xFFFF) ||	/* specials */
	    (c >= 0x1F000 && c <= 0x1FAFF) ||	/* emoji, pictographs */
	    (c >= 0xE0000 && c <= 0xE007F))	/* tags */
		return 0;
	return 1;		/* letters, digits, marks of any script */
}

/* The code point that ends right before h[at] (at > 0). */
static uint32_t
cp_before(const char *h, size_t at)
{
	size_t st = at - 1, i;
	uint32_t c;

	while (st > 0 && at - st < 4 && ((unsigned char)h[st] & 0xC0) == 0x80)
		st--;
	i = st;
	c = utf8_next(h, at, &i);
	return i == at ? c : 0xFFFD;
}

static const char *
find(const char *h, size_t hn, const char *w, size_t wn, size_t from)
{
	size_t i;

	if (wn == 0 || hn < wn)
		return NULL;
	for (i = from; i + wn <= hn; i++) {
		const char *p = memchr(h + i, w[0], hn - wn + 1 - i);

		if (p == NULL)
			return NULL;
		i = (size_t)(p - h);
		if (memcmp(p, w, wn) == 0)
			return p;
	}
	return NULL;
}

int
li_has_sub(const char *h, size_t hn, const char *w, size_t wn)
{
	return find(h, hn, w, wn, 0) != NULL;
}

int
li_has_word(const char *h, size_t hn, const char *w, size_t wn)
{
	const char *p;
	size_t from = 0;

	while ((p = find(h, hn, w, wn, from)) != NULL) {
		size_t at = (size_t)(p - h), end = at + wn;
		int before = at > 0 && li_is_wordchar(cp_before(h, at));
		int after = 0;

		if (end < hn) {
			size_t j = end;

			after = li_is_wordchar(utf8_next(h, hn, &j));
		}
		if (!before && !after)
			return 1;
		from = at + 1;
	}
	return 0;
}

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 0x20;
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

size_t
li_pct_decode(const char *s, size_t n, char *out)
{
	size_t i, o = 0;

	for (i = 0; i < n; i++) {
		int hi, lo;

		if (s[i] == '%' && i + 2 < n && (hi = hexval(s[i + 1])) >= 0 &&
		    (lo = hexval(s[i + 2])) >= 0) {
			out[o++] = (char)(hi * 16 + lo);
			i += 2;
		} else {
			out[o++] = s[i];
		}
	}
	out[o] = '\0';
	return o;
}

size_t
li_url_key(const char *s, size_t n, char *out)
{
	size_t i, o = 0;

	li_trim(&s, &n);
	if (n >= 8 && strncmp(s, "https://", 8) == 0)
		s += 8, n -= 8;
	else if (n >= 7 && strncmp(s, "http://", 7) == 0)
		s += 7, n -= 7;
	else if (n >= 2 && s[0] == '/' && s[1] == '/')
		s += 2, n -= 2;
	if (n >= 4 && (s[0] | 0x20) == 'w' && (s[1] | 0x20) == 'w' &&
	    (s[2] | 0x20) == 'w' && s[3] == '.')
		s += 4, n -= 4;
	while (n > 0 && s[n - 1] == '/')
		n--;
	for (i = 0; i < n; i++)
		out[o++] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] + 32) :
		    s[i];
	out[o] = '\0';
	return o;
}

size_t
li_post_key(const char *s, size_t n, char *out)
{
	size_t k, o;
	const char *u;

	li_trim(&s, &n);
	for (k = 0; k < n && s[k] != '?' && s[k] != '#'; k++)
		;
	o = li_pct_decode(s, k, out);
	u = find(out, o, "urn:li:", 7, 0);
	if (u != NULL && u != out) {
		o -= (size_t)(u - out);
		memmove(out, u, o);
	}
	while (o > 0 && out[o - 1] == '/')
		o--;
	out[o] = '\0';
	return o;
}

int
li_month_year(const char *s, size_t n, int32_t *day)
{
	size_t i = 0;
	int m = 1, y;

	li_trim(&s, &n);
	if (n == 0)
		return 0;
	if (!(s[0] >= '0' && s[0] <= '9')) {
		if ((m = month_name(s, n, &i)) == 0)
			return -1;
		while (i < n && s[i] == ' ')
			i++;
	}
	if (digits(s, n, &i, 4, &y) != 4 || i != n || !valid_date(y, m, 1))
		return -1;
	*day = li_day_of(y, m, 1);
	return 1;
}

int
li_long_date(const char *s, size_t n, int32_t *day)
{
	size_t i = 0;
	int m, d, y;

	if ((m = month_name(s, n, &i)) == 0)
		return -1;
	while (i < n && s[i] == ' ')
		i++;
	if (digits(s, n, &i, 2, &d) == 0 || i >= n || s[i++] != ',')
		return -1;
	while (i < n && s[i] == ' ')
		i++;
	if (digits(s, n, &i, 4, &y) != 4 || !valid_date(y, m, d))
		return -1;
	*day = li_day_of(y, m, d);
	return 1;
}
