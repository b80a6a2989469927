/*
 * kinds: what kind of name a span is by its own words, the gazetteer's
 * and the ones just beside it (tagger.h): a title's or a body's word
 * inside it ("President Hollande", "Major League Baseball"), its last
 * word ("Quayside Stadium", "the Civic Union", "the Skerry Islands"), a
 * nationality's adjective, an owner's possessive ("Dravia's Foreign
 * Ministry"), a saint's institution, a storm, a competition, a company
 * owned in shares.  spans.c asks these of each span of a sentence, after
 * splitting and joining; context.c asks the words further around.
 */
#include <string.h>

#include "names/names.h"
#include "roles.h"
#include "tagger.h"

/* "Major League Baseball", "Premier League Darts": a word that names a
 * body, before the last of words[from..to), is in no person's name (the
 * tagger read "Major" as a rank, then "League Baseball" as a person);
 * not a title's, before the title or the first name it goes with
 * ("Group Captain Ivo Marek"). */
static bool
inner_org_word(const struct tagger *t, const struct ner_tok *words, size_t from,
    size_t to)
{
	for (size_t k = from; k + 1 < to; k++) {
		if (!is_org_word_at(t, words, k) ||
		    gaz_is(t, words, k, k + 1, GAZ_TITLE) || is_company_suffix(&words[k]))
			continue;
		/* a body's word before a title or a first name is a title's
		 * ("Group Captain Ivo Marek", "Army Sergeant Ivo Marek") */
		for (size_t j = k + 1; j < to; j++)
			if (title_at(t, words, j, to) > 0 ||
			    name_sex(words[j].s, words[j].len) != NAME_UNKNOWN)
				return false;
		return true;
	}
	return false;
}

/* Whether words[from..to), after a title, could be a person's name:
 * "Justice and Development Party" opens with a title and is a party, as
 * its lower-case "and" and its last word say, and "Major League
 * Baseball" a league, as its inner "League" says. */
static bool
person_after_title(const struct tagger *t, const struct ner_tok *words,
    size_t from, size_t to)
{
	for (size_t i = from; i < to; i++)
		if (!is_capitalised(&words[i]) && !is_particle(&words[i]))
			return false;
	return !gaz_is(t, words, to - 1, to, GAZ_ORG_WORD) &&
	    !ends_organisation(&words[to - 1]) && !inner_org_word(t, words, from, to);
}

/* "Goalkeeper Samir Haddou saved", "Forecaster Ilse Brandt said": a
 * person's role, capitalised only because it opens the sentence, before
 * two or more words that could be a person's name.  The role is no part
 * of an organisation's name there; split_title makes it the title. */
static bool
role_opens_name(const struct tagger *t, const struct ner_tok *words,
    size_t lo, const struct span *sp)
{
	const struct ner_tok *w = &words[sp->from];

	return sp->from == lo && sp->to - sp->from >= 3 &&
	    ((role_kinds(w->s, w->len) & ROLE_PERSON) || is_sports_role(w)) &&
	    person_after_title(t, words, sp->from + 1, sp->to);
}

/* "the Kessian city of Halden", "Ostrese troops": one word ending as
 * only a nationality's adjective does, before a noun in lower case,
 * that the gazetteer has as no country or city, is the nationality; not
 * a place's own name before its noun ("Ghorian district"), after a
 * preposition of place ("fighting in Ostrish continued", "moved to
 * Tarvish last year"), or before a word that is no noun ("Kessian said",
 * "Kessian on"). */
