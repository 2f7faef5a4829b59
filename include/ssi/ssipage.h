/*
 * ssipage.h - the text of LinkedIn's SSI page as a browser copies it
 * (select all, copy), in English, Spanish or Portuguese, or the JSON the
 * page loads (/sales-api/salesApiSsi) -> the official figures (ssi.7 OFFICIAL FIGURES
 * "ssi log").
 *
 * The figures are found by their labels (ssi.7 OFFICIAL FIGURES table: current and
 * older forms) and the rules of ssi.7 OFFICIAL FIGURES, not by line positions: a
 * figure on its label's line (before or after the label) or on the
 * adjacent non-empty line, the same side for the four components (both
 * sides are tried; the one giving all four in 0-25 is kept); ranks ("Top
 * 10%", "10 %", "Primeiros 10%", "You rank in the top 10%") belong to the
 * industry or the network by their label or the word of their block;
 * averages ("average SSI of 35", "SSI medio de 35").  Labelled figures
 * always win: page order (one run of four numbers in 0-25 after the index)
 * fills only a component whose label is missing, and only when the sum
 * then agrees with the index.  A label seen twice with different figures
 * is two pages pasted (refused); a minus sign is read, a figure out of
 * range refused, and the index the page shows must be within 1 of the
 * sum of the components, which is what is recorded.  Lines end at LF, CR,
 * CRLF and tabs (a page copied as one line); case, accents, no-break
 * spaces, Windows-1252 bytes and extra words are tolerated.
 */
#ifndef SSI_SSIPAGE_H
#define SSI_SSIPAGE_H

#include <stddef.h>
#include <stdint.h>
#include "ssi/err.h"
#include "ssi/official.h"

#define SSIPAGE_MAX (1u << 20)	/* bytes of pasted text read at most */
#define SSIPAGE_LABEL 80

struct ssipage {
	int64_t v[OFFICIAL_N];		/* thousandths, by f - OFFICIAL_FIRST */
	uint32_t has;			/* bit f - OFFICIAL_FIRST: found */
	char label[OFFICIAL_N][SSIPAGE_LABEL];	/* the page's line it was
					 * found by (trimmed, cut) */
	int by_order;			/* bit k: component k (brand, people,
					 * engagement, relationships) taken in
					 * page order */
	int json;			/* read from the page's JSON */
	int64_t shown;			/* the index as the page shows it, -1 */
};

static inline int
ssipage_has(const struct ssipage *pg, int f)
{
	return (int)((pg->has >> (f - OFFICIAL_FIRST)) & 1u);
}

/*
 * Read the pasted text s[0..n) (any bytes; at most SSIPAGE_MAX are
 * looked at) into pg: the JSON form when it is one JSON object, else the
 * page's text.  Returns 0 when the four components were found (the ranks
 * and averages when present; official_ssi is always their sum), or -1
 * with e->msg: "the four components were not all found (found: brand
 * 20.97; missing: people, engagement, relationships)", "ambiguous paste:
 * ...", "official_brand is 20.97 in one place and 22.5 in another: two
 * pages pasted?", "official_brand: '-20.97' is out of range (0 to 25)",
 * "the index 60 does not match the four components (sum 52.60): ...",
 * "this JSON is not the SSI page's: ...".  pg then still holds what was
 * found.
 */
int ssipage_read(const char *s, size_t n, struct ssipage *pg,
    struct ssi_err *e);

#endif
