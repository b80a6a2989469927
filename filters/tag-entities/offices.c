/*
 * offices: an office's name is one organisation (tagger.h): a title, a
 * possessive and "Office" or an organisation's word, "the Foreign
 * Minister's Office", "the Attorney General's Office", whatever the
 * tagger made of its words (a title alone, "Office" alone, nothing).
 */
#include <stdbool.h>
#include <stddef.h>

#include "tagger.h"

/* Where an office's name that starts at words[i] ends ("the Prime
 * Minister's Office", "the Attorney General's Office": a capitalised
 * title, a possessive and an organisation's word), or i. */
static size_t
office_at(const struct tagger *t, const struct ner_tok *words, size_t i, size_t hi)
{
	static const char *const offices[] = { "Office", "Secretariat", "Bureau" };
	size_t near = i + 1, k, end;

	if (!is_capitalised(&words[i]))
		return i;
	/* most words have no possessive within a title's length: asked
	 * first, it spares title_at's look-ups */
	while (near < hi && near <= i + NER_GAZ_MAX_WORDS && !is_possessive(&words[near]))
		near++;
	if (near >= hi || near > i + NER_GAZ_MAX_WORDS)
		return i;
	k = title_at(t, words, i, near);
	end = i + k;
	if (k == 0 || end + 1 >= hi || !is_possessive(&words[end]) ||
	    !is_capitalised(&words[end + 1]) || !(WORD_IN(&words[end + 1], offices) ||
	    gaz_is(t, words, end + 1, end + 2, GAZ_ORG_WORD)))
		return i;
	for (size_t m = i; m < end; m++)
		if (!is_capitalised(&words[m]))
			return i;
	return end + 2;
}

/* An office's name is one organisation, whatever the tagger made of
 * its words ("Prime" a person alone, "Attorney" and "General's Office"
 * two organisations): the first span inside it becomes the office, and
 * the others are taken by it (tag_sentence's covered). */
void
take_offices(const struct tagger *t, const struct ner_tok *words, size_t lo,
    size_t hi, struct span *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		/* the office starts up to three words before the span, or
		 * inside it after an article ("The Foreign Minister's") */
		size_t first = v[i].from >= lo + 3 ? v[i].from - 3 : lo, a = v[i].to, e = a;
		for (size_t s = first; s < v[i].to; s++)
			if ((e = office_at(t, words, s, hi)) > s) {
				a = s;
				break;
			}
		if (e <= a || e <= v[i].from || v[i].to > e || (i > 0 && v[i - 1].to > a) ||
		    (a > v[i].from && !(a == v[i].from + 1 &&
		    is_function_word(words[v[i].from].s, words[v[i].from].len))))
			continue;
		v[i] = (struct span){ v[i].lo, a, e, a, ORG, false };
		for (i++; i < n && v[i].from < e && v[i].to <= e; i++)
			;
		i--;
	}
}

/* An office's name (office_at) from words[i] that no span of v[0..n)
 * overlaps (the tagger's tags on it, a title dropped, do not count):
 * its end, or i. */
size_t
office_end(const struct tagger *t, const struct ner_tok *words, size_t i,
    size_t hi, const struct span *v, size_t n)
{
	size_t e = office_at(t, words, i, hi);

	for (size_t k = 0; e > i && k < n; k++)
		if (v[k].from < e && v[k].to > i)
			return i;
	return e;
}
