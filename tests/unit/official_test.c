/*
 * official_test.c - the official fields (official.h), the change rule
 * (change.h); the merge of snapshots is snapset_test.c's.
 */
#include <stdio.h>
#include <string.h>

#include "ssi/change.h"
#include "ssi/official.h"
#include "ssi/officiallog.h"
#include "ssi/profile.h"
#include "ssi/readings_out.h"
#include "t.h"

static int64_t
parse(int f, const char *s, int comma, char *msg)
{
	struct ssi_err e = { 0 };
	int64_t v = -1;

	msg[0] = '\0';
	if (official_parse(f, s, strlen(s), comma, &v, &e) < 0) {
		strcpy(msg, e.msg);
		return -1;
	}
	return v;
}

static void
test_parse(void)
{
	static const struct {
		int f;
		const char *in;
		int comma;
		int64_t want;
		const char *err;
	} cases[] = {
		{ F_OFFICIAL_BRAND, "20.973", 0, 20973, "" },
		{ F_OFFICIAL_BRAND, " 20.973 ", 0, 20973, "" },
		{ F_OFFICIAL_BRAND, "15", 0, 15000, "" },
		{ F_OFFICIAL_BRAND, "0", 0, 0, "" },
		{ F_OFFICIAL_BRAND, "-0", 0, 0, "" },
		{ F_OFFICIAL_BRAND, "25", 0, 25000, "" },
		{ F_OFFICIAL_BRAND, "25.000", 0, 25000, "" },
		{ F_OFFICIAL_BRAND, "2.0973e1", 0, 20973, "" },
		{ F_OFFICIAL_BRAND, "0.001", 0, 1, "" },
		{ F_OFFICIAL_BRAND, "9.9000", 0, 9900, "" },
		{ F_OFFICIAL_BRAND, "007.5", 0, 7500, "" },
		{ F_OFFICIAL_BRAND, "20,973", 1, 20973, "" },
		{ F_OFFICIAL_BRAND, "20,973", 0, -1,
		  "official_brand: '20,973' is not a number" },
		{ F_OFFICIAL_BRAND, "25.001", 0, -1,
		  "official_brand: '25.001' is out of range (0 to 25)" },
		{ F_OFFICIAL_BRAND, "-1", 0, -1,
		  "official_brand: '-1' is out of range (0 to 25)" },
		{ F_OFFICIAL_BRAND, "1e300", 0, -1,
		  "official_brand: '1e300' is out of range (0 to 25)" },
		/* more decimals than allowed: rounded half away from zero */
		{ F_OFFICIAL_BRAND, "20.9731", 0, 20973, "" },
		{ F_OFFICIAL_BRAND, "13.118002", 0, 13118, "" },
		{ F_OFFICIAL_BRAND, "0.29999998", 0, 300, "" },
		{ F_OFFICIAL_BRAND, "14.999999", 0, 15000, "" },
		{ F_OFFICIAL_BRAND, "20.9725", 0, 20973, "" },
		{ F_OFFICIAL_BRAND, "20.97249", 0, 20972, "" },
		{ F_OFFICIAL_BRAND, "0.0005", 0, 1, "" },
		{ F_OFFICIAL_BRAND, "0.00049", 0, 0, "" },
		{ F_OFFICIAL_BRAND, "1e-4", 0, 0, "" },
		{ F_OFFICIAL_BRAND, "24.9995", 0, 25000, "" },
		{ F_OFFICIAL_BRAND, "25.0005", 0, -1,
		  "official_brand: '25.0005' is out of range (0 to 25)" },
		{ F_OFFICIAL_BRAND, "-0.0004", 0, 0, "" },
		{ F_OFFICIAL_BRAND, "NaN", 0, -1,
		  "official_brand: 'NaN' is not a number" },
		{ F_OFFICIAL_BRAND, "1.", 0, -1,
		  "official_brand: '1.' is not a number" },
		{ F_OFFICIAL_BRAND, ".5", 0, -1,
		  "official_brand: '.5' is not a number" },
		{ F_OFFICIAL_BRAND, "1,2.3", 1, -1,
		  "official_brand: '1,2.3' is not a number" },
		{ F_OFFICIAL_SSI, "100", 0, 100000, "" },
		{ F_OFFICIAL_SSI, "53.5", 0, 53500, "" },
		{ F_OFFICIAL_SSI, "100.5", 0, -1,
		  "official_ssi: '100.5' is out of range (0 to 100)" },
		{ F_INDUSTRY_AVG_SSI, "35.25", 0, 35250, "" },
		{ F_INDUSTRY_AVG_SSI, "35.255", 0, 35260, "" },
		{ F_INDUSTRY_AVG_SSI, "35.12", 0, 35120, "" },
		{ F_INDUSTRY_AVG_SSI, "35.1249999", 0, 35120, "" },
		{ F_NETWORK_AVG_BRAND, "12,02", 1, 12020, "" },
		{ F_NETWORK_AVG_BRAND, "25.01", 0, -1,
		  "network_avg_brand: '25.01' is out of range (0 to 25)" },
		{ F_INDUSTRY_TOP_PCT, "10", 0, 10000, "" },
		{ F_INDUSTRY_TOP_PCT, "10.0", 0, 10000, "" },
		{ F_INDUSTRY_TOP_PCT, "1", 0, 1000, "" },
		{ F_INDUSTRY_TOP_PCT, "100", 0, 100000, "" },
		{ F_INDUSTRY_TOP_PCT, "0", 0, 0, "" },	/* see official_check */
		{ F_INDUSTRY_TOP_PCT, "10.5", 0, 11000, "" },
		{ F_INDUSTRY_TOP_PCT, "10.49", 0, 10000, "" },
		{ F_NETWORK_TOP_PCT, "101", 0, -1,
		  "network_top_pct: '101' is out of range (1 to 100)" },
	};
	char msg[SSI_ERR_MSG];
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		int64_t v = parse(cases[i].f, cases[i].in, cases[i].comma, msg);

		T_OK(v == cases[i].want && strcmp(msg, cases[i].err) == 0,
		    "official_parse %s '%s'%s -> %lld '%s'",
		    field_defs[cases[i].f].name, cases[i].in,
		    cases[i].comma ? " (comma)" : "", (long long)v, msg);
	}
}

