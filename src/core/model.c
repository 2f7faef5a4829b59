/* model.c - the scoring model as data (see model.h; ssi(7) documents it). */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cjson/cJSON.h>

#include "ssi/model.h"
#include "ssi/profile.h"

const char *const pillar_ids[P_COUNT] = {
	"brand", "people", "engagement", "relationships"
};
const char *const curve_ids[] = { "sqrt", "linear", "band", "flag", "items" };

#define K(l, n) (((l) - 'A') * 4 + (n) - 1)
#define ONE(f) { (f), -1 }
#define RATIO(a, b) { (a), (b) }

/* The default model, default/1: the table of ssi.7 SIGNALS, row by row (its
 * derived fields are filled on first use). */
static const struct signal default_signals[] = {
	{ .name = "completeness", .pillar = P_BRAND, .key = K('A', 1),
	  .in = ONE(-1), .curve = C_ITEMS, .weight = 9, .nitems = 8, .items = {
		{ F_HEADLINE, 20, 220 }, { F_SUMMARY, 200, 1e18 },
		{ F_POSITIONS, 3, 1e18 }, { F_EDUCATION, 1, 1e18 },
		{ F_SKILLS, 5, 1e18 }, { F_CONNECTIONS, 50, 1e18 },
		{ F_LOCATION, 1, 1e18 }, { F_INDUSTRY, 1, 1e18 } } },
	{ .name = "photo", .pillar = P_BRAND, .key = K('A', 2),
	  .in = ONE(F_PHOTO), .curve = C_FLAG, .target = 1, .weight = 2 },
	{ .name = "media", .pillar = P_BRAND, .key = K('A', 2),
	  .in = ONE(F_MEDIA), .curve = C_SQRT, .target = 3, .weight = 3 },
	{ .name = "recommendations", .pillar = P_BRAND, .key = K('A', 3),
	  .in = ONE(F_RECOMMENDATIONS), .curve = C_SQRT, .target = 5, .weight = 3 },
	{ .name = "endorsements", .pillar = P_BRAND, .key = K('A', 3),
	  .in = ONE(F_ENDORSEMENTS), .curve = C_SQRT, .target = 99, .weight = 3 },
	{ .name = "articles", .pillar = P_BRAND, .key = K('A', 4),
	  .in = ONE(F_ARTICLES), .curve = C_SQRT, .target = 12, .weight = 5 },
	{ .name = "second_degree_contacts", .pillar = P_PEOPLE, .key = K('B', 1),
	  .in = ONE(F_SECOND_DEGREE_CONTACTS), .curve = C_SQRT, .target = 10, .weight = 6 },
	{ .name = "searches", .pillar = P_PEOPLE, .key = K('B', 2),
	  .in = ONE(F_SEARCHES), .curve = C_SQRT, .target = 20, .weight = 7 },
	{ .name = "target_share", .pillar = P_PEOPLE, .key = K('B', 3),
	  .in = RATIO(F_TARGET_CONNECTIONS, F_CONNECTIONS), .curve = C_LINEAR, .target = 0.6, .weight = 6 },
	{ .name = "viewer_follow_up", .pillar = P_PEOPLE, .key = K('B', 4),
	  .in = RATIO(F_VIEWERS_CONTACTED, F_PROFILE_VIEWERS), .curve = C_LINEAR, .target = 0.3, .weight = 6 },
	{ .name = "posts", .pillar = P_ENGAGEMENT, .key = K('C', 1),
	  .in = ONE(F_POSTS), .curve = C_SQRT, .target = 8, .weight = 7 },
	{ .name = "shares", .pillar = P_ENGAGEMENT, .key = K('C', 2),
	  .in = ONE(F_SHARES), .curve = C_SQRT, .target = 8, .weight = 5 },
	{ .name = "comments", .pillar = P_ENGAGEMENT, .key = K('C', 3),
	  .in = ONE(F_COMMENTS), .curve = C_SQRT, .target = 20, .weight = 3 },
	{ .name = "reactions", .pillar = P_ENGAGEMENT, .key = K('C', 3),
	  .in = ONE(F_REACTIONS), .curve = C_SQRT, .target = 40, .weight = 2 },
	{ .name = "active_days", .pillar = P_ENGAGEMENT, .key = K('C', 3),
	  .in = RATIO(F_ACTIVE_DAYS, F_PERIOD_DAYS), .curve = C_LINEAR, .target = 0.65, .weight = 2 },
	{ .name = "reply_rate", .pillar = P_ENGAGEMENT, .key = K('C', 3),
	  .in = RATIO(F_MESSAGES_REPLIED, F_MESSAGES_RECEIVED), .curve = C_LINEAR, .target = 0.9, .weight = 1 },
	{ .name = "groups", .pillar = P_ENGAGEMENT, .key = K('C', 4),
	  .in = ONE(F_GROUPS), .curve = C_SQRT, .target = 5, .weight = 2 },
	{ .name = "group_posts", .pillar = P_ENGAGEMENT, .key = K('C', 4),
	  .in = ONE(F_GROUP_POSTS), .curve = C_SQRT, .target = 4, .weight = 3 },
	{ .name = "connections", .pillar = P_RELATIONSHIPS, .key = K('D', 1),
	  .in = ONE(F_CONNECTIONS), .curve = C_SQRT, .target = 500, .weight = 4 },
	{ .name = "senior_connections", .pillar = P_RELATIONSHIPS, .key = K('D', 1),
	  .in = ONE(F_SENIOR_CONNECTIONS), .curve = C_SQRT, .target = 100, .weight = 4 },
	{ .name = "colleague_connections", .pillar = P_RELATIONSHIPS, .key = K('D', 1),
	  .in = ONE(F_COLLEAGUE_CONNECTIONS), .curve = C_SQRT, .target = 25, .weight = 2 },
	{ .name = "invitations_sent", .pillar = P_RELATIONSHIPS, .key = K('D', 2),
	  .in = ONE(F_INVITATIONS_SENT), .curve = C_SQRT, .target = 20, .weight = 3 },
	{ .name = "personalized_rate", .pillar = P_RELATIONSHIPS, .key = K('D', 2),
	  .in = RATIO(F_INVITATIONS_PERSONALIZED, F_INVITATIONS_SENT), .curve = C_LINEAR, .target = 0.8, .weight = 2 },
	{ .name = "acceptance_rate", .pillar = P_RELATIONSHIPS, .key = K('D', 3),
	  .in = RATIO(F_INVITATIONS_ACCEPTED, F_INVITATIONS_SENT), .curve = C_BAND, .lo = 0.2, .target = 0.7, .weight = 5 },
	{ .name = "engagement_received", .pillar = P_RELATIONSHIPS, .key = K('D', 4),
	  .in = ONE(F_ENGAGEMENT_RECEIVED), .curve = C_SQRT, .target = 100, .weight = 3 },
	{ .name = "followers", .pillar = P_RELATIONSHIPS, .key = K('D', 4),
	  .in = ONE(F_FOLLOWERS), .curve = C_SQRT, .target = 1000, .weight = 2 },
};

