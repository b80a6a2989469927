/*
 * tree: one sentence of a parse as a tree the attribution rules ask
 * about (internal.h): each word's head, the span of its subtree, its
 * first subject, complements and apposition, its negation; and what the
 * parse's words say of themselves (relation, lemma, tag, finiteness).
 * Built in time linear in the sentence, whatever the parse (a cycle an
 * upstream parser wrote is cut), in the unit's scratch.
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "internal.h"

_Static_assert(offsetof(struct word, start) == 0 &&
    offsetof(struct record_word, start) == 0, "starting_by reads a start first");

bool
rel_is(const struct record_word *w, const char *rel)
{
	size_t len = strlen(rel);

	return w->deprel_len == len && memcmp(w->deprel, rel, len) == 0;
}

/* Whether w's relation is rel or one of its subtypes (nsubj:pass). */
bool
rel_prefix(const struct record_word *w, const char *rel)
{
	size_t len = strlen(rel);

	return w->deprel_len >= len && memcmp(w->deprel, rel, len) == 0 &&
	    (w->deprel_len == len || w->deprel[len] == ':');
}

bool
lemma_is(const struct record_word *w, const char *lemma)
{
	size_t len = strlen(lemma);

	return w->lemma_len == len && strncasecmp(w->lemma, lemma, len) == 0;
}

bool
lemma_in(const struct record_word *w, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (lemma_is(w, list[i]))
			return true;
	return false;
}

/* Heads made 0-based, with any cycle (a malformed upstream parse) cut:
 * a word whose chain of heads returns to itself becomes a root. */
static void
tree_parents(struct attribute_quotes *a, struct tree *t)
{
	size_t *state = a->syn_state;	/* 0 new, 1 on the path, 2 done */

	for (size_t i = 0; i < t->n; i++) {
		t->parent[i] = t->w[i].head == 0 ? SIZE_MAX : t->w[i].head - 1;
		state[i] = 0;
	}
	for (size_t i = 0; i < t->n; i++) {
		size_t k = i;

		while (k != SIZE_MAX && state[k] == 0) {
			state[k] = 1;
			k = t->parent[k];
		}
		if (k != SIZE_MAX && state[k] == 1)
			t->parent[k] = SIZE_MAX;	/* the cycle is cut here */
		for (k = i; k != SIZE_MAX && state[k] == 1; k = t->parent[k])
			state[k] = 2;
	}
}

/* Every word's subtree span, in time linear in the sentence: the words
 * by depth (a counting sort), the deepest first each widening its
 * head's span. */
static void
tree_spans(struct attribute_quotes *a, struct tree *t)
{
	size_t *depth = a->syn_state, *count = a->syn_count, *order = a->syn_order;
	size_t maxd = 0;

	for (size_t i = 0; i < t->n; i++) {
		t->lo[i] = t->hi[i] = i;
		depth[i] = SIZE_MAX;
	}
	for (size_t i = 0; i < t->n; i++) {
		size_t k = i, d = 0;

		while (k != SIZE_MAX && depth[k] == SIZE_MAX) {
			k = t->parent[k];
			d++;
		}
		d += k == SIZE_MAX ? 0 : depth[k] + 1;
		/* d counts the words from i up to a known one: set them. */
		for (k = i; k != SIZE_MAX && depth[k] == SIZE_MAX; k = t->parent[k])
			depth[k] = --d;
	}
	for (size_t i = 0; i < t->n; i++)
		if (depth[i] > maxd)
			maxd = depth[i];
	memset(count, 0, (maxd + 2) * sizeof *count);
	for (size_t i = 0; i < t->n; i++)
		count[depth[i] + 1]++;
	for (size_t d = 1; d <= maxd + 1; d++)
		count[d] += count[d - 1];
	for (size_t i = 0; i < t->n; i++)
		order[count[depth[i]]++] = i;
	for (size_t j = t->n; j-- > 0;) {
		size_t i = order[j], h = t->parent[i];

		if (h == SIZE_MAX)
			continue;
		if (t->lo[i] < t->lo[h])
			t->lo[h] = t->lo[i];
		if (t->hi[i] > t->hi[h])
			t->hi[h] = t->hi[i];
	}
}

/* How many of n words, in text order, start at or before byte b: the
 * words are the stage's (struct word) or the parse's (struct
 * record_word), both opening with their start, each size bytes. */
size_t
starting_by(const void *words, size_t n, size_t size, size_t b)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const size_t *start = (const size_t *)(const void *)
		    ((const char *)words + mid * size);
		if (*start <= b)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Each word's first subject, clausal complement, object and open
 * complement, and its negation, in one pass. */
