/*
 * acronyms: "Islamic State (IS)" defines IS for the rest of the story
 * (tagger.h).  Runs on the calling thread, after the story's names.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "hash.h"
#include "tagger.h"

static uint64_t
text_key(const char *s, size_t len)
{
	return hmap_key(hash_fnv1a(s, len, HASH_FNV_OFFSET));
}

/* Files mention i under its text, at the head of the chain of mentions
 * whose text has the same hash. */
static void
link_text(struct tagger *t, const char *text, size_t i)
{
	const struct mention *m = &t->found.v[i];
	bool found;
	uint32_t *head = hmap_slot(&t->acronym_texts,
	    text_key(text + m->start, m->end - m->start), &found);

	t->same_text = xgrow(t->same_text, &t->cap_same_text, i + 1,
	    sizeof *t->same_text);
	t->same_text[i] = *head;
	*head = (uint32_t)i + 1;
}

/* The record's mentions by text, for the first acronym it defines:
 * most records define none. */
static void
index_texts(struct tagger *t, const char *text)
{
	hmap_init(&t->acronym_texts, t->found.n);
	for (size_t i = 0; i < t->found.n; i++)
		link_text(t, text, i);
}

/* The acronym's mentions in this record (the one that defines it, and
 * any resolved before it was defined) follow its definition. */
static void
follow_definition(struct tagger *t, const char *text, size_t a, size_t b,
    const char *canonical)
{
	uint32_t at;

	if (!hmap_get(&t->acronym_texts, text_key(text + a, b - a), &at))
		return;
	for (; at != 0; at = t->same_text[at - 1]) {
		struct mention *o = &t->found.v[at - 1];
		if (o->end - o->start == b - a &&
		    memcmp(text + o->start, text + a, b - a) == 0)
			set_canonical(t, o, canonical, strlen(canonical));
	}
}

/* The end of an acronym in brackets at text[a..), or a when none. */
static size_t
bracketed_acronym(const char *text, size_t len, size_t a)
{
	size_t b;

	for (b = a; b < len && b - a < 10 && ((text[b] >= 'A' && text[b] <= 'Z') ||
	    text[b] == '.'); b++)
		;
	if (b - a < 2 || b >= len || text[b] != ')')
		return a;
	return b;
}

/*
 * "Islamic State (IS)": the bracketed acronym is a mention of the name
 * before it, and stands for it in the rest of the story.  Two acronyms
 * in brackets never overlap (a bracket is in neither), so the index of
 * the mentions before the pass answers for every one.
 */
void
find_acronyms(struct tagger *t, struct doc_state *d, const char *text, size_t len)
{
	size_t n = t->found.n;
	bool texts = false;

	mentions_index(&t->found);
	for (size_t i = 0; i < n; i++) {
		const struct mention *m = &t->found.v[i];
		size_t a = m->end, b;
		if (m->type != ORG && m->type != GPE && m->type != LOC)
			continue;
		if (a + 2 >= len || text[a] != ' ' || text[a + 1] != '(')
			continue;
		a += 2;
		if ((b = bracketed_acronym(text, len, a)) == a)
			continue;
		size_t at = mentions_at(&t->found, a, b), clen;
		if (at == SIZE_MAX && mentions_overlap(&t->found, a, b))
			continue;
		const char *canon = canonical_of(t, m, text, &clen);
		enum etype type = m->type;
		doc_learn(d, text + a, b - a, type, canon, clen);
		if (!texts) {
			index_texts(t, text);
			texts = true;
		}
		if (at == SIZE_MAX) {
			add_mention(&t->found, a, b, type);
			at = t->found.n - 1;
			link_text(t, text, at);
		}
		/* The story's copy: canon may live in the buffer set_canonical
		 * appends to. */
		const struct known *k = doc_lookup(d, text + a, b - a);
		t->found.v[at].type = type;
		if (k != NULL)
			follow_definition(t, text, a, b, k->canonical);
	}
	if (texts)
		hmap_free(&t->acronym_texts);
}
