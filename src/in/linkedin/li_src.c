/* li_src.c - the files of a LinkedIn export, zip or folder (see li_src.h). */
#include <sys/stat.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "li_src.h"
#include "linkedin.h"

#define CHUNK 65536
#define WALK_DEPTH 16	/* folders below Articles/ looked into */

struct li_file {
	char *rel;		/* name relative to the export's root */
	char *disp;		/* display name for messages */
	zip_uint64_t idx;	/* zip entry */
};

struct li_src {
	const char *path;	/* borrowed */
	zip_t *za;		/* NULL for a folder */
	char *root;		/* folder: the directory holding the files */
	struct li_file *f;
	size_t nf, cap;
	long articles;		/* -1 none, -2 not counted yet (folder) */
	char *buf;		/* CHUNK bytes */
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
add_file(struct li_src *s, const char *rel, zip_uint64_t idx)
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
	for (i = 0; i < s->nf; i++) {
		free(s->f[i].rel);
		free(s->f[i].disp);
	}
	free(s->f);
	free(s->root);
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

/* The prefix of a folder of the zip holding .csv files ("Dir/"); "" when
 * the top level holds one; NULL with e set otherwise. */
static char *
zip_prefix(struct li_src *s, zip_int64_t n, struct ssi_err *e)
{
	const char *dir = NULL;
	size_t dlen = 0;
	zip_int64_t i;

	for (i = 0; i < n; i++) {
		const char *name = zip_get_name(s->za, (zip_uint64_t)i, 0);
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
open_zip(struct li_src *s, struct ssi_err *e)
{
	zip_int64_t n, i;
	char *prefix;
	size_t plen;
	int code = 0;

	errno = 0;
	s->za = zip_open(s->path, ZIP_RDONLY, &code);
	if (s->za == NULL)
		return open_error(s->path, code, errno, e);
	n = zip_get_num_entries(s->za, 0);
	if (n > LI_MAX_ENTRIES)
		return err_at(e, s->path, 0, 0, "too many entries (%lld, at "
		    "most %d)", (long long)n, LI_MAX_ENTRIES);
	if ((prefix = zip_prefix(s, n, e)) == NULL)
		return -1;
	plen = strlen(prefix);
	s->articles = -1;
	for (i = 0; i < n; i++) {
		const char *name = zip_get_name(s->za, (zip_uint64_t)i, 0);
		const char *rel;

		if (name == NULL || strncmp(name, prefix, plen) != 0)
			continue;
		rel = name + plen;
		if (strncmp(rel, "Articles/", 9) == 0) {
			if (s->articles < 0)
				s->articles = 0;
			if (ends_ci(rel, ".html"))
				s->articles++;
		} else if (*rel != '\0' && strchr(rel, '/') == NULL &&
		    add_file(s, rel, (zip_uint64_t)i) < 0) {
			free(prefix);
			return err_at(e, s->path, 0, 0, "out of memory");
		}
	}
	free(prefix);
	return 0;
}

/* Regular files of folder dir (all of them when add, else only whether one
 * is a .csv): 1 when it holds a .csv, 0 when not, -1 on error. */
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
		struct stat st;
		char *full;

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
		if (stat(full, &st) != 0) {
			free(full);
			continue;
		}
		if (S_ISREG(st.st_mode)) {
			if (ends_ci(de->d_name, ".csv"))
				csv = 1;
			if (add && add_file(s, de->d_name, 0) < 0) {
				free(full);
				goto nomem;
			}
		} else if (S_ISDIR(st.st_mode) && sub != NULL &&
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

int
li_src_find(const struct li_src *s, const char *base)
{
	size_t bl = strlen(base), i;
	int best = -1;

	for (i = 0; i < s->nf; i++) {
		const char *r = s->f[i].rel, *p;

		if (strncmp(r, base, bl) != 0)
			continue;
		if (strcmp(r + bl, ".csv") == 0)
			return (int)i;
		if (r[bl] != '_' || !(r[bl + 1] >= '0' && r[bl + 1] <= '9'))
			continue;
		for (p = r + bl + 1; *p >= '0' && *p <= '9'; p++)
			;
		if (strcmp(p, ".csv") == 0 && (best < 0 ||
		    strcmp(r, s->f[best].rel) < 0))
			best = (int)i;
	}
	return best;
}

const char *
li_src_name(const struct li_src *s, int i)
{
	return s->f[i].disp;
}

static int
too_big(const char *disp, unsigned long long n, struct ssi_err *e)
{
	return err_at(e, disp, 0, 0, "entry too large (%llu bytes "
	    "uncompressed, at most %llu)", n, (unsigned long long)LI_MAX_ENTRY);
}

static int
read_zip(struct li_src *s, const struct li_file *f, li_sink sink, void *ctx,
    struct ssi_err *e)
{
	zip_stat_t st;
	zip_file_t *zf;
	unsigned long long total = 0;
	char m[256];
	int r = 0;

	zip_stat_init(&st);
	if (zip_stat_index(s->za, f->idx, 0, &st) == 0 &&
	    (st.valid & ZIP_STAT_SIZE) && st.size > LI_MAX_ENTRY)
		return too_big(f->disp, (unsigned long long)st.size, e);
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
		if (total > LI_MAX_ENTRY) {
			/* The header lied about the size. */
			r = err_at(e, f->disp, 0, 0, "entry too large (more "
			    "than %llu bytes uncompressed)",
			    (unsigned long long)LI_MAX_ENTRY);
			break;
		}
		if ((r = sink(ctx, s->buf, (size_t)n, e)) != 0)
			break;
	}
	zip_fclose(zf);
	return r < 0 ? -1 : 0;
}

static int
read_file(struct li_src *s, const struct li_file *f, li_sink sink, void *ctx,
    struct ssi_err *e)
{
	FILE *fp = fopen(f->disp, "rb");
	struct stat st;
	unsigned long long total = 0;
	int r = 0;

	if (fp == NULL)
		return err_at(e, f->disp, 0, 0, "%s", strerror(errno));
	if (fstat(fileno(fp), &st) == 0 &&
	    (unsigned long long)st.st_size > LI_MAX_ENTRY) {
		fclose(fp);
		return too_big(f->disp, (unsigned long long)st.st_size, e);
	}
	for (;;) {
		size_t n = fread(s->buf, 1, CHUNK, fp);

		if (n == 0) {
			if (ferror(fp))
				r = err_at(e, f->disp, 0, 0, "%s",
				    strerror(errno));
			break;
		}
		total += n;
		if (total > LI_MAX_ENTRY) {
			r = too_big(f->disp, total, e);
			break;
		}
		if ((r = sink(ctx, s->buf, n, e)) != 0)
			break;
	}
	fclose(fp);
	return r < 0 ? -1 : 0;
}

int
li_src_read(struct li_src *s, int i, li_sink sink, void *ctx,
    struct ssi_err *e)
{
	const struct li_file *f = &s->f[i];

	return s->za ? read_zip(s, f, sink, ctx, e) :
	    read_file(s, f, sink, ctx, e);
}

/* Count .html files under root/Articles with an explicit stack of folders
 * (no recursion), at most WALK_DEPTH deep and LI_MAX_ENTRIES entries. */
static long
walk_articles(const char *root)
{
	char *stack[WALK_DEPTH * 64];
	int depth[WALK_DEPTH * 64];
	size_t top = 0;
	long count = 0, seen = 0;
	struct stat st;
	char *top_dir = join(root, "/", "Articles");

	if (top_dir == NULL)
		return 0;
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

		while (d != NULL && (de = readdir(d)) != NULL &&
		    ++seen <= LI_MAX_ENTRIES) {
			char *full;

			if (de->d_name[0] == '.')
				continue;
			if ((full = join(dir, "/", de->d_name)) == NULL)
				break;
			if (lstat(full, &st) != 0)
				st.st_mode = 0;
			if (S_ISREG(st.st_mode) && ends_ci(de->d_name, ".html"))
				count++;
			else if (S_ISDIR(st.st_mode) && dep < WALK_DEPTH &&
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
	return count;
}

long
li_src_articles(struct li_src *s)
{
	if (s->articles == -2)
		s->articles = walk_articles(s->root);
	return s->articles;
}
