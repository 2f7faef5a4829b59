/* official.c - LinkedIn's official figures in a record (see official.h). */
#include <stdio.h>
#include <string.h>

#include "ssi/official.h"

_Static_assert(F_COUNT <= 64, "struct profile's have holds one bit per field");
_Static_assert(OFFICIAL_N == 17, "ssi.7 OFFICIAL FIGURES names 17 official fields");

/* Ranges in thousandths.  A rank reads 0..100 here: 0 is refused by
 * official_check unless the record is a failed capture (all zero). */
static const struct official_range ranges[OFFICIAL_N] = {
	[F_OFFICIAL_SSI - OFFICIAL_FIRST] = { 0, 100000, 3 },
	[F_OFFICIAL_BRAND - OFFICIAL_FIRST] = { 0, 25000, 3 },
	[F_OFFICIAL_PEOPLE - OFFICIAL_FIRST] = { 0, 25000, 3 },
	[F_OFFICIAL_ENGAGEMENT - OFFICIAL_FIRST] = { 0, 25000, 3 },
	[F_OFFICIAL_RELATIONSHIPS - OFFICIAL_FIRST] = { 0, 25000, 3 },
	[F_INDUSTRY_TOP_PCT - OFFICIAL_FIRST] = { 0, 100000, 0 },
	[F_NETWORK_TOP_PCT - OFFICIAL_FIRST] = { 0, 100000, 0 },
	[F_INDUSTRY_AVG_SSI - OFFICIAL_FIRST] = { 0, 100000, 2 },
	[F_NETWORK_AVG_SSI - OFFICIAL_FIRST] = { 0, 100000, 2 },
	[F_INDUSTRY_AVG_BRAND - OFFICIAL_FIRST] = { 0, 25000, 2 },
	[F_INDUSTRY_AVG_PEOPLE - OFFICIAL_FIRST] = { 0, 25000, 2 },
	[F_INDUSTRY_AVG_ENGAGEMENT - OFFICIAL_FIRST] = { 0, 25000, 2 },
	[F_INDUSTRY_AVG_RELATIONSHIPS - OFFICIAL_FIRST] = { 0, 25000, 2 },
	[F_NETWORK_AVG_BRAND - OFFICIAL_FIRST] = { 0, 25000, 2 },
	[F_NETWORK_AVG_PEOPLE - OFFICIAL_FIRST] = { 0, 25000, 2 },
	[F_NETWORK_AVG_ENGAGEMENT - OFFICIAL_FIRST] = { 0, 25000, 2 },
	[F_NETWORK_AVG_RELATIONSHIPS - OFFICIAL_FIRST] = { 0, 25000, 2 },
};

/* A member's goal for the index is read as the official index is. */
static const struct official_range goal_range = { 0, 100000, 2 };

const struct official_range *
official_range(int f)
{
	if (f == F_GOAL)
		return &goal_range;
	return official_is(f) ? &ranges[f - OFFICIAL_FIRST] : NULL;
}

static int
is_rank(int f)
{
	return f == F_INDUSTRY_TOP_PCT || f == F_NETWORK_TOP_PCT;
}

char *
official_fmt(int64_t v, char *buf, size_t n)
{
	uint64_t a = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
	unsigned fr = (unsigned)(a % 1000);
	size_t k;

	if (fr == 0) {
		snprintf(buf, n, "%s%llu", v < 0 ? "-" : "",
		    (unsigned long long)(a / 1000));
		return buf;
	}
	snprintf(buf, n, "%s%llu.%03u", v < 0 ? "-" : "",
	    (unsigned long long)(a / 1000), fr);
	k = strlen(buf);
	while (k > 0 && buf[k - 1] == '0')
		buf[--k] = '\0';	/* no trailing zeros in the decimals */
	return buf;
}

char *
official_fixed(int64_t v, int d, char *buf, size_t n)
{
	static const unsigned p10[] = { 1000, 100, 10, 1 };
	static const char *const fmt[] = { "", "%s%llu.%01llu", "%s%llu.%02llu",
	    "%s%llu.%03llu" };
	uint64_t a = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
	unsigned unit;

	if (d < 0)
		d = 0;
	if (d > 3)
		d = 3;
	unit = p10[d];
	a = (a + unit / 2) / unit;	/* half away from zero */
	if (d == 0)
		snprintf(buf, n, "%s%llu", v < 0 && a ? "-" : "",
		    (unsigned long long)a);
	else
		snprintf(buf, n, fmt[d], v < 0 && a ? "-" : "",
		    (unsigned long long)(a / (1000 / unit)),
		    (unsigned long long)(a % (1000 / unit)));
	return buf;
}

/*
 * The value of a decimal number -?D+([.,]D+)?([eE][+-]?D+)? in
 * thousandths, rounded half away from zero to keep decimals (0..3).
 * Returns 0 with *milli (its magnitude) and *neg, -1 when s is not such a
 * number, -2 when it is but too large to be in any official range.
 */
