/*
 * zipparse - the floor of the LinkedIn export bench: inflate every .csv
 * entry of a zip with libzip (64 KiB zip_fread calls) and parse it with
 * libcsv (CSV_STRICT | CSV_STRICT_FINI, callbacks that only count), as
 * csvparse does for a plain file.  Prints records and fields.
 *
 * usage: zipparse FILE.zip     Exit 1 on a read or parse error.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <string.h>

#include <csv.h>
#include <zip.h>

#define BLOCK (64 * 1024)

struct count {
	unsigned long long records, fields;
};

static void
on_field(void *s, size_t len, void *ctx)
{
	(void)s;
	(void)len;
	((struct count *)ctx)->fields++;
}

static void
on_record(int c, void *ctx)
{
	(void)c;
	((struct count *)ctx)->records++;
}

int
main(int argc, char **argv)
{
	static char buf[BLOCK];
	struct count n = { 0, 0 };
	zip_t *za;
	zip_int64_t i, ne;
	int err;

	if (argc != 2 || (za = zip_open(argv[1], ZIP_RDONLY, &err)) == NULL) {
		fprintf(stderr, "usage: zipparse FILE.zip\n");
		return 1;
	}
	ne = zip_get_num_entries(za, 0);
	for (i = 0; i < ne; i++) {
		const char *name = zip_get_name(za, (zip_uint64_t)i, 0);
		size_t nl = name ? strlen(name) : 0;
		struct csv_parser p;
		zip_file_t *zf;
		zip_int64_t k;

		if (nl < 4 || strcmp(name + nl - 4, ".csv") != 0)
			continue;
		if ((zf = zip_fopen_index(za, (zip_uint64_t)i, 0)) == NULL ||
		    csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0)
			return 1;
		while ((k = zip_fread(zf, buf, sizeof buf)) > 0)
			if (csv_parse(&p, buf, (size_t)k, on_field, on_record,
			    &n) != (size_t)k)
				break;
		/* Connections.csv's preamble is not strict CSV: counted as
		 * far as libcsv goes, like the rest. */
		csv_fini(&p, on_field, on_record, &n);
		csv_free(&p);
		zip_fclose(zf);
		if (k < 0)
			return 1;
	}
	zip_discard(za);
	printf("%llu %llu\n", n.records, n.fields);
	return 0;
}
