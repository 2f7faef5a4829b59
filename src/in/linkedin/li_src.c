/* li_src.c - the files of a LinkedIn export, zip or folder (see li_src.h). */
#include <sys/stat.h>
#include <dirent.h>
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zip.h>

#include "li_src.h"
#include "ssi/grow.h"
#include "ssi/linkedin.h"
#include "ssi/strtab.h"

#define CHUNK 65536
#define WALK_DEPTH 16	/* folders below Articles/ looked into */

struct li_file {
	char *rel;		/* name relative to the export's root */
	char *disp;		/* display name for messages */
	zip_uint64_t idx;	/* zip entry */
	zip_uint64_t comp;	/* zip: declared compressed size */
	const char *bad;	/* folder: why it cannot be read, or NULL */
};

struct li_src {
	const char *path;	/* borrowed */
	zip_t *za;		/* NULL for a folder */
	char **zn;		/* zip: each entry's name, a backslash read as '/' */
	zip_int64_t nzn;
	char *root;		/* folder: the directory holding the files */
	struct li_file *f;
	size_t nf, cap;
	long articles;		/* -1 none, -2 not listed yet (folder) */
	int *art;		/* the files of the articles */
	long nart, artcap;
	char *buf;		/* CHUNK bytes */
	char *real;		/* folder: realpath of root, for symlinks */
};

static char *
xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *d = malloc(n);

	if (d != NULL)
		memcpy(d, s, n);
	return d;
}

static char *
join(const char *a, const char *sep, const char *b)
{
	size_t na = strlen(a), ns = strlen(sep), nb = strlen(b);
	char *d = malloc(na + ns + nb + 1);

	if (d != NULL) {
		memcpy(d, a, na);
		memcpy(d + na, sep, ns);
		memcpy(d + na + ns, b, nb + 1);
	}
	return d;
}

static int
ends_ci(const char *s, const char *suf)
{
	size_t n = strlen(s), k = strlen(suf), i;

	if (n < k)
		return 0;
	for (i = 0; i < k; i++) {
		char c = s[n - k + i];

		if (c >= 'A' && c <= 'Z')
			c = (char)(c + 32);
		if (c != suf[i])
			return 0;
	}
	return 1;
}

/* A folder we never take for the export's: macOS resource forks, hidden. */
static int
ignored_dir(const char *name, size_t n)
{
	return n == 0 || name[0] == '.' || (n == 8 &&
	    memcmp(name, "__MACOSX", 8) == 0);
}

static int
add_file(struct li_src *s, const char *rel, zip_uint64_t idx,
    const char *bad)
{
	struct li_file *f;

	if (s->nf == s->cap) {
		size_t cap = s->cap ? s->cap * 2 : 64;
		struct li_file *nf = realloc(s->f, cap * sizeof *nf);

		if (nf == NULL)
			return -1;
		s->f = nf;
		s->cap = cap;
	}
	f = &s->f[s->nf];
	f->rel = xstrdup(rel);
	f->disp = s->za ? join(s->path, ":", rel) : join(s->root, "/", rel);
	f->idx = idx;
	f->comp = 0;
	f->bad = bad;
	if (f->rel == NULL || f->disp == NULL) {
		free(f->rel);
		free(f->disp);
		return -1;
	}
	s->nf++;
	return 0;
}

void
li_src_close(struct li_src *s)
{
	size_t i;

	if (s == NULL)
		return;
	if (s->za != NULL)
		zip_discard(s->za);
	if (s->zn != NULL) {
		zip_int64_t k;

		for (k = 0; k < s->nzn; k++)
			free(s->zn[k]);
		free(s->zn);
	}
	for (i = 0; i < s->nf; i++) {
		free(s->f[i].rel);
		free(s->f[i].disp);
	}
	free(s->f);
	free(s->root);
	free(s->real);
	free(s->art);
	free(s->buf);
	free(s);
}

