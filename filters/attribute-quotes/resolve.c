/*
 * resolve: every speaker's canonical name, in text order, from the
 * entity, the record, or the story so far (a pronoun to the person last
 * named or quoted, a role to the person whose title has it, "the
 * ministry" to the organisation named so); and what the story learns.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "internal.h"

/* Does the title hold the word w? */
static bool
title_has(const char *title, const char *w, size_t len)
{
	for (const char *p = title; *p != '\0';) {
		size_t l = strcspn(p, " ");
		if (l == len && strncasecmp(p, w, len) == 0)
			return true;
		p += l + (p[l] == ' ');
	}
	return false;
}

/* "the Russian president": the person of the story whose title has the
 * role and most of its other words, the latest on a tie. */
static const char *
person_by_role(const struct attribute_quotes *a, const struct doc_state *d,
    const struct np *np)
{
	const struct person *best = NULL;
	int best_score = 0;
	const struct word *head = &a->w[np->to - 1];

	for (size_t i = 0; i < d->npersons; i++) {
		const struct person *p = &d->persons[i];
		if (!title_has(p->title, a->text + head->start, head->end - head->start))
			continue;
		int score = 2;
		for (size_t k = np->from; k + 1 < np->to; k++)
			score += title_has(p->title, a->text + a->w[k].start,
			    a->w[k].end - a->w[k].start);
		if (score > best_score || (score == best_score && p->seen > best->seen)) {
			best = p;
			best_score = score;
		}
	}
	return best ? best->name : NULL;
}

/* The organisation whose name has the role noun: named earlier in the
 * record, else the latest such in the story. */
static const char *
org_by_role(const struct attribute_quotes *a, const struct doc_state *d,
    const struct np *np)
{
	const struct word *head = &a->w[np->to - 1];
	const char *h = a->text + head->start;
	size_t hlen = head->end - head->start;
	const char *best = org_named_before(a, a->w[np->from].start, h, hlen);

	for (size_t i = d->norgs; best == NULL && i > 0 && d->norgs - i < DOC_ORGS; i--) {
		const char *o = d->orgs[(i - 1) % DOC_ORGS];
		if (o != NULL && title_has(o, h, hlen))
			best = o;
	}
	return best;
}

/* Whether the canonical name ends with the word h ("A military
 * statement" with "statement"). */
static bool
ends_with_word(const char *name, const char *h, size_t hlen)
{
	size_t n = strlen(name);

	return n > hlen && name[n - hlen - 1] == ' ' &&
	    strncasecmp(name + n - hlen, h, hlen) == 0;
}

/* Who a text speaks for ("the report says"): the organisation named in
 * its phrase ("A recent Atomic Agency report"); the same text quoted
 * last ("The report" after "A congressional report"); for a bare "the
 * report", the organisation quoted or named last; else the text as
 * written ("A military statement"). */
static const char *
text_author(const struct attribute_quotes *a, const struct doc_state *d,
    const struct np *np, char **owned)
{
	const struct word *head = &a->w[np->to - 1];
	const char *h = a->text + head->start;
	size_t hlen = head->end - head->start;
	const char *s = a->text + a->w[np->from].start;
	size_t len = head->end - a->w[np->from].start;

	for (size_t i = np->from; i + 1 < np->to; i++) {
		const struct entity *e = entity_ending(a, i);
		if (e != NULL && e->from >= np->from && is_type(e, "ORG") && e->canonical)
			return e->canonical;
	}
	if (d->last_quoted != NULL && ends_with_word(d->last_quoted, h, hlen))
		return d->last_quoted;
	if (np->to - np->from == 2 && (word_is(a, np->from, "the") ||
	    word_is(a, np->from, "The")) && (d->last_org || d->last_outlet))
		return d->last_org ? d->last_org : d->last_outlet;
	return *owned = strndup(s, len);
}

/* The sex a person pronoun says: "he", "him", "his" male; "she", "her"
 * female; "I" nothing. */
static enum name_sex
pronoun_sex(const struct attribute_quotes *a, size_t i)
{
	if (word_is(a, i, "he") || word_is(a, i, "He") || word_is(a, i, "his") ||
	    word_is(a, i, "His") || word_is(a, i, "him"))
		return NAME_MALE;
	if (word_is(a, i, "she") || word_is(a, i, "She") || word_is(a, i, "her") ||
	    word_is(a, i, "Her"))
		return NAME_FEMALE;
	return NAME_UNKNOWN;
}

/* Whether the person so named may be the one a pronoun of that sex
 * refers to: strictly, only one known to be of the sex; else also one of
 * unknown sex. */
