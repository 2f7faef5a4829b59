/* out.c - buffered output, number formats, atomic -o (see out.h). */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ssi/out.h"
#include "out_fast.h"

#define OUT_BUF 65536

/* "00" "01" ... "99" */
const char out_digits2[] =
    "000102030405060708091011121314151617181920212223242526272829"
    "303132333435363738394041424344454647484950515253545556575859"
    "606162636465666768697071727374757677787980818283848586878889"
    "90919293949596979899";

/* out_int3: i = 100h + 10t + u as text from byte 1, its length in byte 0 */
#define I3(h, t, u) ((h) ? (uint32_t)('0' + (h)) << 8 | \
	(uint32_t)('0' + (t)) << 16 | (uint32_t)('0' + (u)) << 24 | 3u : (t) ? \
	(uint32_t)('0' + (t)) << 8 | (uint32_t)('0' + (u)) << 16 | 2u : \
	(uint32_t)('0' + (u)) << 8 | 1u)
#define I3U(h, t) I3(h, t, 0), I3(h, t, 1), I3(h, t, 2), I3(h, t, 3), \
	I3(h, t, 4), I3(h, t, 5), I3(h, t, 6), I3(h, t, 7), I3(h, t, 8), I3(h, t, 9)
#define I3T(h) I3U(h, 0), I3U(h, 1), I3U(h, 2), I3U(h, 3), I3U(h, 4), \
	I3U(h, 5), I3U(h, 6), I3U(h, 7), I3U(h, 8), I3U(h, 9)
const uint32_t out_int3[1000] = {
	I3T(0), I3T(1), I3T(2), I3T(3), I3T(4), I3T(5), I3T(6), I3T(7), I3T(8),
	I3T(9)
};

/* out_frac3: ".tu" for 10t + u */
#define F3(t, u) ((uint32_t)'.' | (uint32_t)('0' + (t)) << 8 | \
	(uint32_t)('0' + (u)) << 16)
#define F3T(t) F3(t, 0), F3(t, 1), F3(t, 2), F3(t, 3), F3(t, 4), F3(t, 5), \
	F3(t, 6), F3(t, 7), F3(t, 8), F3(t, 9)
const uint32_t out_frac3[100] = {
	F3T(0), F3T(1), F3T(2), F3T(3), F3T(4), F3T(5), F3T(6), F3T(7), F3T(8),
	F3T(9)
};

/* ---- the temporary of -o, removed when a signal ends the run ---- */

static char guard_path[PATH_MAX + 16];	/* "" = none */
static volatile sig_atomic_t guard_on;
static int guard_installed;

static void
guard_handler(int sig)
{
	/* async-signal-safe only: unlink, signal, raise */
	if (guard_on)
		unlink(guard_path);
	signal(sig, SIG_DFL);
	raise(sig);
}

