/* trend.c - snapshots of the same profiles over time (see trend.h). */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "keep.h"
#include "trend.h"

struct trend *
trend_new(void)
{
	struct trend *t = calloc(1, sizeof *t);

	if (t != NULL)
		strtab_init(&t->st);
	return t;
}

void
trend_free(struct trend *t)
{
	if (t == NULL)
		return;
	free(t->s);
	free(t->m);
	free(t->files);
	free(t->dups);
	strtab_free(&t->st);
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
	if (as_of == NULL) {
		err_at(e, file, line, 0, "as_of is missing: ssi trend needs "
		    "dated records");
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
	if (m->id == NULL)
		m->id = t->st.names[mi];
	if ((fi = file_of(t, file)) < 0)
		return nomem(t, e);
	sn = &t->s[t->n];
	memset(sn, 0, sizeof *sn);
	for (i = 0; i < P_COUNT; i++)
		sn->v[i] = keep_cents(s->pillar[i]);
	sn->v[TV_SSI] = keep_cents(s->ssi);
	sn->off = profile_has(p, F_OFFICIAL_SSI) ?
	    (int32_t)p->num[F_OFFICIAL_SSI] : -1;
	sn->member = (uint32_t)mi;
	sn->date = keep_date(as_of);
	sn->idx = (uint32_t)t->n;
	sn->file = (uint32_t)fi;
	sn->line = line;
	if (profile_has(p, F_NAME) && (m->name == NULL ||
	    sn->date >= m->name_date)) {
		if ((m->name = strtab_keep(&t->st, profile_text(p, F_NAME),
		    p->len[F_NAME])) == NULL)
			return nomem(t, e);
		m->name_date = sn->date;
	}
	t->n++;
	return 0;
}

static int
by_member_date(const void *a, const void *b)
{
	const struct trend_snap *x = a, *y = b;

	if (x->member != y->member)
		return x->member < y->member ? -1 : 1;
	if (x->date != y->date)
		return x->date < y->date ? -1 : 1;
	return x->idx < y->idx ? -1 : x->idx > y->idx;
}

int
trend_finish(struct trend *t, struct ssi_err *e)
{
	long i;

	if (t->finished)
		return 0;
	if (t->n > 0)
		qsort(t->s, (size_t)t->n, sizeof *t->s, by_member_date);
	for (i = 0; i < t->n; i++) {
		const struct trend_snap *sn = &t->s[i];
		struct trend_member *m = &t->m[sn->member];

		if (m->n++ == 0)
			m->first = i;
		if (i > 0 && t->s[i - 1].member == sn->member &&
		    t->s[i - 1].date == sn->date) {
			long *nd = grow_array(t->dups, t->ndups, &t->dcap,
			    sizeof *nd, 16, LONG_MAX);

			if (nd == NULL)
				return nomem(t, e);
			t->dups = nd;
			t->dups[t->ndups++] = i;
		}
	}
	t->finished = 1;
	return 0;
}

void
trend_dup_err(const struct trend *t, long i, struct ssi_err *e)
{
	const struct trend_snap *sn = &t->s[t->dups[i]];
	const char *id = t->m[sn->member].id;
	char q[128], d[11];

	err_at(e, t->files[sn->file], sn->line, 0, "id %s has another "
	    "snapshot dated %s (both kept, in input order)",
	    err_quote(q, sizeof q, id, strlen(id)), keep_date_text(d, sn->date));
}
