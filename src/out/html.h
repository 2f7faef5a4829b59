/*
 * html.h - the visual report (README, "The HTML report"): one
 * self-contained HTML page (inline CSS and SVG, no script, nothing fetched)
 * for score, rank and trend.  The page is well-formed XML as well as HTML5,
 * so an XML parser can check it; every text from the data goes through
 * svg_esc.  The drawing code is in svg.h.
 */
#ifndef SSI_HTML_H
#define SSI_HTML_H

#include <stddef.h>
#include "ssi/out.h"
#include "ssi/writer.h"
#include "text/labels.h"

/* The labels of the pages (html_label) are text: labels.h. */

/* The pillars' colour classes ("p0".."p3"), the same in every chart. */
extern const char *const html_pillar_class[4];

/*
 * x with d decimals (0..3), rounded half away from zero, with the
 * language's decimal mark (a comma in Spanish), into buf; returns buf.
 */
char *html_fmt(char *buf, size_t n, double x, int d, int lang);
/* The same into o. */
void html_num(struct out *o, double x, int d, int lang);
/* An official figure v (thousandths) as recorded, up to 3 decimals,
 * padded with figure spaces so that right-aligned cells align on the
 * decimal mark. */
void html_official_fig(struct out *o, int64_t v, int lang);

/*
 * The head of a page: doctype, <html lang>, a Content-Security-Policy that
 * forbids every load (inline styles only), <title> (escaped), the style
 * sheet; then <body><main>.  html_end writes the footer (tool version,
 * model id) and closes the page.
 */
void html_begin(struct out *o, int lang, const char *title);
/*
 * A text of the input (a name, an id, a group, an industry), escaped and
 * isolated in <bdi>: a right-to-left name never carries the figures
 * beside it into its own direction ("Ali \u0639\u0644\u064a \u00b7 10" stays in that
 * order).  n: its length; html_bdis for a NUL-terminated s.
 */
void html_bdi(struct out *o, const char *s, size_t n);
void html_bdis(struct out *o, const char *s);
void html_end(struct out *o, int lang, const char *model_id);

/*
 * LinkedIn's own figures of a record (ssi.7 OFFICIAL FIGURES), the ones present: a
 * have_ flag per figure.  [4] of the averages is the index.
 */
struct html_official {
	int have_ssi, have_pillar[4], have_ind[5], have_net[5];
	double ssi, pillar[4], ind[5], net[5];
	int ind_top, net_top;		/* "top N%", 0 when absent */
	const char *as_of;		/* the date they were taken, or NULL */
	/* another snapshot's reading (score: the member's latest): days
	 * from its date to the data's, negative when later */
	int other_date;
	long days_before;
};

/* Official figures present in f (any have_ flag or rank set). */
int html_official_any(const struct html_official *f);

/*
 * One member's section of the score page: the ring, the pillar bars, the
 * radar, the official figures (f may be NULL), the top actions, the advice
 * per key and the missing data.  idx (1-based) makes the ids of the section
 * unique in the page.
 */
void html_score_section(struct out *o, const struct report_opts *r,
    const struct profile *p, const struct score *s,
    const struct html_official *f, long idx);

/*
 * The writers of the table (writer.h), item types as their kinds say.
 * score: item holds a section (and an entry of the index) in memory, end
 * writes the whole page: head, index (two profiles or more), sections,
 * footer; no begin.  The caller counts the items in w->n and calls end
 * (an input that could not be read, end not called, writes nothing).
 */
extern const struct writer score_html_writer;
/* rank: item is the finished struct rank (rank.h), once. */
extern const struct writer rank_html_writer;
/* trend: item is the finished struct trend (trend.h), once. */
extern const struct writer trend_html_writer;

#endif
