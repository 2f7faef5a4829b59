/* merge.c - snapshots merged by (id, as_of) (see merge.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "merge.h"
#include "official.h"

/* Field f of p as text for a message, into buf. */
static const char *
show(const struct profile *p, int f, char *buf, size_t n)
{
	switch (field_defs[f].type) {
	case FT_TEXT:
	case FT_DATE:
		return err_quote(buf, n, profile_text(p, f), p->len[f]);
	case FT_FLAG:
		snprintf(buf, n, "%s", p->num[f] ? "true" : "false");
		return buf;
	case FT_DECIMAL:
		return official_fmt(p->num[f], buf, n);
	default:
		snprintf(buf, n, "%lld", (long long)p->num[f]);
		return buf;
	}
}

static int
same(const struct profile *a, const struct profile *b, int f)
{
	if (field_defs[f].type <= FT_DATE)
		return a->len[f] == b->len[f] && memcmp(profile_text(a, f),
		    profile_text(b, f), a->len[f]) == 0;
	return a->num[f] == b->num[f];
}

int
merge_profile(struct profile *dst, const struct profile *src,
    struct ssi_err *w, struct ssi_err *e)
{
	size_t used = 0;
	int f, differ = 0;

	w->msg[0] = '\0';
	for (f = 0; f < F_COUNT; f++) {
		if (!profile_has(src, f) || f == F_ID || f == F_AS_OF)
			continue;
		if (f == F_OFFICIAL_SSI && profile_has(dst, f))
			continue;	/* the sum, or src's: below */
		if (profile_has(dst, f)) {
			char a[64], b[64];

			if (same(dst, src, f))
				continue;
			if (used < sizeof w->msg)
				used += (size_t)snprintf(w->msg + used,
				    sizeof w->msg - used, "%s%s %s -> %s",
				    differ ? ", " : "", field_defs[f].name,
				    show(dst, f, a, sizeof a),
				    show(src, f, b, sizeof b));
			differ = 1;
		}
		if (field_defs[f].type <= FT_DATE) {
			if (profile_set(dst, f, profile_text(src, f),
			    src->len[f], VK_STRING, 1, e) < 0)
				return -1;
		} else {
			dst->num[f] = src->num[f];
			dst->have |= (uint64_t)1 << f;
		}
	}
	/* The index is the sum of the merged components (a correction of
	 * one moves it); without the four, the later index given is kept. */
	if (profile_has(src, F_OFFICIAL_SSI) && profile_has(dst,
	    F_OFFICIAL_SSI) && official_sum(dst) < 0 &&
	    dst->num[F_OFFICIAL_SSI] != src->num[F_OFFICIAL_SSI]) {
		char a[64], b[64];

		if (used < sizeof w->msg)
			used += (size_t)snprintf(w->msg + used, sizeof w->msg -
			    used, "%sofficial_ssi %s -> %s", differ ? ", " : "",
			    show(dst, F_OFFICIAL_SSI, a, sizeof a),
			    show(src, F_OFFICIAL_SSI, b, sizeof b));
		differ = 1;
		dst->num[F_OFFICIAL_SSI] = src->num[F_OFFICIAL_SSI];
	}
	official_settle(dst);
	if (profile_has(src, F_OFFICIAL_SSI) && official_sum(dst) >= 0 &&
	    (src->num[F_OFFICIAL_SSI] - dst->num[F_OFFICIAL_SSI] > 1000 ||
	    dst->num[F_OFFICIAL_SSI] - src->num[F_OFFICIAL_SSI] > 1000)) {
		char a[64], b[64];

		if (used < sizeof w->msg)
			used += (size_t)snprintf(w->msg + used, sizeof w->msg -
			    used, "%sofficial_ssi %s does not match its "
			    "components (sum %s)", differ ? ", " : "",
			    show(src, F_OFFICIAL_SSI, a, sizeof a),
			    official_fixed(dst->num[F_OFFICIAL_SSI], 2, b,
			    sizeof b));
		differ = 1;
	}
	return differ;
}