#define NDEFAULT ((int)(sizeof default_signals / sizeof default_signals[0]))
_Static_assert(NDEFAULT <= MODEL_MAX_SIGNALS, "default model too large");

static struct model default_model = { .id = "default/1" };

/* How the scorer's fast path takes signal s. */
static enum sig_kind
kind_of(const struct signal *s)
{
	if (s->curve == C_ITEMS)
		return SK_ITEMS;
	if (s->in[1] >= 0)
		return s->curve == C_LINEAR ? SK_RATIO_LINEAR : SK_RATIO;
	if (s->curve == C_SQRT)
		return model_per_month(s) ? SK_SQRT_MONTH : SK_SQRT;
	return s->curve == C_FLAG ? SK_FLAG : SK_OTHER;
}

void
model_derive(struct model *m)
{
	int i;

	m->keys = 0;
	m->need_all = 0;
	m->text = 0;
	m->wsum = 0;
	for (i = 0; i < F_COUNT; i++)
		if (field_defs[i].type <= FT_DATE)
			m->text |= (uint64_t)1 << i;
	for (i = 0; i < m->nsig; i++) {
		struct signal *s = &m->sig[i];
		int j;

		m->keys |= (uint32_t)1 << s->key;
		s->need = 0;
		s->imask = 0;
		if (s->curve != C_ITEMS) {
			s->need = (uint64_t)1 << s->in[0];
			if (s->in[1] >= 0)
				s->need |= (uint64_t)1 << s->in[1];
		}
		for (j = 0; s->curve == C_ITEMS && j < s->nitems; j++)
			s->imask |= (uint64_t)1 << s->items[j].field;
		m->need_all |= s->need;
		m->wsum += s->weight;
		s->per_month = model_per_month(s);
	}
	for (i = 0; i < m->nsig; i++)
		m->kind[i] = (uint8_t)kind_of(&m->sig[i]);
}

