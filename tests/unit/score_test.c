/* score_test.c - the model, the scorer, values and rounding. */
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "in/profile_put.h"
#include "out/out_fast.h"
#include "ssi/model.h"
#include "ssi/out.h"
#include "ssi/profile.h"
#include "ssi/report.h"
#include "ssi/score.h"
#include "t.h"

static void
set(struct profile *p, const char *name, const char *v)
{
	struct ssi_err e = { 0 };
	int f = field_lookup(name, strlen(name));

	if (f < 0 || profile_set(p, f, v, strlen(v), VK_STRING, 1, &e) < 0)
		printf("# set %s=%s failed: %s\n", name, v, e.msg);
}

static const char *const post_author[][2] = {
	{ "headline", "Digital marketing consultant | Personal branding and social selling" },
	{ "summary", "I help professionals and small companies build a personal brand that opens doors. Fifteen years in online marketing, content strategy and community management; trainer in social selling and LinkedIn for sales teams. I write weekly about digital marketing, social media and personal branding." },
	{ "industry", "Marketing and Advertising" }, { "location", "Barcelona, Spain" },
	{ "photo", "true" }, { "positions", "5" }, { "education", "2" },
	{ "skills", "40" }, { "endorsements", "350" }, { "recommendations", "12" },
	{ "media", "6" }, { "articles", "20" }, { "connections", "1000" },
	{ "target_connections", "330" }, { "senior_connections", "180" },
	{ "colleague_connections", "30" }, { "followers", "4200" }, { "groups", "0" },
	{ "searches", "5" }, { "second_degree_contacts", "10" },
	{ "profile_viewers", "50" }, { "viewers_contacted", "0" }, { "posts", "8" },
	{ "shares", "2" }, { "comments", "20" }, { "reactions", "10" },
	{ "group_posts", "1" }, { "active_days", "20" }, { "messages_received", "10" },
	{ "messages_replied", "9" }, { "invitations_sent", "20" },
	{ "invitations_accepted", "16" }, { "invitations_personalized", "18" },
	{ "engagement_received", "400" }, { "period_days", "30" },
};

/*
 * score_top against its definition, on 20,000 random gain vectors whose
 * values are multiples of 0.25 (so ties are exact and common) and some
 * below the "done" mark: sort the measured, not done keys by their
 * measured gain, largest first, ties in key order, and compare the first 1
 * and the first 3.  The whole gain (unmeasured signals' weight included)
 * is random too and must not matter.
 */
static void
top_against_sort(void)
{
	int round, bad = 0, ties = 0;

	srand(7);
	for (round = 0; round < 20000; round++) {
		struct score s;
		int want[MODEL_KEYS], nw = 0, got[3], ng, one, i, j;

		memset(&s, 0, sizeof s);
		for (i = 0; i < MODEL_KEYS; i++) {
			int r = rand() % 12;

			s.mgain[i] = r == 11 ? 0.04 : r * 0.25;
			s.gain[i] = (rand() % 12) * 0.5;
			if (rand() % 8)
				s.keys |= 1u << i;
			if (rand() % 6)
				s.measured |= 1u << i;
		}
		s.measured &= s.keys;
		for (i = 0; i < MODEL_KEYS; i++) {
			if (!(s.measured >> i & 1) || s.mgain[i] < GAIN_DONE)
				continue;
			/* insert i after every key with at least its gain */
			for (j = nw; j > 0 && s.mgain[want[j - 1]] < s.mgain[i]; j--)
				want[j] = want[j - 1];
			want[j] = i;
			nw++;
		}
		ng = score_top(&s, got, 3);
		if (ng != (nw < 3 ? nw : 3))
			bad++;
		for (i = 0; i < ng; i++)
			bad += got[i] != want[i];
		if (nw > 1 && s.mgain[want[0]] == s.mgain[want[1]])
			ties++;
		if (score_top(&s, &one, 1) != (nw > 0) || (nw > 0 && one != want[0]))
			bad++;
	}
	T_OK(bad == 0 && ties > 1000, "score_top equals a sort by gain, ties "
	    "in key order (20000 cases, %d with a tie on top, %d wrong)", ties,
	    bad);
}

