/*
 * cmd_trend.c - ssi trend: the same profiles across dated snapshots.
 * Records are grouped by id and ordered by as_of; each snapshot shows the
 * index and the pillars with the change since the previous one, and the
 * text output a sparkline of the index.
 *
 * Every snapshot must be read before the first member can be written (a
 * member's snapshots may be spread over many files), so trend keeps one
 * small entry per snapshot (figures in cents, the date, where it came
 * from) and one per member (id, name); never the profile records.
 *
 * Decisions where the spec is silent:
 *  - a record without as_of is an error (counted as rejected, exit 2):
 *    "FILE:LINE: as_of is missing: ssi trend needs dated records";
 *  - members in order of first appearance; a member's name is the one of
 *    its latest snapshot that has a name;
 *  - the same id with the same as_of twice: both are kept, in input order,
 *    with a warning naming the second one (-q silences it);
 *  - changes are differences of the 2-decimal figures (what CSV and JSON
 *    show); text rounds them to 1 decimal and writes "=" for 0.0;
 *  - the sparkline is scaled between the member's own minimum and maximum
 *    index (printed next to it), so that small moves show; a flat series is
 *    drawn at mid height; it shows the latest SPARK_MAX snapshots;
 *    ASCII "_.-=+*#@" with --ascii or a non-UTF-8 locale;
 *  - JSON Lines: one member object per line (the objects of the JSON array);
 *  - --fail-under looks at each member's latest snapshot.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "advice.h"
#include "cli.h"
#include "lang.h"
#include "grow.h"
#include "strtab.h"

#define TREND_MAX 10000000L
#define SPARK_MAX 40

enum { V_SSI = P_COUNT, V_COUNT };	/* pillars, then the index */

struct snap {
	int32_t v[V_COUNT];	/* cents */
	uint32_t member;
	uint32_t date;		/* YYYYMMDD */
	uint32_t idx;		/* input order */
	uint32_t file;		/* index into files */
	long line;
};

struct member {
	const char *id, *name;
	uint32_t name_date;	/* date of the snapshot the name comes from */
};


struct trend {
	struct cli *c;
	struct report_opts r;
	struct snap *s;
	long n, cap;
	struct member *m;
	long nm, mcap;
	const char **files;	/* names of the inputs, for warnings */
	long nfiles, fcap;
	struct strtab st;		/* the strings kept, the index of names */
	long undated;
	int below, fatal;
};

/* ---- labels ---- */

enum {
	L_TITLE, L_PROFILE, L_PROFILES, L_SNAPSHOT, L_SNAPSHOTS, L_AS_OF,
	L_INDEX, L_CHANGE, L_MIN, L_MAX, L_COUNT
};

static const char *const labels[LANG_COUNT][L_COUNT] = {
	[LANG_EN] = {
		"Social Selling Index trend", "profile", "profiles",
		"snapshot", "snapshots", "as of", "Index", "change", "min",
		"max",
	},
	[LANG_ES] = {
		"Evolución del Índice de Social Selling", "perfil", "perfiles",
		"registro", "registros", "fecha", "Índice", "cambio", "mín",
		"máx",
	},
};

static const char *
label(const struct trend *u, int id)
{
	int l = u->r.lang >= 0 && u->r.lang < LANG_COUNT ? u->r.lang : LANG_EN;

	return labels[l][id];
}

/* ---- storage ---- */

/* The member with id s[0..n), created when new; -1 when out of memory. */
static long
member_of(struct trend *u, const char *s, size_t n)
{
	long k = strtab_index(&u->st, s, n);
	struct member *na;

	if (k < 0 || k < u->nm)
		return k;
	na = grow_array(u->m, u->nm, &u->mcap, sizeof *u->m, 64, LONG_MAX);
	if (na == NULL)
		return -1;
	u->m = na;
	memset(&u->m[k], 0, sizeof u->m[k]);
	u->m[k].id = u->st.names[k];
	return u->nm++;
}

/* The index of file name f in files, added when it is not the last one. */
static long
file_of(struct trend *u, const char *f)
{
	const char **nf;

	if (u->nfiles > 0 && strcmp(u->files[u->nfiles - 1], f) == 0)
		return u->nfiles - 1;
	nf = grow_array(u->files, u->nfiles, &u->fcap, sizeof *nf, 16,
	    LONG_MAX);
	if (nf == NULL)
		return -1;
	u->files = nf;
	if ((u->files[u->nfiles] = strtab_keep(&u->st, f, strlen(f))) == NULL)
		return -1;
	return u->nfiles++;
}

