/* profile.c - profile records: value parsing, validation (see profile.h). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ssi/official.h"
#include "ssi/profile.h"

#if defined(__SSE2__) && defined(__GNUC__)
#define UTF8_SSE2 1
#include <emmintrin.h>
#else
#define UTF8_SSE2 0
#endif

void
profile_init(struct profile *p)
{
	memset(p, 0, sizeof *p);
	p->num[F_PERIOD_DAYS] = PERIOD_DEFAULT;
}

void
profile_free(struct profile *p)
{
	if (p == NULL)
		return;
	free(p->arena);
	profile_init(p);
}

int
profile_copy(struct profile *dst, const struct profile *src)
{
	char *arena = dst->arena;
	size_t cap = dst->arena_cap;

	if (cap < src->arena_len) {
		char *na = realloc(arena, src->arena_len);

		if (na == NULL)
			return -1;
		arena = na;
		cap = src->arena_len;
	}
	*dst = *src;
	dst->arena = arena;
	dst->arena_cap = cap;
	if (src->arena_len)
		memcpy(arena, src->arena, src->arena_len);
	return 0;
}

const char *
profile_text(const struct profile *p, int f)
{
	if (!profile_has(p, f) || field_defs[f].type > FT_DATE)
		return NULL;
	return p->arena + p->off[f];
}

int64_t
profile_period(const struct profile *p)
{
	return p->num[F_PERIOD_DAYS];
}

void
profile_unset(struct profile *p, int f)
{
	p->have &= ~((uint64_t)1 << f);
	if (f == F_PERIOD_DAYS)
		p->num[f] = PERIOD_DEFAULT;
}

long
utf8_count(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	const uint64_t hi = 0x8080808080808080u, one = 0x0101010101010101u;
	size_t i = 0;
	long cps = 0;

	while (i < n) {
#if UTF8_SSE2
		/* ASCII without NUL, the usual case: 16 bytes at a time
		 * (a byte's high bit, or all of it for a NUL) */
		for (; i + 16 <= n; i += 16, cps += 16) {
			__m128i v = _mm_loadu_si128((const __m128i *)(u + i));
			unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(v,
			    _mm_cmpeq_epi8(v, _mm_setzero_si128())));

			if (m != 0) {
				i += (size_t)__builtin_ctz(m);
				cps += __builtin_ctz(m);
				goto one;
			}
		}
		if (i < n && n >= 16) {
			/* the last 16 bytes, overlapping: the rest ASCII? */
			__m128i v = _mm_loadu_si128((const __m128i *)(u + n -
			    16));

			if (_mm_movemask_epi8(_mm_or_si128(v, _mm_cmpeq_epi8(v,
			    _mm_setzero_si128()))) == 0)
				return cps + (long)(n - i);
		}
#endif
		/* then 8 bytes at a time */
		for (; i + 8 <= n; i += 8, cps += 8) {
			uint64_t w;

			memcpy(&w, u + i, 8);
			if ((w & hi) || ((w - one) & ~w & hi)) {
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
				/* straight to the word's first byte that
				 * is not such (a NUL's borrow marks only
				 * bytes after it) */
				uint64_t m = (w & hi) | ((w - one) & ~w & hi);
				size_t k = (size_t)__builtin_ctzll(m) / 8;

				i += k;
				cps += (long)k;
#endif
				break;
			}
		}
		if (i < n && n >= 8 && n - i < 8) {
			/* the last 8 bytes, overlapping: the rest ASCII? */
			uint64_t w;

			memcpy(&w, u + n - 8, 8);
			if (!((w & hi) || ((w - one) & ~w & hi)))
				return cps + (long)(n - i);
		}
		/* up to one code point that is not ASCII, then words again
		 * (an accent does not make the rest of a long text
		 * bytewise) */
#if UTF8_SSE2
one:
#endif
		while (i < n) {
			unsigned c = u[i];
			size_t k;
			unsigned lo = 0x80, top = 0xBF;

			if (c < 0x80) {
				if (c == 0)
					return -1;
				i++;
				cps++;
				continue;
			}
			if (c >= 0xC2 && c <= 0xDF)
				k = 1;
			else if (c >= 0xE0 && c <= 0xEF) {
				k = 2;
				if (c == 0xE0)
					lo = 0xA0;	/* no overlong */
				else if (c == 0xED)
					top = 0x9F;	/* no surrogates */
			} else if (c >= 0xF0 && c <= 0xF4) {
				k = 3;
				if (c == 0xF0)
					lo = 0x90;
				else if (c == 0xF4)
					top = 0x8F;	/* <= U+10FFFF */
			} else
				return -1;
			if (i + k >= n)
				return -1;
			if (u[i + 1] < lo || u[i + 1] > top)
				return -1;
			for (size_t j = 2; j <= k; j++)
				if ((u[i + j] & 0xC0) != 0x80)
					return -1;
			i += k + 1;
			cps++;
			break;
		}
	}
	return cps;
}