/* libzip's message with a small first letter, as ours are. */
static const char *
zmsg(const char *m, char *out, size_t outsz)
{
	snprintf(out, outsz, "%s", m ? m : "unknown error");
	if (out[0] >= 'A' && out[0] <= 'Z' && !(out[1] >= 'A' && out[1] <= 'Z'))
		out[0] = (char)(out[0] + 32);
	return out;
}

static int
open_error(const char *path, int code, int sys, struct ssi_err *e)
{
	zip_error_t ze;
	char m[256];

	switch (code) {
	case ZIP_ER_NOZIP:
		return err_at(e, path, 0, 0, "not a zip archive (no central "
		    "directory: not a zip file, or truncated)");
	case ZIP_ER_INCONS:
		return err_at(e, path, 0, 0, "not a zip archive (inconsistent "
		    "central directory: damaged or truncated)");
	case ZIP_ER_MEMORY:
		return err_at(e, path, 0, 0, "out of memory");
	case ZIP_ER_NOENT:
		return err_at(e, path, 0, 0, "%s", strerror(ENOENT));
	case ZIP_ER_OPEN:
	case ZIP_ER_READ:
	case ZIP_ER_SEEK:
		if (sys != 0)
			return err_at(e, path, 0, 0, "%s", strerror(sys));
		break;
	default:
		break;
	}
	zip_error_init_with_code(&ze, code);
	err_at(e, path, 0, 0, "cannot read zip archive (%s)",
	    zmsg(zip_error_strerror(&ze), m, sizeof m));
	zip_error_fini(&ze);
	return -1;
}

/* Entry i's name as the layout reads it: archives written on Windows
 * separate folders with a backslash: read as '/'. */
static const char *
zname(const struct li_src *s, zip_int64_t i)
{
	return i >= 0 && i < s->nzn ? s->zn[i] : NULL;
}

static int
load_names(struct li_src *s, zip_int64_t n, struct ssi_err *e)
{
	zip_int64_t i;

	if ((s->zn = calloc((size_t)n + 1, sizeof *s->zn)) == NULL)
		return err_at(e, s->path, 0, 0, "out of memory");
	for (i = 0; i < n; i++) {
		const char *name = zip_get_name(s->za, (zip_uint64_t)i, 0);
		char *p;

		s->nzn = i + 1;
		if (name == NULL)
			continue;
		if ((s->zn[i] = xstrdup(name)) == NULL)
			return err_at(e, s->path, 0, 0, "out of memory");
		for (p = s->zn[i]; *p != '\0'; p++)
			if (*p == '\\')
				*p = '/';
	}
	return 0;
}

/* The prefix of a folder of the zip holding .csv files ("Dir/"); "" when
 * the top level holds one; NULL with e set otherwise. */
static char *
zip_prefix(struct li_src *s, zip_int64_t n, struct ssi_err *e)
{
	const char *dir = NULL;
	size_t dlen = 0;
	zip_int64_t i;

	for (i = 0; i < n; i++) {
		const char *name = zname(s, i);
		const char *sl;

		if (name == NULL || !ends_ci(name, ".csv"))
			continue;
		sl = strchr(name, '/');
		if (sl == NULL)
			return xstrdup("");
		if (strchr(sl + 1, '/') != NULL ||
		    ignored_dir(name, (size_t)(sl - name)))
			continue;
		if (dir == NULL) {
			dir = name;
			dlen = (size_t)(sl - name) + 1;
		} else if ((size_t)(sl - name) + 1 != dlen ||
		    memcmp(dir, name, dlen) != 0) {
			err_at(e, s->path, 0, 0, "not a linkedin data export "
			    "(.csv files in several folders)");
			return NULL;
		}
	}
	if (dir == NULL) {
		err_at(e, s->path, 0, 0, "not a linkedin data export (no .csv "
		    "file at the top level or in one folder)");
		return NULL;
	}
	{
		char *p = malloc(dlen + 1);

		if (p != NULL) {
			memcpy(p, dir, dlen);
			p[dlen] = '\0';
		}
		return p;
	}
}