/* Register tmp (or none, NULL) as the file a fatal signal removes. */
static void
guard(const char *tmp)
{
	/* every signal whose default is to end the process, but those a
	 * fault raises (SIGSEGV and the like: the state is not to be
	 * trusted) and SIGKILL, which cannot be caught */
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT,
		SIGALRM, SIGUSR1, SIGUSR2, SIGPIPE, SIGXCPU, SIGXFSZ,
		SIGVTALRM, SIGPROF,
#ifdef SIGPOLL
		SIGPOLL,
#endif
#ifdef SIGPWR
		SIGPWR,
#endif
#ifdef SIGSTKFLT
		SIGSTKFLT,
#endif
		SIGTRAP, SIGSYS };
	sigset_t all, old;
	size_t i;

	sigemptyset(&all);
	for (i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
		sigaddset(&all, sigs[i]);
	sigprocmask(SIG_BLOCK, &all, &old);
	if (tmp != NULL && strlen(tmp) < sizeof guard_path) {
		strcpy(guard_path, tmp);
		guard_on = 1;
	} else {
		guard_on = 0;
	}
	if (tmp != NULL && !guard_installed) {
		guard_installed = 1;
		for (i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
			struct sigaction sa, prev;

			/* a signal ignored (nohup) stays ignored */
			if (sigaction(sigs[i], NULL, &prev) == 0 &&
			    prev.sa_handler == SIG_IGN)
				continue;
			memset(&sa, 0, sizeof sa);
			sa.sa_handler = guard_handler;
			sigemptyset(&sa.sa_mask);
			sigaction(sigs[i], &sa, NULL);
		}
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
}

int
out_link_followable(const struct stat *dir, const struct stat *link,
    uid_t uid)
{
	/* fs.protected_symlinks: in a sticky world-writable folder, a link
	 * is followed only by its owner, or when the folder's owner owns it */
	if (!(dir->st_mode & S_ISVTX) || !(dir->st_mode & S_IWOTH))
		return 1;
	return link->st_uid == uid || link->st_uid == dir->st_uid;
}

/* May this process follow the link cur (lstat st) by the kernel's rule? */
static int
followable(const char *cur, const struct stat *st)
{
	char dir[PATH_MAX];
	const char *slash = strrchr(cur, '/');
	struct stat dst;

	if (slash == NULL)
		strcpy(dir, ".");
	else if (slash == cur)
		strcpy(dir, "/");
	else {
		memcpy(dir, cur, (size_t)(slash - cur));
		dir[slash - cur] = '\0';
	}
	if (stat(dir, &dst) != 0)
		return 0;
	return out_link_followable(&dst, st, geteuid());
}

/*
 * The file path names, through symbolic links (relative ones from the
 * link's folder), into out; a link to nothing gives the name it points
 * to.  -1 with errno on a loop or a name too long, EACCES for a link the
 * kernel would not let this process follow (out_link_followable): the
 * links are followed here, by hand, so the kernel's own check never runs.
 */
static int
resolve(const char *path, char *out, size_t outsz)
{
	char cur[PATH_MAX], link[PATH_MAX];
	int hops;

	if (strlen(path) >= sizeof cur) {
		errno = ENAMETOOLONG;
		return -1;
	}
	strcpy(cur, path);
	for (hops = 0; hops < 40; hops++) {
		struct stat st;
		ssize_t n;

		if (lstat(cur, &st) != 0 || !S_ISLNK(st.st_mode)) {
			if (strlen(cur) >= outsz) {
				errno = ENAMETOOLONG;
				return -1;
			}
			strcpy(out, cur);
			return 0;
		}
		if (!followable(cur, &st)) {
			errno = EACCES;
			return -1;
		}
		n = readlink(cur, link, sizeof link - 1);
		if (n < 0)
			return -1;
		link[n] = '\0';
		if (link[0] == '/') {
			strcpy(cur, link);
		} else {
			char *slash = strrchr(cur, '/');
			size_t dir = slash ? (size_t)(slash - cur) + 1 : 0;

			if (dir + (size_t)n >= sizeof cur) {
				errno = ENAMETOOLONG;
				return -1;
			}
			memcpy(cur + dir, link, (size_t)n + 1);
		}
	}
	errno = ELOOP;
	return -1;
}

int
out_open(struct out *o, const char *path, struct ssi_err *e)
{
	memset(o, 0, sizeof *o);
	o->fd = 1;
	o->cap = OUT_BUF;
	o->buf = malloc(o->cap);
	if (o->buf == NULL)
		return err_set(e, "out of memory");
	if (path != NULL && path[0] == '\0') {
		out_abort(o);
		return err_set(e, "-o: the file name is empty");
	}
	if (path != NULL && strcmp(path, "-") != 0) {
		char target[PATH_MAX];
		const char *slash, *base;
		struct stat st;
		size_t dir, blen;

		if (resolve(path, target, sizeof target) < 0) {
			int err = errno;

			out_abort(o);
			if (e)
				e->file = path;
			return err_set(e, "cannot write: %s", strerror(err));
		}
		if (stat(target, &st) == 0 && !S_ISREG(st.st_mode)) {
			/* a device, a FIFO, a terminal: written in place,
			 * never replaced */
			o->fd = open(target, O_WRONLY | O_CLOEXEC);
			if (o->fd < 0) {
				int err = errno;

				out_abort(o);
				if (e)
					e->file = path;
				return err_set(e, "cannot write: %s",
				    strerror(err));
			}
			o->own_fd = 1;
			return 0;
		}
		/* a regular file or a new name: a temporary in the same
		 * folder, renamed over it at the end.  Its name keeps at
		 * most 200 bytes of the file's (room for ".tmp" and six
		 * characters under NAME_MAX). */
		slash = strrchr(target, '/');
		base = slash ? slash + 1 : target;
		dir = (size_t)(base - target);
		blen = strlen(base) < 200 ? strlen(base) : 200;
		o->dest = strdup(target);
		o->tmp = malloc(dir + blen + 12);
		if (o->dest == NULL || o->tmp == NULL) {
			out_abort(o);
			return err_set(e, "out of memory");
		}
		memcpy(o->tmp, target, dir + blen);
		memcpy(o->tmp + dir + blen, ".tmp", 4);
		memset(o->tmp + dir + blen + 4, 'X', 6);
		o->tmp[dir + blen + 10] = '\0';
		o->fd = mkstemp(o->tmp);
		if (o->fd < 0) {
			int err = errno;

			free(o->tmp);
			o->tmp = NULL;
			out_abort(o);
			if (e)
				e->file = path;
			return err_set(e, "cannot write: %s", strerror(err));
		}
		guard(o->tmp);
	}
	return 0;
}

int
out_is_input(const char *path, char *const *files, int n)
{
	struct stat out, in;
	int i;

	if (path == NULL || strcmp(path, "-") == 0 || stat(path, &out) != 0 ||
	    !S_ISREG(out.st_mode))
		return 0;
	for (i = 0; i < n; i++) {
		int r = strcmp(files[i], "-") == 0 ? fstat(0, &in) :
		    stat(files[i], &in);

		if (r == 0 && in.st_dev == out.st_dev &&
		    in.st_ino == out.st_ino)
			return 1;
	}
	return 0;
}

/* The folder of path (realpath) and its last part, into buf: the file's
 * name once spelt one way; -1 when the folder does not resolve. */
static int
canon(const char *path, char *buf, size_t n)
{
	char dir[PATH_MAX], real[PATH_MAX];
	const char *slash = strrchr(path, '/'), *base;

	if (slash == NULL) {
		strcpy(dir, ".");
		base = path;
	} else if ((size_t)(slash - path) >= sizeof dir) {
		return -1;
	} else {
		memcpy(dir, path, (size_t)(slash - path));
		dir[slash - path] = '\0';
		if (dir[0] == '\0')
			strcpy(dir, "/");
		base = slash + 1;
	}
	if (realpath(dir, real) == NULL)
		return -1;
	return snprintf(buf, n, "%s/%s", real, base) < (int)n ? 0 : -1;
}

int
out_same_file(const char *a, const char *b)
{
	char ca[2 * PATH_MAX], cb[2 * PATH_MAX];
	struct stat sa, sb;

	if (strcmp(a, "-") == 0 || strcmp(b, "-") == 0)
		return 0;
	if (strcmp(a, b) == 0)
		return 1;
	if (stat(a, &sa) == 0 && stat(b, &sb) == 0)
		return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
	return canon(a, ca, sizeof ca) == 0 && canon(b, cb, sizeof cb) == 0 &&
	    strcmp(ca, cb) == 0;
}

int
out_mem(struct out *o)
{
	memset(o, 0, sizeof *o);
	o->fd = -1;
	o->cap = 4096;
	o->buf = malloc(o->cap);
	return o->buf ? 0 : -1;
}

void
out_flush(struct out *o)
{
	size_t done = 0;

	if (o->fd < 0) {
		/* memory: grow instead of writing */
		char *nb = o->err ? NULL : realloc(o->buf, o->cap * 2);

		if (nb == NULL)
			o->err = o->err ? o->err : ENOMEM;
		else {
			o->buf = nb;
			o->cap *= 2;
		}
		return;
	}

	while (done < o->n && o->err == 0) {
		ssize_t w = write(o->fd, o->buf + done, o->n - done);

		if (w < 0) {
			if (errno == EINTR)
				continue;
			o->err = errno;
		} else {
			done += (size_t)w;
		}
	}
	o->n = 0;
}

void
out_write_slow(struct out *o, const void *s, size_t n)
{
	if (o->err)
		return;
	while (o->fd < 0 && o->n + n > o->cap && o->err == 0)
		out_flush(o);
	if (o->n + n > o->cap) {
		out_flush(o);
		if (n > o->cap) {
			size_t done = 0;

			while (done < n && o->err == 0) {
				ssize_t w = write(o->fd, (const char *)s + done,
				    n - done);

				if (w < 0 && errno != EINTR)
					o->err = errno;
				else if (w > 0)
					done += (size_t)w;
			}
			return;
		}
	}
	memcpy(o->buf + o->n, s, n);
	o->n += n;
}

void
out_str(struct out *o, const char *s)
{
	out_write(o, s, strlen(s));
}

void
out_char_slow(struct out *o, int c)
{
	if (o->n == o->cap)
		out_flush(o);
	if (o->err == 0)
		o->buf[o->n++] = (char)c;
}

void
out_long(struct out *o, long long v)
{
	char tmp[24];
	int i = sizeof tmp;
	unsigned long long u = v < 0 ? 0ull - (unsigned long long)v :
	    (unsigned long long)v;

	do {
		tmp[--i] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		tmp[--i] = '-';
	out_write(o, tmp + i, sizeof tmp - (size_t)i);
}

void
out_fixed(struct out *o, double x, int d)
{
	static const double pow10[] = { 1, 10, 100, 1000, 10000 };
	char tmp[64], *end = tmp + 32, *p = end;
	double a = fabs(x) * pow10[d] + 0.5 + 1e-9;
	unsigned long long u;
	int k;

	if (!isfinite(x) || fabs(x) > 1e15) {
		snprintf(tmp, sizeof tmp, "%.*f", d, x);
		out_str(o, tmp);
		return;
	}
	u = (unsigned long long)a;	/* a > 0: truncation is floor */
	if (d == 2 && u < 4000000000u) {
		/* Scores: two digits at a time, in 32 bits. */
		unsigned v = (unsigned)u, r = v % 100;

		*--p = out_digits2[2 * r + 1];
		*--p = out_digits2[2 * r];
		*--p = '.';
		for (v /= 100; v >= 100; v /= 100) {
			r = v % 100;
			*--p = out_digits2[2 * r + 1];
			*--p = out_digits2[2 * r];
		}
		if (v >= 10) {
			*--p = out_digits2[2 * v + 1];
			*--p = out_digits2[2 * v];
		} else {
			*--p = (char)('0' + v);
		}
	} else {
		for (k = 0; k < d; k++) {
			*--p = (char)('0' + u % 10);
			u /= 10;
		}
		if (d > 0)
			*--p = '.';
		do {
			*--p = (char)('0' + u % 10);
			u /= 10;
		} while (u);
	}
	if (x < 0 && a >= 1)	/* no "-0.00" */
		*--p = '-';
	/* At most 22 bytes: copy a fixed 32 (one or two moves, no call)
	 * when the buffer has room. */
	if (o->cap - o->n >= 32) {
		memcpy(o->buf + o->n, p, 32);
		o->n += (size_t)(end - p);
	} else {
		out_write(o, p, (size_t)(end - p));
	}
}

void
out_json_str(struct out *o, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	size_t i, run = 0;

	out_char(o, '"');
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		out_write(o, s + run, i - run);
		run = i + 1;
		out_char(o, '\\');
		switch (c) {
		case '"': out_char(o, '"'); break;
		case '\\': out_char(o, '\\'); break;
		case '\n': out_char(o, 'n'); break;
		case '\r': out_char(o, 'r'); break;
		case '\t': out_char(o, 't'); break;
		default:
			out_str(o, "u00");
			out_char(o, hex[c >> 4]);
			out_char(o, hex[c & 15]);
		}
	}
	out_write(o, s + run, n - run);
	out_char(o, '"');
}

/* The first characters that make a spreadsheet read a cell as a formula
 * (OWASP, CSV injection). */
static inline int
formula(const char *s, size_t n)
{
	return n > 0 && (s[0] == '=' || s[0] == '+' || s[0] == '-' ||
	    s[0] == '@' || s[0] == '\t' || s[0] == '\r');
}

/* A CSV field, with a leading ' when pre is set. */
static void
csv_field(struct out *o, const char *s, size_t n, int delim, int pre)
{
	size_t i, run = 0;
	int quote = 0;

	for (i = 0; i < n; i++)
		if (s[i] == delim || s[i] == '"' || s[i] == '\n' || s[i] == '\r') {
			quote = 1;
			break;
		}
	if (!quote) {
		if (pre)
			out_char(o, '\'');
		out_write(o, s, n);
		return;
	}
	out_char(o, '"');
	if (pre)
		out_char(o, '\'');
	for (i = 0; i < n; i++)
		if (s[i] == '"') {
			out_write(o, s + run, i + 1 - run);
			out_char(o, '"');
			run = i + 1;
		}
	out_write(o, s + run, n - run);
	out_char(o, '"');
}

void
out_csv_field(struct out *o, const char *s, size_t n, int delim)
{
	csv_field(o, s, n, delim, 0);
}

void
out_cell(struct out *o, const char *s, size_t n, int tsv)
{
	size_t i, run = 0;

	if (!tsv) {
		csv_field(o, s, n, ',', formula(s, n));
		return;
	}
	if (formula(s, n))
		out_char(o, '\'');
	for (i = 0; i < n; i++)
		if (s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
			out_write(o, s + run, i - run);
			out_char(o, ' ');
			run = i + 1;
		}
	out_write(o, s + run, n - run);
}

size_t
out_unsafe(const char *s, size_t n, size_t *len, const char **rep)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, k;

	while (i < n) {
		if (u[i] >= 0x20 && u[i] < 0x7f) {
			i++;
			continue;
		}
		if (u[i] < 0x80) {	/* C0 or DEL */
			*len = 1;
			*rep = " ";
			return i;
		}
		k = err_utf8_len(u + i, n - i);
		if (k == 0) {		/* no valid UTF-8 */
			*len = 1;
			*rep = "?";
			return i;
		}
		if (k == 2 && u[i] == 0xC2 && u[i + 1] <= 0x9F) {
			*len = 2;	/* C1: U+0080-U+009F */
			*rep = " ";
			return i;
		}
		/* the bidi controls: U+061C, U+200E-U+200F, U+202A-U+202E,
		 * U+2066-U+2069 (they reorder what follows them) */
		if ((k == 2 && u[i] == 0xD8 && u[i + 1] == 0x9C) ||
		    (k == 3 && u[i] == 0xE2 && u[i + 1] == 0x80 &&
		    (u[i + 2] == 0x8E || u[i + 2] == 0x8F ||
		    (u[i + 2] >= 0xAA && u[i + 2] <= 0xAE))) ||
		    (k == 3 && u[i] == 0xE2 && u[i + 1] == 0x81 &&
		    u[i + 2] >= 0xA6 && u[i + 2] <= 0xA9)) {
			*len = 3 - (k == 2);
			*rep = "";
			return i;
		}
		i += k;
	}
	*len = 0;
	*rep = "";
	return n;
}

