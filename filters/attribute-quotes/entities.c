/*
 * entities: the record's "entities", as an earlier stage wrote them,
 * mapped to the words they cover.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "internal.h"

/* The first word at or after byte pos, from word k on. */
static size_t
word_from(const struct attribute_quotes *a, size_t k, size_t pos)
{
	while (k < a->nw && a->w[k].start < pos)
		k++;
	return k;
}

/* The first word from k on that ends after byte pos: words do not
 * overlap, so their ends rise, and a binary search finds it. */
static size_t
word_ending_after(const struct attribute_quotes *a, size_t k, size_t pos)
{
	size_t hi = a->nw;

	while (k < hi) {
		size_t mid = k + (hi - k) / 2;
		if (a->w[mid].end <= pos)
			k = mid + 1;
		else
			hi = mid;
	}
	return k;
}

/* The first word from i on that no entity has claimed (next[] jumps over
 * claimed runs, shortened as it is followed). */
static size_t
unclaimed(size_t *next, size_t i)
{
	while (next[i] != i) {
		next[i] = next[next[i]];
		i = next[i];
	}
	return i;
}

/* Each word is part of the last entity that covers it.  Claimed from
 * the last entity back, each word once, so that nested or repeated
 * spans cost no more than the words. */
static void
claim_words(struct attribute_quotes *a)
{
	size_t *next;

	a->claim = xgrow(a->claim, &a->cap_claim, a->nw + 1, sizeof *a->claim);
	next = a->claim;
	for (size_t k = 0; k <= a->nw; k++)
		next[k] = k;
	for (size_t e = a->nents; e-- > 0;) {
		for (size_t k = unclaimed(next, a->ents[e].from); k < a->ents[e].to;
		    k = unclaimed(next, k + 1)) {
			a->w[k].entity = (int)e;
			next[k] = k + 1;
		}
	}
}

/* The record's entities (record.h: validated, in order of position, in
 * bytes) on the words each covers whole; one that covers none is left
 * out.  Words and entities both in order: one pass over each. */
void
read_entities(struct attribute_quotes *a, json_t *rec)
{
	size_t k = 0;

	a->nents = 0;
	for (size_t i = 0; i < a->nw; i++)
		a->w[i].entity = -1;
	if (!record_entities(&a->reader, rec, a->text, a->len, &a->upstream))
		return;
	a->ents = xgrow(a->ents, &a->cap_ents, a->upstream.n + 1, sizeof *a->ents);
	for (size_t i = 0; i < a->upstream.n; i++) {
		const struct record_entity *u = &a->upstream.v[i];
		k = word_from(a, k, u->start);
		size_t to = word_ending_after(a, k, u->end);
		if (to == k)
			continue;
		a->ents[a->nents++] = (struct entity){ u->start, u->end, u->type,
		    u->canonical, u->title, k, to };
	}
	claim_words(a);
}

bool
is_type(const struct entity *e, const char *type)
{
	return strcmp(e->type, type) == 0;
}

/* The entity that ends at word i, or NULL. */
const struct entity *
entity_ending(const struct attribute_quotes *a, size_t i)
{
	if (i >= a->nw || a->w[i].entity < 0)
		return NULL;
	const struct entity *e = &a->ents[a->w[i].entity];
	return e->to == i + 1 ? e : NULL;
}

const struct entity *
entity_starting(const struct attribute_quotes *a, size_t i)
{
	if (i >= a->nw || a->w[i].entity < 0)
		return NULL;
	const struct entity *e = &a->ents[a->w[i].entity];
	return e->from == i ? e : NULL;
}


/* The first person and the first organisation the record names outside
 * quotations, found once for first_named_before. */
void
find_first_named(struct attribute_quotes *a)
{
	a->first_person = a->first_org = SIZE_MAX;
	for (size_t k = a->nents; k-- > 0;) {
		const struct entity *e = &a->ents[k];
		if (e->canonical == NULL || a->w[e->from].inside >= 0)
			continue;
		if (is_type(e, "PERSON"))
			a->first_person = k;
		else if (is_type(e, "ORG"))
			a->first_org = k;
	}
}

/* The first person (or organisation) named in the record, outside
 * quotations, when it comes before word i: "For Kevin Allton, a teacher,
 * Warhol was a legend. He said" (the first named is the likelier
 * antecedent, as the subject). */
const char *
first_named_before(const struct attribute_quotes *a, size_t i, bool person)
{
	size_t k = person ? a->first_person : a->first_org;

	return k != SIZE_MAX && a->ents[k].from < i ? a->ents[k].canonical : NULL;
}

/* "the ministry" is the organisation named before it whose name has the
 * word: each word of each organisation's canonical name, sorted by the
 * word (ignoring case) and then by entity, so that a look-up is one
 * binary search, however many organisations the record names. */
struct org_word {
	const char *w;
	size_t len;
	size_t ent;
};

static int
compare_words(const char *w1, size_t len1, const char *w2, size_t len2)
{
	int c = strncasecmp(w1, w2, len1 < len2 ? len1 : len2);

	return c != 0 ? c : len1 < len2 ? -1 : len1 > len2;
}

static int
compare_org_words(const struct org_word *x, const struct org_word *y)
{
	int c = compare_words(x->w, x->len, y->w, y->len);

	return c != 0 ? c : x->ent < y->ent ? -1 : x->ent > y->ent;
}

static int
by_word_then_entity(const void *x, const void *y)
{
	return compare_org_words(x, y);
}

void
index_org_words(struct attribute_quotes *a)
{
	struct org_word *v = a->org_words;

	a->norg_words = 0;
	for (size_t k = 0; k < a->nents; k++) {
		const char *p = a->ents[k].canonical;
		if (p == NULL || !is_type(&a->ents[k], "ORG"))
			continue;
		while (*p != '\0') {
			size_t l = strcspn(p, " ");
			if (l > 0) {
				v = a->org_words = xgrow(a->org_words, &a->cap_org_words,
				    a->norg_words + 1, sizeof *v);
				v[a->norg_words++] = (struct org_word){ p, l, k };
			}
			p += l + (p[l] == ' ');
		}
	}
	if (a->norg_words > 1)
		qsort(v, a->norg_words, sizeof *v, by_word_then_entity);
}

/* The canonical name of the last organisation that starts before byte
 * pos and has the word w[0..len) in its name, or NULL. */
const char *
org_named_before(const struct attribute_quotes *a, size_t pos, const char *w,
    size_t len)
{
	const struct org_word *v = a->org_words;
	size_t lo = 0, hi = a->nents;

	while (lo < hi) {	/* entities [0, lo) start before pos */
		size_t mid = lo + (hi - lo) / 2;
		if (a->ents[mid].start < pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	struct org_word key = { w, len, lo };
	lo = 0;
	hi = a->norg_words;
	while (lo < hi) {	/* the first (word, entity) from key on */
		size_t mid = lo + (hi - lo) / 2;
		if (compare_org_words(&v[mid], &key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo > 0 && compare_words(v[lo - 1].w, v[lo - 1].len, w, len) == 0)
		return a->ents[v[lo - 1].ent].canonical;
	return NULL;
}
