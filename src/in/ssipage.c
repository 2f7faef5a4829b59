/* ssipage.c - the SSI page's pasted text -> official figures (see
 * ssipage.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "profile.h"
#include "ssipage.h"

enum { L_INDEX, L_BRAND, L_PEOPLE, L_ENGAGEMENT, L_RELATIONSHIPS, L_COUNT };

/* One line of the paste: its original bytes and a folded form (ASCII
 * lower case, accents dropped, blanks collapsed, trimmed). */
struct line {
	const char *raw;
	size_t rawn;
	char *f;
	size_t n;
	long at[L_COUNT];	/* where a label of each kind starts, -1 */
	size_t len[L_COUNT];		/* its length */
};

struct page {
	struct line *l;
	size_t n;
	char *fold;		/* the folded lines, one buffer */
};

/* A number in a folded line: value in thousandths, its bytes [a, b). */
struct num {
	int64_t v;
	size_t a, b;
	int pct;		/* followed by '%' */
};

#define MAX_NUMS 32

/* ---- labels (folded: lower case, no accents) ---- */

static const char *const labels[L_COUNT][8] = {
	[L_INDEX] = { "current social selling index",
	    "social selling index actual", "indice de social selling actual",
	    "social selling index atual", "current ssi", "ssi actual",
	    "ssi atual", NULL },
	[L_BRAND] = { "establish your professional brand",
	    "establecer tu marca profesional",
	    "estabelecer sua marca profissional", NULL },
	[L_PEOPLE] = { "find the right people",
	    "encontrar a las personas adecuadas",
	    "localizar as pessoas certas", NULL },
	[L_ENGAGEMENT] = { "engage with insights",
	    "interactuar ofreciendo informacion",
	    "interagir oferecendo insights", NULL },
	[L_RELATIONSHIPS] = { "build relationships", "establecer relaciones",
	    "crear relaciones", "criar relacionamentos", NULL },
};

static const char *const industry_words[] = { "industry", "sector", "setor", NULL };
static const char *const network_words[] = { "network", "red", "rede", NULL };
static const char *const rank_words[] = { "top", "principal", "primeiros", NULL };
static const char *const avg_words[] = { "average ssi", "ssi medio",
	"ssi promedio", NULL };

/* ---- folding ---- */

/* The ASCII letter of a Latin-1 letter U+00C0..U+00FF, or 0. */
static char
latin1_base(unsigned c)
{
	static const char map[] =
	    "aaaaaaaceeeeiiii" "dnooooo ouuuuy  "	/* C0-DF */
	    "aaaaaaaceeeeiiii" "dnooooo ouuuuy y";	/* E0-FF */

	if (c < 0xC0 || c > 0xFF)
		return 0;
	return map[c - 0xC0] == ' ' ? 0 : map[c - 0xC0];
}

/* Fold raw[0..n) into out (room for n + 1): returns the length. */
static size_t
fold(const char *raw, size_t n, char *out)
{
	const unsigned char *u = (const unsigned char *)raw;
	size_t i = 0, o = 0;
	int space = 1;		/* drop leading blanks */

	while (i < n) {
		unsigned c = u[i];
		char ch;
		size_t k = 1;

		if (c == ' ' || c == '\t' || c == '\f' || c == '\v') {
			ch = ' ';
		} else if (c == 0xC2 && i + 1 < n && u[i + 1] == 0xA0) {
			ch = ' ';	/* no-break space */
			k = 2;
		} else if (c == 0xE2 && i + 2 < n && u[i + 1] == 0x80 &&
		    ((u[i + 2] >= 0x80 && u[i + 2] <= 0x8A) || u[i + 2] == 0xAF)) {
			ch = ' ';	/* the Unicode spaces */
			k = 3;
		} else if (c == 0xE2 && i + 2 < n && u[i + 1] == 0x80 &&
		    (u[i + 2] == 0x98 || u[i + 2] == 0x99)) {
			ch = '\'';
			k = 3;
		} else if (c == 0xC3 && i + 1 < n && u[i + 1] >= 0x80 &&
		    u[i + 1] <= 0xBF && latin1_base(u[i + 1] + 0x40u)) {
			ch = latin1_base(u[i + 1] + 0x40u);
			k = 2;
		} else if (c >= 0xC0 && latin1_base(c) && !(i + 1 < n &&
		    (u[i + 1] & 0xC0) == 0x80)) {
			ch = latin1_base(c);	/* a Latin-1 (Windows-1252) paste */
		} else if (c >= 'A' && c <= 'Z') {
			ch = (char)(c - 'A' + 'a');
		} else if (c == 0) {
			ch = ' ';
		} else {
			ch = (char)c;
		}
		i += k;
		if (ch == ' ') {
			if (!space)
				out[o++] = ' ';
			space = 1;
			continue;
		}
		space = 0;
		out[o++] = ch;
	}
	while (o > 0 && out[o - 1] == ' ')
		o--;
	out[o] = '\0';
	return o;
}

