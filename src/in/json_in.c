/*
 * json_in.c - a strict streaming JSON reader for profiles (see json_in.h).
 *
 * A byte-level push state machine checks RFC 8259 as the bytes arrive, in
 * chunks split anywhere: structure, strings (escapes, \u hex, surrogate
 * pairs, raw control characters, UTF-8 without overlongs, encoded surrogates,
 * code points above U+10FFFF or truncated sequences), numbers, the literals
 * and whitespace (space, tab, CR, LF).  No recursion: the open containers are
 * a stack of at most JSON_MAX_DEPTH bytes.
 *
 * The bytes of each profile object are copied (span by span) into one
 * buffer, at most JSON_MAX_OBJECT long, with the offsets and positions of
 * its members.  When the object closes, cJSON parses that buffer (already
 * known to be valid) to unescape the keys and strings; numbers are handed
 * over as written.  The buffer and the member arrays are reused.
 *
 * Choices where RFC 8259 leaves room (JSONTestSuite i_* cases):
 * - A UTF-8 BOM at the very start of the stream is skipped and not counted
 *   in columns (i_structure_UTF-8_BOM_empty_object is accepted); a BOM alone
 *   is "no JSON value".  UTF-16 text is rejected.
 * - Lone or inverted surrogate escapes and invalid UTF-8 are rejected.
 * - Nesting deeper than JSON_MAX_DEPTH is rejected
 *   (i_structure_500_nested_arrays).
 * - Huge numbers and exponents are valid syntax; the profile layer judges
 *   their value.
 * - Several top-level values (JSON Lines, concatenated objects) must each
 *   start on a new line: "{} {}" and "[][]" are errors (trailing data after
 *   a value, as n_structure_object_with_trailing_garbage wants), "{}\n{}"
 *   is two values.
 *
 * Positions are 1-based; a line ends at LF (so CRLF counts once, a lone CR
 * does not end a line); the column counts bytes.  An error is reported at
 * the offending byte, except: at the end of input it is the position just
 * past the last byte, "unterminated string" points at the opening quote and
 * "object larger than 8 MiB" at the object's '{'.
 *
 * Lines mode follows JSON Lines: a value may not span lines (a newline
 * inside an open object or array is "unexpected end of line"), so after an
 * error the reader skips to the next newline and starts afresh there.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "json_in.h"

/* Feed at most this much at a time, so that an oversized object is noticed
 * before much more than JSON_MAX_OBJECT has been scanned. */
#define SLICE 65536

enum lex {
	LX_NONE,		/* between tokens */
	LX_STR,			/* in a string */
	LX_ESC,			/* after a backslash */
	LX_HEX,			/* in the four hex digits of \u */
	LX_LOWBS,		/* after a high surrogate: want '\' */
	LX_LOWU,		/* after a high surrogate and '\': want 'u' */
	LX_UTF8,		/* in a multi-byte UTF-8 sequence */
	LX_LIT,			/* in true, false or null */
	LX_NUM			/* in a number, see enum num */
};

enum num { N_MINUS, N_ZERO, N_INT, N_DOT, N_FRAC, N_E, N_ESIGN, N_EXP };

enum ps {
	P_TOP,			/* top level: a value may start */
	P_TOP_AFTER,		/* after a top-level value: a newline first */
	P_VALUE,		/* after ':' */
	P_ARR_FIRST,		/* after '[': a value or ']' */
	P_ARR_NEXT,		/* after ',' in an array: a value */
	P_OBJ_FIRST,		/* after '{': a key or '}' */
	P_KEY,			/* after ',' in an object: a key */
	P_COLON,		/* after a key */
	P_AFTER			/* after a value in a container: ',' or close */
};

/* What a byte handler tells the feeding loop. */
enum { R_NEXT, R_AGAIN, R_SYNTAX, R_STOP, R_FATAL };

/* A member of the profile being captured, as the scanner saw it. */
struct rec {
	size_t start, end;	/* of the value in buf */
	long line, col;		/* of the value */
	long kline, kcol;	/* of the key */
	unsigned char has_nul, is_nested, key_nul;
};

struct json_in {
	const char *name;
	struct json_sink sink;
	int has_sink, lines;
	int state;		/* 0, or 1 / -1 once stopped or failed */
	struct ssi_err err;	/* the failure, repeated on later calls */