static void
tree_children(struct tree *t)
{
	for (size_t i = 0; i < t->n; i++) {
		t->nsubj[i] = t->ccomp[i] = t->obj[i] = t->xcomp[i] = t->appos[i] = SIZE_MAX;
		t->subject_any[i] = t->participle[i] = SIZE_MAX;
		t->negated[i] = 0;
	}
	for (size_t i = 0; i < t->n; i++) {
		size_t h = t->parent[i];

		if (h == SIZE_MAX)
			continue;
		if (rel_prefix(&t->w[i], "nsubj") || rel_prefix(&t->w[i], "csubj")) {
			if (t->subject_any[h] == SIZE_MAX)
				t->subject_any[h] = i;
		}
		if (i < h && rel_is(&t->w[i], "advcl") && xpos_is(&t->w[i], "VBG") &&
		    t->participle[h] == SIZE_MAX)
			t->participle[h] = i;
		if (rel_is(&t->w[i], "nsubj") && t->nsubj[h] == SIZE_MAX)
			t->nsubj[h] = i;
		else if (rel_is(&t->w[i], "ccomp") && t->ccomp[h] == SIZE_MAX)
			t->ccomp[h] = i;
		else if (rel_is(&t->w[i], "obj") && t->obj[h] == SIZE_MAX)
			t->obj[h] = i;
		else if (rel_is(&t->w[i], "appos") && t->appos[h] == SIZE_MAX)
			t->appos[h] = i;
		else if ((rel_is(&t->w[i], "xcomp") || rel_is(&t->w[i], "advcl")) &&
		    t->xcomp[h] == SIZE_MAX && i > h)
			t->xcomp[h] = i;	/* the parser calls some advcl */
		else if (rel_is(&t->w[i], "advmod") &&
		    (lemma_is(&t->w[i], "not") || lemma_is(&t->w[i], "never")))
			t->negated[h] = 1;
	}
}

/* A relative clause: acl:relcl, and the parser's occasional
 * advcl:relcl. */
bool
is_relative(const struct record_word *w)
{
	return w->deprel_len >= 6 &&
	    memcmp(w->deprel + w->deprel_len - 6, ":relcl", 6) == 0;
}

bool
xpos_is(const struct record_word *w, const char *tag)
{
	return w->xpos_len == strlen(tag) && memcmp(w->xpos, tag, w->xpos_len) == 0;
}

/* A finite verb or auxiliary: "would", "had", "is", "insisted". */
bool
is_finite(const struct record_word *w)
{
	static const char *const tags[] = { "MD", "VBD", "VBZ", "VBP" };

	for (size_t i = 0; i < sizeof tags / sizeof *tags; i++)
		if (xpos_is(w, tags[i]))
			return true;
	return false;
}

/* Whether word c or a word hanging from it is finite: "had", "would",
 * "rose".  Its dependents lie in its span. */
bool
holds_finite(const struct tree *t, size_t c)
{
	/* An auxiliary stands near its verb: a few dozen words either side
	 * are looked at, so that nested clauses cost no more. */
	size_t from = t->lo[c] + 24 < c ? c - 24 : t->lo[c];
	size_t to = c + 24 < t->hi[c] ? c + 24 : t->hi[c];

	if (is_finite(&t->w[c]))
		return true;
	for (size_t i = from; i <= to; i++)
		if (t->parent[i] == c && is_finite(&t->w[i]))
			return true;
	return false;
}

/* The tree's word that holds byte b, or SIZE_MAX. */
size_t
tree_word_at(const struct tree *t, size_t b)
{
	size_t k = starting_by(t->w, t->n, sizeof *t->w, b);

	return k > 0 && b < t->w[k - 1].end ? k - 1 : SIZE_MAX;
}

static void
grow_scratch(struct attribute_quotes *a, size_t n)
{
	size_t **arrays[] = { &a->syn_lo, &a->syn_hi, &a->syn_parent, &a->syn_state,
	    &a->syn_count, &a->syn_order, &a->syn_nsubj, &a->syn_ccomp, &a->syn_obj,
	    &a->syn_xcomp, &a->syn_appos, &a->syn_subject_any, &a->syn_participle,
	    &a->syn_negated };

	if (n + 2 <= a->cap_syn)
		return;
	a->cap_syn = 2 * (n + 2);
	for (size_t i = 0; i < sizeof arrays / sizeof *arrays; i++)
		*arrays[i] = xrealloc(*arrays[i], a->cap_syn * sizeof **arrays[i]);
}

void
tree_build(struct attribute_quotes *a, const struct record_tokens *tokens,
    size_t s, struct tree *t)
{
	size_t n = tokens->first[s + 1] - tokens->first[s];

	grow_scratch(a, n);
	*t = (struct tree){
		.w = tokens->w + tokens->first[s], .n = n,
		.lo = a->syn_lo, .hi = a->syn_hi, .parent = a->syn_parent,
		.nsubj = a->syn_nsubj, .ccomp = a->syn_ccomp, .obj = a->syn_obj,
		.xcomp = a->syn_xcomp, .appos = a->syn_appos,
		.subject_any = a->syn_subject_any, .participle = a->syn_participle,
		.negated = a->syn_negated,
	};
	tree_parents(a, t);
	tree_spans(a, t);
	tree_children(t);
}
