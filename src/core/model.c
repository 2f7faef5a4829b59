/* model.c - the scoring model as data (see model.h, shared/spec/model.md). */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <cjson/cJSON.h>

#include "model.h"
#include "profile.h"

const char *const pillar_ids[P_COUNT] = {
	"brand", "people", "engagement", "relationships"
};
const char *const curve_ids[] = { "sqrt", "linear", "band", "flag", "items" };

#define K(l, n) (((l) - 'A') * 4 + (n) - 1)
#define ONE(f) { (f), -1 }
#define RATIO(a, b) { (a), (b) }

/* The default model, default/1: the table of model.md, row by row (its
 * derived fields are filled on first use). */
static struct model default_model = {
	"default/1", 26, {
	{ "completeness", P_BRAND, K('A', 1), ONE(-1), C_ITEMS, 0, 0, 9, 8, {
		{ F_HEADLINE, 20, 220 }, { F_SUMMARY, 200, 1e18 },
		{ F_POSITIONS, 3, 1e18 }, { F_EDUCATION, 1, 1e18 },
		{ F_SKILLS, 5, 1e18 }, { F_CONNECTIONS, 50, 1e18 },
		{ F_LOCATION, 1, 1e18 }, { F_INDUSTRY, 1, 1e18 } }, 0, 0 },
	{ "photo", P_BRAND, K('A', 2), ONE(F_PHOTO), C_FLAG, 0, 1, 2, 0, {{0}}, 0, 0 },
	{ "media", P_BRAND, K('A', 2), ONE(F_MEDIA), C_SQRT, 0, 3, 3, 0, {{0}}, 0, 0 },
	{ "recommendations", P_BRAND, K('A', 3), ONE(F_RECOMMENDATIONS), C_SQRT, 0, 5, 3, 0, {{0}}, 0, 0 },
	{ "endorsements", P_BRAND, K('A', 3), ONE(F_ENDORSEMENTS), C_SQRT, 0, 99, 3, 0, {{0}}, 0, 0 },
	{ "articles", P_BRAND, K('A', 4), ONE(F_ARTICLES), C_SQRT, 0, 12, 5, 0, {{0}}, 0, 0 },
	{ "second_degree_contacts", P_PEOPLE, K('B', 1), ONE(F_SECOND_DEGREE_CONTACTS), C_SQRT, 0, 10, 6, 0, {{0}}, 0, 0 },
	{ "searches", P_PEOPLE, K('B', 2), ONE(F_SEARCHES), C_SQRT, 0, 20, 7, 0, {{0}}, 0, 0 },
	{ "target_share", P_PEOPLE, K('B', 3), RATIO(F_TARGET_CONNECTIONS, F_CONNECTIONS), C_LINEAR, 0, 0.6, 6, 0, {{0}}, 0, 0 },
	{ "viewer_follow_up", P_PEOPLE, K('B', 4), RATIO(F_VIEWERS_CONTACTED, F_PROFILE_VIEWERS), C_LINEAR, 0, 0.3, 6, 0, {{0}}, 0, 0 },
	{ "posts", P_ENGAGEMENT, K('C', 1), ONE(F_POSTS), C_SQRT, 0, 8, 7, 0, {{0}}, 0, 0 },
	{ "shares", P_ENGAGEMENT, K('C', 2), ONE(F_SHARES), C_SQRT, 0, 8, 5, 0, {{0}}, 0, 0 },
	{ "comments", P_ENGAGEMENT, K('C', 3), ONE(F_COMMENTS), C_SQRT, 0, 20, 3, 0, {{0}}, 0, 0 },
	{ "reactions", P_ENGAGEMENT, K('C', 3), ONE(F_REACTIONS), C_SQRT, 0, 40, 2, 0, {{0}}, 0, 0 },
	{ "active_days", P_ENGAGEMENT, K('C', 3), RATIO(F_ACTIVE_DAYS, F_PERIOD_DAYS), C_LINEAR, 0, 0.65, 2, 0, {{0}}, 0, 0 },
	{ "reply_rate", P_ENGAGEMENT, K('C', 3), RATIO(F_MESSAGES_REPLIED, F_MESSAGES_RECEIVED), C_LINEAR, 0, 0.9, 1, 0, {{0}}, 0, 0 },
	{ "groups", P_ENGAGEMENT, K('C', 4), ONE(F_GROUPS), C_SQRT, 0, 5, 2, 0, {{0}}, 0, 0 },
	{ "group_posts", P_ENGAGEMENT, K('C', 4), ONE(F_GROUP_POSTS), C_SQRT, 0, 4, 3, 0, {{0}}, 0, 0 },
	{ "connections", P_RELATIONSHIPS, K('D', 1), ONE(F_CONNECTIONS), C_SQRT, 0, 500, 4, 0, {{0}}, 0, 0 },
	{ "senior_connections", P_RELATIONSHIPS, K('D', 1), ONE(F_SENIOR_CONNECTIONS), C_SQRT, 0, 100, 4, 0, {{0}}, 0, 0 },
	{ "colleague_connections", P_RELATIONSHIPS, K('D', 1), ONE(F_COLLEAGUE_CONNECTIONS), C_SQRT, 0, 25, 2, 0, {{0}}, 0, 0 },
	{ "invitations_sent", P_RELATIONSHIPS, K('D', 2), ONE(F_INVITATIONS_SENT), C_SQRT, 0, 20, 3, 0, {{0}}, 0, 0 },
	{ "personalized_rate", P_RELATIONSHIPS, K('D', 2), RATIO(F_INVITATIONS_PERSONALIZED, F_INVITATIONS_SENT), C_LINEAR, 0, 0.8, 2, 0, {{0}}, 0, 0 },
	{ "acceptance_rate", P_RELATIONSHIPS, K('D', 3), RATIO(F_INVITATIONS_ACCEPTED, F_INVITATIONS_SENT), C_BAND, 0.2, 0.7, 5, 0, {{0}}, 0, 0 },
	{ "engagement_received", P_RELATIONSHIPS, K('D', 4), ONE(F_ENGAGEMENT_RECEIVED), C_SQRT, 0, 100, 3, 0, {{0}}, 0, 0 },
	{ "followers", P_RELATIONSHIPS, K('D', 4), ONE(F_FOLLOWERS), C_SQRT, 0, 1000, 2, 0, {{0}}, 0, 0 },
	}, 0
};