static void
trim(const char **s, size_t *n)
{
	while (*n > 0 && (**s == ' ' || **s == '\t'))
		(*s)++, (*n)--;
	while (*n > 0 && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t'))
		(*n)--;
}

/*
 * The value of a well-formed number is decided on its decimal text, never
 * after strtod rounds (1e-400, 4.9999999999999999999 and
 * 1000000000.0000000001 are not whole numbers): the digits without leading
 * zeros, and where the decimal point falls among them.
 */
int
parse_whole(const char *s, size_t n, int64_t lo, int64_t hi, int64_t *out)
{
	size_t i, d0, int_end, frac0 = 0, frac_end = 0, sig0, sig_end;
	int64_t v = 0;
	long exp = 0, point;
	int neg = 0;

	trim(&s, &n);
	if (n == 0)
		return -1;
	/* Fast path: plain digits. */
	for (i = 0; i < n && i < 18 && s[i] >= '0' && s[i] <= '9'; i++)
		v = v * 10 + (s[i] - '0');
	if (i == n) {
		if (v < lo || v > hi)
			return -2;
		*out = v;
		return 0;
	}
	/* The general form: -?digits(.digits)?([eE][+-]?digits)? */
	i = 0;
	if (s[i] == '-')
		neg = 1, i++;
	if (i >= n || s[i] < '0' || s[i] > '9')
		return -1;
	d0 = i;
	while (i < n && s[i] >= '0' && s[i] <= '9')
		i++;
	int_end = i;
	if (i < n && s[i] == '.') {
		frac0 = ++i;
		while (i < n && s[i] >= '0' && s[i] <= '9')
			i++;
		if (i == frac0)
			return -1;
		frac_end = i;
	}
	if (i < n && (s[i] == 'e' || s[i] == 'E')) {
		size_t e0;
		int eneg = 0;

		i++;
		if (i < n && (s[i] == '+' || s[i] == '-'))
			eneg = s[i++] == '-';
		e0 = i;
		while (i < n && s[i] >= '0' && s[i] <= '9') {
			if (exp < 100000000)	/* saturate: far out either way */
				exp = exp * 10 + (s[i] - '0');
			i++;
		}
		if (i == e0)
			return -1;
		if (eneg)
			exp = -exp;
	}
	if (i != n)
		return -1;
	/*
	 * The digits D = int part then fraction, read as one string; the
	 * value is 0.D times 10^point.  Skip leading zeros (moving the point)
	 * and trailing zeros: the number is whole when no significant digit
	 * is right of the point.
	 */
#define DIGIT(k) ((k) < int_end ? s[(k)] : s[frac0 + (k) - int_end])
	{
		size_t nd = (int_end - d0) + (frac_end - frac0);
		size_t k;

		point = (long)(int_end - d0) + exp;
		sig0 = 0;
		while (sig0 < nd && DIGIT(d0 + sig0) == '0')
			sig0++, point--;
		if (sig0 == nd) {	/* zero */
			if (lo > 0)
				return -2;
			*out = 0;
			return 0;
		}
		sig_end = nd;
		while (DIGIT(d0 + sig_end - 1) == '0')
			sig_end--;
		if ((long)(sig_end - sig0) > point)
			return -1;	/* a fraction */
		if (neg || point > 18)
			return -2;
		v = 0;
		for (k = 0; k < (size_t)point; k++)
			v = v * 10 + (sig0 + k < sig_end ?
			    DIGIT(d0 + sig0 + k) - '0' : 0);
	}
#undef DIGIT
	if (v < lo || v > hi)
		return -2;
	*out = v;
	return 0;
}

/*
 * A count written with a thousands separator: 1 to 3 digits, then groups
 * of a separator ('.' ',' or ' ') and 3 digits, one separator throughout
 * ("1.200", "1,200", "12 345 678").  Returns the separator, or 0.
 */
static int
thousands(const char *s, size_t n)
{
	size_t i = 0, lead;
	int sep = 0;

	while (i < n && s[i] >= '0' && s[i] <= '9')
		i++;
	lead = i;
	if (lead < 1 || lead > 3 || i == n)
		return 0;
	while (i < n) {
		if (s[i] != '.' && s[i] != ',' && s[i] != ' ')
			return 0;
		if (sep && s[i] != sep)
			return 0;
		sep = s[i++];
		if (i + 3 > n || s[i] < '0' || s[i] > '9' || s[i + 1] < '0' ||
		    s[i + 1] > '9' || s[i + 2] < '0' || s[i + 2] > '9')
			return 0;
		i += 3;
	}
	return sep;
}

/*
 * A count as a decimal-comma spreadsheet writes a whole number: digits
 * (or groups of three after '.': "1.200") then ',' and zeros only
 * ("1200,00", "1.200,00", "2,0").  The digits into out; their count, or 0
 * when s is not so written.
 */
static size_t
zero_decimals(const char *s, size_t n, char *out, size_t outsz)
{
	const char *c;
	size_t i, k, o = 0;

	trim(&s, &n);
	c = memchr(s, ',', n);
	if (c == NULL || c == s || c == s + n - 1)
		return 0;
	for (i = (size_t)(c - s) + 1; i < n; i++)
		if (s[i] != '0')
			return 0;
	k = (size_t)(c - s);
	if (memchr(s, '.', k) != NULL && thousands(s, k) != '.')
		return 0;
	for (i = 0; i < k; i++) {
		if (s[i] == '.')
			continue;
		if (s[i] < '0' || s[i] > '9' || o + 1 >= outsz)
			return 0;
		out[o++] = s[i];
	}
	out[o] = '\0';
	return o;
}

/* A decimal comma: digits, ',' and digits ("2,5"). */
static int
decimal_comma(const char *s, size_t n)
{
	const char *c = memchr(s, ',', n);
	size_t i;

	if (c == NULL || c == s || c == s + n - 1)
		return 0;
	for (i = 0; i < n; i++)
		if (s + i != c && (s[i] < '0' || s[i] > '9'))
			return 0;
	return 1;
}

/* true/yes/y/1/si/sí/verdadero/sim/verdadeiro or false/no/n/0/falso/não,
 * in any case. */
static int
parse_flag(const char *s, size_t n, int64_t *out)
{
	static const struct { const char *w; int v; } words[] = {
		{ "0", 0 }, { "1", 1 }, { "n", 0 }, { "y", 1 }, { "no", 0 },
		{ "yes", 1 }, { "false", 0 }, { "true", 1 }, { "si", 1 },
		{ "s\xc3\xad", 1 }, { "verdadero", 1 }, { "falso", 0 },
		{ "sim", 1 }, { "n\xc3\xa3o", 0 }, { "nao", 0 },
		{ "verdadeiro", 1 }
	};
	char low[12];
	size_t i;

	trim(&s, &n);
	if (n == 0 || n >= sizeof low)
		return -1;
	for (i = 0; i < n; i++)
		low[i] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] + 32) : s[i];
	/* "SÍ": the capital I acute (C3 8D) lowered */
	if (n == 3 && memcmp(low, "s\xc3\x8d", 3) == 0)
		low[2] = '\xad';
	/* "NÃO": the capital A tilde (C3 83) lowered */
	if (n == 4 && memcmp(low, "n\xc3\x83o", 4) == 0)
		low[2] = '\xa3';
	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strlen(words[i].w) == n && memcmp(low, words[i].w, n) == 0) {
			*out = words[i].v;
			return 0;
		}
	return -1;
}