bool
nationality_before_noun(const struct tagger *t, const struct ner_tok *words,
    size_t lo, size_t hi, const struct span *sp)
{
	static const char *const place_nouns[] = {
		"district", "province", "county", "region", "valley", "river",
		"village", "town", "municipality", "prefecture", "governorate",
	};
	static const char *const not_nouns[] = {
		"said", "says", "told", "tells", "added", "adds", "wrote", "asked",
		"last", "next", "this", "fell", "rose", "continued", "is", "was",
		"are", "were", "has", "have", "had", "will", "would", "can",
		"could", "may", "might", "must", "should", "does", "did",
	};
	/* the prepositions of place after_place_preposition leaves out */
	static const char *const places_at[] = { "at", "to", "of" };

	if (sp->to - sp->from != 1 || sp->to >= hi || !demonym_adjective(&words[sp->from]))
		return false;
	const struct ner_tok *next = &words[sp->to];
	size_t e = next->len;
	return next->s[0] >= 'a' && next->s[0] <= 'z' &&
	    !is_function_word(next->s, next->len) && !WORD_IN(next, not_nouns) &&
	    !(e > 2 && memcmp(next->s + e - 2, "ed", 2) == 0) &&
	    !WORD_IN(next, place_nouns) &&
	    !after_place_preposition(words, lo, sp->from) &&
	    !(sp->from > lo && WORD_IN(&words[sp->from - 1], places_at)) &&
	    !(gaz_bits(t, words, sp->from, sp->to) & GAZ_STATES);
}

/* Whether words[at..hi) open with what a nationality's adjective is
 * seen before: a noun of a nation's people, bodies or money ("Dravian
 * troops", "the Kessish government"), or a word that qualifies one
 * before it ("the Dravian first division", "Ostrese state media");
 * where a name the tagger did not take for a nationality stands before
 * these, and no other ("Cavendish wins", "Arzumanian denies",
 * "Orwellian measures", "Kazarian first said"). */
bool
is_nationality_head(const struct ner_tok *words, size_t at, size_t hi)
{
	static const char *const heads[] = {
		"troops", "soldiers", "forces", "army", "navy", "police",
		"officials", "government", "authorities", "president", "minister",
		"ministers", "leader", "leaders", "people", "citizens", "nationals",
		"parliament", "capital", "border", "economy", "currency", "crown",
		"embassy", "diplomat", "diplomats", "rebels", "militants",
		"refugees", "league", "media", "opposition", "military",
		"counterpart", "delegation", "envoy", "ambassador", "consulate",
		"consul",
	};
	static const char *const qualifiers[] = {
		"first", "second", "premier", "national", "state", "prime",
		"foreign",
	};
	static const char *const qualified[] = {
		"division", "league", "minister", "ministry", "media", "team",
		"side", "government", "television", "radio", "agency", "news",
		"parliament", "assembly", "secretary", "bank", "court",
	};

	if (at >= hi)
		return false;
	if (WORD_IN(&words[at], heads))
		return true;
	return at + 1 < hi && WORD_IN(&words[at], qualifiers) &&
	    WORD_IN(&words[at + 1], qualified);
}

/* Whether w, one word the tagger took for a person, ends as a
 * nationality does and a surname hardly does ("Kessish", "Ostrese";
 * surnames end in "-ian": "Karapetian"). */
static bool
surname_unlike(const struct ner_tok *w)
{
	return w->len > 4 && (memcmp(w->s + w->len - 3, "ish", 3) == 0 ||
	    memcmp(w->s + w->len - 3, "ese", 3) == 0);
}

/* "Auckland Warriors", "Kessia Lions": a town or a country the
 * gazetteer knows, and a plural in capitals after it, is a team; not a
 * place the gazetteer has whole ("Los Angeles", "Palm Springs"), nor
 * one ending in a word for land or water ("Niagara Falls"). */
static bool
town_and_nickname(const struct tagger *t, const struct ner_tok *words,
    const struct span *sp)
{
	const struct ner_tok *last = &words[sp->to - 1];

	/* not a person named after a town, whose surname is a first name's
	 * ("Chad Williams", "Sydney Roberts"; "Cleveland Cavaliers" is a
	 * team), nor a part of town ("London Docks") */
	if ((last->len > 2 && name_sex(last->s, last->len - 1) != NAME_UNKNOWN) ||
	    ends_place_name(last))
		return false;
	return last->len > 3 && last->s[last->len - 1] == 's' && is_capitalised(last) &&
	    !is_all_capitals(last) && gaz_bits(t, words, sp->from, sp->to - 1) & GAZ_STATES &&
	    !(gaz_bits(t, words, sp->from, sp->to) & GAZ_PLACES) &&
	    !(gaz_bits(t, words, sp->to - 1, sp->to) & GAZ_PLACES) &&
	    !is_land_word(last) && !gaz_is(t, words, sp->to - 1, sp->to, GAZ_LOC_WORD);
}

