/* snapset.c - the snapshot pipeline: records merged by (id, as_of), the
 * `me` rule, each snapshot replayed once (see snapset.h). */
#include <sys/mman.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ssi/grow.h"
#include "ssi/idnorm.h"
#include "ssi/official.h"
#include "ssi/snapset.h"
#include "ssi/strtab.h"

#define CHUNK (1 << 20)		/* bytes of packed snapshots per chunk */
#define SHORT_TEXT 8		/* a text this short is held whole */
#define DIGEST_SZ 8

/* Packed snapshots, CHUNK bytes at a time; live: those not yet released. */
struct chunk {
	size_t n, cap;
	long live;
	unsigned char buf[];
};

struct snap {
	unsigned char *blob;	/* packed (NULL: released, or merged away) */
	uint32_t chunk;		/* the chunk holding blob */
};

/* A snapshot unpacked: the profile, and the texts held as a hash. */
struct rec {
	struct profile p;
	uint64_t digested;	/* bit f: text f held as dig[f] and cps */
	uint64_t dig[F_COUNT];
	uint32_t file;
	long line;
};

struct snapset {
	struct snapset_opts o;
	struct snapset_sink k;
	uint64_t texts;		/* bit f: field f is a text (or a date) */
	struct snap *v;
	long n, cap;
	struct chunk **ch;
	long nch, chcap;
	uint64_t *slot;		/* open addressing: index + 1 (0 = empty)
				 * and the low half of the key's hash */
	size_t nslot;
	unsigned long probes;
	struct strtab files;	/* the input names, by index */
	struct strtab odd;	/* id spellings already warned about */
	unsigned char *buf;	/* packing scratch */
	size_t bufcap;
	char *key, *norm;	/* key and id scratch */
	size_t keycap, normcap;
	struct rec a, b, r;	/* unpacking scratch */
	int has_me, many;	/* the `me` rule: seen "me"; 2+ others */
	char *other;		/* the first other id (normalised) */
	size_t otherlen;
	char *me_name;		/* the first name given under "me", if any */
	size_t me_namelen;
	int me_unnamed;		/* a record of "me" without a name (a reading) */
	int replayed;
	const char *last_file;	/* the input of the last record, kept */
	long last_fi;		/* its index in files */
	int norm_changed;	/* the last id normalised differed */
};

/* ---- packing ---- */

static void
rec_init(struct rec *r)
{
	memset(r, 0, sizeof *r);
	profile_init(&r->p);
}

static void
rec_reset(struct rec *r)
{
	profile_reset(&r->p);
	r->digested = 0;
}

/* Room for n more bytes at the end of r's arena; -1 on no memory. */
static int
arena_room(struct profile *p, size_t n)
{
	size_t cap;
	char *na;

	if (p->arena_len + n <= p->arena_cap)
		return 0;
	cap = p->arena_cap ? p->arena_cap : 1024;
	while (cap < p->arena_len + n)
		cap *= 2;
	if ((na = realloc(p->arena, cap)) == NULL)
		return -1;
	p->arena = na;
	p->arena_cap = cap;
	return 0;
}

/* s[0..n) and a NUL into p's arena; its offset.  -1 on no memory. */
static long
arena_add(struct profile *p, const char *s, size_t n)
{
	size_t off = p->arena_len;

	if (off + n + 1 > UINT32_MAX || arena_room(p, n + 1) < 0)
		return -1;
	if (n)
		memcpy(p->arena + off, s, n);
	p->arena[off + n] = '\0';
	p->arena_len += n + 1;
	return (long)off;
}

static int
put_text(struct profile *p, int f, const char *s, size_t n, uint32_t cps)
{
	long off = arena_add(p, s, n);

	if (off < 0)
		return -1;
	p->off[f] = (uint32_t)off;
	p->len[f] = (uint32_t)n;
	p->cps[f] = cps;
	p->have |= (uint64_t)1 << f;
	return 0;
}

static int
put_custom(struct profile *p, const char *name, const char *val)
{
	long a, b;

	if (p->ncustom >= PROFILE_MAX_CUSTOM)
		return 0;
	if ((a = arena_add(p, name, strlen(name))) < 0 ||
	    (b = arena_add(p, val, strlen(val))) < 0)
		return -1;
	p->cname[p->ncustom] = (uint32_t)a;
	p->cval[p->ncustom] = (uint32_t)b;
	p->ncustom++;
	return 0;
}

static int
is_text(int f)
{
	return field_defs[f].type <= FT_DATE;
}

/* The packing buffer with room for n more bytes past *at. */
static int
room(struct snapset *s, size_t at, size_t n)
{
	size_t cap = s->bufcap ? s->bufcap : 4096;
	unsigned char *nb;

	if (at + n <= s->bufcap)
		return 0;
	while (cap < at + n)
		cap *= 2;
	if ((nb = realloc(s->buf, cap)) == NULL)
		return -1;
	s->buf = nb;
	s->bufcap = cap;
	return 0;
}

static uint64_t
get_varint(const unsigned char **pp)
{
	const unsigned char *p = *pp;
	uint64_t v = 0;
	int sh = 0;

	while (*p & 0x80) {
		v |= (uint64_t)(*p++ & 0x7F) << sh;
		sh += 7;
	}
	v |= (uint64_t)*p++ << sh;
	*pp = p;
	return v;
}

/* v as a varint at o; past it.  Most values take one byte. */
static inline unsigned char *
put_v(unsigned char *o, uint64_t v)
{
	while (v >= 0x80) {
		*o++ = (unsigned char)(v | 0x80);
		v >>= 7;
	}
	*o++ = (unsigned char)v;
	return o;
}

