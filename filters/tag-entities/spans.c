/*
 * spans: from the sequence tagger's tags to names (tagger.h).
 *
 * The tagger marks spans of words with BIO tags and GMB's types; rules
 * then mend what a tagger trained on other text gets wrong in news: a
 * person's title is not part of the name, neighbouring spans that are
 * one name are joined (joins.c) and spans that are two are split, and
 * the types the gazetteer and the words make plain are set (kinds.c
 * asks the span's own words, context.c the words around it, edges.c
 * where it begins and ends).  Runs on any thread, one sentence (or window of one)
 * at a time.
 */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "roles.h"
#include "names/names.h"
#include "tagger.h"

/* The entity type of a tagged span, NTYPES for none: the tagger's place
 * types are refined by the gazetteer (GMB's "geo" is a GPE unless it is a
 * region or ends in "Sea"; its "gpe" is a NORP unless it names a
 * country). */
static enum etype
span_type(const struct tagger *t, const char *tag, const struct ner_tok *words,
    size_t from, size_t to)
{
	unsigned bits = gaz_bits(t, words, from, to);
	unsigned last = gaz_bits(t, words, to - 1, to);

	if (strcmp(tag, "PER") == 0)
		return PERSON;
	if (strcmp(tag, "ORG") == 0)
		return ORG;
	if (strcmp(tag, "GEO") == 0) {
		/* A country or a city first: WordNet also files some
		 * ("China", "Estonia") as geographical areas. */
		if (((bits & (1u << GAZ_REGION)) && !(bits & GAZ_STATES)) ||
		    (to - from > 1 && (last & (1u << GAZ_LOC_WORD))))
			return LOC;
		return GPE;
	}
	if (strcmp(tag, "GPE") == 0)
		return bits & GAZ_STATES ? GPE : NORP;
	if (strcmp(tag, "ART") == 0)
		return PRODUCT;
	if (strcmp(tag, "EVE") == 0)
		return EVENT;
	return NTYPES;	/* times are the patterns' job; GMB's "nat" is not ours */
}

/* Words of the span all titles ("Prime Minister")? */
static bool
only_titles(const struct tagger *t, const struct ner_tok *words,
    const struct span *sp)
{
	size_t i = sp->from, k;

	while (i < sp->to && (k = title_at(t, words, i, sp->to)) > 0)
		i += k;
	return i == sp->to;
}

/*
 * A person's title is not part of the name: "Russian President Vladimir
 * Putin" is PERSON "Vladimir Putin" with title "Russian President".  The
 * span loses its leading title words; the title then reaches left over
 * more title words and the capitalised words that qualify them
 * ("Russian", "British", "U.S."), up to a possessive.
 */
static void
split_title(const struct tagger *t, const struct ner_tok *words, size_t lo,
    struct span *sp)
{
	size_t k;

	while ((k = title_at(t, words, sp->from, sp->to - 1)) > 0)
		sp->from += k;
	/* "Analyst Maria Kern said", "Striker Idris Calloway scored": a role
	 * noun, capitalised to open the sentence, before a name of two
	 * words. */
	if (sp->to - sp->from >= 3 &&
	    ((role_kinds(words[sp->from].s, words[sp->from].len) & ROLE_PERSON) ||
	    is_sports_role(&words[sp->from])))
		sp->from++;
	sp->title_from = sp->from;
	/* "Deputy Foreign Minister for Anti-Terrorism Matters Oleg
	 * Syromolotov": the words after a title's "for" or "of" belong to
	 * the title, and the name is the last two words. */
	size_t j = sp->from;
	while (j > lo && is_capitalised(&words[j - 1]))
		j--;
	if (sp->to - sp->from >= 3 && j > lo + 1 &&
	    (is_word(&words[j - 1], "for") || is_word(&words[j - 1], "of")) &&
	    title_before(t, words, lo, j - 1) > 0) {
		sp->from = sp->to - 2;
		sp->title_from = j - 1;
	}
	while ((k = title_before(t, words, lo, sp->title_from)) > 0)
		sp->title_from -= k;
	if (sp->title_from < sp->from)
		while (sp->title_from > lo && is_capitalised(&words[sp->title_from - 1]))
			sp->title_from--;
}

