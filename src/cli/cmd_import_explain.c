/*
 * cmd_import_explain.c - ssi import linkedin --explain: for every field of
 * every snapshot, where its number came from (ssi.7 LINKEDIN DATA EXPORT, "Where each
 * number came from"), written by the RK_EXPLAIN writers (explain_out.c):
 * text, or the record with an "explain" object (-f json, jsonl).  Reads
 * each export once with linkedin_open.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static void
warn(void *ctx, const struct ssi_err *e)
{
	const struct cli *c = ctx;

	if (!c->quiet)
		cli_warn(e);
}

/* A snapshot of an export: what the writer's why() needs. */
struct snap {
	const struct linkedin *x;
	size_t i;
	const struct profile *p;
	int msg_lang;		/* the language of messages, restored */
};

/* The library writes its texts through the catalogue in the language of
 * messages (err_tr): for this one, the report's. */
static int
why(const void *ctx, int f, int lang, char *buf, size_t n)
{
	const struct snap *s = ctx;
	int r;

	cli_set_lang(lang);
	r = linkedin_explain(s->x, s->i, s->p, f, buf, n);
	cli_set_lang(s->msg_lang);
	return r;
}

static int
skipped(const void *ctx, size_t k, struct linkedin_skip *out)
{
	const struct snap *s = ctx;

	return linkedin_skipped(s->x, k, out);
}

int
cmd_import_explain(struct cli *c)
{
	const struct writer *wr = cli_writer(c);
	struct linkedin_opts lo = c->ro.li;
	struct writer_ctx w = { 0 };
	struct report_opts r;
	struct profile p;
	struct out o;
	int k, status = SSI_EXIT_OK;

	lo.warn = warn;
	lo.warn_ctx = c;
	if (cli_open(c, &o) < 0)
		return SSI_EXIT_ERROR;
	cli_report_opts(c, &o, &r);
	w.o = &o;
	w.r = &r;
	if (wr->begin)
		wr->begin(&w);
	profile_init(&p);
	for (k = 0; k < c->nfiles && !out_failed(&o); k++) {
		struct linkedin *x;
		struct ssi_err e;
		size_t i;

		memset(&e, 0, sizeof e);
		if (linkedin_open(c->files[k], &lo, &x, &e) < 0) {
			cli_error(&e);
			status = SSI_EXIT_ERROR;
			continue;
		}
		/* JSON: one object alone, an array when several */
		if (k == 0)
			w.one = c->nfiles == 1 && linkedin_count(x) == 1;
		for (i = 0; i < linkedin_count(x); i++) {
			struct snap s = { x, i, &p, c->lang };
			struct explained item = { &p, c->files[k], why, &s,
			    skipped };

			if (linkedin_snapshot(x, i, &p, &e) < 0) {
				cli_error(&e);
				status = SSI_EXIT_ERROR;
				break;
			}
			wr->item(&w, &item);
			w.n++;
		}
		linkedin_close(x);
	}
	if (wr->end && w.n > 0)
		wr->end(&w);
	profile_free(&p);
	return cli_close(&o, status);
}
