/*
 * ssipage.h - the text of LinkedIn's SSI page as a browser copies it
 * (select all, copy), in English, Spanish or Portuguese -> the official
 * figures (official.md "ssi log").
 *
 * The figures are found by their labels and the rules of official.md, not
 * by line positions: a figure on its label's line (before or after the
 * label) or on the adjacent non-empty line, the same side for the four
 * components (both sides are tried; the one giving all four in 0-25 is
 * kept); ranks ("Top 10%", "10 % principal", "Primeiros 10%") belong to
 * the industry or the network by the word on their line or their label's;
 * averages ("average SSI of 35", "SSI medio de 35").  Without the labels,
 * exactly one run of four numbers in 0-25 after the index is taken in page
 * order.  Case, accents, blanks, CR/CRLF/LF and extra words are tolerated.
 */
#ifndef SSI_SSIPAGE_H
#define SSI_SSIPAGE_H

#include <stddef.h>
#include <stdint.h>
#include "err.h"
#include "official.h"

#define SSIPAGE_MAX (1u << 20)	/* bytes of pasted text read at most */
#define SSIPAGE_LABEL 80

struct ssipage {
	int64_t v[OFFICIAL_N];		/* thousandths, by f - OFFICIAL_FIRST */
	uint32_t has;			/* bit f - OFFICIAL_FIRST: found */
	char label[OFFICIAL_N][SSIPAGE_LABEL];	/* the page's line it was
					 * found by (trimmed, cut) */
	int by_order;			/* components taken in page order */
};

static inline int
ssipage_has(const struct ssipage *pg, int f)
{
	return (int)((pg->has >> (f - OFFICIAL_FIRST)) & 1u);
}

/*
 * Read the pasted text s[0..n) (any bytes; at most SSIPAGE_MAX are
 * looked at) into pg.  Returns 0 when the four components were found
 * (the index, ranks and averages when present), or -1 with e->msg:
 * "the four components were not all found (found: brand 20.97; missing:
 * people, engagement, relationships)", or "ambiguous paste: ...".  pg
 * then still holds what was found.
 */
int ssipage_read(const char *s, size_t n, struct ssipage *pg,
    struct ssi_err *e);

#endif
