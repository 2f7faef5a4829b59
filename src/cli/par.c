/*
 * par.c - ssi batch -j N: each CSV input cut into parts at line ends,
 * the parts read, scored and written into memory by N threads, and put
 * back in input order by the main thread: the same bytes on standard
 * output and the same messages on standard error as one thread gives
 * (input.h, struct input_part, says how each part is checked).
 *
 * The main thread reads ahead (a regular file or a pipe alike), cuts a
 * part at the last line end after which the quotes read so far are even
 * (a line end outside quotes, for a well-formed file; a part that still
 * ends inside a row is read again joined with the next), hands it to the
 * workers, and merges the finished parts in order: their output copied,
 * their messages printed with their lines shifted to where the part
 * really started, their counts added.  A part whose records took their
 * position as id and whose first position was guessed wrong (blank lines,
 * a repeated header, a line end in quotes before it) is read again, in
 * the main thread, from the right position.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "ssi/bytecount.h"
#include "ssi/catalog.h"
#include "ssi/lang.h"
#include "ssi/strtab.h"

#define PART_BYTES (1u << 20)	/* a part: about this many bytes */

/* A message of a part, printed when the part is merged. */
struct msg {
	int warn;		/* a warning, else a reject */
	int also;
	const char *file;
	long line, col;
	const char *kind;	/* ssi_err's: a format, static */
	char *text;
};

enum { J_FREE, J_QUEUED, J_RUNNING, J_DONE };

struct job {
	int state;
	struct input_part pt;
	char *buf;		/* the part's bytes */
	size_t cap;
	long guess;		/* line ends in it: its records, guessed */
	struct out o;		/* its output */
	void *ctx;		/* the command's record context, writing to o */
	struct msg *msgs;
	size_t nmsg, capmsg;
	long scored;
	long blank, unread;	/* input.h's skipped(): rows, lines */
	int nomem;		/* a message could not be kept */
	int r;			/* input_read_part's */
	struct ssi_err e;
};

struct par;

/* A reader: a worker thread's, or the main thread's (again, whole). */
struct reader {
	struct par *P;
	struct input *in;
	struct record_sink sink;
	struct job *job;	/* the part being read, NULL: direct */
	pthread_t tid;
};

struct par {
	unsigned long long bytes;	/* of the parts merged: progress */
	struct cli *c;
	const struct par_ops *ops;
	void *ctx;
	struct out *o;
	struct loop_result *res;
	struct score s;		/* direct reading's */
	struct job *jobs;
	size_t njobs;
	size_t part;		/* bytes a part aims at */
	unsigned long next_run;	/* the next job a worker takes */
	unsigned long nread;	/* jobs handed over */
	long position;		/* records read before the next file */
	int quit;
	pthread_mutex_t mu;
	pthread_cond_t work, done;
	struct reader *workers;
	int nworkers;
	struct reader main;
	struct job joined;	/* parts read again as one (join) */
};

/* ---- the sink of a reader ---- */

static int
keep_msg(struct job *j, int warn, const struct ssi_err *e)
{
	struct msg *m;

	if (j->nmsg == j->capmsg) {
		size_t cap = j->capmsg ? 2 * j->capmsg : 16;
		struct msg *nm = realloc(j->msgs, cap * sizeof *nm);

		if (nm == NULL) {
			j->nomem = 1;
			return -1;
		}
		j->msgs = nm;
		j->capmsg = cap;
	}
	m = &j->msgs[j->nmsg];
	m->warn = warn;
	m->also = e->also;
	m->file = e->file;
	m->line = e->line;
	m->col = e->col;
	m->kind = e->kind;
	if ((m->text = strdup(e->msg)) == NULL) {
		j->nomem = 1;
		return -1;
	}
	j->nmsg++;
	return 0;
}

static void
print_reject(struct par *P, const struct ssi_err *e)
{
	if (!e->also)
		P->res->rejected++;
	if (e->msg[0] != '\0')	/* empty: told for its column (input.h) */
		cli_error(e);
}

static void
print_warn(struct par *P, const struct ssi_err *e)
{
	if (P->c->quiet)
		return;
	cli_warn(e);
}

