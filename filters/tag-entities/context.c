/*
 * context: what the words around a name say it is, whatever the tagger
 * called it (tagger.h).
 *
 *   "an analyst in Tarsk said", "officials in Dravia"  a place, where
 *                                                     people of a role are
 *   "Velgrad mayor Ana Brisk", "residents of Kessel"  a place, by its
 *                                                     officers and people
 *   "Lumigrid said its profits rose"                  an organisation: it
 *                                                     has "its"
 *   "Lumigrid rose 3 percent", "Lumigrid shares fell", a company, whose
 *   "Kessel Steel shares fell"                        shares move
 *   "Lumigrid profit rises", "gas company Lumigrid"    a company, by its
 *   "an economist at Lumigrid"                        results, its noun and
 *                                                     its market people
 *   "agreed to buy (rival) Lumigrid", "a takeover of Lumigrid" a company, bought
 *   "the news agency Dravpress", "the daily Vecernik" a news outlet
 *   "Garrow" before "Head"                            the headland, whole
 *
 * Each form holds of a name the tagger typed; a name it missed is left
 * to the other rules.
 */
#include <string.h>

#include "names/names.h"
#include "roles.h"
#include "tagger.h"

/* A role noun naming people, one or many: "analyst", "officials". */
static bool
is_person_role(const struct ner_tok *w)
{
	if (role_kinds(w->s, w->len) & ROLE_PERSON)
		return true;
	return w->len > 3 && w->s[w->len - 1] == 's' &&
	    (role_kinds(w->s, w->len - 1) & ROLE_PERSON);
}

/* "an analyst in Tarsk", "officials in Dravia", "based in Velgrad":
 * one word, not an owner ("officials in Roe's cabinet") nor a body that
 * people are members of ("lawmakers in Congress": the gazetteer's words
 * that end organisations' names are such bodies alone). */
static bool
where_people_are(const struct tagger *t, const struct ner_tok *words,
    size_t lo, size_t hi, const struct span *sp)
{
	if (sp->to - sp->from != 1 || sp->from < lo + 2 ||
	    !is_word(&words[sp->from - 1], "in") ||
	    (sp->to < hi && is_possessive(&words[sp->to])) ||
	    gaz_is(t, words, sp->from, sp->to, GAZ_ORG_WORD) ||
	    ends_organisation(&words[sp->from]))
		return false;
	const struct ner_tok *w = &words[sp->from - 2];
	return is_person_role(w) || is_word(w, "based");
}

static const char *const moves[] = {
	"rose", "fell", "gained", "lost", "jumped", "slipped", "dropped",
	"climbed", "tumbled", "slumped", "surged", "eased", "added",
	"shed", "plunged", "soared", "rallied", "slid", "sank",
};

/* Whether w is one of a place's own, of the kinds asked (enum
 * place_words): its people ("residents"), its officers (a mayor or a
 * governor, which a party or a bank has too: "ECB governor"), or its
 * courts and police (mostly a modifier: "the Google court case"). */
static bool
place_word(const struct ner_tok *w, unsigned kinds)
{
	/* its people, and the parts of it they live and trade in */
	static const char *const people[] = {
		"residents", "townspeople", "villagers", "suburbs", "outskirts",
		"bourse",
	};
	static const char *const officers[] = { "mayor", "governor" };
	static const char *const courts[] = { "court", "police" };
	char buf[16];
	const struct ner_tok lower = lower_first(w, buf, sizeof buf);

	return ((kinds & PLACE_PEOPLE) && WORD_IN(&lower, people)) ||
	    ((kinds & PLACE_OFFICERS) && WORD_IN(&lower, officers)) ||
	    ((kinds & PLACE_COURTS) && WORD_IN(&lower, courts));
}

/* "Velgrad mayor Ana Brisk", "Kessel residents", "residents of Kessel",
 * "a Kessel court": a place's own people, officers and courts beside its
 * name, of the kinds asked (a name of one or two words that owns
 * nothing). */
