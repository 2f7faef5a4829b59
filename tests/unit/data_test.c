/* data_test.c - the data path of issue 12: field names (Spanish, accents,
 * near-misses), whole numbers on their text, flags, slashed dates, columns
 * of your own, err_quote, out_cell and out_text, out_is_input, and the
 * reader on Windows-1252 bytes. */
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>

#include "ssi/err.h"
#include "ssi/field.h"
#include "ssi/input.h"
#include "ssi/out.h"
#include "ssi/profile.h"
#include "t.h"

static void
names(void)
{
	char out[128];
	size_t n;
	int f;

	for (f = 0; f < F_COUNT; f++) {
		T_OK(field_lookup(field_defs[f].name,
		    strlen(field_defs[f].name)) == f, "lookup %s",
		    field_defs[f].name);
		T_OK(field_lookup_any(field_defs[f].es,
		    strlen(field_defs[f].es)) == f, "lookup es %s",
		    field_defs[f].es);
	}
	T_OK(field_lookup("nombre", 6) < 0, "JSON keys: English only");
	T_OK(field_lookup("connections\0x", 13) < 0, "a NUL in a name");
	n = field_normalize(" B\xc3\xbasquedas ", 12, out, sizeof out);
	T_STREQ(out, "busquedas", "accent folded (%zu)", n);
	field_normalize("D\xc3\x8d" "AS Activos", 13, out, sizeof out);
	T_STREQ(out, "dias_activos", "capital accent, space");
	field_normalize("Contactos-Compa\xc3\xb1" "eros", 21, out, sizeof out);
	T_STREQ(out, "contactos_companeros", "enye, hyphen");
	T_STREQ(field_nearest("conections"), "connections", "typo");
	T_STREQ(field_nearest("busqeudas"), "busquedas", "Spanish typo");
	T_OK(field_nearest("team") == NULL, "team is no typo");
	T_OK(field_nearest("region") == NULL, "region is no typo");
	T_OK(field_nearest("ip") == NULL, "too short to be a typo of id");
}

static void
numbers(void)
{
	static const struct { const char *s; int r; long long v; } cases[] = {
		{ "500", 0, 500 }, { "500.0", 0, 500 }, { "5e2", 0, 500 },
		{ "0.5e1", 0, 5 }, { "-0", 0, 0 }, { "0e999999999", 0, 0 },
		{ "1e9", 0, 1000000000 }, { "1000000000.000", 0, 1000000000 },
		{ "1e-400", -1, 0 }, { "4.9999999999999999999", -1, 0 },
		{ "1000000000.0000000001", -1, 0 }, { "2.5", -1, 0 },
		{ "1e10", -2, 0 }, { "-3", -2, 0 }, { "1e99999999999", -2, 0 },
		{ "12abc", -1, 0 }, { "NaN", -1, 0 }, { ".5", -1, 0 },
		{ "5.", -1, 0 }, { "1e", -1, 0 }, { "", -1, 0 },
		{ "0000000000000000000000000000000000000000000000000000042", 0, 42 },
	};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		int64_t v = -7;
		int r = parse_whole(cases[i].s, strlen(cases[i].s), 0,
		    1000000000, &v);

		T_OK(r == cases[i].r && (r != 0 || v == cases[i].v),
		    "parse_whole '%s' -> %d (%lld)", cases[i].s, r,
		    (long long)v);
	}
}