/* The spans of the tagger's BIO tags over words[lo..hi). */
static size_t
collect_spans(struct tagger *t, const struct ner_tok *words, size_t lo,
    size_t hi, struct span *out)
{
	size_t n = 0;

	for (size_t i = lo; i < hi;) {
		const char *name = t->tag_names[t->tags[i]];
		if (name[0] != 'B') {
			i++;
			continue;
		}
		size_t j = i + 1;
		while (j < hi && t->tag_names[t->tags[j]][0] == 'I')
			j++;
		enum etype type = span_type(t, name + 2, words, i, j);
		if (type != NTYPES)
			out[n++] = (struct span){ lo, i, j, i, type, false };
		i = j;
	}
	return n;
}

/* Splits span i at word k; the second part gets type.  Returns the new
 * number of spans (the caller made room). */
static size_t
split_span(struct span *v, size_t n, size_t i, size_t k, enum etype type)
{
	memmove(&v[i + 2], &v[i + 1], (n - i - 1) * sizeof *v);
	v[i + 1] = (struct span){ v[i].lo, k, v[i].to, k, type, false };
	v[i].to = k;
	return n + 1;
}

/* "Moody 's Investors Service", "Halloran 's Stores Inc": a company
 * named after its founder, its possessive inside the name; one word
 * the gazetteer has for no place before the possessive (k), a legal
 * form or a company's word at the end.  Not a town's body ("Kessia 's
 * Central Bank", "Velby 's Ambulance Service"): a service is a
 * company's only after the markets' words. */
static bool
company_of_owner(const struct tagger *t, const struct ner_tok *words, size_t from,
    size_t k, size_t to)
{
	static const char *const company_words[] = {
		"Stores", "Restaurants", "Brewery",
	};
	static const char *const services[] = { "Service", "Services" };
	static const char *const markets[] = {
		"Investors", "Investor", "Financial", "Information",
	};
	const struct ner_tok *last = &words[to - 1];

	return k == from + 1 && !(gaz_bits(t, words, from, k) & GAZ_PLACES) &&
	    (is_company_suffix(last) || NAME_WORD_IN(last, company_words) ||
	    (to - k > 2 && NAME_WORD_IN(last, services) && NAME_WORD_IN(&words[to - 2], markets)));
}

/* "UK's Foreign Affairs Select Committee": the owner before a possessive
 * is a name of its own, unless it is a title ("Prime Minister's
 * Office") or a plural noun for people inside the name ("the Sudan
 * People's Liberation Movement").  Returns the number of spans, one more
 * when split. */
static size_t
split_possessive(const struct tagger *t, const struct ner_tok *words,
    struct span *v, size_t n, size_t i)
{
	static const char *const people_plurals[] = {
		"People", "Peoples", "Children", "Women", "Men", "Workers",
		"Citizens", "Veterans", "Farmers", "Students", "Teachers",
		"Consumers", "Pensioners", "Taxpayers", "Families", "Mothers",
	};
	struct span *sp = &v[i];

	for (size_t k = sp->from + 1; k + 1 < sp->to; k++) {
		if (!is_possessive(&words[k]))
			continue;
		/* "the Sudan People's Liberation Movement", "the United
		 * Nations Children's Fund": after a plural noun for people the
		 * possessive is the name's own ("the Kessel Party's Youth
		 * Wing" is two names) */
		if (NAME_WORD_IN(&words[k - 1], people_plurals) ||
		    company_of_owner(t, words, sp->from, k, sp->to))
			return n;
		size_t title = title_before(t, words, sp->from, k);
		size_t cut = k, resume = k + 1;	/* [from, cut) and [resume, to) */
		if (title > 0) {
			/* "UK Prime Minister's Office": the office is one name,
			 * what qualifies the title another. */
			if (k - title == sp->from)
				return n;
			cut = resume = k - title;
		}
		n = split_span(v, n, i, cut, title > 0 ? ORG : sp->type);
		v[i + 1].from = v[i + 1].title_from = resume;
		if (gaz_is(t, words, v[i].from, cut, GAZ_COUNTRY) ||
		    gaz_is(t, words, v[i].from, cut, GAZ_CITY))
			v[i].type = GPE;
		return n;
	}
	return n;
}