/* Types the tagger got wrong but the gazetteer and the words around
 * make plain. */
void
retype(const struct tagger *t, const struct ner_tok *words, size_t lo,
    size_t hi, struct span *sp)
{
	static const char *const land_words[] = {
		"valley", "river", "sea", "lake", "mountains", "mountain", "hills",
		"desert", "coast", "island", "islands", "peninsula", "gulf", "bay",
		"basin", "plain", "plains", "delta", "region", "strait",
	};

	/* "SIGN KIWI FORWARD", "a Kurd": a noun for a person of a nation
	 * alone, in any case, is a NORP; not one that is a first name too
	 * ("Finn said") */
	if ((sp->type == PERSON || sp->type == ORG) && sp->to - sp->from == 1) {
		char buf[32];
		const struct ner_tok tc = title_cased(&words[sp->from], buf, sizeof buf);
		if (is_demonym_noun(&tc) && name_sex(tc.s, tc.len) == NAME_UNKNOWN) {
			sp->type = NORP;
			return;
		}
	}
	/* "Scottish league", "in Japanese envoy 's home": a nationality's
	 * adjective before a nation's noun (is_nationality_head), which the
	 * tagger took for a place, is a NORP; not a place's noun ("the
	 * Tarkian valley", "Ghorian district"), nor "Oman" or "Milan", which
	 * the gazetteer has */
	if (sp->type == GPE && sp->to - sp->from == 1 && demonym_adjective(&words[sp->from]) &&
	    is_nationality_head(words, sp->to, hi) &&
	    !(gaz_bits(t, words, sp->from, sp->to) & GAZ_PLACES)) {
		sp->type = NORP;
		return;
	}
	if (sp->type == GPE && sp->to < hi &&
	    !gaz_is(t, words, sp->from, sp->to, GAZ_COUNTRY)) {
		/* "the Kessel valley", "the Varn river" */
		for (size_t k = 0; k < sizeof land_words / sizeof *land_words; k++)
			if (is_word(&words[sp->to], land_words[k]))
				sp->type = LOC;
	}
	/* "Quayside Stadium", "Tarsk Airport": a name ending in a word for a
	 * building or a structure is a facility (OntoNotes' FAC); "Portvale
	 * Rovers", "Bluewater Lines": one ending in a club's or a company's
	 * word is an organisation. */
	if (sp->to - sp->from > 1 && (sp->type == ORG || sp->type == PERSON ||
	    sp->type == GPE)) {
		/* the organisation's words that name places too */
		static const char *const places_too[] = {
			"Court", "Bank", "Post", "Office",
		};
		static const char *const fac_words[] = {
			"Stadium", "Arena", "Airport", "Bridge", "Tower", "Station",
			"Dam", "Prison", "Cathedral", "Highway", "Tunnel", "Motorway",
		};
		const struct ner_tok *last = &words[sp->to - 1];
		for (size_t k = 0; k < sizeof fac_words / sizeof *fac_words; k++)
			if (is_name_word(last, fac_words[k]))
				sp->type = FAC;
		/* "Banca Lorvese", "Grupo Tarsa": a company's word that opens
		 * its name, in the languages of other markets; "Air France",
		 * an airline named after its country or town (not "Air
		 * Marshal Ivo Marek") */
		bool air_of_place = is_word(&words[sp->from], "Air") &&
		    (gaz_bits(t, words, sp->from + 1, sp->to) & GAZ_STATES);
		if (ends_organisation(last) || (is_company_suffix(last) && sp->type != GPE) ||
		    opens_company_name(&words[sp->from]) || air_of_place ||
		    town_and_nickname(t, words, sp))
			sp->type = ORG;
		if (sp->type == PERSON && gaz_is(t, words, sp->to - 1, sp->to, GAZ_ORG_WORD))
			sp->type = ORG;	/* "Harbour Group", "Velgrad Bank" */
		/* "the Civic Union", "Israel Radio", "Democratic Forces": an
		 * organisation's word, not a place the gazetteer has ("Soviet
		 * Union", "West Bank") nor a word that names places too
		 * ("Brackmoor Court") */
		if (sp->type == GPE && is_org_word_at(t, words, sp->to - 1) &&
		    !WORD_IN(last, places_too) && !is_company_suffix(last) &&
		    !(gaz_bits(t, words, sp->from, sp->to) & GAZ_PLACES))
			sp->type = ORG;
		if (sp->type == PERSON && inner_org_word(t, words, sp->from, sp->to)) {
			sp->type = ORG;	/* "Major League Baseball" */
			/* the rank the tagger left out is the name's */
			if (sp->from > lo && is_capitalised(&words[sp->from - 1]) &&
			    t->tag_names[t->tags[sp->from - 1]][0] == 'O' &&
			    gaz_is(t, words, sp->from - 1, sp->from, GAZ_TITLE))
				sp->from = sp->title_from = sp->from - 1;
		}
	}
	/* "the Skerry Islands", "the Grey Mountains": a name ending in a
	 * word for land or water is a place, however the tagger read it. */
	if ((sp->type == ORG || sp->type == PERSON || sp->type == GPE) &&
	    sp->to - sp->from > 1 &&
	    (gaz_is(t, words, sp->to - 1, sp->to, GAZ_LOC_WORD) ||
	    is_headland(&words[sp->to - 1]) || is_land_word(&words[sp->to - 1])) &&
	    !gaz_is(t, words, sp->from, sp->to, GAZ_COUNTRY))
		sp->type = LOC;
	if ((sp->type == ORG || sp->type == PERSON) && sp->to - sp->from > 1 &&
	    is_district_word(&words[sp->to - 1]))
		sp->type = GPE;
	if (sp->to - sp->from == 1 && is_faith_word(&words[sp->from]))
		sp->type = NORP;
	else if ((sp->type == GPE || (sp->type == PERSON && surname_unlike(&words[sp->from]) &&
	    is_nationality_head(words, sp->to, hi))) &&
	    nationality_before_noun(t, words, lo, hi, sp))
		sp->type = NORP;	/* "the Kessian city of Halden", "Kessish officials" */
	else if (gaz_is(t, words, sp->from, sp->to, GAZ_MEDIA))
		sp->type = ORG;
	else if (sp->type == ORG && (gaz_is(t, words, sp->from, sp->to, GAZ_COUNTRY) ||
	    (after_place_preposition(words, lo, sp->from) &&
	    gaz_is(t, words, sp->from, sp->to, GAZ_CITY))))
		sp->type = GPE;	/* "an analyst in Kessel said" */
	else if (sp->type != PERSON && sp->type != LOC &&
	    !gaz_is(t, words, sp->from, sp->to, GAZ_COUNTRY) &&
	    !gaz_is(t, words, sp->from, sp->to, GAZ_CITY) &&
	    ((title_before(t, words, lo, sp->from) > 0 &&
	    is_capitalised(&words[sp->from - 1]) && !is_possessive(&words[sp->from])) ||
	    (title_at(t, words, sp->from, sp->to - 1) > 0 &&
	    is_capitalised(&words[sp->from]) &&
	    person_after_title(t, words, sp->from + title_at(t, words,
	    sp->from, sp->to - 1), sp->to))))
		sp->type = PERSON;	/* "President Hollande", not "Major League Baseball" */
	else if (sp->type != PERSON && role_opens_name(t, words, lo, sp))
		sp->type = PERSON;	/* "Goalkeeper Samir Haddou saved" */
}

