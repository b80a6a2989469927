/*
 * coordination: names joined by "and" after a preposition of place are
 * places alike.  "Jobs go in Eastmarch and New Halden", "ferries between
 * Portvale and the Skerry Islands": when the tagger found one of the two
 * a place, the other, missed or taken for a one-word surname, is a place
 * too, when its phrase ends with it.  A person named in full, an
 * organisation, a title ("in Kessel and Minister Roe said"), or a name a
 * clause goes on after ("in Dublin and Smith agreed") is left as it is.
 */
#include <stdlib.h>
#include <string.h>

#include "roles.h"
#include "tagger.h"

static bool
is_place(const struct mention *m)
{
	return m->type == GPE || m->type == LOC;
}

/* The index of the word that starts at byte off of text, from *k on
 * (words are in order, so the caller's k only grows); hi when none. */
static size_t
word_at(const struct ner_tok *words, const char *text, size_t *k, size_t hi,
    size_t off)
{
	while (*k < hi && (size_t)(words[*k].s - text) < off)
		(*k)++;
	return *k < hi && (size_t)(words[*k].s - text) == off ? *k : hi;
}

/* The index after "and" or "and the" at words[i], or 0 when neither. */
static size_t
after_and(const struct ner_tok *words, size_t i, size_t hi)
{
	if (i >= hi || !is_word(&words[i], "and"))
		return 0;
	if (i + 1 < hi && is_word(&words[i + 1], "the"))
		return i + 2;
	return i + 1;
}

/* The end of the capitalised words from i that could be a place's name
 * (one to three, no title or role first, no function word), or i. */
static size_t
place_name_run(const struct tagger *t, const struct ner_tok *words,
    size_t i, size_t hi)
{
	size_t j = i;

	if (i >= hi || title_at(t, words, i, hi) > 0 ||
	    (role_kinds(words[i].s, words[i].len) & ROLE_PERSON))
		return i;
	while (j < hi && j - i < 4 && is_capitalised(&words[j]) &&
	    !is_function_word(words[j].s, words[j].len) && !is_possessive(&words[j]))
		j++;
	return j - i >= 1 && j - i <= 3 ? j : i;
}

static int
by_start(const void *a, const void *b)
{
	const struct mention *x = a, *y = b;

	return (x->start > y->start) - (x->start < y->start);
}

void
coordinated_places(struct tagger *t, const char *text, size_t lo, size_t hi,
    size_t first)
{
	const struct ner_tok *words = t->words;
	size_t n = t->found.n - first, k = lo;
	/* The end of the last place of a list after a preposition of
	 * place: "in Orrin, Dunmarch and Velby". */
	size_t list_end = hi;

	if (n == 0)
		return;	/* and the list may be no memory yet */
	struct mention *v = t->found.v + first;
	qsort(v, n, sizeof *v, by_start);
	for (size_t i = 0; i < n; i++) {
		size_t from = word_at(words, text, &k, hi, v[i].start);
		size_t to = from;
		while (to < hi && (size_t)(words[to].s - text) < v[i].end)
			to++;
		bool listed = list_end < hi && from == list_end + 1 &&
		    is_word(&words[list_end], ",");
		list_end = hi;
		if (from == hi || !(listed || after_place_preposition(words, lo, from)))
			continue;
		if (is_place(&v[i]))
			list_end = to;
		size_t next = after_and(words, to, hi);
		if (next == 0)
			continue;
		size_t at = next < hi ? (size_t)(words[next].s - text) : SIZE_MAX;
		struct mention *b = i + 1 < n && v[i + 1].start == at ? &v[i + 1] : NULL;
		bool a_one_word = to - from == 1;
		if (b != NULL) {
			bool b_one_word = memchr(text + b->start, ' ',
			    b->end - b->start) == NULL;
			/* "in Dublin and Smith agreed", "in Paris and Macron's
			 * government": the second name is no place when a clause
			 * or its noun goes on after it */
			if (is_place(&v[i]) && b->type == PERSON && b_one_word &&
			    ends_noun_phrase(words, next + 1, hi))
				b->type = GPE;
			else if (is_place(b) && v[i].type == PERSON && a_one_word)
				v[i].type = GPE;
			continue;
		}
		/* Nothing found there: the capitalised words after "and". */
		size_t end = place_name_run(t, words, next, hi);
		if (!is_place(&v[i]) || end == next || !ends_noun_phrase(words, end, hi) ||
		    (i + 1 < n && v[i + 1].start < (size_t)(words[end - 1].s - text) +
		    words[end - 1].len))
			continue;
		add_mention(&t->found, (size_t)(words[next].s - text),
		    (size_t)(words[end - 1].s - text) + words[end - 1].len, v[i].type);
		v = t->found.v + first;	/* add_mention may move the list */
	}
}