static bool
fits(struct doc_state *d, const char *name, enum name_sex sex, bool strict)
{
	const struct person *p;

	if (name == NULL)
		return false;
	if (sex == NAME_UNKNOWN)
		return !strict;
	p = person_named(d, name);
	if (p == NULL || p->sex == NAME_UNKNOWN)
		return !strict;
	return p->sex == sex;
}

/* The nearest person named before word i in the record, outside
 * quotations, who fits the sex; a few dozen names back at most. */
static const char *
nearest_fitting(const struct attribute_quotes *a, struct doc_state *d, size_t i,
    enum name_sex sex, bool strict)
{
	size_t k = a->nents, tried = 0;

	while (k > 0 && a->ents[k - 1].from >= i)
		k--;	/* entities are in text order: few after a pronoun */
	for (; k > 0 && tried < 48; k--, tried++) {
		const struct entity *e = &a->ents[k - 1];
		if (is_type(e, "PERSON") && e->canonical != NULL &&
		    a->w[e->from].inside < 0 && fits(d, e->canonical, sex, strict))
			return e->canonical;
	}
	return NULL;
}

/* The latest person of the story known to be of the sex. */
static const char *
latest_of_sex(const struct doc_state *d, enum name_sex sex)
{
	const struct person *best = NULL;

	for (size_t i = 0; i < d->npersons; i++)
		if (d->persons[i].sex == sex && (best == NULL || d->persons[i].seen > best->seen))
			best = &d->persons[i];
	return best ? best->name : NULL;
}

/* Who "he" or "she" at word i is, from the candidates in order: the
 * person last quoted in the record (record_person), the first named in
 * it, the nearest named before, the latest person of the story.  The
 * first known to be of the pronoun's sex, else the first of no sex
 * known; then the latest of the story of that sex; else as when sex is
 * not known. */
static const char *
person_of_pronoun(const struct attribute_quotes *a, struct doc_state *d, size_t i,
    const char *record_person)
{
	enum name_sex sex = pronoun_sex(a, i);
	const char *first = first_named_before(a, i, true), *found;

	for (int strict = 1; strict >= 0; strict--) {
		if (fits(d, record_person, sex, strict))
			return record_person;
		if (fits(d, first, sex, strict))
			return first;
		if (sex != NAME_UNKNOWN &&
		    (found = nearest_fitting(a, d, i, sex, strict)) != NULL)
			return found;
		if (fits(d, d->last_person, sex, strict))
			return d->last_person;
	}
	if (sex != NAME_UNKNOWN)
		return latest_of_sex(d, sex);	/* never one of the other sex */
	return record_person ? record_person : first ? first : d->last_person;
}

/* "Officials went to the station, where they claimed": the phrase of
 * a plural role (or a group) before the pronoun at i in its sentence,
 * as written, in *owned; NULL when none. */
static const char *
plural_before(struct attribute_quotes *a, size_t i, char **owned)
{
	size_t lo, hi;

	sentence_bounds(a, i, &lo, &hi);
	for (size_t k = i; k-- > lo;) {
		const char *w = a->text + a->w[k].start;
		size_t len = a->w[k].end - a->w[k].start;
		bool opens = k == lo && a->w[k].entity < 0;	/* "Officials went" */
		if (a->w[k].inside >= 0 || !(is_lower_word(a, k) || opens) ||
		    !is_plural_noun(a, k) || !(role_kinds(w, len - 1) & (ROLE_PERSON | ROLE_ORG)))
			continue;
		struct np np = np_ending(a, k, lo);
		if (np.kind == NP_NONE)
			return NULL;
		size_t from = a->w[np.from].start;
		return *owned = strndup(a->text + from, a->w[k].end - from);
	}
	return NULL;
}

/* The canonical name of a speaker, from the entity, the story so far or
 * the words; NULL when there is none to give. */
