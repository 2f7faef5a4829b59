/*
 * li_src.h - the files of a LinkedIn export, from a .zip (read in memory
 * with libzip, never extracted) or from an unpacked folder.  Used by
 * linkedin.c only.
 *
 * Layout (ssi.7 LINKEDIN DATA EXPORT): the files are at the top
 * level when it holds a .csv, else inside the one folder that holds .csv
 * files (__MACOSX and hidden folders ignored).
 */
#ifndef SSI_LI_SRC_H
#define SSI_LI_SRC_H

#include <stddef.h>
#include "ssi/err.h"

struct li_src;

/* Receives a file's bytes in chunks: 0 to go on, -1 with e set. */
typedef int (*li_sink)(void *ctx, const char *buf, size_t n,
    struct ssi_err *e);

/*
 * Open path: a folder, else a zip archive.  Returns 0 and *out (free with
 * li_src_close), or -1 with e set (e->file is path): not found, not a zip
 * archive, more than LI_MAX_ENTRIES entries (read from the end record
 * before libzip parses the central directory), two entries of the same
 * name, no .csv file where the layout
 * says.
 */
int li_src_open(const char *path, struct li_src **out, struct ssi_err *e);
void li_src_close(struct li_src *s);

/*
 * The file whose base name is base: "<base>.csv", else the first in byte
 * order of the "<base>_<digits>.csv" copies; names in another case match
 * when no name in the exact case does.  Returns its number, or -1.
 */
int li_src_find(const struct li_src *s, const char *base);
/* Name of file i relative to the export's root ("Shares.csv"), owned by s. */
const char *li_src_rel(const struct li_src *s, int i);

/* Display name of file i ("x.zip:Shares.csv", "dir/Shares.csv"), owned by s. */
const char *li_src_name(const struct li_src *s, int i);

/*
 * Stream file i to sink in chunks, as UTF-8: a file in UTF-16 with a
 * byte-order mark (LE or BE) is decoded as it comes.  Stops (-2, e->file
 * the display name) an entry once its inflated bytes pass LI_BOMB_RATIO x
 * its compressed size + LI_BOMB_SLACK or LI_MAX_INFLATE; stops (-1) on
 * read errors (damaged or truncated data) and when sink fails; in a
 * folder, a file that is not a regular one (or a symbolic link out of the
 * folder) is an error (-1) when read.  A sink returning 1 ends the file
 * quietly (0).
 */
int li_src_read(struct li_src *s, int i, li_sink sink, void *ctx,
    struct ssi_err *e);

/* Number of .html files under Articles/ (any depth), or -1 when there is no
 * Articles folder. */
long li_src_articles(struct li_src *s);
/* The file number of article k (0 <= k < li_src_articles), for li_src_read;
 * -1 when out of range. */
int li_src_article(const struct li_src *s, long k);

#endif
