/*
 * csvparse - the baseline of `make bench`: a plain libcsv parse, nothing else.
 *
 * usage: csvparse [FILE]   (no FILE or "-": standard input)
 *
 * Reads with 64 KiB read(2) calls, feeds csv_parse with CSV_STRICT |
 * CSV_STRICT_FINI (the options ssi's reader uses), and prints the number of
 * records, header included, and of fields.  The callbacks only count, so the
 * figure is what parsing alone costs.  Exit 1 on a read or parse error.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <csv.h>

#define BLOCK (64 * 1024)

struct count {
	unsigned long long records, fields, bytes;
};

static void
on_field(void *s, size_t len, void *ctx)
{
	struct count *c = ctx;

	(void)s;
	c->fields++;
	c->bytes += len;
}

static void
on_record(int term, void *ctx)
{
	struct count *c = ctx;

	(void)term;
	c->records++;
}

int
main(int argc, char **argv)
{
	static char buf[BLOCK];
	struct csv_parser p;
	struct count c = {0, 0, 0};
	const char *path = argc > 1 ? argv[1] : "-";
	ssize_t n;
	int fd = 0;

	if (argc > 2) {
		fputs("usage: csvparse [FILE]\n", stderr);
		return 2;
	}
	if (strcmp(path, "-") != 0 && (fd = open(path, O_RDONLY)) < 0) {
		fprintf(stderr, "csvparse: %s: %s\n", path, strerror(errno));
		return 1;
	}
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0) {
		fputs("csvparse: csv_init failed\n", stderr);
		return 1;
	}
	while ((n = read(fd, buf, sizeof buf)) != 0) {
		if (n < 0) {
			if (errno == EINTR)
				continue;
			fprintf(stderr, "csvparse: %s: %s\n", path, strerror(errno));
			return 1;
		}
		if (csv_parse(&p, buf, (size_t)n, on_field, on_record, &c) != (size_t)n) {
			fprintf(stderr, "csvparse: %s: %s\n", path,
			    csv_strerror(csv_error(&p)));
			return 1;
		}
	}
	if (csv_fini(&p, on_field, on_record, &c) != 0) {
		fprintf(stderr, "csvparse: %s: %s\n", path,
		    csv_strerror(csv_error(&p)));
		return 1;
	}
	csv_free(&p);
	if (fd > 0)
		close(fd);
	printf("%llu records %llu fields %llu bytes\n", c.records, c.fields, c.bytes);
	return fflush(stdout) == 0 && !ferror(stdout) ? 0 : 1;
}
