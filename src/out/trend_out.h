/*
 * trend_out.h - the writers of ssi trend (kind RK_TREND of writer.h): item
 * is called once, with the finished const struct trend *.
 *  text   per member a sparkline of the index between its own minimum and
 *         maximum (the latest TREND_SPARK_MAX snapshots; ASCII unless
 *         r->utf8), then a table of the snapshots with the changes;
 *  csv    one row per snapshot: id, name, as_of, the figures and their
 *  tsv    changes since the member's previous snapshot (d_*)
 *         (TSV when r->format is OF_TSV, no header with r->no_header);
 *  json   an array of members with their snapshots, each with its delta,
 *         and the change from the first to the last (jsonl: one per line);
 *  md     Markdown (GitHub's pipe tables): the team's table, the movers,
 *         each member's table.
 * With groups (trend --by) each format adds the team part of each group;
 * r->min_group hides the averages of fewer members (and says how many),
 * r->only writes that member alone and no mover's name (ssi.7 PRIVACY).
 */
#ifndef SSI_TREND_OUT_H
#define SSI_TREND_OUT_H

#include <stddef.h>
#include "ssi/writer.h"

#define TREND_SPARK_MAX 40

extern const struct writer trend_text_writer, trend_json_writer,
    trend_jsonl_writer, trend_csv_writer, trend_tsv_writer,
    trend_md_writer;

struct trend;
struct report_opts;
/* Shared by the trend writers (trend_out.c, html_trend.c): whether member
 * i is shown (--only); the name of the groups' field in r's language. */
int trend_shown(const struct trend *u, const struct report_opts *r, long i);
const char *trend_by_label(const struct trend *u, const struct report_opts *r);

#endif