	long line, col;		/* of the next byte */
	int bom;		/* BOM bytes matched; 3 once past the start */
	int skip;		/* lines mode: skipping to the next newline */
	int pending;		/* lines mode: an object read, given to the
				 * sink only at its line's end (a line with
				 * more after its object is rejected whole:
				 * never scored and rejected both) */
	int seen;		/* some value (or error) was met */

	unsigned char ps, lex, num;
	unsigned char stack[JSON_MAX_DEPTH];
	int depth;

	/* the string being read */
	int is_key, str_nul;
	char key[48];		/* the last key's first bytes, as written */
	size_t keylen;
	long sline, scol;
	unsigned hex;
	int nhex, high;
	int u8need;
	unsigned char u8lo, u8hi;
	/* the literal being read */
	const char *lit;
	int litpos;

	long vline, vcol;	/* start of the top-level value or element */
	long nelem;		/* elements of the top-level array so far */

	/* the profile object being captured */
	int in_prof, prof_depth;
	long pline, pcol;
	int key_nul;
	long kline, kcol;
	char *buf;
	size_t blen, bcap;
	const unsigned char *sp;	/* the slice being scanned */
	size_t cap_from;	/* where in it the capture resumes */
	struct rec *recs;
	size_t nrec, rcap;
	struct json_member *mem;
	size_t mcap;
};

static int syn_at(struct json_in *, long, long, const char *, ...)
	__attribute__((format(printf, 4, 5)));

static int
syn_at(struct json_in *j, long line, long col, const char *fmt, ...)
{
	va_list ap;

	j->err.file = j->name;
	j->err.line = line;
	j->err.col = col;
	va_start(ap, fmt);
	vsnprintf(j->err.msg, sizeof j->err.msg, err_tr(fmt), ap);
	va_end(ap);
	return R_SYNTAX;
}

#define SYN(j, ...) syn_at((j), (j)->line, (j)->col, __VA_ARGS__)

static int
fatal_oom(struct json_in *j)
{
	syn_at(j, j->line, j->col, "out of memory");
	j->state = -1;
	return R_FATAL;
}

static int
unexpected(struct json_in *j, unsigned c, const char *after)
{
	if (c > 0x20 && c < 0x7f)
		return SYN(j, "unexpected character '%c'%s", (int)c, after);
	return SYN(j, "unexpected byte 0x%02X%s", c, after);
}

static void
init(struct json_in *j, const char *name, const struct json_sink *sink,
    int lines)
{
	memset(j, 0, sizeof *j);
	j->name = name;
	if (sink != NULL) {
		j->sink = *sink;
		j->has_sink = 1;
	}
	j->lines = lines;
	j->line = 1;
	j->col = 1;
	j->ps = P_TOP;
	j->lex = LX_NONE;
}

/* Forget the value being read (lines mode, after an error). */
static void
reset(struct json_in *j)
{
	j->depth = 0;
	j->lex = LX_NONE;
	j->ps = P_TOP;
	j->in_prof = 0;
	j->blen = 0;
	j->nrec = 0;
	j->high = 0;
	j->pending = 0;
}

/* Offset in buf of byte i of the current slice (while capturing). */
static size_t
off(const struct json_in *j, size_t i)
{
	return j->blen + (i - j->cap_from);
}

/* Append bytes to the captured object: 0, or -1 past the size cap. */
static int
append(struct json_in *j, const unsigned char *s, size_t n)
{
	if (n > JSON_MAX_OBJECT - j->blen)
		return syn_at(j, j->pline, j->pcol, "object larger than 8 MiB"),
		    -1;
	if (j->blen + n + 1 > j->bcap) {
		size_t cap = j->bcap ? j->bcap : 4096;
		char *p;

		while (cap < j->blen + n + 1)
			cap *= 2;
		if (cap > JSON_MAX_OBJECT + 1)
			cap = JSON_MAX_OBJECT + 1;
		if ((p = realloc(j->buf, cap)) == NULL)
			return -2;
		j->buf = p;
		j->bcap = cap;
	}
	memcpy(j->buf + j->blen, s, n);
	j->blen += n;
	return 0;
}