static int
rd_record(void *ctx, struct profile *p, const char *file, long line)
{
	struct reader *rd = ctx;
	struct par *P = rd->P;
	struct job *j = rd->job;
	struct ssi_err e;
	struct score s;
	int r;

	e.file = NULL;
	e.line = e.col = 0;
	e.msg[0] = '\0';
	e.also = 0;
	score_profile(P->c->m, p, &s);
	r = P->ops->on_record(j ? j->ctx : P->ctx, p, &s, file, line, &e);
	if (r < 0) {
		if (e.file == NULL) {
			e.file = file;
			e.line = line;
		}
		if (j)
			keep_msg(j, 0, &e);
		else
			print_reject(P, &e);
		return 0;
	}
	if (j)
		j->scored++;
	else
		P->res->scored++;
	if (r != 0 && j == NULL)
		P->res->stopped = 1;
	return j ? 0 : r;
}

static int
rd_reject(void *ctx, const struct ssi_err *e)
{
	struct reader *rd = ctx;

	if (rd->job)
		keep_msg(rd->job, 0, e);
	else
		print_reject(rd->P, e);
	return 0;
}

static void
rd_warn(void *ctx, const struct ssi_err *e)
{
	struct reader *rd = ctx;

	if (rd->job)
		keep_msg(rd->job, 1, e);
	else
		print_warn(rd->P, e);
}

static void
rd_skipped(void *ctx, long blank, long unread)
{
	struct reader *rd = ctx;

	if (rd->job) {
		rd->job->blank += blank;
		rd->job->unread += unread;
	} else {
		rd->P->res->blank += blank;
		rd->P->res->unread += unread;
	}
}

static int
reader_init(struct reader *rd, struct par *P)
{
	rd->P = P;
	rd->sink = (struct record_sink){ rd_record, rd_reject, rd_warn, rd,
	    rd_skipped, NULL, NULL };
	rd->in = input_new(&P->c->ro, &rd->sink);
	return rd->in ? 0 : -1;
}

/* Read job j (its output, messages and counts start empty). */
static void
run_job(struct reader *rd, struct job *j)
{
	size_t i;

	for (i = 0; i < j->nmsg; i++)
		free(j->msgs[i].text);
	j->nmsg = 0;
	j->scored = 0;
	j->blank = j->unread = 0;
	j->nomem = 0;
	j->o.n = 0;
	j->o.err = 0;
	rd->P->ops->reset(j->ctx);
	memset(&j->e, 0, sizeof j->e);
	rd->job = j;
	j->r = input_read_part(rd->in, &j->pt, &j->e);
	rd->job = NULL;
}

static void *
worker(void *arg)
{
	struct reader *rd = arg;
	struct par *P = rd->P;

	pthread_mutex_lock(&P->mu);
	for (;;) {
		struct job *j;

		while (!P->quit && P->next_run == P->nread)
			pthread_cond_wait(&P->work, &P->mu);
		if (P->quit)
			break;
		j = &P->jobs[P->next_run++ % P->njobs];
		j->state = J_RUNNING;
		pthread_mutex_unlock(&P->mu);
		run_job(rd, j);
		pthread_mutex_lock(&P->mu);
		j->state = J_DONE;
		pthread_cond_broadcast(&P->done);
	}
	pthread_mutex_unlock(&P->mu);
	return NULL;
}

/* ---- reading ahead ---- */

/* read(2) again after EINTR; -1 on an error. */
static ssize_t
read_some(int fd, char *buf, size_t n)
{
	ssize_t r;

	do
		r = read(fd, buf, n);
	while (r < 0 && errno == EINTR);
	return r;
}

/* Would a read of fd block now (a pipe or a terminal with nothing yet)? */
static int
would_block(int fd)
{
	struct pollfd p = { fd, POLLIN, 0 };

	return poll(&p, 1, 0) == 0;
}

/* Room for n bytes in j's buffer. */
static int
job_room(struct job *j, size_t n)
{
	if (n > j->cap) {
		size_t cap = j->cap ? j->cap : 65536;
		char *nb;

		while (cap < n)
			cap *= 2;
		if ((nb = realloc(j->buf, cap)) == NULL)
			return -1;
		j->buf = nb;
		j->cap = cap;
	}
	return 0;
}

/*
 * Where to cut s[0..n) (a part that starts between rows): after a line
 * end with an even count of quotes before it, the last one within the
 * first aim bytes, else the first one after them; 0 when there is none.
 */