/* "Dravia's Foreign Ministry": the owner of a state's body, one word
 * before a possessive, is a state however the tagger read it (a person
 * or an organisation). */
void
owner_of_state_body(const struct ner_tok *words, struct span *v, size_t n,
    size_t i)
{
	static const char *const body_words[] = {
		"Ministry", "Government", "Parliament", "Army", "Navy",
		"Embassy", "Cabinet", "Treasury", "Senate", "Presidency",
	};
	const struct span *next = i + 1 < n ? &v[i + 1] : NULL;

	if ((v[i].type != PERSON && v[i].type != ORG) ||
	    v[i].to - v[i].from != 1 || next == NULL ||
	    next->from != v[i].to + 1 || !is_possessive(&words[v[i].to]) ||
	    next->type != ORG)
		return;
	for (size_t k = 0; k < sizeof body_words / sizeof *body_words; k++)
		if (is_word(&words[next->to - 1], body_words[k]))
			v[i].type = GPE;
}

/* "Kessel's mayor", "Tarsk's outskirts": one word before a possessive
 * and a word only a place has is a place, however the tagger read it
 * (not "government" or "army", which a leader has too). */
void
owner_of_place_word(const struct ner_tok *words, size_t hi, struct span *sp)
{
	static const char *const place_words[] = {
		"mayor", "capital", "population", "citizens", "residents",
		"border", "borders", "coast", "coastline", "airport", "port",
		"streets", "suburbs", "outskirts",
	};

	if ((sp->type != PERSON && sp->type != ORG) || sp->to - sp->from != 1 ||
	    sp->to + 1 >= hi || !is_possessive(&words[sp->to]))
		return;
	for (size_t k = 0; k < sizeof place_words / sizeof *place_words; k++)
		if (is_word(&words[sp->to + 1], place_words[k]))
			sp->type = GPE;
}

