/*
 * changes_out.c - the writers of ssi log --changes (RK_CHANGES, see
 * writer.h): one row per change of an official series, CSV or TSV, with
 * the header "id,as_of,series,value,delta,label" unless --no-header.
 */
#include "ssi/change.h"
#include "ssi/official.h"
#include "ssi/writer.h"

static void
changes_begin(struct writer_ctx *w)
{
	static const char *const cols[] = { "id", "as_of", "series", "value",
		"delta", "label" };
	int i, delim = w->r->format == OF_TSV ? '\t' : ',';

	if (w->r->no_header)
		return;
	for (i = 0; i < 6; i++) {
		if (i)
			out_char(w->o, delim);
		out_str(w->o, cols[i]);
	}
	out_char(w->o, '\n');
}

static void
changes_row(struct writer_ctx *w, const void *item)
{
	const struct change_row *x = item;
	struct out *o = w->o;
	int delim = w->r->format == OF_TSV ? '\t' : ',';
	char num[32];

	out_cell(o, x->id, x->id_len, delim == '\t');
	out_char(o, delim);
	out_str(o, x->as_of);
	out_char(o, delim);
	out_str(o, field_defs[x->field].name);
	out_char(o, delim);
	out_str(o, official_fixed(x->value, 3, num, sizeof num));
	out_char(o, delim);
	out_char(o, x->delta < 0 ? '-' : '+');
	out_str(o, official_fixed(x->delta < 0 ? -x->delta : x->delta, 3, num,
	    sizeof num));
	out_char(o, delim);
	out_str(o, change_ids[x->label]);
	out_char(o, '\n');
}

const struct writer changes_csv_writer = { changes_begin, changes_row, NULL };
const struct writer changes_tsv_writer = { changes_begin, changes_row, NULL };