static int
is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (unsigned char)c >= 0x80;
}

static int
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

/* Where word w occurs in s as a whole word (or phrase), or NULL. */
static const char *
find_word(const char *s, const char *w)
{
	size_t wn = strlen(w);
	const char *p = s;

	while ((p = strstr(p, w)) != NULL) {
		if ((p == s || !is_alpha(p[-1])) && !is_alpha(p[wn]))
			return p;
		p++;
	}
	return NULL;
}

static int
any_word(const char *s, const char *const *ws)
{
	for (; *ws; ws++)
		if (find_word(s, *ws))
			return 1;
	return 0;
}

/* ---- numbers ---- */

/* The numbers of s[0..n): digits, with '.' or ',' and 1 to 3 decimals. */
static size_t
numbers(const char *s, size_t n, struct num *out, size_t max)
{
	size_t i = 0, k = 0;

	while (i < n && k < max) {
		size_t a = i, d;
		int64_t v = 0;
		int ok = 1, nd = 0, dec = 0;

		if (!is_digit(s[i]) || (i > 0 && (is_alpha(s[i - 1]) ||
		    is_digit(s[i - 1])))) {
			i++;
			continue;
		}
		/* a number glued to ".5" or "1." is not one of ours */
		if (i > 1 && (s[i - 1] == '.' || s[i - 1] == ',') &&
		    is_digit(s[i - 2]))
			ok = 0;
		for (; i < n && is_digit(s[i]); i++) {
			if (nd < 7)
				v = v * 10 + (s[i] - '0');
			if (v != 0 || s[i] != '0')
				nd++;
		}
		if (nd > 6)
			ok = 0;
		v *= 1000;
		if (i + 1 < n && (s[i] == '.' || s[i] == ',') &&
		    is_digit(s[i + 1])) {
			int64_t f = 0;

			for (d = i + 1; d < n && is_digit(s[d]); d++, dec++)
				if (dec < 3)
					f = f * 10 + (s[d] - '0');
			if (dec > 3)
				ok = 0;
			while (dec < 3) {
				f *= 10;
				dec++;
			}
			v += f;
			i = d;
		}
		if (i < n && (is_alpha(s[i]) || ((s[i] == '.' || s[i] == ',')
		    && i + 1 < n && is_digit(s[i + 1]))))
			ok = 0;
		if (!ok)
			continue;
		out[k].v = v;
		out[k].a = a;
		out[k].b = i;
		d = i;
		if (d < n && s[d] == ' ')
			d++;
		out[k].pct = d < n && s[d] == '%';
		k++;
	}
	return k;
}

/* Skip separators (blanks, | : · - and the like) in s[*i..n). */
static void
skip_seps(const char *s, size_t *i, size_t n)
{
	while (*i < n && (s[*i] == ' ' || s[*i] == '|' || s[*i] == ':' ||
	    s[*i] == '-' || s[*i] == '(' || s[*i] == ')' ||
	    (unsigned char)s[*i] == 0xC2 || (unsigned char)s[*i] == 0xB7 ||
	    (unsigned char)s[*i] == 0xE2 || (unsigned char)s[*i] == 0x80 ||
	    (unsigned char)s[*i] == 0x93 || (unsigned char)s[*i] == 0x94))
		(*i)++;
}