static int
exact(const char *s, size_t n, int comma, int keep, int64_t *milli,
    int *neg)
{
	char dig[48];
	size_t i = 0, nd = 0;
	long e10 = 0, ex = 0, whole;
	int exneg = 0, seen = 0, up = 0;
	int64_t v = 0;

	*neg = 0;
	if (i < n && s[i] == '-') {
		*neg = 1;
		i++;
	}
	for (; i < n && s[i] >= '0' && s[i] <= '9'; i++) {
		seen = 1;
		if (nd == 0 && s[i] == '0')
			continue;
		if (nd == sizeof dig)
			return -2;	/* far beyond 100 */
		dig[nd++] = s[i];
	}
	if (!seen)
		return -1;
	if (i < n && (s[i] == '.' || (comma && s[i] == ','))) {
		size_t d0 = ++i;

		for (; i < n && s[i] >= '0' && s[i] <= '9'; i++) {
			if (nd == 0 && s[i] == '0') {
				e10--;
				continue;
			}
			if (nd == sizeof dig)
				continue;	/* beyond any rounding */
			e10--;
			dig[nd++] = s[i];
		}
		if (i == d0)
			return -1;
	}
	if (i < n && (s[i] == 'e' || s[i] == 'E')) {
		size_t e0;

		i++;
		if (i < n && (s[i] == '+' || s[i] == '-'))
			exneg = s[i++] == '-';
		e0 = i;
		for (; i < n && s[i] >= '0' && s[i] <= '9'; i++)
			if (ex < 100000)
				ex = ex * 10 + (s[i] - '0');
		if (i == e0)
			return -1;
	}
	if (i != n)
		return -1;
	e10 += exneg ? -ex : ex;
	*milli = 0;
	if (nd == 0)
		return 0;
	/* value = dig * 10^e10: the digits that stand for units of
	 * 10^-keep are the first nd + e10 + keep; the next one rounds. */
	whole = (long)nd + e10 + keep;
	if (whole > 12)
		return -2;
	if (whole < 0)
		return 0;
	if ((size_t)whole < nd) {
		up = dig[whole] >= '5';
		nd = (size_t)whole;
	}
	for (i = 0; i < nd; i++)
		v = v * 10 + (dig[i] - '0');
	for (ex = (long)nd; ex < whole; ex++)
		v *= 10;
	v += up;
	for (ex = keep; ex < 3; ex++)
		v *= 10;
	*milli = v;
	return 0;
}

int
official_parse(int f, const char *s, size_t n, int comma, int64_t *out,
    struct ssi_err *e)
{
	const struct official_range *r = official_range(f);
	const char *name = field_defs[f].name;
	char q[160], lo[32], hi[32];
	int64_t v = 0;
	int neg, x;

	while (n > 0 && (*s == ' ' || *s == '\t'))
		s++, n--;
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	err_quote(q, sizeof q, s, n);
	x = exact(s, n, comma, r->decimals, &v, &neg);
	if (x == -1)
		return err_set(e, "%s: %s is not a number", name, q);
	if (is_rank(f) && x == 0 && v == 0)
		goto ok;	/* judged by official_check */
	if (x == -2 || (neg && v != 0) || v < r->lo || v > r->hi)
		return err_set(e, "%s: %s is out of range (%s to %s)", name, q,
		    official_fmt(is_rank(f) ? 1000 : r->lo, lo, sizeof lo),
		    official_fmt(r->hi, hi, sizeof hi));
ok:
	*out = v;
	return 0;
}

int64_t
official_sum(const struct profile *p)
{
	int64_t sum = 0;
	int pl;

	for (pl = 0; pl < 4; pl++) {
		if (!profile_has(p, OFFICIAL_COMPONENT(pl)))
			return -1;
		sum += p->num[OFFICIAL_COMPONENT(pl)];
	}
	return sum;
}

int
official_check(struct profile *p, struct ssi_err *w, struct ssi_err *e)
{
	uint64_t have = p->have & OFFICIAL_MASK;
	int64_t sum;
	char a[32], b[32];
	int f, zero = 1, warned = 0;

	if (have == 0)
		return 0;
	for (f = OFFICIAL_FIRST; f < F_COUNT; f++)
		if (profile_has(p, f) && p->num[f] != 0)
			zero = 0;
	if (zero) {
		p->have &= ~OFFICIAL_MASK;
		err_set(w, "official figures all zero: taken as missing");
		return 1;
	}
	for (f = F_INDUSTRY_TOP_PCT; f <= F_NETWORK_TOP_PCT; f++)
		if (profile_has(p, f) && p->num[f] == 0)
			return err_set(e, "%s: '0' is out of range (1 to 100)",
			    field_defs[f].name);
	sum = official_sum(p);
	if (sum < 0 || sum > 100000)
		return 0;	/* without the four, official_ssi as given */
	if (profile_has(p, F_OFFICIAL_SSI) &&
	    (p->num[F_OFFICIAL_SSI] - sum > 1000 ||
	    sum - p->num[F_OFFICIAL_SSI] > 1000)) {
		err_set(w, "official_ssi %s does not match its components "
		    "(sum %s)", official_fmt(p->num[F_OFFICIAL_SSI], a, sizeof a),
		    official_fixed(sum, 2, b, sizeof b));
		warned = 1;
	}
	/* The index is the sum of its components (ssi.7 OFFICIAL FIGURES):
	 * the page shows it rounded; the sum is what every output uses. */
	p->num[F_OFFICIAL_SSI] = sum;
	p->have |= (uint64_t)1 << F_OFFICIAL_SSI;
	return warned;
}

int
official_settle(struct profile *p)
{
	int64_t sum = official_sum(p);

	if (sum < 0 || sum > 100000)
		return 0;
	if (profile_has(p, F_OFFICIAL_SSI) && p->num[F_OFFICIAL_SSI] == sum)
		return 0;
	p->num[F_OFFICIAL_SSI] = sum;
	p->have |= (uint64_t)1 << F_OFFICIAL_SSI;
	return 1;
}