static int32_t
cents(double x)
{
	double r = round2(x) * 100;

	return (int32_t)(r < 0 ? r - 0.5 : r + 0.5);
}

/* "YYYY-MM-DD" (checked by the reader) as YYYYMMDD. */
static uint32_t
date_num(const char *s)
{
	uint32_t v = 0;

	for (; *s; s++)
		if (*s >= '0' && *s <= '9')
			v = v * 10 + (uint32_t)(*s - '0');
	return v;
}

static int
on_record(void *ctx, struct profile *p, const struct score *s,
    const char *file, long line, struct ssi_err *why)
{
	struct trend *u = ctx;

	(void)why;
	const char *as_of = profile_text(p, F_AS_OF);
	struct ssi_err err = { 0 };
	struct member *m;
	struct snap *sn, *ns;
	long mi, fi;
	int i;

	if (file == NULL)
		file = "";
	if (as_of == NULL) {
		err_at(&err, file, line, 0, "as_of is missing: ssi trend "
		    "needs dated records");
		cli_error(&err);
		u->undated++;
		return 0;
	}
	if (u->n >= TREND_MAX) {
		err_at(&err, file, line, 0, "more than %ld snapshots: ssi "
		    "trend holds every score in memory (split the input by id)",
		    TREND_MAX);
		cli_error(&err);
		u->fatal = 1;
		return 1;
	}
	ns = grow_array(u->s, u->n, &u->cap, sizeof *ns, 1024, TREND_MAX);
	if (ns == NULL)
		goto nomem;
	u->s = ns;
	/* the reader gives every record an id (its position when absent) */
	mi = member_of(u, profile_text(p, F_ID) ? profile_text(p, F_ID) : "",
	    p->len[F_ID]);
	if (mi < 0 || (fi = file_of(u, file)) < 0)
		goto nomem;
	sn = &u->s[u->n];
	memset(sn, 0, sizeof *sn);
	for (i = 0; i < P_COUNT; i++)
		sn->v[i] = cents(s->pillar[i]);
	sn->v[V_SSI] = cents(s->ssi);
	sn->member = (uint32_t)mi;
	sn->date = date_num(as_of);
	sn->idx = (uint32_t)u->n;
	sn->file = (uint32_t)fi;
	sn->line = line;
	m = &u->m[mi];
	if (profile_has(p, F_NAME) && (m->name == NULL ||
	    sn->date >= m->name_date)) {
		if ((m->name = strtab_keep(&u->st, profile_text(p, F_NAME),
		    p->len[F_NAME])) == NULL)
			goto nomem;
		m->name_date = sn->date;
	}
	u->n++;
	return 0;
nomem:
	cli_fail("out of memory after %ld snapshots", u->n);
	u->fatal = 1;
	return 1;
}

static int
by_member_date(const void *a, const void *b)
{
	const struct snap *x = a, *y = b;

	if (x->member != y->member)
		return x->member < y->member ? -1 : 1;
	if (x->date != y->date)
		return x->date < y->date ? -1 : 1;
	return x->idx < y->idx ? -1 : x->idx > y->idx;
}

/* Sort, warn about repeated dates, note members under --fail-under. */
static void
order(struct trend *u)
{
	long i;

	if (u->n > 0)
		qsort(u->s, (size_t)u->n, sizeof *u->s, by_member_date);
	for (i = 0; i < u->n; i++) {
		const struct snap *sn = &u->s[i];
		int last = i + 1 == u->n || u->s[i + 1].member != sn->member;

		if (last && (u->c->seen & OPT(O_FAIL_UNDER)) &&
		    sn->v[V_SSI] / 100.0 < u->c->fail_under)
			u->below = 1;
		if (i > 0 && !u->c->quiet && u->s[i - 1].member == sn->member &&
		    u->s[i - 1].date == sn->date) {
			const char *id = u->m[sn->member].id;
			char q[128];
			struct ssi_err err = { 0 };
			char buf[SSI_ERR_MSG + 1024];

			err_at(&err, u->files[sn->file], sn->line, 0,
			    "id %s has another snapshot dated %04u-%02u-%02u "
			    "(both kept, in input order)",
			    err_quote(q, sizeof q, id, strlen(id)),
			    sn->date / 10000, sn->date / 100 % 100,
			    sn->date % 100);
			err_format(&err, buf, sizeof buf);
			fprintf(stderr, "ssi: warning: %s\n", buf);
		}
	}
}