/* The varint at *pp: the one- and two-byte cases inline. */
static inline uint64_t
get_v(const unsigned char **pp)
{
	const unsigned char *p = *pp;
	uint64_t v = p[0];

	if (v < 0x80) {
		*pp = p + 1;
		return v;
	}
	if (p[1] < 0x80) {
		*pp = p + 2;
		return (v & 0x7F) | (uint64_t)p[1] << 7;
	}
	return get_varint(pp);
}

/* d[0..n) = s[0..n): texts of 4 to 16 bytes (ids, dates, names) by two
 * overlapping loads, without a call and without a byte read or written
 * outside either; others by memcpy. */
static inline void
copy_text(void *d, const void *s, size_t n)
{
	char *dc = d;
	const char *sc = s;

	if (n >= 8 && n <= 16) {
		uint64_t a, b;

		memcpy(&a, sc, 8);
		memcpy(&b, sc + n - 8, 8);
		memcpy(dc, &a, 8);
		memcpy(dc + n - 8, &b, 8);
	} else if (n >= 4 && n < 8) {
		uint32_t a, b;

		memcpy(&a, sc, 4);
		memcpy(&b, sc + n - 4, 4);
		memcpy(dc, &a, 4);
		memcpy(dc + n - 4, &b, 4);
	} else if (n) {
		memcpy(dc, sc, n);
	}
}

#define KEY_BITS ((uint64_t)1 << F_ID | (uint64_t)1 << F_AS_OF)

/*
 * Pack r into s->buf: file, line, position, id, as_of, have, each
 * present text but id and as_of in field order (length << 1 | digested,
 * code points, then the bytes or the hash), each present number in field
 * order (zigzag), the columns of your own.  Only the fields have names
 * are visited, and the buffer is sized once, before.  The length, or -1
 * on no memory.
 */
static long
pack_profile(struct snapset *s, const struct profile *p, const char *id,
    size_t idlen, uint32_t idcps, uint64_t digested, const uint64_t *dig,
    uint32_t file, long line)
{
	size_t aslen = profile_has(p, F_AS_OF) ? p->len[F_AS_OF] : 0, need;
	uint64_t m, hold = ~s->o.keep_text;
	unsigned char *o;
	uint32_t k;

	/* 10 bytes a varint (7 of the key, 2 a field, the count), 8 a
	 * hash, the bytes of the texts and of the columns of your own */
	need = 10 * (8 + 2 * (size_t)F_COUNT) + 8 * (size_t)F_COUNT + idlen +
	    aslen;
	for (m = p->have & s->texts & ~KEY_BITS; m; m &= m - 1)
		need += p->len[__builtin_ctzll(m)];
	for (k = 0; k < p->ncustom; k++)
		need += strlen(p->arena + p->cname[k]) +
		    strlen(p->arena + p->cval[k]) + 2;
	if (room(s, 0, need) < 0)
		return -1;
	o = s->buf;
	o = put_v(o, file);
	o = put_v(o, (uint64_t)line);
	o = put_v(o, (uint64_t)p->position);
	o = put_v(o, idlen);
	copy_text(o, id, idlen);
	o += idlen;
	o = put_v(o, idcps);
	o = put_v(o, aslen);
	copy_text(o, p->arena + p->off[F_AS_OF], aslen);
	o += aslen;
	o = put_v(o, p->have);
	for (m = p->have & s->texts & ~KEY_BITS; m; m &= m - 1) {
		int f = __builtin_ctzll(m);
		const char *t = p->arena + p->off[f];
		uint32_t n = p->len[f];

		if ((digested >> f) & 1 || ((hold >> f) & 1 && n > SHORT_TEXT)) {
			uint64_t h = (digested >> f) & 1 ? dig[f] :
			    strtab_sum(t, n);

			*o++ = 1;
			o = put_v(o, p->cps[f]);
			memcpy(o, &h, DIGEST_SZ);
			o += DIGEST_SZ;
		} else {
			o = put_v(o, (uint64_t)n << 1);
			o = put_v(o, p->cps[f]);
			copy_text(o, t, n);
			o += n;
		}
	}
	for (m = p->have & ~s->texts; m; m &= m - 1) {
		int64_t v = p->num[__builtin_ctzll(m)];

		o = put_v(o, ((uint64_t)v << 1) ^ (uint64_t)(v >> 63));
	}
	o = put_v(o, p->ncustom);
	for (k = 0; k < p->ncustom; k++) {
		const char *nm = p->arena + p->cname[k];
		const char *val = p->arena + p->cval[k];
		size_t nn = strlen(nm) + 1, vn = strlen(val) + 1;

		memcpy(o, nm, nn);
		o += nn;
		memcpy(o, val, vn);
		o += vn;
	}
	return (long)(o - s->buf);
}

static long
pack(struct snapset *s, const struct rec *r)
{
	return pack_profile(s, &r->p, profile_text(&r->p, F_ID),
	    r->p.len[F_ID], r->p.cps[F_ID], r->digested, r->dig, r->file,
	    r->line);
}

/* The key of a packed snapshot: its id and as_of (aslen 0: none). */
struct key {
	const char *id, *as_of;
	size_t idlen, aslen;
	const unsigned char *rest;	/* past the key: have ... */
};

static void
blob_key(const unsigned char *b, struct key *k)
{
	get_varint(&b);
	get_varint(&b);
	get_varint(&b);
	k->idlen = get_varint(&b);
	k->id = (const char *)b;
	b += k->idlen;
	get_varint(&b);		/* its code points */
	k->aslen = get_varint(&b);
	k->as_of = (const char *)b;
	b += k->aslen;
	k->rest = b;
}