/* Hand a value that is not a profile to on_reject. */
static int
reject(struct json_in *j, long line, long col, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static int
reject(struct json_in *j, long line, long col, const char *fmt, ...)
{
	struct ssi_err w;
	va_list ap;
	int rc;

	if (j->sink.on_reject == NULL)
		return R_NEXT;
	w.file = j->name;
	w.line = line;
	w.col = col;
	va_start(ap, fmt);
	vsnprintf(w.msg, sizeof w.msg, err_tr(fmt), ap);
	va_end(ap);
	rc = j->sink.on_reject(j->sink.ctx, &w);
	if (rc == 0)
		return R_NEXT;
	if (rc > 0) {
		j->state = 1;
		return R_STOP;
	}
	j->err = w;
	j->state = -1;
	return R_FATAL;
}

/* Line and column of offset o of the captured object. */
static void
buf_pos(const struct json_in *j, size_t o, long *line, long *col)
{
	size_t k;

	*line = j->pline;
	*col = j->pcol;
	for (k = 0; k < o && k < j->blen; k++) {
		if (j->buf[k] == '\n') {
			++*line;
			*col = 1;
		} else
			++*col;
	}
}

/* The captured object is complete: parse it and call on_object. */
static int
emit_profile(struct json_in *j, struct ssi_err *e)
{
	const char *end = NULL;
	cJSON *root, *ch;
	size_t k, n;
	int rc;

	j->buf[j->blen] = '\0';
	root = cJSON_ParseWithLengthOpts(j->buf, j->blen, &end, 0);
	if (root == NULL || !cJSON_IsObject(root)) {
		long line, col;

		/* Valid JSON that this cJSON cannot take (an old cJSON cuts
		 * numbers at 63 characters) or no memory. */
		cJSON_Delete(root);
		if (end == NULL || end < j->buf)
			end = j->buf;
		buf_pos(j, (size_t)(end - j->buf), &line, &col);
		return reject(j, line, col, "cJSON could not parse this object");
	}
	for (n = 0, ch = root->child; ch != NULL; ch = ch->next)
		n++;
	if (n != j->nrec) {
		cJSON_Delete(root);
		return reject(j, j->pline, j->pcol,
		    "cJSON read %zu members, not %zu", n, j->nrec);
	}
	for (k = 0; k < n; k++)
		if (j->recs[k].key_nul) {
			cJSON_Delete(root);
			return reject(j, j->recs[k].kline, j->recs[k].kcol,
			    "key holds \\u0000");
		}
	if (n > j->mcap) {
		size_t cap = j->mcap ? j->mcap : 32;
		struct json_member *m;

		while (cap < n)
			cap *= 2;
		if ((m = realloc(j->mem, cap * sizeof *m)) == NULL) {
			cJSON_Delete(root);
			return fatal_oom(j);
		}
		j->mem = m;
		j->mcap = cap;
	}
	for (k = 0, ch = root->child; ch != NULL; ch = ch->next, k++) {
		struct json_member *m = &j->mem[k];
		const struct rec *r = &j->recs[k];

		memset(m, 0, sizeof *m);
		m->key = ch->string;
		m->val = "";
		m->kind = VK_STRING;
		m->line = r->line;
		m->col = r->col;
		if (cJSON_IsString(ch)) {
			m->val = ch->valuestring;
			m->len = strlen(ch->valuestring);
			m->has_nul = r->has_nul;
		} else if (cJSON_IsNumber(ch)) {
			/* cJSON is done with buf: end the number in place
			 * (the byte after it is ',', '}' or whitespace). */
			j->buf[r->end] = '\0';
			m->val = j->buf + r->start;
			m->len = r->end - r->start;
			m->kind = VK_NUMBER;
		} else if (cJSON_IsBool(ch)) {
			m->val = cJSON_IsTrue(ch) ? "true" : "false";
			m->len = strlen(m->val);
			m->kind = VK_BOOL;
		} else if (cJSON_IsNull(ch))
			m->is_null = 1;
		else
			m->is_nested = 1;
	}
	rc = 0;
	if (j->sink.on_object != NULL)
		rc = j->sink.on_object(j->sink.ctx, j->mem, n, j->pline,
		    j->pcol, e);
	cJSON_Delete(root);
	if (rc == 0)
		return R_NEXT;
	if (rc > 0) {
		j->state = 1;
		return R_STOP;
	}
	if (e != NULL)
		j->err = *e;
	else
		syn_at(j, j->pline, j->pcol, "rejected");
	j->state = -1;
	return R_FATAL;
}

/*
 * A value ended just before byte end_i of the slice; kind is '{' or '['
 * for a container, 0 for a scalar.  j->depth is the value's level.
 */
static int
value_done(struct json_in *j, size_t end_i, int kind, struct ssi_err *e)
{
	int level = j->depth;

	j->ps = level == 0 ? P_TOP_AFTER : P_AFTER;
	if (!j->has_sink)
		return R_NEXT;
	if (j->in_prof) {
		if (level == j->prof_depth - 1) {
			int rc;

			rc = append(j, j->sp + j->cap_from, end_i - j->cap_from);
			if (rc == -2)
				return fatal_oom(j);
			if (rc < 0)
				return R_SYNTAX;
			j->in_prof = 0;
			if (j->lines && level == 0) {
				j->pending = 1;
				return R_NEXT;
			}
			return emit_profile(j, e);
		}
		if (level == j->prof_depth)
			j->recs[j->nrec - 1].end = off(j, end_i);
		return R_NEXT;
	}
	if (level == 0 && kind != '[' && kind != '{')
		return reject(j, j->vline, j->vcol,
		    "top-level value is not an object");
	if (level == 1 && j->stack[0] == '[' && kind != '{')
		return reject(j, j->vline, j->vcol,
		    "array element %ld is not an object", j->nelem);
	return R_NEXT;
}

static int
value_begin(struct json_in *j, unsigned c, size_t i)
{
	int level = j->depth;

	switch (c) {
	case '{': case '[': case '"': case '-': case 't': case 'f': case 'n':
		break;
	case '+': case '.':
		return SYN(j, "invalid number");
	default:
		if (c < '0' || c > '9')
			return unexpected(j, c, "");
	}
	j->seen = 1;
	if (j->has_sink) {
		if (level == 0 || (level == 1 && j->stack[0] == '[')) {
			j->vline = j->line;
			j->vcol = j->col;
			if (level == 1)
				j->nelem++;
		}
		if (j->in_prof && level == j->prof_depth) {
			struct rec *r;

			if (j->nrec == j->rcap) {
				size_t cap = j->rcap ? 2 * j->rcap : 32;

				if ((r = realloc(j->recs, cap * sizeof *r))
				    == NULL)
					return fatal_oom(j);
				j->recs = r;
				j->rcap = cap;
			}
			r = &j->recs[j->nrec++];
			memset(r, 0, sizeof *r);
			r->start = off(j, i);
			r->line = j->line;
			r->col = j->col;
			r->kline = j->kline;
			r->kcol = j->kcol;
			r->key_nul = (unsigned char)j->key_nul;
			r->is_nested = c == '{' || c == '[';
		}
	}
	switch (c) {
	case '{':
	case '[':
		if (j->depth == JSON_MAX_DEPTH)
			return SYN(j, "nesting deeper than %d levels",
			    JSON_MAX_DEPTH);
		j->stack[j->depth++] = (unsigned char)c;
		j->ps = c == '{' ? P_OBJ_FIRST : P_ARR_FIRST;
		if (!j->has_sink)
			return R_NEXT;
		if (c == '[' && level == 0)
			j->nelem = 0;
		if (c == '{' && !j->in_prof && (level == 0 ||
		    (level == 1 && j->stack[0] == '['))) {
			j->in_prof = 1;
			j->prof_depth = j->depth;
			j->pline = j->line;
			j->pcol = j->col;
			j->blen = 0;
			j->nrec = 0;
			j->cap_from = i;
		}
		return R_NEXT;
	case '"':
		j->lex = LX_STR;
		j->is_key = 0;
		j->str_nul = 0;
		j->high = 0;
		j->sline = j->line;
		j->scol = j->col;
		return R_NEXT;
	case 't':
		j->lit = "true";
		break;
	case 'f':
		j->lit = "false";
		break;
	case 'n':
		j->lit = "null";
		break;
	default:
		j->lex = LX_NUM;
		j->num = c == '-' ? N_MINUS : c == '0' ? N_ZERO : N_INT;
		return R_NEXT;
	}
	j->lex = LX_LIT;
	j->litpos = 1;
	return R_NEXT;
}

/* A byte between tokens. */
static int
tok_byte(struct json_in *j, unsigned c, size_t i, struct ssi_err *e)
{
	unsigned char closer;

	if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
		if (c == '\n' && j->lines && j->depth > 0)
			return SYN(j, "unexpected end of line");
		if (c == '\n' && j->ps == P_TOP_AFTER) {
			j->ps = P_TOP;
			if (j->pending) {
				j->pending = 0;
				return emit_profile(j, e);
			}
		}
		return R_NEXT;
	}
	switch (j->ps) {
	case P_TOP_AFTER:
		j->pending = 0;	/* the whole line is rejected */
		return unexpected(j, c, err_tr(" after JSON value"));
	case P_COLON:
		if (c == ':') {
			j->ps = P_VALUE;
			return R_NEXT;
		}
		return unexpected(j, c, "");
	case P_AFTER:
		closer = j->stack[j->depth - 1] == '{' ? '}' : ']';
		if (c == ',') {
			j->ps = closer == '}' ? P_KEY : P_ARR_NEXT;
			return R_NEXT;
		}
		if (c != closer)
			return unexpected(j, c, "");
		j->depth--;
		return value_done(j, i + 1, closer == '}' ? '{' : '[', e);
	case P_OBJ_FIRST:
	case P_KEY:
		if (c == '"') {
			j->lex = LX_STR;
			j->is_key = 1;
			j->keylen = 0;
			j->str_nul = 0;
			j->high = 0;
			j->sline = j->kline = j->line;
			j->scol = j->kcol = j->col;
			return R_NEXT;
		}
		if (c != '}')
			return unexpected(j, c, "");
		if (j->ps == P_KEY)
			return SYN(j, "trailing comma");
		j->depth--;
		return value_done(j, i + 1, '{', e);
	case P_ARR_FIRST:
	case P_ARR_NEXT:
		if (c != ']')
			return value_begin(j, c, i);
		if (j->ps == P_ARR_NEXT)
			return SYN(j, "trailing comma");
		j->depth--;
		return value_done(j, i + 1, '[', e);
	default:		/* P_TOP, P_VALUE */
		return value_begin(j, c, i);
	}
}