/* A byte-at-a-time reference for utf8_count (RFC 3629, no NUL). */
static long
utf8_ref(const unsigned char *u, size_t n)
{
	size_t i = 0, k, j;
	long cps = 0;

	while (i < n) {
		unsigned c = u[i], cp;

		if (c == 0)
			return -1;
		k = c < 0x80 ? 0 : c >= 0xC0 && c < 0xE0 ? 1 : c >= 0xE0 &&
		    c < 0xF0 ? 2 : c >= 0xF0 && c < 0xF8 ? 3 : 9;
		if (k == 9 || i + k >= n + (k == 0))
			return -1;
		cp = k == 0 ? c : c & (0x3F >> k);
		for (j = 1; j <= k; j++) {
			if ((u[i + j] & 0xC0) != 0x80)
				return -1;
			cp = cp << 6 | (u[i + j] & 0x3F);
		}
		if ((k == 1 && cp < 0x80) || (k == 2 && cp < 0x800) ||
		    (k == 3 && cp < 0x10000) || cp > 0x10FFFF ||
		    (cp >= 0xD800 && cp <= 0xDFFF))
			return -1;
		i += k + 1;
		cps++;
	}
	return cps;
}

/* utf8_count (8 bytes at a time where they are ASCII) against the
 * reference, on random strings of 0 to 40 bytes built from ASCII, NUL and
 * pieces of valid and broken sequences, at every alignment. */
static void
utf8_against_ref(void)
{
	static const char *const bits[] = {
		"a", "Z", "0", " ", "\x7f", "\xc3\xa9", "\xe2\x82\xac",
		"\xf0\x9f\x98\x80", "\xc3", "\xa9", "\xed\xa0\x80",
		"\xc0\xaf", "\xf4\x90\x80\x80", "\xff", "abcdefgh"
	};
	unsigned char buf[64];
	int round, bad = 0, valid = 0;

	srand(11);
	for (round = 0; round < 200000; round++) {
		size_t n = 0, len;
		int nul = rand() % 16 == 0;

		while (n < 40) {
			const char *b = bits[rand() % 15];

			len = strlen(b);
			if (n + len > 40 || rand() % 12 == 0)
				break;
			memcpy(buf + n, b, len);
			n += len;
		}
		if (nul && n > 0)
			buf[rand() % n] = 0;
		bad += utf8_count((const char *)buf, n) != utf8_ref(buf, n);
		valid += utf8_ref(buf, n) >= 0;
	}
	T_OK(bad == 0 && valid > 10000, "utf8_count equals a byte-wise "
	    "reference (200000 strings, %d valid, %d differ)", valid, bad);
}

/*
 * out_fig2 (the batch rows' inline path) writes the delimiter and then
 * what out_fixed(x, 2) does, or declines: 1,500,000 values over and past
 * its range, among them 400,000 decimal ties (k / 100 + 0.005, not exact in
 * binary) and 100,000 binary ties (k / 8: 0.125 is exactly half a cent),
 * specials.  The same figures against snprintf of the rounding rule
 * (ssi.7: half away from zero, floor(100 x + 0.5 + 1e-9)) written as
 * "%llu.%02llu".  printf's own "%.2f" is not the reference: it rounds the
 * binary value half to even (0.125 -> "0.12"), the model's figures half
 * away from zero.  And out_int3 against "%u" for 0..999.
 */