/* "St Aidan's Hospital", "Saint Brendan's College": a saint's name, a
 * possessive and the institution's word are one organisation. */
void
saints_institution(const struct ner_tok *words, size_t lo, size_t hi,
    struct span *sp)
{
	static const char *const saints[] = { "St", "St.", "Saint", "Sankt" };
	static const char *const places[] = {
		"Hospital", "Infirmary", "Hospice", "Clinic", "College", "School",
		"Academy", "Church", "Cathedral", "University",
	};
	size_t from = sp->from;
	bool saint = false, place = false;

	for (size_t k = 0; k < sizeof saints / sizeof *saints; k++) {
		if (is_word(&words[from], saints[k]))
			saint = true;
		else if (from > lo && is_word(&words[from - 1], saints[k]))
			saint = true, from--;
	}
	if (!saint || sp->to + 1 >= hi || !is_possessive(&words[sp->to]))
		return;
	for (size_t k = 0; k < sizeof places / sizeof *places; k++)
		place |= is_word(&words[sp->to + 1], places[k]);
	if (!place)
		return;
	sp->from = sp->title_from = from;
	sp->to += 2;
	sp->type = ORG;
}

/* "Storm Elowen", "Hurricane Dax": a named storm is an event, its word
 * part of the name. */
void
named_storm(const struct ner_tok *words, size_t lo, struct span *sp)
{
	static const char *const storms[] = {
		"Storm", "Hurricane", "Typhoon", "Cyclone",
	};

	for (size_t k = 0; k < sizeof storms / sizeof *storms; k++) {
		if (is_word(&words[sp->from], storms[k]) && sp->to - sp->from > 1)
			sp->type = EVENT;
		else if (sp->from > lo && is_word(&words[sp->from - 1], storms[k])) {
			sp->from--;
			sp->title_from = sp->from;
			sp->type = EVENT;
		}
	}
}