/* Skip "/ 25", "out of 25", "of 25", "de 25" (den 25 or 100) at s+*i. */
static int
skip_den(const char *s, size_t *i, size_t n, int den)
{
	static const char *const pre[] = { "/", "out of", "of", "de", "sur", NULL };
	char want[8];
	size_t k, j, wn;

	snprintf(want, sizeof want, "%d", den);
	wn = strlen(want);
	for (k = 0; pre[k]; k++) {
		size_t pn = strlen(pre[k]);

		j = *i;
		if (n - j < pn || memcmp(s + j, pre[k], pn) != 0)
			continue;
		j += pn;
		if (j < n && s[j] == ' ')
			j++;
		if (n - j >= wn && memcmp(s + j, want, wn) == 0 &&
		    (j + wn == n || !is_digit(s[j + wn]))) {
			*i = j + wn;
			return 1;
		}
	}
	return 0;
}

/*
 * s[0..n) holds nothing but one number (with separators around it and an
 * optional "out of den"): its value, else -1.
 */
static int64_t
lone_number(const char *s, size_t n, int den)
{
	struct num nb[2];
	size_t i = 0, k;

	k = numbers(s, n, nb, 2);
	if (k == 0)
		return -1;
	skip_seps(s, &i, n);
	if (i != nb[0].a)
		return -1;
	i = nb[0].b;
	skip_seps(s, &i, n);
	if (i < n && skip_den(s, &i, n, den))
		skip_seps(s, &i, n);
	if (i < n) {		/* "20.97 points" */
		static const char *const units[] = { "points", "pts",
		    "puntos", "pontos", NULL };

		for (k = 0; units[k]; k++) {
			size_t un = strlen(units[k]), rest = n - i;

			if ((rest == un || (rest == un + 1 && s[i + un] == '.')) &&
			    memcmp(s + i, units[k], un) == 0)
				return nb[0].v;
		}
	}
	return i == n ? nb[0].v : -1;
}

/* ---- the page ---- */

/* The labels of each kind in line l, once. */
static void
find_labels(struct line *l)
{
	size_t j;
	int k;

	for (k = 0; k < L_COUNT; k++) {
		l->at[k] = -1;
		for (j = 0; labels[k][j] && l->n > 0; j++) {
			size_t ln = strlen(labels[k][j]);
			const char *p = ln <= l->n ? find_word(l->f,
			    labels[k][j]) : NULL;

			if (p) {
				l->at[k] = (long)(p - l->f);
				l->len[k] = ln;
				break;
			}
		}
	}
}

static int
split(const char *s, size_t n, struct page *pg)
{
	size_t i, cap = 64, start = 0, used = 0;

	pg->n = 0;
	pg->l = malloc(cap * sizeof *pg->l);
	pg->fold = malloc(2 * n + 2);	/* each line folds shorter, + NUL */
	if (pg->l == NULL || pg->fold == NULL)
		return -1;
	for (i = 0; i <= n; i++) {
		struct line *l;

		if (i < n && s[i] != '\n' && s[i] != '\r')
			continue;
		if (pg->n == cap) {
			struct line *nl = realloc(pg->l, cap * 2 * sizeof *nl);

			if (nl == NULL)
				return -1;
			pg->l = nl;
			cap *= 2;
		}
		l = &pg->l[pg->n++];
		l->raw = s + start;
		l->rawn = i - start;
		l->f = pg->fold + used;
		l->n = fold(l->raw, l->rawn, l->f);
		used += l->n + 1;
		find_labels(l);
		if (i < n && s[i] == '\r' && i + 1 < n && s[i + 1] == '\n')
			i++;
		start = i + 1;
	}
	return 0;
}

