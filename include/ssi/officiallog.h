/*
 * officiallog.h - the JSON Lines file of official readings that ssi log
 * keeps (ssi.7 OFFICIAL FIGURES): one reading {"id", "as_of", official
 * fields...} per line, put in place of a reading of the same id and date,
 * every other line kept byte for byte.
 *
 * The file is a small database: officiallog_open takes an exclusive lock
 * (flock) that lasts until officiallog_close, and reads the file under
 * it; officiallog_commit writes the new text to a temporary beside it,
 * with the file's owner, group and mode, fsyncs it, renames it over the
 * file and fsyncs the folder.  A run that waited for the lock while
 * another renamed a new file in place opens that one and reads it again,
 * so concurrent runs lose nothing.  Lines end at LF, CRLF or CR (as the
 * JSON Lines reader splits them); a line is a reading only when it is
 * exactly one JSON object.
 */
#ifndef SSI_OFFICIALLOG_H
#define SSI_OFFICIALLOG_H

#include <stddef.h>
#include <stdint.h>
#include <sys/stat.h>
#include "ssi/err.h"
#include "ssi/official.h"

/* One reading: figures in thousandths by f - OFFICIAL_FIRST, bit
 * f - OFFICIAL_FIRST of has set when present. */
struct reading {
	const char *id;		/* borrowed, valid UTF-8 */
	const char *as_of;	/* borrowed, YYYY-MM-DD */
	int64_t v[OFFICIAL_N];
	uint32_t has;
};

#define OFFICIALLOG_MAX ((size_t)1 << 30)	/* bytes of FILE at most */

/* An open, locked file of readings. */
struct logfile {
	int fd;			/* the file, locked; -1 when closed */
	char *path;		/* what is renamed over: the file, or the
				 * file a symbolic link names (malloc'd) */
	char *text;		/* its bytes, NUL-terminated (malloc'd) */
	size_t n;
	struct stat st;		/* owner, group and mode to keep */
	int created;		/* absent before: created empty */
	int committed;
};

/*
 * Open, lock and read path (created empty when absent).  Refused, -1
 * with e: a file that may not be written ("may not be written:
 * Permission denied"), that is not a regular file (a FIFO is never
 * waited for), that has more than one hard link (a rename would break
 * them: refused rather than written in place, which could leave half a
 * file), that belongs to another user (unless root), larger than 1 GiB.
 */
int officiallog_open(struct logfile *lf, const char *path, struct ssi_err *e);

/*
 * Replace the file's content by buf[0..n) atomically (see above); shown
 * is the name for messages.  Returns 0, or -1 with e ("...; nothing
 * recorded"): the file is then as it was.
 */
int officiallog_commit(struct logfile *lf, const char *buf, size_t n,
    const char *shown, struct ssi_err *e);

/* Unlock and free; a file created by open and never committed is
 * removed again.  Accepts a closed lf. */
void officiallog_close(struct logfile *lf);

/*
 * Whether s[0..n) is a file of readings: empty or blank, or its first
 * non-blank line exactly one JSON object, and neither NUL bytes nor
 * invalid UTF-8.  Returns 0, or -1 with e->msg "not a JSON Lines file of
 * readings (...)" / "a JSON document, not JSON Lines (...)".
 */
int officiallog_kind(const char *s, size_t n, struct ssi_err *e);

/* s[0..n) without blanks and line ends around it, into buf (bn bytes,
 * cut to fit).  Returns buf. */
const char *officiallog_trim(const char *s, size_t n, char *buf, size_t bn);
/*
 * The id s[0..n) as readings are compared and recorded: trimmed
 * (officiallog_trim), then normalised (idnorm.h: invisible characters
 * out, accents composed), into buf (bn bytes, cut at a character to
 * fit).  What id_norm changed goes to *what (NULL: not wanted); returns
 * buf.
 */
const char *officiallog_id(const char *s, size_t n, char *buf, size_t bn,
    int *what);

/*
 * The id (officiallog_id) of the last line of old[0..n) that is exactly one JSON
 * object with a non-empty string "id" (malloc'd), or NULL when there is
 * none.
 */
char *officiallog_last_id(const char *old, size_t n);

/* The line at s[0..n): its length without its line end, and with it in
 * *whole.  Lines end at LF, CRLF or CR, as the JSON Lines reader splits
 * them. */
size_t officiallog_line_at(const char *s, size_t n, size_t *whole);
/* The line s[0..n) is a reading of id and as_of: exactly one JSON object
 * with that id (officiallog_id: id given so) and date (trimmed) and some official field set. */
int officiallog_is_reading(const char *s, size_t n, const char *id,
    const char *as_of);

#endif