/* The digits of s[0..n), at most outsz - 1 of them, into out. */
static const char *
plain(const char *s, size_t n, char *out, size_t outsz)
{
	size_t i, o = 0;

	for (i = 0; i < n && o + 1 < outsz; i++)
		if (s[i] >= '0' && s[i] <= '9')
			out[o++] = s[i];
	out[o] = '\0';
	return out;
}

/* Copy s[0..n) and a NUL into the arena; its offset into *off. */
static int
arena_put(struct profile *p, const char *s, size_t n, uint32_t *off)
{
	if (p->arena_len + n + 1 > p->arena_cap) {
		size_t cap = p->arena_cap ? p->arena_cap : 1024;
		uintptr_t a = (uintptr_t)p->arena, v = (uintptr_t)s;
		/* s may be a value of p itself (a sheet's name as its id):
		 * where it is in the arena, which may move */
		size_t at = p->arena != NULL && v >= a && v < a + p->arena_len ?
		    (size_t)(v - a) : SIZE_MAX;
		char *na;

		while (cap < p->arena_len + n + 1)
			cap *= 2;
		na = realloc(p->arena, cap);
		if (na == NULL)
			return -1;
		p->arena = na;
		p->arena_cap = cap;
		if (at != SIZE_MAX)
			s = na + at;
	}
	memcpy(p->arena + p->arena_len, s, n);
	p->arena[p->arena_len + n] = '\0';
	*off = (uint32_t)p->arena_len;
	p->arena_len += n + 1;
	return 0;
}

