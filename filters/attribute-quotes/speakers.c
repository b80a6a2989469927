/*
 * speakers: the noun phrase that speaks, before or after a cue: a name
 * (tagged or capitalised), a pronoun, or a role ("the Russian
 * president", "Putin's spokesman", "the ministry", "the report").
 */
#include <stdint.h>
#include <string.h>

#include "internal.h"

size_t
skip_aux_back(const struct attribute_quotes *a, size_t i, size_t lo)
{
	size_t q;

	for (;;) {
		if (i > lo && word_in_list(a, i - 1, WL_AUX))
			i--;
		else if (i > lo + 1 && (q = quoted_by(a, i - 1, lo)) != SIZE_MAX)
			i = q > lo && (word_is(a, q - 1, "was") || word_is(a, q - 1, "is") ||
			    word_is(a, q - 1, "were")) ? q - 1 : q;	/* "was quoted as" */
		else
			return i;
	}
}

size_t
quoted_by(const struct attribute_quotes *a, size_t as, size_t lo)
{
	if (!word_is(a, as, "as") || as == lo)
		return SIZE_MAX;
	if (word_is(a, as - 1, "quoted"))
		return as - 1;
	/* "quoted by the Interfax news agency as" */
	for (size_t k = as - 1; k > lo + 1 && as - k < 9; k--) {
		if (a->w[k].kind != TOK_WORD)
			break;
		if (word_is(a, k, "by") && word_is(a, k - 1, "quoted"))
			return k - 1;
	}
	return SIZE_MAX;
}

/* Words that open a clause: no speaker's phrase runs back over them
 * ("although police say"). */
static const char *const phrase_openers[] = { "although", "though", "whilst", "because",
    "since", "if", "when", "where", "whereas", "unless", "until", "so",
    "Although", "Though", "Because", "Since", "If", "When", "Where", "Unless",
    "Until", "So" };

/* Prepositions a role's phrase does not run back over ("Protests erupted
 * after Newsweek magazine reported"); not "of" ("the minister of
 * finance"). */
static bool
is_preposition(const struct attribute_quotes *a, size_t i)
{
	static const char *const prepositions[] = { "after", "before", "with",
	    "by", "from", "for", "to", "in", "on", "at", "over", "under",
	    "against", "during", "about", "amid", "despite", "since" };

	return WORD_IN(a, i, prepositions);
}

bool
is_thing_word(const struct attribute_quotes *a, size_t i)
{
	static const char *const things[] = { "something", "nothing",
	    "everything", "anything" };

	return WORD_IN(a, i, things);
}

/* Whether word i follows a determiner: a cue there is a noun or its
 * modifier ("the state news agency", "a report"). */
static bool
after_determiner(const struct attribute_quotes *a, size_t i)
{
	return i > 0 && word_in_list_any_case(a, i - 1, WL_DETERMINERS);
}

bool
np_stop(const struct attribute_quotes *a, size_t i)
{
	return WORD_IN(a, i, phrase_openers) || a->w[i].kind == TOK_PUNCT || a->w[i].kind == TOK_QUOTE ||
	    a->w[i].inside >= 0 || word_is(a, i, "and") || word_is(a, i, "but") ||
	    word_is(a, i, "that") || word_is(a, i, "which") || word_is(a, i, "who") ||
	    word_is(a, i, "while") || word_is(a, i, "as") ||
	    (cue_at(a, i) != NULL && !after_determiner(a, i)) ||
	    word_in_list(a, i, WL_AUX) || word_is(a, i, "not");
}

bool
is_plural_noun(const struct attribute_quotes *a, size_t i)
{
	size_t len = a->w[i].end - a->w[i].start;
	const char *s = a->text + a->w[i].start;

	return len > 3 && s[len - 1] == 's' && s[len - 2] != 's' &&
	    s[len - 2] != 'u' && s[len - 2] != 'i';
}

static bool can_speak(const struct entity *e);

/* Whether word i is in an entity that never speaks ("Monday"). */
static bool
is_mute_word(const struct attribute_quotes *a, size_t i)
{
	int e = a->w[i].entity;

	return e >= 0 && !can_speak(&a->ents[e]);
}

