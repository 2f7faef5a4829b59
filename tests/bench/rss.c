/*
 * rss - run a command, report its wall time and peak memory.
 *
 * usage: rss COMMAND [ARG...]
 *
 * Runs COMMAND (searched in PATH) with the same stdin, stdout and stderr, waits
 * for it with wait4(2), then writes one line to stderr:
 *
 *	rss: wall=SECONDS maxrss_kib=KIB status=N
 *
 * and exits with the command's status (128 + signal number if it was killed;
 * 127 if it could not be run).  /usr/bin/time is not everywhere, this is.
 */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int
main(int argc, char **argv)
{
	struct timespec t0, t1;
	struct rusage ru;
	pid_t pid;
	int st, code;
	double wall;

	if (argc < 2) {
		fputs("usage: rss COMMAND [ARG...]\n", stderr);
		return 2;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	pid = fork();
	if (pid < 0) {
		fprintf(stderr, "rss: fork: %s\n", strerror(errno));
		return 127;
	}
	if (pid == 0) {
		execvp(argv[1], argv + 1);
		fprintf(stderr, "rss: %s: %s\n", argv[1], strerror(errno));
		_exit(127);
	}
	while (wait4(pid, &st, 0, &ru) < 0) {
		if (errno != EINTR) {
			fprintf(stderr, "rss: wait4: %s\n", strerror(errno));
			return 127;
		}
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	wall = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	if (WIFEXITED(st))
		code = WEXITSTATUS(st);
	else if (WIFSIGNALED(st))
		code = 128 + WTERMSIG(st);
	else
		code = 127;
	/* ru_maxrss is in KiB on Linux and the BSDs. */
	fprintf(stderr, "rss: wall=%.6f maxrss_kib=%ld status=%d cpu=%.6f\n",
	    wall, (long)ru.ru_maxrss, code,
	    (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
	    (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6);
	return code;
}