static const char *
resolve_speaker(struct attribute_quotes *a, struct doc_state *d, const struct np *np,
    char **owned)
{
	const char *s = a->text + a->w[np->from].start;
	size_t len = a->w[np->to - 1].end - a->w[np->from].start;
	const struct word *head = &a->w[np->to - 1];
	const char *h = a->text + head->start;
	size_t hlen = head->end - head->start;
	const char *found;

	*owned = NULL;
	switch (np->kind) {
	case NP_ENTITY:
		found = np->entity->canonical;
		if (is_type(np->entity, "PERSON") && found && strchr(found, ' ') == NULL &&
		    (s = person_by_surname(d, found, strlen(found))) != NULL)
			found = s;
		return found;
	case NP_NAME:
		if (np->to - np->from == 1 && (found = person_by_surname(d, s, len)) != NULL)
			return found;
		return *owned = strndup(s, len);
	case NP_PRONOUN:
		if (text_in_list_ci(h, hlen, WL_PERSON_PRONOUNS))
			return person_of_pronoun(a, d, np->from, NULL);
		/* "They", "we": the latest speaker, mostly a group; "it": an
		 * organisation. */
		if (!word_is(a, np->from, "it") && !word_is(a, np->from, "It") &&
		    (found = plural_before(a, np->from, owned)) != NULL)
			return found;
		if (!word_is(a, np->from, "it") && !word_is(a, np->from, "It") &&
		    d->last_quoted != NULL)
			return d->last_quoted;
		/* "It said": an organisation named before in the record, else
		 * the body or text quoted last when that was no person ("the
		 * ministry says ... It said"), else the organisation named
		 * last. */
		if ((found = first_named_before(a, np->from, false)) != NULL)
			return found;
		if (d->last_quoted != NULL && (d->last_person == NULL ||
		    strcmp(d->last_quoted, d->last_person) != 0))
			return d->last_quoted;
		return d->last_org ? d->last_org : d->last_outlet;
	case NP_ROLE:
		/* "the 21-year-old added": the person spoken of, as "he" */
		if (np->to - np->from <= 2 && is_age(h, hlen) &&
		    (found = person_of_pronoun(a, d, np->to - 1, NULL)) != NULL)
			return found;
		if ((role_kinds(h, hlen) & ROLE_PERSON) &&
		    (found = person_by_role(a, d, np)) != NULL)
			return found;
		if ((role_kinds(h, hlen) & ROLE_ORG) &&
		    (found = org_by_role(a, d, np)) != NULL)
			return found;
		if (role_kinds(h, hlen) & ROLE_TEXT)
			return text_author(a, d, np, owned);
		return *owned = strndup(s, len);
	case NP_PHRASE:
		return *owned = strndup(s, len);
	case NP_NONE:
		break;
	}
	return NULL;
}

static bool
speaker_is_person(const struct attribute_quotes *a, const struct np *np,
    const char *canonical, const struct doc_state *d)
{
	if (np->kind == NP_ENTITY)
		return is_type(np->entity, "PERSON");
	if (np->kind == NP_NAME)	/* a name no stage tagged, unless an
					 * institution's ("Palestinian Authority") */
		return canonical != NULL && !(word_roles(a, np->to - 1) & (ROLE_ORG | ROLE_TEXT));
	for (size_t i = 0; canonical && i < d->npersons; i++)
		if (strcmp(d->persons[i].name, canonical) == 0)
			return true;
	return false;
}

/* What kind of speaker np is, canonical its name: a person (named, or
 * resolved to one), an organisation (a state too), a group of people
 * ("officials", "residents", "they"), an unnamed person ("a source close
 * to the talks", "a police spokesman"), or a text ("the report"); NULL
 * when the words do not say. */
static const char *
speaker_type(const struct attribute_quotes *a, const struct np *np, bool person)
{
	if (np->kind == NP_NAME && np->to - np->from == 1 && is_plural_noun(a, np->from) &&
	    is_agent_noun(a, np->from))
		return "group";	/* "Analysts said", a sentence's capital */
	if (person)
		return "person";
	if (np->kind == NP_ENTITY)
		return is_type(np->entity, "PERSON") ? "person" : "organisation";
	if (np->kind == NP_PRONOUN)
		return word_is(a, np->from, "it") || word_is(a, np->from, "It") ?
		    "organisation" : word_in_list_any_case(a, np->from, WL_GROUP_PRONOUNS) ?
		    "group" : NULL;
	if (np->kind == NP_NAME) {	/* "Harbour Authority" untagged */
		unsigned kinds = word_roles(a, np->to - 1);
		return kinds & ROLE_ORG ? "organisation" : kinds & ROLE_TEXT ? "text" : NULL;
	}
	if (np->kind != NP_ROLE && np->kind != NP_PHRASE)
		return NULL;
	/* the head: the last word before what places it ("Police in the
	 * border town of X", "A source close to the talks", "A readout of
	 * the call released by ...", "a post on the force's account") */
	static const char *const placing[] = { "of", "in", "for", "at", "on", "from",
	    "with", "by", "near", "close", "familiar", "briefed", "involved", "who",
	    "that", "released", "seen" };
	size_t h;
	for (h = np->from; h + 1 < np->to && word_in_list_any_case(a, h, WL_DETERMINERS); h++)
		;
	while (h + 1 < np->to && !WORD_IN(a, h + 1, placing) &&
	    (a->w[h + 1].kind == TOK_WORD || is_possessive(a, h + 1)))
		h++;	/* "The dockers' union": the union */
	while (h > np->from && is_possessive(a, h))
		h--;
	const char *w = a->text + a->w[h].start;
	size_t len = a->w[h].end - a->w[h].start;
	unsigned kinds = word_roles(a, h);
	if (kinds == 0 && is_plural_noun(a, h))
		kinds = role_kinds(w, len - 1);
	if (kinds & ROLE_ORG)
		return "organisation";	/* an agency before the text it may be */
	if (kinds & ROLE_TEXT)
		return "text";
	return is_plural_noun(a, h) ? "group" : "unnamed";
}