/* "Ambassador to Russia Jean-Maurice Ripert": a place the gazetteer
 * knows, run together with two or more capitalised words, is a place
 * and then a person. */
static size_t
split_place_name(const struct tagger *t, const struct ner_tok *words,
    struct span *v, size_t n, size_t i)
{
	struct span *sp = &v[i];

	if ((sp->type != GPE && sp->type != LOC) || sp->to - sp->from < 3)
		return n;
	for (size_t k = sp->to - 2; k > sp->from; k--) {
		if (!gaz_is(t, words, sp->from, k, GAZ_COUNTRY) &&
		    !gaz_is(t, words, sp->from, k, GAZ_CITY))
			continue;
		for (size_t j = k; j < sp->to; j++)
			if (!is_capitalised(&words[j]))
				return n;
		return split_span(v, n, i, k, PERSON);
	}
	return n;
}

/* "the Refugee Council Enver Solomon": an organisation's name ends with
 * its organisation word; two capitalised words after it are a person. */
static size_t
split_org_person(const struct tagger *t, const struct ner_tok *words,
    struct span *v, size_t n, size_t i)
{
	size_t k = v[i].to - 3;

	if (v[i].type != ORG || v[i].to - v[i].from < 4 ||
	    !gaz_is(t, words, k, k + 1, GAZ_ORG_WORD) ||
	    gaz_is(t, words, k + 1, k + 2, GAZ_ORG_WORD) ||
	    gaz_is(t, words, k + 2, k + 3, GAZ_ORG_WORD) ||
	    !is_capitalised(&words[k + 1]) || !is_capitalised(&words[k + 2]))
		return n;
	return split_span(v, n, i, k + 1, PERSON);
}

/* "Bluewater Shipping and Carrow Logistics": an organisation's name
 * that ends in an organisation's word before "and", the rest capitalised
 * and ending in one too, is two organisations ("the Justice and
 * Development Party" stays one). */
static size_t
split_org_pair(const struct tagger *t, const struct ner_tok *words,
    struct span *v, size_t n, size_t i)
{
	if (v[i].type != ORG || v[i].to - v[i].from < 4 ||
	    !is_org_word_at(t, words, v[i].to - 1))
		return n;
	for (size_t k = v[i].from + 1; k + 2 < v[i].to; k++) {
		if (!is_word(&words[k], "and") || !is_capitalised(&words[k + 1]) ||
		    !is_org_word_at(t, words, k - 1))
			continue;
		n = split_span(v, n, i, k, ORG);
		v[i + 1].from = v[i + 1].title_from = k + 1;
		return n;
	}
	return n;
}

/* "Muslims and Christians": two faiths joined by "and" are two names
 * (retype makes each a NORP). */
static size_t
split_faith_pair(const struct ner_tok *words, struct span *v, size_t n, size_t i)
{
	size_t k = v[i].from + 1;

	if (v[i].to - v[i].from != 3 || !is_word(&words[k], "and") ||
	    !is_faith_word(&words[k - 1]) || !is_faith_word(&words[k + 1]))
		return n;
	n = split_span(v, n, i, k, v[i].type);
	v[i + 1].from = v[i + 1].title_from = k + 1;
	return n;
}

/* Whether every word of words[from..to) is capitalised. */
static bool
all_capitalised(const struct ner_tok *words, size_t from, size_t to)
{
	for (size_t k = from; k < to; k++)
		if (!is_capitalised(&words[k]))
			return false;
	return from < to;
}

/* Splits span i at its first word between its ends that is_between
 * (a score, "v"): two names, the word between them in neither, each
 * with the span's type, when both sides are capitalised words. */