/* ---- CSV, TSV, JSON ---- */

static void
date_out(struct out *o, uint32_t d)
{
	char buf[16];

	snprintf(buf, sizeof buf, "%04u-%02u-%02u", d / 10000, d / 100 % 100,
	    d % 100);
	out_str(o, buf);
}

static void
cents_out(struct out *o, long long v)
{
	out_fixed(o, v / 100.0, 2);
}

/* The order of the figures in every output: pillars, then ssi. */
static const char *const fig_ids[V_COUNT] = {
	"brand", "people", "engagement", "relationships", "ssi"
};

static void
write_csv(struct trend *u, struct out *o)
{
	int tsv = u->r.format == OF_TSV, d = tsv ? '\t' : ',', k;
	long i;

	if (!u->c->no_header) {
		out_str(o, "id");
		out_char(o, d);
		out_str(o, "name");
		out_char(o, d);
		out_str(o, "as_of");
		for (k = 0; k < V_COUNT; k++) {
			out_char(o, d);
			out_str(o, fig_ids[k]);
		}
		for (k = 0; k < V_COUNT; k++) {
			out_char(o, d);
			out_str(o, "d_");
			out_str(o, fig_ids[k]);
		}
		out_char(o, '\n');
	}
	for (i = 0; i < u->n && !out_failed(o); i++) {
		const struct snap *sn = &u->s[i];
		const struct member *m = &u->m[sn->member];
		int first = i == 0 || u->s[i - 1].member != sn->member;

		out_cell(o, m->id, strlen(m->id), tsv);
		out_char(o, d);
		if (m->name)
			out_cell(o, m->name, strlen(m->name), tsv);
		out_char(o, d);
		date_out(o, sn->date);
		for (k = 0; k < V_COUNT; k++) {
			out_char(o, d);
			cents_out(o, sn->v[k]);
		}
		for (k = 0; k < V_COUNT; k++) {
			out_char(o, d);
			if (!first)
				cents_out(o, (long long)sn->v[k] - u->s[i - 1].v[k]);
		}
		out_char(o, '\n');
	}
}

static void
json_text(struct out *o, const char *s)
{
	if (s)
		out_json_str(o, s, strlen(s));
	else
		out_str(o, "null");
}

/* {"brand": 1.00, ...}: the figures of v (or their difference to w). */
static void
json_figs(struct out *o, const int32_t *v, const int32_t *w, int compact)
{
	int k;

	out_char(o, '{');
	for (k = 0; k < V_COUNT; k++) {
		if (k)
			out_str(o, compact ? "," : ", ");
		out_char(o, '"');
		out_str(o, fig_ids[k]);
		out_str(o, compact ? "\":" : "\": ");
		cents_out(o, w ? (long long)v[k] - w[k] : v[k]);
	}
	out_char(o, '}');
}

/* One member: snapshots s[0..n). */
static void
json_member(struct trend *u, struct out *o, const struct snap *s, long n,
    int compact)
{
	const struct member *m = &u->m[s[0].member];
	const char *sep = compact ? "," : ", ";
	int32_t change[V_COUNT];
	long i;
	int k;

	out_str(o, compact ? "{\"id\":" : "{\n    \"id\": ");
	json_text(o, m->id);
	out_str(o, compact ? ",\"name\":" : ",\n    \"name\": ");
	json_text(o, m->name);
	out_str(o, compact ? ",\"snapshots\":[" : ",\n    \"snapshots\": [");
	for (i = 0; i < n; i++) {
		if (i)
			out_char(o, ',');
		if (!compact)
			out_str(o, "\n      ");
		out_str(o, compact ? "{\"as_of\":\"" : "{\"as_of\": \"");
		date_out(o, s[i].date);
		out_char(o, '"');
		for (k = 0; k < V_COUNT; k++) {
			out_str(o, sep);
			out_char(o, '"');
			out_str(o, fig_ids[k]);
			out_str(o, compact ? "\":" : "\": ");
			cents_out(o, s[i].v[k]);
		}
		out_str(o, sep);
		out_str(o, compact ? "\"delta\":" : "\"delta\": ");
		if (i == 0)
			out_str(o, "null");
		else
			json_figs(o, s[i].v, s[i - 1].v, compact);
		out_char(o, '}');
	}
	out_str(o, compact ? "],\"change\":" : "\n    ],\n    \"change\": ");
	for (k = 0; k < V_COUNT; k++)
		change[k] = s[n - 1].v[k] - s[0].v[k];
	json_figs(o, change, NULL, compact);
	out_str(o, compact ? "}" : "\n  }");
}

