/* cmd_score.c - ssi score, ssi batch and ssi import: stream profiles
 * through the scorer and the writers. */
#include <string.h>

#include "cli.h"
#include "html.h"

struct run {
	struct cli *c;
	struct out o;
	struct report_opts r;
	long n;			/* profiles written */
	struct out first;	/* JSON: the first object, held until a second */
	int below;		/* some ssi under --fail-under */
	struct writer_ctx w;	/* html: the page writer's context */
};

static int
on_score(void *ctx, struct profile *p, const struct score *s,
    const char *file, long line)
{
	struct run *u = ctx;
	struct out *o = &u->o;

	(void)file;
	(void)line;
	if (u->c->has_fail_under && round2(s->ssi) < u->c->fail_under)
		u->below = 1;
	switch (u->r.format) {
	case OF_HTML: {
		struct scored sc = { p, s };

		score_html_writer.item(&u->w, &sc);
		break;
	}
	case OF_TEXT:
		if (u->n > 0)
			out_str(o, "\n\n");
		report_text(o, &u->r, p, s);
		break;
	case OF_JSON:
		/* One object alone; an array when there are several. */
		if (u->n == 0) {
			report_json(&u->first, &u->r, p, s, 0);
		} else {
			if (u->n == 1) {
				out_str(o, "[\n");
				out_write(o, u->first.buf, u->first.n);
			}
			out_str(o, ",\n");
			report_json(o, &u->r, p, s, 0);
		}
		break;
	case OF_JSONL:
		report_json(o, &u->r, p, s, 1);
		out_char(o, '\n');
		break;
	default:
		report_csv_row(o, &u->r, p, s);
		out_char(o, '\n');
		break;
	}
	u->n++;
	return out_failed(o) ? 1 : 0;
}

int
cmd_score(struct cli *c)
{
	struct run u;
	long scored, rejected;
	int status;

	memset(&u, 0, sizeof u);
	u.c = c;
	if (c->format < 0)
		c->format = strcmp(c->cmd, "batch") == 0 ? OF_CSV : OF_TEXT;
	if (c->format == OF_HTML && strcmp(c->cmd, "batch") == 0) {
		cli_fail("batch: no 'html' output (csv, tsv, jsonl, json, text)");
		return SSI_EXIT_ERROR;
	}
	if (cli_open(c, &u.o) < 0)
		return SSI_EXIT_ERROR;
	if (out_mem(&u.first) < 0) {
		out_abort(&u.o);
		cli_fail("out of memory");
		return SSI_EXIT_ERROR;
	}
	cli_report_opts(c, &u.o, &u.r);
	u.w.o = &u.o;
	u.w.r = &u.r;
	if (c->format == OF_HTML)
		score_html_writer.begin(&u.w);
	if ((c->format == OF_CSV || c->format == OF_TSV) && !c->no_header) {
		report_csv_header(&u.o, &u.r);
		out_char(&u.o, '\n');
	}
	status = cli_read(c, on_score, &u, &scored, &rejected);
	if (c->format == OF_HTML)
		score_html_writer.end(&u.w);
	if (status < 0) {	/* the reader of our output went away */
		out_mem_free(&u.first);
		return cli_close(&u.o, SSI_EXIT_OK);
	}
	if (status == SSI_READ_FAILED && c->output) {
		/* -o: a file that could not be read leaves the old output */
		out_mem_free(&u.first);
		out_abort(&u.o);
		return SSI_EXIT_ERROR;
	}
	if (status == SSI_READ_FAILED)
		status = SSI_EXIT_ERROR;
	if (c->format == OF_JSON) {
		if (u.n == 1)
			out_write(&u.o, u.first.buf, u.first.n);
		else if (u.n > 1)
			out_str(&u.o, "\n]");
		if (u.n > 0)
			out_char(&u.o, '\n');
	}
	out_mem_free(&u.first);
	if (rejected > 0)
		cli_fail("%ld profile%s scored, %ld rejected", scored,
		    scored == 1 ? "" : "s", rejected);
	if (status == SSI_EXIT_OK && u.below)
		status = SSI_EXIT_BELOW;
	return cli_close(&u.o, status);
}

static int
on_import(void *ctx, struct profile *p, const struct score *s,
    const char *file, long line)
{
	struct run *u = ctx;

	(void)s;
	(void)file;
	(void)line;
	report_profile_json(&u->o, p);
	u->n++;
	return out_failed(&u->o) ? 1 : 0;
}

int
cmd_import(struct cli *c)
{
	struct run u;
	long scored, rejected;
	int status;

	if (c->nfiles < 1 || strcmp(c->files[0], "linkedin") != 0) {
		cli_fail("usage: ssi import linkedin [OPTIONS] PATH");
		return SSI_EXIT_ERROR;
	}
	if (c->nfiles != 2) {
		cli_fail("import linkedin: give exactly one PATH (a .zip or a "
		    "folder)");
		return SSI_EXIT_ERROR;
	}
	c->files++;
	c->nfiles = 1;
	c->ro.format = IN_LINKEDIN;
	memset(&u, 0, sizeof u);
	u.c = c;
	if (cli_open(c, &u.o) < 0)
		return SSI_EXIT_ERROR;
	status = cli_read(c, on_import, &u, &scored, &rejected);
	if (status < 0)
		status = SSI_EXIT_OK;
	if (status != SSI_EXIT_OK) {
		out_abort(&u.o);
		return SSI_EXIT_ERROR;
	}
	return cli_close(&u.o, status);
}
