/*
 * pseudo.c - stable pseudonyms (pseudo.h), the --pseudonyms group of rank
 * and trend, and ssi pseudonym KEYFILE NAME...
 */
#include <sys/random.h>
#include <sys/stat.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "pseudo.h"
#include "ssi/catalog.h"
#include "ssi/idnorm.h"

struct pseudo *cli_pseudo;

/* Create path with 32 random bytes, mode 0600 (never over a file). */
static int
create_key(const char *path, unsigned char key[32])
{
	size_t got = 0;
	int fd;

	while (got < 32) {
		ssize_t r = getrandom(key + got, 32 - got, 0);

		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0) {
			int rfd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);

			if (rfd < 0 || read(rfd, key + got, 32 - got) !=
			    (ssize_t)(32 - got)) {
				if (rfd >= 0)
					close(rfd);
				cli_fail("--pseudonyms: no random bytes for "
				    "the key");
				return -1;
			}
			close(rfd);
			got = 32;
			break;
		}
		got += (size_t)r;
	}
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0) {
		cli_fail("--pseudonyms: '%s': cannot create: %s", path,
		    strerror(errno));
		return -1;
	}
	if (write(fd, key, 32) != 32 || fsync(fd) < 0 || close(fd) < 0) {
		cli_fail("--pseudonyms: '%s': cannot write: %s", path,
		    strerror(errno));
		unlink(path);
		return -1;
	}
	return 0;
}