bool
place_of_its_people(const struct ner_tok *words, size_t lo, size_t hi,
    const struct span *sp, unsigned kinds)
{
	/* the noun a court qualifies: "the Google court case" is a
	 * company's, "the Marek court ruling" a person's */
	static const char *const court_matters[] = {
		"case", "cases", "ruling", "rulings", "battle", "fight", "order",
		"orders", "hearing", "action", "challenge", "decision", "filing",
		"papers", "documents", "victory", "win", "loss", "defeat", "date",
		"appearance", "recess", "costs", "fees", "dispute", "judgment",
	};
	size_t i = sp->to;

	if (sp->to - sp->from > 2 || (i < hi && is_possessive(&words[i])))
		return false;
	if (i < hi && !is_capitalised(&words[i]) && place_word(&words[i], kinds) &&
	    !(i + 1 < hi && (is_word(&words[i + 1], "of") || WORD_IN(&words[i + 1], court_matters))))
		return true;
	/* "Residents of Kessel" opening a sentence */
	return sp->from >= lo + 2 && is_word(&words[sp->from - 1], "of") &&
	    place_word(&words[sp->from - 2], kinds);
}

/* "Lumigrid rose 3 percent", "Lumigrid shares fell". */
static bool
shares_move(const struct ner_tok *words, size_t hi, const struct span *sp)
{
	/* not "points": a player adds them, and a candidate in a poll */
	static const char *const units[] = {
		"percent", "per", "%", "pct", "cents", "pence",
	};
	size_t i = sp->to;

	if (i < hi && (is_word(&words[i], "shares") || is_word(&words[i], "stock")))
		return true;
	return i + 2 < hi && WORD_IN(&words[i], moves) && words[i + 1].len > 0 && is_digit(words[i + 1].s[0]) &&
	    WORD_IN(&words[i + 2], units);
}

/* "Kessel Steel shares fell": a name of any length whose shares move
 * (a person "shares" a view). */
static bool
its_shares_moved(const struct ner_tok *words, size_t hi, const struct span *sp)
{
	size_t i = sp->to;

	return i + 1 < hi && (is_word(&words[i], "shares") || is_word(&words[i], "stock")) &&
	    WORD_IN(&words[i + 1], moves);
}

/* "Velgaz profit rises", "Velgaz first-half net profit": a company's
 * results, or its shareholders, after its name (a person has no
 * turnover). */
static bool
results_follow(const struct ner_tok *words, size_t hi, const struct span *sp)
{
	static const char *const results[] = {
		"profit", "profits", "earnings", "revenue", "revenues", "sales",
		"turnover", "dividend", "output", "shareholders", "shareholder",
	};
	static const char *const qualifiers[] = {
		"net", "pretax", "pre-tax", "operating", "quarterly", "annual",
		"first-half", "half-year", "full-year", "first-quarter",
		"second-quarter", "third-quarter", "fourth-quarter", "interim",
		"H1", "H2", "Q1", "Q2", "Q3", "Q4", "1H", "2H",
	};
	size_t i = sp->to;

	while (i < hi && i < sp->to + 2 && WORD_IN(&words[i], qualifiers))
		i++;
	return i < hi && WORD_IN(&words[i], results);
}

/* "gas company Velgaz", "state lender Norbank", "French manufacturer
 * Alstom", "oil producer Petronas": a company's noun, after a word that
 * qualifies it, before a name is the company's.  A noun that names
 * people too ("producer", "maker", "miner") only after a nationality or
 * an industry ("record producer Okafor", "Veteran miner Tavares" are
 * people); never after a function word, an article or an owner ("the
 * company Ruiz founded"); one word or no first name. */
