/*
 * edges: where a name the tagger found begins and ends (tagger.h): the
 * organisation's words it left out after or before it ("Halvia
 * Telecom", "International Olympic Committee"), and what is no part of
 * it at either edge: marks, small words, a clause's opening word, the
 * period of a company's results ("H1"), a sign-off's "Newsroom".
 * spans.c asks these of each span of a sentence.
 */
#include <stdbool.h>
#include <string.h>

#include "tagger.h"

/* "Halvia Telecom", "the Velgrad Police": a name the tagger ended
 * before a capitalised organisation's word it left out (up to next, the
 * next span's start) is that organisation's name, whoever it was. */
void
org_word_after(const struct tagger *t, const struct ner_tok *words, size_t next,
    size_t hi, struct span *sp)
{
	size_t k = sp->to;

	/* not in a headline in title case ("Marek Energy Plan Draws Fire"),
	 * but before a title ("the Ana Ruiz Foundation Director") */
	if (k + 1 < hi && is_capitalised(&words[k + 1]) && title_at(t, words, k + 1, hi) == 0)
		return;
	if (k >= next || (sp->type != PERSON && sp->type != GPE && sp->type != ORG) ||
	    t->tag_names[t->tags[k]][0] != 'O' ||
	    !(is_capitalised(&words[k]) || is_company_suffix(&words[k])) ||
	    !is_org_word_at(t, words, k) ||
	    gaz_is(t, words, sp->from, sp->to, GAZ_COUNTRY))
		return;
	sp->to = k + 1;
	sp->type = ORG;
}

/* "the International Olympic Committee", the tagger taking "Committee"
 * alone: an organisation's word alone is no name, and capitalised words
 * the tagger left out just before it, inside the sentence and after the
 * name before it (covered), are the name's first words, up to three of
 * them; not a function word, a title, a month or a day, a word in
 * capitals (a headline's), or a sentence's first word that the model's
 * text mostly writes in lower case. */
void
org_words_before(const struct tagger *t, const struct ner_tok *words,
    size_t lo, size_t covered, struct span *sp)
{
	size_t from = sp->from;

	if (sp->type != ORG || sp->title_from != sp->from || sp->to - sp->from != 1 ||
	    !is_org_word_at(t, words, sp->from))
		return;
	while (from > covered && from > lo && sp->from - from < 3 &&
	    t->tag_names[t->tags[from - 1]][0] == 'O' && is_capitalised(&words[from - 1]) &&
	    !is_all_capitals(&words[from - 1]) &&
	    !is_function_word(words[from - 1].s, words[from - 1].len) &&
	    !is_time_name(&words[from - 1]) &&
	    !gaz_is(t, words, from - 1, from, GAZ_TITLE))
		from--;
	if (from == lo && from < sp->from &&
	    ner_model_lower_word(t->model, words[from].s, words[from].len))
		from++;
	sp->from = sp->title_from = from;
}

/* "Halvia Petroleum H1 net profit up", "Kessel Steel Q3 sales": a
 * company's name does not run on into the period its results are for;
 * then its last word may say it is a company. */
static void
trim_period(const struct ner_tok *words, struct span *sp)
{
	static const char *const periods[] = {
		"H1", "H2", "1H", "2H", "Q1", "Q2", "Q3", "Q4", "1Q", "2Q", "3Q", "4Q",
		"FY", "9M", "6M", "3M",
	};

	if (sp->to - sp->from < 2 || !WORD_IN(&words[sp->to - 1], periods))
		return;
	sp->to--;
	if (ends_organisation(&words[sp->to - 1]))
		sp->type = ORG;
}

/* "-- Velgrad Newsroom +381 11 222 3344": the bureau that signs a story
 * off, after its dash, is named by its town, a place; not an outlet's
 * own newsroom ("The Orvo Times Newsdesk said"). */
static void
newsroom_town(const struct ner_tok *words, size_t lo, struct span *sp)
{
	const struct ner_tok *dash = sp->from > lo ? &words[sp->from - 1] : NULL;

	if (sp->to - sp->from < 2 || dash == NULL ||
	    !(is_word(dash, "--") || is_word(dash, "-") || is_word(dash, "\xe2\x80\x94")) ||
	    !(is_word(&words[sp->to - 1], "Newsroom") || is_word(&words[sp->to - 1], "Newsdesk")) ||
	    ends_organisation(&words[sp->to - 2]))
		return;
	sp->to--;
	sp->type = GPE;
}

/* A name has no quotation marks or brackets at its edges, and does not
 * start with a small word in lower case ("of") or the word that opens a
 * clause ("Though YouTube"). */