static void
values(void)
{
	static const char *const yes[] = { "s\xc3\xad", "S\xc3\x8d", "si",
	    "SI", "verdadero", "VERDADERO", "true", "y" };
	static const char *const no[] = { "falso", "FALSO", "no", "0" };
	struct profile p;
	struct ssi_err e;
	char date[11];
	size_t i;

	profile_init(&p);
	for (i = 0; i < sizeof yes / sizeof yes[0]; i++) {
		profile_reset(&p);
		T_OK(profile_set(&p, F_PHOTO, yes[i], strlen(yes[i]),
		    VK_STRING, 0, &e) == 0 && p.num[F_PHOTO] == 1,
		    "flag %s", yes[i]);
	}
	for (i = 0; i < sizeof no / sizeof no[0]; i++) {
		profile_reset(&p);
		T_OK(profile_set(&p, F_PHOTO, no[i], strlen(no[i]),
		    VK_STRING, 0, &e) == 0 && p.num[F_PHOTO] == 0,
		    "flag %s", no[i]);
	}
	profile_reset(&p);
	T_OK(profile_set(&p, F_CONNECTIONS, "1.200", 5, VK_STRING, 0, &e) < 0,
	    "1.200 rejected");
	T_STREQ(e.msg, "connections: '1.200' is not a whole number: write "
	    "1200, without a thousands separator", "thousands hint");
	T_OK(profile_set(&p, F_CONNECTIONS, "2,5", 3, VK_STRING, 0, &e) < 0,
	    "2,5 rejected");
	T_STREQ(e.msg, "connections: '2,5' is not a whole number: a count "
	    "has no decimals", "decimal comma hint");

	T_OK(profile_date("09/11/2026", 10, DATES_DMY, date, &e) == 0,
	    "dmy");
	T_STREQ(date, "2026-11-09", "dmy reading");
	T_OK(profile_date("9/11/2026", 9, DATES_MDY, date, &e) == 0, "mdy");
	T_STREQ(date, "2026-09-11", "mdy reading");
	T_OK(profile_date("09/11/2026", 10, DATES_NONE, date, &e) < 0,
	    "no order: an error");
	T_STREQ(e.msg, "as_of: '09/11/2026' is not a date (YYYY-MM-DD): give "
	    "--dates dmy (9 November 2026) or --dates mdy (11 September "
	    "2026)", "both readings");
	T_OK(profile_date("29/02/2025", 10, DATES_DMY, date, &e) < 0,
	    "no 29 February 2025");
	T_OK(profile_date("1/2/26", 6, DATES_DMY, date, &e) < 0,
	    "a 2-digit year is no date");

	profile_reset(&p);
	T_OK(profile_set_custom(&p, "team", "Norte", 5, &e) == 0, "own set");
	T_OK(profile_set_custom(&p, "region", "  ", 2, &e) == 0 &&
	    p.ncustom == 1, "blank: absent");
	T_STREQ(profile_custom(&p, "Team"), "Norte", "own by any case");
	T_OK(profile_custom(&p, "region") == NULL, "absent own column");
	T_OK(profile_set_custom(&p, "team", "Sur", 3, &e) < 0,
	    "own column given twice");
	T_OK(profile_set_custom(&p, "x", "\xff", 1, &e) < 0,
	    "own column: invalid UTF-8");
	{
		struct profile q;

		profile_init(&q);
		T_OK(profile_copy(&q, &p) == 0, "copy");
		T_STREQ(profile_custom(&q, "team"), "Norte", "own column "
		    "copied");
		profile_free(&q);
	}
	profile_free(&p);
}

static void
quoting(void)
{
	char q[160];
	struct out o;

	err_quote(q, sizeof q, "a\xc2\x85" "b\xff\xc3\xa9", 7);
	T_STREQ(q, "'a\\u0085b\\xff\xc3\xa9'", "err_quote: C1, bad byte, é");
	err_quote(q, sizeof q, "\xe2\x82", 2);
	T_STREQ(q, "'\\xe2\\x82'", "err_quote: a cut sequence");
	err_quote(q, sizeof q, "\x1b[31m", 5);
	T_STREQ(q, "'\\x1b[31m'", "err_quote: ESC");

	T_OK(out_mem(&o) == 0, "out_mem");
	out_cell(&o, "=1+1", 4, 0);
	out_char(&o, '|');
	out_cell(&o, "@a,b", 4, 0);
	out_char(&o, '|');
	out_cell(&o, "-x", 2, 1);
	out_char(&o, '|');
	out_cell(&o, "ok", 2, 0);
	out_char(&o, '|');
	out_text(&o, "A\x1b[1mB\x07" "C\xc2\x9b" "D\xc2\xb7", 13);
	out_char(&o, '\0');
	T_STREQ(o.buf, "'=1+1|\"'@a,b\"|'-x|ok|A [1mB C D\xc2\xb7",
	    "formula cells, control characters");
	out_mem_free(&o);
}