static int
add_article(struct li_src *s, int file)
{
	int *na = grow_array(s->art, s->nart, &s->artcap, sizeof *na, 16,
	    LI_MAX_ENTRIES + 1);

	if (na == NULL)
		return -1;
	s->art = na;
	s->art[s->nart++] = file;
	return 0;
}

static uint64_t
get_le(const unsigned char *p, int n)
{
	uint64_t v = 0;

	while (n-- > 0)
		v = v << 8 | p[n];
	return v;
}

/*
 * The entry count and central directory size from the end records, read
 * before libzip parses the central directory (which costs memory and time
 * per entry, whatever the count): -1 with e set when over the limits, 0
 * otherwise (also when no end record is found: libzip then says why).
 */
static int
precheck_zip(const char *path, struct ssi_err *e)
{
	unsigned char tail[65536 + 22], z[56];
	FILE *fp = fopen(path, "rb");
	long size, from, i;
	size_t got;
	uint64_t count, cdsize;

	if (fp == NULL)
		return 0;
	if (fseek(fp, 0, SEEK_END) != 0 || (size = ftell(fp)) < 22) {
		fclose(fp);
		return 0;
	}
	from = size > (long)sizeof tail ? size - (long)sizeof tail : 0;
	if (fseek(fp, from, SEEK_SET) != 0 ||
	    (got = fread(tail, 1, (size_t)(size - from), fp)) <
	    (size_t)(size - from)) {
		fclose(fp);
		return 0;
	}
	for (i = (long)got - 22; i >= 0; i--)
		if (memcmp(tail + i, "PK\5\6", 4) == 0)
			break;
	if (i < 0) {
		fclose(fp);
		return 0;
	}
	count = get_le(tail + i + 10, 2);
	cdsize = get_le(tail + i + 12, 4);
	/* Zip64: the locator just before points at the zip64 end record. */
	if (i >= 20 && memcmp(tail + i - 20, "PK\6\7", 4) == 0) {
		uint64_t off = get_le(tail + i - 20 + 8, 8);

		if (off < (uint64_t)size &&
		    fseek(fp, (long)off, SEEK_SET) == 0 &&
		    fread(z, 1, sizeof z, fp) == sizeof z &&
		    memcmp(z, "PK\6\6", 4) == 0) {
			count = get_le(z + 32, 8);
			cdsize = get_le(z + 40, 8);
		}
	}
	fclose(fp);
	if (count > LI_MAX_ENTRIES)
		return err_at(e, path, 0, 0, "too many entries (%llu, at most "
		    "%d)", (unsigned long long)count, LI_MAX_ENTRIES);
	if (cdsize > LI_MAX_CDIR)
		return err_at(e, path, 0, 0, "central directory too large "
		    "(%llu bytes, at most %llu)", (unsigned long long)cdsize,
		    (unsigned long long)LI_MAX_CDIR);
	return 0;
}

/* Two entries of the same name: ssi would read one, unzip another. */
static int
check_dups(struct li_src *s, zip_int64_t n, struct ssi_err *e)
{
	struct strtab t;
	zip_int64_t i;
	int r = 0;
	char q[256];

	strtab_init(&t);
	for (i = 0; i < n && r == 0; i++) {
		const char *name = zname(s, i);
		long before = t.n, k;

		if (name == NULL)
			continue;
		if ((k = strtab_index(&t, name, strlen(name))) < 0)
			r = err_at(e, s->path, 0, 0, "out of memory");
		else if (k < before)
			r = err_at(e, s->path, 0, 0, "two entries named %s "
			    "(ambiguous archive: refused)", err_quote(q,
			    sizeof q, name, strlen(name)));
	}
	strtab_free(&t);
	return r;
}