static void
write_json(struct trend *u, struct out *o)
{
	int jsonl = u->r.format == OF_JSONL;
	long i, j, k = 0;

	if (!jsonl)
		out_char(o, '[');
	for (i = 0; i < u->n && !out_failed(o); i = j) {
		for (j = i + 1; j < u->n && u->s[j].member == u->s[i].member; j++)
			continue;
		if (!jsonl)
			out_str(o, k++ ? ",\n  " : "\n  ");
		json_member(u, o, u->s + i, j - i, jsonl);
		if (jsonl)
			out_char(o, '\n');
	}
	if (!jsonl)
		out_str(o, u->n ? "\n]\n" : "]\n");
}

/* ---- text ---- */

static void
right(struct out *o, const char *s, long width)
{
	long n;

	for (n = report_cols(s); n < width; n++)
		out_char(o, ' ');
	out_str(o, s);
}

/* Text without control characters (a line end inside a quoted name). */
static void
plain(struct out *o, const char *s)
{
	for (; *s; s++)
		out_char(o, (unsigned char)*s < 0x20 || *s == 0x7f ? ' ' : *s);
}

/* Cents with 1 decimal, half away from zero; with sign: "+3.5", "-0.8",
 * and "=" when it rounds to 0.0. */
static const char *
one_dec(char *buf, size_t sz, long long v, int sign)
{
	long long t = (v < 0 ? -v : v) + 5;

	if (sign && t / 10 == 0)
		snprintf(buf, sz, "=");
	else
		snprintf(buf, sz, "%s%lld.%lld",
		    t / 10 == 0 ? "" : v < 0 ? "-" : sign ? "+" : "",
		    t / 100, t / 10 % 10);
	return buf;
}

static void
bold(struct out *o, const struct report_opts *r, int on)
{
	if (r->color)
		out_str(o, on ? "\033[1m" : "\033[0m");
}

#define COL_DATE 10
#define COL_VALUE 7	/* two spaces and the value */
#define COL_DELTA 6	/* a space and the change */

static void
spark(struct trend *u, struct out *o, const struct snap *s, long n,
    int32_t lo, int32_t hi)
{
	static const char ascii[] = "_.-=+*#@";
	long i = n > SPARK_MAX ? n - SPARK_MAX : 0;

	if (i > 0)
		out_str(o, u->r.utf8 ? "\xe2\x80\xa6" : "...");
	for (; i < n; i++) {
		long long range = (long long)hi - lo;
		int level = range == 0 ? 3 :
		    (int)((14 * ((long long)s[i].v[V_SSI] - lo) + range) /
		    (2 * range));

		if (u->r.utf8) {
			char ch[4] = { '\xe2', '\x96', (char)(0x81 + level), 0 };

			out_str(o, ch);
		} else {
			out_char(o, ascii[level]);
		}
	}
}

