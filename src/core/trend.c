/* trend.c - snapshots of the same profiles over time (see trend.h). */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ssi/grow.h"
#include "ssi/keep.h"
#include "ssi/official.h"
#include "ssi/rank.h"
#include "ssi/trend.h"
#include "util/radix.h"
#include "team.h"

struct trend *
trend_new(void)
{
	struct trend *t = calloc(1, sizeof *t);

	if (t != NULL) {
		strtab_init(&t->st);
		strtab_init(&t->gt);
		t->by = -1;
	}
	return t;
}

void
trend_by(struct trend *t, int by, const char *by_name)
{
	t->by = by;
	snprintf(t->by_name, sizeof t->by_name, "%s",
	    by >= 0 ? field_defs[by].name : by_name);
}

void
trend_by_shown(struct trend *t, const char *name)
{
	if (t->by < 0 && t->by_name[0] != '\0' && name != NULL)
		snprintf(t->by_name, sizeof t->by_name, "%s", name);
}

/* The group of member m from p, a snapshot of date: the value of the
 * latest snapshot that has one (RANK_NONE until one does). 0, or -1 when
 * out of memory. */
static int
group_member(struct trend *t, struct trend_member *m, const struct profile *p,
    uint32_t date)
{
	struct trend_group *ng;
	char num[32];
	size_t n;
	const char *gv = rank_group_of(p, t->by, t->by_name, num, sizeof num,
	    &n);
	int none = strcmp(gv, RANK_NONE) == 0;
	long g;

	if (none ? m->group >= 0 : date < m->group_date)
		return 0;
	ng = keep_row(&t->gt, gv, n, t->g, &t->ng, &t->gcap, sizeof *t->g, &g);
	if (ng == NULL)
		return -1;
	t->g = ng;
	if (t->g[g].name == NULL)
		t->g[g].name = t->gt.names[g];
	m->group = g;
	if (!none)
		m->group_date = date;
	return 0;
}

void
trend_free(struct trend *t)
{
	long i;

	if (t == NULL)
		return;
	free(t->s);
	free(t->m);
	free(t->files);
	strtab_free(&t->st);
	strtab_free(&t->gt);
	for (i = 0; i < t->ng; i++)
		if (t->g[i].team) {
			team_free(t->g[i].team);
			free(t->g[i].team);
		}
	free(t->g);
	free(t->order);
	if (t->team) {
		team_free(t->team);
		free(t->team);
	}
	free(t);
}

static int
nomem(struct trend *t, struct ssi_err *e)
{
	return err_at(e, NULL, 0, 0, "out of memory after %ld snapshots", t->n);
}

/* The index of file name f in files, added when it is not the last one. */
static long
file_of(struct trend *t, const char *f)
{
	const char **nf;

	if (t->nfiles > 0 && strcmp(t->files[t->nfiles - 1], f) == 0)
		return t->nfiles - 1;
	nf = grow_array(t->files, t->nfiles, &t->fcap, sizeof *nf, 16,
	    LONG_MAX);
	if (nf == NULL)
		return -1;
	t->files = nf;
	if ((t->files[t->nfiles] = strtab_keep(&t->st, f, strlen(f))) == NULL)
		return -1;
	return t->nfiles++;
}