static int
string_done(struct json_in *j, size_t i, struct ssi_err *e)
{
	j->lex = LX_NONE;
	if (j->is_key) {
		j->key_nul = j->str_nul;
		j->ps = P_COLON;
		return R_NEXT;
	}
	if (j->in_prof && j->depth == j->prof_depth)
		j->recs[j->nrec - 1].has_nul = (unsigned char)j->str_nul;
	return value_done(j, i + 1, 0, e);
}

/* Invalid UTF-8 in a string: in a member of a profile, name it. */
static int
bad_utf8(struct json_in *j)
{
	char q[160];
	size_t i;
	int plain = j->keylen > 0 && j->keylen < sizeof j->key;

	if (j->is_key || !j->in_prof || j->depth != j->prof_depth ||
	    j->keylen == 0)
		return SYN(j, "invalid UTF-8 in string");
	for (i = 0; i < j->keylen && plain; i++)
		plain = (j->key[i] >= 'a' && j->key[i] <= 'z') ||
		    (j->key[i] >= 'A' && j->key[i] <= 'Z') ||
		    (j->key[i] >= '0' && j->key[i] <= '9') || j->key[i] == '_';
	if (plain)
		return SYN(j, "%.*s: invalid UTF-8", (int)j->keylen, j->key);
	return SYN(j, "%s: invalid UTF-8", err_quote(q, sizeof q, j->key,
	    j->keylen < sizeof j->key ? j->keylen : sizeof j->key));
}

