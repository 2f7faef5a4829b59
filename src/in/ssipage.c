/* ssipage.c - the SSI page's pasted text, or the JSON it loads -> official
 * figures (see ssipage.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>

#include "ssi/profile.h"
#include "ssi/ssipage.h"

enum {
	L_INDEX, L_BRAND, L_PEOPLE, L_ENGAGEMENT, L_RELATIONSHIPS, L_IRANK,
	L_NRANK, L_COUNT
};

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

/* A number in a folded line: value in thousandths (its magnitude), its
 * bytes [a, b) (a at the sign when there is one). */
struct num {
	int64_t v;
	size_t a, b;
	int pct;		/* followed by '%' */
	int neg;		/* a minus sign before it */
};

#define MAX_NUMS 32

/* A figure found by the labels of one kind: the first one, and whether a
 * later label of the same kind gave another (two pages pasted). */
struct found {
	int64_t v, other;
	long line;		/* the label's line, -1: none found */
	int conflict;
	char text[24];		/* the figure as written */
};

/* ---- labels (folded: lower case, no accents; ssi.7 OFFICIAL FIGURES table: the
 * current forms in English, Spanish and Portuguese, then the older ones) */

static const char *const labels[L_COUNT][10] = {
	[L_INDEX] = { "current social selling index",
	    "indice de ventas con las redes sociales actual",
	    "social selling index atual", "social selling index actual",
	    "indice de social selling actual", "current ssi", "ssi actual",
	    "ssi atual", NULL },
	[L_BRAND] = { "establish your professional brand",
	    "establece tu marca profesional",
	    "estabelecer sua marca profissional",
	    "establecer tu marca profesional", NULL },
	[L_PEOPLE] = { "find the right people",
	    "encuentra a las personas adecuadas",
	    "localizar as pessoas certas",
	    "encontrar a las personas adecuadas",
	    "buscar a las personas adecuadas", NULL },
	[L_ENGAGEMENT] = { "engage with insights",
	    "interactua ofreciendo informacion",
	    "interagir oferecendo insights",
	    "interactuar ofreciendo informacion", NULL },
	[L_RELATIONSHIPS] = { "build relationships", "crea relaciones",
	    "criar relacionamentos", "establecer relaciones",
	    "crear relaciones", NULL },
	[L_IRANK] = { "industry ssi rank", "clasificacion ssi del sector",
	    "classificacao ssi do setor", NULL },
	[L_NRANK] = { "network ssi rank", "clasificacion ssi de la red",
	    "classificacao ssi da rede", NULL },
};

static const char *const industry_words[] = { "industry", "sector", "setor", NULL };
static const char *const network_words[] = { "network", "red", "rede", NULL };
static const char *const rank_words[] = { "top", "principal", "primeiros",
	"principais", "superior", NULL };
static const char *const avg_words[] = { "average ssi", "ssi medio",
	"ssi promedio", NULL };

static const char *const comp_names[4] = {
	"brand", "people", "engagement", "relationships"
};

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