static void
fig2_against_fixed(void)
{
	static const double special[] = {
		0, -0.0, 0.005, 0.015, 0.125, 9.995, 99.995, 999.994, 999.995,
		1000, 1e15, -1e-12, -0.004, -0.005, 25, 100, 80.8, 0.995,
		1.005, 2.675, 1e-300, -1, 1e300
	};
	const int nspecial = (int)(sizeof special / sizeof special[0]);
	struct out a, b;
	char c[64], buf[16];
	int i, bad = 0, bad_printf = 0, taken = 0, bad3 = 0;

	out_mem(&a);
	out_mem(&b);
	srand(5);
	for (i = 0; i < 1500000; i++) {
		double x = i < nspecial ? special[i] : i % 15 < 4 ?
		    (rand() % 110000) / 100.0 + 0.005 : i % 15 == 4 ?
		    (rand() % 9000) / 8.0 : i % 15 == 5 ?
		    rand() / (double)RAND_MAX * 2e6 - 1e6 :
		    rand() / (double)RAND_MAX * 1200 - 100;
		size_t k;

		memset(buf, 'x', sizeof buf);
		a.n = b.n = 0;
		out_char(&b, ';');
		out_fixed(&b, x, 2);
		k = out_fig2(buf, ';', x);
		if (k == 0) {
			/* declined: only for what is no score */
			bad += x > 0 && x < 999.98;
			continue;
		}
		taken++;
		bad += k != b.n || memcmp(buf, b.buf, k) != 0;
		{
			unsigned long long u = (unsigned long long)floor(x *
			    100 + 0.5 + 1e-9);

			snprintf(c, sizeof c, ";%llu.%02llu", u / 100, u % 100);
			bad_printf += strlen(c) != k || memcmp(buf, c, k) != 0;
		}
	}
	for (i = 0; i < 1000; i++) {
		uint32_t t = out_int3[i];
		char d3[4] = { (char)(t >> 8 & 0xff), (char)(t >> 16 & 0xff),
		    (char)(t >> 24 & 0xff), 0 };

		snprintf(c, sizeof c, "%d", i);
		d3[t & 3] = 0;
		bad3 += (t & 0xff) > 3 || strcmp(c, d3) != 0;
		if (i < 100) {
			char f3[4] = { (char)(out_frac3[i] & 0xff),
			    (char)(out_frac3[i] >> 8 & 0xff),
			    (char)(out_frac3[i] >> 16 & 0xff), 0 };

			snprintf(c, sizeof c, ".%02d", i);
			bad3 += strcmp(c, f3) != 0 || out_frac3[i] >> 24 != 0;
		}
	}
	out_mem_free(&a);
	out_mem_free(&b);
	T_OK(bad == 0 && taken > 1000000, "out_fig2 writes as out_fixed(x, 2) "
	    "(1500000 values, %d taken, %d differ)", taken, bad);
	T_OK(bad_printf == 0, "out_fig2 writes as snprintf of the rounding "
	    "rule (%d taken, %d differ)", taken, bad_printf);
	T_OK(bad3 == 0, "out_int3 is 0..999 as \"%%d\" writes them, out_frac3 "
	    ".00 to .99 (%d differ)", bad3);
}

/* out_cell_fast and out_cell_text write as out_cell: plain cells, and
 * cells with a comma, a quote, a tab, a line end, a formula mark, UTF-8,
 * spaces, at 0 to 70 bytes. */
static void
cell_fast_against_cell(void)
{
	static const char alpha[] = "p0Aaz-=@+,\"\t\r\n ;.\xc3\xa9_~\x7f";
	struct out a, b;
	char s[80];
	int i, bad = 0, bad_text = 0, plain = 0;

	out_mem(&a);
	out_mem(&b);
	srand(9);
	for (i = 0; i < 300000; i++) {
		size_t n = (size_t)(rand() % 71), j;
		int kind = rand() % 4, tsv = rand() % 2;

		for (j = 0; j < n; j++)
			s[j] = kind == 0 ? "p0123456789abcXYZ"[rand() % 17] :
			    kind == 3 ? "Ab z.;\xc3\xa9"[rand() % 8] :
			    alpha[rand() % (int)(sizeof alpha - 1)];
		/* names: spaces and UTF-8, one mark or special byte at most */
		if (kind == 3 && n > 0 && rand() % 2)
			s[rand() % (int)n] = ",\"\t\r\n=+-@'"[rand() % 10];
		a.n = b.n = 0;
		out_cell_fast(&a, s, n, tsv);
		out_cell(&b, s, n, tsv);
		bad += a.n != b.n || memcmp(a.buf, b.buf, a.n) != 0;
		a.n = 0;
		out_cell_text(&a, s, n, tsv);
		bad_text += a.n != b.n || memcmp(a.buf, b.buf, a.n) != 0;
		plain += kind == 0;
	}
	out_mem_free(&a);
	out_mem_free(&b);
	T_OK(bad == 0, "out_cell_fast writes as out_cell (300000 cells, %d "
	    "plain, %d differ)", plain, bad);
	T_OK(bad_text == 0, "out_cell_text writes as out_cell (300000 cells, "
	    "%d differ)", bad_text);
}

/* out_count_fast writes as out_long: every value from -1,100 to
 * 1,001,000, the powers of ten and their neighbours, extremes. */
static void
count_fast_against_long(void)
{
	static const long special[] = {
		LONG_MIN, LONG_MAX, 999999, 1000000, 9999999, 10000000, -1,
		-999999, 2147483647L
	};
	struct out a, b;
	long v, n = 0;
	int bad = 0;
	size_t i;

	out_mem(&a);
	out_mem(&b);
	for (v = -1100; v <= 1001000; v++, n++) {
		a.n = b.n = 0;
		out_count_fast(&a, v);
		out_long(&b, v);
		bad += a.n != b.n || memcmp(a.buf, b.buf, a.n) != 0;
	}
	for (i = 0; i < sizeof special / sizeof special[0]; i++, n++) {
		a.n = b.n = 0;
		out_count_fast(&a, special[i]);
		out_long(&b, special[i]);
		bad += a.n != b.n || memcmp(a.buf, b.buf, a.n) != 0;
	}
	out_mem_free(&a);
	out_mem_free(&b);
	T_OK(bad == 0 && n > 1000000, "out_count_fast writes as out_long "
	    "(%ld values, %d differ)", n, bad);
}