static void
test_fmt(void)
{
	char b[32];

	T_STREQ(official_fmt(20973, b, sizeof b), "20.973", "fmt 20973");
	T_STREQ(official_fmt(6380, b, sizeof b), "6.38", "fmt 6380");
	T_STREQ(official_fmt(15000, b, sizeof b), "15", "fmt 15000");
	T_STREQ(official_fmt(0, b, sizeof b), "0", "fmt 0");
	T_STREQ(official_fmt(-1187, b, sizeof b), "-1.187", "fmt -1187");
	T_STREQ(official_fmt(50, b, sizeof b), "0.05", "fmt 50");
	T_STREQ(official_fixed(53100, 2, b, sizeof b), "53.10", "fixed 53.1 2");
	T_STREQ(official_fixed(52605, 2, b, sizeof b), "52.61", "fixed half up");
	T_STREQ(official_fixed(-52605, 2, b, sizeof b), "-52.61",
	    "fixed half away from zero");
	T_STREQ(official_fixed(6380, 1, b, sizeof b), "6.4", "fixed 1");
	T_STREQ(official_fixed(-40, 1, b, sizeof b), "0.0", "fixed -0.04 -> 0.0");
	T_STREQ(official_fixed(20973, 0, b, sizeof b), "21", "fixed 0");
	T_STREQ(official_fixed(20973, 3, b, sizeof b), "20.973", "fixed 3");
}

static void
set(struct profile *p, int f, const char *v)
{
	struct ssi_err e = { 0 };

	if (profile_set(p, f, v, strlen(v), VK_STRING, 1, &e) < 0)
		printf("# set %s %s: %s\n", field_defs[f].name, v, e.msg);
}

static void
components(struct profile *p, const char *a, const char *b, const char *c,
    const char *d)
{
	set(p, F_OFFICIAL_BRAND, a);
	set(p, F_OFFICIAL_PEOPLE, b);
	set(p, F_OFFICIAL_ENGAGEMENT, c);
	set(p, F_OFFICIAL_RELATIONSHIPS, d);
}

