/* profile.c - profile records: value parsing, validation (see profile.h). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "official.h"
#include "profile.h"

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
	size_t i = 0;
	long cps = 0;

	/* ASCII without NUL, the usual case: 8 bytes at a time */
	for (; i + 8 <= n; i += 8, cps += 8) {
		const uint64_t hi = 0x8080808080808080u;
		uint64_t w;

		memcpy(&w, u + i, 8);
		if ((w & hi) || ((w - 0x0101010101010101u) & ~w & hi))
			break;
	}
	while (i < n) {
		unsigned c = u[i];
		size_t k;
		unsigned lo = 0x80, hi = 0xBF;

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
				hi = 0x9F;	/* no surrogates */
		} else if (c >= 0xF0 && c <= 0xF4) {
			k = 3;
			if (c == 0xF0)
				lo = 0x90;
			else if (c == 0xF4)
				hi = 0x8F;	/* <= U+10FFFF */
		} else
			return -1;
		if (i + k >= n)
			return -1;
		if (u[i + 1] < lo || u[i + 1] > hi)
			return -1;
		for (size_t j = 2; j <= k; j++)
			if ((u[i + j] & 0xC0) != 0x80)
				return -1;
		i += k + 1;
		cps++;
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

int
parse_whole(const char *s, size_t n, int64_t lo, int64_t hi, int64_t *out)
{
	char tmp[64];
	size_t i;
	int64_t v = 0;
	double d;

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
		i++;
	if (i >= n || s[i] < '0' || s[i] > '9')
		return -1;
	while (i < n && s[i] >= '0' && s[i] <= '9')
		i++;
	if (i < n && s[i] == '.') {
		size_t d0 = ++i;

		while (i < n && s[i] >= '0' && s[i] <= '9')
			i++;
		if (i == d0)
			return -1;
	}
	if (i < n && (s[i] == 'e' || s[i] == 'E')) {
		size_t e0;

		i++;
		if (i < n && (s[i] == '+' || s[i] == '-'))
			i++;
		e0 = i;
		while (i < n && s[i] >= '0' && s[i] <= '9')
			i++;
		if (i == e0)
			return -1;
	}
	if (i != n)
		return -1;
	if (n >= sizeof tmp)
		return -2;	/* a well-formed number too long to be in range */
	memcpy(tmp, s, n);
	tmp[n] = '\0';
	d = strtod(tmp, NULL);	/* the C locale: '.' is the decimal point */
	if (!isfinite(d))
		return -2;
	if (d != floor(d))
		return -1;
	if (d < (double)lo || d > (double)hi)
		return -2;
	*out = (int64_t)d;
	return 0;
}

/* true/yes/y/1 or false/no/n/0, in any case. */
static int
parse_flag(const char *s, size_t n, int64_t *out)
{
	static const struct { char w[6]; size_t n; } words[] = {
		{ "0", 1 }, { "1", 1 }, { "n", 1 }, { "y", 1 }, { "no", 2 },
		{ "yes", 3 }, { "false", 5 }, { "true", 4 }
	};
	char low[8];
	size_t i;

	trim(&s, &n);
	if (n == 0 || n >= sizeof low)
		return -1;
	for (i = 0; i < n; i++)
		low[i] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] + 32) : s[i];
	/* words are in false/true pairs; compare only those of length n */
	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (words[i].n == n && memcmp(low, words[i].w, n) == 0) {
			*out = (int64_t)(i & 1);
			return 0;
		}
	return -1;
}

static int
is_date(const char *s, size_t n)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int y, m, d, i, leap;

	if (n != 10 || s[4] != '-' || s[7] != '-')
		return 0;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return 0;
	y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	m = (s[5] - '0') * 10 + (s[6] - '0');
	d = (s[8] - '0') * 10 + (s[9] - '0');
	if (m < 1 || m > 12 || d < 1)
		return 0;
	leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return d <= mdays[m - 1] + (m == 2 && leap);
}

static int
store_text(struct profile *p, int f, const char *s, size_t n, long cps)
{
	if (p->arena_len + n + 1 > p->arena_cap) {
		size_t cap = p->arena_cap ? p->arena_cap : 1024;
		char *na;

		while (cap < p->arena_len + n + 1)
			cap *= 2;
		na = realloc(p->arena, cap);
		if (na == NULL)
			return -1;
		p->arena = na;
		p->arena_cap = cap;
	}
	memcpy(p->arena + p->arena_len, s, n);
	p->arena[p->arena_len + n] = '\0';
	p->off[f] = (uint32_t)p->arena_len;
	p->len[f] = (uint32_t)n;
	p->cps[f] = (uint32_t)cps;
	p->arena_len += n + 1;
	return 0;
}

int
profile_set(struct profile *p, int f, const char *s, size_t n,
    enum value_kind kind, int replace, struct ssi_err *e)
{
	const struct field_def *fd = &field_defs[f];
	char q[160];
	int64_t v;
	long cps;
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
			if (!is_date(s, n))
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
		if (r == -1)
			return err_set(e, "%s: %s is not a whole number",
			    fd->name, err_quote(q, sizeof q, s, n));
		if (r == -2)
			return err_set(e, "%s: %s is out of range (%s)",
			    fd->name, err_quote(q, sizeof q, s, n),
			    fd->type == FT_PERIOD ? "1 to 366" :
			    "0 to 1000000000");
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
	size_t i;

	for (i = 0; i < sizeof rules / sizeof rules[0]; i++) {
		int a = rules[i].part, b = rules[i].whole;
		int64_t whole;

		if (!profile_has(p, a))
			continue;
		if (b == F_PERIOD_DAYS)
			whole = profile_period(p);
		else if (profile_has(p, b))
			whole = p->num[b];
		else
			continue;
		if (p->num[a] > whole)
			return err_set(e, "%s (%lld) exceeds %s (%lld)",
			    field_defs[a].name, (long long)p->num[a],
			    field_defs[b].name, (long long)whole);
	}
	return 0;
}
