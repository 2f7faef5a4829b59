/*
 * cmd_import_explain.c - ssi import linkedin --explain: for every field of
 * every snapshot, where its number came from (history.md, "Where each
 * number came from"), in text, or as the record with an "explain" object
 * (-f json, jsonl).  Reads each export once with linkedin_open.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "official_out.h"

static void
warn(void *ctx, const struct ssi_err *e)
{
	const struct cli *c = ctx;

	if (!c->quiet)
	{
		char buf[SSI_ERR_MSG + 1024];

		err_format(e, buf, sizeof buf);
		cli_warning(buf);
	}
}

/* The value of field f as the text report shows it (texts cut at 40
 * bytes, on a UTF-8 boundary). */
static void
value(struct out *o, const struct profile *p, int f)
{
	if (!profile_has(p, f)) {
		out_str(o, "-");
	} else if (field_defs[f].type <= FT_DATE) {
		const char *t = profile_text(p, f);
		size_t n = p->len[f], k = n > 40 ? 40 : n;

		while (k < n && k > 0 && ((unsigned char)t[k] & 0xC0) == 0x80)
			k--;
		out_text(o, t, k);
		if (k < n)
			out_str(o, "...");
	} else if (field_defs[f].type == FT_FLAG) {
		out_str(o, p->num[f] ? "true" : "false");
	} else if (field_defs[f].type == FT_DECIMAL) {
		official_json_num(o, p->num[f]);
	} else {
		out_long(o, p->num[f]);
	}
}

/* s with control bytes shown as '?' (names come from the archive). */
static void
plain(char *out, size_t outsz, const char *s)
{
	size_t i;

	for (i = 0; s[i] != '\0' && i + 1 < outsz; i++)
		out[i] = (unsigned char)s[i] < 0x20 || s[i] == 0x7f ? '?' :
		    s[i];
	out[i] = '\0';
}

static void
pad(struct out *o, int n)
{
	while (n-- > 0)
		out_char(o, ' ');
}

/* Words of s after indent, folded before column 80; continuation lines
 * start at cont. */
static void
wrapped(struct out *o, int indent, int cont, const char *s)
{
	int col = indent, first = 1;

	pad(o, indent);
	while (*s != '\0') {
		const char *e = strchr(s, ' ');
		size_t k = e ? (size_t)(e - s) : strlen(s), j, w = 0;

		for (j = 0; j < k; j++)	/* columns: UTF-8 lead bytes */
			w += ((unsigned char)s[j] & 0xC0) != 0x80;
		if (!first && col + 1 + (int)w > 79) {
			out_char(o, '\n');
			pad(o, cont);
			col = cont;
		} else if (!first) {
			out_char(o, ' ');
			col++;
		}
		out_write(o, s, k);
		col += (int)w;
		first = 0;
		s += k;
		while (*s == ' ')
			s++;
	}
	out_char(o, '\n');
}

/* What the export held but was not counted, and why. */
static void
text_skipped(struct out *o, struct linkedin *x)
{
	struct linkedin_skip k;
	char b[SSI_ERR_MSG + 1200], f[1024];
	size_t i;

	for (i = 0; linkedin_skipped(x, i, &k); i++) {
		if (i == 0) {
			out_str(o, cli_tr("Not counted:"));
			out_char(o, '\n');
		}
		plain(f, sizeof f, k.file);
		if (k.line > 0)
			snprintf(b, sizeof b, "%s:%ld: %s", f, k.line, k.why);
		else
			snprintf(b, sizeof b, "%s: %s", f, k.why);
		wrapped(o, 2, 6, b);
		if (k.whole)
			snprintf(b, sizeof b, cli_tr("file not read; missing: "
			    "%s"), k.feeds);
		else
			snprintf(b, sizeof b, cli_tr("%ld not counted; it feeds "
			    "%s"), k.n, k.feeds);
		wrapped(o, 4, 6, b);
	}
}

static void
text(struct out *o, struct linkedin *x, size_t i, const struct profile *p,
    const char *path)
{
	char why[512];
	int f, pass;

	if (profile_has(p, F_NAME))
		out_text(o, profile_text(p, F_NAME), p->len[F_NAME]);
	else
		out_str(o, "(no name)");
	if (profile_has(p, F_AS_OF)) {
		out_str(o, ", as of ");
		out_text(o, profile_text(p, F_AS_OF), p->len[F_AS_OF]);
	}
	out_str(o, " (");
	out_text(o, path, strlen(path));
	out_str(o, ")\n");
	for (pass = 1; pass >= 0; pass--) {
		if (pass == 0)
			out_str(o, "Not in the export:\n");
		for (f = 0; f < F_COUNT; f++) {
			if (field_defs[f].group == FG_OFFICIAL)
				continue;	/* LinkedIn's figures: ssi log */
			if (linkedin_explain(x, i, p, f, why,
			    sizeof why) != pass)
				continue;
			out_str(o, "  ");
			out_str(o, field_defs[f].name);
			if (pass) {
				out_char(o, ' ');
				value(o, p, f);
				out_str(o, " \xE2\x80\x94 ");
			} else {
				out_str(o, ": ");
			}
			out_text(o, why, strlen(why));
			out_char(o, '\n');
		}
	}
	text_skipped(o, x);
}