/* Snapshots s[0..n) of one member. */
static void
member_text(struct trend *u, struct out *o, const struct snap *s, long n)
{
	const struct member *m = &u->m[s[0].member];
	const struct report_opts *r = &u->r;
	int32_t lo = s[0].v[V_SSI], hi = lo;
	char buf[64];
	long i;
	int k;

	bold(o, r, 1);
	plain(o, m->name ? m->name : m->id);
	bold(o, r, 0);
	if (m->name && strcmp(m->name, m->id) != 0) {
		out_str(o, " (");
		plain(o, m->id);
		out_char(o, ')');
	}
	out_char(o, '\n');

	for (i = 1; i < n; i++) {
		if (s[i].v[V_SSI] < lo)
			lo = s[i].v[V_SSI];
		if (s[i].v[V_SSI] > hi)
			hi = s[i].v[V_SSI];
	}
	out_str(o, "  ");
	spark(u, o, s, n, lo, hi);
	snprintf(buf, sizeof buf, "  %ld %s, %s ", n,
	    label(u, n == 1 ? L_SNAPSHOT : L_SNAPSHOTS), label(u, L_MIN));
	out_str(o, buf);
	out_str(o, one_dec(buf, sizeof buf, lo, 0));
	out_str(o, ", ");
	out_str(o, label(u, L_MAX));
	out_char(o, ' ');
	out_str(o, one_dec(buf, sizeof buf, hi, 0));
	out_str(o, "\n\n");

	/* Table: date, then index and pillars each with its change. */
	out_str(o, "  ");
	report_pad(o, label(u, L_AS_OF), COL_DATE);
	for (k = 0; k < V_COUNT; k++) {
		int f = k == 0 ? V_SSI : k - 1;

		if (k)
			for (i = 0; i < COL_DELTA; i++)
				out_char(o, ' ');
		right(o, f == V_SSI ? label(u, L_INDEX) : lang_pillar_short(u->r.lang, f),
		    COL_VALUE);
	}
	out_char(o, '\n');
	for (i = 0; i < n && !out_failed(o); i++) {
		out_str(o, "  ");
		date_out(o, s[i].date);
		for (k = 0; k < V_COUNT; k++) {
			int f = k == 0 ? V_SSI : k - 1;

			right(o, one_dec(buf, sizeof buf, s[i].v[f], 0), COL_VALUE);
			/* the first snapshot has no change: blanks between values */
			if (i == 0)
				buf[0] = '\0';
			else
				one_dec(buf, sizeof buf,
				    (long long)s[i].v[f] - s[i - 1].v[f], 1);
			if (k + 1 < V_COUNT) {
				out_char(o, ' ');
				report_pad(o, buf, COL_DELTA - 1);
			} else if (i > 0) {
				out_char(o, ' ');
				out_str(o, buf);
			}
		}
		out_char(o, '\n');
	}
	out_str(o, "  ");
	report_pad(o, label(u, L_CHANGE), COL_DATE);
	for (k = 0; k < V_COUNT; k++) {
		int f = k == 0 ? V_SSI : k - 1;

		for (i = 0; i < COL_VALUE + 1; i++)
			out_char(o, ' ');
		one_dec(buf, sizeof buf, (long long)s[n - 1].v[f] - s[0].v[f], 1);
		if (k + 1 < V_COUNT)
			report_pad(o, buf, COL_DELTA - 1);
		else
			out_str(o, buf);
	}
	out_char(o, '\n');
}

static void
write_text(struct trend *u, struct out *o)
{
	char buf[128];
	long i, j;

	bold(o, &u->r, 1);
	out_str(o, label(u, L_TITLE));
	bold(o, &u->r, 0);
	snprintf(buf, sizeof buf, " (%ld %s, %ld %s)\n", u->nm,
	    label(u, u->nm == 1 ? L_PROFILE : L_PROFILES), u->n,
	    label(u, u->n == 1 ? L_SNAPSHOT : L_SNAPSHOTS));
	out_str(o, buf);
	for (i = 0; i < u->n && !out_failed(o); i = j) {
		for (j = i + 1; j < u->n && u->s[j].member == u->s[i].member; j++)
			continue;
		out_char(o, '\n');
		member_text(u, o, u->s + i, j - i);
	}
}

/* ---- the command ---- */

static void
trend_free(struct trend *u)
{
	strtab_free(&u->st);
	free(u->s);
	free(u->m);
	free(u->files);
}

int
cmd_trend(struct cli *c)
{
	struct trend u;
	struct out o;
	struct loop_result res;
	long scored, rejected;
	int status;

	memset(&u, 0, sizeof u);
	u.c = c;
	if (c->format < 0)
		c->format = OF_TEXT;
	if (cli_open(c, &o) < 0)
		return SSI_EXIT_ERROR;
	cli_report_opts(c, &o, &u.r);
	status = loop_run(c, 1, on_record, &u, &res, NULL);
	scored = res.scored;
	rejected = res.rejected;
	if (u.fatal) {
		out_abort(&o);
		trend_free(&u);
		return SSI_EXIT_ERROR;
	}
	order(&u);
	switch (u.r.format) {
	case OF_CSV:
	case OF_TSV:
		write_csv(&u, &o);
		break;
	case OF_JSON:
	case OF_JSONL:
		write_json(&u, &o);
		break;
	default:
		write_text(&u, &o);
		break;
	}
	trend_free(&u);
	scored -= u.undated;
	rejected += u.undated;
	if (rejected > 0) {
		cli_fail("%ld profile%s scored, %ld rejected", scored,
		    scored == 1 ? "" : "s", rejected);
		status = SSI_EXIT_ERROR;
	}
	if (status == SSI_EXIT_OK && u.below)
		status = SSI_EXIT_BELOW;
	return cli_close(&o, status);
}