static int
open_zip(struct li_src *s, struct ssi_err *e)
{
	zip_int64_t n, i;
	char *prefix;
	size_t plen;
	int code = 0;

	if (precheck_zip(s->path, e) < 0)
		return -1;
	errno = 0;
	s->za = zip_open(s->path, ZIP_RDONLY, &code);
	if (s->za == NULL)
		return open_error(s->path, code, errno, e);
	n = zip_get_num_entries(s->za, 0);
	if (n > LI_MAX_ENTRIES)
		return err_at(e, s->path, 0, 0, "too many entries (%lld, at "
		    "most %d)", (long long)n, LI_MAX_ENTRIES);
	if (load_names(s, n, e) < 0 || check_dups(s, n, e) < 0)
		return -1;
	if ((prefix = zip_prefix(s, n, e)) == NULL)
		return -1;
	plen = strlen(prefix);
	s->articles = -1;
	for (i = 0; i < n; i++) {
		const char *name = zname(s, i);
		const char *rel;
		zip_stat_t st;
		int art;

		if (name == NULL || strncmp(name, prefix, plen) != 0)
			continue;
		rel = name + plen;
		art = strncasecmp(rel, "Articles/", 9) == 0;
		if (art && s->articles < 0)
			s->articles = 0;
		if (art ? !ends_ci(rel, ".html") :
		    (*rel == '\0' || strchr(rel, '/') != NULL))
			continue;
		if (add_file(s, rel, (zip_uint64_t)i, NULL) < 0 ||
		    (art && add_article(s, (int)s->nf - 1) < 0)) {
			free(prefix);
			return err_at(e, s->path, 0, 0, "out of memory");
		}
		zip_stat_init(&st);
		if (zip_stat_index(s->za, (zip_uint64_t)i, 0, &st) == 0 &&
		    (st.valid & ZIP_STAT_COMP_SIZE))
			s->f[s->nf - 1].comp = st.comp_size;
		if (art)
			s->articles++;
	}
	free(prefix);
	return 0;
}

/*
 * What a folder entry is, without following a symbolic link out of the
 * export's folder: 'f' a regular file (a link to one inside the folder
 * counts), 'd' a folder (not through a link), 'x' anything else, with *why.
 */
static int
entry_type(struct li_src *s, const char *full, const char **why)
{
	struct stat st;
	char *target;
	size_t rn;

	*why = NULL;
	if (lstat(full, &st) != 0) {
		*why = "cannot be read";
		return 'x';
	}
	if (S_ISREG(st.st_mode))
		return 'f';
	if (S_ISDIR(st.st_mode))
		return 'd';
	if (!S_ISLNK(st.st_mode)) {
		*why = "not a regular file";
		return 'x';
	}
	if (s->real == NULL)
		s->real = realpath(s->root ? s->root : s->path, NULL);
	target = realpath(full, NULL);
	rn = s->real ? strlen(s->real) : 0;
	if (target == NULL || s->real == NULL ||
	    strncmp(target, s->real, rn) != 0 || target[rn] != '/') {
		free(target);
		*why = "a symbolic link out of the export folder (not "
		    "followed)";
		return 'x';
	}
	if (stat(target, &st) != 0 || !S_ISREG(st.st_mode)) {
		free(target);
		*why = "not a regular file";
		return 'x';
	}
	free(target);
	return 'f';
}

/* Files of folder dir (all of them when add, else only whether one is a
 * .csv): 1 when it holds a .csv, 0 when not, -1 on error. */
