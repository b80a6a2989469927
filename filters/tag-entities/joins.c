/*
 * joins: the tagger's spans of a sentence that are one name (tagger.h):
 * neighbours ("Prime" + "Minister David Cameron", "Halvex" + "SA"), a
 * person's name over its particles ("Pieter" + "van der" + "Berg"), and
 * an organisation's over "of" or "for" ("the Velby Board" + "of
 * Trade").  spans.c splits what the tagger joined; this joins what it
 * split.
 */
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "tagger.h"

/* How a span, sp (v[i] of n, the spans after it still in place), goes on
 * over the words after it. */
typedef void span_extension(const struct tagger *t, const struct ner_tok *words,
    size_t hi, const struct span *v, size_t n, size_t i, struct span *sp);

/* Each span of v[0..n) gone on by extend, and a span it now covers
 * taken away; returns the number of spans. */
static size_t
extend_spans(const struct tagger *t, const struct ner_tok *words, size_t hi,
    struct span *v, size_t n, span_extension *extend)
{
	size_t out = 0;

	for (size_t i = 0; i < n; i++) {
		if (out > 0 && v[out - 1].to > v[i].from)
			continue;	/* swallowed by the name before */
		v[out] = v[i];
		extend(t, words, hi, v, n, i, &v[out++]);
	}
	return out;
}

/* "Pieter" + "van der" + "Berg": a person's name goes on over particles
 * to the capitalised word after them, and the span there if any. */
static void
join_particles(const struct tagger *t, const struct ner_tok *words, size_t hi,
    const struct span *v, size_t n, size_t i, struct span *sp)
{
	size_t j = sp->to;

	(void)t;
	while (j < hi && is_particle(&words[j]))
		j++;
	if (sp->type != PERSON || j == sp->to || j >= hi || !is_capitalised(&words[j]))
		return;
	sp->to = j + 1;
	if (i + 1 < n && v[i + 1].from == j && v[i + 1].type == PERSON)
		sp->to = v[i + 1].to;
}

/* Whether words[j] may go on a body's name after its "of": capitalised,
 * in title case, no word of grammar, day or title ("the Velby Board of
 * Trade"; not "the Bank of Kessia Governor"). */
static bool
goes_on_body_name(const struct tagger *t, const struct ner_tok *words, size_t j,
    size_t hi)
{
	const struct ner_tok *w = &words[j];

	return is_capitalised(w) && !is_all_capitals(w) && !is_function_word_any_case(w) &&
	    !is_time_name(w) && title_at(t, words, j, hi) == 0;
}

/* "the Velby Board" + "of Trade", "the Halden Committee" + "for the"
 * + "Winter Games", "Banca Lorvese" + "di" + "Credito": an
 * organisation's name that ends in a body's word goes on after "of",
 * "for" (or "di", "de"...) and perhaps "the", over the capitalised words
 * the tagger left out or the name it found there. */
static void
join_body_names(const struct tagger *t, const struct ner_tok *words, size_t hi,
    const struct span *v, size_t n, size_t i, struct span *sp)
{
	static const char *const joins[] = {
		"of", "for", "di", "de", "del", "della", "des", "du",
	};
	size_t j = sp->to;

	if (sp->type != ORG || j + 1 >= hi || !WORD_IN(&words[j], joins) ||
	    !(is_org_word_at(t, words, j - 1) || opens_company_name(&words[sp->from])))
		return;
	bool joined_by_for = is_word(&words[j], "for");
	j += 1 + (j + 2 < hi && is_word(&words[j + 1], "the"));
	/* not a person, nor a body of its own ("quit the Velby Party
	 * for the Kessel Union", "the Kessel Union of Anna Berg") */
	if (i + 1 < n && v[i + 1].from == j && v[i + 1].type <= EVENT &&
	    v[i + 1].type != PERSON && !(v[i + 1].type == ORG &&
	    is_org_word_at(t, words, v[i + 1].to - 1))) {
		bool all = true;
		for (size_t k = j; k < v[i + 1].to; k++)
			all &= goes_on_body_name(t, words, k, hi) || is_particle(&words[k]) ||
			    (k > j && k + 1 < v[i + 1].to && is_function_word_any_case(&words[k]));
		if (all)
			sp->to = v[i + 1].to;
		return;
	}
	if (i + 1 < n && v[i + 1].from == j)
		return;
	/* "the National Association for the Advancement of Kessian
	 * Veterans": "of" again, between capitalised words */
	size_t k = j, end = j;
	while (k < hi && k - j < 8 && t->tag_names[t->tags[k]][0] == 'O') {
		if (goes_on_body_name(t, words, k, hi))
			end = ++k;
		else if (k > j && k + 1 < hi && is_word(&words[k], "of") &&
		    goes_on_body_name(t, words, k + 1, hi))
			k++;
		else
			break;
	}
	/* "left the Halden Ministry for the Velby Central Bank": a
	 * body of its own after "for" */
	if (end > j && (end == hi || !is_capitalised(&words[end]) ||
	    title_at(t, words, end, hi) > 0) &&
	    !(joined_by_for && is_org_word_at(t, words, end - 1)))
		sp->to = end;
}

/* Two neighbouring spans that are one name: "Prime" + "Minister David
 * Cameron" (the tagger broke a title), "Turkish" + "Air Force"
 * (OntoNotes keeps a nationality inside an organisation's name), or
 * "Czech" + "Republic", a country's name the gazetteer has whole (GMB's
 * silver tags split it so, and the model learnt it), or a name and its
 * company's legal form ("Halvex" + "SA"). */
static size_t
merge_neighbours(const struct tagger *t, const struct ner_tok *words,
    struct span *v, size_t n)
{
	size_t out = 0;

	for (size_t i = 0; i < n; i++) {
		struct span *prev = out ? &v[out - 1] : NULL;
		if (prev && prev->to == v[i].from &&
		    ((prev->type == PERSON && v[i].type == PERSON) ||
		    (prev->type == NORP && v[i].type == ORG))) {
			prev->to = v[i].to;
			prev->type = v[i].type;
			continue;
		}
		if (prev && prev->to == v[i].from && v[i].to - v[i].from == 1 &&
		    is_company_suffix(&words[v[i].from])) {
			prev->to = v[i].to;	/* "Halvex" + "SA" */
			prev->type = ORG;
			continue;
		}
		/* "the International Committee" + "of the" + "Red Cross": a
		 * body's word, then "of the" and an organisation, is one */
		if (prev && prev->type == ORG && v[i].type == ORG && prev->to + 2 == v[i].from &&
		    is_word(&words[prev->to], "of") && is_word(&words[prev->to + 1], "the") &&
		    is_org_word_at(t, words, prev->to - 1)) {
			prev->to = v[i].to;
			continue;
		}
		if (prev && prev->to == v[i].from &&
		    gaz_is(t, words, prev->from, v[i].to, GAZ_COUNTRY)) {
			prev->to = v[i].to;
			prev->type = GPE;
			continue;
		}
		v[out++] = v[i];
	}
	return out;
}

size_t
join_spans(const struct tagger *t, const struct ner_tok *words, size_t hi,
    struct span *v, size_t n)
{
	n = merge_neighbours(t, words, v, n);
	n = extend_spans(t, words, hi, v, n, join_particles);
	return extend_spans(t, words, hi, v, n, join_body_names);
}
