/*
 * lemmas: learning edit scripts (lemmas.h).
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "../features.h"
#include "../lemma.h"
#include "diag.h"
#include "hash.h"
#include "lemmas.h"

/* A key's votes: which scripts its words take, how often. */
struct votes {
	uint64_t key, parent;
	int k;			/* suffix length; -1 for a word key */
	uint32_t *script, *count;
	uint32_t n, cap, total;
	int best, effective;
};

struct vote_map {
	struct votes *v;
	size_t n, cap;
	size_t *slots;		/* index + 1; 0 empty */
	size_t nslots;
};

static struct votes *
votes_get(struct vote_map *m, uint64_t key, uint64_t parent, int k, bool add)
{
	if (add && 2 * (m->n + 1) > m->nslots) {
		free(m->slots);
		m->nslots = m->nslots ? 2 * m->nslots : 1 << 16;
		m->slots = xcalloc(m->nslots, sizeof(*m->slots));
		for (size_t i = 0; i < m->n; i++) {
			size_t j = m->v[i].key & (m->nslots - 1);

			while (m->slots[j] != 0)
				j = (j + 1) & (m->nslots - 1);
			m->slots[j] = i + 1;
		}
	}
	if (m->nslots == 0)
		return NULL;
	for (size_t j = key & (m->nslots - 1);; j = (j + 1) & (m->nslots - 1)) {
		if (m->slots[j] == 0) {
			if (!add)
				return NULL;
			m->v = xgrow(m->v, &m->cap, m->n + 1, sizeof(*m->v));
			m->v[m->n] = (struct votes){ .key = key, .parent = parent, .k = k };
			m->slots[j] = ++m->n;
			return &m->v[m->n - 1];
		}
		if (m->v[m->slots[j] - 1].key == key)
			return &m->v[m->slots[j] - 1];
	}
}

static void
vote(struct votes *v, uint32_t script)
{
	v->total++;
	for (uint32_t i = 0; i < v->n; i++)
		if (v->script[i] == script) {
			v->count[i]++;
			return;
		}
	if (v->n == v->cap) {
		v->cap = v->cap ? 2 * v->cap : 2;
		v->script = xrealloc(v->script, v->cap * sizeof(*v->script));
		v->count = xrealloc(v->count, v->cap * sizeof(*v->count));
	}
	v->script[v->n] = script;
	v->count[v->n++] = 1;
}

static int
best_vote(const struct votes *v)
{
	uint32_t best = 0;

	for (uint32_t i = 1; i < v->n; i++)
		if (v->count[i] > v->count[best] ||
		    (v->count[i] == v->count[best] && v->script[i] < v->script[best]))
			best = i;
	return (int)v->script[best];
}

static void
vote_map_free(struct vote_map *m)
{
	for (size_t i = 0; i < m->n; i++) {
		free(m->v[i].script);
		free(m->v[i].count);
	}
	free(m->v);
	free(m->slots);
}

/* The script turning form into lemma, preferring lower case when both
 * work and the shorter edit otherwise. */
static struct parse_script
script_of(const char *form, size_t len, const char *lemma, size_t llen)
{
	struct parse_script best = { 0, 0, 0, { 0 } };
	size_t best_cost = (size_t)-1;

	for (int lower = 1; lower >= 0; lower--) {
		size_t cp = 0, cost;
		struct parse_script s = { (uint8_t)lower, 0, 0, { 0 } };
		char out[1024];

		while (cp < len && cp < llen &&
		    (lower ? (char)parse_lower((unsigned char)form[cp]) : form[cp]) == lemma[cp])
			cp++;
		while (cp > 0 && cp < len && ((unsigned char)form[cp] & 0xc0) == 0x80)
			cp--;
		if (len - cp > 255 || llen - cp > sizeof(s.add) || len + sizeof(s.add) > sizeof(out))
			continue;
		s.strip = (uint8_t)(len - cp);
		s.len = (uint8_t)(llen - cp);
		memcpy(s.add, lemma + cp, s.len);
		if (parse_script_apply(&s, form, len, out) != llen || memcmp(out, lemma, llen) != 0)
			continue;
		cost = s.strip + s.len;
		if (cost < best_cost) {
			best = s;
			best_cost = cost;
		}
	}
	return best;
}