static bool
company_noun_before(const struct tagger *t, const struct ner_tok *words, size_t lo,
    const struct span *sp)
{
	static const char *const nouns[] = {
		"company", "firm", "carrier", "airline", "bank", "lender", "insurer",
		"retailer", "conglomerate", "utility", "exporter", "chipmaker",
		"carmaker", "automaker", "drugmaker", "brokerage", "refiner",
		"shipbuilder", "telecoms", "group", "subsidiary", "affiliate",
	};
	/* and a company's part, after its industry ("aerospace unit Dasa") */
	static const char *const people_too[] = {
		"maker", "manufacturer", "producer", "miner", "brewer", "operator",
		"supplier", "distributor", "importer", "developer", "unit", "arm",
	};
	static const char *const industries[] = {
		"oil", "gas", "steel", "car", "computer", "chip", "drug", "food",
		"mobile", "phone", "software", "aircraft", "arms", "power", "beer",
		"tobacco", "cement", "sugar", "coffee", "cocoa", "copper", "gold",
		"coal", "chemicals", "textile", "telecoms", "network", "truck",
		"engine", "tyre", "tire", "paper", "glass", "electronics",
		"aerospace", "banking", "insurance", "shipping", "mining",
		"investment", "retail", "media", "energy", "finance",
		"construction", "defence", "defense", "chemical", "trading",
	};

	if (sp->from < lo + 2)
		return false;
	const struct ner_tok *noun = &words[sp->from - 1], *q = &words[sp->from - 2];
	const struct ner_tok *first = &words[sp->from];
	/* the qualifier a word ("gas", "German"), not a mark */
	if (!(((q->s[0] | 0x20) >= 'a' && (q->s[0] | 0x20) <= 'z')) ||
	    is_function_word_any_case(q) ||
	    (sp->to - sp->from > 1 && name_sex(first->s, first->len) != NAME_UNKNOWN))
		return false;
	if (WORD_IN(noun, nouns))
		return true;
	/* a nationality: capitalised, and not a word the model's text
	 * writes in lower case ("Veteran" opening a sentence) */
	return WORD_IN(noun, people_too) && (ANY_CASE_WORD_IN(q, industries) ||
	    (is_capitalised(q) && !ner_model_lower_word(t->model, q->s, q->len)));
}

/* "an economist at Norbank", "analysts at Norbank and Halden
 * Securities", "analysts at Merrill Lynch": where the markets' people
 * work is a company (they are "in" a town); up to three words, not a
 * country or a city the gazetteer has. */
static bool
where_people_work(const struct tagger *t, const struct ner_tok *words, size_t lo,
    size_t hi, const struct span *sp)
{
	static const char *const workers[] = {
		"economist", "economists", "analyst", "analysts", "strategist",
		"strategists", "trader", "traders", "dealer", "dealers", "broker",
		"brokers",
	};

	/* nor a place named so ("traders at Port Velby", "economists at
	 * Jackson Hole", "dealers at Kings Cross") */
	if (sp->to - sp->from > 1 && (opens_place_name(&words[sp->from]) ||
	    ends_place_name(&words[sp->to - 1])))
		return false;
	/* not a town they are at ("analysts at Tarsk , the capital ,") */
	return sp->to - sp->from <= 3 && sp->from >= lo + 2 &&
	    is_word(&words[sp->from - 1], "at") && ANY_CASE_WORD_IN(&words[sp->from - 2], workers) &&
	    !(sp->to + 1 < hi && is_word(&words[sp->to], ",") &&
	    (is_word(&words[sp->to + 1], "the") || is_word(&words[sp->to + 1], "a"))) &&
	    !(gaz_bits(t, words, sp->from, sp->to) & GAZ_STATES);
}

/* "Lumigrid said its", "Lumigrid cut its forecast": the verbs a
 * company's results are told with (not "Ruiz is its chief", "Holm led
 * its expansion"). */
static bool
has_its(const struct ner_tok *words, size_t hi, const struct span *sp)
{
	static const char *const verbs[] = {
		"said", "says", "reported", "reports", "posted", "posts", "cut",
		"cuts", "raised", "raises", "lowered", "lowers", "announced",
		"announces", "forecast", "forecasts", "expects", "expected",
	};
	size_t i = sp->to;

	return i + 1 < hi && WORD_IN(&words[i], verbs) && is_word(&words[i + 1], "its");
}

/* "agreed to buy Lumigrid", "to buy rival Lumigrid", "a takeover of
 * Lumigrid", "merge with". */
static bool
bought(const struct ner_tok *words, size_t lo, size_t hi, const struct span *sp)
{
	static const char *const buying[] = {
		"buy", "buys", "bought", "buying", "acquire", "acquires", "acquired",
		"acquiring",
	};
	static const char *const deals[] = { "takeover", "merger", "bid" };
	static const char *const rivals[] = { "rival", "competitor", "peer" };
	size_t i = sp->from;

	if (!ends_noun_phrase(words, sp->to, hi))
		return false;
	/* "agreed to buy rival Norgas" */
	if (i > lo + 1 && WORD_IN(&words[i - 1], rivals))
		i--;
	if (i > lo && WORD_IN(&words[i - 1], buying))
		return true;
	return i > lo + 1 && (is_word(&words[i - 1], "of") || is_word(&words[i - 1], "with") ||
	    is_word(&words[i - 1], "for")) && WORD_IN(&words[i - 2], deals);
}