/* The next (dir 1) or previous (dir -1) non-empty line from i, or -1. */
static long
near(const struct page *pg, long i, int dir)
{
	for (i += dir; i >= 0 && (size_t)i < pg->n; i += dir)
		if (pg->l[i].n > 0)
			return i;
	return -1;
}

/* Where a label of kind k starts in line l (and its length), or NULL
 * (found once, by split). */
static const char *
label_in(const struct line *l, int k, size_t *len)
{
	if (l->at[k] < 0)
		return NULL;
	*len = l->len[k];
	return l->f + l->at[k];
}

/* A figure written on its label's line, before or after the label. */
static int64_t
inline_value(const struct line *l, const char *at, size_t len, int den)
{
	size_t a = (size_t)(at - l->f), b = a + len;
	int64_t v;

	if ((v = lone_number(l->f, a, den)) >= 0)
		return v;
	return lone_number(l->f + b, l->n - b, den);
}

static void
keep_label(struct ssipage *out, int f, const struct line *l)
{
	char *d = out->label[f - OFFICIAL_FIRST];
	const char *s = l->raw;
	size_t n = l->rawn, k, whole;

	while (n > 0 && (*s == ' ' || *s == '\t'))
		s++, n--;
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	whole = n;
	if (n >= SSIPAGE_LABEL)
		n = SSIPAGE_LABEL - 1;
	/* never cut a UTF-8 sequence; no control bytes.  Fuzz fix
	 * (tests/fuzz/regress/ssipage/label-after-blanks): compare with the
	 * trimmed length, not the line's, or s[n] is past the line. */
	while (n > 0 && n < whole && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;
	for (k = 0; k < n; k++)
		d[k] = (unsigned char)s[k] < 0x20 ? ' ' : s[k];
	d[n] = '\0';
	/* a Latin-1 paste: its letters are not UTF-8, show them as '?' */
	if (utf8_count(d, n) < 0)
		for (k = 0; k < n; k++)
			if ((unsigned char)d[k] >= 0x80)
				d[k] = '?';
}

static void
put(struct ssipage *out, int f, int64_t v, const struct line *l)
{
	out->v[f - OFFICIAL_FIRST] = v;
	out->has |= 1u << (f - OFFICIAL_FIRST);
	if (l)
		keep_label(out, f, l);
}

/* The index: by its label, else "N / 100" (or N then "out of 100"). */
static long
find_index(const struct page *pg, struct ssipage *out, long *fig)
{
	size_t i, len;
	int64_t v;
	long j;

	*fig = -1;
	for (i = 0; i < pg->n; i++) {
		const char *at = label_in(&pg->l[i], L_INDEX, &len);

		if (at == NULL)
			continue;
		if ((v = inline_value(&pg->l[i], at, len, 100)) >= 0 &&
		    v <= 100000) {
			put(out, F_OFFICIAL_SSI, v, &pg->l[i]);
			*fig = (long)i;
			return (long)i;
		}
		for (int dir = 1; dir >= -1; dir -= 2) {
			j = near(pg, (long)i, dir);
			if (j >= 0 && (v = lone_number(pg->l[j].f, pg->l[j].n,
			    100)) >= 0 && v <= 100000) {
				put(out, F_OFFICIAL_SSI, v, &pg->l[i]);
				*fig = j;
				return j > (long)i ? j : (long)i;
			}
		}
	}
	for (i = 0; i < pg->n; i++) {
		const struct line *l = &pg->l[i];
		struct num nb[3];
		size_t k = numbers(l->f, l->n, nb, 3), p;

		if (k == 0 || (v = lone_number(l->f, l->n, 100)) < 0 ||
		    v > 100000)
			continue;
		if (k == 2) {		/* "40 / 100" */
			put(out, F_OFFICIAL_SSI, v, l);
			*fig = (long)i;
			return (long)i;
		}
		j = near(pg, (long)i, 1);
		p = 0;
		if (j >= 0 && skip_den(pg->l[j].f, &p, pg->l[j].n, 100) &&
		    p == pg->l[j].n) {	/* "53" then "out of 100" */
			put(out, F_OFFICIAL_SSI, v, l);
			*fig = (long)i;
			return j;
		}
	}
	return -1;
}

/* The components by their labels, figures on side dir (1 after, -1
 * before) unless on the label's line; the index's figure (line fig) is
 * never one of them.  Returns how many were found. */
static int
components_side(const struct page *pg, int dir, long fig, int64_t v[4],
    long at[4])
{
	int k, found = 0;

	for (k = 0; k < 4; k++) {
		size_t i, len;

		at[k] = -1;
		for (i = 0; i < pg->n && at[k] < 0; i++) {
			const char *p = label_in(&pg->l[i], L_BRAND + k, &len);
			int64_t x;
			long j;

			if (p == NULL)
				continue;
			if ((x = inline_value(&pg->l[i], p, len, 25)) < 0) {
				j = near(pg, (long)i, dir);
				if (j < 0 || j == fig)
					continue;
				x = lone_number(pg->l[j].f, pg->l[j].n, 25);
			}
			if (x >= 0 && x <= 25000) {
				v[k] = x;
				at[k] = (long)i;
				found++;
			}
		}
	}
	return found;
}

static int
labels_found(const struct page *pg)
{
	int k, n = 0;
	size_t i, len;

	for (k = 0; k < 4; k++)
		for (i = 0; i < pg->n; i++)
			if (label_in(&pg->l[i], L_BRAND + k, &len)) {
				n++;
				break;
			}
	return n;
}

/* Exactly one run of four numbers in 0-25 after line from: page order. */
static int
by_order(const struct page *pg, long from, int64_t v[4])
{
	int64_t run[4];
	int len = 0, runs = 0;
	size_t i, k, nn;

	for (i = (size_t)from + 1; i <= pg->n; i++) {
		struct num nb[MAX_NUMS];

		nn = i < pg->n ? numbers(pg->l[i].f, pg->l[i].n, nb, MAX_NUMS) : 0;
		if (i == pg->n) {
			nb[0].v = -1;	/* the end closes the last run */
			nb[0].pct = 0;
			nn = 1;
		}
		for (k = 0; k < nn; k++) {
			if (nb[k].pct)
				continue;
			if (nb[k].v >= 0 && nb[k].v <= 25000) {
				if (len < 4)
					run[len] = nb[k].v;
				len++;
				continue;
			}
			if (len == 4) {
				runs++;
				memcpy(v, run, sizeof run);
			}
			len = 0;
		}
	}
	return runs == 1;
}

/* The owner of a rank or average on line i: 1 industry, 2 network, 0. */
static int
owner(const struct page *pg, size_t i)
{
	long j = (long)i;
	int step;

	for (step = 0; step < 3 && j >= 0; step++) {
		if (any_word(pg->l[j].f, industry_words))
			return 1;
		if (any_word(pg->l[j].f, network_words))
			return 2;
		j = near(pg, j, -1);
	}
	j = near(pg, (long)i, 1);
	if (j >= 0 && !any_word(pg->l[j].f, rank_words)) {
		if (any_word(pg->l[j].f, industry_words))
			return 1;
		if (any_word(pg->l[j].f, network_words))
			return 2;
	}
	return 0;
}

static void
ranks_and_averages(const struct page *pg, struct ssipage *out)
{
	size_t i, k, nn;

	for (i = 0; i < pg->n; i++) {
		const struct line *l = &pg->l[i];
		struct num nb[MAX_NUMS];
		int who;

		nn = numbers(l->f, l->n, nb, MAX_NUMS);
		if (nn == 0)
			continue;
		if (any_word(l->f, rank_words)) {
			for (k = 0; k < nn; k++)
				if (nb[k].pct)
					break;
			if (k < nn && nb[k].v % 1000 == 0 && nb[k].v >= 1000 &&
			    nb[k].v <= 100000 && (who = owner(pg, i)) != 0) {
				int f = who == 1 ? F_INDUSTRY_TOP_PCT :
				    F_NETWORK_TOP_PCT;

				if (!ssipage_has(out, f))
					put(out, f, nb[k].v, l);
				continue;
			}
		}
		for (k = 0; avg_words[k]; k++) {
			const char *p = find_word(l->f, avg_words[k]);
			size_t m;

			if (p == NULL)
				continue;
			for (m = 0; m < nn; m++)
				if (nb[m].a > (size_t)(p - l->f) && !nb[m].pct)
					break;
			if (m < nn && nb[m].v <= 100000 && nb[m].v % 10 == 0 &&
			    (who = owner(pg, i)) != 0) {
				int f = who == 1 ? F_INDUSTRY_AVG_SSI :
				    F_NETWORK_AVG_SSI;

				if (!ssipage_has(out, f))
					put(out, f, nb[m].v, l);
			}
			break;
		}
	}
}

static const char *const comp_names[4] = {
	"brand", "people", "engagement", "relationships"
};

/* "the four components were not all found (found: ...; missing: ...)" */
static int
not_found(const int64_t v[4], const long at[4], struct ssi_err *e)
{
	char found[256] = "", missing[128] = "", num[32];
	size_t nf = 0, nm = 0;
	int k;

	for (k = 0; k < 4; k++) {
		if (at[k] >= 0)
			nf += (size_t)snprintf(found + nf, sizeof found - nf,
			    "%s%s %s", nf ? ", " : "", comp_names[k],
			    official_fmt(v[k], num, sizeof num));
		else
			nm += (size_t)snprintf(missing + nm, sizeof missing - nm,
			    "%s%s", nm ? ", " : "", comp_names[k]);
	}
	if (nf == 0)
		return err_set(e, "the four components were not found "
		    "(no label of the SSI page, nor four figures after the "
		    "index)");
	return err_set(e, "the four components were not all found (found: "
	    "%s; missing: %s)", found, missing);
}

int
ssipage_read(const char *s, size_t n, struct ssipage *out,
    struct ssi_err *e)
{
	struct page pg = { 0 };
	int64_t va[4], vb[4];
	long aa[4], ab[4], idx, fig;
	int na, nb, k, r = -1;

	memset(out, 0, sizeof *out);
	if (n > SSIPAGE_MAX)
		n = SSIPAGE_MAX;
	if (split(s, n, &pg) < 0) {
		err_set(e, "out of memory");
		goto done;
	}
	idx = find_index(&pg, out, &fig);
	ranks_and_averages(&pg, out);
	na = components_side(&pg, 1, fig, va, aa);
	nb = components_side(&pg, -1, fig, vb, ab);
	if (na == 4 && nb == 4 && memcmp(va, vb, sizeof va) != 0) {
		char a[4][32], b[4][32];

		err_set(e, "ambiguous paste: the figures after the labels (%s, "
		    "%s, %s, %s) and before them (%s, %s, %s, %s) both fit",
		    official_fmt(va[0], a[0], 32), official_fmt(va[1], a[1], 32),
		    official_fmt(va[2], a[2], 32), official_fmt(va[3], a[3], 32),
		    official_fmt(vb[0], b[0], 32), official_fmt(vb[1], b[1], 32),
		    official_fmt(vb[2], b[2], 32), official_fmt(vb[3], b[3], 32));
		goto done;
	}
	if (na == 4 || nb == 4) {
		int64_t *v = na == 4 ? va : vb;
		long *at = na == 4 ? aa : ab;

		for (k = 0; k < 4; k++)
			put(out, OFFICIAL_COMPONENT(k), v[k], &pg.l[at[k]]);
		r = 0;
		goto done;
	}
	if (labels_found(&pg) < 4 && idx >= 0 && by_order(&pg, idx, va)) {
		for (k = 0; k < 4; k++)
			put(out, OFFICIAL_COMPONENT(k), va[k], NULL);
		out->by_order = 1;
		r = 0;
		goto done;
	}
	not_found(na >= nb ? va : vb, na >= nb ? aa : ab, e);
done:
	free(pg.l);
	free(pg.fold);
	return r;
}