static int
scan_dir(struct li_src *s, const char *dir, int add, char **sub,
    int *nsub, struct ssi_err *e)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	int csv = 0;
	long seen = 0;

	if (d == NULL)
		return err_at(e, s->path, 0, 0, "%s", strerror(errno));
	while ((de = readdir(d)) != NULL) {
		const char *why;
		char *full;
		int t;

		if (strcmp(de->d_name, ".") == 0 ||
		    strcmp(de->d_name, "..") == 0)
			continue;
		if (++seen > LI_MAX_ENTRIES) {
			closedir(d);
			/* Limit-test fix (tests/cli/limit-linkedin-files): not
			 * dir, which li_src_close frees before the message is
			 * printed (heap-use-after-free); the caller's path. */
			return err_at(e, s->path, 0, 0, "too many files "
			    "(more than %d)", LI_MAX_ENTRIES);
		}
		if ((full = join(dir, "/", de->d_name)) == NULL)
			goto nomem;
		t = entry_type(s, full, &why);
		if (t != 'd') {
			if (t == 'f' && ends_ci(de->d_name, ".csv"))
				csv = 1;
			if (add && add_file(s, de->d_name, 0, why) < 0) {
				free(full);
				goto nomem;
			}
		} else if (sub != NULL &&
		    !ignored_dir(de->d_name, strlen(de->d_name))) {
			int r = scan_dir(s, full, 0, NULL, NULL, e);

			if (r < 0) {
				free(full);
				closedir(d);
				return -1;
			}
			if (r == 1) {
				if (++*nsub == 1)
					*sub = full, full = NULL;
			}
		}
		free(full);
	}
	closedir(d);
	return csv;
nomem:
	closedir(d);
	return err_at(e, s->path, 0, 0, "out of memory");
}

static int
open_dir(struct li_src *s, struct ssi_err *e)
{
	char *sub = NULL;
	int nsub = 0, r;
	size_t n = strlen(s->path);

	/* "dir/" and "dir" name the same files. */
	while (n > 1 && s->path[n - 1] == '/')
		n--;
	if ((s->root = malloc(n + 1)) == NULL)
		return err_at(e, s->path, 0, 0, "out of memory");
	memcpy(s->root, s->path, n);
	s->root[n] = '\0';
	s->articles = -2;
	r = scan_dir(s, s->root, 0, &sub, &nsub, e);
	if (r < 0)
		goto fail;
	if (r == 0) {
		if (nsub != 1) {
			err_at(e, s->path, 0, 0, nsub ? "not a linkedin data "
			    "export (.csv files in several folders)" : "not a "
			    "linkedin data export (no .csv file in it or in "
			    "one folder)");
			goto fail;
		}
		free(s->root);
		s->root = sub;
		sub = NULL;
		free(s->real);
		s->real = NULL;
	}
	if (scan_dir(s, s->root, 1, NULL, NULL, e) < 0)
		goto fail;
	free(sub);
	return 0;
fail:
	free(sub);
	return -1;
}

int
li_src_open(const char *path, struct li_src **out, struct ssi_err *e)
{
	struct li_src *s = calloc(1, sizeof *s);
	struct stat st;
	int r;

	*out = NULL;
	if (s == NULL)
		return err_at(e, path, 0, 0, "out of memory");
	s->path = path;
	if (stat(path, &st) != 0) {
		r = err_at(e, path, 0, 0, "%s", strerror(errno));
	} else if ((s->buf = malloc(CHUNK)) == NULL) {
		r = err_at(e, path, 0, 0, "out of memory");
	} else {
		r = S_ISDIR(st.st_mode) ? open_dir(s, e) : open_zip(s, e);
	}
	if (r < 0) {
		li_src_close(s);
		return -1;
	}
	*out = s;
	return 0;
}

/* How well name r matches base: 4 "<base>.csv", 3 the same in another
 * case, 2 "<base>_<digits>.csv", 1 that in another case, 0 not at all.
 * Exports re-zipped by some tools or copied through a case-folding file
 * system have lower-case names (ssi.7 LINKEDIN DATA EXPORT). */
static int
name_match(const char *r, const char *base)
{
	size_t bl = strlen(base);
	const char *p;
	int exact;

	if (strncasecmp(r, base, bl) != 0)
		return 0;
	exact = strncmp(r, base, bl) == 0;
	if (strcasecmp(r + bl, ".csv") == 0)
		return exact && strcmp(r + bl, ".csv") == 0 ? 4 : 3;
	if (r[bl] != '_' || !(r[bl + 1] >= '0' && r[bl + 1] <= '9'))
		return 0;
	for (p = r + bl + 1; *p >= '0' && *p <= '9'; p++)
		;
	if (strcasecmp(p, ".csv") != 0)
		return 0;
	return exact && strcmp(p, ".csv") == 0 ? 2 : 1;
}