static void
test_check(void)
{
	struct ssi_err w = { 0 }, e = { 0 };
	struct profile p;
	int r;

	profile_init(&p);
	set(&p, F_POSTS, "3");
	r = official_check(&p, &w, &e);
	T_OK(r == 0, "check: no official figure, nothing to say");

	/* failed capture: all zero, the rest kept */
	components(&p, "0", "0", "0", "0");
	set(&p, F_OFFICIAL_SSI, "0");
	set(&p, F_INDUSTRY_TOP_PCT, "0");
	r = official_check(&p, &w, &e);
	T_OK(r == 1 && !(p.have & OFFICIAL_MASK) && profile_has(&p, F_POSTS),
	    "check: all zero dropped, posts kept");
	T_STREQ(w.msg, "official figures all zero: taken as missing",
	    "check: all-zero warning");

	/* a rank of 0 with other figures is out of range */
	profile_reset(&p);
	set(&p, F_OFFICIAL_SSI, "40");
	set(&p, F_NETWORK_TOP_PCT, "0");
	r = official_check(&p, &w, &e);
	T_OK(r == -1, "check: rank 0 beside figures rejected");
	T_STREQ(e.msg, "network_top_pct: '0' is out of range (1 to 100)",
	    "check: rank 0 message");

	/* derived index */
	profile_reset(&p);
	components(&p, "20.973", "6.38", "10.25", "15");
	r = official_check(&p, &w, &e);
	T_OK(r == 0 && profile_has(&p, F_OFFICIAL_SSI) &&
	    p.num[F_OFFICIAL_SSI] == 52603, "check: index = sum 52.603");

	/* index against components: at 1 apart fine, beyond warned */
	profile_reset(&p);
	components(&p, "20", "10", "13.1", "10");
	set(&p, F_OFFICIAL_SSI, "54.1");
	T_OK(official_check(&p, &w, &e) == 0, "check: 1.000 apart is fine");
	set(&p, F_OFFICIAL_SSI, "54.101");
	T_OK(official_check(&p, &w, &e) == 1, "check: 1.001 apart warned");
	set(&p, F_OFFICIAL_SSI, "60");
	r = official_check(&p, &w, &e);
	T_STREQ(w.msg, "official_ssi 60 does not match its components "
	    "(sum 53.10)", "check: mismatch message");
	T_OK(r == 1 && p.num[F_OFFICIAL_SSI] == 53100,
	    "check: mismatch warned, the index is the sum");
	set(&p, F_OFFICIAL_SSI, "53");
	T_OK(official_check(&p, &w, &e) == 0 && p.num[F_OFFICIAL_SSI] == 53100,
	    "check: the page's whole number replaced by the sum");

	/* a correction of one component moves the index (official_settle) */
	profile_reset(&p);
	components(&p, "10", "5", "5", "5");
	official_check(&p, &w, &e);
	set(&p, F_OFFICIAL_BRAND, "14");
	T_OK(official_settle(&p) == 1 && p.num[F_OFFICIAL_SSI] == 29000,
	    "settle: 14 + 5 + 5 + 5 = 29");
	T_OK(official_settle(&p) == 0, "settle: nothing more to change");
	profile_reset(&p);
	set(&p, F_OFFICIAL_SSI, "60");
	T_OK(official_check(&p, &w, &e) == 0 && p.num[F_OFFICIAL_SSI] == 60000,
	    "check: without the four components the index stays as given");
	profile_free(&p);
}

static void
labels(const int64_t *v, const unsigned char *has, size_t n, int64_t floor,
    const char *want, const char *what)
{
	enum change out[64];
	char got[64 * 2];
	size_t i;

	change_series(v, has, n, floor, out, NULL);
	for (i = 0; i < n; i++)
		got[i] = "-=^v"[out[i]];
	got[n] = '\0';
	T_STREQ(got, want, "change: %s", what);
}