static const char *const competitions[] = {
	"Cup", "Trophy", "Championship", "Championships", "Open", "Games",
	"Olympics", "Prix", "Masters", "Tournament", "Marathon", "Shield",
	"Stakes", "Plate", "Classic",
};

bool
is_competition_word(const struct ner_tok *w)
{
	return WORD_IN(w, competitions);
}

/* The competition's word after a name that the tagger left out ("the
 * Halden Open" with "Halden" alone), title-cased, or in a headline's
 * capitals at the end of its clause ("AT HALDEN OPEN .", "AT HALDEN
 * OPEN AS RAIN HITS"; not "VELBY OPEN HIGHER"). */
static size_t
competition_word_after(const struct tagger *t, const struct ner_tok *words,
    size_t hi, const struct span *sp)
{
	size_t at = sp->to, n = 1;
	const struct ner_tok *w;

	/* "Grand Prix": its first word leads in */
	if (at + 1 < hi && is_name_word(&words[at], "Grand") && is_name_word(&words[at + 1], "Prix")) {
		at++;
		n = 2;
	}
	/* not before a title ("the British Olympics Minister") */
	if (at >= hi || t->tag_names[t->tags[sp->to]][0] != 'O' ||
	    title_at(t, words, at + 1, hi) > 0)
		return 0;
	w = &words[at];
	if (WORD_IN(w, competitions))
		return n;
	static const char *const conjunctions[] = {
		"AS", "AFTER", "WHILE", "BUT", "THEN", "WHEN", "AND",
	};
	if (!is_all_capitals(w) || !NAME_WORD_IN(w, competitions))
		return 0;
	/* a stage of it, or its results ("VELBY SHIELD MATCH", "KESSIA CUP
	 * FINAL") */
	static const char *const stages[] = {
		"MATCH", "FINAL", "SEMI-FINAL", "QUARTER-FINAL", "TIE", "GAME",
		"RESULTS", "STANDINGS", "DRAW",
	};
	/* it ends the headline or its clause: "VELBY OPEN HIGHER" is the
	 * market's verb, "KESSIA MARATHON TALKS FAIL" no race */
	if (at + 1 == hi || WORD_IN(&words[at + 1], conjunctions) ||
	    WORD_IN(&words[at + 1], stages))
		return n;
	char next = words[at + 1].s[0];
	return (next >= 'A' && next <= 'Z') || (next >= 'a' && next <= 'z') ? 0 : n;
}

/* Competitions' words that are surnames too ("Ivo Masters", "Senator
 * Ivo Shield"): right after a first name, a person's ("the Lady Halvik
 * Stakes" is a race). */
static const char *const surnames_too[] = {
	"Masters", "Shield", "Plate", "Stakes", "Classic",
};

/* Verbs a person's name goes before, a trophy's not. */
static const char *const person_verbs[] = {
	"said", "says", "told", "tells", "was", "is", "has", "had", "will",
	"would", "added", "denied", "admitted",
};

/* "the Dravian Cup", "the Quarnby Open", "the Velby Grand Prix": a name
 * that ends in a competition's word is an event, whoever the tagger
 * took it for, and so is one the tagger ended just before that word. */
void
named_competition(const struct tagger *t, const struct ner_tok *words, size_t hi,
    struct span *sp)
{
	const struct ner_tok *first = &words[sp->from];

	size_t more = sp->type != EVENT && sp->type != PERSON ?
	    competition_word_after(t, words, hi, sp) : 0;

	/* a body named for a competition is the body ("the Halden
	 * Committee for the Winter Games"; "the Bank of Kessia
	 * Championship" is the bank's competition) */
	for (size_t k = sp->from + 1; k + 2 < sp->to; k++)
		if ((is_word(&words[k], "for") || (is_word(&words[k], "of") &&
		    is_word(&words[k + 1], "the"))) && is_org_word_at(t, words, k - 1))
			return;

	if (more > 0) {
		sp->to += more;
		sp->type = EVENT;
		return;
	}