/* Teaches the story who spoke, and whether a person. */
static void
learn_speaker(struct doc_state *d, const struct np *np, const char *canonical,
    bool person)
{
	char *copy = xstrdup(canonical);

	set_string(&d->last_quoted, copy, strlen(copy));
	if (person) {
		remember_person(d, copy, np->kind == NP_ENTITY ? np->entity->title : NULL);
		set_string(&d->last_person, copy, strlen(copy));
	} else if (np->kind == NP_ENTITY) {
		set_string(&d->last_org, copy, strlen(copy));
	}
	free(copy);
}


static int
by_start(const void *x, const void *y)
{
	const struct quote *p = x, *q = y;

	return p->start < q->start ? -1 : p->start > q->start;
}

/* Names every speaker, in text order. */
void
resolve_quotes(struct attribute_quotes *a, struct doc_state *d)
{
	size_t record_person = 0;	/* the latest person quoted here (kept) */

	if (a->nout > 1)
		qsort(a->out, a->nout, sizeof *a->out, by_start);
	for (size_t i = 0; i < a->nout; i++) {
		struct quote *q = &a->out[i];
		const char *canonical;
		char *owned = NULL;

		if (q->has_np) {
			struct np np = q->np;
			bool person_pronoun = np.kind == NP_PRONOUN &&
			    word_in_list_any_case(a, np.from, WL_PERSON_PRONOUNS);
			canonical = person_pronoun ? person_of_pronoun(a, d, np.from,
			    record_person ? kept(a, record_person) : NULL) :
			    resolve_speaker(a, d, &np, &owned);
			if (canonical == NULL)
				continue;
			if (person_pronoun)
				learn_sex(d, canonical, pronoun_sex(a, np.from));
			/* The record's own copy: the story's strings change below. */
			q->canonical = keep_string(a, canonical, strlen(canonical));
			free(owned);
			canonical = kept(a, q->canonical);
			bool person = speaker_is_person(a, &np, canonical, d) || person_pronoun;
			q->speaker_type = speaker_type(a, &np, person);
			learn_speaker(d, &np, canonical, person);
			d->last_quoted_type = q->speaker_type;
			if (person)
				record_person = q->canonical;
			continue;
		}
		bool continues = q->continues && i > 0;
		bool open = !continues && q->opens_record && d->open_quote;
		canonical = continues ? kept(a, a->out[i - 1].canonical) :
		    open ? d->open_speaker : d->last_quoted;
		if (canonical != NULL) {
			q->canonical = keep_string(a, canonical, strlen(canonical));
			q->speaker = q->canonical;
			q->speaker_type = continues ? a->out[i - 1].speaker_type :
			    open ? d->open_speaker_type : d->last_quoted_type;
		}
	}
}

/* The speaker a record ending in a colon introduces, for a quotation
 * opening the next record ("US President Barack Obama tweeted using his
 * account:" then '"Cool clock, Ahmed. ..."'): the speaker of the last
 * cue of its last sentence, resolved now.  Sets the story's open_speaker
 * as a quotation left open would; nothing when the record does not end
 * so. */
void
carry_introduction(struct attribute_quotes *a, struct doc_state *d)
{
	size_t end = a->len, lo, hi;

	while (end > 0 && (a->text[end - 1] == ' ' || a->text[end - 1] == '\n'))
		end--;
	if (end == 0 || a->text[end - 1] != ':' || a->nw == 0 || d->open_quote)
		return;
	sentence_bounds(a, a->nw - 1, &lo, &hi);
	for (size_t c = hi; c-- > lo;) {
		if (a->w[c].inside >= 0 || cue_at(a, c) == NULL)
			continue;
		struct np np = speaker_before(a, c, lo);
		char *owned = NULL;
		const char *name = np.kind == NP_NONE ? NULL : resolve_speaker(a, d, &np, &owned);
		if (name != NULL) {
			set_string(&d->open_speaker, name, strlen(name));
			d->open_speaker_type = speaker_type(a, &np, speaker_is_person(a, &np, name, d));
			d->open_quote = true;
		}
		free(owned);
		return;
	}
}