int
trend_add(struct trend *t, const struct profile *p, const struct score *s,
    const char *file, long line, struct ssi_err *e)
{
	const char *as_of = profile_text(p, F_AS_OF);
	const char *id = profile_text(p, F_ID);
	struct trend_member *m, *nm;
	struct trend_snap *sn, *ns;
	long mi, fi;
	int i;

	if (file == NULL)
		file = "";
	if (trend_check(p, e) < 0) {
		e->file = file;
		e->line = line;
		return 1;
	}
	if (t->n >= TREND_MAX)
		return err_at(e, file, line, 0, "more than %ld snapshots: ssi "
		    "trend holds every score in memory (split the input by id)",
		    TREND_MAX);
	ns = grow_array(t->s, t->n, &t->cap, sizeof *ns, 1024, TREND_MAX);
	if (ns == NULL)
		return nomem(t, e);
	t->s = ns;
	/* the reader gives every record an id (its position when absent) */
	nm = keep_row(&t->st, id ? id : "", id ? p->len[F_ID] : 0, t->m,
	    &t->nm, &t->mcap, sizeof *t->m, &mi);
	if (nm == NULL)
		return nomem(t, e);
	t->m = nm;
	m = &t->m[mi];
	if (m->id == NULL) {
		m->id = t->st.names[mi];
		m->group = -1;
	}
	if ((fi = file_of(t, file)) < 0)
		return nomem(t, e);
	sn = &t->s[t->n];
	memset(sn, 0, sizeof *sn);
	for (i = 0; i < P_COUNT; i++)
		sn->v[i] = keep_cents(s->pillar[i]);
	sn->v[TV_SSI] = keep_cents(s->ssi);
	sn->nodata = s->coverage <= 0;
	sn->member = (uint32_t)mi;
	sn->date = keep_date(as_of);
	sn->idx = (uint32_t)t->n;
	sn->file = (uint32_t)fi;
	sn->line = line;
	for (i = 0; i < TV_COUNT; i++)
		if (profile_has(p, trend_official_field(i))) {
			sn->off[i] = (int32_t)p->num[trend_official_field(i)];
			sn->ohas |= (unsigned char)(1u << i);
			t->official = 1;
		}
	if (profile_has(p, F_NAME) && (m->name == NULL ||
	    sn->date >= m->name_date)) {
		if ((m->name = strtab_keep(&t->st, profile_text(p, F_NAME),
		    p->len[F_NAME])) == NULL)
			return nomem(t, e);
		m->name_date = sn->date;
	}
	if (t->by_name[0] != '\0' && group_member(t, m, p, sn->date) < 0)
		return nomem(t, e);
	t->n++;
	return 0;
}

const struct trend_snap *
trend_prev_data(const struct trend_snap *sn, const struct trend_snap *first)
{
	while (sn > first) {
		sn--;
		if (!sn->nodata)
			return sn;
	}
	return NULL;
}

int
trend_official_field(int k)
{
	return k == TV_SSI ? F_OFFICIAL_SSI : OFFICIAL_COMPONENT(k);
}

int
trend_check(const struct profile *p, struct ssi_err *e)
{
	if (profile_has(p, F_AS_OF))
		return 0;
	return err_at(e, NULL, 0, 0, "as_of is missing: ssi trend needs "
	    "dated records");
}

/* The snapshots by member, then date, then input order (idx, which is
 * their order in s: a stable sort by member and date keeps it).  A linear
 * sort of keys, then each snapshot moved once. */
static int
sort_snaps(struct trend *t)
{
	struct radix_item *v = malloc((size_t)t->n * sizeof *v);
	struct trend_snap tmp;
	long i;

	if (v == NULL)
		return -1;
	for (i = 0; i < t->n; i++) {
		v[i].key = (uint64_t)t->s[i].member << 32 | t->s[i].date;
		v[i].i = (uint32_t)i;
	}
	if (radix_sort(v, (size_t)t->n) < 0) {
		free(v);
		return -1;
	}
	radix_permute(t->s, sizeof *t->s, v, (size_t)t->n, &tmp);
	free(v);
	return 0;
}

/*
 * The labels of every series of the member whose snapshots are
 * s[0..n) (v, has, out: room for n).
 */
static void
label_member(struct trend_snap *s, long n, int64_t *v, unsigned char *has,
    enum change *out)
{
	long i;
	int k;

	if (n == 1) {	/* one snapshot: nothing to change from */
		for (k = 0; k < TV_COUNT; k++)
			s[0].ch[k] = s[0].och[k] = CH_NONE;
		return;
	}
	for (k = 0; k < TV_COUNT; k++) {
		int64_t floor = k == TV_SSI ? CHANGE_FLOOR_INDEX :
		    CHANGE_FLOOR_PILLAR;

		/* the estimate as its 2-decimal figure, in thousandths */
		for (i = 0; i < n; i++) {
			v[i] = (int64_t)s[i].v[k] * 10;
			has[i] = !s[i].nodata;
		}
		change_series(v, has, (size_t)n, floor, out, NULL);
		for (i = 0; i < n; i++)
			s[i].ch[k] = (unsigned char)out[i];
		for (i = 0; i < n; i++) {
			v[i] = s[i].off[k];
			has[i] = (s[i].ohas >> k) & 1;
		}
		change_series(v, has, (size_t)n, floor, out, NULL);
		for (i = 0; i < n; i++)
			s[i].och[k] = (unsigned char)out[i];
	}
}