static size_t
split_sides(const struct ner_tok *words, struct span *v, size_t n, size_t i,
    bool (*is_between)(const struct ner_tok *))
{
	for (size_t k = v[i].from + 1; k + 1 < v[i].to; k++) {
		if (!is_between(&words[k]))
			continue;
		if (!all_capitalised(words, v[i].from, k) ||
		    !all_capitalised(words, k + 1, v[i].to))
			return n;
		n = split_span(v, n, i, k, v[i].type);
		v[i + 1].from = v[i + 1].title_from = k + 1;
		return n;
	}
	return n;
}

/* "Detroit 6 Cleveland 4": a results line the tagger read as one name
 * up to the last score.  A small number between capitalised words, in
 * a span that opens its line and that a small number follows at the
 * line's end (or before a bracket or a comma), is the first side's
 * score: the sides are two names ("Channel 4 News said 3 people", "the
 * Channel 4 News 10 pm bulletin" stay one). */
static size_t
split_score(const struct ner_tok *words, size_t hi, struct span *v, size_t n, size_t i)
{
	size_t score = v[i].to;

	if (score >= hi || !is_small_number(&words[score]) || !opens_line(words, v[i].lo, v[i].from) ||
	    !(ends_line(words, score, hi) || is_word(&words[score + 1], "(") ||
	    is_word(&words[score + 1], ",")))
		return n;
	return split_sides(words, v, n, i, is_small_number);
}

/* Whether w is the "v" of a fixture. */
static bool
is_versus(const struct ner_tok *w)
{
	static const char *const versus[] = { "v", "V", "vs", "VS", "vs.", "VS." };

	return WORD_IN(w, versus);
}

/* Whether words[at] follows a dash on a line that a sport's slug opens:
 * "CRICKET - PAKISTAN", "CRICKET - SECOND TEST - PAKISTAN". */
static bool
after_dash_of_sport(const struct ner_tok *words, size_t lo, size_t at)
{
	size_t first_dash = lo;

	while (first_dash < at && !is_word(&words[first_dash], "-"))
		first_dash++;
	return at > lo && first_dash < at && is_word(&words[at - 1], "-") &&
	    after_sport_slug_words(words, lo, first_dash + 1);
}

/* "v" or "vs" in lower case, between two people ("Kuhnert v Marques"). */
static bool
is_lower_versus(const struct ner_tok *w)
{
	return is_word(w, "v") || is_word(w, "vs") || is_word(w, "vs.");
}

/* "CRICKET - PAKISTAN V ENGLAND": a fixture the tagger read as one
 * name, after a dash of a sport's slug or alone on its line, is two
 * (the sports patterns then decide what each side is); not a court's
 * case in a headline ("JUDGE REJECTS DAVIS V HOLT APPEAL").  A person
 * the tagger read over a "v" in lower case is two people anywhere
 * ("line-up : Kuhnert v Marques"). */
static size_t
split_fixture(const struct ner_tok *words, size_t hi, struct span *v, size_t n, size_t i)
{
	if (v[i].type == PERSON)
		n = split_sides(words, v, n, i, is_lower_versus);
	if (!after_dash_of_sport(words, v[i].lo, v[i].from) &&
	    !(opens_line(words, v[i].lo, v[i].from) && ends_line(words, v[i].to - 1, hi)))
		return n;
	return split_sides(words, v, n, i, is_versus);
}

/* "pro-Kremlin RIA Novosti": a news outlet's name at the end of a longer
 * span is a name of its own. */
static size_t
split_media(const struct tagger *t, const struct ner_tok *words,
    struct span *v, size_t n, size_t i)
{
	for (size_t k = v[i].from + 1; k < v[i].to; k++)
		if (gaz_is(t, words, k, v[i].to, GAZ_MEDIA))
			return split_span(v, n, i, k, ORG);
	return n;
}

/* A title alone ("Prime Minister") is no person (an office's name,
 * "the Prime Minister's Office", was taken by take_offices).  Returns
 * false to drop the span. */
static bool
title_only(const struct tagger *t, const struct ner_tok *words, size_t hi,
    struct span *sp)
{
	if (sp->type != PERSON)
		return true;
	/* "Prime" of "Prime Minister David Cameron", tagged alone. */
	if (title_at(t, words, sp->from, hi) >= sp->to - sp->from &&
	    !only_titles(t, words, sp))
		return false;
	return !only_titles(t, words, sp);
}

