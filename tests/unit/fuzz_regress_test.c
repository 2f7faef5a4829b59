/*
 * fuzz_regress_test.c - replay every file under tests/fuzz/regress/NAME/
 * through fuzz_NAME() of tests/fuzz/entry.h, the code the libFuzzer target
 * fuzz_NAME runs, so each input a fuzzer once crashed on stays fixed.
 * One "ok" line per file; a crash kills the program (tests/run.sh then
 * reports its exit status), a broken property aborts it.
 *
 * The repository is $ROOT (tests/run.sh exports it), else ".".
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "../fuzz/entry.h"
#include "../fuzz/entry_ssipage.h"
#include "../fuzz/entry_csvdiff.h"
#include "../fuzz/entry_readings.h"

static const struct {
	const char *name;
	int (*fn)(const uint8_t *, size_t);
} targets[] = {
	{ "json", fuzz_json },
	{ "csv", fuzz_csv },
	{ "model", fuzz_model },
	{ "linkedin", fuzz_linkedin },
	{ "ssipage", fuzz_ssipage },
	{ "csvdiff", fuzz_csvdiff },
	{ "readings", fuzz_readings },
};

static int
cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The regular files of dir, sorted; NULL-terminated, or NULL. */
static char **
list(const char *dir, size_t *n)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	char **v = NULL;

	*n = 0;
	if (d == NULL)
		return NULL;
	while ((de = readdir(d)) != NULL) {
		char **nv;

		if (de->d_name[0] == '.')
			continue;
		if ((nv = realloc(v, (*n + 2) * sizeof *v)) == NULL)
			break;
		v = nv;
		if ((v[*n] = strdup(de->d_name)) == NULL)
			break;
		v[++*n] = NULL;
	}
	closedir(d);
	if (v != NULL)
		qsort(v, *n, sizeof *v, cmp);
	return v;
}

int
main(void)
{
	const char *root = getenv("ROOT");
	char dir[4096], path[4096 + 256];
	size_t t, i, n, total = 0;

	if (root == NULL || *root == '\0')
		root = ".";
	for (t = 0; t < sizeof targets / sizeof targets[0]; t++) {
		char **files;

		snprintf(dir, sizeof dir, "%s/tests/fuzz/regress/%s", root,
		    targets[t].name);
		if ((files = list(dir, &n)) == NULL)
			continue;
		for (i = 0; i < n; i++) {
			unsigned char *buf;
			size_t len;

			snprintf(path, sizeof path, "%s/%s", dir, files[i]);
			fflush(stdout);
			buf = (unsigned char *)t_slurp(path, &len);
			T_OK(buf != NULL && targets[t].fn(buf, len) == 0,
			    "regress/%s/%s (%zu bytes) replayed through "
			    "fuzz_%s", targets[t].name, files[i], len,
			    targets[t].name);
			free(buf);
			free(files[i]);
			total++;
		}
		free(files);
	}
	if (total == 0)
		T_OK(0, "no regression input under %s/tests/fuzz/regress",
		    root);
	T_DONE();
}
