/* err.c - error reports (see err.h). */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "err.h"

int
err_set(struct ssi_err *e, const char *fmt, ...)
{
	va_list ap;

	if (e == NULL)
		return -1;
	va_start(ap, fmt);
	vsnprintf(e->msg, sizeof e->msg, fmt, ap);
	va_end(ap);
	return -1;
}

int
err_at(struct ssi_err *e, const char *file, long line, long col,
    const char *fmt, ...)
{
	va_list ap;

	if (e == NULL)
		return -1;
	e->file = file;
	e->line = line;
	e->col = col;
	va_start(ap, fmt);
	vsnprintf(e->msg, sizeof e->msg, fmt, ap);
	va_end(ap);
	return -1;
}

char *
err_quote(char *out, size_t outsz, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	size_t i, o = 0, shown = 0;

	if (outsz < 8) {
		if (outsz)
			out[0] = '\0';
		return out;
	}
	out[o++] = '\'';
	for (i = 0; i < n && o + 8 < outsz; i++) {
		unsigned char c = (unsigned char)s[i];

		/* Cut at 40 characters, but never inside a UTF-8 sequence. */
		if (shown >= 40 && (c & 0xC0) != 0x80) {
			memcpy(out + o, "...", 3);
			o += 3;
			break;
		}
		if (c < 0x20 || c == 0x7f || c == '\'' || c == '\\') {
			out[o++] = '\\';
			switch (c) {
			case '\n': out[o++] = 'n'; break;
			case '\r': out[o++] = 'r'; break;
			case '\t': out[o++] = 't'; break;
			case '\'': out[o++] = '\''; break;
			case '\\': out[o++] = '\\'; break;
			default:
				out[o++] = 'x';
				out[o++] = hex[c >> 4];
				out[o++] = hex[c & 15];
			}
		} else {
			out[o++] = (char)c;
		}
		if ((c & 0xC0) != 0x80)
			shown++;
	}
	out[o++] = '\'';
	out[o] = '\0';
	return out;
}

void
err_format(const struct ssi_err *e, char *out, size_t outsz)
{
	const char *file = e->file ? e->file : "";

	if (e->file && e->line > 0 && e->col > 0)
		snprintf(out, outsz, "%s:%ld:%ld: %s", file, e->line, e->col,
		    e->msg);
	else if (e->file && e->line > 0)
		snprintf(out, outsz, "%s:%ld: %s", file, e->line, e->msg);
	else if (e->file)
		snprintf(out, outsz, "%s: %s", file, e->msg);
	else
		snprintf(out, outsz, "%s", e->msg);
}

void
err_own_file(struct ssi_err *e)
{
	if (e->file == NULL || e->file == e->own_file)
		return;
	snprintf(e->own_file, sizeof e->own_file, "%s", e->file);
	e->file = e->own_file;
}