static size_t
cut_at(const char *s, size_t n, size_t aim)
{
	size_t i, q, after = 0;

	if (aim > n)
		aim = n;
	q = count_byte(s, aim, '"');
	for (i = aim; i > 0; i--) {
		if (s[i - 1] == '\n' && (q - after) % 2 == 0)
			return i;
		after += s[i - 1] == '"';
	}
	for (i = aim; i < n; i++) {
		q += s[i] == '"';
		if (s[i] == '\n' && q % 2 == 0)
			return i + 1;
	}
	return 0;
}

static long
count_lines(const char *s, size_t n)
{
	return (long)count_byte(s, n, '\n');
}

/* ---- one file ---- */

struct file {
	const char *name;
	int fd, reg, eof, error;	/* error: errno of a failed read */
	char *carry;			/* read past the last part's cut */
	size_t ncarry, capcarry;
	const char *head;		/* the header, in the first part */
	size_t nhead;
	long start;			/* position at the file's start */
	long line, position;		/* where the next merged part starts */
	long guess;			/* position the next part is given */
	int hwarned;			/* a header again told */
	int stopped;			/* an error: the rest is not read */
	int more;			/* parts left to hand over */
	struct input_tail sum;		/* what is told at its end */
	long nparts;			/* parts handed over */
};

/*
 * Fill job j with the next part of f (the carry, then reads): at least
 * P->part bytes cut at a line end, less when the input would block (a
 * pipe: what has come so far), the rest at the end of input.  0, or -1
 * with errno (no memory, a read error).
 */
static int
fill(struct par *P, struct file *f, struct job *j, int first)
{
	size_t n = f->ncarry, cut;
	struct input_tail keep;

	if (job_room(j, n > P->part ? n : P->part) < 0)
		return -1;
	memcpy(j->buf, f->carry, n);
	f->ncarry = 0;
	for (;;) {
		ssize_t k;

		cut = 0;
		if (n >= P->part || f->eof || (!f->reg && n > 0 &&
		    would_block(f->fd))) {
			/* a line end near the part's size, else any */
			size_t aim = first && f->nhead > P->part ? f->nhead :
			    P->part;

			cut = cut_at(j->buf, n, aim);
			if (first && cut < f->nhead)
				cut = 0;
			if (cut == 0 && f->eof)
				cut = n;
			if (cut > 0)
				break;
		}
		if (f->eof)
			break;
		if (job_room(j, n + 65536) < 0)
			return -1;
		if (n == j->cap)
			continue;
		k = read_some(f->fd, j->buf + n, j->cap - n);
		if (k < 0)
			return -1;
		if (k == 0)
			f->eof = 1;
		n += (size_t)k;
	}
	if (cut < n) {
		if (f->capcarry < n - cut) {
			char *nc = realloc(f->carry, n - cut);

			if (nc == NULL)
				return -1;
			f->carry = nc;
			f->capcarry = n - cut;
		}
		memcpy(f->carry, j->buf + cut, n - cut);
		f->ncarry = n - cut;
	}
	keep = j->pt.tail;	/* its arrays, reused */
	memset(&j->pt, 0, sizeof j->pt);
	j->pt.tail = keep;
	j->pt.name = f->name;
	j->pt.head = f->head;
	j->pt.nhead = f->nhead;
	j->pt.s = j->buf;
	j->pt.n = cut;
	j->pt.first = first;
	j->pt.last = f->eof && f->ncarry == 0;
	j->pt.line = 1;
	j->pt.position = f->guess;
	j->guess = count_lines(j->buf, cut) - (first ? 1 : 0);
	f->guess += j->guess;
	return 0;
}

/* Print job j's messages, its lines shifted by d. */
static void
print_msgs(struct par *P, struct file *f, struct job *j, long d)
{
	size_t i;

	for (i = 0; i < j->nmsg; i++) {
		struct msg *m = &j->msgs[i];
		struct ssi_err e;

		if (m->warn && m->also == 2) {	/* the header again */
			if (f->hwarned)
				continue;
			f->hwarned = 1;
		}
		e.file = m->file;
		e.line = m->line > 0 ? m->line + d : 0;
		e.col = m->col;
		e.kind = m->kind;
		e.also = m->warn ? 0 : m->also;
		snprintf(e.msg, sizeof e.msg, "%s", m->text);
		if (m->warn)
			print_warn(P, &e);
		else
			print_reject(P, &e);
	}
}