static uint32_t
script_id(struct lemma_rules *r, struct vote_map *ids, const struct parse_script *s)
{
	uint64_t h = hash_fnv1a(s, sizeof(*s), HASH_FNV_OFFSET);
	struct votes *v = votes_get(ids, h, 0, -2, true);

	if (v->total == 0) {
		if (r->nscripts >= INT16_MAX)
			diag_fatal("too many lemma scripts");
		r->scripts = xgrow(r->scripts, &r->cap, r->nscripts + 1, sizeof(*r->scripts));
		r->scripts[r->nscripts] = *s;
		v->best = (int)r->nscripts++;
	}
	v->total++;
	return (uint32_t)v->best;
}

static int
cmp_key(const void *a, const void *b)
{
	uint64_t x = ((const struct votes *)a)->key, y = ((const struct votes *)b)->key;

	return x < y ? -1 : x > y;
}

/* The stored (key, script) pairs of kind k (-1 words, else suffixes). */
static size_t
collect(struct vote_map *m, bool words, uint64_t **keys, int16_t **values)
{
	struct votes *sel = xmalloc((m->n ? m->n : 1) * sizeof(*sel));
	size_t n = 0;

	for (size_t i = 0; i < m->n; i++)
		if ((words ? m->v[i].k == -1 : m->v[i].k >= 0) && m->v[i].best >= 0)
			sel[n++] = m->v[i];
	qsort(sel, n, sizeof(*sel), cmp_key);
	*keys = xmalloc((n ? n : 1) * sizeof(**keys));
	*values = xmalloc((n ? n : 1) * sizeof(**values));
	for (size_t i = 0; i < n; i++) {
		(*keys)[i] = sel[i].key;
		(*values)[i] = (int16_t)sel[i].best;
	}
	free(sel);
	return n;
}

void
lemmas_learn(const struct treebank *tb, int min_count, struct lemma_rules *out)
{
	struct vote_map ids = { 0 }, map = { 0 };
	struct parse_script identity = { 0, 0, 0, { 0 } };

	memset(out, 0, sizeof(*out));
	script_id(out, &ids, &identity);
	for (size_t s = 0; s < tb->n; s++)
		for (int i = 0; i < tb->s[s].n; i++) {
			const struct tb_word *w = &tb->s[s].w[i];
			struct parse_script sc;
			uint32_t id;
			uint64_t parent = 0;
			size_t kmax = w->len < PARSE_LEMMA_SUFFIX ? w->len : PARSE_LEMMA_SUFFIX;

			if (w->tag < 0 || (strcmp(w->lemma, "_") == 0 && strcmp(w->form, "_") != 0))
				continue;
			sc = script_of(w->form, w->len, w->lemma, w->lemma_len);
			id = script_id(out, &ids, &sc);
			for (size_t k = 0; k <= kmax; k++) {
				uint64_t key = parse_lemma_suffix_key(w->form, w->len, w->tag, k);

				vote(votes_get(&map, key, parent, (int)k, true), id);
				parent = key;
			}
			vote(votes_get(&map, parse_lemma_word_key(w->form, w->len, w->tag),
			    parent, -1, true), id);
		}
	/* Suffix rules, shortest first: a rule is kept when it says
	 * something its parent does not. */
	for (int k = 0; k <= PARSE_LEMMA_SUFFIX; k++)
		for (size_t i = 0; i < map.n; i++) {
			struct votes *v = &map.v[i];
			int inherited;

			if (v->k != k)
				continue;
			inherited = k == 0 ? -1 :
			    votes_get(&map, v->parent, 0, 0, false)->effective;
			v->best = best_vote(v);
			if (k > 0 && ((int)v->total < min_count || v->best == inherited))
				v->best = -1;
			v->effective = v->best >= 0 ? v->best : inherited;
		}
	/* Words the suffix rules get wrong. */
	for (size_t i = 0; i < map.n; i++) {
		struct votes *v = &map.v[i];

		if (v->k != -1)
			continue;
		v->best = best_vote(v);
		if (v->best == votes_get(&map, v->parent, 0, 0, false)->effective)
			v->best = -1;
	}
	out->nwords = collect(&map, true, &out->word_keys, &out->word_values);
	out->nsuffixes = collect(&map, false, &out->suffix_keys, &out->suffix_values);
	vote_map_free(&map);
	vote_map_free(&ids);
}

void
lemmas_free(struct lemma_rules *r)
{
	free(r->scripts);
	free(r->word_keys);
	free(r->suffix_keys);
	free(r->word_values);
	free(r->suffix_values);
	memset(r, 0, sizeof(*r));
}
