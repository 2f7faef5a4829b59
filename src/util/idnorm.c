/* idnorm.c - ids normalised before they are compared (idnorm.h). */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "ssi/err.h"
#include "ssi/idnorm.h"

/* A Latin letter and a combining mark, and the letter NFC makes of them
 * (Unicode's canonical compositions), sorted by mark then letter. */
static const struct compose {
	uint16_t mark;
	char base;
	uint16_t to;
} compose[] = {
	{ 0x300, 'A', 0x00C0 }, { 0x300, 'E', 0x00C8 }, { 0x300, 'I', 0x00CC },
	{ 0x300, 'N', 0x01F8 }, { 0x300, 'O', 0x00D2 }, { 0x300, 'U', 0x00D9 },
	{ 0x300, 'W', 0x1E80 }, { 0x300, 'Y', 0x1EF2 }, { 0x300, 'a', 0x00E0 },
	{ 0x300, 'e', 0x00E8 }, { 0x300, 'i', 0x00EC }, { 0x300, 'n', 0x01F9 },
	{ 0x300, 'o', 0x00F2 }, { 0x300, 'u', 0x00F9 }, { 0x300, 'w', 0x1E81 },
	{ 0x300, 'y', 0x1EF3 }, { 0x301, 'A', 0x00C1 }, { 0x301, 'C', 0x0106 },
	{ 0x301, 'E', 0x00C9 }, { 0x301, 'G', 0x01F4 }, { 0x301, 'I', 0x00CD },
	{ 0x301, 'K', 0x1E30 }, { 0x301, 'L', 0x0139 }, { 0x301, 'N', 0x0143 },
	{ 0x301, 'O', 0x00D3 }, { 0x301, 'R', 0x0154 }, { 0x301, 'S', 0x015A },
	{ 0x301, 'U', 0x00DA }, { 0x301, 'W', 0x1E82 }, { 0x301, 'Y', 0x00DD },
	{ 0x301, 'Z', 0x0179 }, { 0x301, 'a', 0x00E1 }, { 0x301, 'c', 0x0107 },
	{ 0x301, 'e', 0x00E9 }, { 0x301, 'g', 0x01F5 }, { 0x301, 'i', 0x00ED },
	{ 0x301, 'k', 0x1E31 }, { 0x301, 'l', 0x013A }, { 0x301, 'n', 0x0144 },
	{ 0x301, 'o', 0x00F3 }, { 0x301, 'r', 0x0155 }, { 0x301, 's', 0x015B },
	{ 0x301, 'u', 0x00FA }, { 0x301, 'w', 0x1E83 }, { 0x301, 'y', 0x00FD },
	{ 0x301, 'z', 0x017A }, { 0x302, 'A', 0x00C2 }, { 0x302, 'C', 0x0108 },
	{ 0x302, 'E', 0x00CA }, { 0x302, 'G', 0x011C }, { 0x302, 'H', 0x0124 },
	{ 0x302, 'I', 0x00CE }, { 0x302, 'J', 0x0134 }, { 0x302, 'O', 0x00D4 },
	{ 0x302, 'S', 0x015C }, { 0x302, 'U', 0x00DB }, { 0x302, 'W', 0x0174 },
	{ 0x302, 'Y', 0x0176 }, { 0x302, 'Z', 0x1E90 }, { 0x302, 'a', 0x00E2 },
	{ 0x302, 'c', 0x0109 }, { 0x302, 'e', 0x00EA }, { 0x302, 'g', 0x011D },
	{ 0x302, 'h', 0x0125 }, { 0x302, 'i', 0x00EE }, { 0x302, 'j', 0x0135 },
	{ 0x302, 'o', 0x00F4 }, { 0x302, 's', 0x015D }, { 0x302, 'u', 0x00FB },
	{ 0x302, 'w', 0x0175 }, { 0x302, 'y', 0x0177 }, { 0x302, 'z', 0x1E91 },
	{ 0x303, 'A', 0x00C3 }, { 0x303, 'E', 0x1EBC }, { 0x303, 'I', 0x0128 },
	{ 0x303, 'N', 0x00D1 }, { 0x303, 'O', 0x00D5 }, { 0x303, 'U', 0x0168 },
	{ 0x303, 'Y', 0x1EF8 }, { 0x303, 'a', 0x00E3 }, { 0x303, 'e', 0x1EBD },
	{ 0x303, 'i', 0x0129 }, { 0x303, 'n', 0x00F1 }, { 0x303, 'o', 0x00F5 },
	{ 0x303, 'u', 0x0169 }, { 0x303, 'y', 0x1EF9 }, { 0x304, 'A', 0x0100 },
	{ 0x304, 'E', 0x0112 }, { 0x304, 'G', 0x1E20 }, { 0x304, 'I', 0x012A },
	{ 0x304, 'O', 0x014C }, { 0x304, 'U', 0x016A }, { 0x304, 'Y', 0x0232 },
	{ 0x304, 'a', 0x0101 }, { 0x304, 'e', 0x0113 }, { 0x304, 'g', 0x1E21 },
	{ 0x304, 'i', 0x012B }, { 0x304, 'o', 0x014D }, { 0x304, 'u', 0x016B },
	{ 0x304, 'y', 0x0233 }, { 0x306, 'A', 0x0102 }, { 0x306, 'E', 0x0114 },
	{ 0x306, 'G', 0x011E }, { 0x306, 'I', 0x012C }, { 0x306, 'O', 0x014E },
	{ 0x306, 'U', 0x016C }, { 0x306, 'a', 0x0103 }, { 0x306, 'e', 0x0115 },
	{ 0x306, 'g', 0x011F }, { 0x306, 'i', 0x012D }, { 0x306, 'o', 0x014F },
	{ 0x306, 'u', 0x016D }, { 0x307, 'A', 0x0226 }, { 0x307, 'C', 0x010A },
	{ 0x307, 'D', 0x1E0A }, { 0x307, 'E', 0x0116 }, { 0x307, 'G', 0x0120 },
	{ 0x307, 'H', 0x1E22 }, { 0x307, 'I', 0x0130 }, { 0x307, 'N', 0x1E44 },
	{ 0x307, 'O', 0x022E }, { 0x307, 'R', 0x1E58 }, { 0x307, 'S', 0x1E60 },
	{ 0x307, 'T', 0x1E6A }, { 0x307, 'W', 0x1E86 }, { 0x307, 'Y', 0x1E8E },
	{ 0x307, 'Z', 0x017B }, { 0x307, 'a', 0x0227 }, { 0x307, 'c', 0x010B },
	{ 0x307, 'd', 0x1E0B }, { 0x307, 'e', 0x0117 }, { 0x307, 'g', 0x0121 },
	{ 0x307, 'h', 0x1E23 }, { 0x307, 'n', 0x1E45 }, { 0x307, 'o', 0x022F },
	{ 0x307, 'r', 0x1E59 }, { 0x307, 's', 0x1E61 }, { 0x307, 't', 0x1E6B },
	{ 0x307, 'w', 0x1E87 }, { 0x307, 'y', 0x1E8F }, { 0x307, 'z', 0x017C },
	{ 0x308, 'A', 0x00C4 }, { 0x308, 'E', 0x00CB }, { 0x308, 'H', 0x1E26 },
	{ 0x308, 'I', 0x00CF }, { 0x308, 'O', 0x00D6 }, { 0x308, 'U', 0x00DC },
	{ 0x308, 'W', 0x1E84 }, { 0x308, 'Y', 0x0178 }, { 0x308, 'a', 0x00E4 },
	{ 0x308, 'e', 0x00EB }, { 0x308, 'h', 0x1E27 }, { 0x308, 'i', 0x00EF },
	{ 0x308, 'o', 0x00F6 }, { 0x308, 't', 0x1E97 }, { 0x308, 'u', 0x00FC },
	{ 0x308, 'w', 0x1E85 }, { 0x308, 'y', 0x00FF }, { 0x30A, 'A', 0x00C5 },
	{ 0x30A, 'U', 0x016E }, { 0x30A, 'a', 0x00E5 }, { 0x30A, 'u', 0x016F },
	{ 0x30A, 'w', 0x1E98 }, { 0x30A, 'y', 0x1E99 }, { 0x30B, 'O', 0x0150 },
	{ 0x30B, 'U', 0x0170 }, { 0x30B, 'o', 0x0151 }, { 0x30B, 'u', 0x0171 },
	{ 0x30C, 'A', 0x01CD }, { 0x30C, 'C', 0x010C }, { 0x30C, 'D', 0x010E },
	{ 0x30C, 'E', 0x011A }, { 0x30C, 'G', 0x01E6 }, { 0x30C, 'H', 0x021E },
	{ 0x30C, 'I', 0x01CF }, { 0x30C, 'K', 0x01E8 }, { 0x30C, 'L', 0x013D },
	{ 0x30C, 'N', 0x0147 }, { 0x30C, 'O', 0x01D1 }, { 0x30C, 'R', 0x0158 },
	{ 0x30C, 'S', 0x0160 }, { 0x30C, 'T', 0x0164 }, { 0x30C, 'U', 0x01D3 },
	{ 0x30C, 'Z', 0x017D }, { 0x30C, 'a', 0x01CE }, { 0x30C, 'c', 0x010D },
	{ 0x30C, 'd', 0x010F }, { 0x30C, 'e', 0x011B }, { 0x30C, 'g', 0x01E7 },
	{ 0x30C, 'h', 0x021F }, { 0x30C, 'i', 0x01D0 }, { 0x30C, 'j', 0x01F0 },
	{ 0x30C, 'k', 0x01E9 }, { 0x30C, 'l', 0x013E }, { 0x30C, 'n', 0x0148 },
	{ 0x30C, 'o', 0x01D2 }, { 0x30C, 'r', 0x0159 }, { 0x30C, 's', 0x0161 },
	{ 0x30C, 't', 0x0165 }, { 0x30C, 'u', 0x01D4 }, { 0x30C, 'z', 0x017E },
	{ 0x327, 'C', 0x00C7 }, { 0x327, 'D', 0x1E10 }, { 0x327, 'E', 0x0228 },
	{ 0x327, 'G', 0x0122 }, { 0x327, 'H', 0x1E28 }, { 0x327, 'K', 0x0136 },
	{ 0x327, 'L', 0x013B }, { 0x327, 'N', 0x0145 }, { 0x327, 'R', 0x0156 },
	{ 0x327, 'S', 0x015E }, { 0x327, 'T', 0x0162 }, { 0x327, 'c', 0x00E7 },
	{ 0x327, 'd', 0x1E11 }, { 0x327, 'e', 0x0229 }, { 0x327, 'g', 0x0123 },
	{ 0x327, 'h', 0x1E29 }, { 0x327, 'k', 0x0137 }, { 0x327, 'l', 0x013C },
	{ 0x327, 'n', 0x0146 }, { 0x327, 'r', 0x0157 }, { 0x327, 's', 0x015F },
	{ 0x327, 't', 0x0163 }, { 0x328, 'A', 0x0104 }, { 0x328, 'E', 0x0118 },
	{ 0x328, 'I', 0x012E }, { 0x328, 'O', 0x01EA }, { 0x328, 'U', 0x0172 },
	{ 0x328, 'a', 0x0105 }, { 0x328, 'e', 0x0119 }, { 0x328, 'i', 0x012F },
	{ 0x328, 'o', 0x01EB }, { 0x328, 'u', 0x0173 },
};

