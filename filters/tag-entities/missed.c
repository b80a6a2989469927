/*
 * missed: names the sequence tagger left out altogether, found by their
 * words (tagger.h): an organisation's name ending in its word ("Coldmere
 * Foods"), an outlet beside its noun ("the news agency Dravpress") or
 * quoting someone ("Dravpress quoted him as saying"), an
 * office's name (offices.c), a place beside its own people or courts ("A
 * Kessel court jailed").  Run after the tagger's own spans are kept.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "names/names.h"
#include "tagger.h"

/* "Broadcaster", "Newspaper": a noun for a news outlet, capitalised to
 * open a sentence. */
static bool
opens_with_media_noun(const struct ner_tok *w)
{
	char buf[16];
	const struct ner_tok lower = lower_first(w, buf, sizeof buf);

	return lower.s == buf && is_media_noun(&lower);
}

/* "Dravpress quoted the minister as saying": the name before "quoted",
 * with "as saying" (or "telling", "having said") after it in the
 * sentence, is the outlet that reported the words. */
static bool
quoted_as_saying(const struct ner_tok *words, size_t at, size_t hi)
{
	if (at + 1 >= hi || !is_word(&words[at], "quoted") || is_word(&words[at + 1], "by"))
		return false;
	for (size_t k = at + 1; k + 1 < hi && k < at + 12; k++)
		if (is_word(&words[k], "as") && (is_word(&words[k + 1], "saying") ||
		    is_word(&words[k + 1], "telling") || is_word(&words[k + 1], "having")))
			return true;
	return false;
}

/*
 * "Shares in Coldmere Foods fell", "Halo Trust regional director": two
 * or three capitalised words the tagger left out, ending in an
 * organisation's word, are an organisation.  Function words are left
 * off its start ("The World Trade Organisation"), and so is a sentence's
 * first word that the model's text mostly writes in lower case
 * ("Officials Kessel Board"); inside a sentence such a word's capital
 * says it is the name's ("the Labour Party"); a headline in capitals
 * says nothing by its capitals, and is let be.
 */
void
missed_organisations(struct tagger *t, const char *text, size_t lo, size_t hi,
    const struct span *v, size_t n)
{
	const struct ner_tok *words = t->words;
	/* The words outside every span and every tag of the tagger's, marked
	 * once: a window has up to a thousand words. */
	bool *free_word = xmalloc(hi - lo);

	for (size_t i = lo; i < hi; i++)
		free_word[i - lo] = t->tag_names[t->tags[i]][0] == 'O';
	for (size_t k = 0; k < n; k++)
		for (size_t i = v[k].from; i < v[k].to; i++)
			free_word[i - lo] = false;
	for (size_t i = lo; i < hi; i++) {
		size_t office = office_end(t, words, i, hi, v, n);
		if (office > i) {	/* "the Prime Minister's Office" */
			add_span(t, text, words, &(struct span){ lo, i, office, i, ORG, false });
			for (size_t k = i; k < office; k++)
				free_word[k - lo] = false;
			i = office - 1;
		}
	}
	for (size_t i = lo; i < hi; i++) {
		size_t j = i;
		while (j < hi && is_capitalised(&words[j]) && free_word[j - lo])
			j++;
		/* "Norbank plc": a legal form in lower case ends the name */
		if (j > i && j < hi && free_word[j - lo] && is_company_suffix(&words[j]))
			j++;
		/* After a capitalised word the tagger took, the run is the
		 * rest of a name it cut ("the Iraqi Islamic Party"); four
		 * words or more are a headline's more often than a name. */
		/* "the news agency Velpress", "the Kessel Courier newspaper":
		 * one word or more beside a noun for a news outlet. */
		size_t start = i;
		if (j - i >= 2 && opens_with_media_noun(&words[i]))
			start++;	/* "Broadcaster Tarsk TV reported" */
		bool outlet = j > start && j - start <= 3 &&
		    (start > i || (i > lo && is_media_noun(&words[i - 1])) ||
		    (j < hi && is_media_noun(&words[j])) || quoted_as_saying(words, j, hi));
		if (outlet)
			i = start;
		size_t from = i;
		while (from + 1 < j && (is_function_word(words[from].s, words[from].len) ||
		    (from == lo && ner_model_lower_word(t->model, words[from].s, words[from].len))))
			from++;
		/* not a portfolio before its title ("Human Rights Minister") */
		if (!outlet && (j - from < 2 || j - from > 3 || (i > lo && is_capitalised(&words[i - 1])) ||
		    (j < hi && gaz_is(t, words, j, j + 1, GAZ_TITLE)) ||
		    !is_org_word_at(t, words, j - 1))) {
			i = j;
			continue;
		}
		if (j - from >= 2 || (outlet && j - from == 1 && !qualifies_outlet(&words[from]) &&
		    !is_function_word(words[from].s, words[from].len) &&
		    !(from == lo && ner_model_lower_word(t->model, words[from].s, words[from].len))))
			add_span(t, text, words, &(struct span){ lo, from, j, from, ORG, false });
		i = j;
	}
	free(free_word);
}

