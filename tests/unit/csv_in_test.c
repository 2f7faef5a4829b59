/* csv_in_test.c - the CSV row reader: csv-spectrum, line numbers, chunks. */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>

#include "in/csv_in.h"
#include "t.h"

struct rows {
	cJSON *arr;		/* objects keyed by the header */
	char **head;
	size_t nhead;
	long lines[16];
	int n;
};

static int
on_row(void *ctx, const struct csv_row *row, struct ssi_err *e)
{
	struct rows *r = ctx;
	size_t i;

	(void)e;
	if (r->n < 16)
		r->lines[r->n] = row->line;
	r->n++;
	if (row->index == 0) {
		r->head = calloc(row->n, sizeof *r->head);
		r->nhead = row->n;
		for (i = 0; i < row->n; i++)
			r->head[i] = strdup(row->f[i]);
		return 0;
	}
	cJSON *o = cJSON_CreateObject();
	for (i = 0; i < row->n && i < r->nhead; i++)
		cJSON_AddStringToObject(o, r->head[i], row->f[i]);
	cJSON_AddItemToArray(r->arr, o);
	return 0;
}

/* Parse buf in chunks of size step (0 = whole); returns rows, or -1. */
static int
parse(const char *buf, size_t n, size_t step, struct rows *r,
    struct ssi_err *e)
{
	struct csv_in *c = csv_in_new("t.csv", 0, on_row, r);
	size_t i;
	int rc = 0;

	memset(r, 0, sizeof *r);
	r->arr = cJSON_CreateArray();
	for (i = 0; i < n && rc == 0; i += step ? step : n)
		rc = csv_in_feed(c, buf + i, step && i + step < n ? step : n - i, e);
	if (rc == 0)
		rc = csv_in_finish(c, e);
	csv_in_free(c);
	return rc;
}

static void
free_rows(struct rows *r)
{
	size_t i;

	for (i = 0; i < r->nhead; i++)
		free(r->head[i]);
	free(r->head);
	cJSON_Delete(r->arr);
}

static void
spectrum(const char *shared)
{
	char dir[2048], path[2400], want[2400];
	struct dirent *d;
	DIR *dp;

	snprintf(dir, sizeof dir, "%s/testsuites/csv-spectrum/csvs", shared);
	if ((dp = opendir(dir)) == NULL) {
		T_SKIP("csv-spectrum: %s is absent", dir);
		return;
	}
	while ((d = readdir(dp)) != NULL) {
		size_t n = 0, wn = 0, step;
		char *buf, *wbuf, *dot = strrchr(d->d_name, '.');
		cJSON *expect;

		if (dot == NULL || strcmp(dot, ".csv") != 0)
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, d->d_name);
		snprintf(want, sizeof want, "%s/testsuites/csv-spectrum/json/%.*s.json", /* names < 256 */
		    shared, (int)(dot - d->d_name), d->d_name);
		buf = t_slurp(path, &n);
		wbuf = t_slurp(want, &wn);
		expect = wbuf ? cJSON_Parse(wbuf) : NULL;
		for (step = 0; step <= 3; step += 3) {
			struct rows r;
			struct ssi_err e = { 0 };
			int rc = parse(buf, n, step, &r, &e);

			T_OK(rc == 0 && expect && cJSON_Compare(r.arr, expect, 1),
			    "csv-spectrum %s parses to its JSON (chunks of %zu)",
			    d->d_name, step);
			free_rows(&r);
		}
		cJSON_Delete(expect);
		free(buf);
		free(wbuf);
	}
	closedir(dp);
}

int
main(void)
{
	const char *shared = getenv("SSI_SHARED");
	struct rows r;
	struct ssi_err e = { 0 };
	const char *t = "a,b\r\n1,\"x\r\ny\"\r\n\r\n2,z\n\n\n3,w";
	size_t step;

	spectrum(shared && *shared ? shared : "../shared");

	for (step = 0; step <= 2; step++) {
		T_OK(parse(t, strlen(t), step, &r, &e) == 0 && r.n == 4,
		    "CRLF, quoted newline, blank lines: 4 rows (chunk %zu)", step);
		T_OK(r.lines[0] == 1 && r.lines[1] == 2 && r.lines[2] == 5 &&
		    r.lines[3] == 8, "rows start on lines 1 2 5 8 (got %ld %ld %ld %ld)",
		    r.lines[0], r.lines[1], r.lines[2], r.lines[3]);
		free_rows(&r);
	}
	t = "\xEF\xBB\xBFname;note\nAna;\"a;b\"\n";
	T_OK(parse(t, strlen(t), 1, &r, &e) == 0 && r.n == 2 &&
	    strcmp(r.head[0], "name") == 0 &&
	    strcmp(cJSON_GetObjectItem(cJSON_GetArrayItem(r.arr, 0), "note")->valuestring, "a;b") == 0,
	    "BOM skipped, ';' detected, quoted ';' kept (1-byte chunks)");
	free_rows(&r);
	t = "a\tb\n1\t2\n";
	T_OK(parse(t, strlen(t), 0, &r, &e) == 0 && r.nhead == 2, "tab detected");
	free_rows(&r);
	t = "a,b\n1,2\n3,\"4\n";
	T_OK(parse(t, strlen(t), 0, &r, &e) < 0 && e.line == 3 &&
	    strstr(e.msg, "unterminated") != NULL,
	    "unterminated quote: error on line 3 (got %ld: %s)", e.line, e.msg);
	free_rows(&r);
	t = "a,b\n1,x\"y\n";
	T_OK(parse(t, strlen(t), 0, &r, &e) < 0 && e.line == 2,
	    "misplaced quote: error on line 2 (got %ld: %s)", e.line, e.msg);
	free_rows(&r);
	T_DONE();
}