/* Fold raw[0..n) into out (room for n + 1): returns the length.  UTF-8
 * and Windows-1252 alike: no-break and other Unicode spaces are blanks,
 * U+2212 is a minus sign, a BOM and zero-width characters are dropped. */
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

		if (c == ' ' || c == '\t' || c == '\f' || c == '\v' ||
		    c == 0xA0) {
			ch = ' ';	/* 0xA0: Windows-1252's no-break space */
		} else if (c == 0xC2 && i + 1 < n && u[i + 1] == 0xA0) {
			ch = ' ';	/* no-break space */
			k = 2;
		} else if (c == 0xE2 && i + 2 < n && u[i + 1] == 0x80 &&
		    u[i + 2] >= 0x8B && u[i + 2] <= 0x8D) {
			i += 3;		/* zero-width space, (non-)joiner */
			continue;
		} else if (c == 0xEF && i + 2 < n && u[i + 1] == 0xBB &&
		    u[i + 2] == 0xBF) {
			i += 3;		/* a byte order mark */
			continue;
		} else if (c == 0xE2 && i + 2 < n && u[i + 1] == 0x80 &&
		    ((u[i + 2] >= 0x80 && u[i + 2] <= 0x8A) || u[i + 2] == 0xAF)) {
			ch = ' ';	/* the Unicode spaces */
			k = 3;
		} else if (c == 0xE2 && i + 2 < n && u[i + 1] == 0x81 &&
		    u[i + 2] == 0x9F) {
			ch = ' ';	/* medium mathematical space */
			k = 3;
		} else if (c == 0xE2 && i + 2 < n && u[i + 1] == 0x88 &&
		    u[i + 2] == 0x92) {
			ch = '-';	/* U+2212 minus sign */
			k = 3;
		} else if (c == 0xE2 && i + 2 < n && u[i + 1] == 0x80 &&
		    (u[i + 2] == 0x98 || u[i + 2] == 0x99)) {
			ch = '\'';
			k = 3;
		} else if (c == 0x92) {
			ch = '\'';	/* Windows-1252's right quote */
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

/* The numbers of s[0..n): digits, with '.' or ',' and 1 to 3 decimals,
 * a minus sign right before them (after a blank or the line's start)
 * kept. */
static size_t
numbers(const char *s, size_t n, struct num *out, size_t max)
{
	size_t i = 0, k = 0;

	while (i < n && k < max) {
		size_t a = i, d;
		int64_t v = 0;
		int ok = 1, nd = 0, dec = 0, neg = 0;

		if (!is_digit(s[i]) || (i > 0 && (is_alpha(s[i - 1]) ||
		    is_digit(s[i - 1])))) {
			i++;
			continue;
		}
		/* a number glued to ".5" or "1." is not one of ours */
		if (i > 1 && (s[i - 1] == '.' || s[i - 1] == ',') &&
		    is_digit(s[i - 2]))
			ok = 0;
		if (i > 0 && s[i - 1] == '-' && (i == 1 || s[i - 2] == ' ' ||
		    s[i - 2] == '(' || s[i - 2] == ':' || s[i - 2] == '|')) {
			neg = 1;
			a = i - 1;
		}
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
		out[k].neg = neg;
		d = i;
		if (d < n && s[d] == ' ')
			d++;
		out[k].pct = d < n && s[d] == '%';
		k++;
	}
	return k;
}

/* Skip separators (blanks, | : · - and the like) in s[*i..n); a minus
 * sign right before a digit is the number's, not a separator. */
static void
skip_seps(const char *s, size_t *i, size_t n)
{
	while (*i < n && (s[*i] == ' ' || s[*i] == '|' || s[*i] == ':' ||
	    (s[*i] == '-' && !(*i + 1 < n && is_digit(s[*i + 1]))) ||
	    s[*i] == '(' || s[*i] == ')' ||
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

/* A figure as read: its value (signed, thousandths) and its text. */
struct fig {
	int64_t v;
	char text[24];
};

static void
fig_of(const char *s, const struct num *nb, struct fig *x)
{
	size_t k = nb->b - nb->a;

	if (k >= sizeof x->text)
		k = sizeof x->text - 1;
	memcpy(x->text, s + nb->a, k);
	x->text[k] = '\0';
	x->v = nb->neg ? -nb->v : nb->v;
}

/*
 * s[0..n) holds nothing but one number (with separators around it and an
 * optional "out of den", or a unit): 1 with the figure in *x, else 0.
 */
static int
lone_number(const char *s, size_t n, int den, struct fig *x)
{
	struct num nb[2];
	size_t i = 0, k;

	k = numbers(s, n, nb, 2);
	if (k == 0 || nb[0].pct)
		return 0;
	skip_seps(s, &i, n);
	if (i != nb[0].a)
		return 0;
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
				break;
		}
		if (units[k] == NULL)
			return 0;
	}
	fig_of(s, &nb[0], x);
	return 1;
}

/* A rank figure: the first whole percentage 1-100 of s[0..n), or 0. */
static int64_t
rank_figure(const char *s, size_t n)
{
	struct num nb[MAX_NUMS];
	size_t k, nn = numbers(s, n, nb, MAX_NUMS);

	for (k = 0; k < nn; k++)
		if (nb[k].pct)
			return !nb[k].neg && nb[k].v % 1000 == 0 &&
			    nb[k].v >= 1000 && nb[k].v <= 100000 ? nb[k].v : 0;
	return 0;
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

/* Lines end at LF, CR, CRLF, and at tabs: some browsers copy the page as
 * one line of tab-separated blocks. */
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

		if (i < n && s[i] != '\n' && s[i] != '\r' && s[i] != '\t')
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
static int
inline_value(const struct line *l, const char *at, size_t len, int den,
    struct fig *x)
{
	size_t a = (size_t)(at - l->f), b = a + len;

	if (lone_number(l->f, a, den, x))
		return 1;
	return lone_number(l->f + b, l->n - b, den, x);
}

/* Copy the label s[0..n) into d (SSIPAGE_LABEL bytes), trimmed, cut on a
 * character, control bytes as blanks, a Latin-1 paste's letters as '?'. */
static void
copy_label(char *d, const char *s, size_t n)
{
	size_t k, whole;

	while (n > 0 && (*s == ' ' || *s == '\t'))
		s++, n--;
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	whole = n;
	if (n >= SSIPAGE_LABEL)
		n = SSIPAGE_LABEL - 1;
	/* never cut a UTF-8 sequence.  Fuzz fix
	 * (tests/fuzz/regress/ssipage/label-after-blanks): compare with the
	 * trimmed length, not the line's, or s[n] is past the line. */
	while (n > 0 && n < whole && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;
	for (k = 0; k < n; k++)
		d[k] = (unsigned char)s[k] < 0x20 || s[k] == 0x7F ? ' ' : s[k];
	d[n] = '\0';
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
		copy_label(out->label[f - OFFICIAL_FIRST], l->raw, l->rawn);
}

/* Note figure x found by the label on line: a later different one is a
 * conflict. */
static void
note(struct found *fd, const struct fig *x, long line)
{
	if (fd->line < 0) {
		fd->v = x->v;
		fd->line = line;
		memcpy(fd->text, x->text, sizeof fd->text);
	} else if (x->v != fd->v && !fd->conflict) {
		fd->conflict = 1;
		fd->other = x->v;
	}
}

/* "official_brand is 20.97 in one place and 22.5 in another: two pages
 * pasted?" */
static int
two_pages(int f, const struct found *fd, struct ssi_err *e)
{
	char a[32], b[32];

	return err_set(e, "%s is %s in one place and %s in another: two pages "
	    "pasted?", field_defs[f].name, official_fmt(fd->v, a, sizeof a),
	    official_fmt(fd->other, b, sizeof b));
}

/* The figure of fd out of field f's range: -1 with e set, else 0. */
static int
out_of_range(int f, const struct found *fd, struct ssi_err *e)
{
	const struct official_range *r = official_range(f);
	char q[64], lo[32], hi[32];

	if (fd->line < 0 || (fd->v >= r->lo && fd->v <= r->hi))
		return 0;
	return err_set(e, "%s: %s is out of range (%s to %s)",
	    field_defs[f].name, err_quote(q, sizeof q, fd->text,
	    strlen(fd->text)), official_fmt(r->lo, lo, sizeof lo),
	    official_fmt(r->hi, hi, sizeof hi));
}

/*
 * The index: by its label (every one: two that differ are two pages),
 * else "N / 100" (or N then "out of 100").  Returns the line after which
 * the components may stand (page order), -1 when there is no index, -2
 * on an error (e).  *fig is the line of the index's figure.
 */
static long
find_index(const struct page *pg, struct ssipage *out, long *fig,
    struct ssi_err *e)
{
	struct found fd = { .line = -1 };
	size_t i, len;
	long j, after = -1;
	struct fig x;

	*fig = -1;
	for (i = 0; i < pg->n; i++) {
		const char *at = label_in(&pg->l[i], L_INDEX, &len);
		int dir;

		if (at == NULL)
			continue;
		if (inline_value(&pg->l[i], at, len, 100, &x)) {
			if (fd.line < 0) {
				*fig = (long)i;
				after = (long)i;
			}
			note(&fd, &x, (long)i);
			continue;
		}
		for (dir = 1; dir >= -1; dir -= 2) {
			j = near(pg, (long)i, dir);
			if (j >= 0 && lone_number(pg->l[j].f, pg->l[j].n, 100,
			    &x)) {
				if (fd.line < 0) {
					*fig = j;
					after = j > (long)i ? j : (long)i;
				}
				note(&fd, &x, (long)i);
				break;
			}
		}
	}
	if (fd.conflict)
		return two_pages(F_OFFICIAL_SSI, &fd, e) - 1;
	if (out_of_range(F_OFFICIAL_SSI, &fd, e) < 0)
		return -2;
	if (fd.line >= 0) {
		put(out, F_OFFICIAL_SSI, fd.v, &pg->l[fd.line]);
		return after;
	}
	for (i = 0; i < pg->n; i++) {
		const struct line *l = &pg->l[i];
		struct num nb[3];
		size_t k = numbers(l->f, l->n, nb, 3), p;

		if (k == 0 || !lone_number(l->f, l->n, 100, &x) || x.v < 0 ||
		    x.v > 100000)
			continue;
		if (k == 2) {		/* "40 / 100" */
			put(out, F_OFFICIAL_SSI, x.v, l);
			*fig = (long)i;
			return (long)i;
		}
		j = near(pg, (long)i, 1);
		p = 0;
		if (j >= 0 && skip_den(pg->l[j].f, &p, pg->l[j].n, 100) &&
		    p == pg->l[j].n) {	/* "53" then "out of 100" */
			put(out, F_OFFICIAL_SSI, x.v, l);
			*fig = (long)i;
			return j;
		}
	}
	return -1;
}

/* The components by their labels, figures on side dir (1 after, -1
 * before) unless on the label's line; the index's figure (line fig) is
 * never one of them.  Returns how many were found (in range or not). */
static int
components_side(const struct page *pg, int dir, long fig, struct found c[4])
{
	int k, found = 0;

	for (k = 0; k < 4; k++) {
		size_t i, len;

		c[k].line = -1;
		c[k].conflict = 0;
		for (i = 0; i < pg->n; i++) {
			const char *p = label_in(&pg->l[i], L_BRAND + k, &len);
			struct fig x;
			long j;

			if (p == NULL)
				continue;
			if (!inline_value(&pg->l[i], p, len, 25, &x)) {
				j = near(pg, (long)i, dir);
				if (j < 0 || j == fig || !lone_number(pg->l[j].f,
				    pg->l[j].n, 25, &x))
					continue;
			}
			note(&c[k], &x, (long)i);
		}
		found += c[k].line >= 0;
	}
	return found;
}

/* All four found, in 0-25, each label giving one figure. */
static int
complete(const struct found c[4])
{
	int k;

	for (k = 0; k < 4; k++)
		if (c[k].line < 0 || c[k].conflict || c[k].v < 0 ||
		    c[k].v > 25000)
			return 0;
	return 1;
}

static int
same_figures(const struct found a[4], const struct found b[4])
{
	int k;

	for (k = 0; k < 4; k++)
		if (a[k].v != b[k].v)
			return 0;
	return 1;
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
			nb[0].neg = 0;
			nn = 1;
		}
		for (k = 0; k < nn; k++) {
			if (nb[k].pct)
				continue;
			if (!nb[k].neg && nb[k].v >= 0 && nb[k].v <= 25000) {
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

/*
 * The ranks and the averages.  A rank label ("Industry SSI rank", "Mejor
 * clasificación SSI del sector") owns the percentage on its line or on the
 * next one ("Top 10%", "10 %", "Primeiros 10%"); lines with a rank word
 * ("You rank in the top 10%", "Principais 10% no setor") fill a rank
 * without a label, by the word of their block.  Figures of one kind that
 * differ are two pages pasted.  Returns 0, or -1 (e).
 */
static int
ranks_and_averages(const struct page *pg, struct ssipage *out,
    struct ssi_err *e)
{
	/* 0, 1: ranks by label; 2, 3: ranks by word; 4, 5: averages */
	struct found fd[6];
	size_t i, k, nn, len;
	int w;

	for (k = 0; k < 6; k++)
		fd[k].line = -1, fd[k].conflict = 0;
	for (i = 0; i < pg->n; i++) {
		const struct line *l = &pg->l[i];
		struct num nb[MAX_NUMS];
		struct fig x = { 0, "" };
		int who, used = 0;

		for (w = 0; w < 2; w++) {
			const char *at = label_in(l, L_IRANK + w, &len);
			long j;

			if (at == NULL)
				continue;
			used = 1;
			x.v = rank_figure(at + len, l->n - (size_t)(at - l->f) -
			    len);
			/* the next line, or the one after a lone "Top" (a tab
			 * between them) */
			for (j = (long)i, k = 0; x.v == 0 && k < 2; k++) {
				j = near(pg, j, 1);
				if (j < 0 || pg->l[j].at[L_IRANK] >= 0 ||
				    pg->l[j].at[L_NRANK] >= 0)
					break;
				x.v = rank_figure(pg->l[j].f, pg->l[j].n);
				if (x.v == 0 && !(any_word(pg->l[j].f,
				    rank_words) && numbers(pg->l[j].f,
				    pg->l[j].n, nb, 1) == 0))
					break;
			}
			if (x.v != 0)
				note(&fd[w], &x, (long)i);
		}
		if (used)
			continue;
		if (i > 0) {
			long j = near(pg, (long)i, -1);

			if (j >= 0 && (pg->l[j].at[L_IRANK] >= 0 ||
			    pg->l[j].at[L_NRANK] >= 0))
				continue;	/* the figure of a rank label */
		}
		nn = numbers(l->f, l->n, nb, MAX_NUMS);
		if (nn == 0)
			continue;
		if (any_word(l->f, rank_words)) {
			x.v = rank_figure(l->f, l->n);
			if (x.v != 0 && (who = owner(pg, i)) != 0) {
				note(&fd[1 + who], &x, (long)i);
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
			if (m < nn && !nb[m].neg && nb[m].v <= 100000 &&
			    nb[m].v % 10 == 0 && (who = owner(pg, i)) != 0) {
				fig_of(l->f, &nb[m], &x);
				note(&fd[3 + who], &x, (long)i);
			}
			break;
		}
	}
	for (w = 0; w < 2; w++) {
		int rank = w ? F_NETWORK_TOP_PCT : F_INDUSTRY_TOP_PCT;
		int avg = w ? F_NETWORK_AVG_SSI : F_INDUSTRY_AVG_SSI;
		const struct found *r = fd[w].line >= 0 ? &fd[w] : &fd[2 + w];

		if (r->conflict)
			return two_pages(rank, r, e);
		if (fd[4 + w].conflict)
			return two_pages(avg, &fd[4 + w], e);
		if (r->line >= 0)
			put(out, rank, r->v, &pg->l[r->line]);
		if (fd[4 + w].line >= 0)
			put(out, avg, fd[4 + w].v, &pg->l[fd[4 + w].line]);
	}
	return 0;
}

/* "the four components were not all found (found: ...; missing: ...)" */
static int
not_found(const struct found c[4], struct ssi_err *e)
{
	char found[256] = "", missing[128] = "", num[32];
	size_t nf = 0, nm = 0;
	int k;

	for (k = 0; k < 4; k++) {
		if (c[k].line >= 0 && nf < sizeof found)
			nf += (size_t)snprintf(found + nf, sizeof found - nf,
			    "%s%s %s", nf ? ", " : "", comp_names[k],
			    official_fmt(c[k].v, num, sizeof num));
		else if (c[k].line < 0 && nm < sizeof missing)
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

/*
 * The components: by their labels (after or before them, the side that
 * gives all four); a component whose label is missing from the figures in
 * page order, when the sum then matches the index.  Returns 0, or -1 (e).
 */
static int
components(const struct page *pg, long idx, long fig, struct ssipage *out,
    struct ssi_err *e)
{
	struct found a[4], b[4], *c;
	int64_t run[4], sum = 0;
	int na, nb, k;

	na = components_side(pg, 1, fig, a);
	nb = components_side(pg, -1, fig, b);
	if (complete(a) && complete(b) && !same_figures(a, b)) {
		char x[4][32], y[4][32];

		return err_set(e, "ambiguous paste: the figures after the labels "
		    "(%s, %s, %s, %s) and before them (%s, %s, %s, %s) both fit",
		    official_fmt(a[0].v, x[0], 32), official_fmt(a[1].v, x[1], 32),
		    official_fmt(a[2].v, x[2], 32), official_fmt(a[3].v, x[3], 32),
		    official_fmt(b[0].v, y[0], 32), official_fmt(b[1].v, y[1], 32),
		    official_fmt(b[2].v, y[2], 32), official_fmt(b[3].v, y[3], 32));
	}
	c = complete(a) || !complete(b) ? a : b;
	if (!complete(c) && nb > na)
		c = b;
	for (k = 0; k < 4; k++) {
		if (c[k].conflict)
			return two_pages(OFFICIAL_COMPONENT(k), &c[k], e);
		if (out_of_range(OFFICIAL_COMPONENT(k), &c[k], e) < 0)
			return -1;
	}
	if (complete(c)) {
		for (k = 0; k < 4; k++)
			put(out, OFFICIAL_COMPONENT(k), c[k].v, &pg->l[c[k].line]);
		return 0;
	}
	/* Page order fills only what no label gave, and only when the sum
	 * agrees with the index the page shows. */
	if (idx < 0 || !ssipage_has(out, F_OFFICIAL_SSI) || !by_order(pg, idx,
	    run))
		return not_found(c, e);
	for (k = 0; k < 4; k++)
		sum += c[k].line >= 0 ? c[k].v : run[k];
	if (sum - out->v[0] > 1000 || out->v[0] - sum > 1000)
		return not_found(c, e);
	for (k = 0; k < 4; k++) {
		if (c[k].line >= 0) {
			put(out, OFFICIAL_COMPONENT(k), c[k].v, &pg->l[c[k].line]);
		} else {
			put(out, OFFICIAL_COMPONENT(k), run[k], NULL);
			out->by_order |= 1 << k;
		}
	}
	return 0;
}

/* ---- the page's JSON (/sales-api/salesApiSsi) ---- */

static const char *const pillars[4] = {
	"PROFESSIONAL_BRAND", "FIND_RIGHT_PEOPLE", "INSIGHT_ENGAGEMENT",
	"STRONG_RELATIONSHIP"
};

/* A JSON number as field f's figure, rounded to its decimals. */
static int
json_figure(int f, const cJSON *v, const char *label, struct ssipage *out,
    struct ssi_err *e)
{
	char num[64];
	int64_t x;
	int n;

	if (!cJSON_IsNumber(v))
		return err_set(e, "%s: %s is not a number", field_defs[f].name,
		    label);
	n = snprintf(num, sizeof num, "%.15g", v->valuedouble);
	if (official_parse(f, num, (size_t)n, 0, &x, e) < 0)
		return -1;
	if (ssipage_has(out, f) && out->v[f - OFFICIAL_FIRST] != x) {
		struct found fd = { .v = out->v[f - OFFICIAL_FIRST],
		    .other = x };

		return two_pages(f, &fd, e);
	}
	out->v[f - OFFICIAL_FIRST] = x;
	out->has |= 1u << (f - OFFICIAL_FIRST);
	snprintf(out->label[f - OFFICIAL_FIRST], SSIPAGE_LABEL, "%s", label);
	return 0;
}

/* The pillar of a subScores entry: 0..3, or -1. */
static int
pillar_of(const cJSON *it)
{
	const cJSON *p = cJSON_GetObjectItemCaseSensitive(it, "pillar");
	int k;

	if (!cJSON_IsString(p))
		return -1;
	for (k = 0; k < 4; k++)
		if (strcmp(p->valuestring, pillars[k]) == 0)
			return k;
	return -1;
}

static int
salesapi(const cJSON *root, struct ssipage *out, int64_t *overall,
    struct ssi_err *e)
{
	static const int avg[2][4] = {
		{ F_INDUSTRY_AVG_BRAND, F_INDUSTRY_AVG_PEOPLE,
		    F_INDUSTRY_AVG_ENGAGEMENT, F_INDUSTRY_AVG_RELATIONSHIPS },
		{ F_NETWORK_AVG_BRAND, F_NETWORK_AVG_PEOPLE,
		    F_NETWORK_AVG_ENGAGEMENT, F_NETWORK_AVG_RELATIONSHIPS },
	};
	const cJSON *ms = cJSON_GetObjectItemCaseSensitive(root, "memberScore");
	const cJSON *subs = cJSON_GetObjectItemCaseSensitive(ms, "subScores");
	const cJSON *groups = cJSON_GetObjectItemCaseSensitive(root,
	    "groupScore");
	const cJSON *it, *v;
	char label[SSIPAGE_LABEL];
	int k, w;

	if (!cJSON_IsObject(ms) || !cJSON_IsArray(subs))
		return err_set(e, "this JSON is not the SSI page's: expected the "
		    "response of /sales-api/salesApiSsi (memberScore.subScores "
		    "with pillar and score)");
	cJSON_ArrayForEach(it, subs) {
		if ((k = pillar_of(it)) < 0)
			continue;
		snprintf(label, sizeof label, "memberScore %s", pillars[k]);
		if (json_figure(OFFICIAL_COMPONENT(k),
		    cJSON_GetObjectItemCaseSensitive(it, "score"), label, out,
		    e) < 0)
			return -1;
	}
	v = cJSON_GetObjectItemCaseSensitive(ms, "overall");
	if (cJSON_IsNumber(v)) {
		char num[64];
		int n = snprintf(num, sizeof num, "%.15g", v->valuedouble);

		if (official_parse(F_OFFICIAL_SSI, num, (size_t)n, 0, overall,
		    e) < 0)
			return -1;
	}
	cJSON_ArrayForEach(it, groups) {
		const cJSON *t = cJSON_GetObjectItemCaseSensitive(it,
		    "groupType");
		const cJSON *sc = cJSON_GetObjectItemCaseSensitive(it, "score");
		const cJSON *s2;

		if (!cJSON_IsString(t))
			continue;
		if (strcmp(t->valuestring, "INDUSTRY") == 0)
			w = 0;
		else if (strcmp(t->valuestring, "NETWORK") == 0)
			w = 1;
		else
			continue;
		v = cJSON_GetObjectItemCaseSensitive(it, "rank");
		snprintf(label, sizeof label, "groupScore %s rank",
		    t->valuestring);
		if (v != NULL && json_figure(w ? F_NETWORK_TOP_PCT :
		    F_INDUSTRY_TOP_PCT, v, label, out, e) < 0)
			return -1;
		v = cJSON_GetObjectItemCaseSensitive(sc, "overall");
		snprintf(label, sizeof label, "groupScore %s score.overall",
		    t->valuestring);
		if (v != NULL && json_figure(w ? F_NETWORK_AVG_SSI :
		    F_INDUSTRY_AVG_SSI, v, label, out, e) < 0)
			return -1;
		s2 = cJSON_GetObjectItemCaseSensitive(sc, "subScores");
		cJSON_ArrayForEach(v, s2) {
			if ((k = pillar_of(v)) < 0)
				continue;
			snprintf(label, sizeof label, "groupScore %s %s",
			    t->valuestring, pillars[k]);
			if (json_figure(avg[w][k],
			    cJSON_GetObjectItemCaseSensitive(v, "score"), label,
			    out, e) < 0)
				return -1;
		}
	}
	for (k = 0; k < 4; k++)
		if (!ssipage_has(out, OFFICIAL_COMPONENT(k)))
			break;
	if (k < 4) {
		struct found c[4];

		for (k = 0; k < 4; k++) {
			c[k].line = ssipage_has(out, OFFICIAL_COMPONENT(k)) ?
			    0 : -1;
			c[k].v = out->v[OFFICIAL_COMPONENT(k) - OFFICIAL_FIRST];
		}
		return not_found(c, e);
	}
	out->json = 1;
	return 0;
}

/* The text is one JSON value (blanks and a BOM around it): parse it. */
static int
json_form(const char *s, size_t n, cJSON **root, struct ssi_err *e)
{
	const char *end = NULL;
	size_t i = 0;

	*root = NULL;
	if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' ||
	    s[i] == '\r'))
		i++;
	if (i == n || s[i] != '{')
		return 0;
	*root = cJSON_ParseWithLengthOpts(s + i, n - i, &end, 0);
	if (*root != NULL)
		for (i = (size_t)(end - s); i < n; i++)
			if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' &&
			    s[i] != '\r' && s[i] != '\0')
				break;
	if (*root == NULL || i < n || !cJSON_IsObject(*root)) {
		cJSON_Delete(*root);
		*root = NULL;
		return err_set(e, "this JSON is not the SSI page's: expected the "
		    "response of /sales-api/salesApiSsi (memberScore.subScores "
		    "with pillar and score)");
	}
	return 1;
}

int
ssipage_read(const char *s, size_t n, struct ssipage *out,
    struct ssi_err *e)
{
	struct page pg = { 0 };
	cJSON *root;
	long idx, fig;
	int64_t sum = 0, shown = -1;
	int k, r = -1, json = 0;

	memset(out, 0, sizeof *out);
	out->shown = -1;
	if (n > SSIPAGE_MAX)
		n = SSIPAGE_MAX;
	if ((k = json_form(s, n, &root, e)) != 0) {
		if (k < 0)
			return -1;
		r = salesapi(root, out, &shown, e);
		cJSON_Delete(root);
		if (r < 0)
			return -1;
		if (shown < 0)
			shown = -2;	/* no overall: nothing to compare */
		json = 1;
		goto sum;
	}
	if (split(s, n, &pg) < 0) {
		err_set(e, "out of memory");
		goto done;
	}
	if ((idx = find_index(&pg, out, &fig, e)) == -2)
		goto done;
	if (ranks_and_averages(&pg, out, e) < 0)
		goto done;
	if (components(&pg, idx, fig, out, e) < 0)
		goto done;
	shown = ssipage_has(out, F_OFFICIAL_SSI) ? out->v[0] : -2;
sum:
	/* The index is the sum of the components (ssi.7 OFFICIAL FIGURES); the
	 * page's own figure, rounded, must agree with it. */
	for (k = 0; k < 4; k++)
		sum += out->v[OFFICIAL_COMPONENT(k) - OFFICIAL_FIRST];
	if (shown >= 0 && (shown - sum > 1000 || sum - shown > 1000)) {
		char a[32], b[32];

		err_set(e, "the index %s does not match the four components "
		    "(sum %s): not the figures of one page",
		    official_fmt(shown, a, sizeof a),
		    official_fixed(sum, 2, b, sizeof b));
		r = -1;
		goto done;
	}
	out->shown = shown >= 0 && !json ? shown : -1;
	out->v[0] = sum;
	out->has |= 1u;
	r = 0;
done:
	free(pg.l);
	free(pg.fold);
	return r;
}