/* Whether a noun for a news outlet at words[i] ("daily", "news
 * agency") is followed by the outlet's own name. */
static bool
outlet_named_after(const struct tagger *t, const struct ner_tok *words, size_t hi, size_t i)
{
	size_t noun = i < hi && is_media_noun(&words[i]) ? i + 1 :
	    i + 1 < hi && is_word(&words[i], "news") && is_media_noun(&words[i + 1]) ? i + 2 : 0;

	/* not a day ("the agency Friday") nor a title ("news agency
	 * Director Ana Ruiz") */
	return noun > 0 && noun < hi && is_capitalised(&words[noun]) &&
	    !qualifies_outlet(&words[noun]) && title_at(t, words, noun, hi) == 0;
}

/* "the news agency Dravpress", "the daily Vecernik", "the Kessel
 * Courier newspaper", "Lumen, the state news agency,": a news outlet. */
static bool
media_outlet(const struct tagger *t, const struct ner_tok *words, size_t lo, size_t hi,
    const struct span *sp)
{
	size_t i = sp->to;

	if (sp->from > lo && is_media_noun(&words[sp->from - 1]))
		return true;
	/* before its noun, unless the outlet's own name follows it: "the
	 * Velgrad daily Vecernje Novine" names the outlet's town */
	if (i < hi && (is_media_noun(&words[i]) ||
	    (i + 1 < hi && is_word(&words[i], "news") && is_media_noun(&words[i + 1]))))
		return !outlet_named_after(t, words, hi, i);
	/* an apposition closed by its comma: "Lumen, the state news agency," */
	if (i + 2 < hi && is_word(&words[i], ",") && is_word(&words[i + 1], "the"))
		for (size_t k = i + 2; k + 1 < hi && k < i + 6 && !is_word(&words[k], ","); k++)
			if (is_media_noun(&words[k]) && is_word(&words[k + 1], ","))
				return true;
	return false;
}

/* "Dravia 's parliament", "Kessia's economy": what only a state owns,
 * after a name's possessive (a person has a government, a cabinet),
 * and not in a phrase of its own ("Holt's army of volunteers", "Marek's
 * economy class seat"). */
static bool
owns_what_a_state_owns(const struct ner_tok *words, size_t hi, const struct span *sp)
{
	static const char *const owned[] = {
		"parliament", "army", "navy", "economy", "capital", "constitution",
		"territory", "borders", "airspace", "coastline", "population",
		"citizens", "currency",
	};
	size_t i = sp->to;

	return i + 1 < hi && is_possessive(&words[i]) && WORD_IN(&words[i + 1], owned) &&
	    !(i + 2 < hi && (is_word(&words[i + 2], "of") || is_word(&words[i + 2], "class")));
}

/* "Ivo Marek , 28 , High Wycombe ;": after a name and an age between
 * commas, the town the person is from, ending the list's entry (a
 * semicolon, a full stop, a comma before no age, the end); not the next
 * person of a list ("Ivo Marek , 28 , Ana Ruiz , 31"), nor an employer
 * ("Ana Ruiz , 41 , Reuters correspondent", "Velgaz Group"). */
static bool
town_after_age(const struct tagger *t, const struct ner_tok *words, size_t lo,
    size_t hi, const struct span *sp)
{
	size_t k = sp->to;
	bool ends_entry = k >= hi || is_word(&words[k], ";") || is_word(&words[k], ".") ||
	    (is_word(&words[k], ",") && !(k + 1 < hi && is_small_number(&words[k + 1])));

	return sp->from >= lo + 4 && is_word(&words[sp->from - 1], ",") &&
	    is_small_number(&words[sp->from - 2]) && is_word(&words[sp->from - 3], ",") &&
	    is_capitalised(&words[sp->from - 4]) && ends_entry &&
	    name_sex(words[sp->from].s, words[sp->from].len) == NAME_UNKNOWN &&
	    !is_org_word_at(t, words, sp->to - 1);
}

