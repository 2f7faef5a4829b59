/*
 * digest_out.h - the writers of ssi digest (RK_DIGEST): text (80
 * columns), Markdown, JSON and an HTML page.  Every member's name goes
 * through digest_who, the one place a name is chosen.
 */
#ifndef SSI_DIGEST_OUT_H
#define SSI_DIGEST_OUT_H

#include "ssi/digest.h"
#include "ssi/writer.h"

/* How member i of d's trend is shown: its name, else its id. */
const char *digest_who(const struct digest *d, long i);

extern const struct writer digest_text_writer, digest_md_writer,
    digest_json_writer, digest_html_writer;

#endif