/* Text f of p: s[0..n) and a NUL appended to its arena; -1 on no
 * memory. */
static inline int
put_text_at(struct profile *p, int f, const char *t, size_t n, uint32_t cps)
{
	size_t off = p->arena_len;

	if (off + n + 1 > p->arena_cap && (off + n + 1 > UINT32_MAX ||
	    arena_room(p, n + 1) < 0))
		return -1;
	copy_text(p->arena + off, t, n);
	p->arena[off + n] = '\0';
	p->arena_len = off + n + 1;
	p->off[f] = (uint32_t)off;
	p->len[f] = (uint32_t)n;
	p->cps[f] = cps;
	return 0;
}

/* Unpack blob into r (the fields its have names, nothing else visited);
 * -1 on no memory. */
static int
unpack(const struct snapset *s, const unsigned char *b, struct rec *r)
{
	struct profile *p = &r->p;
	const char *id, *as_of;
	size_t idlen, aslen;
	uint64_t have, m;
	uint32_t nc, i, cps;

	rec_reset(r);
	r->file = (uint32_t)get_v(&b);
	r->line = (long)get_v(&b);
	p->position = (long)get_v(&b);
	idlen = get_v(&b);
	id = (const char *)b;
	b += idlen;
	cps = (uint32_t)get_v(&b);
	aslen = get_v(&b);
	as_of = (const char *)b;
	b += aslen;
	if (put_text_at(p, F_ID, id, idlen, cps) < 0 ||
	    (aslen && put_text_at(p, F_AS_OF, as_of, aslen,
	    (uint32_t)aslen) < 0))
		return -1;
	have = get_v(&b);
	for (m = have & s->texts & ~KEY_BITS; m; m &= m - 1) {
		int f = __builtin_ctzll(m);
		uint64_t lf = get_v(&b);

		cps = (uint32_t)get_v(&b);
		if (lf & 1) {
			memcpy(&r->dig[f], b, DIGEST_SZ);
			b += DIGEST_SZ;
			r->digested |= (uint64_t)1 << f;
			lf = 0;
		}
		if (put_text_at(p, f, (const char *)b, (size_t)(lf >> 1),
		    cps) < 0)
			return -1;
		b += lf >> 1;
	}
	for (m = have & ~s->texts; m; m &= m - 1) {
		uint64_t z = get_v(&b);

		p->num[__builtin_ctzll(m)] = (int64_t)(z >> 1) ^
		    -(int64_t)(z & 1);
	}
	p->have = (have & ~KEY_BITS) | (uint64_t)1 << F_ID |
	    (aslen ? (uint64_t)1 << F_AS_OF : 0);
	nc = (uint32_t)get_v(&b);
	for (i = 0; i < nc; i++) {
		const char *nm = (const char *)b, *val;

		b += strlen(nm) + 1;
		val = (const char *)b;
		b += strlen(val) + 1;
		if (put_custom(p, nm, val) < 0)
			return -1;
	}
	return 0;
}

/*
 * A chunk of cap bytes from the system and back: released chunks must
 * leave the process, or the replay's own tables are added to every chunk
 * ever filled.  malloc keeps freed blocks of this size once it has raised
 * its threshold for mmap (glibc does after the first large free), so the
 * chunks are mapped directly where the system can.
 */