static int
store_text(struct profile *p, int f, const char *s, size_t n, long cps)
{
	if (arena_put(p, s, n, &p->off[f]) < 0)
		return -1;
	p->len[f] = (uint32_t)n;
	p->cps[f] = (uint32_t)cps;
	return 0;
}

int
profile_set(struct profile *p, int f, const char *s, size_t n,
    enum value_kind kind, int replace, struct ssi_err *e)
{
	const struct field_def *fd = &field_defs[f];
	char q[160], tmp[64];
	int64_t v;
	long cps;
	size_t dn;
	int r;

	if (profile_has(p, f) && !replace)
		return err_set(e, "%s: given twice", fd->name);
	if (fd->type != FT_TEXT) {
		const char *t = s;
		size_t tn = n;

		trim(&t, &tn);
		if (tn == 0 && (kind == VK_STRING || kind == VK_STRING_DC)) {
			profile_unset(p, f);
			return 0;
		}
	}
	switch (fd->type) {
	case FT_TEXT:
	case FT_DATE:
		if (kind == VK_BOOL)
			return err_set(e, "%s: %s is not text", fd->name,
			    err_quote(q, sizeof q, s, n));
		if (n > FIELD_MAX_TEXT)
			return err_set(e, "%s: value longer than %d bytes",
			    fd->name, FIELD_MAX_TEXT);
		cps = utf8_count(s, n);	/* -1 on a NUL byte too */
		if (cps < 0 && memchr(s, '\0', n) != NULL)
			return err_set(e, "%s: contains a NUL byte", fd->name);
		if (cps < 0)
			return err_set(e, "%s: invalid UTF-8", fd->name);
		if (fd->type == FT_DATE) {
			trim(&s, &n);
			if (!profile_is_date(s, n))
				return err_set(e, "%s: %s is not a date "
				    "(YYYY-MM-DD)", fd->name,
				    err_quote(q, sizeof q, s, n));
		}
		if (store_text(p, f, s, n, cps) < 0)
			return err_set(e, "%s: out of memory", fd->name);
		break;
	case FT_FLAG:
		if (parse_flag(s, n, &v) < 0)
			return err_set(e, "%s: %s is not true or false",
			    fd->name, err_quote(q, sizeof q, s, n));
		p->num[f] = v;
		break;
	case FT_COUNT:
	case FT_PERIOD:
		if (kind == VK_BOOL)
			return err_set(e, "%s: %s is not a whole number",
			    fd->name, err_quote(q, sizeof q, s, n));
		if (fd->type == FT_PERIOD)
			r = parse_whole(s, n, 1, PERIOD_MAX, &v);
		else
			r = parse_whole(s, n, 0, 1000000000, &v);
		if (r == -1 && kind == VK_STRING_DC &&
		    (dn = zero_decimals(s, n, tmp, sizeof tmp)) > 0)
			r = parse_whole(tmp, dn, fd->type == FT_PERIOD ? 1 : 0,
			    fd->type == FT_PERIOD ? PERIOD_MAX : 1000000000,
			    &v);
		if (thousands(s, n))
			return err_set(e, "%s: %s is not a whole number: write "
			    "%s, without a thousands separator", fd->name,
			    err_quote(q, sizeof q, s, n), plain(s, n, tmp,
			    sizeof tmp));
		if (r == -1 && decimal_comma(s, n))
			return err_set(e, "%s: %s is not a whole number: a "
			    "count has no decimals", fd->name,
			    err_quote(q, sizeof q, s, n));
		if (r == -1)
			return err_set(e, "%s: %s is not a whole number",
			    fd->name, err_quote(q, sizeof q, s, n));
		if (r == -2)
			return err_set(e, "%s: %s is out of range (%s)",
			    fd->name, err_quote(q, sizeof q, s, n),
			    err_tr(fd->type == FT_PERIOD ? "1 to 366" :
			    "0 to 1000000000"));
		p->num[f] = v;
		break;
	case FT_DECIMAL:
		if (kind == VK_BOOL)
			return err_set(e, "%s: %s is not a number", fd->name,
			    err_quote(q, sizeof q, s, n));
		if (official_parse(f, s, n, kind == VK_STRING_DC, &v, e) < 0)
			return -1;
		p->num[f] = v;
		break;
	}
	p->have |= (uint64_t)1 << f;
	return 0;
}

