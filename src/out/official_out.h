/*
 * official_out.h - LinkedIn's official figures beside the estimate, in the
 * writers of ssi score (ssi.7 OFFICIAL FIGURES): a text block under
 * the index, an "official" object in JSON, the --official CSV columns.
 * Every function writes nothing for a record without official figures
 * (the CSV cells are then empty).
 */
#ifndef SSI_OFFICIAL_OUT_H
#define SSI_OFFICIAL_OUT_H

#include <stdint.h>
#include "ssi/out.h"
#include "ssi/profile.h"
#include "ssi/report.h"
#include "ssi/score.h"

/* A value in thousandths as a JSON number, shortest exact ("20.973"). */
void official_json_num(struct out *o, int64_t milli);

/* An estimate (a score) in thousandths, as the 2-decimal figure shown. */
int64_t official_milli(double estimate);

/*
 * score JSON: the member ',"official": {...}' (pretty at indent 1, or
 * compact): as_of and days_before_data when the figures are another
 * snapshot's reading (r->official_as_of), ssi, the four pillars, the
 * ranks, industry_avg and network_avg objects, and diff (estimate minus
 * official, per pillar and the index).
 */
void report_official_json(struct out *o, const struct report_opts *r,
    const struct profile *p, const struct score *s, int compact);

/* Days from the official reading's date to the data's (negative: the
 * reading is later); both YYYY-MM-DD. */
long official_days_before(const char *official_as_of, const char *data_as_of);

/* ", 2 days before the data" (", 1 day after the data") in lang, into
 * buf; "" when days is 0. */
const char *official_days_phrase(int lang, long days, char *buf, size_t sz);

/* score text: the block under the index (ends with a line end). */
void report_official_text(struct out *o, const struct report_opts *r,
    const struct profile *p, const struct score *s);

/* CSV/TSV with --official: the five columns official_ssi, official_brand,
 * official_people, official_engagement, official_relationships, each
 * preceded by the delimiter. */
void report_official_csv_header(struct out *o, int delim);
void report_official_csv_row(struct out *o, int delim, const struct profile *p);

#endif