struct snapset {
	struct profile *v;
	long n, cap;
	long *slot;		/* hash table: index + 1, 0 = empty */
	size_t nslot;
};

struct snapset *
snapset_new(void)
{
	return calloc(1, sizeof(struct snapset));
}

void
snapset_free(struct snapset *s)
{
	long i;

	if (s == NULL)
		return;
	for (i = 0; i < s->n; i++)
		profile_free(&s->v[i]);
	free(s->v);
	free(s->slot);
	free(s);
}

size_t
snapset_count(const struct snapset *s)
{
	return (size_t)s->n;
}

struct profile *
snapset_get(struct snapset *s, size_t i)
{
	return &s->v[i];
}

static size_t
hash(const struct profile *p)
{
	const unsigned char *t;
	size_t h = 2166136261u, i;
	int k, fs[2] = { F_ID, F_AS_OF };

	for (k = 0; k < 2; k++) {
		t = (const unsigned char *)profile_text(p, fs[k]);
		for (i = 0; i < p->len[fs[k]]; i++)
			h = (h ^ t[i]) * 16777619u;
		h = (h ^ 0xff) * 16777619u;
	}
	return h;
}

static int
same_key(const struct profile *a, const struct profile *b)
{
	return same(a, b, F_ID) && same(a, b, F_AS_OF);
}

/* Put index i into the table (which has room). */
static void
place(struct snapset *s, long i)
{
	size_t h = hash(&s->v[i]) & (s->nslot - 1);

	while (s->slot[h])
		h = (h + 1) & (s->nslot - 1);
	s->slot[h] = i + 1;
}

static int
rehash(struct snapset *s)
{
	size_t n = s->nslot ? s->nslot * 2 : 64;
	long *ns = calloc(n, sizeof *ns), i;

	if (ns == NULL)
		return -1;
	free(s->slot);
	s->slot = ns;
	s->nslot = n;
	for (i = 0; i < s->n; i++)
		if (profile_has(&s->v[i], F_AS_OF) && profile_has(&s->v[i], F_ID))
			place(s, i);
	return 0;
}

long
snapset_add(struct snapset *s, const struct profile *p, struct ssi_err *w,
    int *warned, struct ssi_err *e)
{
	int keyed = profile_has(p, F_ID) && profile_has(p, F_AS_OF);
	struct profile *nv;
	long i;

	*warned = 0;
	if (keyed && s->nslot) {
		size_t h = hash(p) & (s->nslot - 1);

		for (; s->slot[h]; h = (h + 1) & (s->nslot - 1)) {
			struct profile *q = &s->v[s->slot[h] - 1];
			char id[96], list[SSI_ERR_MSG];
			int r;

			if (!same_key(q, p))
				continue;
			r = merge_profile(q, p, w, e);
			if (r < 0)
				return -1;
			if (r > 0) {
				memcpy(list, w->msg, sizeof list);
				err_set(w, "id %s has another snapshot dated "
				    "%s (merged, the later value kept: %.300s)",
				    err_quote(id, sizeof id, profile_text(p,
				    F_ID), p->len[F_ID]), profile_text(p,
				    F_AS_OF), list);
				*warned = 1;
			}
			return s->slot[h] - 1;
		}
	}
	if ((nv = grow_array(s->v, s->n, &s->cap, sizeof *s->v, 16,
	    LONG_MAX / (long)sizeof *s->v)) == NULL)
		return err_set(e, "out of memory");
	s->v = nv;
	profile_init(&s->v[s->n]);
	if (profile_copy(&s->v[s->n], p) < 0)
		return err_set(e, "out of memory");
	i = s->n++;
	if (keyed) {
		if ((size_t)s->n * 2 > s->nslot) {
			if (rehash(s) < 0) {
				s->n--;
				profile_free(&s->v[i]);
				return err_set(e, "out of memory");
			}
		} else {
			place(s, i);
		}
	}
	return i;
}