/* "Information Minister Jonathan Moyo", "Defense Secretary Ivo Marek":
 * a portfolio's word the tagger took for an organisation, before a
 * minister's or a secretary's title and the name of the office's
 * holder, is no name; any other word stays one ("Lumigaz Secretary Ana
 * Ruiz", "the Army Secretary", "Treasury Secretary"). */
static bool
portfolio_before_title(const struct tagger *t, const struct ner_tok *words,
    size_t hi, const struct span *sp)
{
	static const char *const portfolios[] = {
		"Finance", "Defense", "Defence", "Information", "Interior", "Health",
		"Foreign", "Justice", "Education", "Agriculture", "Trade", "Energy",
		"Transport", "Environment", "Culture", "Economy", "Industry",
		"Tourism", "Communications", "Commerce", "Housing", "Immigration",
		"Planning", "Fisheries", "Sports", "Youth", "Welfare", "Oil",
		"Mines", "Labor",
	};
	size_t title;

	if (sp->type != ORG || sp->to - sp->from != 1 || !WORD_IN(&words[sp->from], portfolios))
		return false;
	title = title_at(t, words, sp->to, hi);
	return title > 0 && sp->to + title < hi && is_capitalised(&words[sp->to + title]) &&
	    (is_word(&words[sp->to + title - 1], "Minister") ||
	    is_word(&words[sp->to + title - 1], "Secretary"));
}

/* "Army", "Senate": the state's own bodies, names alone ("Army engineers
 * said", "SENATE PASSES BUDGET"). */
static bool
is_state_body(const struct ner_tok *w)
{
	static const char *const bodies[] = {
		"Army", "Navy", "Parliament", "Congress", "Senate", "Police",
		"Forces", "Assembly",
	};

	return WORD_IN(w, bodies);
}

/* "Hospital managers said", "Harbour officials said": one word opening
 * a sentence before a lower-case word, an organisation's word or a word
 * the model's training text mostly writes in lower case, is no name
 * (unless the tagger saw a person: "Brown said"). */
static bool
lone_common_word(const struct tagger *t, const struct ner_tok *words,
    size_t hi, const struct span *sp)
{
	const struct ner_tok *w = &words[sp->from];

	if (is_state_body(w))
		return false;
	/* "al-Qaeda" is written with a lower-case letter first, and is no
	 * common word for that. */
	return sp->to - sp->from == 1 && sp->from == sp->lo && sp->to < hi &&
	    sp->type != PERSON && !ner_article_name(w) && !is_capitalised(&words[sp->to]) &&
	    (gaz_is(t, words, sp->from, sp->to, GAZ_ORG_WORD) ||
	    (ner_model_lower_word(t->model, w->s, w->len) &&
	    !(gaz_bits(t, words, sp->from, sp->to) & GAZ_STATES)));
}

/* "Sterling was steady", "Brent crude rose", "Bund futures slipped",
 * "Aluminium eased": a currency, a commodity or a market's benchmark
 * alone, before a market's verb or noun, is no name (the tagger took the
 * capital for a person's). */