/* Keep the bytes of a key being read (the first ones). */
static inline void
key_bytes(struct json_in *j, const unsigned char *s, size_t n)
{
	size_t room = sizeof j->key - (j->keylen < sizeof j->key ?
	    j->keylen : sizeof j->key);

	memcpy(j->key + sizeof j->key - room, s, n < room ? n : room);
	j->keylen += n;
}

static int
str_byte(struct json_in *j, unsigned c, size_t i, struct ssi_err *e)
{
	if (c == '"')
		return string_done(j, i, e);
	if (c == '\\') {
		j->lex = LX_ESC;
		return R_NEXT;
	}
	if (c < 0x20)
		return SYN(j, "control character in string");
	if (c < 0x80)
		return R_NEXT;
	/* The lead byte of a UTF-8 sequence fixes the number of continuation
	 * bytes and the range of the first one (RFC 3629, section 4). */
	j->u8lo = 0x80;
	j->u8hi = 0xbf;
	if (c >= 0xc2 && c <= 0xdf)
		j->u8need = 1;
	else if (c == 0xe0) {
		j->u8need = 2;
		j->u8lo = 0xa0;		/* no overlong */
	} else if (c == 0xed) {
		j->u8need = 2;
		j->u8hi = 0x9f;		/* no surrogates */
	} else if (c >= 0xe1 && c <= 0xef)
		j->u8need = 2;
	else if (c == 0xf0) {
		j->u8need = 3;
		j->u8lo = 0x90;		/* no overlong */
	} else if (c >= 0xf1 && c <= 0xf3)
		j->u8need = 3;
	else if (c == 0xf4) {
		j->u8need = 3;
		j->u8hi = 0x8f;		/* nothing above U+10FFFF */
	} else
		return bad_utf8(j);
	j->lex = LX_UTF8;
	return R_NEXT;
}

