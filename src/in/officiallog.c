/* officiallog.c - the file of official readings (see officiallog.h). */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cjson/cJSON.h>

#include "ssi/idnorm.h"
#include "ssi/officiallog.h"

/*
 * The line at s[0..n): its length without its line end, and with it in
 * *whole.  Lines end at LF, CRLF or CR, as the JSON Lines reader splits
 * them.
 */
size_t
officiallog_line_at(const char *s, size_t n, size_t *whole)
{
	size_t k;

	for (k = 0; k < n && s[k] != '\n' && s[k] != '\r'; k++)
		;
	*whole = k;
	if (k < n)
		*whole = k + 1 + (s[k] == '\r' && k + 1 < n && s[k + 1] == '\n');
	return k;
}

/* The line s[0..n) is exactly one JSON object (blanks around it): the
 * object, else NULL.  A line with anything after its object (a comment,
 * a second object) is not one. */
static cJSON *
one_object(const char *s, size_t n)
{
	const char *end = NULL;
	cJSON *o;
	size_t i = 0;

	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (i == n || s[i] != '{' || memchr(s, '\0', n) != NULL)
		return NULL;
	o = cJSON_ParseWithLengthOpts(s + i, n - i, &end, 0);
	if (o == NULL)
		return NULL;
	for (i = (size_t)(end - s); i < n && (s[i] == ' ' || s[i] == '\t'); i++)
		;
	if (i < n || !cJSON_IsObject(o)) {
		cJSON_Delete(o);
		return NULL;
	}
	return o;
}

/* The string member k of o, blanks around it trimmed, into buf; NULL
 * when absent. */
static const char *
text(const cJSON *o, const char *k, char *buf, size_t bn)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);

	if (!cJSON_IsString(v))
		return NULL;
	return officiallog_trim(v->valuestring, strlen(v->valuestring), buf,
	    bn);
}

/* The id of o (officiallog_id) into buf; NULL when absent. */
static const char *
id_of(const cJSON *o, char *buf, size_t bn)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, "id");

	if (!cJSON_IsString(v))
		return NULL;
	return officiallog_id(v->valuestring, strlen(v->valuestring), buf,
	    bn, NULL);
}

const char *
officiallog_id(const char *s, size_t n, char *buf, size_t bn, int *what)
{
	char raw[1024];
	size_t k;
	int w;

	officiallog_trim(s, n, raw, sizeof raw);
	k = strlen(raw);
	if (bn == 0)
		return "";
	if (k + 1 > bn) {
		k = bn - 1;
		while (k > 0 && (raw[k] & 0xC0) == 0x80)
			k--;	/* cut at a character */
	}
	id_norm(raw, k, buf, &w);
	if (what)
		*what = w;
	return buf;
}

const char *
officiallog_trim(const char *s, size_t n, char *buf, size_t bn)
{
	while (n > 0 && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r'))
		s++, n--;
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' ||
	    s[n - 1] == '\n' || s[n - 1] == '\r'))
		n--;
	if (bn == 0)
		return "";
	if (n >= bn)
		n = bn - 1;
	memcpy(buf, s, n);
	buf[n] = '\0';
	return buf;
}

char *
officiallog_last_id(const char *old, size_t n)
{
	char *id = NULL, buf[1024];
	size_t i = 0;

	while (i < n) {
		size_t whole, k = officiallog_line_at(old + i, n - i, &whole);
		cJSON *o = one_object(old + i, k);

		if (o != NULL) {
			const char *t = id_of(o, buf, sizeof buf);

			if (t != NULL && *t) {
				free(id);
				id = strdup(t);
			}
			cJSON_Delete(o);
		}
		i += whole;
	}
	return id;
}

int
officiallog_kind(const char *s, size_t n, struct ssi_err *e)
{
	size_t i = 0, whole, k;
	cJSON *o;

	if (memchr(s, '\0', n) != NULL || utf8_count(s, n) < 0)
		return err_set(e, "not a JSON Lines file of readings (binary "
		    "data: a ZIP, a spreadsheet?)");
	if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	for (;;) {
		while (i < n && (s[i] == ' ' || s[i] == '\t'))
			i++;
		if (i == n)
			return 0;	/* empty, or blank lines */
		k = officiallog_line_at(s + i, n - i, &whole);
		if (k > 0)
			break;
		i += whole;
	}
	if ((o = one_object(s + i, k)) != NULL) {
		cJSON_Delete(o);
		return 0;
	}
	if (s[i] == '{' || s[i] == '[')
		return err_set(e, "a JSON document, not JSON Lines (one "
		    "reading per line; ssi import linkedin -f jsonl writes "
		    "them)");
	return err_set(e, "not a JSON Lines file of readings (its first line "
	    "is not a JSON object)");
}

/* The line is a reading of id and as_of: exactly one JSON object with
 * that id (officiallog_id) and date (trimmed) and some official field set. */
