/* report_text_test.c - the score text report within its width (80 and
 * 60 columns, both languages, with and without --explain, UTF-8 or not):
 * no line longer, the pillar table aligned, a long name and industry cut
 * with an ellipsis, the index's range on its own line when it does not
 * fit. */
#include <stdlib.h>

#include "ssi/lang.h"
#include "ssi/report.h"
#include "ssi/textw.h"
#include "t.h"

static void
set(struct profile *p, const char *f, const char *v)
{
	struct ssi_err e;
	int id = field_lookup(f, strlen(f));
	enum value_kind kind = VK_NUMBER;

	if (id >= 0 && field_defs[id].type <= FT_DATE)
		kind = VK_STRING;
	if (id < 0 || profile_set(p, id, v, strlen(v), kind, 1, &e) < 0) {
		printf("not ok - set %s=%s\n", f, v);
		exit(1);
	}
}

/* Whether buf[0..n) holds s. */
static int
holds(const char *buf, size_t n, const char *s)
{
	size_t k = strlen(s), i;

	for (i = 0; i + k <= n; i++)
		if (memcmp(buf + i, s, k) == 0)
			return 1;
	return 0;
}

/* The widest line of buf[0..n) in display columns; the column where
 * " / 25  " starts on each of the four pillar lines into col[]. */
static long
widest(const char *buf, size_t n, long col[4])
{
	const char *l = buf, *end = buf + n;
	long w = 0;
	int row = -1;

	while (l < end) {
		const char *e = memchr(l, '\n', (size_t)(end - l));
		const char *q;
		long c;

		if (e == NULL)
			e = end;
		c = text_cols(l, (size_t)(e - l));
		if (c > w)
			w = c;
		if (row < 0 && e == l && l > buf)	/* after the index */
			row = 0;
		if (row >= 0 && row < 4 && e > l) {
			for (q = l; q + 7 <= e && memcmp(q, " / 25  ", 7) != 0; q++)
				;
			col[row++] = q + 7 <= e ? text_cols(l, (size_t)(q - l)) : -1;
		}
		l = e + 1;
	}
	return w;
}

int
main(void)
{
	struct profile p;
	struct score s;
	struct report_opts r;
	struct out o;
	int width, lang, explain, utf8;

	profile_init(&p);
	set(&p, "name", "María José Fernández-Villaverde de la Concepción "
	    "y Mártir Etxeberria");
	set(&p, "industry", "Servicios de publicidad, marketing digital, "
	    "relaciones públicas y comunicación corporativa");
	set(&p, "as_of", "2026-11-30");
	set(&p, "connections", "35658");
	set(&p, "posts", "3");
	set(&p, "invitations_sent", "12");
	set(&p, "invitations_accepted", "5");
	score_profile(model_default(), &p, &s);
	for (width = 60; width <= 80; width += 20)
		for (lang = 0; lang < LANG_COUNT; lang++)
			for (explain = 0; explain < 2; explain++)
				for (utf8 = 0; utf8 < 2; utf8++) {
					long col[4] = { -2, -2, -2, -2 }, w;

					memset(&r, 0, sizeof r);
					r.m = model_default();
					r.format = OF_TEXT;
					r.lang = lang;
					r.width = width;
					r.explain = explain;
					r.utf8 = utf8;
					if (out_mem(&o) < 0)
						return 1;
					report_text(&o, &r, &p, &s);
					w = widest(o.buf, o.n, col);
					T_OK(w <= width && col[0] > 0 &&
					    col[0] == col[1] && col[1] == col[2] &&
					    col[2] == col[3], "%s at %d columns%s%s: "
					    "widest line %ld, pillar scores at %ld %ld "
					    "%ld %ld", lang_code(lang), width,
					    explain ? ", --explain" : "",
					    utf8 ? ", UTF-8" : "", w, col[0], col[1],
					    col[2], col[3]);
					if (width == 60 && explain == 0 && utf8 == 1)
						T_OK(holds(o.buf, o.n, "\xe2\x80\xa6"),
						    "%s at 60: a long name cut with an "
						    "ellipsis", lang_code(lang));
					out_mem_free(&o);
				}
	profile_free(&p);
	T_DONE();
}