static bool
market_word(const struct ner_tok *words, size_t hi, const struct span *sp)
{
	static const char *const goods[] = {
		"Sterling", "Brent", "Bund", "Bunds", "Gilts", "Treasuries",
		"Aluminium", "Aluminum", "Copper", "Nickel", "Zinc", "Tin", "Gold",
		"Silver", "Platinum", "Palladium", "Cocoa", "Coffee", "Sugar",
		"Wheat", "Corn", "Soybeans", "Cotton", "Crude", "Dollar", "Yen",
		"Lira", "Peseta", "Rupee", "Rand", "Peso", "Franc", "Rouble", "Ruble",
	};
	static const char *const moves[] = {
		"rose", "fell", "eased", "firmed", "edged", "gained", "lost",
		"dipped", "slipped", "climbed", "jumped", "slid", "closed", "opened",
		"ended", "traded", "steadied", "rallied", "weakened",
		"strengthened", "recovered", "futures", "prices", "crude", "stocks",
		"contracts", "yields",
	};
	/* "was" says a market's state only before its words ("Sterling was
	 * steady"; not "Sterling was arrested") */
	static const char *const states[] = {
		"at", "steady", "firm", "firmer", "higher", "lower", "unchanged",
		"little", "quoted", "up", "down", "weaker", "stronger", "flat",
		"quiet", "easier", "softer",
	};
	static const char *const is[] = { "was", "were", "is" };
	size_t k = sp->to;

	if (sp->to - sp->from != 1 || k >= hi || sp->title_from != sp->from ||
	    !WORD_IN(&words[sp->from], goods))
		return false;
	return WORD_IN(&words[k], moves) || (WORD_IN(&words[k], is) && k + 1 < hi &&
	    (WORD_IN(&words[k + 1], states) || is_digit(words[k + 1].s[0]) ||
	    words[k + 1].s[0] == '$'));
}

/* "mid-April", "late-May": a word that opens with a prefix of time is
 * no name alone (the date patterns take it). */
static bool
lone_time_word(const struct ner_tok *w, size_t nwords)
{
	static const char *const prefixes[] = { "mid-", "early-", "late-" };

	if (nwords != 1)
		return false;
	for (size_t k = 0; k < sizeof prefixes / sizeof *prefixes; k++) {
		size_t len = strlen(prefixes[k]);
		if (w->len > len && memcmp(w->s, prefixes[k], len) == 0)
			return true;
	}
	return false;
}

/* "Frenchman Luc Sand", "Dane Erik Sand": a noun for a person of a
 * nation before the name is a NORP of its own, not part of the name;
 * one that is a first name too ("Dane", "Finn") opens a name of two
 * words ("Dane Holt"). */
static void
nationality_noun(struct tagger *t, const char *text,
    const struct ner_tok *words, struct span *sp)
{
	const struct ner_tok *w = &words[sp->from];
	size_t rest = sp->to - sp->from - 1;

	if (sp->title_from != sp->from || rest == 0 || !is_demonym_noun(w) ||
	    (rest < 2 && name_sex(w->s, w->len) != NAME_UNKNOWN) ||
	    !is_capitalised(&words[sp->from + 1]))
		return;
	add_mention(&t->found, (size_t)(w->s - text), (size_t)(w->s - text) + w->len, NORP);
	sp->from++;
	sp->title_from = sp->from;
}

/* "Vantish President Oskar Leclerc": a nationality that qualifies a
 * person's title is a NORP of its own, as well as part of the title. */
static void
title_nationality(struct tagger *t, const char *text,
    const struct ner_tok *words, const struct span *sp)
{
	for (size_t k = sp->title_from; k < sp->from; k++) {
		if (title_at(t, words, k, sp->from) > 0)
			break;
		size_t start = (size_t)(words[k].s - text);
		/* The sentence's names come in order: only the last one
		 * found can reach this word (the tagger's own NORP). */
		if (!demonym_like(&words[k]) || gaz_bits(t, words, k, k + 1) != 0 ||
		    (t->found.n > 0 && t->found.v[t->found.n - 1].end > start))
			continue;
		add_mention(&t->found, start, start + words[k].len, NORP);
	}
}

void
add_span(struct tagger *t, const char *text, const struct ner_tok *words,
    const struct span *sp)
{
	add_mention(&t->found, (size_t)(words[sp->from].s - text),
	    (size_t)(words[sp->to - 1].s + words[sp->to - 1].len - text), sp->type);
	t->found.v[t->found.n - 1].title_start = (size_t)(words[sp->title_from].s - text);
	t->found.v[t->found.n - 1].by_context = sp->by_context;
	t->found.v[t->found.n - 1].opens_sentence = sp->from == sp->lo ||
	    (sp->from == sp->lo + 1 && words[sp->lo].len == 1 && words[sp->lo].s[0] == '"');
}

/* "Minister of Education Stefania Giannini": after a title's "of", an
 * organisation run into a name is the portfolio, then the person. */