static void
test_change(void)
{
	/* fewer than 5 earlier ranges: 2 x floor */
	int64_t a[] = { 10000, 12000, 14001, 12000, 10000 };
	/* pillar floor 0.5 -> threshold 1.0 */
	int64_t b[] = { 5000, 6000, 7001, 6001, 5000 };
	/* 5 earlier ranges of 0.1 (MR 0.1, 3.268 x = 0.3268): floor wins */
	int64_t c[] = { 5000, 5100, 5000, 5100, 5000, 5100, 5601, 4999 };
	/* 5 earlier ranges of 1 -> limit 3.268 (index floor 1): 3.268 flat,
	 * 3.269 up */
	int64_t d[] = { 50000, 51000, 50000, 51000, 50000, 51000, 54268 };
	int64_t d2[] = { 50000, 51000, 50000, 51000, 50000, 51000, 54269 };
	/* missing figures are skipped */
	int64_t m[] = { 10000, 0, 13000, 0, 13000 };
	unsigned char mh[] = { 1, 0, 1, 0, 1 };
	int64_t one[] = { 7 };
	int64_t dl[5];
	enum change out[5];

	labels(a, NULL, 5, CHANGE_FLOOR_INDEX, "-=^v=", "index below 5 ranges: "
	    "2.000 flat, 2.001 up");
	labels(b, NULL, 5, CHANGE_FLOOR_PILLAR, "-=^=v", "pillar below 5 "
	    "ranges: 1.000 flat, 1.001 down");
	labels(c, NULL, 8, CHANGE_FLOOR_PILLAR, "-=====^v", "pillar floor 0.5 "
	    "over a small XmR limit: 0.501 up, then 0.602 over 3.268 x 0.1668 down");
	labels(d, NULL, 7, CHANGE_FLOOR_INDEX, "-======", "XmR limit 3.268: "
	    "equal is flat");
	labels(d2, NULL, 7, CHANGE_FLOOR_INDEX, "-=====^", "XmR limit "
	    "3.268: 3.269 is up");
	labels(m, mh, 5, CHANGE_FLOOR_INDEX, "--^-=", "missing skipped");
	labels(one, NULL, 1, CHANGE_FLOOR_INDEX, "-", "one figure: no change");
	change_series(m, mh, 5, CHANGE_FLOOR_INDEX, out, dl);
	T_OK(dl[2] == 3000 && dl[4] == 0 && dl[1] == 0, "change: deltas");
	T_OK(change_label(-1, 0, 0, 0) == CH_DOWN, "change: floor 0");
	T_OK(change_label(INT64_MAX / 2, 1000000000, INT64_MAX / 2,
	    CHANGE_FLOOR_PILLAR) == CH_UP, "change: no overflow");
	T_STREQ(change_ids[CH_UP], "up", "change ids");
}

/* officiallog_put of old with a reading of me 2026-11-30 -> new text. */
static void
put_case(const char *old, const char *want, long want_n, const char *what)
{
	static const char line[] = "{\"id\": \"me\", \"as_of\": "
	    "\"2026-11-30\", \"official_brand\": 1}\n";
	struct out o;
	long n;

	out_mem(&o);
	n = officiallog_put(&o, old, strlen(old), "me", "2026-11-30", line,
	    sizeof line - 1);
	out_char(&o, '\0');
	T_STREQ(o.buf, want, "log put: %s", what);
	T_OK(n == want_n, "log put: %s: %ld replaced", what, n);
	out_mem_free(&o);
}

#define R "{\"id\": \"me\", \"as_of\": \"2026-11-30\", \"official_brand\": 1}\n"