int
pseudo_open(struct pseudo *ps, const char *path, int lang)
{
	struct stat st;
	unsigned char extra;
	int fd;

	memset(ps, 0, sizeof *ps);
	ps->lang = lang;
	strtab_init(&ps->ids);
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	if (fd < 0 && errno == ENOENT)
		return create_key(path, ps->key);
	if (fd < 0) {
		cli_fail("--pseudonyms: '%s': cannot open: %s", path,
		    strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		cli_fail("--pseudonyms: '%s': not a regular file", path);
		return -1;
	}
	if (st.st_mode & 077) {
		close(fd);
		cli_fail("--pseudonyms: '%s': group or others may read or "
		    "write the key (chmod 600 it)", path);
		return -1;
	}
	if (read(fd, ps->key, 32) != 32 || read(fd, &extra, 1) != 0) {
		close(fd);
		cli_fail("--pseudonyms: '%s': not a key of 32 bytes", path);
		return -1;
	}
	close(fd);
	return 0;
}

void
pseudo_close(struct pseudo *ps)
{
	strtab_free(&ps->ids);
	free(ps->num);
	ps->num = NULL;
}

/* The first number of the normalised id s[0..n): from the hash alone. */
static int
first_number(const struct pseudo *ps, const char *s, size_t n)
{
	unsigned char buf[16 + 256], *m = buf;
	uint64_t h;

	if (n > sizeof buf - 16 && (m = malloc(16 + n)) == NULL)
		return -1;
	memcpy(m, ps->key + 16, 16);
	memcpy(m + 16, s, n);
	h = strtab_hash_keyed(ps->key, m, 16 + n);
	if (m != buf)
		free(m);
	return 1 + (int)(h % PSEUDO_RANGE);
}

int
pseudo_number(struct pseudo *ps, const char *s, size_t n)
{
	char sbuf[256], *norm = sbuf;
	long i, old = ps->ids.n;
	int what, num, k;
	size_t len;

	if (n + 1 > sizeof sbuf && (norm = malloc(n + 1)) == NULL)
		return -1;
	len = id_norm(s, n, norm, &what);
	i = strtab_index(&ps->ids, norm, len);
	if (i < 0 || i < old) {
		if (norm != sbuf)
			free(norm);
		return i < 0 ? -1 : ps->num[i];
	}
	if (i >= ps->cap) {
		long cap = ps->cap ? 2 * ps->cap : 64;
		int *v = realloc(ps->num, (size_t)cap * sizeof *v);

		if (v == NULL)
			goto fail;
		ps->num = v;
		ps->cap = cap;
	}
	if ((num = first_number(ps, norm, len)) < 0)
		goto fail;
	for (k = 0; k < PSEUDO_RANGE && ps->taken[num]; k++)
		num = num % PSEUDO_RANGE + 1;
	if (k == PSEUDO_RANGE)
		goto fail;
	ps->taken[num] = 1;
	ps->num[i] = num;
	if (norm != sbuf)
		free(norm);
	return num;
fail:
	if (norm != sbuf)
		free(norm);
	return -1;
}

void
pseudo_name(const struct pseudo *ps, int num, char *out, size_t outsz)
{
	snprintf(out, outsz, tr(ps->lang, "Member %d"), num);
}

int
pseudo_apply(struct pseudo *ps, struct profile *p, struct ssi_err *e)
{
	const char *id = profile_text(p, F_ID);
	char name[64];
	int num, me = id != NULL && strcmp(id, SNAPSET_ME) == 0;

	if (id == NULL && (id = profile_text(p, F_NAME)) == NULL)
		return 0;
	/* "me" keeps its id (the `me` rule reads it); a name given to it
	 * becomes the pseudonym of the id "me", so that the rule sees a
	 * named member with as without pseudonyms */
	if (me && !profile_has(p, F_NAME))
		return 0;
	if ((num = pseudo_number(ps, id, strlen(id))) < 0) {
		snprintf(e->msg, sizeof e->msg, "%s", tr(ps->lang,
		    "--pseudonyms: out of memory or more than 9999 members"));
		return -1;
	}
	pseudo_name(ps, num, name, sizeof name);
	if (!me && profile_set(p, F_ID, name,
	    strlen(name), VK_STRING, 1, e) < 0)
		return -1;
	if (profile_has(p, F_NAME) && profile_set(p, F_NAME, name,
	    strlen(name), VK_STRING, 1, e) < 0)
		return -1;
	return 0;
}

/* ---- the options of rank and trend ---- */

static const char *keyfile;

const struct cli_option opts_privacy[] = {
	OPT_STRING("pseudonyms", "KEYFILE", &keyfile, "members as stable "
	    "pseudonyms (Member 7) keyed by the secret in KEYFILE (created "
	    "when absent, mode 0600)"),
	OPT_END
};

static struct pseudo run;

int
cli_privacy_begin(struct cli *c)
{
	if (keyfile == NULL)
		return 0;
	if (pseudo_open(&run, keyfile, c->lang) < 0)
		return -1;
	cli_pseudo = &run;
	return 0;
}

void
cli_privacy_end(void)
{
	if (cli_pseudo != NULL)
		pseudo_close(cli_pseudo);
	cli_pseudo = NULL;
}

/* ssi pseudonym KEYFILE NAME...: each name's pseudonym, one a line (the
 * names in the order given: collisions among them resolved as in a run
 * that read them in that order). */
int
cmd_pseudonym(struct cli *c)
{
	struct pseudo ps;
	struct out o;
	int i, status;

	if (c->nfiles < 2)
		return cli_usage(c, "usage: ssi pseudonym KEYFILE NAME...");
	if (pseudo_open(&ps, c->files[0], c->lang) < 0)
		return SSI_EXIT_ERROR;
	if (cli_open(c, &o) < 0) {
		pseudo_close(&ps);
		return SSI_EXIT_ERROR;
	}
	for (i = 1; i < c->nfiles; i++) {
		char name[64];
		int num = pseudo_number(&ps, c->files[i], strlen(c->files[i]));

		if (num < 0) {
			cli_fail("out of memory");
			pseudo_close(&ps);
			out_abort(&o);
			return SSI_EXIT_ERROR;
		}
		pseudo_name(&ps, num, name, sizeof name);
		out_text(&o, c->files[i], strlen(c->files[i]));
		out_char(&o, '\t');
		out_str(&o, name);
		out_char(&o, '\n');
	}
	pseudo_close(&ps);
	status = SSI_EXIT_OK;
	return cli_close(&o, status);
}