int
officiallog_is_reading(const char *s, size_t n, const char *id,
    const char *as_of)
{
	char ib[1024], db[64];
	const char *a, *b;
	cJSON *o;
	int f, yes = 0;

	if ((o = one_object(s, n)) == NULL)
		return 0;
	a = id_of(o, ib, sizeof ib);
	b = text(o, "as_of", db, sizeof db);
	if (a && b && strcmp(a, id) == 0 && strcmp(b, as_of) == 0)
		for (f = OFFICIAL_FIRST; f < F_COUNT && !yes; f++) {
			const cJSON *v = cJSON_GetObjectItemCaseSensitive(o,
			    field_defs[f].name);

			yes = v != NULL && !cJSON_IsNull(v);
		}
	cJSON_Delete(o);
	return yes;
}

/* ---- the file: locked, re-read, rewritten atomically ---- */

/* Read all of fd from its start into a NUL-terminated buffer. */
static int
read_all(int fd, char **buf, size_t *n, struct ssi_err *e,
    const char *path)
{
	size_t cap = 8192;
	char *b = malloc(cap);

	*n = 0;
	if (b == NULL)
		return err_set(e, "out of memory");
	for (;;) {
		ssize_t r;

		if (*n + 1 >= cap) {
			char *nb;

			if (cap > OFFICIALLOG_MAX) {
				free(b);
				return err_set(e, "%s: larger than 1 GiB",
				    path);
			}
			if ((nb = realloc(b, cap * 2)) == NULL) {
				free(b);
				return err_set(e, "out of memory");
			}
			b = nb;
			cap *= 2;
		}
		r = pread(fd, b + *n, cap - *n - 1, (off_t)*n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			int er = errno;

			free(b);
			return err_set(e, "%s: read error: %s", path,
			    strerror(er));
		}
		if (r == 0)
			break;
		*n += (size_t)r;
	}
	b[*n] = '\0';
	*buf = b;
	return 0;
}

int
officiallog_open(struct logfile *lf, const char *path, struct ssi_err *e)
{
	struct stat ls, now;
	int tries;

	memset(lf, 0, sizeof *lf);
	lf->fd = -1;
	/* A symbolic link is followed to its file, which is then rewritten
	 * in its own folder (the link stays a link). */
	if (lstat(path, &ls) == 0 && S_ISLNK(ls.st_mode)) {
		if ((lf->path = realpath(path, NULL)) == NULL)
			return err_set(e, "%s: cannot follow the link: %s", path,
			    strerror(errno));
	} else if ((lf->path = strdup(path)) == NULL) {
		return err_set(e, "out of memory");
	}
	for (tries = 0; tries < 1000; tries++) {
		lf->created = 0;
		lf->fd = open(lf->path, O_RDWR | O_NONBLOCK | O_NOCTTY |
		    O_NOFOLLOW | O_CLOEXEC);
		if (lf->fd < 0 && errno == ENOENT) {
			lf->fd = open(lf->path, O_RDWR | O_CREAT | O_EXCL |
			    O_NOFOLLOW | O_CLOEXEC, 0666);
			if (lf->fd < 0 && errno == EEXIST)
				continue;
			lf->created = lf->fd >= 0;
		}
		if (lf->fd < 0) {
			int er = errno;

			err_set(e, er == EACCES || er == EPERM || er == EROFS ?
			    "%s: may not be written: %s" : "%s: cannot open: %s",
			    path, strerror(er));
			goto fail;
		}
		if (fstat(lf->fd, &lf->st) < 0) {
			err_set(e, "%s: %s", path, strerror(errno));
			goto fail;
		}
		if (!S_ISREG(lf->st.st_mode)) {
			err_set(e, "%s: not a regular file (a FIFO, a device or "
			    "a folder)", path);
			goto fail;
		}
		while (flock(lf->fd, LOCK_EX) < 0)
			if (errno != EINTR) {
				err_set(e, "%s: cannot lock: %s", path,
				    strerror(errno));
				goto fail;
			}
		/* Renamed over by the run that held the lock: the file
		 * under the name is another one now. */
		if (stat(lf->path, &now) == 0 && now.st_dev == lf->st.st_dev &&
		    now.st_ino == lf->st.st_ino)
			break;
		close(lf->fd);
		lf->fd = -1;
	}
	if (lf->fd < 0) {
		err_set(e, "%s: replaced over and over while waiting for it",
		    path);
		goto fail;
	}
	if (fstat(lf->fd, &lf->st) < 0) {
		err_set(e, "%s: %s", path, strerror(errno));
		goto fail;
	}
	if ((lf->st.st_mode & 0222) == 0) {
		err_set(e, "%s: may not be written: read-only (chmod u+w to "
		    "allow it)", path);
		goto fail;
	}
	if (lf->st.st_nlink > 1) {
		err_set(e, "%s has %lu hard links: rewriting it would break "
		    "them (give the one name it should keep)", path,
		    (unsigned long)lf->st.st_nlink);
		goto fail;
	}
	if (lf->st.st_uid != geteuid() && geteuid() != 0) {
		err_set(e, "%s belongs to another user: a rewrite would make it "
		    "yours", path);
		goto fail;
	}
	if (read_all(lf->fd, &lf->text, &lf->n, e, path) < 0)
		goto fail;
	return 0;
fail:
	officiallog_close(lf);
	return -1;
}