const struct model *
model_default(void)
{
	static int derived;

	if (!derived) {
		memcpy(default_model.sig, default_signals, sizeof default_signals);
		default_model.nsig = NDEFAULT;
		model_derive(&default_model);
		derived = 1;
	}
	return &default_model;
}

const char model_key_names[MODEL_KEYS][3] = {
	"A1", "A2", "A3", "A4", "B1", "B2", "B3", "B4",
	"C1", "C2", "C3", "C4", "D1", "D2", "D3", "D4"
};

const char *
model_key_name(int k)
{
	return k >= 0 && k < MODEL_KEYS ? model_key_names[k] : "?";
}

/* ---- loading a model file ---- */

static int
lookup(const char *const *tab, int n, const char *s)
{
	int i;

	for (i = 0; i < n; i++)
		if (strcmp(tab[i], s) == 0)
			return i;
	return -1;
}

static int
key_index(const char *s)
{
	if (strlen(s) != 2 || s[0] < 'A' || s[0] > 'D' || s[1] < '1' || s[1] > '4')
		return -1;
	return K(s[0], s[1] - '0');
}

static const cJSON *
member(const cJSON *o, const char *k)
{
	return cJSON_GetObjectItemCaseSensitive(o, k);
}

static int
get_number(const cJSON *o, const char *k, double *out, int required,
    const char *where, struct ssi_err *e)
{
	const cJSON *v = member(o, k);

	if (v == NULL || cJSON_IsNull(v)) {
		if (required)
			return err_set(e, "%s: '%s' is missing", where, k);
		return 0;
	}
	if (!cJSON_IsNumber(v) || !isfinite(v->valuedouble))
		return err_set(e, "%s: '%s' is not a number", where, k);
	*out = v->valuedouble;
	return 0;
}

static int
get_field(const cJSON *v, const char *where, int *out, struct ssi_err *e)
{
	if (!cJSON_IsString(v))
		return err_set(e, "%s: an input is not a string", where);
	*out = field_lookup(v->valuestring, strlen(v->valuestring));
	if (*out < 0)
		return err_set(e, "%s: unknown input '%s'", where, v->valuestring);
	if (field_defs[*out].group == FG_GOAL)
		return err_set(e, "%s: '%s' is a goal, not a model input",
		    where, v->valuestring);
	if (field_defs[*out].group == FG_OFFICIAL)
		return err_set(e, "%s: '%s' is an official figure, not a model "
		    "input", where, v->valuestring);
	return 0;
}

static int
load_items(struct signal *s, const cJSON *items, const char *where,
    struct ssi_err *e)
{
	const cJSON *it;

	if (!cJSON_IsArray(items) || cJSON_GetArraySize(items) < 1)
		return err_set(e, "%s: curve 'items' needs an 'items' array", where);
	cJSON_ArrayForEach(it, items) {
		struct item *t;

		if (s->nitems == MODEL_MAX_ITEMS)
			return err_set(e, "%s: more than %d items", where,
			    MODEL_MAX_ITEMS);
		t = &s->items[s->nitems++];
		if (!cJSON_IsObject(it))
			return err_set(e, "%s: an item is not an object", where);
		if (get_field(member(it, "input"), where, &t->field, e) < 0)
			return -1;
		t->min = 0;
		t->max = 1e18;
		if (get_number(it, "min", &t->min, 0, where, e) < 0 ||
		    get_number(it, "max", &t->max, 0, where, e) < 0)
			return -1;
		if (t->min > t->max)
			return err_set(e, "%s: item min above max", where);
	}
	return 0;
}