static int
hexval(unsigned c)
{
	if (c >= '0' && c <= '9')
		return (int)(c - '0');
	if (c >= 'a' && c <= 'f')
		return (int)(c - 'a' + 10);
	if (c >= 'A' && c <= 'F')
		return (int)(c - 'A' + 10);
	return -1;
}

static int
hex_byte(struct json_in *j, unsigned c)
{
	int d = hexval(c);

	if (d < 0)
		return SYN(j, "invalid \\u escape in string");
	j->hex = j->hex << 4 | (unsigned)d;
	if (++j->nhex < 4)
		return R_NEXT;
	j->lex = LX_STR;
	if (j->high) {
		if (j->hex < 0xdc00 || j->hex > 0xdfff)
			return SYN(j, "unpaired surrogate in string");
		j->high = 0;
	} else if (j->hex >= 0xd800 && j->hex <= 0xdbff) {
		j->high = 1;
		j->lex = LX_LOWBS;
	} else if (j->hex >= 0xdc00 && j->hex <= 0xdfff)
		return SYN(j, "unpaired surrogate in string");
	else if (j->hex == 0)
		j->str_nul = 1;
	return R_NEXT;
}

static int
num_byte(struct json_in *j, unsigned c, size_t i, struct ssi_err *e)
{
	int dig = c >= '0' && c <= '9', rc;

	switch (j->num) {
	case N_MINUS:
		if (!dig)
			return SYN(j, "invalid number");
		j->num = c == '0' ? N_ZERO : N_INT;
		return R_NEXT;
	case N_ZERO:
	case N_INT:
		if (dig) {
			if (j->num == N_ZERO)
				return SYN(j, "invalid number");
			return R_NEXT;
		}
		if (c == '.') {
			j->num = N_DOT;
			return R_NEXT;
		}
		/* FALLTHROUGH */
	case N_FRAC:
		if (dig)
			return R_NEXT;
		if (c == 'e' || c == 'E') {
			j->num = N_E;
			return R_NEXT;
		}
		break;
	case N_DOT:
		if (!dig)
			return SYN(j, "invalid number");
		j->num = N_FRAC;
		return R_NEXT;
	case N_E:
		if (c == '+' || c == '-') {
			j->num = N_ESIGN;
			return R_NEXT;
		}
		/* FALLTHROUGH */
	case N_ESIGN:
		if (!dig)
			return SYN(j, "invalid number");
		j->num = N_EXP;
		return R_NEXT;
	default:		/* N_EXP */
		if (dig)
			return R_NEXT;
		break;
	}
	/* The number ended; this byte is the next token. */
	j->lex = LX_NONE;
	rc = value_done(j, i, 0, e);
	return rc == R_NEXT ? R_AGAIN : rc;
}

