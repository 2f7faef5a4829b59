/* listw.c - JSON arrays and JSON Lines of items (see listw.h). */
#include "listw.h"

void
list_json(struct out *o, long n, int lines, list_item_fn item,
    const void *ctx)
{
	long i;

	if (!lines)
		out_char(o, '[');
	for (i = 0; i < n && !out_failed(o); i++) {
		if (!lines)
			out_str(o, i ? ",\n  " : "\n  ");
		item(o, ctx, i, lines);
		if (lines)
			out_char(o, '\n');
	}
	if (!lines)
		out_str(o, n ? "\n]\n" : "]\n");
}