int
li_src_find(const struct li_src *s, const char *base)
{
	size_t i;
	int best = -1, bm = 0;

	for (i = 0; i < s->nf; i++) {
		const char *r = s->f[i].rel;
		int m = name_match(r, base);

		if (m > bm || (m == bm && m > 0 && strcmp(r,
		    s->f[best].rel) < 0)) {
			best = (int)i;
			bm = m;
		}
	}
	return best;
}

const char *
li_src_rel(const struct li_src *s, int i)
{
	return s->f[i].rel;
}

const char *
li_src_name(const struct li_src *s, int i)
{
	return s->f[i].disp;
}

static int
read_zip(struct li_src *s, const struct li_file *f, li_sink sink, void *ctx,
    struct ssi_err *e)
{
	zip_file_t *zf;
	unsigned long long total = 0, limit;
	char m[256];
	int r = 0;

	/* The bomb guard: whatever the sizes declared, stop once the bytes
	 * inflated pass 1000 x the compressed size + 1 MiB, or 4 GiB. */
	limit = f->comp < (LI_MAX_INFLATE - LI_BOMB_SLACK) / LI_BOMB_RATIO ?
	    (unsigned long long)f->comp * LI_BOMB_RATIO + LI_BOMB_SLACK :
	    LI_MAX_INFLATE;
	if ((zf = zip_fopen_index(s->za, f->idx, 0)) == NULL)
		return err_at(e, f->disp, 0, 0, "cannot read entry (%s)",
		    zmsg(zip_strerror(s->za), m, sizeof m));
	for (;;) {
		zip_int64_t n = zip_fread(zf, s->buf, CHUNK);

		if (n < 0) {
			r = err_at(e, f->disp, 0, 0, "damaged entry (%s)",
			    zmsg(zip_file_strerror(zf), m, sizeof m));
			break;
		}
		if (n == 0)
			break;
		total += (unsigned long long)n;
		if (total > limit) {
			r = limit == LI_MAX_INFLATE ? err_at(e, f->disp, 0, 0,
			    "entry too large (inflates past 4 GiB)") :
			    err_at(e, f->disp, 0, 0, "entry inflates past "
			    "%llu bytes, 1000 times its %llu compressed bytes "
			    "+ 1 MiB (a zip bomb?)", limit,
			    (unsigned long long)f->comp);
			r = -2;
			break;
		}
		if ((r = sink(ctx, s->buf, (size_t)n, e)) != 0)
			break;
	}
	zip_fclose(zf);
	return r < 0 ? (r == -2 ? -2 : -1) : 0;
}

static int
read_file(struct li_src *s, const struct li_file *f, li_sink sink, void *ctx,
    struct ssi_err *e)
{
	FILE *fp;
	int r = 0;

	if (f->bad != NULL)
		return err_at(e, f->disp, 0, 0, "%s", f->bad);
	if ((fp = fopen(f->disp, "rb")) == NULL)
		return err_at(e, f->disp, 0, 0, "%s", strerror(errno));
	for (;;) {
		size_t n = fread(s->buf, 1, CHUNK, fp);

		if (n == 0) {
			if (ferror(fp))
				r = err_at(e, f->disp, 0, 0, "%s",
				    strerror(errno));
			break;
		}
		if ((r = sink(ctx, s->buf, n, e)) != 0)
			break;
	}
	fclose(fp);
	return r < 0 ? -1 : 0;
}

/*
 * UTF-16 with a byte-order mark (2018 exports) turned into UTF-8 as the
 * bytes come; any other file passes through unchanged.  Unpaired
 * surrogates and an odd last byte become U+FFFD.
 */
