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
 *   "agreed to buy Lumigrid", "a takeover of Lumigrid" a company, bought
 *   "the news agency Dravpress", "the daily Vecernik" a news outlet
 *   "Garrow" before "Head"                            the headland, whole
 *
 * Each form holds of a name the tagger typed; a name it missed is left
 * to the other rules.
 */
#include <string.h>

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

/* "Velgrad mayor Ana Brisk", "Kessel residents", "residents of Kessel",
 * "the mayor of Kessel": a place's own officers and people, beside its
 * name (not "the governor of the central bank": a name, one or two
 * words, that owns nothing). */
static bool
place_of_its_people(const struct ner_tok *words, size_t lo, size_t hi,
    const struct span *sp)
{
	static const char *const people[] = {
		"mayor", "governor", "residents", "townspeople", "villagers",
		"suburbs", "outskirts",
	};
	size_t i = sp->to;

	if (sp->to - sp->from > 2 || (i < hi && is_possessive(&words[i])))
		return false;
	if (i < hi && WORD_IN(&words[i], people) && !(i + 1 < hi && is_word(&words[i + 1], "of")))
		return true;
	if (sp->from < lo + 2 || !is_word(&words[sp->from - 1], "of"))
		return false;
	/* "Residents of Kessel" opening a sentence */
	char buf[16];
	const struct ner_tok w = lower_first(&words[sp->from - 2], buf, sizeof buf);
	return WORD_IN(&w, people);
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

/* "agreed to buy Lumigrid", "a takeover of Lumigrid", "merge with". */
static bool
bought(const struct ner_tok *words, size_t lo, size_t hi, const struct span *sp)
{
	static const char *const buying[] = {
		"buy", "buys", "bought", "buying", "acquire", "acquires", "acquired",
		"acquiring",
	};
	static const char *const deals[] = { "takeover", "merger", "bid" };
	size_t i = sp->from;

	if (!ends_noun_phrase(words, sp->to, hi))
		return false;
	if (i > lo && WORD_IN(&words[i - 1], buying))
		return true;
	return i > lo + 1 && (is_word(&words[i - 1], "of") || is_word(&words[i - 1], "with") ||
	    is_word(&words[i - 1], "for")) && WORD_IN(&words[i - 2], deals);
}

/* "the news agency Dravpress", "the daily Vecernik", "the Kessel
 * Courier newspaper", "Lumen, the state news agency,": a news outlet. */
static bool
media_outlet(const struct ner_tok *words, size_t lo, size_t hi, const struct span *sp)
{
	size_t i = sp->to;

	if (sp->from > lo && is_media_noun(&words[sp->from - 1]))
		return true;
	if (i < hi && (is_media_noun(&words[i]) ||
	    (i + 1 < hi && is_word(&words[i], "news") && is_media_noun(&words[i + 1]))))
		return true;
	/* an apposition closed by its comma: "Lumen, the state news agency," */
	if (i + 2 < hi && is_word(&words[i], ",") && is_word(&words[i + 1], "the"))
		for (size_t k = i + 2; k + 1 < hi && k < i + 6 && !is_word(&words[k], ","); k++)
			if (is_media_noun(&words[k]) && is_word(&words[k + 1], ","))
				return true;
	return false;
}

void
context_type(const struct tagger *t, const struct ner_tok *words, size_t lo,
    size_t hi, struct span *sp)
{
	bool one_word = sp->to - sp->from == 1;

	if (sp->type == ORG || sp->type == NORP || (sp->type == PERSON && one_word)) {
		if ((sp->type != NORP && where_people_are(t, words, lo, hi, sp)) ||
		    (!gaz_is(t, words, sp->from, sp->to, GAZ_ORG_WORD) &&
		    !ends_organisation(&words[sp->to - 1]) &&
		    place_of_its_people(words, lo, hi, sp)))
			sp->type = GPE;
	}
	if (sp->type == PERSON && ((one_word &&
	    (shares_move(words, hi, sp) || has_its(words, hi, sp))) ||
	    its_shares_moved(words, hi, sp)))
		sp->type = ORG;
	/* A nationality before its outlet stays one ("the Dravian news
	 * agency"). */
	if ((sp->type == PERSON || sp->type == GPE || sp->type == LOC) &&
	    !(one_word && qualifies_outlet(&words[sp->from])) &&
	    !gaz_is(t, words, sp->from, sp->to, GAZ_COUNTRY) && media_outlet(words, lo, hi, sp))
		sp->type = ORG;	/* not "a Dravia newspaper report" */
	/* a person or a town is not bought */
	if ((sp->type == PERSON || sp->type == GPE) && one_word && bought(words, lo, hi, sp))
		sp->type = ORG;
	/* "Garrow Head", the tagger taking "Garrow" alone; not "Head of",
	 * nor "Kessel Rovers Head Coach". */
	if (one_word && sp->type != ORG && sp->to < hi && is_headland(&words[sp->to]) &&
	    !(sp->to + 1 < hi && (is_word(&words[sp->to + 1], "of") ||
	    is_capitalised(&words[sp->to + 1])))) {
		sp->to++;
		sp->type = LOC;
	}
}