int
main(void)
{
	const struct model *m = model_default();
	struct profile p;
	struct score s;
	struct model m2;
	struct ssi_err e = { 0 };
	struct out o;
	size_t i;
	int64_t v;
	int miss[F_COUNT], n, top[3];
	double sum[P_COUNT] = { 0 };

	for (i = 0; i < (size_t)m->nsig; i++)
		sum[m->sig[i].pillar] += m->sig[i].weight;
	for (i = 0; i < P_COUNT; i++)
		T_NEAR(sum[i], 25, 1e-12, "default model: %s weights sum to 25",
		    pillar_ids[i]);

	profile_init(&p);
	for (i = 0; i < sizeof post_author / sizeof post_author[0]; i++)
		set(&p, post_author[i][0], post_author[i][1]);
	score_profile(m, &p, &s);
	T_NEAR(s.pillar[P_BRAND], 25.00, 0.005, "post-author brand 25.00");
	T_NEAR(s.pillar[P_PEOPLE], 12.80, 0.005, "post-author people 12.80");
	T_NEAR(s.pillar[P_ENGAGEMENT], 18.00, 0.005, "post-author engagement 18.00");
	T_NEAR(s.pillar[P_RELATIONSHIPS], 25.00, 0.005, "post-author relationships 25.00");
	T_NEAR(s.ssi, 80.80, 0.005, "post-author ssi 80.80");
	T_NEAR(s.coverage, 1.0, 1e-9, "post-author coverage 1");
	n = score_top(&s, top, 3);
	T_OK(n == 3 && top[0] == 7 && top[1] == 5 && top[2] == 11,
	    "top actions B4 B2 C4 (got %d: %s %s %s)", n,
	    model_key_name(top[0]), model_key_name(top[1]),
	    model_key_name(top[2]));
	top_against_sort();
	utf8_against_ref();
	fig2_against_fixed();
	cell_fast_against_cell();
	count_fast_against_long();

	/* --set searches=20: people 12.80 -> 16.30 */
	set(&p, "searches", "20");
	score_profile(m, &p, &s);
	T_NEAR(s.pillar[P_PEOPLE], 16.30, 0.005, "searches=20: people 16.30");

	/* period scaling: 5 searches in 7 days = 21.4 a month: full points */
	set(&p, "searches", "5");
	set(&p, "period_days", "7");
	set(&p, "active_days", "7");
	score_profile(m, &p, &s);
	T_NEAR(s.pillar[P_PEOPLE], 16.30, 0.005, "5 searches in 7 days: full points");

	/* missing data: coverage, ssi_max, missing in model order */
	profile_reset(&p);
	set(&p, "headline", "Short");
	set(&p, "connections", "500");
	set(&p, "invitations_sent", "0");
	set(&p, "invitations_accepted", "0");
	score_profile(m, &p, &s);
	T_NEAR(s.pillar[P_BRAND], 9.0 / 8, 1e-9, "A1 sees connections >= 50 only");
	/* lost for good: the short headline (9/8), 0 invitations sent (3),
	 * acceptance with nothing sent (5, no_data) */
	T_NEAR(s.ssi_max, 100 - 9.0 / 8 - 3 - 5, 1e-9,
	    "ssi_max: absent items and missing signals at full points");
	T_NEAR(s.coverage, (9 + 4 + 3 + 5) / 100.0, 1e-9,
	    "coverage: A1, connections, invitations_sent, acceptance_rate");
	n = score_missing(m, &s, miss, F_COUNT);
	T_OK(n > 3 && miss[0] == F_SUMMARY && miss[1] == F_POSITIONS,
	    "missing starts summary, positions (model order)");
	T_OK(s.status[22] == ST_MISSING && s.status[23] == ST_NO_DATA,
	    "personalized_rate missing, acceptance_rate over 0 sent: no_data");
	/* top actions among measured keys only, by their measured gain: D3
	 * 5 (no_data is measured), D2 3 (invitations_sent; the missing
	 * personalized_rate does not count), A1 9/8 (its one known item not
	 * done, the short headline: model.md, A1 counts only the items the
	 * data shows); D1 (connections at target) 0.  B1..B4 are not
	 * measured, nor are A1's six unknown items: the unmeasured list has
	 * them, the largest first */
	n = score_top(&s, top, 3);
	T_NEAR(s.mgain[0], 9.0 / 8, 1e-9, "A1's gain as an action: 1 item");
	T_NEAR(score_unmeasured_gain(&s, 0), 6 * 9.0 / 8, 1e-9,
	    "A1's unknown items: 6 of 8, unmeasured");
	T_OK(n == 3 && top[0] == 14 && top[1] == 13 && top[2] == 0,
	    "top actions among measured keys: D3 D2 A1 (got %d: %s %s %s)", n,
	    model_key_name(top[0]), model_key_name(top[1]),
	    model_key_name(top[2]));
	{
		int un[MODEL_KEYS], nu = score_unmeasured(&s, un, MODEL_KEYS), k;
		int ok = nu > 0, any = 0;

		for (k = 0; k < nu; k++) {
			ok &= !(s.measured >> un[k] & 1) ||
			    (s.partial >> un[k] & 1);
			ok &= k == 0 || s.gain[un[k - 1]] >= s.gain[un[k]];
			any |= un[k] == 4;
		}
		T_OK(ok && any && (s.measured >> 14 & 1),
		    "unmeasured: keys with every signal missing, by gain (%d)",
		    nu);
		nu = score_key_missing(m, &s, 7, un, MODEL_KEYS);
		T_OK(nu == 2 && un[0] == F_VIEWERS_CONTACTED &&
		    un[1] == F_PROFILE_VIEWERS,
		    "B4 needs viewers_contacted and profile_viewers");
		nu = score_key_missing(m, &s, 12, un, MODEL_KEYS);
		T_OK(nu == 2 && un[0] == F_SENIOR_CONNECTIONS &&
		    un[1] == F_COLLEAGUE_CONNECTIONS,
		    "D1's absent fields: senior, colleague (connections given)");
	}

	/* whole numbers */
	T_OK(parse_whole("500", 3, 0, 1000000000, &v) == 0 && v == 500, "'500'");
	T_OK(parse_whole("500.0", 5, 0, 1000000000, &v) == 0 && v == 500, "'500.0'");
	T_OK(parse_whole("5e2", 3, 0, 1000000000, &v) == 0 && v == 500, "'5e2'");
	T_OK(parse_whole(" 7 ", 3, 0, 1000000000, &v) == 0 && v == 7, "' 7 '");
	T_OK(parse_whole("1,200", 5, 0, 1000000000, &v) == -1, "'1,200' rejected");
	T_OK(parse_whole("2.5", 3, 0, 1000000000, &v) == -1, "'2.5' rejected");
	T_OK(parse_whole("1e999", 5, 0, 1000000000, &v) == -2, "'1e999' out of range");
	T_OK(parse_whole("1000000001", 10, 0, 1000000000, &v) == -2, "1e9+1 out of range");
	T_OK(parse_whole("0x10", 4, 0, 1000000000, &v) == -1, "'0x10' rejected");
	T_OK(utf8_count("caf\xc3\xa9", 5) == 4, "UTF-8 code points");
	T_OK(utf8_count("\xc0\xaf", 2) < 0 && utf8_count("\xed\xa0\x80", 3) < 0 &&
	    utf8_count("\xe2\x82", 2) < 0, "overlong, surrogate, truncated UTF-8");
	T_NEAR(round2(12.805), 12.81, 1e-9, "round2 half away from zero");
	T_NEAR(round2(-0.125), -0.13, 1e-9, "round2 negative");

	/* the model printed as JSON loads back to the same scores */
	out_mem(&o);
	report_model_json(&o, m);
	T_OK(model_load_json(&m2, o.buf, o.n, "m.json", &e) == 0,
	    "ssi model output loads (%s)", e.msg);
	T_OK(m2.nsig == m->nsig && memcmp(m2.sig, m->sig, sizeof m->sig[0] * (size_t)m->nsig) == 0,
	    "and equals the default table");
	/* a pillar summing to 24 is rejected */
	{
		char *t = malloc(o.n + 1), *w;

		memcpy(t, o.buf, o.n);
		t[o.n] = '\0';
		w = strstr(t, "\"signal\": \"media\"");
		w = w ? strstr(w, "\"weight\": 3") : NULL;
		if (w)
			w[10] = '2';
		T_OK(w && model_load_json(&m2, t, o.n, "m.json", &e) < 0 &&
		    strstr(e.msg, "brand") != NULL, "weights summing to 24: '%s'", e.msg);
		free(t);
	}
	out_mem_free(&o);
	profile_free(&p);
	T_DONE();
}