void
model_derive(struct model *m)
{
	int i;

	m->keys = 0;
	for (i = 0; i < m->nsig; i++) {
		struct signal *s = &m->sig[i];

		m->keys |= (uint32_t)1 << s->key;
		s->need = 0;
		if (s->curve != C_ITEMS) {
			s->need = (uint64_t)1 << s->in[0];
			if (s->in[1] >= 0)
				s->need |= (uint64_t)1 << s->in[1];
		}
		s->per_month = model_per_month(s);
	}
}

const struct model *
model_default(void)
{
	static int derived;

	if (!derived) {
		model_derive(&default_model);
		derived = 1;
	}
	return &default_model;
}

const char *
model_key_name(int k)
{
	static const char names[MODEL_KEYS][3] = {
		"A1", "A2", "A3", "A4", "B1", "B2", "B3", "B4",
		"C1", "C2", "C3", "C4", "D1", "D2", "D3", "D4"
	};

	return k >= 0 && k < MODEL_KEYS ? names[k] : "?";
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
		long line = 1, col = 1;
		const char *p;

		for (p = buf; end && p < end && p < buf + n; p++) {
			if (*p == '\n')
				line++, col = 1;
			else
				col++;
		}
		if (e) {
			e->line = line;
			e->col = col;
		}
		return err_set(e, "model: invalid JSON");
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
			err_set(e, "model: weights of pillar %s sum to %g, not 25",
			    pillar_ids[i], sum[i]);
			goto out;
		}
	model_derive(m);
	r = 0;
out:
	cJSON_Delete(root);
	return r;
}
