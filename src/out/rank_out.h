/*
 * rank_out.h - the writers of ssi rank (kind RK_RANK of writer.h): item is
 * called once, with the finished const struct rank *.
 *  text   a leaderboard (index and pillars with 1 decimal, top %), then
 *         the groups by average with their members, weakest pillar and
 *         next action;
 *  csv    the batch columns plus rank, top_pct, group, group_rank,
 *  tsv    group_top_pct (no header row with r->no_header; TSV when
 *         r->format is OF_TSV);
 *  json   an array of objects, the same figures (jsonl: one per line).
 */
#ifndef SSI_RANK_OUT_H
#define SSI_RANK_OUT_H

#include "ssi/writer.h"

extern const struct writer rank_text_writer, rank_json_writer,
    rank_jsonl_writer, rank_csv_writer, rank_tsv_writer;

#endif
