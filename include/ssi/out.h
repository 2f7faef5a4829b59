/*
 * out.h - buffered output to a file descriptor, with the number formats of
 * the outputs (fixed decimals, never locale-dependent), JSON and CSV quoting,
 * and atomic replacement of a named file (-o).
 */
#ifndef SSI_OUT_H
#define SSI_OUT_H

#include <stddef.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include "ssi/err.h"

struct out {
	int fd;
	char *buf;
	size_t n, cap;
	int err;	/* errno of the first failed write, 0 = none */
	char *dest;	/* -o: final name (owned), NULL for stdout */
	char *tmp;	/* -o: temporary name (owned) */
	int own_fd;	/* -o onto a device or FIFO: fd opened here */
};

/*
 * Open path for writing (NULL or "-" = standard output).  A regular file
 * (or a new name) is written to a temporary in its folder and renamed into
 * place by out_close; through a symbolic link, the file it points to is
 * the one replaced (in that file's folder), unless the kernel's rule of
 * sticky folders forbids following the link (out_link_followable): then
 * "Permission denied", as the shell's > would say.  Anything else (a
 * device, a FIFO) is written in place, never replaced.  While a
 * temporary exists, every signal whose default is to end the process
 * (SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGALRM, SIGUSR1/2, SIGXFSZ, ...;
 * not the faults) removes it before the process ends (a handler is
 * installed on the first -o; a signal ignored stays ignored).  "" is an
 * error.  0 or -1 with e.
 */
int out_open(struct out *o, const char *path, struct ssi_err *e);
/*
 * The kernel's fs.protected_symlinks rule: may a process of user uid
 * follow a link (lstat link) found in the folder dir (stat)?  In a sticky
 * world-writable folder (/tmp), only when uid or the folder's owner owns
 * the link; elsewhere always.
 */
int out_link_followable(const struct stat *dir, const struct stat *link,
    uid_t uid);
/*
 * Is path (an -o) the same regular file as one of files[0..n) (same device
 * and inode: links and other spellings too; "-" is standard input)?  Check
 * it before reading anything: writing would destroy that input.
 */
int out_is_input(const char *path, char *const *files, int n);
/*
 * Do the output names a and b name one file: the same file through links
 * or other spellings (./x, dir/../x), or one new name spelt two ways
 * (its folder the same)?  "-" is never a file.
 */
int out_same_file(const char *a, const char *b);
/*
 * Flush and close; for -o, rename into place.  Returns 0, 1 when the reader
 * of a pipe went away (not an error), or -1 with e (nothing renamed, the
 * temporary removed).
 */
int out_close(struct out *o, struct ssi_err *e);
/* An output that collects in memory (buf, n): out_mem_free releases it. */
int out_mem(struct out *o);
void out_mem_free(struct out *o);
/* Give up: remove the temporary, free everything. */
void out_abort(struct out *o);
/* A write has failed (the output is gone or broken): stop producing. */
static inline int out_failed(const struct out *o) { return o->err != 0; }

/* The cases where the buffer has no room (or the output failed). */
void out_write_slow(struct out *o, const void *s, size_t n);
void out_char_slow(struct out *o, int c);

/*
 * out_write and out_char copy into the buffer when it has room; they are
 * inline because the batch writer calls them for every cell.  After a
 * failed write the bytes still land in the buffer and are dropped at the
 * next flush: the output stays failed.
 */
static inline void
out_write(struct out *o, const void *s, size_t n)
{
	if (n <= o->cap - o->n) {
		memcpy(o->buf + o->n, s, n);
		o->n += n;
	} else {
		out_write_slow(o, s, n);
	}
}

static inline void
out_char(struct out *o, int c)
{
	if (o->n < o->cap)
		o->buf[o->n++] = (char)c;
	else
		out_char_slow(o, c);
}

void out_str(struct out *o, const char *s);
void out_long(struct out *o, long long v);
/* x with d decimals (0..4), rounded half away from zero. */
void out_fixed(struct out *o, double x, int d);

/*
 * A JSON member's key: the comma before it unless first, then, unless
 * compact, a line end and indent levels of two spaces; then "k": (and a
 * space unless compact).  k is written as is (a literal of ours).
 */
void out_json_key(struct out *o, const char *k, int compact, int indent,
    int first);
/* Close an object or array with c ('}' or ']'): unless compact, on a line
 * of its own at indent levels. */
void out_json_close(struct out *o, int c, int compact, int indent);
/* A JSON string literal with quotes. */
void out_json_str(struct out *o, const char *s, size_t n);
/* A CSV/TSV field: quoted as RFC 4180 needs (delim, quote, CR, LF). */
void out_csv_field(struct out *o, const char *s, size_t n, int delim);
/*
 * A text cell of a CSV row (quoted as RFC 4180 needs) or, tsv set, of a TSV
 * row (tabs and line ends, which would break the row, become spaces).  A
 * cell starting with = + - @ (or a tab or CR) gets a leading ' so that a
 * spreadsheet shows it as text, not a formula (OWASP, CSV injection).
 */
void out_cell(struct out *o, const char *s, size_t n, int tsv);
/*
 * The terminal sanitiser: every text from the input that reaches a
 * terminal (or a text report) goes through out_text, out_text_lines or
 * out_text_str.  Control characters (C0 with the line end, DEL, the C1
 * controls U+0080-U+009F: ESC, CSI, OSC...) become a space, each byte of
 * no valid UTF-8 a '?', and the bidi controls (U+061C, U+200E/F,
 * U+202A-E, U+2066-9), which would reorder what follows them on the
 * line, are dropped.
 *
 * out_unsafe: the offset in s[0..n) of the first character to replace
 * (n when none), its length in *len and its replacement in *rep.
 */
size_t out_unsafe(const char *s, size_t n, size_t *len, const char **rep);
void out_text(struct out *o, const char *s, size_t n);
/* The same, line ends kept (a whole message or table). */
void out_text_lines(struct out *o, const char *s, size_t n);
/* The same into dst (dstsz bytes, NUL-terminated, cut at a character's
 * start); returns dst. */
char *out_text_str(char *dst, size_t dstsz, const char *s);
void out_flush(struct out *o);

#endif