/*
 * Merge job j, the next part of f, in order: read it again first when its
 * records took a position as id from a wrong guess.  0, or -1 with errno.
 */
static int
merge(struct par *P, struct file *f, struct job *j)
{
	long d;

	if (j->pt.position != f->position && j->pt.ids > 0) {
		j->pt.line = f->line;
		j->pt.position = f->position;
		run_job(&P->main, j);
	}
	d = j->pt.first ? 0 : f->line - j->pt.line;
	print_msgs(P, f, j, d);
	P->res->scored += j->scored;
	P->res->blank += j->blank;
	P->res->unread += j->unread;
	P->ops->merge(P->ctx, j->ctx);
	P->ops->reset(j->ctx);
	out_write(P->o, j->o.buf, j->o.n);
	if (out_failed(P->o))
		P->res->stopped = 1;
	P->bytes += j->pt.n;
	progress_tick(P->res->scored + P->res->rejected, P->bytes);
	if (j->nomem || j->o.err) {
		errno = ENOMEM;
		return -1;
	}
	f->line = j->pt.end_line + d;
	f->position += j->pt.end_position - j->pt.position;
	if (input_tail_add(&f->sum, &j->pt.tail, d) < 0) {
		errno = ENOMEM;
		return -1;
	}
	if (j->r == 0 && j->pt.last) {
		/* what the file's reader tells once, at its end */
		struct input_part hp;

		memset(&hp, 0, sizeof hp);
		hp.name = f->name;
		hp.head = f->head;
		hp.nhead = f->nhead;
		input_set_position(P->main.in, f->position);
		if (input_part_end(P->main.in, &hp, &f->sum, &j->e) < 0)
			j->r = -1;
	}
	if (j->r < 0) {
		struct ssi_err *e = &j->e;

		if (e->line > 0)
			e->line += d;
		if (j->pt.lost && f->position > f->start)
			input_rest_lost(e);
		cli_error(e);
		P->res->unreadable = 1;
		if (P->res->stop_line == 0 && e->line > 1) {
			P->res->stop_file = e->file;
			P->res->stop_line = e->line;
		}
		f->stopped = 1;
	}
	return 0;
}

static void
wait_done(struct par *P, struct job *j)
{
	pthread_mutex_lock(&P->mu);
	while (j->state != J_DONE)
		pthread_cond_wait(&P->done, &P->mu);
	pthread_mutex_unlock(&P->mu);
}

/* Fill the next slot with f's next part and queue it. */
static int
hand(struct par *P, struct file *f)
{
	struct job *j = &P->jobs[P->nread % P->njobs];

	if (fill(P, f, j, f->nparts == 0) < 0)
		return -1;
	f->nparts++;
	if (j->pt.last)
		f->more = 0;
	pthread_mutex_lock(&P->mu);
	j->state = J_QUEUED;
	P->nread++;
	pthread_cond_signal(&P->work);
	pthread_mutex_unlock(&P->mu);
	return 0;
}

/*
 * Job j ended inside a row (a line end in quotes the cut took for a row's
 * end): read it again joined with the next parts, as many as it takes to
 * end between rows, into P->joined (*merged: past the parts it took).
 * 0, or -1 with errno.
 */
static int
join(struct par *P, struct file *f, struct job *j, unsigned long *merged)
{
	struct job *x = &P->joined;
	struct input_tail keep;
	size_t n = j->pt.n;

	if (job_room(x, n) < 0)
		return -1;
	memcpy(x->buf, j->pt.s, n);
	keep = x->pt.tail;
	x->pt = j->pt;
	x->pt.tail = keep;
	do {
		struct job *k;

		if (*merged == P->nread && (!f->more || hand(P, f) < 0))
			return -1;
		k = &P->jobs[*merged % P->njobs];
		wait_done(P, k);
		(*merged)++;
		if (job_room(x, n + k->pt.n) < 0)
			return -1;
		memcpy(x->buf + n, k->pt.s, k->pt.n);
		n += k->pt.n;
		x->pt.s = x->buf;
		x->pt.n = n;
		x->pt.last = k->pt.last;
		x->pt.line = f->line;
		x->pt.position = f->position;
		run_job(&P->main, x);
	} while (x->r == 0 && !x->pt.last && !x->pt.clean);
	return 0;
}