/* "not_counted": [{"file", "line", "count", "file_read", "why",
 * "feeds"}...], when the export held anything not counted. */
static void
json_skipped(struct out *o, struct linkedin *x, int compact)
{
	struct linkedin_skip k;
	size_t i;

	for (i = 0; linkedin_skipped(x, i, &k); i++) {
		out_str(o, i == 0 ? (compact ? ",\"not_counted\":[" :
		    ",\n  \"not_counted\": [\n    ") : (compact ? "," :
		    ",\n    "));
		out_str(o, "{\"file\":");
		out_json_str(o, k.file, strlen(k.file));
		out_str(o, ",\"line\":");
		out_long(o, k.line);
		out_str(o, ",\"count\":");
		out_long(o, k.n);
		out_str(o, ",\"file_read\":");
		out_str(o, k.whole ? "false" : "true");
		out_str(o, ",\"why\":");
		out_json_str(o, k.why, strlen(k.why));
		out_str(o, ",\"feeds\":");
		out_json_str(o, k.feeds, strlen(k.feeds));
		out_char(o, '}');
	}
	if (i > 0)
		out_str(o, compact ? "]" : "\n  ]");
}

static void
json(struct out *o, struct linkedin *x, size_t i, const struct profile *p,
    int compact)
{
	struct out m;
	char why[512];
	int f, first = 1;

	if (out_mem(&m) < 0)
		return;
	report_profile_json(&m, p, compact);
	while (m.n > 0 && (m.buf[m.n - 1] == '\n' || m.buf[m.n - 1] == ' ' ||
	    m.buf[m.n - 1] == '}'))
		if (m.buf[--m.n] == '}')
			break;
	while (m.n > 0 && (m.buf[m.n - 1] == '\n' || m.buf[m.n - 1] == ' '))
		m.n--;
	out_write(o, m.buf, m.n);
	out_mem_free(&m);
	out_str(o, compact ? ",\"explain\":{" : ",\n  \"explain\": {");
	for (f = 0; f < F_COUNT; f++) {
		int r;

		if (field_defs[f].group == FG_OFFICIAL)
			continue;	/* LinkedIn's figures: ssi log */
		r = linkedin_explain(x, i, p, f, why, sizeof why);
		out_str(o, first ? "" : ",");
		first = 0;
		out_str(o, compact ? "" : "\n    ");
		out_json_str(o, field_defs[f].name, strlen(field_defs[f].name));
		out_str(o, compact ? ":{\"given\":" : ": {\"given\": ");
		out_str(o, r ? "true" : "false");
		out_str(o, compact ? ",\"source\":" : ", \"source\": ");
		out_json_str(o, why, strlen(why));
		out_char(o, '}');
	}
	out_str(o, compact ? "}" : "\n  }");
	json_skipped(o, x, compact);
	out_str(o, compact ? "}" : "\n}");
}

int
cmd_import_explain(struct cli *c)
{
	struct linkedin_opts lo = c->ro.li;
	struct profile p;
	struct out o, first;
	long n = 0;
	int k, status = SSI_EXIT_OK;

	lo.warn = warn;
	lo.warn_ctx = c;
	if (out_mem(&first) < 0)
		return SSI_EXIT_ERROR;
	if (cli_open(c, &o) < 0) {
		out_mem_free(&first);
		return SSI_EXIT_ERROR;
	}
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
		for (i = 0; i < linkedin_count(x); i++) {
			if (linkedin_snapshot(x, i, &p, &e) < 0) {
				cli_error(&e);
				status = SSI_EXIT_ERROR;
				break;
			}
			if (c->format == OF_TEXT) {
				if (k > 0 || i > 0)
					out_char(&o, '\n');
				text(&o, x, i, &p, c->files[k]);
			} else if (c->format == OF_JSONL) {
				json(&o, x, i, &p, 1);
				out_char(&o, '\n');
			} else if (n == 0) {
				/* One object alone, an array when several. */
				json(&first, x, i, &p, 0);
			} else {
				if (n == 1) {
					out_str(&o, "[\n");
					out_write(&o, first.buf, first.n);
				}
				out_str(&o, ",\n");
				json(&o, x, i, &p, 0);
			}
			n++;
		}
		linkedin_close(x);
	}
	if (c->format == OF_JSON && n == 1)
		out_write(&o, first.buf, first.n);
	if (c->format == OF_JSON && n > 0)
		out_str(&o, n > 1 ? "\n]\n" : "\n");
	out_mem_free(&first);
	profile_free(&p);
	return cli_close(&o, status);
}
