/*
 * report.h - the writers of scored profiles (text, JSON, JSON Lines, CSV,
 * TSV), of a profile record as JSON (ssi import), of the model (ssi model)
 * and of the field list (ssi fields).  All write to a struct out.
 */
#ifndef SSI_REPORT_H
#define SSI_REPORT_H

#include "ssi/model.h"
#include "ssi/out.h"
#include "ssi/profile.h"
#include "ssi/score.h"

/* The output formats: the columns of the writer table (writer.h). */
enum out_format { OF_TEXT, OF_JSON, OF_CSV, OF_TSV, OF_JSONL, OF_HTML,
	OF_MD, OF_COUNT };

extern const char *const out_format_ids[OF_COUNT];

struct report_opts {
	const struct model *m;
	int format;	/* enum out_format */
	int lang;	/* enum lang */
	int color;	/* ANSI colour in text */
	int utf8;	/* block characters for bars, else ASCII */
	int width;	/* text columns */
	int explain;	/* every signal */
	int linkedin;	/* the input is a LinkedIn export: the advice on
			 * missing data names --target (ADVICE_EXPORT) */
	int no_header;	/* CSV/TSV: no header row */
	int official;	/* CSV/TSV: the official_* columns (--official) */
	int summary;	/* trend --summary: the team part only */
	long rejected;	/* rank: records the inputs rejected (the page
			 * says so), with the first messages */
	const char *rejects[3];
	int nrejects;
	/* score: the official figures are those of an earlier snapshot,
	 * of this date (the latest reading at or before the data), or
	 * NULL (writer.c sets it per profile from struct scored) */
	const char *official_as_of;
	/* rank, trend, digest (ssi.7 PRIVACY): groups and averages of fewer
	 * than min_group members are hidden (0 or 1: none), and the writers
	 * say how many; only: the id of the one member shown (--only), as
	 * the report holds it, or NULL */
	long min_group;
	const char *only;
};

/* CSV/TSV: the header line of score and batch, without the line end. */
void report_csv_header(struct out *o, const struct report_opts *r);
/* CSV/TSV: one row, without the line end (rank appends columns). */
void report_csv_row(struct out *o, const struct report_opts *r,
    const struct profile *p, const struct score *s);
/* JSON object of one scored profile; compact (jsonl) leaves out the
 * signals and the advice unless r->explain.  indent: 0 compact, else 2. */
void report_json(struct out *o, const struct report_opts *r,
    const struct profile *p, const struct score *s, int compact);
/* The full text report of one profile. */
void report_text(struct out *o, const struct report_opts *r,
    const struct profile *p, const struct score *s);

/* A profile record as a JSON object (ssi.5 schema, present fields only,
 * field order), without a line end; compact: on one line. */
void report_profile_json(struct out *o, const struct profile *p, int compact);
/* The same with members of the caller's before the closing brace: more
 * writes them (each with out_json_key at indent 1; first: no member was
 * written before). */
void report_profile_json_more(struct out *o, const struct profile *p,
    int compact, void (*more)(struct out *o, int compact, int first,
    void *ctx), void *ctx);
/* CSV/TSV: the header of every input field (ssi fields --format csv), and
 * one profile as a row of it; without the line end. */
void report_profile_csv_header(struct out *o, int tsv);
void report_profile_csv(struct out *o, const struct profile *p, int tsv);
/* The model as JSON (the form model_load_json reads). */
void report_model_json(struct out *o, const struct model *m);
/* The same, left open after its last member (no closing brace or line
 * end): a caller appends members of its own (ssi calibrate's). */
void report_model_json_open(struct out *o, const struct model *m);
/* The model as a text table: pillar, key, signal, inputs, curve, target,
 * weight, one line each. */
void report_model_text(struct out *o, const struct report_opts *r,
    const struct model *m);
/* The input fields (ssi fields): an empty CSV/TSV header of their names
 * in lang (the names ssi.5 accepts), the JSON list (English names,
 * type, activity, help), or the text table in lang. */
void report_fields_csv(struct out *o, int tsv, int lang);
void report_fields_json(struct out *o);
void report_fields_text(struct out *o, int lang);

/* Helpers shared by the writers of rank, trend and digest (ssi.7
 * PRIVACY): whether a group or an average of n members is hidden
 * (r->min_group); "groups of fewer than 5 members hidden: 2 (7 members;
 * --min-group)" in r's language into buf; "fewer than 5 members: no
 * average", said in a hidden group's place, into buf. */
int report_hidden(const struct report_opts *r, long n);
const char *report_no_average(const struct report_opts *r, char *buf,
    size_t n);
const char *report_hidden_text(const struct report_opts *r, long groups,
    long members, char *buf, size_t n);
/* Helpers shared by the writers of rank and trend. */
void report_text_field(struct out *o, const struct profile *p, int f);
/* The display columns of text s, counted as code points. */
long report_cols(const char *s);
/* Write s padded with spaces to width display columns (code points). */
void report_pad(struct out *o, const char *s, int width);

#endif
