/*
 * progress.c - the progress line of a long run on standard error (see
 * cli.h): records read, records a second, the share of the input's bytes
 * and the time left, rewritten in place on a terminal.
 *
 * The record loop calls progress_tick every PROGRESS_EVERY records only,
 * and progress_tick reads a coarse clock: the batch path pays a counter
 * and a compare per record.  On a terminal the line shows once the run
 * is past a second, is redrawn at most 4 times a second, is cleared before
 * any message line (cli_vsay) and drawn again after it, and is cleared at
 * the end.  --progress to a file or pipe writes one line per update (a
 * second apart, the first at once) and a last one at the end.
 */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

#ifndef CLOCK_MONOTONIC_COARSE
#define CLOCK_MONOTONIC_COARSE CLOCK_MONOTONIC
#endif

static struct {
	int on;			/* 0 off, 1 terminal, 2 lines (forced) */
	int shown;		/* terminal: the line is on the screen */
	long drawn;		/* updates drawn */
	double t0, last;	/* start, last drawn */
	long records;
	unsigned long long bytes, total;	/* total 0: not known */
	char line[256];
} P;

/* The terminal's "clear to the end of the line". */
static const char clear_eol[] = "\033[K";

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC_COARSE, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int
progress_on(void)
{
	return P.on;
}

void
progress_begin(const struct cli *c)
{
	struct stat st;
	int i;

	memset(&P, 0, sizeof P);
	if (c->no_progress || (!c->progress && !isatty(2)))
		return;
	P.on = c->progress && !isatty(2) ? 2 : 1;
	P.t0 = P.last = now();
	/* the sizes of the inputs, when they are all regular files */
	for (i = 0; i < (c->nfiles ? c->nfiles : 1); i++) {
		int r = c->nfiles && strcmp(c->files[i], "-") != 0 ?
		    stat(c->files[i], &st) : fstat(0, &st);

		if (r < 0 || !S_ISREG(st.st_mode)) {
			P.total = 0;
			break;
		}
		P.total += (unsigned long long)st.st_size;
	}
}

/* "1:05", "1:02:03": h:mm:ss past an hour */
static void
clock_text(char *buf, size_t n, double s)
{
	long t = (long)(s + 0.5);

	if (t >= 3600)
		snprintf(buf, n, "%ld:%02ld:%02ld", t / 3600, t / 60 % 60,
		    t % 60);
	else
		snprintf(buf, n, "%ld:%02ld", t / 60, t % 60);
}

static void
compose(double t)
{
	double el = t - P.t0;
	long rate = el > 0 ? (long)(P.records / el) : 0;

	if (P.total > 0 && P.bytes > 0) {
		unsigned long long b = P.bytes < P.total ? P.bytes : P.total;
		int pct = (int)(100.0 * (double)b / (double)P.total);
		char left[32];

		clock_text(left, sizeof left, el > 0 ? el *
		    (double)(P.total - b) / (double)b : 0);
		snprintf(P.line, sizeof P.line, cli_tr("%ld records read, "
		    "%ld records/s, %d%% of the input, %s left"), P.records,
		    rate, pct, left);
	} else
		snprintf(P.line, sizeof P.line, cli_tr("%ld records read, "
		    "%ld records/s"), P.records, rate);
}

static void
draw(void)
{
	if (P.on == 2)
		fprintf(stderr, "ssi: %s\n", P.line);
	else {
		fprintf(stderr, "\rssi: %s%s", P.line, clear_eol);
		P.shown = 1;
	}
	fflush(stderr);
}

void
progress_tick(long records, unsigned long long bytes)
{
	double t;

	if (!P.on)
		return;
	P.records = records;
	P.bytes = bytes;
	t = now();
	if (P.on == 1 && (t - P.t0 < 1.0 || t - P.last < 0.25))
		return;
	if (P.on == 2 && P.drawn > 0 && t - P.last < 1.0)
		return;
	P.last = t;
	P.drawn++;
	compose(t);
	draw();
}

void
progress_hide(void)
{
	if (P.shown) {
		fputc('\r', stderr);
		fputs(clear_eol, stderr);
		P.shown = 0;
	}
}

void
progress_show(void)
{
	if (P.on == 1 && P.line[0] != '\0' && !P.shown)
		draw();
}

void
progress_end(long records, unsigned long long bytes)
{
	if (!P.on)
		return;
	progress_hide();
	if (P.on == 2) {
		P.records = records;
		P.bytes = bytes;
		compose(now());
		draw();
	}
	P.on = 0;
}