static void
same_file(void)
{
	char *files[3];
	int fd;

	fd = open("a.csv", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	T_OK(fd >= 0 && write(fd, "id\n", 3) == 3, "a.csv");
	close(fd);
	T_OK(link("a.csv", "b.csv") == 0, "hard link");
	T_OK(symlink("a.csv", "c.csv") == 0, "symlink");
	files[0] = "x.csv";
	files[1] = "./a.csv";
	T_OK(out_is_input("a.csv", files, 2), "./a.csv is a.csv");
	T_OK(out_is_input("b.csv", files, 2), "a hard link");
	T_OK(out_is_input("c.csv", files, 2), "a symbolic link");
	T_OK(!out_is_input("new.csv", files, 2), "a new name");
	T_OK(!out_is_input("a.csv", files, 1), "another file");
	T_OK(!out_is_input("-", files, 2), "standard output");
	unlink("a.csv");
	unlink("b.csv");
	unlink("c.csv");
}

struct got {
	char name[64], industry[64];
	long records, rejects, warns;
};

static int
rec(void *ctx, struct profile *p, const char *file, long line)
{
	struct got *g = ctx;
	const char *t = profile_text(p, F_NAME);

	(void)file;
	(void)line;
	if (g->records++ == 0 && t) {
		snprintf(g->name, sizeof g->name, "%s", t);
		t = profile_custom(p, "equipo");
		snprintf(g->industry, sizeof g->industry, "%s", t ? t : "");
	}
	return 0;
}

static int
rej(void *ctx, const struct ssi_err *e)
{
	struct got *g = ctx;

	(void)e;
	g->rejects++;
	return 0;
}

static void
wrn(void *ctx, const struct ssi_err *e)
{
	struct got *g = ctx;

	(void)e;
	g->warns++;
}

static void
reader(void)
{
	static const char text[] =
	    "Nombre;Contactos;Equipo\r\nJos\xe9;500;Espa\xf1" "a\r\n"
	    "\x80uro;1;x\r\n";
	struct read_opts o;
	struct got g;
	struct record_sink s = { rec, rej, wrn, &g, NULL, NULL, NULL };
	struct ssi_err e;
	struct input *in;
	int fd[2];

	memset(&o, 0, sizeof o);
	memset(&g, 0, sizeof g);
	memset(&e, 0, sizeof e);
	in = input_new(&o, &s);
	T_OK(in != NULL && pipe(fd) == 0, "reader");
	T_OK(write(fd[1], text, sizeof text - 1) == (ssize_t)sizeof text - 1,
	    "write");
	close(fd[1]);
	T_OK(input_read_fd(in, "w.csv", fd[0], IN_AUTO, &e) == 0,
	    "Windows-1252 read");
	close(fd[0]);
	T_OK(g.records == 2 && g.rejects == 0 && g.warns == 2,
	    "two records, two warnings: Windows-1252, matched by name (%ld "
	    "%ld %ld)", g.records, g.rejects, g.warns);
	T_STREQ(g.name, "Jos\xc3\xa9", "name in UTF-8");
	T_STREQ(g.industry, "Espa\xc3\xb1" "a", "own column in UTF-8");
	input_free(in);
}

int
main(void)
{
	names();
	numbers();
	values();
	quoting();
	same_file();
	reader();
	T_DONE();
}