/* A month, a day or a feast, which the date patterns read: no place
 * before "police" ("In January police arrested"). */
bool
is_time_name(const struct ner_tok *w)
{
	static const char *const names[] = {
		"January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December",
		"Easter", "Christmas", "Ramadan", "Eid", "Passover", "Diwali",
	};

	return WORD_IN(w, names) || is_day_name(w);
}

/* Whether a mention made since the sentence's first (t->found.v[first..))
 * overlaps text[start, end): the found list is not indexed while the
 * record's sentences are tagged. */
static bool
overlaps_sentence_mention(const struct tagger *t, size_t first, size_t start, size_t end)
{
	for (size_t k = first; k < t->found.n; k++)
		if (t->found.v[k].start < end && t->found.v[k].end > start)
			return true;
	return false;
}

/* Whether word i is inside one of the spans v[0..n) kept, asked of
 * words in order: *k, the first span not wholly before i, only grows. */
static bool
in_kept_span(const struct span *v, size_t n, size_t *k, size_t i)
{
	while (*k < n && v[*k].to <= i)
		(*k)++;
	return *k < n && v[*k].from <= i;
}

/* "A Kessel court jailed", "Velgrad police said": one capitalised word
 * the tagger left out, inside the sentence and not a word the model's
 * text writes in lower case, an acronym, a nationality's, a faith's or
 * a time's, beside its place's people, officers or courts, is that
 * place. */
void
missed_places(struct tagger *t, const char *text, size_t lo, size_t hi,
    const struct span *v, size_t n, size_t first)
{
	const struct ner_tok *words = t->words;
	size_t k = 0;

	for (size_t i = lo + 1; i < hi; i++) {
		const struct ner_tok *w = &words[i];
		if (in_kept_span(v, n, &k, i) || t->tag_names[t->tags[i]][0] != 'O' ||
		    !is_capitalised(w) || (is_capitalised(&words[i - 1]) &&
		    !is_function_word(words[i - 1].s, words[i - 1].len)) ||
		    (i + 1 < hi && is_capitalised(&words[i + 1])) ||
		    is_function_word(w->s, w->len) || is_based_word(w) ||
		    is_time_name(w) || is_all_capitals(w) ||
		    qualifies_outlet(w) ||	/* "an Islamic court", "the Sunday paper" */
		    ner_model_lower_word(t->model, w->s, w->len))
			continue;
		struct span sp = { lo, i, i + 1, i, GPE, false };
		size_t start = (size_t)(w->s - text);
		if (place_of_its_people(words, lo, hi, &sp,
		    PLACE_PEOPLE | PLACE_OFFICERS | PLACE_COURTS) &&
		    !overlaps_sentence_mention(t, first, start, start + w->len))
			add_span(t, text, words, &sp);
	}
}