/* Whether word e is a participle that follows its noun ("released" of
 * "a statement released today"), not a noun itself ("the accused"). */
static bool
is_participle_after_noun(const struct attribute_quotes *a, size_t e, size_t lo)
{
	size_t len = a->w[e].end - a->w[e].start;
	const char *s = a->text + a->w[e].start;

	return e > lo && len > 4 && memcmp(s + len - 2, "ed", 2) == 0 &&
	    word_roles(a, e) == 0 && is_lower_word(a, e - 1) && !np_stop(a, e - 1) &&
	    !word_in_list_any_case(a, e - 1, WL_DETERMINERS);
}

/* Whether the words up to word to lie in the place of the record's
 * dateline (a->dateline_place): it says where the story was filed, and
 * never speaks. */
static bool
in_dateline(const struct attribute_quotes *a, size_t to)
{
	return a->w[to - 1].end <= a->dateline_place;
}

static struct np np_phrase(const struct attribute_quotes *a, size_t e, size_t lo);

struct np
np_ending(const struct attribute_quotes *a, size_t e, size_t lo)
{
	struct np np = np_phrase(a, e, lo);

	if (np.kind != NP_NONE && in_dateline(a, np.to))
		return (struct np){ NP_NONE, 0, 0, NULL };
	return np;
}

/* The noun phrase ending at word e (inclusive), back to lo. */
static struct np
np_phrase(const struct attribute_quotes *a, size_t e, size_t lo)
{
	struct np np = { NP_NONE, 0, 0, NULL };
	const struct entity *ent;
	size_t i;

	if (e < lo || e >= a->nw || a->w[e].inside >= 0)
		return np;
	/* "the 21-year-old", which a tagger may call a date, is a person */
	if ((ent = entity_ending(a, e)) != NULL && ent->from >= lo &&
	    !(is_age(a->text + a->w[e].start, a->w[e].end - a->w[e].start) &&
	    !is_type(ent, "PERSON")))
		return (struct np){ NP_ENTITY, ent->from, e + 1, ent };
	if (is_pronoun(a, e))
		return (struct np){ NP_PRONOUN, e, e + 1, NULL };
	if (is_capitalised(a, e) && a->w[e].entity < 0) {
		/* A name no earlier stage tagged: capitalised words back to
		 * the start of the sentence or a lower-case word. */
		for (i = e; i > lo && is_capitalised(a, i - 1) && !np_stop(a, i - 1) &&
		    !is_mute_word(a, i - 1) &&	/* "released Monday Amnesty said" */
		    !word_in_list_any_case(a, i - 1, WL_DETERMINERS) && e - i < 4; i--)
			;
		if (!word_in_list_any_case(a, i, WL_DETERMINERS) &&
		    !(i == e && word_in_list_any_case(a, e, WL_VAGUE)))
			return (struct np){ NP_NAME, i, e + 1, NULL };
	}
	/* A role: "the Russian president", "Putin's spokesman", "officials". */
	if ((np_stop(a, e) && cue_at(a, e) == NULL) ||
	    !(is_lower_word(a, e) || (word_roles(a, e) & ROLE_PERSON)) ||
	    word_in_list_any_case(a, e, WL_DETERMINERS))
		return np;	/* "the report" ends a speaker; "and" does not */
	if (is_participle_after_noun(a, e, lo))
		e--;	/* "A coalition statement released today says" */
	bool owned = false;
	for (i = e; i > lo && e - i < 6; i--) {
		if (word_in_list_any_case(a, i, WL_DETERMINERS))
			break;
		if (is_possessive(a, i - 1) && i >= lo + 2) {
			i -= 2;	/* the owner: "Putin" of "Putin's", "the report" */
			if (a->w[i].entity >= 0)
				i = a->ents[a->w[i].entity].from;
			else if (i > lo && word_in_list_any_case(a, i - 1, WL_DETERMINERS))
				i--;
			owned = true;
			break;
		}
		if (np_stop(a, i - 1) || is_thing_word(a, i - 1) || is_preposition(a, i - 1))
			break;
	}
	if (!owned && np_stop(a, i) && !word_in_list_any_case(a, i, WL_DETERMINERS))
		i++;
	if (i > e)
		return np;
	if (i == e && (word_in_list_any_case(a, e, WL_VAGUE) ||
	    !(is_plural_noun(a, e) || (word_roles(a, e) & (ROLE_PERSON | ROLE_ORG)))))
		return np;	/* a bare word speaks only as "officials", "police" */
	if (i < e && word_in_list_any_case(a, i, WL_VAGUE) && !word_is(a, i, "one"))
		return np;
	return (struct np){ NP_ROLE, i, e + 1, NULL };
}