struct u16 {
	li_sink sink;
	void *ctx;
	int mode;		/* 0 not known yet, 1 as is, 2 LE, 3 BE */
	unsigned char head[2];	/* the first bytes, mode 0 */
	int nhead;
	int odd;		/* a byte of a unit is pending */
	unsigned char oddb;
	uint32_t hi;		/* a high surrogate is pending, or 0 */
	int stop;		/* the sink said stop (1) or failed (-1) */
	char out[CHUNK * 2 + 16];
};

static size_t
put_utf8(char *o, uint32_t c)
{
	if (c < 0x80) {
		o[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		o[0] = (char)(0xC0 | (c >> 6));
		o[1] = (char)(0x80 | (c & 0x3F));
		return 2;
	}
	if (c < 0x10000) {
		o[0] = (char)(0xE0 | (c >> 12));
		o[1] = (char)(0x80 | ((c >> 6) & 0x3F));
		o[2] = (char)(0x80 | (c & 0x3F));
		return 3;
	}
	o[0] = (char)(0xF0 | (c >> 18));
	o[1] = (char)(0x80 | ((c >> 12) & 0x3F));
	o[2] = (char)(0x80 | ((c >> 6) & 0x3F));
	o[3] = (char)(0x80 | (c & 0x3F));
	return 4;
}

/* One UTF-16 unit into o; the bytes written. */
static size_t
unit(struct u16 *u, uint32_t w, char *o)
{
	size_t k = 0;

	if (u->hi != 0) {
		if (w >= 0xDC00 && w <= 0xDFFF) {
			uint32_t c = 0x10000 + ((u->hi - 0xD800) << 10) +
			    (w - 0xDC00);

			u->hi = 0;
			return put_utf8(o, c);
		}
		k = put_utf8(o, 0xFFFD);
		u->hi = 0;
	}
	if (w >= 0xD800 && w <= 0xDBFF) {
		u->hi = w;
		return k;
	}
	return k + put_utf8(o + k, w >= 0xDC00 && w <= 0xDFFF ? 0xFFFD : w);
}

/* The sink, remembering a stop. */
static int
give(struct u16 *u, const char *b, size_t n, struct ssi_err *e)
{
	int r = u->sink(u->ctx, b, n, e);

	if (r != 0)
		u->stop = r;
	return r;
}

static int
u16_bytes(struct u16 *u, const unsigned char *b, size_t n, struct ssi_err *e)
{
	size_t i = 0, o = 0;

	while (i < n) {
		uint32_t w;

		if (u->odd) {
			w = u->mode == 2 ? (uint32_t)(u->oddb | b[i] << 8) :
			    (uint32_t)(u->oddb << 8 | b[i]);
			u->odd = 0;
			i++;
		} else if (i + 1 < n) {
			w = u->mode == 2 ? (uint32_t)(b[i] | b[i + 1] << 8) :
			    (uint32_t)(b[i] << 8 | b[i + 1]);
			i += 2;
		} else {
			u->odd = 1;
			u->oddb = b[i++];
			break;
		}
		o += unit(u, w, u->out + o);
		if (o >= CHUNK) {
			int r = give(u, u->out, o, e);

			if (r != 0)
				return r;
			o = 0;
		}
	}
	return o > 0 ? give(u, u->out, o, e) : 0;
}

static int
u16_sink(void *vu, const char *buf, size_t n, struct ssi_err *e)
{
	struct u16 *u = vu;
	const unsigned char *b = (const unsigned char *)buf;

	while (u->mode == 0 && n > 0) {
		u->head[u->nhead++] = *b++;
		n--;
		if (u->nhead < 2)
			continue;
		if (u->head[0] == 0xFF && u->head[1] == 0xFE)
			u->mode = 2;
		else if (u->head[0] == 0xFE && u->head[1] == 0xFF)
			u->mode = 3;
		else {
			int r;

			u->mode = 1;
			if ((r = give(u, (const char *)u->head, 2, e)) != 0)
				return r;
		}
	}
	if (n == 0)
		return 0;
	if (u->mode == 1)
		return give(u, (const char *)b, n, e);
	return u16_bytes(u, b, n, e);
}

/* The end of the file: what the decoder still holds. */
static int
u16_end(struct u16 *u, struct ssi_err *e)
{
	char o[8];
	size_t k = 0;

	if (u->stop != 0)
		return 0;
	if (u->mode == 0)
		return u->nhead > 0 ? give(u, (const char *)u->head,
		    (size_t)u->nhead, e) : 0;
	if (u->mode == 1)
		return 0;
	if (u->hi != 0)
		k += put_utf8(o + k, 0xFFFD);
	if (u->odd)
		k += put_utf8(o + k, 0xFFFD);
	return k > 0 ? give(u, o, k, e) : 0;
}

int
li_src_read(struct li_src *s, int i, li_sink sink, void *ctx,
    struct ssi_err *e)
{
	const struct li_file *f = &s->f[i];
	struct u16 *u = malloc(sizeof *u);
	int r;

	if (u == NULL)
		return err_at(e, f->disp, 0, 0, "out of memory");
	memset(u, 0, offsetof(struct u16, out));
	u->sink = sink;
	u->ctx = ctx;
	r = s->za ? read_zip(s, f, u16_sink, u, e) :
	    read_file(s, f, u16_sink, u, e);
	if (r == 0 && u16_end(u, e) < 0)
		r = -1;
	free(u);
	return r;
}

/* List the .html files under root/Articles with an explicit stack of
 * folders (no recursion, no symbolic link followed), at most WALK_DEPTH
 * deep and LI_MAX_ENTRIES entries.  -1 without an Articles folder, -3 on
 * no memory, else the count. */
static long
walk_articles(struct li_src *s)
{
	char *stack[WALK_DEPTH * 64];
	int depth[WALK_DEPTH * 64];
	size_t top = 0, rootlen = strlen(s->root) + 1;
	long count = 0, seen = 0;
	struct stat st;
	char *top_dir = NULL;
	int oom = 0;
	DIR *rd = opendir(s->root);
	struct dirent *rde;

	/* "Articles", in whatever case the export's names came. */
	while (rd != NULL && top_dir == NULL && (rde = readdir(rd)) != NULL)
		if (strcasecmp(rde->d_name, "Articles") == 0 &&
		    (top_dir = join(s->root, "/", rde->d_name)) == NULL)
			oom = 1;
	if (rd != NULL)
		closedir(rd);
	if (oom)
		return -3;
	if (top_dir == NULL)
		return -1;
	if (lstat(top_dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
		free(top_dir);
		return -1;
	}
	stack[top] = top_dir;
	depth[top++] = 0;
	while (top > 0) {
		char *dir = stack[--top];
		int dep = depth[top];
		DIR *d = opendir(dir);
		struct dirent *de;

		while (!oom && d != NULL && (de = readdir(d)) != NULL &&
		    ++seen <= LI_MAX_ENTRIES) {
			char *full;

			if (de->d_name[0] == '.')
				continue;
			if ((full = join(dir, "/", de->d_name)) == NULL) {
				oom = 1;
				break;
			}
			if (lstat(full, &st) != 0)
				st.st_mode = 0;
			if (S_ISREG(st.st_mode) && ends_ci(de->d_name,
			    ".html")) {
				if (add_file(s, full + rootlen, 0, NULL) < 0 ||
				    add_article(s, (int)s->nf - 1) < 0)
					oom = 1;
				count++;
			} else if (S_ISDIR(st.st_mode) && dep < WALK_DEPTH &&
			    top < sizeof stack / sizeof stack[0]) {
				stack[top] = full;
				depth[top++] = dep + 1;
				full = NULL;
			}
			free(full);
		}
		if (d != NULL)
			closedir(d);
		free(dir);
	}
	return oom ? -3 : count;
}

long
li_src_articles(struct li_src *s)
{
	if (s->articles == -2)
		s->articles = walk_articles(s);
	return s->articles < -1 ? -1 : s->articles;
}

int
li_src_article(const struct li_src *s, long k)
{
	return k >= 0 && k < s->nart ? s->art[k] : -1;
}