static bool
portfolio_person(const struct tagger *t, const struct ner_tok *words,
    size_t lo, struct span *sp)
{
	if (sp->to - sp->from < 3 || sp->from < lo + 2 ||
	    !(is_word(&words[sp->from - 1], "of") || is_word(&words[sp->from - 1], "for")) ||
	    title_before(t, words, lo, sp->from - 1) == 0 ||
	    !is_capitalised(&words[sp->to - 1]) || !is_capitalised(&words[sp->to - 2]))
		return false;
	return true;	/* split_title takes the portfolio into the title */
}

/* Whether sp is only the words a headline names its report with
 * ("SCOREBOARD", "FIRST TEST"): in a headline in capitals, no name. */
static bool
only_report_words(const struct ner_tok *words, const struct span *sp)
{
	for (size_t k = sp->from; k < sp->to; k++)
		if (!is_report_word(&words[k]))
			return false;
	return true;
}

/* The tagger's mentions in one sentence of words[lo..hi) (tagger.h). */
void
tag_sentence(struct tagger *t, const char *text, size_t lo, size_t hi)
{
	const struct ner_tok *words = t->words;
	struct span *v;
	size_t n, first = t->found.n;

	if (is_table_header(words + lo, hi - lo))
		return;

	const struct ner_tok *seen = headline_words(t, words + lo, hi - lo);
	/* A headline in capitals is read re-cased, and its parse, made of
	 * the capitals, says little: it is tagged without. */
	const struct ner_tok *pos = t->has_tokens && seen == words + lo ?
	    t->pos + lo : NULL;

	ner_tag(t->ner, t->gaz, seen, pos, hi - lo, t->tags + lo);
	/* Room for every span to be split four times. */
	v = xcalloc(5 * (hi - lo) + 1, sizeof *v);
	n = join_spans(t, words, hi, v, collect_spans(t, words, lo, hi, v));
	for (size_t i = 0; i < n; i++) {
		/* "pro-Kremlin", and "the Velgrad-based Institute" (the
		 * place is find_compound_places') */
		while (v[i].to - v[i].from > 1 && (is_prefixed_word(&words[v[i].from]) ||
		    is_based_word(&words[v[i].from])))
			v[i].from++;
		n = split_possessive(t, words, v, n, i);
		n = split_place_name(t, words, v, n, i);
		n = split_media(t, words, v, n, i);
		n = split_org_person(t, words, v, n, i);
		n = split_org_pair(t, words, v, n, i);
		n = split_faith_pair(words, v, n, i);
		n = split_score(words, hi, v, n, i);
		n = split_fixture(words, hi, v, n, i);
	}
	take_offices(t, words, lo, hi, v, n);
	for (size_t i = 0, covered = lo; i < n; i++) {
		if (v[i].from < covered)
			continue;	/* taken by an office's name */
		if (seen == words + lo)	/* a headline in capitals says nothing by them */
			org_word_after(t, words, i + 1 < n ? v[i + 1].from : hi, hi, &v[i]);
		retype(t, words, lo, hi, &v[i]);
		owner_of_state_body(words, v, n, i);
		owner_of_place_word(words, hi, &v[i]);
		saints_institution(words, lo, hi, &v[i]);
		named_storm(words, lo, &v[i]);
		named_competition(t, words, hi, &v[i]);
		named_tour(words, covered, &v[i]);
		person_by_first_name(t, words, lo, hi, covered, &v[i]);
		one_word_bank(words, lo, hi, &v[i]);
		company_by_shares(words, lo, &v[i]);
		context_type(t, words, lo, hi, &v[i]);
		if (lone_common_word(t, words, hi, &v[i]) || market_word(words, hi, &v[i]) ||
		    lone_time_word(&words[v[i].from], v[i].to - v[i].from))
			continue;
		/* "STOCKS RISE ON BANK RALLY": in a headline in capitals an
		 * organisation's word alone is a common noun ("bank"), however
		 * the re-cased copy wrote it; not the state's own bodies
		 * ("SENATE PASSES BUDGET") */
		if (seen != words + lo && v[i].to - v[i].from == 1 && v[i].type == ORG &&
		    (gaz_is(t, seen, v[i].from - lo, v[i].to - lo, GAZ_ORG_WORD) ||
		    ends_organisation(&seen[v[i].from - lo])) &&
		    !is_state_body(&seen[v[i].from - lo]))
			continue;
		if (seen != words + lo && (headline_league(t, text, words, lo, hi, &v[i]) ||
		    only_report_words(words, &v[i])))
			continue;
		/* "PREMIER LEAGUE SUMMARIES": a headline's report words end
		 * no name */
		while (seen != words + lo && v[i].to - v[i].from > 1 &&
		    is_report_word(&words[v[i].to - 1]))
			v[i].to--;
		if (!title_only(t, words, hi, &v[i]) || portfolio_before_title(t, words, hi, &v[i]))
			continue;
		org_words_before(t, words, lo, covered, &v[i]);
		covered = v[i].to;
		trim_edges(words, lo, hi, &v[i]);
		/* "The Ministry of Health": the article is not the name, unless
		 * the gazetteer has it so ("The Guardian"). */
		if (v[i].to - v[i].from > 1 && is_word(&words[v[i].from], "The") &&
		    gaz_bits(t, words, v[i].from, v[i].to) == 0)
			v[i].from++;
		if (v[i].from == v[i].to || (v[i].to - v[i].from == 1 &&
		    is_function_word(words[v[i].from].s, words[v[i].from].len)))
			continue;
		if (v[i].type == ORG && portfolio_person(t, words, lo, &v[i]))
			v[i].type = PERSON;
		if (v[i].type == PERSON) {
			nationality_noun(t, text, words, &v[i]);
			split_title(t, words, lo, &v[i]);
			title_nationality(t, text, words, &v[i]);
		}
		add_span(t, text, words, &v[i]);
	}
	if (seen == words + lo) {
		missed_organisations(t, text, lo, hi, v, n);
		missed_places(t, text, lo, hi, v, n, first);
		missed_nationalities(t, text, lo, hi, v, n, first);
		missed_competitions(t, text, lo, hi, v, n, first);
		coordinated_places(t, text, lo, hi, first);
	}
	free(v);
}