/* Read f (open, its first bytes in f->carry) in parts. */
static int
read_parts(struct par *P, struct file *f)
{
	unsigned long merged = P->nread;	/* f's jobs merged */

	f->more = 1;
	for (;;) {
		struct job *j;

		/* hand over parts while there is room and input; on a pipe
		 * that has nothing more for now, merge what is read first */
		while (f->more && !f->stopped && !P->res->stopped &&
		    P->nread - merged < P->njobs) {
			if (!f->reg && merged < P->nread && f->ncarry == 0 &&
			    would_block(f->fd))
				break;
			if (hand(P, f) < 0) {
				f->error = errno ? errno : ENOMEM;
				f->more = 0;
			}
		}
		if (merged == P->nread)
			break;
		j = &P->jobs[merged % P->njobs];
		wait_done(P, j);
		if (f->stopped || P->res->stopped) {
			merged++;
			continue;
		}
		merged++;
		if (j->r == 0 && !j->pt.last && !j->pt.clean) {
			if (join(P, f, j, &merged) < 0) {
				f->error = errno ? errno : ENOMEM;
				f->stopped = 1;
				continue;
			}
			j = &P->joined;
		}
		if (merge(P, f, j) < 0) {
			f->error = errno ? errno : ENOMEM;
			f->stopped = 1;
		}
		if (!f->reg)
			out_flush(P->o);
	}
	return f->error ? -1 : 0;
}

/* ---- the inputs ---- */

static int
read_file(struct par *P, const char *path)
{
	struct file f;
	struct stat st;
	struct job *j0 = &P->jobs[P->nread % P->njobs];
	struct ssi_err e = { 0 };
	const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
	size_t n = 0;
	int r;

	memset(&f, 0, sizeof f);
	f.name = name;
	f.fd = -1;
	if (!input_may_part(P->main.in, path))
		goto whole;
	if (strcmp(path, "-") == 0)
		f.fd = 0;
	else if (stat(path, &st) != 0 || !S_ISREG(st.st_mode) ||
	    (f.fd = open(path, O_RDONLY)) < 0)
		goto whole;
	f.reg = fstat(f.fd, &st) == 0 && S_ISREG(st.st_mode);
	/* the first bytes: the header and what the encoding is judged on */
	if (job_room(j0, P->part + 65536) < 0)
		goto whole;
	while (n < 65536 + 1024 && !f.eof) {
		ssize_t k = read_some(f.fd, j0->buf + n, j0->cap - n);

		if (k < 0)
			break;
		f.eof = k == 0;
		n += (size_t)k;
		if (!f.reg && n > 0 && would_block(f.fd))
			break;
	}
	f.nhead = input_part_head(P->main.in, path, j0->buf, n, f.eof);
	if (f.nhead == 0) {
		input_set_position(P->main.in, P->position);
		r = input_read_pre(P->main.in, name, f.eof ? -1 : f.fd,
		    j0->buf, n, &e);
		P->position = input_position(P->main.in);
		goto done;
	}
	/* the header, kept for every later part */
	f.head = malloc(f.nhead);
	f.carry = malloc(n);
	if (f.head == NULL || f.carry == NULL) {
		r = err_at(&e, name, 0, 0, "out of memory");
		goto done;
	}
	memcpy((char *)f.head, j0->buf, f.nhead);
	memcpy(f.carry, j0->buf, n);
	f.ncarry = f.capcarry = n;
	f.start = f.guess = f.position = P->position;
	f.line = 1;
	r = read_parts(P, &f);
	P->position = f.position;
	if (r < 0)
		r = err_at(&e, name, 0, 0, "read error: %s",
		    strerror(f.error));
	goto done;
whole:
	if (f.fd > 0)
		close(f.fd);
	f.fd = -1;
	input_set_position(P->main.in, P->position);
	r = input_read(P->main.in, path, &e);
	P->position = input_position(P->main.in);
done:
	if (r < 0) {
		cli_error(&e);
		P->res->unreadable = 1;
		if (P->res->stop_line == 0 && e.line > 1) {
			P->res->stop_file = e.file;
			P->res->stop_line = e.line;
		}
	}
	if (f.fd > 0)
		close(f.fd);
	free((char *)f.head);
	free(f.carry);
	input_tail_free(&f.sum);
	return r;
}

/* Build the tables the library fills on first use, before the threads
 * share them. */
