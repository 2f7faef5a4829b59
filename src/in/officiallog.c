/* officiallog.c - the file of official readings (see officiallog.h). */
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>

#include "officiallog.h"

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

/* The length of the line at s[0..n) without its line end, and with it in
 * *whole. */
static size_t
line_at(const char *s, size_t n, size_t *whole)
{
	const char *nl = memchr(s, '\n', n);
	size_t k = nl ? (size_t)(nl - s) : n;

	*whole = nl ? k + 1 : k;
	if (k > 0 && s[k - 1] == '\r')
		k--;
	return k;
}

/* The line as a JSON object, or NULL. */
static cJSON *
parse(const char *s, size_t n)
{
	cJSON *o = cJSON_ParseWithLength(s, n);

	if (o != NULL && !cJSON_IsObject(o)) {
		cJSON_Delete(o);
		return NULL;
	}
	return o;
}

static const char *
text(const cJSON *o, const char *k)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);

	return cJSON_IsString(v) ? v->valuestring : NULL;
}

char *
officiallog_last_id(const char *old, size_t n)
{
	char *id = NULL;
	size_t i = 0;

	while (i < n) {
		size_t whole, k = line_at(old + i, n - i, &whole);
		cJSON *o;

		if (memchr(old + i, '{', k) != NULL &&
		    (o = parse(old + i, k)) != NULL) {
			const char *t = text(o, "id");

			if (t != NULL) {
				free(id);
				id = strdup(t);
			}
			cJSON_Delete(o);
		}
		i += whole;
	}
	return id;
}

/* The line is a reading of id and as_of (some official field set). */
static int
is_reading(const char *s, size_t n, const char *id, const char *as_of)
{
	cJSON *o;
	const char *a, *b;
	int f, yes = 0;

	if (memchr(s, '{', n) == NULL || (o = parse(s, n)) == NULL)
		return 0;
	a = text(o, "id");
	b = text(o, "as_of");
	if (a && b && strcmp(a, id) == 0 && strcmp(b, as_of) == 0)
		for (f = OFFICIAL_FIRST; f < F_COUNT && !yes; f++) {
			const cJSON *v = cJSON_GetObjectItemCaseSensitive(o,
			    field_defs[f].name);

			yes = v != NULL && !cJSON_IsNull(v);
		}
	cJSON_Delete(o);
	return yes;
}

long
officiallog_put(struct out *o, const char *old, size_t n, const char *id,
    const char *as_of, const char *line, size_t ln)
{
	size_t i = 0;
	long replaced = 0;

	while (i < n) {
		size_t whole, k = line_at(old + i, n - i, &whole);

		if (is_reading(old + i, k, id, as_of)) {
			if (replaced++ == 0)
				out_write(o, line, ln);
		} else {
			out_write(o, old + i, whole);
			if (i + whole == n && old[n - 1] != '\n' && !replaced)
				out_char(o, '\n');	/* a last line unended */
		}
		i += whole;
	}
	if (!replaced)
		out_write(o, line, ln);
	return replaced;
}