int
profile_put_long(struct profile *p, int f, const char *s, size_t n,
    long cps)
{
	size_t at = p->arena_len;

	if (profile_has(p, f) || n > FIELD_MAX_TEXT ||
	    at + n + 1 > p->arena_cap)
		return 1;
	memcpy(p->arena + at, s, n);
	return profile_text_stored(p, f, at, n, cps);
}

/* The consistency rules: part <= whole. */
static const struct { int part, whole; } rules[] = {
	{ F_TARGET_CONNECTIONS, F_CONNECTIONS },
	{ F_SENIOR_CONNECTIONS, F_CONNECTIONS },
	{ F_COLLEAGUE_CONNECTIONS, F_CONNECTIONS },
	{ F_VIEWERS_CONTACTED, F_PROFILE_VIEWERS },
	{ F_MESSAGES_REPLIED, F_MESSAGES_RECEIVED },
	{ F_INVITATIONS_ACCEPTED, F_INVITATIONS_SENT },
	{ F_INVITATIONS_PERSONALIZED, F_INVITATIONS_SENT },
	{ F_ACTIVE_DAYS, F_PERIOD_DAYS },
};

int
profile_check(const struct profile *p, struct ssi_err *e)
{
	size_t i = 0;

	return profile_check_next(p, &i, e);
}

enum { NRULES = sizeof rules / sizeof rules[0] };

/* profile_check_next's general case: every rule at once, without a branch
 * per rule; bit i set when rule i applies (its part given, and its whole;
 * period_days always, read with its default) and is broken. */
static __attribute__((noinline)) int
check_from(const struct profile *p, size_t *next, struct ssi_err *e)
{
	unsigned broken = 0;
	size_t i;
	int a, b;

	for (i = 0; i < NRULES; i++) {
		unsigned on;

		a = rules[i].part;
		b = rules[i].whole;
		on = (unsigned)(p->have >> a) & ((unsigned)(p->have >> b) |
		    (b == F_PERIOD_DAYS)) & 1u;
		broken |= (on & (p->num[a] > p->num[b])) << i;
	}
	broken &= ~0u << *next;
	if (broken == 0) {
		*next = NRULES;
		return 0;
	}
	for (i = *next; !(broken >> i & 1u); i++)
		;
	a = rules[i].part;
	b = rules[i].whole;
	*next = i + 1;
	return err_set(e, "%s (%lld) exceeds %s (%lld)", field_defs[a].name,
	    (long long)p->num[a], field_defs[b].name, (long long)p->num[b]);
}

int
profile_check_next(const struct profile *p, size_t *next, struct ssi_err *e)
{
	uint64_t all = 0;
	size_t i;

	if (*next >= NRULES)
		return 0;
	if (*next > 0)
		return check_from(p, next, e);
	/* every field of the rules given, the usual case: the comparisons
	 * only (all is a constant) */
	for (i = 0; i < NRULES; i++)
		all |= (uint64_t)1 << rules[i].part |
		    (rules[i].whole == F_PERIOD_DAYS ? 0 :
		    (uint64_t)1 << rules[i].whole);
	if ((p->have & all) != all)
		return check_from(p, next, e);
	for (i = 0; i < NRULES; i++)
		if (p->num[rules[i].part] > p->num[rules[i].whole])
			return check_from(p, next, e);
	*next = NRULES;
	return 0;
}

/* ---- your own columns ---- */