/* Dates, times, amounts and things never speak ("on Tuesday said"). */
static bool
can_speak(const struct entity *e)
{
	static const char *const mute[] = { "DATE", "TIME", "MONEY", "PERCENT",
	    "QUANTITY", "ORDINAL", "CARDINAL", "PRODUCT", "EVENT", "LAW",
	    "WORK_OF_ART", "LANGUAGE" };

	for (size_t i = 0; i < sizeof mute / sizeof *mute; i++)
		if (is_type(e, mute[i]))
			return false;
	return true;
}

/* The speaker ahead of "on Tuesday", "at 2 p.m." or a bare "Tuesday"
 * after a name before a cue, or none when what ends before the cue
 * cannot speak. */
static struct np
past_mute_entity(const struct attribute_quotes *a, struct np np, size_t lo)
{
	if (np.kind != NP_ENTITY || can_speak(np.entity))
		return np;
	if (np.from > lo + 1 && (word_is(a, np.from - 1, "on") ||
	    word_is(a, np.from - 1, "at") || word_is(a, np.from - 1, "in") ||
	    word_is(a, np.from - 1, "late") || word_is(a, np.from - 1, "early"))) {
		np = np_ending(a, np.from - 2, lo);
		if (np.kind != NP_ENTITY || can_speak(np.entity))
			return np;
	} else if (np.from > lo) {
		/* "President Ana Ruiz Tuesday said" */
		struct np name = np_ending(a, np.from - 1, lo);
		if (name.kind == NP_ENTITY && (is_type(name.entity, "PERSON") ||
		    is_type(name.entity, "ORG")))
			return name;
	}
	return (struct np){ NP_NONE, 0, 0, NULL };
}

/* A speaker ahead of an apposition, the comma before the cue at comma:
 * "Hugh Hill, a doctor, said"; "Cres Eastman, Director of X, and
 * Chairman of Y, says" (a person before an organisation); "Lydia
 * Buchtmann for Food Standards Australia, says". */
static struct np
apposition_speaker(const struct attribute_quotes *a, size_t comma, size_t lo)
{
	struct np best = { NP_NONE, 0, 0, NULL };

	for (size_t k = comma + 1; k > lo && comma + 1 - k < 40; k--) {
		if (a->w[k - 1].inside >= 0)
			break;
		if (!is_punct(a, k - 1, ',') || k < lo + 2)
			continue;
		struct np np = past_mute_entity(a, np_ending(a, k - 2, lo), lo);
		/* "The central bank, which held rates on Tuesday, has said":
		 * the head of a relative clause is the subject. */
		if (np.kind != NP_NONE && k < a->nw &&
		    (word_is(a, k, "which") || word_is(a, k, "who"))) {
			best = np;
			continue;
		}
		if (np.kind == NP_ENTITY && !is_type(np.entity, "PERSON") && np.from > lo + 1 &&
		    (word_is(a, np.from - 1, "for") || word_is(a, np.from - 1, "of") ||
		    word_is(a, np.from - 1, "at") || word_is(a, np.from - 1, "from"))) {
			struct np owner = np_ending(a, np.from - 2, lo);
			if (owner.kind == NP_ENTITY && is_type(owner.entity, "PERSON"))
				np = owner;
		}
		if (np.kind == NP_ENTITY && is_type(np.entity, "PERSON"))
			best = np;	/* the leftmost person wins */
		else if (best.kind == NP_NONE && (np.kind == NP_ENTITY || np.kind == NP_NAME))
			best = np;
	}
	return best;
}