static void
test_log(void)
{
	struct reading rd = { "m\"e", "2026-11-30", { 0 }, 0 };
	struct out o;
	char *id;

	put_case("", R, 0, "empty file");
	put_case("x\n", "x\n" R, 0, "appended");
	put_case("x", "x\n" R, 0, "a last line without its end");
#define R0 "{\"id\": \"me\", \"as_of\": \"2026-11-30\", \"official_brand\": 1}"
	put_case("x\r\n{\"id\":\"me\",\"as_of\":\"2026-11-30\","
	    "\"official_ssi\":5}\r\ny\n", "x\r\n" R0 "\r\ny\n", 1,
	    "CRLF reading replaced in place, its line end and other lines kept");
	/* findings/reliability-3/log-cr-file-loss.sh and log-misc.sh */
	put_case("{\"id\":\"me\",\"as_of\":\"2026-11-29\",\"official_brand\":1}\r"
	    "{\"id\":\"me\",\"as_of\":\"2026-11-30\",\"official_brand\":2}\r"
	    "{\"id\":\"me\",\"as_of\":\"2026-12-01\",\"official_brand\":3}\r",
	    "{\"id\":\"me\",\"as_of\":\"2026-11-29\",\"official_brand\":1}\r"
	    R0 "\r{\"id\":\"me\",\"as_of\":\"2026-12-01\",\"official_brand\":3}\r",
	    1, "CR-only lines: one line replaced, the others kept");
	put_case("{\"id\":\"x\",\"as_of\":\"2026-11-29\",\"official_brand\":1}\r"
	    "{\"id\":\"x\",\"as_of\":\"2026-11-28\",\"official_brand\":1}",
	    "{\"id\":\"x\",\"as_of\":\"2026-11-29\",\"official_brand\":1}\r"
	    "{\"id\":\"x\",\"as_of\":\"2026-11-28\",\"official_brand\":1}\r"
	    R0 "\r", 0, "CR-only lines: appended with a CR");
	put_case("{\"id\":\"me\",\"as_of\":\"2026-11-30\",\"official_brand\":1} "
	    "{\"id\":\"me\",\"as_of\":\"2026-12-01\",\"official_brand\":2}\n",
	    "{\"id\":\"me\",\"as_of\":\"2026-11-30\",\"official_brand\":1} "
	    "{\"id\":\"me\",\"as_of\":\"2026-12-01\",\"official_brand\":2}\n" R,
	    0, "two objects on one line: not a reading, kept");
	put_case("{\"id\":\"me\",\"as_of\":\"2026-11-30\",\"official_brand\":7}"
	    " # typed from the phone\n",
	    "{\"id\":\"me\",\"as_of\":\"2026-11-30\",\"official_brand\":7}"
	    " # typed from the phone\n" R, 0,
	    "a line with a trailing comment: not a reading, kept");
	put_case("  {\"id\":\" me \",\"as_of\":\"2026-11-30 \",\"official_brand\":7}  \n",
	    R, 1, "ids and dates trimmed, blanks around the object");
	put_case("{\"id\":\"me\",\"as_of\":\"2026-11-30\",\"posts\":5}\n",
	    "{\"id\":\"me\",\"as_of\":\"2026-11-30\",\"posts\":5}\n" R, 0,
	    "a data record of that date is not a reading");
	put_case("{\"id\":\"me\",\"as_of\":\"2026-11-30\",\"official_ssi\":null}\n",
	    "{\"id\":\"me\",\"as_of\":\"2026-11-30\",\"official_ssi\":null}\n" R,
	    0, "a null official field is no figure");
	put_case("{\"id\":\"me\",\"as_of\":\"2026-11-30\",\"official_ssi\":5}\n"
	    "z\n{\"id\":\"me\",\"as_of\":\"2026-11-30\",\"official_brand\":2}",
	    R "z\n", 2, "a second reading of the key dropped");
	id = officiallog_last_id("{\"id\":\"a\"}\n{\"id\":\"b\"}\nnot json\n"
	    "{\"id\": 7}\n", 40);
	T_STREQ(id, "b", "log: the last record's id");
	free(id);
	T_OK(officiallog_last_id("x\ny\n", 4) == NULL, "log: no id");
	{
		static const struct {
			const char *text, *err;
		} kinds[] = {
			{ "", "" }, { "\n \n", "" },
			{ "{\"id\":\"me\"}\nnot json\n", "" },
			{ "\xEF\xBB\xBF{\"id\":\"me\"}\r", "" },
			{ "id,posts\nme,3\n", "not a JSON Lines file of readings "
			    "(its first line is not a JSON object)" },
			{ "# Readings\n{\"id\":\"me\"}\n", "not a JSON Lines "
			    "file of readings (its first line is not a JSON "
			    "object)" },
			{ "{\n  \"id\": \"me\"\n}\n", "a JSON document, not JSON "
			    "Lines (one reading per line; ssi import linkedin -f "
			    "jsonl writes them)" },
			{ "[{\"id\":\"me\"}]\n", "a JSON document, not JSON "
			    "Lines (one reading per line; ssi import linkedin -f "
			    "jsonl writes them)" },
			{ "{\"a\":1}\n\xff\n", "not a JSON Lines file of readings "
			    "(binary data: a ZIP, a spreadsheet?)" },
		};
		size_t k;

		for (k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
			struct ssi_err e2 = { 0 };
			int r = officiallog_kind(kinds[k].text,
			    strlen(kinds[k].text), &e2);

			T_OK(r == (*kinds[k].err ? -1 : 0) &&
			    strcmp(e2.msg, kinds[k].err) == 0,
			    "log kind %zu: '%s'", k, e2.msg);
		}
		{ struct ssi_err e3 = { 0 }; T_OK(officiallog_kind("PK\003\004\0\0", 6, &e3) < 0,
		    "log kind: a ZIP"); }
	}
	rd.v[F_OFFICIAL_SSI - OFFICIAL_FIRST] = 53000;
	rd.v[F_OFFICIAL_BRAND - OFFICIAL_FIRST] = 20973;
	rd.has = 1u << 0 | 1u << 1;
	out_mem(&o);
	officiallog_line(&o, &rd);
	out_char(&o, '\0');
	T_STREQ(o.buf, "{\"id\": \"m\\\"e\", \"as_of\": \"2026-11-30\", "
	    "\"official_ssi\": 53, \"official_brand\": 20.973}\n",
	    "log: the reading's line");
	out_mem_free(&o);
}

int
main(void)
{
	test_parse();
	test_fmt();
	test_check();
	test_change();
	test_log();
	T_DONE();
}