	/* a first name names a trophy ("the Davis Cup", "Edgar Cup
	 * holders"), not a person named so ("Ivo Masters", "Dr Anna Open
	 * told", "Ivo Cup was arrested") */
	if (sp->to - sp->from < 2 || sp->type == EVENT ||
	    !NAME_WORD_IN(&words[sp->to - 1], competitions))
		return;
	const struct ner_tok *before_last = &words[sp->to - 2];
	if (!(sp->type == PERSON && ((name_sex(first->s, first->len) != NAME_UNKNOWN &&
	    (sp->title_from < sp->from || (sp->to < hi && WORD_IN(&words[sp->to], person_verbs)))) ||
	    (NAME_WORD_IN(&words[sp->to - 1], surnames_too) &&
	    name_sex(before_last->s, before_last->len) != NAME_UNKNOWN))))
		sp->type = EVENT;
}

/* Whether w is a first name the names list has, and no word of
 * English grammar ("Will", "May"). */
static bool
is_first_name(const struct ner_tok *w)
{
	return is_capitalised(w) && name_sex(w->s, w->len) != NAME_UNKNOWN &&
	    !is_function_word_any_case(w);
}

/* Whether words[i] goes on as a person's verb does (reads_as_verb), or
 * ends the clause with a mark; not a noun the name qualifies ("Norway
 * 's Lars Halvorsen plant"). */
static bool
verb_or_mark_after(const struct ner_tok *words, size_t i, size_t hi)
{
	return i >= hi || is_mark(&words[i]) || is_word(&words[i], ".") ||
	    reads_as_verb(&words[i]);
}

/* Whether words[at], which the tagger left out, reads as the surname
 * of the first name before it: a word in title case that names nothing
 * else (a place, a body, a day, a competition; "Street", "Hill" are
 * surnames too), ending the name ("Doug Weir 7"; not "Paul Harbour
 * Authority", "Anna Monday"). */
static bool
surname_at(const struct tagger *t, const struct ner_tok *words, size_t at, size_t hi)
{
	const struct ner_tok *w = &words[at];

	return at < hi && t->tag_names[t->tags[at]][0] == 'O' && is_capitalised(w) &&
	    w->len > 1 && w->s[1] >= 'a' && w->s[1] <= 'z' &&
	    !is_function_word_any_case(w) && !is_time_name(w) &&
	    gaz_bits(t, words, at, at + 1) == 0 && !is_org_word_at(t, words, at) &&
	    !opens_place_name(w) && !ends_place_name(w) && !is_competition_word(w) &&
	    !(at + 1 < hi && is_capitalised(&words[at + 1]));
}

/* "Norway 's Lars Halvorsen retained": after a country's possessive,
 * two or three words opening with a first name, which the gazetteer
 * does not know, before a verb, are a person where the tagger saw a
 * place or an organisation; "Tor Halvorsen" opening a sentence, with
 * only the surname found, is the person named in full (not before
 * covered, the end of the name before it); "Doug Weir 7", with only the
 * first name found, likewise. */
void
person_by_first_name(const struct tagger *t, const struct ner_tok *words,
    size_t lo, size_t hi, size_t covered, struct span *sp)
{
	size_t n = sp->to - sp->from;

	/* not a place or a company named so ("Italy 's Santa Maria",
	 * "Australia 's Alice Springs", "Germany 's Hugo Boss reported") */
	if ((sp->type == GPE || sp->type == LOC) && n >= 2 && n <= 3 &&
	    !opens_place_name(&words[sp->from]) && !ends_place_name(&words[sp->to - 1]) &&
	    sp->from >= lo + 2 && is_possessive(&words[sp->from - 1]) &&
	    gaz_is(t, words, sp->from - 2, sp->from - 1, GAZ_COUNTRY) &&
	    is_first_name(&words[sp->from]) && is_capitalised(&words[sp->to - 1]) &&
	    gaz_bits(t, words, sp->from, sp->to) == 0 && !is_org_word_at(t, words, sp->to - 1) &&
	    verb_or_mark_after(words, sp->to, hi))
		sp->type = PERSON;
	/* opening a sentence, a word the text mostly writes in lower case
	 * is capitalised as the sentence's ("Will Halvorsen retire?") */
	if (sp->type == PERSON && sp->from == lo + 1 && lo + 1 > covered &&
	    sp->title_from == sp->from && is_first_name(&words[lo]) &&
	    !is_time_name(&words[lo]) &&
	    !ner_model_lower_word(t->model, words[lo].s, words[lo].len) &&
	    t->tag_names[t->tags[lo]][0] == 'O' && !gaz_is(t, words, lo, lo + 1, GAZ_TITLE))
		sp->from = sp->title_from = lo;
	if (sp->type == PERSON && sp->to - sp->from == 1 && is_first_name(&words[sp->from]) &&
	    surname_at(t, words, sp->to, hi))
		sp->to++;
}