/* --- the tagger over a record's sentences, in windows --- */

/* A word no name runs over: lower case, and no particle ("van der"). */
static bool
outside_names(const struct ner_tok *w)
{
	return !is_capitalised(w) && !is_particle(w);
}

/*
 * Where a window of words from lo ends, before hi.  A sentence of up to
 * NER_MAX_WORDS words (every sentence of news text, by far) is one
 * window, so the window changes nothing for it.  A longer one, a page
 * of text without full stops, is cut so that the tagger's scratch and
 * the span rules' stay bounded: between two words no name runs over,
 * late in the window, else at its end.
 */
static size_t
window_end(const struct ner_tok *words, size_t lo, size_t hi)
{
	if (hi - lo <= NER_MAX_WORDS)
		return hi;
	for (size_t k = lo + NER_MAX_WORDS - 1; k > lo + NER_MAX_WORDS / 2; k--)
		if (outside_names(&words[k - 1]) && outside_names(&words[k]))
			return k;
	return lo + NER_MAX_WORDS;
}

size_t
tag_text(struct tagger *t, const char *text)
{
	size_t nwords = 0, cursor = 0;

	for (size_t s = 0; s < t->sents.n; s++) {
		size_t lo = nwords;
		nwords = sentence_words(t, text, &t->sents.v[s], nwords);
		t->tags = xgrow(t->tags, &t->cap_tags, nwords + 1, sizeof *t->tags);
		if (t->has_tokens) {
			t->pos = xgrow(t->pos, &t->cap_pos, nwords + 1, sizeof *t->pos);
			ner_align_pos(text, t->words + lo, nwords - lo, t->tokens.w,
			    t->tokens.nw, &cursor, t->pos + lo);
		}
		for (size_t end; lo < nwords; lo = end) {
			end = window_end(t->words, lo, nwords);
			tag_sentence(t, text, lo, end);
		}
	}
	return nwords;
}
