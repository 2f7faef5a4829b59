/*
 * rank_out.h - the writers of ssi rank (kind RK_RANK of writer.h): item is
 * called once, with the finished const struct rank *.
 *  text   a leaderboard (index and pillars with 1 decimal, top %), then
 *         the groups by average with their members, weakest pillar and
 *         next action;
 *  csv    the batch columns plus rank, top_pct, group, group_rank,
 *  tsv    group_top_pct (no header row with r->no_header; TSV when
 *         r->format is OF_TSV);
 *  json   an array of objects, the same figures (jsonl: one per line);
 *  md     Markdown (GitHub's pipe tables): the leaderboard, then each
 *         group's average and members.
 * r->min_group: a group of fewer members shows no average and no
 * leaderboard of its own, its members' group is not named (machine
 * formats: empty or null), and the text says how many were hidden;
 * r->only: that member's rows alone (ssi.7 PRIVACY).
 */
#ifndef SSI_RANK_OUT_H
#define SSI_RANK_OUT_H

#include "ssi/writer.h"

extern const struct writer rank_text_writer, rank_json_writer,
    rank_jsonl_writer, rank_csv_writer, rank_tsv_writer, rank_md_writer;

struct rank;
struct rank_entry;
struct report_opts;
/* Shared by the rank writers (rank_out.c, html_rank.c): whether entry e
 * is shown (--only); whether its group is hidden (--min-group). */
int rank_shown(const struct report_opts *r, const struct rank_entry *e);
int rank_group_hidden(const struct report_opts *r, const struct rank *u,
    const struct rank_entry *e);

#endif
