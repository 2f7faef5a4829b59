/* readings_out.c - writing the file of official readings (see
 * readings_out.h). */
#include <string.h>

#include "ssi/readings_out.h"

void
officiallog_line(struct out *o, const struct reading *rd)
{
	int f;

	out_str(o, "{\"id\": ");
	out_json_str(o, rd->id, strlen(rd->id));
	out_str(o, ", \"as_of\": ");
	out_json_str(o, rd->as_of, strlen(rd->as_of));
	for (f = OFFICIAL_FIRST; f < F_COUNT; f++) {
		char num[32];

		if (!(rd->has & (1u << (f - OFFICIAL_FIRST))))
			continue;
		out_str(o, ", \"");
		out_str(o, field_defs[f].name);
		out_str(o, "\": ");
		out_str(o, official_fmt(rd->v[f - OFFICIAL_FIRST], num,
		    sizeof num));
	}
	out_str(o, "}\n");
}

long
officiallog_put(struct out *o, const char *old, size_t n, const char *id,
    const char *as_of, const char *line, size_t ln)
{
	const char *eol = "\n";
	size_t i = 0, whole, k;
	long replaced = 0;

	/* a new line ends as the file's first line does */
	k = officiallog_line_at(old, n, &whole);
	if (whole > k)
		eol = old[k] == '\n' ? "\n" : whole - k == 2 ? "\r\n" : "\r";
	while (ln > 0 && (line[ln - 1] == '\n' || line[ln - 1] == '\r'))
		ln--;
	while (i < n) {
		k = officiallog_line_at(old + i, n - i, &whole);
		if (officiallog_is_reading(old + i, k, id, as_of)) {
			if (replaced++ == 0) {
				out_write(o, line, ln);
				out_write(o, old + i + k, whole - k);
				if (whole == k)
					out_str(o, eol);
			}
		} else {
			out_write(o, old + i, whole);
			if (i + whole == n && whole == k && !replaced)
				out_str(o, eol);	/* a last line unended */
		}
		i += whole;
	}
	if (!replaced) {
		out_write(o, line, ln);
		out_str(o, eol);
	}
	return replaced;
}