/* "KCNA quotes a military official as saying": the one quoted, the
 * phrase between "quotes" and the "as" at word as; NP_NONE when no
 * "quote" stands a few words before. */
static struct np
quoted_as(const struct attribute_quotes *a, size_t as, size_t lo)
{
	static const char *const quote_words[] = { "quote", "quotes", "quoted",
	    "quoting" };

	for (size_t k = as - 1; k > lo && as - k < 10; k--) {
		if (a->w[k - 1].kind == TOK_PUNCT)
			break;
		if (WORD_IN(a, k - 1, quote_words))
			return np_ending(a, as - 1, k);
	}
	return (struct np){ NP_NONE, 0, 0, NULL };
}

/* Whether the cue at c is a passive ("The parents are accused of",
 * "she was told to"): its subject is the one spoken to or of. */
static bool
is_passive(const struct attribute_quotes *a, size_t c, size_t lo)
{
	static const char *const be[] = { "is", "are", "was", "were", "be",
	    "been", "being" };
	size_t k = c;

	if (ends_in_ing(a, c))
		return false;	/* "was saying" */
	while (k > lo && word_in_list(a, k - 1, WL_AUX))
		k--;
	return k > lo && WORD_IN(a, k - 1, be);
}

/* The speaker a place or an organisation np belongs to, through "in",
 * "of" or "from" and the few words of a place's description ("the
 * Afghan border town"): a person or organisation named just before
 * ("Ana Ruiz of the Red Cross"), else the phrase from the nearest plural
 * or role noun ("Commuters", "Police", "force", "officials of the
 * ministry"); NP_NONE. */
static struct np
of_place(const struct attribute_quotes *a, struct np np, size_t lo)
{
	static const char *const links[] = { "in", "of", "from" };
	struct np none = { NP_NONE, 0, 0, NULL };

	for (size_t k = np.from; k > lo + 1 && np.from - k < 8; k--) {
		if (!WORD_IN(a, k - 1, links)) {
			/* only a place's description lies between: "the
			 * Afghan border town" */
			if (a->w[k - 1].kind != TOK_WORD || is_possessive(a, k - 1) ||
			    np_stop(a, k - 1) || (a->w[k - 1].entity >= 0 &&
			    !is_type(&a->ents[a->w[k - 1].entity], "NORP")))
				return none;
			continue;
		}
		size_t h = k - 2;	/* the word before the link */
		const struct entity *e = a->w[h].entity >= 0 ? &a->ents[a->w[h].entity] : NULL;
		if (e != NULL && e->to == h + 1 && e->from >= lo &&
		    (is_type(e, "ORG") || is_type(e, "PERSON")))
			return (struct np){ NP_ENTITY, e->from, e->to, e };	/* "Ana Ruiz of the Red Cross" */
		if (is_lower_word(a, h) || (h == lo && is_capitalised(a, h) && e == NULL)) {
			if (!is_plural_noun(a, h) && !(word_roles(a, h) & (ROLE_PERSON | ROLE_ORG)))
				continue;	/* "town" of "the border town of" */
			struct np role = np_ending(a, h, lo);
			if (role.kind == NP_ROLE || role.kind == NP_NAME)
				return (struct np){ NP_ROLE, role.from, np.to, NULL };
			return none;
		}
		return none;
	}
	return none;
}

/* Whether word i is a past participle that a "by" may follow
 * ("released", "seen", "written"). */
static bool
is_past_participle(const struct attribute_quotes *a, size_t i)
{
	static const char *const irregular[] = { "seen", "written", "drawn", "given",
	    "shown", "made", "sent", "put" };
	size_t len = a->w[i].end - a->w[i].start;

	return WORD_IN(a, i, irregular) ||
	    (len > 4 && memcmp(a->text + a->w[i].end - 2, "ed", 2) == 0);
}

