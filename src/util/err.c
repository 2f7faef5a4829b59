/* err.c - error reports (see err.h). */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "ssi/err.h"

/* The front end's translation of formats, or NULL (err_translate). */
static const char *(*translate)(const char *fmt);

void
err_translate(const char *(*fn)(const char *fmt))
{
	translate = fn;
}

const char *
err_tr(const char *fmt)
{
	return translate ? translate(fmt) : fmt;
}

int
err_set(struct ssi_err *e, const char *fmt, ...)
{
	va_list ap;

	if (e == NULL)
		return -1;
	e->kind = fmt;
	fmt = err_tr(fmt);
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
	e->kind = fmt;
	fmt = err_tr(fmt);
	va_start(ap, fmt);
	vsnprintf(e->msg, sizeof e->msg, fmt, ap);
	va_end(ap);
	return -1;
}

size_t
err_utf8_len(const unsigned char *s, size_t n)
{
	unsigned lo = 0x80, hi = 0xBF;
	size_t k, j;

	if (s[0] >= 0xC2 && s[0] <= 0xDF)
		k = 2;
	else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
		k = 3;
		if (s[0] == 0xE0)
			lo = 0xA0;
		else if (s[0] == 0xED)
			hi = 0x9F;
	} else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
		k = 4;
		if (s[0] == 0xF0)
			lo = 0x90;
		else if (s[0] == 0xF4)
			hi = 0x8F;
	} else
		return 0;
	if (k > n || s[1] < lo || s[1] > hi)
		return 0;
	for (j = 2; j < k; j++)
		if ((s[j] & 0xC0) != 0x80)
			return 0;
	return k;
}

char *
err_quote(char *out, size_t outsz, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, o = 0, shown = 0;

	if (outsz < 8) {
		if (outsz)
			out[0] = '\0';
		return out;
	}
	out[o++] = '\'';
	while (i < n && o + 10 < outsz) {
		unsigned char c = u[i];
		size_t k = c < 0x80 ? 1 : err_utf8_len(u + i, n - i);

		/* Cut at 40 characters. */
		if (shown >= 40) {
			memcpy(out + o, "...", 3);
			o += 3;
			break;
		}
		shown++;
		if (k >= 2 && !(k == 2 && c == 0xC2 && u[i + 1] <= 0x9F)) {
			memcpy(out + o, s + i, k);	/* a character */
			o += k;
			i += k;
			continue;
		}
		if (k == 2) {
			/* a C1 control: \u0080 to \u009f */
			memcpy(out + o, "\\u00", 4);
			out[o + 4] = hex[u[i + 1] >> 4];
			out[o + 5] = hex[u[i + 1] & 15];
			o += 6;
			i += 2;
			continue;
		}
		i++;
		if (c >= 0x20 && c < 0x7f && c != '\'' && c != '\\') {
			out[o++] = (char)c;
			continue;
		}
		/* a control, a quote, a backslash, or a byte of no valid
		 * UTF-8 sequence */
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
