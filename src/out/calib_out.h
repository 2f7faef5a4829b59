/*
 * calib_out.h - the writers of a fit (calibrate.h): the model with its
 * calibration member, the report as text, the report as an HTML page.
 * The output layer's half of ssi calibrate (calib_out.c, html_calib.c).
 */
#ifndef SSI_CALIB_OUT_H
#define SSI_CALIB_OUT_H

#include "ssi/calibrate.h"
#include "ssi/out.h"

/* The "calibration" member of the model's JSON, "\"calibration\": {...}",
 * indented for the second level, without a comma or line end around it. */
void calibrate_write_json(struct out *o, const struct calib_report *r);
/* The model in the form report_model_json prints, with its calibration
 * member last. */
void calibrate_write_model(struct out *o, const struct model *m,
    const struct calib_report *r);
/* The report as text in language lang, one line per pillar (for standard
 * error). */
void calibrate_write_text(struct out *o, int lang, const struct model *m,
    const struct calib_report *r);

/*
 * The report as one self-contained HTML page (html.h's frame) in language
 * lang: per pillar a scatter of official against estimate before and after
 * the fit with the diagonal, the errors, and the starting and fitted
 * weights and targets of each signal.  pairs[pl] holds n[pl] pairs of
 * calib_pairs (NULL when none).  In html_calib.c.
 */
void calibrate_write_html(struct out *o, int lang, const struct model *start,
    const struct model *fitted, const struct calib_report *r,
    struct calib_pair *const pairs[P_COUNT], const long n[P_COUNT]);

#endif