/* "A source close to the talks", "people familiar with the plans": the
 * phrase np ("the talks") only places the unnamed source before it,
 * which speaks, the whole phrase as written.  Else np. */
static struct np
close_to(const struct attribute_quotes *a, struct np np, size_t lo)
{
	static const char *const near[][2] = { { "close", "to" }, { "familiar", "with" },
	    { "briefed", "on" }, { "involved", "in" }, { "knowledge", "of" } };
	size_t k = np.from;

	if (np.kind == NP_NONE || k < lo + 3)
		return np;
	for (size_t i = 0; i < sizeof near / sizeof *near; i++) {
		if (!word_is(a, k - 2, near[i][0]) || !word_is(a, k - 1, near[i][1]))
			continue;
		size_t h = k - 3;	/* the source: "source", "people" */
		if (h > lo && word_is(a, h, "with"))	/* "with knowledge of" */
			h--;
		if (h < lo || !(is_lower_word(a, h) || (h == lo && is_capitalised(a, h) &&
		    a->w[h].entity < 0)))
			return np;	/* "Diplomats close to" opens a sentence */
		size_t from = h;
		while (from > lo && h - from < 3 && (is_lower_word(a, from - 1) ||
		    word_in_list_any_case(a, from - 1, WL_DETERMINERS) ||
		    is_capitalised(a, from - 1)) && !np_stop(a, from - 1) &&
		    !is_preposition(a, from - 1))
			from--;
		return (struct np){ NP_PHRASE, from, np.to, NULL };
	}
	return np;
}

/* The speaker before a cue at c: "Peskov said", "Hugh Hill, a doctor,
 * said", "the report says". */
struct np
speaker_before(const struct attribute_quotes *a, size_t c, size_t lo)
{
	size_t e = skip_aux_back(a, c, lo);

	if (is_passive(a, c, lo))
		return (struct np){ NP_NONE, 0, 0, NULL };
	/* "officials have not said why": nothing was said. */
	if (e > lo && (word_is(a, e - 1, "not") || word_is(a, e - 1, "never") ||
	    word_is(a, e - 1, "n't")))
		return (struct np){ NP_NONE, 0, 0, NULL };
	if (e == lo)
		return (struct np){ NP_NONE, 0, 0, NULL };
	if (word_is(a, e - 1, "was") || word_is(a, e - 1, "is"))
		e--;	/* "was quoted as saying" */
	/* "Ana Ruiz, who had told reporters ...": who is the name before. */
	if ((word_is(a, e - 1, "who") || word_is(a, e - 1, "which")) && e >= lo + 3 &&
	    is_punct(a, e - 2, ',')) {
		struct np np = np_ending(a, e - 3, lo);
		return np.kind == NP_ENTITY || np.kind == NP_NAME || np.kind == NP_ROLE ?
		    np : (struct np){ NP_NONE, 0, 0, NULL };
	}
	if (word_is(a, e - 1, "as") && e >= lo + 3) {
		struct np quoted = quoted_as(a, e - 1, lo);
		if (quoted.kind != NP_NONE)
			return quoted;
	}
	if (is_punct(a, e - 1, ','))
		return apposition_speaker(a, e - 1, lo);
	struct np np = close_to(a, past_mute_entity(a, np_ending(a, e - 1, lo), lo), lo);
	/* "Commuters in Lower Brae said", "Police in the border town of
	 * Spin Boldak said", "The NATO-led force in Afghanistan says": the
	 * people or the body of the place speak; "the Islamic Army in Iraq
	 * claimed": the organisation. */
	if (np.kind == NP_ENTITY && (is_type(np.entity, "GPE") || is_type(np.entity, "LOC") ||
	    is_type(np.entity, "ORG"))) {
		struct np body = of_place(a, np, lo);
		if (body.kind != NP_NONE)
			return body;
	}
	/* "A readout of the call released by the White House said", "a
	 * letter seen by Sky News says": the text speaks, the whole phrase. */
	size_t by = np.kind == NP_ENTITY && np.from > lo && word_is(a, np.from - 1, "the") ?
	    np.from - 2 : np.from - 1;
	if (np.kind != NP_NONE && np.kind != NP_PRONOUN && by >= lo + 2 && by < np.from &&
	    word_is(a, by, "by") &&
	    is_lower_word(a, by - 1) && is_past_participle(a, by - 1)) {
		size_t start = by - 1;
		while (start > lo && by - start < 12 && a->w[start - 1].kind == TOK_WORD &&
		    a->w[start - 1].inside < 0 && !np_stop(a, start - 1))
			start--;
		if (word_in_list_any_case(a, start, WL_DETERMINERS) && start + 2 < by)
			return (struct np){ NP_PHRASE, start, np.to, NULL };
	}
	/* "a spokesperson for the European Commission said": the person
	 * of that role speaks, the whole phrase (a determiner before the
	 * name may stand between). */
	if (np.kind == NP_ENTITY && !is_type(np.entity, "PERSON")) {
		size_t p = np.from > lo && word_is(a, np.from - 1, "the") ? np.from - 1 : np.from;
		if (p > lo + 1 && (word_is(a, p - 1, "for") || word_is(a, p - 1, "at") ||
		    word_is(a, p - 1, "of")) && is_lower_word(a, p - 2) &&
		    (role_kinds(a->text + a->w[p - 2].start, a->w[p - 2].end - a->w[p - 2].start) &
		    ROLE_PERSON)) {
			struct np role = np_ending(a, p - 2, lo);
			if (role.kind == NP_ROLE)
				return (struct np){ NP_ROLE, role.from, np.to, NULL };
		}
	}
	if (is_punct(a, e - 1, ')')) {
		/* "The World Health Organisation (WHO) recommends" */
		size_t k = e - 1;
		while (k > lo && !is_punct(a, k, '(') && e - k < 8)
			k--;
		if (is_punct(a, k, '(') && k > lo)
			return np_ending(a, k - 1, lo);
		return (struct np){ NP_NONE, 0, 0, NULL };
	}
	return np;
}