static struct chunk *
chunk_new(size_t cap)
{
	struct chunk *c;
#ifdef MAP_ANONYMOUS
	void *m = mmap(NULL, sizeof *c + cap, PROT_READ | PROT_WRITE,
	    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	c = m == MAP_FAILED ? NULL : m;
#else
	c = malloc(sizeof *c + cap);
#endif
	if (c != NULL) {
		c->n = 0;
		c->cap = cap;
		c->live = 0;
	}
	return c;
}

static void
chunk_free(struct chunk *c)
{
	if (c == NULL)
		return;
#ifdef MAP_ANONYMOUS
	munmap(c, sizeof *c + c->cap);
#else
	free(c);
#endif
}

/* Store the packed s->buf[0..n) as snapshot i's blob. */
static int
store(struct snapset *s, long i, size_t n)
{
	struct chunk *c = s->nch ? s->ch[s->nch - 1] : NULL;
	struct snap *sn = &s->v[i];

	if (c == NULL || c->cap - c->n < n) {
		size_t cap = n > CHUNK ? n : CHUNK;
		struct chunk **nv = grow_array(s->ch, s->nch, &s->chcap,
		    sizeof *nv, 16, UINT32_MAX);

		if (nv == NULL)
			return -1;
		s->ch = nv;
		if ((c = chunk_new(cap)) == NULL)
			return -1;
		s->ch[s->nch++] = c;
	}
	memcpy(c->buf + c->n, s->buf, n);
	sn->blob = c->buf + c->n;
	sn->chunk = (uint32_t)(s->nch - 1);
	c->n += n;
	c->live++;
	return 0;
}

/* Snapshot i's blob is no longer needed: its chunk may go. */
static void
release(struct snapset *s, long i)
{
	struct snap *sn = &s->v[i];
	struct chunk *c;

	if (sn->blob == NULL)
		return;
	c = s->ch[sn->chunk];
	sn->blob = NULL;
	if (--c->live == 0 && (long)sn->chunk != s->nch - 1) {
		chunk_free(c);
		s->ch[sn->chunk] = NULL;
	}
}

/* ---- the table ---- */

static int
key_hash(struct snapset *s, const char *id, size_t idlen, const char *as_of,
    size_t aslen, uint64_t *h)
{
	size_t n = aslen + idlen;

	if (n + 1 > s->keycap) {
		size_t cap = s->keycap ? s->keycap : 256;
		char *nk;

		while (cap < n + 1)
			cap *= 2;
		if ((nk = realloc(s->key, cap)) == NULL)
			return -1;
		s->key = nk;
		s->keycap = cap;
	}
	memcpy(s->key, as_of, aslen);	/* a date: always 10 bytes */
	memcpy(s->key + aslen, id, idlen);
	*h = strtab_hash(s->key, n);
	return 0;
}

/* The snapshot of (id, as_of), or -1; *slot_at its slot or the free
 * slot where it goes. */
static long
find(struct snapset *s, const char *id, size_t idlen, const char *as_of,
    size_t aslen, uint64_t h, size_t *slot_at)
{
	size_t m = s->nslot - 1, i;

	/* a snapshot is read only when the low halves of the hashes agree:
	 * a million of them are far apart in memory */
	for (i = h & m; s->slot[i]; i = (i + 1) & m) {
		long j = (long)(uint32_t)s->slot[i] - 1;
		struct key k;

		s->probes++;
		if ((uint32_t)(s->slot[i] >> 32) != (uint32_t)h ||
		    s->v[j].blob == NULL)
			continue;
		blob_key(s->v[j].blob, &k);
		if (k.idlen == idlen && k.aslen == aslen &&
		    memcmp(k.id, id, idlen) == 0 &&
		    memcmp(k.as_of, as_of, aslen) == 0) {
			*slot_at = i;
			return j;
		}
	}
	s->probes++;
	*slot_at = i;
	return -1;
}

static int
rehash(struct snapset *s)
{
	size_t n = s->nslot ? s->nslot * 2 : 1024, m = n - 1, o;
	uint64_t *ns = strtab_slots_new(n);

	if (ns == NULL)
		return -1;
	/* the table holds the dated snapshots: each goes again where the
	 * low half of its hash, kept in its slot, places it */
	for (o = 0; o < s->nslot; o++) {
		size_t i;

		if (s->slot[o] == 0)
			continue;
		for (i = (size_t)(s->slot[o] >> 32) & m; ns[i]; i = (i + 1) & m)
			s->probes++;
		ns[i] = s->slot[o];
	}
	strtab_slots_free(s->slot, s->nslot);
	s->slot = ns;
	s->nslot = n;
	return 0;
}

/* ---- the merge ---- */

static uint64_t
text_digest(const struct rec *r, int f)
{
	return (r->digested >> f) & 1 ? r->dig[f] :
	    strtab_sum(profile_text(&r->p, f), r->p.len[f]);
}

static int
same(const struct rec *a, const struct rec *b, int f)
{
	if (!is_text(f))
		return a->p.num[f] == b->p.num[f];
	if (((a->digested | b->digested) >> f) & 1)
		return a->p.cps[f] == b->p.cps[f] &&
		    text_digest(a, f) == text_digest(b, f);
	return a->p.len[f] == b->p.len[f] && memcmp(profile_text(&a->p, f),
	    profile_text(&b->p, f), a->p.len[f]) == 0;
}

/* Field f of r for a message. */
static const char *
show(const struct rec *r, int f, char *buf, size_t n)
{
	const struct profile *p = &r->p;

	switch (field_defs[f].type) {
	case FT_TEXT:
	case FT_DATE:
		if ((r->digested >> f) & 1) {
			snprintf(buf, n, "(%lu characters)",
			    (unsigned long)p->cps[f]);
			return buf;
		}
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

/* Append "NAME OLD -> NEW" to the list in msg. */
static void
listed(char *msg, size_t cap, size_t *used, int *differ, const char *name,
    const char *a, const char *b)
{
	if (*used < cap)
		*used += (size_t)snprintf(msg + *used, cap - *used,
		    "%s%s %s -> %s", *differ ? ", " : "", name, a, b);
	*differ = 1;
}

/* Copy field f of src into r. */
static int
take(struct rec *r, const struct rec *src, int f)
{
	if (!is_text(f)) {
		r->p.num[f] = src->p.num[f];
		r->p.have |= (uint64_t)1 << f;
		return 0;
	}
	if ((src->digested >> f) & 1) {
		r->digested |= (uint64_t)1 << f;
		r->dig[f] = src->dig[f];
	}
	return put_text(&r->p, f, profile_text(&src->p, f), src->p.len[f],
	    src->p.cps[f]);
}

static const char *
custom_of(const struct profile *p, const char *name)
{
	uint32_t k;

	for (k = 0; k < p->ncustom; k++)
		if (strcmp(p->arena + p->cname[k], name) == 0)
			return p->arena + p->cval[k];
	return NULL;
}

/*
 * r = old with new's present values over it (id and as_of: old's), the
 * columns of your own by name.  When values differed, msg lists them and
 * 1 is returned; else 0; -1 on no memory.
 */
static int
merge(struct rec *r, const struct rec *old, const struct rec *nw,
    char *msg, size_t cap)
{
	size_t used = 0;
	int f, differ = 0;
	uint32_t k;

	msg[0] = '\0';
	rec_reset(r);
	r->p.position = old->p.position;
	r->file = old->file;
	r->line = old->line;
	for (f = 0; f < F_COUNT; f++) {
		const struct rec *src = old;

		if (f == F_OFFICIAL_SSI && profile_has(&old->p, f))
			;	/* the sum, or nw's: below */
		else if (f != F_ID && f != F_AS_OF && profile_has(&nw->p, f)) {
			src = nw;
			if (profile_has(&old->p, f) && !same(old, nw, f)) {
				char a[64], b[64];

				listed(msg, cap, &used, &differ,
				    field_defs[f].name, show(old, f, a,
				    sizeof a), show(nw, f, b, sizeof b));
			}
		}
		if (profile_has(&src->p, f) && take(r, src, f) < 0)
			return -1;
	}
	/* The index is the sum of the merged components (ssi.7 OFFICIAL FIGURES: a
	 * correction of one moves it); without the four, the later index
	 * given is kept. */
	if (profile_has(&nw->p, F_OFFICIAL_SSI) && profile_has(&old->p,
	    F_OFFICIAL_SSI) && official_sum(&r->p) < 0 &&
	    old->p.num[F_OFFICIAL_SSI] != nw->p.num[F_OFFICIAL_SSI]) {
		char a[64], b[64];

		listed(msg, cap, &used, &differ, "official_ssi",
		    show(old, F_OFFICIAL_SSI, a, sizeof a),
		    show(nw, F_OFFICIAL_SSI, b, sizeof b));
		r->p.num[F_OFFICIAL_SSI] = nw->p.num[F_OFFICIAL_SSI];
	}
	official_settle(&r->p);
	if (profile_has(&nw->p, F_OFFICIAL_SSI) && official_sum(&r->p) >= 0 &&
	    (nw->p.num[F_OFFICIAL_SSI] - r->p.num[F_OFFICIAL_SSI] > 1000 ||
	    r->p.num[F_OFFICIAL_SSI] - nw->p.num[F_OFFICIAL_SSI] > 1000)) {
		char a[64], b[64];

		if (used < cap)
			used += (size_t)snprintf(msg + used, cap - used,
			    "%sofficial_ssi %s does not match its components "
			    "(sum %s)", differ ? ", " : "", show(nw,
			    F_OFFICIAL_SSI, a, sizeof a), official_fixed(
			    r->p.num[F_OFFICIAL_SSI], 2, b, sizeof b));
		differ = 1;
	}
	for (k = 0; k < old->p.ncustom; k++) {
		const char *nm = old->p.arena + old->p.cname[k];
		const char *ov = old->p.arena + old->p.cval[k];
		const char *nv = custom_of(&nw->p, nm);

		if (nv && strcmp(nv, ov) != 0) {
			char a[64], b[64];

			listed(msg, cap, &used, &differ, nm,
			    err_quote(a, sizeof a, ov, strlen(ov)),
			    err_quote(b, sizeof b, nv, strlen(nv)));
		}
		if (put_custom(&r->p, nm, nv ? nv : ov) < 0)
			return -1;
	}
	for (k = 0; k < nw->p.ncustom; k++) {
		const char *nm = nw->p.arena + nw->p.cname[k];

		if (custom_of(&old->p, nm) == NULL &&
		    put_custom(&r->p, nm, nw->p.arena + nw->p.cval[k]) < 0)
			return -1;
	}
	return differ;
}

/* The warning of a merge that changed values, at nw's file and line. */
static void
warn_merged(struct snapset *s, const struct rec *nw, const char *list)
{
	struct ssi_err w = { 0 };
	char id[96];

	if (s->k.warn == NULL)
		return;
	err_set(&w, "id %s has another snapshot dated %s (merged, the later "
	    "value kept: %.300s)", err_quote(id, sizeof id,
	    profile_text(&nw->p, F_ID), nw->p.len[F_ID]),
	    profile_text(&nw->p, F_AS_OF), list);
	w.file = s->files.names[nw->file];
	w.line = nw->line;
	s->k.warn(s->k.ctx, &w);
}

/* Merge nw into snapshot j (unpacked into s->a), repack it. */
static int
merge_into(struct snapset *s, long j, const struct rec *nw, int warn)
{
	char list[SSI_ERR_MSG];
	long n;
	int r;

	if (unpack(s, s->v[j].blob, &s->a) < 0 ||
	    (r = merge(&s->r, &s->a, nw, list, sizeof list)) < 0 ||
	    (n = pack(s, &s->r)) < 0)
		return -1;
	if (r > 0 && warn)
		warn_merged(s, nw, list);
	release(s, j);
	return store(s, j, (size_t)n);
}

/* ---- adding ---- */

struct snapset *
snapset_new(const struct snapset_opts *o, const struct snapset_sink *k)
{
	struct snapset *s = calloc(1, sizeof *s);
	int f;

	if (s == NULL)
		return NULL;
	if (o)
		s->o = *o;
	if (k)
		s->k = *k;
	for (f = 0; f < F_COUNT; f++)
		if (is_text(f))
			s->texts |= (uint64_t)1 << f;
	strtab_init(&s->files);
	strtab_init(&s->odd);
	rec_init(&s->a);
	rec_init(&s->b);
	rec_init(&s->r);
	return s;
}

void
snapset_free(struct snapset *s)
{
	long i;

	if (s == NULL)
		return;
	for (i = 0; i < s->nch; i++)
		chunk_free(s->ch[i]);
	free(s->ch);
	free(s->v);
	strtab_slots_free(s->slot, s->nslot);
	free(s->buf);
	free(s->key);
	free(s->norm);
	free(s->other);
	free(s->me_name);
	strtab_free(&s->files);
	strtab_free(&s->odd);
	profile_free(&s->a.p);
	profile_free(&s->b.p);
	profile_free(&s->r.p);
	free(s);
}

size_t
snapset_count(const struct snapset *s)
{
	return (size_t)s->n;
}

unsigned long
snapset_probes(const struct snapset *s)
{
	return s->probes;
}

/* The id of p normalised into s->norm (its length), a warning the first
 * time a spelling changes by more than blanks.  -1 on no memory. */
static long
norm_id(struct snapset *s, const struct profile *p, const char *file,
    long line)
{
	const char *id = profile_text(p, F_ID);
	size_t n = id ? p->len[F_ID] : 0, len;
	int what;

	if (n + 1 > s->normcap) {
		size_t cap = s->normcap ? s->normcap : 256;
		char *nn;

		while (cap < n + 1)
			cap *= 2;
		if ((nn = realloc(s->norm, cap)) == NULL)
			return -1;
		s->norm = nn;
		s->normcap = cap;
	}
	len = id_norm(id ? id : "", n, s->norm, &what);
	s->norm_changed = what != 0;
	if ((what & (IDN_INVISIBLE | IDN_COMPOSED)) && s->k.warn) {
		long before = s->odd.n, k = strtab_index(&s->odd, id, n);

		if (k < 0)
			return -1;
		if (k == before) {	/* a new spelling */
			struct ssi_err w = { 0 };

			id_norm_note(&w, id, n, s->norm, len, what);
			w.file = file;
			w.line = line;
			s->k.warn(s->k.ctx, &w);
		}
	}
	return (long)len;
}

/* The `me` rule's count of members: "me", the first other, many. */
static int
count_member(struct snapset *s, const char *id, size_t n)
{
	if (n == 2 && memcmp(id, SNAPSET_ME, 2) == 0) {
		s->has_me = 1;
		return 0;
	}
	if (s->many)
		return 0;
	if (s->other == NULL) {
		if ((s->other = malloc(n + 1)) == NULL)
			return -1;
		memcpy(s->other, id, n);
		s->other[n] = '\0';
		s->otherlen = n;
	} else if (s->otherlen != n || memcmp(s->other, id, n) != 0) {
		s->many = 1;
	}
	return 0;
}

/* r = p with id s->norm[0..idlen), read at file (index) and line. */
static int
rec_of(struct snapset *s, struct rec *r, const struct profile *p,
    size_t idlen, uint32_t file, long line)
{
	uint32_t k;
	int f;

	rec_reset(r);
	r->file = file;
	r->line = line;
	r->p.position = p->position;
	if (put_text(&r->p, F_ID, s->norm, idlen, (uint32_t)utf8_count(s->norm,
	    idlen)) < 0)	/* (not the hot path: merges only) */
		return -1;
	for (f = 0; f < F_COUNT; f++) {
		if (!profile_has(p, f) || f == F_ID)
			continue;
		if (!is_text(f)) {
			r->p.num[f] = p->num[f];
			r->p.have |= (uint64_t)1 << f;
		} else if (put_text(&r->p, f, profile_text(p, f), p->len[f],
		    p->cps[f]) < 0) {
			return -1;
		}
	}
	for (k = 0; k < p->ncustom; k++)
		if (put_custom(&r->p, p->arena + p->cname[k],
		    p->arena + p->cval[k]) < 0)
			return -1;
	return 0;
}

int
snapset_add(struct snapset *s, const struct profile *p, const char *file,
    long line, struct ssi_err *e)
{
	int dated = profile_has(p, F_AS_OF);
	const char *as_of = dated ? profile_text(p, F_AS_OF) : "";
	size_t aslen = dated ? p->len[F_AS_OF] : 0, at = 0;
	long idlen, j = -1, fi, packed;
	uint64_t h = 0;
	uint32_t idcps;
	int me;

	if ((idlen = norm_id(s, p, file, line)) < 0)
		return err_set(e, "out of memory");
	me = idlen == 2 && memcmp(s->norm, SNAPSET_ME, 2) == 0;
	idcps = s->norm_changed || !profile_has(p, F_ID) ?
	    (uint32_t)utf8_count(s->norm, (size_t)idlen) :
	    p->cps[F_ID];
	if (count_member(s, s->norm, (size_t)idlen) < 0)
		return err_set(e, "out of memory");
	/* "me" with a name: a member like any other (the rule leaves it) */
	if (me && !(profile_has(p, F_NAME) && p->len[F_NAME] > 0))
		s->me_unnamed = 1;
	if (me && s->me_name == NULL && profile_has(p, F_NAME) &&
	    p->len[F_NAME] > 0) {
		if ((s->me_name = malloc(p->len[F_NAME] + 1)) == NULL)
			return err_set(e, "out of memory");
		memcpy(s->me_name, profile_text(p, F_NAME), p->len[F_NAME]);
		s->me_name[p->len[F_NAME]] = '\0';
		s->me_namelen = p->len[F_NAME];
	}
	/* undated: never merged; held when asked, or when its id is "me"
	 * (the `me` rule may name it) */
	if (!dated && !s->o.hold_undated && !me)
		return 1;
	if (s->n >= SNAPSET_MAX)
		return err_set(e, "more than %ld snapshots", SNAPSET_MAX);
	if (dated) {
		if (key_hash(s, s->norm, (size_t)idlen, as_of, aslen, &h) < 0 ||
		    ((size_t)(s->n + 1) * 2 > s->nslot && rehash(s) < 0))
			return err_set(e, "out of memory");
		j = find(s, s->norm, (size_t)idlen, as_of, aslen, h, &at);
	}
	if (file == NULL)
		file = "";
	if (s->last_file == NULL || strcmp(s->last_file, file) != 0) {
		if ((s->last_fi = strtab_index(&s->files, file,
		    strlen(file))) < 0)
			return err_set(e, "out of memory");
		s->last_file = s->files.names[s->last_fi];
	}
	fi = s->last_fi;
	if (j >= 0)
		return rec_of(s, &s->b, p, (size_t)idlen, (uint32_t)fi,
		    line) < 0 || merge_into(s, j, &s->b, 1) < 0 ?
		    err_set(e, "out of memory") : 0;
	{
		struct snap *nv = grow_array(s->v, s->n, &s->cap, sizeof *nv,
		    1024, SNAPSET_MAX);

		if (nv == NULL)
			return err_set(e, "out of memory");
		s->v = nv;
	}
	/* a new snapshot: packed straight from the reader's record */
	if ((packed = pack_profile(s, p, s->norm, (size_t)idlen, idcps, 0, NULL,
	    (uint32_t)fi, line)) < 0 || store(s, s->n, (size_t)packed) < 0)
		return err_set(e, "out of memory");
	if (dated)
		s->slot[at] = (uint64_t)(uint32_t)h << 32 | ((uint64_t)s->n + 1);
	s->n++;
	return 0;
}

/* ---- replay ---- */

static void
note(struct snapset *s, const char *fmt, const char *a)
{
	char buf[512];

	if (s->k.note == NULL)
		return;
	snprintf(buf, sizeof buf, err_tr(fmt), a);
	s->k.note(s->k.ctx, buf);
}

static int
is_me(const struct snap *sn)
{
	struct key k;

	blob_key(sn->blob, &k);
	return k.idlen == 2 && memcmp(k.id, SNAPSET_ME, 2) == 0;
}

/* The `me` rule: every snapshot of "me" becomes s->other's, unless "me"
 * has a name in the inputs: then it is that member's id, and the readings
 * under it are that member's (merged by id and date as any other's). */
static int
rule_me(struct snapset *s)
{
	char shown[300];
	long i, n = s->n;

	if (!s->has_me || s->other == NULL)
		return 0;
	if (s->me_name != NULL) {
		err_quote(shown, sizeof shown, s->me_name, s->me_namelen);
		if (s->me_unnamed)	/* readings besides the member's rows */
			note(s, "readings of 'me' filed under %s (the member "
			    "whose id is 'me')", shown);
		return 0;
	}
	err_quote(shown, sizeof shown, s->other, s->otherlen);
	if (s->many) {
		note(s, "readings of 'me' kept apart: the inputs hold %s and "
		    "other members (ssi log --id files readings under a "
		    "member's id)", shown);
		return 0;
	}
	note(s, "readings of 'me' taken as %s (the only other member); --id "
	    "sets it", shown);
	for (i = 0; i < n; i++) {
		struct key k;
		size_t at;
		long j = -1, packed;
		uint64_t h = 0;

		if (s->v[i].blob == NULL || !is_me(&s->v[i]))
			continue;
		blob_key(s->v[i].blob, &k);
		if (k.aslen) {
			if (key_hash(s, s->other, s->otherlen, k.as_of,
			    k.aslen, &h) < 0)
				return -1;
			j = find(s, s->other, s->otherlen, k.as_of, k.aslen, h,
			    &at);
		}
		if (unpack(s, s->v[i].blob, &s->b) < 0)
			return -1;
		/* the id becomes the other's: rebuild the record */
		if (s->normcap < s->otherlen + 1) {
			char *nn = realloc(s->norm, s->otherlen + 1);

			if (nn == NULL)
				return -1;
			s->norm = nn;
			s->normcap = s->otherlen + 1;
		}
		memcpy(s->norm, s->other, s->otherlen + 1);
		if (rec_of(s, &s->r, &s->b.p, s->otherlen, s->b.file,
		    s->b.line) < 0)
			return -1;
		/* rec_of took b's texts whole: keep b's hashes */
		s->r.digested = s->b.digested;
		memcpy(s->r.dig, s->b.dig, sizeof s->r.dig);
		if (j < 0) {
			if ((packed = pack(s, &s->r)) < 0)
				return -1;
			release(s, i);
			if (store(s, i, (size_t)packed) < 0)
				return -1;
			continue;
		}
		/* the member's snapshot of that date: one snapshot, the
		 * earlier first record first */
		if (j < i) {
			/* merge_into builds into s->r: the renamed record
			 * moves out of it first */
			struct rec t = s->r;
			int bad;

			rec_init(&s->r);
			bad = merge_into(s, j, &t, 1) < 0;
			profile_free(&t.p);
			if (bad)
				return -1;
			release(s, i);
		} else {
			struct rec t;

			/* i's record is the earlier one: j merges into it */
			rec_init(&t);
			if (unpack(s, s->v[j].blob, &t) < 0 ||
			    (packed = pack(s, &s->r)) < 0) {
				profile_free(&t.p);
				return -1;
			}
			release(s, i);
			if (store(s, i, (size_t)packed) < 0 ||
			    merge_into(s, i, &t, 1) < 0) {
				profile_free(&t.p);
				return -1;
			}
			profile_free(&t.p);
			release(s, j);
		}
	}
	return 0;
}

/* k's date against blob's: undated is older than any date. */
static int
date_cmp(const struct key *k, const unsigned char *blob)
{
	struct key kb;

	blob_key(blob, &kb);
	if (k->aslen != kb.aslen)
		return k->aslen < kb.aslen ? -1 : 1;
	return memcmp(k->as_of, kb.as_of, k->aslen);
}

/* The bits of a record's data: what the model can read (not its id,
 * name, date, goal or official figures). */
#define DATA_MASK (~OFFICIAL_MASK & ~((uint64_t)1 << F_ID | \
    (uint64_t)1 << F_NAME | (uint64_t)1 << F_AS_OF | (uint64_t)1 << F_GOAL | \
    (uint64_t)1 << F_GOAL_DATE))

/* latest: for each snapshot, whether it is replayed (keep[i]: the
 * member's latest with data, else the latest), and the snapshot whose
 * official figures it carries (from[i], -1 none: the member's latest
 * reading, when it is not the snapshot's own). */
static int
pick_latest(struct snapset *s, unsigned char *keep, long *from, long *older)
{
	struct strtab ids;
	long *best = NULL, *boff = NULL, *cnt = NULL, *bdat = NULL, cap = 0;
	long i, nm = 0;
	int ret = -1;

	strtab_init(&ids);
	for (i = 0; i < s->n; i++) {
		struct key k;
		long m, b;
		uint64_t have;
		const unsigned char *rest;

		keep[i] = 0;
		from[i] = -1;
		if (s->v[i].blob == NULL)
			continue;
		blob_key(s->v[i].blob, &k);
		if ((m = strtab_index(&ids, k.id, k.idlen)) < 0)
			goto done;
		if (m == nm) {
			long *nb;

			if (nm >= cap) {
				cap = cap ? cap * 2 : 256;
				if ((nb = realloc(best, (size_t)cap *
				    sizeof *nb)) == NULL)
					goto done;
				best = nb;
				if ((nb = realloc(boff, (size_t)cap *
				    sizeof *nb)) == NULL)
					goto done;
				boff = nb;
				if ((nb = realloc(cnt, (size_t)cap *
				    sizeof *nb)) == NULL)
					goto done;
				cnt = nb;
				if ((nb = realloc(bdat, (size_t)cap *
				    sizeof *nb)) == NULL)
					goto done;
				bdat = nb;
			}
			best[m] = -1;
			boff[m] = -1;
			bdat[m] = -1;
			cnt[m] = 0;
			nm++;
		}
		cnt[m]++;
		rest = k.rest;
		have = get_varint(&rest);
		/* later wins among equal dates (undated: older than any) */
		if ((b = best[m]) < 0 || date_cmp(&k, s->v[b].blob) >= 0)
			best[m] = i;
		if ((have & DATA_MASK) && ((b = bdat[m]) < 0 ||
		    date_cmp(&k, s->v[b].blob) >= 0))
			bdat[m] = i;
		if ((have & OFFICIAL_MASK) && k.aslen && ((b = boff[m]) < 0 ||
		    date_cmp(&k, s->v[b].blob) >= 0))
			boff[m] = i;
	}
	for (i = 0; i < s->n; i++) {
		struct key k;
		long m;
		uint64_t have;
		const unsigned char *rest;

		if (s->v[i].blob == NULL)
			continue;
		blob_key(s->v[i].blob, &k);
		m = strtab_find(&ids, k.id, k.idlen);
		/* a member's latest snapshot with data, else the latest: a
		 * reading logged after the last export is shown beside that
		 * export's estimate, not as an estimate of nothing */
		if ((bdat[m] >= 0 ? bdat[m] : best[m]) != i)
			continue;
		keep[i] = 1;
		older[i] = cnt[m] - 1;
		rest = k.rest;
		have = get_varint(&rest);
		if (boff[m] >= 0 && boff[m] != i && (!(have & OFFICIAL_MASK) ||
		    date_cmp(&k, s->v[boff[m]].blob) < 0)) {
			from[i] = boff[m];
			if (date_cmp(&k, s->v[boff[m]].blob) < 0)
				older[i]--;	/* newer, and shown */
		}
	}
	ret = 0;
done:
	strtab_free(&ids);
	free(best);
	free(boff);
	free(cnt);
	free(bdat);
	return ret;
}

int
snapset_replay(struct snapset *s, const struct model *m, snapset_fn fn,
    void *ctx, struct ssi_err *e)
{
	unsigned char *keep = NULL;
	long *from = NULL, *older = NULL, i;
	char off_date[16];
	int ret = 0;

	if (s->replayed)
		return 0;
	s->replayed = 1;
	if (rule_me(s) < 0)
		return err_set(e, "out of memory");
	if (s->o.latest && s->n > 0) {
		keep = malloc((size_t)s->n);
		from = malloc((size_t)s->n * sizeof *from);
		older = calloc((size_t)s->n, sizeof *older);
		if (keep == NULL || from == NULL || older == NULL ||
		    pick_latest(s, keep, from, older) < 0) {
			ret = err_set(e, "out of memory");
			goto done;
		}
	}
	for (i = 0; i < s->n && ret == 0; i++) {
		struct snapset_at at = { 0 };
		struct score sc;

		if (s->v[i].blob == NULL)
			continue;
		if (keep && !keep[i])
			continue;	/* released when its chunk is */
		if (unpack(s, s->v[i].blob, &s->a) < 0) {
			ret = err_set(e, "out of memory");
			break;
		}
		if (from && from[i] >= 0 && s->v[from[i]].blob) {
			int f;

			if (unpack(s, s->v[from[i]].blob, &s->b) < 0) {
				ret = err_set(e, "out of memory");
				break;
			}
			s->a.p.have &= ~OFFICIAL_MASK;	/* one reading's */
			for (f = OFFICIAL_FIRST; f < F_COUNT; f++)
				if (profile_has(&s->b.p, f)) {
					s->a.p.num[f] = s->b.p.num[f];
					s->a.p.have |= (uint64_t)1 << f;
				}
			snprintf(off_date, sizeof off_date, "%s",
			    profile_text(&s->b.p, F_AS_OF));
			at.official_as_of = off_date;
		}
		release(s, i);
		at.file = s->files.names[s->a.file];
		at.line = s->a.line;
		at.older = older ? older[i] : 0;
		if (m)
			score_profile(m, &s->a.p, &sc);
		ret = fn(ctx, &s->a.p, m ? &sc : NULL, &at);
	}
done:
	free(keep);
	free(from);
	free(older);
	return ret;
}