int
profile_set_custom(struct profile *p, const char *name, const char *s,
    size_t n, struct ssi_err *e)
{
	size_t nl = strlen(name), k;
	long cps;
	char q[160];

	trim(&s, &n);
	if (n == 0)
		return 0;
	for (k = 0; k < p->ncustom; k++)
		if (strcmp(p->arena + p->cname[k], name) == 0)
			return err_set(e, "%s: given twice",
			    err_quote(q, sizeof q, name, nl));
	if (p->ncustom == PROFILE_MAX_CUSTOM)
		return err_set(e, "more than %d columns of your own",
		    PROFILE_MAX_CUSTOM);
	if (n > FIELD_MAX_TEXT)
		return err_set(e, "%s: value longer than %d bytes",
		    err_quote(q, sizeof q, name, nl), FIELD_MAX_TEXT);
	cps = utf8_count(s, n);
	if (cps < 0 && memchr(s, '\0', n) != NULL)
		return err_set(e, "%s: contains a NUL byte",
		    err_quote(q, sizeof q, name, nl));
	if (cps < 0)
		return err_set(e, "%s: invalid UTF-8",
		    err_quote(q, sizeof q, name, nl));
	if (arena_put(p, name, nl, &p->cname[p->ncustom]) < 0 ||
	    arena_put(p, s, n, &p->cval[p->ncustom]) < 0)
		return err_set(e, "out of memory");
	p->ncustom++;
	return 0;
}

const char *
profile_custom(const struct profile *p, const char *name)
{
	char norm[128];
	size_t k;

	field_normalize(name, strlen(name), norm, sizeof norm);
	for (k = 0; k < p->ncustom; k++)
		if (strcmp(p->arena + p->cname[k], norm) == 0)
			return p->arena + p->cval[k];
	return NULL;
}

/* ---- dates written d/m/y or m/d/y ---- */

static const char *const months[] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"
};

void
profile_date_words(const char *date, char *out, size_t outsz)
{
	int y = atoi(date), m = atoi(date + 5), d = atoi(date + 8);

	if (m < 1 || m > 12) {
		snprintf(out, outsz, "%s", date);
		return;
	}
	/* "%d %s %d" translated: "9 de noviembre de 2026" */
	snprintf(out, outsz, err_tr("%d %s %d"), d, err_tr(months[m - 1]), y);
}

/* Day a, month b of year y as YYYY-MM-DD into out[11], if a real date. */
static int
ymd(int y, int m, int d, char out[11])
{
	snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
	return m >= 1 && m <= 12 && profile_is_date(out, 10);
}

int
profile_date(const char *s, size_t n, int order, char out[11],
    struct ssi_err *e)
{
	int part[3] = { 0, 0, 0 }, len[3] = { 0, 0, 0 }, k = 0, ok[2];
	char q[160], dmy[11], mdy[11], rd[40], rm[40];
	const char *t = s;
	size_t tn = n, i;

	trim(&t, &tn);
	for (i = 0; i < tn; i++) {
		if (t[i] == '/' && k < 2 && len[k] > 0) {
			k++;
		} else if (t[i] >= '0' && t[i] <= '9' && len[k] < 4) {
			part[k] = part[k] * 10 + (t[i] - '0');
			len[k]++;
		} else {
			k = -1;
			break;
		}
	}
	if (k == 2 && len[0] <= 2 && len[1] <= 2 && len[2] == 2)
		return err_set(e, "as_of: %s: the year needs four digits "
		    "(%d/%d/20%02d, or write YYYY-MM-DD)",
		    err_quote(q, sizeof q, s, n), part[0], part[1], part[2]);
	if (k != 2 || len[0] > 2 || len[1] > 2 || len[2] != 4)
		return err_set(e, "as_of: %s is not a date (YYYY-MM-DD)",
		    err_quote(q, sizeof q, s, n));
	ok[0] = ymd(part[2], part[1], part[0], dmy);
	ok[1] = ymd(part[2], part[0], part[1], mdy);
	if (order == DATES_DMY || order == DATES_MDY) {
		if (!ok[order == DATES_MDY])
			return err_set(e, "as_of: %s is not a date (--dates %s)",
			    err_quote(q, sizeof q, s, n),
			    order == DATES_DMY ? "dmy" : "mdy");
		memcpy(out, order == DATES_DMY ? dmy : mdy, 11);
		return 0;
	}
	if (ok[0])
		profile_date_words(dmy, rd, sizeof rd);
	else
		snprintf(rd, sizeof rd, "%s", err_tr("no such date"));
	if (ok[1])
		profile_date_words(mdy, rm, sizeof rm);
	else
		snprintf(rm, sizeof rm, "%s", err_tr("no such date"));
	return err_set(e, "as_of: %s is not a date (YYYY-MM-DD): give "
	    "--dates dmy (%s) or --dates mdy (%s)",
	    err_quote(q, sizeof q, s, n), rd, rm);
}