/* Groups best first, by the average index of their latest date: qsort
 * has no context, so the groups ride along in the key. */
struct gkey {
	int32_t avg;
	long i;
};

static int32_t
latest_avg(const struct team *tm)
{
	long i;

	for (i = tm->nd - 1; i >= 0; i--)
		if (tm->d[i].members)
			return tm->d[i].avg[TV_SSI];
	return INT32_MIN;
}

static int
by_latest(const void *a, const void *b)
{
	const struct gkey *x = a, *y = b;

	if (x->avg != y->avg)
		return x->avg > y->avg ? -1 : 1;
	return x->i < y->i ? -1 : x->i > y->i;
}

/* The groups' members and teams, the empty ones dropped (a member's
 * "(none)" replaced by a later value), their order. */
static int
groups(struct trend *t, struct ssi_err *e)
{
	struct gkey *keys;
	long i, ng = 0, *map;

	if ((map = malloc((size_t)(t->ng ? t->ng : 1) * sizeof *map)) == NULL)
		return nomem(t, e);
	for (i = 0; i < t->nm; i++)
		t->g[t->m[i].group].members++;
	for (i = 0; i < t->ng; i++) {
		map[i] = ng;
		if (t->g[i].members > 0)
			t->g[ng++] = t->g[i];
	}
	for (i = 0; i < t->nm; i++)
		t->m[i].group = map[t->m[i].group];
	free(map);
	t->ng = ng;
	if ((t->order = malloc((size_t)(ng ? ng : 1) * sizeof *t->order)) ==
	    NULL)
		return nomem(t, e);
	if ((keys = malloc((size_t)(ng ? ng : 1) * sizeof *keys)) == NULL)
		return nomem(t, e);
	for (i = 0; i < ng; i++) {
		if ((t->g[i].team = calloc(1, sizeof *t->g[i].team)) == NULL) {
			free(keys);
			return nomem(t, e);
		}
		if (team_compute_group(t, i, t->g[i].team, e) < 0) {
			free(t->g[i].team);
			t->g[i].team = NULL;
			free(keys);
			return -1;
		}
		keys[i].avg = latest_avg(t->g[i].team);
		keys[i].i = i;
	}
	qsort(keys, (size_t)ng, sizeof *keys, by_latest);
	for (i = 0; i < ng; i++)
		t->order[i] = keys[i].i;
	free(keys);
	return 0;
}

int
trend_finish(struct trend *t, struct ssi_err *e)
{
	int64_t *v;
	unsigned char *has;
	enum change *out;
	size_t n = t->n > 0 ? (size_t)t->n : 1;
	long i;

	if (t->finished)
		return 0;
	if (t->n > 0 && sort_snaps(t) < 0)
		return nomem(t, e);
	for (i = 0; i < t->n; i++) {
		struct trend_member *m = &t->m[t->s[i].member];

		if (m->n++ == 0)
			m->first = i;
	}
	v = malloc(n * sizeof *v);
	has = malloc(n);
	out = malloc(n * sizeof *out);
	if (v == NULL || has == NULL || out == NULL) {
		free(v);
		free(has);
		free(out);
		return nomem(t, e);
	}
	for (i = 0; i < t->nm; i++)
		label_member(t->s + t->m[i].first, t->m[i].n, v, has, out);
	free(v);
	free(has);
	free(out);
	if ((t->team = calloc(1, sizeof *t->team)) == NULL)
		return nomem(t, e);
	if (team_compute(t, t->team, e) < 0) {
		free(t->team);
		t->team = NULL;
		return -1;
	}
	if (t->by_name[0] != '\0' && groups(t, e) < 0)
		return -1;
	t->finished = 1;
	return 0;
}