static int
load_signal(struct signal *s, const cJSON *o, int idx, struct ssi_err *e)
{
	char where[64];
	const cJSON *v, *in;
	int n;

	snprintf(where, sizeof where, "signal %d", idx + 1);
	memset(s, 0, sizeof *s);
	s->in[0] = s->in[1] = -1;
	if (!cJSON_IsObject(o))
		return err_set(e, "%s: not an object", where);
	v = member(o, "signal");
	if (!cJSON_IsString(v) || strlen(v->valuestring) == 0 ||
	    strlen(v->valuestring) >= sizeof s->name)
		return err_set(e, "%s: 'signal' must be a name of 1 to 31 "
		    "characters", where);
	/* Fuzz fix (tests/fuzz/regress/model/utf8-signal): cJSON lets
	 * invalid UTF-8 through, and the name goes into JSON output. */
	if (utf8_count(v->valuestring, strlen(v->valuestring)) < 0)
		return err_set(e, "%s: 'signal' is not valid UTF-8", where);
	strcpy(s->name, v->valuestring);
	snprintf(where, sizeof where, "signal '%s'", s->name);
	v = member(o, "pillar");
	if (!cJSON_IsString(v) ||
	    (s->pillar = lookup(pillar_ids, P_COUNT, v->valuestring)) < 0)
		return err_set(e, "%s: unknown pillar", where);
	v = member(o, "key");
	if (!cJSON_IsString(v) || (s->key = key_index(v->valuestring)) < 0)
		return err_set(e, "%s: key must be one of A1-D4", where);
	if (s->key / 4 != s->pillar)
		return err_set(e, "%s: key %s is not a key of pillar %s", where,
		    v->valuestring, pillar_ids[s->pillar]);
	v = member(o, "curve");
	if (!cJSON_IsString(v) ||
	    (s->curve = lookup(curve_ids, 5, v->valuestring)) < 0)
		return err_set(e, "%s: unknown curve '%s'", where,
		    cJSON_IsString(v) ? v->valuestring : "");
	if (get_number(o, "weight", &s->weight, 1, where, e) < 0)
		return -1;
	if (s->weight < 0)
		return err_set(e, "%s: weight below 0", where);
	if (s->curve == C_ITEMS)
		return load_items(s, member(o, "items"), where, e);
	in = member(o, "inputs");
	n = cJSON_IsArray(in) ? cJSON_GetArraySize(in) : 0;
	if (n < 1 || n > 2)
		return err_set(e, "%s: 'inputs' must list 1 or 2 fields", where);
	if (get_field(cJSON_GetArrayItem(in, 0), where, &s->in[0], e) < 0 ||
	    (n == 2 && get_field(cJSON_GetArrayItem(in, 1), where, &s->in[1], e) < 0))
		return -1;
	if (s->curve == C_FLAG) {
		if (field_defs[s->in[0]].type != FT_FLAG || n != 1)
			return err_set(e, "%s: curve 'flag' needs one flag input",
			    where);
		s->target = 1;
		return 0;
	}
	if (field_defs[s->in[0]].type < FT_COUNT ||
	    (n == 2 && field_defs[s->in[1]].type < FT_COUNT))
		return err_set(e, "%s: inputs of a %s curve must be counts",
		    where, curve_ids[s->curve]);
	if (get_number(o, "target", &s->target, 1, where, e) < 0)
		return -1;
	if (!(s->target > 0))
		return err_set(e, "%s: target must be above 0", where);
	if (s->curve == C_BAND) {
		if (get_number(o, "lo", &s->lo, 1, where, e) < 0)
			return -1;
		if (!(s->lo < s->target))
			return err_set(e, "%s: band lo must be below target",
			    where);
	}
	return 0;
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The first name given twice in an object of the tree under v (profiles
 * reject duplicate keys; so does a model), or NULL.  Sorted, not compared
 * pair by pair: an object of many keys stays fast. */
static const char *
duplicate(const cJSON *v)
{
	const cJSON *c;
	const char **names = NULL;
	size_t n = 0, i;

	for (c = v->child; c; c = c->next) {
		const char *d = duplicate(c);

		if (d)
			return d;
		n++;
	}
	if (!cJSON_IsObject(v) || n < 2)
		return NULL;
	if ((names = malloc(n * sizeof *names)) == NULL)
		return NULL;
	for (i = 0, c = v->child; c; c = c->next)
		names[i++] = c->string ? c->string : "";
	qsort(names, n, sizeof *names, by_name);
	for (i = 1; i < n; i++)
		if (strcmp(names[i - 1], names[i]) == 0) {
			const char *d = names[i];

			free(names);
			return d;
		}
	free(names);
	return NULL;
}

/* Line and column of p in buf, into e. */
static void
position(const char *buf, const char *p, struct ssi_err *e)
{
	long line = 1, col = 1;
	const char *q;

	for (q = buf; q < p; q++) {
		if (*q == '\n')
			line++, col = 1;
		else
			col++;
	}
	if (e) {
		e->line = line;
		e->col = col;
	}
}

int
model_load_file(struct model *m, const char *path, struct ssi_err *e)
{
	struct stat st;
	char *buf = NULL;
	size_t n = 0, cap = 0;
	int fd, r;

	if (e)
		e->file = path;
	if ((fd = open(path, O_RDONLY)) < 0)
		return err_set(e, "cannot open: %s", strerror(errno));
	if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		close(fd);
		return err_set(e, "is a folder, not a model file (ssi model "
		    "-f json writes one)");
	}
	for (;;) {
		ssize_t got;

		if (n == cap) {
			char *nb;

			if (cap >= MODEL_MAX_FILE) {
				close(fd);
				free(buf);
				return err_set(e, "model file larger than 1 MiB");
			}
			cap = cap ? cap * 2 : 8192;
			if ((nb = realloc(buf, cap)) == NULL) {
				close(fd);
				free(buf);
				return err_set(e, "out of memory");
			}
			buf = nb;
		}
		got = read(fd, buf + n, cap - n);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			int err = errno;

			close(fd);
			free(buf);
			return err_set(e, "read error: %s", strerror(err));
		}
		if (got == 0)
			break;
		n += (size_t)got;
	}
	close(fd);
	r = model_load_json(m, buf ? buf : "", n, path, e);
	free(buf);
	return r;
}