static void
trim_span(const struct ner_tok *words, struct span *sp)
{
	static const char *const openers[] = {
		"Though", "Although", "When", "While", "After", "Before", "If",
		"Since", "Because", "Unless", "Until", "As", "But", "And", "Or",
		"So", "Yet", "Then", "Meanwhile", "However", "Also",
	};

	while (sp->from < sp->to && is_mark(&words[sp->from]))
		sp->from++;
	while (sp->to > sp->from && is_mark(&words[sp->to - 1]))
		sp->to--;
	/* nor with a word of English grammar in lower case, a tagger's slip
	 * ("of Eid al-Fitr"); particles ("van", "de") and "al-" stay */
	static const char *const small_words[] = {
		"of", "the", "a", "an", "and", "or", "in", "on", "at", "to", "for",
		"from", "by", "with",
	};
	while (sp->to - sp->from > 1 && WORD_IN(&words[sp->from], small_words))
		sp->from++;
	if (sp->to - sp->from > 1 && WORD_IN(&words[sp->from], openers))
		sp->from++;
	/* a place's name starts with no word in lower case ("eastern
	 * Kalvia" is the country, told where), but for a particle ("al
	 * Qaim") */
	if (sp->type == GPE || sp->type == LOC)
		while (sp->to - sp->from > 1 && is_lower_word(&words[sp->from]) &&
		    !is_particle(&words[sp->from]))
			sp->from++;
	/* a person's or a place's name ends in no word in lower case ("the
	 * Halden bourse" was the person "Halden bourse"), nor in a number
	 * ("Ivo Marek 30-5-101-3", a bowler's figures) */
	if (sp->type == PERSON || sp->type == GPE || sp->type == LOC || sp->type == NORP)
		while (sp->to - sp->from > 1 && (is_lower_word(&words[sp->to - 1]) ||
		    (words[sp->to - 1].len > 0 && is_digit(words[sp->to - 1].s[0]))))
			sp->to--;
	if (sp->title_from > sp->from || sp->title_from < sp->from)
		sp->title_from = sp->from;
}

/* Whether the other side's score is told after words[k]: one to four
 * capitalised words and a small number ("Tarsk United 1"). */
static bool
other_side_follows(const struct ner_tok *words, size_t k, size_t hi)
{
	size_t j = k;

	while (j < hi && j - k < 4 && is_capitalised(&words[j]))
		j++;
	return j > k && j < hi && is_small_number(&words[j]);
}

/* Where the words after a score's scorers in brackets start, from
 * words[k] ("2 ( Gary Pendle 34 , Alan Shrimpton 78 ) Fulbridge City
 * 2"): after the bracket that closes them, on the same line; k when
 * there are none. */
static size_t
after_scorers(const struct ner_tok *words, size_t k, size_t hi)
{
	if (k >= hi || !is_word(&words[k], "("))
		return k;
	for (size_t j = k + 1; j < hi && j - k < 40 && !ends_line(words, j - 1, hi); j++)
		if (is_word(&words[j], ")"))
			return j + 1;
	return k;
}

/* Whether a side and its score come before words[from] on its line
 * ("Halby Town 1" before "Tarsk United 1"), within six words. */
static bool
side_scored_before(const struct ner_tok *words, size_t lo, size_t from)
{
	for (size_t j = from; j > lo + 1 && from - j < 6; j--) {
		const struct ner_tok *w = &words[j - 1];
		if (memchr(w->s, '\n', (size_t)(words[from].s - w->s)) != NULL)
			return false;	/* another line's */
		if (is_small_number(w))
			return is_capitalised(&words[j - 2]);
	}
	return false;
}

/* A results line's score is no part of the name before it ("Tarsk United
 * 1" in "Halby Town 1 Tarsk United 1"): a small number ending a name,
 * before the other side and its score (perhaps after its scorers in
 * brackets), or ending the line (or before its bracket) after a side and
 * its score; not a number a name has ("Channel 4 said", "Channel 5 ( UK
 * )", "the G 7 met"). */
static void
trim_score(const struct ner_tok *words, size_t lo, size_t hi, struct span *sp)
{
	size_t k = sp->to;

	if (sp->to - sp->from < 2 || !is_small_number(&words[k - 1]))
		return;
	if (other_side_follows(words, k, hi) ||
	    other_side_follows(words, after_scorers(words, k, hi), hi) ||
	    ((ends_line(words, k - 1, hi) || is_word(&words[k], "(")) &&
	    side_scored_before(words, lo, sp->from)))
		sp->to--;
}

void
trim_edges(const struct ner_tok *words, size_t lo, size_t hi, struct span *sp)
{
	trim_span(words, sp);
	trim_score(words, lo, hi, sp);
	trim_period(words, sp);
	newsroom_town(words, lo, sp);
}
