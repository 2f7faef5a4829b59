/*
 * t.h - the tiny in-tree unit-test harness.  Each test program prints one
 * line per check, "ok - what" or "not ok - what: detail", and exits 1 when
 * any check failed.  tests/run.sh counts the lines.
 */
#ifndef SSI_T_H
#define SSI_T_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int t_failed;

#define T_OK(cond, ...) do { \
	if (cond) { printf("ok - "); printf(__VA_ARGS__); printf("\n"); } \
	else { t_failed = 1; printf("not ok - "); printf(__VA_ARGS__); \
	    printf("  (%s:%d: %s)\n", __FILE__, __LINE__, #cond); } \
} while (0)

#define T_STREQ(a, b, ...) do { \
	const char *t_a_ = (a), *t_b_ = (b); \
	int t_eq_ = t_a_ && t_b_ && strcmp(t_a_, t_b_) == 0; \
	if (t_eq_) { printf("ok - "); printf(__VA_ARGS__); printf("\n"); } \
	else { t_failed = 1; printf("not ok - "); printf(__VA_ARGS__); \
	    printf("  (%s:%d: got '%s', want '%s')\n", __FILE__, __LINE__, \
	    t_a_ ? t_a_ : "(null)", t_b_ ? t_b_ : "(null)"); } \
} while (0)

#define T_NEAR(a, b, eps, ...) do { \
	double t_a_ = (a), t_b_ = (b); \
	if (t_a_ - t_b_ <= (eps) && t_b_ - t_a_ <= (eps)) { printf("ok - "); \
	    printf(__VA_ARGS__); printf("\n"); } \
	else { t_failed = 1; printf("not ok - "); printf(__VA_ARGS__); \
	    printf("  (%s:%d: got %.6f, want %.6f)\n", __FILE__, __LINE__, \
	    t_a_, t_b_); } \
} while (0)

/* "skip - what: why": counted as skipped, visibly. */
#define T_SKIP(...) do { printf("skip - "); printf(__VA_ARGS__); \
	printf("\n"); } while (0)

#define T_DONE() return t_failed

/* The whole file at path, NUL-terminated (its size in *n), or NULL when it
 * cannot be read; the caller frees it. */
static inline char *
t_slurp(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL, *nb;
	size_t cap = 0, r;

	*n = 0;
	if (f == NULL)
		return NULL;
	do {
		if (*n + 1 >= cap) {
			cap = cap ? cap * 2 : 65536;
			if ((nb = realloc(buf, cap)) == NULL) {
				free(buf);
				fclose(f);
				return NULL;
			}
			buf = nb;
		}
		r = fread(buf + *n, 1, cap - *n - 1, f);
		*n += r;
	} while (r > 0);
	if (ferror(f)) {
		free(buf);
		buf = NULL;
	} else {
		buf[*n] = '\0';
	}
	fclose(f);
	return buf;
}

#endif