/* Whether "a" or "an" comes before words[at], after lo. */
static bool
after_a(const struct ner_tok *words, size_t lo, size_t at)
{
	static const char *const articles[] = { "a", "A", "an", "An" };

	return at > lo && WORD_IN(&words[at - 1], articles);
}

/* "the Tour of Kessia", "the Tour de France": a stage race is an event,
 * "Tour" part of its name, where the tagger saw an organisation or only
 * the place; not "a Tour of Halden by bus". */
void
named_tour(const struct ner_tok *words, size_t lo, struct span *sp)
{
	static const char *const joins[] = { "of", "de", "du" };

	if (sp->to - sp->from > 2 && is_word(&words[sp->from], "Tour") &&
	    WORD_IN(&words[sp->from + 1], joins) && !after_a(words, lo, sp->from)) {
		sp->type = EVENT;
	} else if (sp->from >= lo + 2 && is_word(&words[sp->from - 2], "Tour") &&
	    WORD_IN(&words[sp->from - 1], joins) && !after_a(words, lo, sp->from - 2)) {
		sp->from = sp->title_from = sp->from - 2;
		sp->type = EVENT;
	}
}

/* "the Bundesbank", "the Norgesbank": one word ending in "bank" after
 * "the", which the tagger took for a person or a place, is a bank, and
 * one for the story; not a person ("Fairbank said") nor a part of
 * town ("the Southbank area", "the Riverbank district"). */
void
one_word_bank(const struct ner_tok *words, size_t lo, size_t hi, struct span *sp)
{
	static const char *const place_nouns[] = {
		"area", "district", "estate", "quarter", "neighbourhood",
		"neighborhood", "suburb", "region", "road", "street", "park",
	};
	const struct ner_tok *w = &words[sp->from];

	if ((sp->type == PERSON || sp->type == GPE) && sp->to - sp->from == 1 &&
	    w->len > 6 && is_capitalised(w) && memcmp(w->s + w->len - 4, "bank", 4) == 0 &&
	    sp->from > lo && (is_word(&words[sp->from - 1], "the") ||
	    is_word(&words[sp->from - 1], "The")) &&
	    !(sp->to < hi && WORD_IN(&words[sp->to], place_nouns))) {
		sp->type = ORG;
		sp->by_context = true;
	}
}

/* "shares in Lumigrid", "a stake in Lumigrid": what is owned in shares
 * is a company ("shares in Italian appliance makers": not a
 * nationality). */
void
company_by_shares(const struct ner_tok *words, size_t lo, struct span *sp)
{
	if (sp->from < lo + 2 || sp->type == ORG || sp->type == NORP ||
	    !(is_word(&words[sp->from - 1], "in") || is_word(&words[sp->from - 1], "of")))
		return;
	const struct ner_tok *w = &words[sp->from - 2];
	if (is_word(w, "shares") || is_word(w, "Shares") || is_word(w, "stake") ||
	    is_word(w, "stakes") || is_word(w, "stock")) {
		sp->type = ORG;
		sp->by_context = true;
	}
}