/* The code point at s[0..n) (valid UTF-8) and its length in *len. */
static uint32_t
decode(const unsigned char *s, size_t n, size_t *len)
{
	if (s[0] < 0x80 || n < 2) {
		*len = 1;
		return s[0];
	}
	if (s[0] < 0xE0) {
		*len = 2;
		return (uint32_t)(s[0] & 0x1F) << 6 | (s[1] & 0x3F);
	}
	if (s[0] < 0xF0 || n < 4) {
		*len = n < 3 ? n : 3;
		return *len < 3 ? s[0] : (uint32_t)(s[0] & 0x0F) << 12 |
		    (uint32_t)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
	}
	*len = 4;
	return (uint32_t)(s[0] & 0x07) << 18 | (uint32_t)(s[1] & 0x3F) << 12 |
	    (uint32_t)(s[2] & 0x3F) << 6 | (s[3] & 0x3F);
}

static size_t
encode(uint32_t c, char *o)
{
	if (c < 0x80) {
		o[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		o[0] = (char)(0xC0 | c >> 6);
		o[1] = (char)(0x80 | (c & 0x3F));
		return 2;
	}
	o[0] = (char)(0xE0 | c >> 12);
	o[1] = (char)(0x80 | ((c >> 6) & 0x3F));
	o[2] = (char)(0x80 | (c & 0x3F));
	return 3;
}

static int
invisible(uint32_t c)
{
	return c == 0xAD || (c >= 0x200B && c <= 0x200F) ||
	    (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2064) ||
	    (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

static int
blank(uint32_t c)
{
	return c == ' ' || c == '\t' || c == 0xA0;
}

/* The letter base + mark composes into, or 0. */
static uint32_t
composed(uint32_t base, uint32_t mark)
{
	size_t lo = 0, hi = sizeof compose / sizeof compose[0];

	if (base > 0x7F || mark < 0x300 || mark > 0x36F)
		return 0;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const struct compose *c = &compose[mid];

		if (c->mark == mark && (unsigned char)c->base == base)
			return c->to;
		if (c->mark < mark || (c->mark == mark &&
		    (unsigned char)c->base < base))
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

size_t
id_norm(const char *s, size_t n, char *out, int *what)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i, o = 0, len, end, start;
	uint32_t c;

	*what = 0;
	for (i = 0; i < n; i++)
		if (u[i] <= 0x20 || u[i] >= 0x7F)
			break;
	if (i == n) {	/* plain ASCII, nothing around it */
		memcpy(out, s, n);
		out[n] = '\0';
		return n;
	}
	/* the ends: blanks (and invisible characters among them) */
	for (start = 0; start < n; start += len)
		if (!blank(c = decode(u + start, n - start, &len)) &&
		    !invisible(c))
			break;
	for (end = n; end > start; ) {
		size_t k = end - 1;

		while (k > start && (u[k] & 0xC0) == 0x80)
			k--;
		c = decode(u + k, end - k, &len);
		if (!blank(c) && !invisible(c))
			break;
		end = k;
	}
	for (i = 0; i < start; i += len)
		*what |= blank(decode(u + i, n - i, &len)) ? IDN_TRIMMED :
		    IDN_INVISIBLE;
	for (i = end; i < n; i += len)
		*what |= blank(decode(u + i, n - i, &len)) ? IDN_TRIMMED :
		    IDN_INVISIBLE;
	for (i = start; i < end; i += len) {
		uint32_t to;
		size_t l2;

		c = decode(u + i, end - i, &len);
		if (invisible(c)) {
			*what |= IDN_INVISIBLE;
			continue;
		}
		if (c < 0x80 && i + len < end) {
			/* the mark may follow invisible characters, which
			 * go: the letter composes all the same (else a
			 * second pass would compose it) */
			size_t j = i + len;
			uint32_t m = 0;
			int hid = 0;

			while (j < end && invisible(m = decode(u + j,
			    end - j, &l2))) {
				hid = 1;
				j += l2;
			}
			if (j < end && (to = composed(c, m)) != 0) {
				*what |= IDN_COMPOSED | (hid ?
				    IDN_INVISIBLE : 0);
				o += encode(to, out + o);
				len = j + l2 - i;
				continue;
			}
		}
		memcpy(out + o, s + i, len);
		o += len;
	}
	out[o] = '\0';
	return o;
}

/* An id as a message shows it: invisible characters as <U+hex>, as <U+200B>. */
static void
show_id(const char *id, size_t n, char *out, size_t cap)
{
	char tmp[256];
	size_t i, o = 0;

	for (i = 0; i < n && o + 10 < sizeof tmp; i++) {
		const unsigned char *u = (const unsigned char *)id + i;
		char one[8];
		int what;
		size_t l = u[0] < 0x80 ? 1 : u[0] < 0xE0 ? 2 : u[0] < 0xF0 ?
		    3 : 4;

		if (i + l > n)
			l = n - i;
		if (l > 1 && id_norm(id + i, l, one, &what) == 0 &&
		    (what & IDN_INVISIBLE)) {
			unsigned c = l == 2 ? (u[0] & 0x1Fu) << 6 | (u[1] & 0x3F) :
			    (u[0] & 0x0Fu) << 12 | (u[1] & 0x3Fu) << 6 |
			    (u[2] & 0x3F);

			o += (size_t)snprintf(tmp + o, sizeof tmp - o,
			    "<U+%04X>", c);
		} else {
			memcpy(tmp + o, id + i, l);
			o += l;
		}
		i += l - 1;
	}
	err_quote(out, cap, tmp, o);
}

int
id_norm_note(struct ssi_err *w, const char *id, size_t n, const char *norm,
    size_t len, int what)
{
	char a[300], b[300];

	show_id(id, n, a, sizeof a);
	return err_set(w, (what & IDN_INVISIBLE) ? "id %s taken as %s "
	    "(invisible characters removed)" : "id %s taken as %s (accents "
	    "composed, Unicode NFC)", a, err_quote(b, sizeof b, norm, len));
}