static void
warm(void)
{
	struct strtab t;
	int l;

	for (l = 0; l < LANG_COUNT; l++)
		(void)tr(l, "warning");
	(void)field_lookup_any("id", 2);
	strtab_init(&t);
	(void)strtab_index(&t, "id", 2);
	strtab_free(&t);
}

static void
stop_workers(struct par *P)
{
	int i;

	pthread_mutex_lock(&P->mu);
	P->quit = 1;
	pthread_cond_broadcast(&P->work);
	pthread_mutex_unlock(&P->mu);
	for (i = 0; i < P->nworkers; i++)
		pthread_join(P->workers[i].tid, NULL);
}

static void
free_job(struct par *P, struct job *j)
{
	size_t k;

	for (k = 0; k < j->nmsg; k++)
		free(j->msgs[k].text);
	free(j->msgs);
	free(j->buf);
	input_tail_free(&j->pt.tail);
	out_mem_free(&j->o);
	if (j->ctx)
		P->ops->free(j->ctx);
}

static void
free_all(struct par *P)
{
	size_t i;
	int w;

	for (i = 0; P->jobs && i < P->njobs; i++)
		free_job(P, &P->jobs[i]);
	free_job(P, &P->joined);
	free(P->jobs);
	for (w = 0; P->workers && w < P->nworkers; w++)
		input_free(P->workers[w].in);
	free(P->workers);
	input_free(P->main.in);
}

int
par_jobs(int jobs)
{
	long n = jobs;

	if (n == 0)
		n = sysconf(_SC_NPROCESSORS_ONLN);
	if (n < 1)
		n = 1;
	return n > PAR_MAX_JOBS ? PAR_MAX_JOBS : (int)n;
}

int
par_run(struct cli *c, int jobs, const struct par_ops *ops, void *ctx,
    struct out *o, struct loop_result *res)
{
	static char *const stdin_only[] = { "-" };
	char *const *files = c->nfiles ? c->files : stdin_only;
	int nfiles = c->nfiles ? c->nfiles : 1, i, started = 0;
	const char *part = getenv("SSI_PART_BYTES");	/* tests only */
	struct par P;

	memset(&P, 0, sizeof P);
	memset(res, 0, sizeof *res);
	P.c = c;
	P.ops = ops;
	P.ctx = ctx;
	P.o = o;
	P.res = res;
	P.part = part && atol(part) > 0 ? (size_t)atol(part) : PART_BYTES;
	P.nworkers = par_jobs(jobs);
	P.njobs = 2 * (size_t)P.nworkers + 1;
	warm();
	pthread_mutex_init(&P.mu, NULL);
	pthread_cond_init(&P.work, NULL);
	pthread_cond_init(&P.done, NULL);
	P.jobs = calloc(P.njobs, sizeof *P.jobs);
	P.workers = calloc((size_t)P.nworkers, sizeof *P.workers);
	if (P.jobs == NULL || P.workers == NULL || reader_init(&P.main, &P) < 0)
		goto nomem;
	for (i = 0; i < (int)P.njobs; i++) {
		struct job *j = &P.jobs[i];

		if (out_mem(&j->o) < 0 || (j->ctx = ops->part(ctx, &j->o)) == NULL)
			goto nomem;
	}
	if (out_mem(&P.joined.o) < 0 ||
	    (P.joined.ctx = ops->part(ctx, &P.joined.o)) == NULL)
		goto nomem;
	for (i = 0; i < P.nworkers; i++)
		if (reader_init(&P.workers[i], &P) < 0)
			goto nomem;
	for (i = 0; i < P.nworkers; i++) {
		if (pthread_create(&P.workers[i].tid, NULL, worker,
		    &P.workers[i]) != 0)
			break;
		started++;
	}
	P.nworkers = started;
	if (started == 0)
		goto nomem;
	progress_begin(c);
	for (i = 0; i < nfiles && !res->stopped; i++)
		read_file(&P, files[i]);
	progress_end(res->scored + res->rejected, P.bytes);
	stop_workers(&P);
	free_all(&P);
	return res->unreadable || res->rejected ? SSI_EXIT_ERROR : SSI_EXIT_OK;
nomem:
	P.nworkers = started;
	stop_workers(&P);
	free_all(&P);
	cli_fail("out of memory");
	res->unreadable = 1;
	return SSI_EXIT_ERROR;
}