static int
step(struct json_in *j, unsigned c, size_t i, struct ssi_err *e)
{
	switch (j->lex) {
	case LX_STR:
		return str_byte(j, c, i, e);
	case LX_ESC:
		switch (c) {
		case '"': case '\\': case '/': case 'b': case 'f': case 'n':
		case 'r': case 't':
			j->lex = LX_STR;
			return R_NEXT;
		case 'u':
			j->lex = LX_HEX;
			j->nhex = 0;
			j->hex = 0;
			return R_NEXT;
		}
		return SYN(j, "invalid escape in string");
	case LX_HEX:
		return hex_byte(j, c);
	case LX_LOWBS:
	case LX_LOWU:
		if (c != (j->lex == LX_LOWBS ? '\\' : 'u'))
			return SYN(j, "unpaired surrogate in string");
		if (j->lex == LX_LOWBS)
			j->lex = LX_LOWU;
		else {
			j->lex = LX_HEX;
			j->nhex = 0;
			j->hex = 0;
		}
		return R_NEXT;
	case LX_UTF8:
		if (c < j->u8lo || c > j->u8hi)
			return bad_utf8(j);
		j->u8lo = 0x80;
		j->u8hi = 0xbf;
		if (--j->u8need == 0)
			j->lex = LX_STR;
		return R_NEXT;
	case LX_LIT:
		if (c != (unsigned char)j->lit[j->litpos])
			return SYN(j, "invalid literal, expected '%s'", j->lit);
		if (j->lit[++j->litpos] != '\0')
			return R_NEXT;
		j->lex = LX_NONE;
		return value_done(j, i + 1, 0, e);
	case LX_NUM:
		return num_byte(j, c, i, e);
	default:
		return tok_byte(j, c, i, e);
	}
}

/*
 * A syntax error is in j->err (at_newline: its byte was a newline).  Lines
 * mode reports it and skips the rest of the line; otherwise it is fatal.
 * Returns 0 to go on, else what feed returns.
 */
static int
syntax(struct json_in *j, int at_newline, struct ssi_err *e)
{
	int rc;

	if (!j->lines || !j->has_sink) {
		j->state = -1;
		if (e != NULL)
			*e = j->err;
		return -1;
	}
	j->seen = 1;
	reset(j);
	j->skip = !at_newline;
	if (j->sink.on_reject == NULL)
		return 0;
	rc = j->sink.on_reject(j->sink.ctx, &j->err);
	if (rc != 0) {
		j->state = rc > 0 ? 1 : -1;
		if (rc < 0 && e != NULL)
			*e = j->err;
	}
	return j->state;
}

static int
run(struct json_in *j, const unsigned char *p, size_t n, struct ssi_err *e)
{
	static const unsigned char bom[3] = { 0xef, 0xbb, 0xbf };
	size_t i = 0;
	int rc;

	j->sp = p;
	j->cap_from = 0;
	while (i < n) {
		unsigned c = p[i];

		if (j->skip) {
			const unsigned char *nl = memchr(p + i, '\n', n - i);

			if (nl == NULL) {
				j->col += (long)(n - i);
				i = n;
				break;
			}
			i = (size_t)(nl - p) + 1;
			j->line++;
			j->col = 1;
			j->skip = 0;
			continue;
		}
		if (j->bom < 3) {
			if (c == bom[j->bom]) {
				/* not counted in the column */
				j->bom++;
				i++;
				continue;
			}
			if (j->bom > 0) {
				j->bom = 3;
				syn_at(j, 1, 1, "unexpected byte 0xEF");
				if ((rc = syntax(j, c == '\n', e)) != 0)
					return rc;
				i++;
				if (c == '\n') {
					j->line++;
					j->col = 1;
				} else
					j->col++;
				continue;
			}
			j->bom = 3;
		}
		if (j->lex == LX_STR) {
			size_t k = i;

			while (k < n && p[k] >= 0x20 && p[k] < 0x80 &&
			    p[k] != '"' && p[k] != '\\')
				k++;
			if (j->is_key)
				key_bytes(j, p + i, k - i);
			j->col += (long)(k - i);
			if ((i = k) == n)
				break;
			c = p[i];
		}
		if (j->is_key && j->lex != LX_NONE &&
		    !(j->lex == LX_STR && c == '"')) {
			unsigned char b = (unsigned char)c;

			key_bytes(j, &b, 1);
		}
		switch (step(j, c, i, e)) {
		case R_AGAIN:
			continue;
		case R_NEXT:
			break;
		case R_SYNTAX:
			if ((rc = syntax(j, c == '\n', e)) != 0)
				return rc;
			break;
		case R_STOP:
			return 1;
		default:	/* R_FATAL */
			if (e != NULL)
				*e = j->err;
			return -1;
		}
		i++;
		if (c == '\n') {
			j->line++;
			j->col = 1;
		} else
			j->col++;
	}
	if (j->in_prof && n > j->cap_from) {
		rc = append(j, p + j->cap_from, n - j->cap_from);
		if (rc == -2) {
			fatal_oom(j);
			if (e != NULL)
				*e = j->err;
			return -1;
		}
		if (rc < 0)
			return syntax(j, 0, e);
	}
	return 0;
}