int
model_load_json(struct model *m, const char *buf, size_t n, const char *name,
    struct ssi_err *e)
{
	const char *end = NULL;
	cJSON *root = cJSON_ParseWithLengthOpts(buf, n, &end, 0);
	const cJSON *v, *sig;
	double sum[P_COUNT] = { 0 };
	int i, r = -1;

	memset(m, 0, sizeof *m);
	if (e)
		e->file = name;
	if (root == NULL) {
		position(buf, end && end <= buf + n ? end : buf, e);
		return err_set(e, "model: invalid JSON");
	}
	{
		const char *p = end, *d;

		while (p < buf + n && (*p == ' ' || *p == '\t' || *p == '\n' ||
		    *p == '\r'))
			p++;
		if (p < buf + n) {
			position(buf, p, e);
			err_set(e, "model: trailing data after the JSON value");
			goto out;
		}
		if ((d = duplicate(root)) != NULL) {
			char q[160];

			err_set(e, "model: key %s given twice",
			    err_quote(q, sizeof q, d, strlen(d)));
			goto out;
		}
	}
	if (!cJSON_IsObject(root)) {
		err_set(e, "model: not a JSON object");
		goto out;
	}
	v = member(root, "id");
	if (!cJSON_IsString(v) || strlen(v->valuestring) == 0 ||
	    strlen(v->valuestring) >= sizeof m->id) {
		err_set(e, "model: 'id' must be a name of 1 to 63 characters");
		goto out;
	}
	/* Fuzz fix (tests/fuzz/regress/model/utf8-id): as for signal names. */
	if (utf8_count(v->valuestring, strlen(v->valuestring)) < 0) {
		err_set(e, "model: 'id' is not valid UTF-8");
		goto out;
	}
	strcpy(m->id, v->valuestring);
	v = member(root, "signals");
	if (!cJSON_IsArray(v) || cJSON_GetArraySize(v) < 1 ||
	    cJSON_GetArraySize(v) > MODEL_MAX_SIGNALS) {
		err_set(e, "model: 'signals' must be an array of 1 to %d signals",
		    MODEL_MAX_SIGNALS);
		goto out;
	}
	i = 0;
	cJSON_ArrayForEach(sig, v) {
		if (load_signal(&m->sig[i], sig, i, e) < 0)
			goto out;
		sum[m->sig[i].pillar] += m->sig[i].weight;
		i++;
	}
	m->nsig = i;
	for (i = 0; i < P_COUNT; i++)
		if (fabs(sum[i] - PILLAR_MAX) > 1e-9) {
			char num[40];
			int p;

			/* the fewest digits that give the sum back: never
			 * "sum to 25, not 25" */
			for (p = 1; p <= 17; p++) {
				snprintf(num, sizeof num, "%.*g", p, sum[i]);
				if (strtod(num, NULL) == sum[i])
					break;
			}
			err_set(e, "model: weights of pillar %s sum to %s, "
			    "not 25", pillar_ids[i], num);
			goto out;
		}
	model_derive(m);
	r = 0;
out:
	cJSON_Delete(root);
	return r;
}