/* The speaker after a cue at c: "said Peskov", "said the minister". */
struct np
speaker_after(const struct attribute_quotes *a, size_t c)
{
	size_t s = c + 1;
	const struct entity *ent;

	/* "adding that ...": a clause follows, not who spoke */
	if (s >= a->nw || !same_sentence(a, c, s) || a->w[s].inside >= 0 ||
	    word_is(a, s, "that"))
		return (struct np){ NP_NONE, 0, 0, NULL };
	if ((ent = entity_starting(a, s)) != NULL)
		return (struct np){ NP_ENTITY, s, ent->to, ent };
	if (is_pronoun(a, s))
		return (struct np){ NP_PRONOUN, s, s + 1, NULL };
	/* "said farmer Piet Dorn", "said police spokesman Ian Ray" */
	for (size_t k = s; k < s + 3 && k < a->nw && is_lower_word(a, k) &&
	    !np_stop(a, k); k++)
		if ((ent = entity_starting(a, k + 1)) != NULL && is_type(ent, "PERSON"))
			return (struct np){ NP_ENTITY, k + 1, ent->to, ent };
	size_t e = s;
	if (word_in_list_any_case(a, s, WL_DETERMINERS)) {
		while (e + 1 < a->nw && e - s < 5 && same_sentence(a, s, e + 1) &&
		    !np_stop(a, e + 1) && !word_is(a, e + 1, "to") &&
		    !word_is(a, e + 1, "in") && !word_is(a, e + 1, "on") &&
		    !word_is(a, e + 1, "at") && !word_is(a, e + 1, "of") &&
		    !word_is(a, e + 1, "after"))
			e++;
		return e > s ? (struct np){ NP_ROLE, s, e + 1, NULL } :
		    (struct np){ NP_NONE, 0, 0, NULL };
	}
	if (is_capitalised(a, s)) {
		while (e + 1 < a->nw && is_capitalised(a, e + 1) && e - s < 3 &&
		    same_sentence(a, s, e + 1))
			e++;
		return (struct np){ NP_NAME, s, e + 1, NULL };
	}
	return (struct np){ NP_NONE, 0, 0, NULL };
}