void
context_type(const struct tagger *t, const struct ner_tok *words, size_t lo,
    size_t hi, struct span *sp)
{
	bool one_word = sp->to - sp->from == 1;

	if ((sp->type == ORG || sp->type == PERSON) && town_after_age(t, words, lo, hi, sp)) {
		sp->type = GPE;
		return;
	}

	if ((sp->type == ORG || (sp->type == PERSON && one_word)) &&
	    (where_people_are(t, words, lo, hi, sp) ||
	    (!gaz_is(t, words, sp->to - 1, sp->to, GAZ_ORG_WORD) &&
	    !gaz_is(t, words, sp->from, sp->to, GAZ_ORG) &&
	    !ends_organisation(&words[sp->to - 1]) &&
	    /* "ECB governor": an acronym's is a bank's */
	    !(is_all_capitals(&words[sp->from]) && sp->to - sp->from == 1) &&
	    place_of_its_people(words, lo, hi, sp,
	    PLACE_PEOPLE | PLACE_OFFICERS | PLACE_COURTS))))
		sp->type = GPE;
	if ((sp->type == ORG || (sp->type == PERSON && one_word)) &&
	    !gaz_is(t, words, sp->to - 1, sp->to, GAZ_ORG_WORD) &&
	    !ends_organisation(&words[sp->to - 1]) && owns_what_a_state_owns(words, hi, sp))
		sp->type = GPE;
	/* a company by what is told of it, which holds for the whole
	 * story (story.c) */
	if ((sp->type == PERSON || sp->type == ORG) && ((one_word &&
	    (shares_move(words, hi, sp) || has_its(words, hi, sp) ||
	    results_follow(words, hi, sp))) ||
	    its_shares_moved(words, hi, sp))) {
		sp->type = ORG;
		sp->by_context = true;
	}
	/* and a place the gazetteer does not know whose shares move
	 * ("Harcastle shares fell"; "Tokyo shares fell" are the market's) */
	if (sp->type == GPE && !(gaz_bits(t, words, sp->from, sp->to) & GAZ_PLACES) &&
	    its_shares_moved(words, hi, sp)) {
		sp->type = ORG;
		sp->by_context = true;
	}
	if ((sp->type == PERSON || sp->type == GPE || sp->type == ORG) &&
	    company_noun_before(t, words, lo, sp) && !gaz_is(t, words, sp->from, sp->to, GAZ_COUNTRY)) {
		sp->type = ORG;
		sp->by_context = true;
	}
	/* here only: the story may name the town too */
	if ((sp->type == PERSON || sp->type == GPE) && where_people_work(t, words, lo, hi, sp))
		sp->type = ORG;
	/* A nationality before its outlet stays one ("the Dravian news
	 * agency"). */
	if ((sp->type == PERSON || sp->type == GPE || sp->type == LOC) &&
	    !(one_word && qualifies_outlet(&words[sp->from])) &&
	    !gaz_is(t, words, sp->from, sp->to, GAZ_COUNTRY) && media_outlet(t, words, lo, hi, sp))
		sp->type = ORG;	/* not "a Dravia newspaper report" */
	/* the town of an outlet named after its noun ("the Velgrad daily
	 * Vecernje Novine"), which the tagger took for the outlet */
	if (sp->type == ORG && one_word && outlet_named_after(t, words, hi, sp->to) &&
	    !qualifies_outlet(&words[sp->from]) && !gaz_is(t, words, sp->from, sp->to, GAZ_MEDIA))
		sp->type = GPE;
	/* a person or a town is not bought */
	if ((sp->type == PERSON || sp->type == GPE || sp->type == ORG) && one_word &&
	    bought(words, lo, hi, sp)) {
		sp->type = ORG;
		sp->by_context = true;
	}
	/* "Garrow Head", the tagger taking "Garrow" alone; not "Head of",
	 * nor "Kessel Rovers Head Coach". */
	if (one_word && sp->type != ORG && sp->to < hi && is_headland(&words[sp->to]) &&
	    !(sp->to + 1 < hi && (is_word(&words[sp->to + 1], "of") ||
	    is_capitalised(&words[sp->to + 1])))) {
		sp->to++;
		sp->type = LOC;
	}
}