/* The signals whose default ends the process: blocked while a temporary
 * exists, so that it is always renamed or removed. */
static void
block(sigset_t *old, int how)
{
	static const int sigs[] = { SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGPIPE,
	    SIGALRM, SIGUSR1, SIGUSR2, SIGXFSZ, SIGXCPU, SIGVTALRM, SIGPROF };
	sigset_t set;
	size_t i;

	if (how == SIG_SETMASK) {
		sigprocmask(SIG_SETMASK, old, NULL);
		return;
	}
	sigemptyset(&set);
	for (i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
		sigaddset(&set, sigs[i]);
	sigprocmask(SIG_BLOCK, &set, old);
}

static int
write_all(int fd, const char *b, size_t n)
{
	while (n > 0) {
		ssize_t r = write(fd, b, n);

		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return -1;
		b += r;
		n -= (size_t)r;
	}
	return 0;
}

int
officiallog_commit(struct logfile *lf, const char *buf, size_t n,
    const char *shown, struct ssi_err *e)
{
	const char *slash = strrchr(lf->path, '/');
	size_t dn = slash ? (size_t)(slash - lf->path) : 0;
	char *tmp = malloc(strlen(lf->path) + 16), *dir;
	sigset_t old;
	int tfd, dfd, er = 0;
	const char *what = "";
	/* mkstemp's six placeholder characters */
	static const char six[] = "XX" "XX" "XX";

	if (tmp == NULL)
		return err_set(e, "out of memory");
	dir = tmp;	/* the folder, then the temporary's name */
	if (slash)
		snprintf(tmp, strlen(lf->path) + 16, "%.*s/.%s.%s",
		    (int)dn, lf->path, slash + 1, six);
	else
		snprintf(tmp, strlen(lf->path) + 16, ".%s.%s", lf->path, six);
	block(&old, SIG_BLOCK);
	if ((tfd = mkstemp(tmp)) < 0) {
		er = errno;
		what = "cannot create a temporary beside it";
		goto fail;
	}
	if (write_all(tfd, buf, n) < 0) {
		er = errno;
		what = "write error";
		goto rm;
	}
	/* The file keeps its owner, group and mode. */
	if ((lf->st.st_uid != geteuid() || lf->st.st_gid != getegid()) &&
	    fchown(tfd, lf->st.st_uid, lf->st.st_gid) < 0) {
		er = errno;
		what = "cannot keep its owner and group";
		goto rm;
	}
	if (fchmod(tfd, lf->st.st_mode & 07777) < 0) {
		er = errno;
		what = "cannot keep its mode";
		goto rm;
	}
	if (fsync(tfd) < 0) {
		er = errno;
		what = "write error";
		goto rm;
	}
	if (close(tfd) < 0) {
		tfd = -1;
		er = errno;
		what = "write error";
		goto rm;
	}
	tfd = -1;
	if (rename(tmp, lf->path) < 0) {
		er = errno;
		what = "cannot replace it";
		goto rm;
	}
	lf->committed = 1;
	block(&old, SIG_SETMASK);
	/* The rename itself on disk: fsync the folder. */
	if (slash)
		dir[dn == 0 ? 1 : dn] = '\0';
	else
		strcpy(dir, ".");
	if ((dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) >= 0) {
		if (fsync(dfd) < 0 && errno != EINVAL) {
			er = errno;
			close(dfd);
			free(tmp);
			return err_set(e, "%s: cannot sync its folder: %s", shown,
			    strerror(er));
		}
		close(dfd);
	}
	free(tmp);
	return 0;
rm:
	if (tfd >= 0)
		close(tfd);
	unlink(tmp);
fail:
	block(&old, SIG_SETMASK);
	free(tmp);
	return err_set(e, "%s: %s: %s; nothing recorded", shown, err_tr(what),
	    strerror(er));
}

void
officiallog_close(struct logfile *lf)
{
	struct stat now;

	if (lf->fd >= 0) {
		/* A file this run created and did not fill goes again. */
		if (lf->created && !lf->committed && stat(lf->path, &now) == 0 &&
		    now.st_dev == lf->st.st_dev && now.st_ino == lf->st.st_ino)
			unlink(lf->path);
		close(lf->fd);	/* and the lock with it */
	}
	lf->fd = -1;
	free(lf->path);
	free(lf->text);
	lf->path = NULL;
	lf->text = NULL;
}