void
out_text(struct out *o, const char *s, size_t n)
{
	while (n > 0) {
		size_t len;
		const char *rep;
		size_t i = out_unsafe(s, n, &len, &rep);

		out_write(o, s, i);
		if (i == n)
			break;
		out_str(o, rep);
		s += i + len;
		n -= i + len;
	}
}

void
out_text_lines(struct out *o, const char *s, size_t n)
{
	const char *nl;

	while ((nl = memchr(s, '\n', n)) != NULL) {
		out_text(o, s, (size_t)(nl - s));
		out_char(o, '\n');
		n -= (size_t)(nl - s) + 1;
		s = nl + 1;
	}
	out_text(o, s, n);
}

char *
out_text_str(char *dst, size_t dstsz, const char *s)
{
	struct out o;

	if (dstsz == 0)
		return dst;
	dst[0] = '\0';
	if (out_mem(&o) < 0)
		return dst;
	out_text(&o, s, strlen(s));
	if (o.err == 0) {
		size_t n = o.n < dstsz ? o.n : dstsz - 1;

		/* never cut inside a character */
		while (n > 0 && n < o.n &&
		    ((unsigned char)o.buf[n] & 0xC0) == 0x80)
			n--;
		memcpy(dst, o.buf, n);
		dst[n] = '\0';
	}
	out_mem_free(&o);
	return dst;
}