struct json_in *
json_in_new(const char *name, const struct json_sink *sink, int lines)
{
	struct json_in *j = malloc(sizeof *j);

	if (j != NULL)
		init(j, name, sink, lines);
	return j;
}

void
json_in_set_line(struct json_in *j, long line)
{
	j->line = line;
}

int
json_in_feed(struct json_in *j, const void *buf, size_t n, struct ssi_err *e)
{
	const unsigned char *p = buf;
	struct ssi_err dummy;
	int rc;

	if (e == NULL)
		e = &dummy;	/* the sink may write into it */
	if (j->state != 0) {
		if (j->state < 0 && e != NULL)
			*e = j->err;
		return j->state;
	}
	while (n > 0) {
		size_t k = n < SLICE ? n : SLICE;

		if ((rc = run(j, p, k, e)) != 0)
			return rc;
		p += k;
		n -= k;
	}
	return 0;
}

int
json_in_finish(struct json_in *j, struct ssi_err *e)
{
	struct ssi_err dummy;

	if (e == NULL)
		e = &dummy;
	if (j->state != 0) {
		if (j->state < 0 && e != NULL)
			*e = j->err;
		return j->state;
	}
	if (j->bom > 0 && j->bom < 3) {
		syn_at(j, 1, 1, "unexpected byte 0xEF");
		return syntax(j, 0, e);
	}
	if (j->skip)
		return 0;
	j->sp = NULL;
	j->cap_from = 0;
	if (j->lex == LX_NUM && (j->num == N_ZERO || j->num == N_INT ||
	    j->num == N_FRAC || j->num == N_EXP)) {
		j->lex = LX_NONE;
		/* a top-level number: nothing is being captured */
		switch (value_done(j, 0, 0, e)) {
		case R_NEXT:
			break;
		case R_STOP:
			return 1;
		default:
			if (e != NULL)
				*e = j->err;
			return -1;
		}
	}
	switch (j->lex) {
	case LX_NONE:
		if (j->depth > 0) {
			SYN(j, "unexpected end of input");
			return syntax(j, 0, e);
		}
		break;
	case LX_NUM:
		SYN(j, "invalid number");
		return syntax(j, 0, e);
	case LX_LIT:
		SYN(j, "unexpected end of input");
		return syntax(j, 0, e);
	default:
		syn_at(j, j->sline, j->scol, "unterminated string");
		return syntax(j, 0, e);
	}
	if (j->pending) {	/* the last line, without its line end */
		j->pending = 0;
		switch (emit_profile(j, e)) {
		case R_NEXT:
			break;
		case R_STOP:
			return 1;
		default:
			if (e != NULL)
				*e = j->err;
			return -1;
		}
	}
	if (!j->seen) {
		SYN(j, "no JSON value");
		j->state = -1;
		if (e != NULL)
			*e = j->err;
		return -1;
	}
	return 0;
}

int
json_in_nested(const struct json_in *j)
{
	return j->prof_depth > 1;
}

void
json_in_free(struct json_in *j)
{
	if (j == NULL)
		return;
	free(j->buf);
	free(j->recs);
	free(j->mem);
	free(j);
}

int
json_in_check(const void *buf, size_t n, struct ssi_err *e)
{
	struct json_in j;
	int rc;

	init(&j, NULL, NULL, 0);
	if ((rc = json_in_feed(&j, buf, n, e)) != 0)
		return rc;
	return json_in_finish(&j, e);
}