/* "Dravian troops", "the Kessish first division": one capitalised word
 * the tagger left out that nationality_before_noun reads as a
 * nationality, before a nationality's noun, is a NORP, when the model's
 * open text never had it (one it knows, "Kurdish", it tagged as it
 * learnt) and it is no first name ("Adrian said"). */
void
missed_nationalities(struct tagger *t, const char *text, size_t lo, size_t hi,
    const struct span *v, size_t n, size_t first)
{
	const struct ner_tok *words = t->words;
	size_t k = 0;

	for (size_t i = lo; i + 1 < hi; i++) {
		const struct ner_tok *w = &words[i];
		if (in_kept_span(v, n, &k, i) || t->tag_names[t->tags[i]][0] != 'O' ||
		    !demonym_adjective(w) || is_all_capitals(w) ||
		    (i > lo && is_capitalised(&words[i - 1]) &&
		    !is_function_word(words[i - 1].s, words[i - 1].len)) ||
		    ner_model_known_word(t->model, w->s, w->len) ||
		    ner_model_lower_word(t->model, w->s, w->len) ||
		    name_sex(w->s, w->len) != NAME_UNKNOWN ||
		    !is_nationality_head(words, i + 1, hi))
			continue;
		struct span sp = { lo, i, i + 1, i, NORP, false };
		size_t start = (size_t)(w->s - text);
		if (nationality_before_noun(t, words, lo, hi, &sp) &&
		    !overlaps_sentence_mention(t, first, start, start + w->len))
			add_span(t, text, words, &sp);
	}
}

/* Whether w goes on from a competition's name to a stage or a side of
 * it ("Kessian Cup second round", "Velby Open final", "Cup holders"). */
static bool
competition_goes_on(const struct ner_tok *w)
{
	static const char *const stages[] = {
		"final", "finals", "semi-final", "semi-finals", "semifinal",
		"quarter-final", "quarter-finals", "round", "tie", "ties", "match",
		"matches", "title", "holders", "draw", "qualifier", "qualifiers",
		"qualifying", "first", "second", "third", "fourth", "fifth",
		"winner", "winners", "champion", "champions", "trophy",
	};

	return WORD_IN(w, stages);
}

/* "Results of Kessian Cup second round matches", "won the Velby Open on
 * Sunday": one to three capitalised words the tagger left out, ending in
 * a competition's word, after "the" or before a stage of it, inside a
 * sentence that is no headline in title case (a word in lower case or
 * none before them, none capitalised after), are the competition, an
 * EVENT; not "Polls Open in Kessia", "Epic Games rose". */
void
missed_competitions(struct tagger *t, const char *text, size_t lo, size_t hi,
    const struct span *v, size_t n, size_t first)
{
	const struct ner_tok *words = t->words;
	size_t k = 0;

	for (size_t i = lo + 1; i < hi; i++) {
		if (in_kept_span(v, n, &k, i) || !is_competition_word(&words[i]))
			continue;
		size_t from = i;
		while (from > lo && i - from < 3 && is_capitalised(&words[from - 1]) &&
		    t->tag_names[t->tags[from - 1]][0] == 'O' &&
		    !is_function_word(words[from - 1].s, words[from - 1].len) &&
		    !(k > 0 && v[k - 1].to > from - 1))
			from--;
		bool the = from > lo && is_word(&words[from - 1], "the");
		if (from == i || (from > lo && is_capitalised(&words[from - 1])) ||
		    (i + 1 < hi && is_capitalised(&words[i + 1])) ||
		    t->tag_names[t->tags[i]][0] != 'O' ||
		    !(the || (i + 1 < hi && competition_goes_on(&words[i + 1]))))
			continue;
		struct span sp = { lo, from, i + 1, from, EVENT, false };
		size_t start = (size_t)(words[from].s - text), end = (size_t)(words[i].s - text) + words[i].len;
		if (!overlaps_sentence_mention(t, first, start, end))
			add_span(t, text, words, &sp);
	}
}