static mode_t
umask_value(void)
{
	mode_t m = umask(0);

	umask(m);
	return m;
}

void
out_mem_free(struct out *o)
{
	free(o->buf);
	o->buf = NULL;
	o->n = o->cap = 0;
}

static void
release(struct out *o)
{
	free(o->buf);
	free(o->dest);
	free(o->tmp);
	o->buf = o->dest = o->tmp = NULL;
}

void
out_abort(struct out *o)
{
	if (o->tmp) {
		close(o->fd);
		unlink(o->tmp);
		guard(NULL);
	} else if (o->own_fd) {
		close(o->fd);
	}
	release(o);
}

int
out_close(struct out *o, struct ssi_err *e)
{
	int err;

	out_flush(o);
	err = o->err;
	if (o->tmp == NULL && o->own_fd && close(o->fd) != 0 && err == 0)
		err = errno;
	if (o->tmp == NULL && o->own_fd && err && err != EPIPE) {
		release(o);
		return err_set(e, "write error: %s", strerror(err));
	}
	if (o->tmp == NULL) {
		release(o);
		if (err == EPIPE)
			return 1;
		if (err)
			return err_set(e, "write error: %s", strerror(err));
		return 0;
	}
	/* -o FILE: make the data durable, keep the old mode, then rename. */
	if (err == 0) {
		struct stat st;

		if (stat(o->dest, &st) == 0)
			fchmod(o->fd, st.st_mode & 07777);
		else
			fchmod(o->fd, 0666 & ~umask_value());
		if (fsync(o->fd) != 0)
			err = errno;
	}
	if (close(o->fd) != 0 && err == 0)
		err = errno;
	if (err == 0 && rename(o->tmp, o->dest) != 0)
		err = errno;
	if (err) {
		if (e)
			e->file = NULL;
		err_set(e, "%s: write error: %s", o->dest, strerror(err));
		unlink(o->tmp);
		guard(NULL);
		release(o);
		return -1;
	}
	guard(NULL);
	release(o);
	return 0;
}

void
out_json_key(struct out *o, const char *k, int compact, int indent,
    int first)
{
	int i;

	if (!first)
		out_char(o, ',');
	if (!compact) {
		out_char(o, '\n');
		for (i = 0; i < indent; i++)
			out_str(o, "  ");
	}
	out_char(o, '"');
	out_str(o, k);
	out_str(o, compact ? "\":" : "\": ");
}

void
out_json_close(struct out *o, int c, int compact, int indent)
{
	int i;

	if (!compact) {
		out_char(o, '\n');
		for (i = 0; i < indent; i++)
			out_str(o, "  ");
	}
	out_char(o, c);
}
