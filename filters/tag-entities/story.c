/*
 * story: what the story so far teaches, and canonical names (tagger.h).
 *
 * The records sharing a "doc" are one story.  A surname alone is the
 * person named in full earlier ("Peskov" is "Dmitry Peskov"), a name
 * keeps the type the story first gave it, and a name the story taught is
 * tagged again where the tagger missed it.  The alias table
 * (lang/ner/aliases.tsv) gives well-known variants one name.  Runs on
 * the calling thread, in input order.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diag.h"
#include "hash.h"
#include "names/names.h"
#include "tagger.h"

/* A story is remembered up to this many names. */
enum { DOC_MAX_KNOWN = 2000 };

void *
doc_state_new(void)
{
	struct doc_state *d = xcalloc(1, sizeof *d);

	hmap_init(&d->index, 64);
	return d;
}

void
doc_state_free(void *state)
{
	struct doc_state *d = state;

	for (size_t i = 0; i < d->n; i++) {
		free(d->v[i].surface);
		free(d->v[i].canonical);
	}
	free(d->v);
	hmap_free(&d->index);
	free(d);
}

static uint64_t
surface_hash(const char *s, size_t len)
{
	return hmap_key(hash_fnv1a(s, len, HASH_FNV_OFFSET));
}

/* A story's names are one however a headline cases them: "PORTVALE"
 * is "Portvale", so they are keyed by ner_lower_key (ASCII case
 * ignored) and compared so. */
const struct known *
doc_lookup(const struct doc_state *d, const char *s, size_t len)
{
	uint32_t at;

	if (d == NULL || !hmap_get(&d->index, ner_lower_key(s, len), &at) || at == 0)
		return NULL;
	const struct known *k = &d->v[at - 1];
	return strlen(k->surface) == len && strncasecmp(k->surface, s, len) == 0 ? k : NULL;
}

/* Whether a story's entry and a new reading are two people named in
 * full with one surname ("Ana Marek", then "Ivo Marek"). */
static bool
two_people(const struct known *k, enum etype type, const char *canonical,
    size_t canonical_len)
{
	return k->type == PERSON && type == PERSON && strchr(k->canonical, ' ') != NULL &&
	    memchr(canonical, ' ', canonical_len) != NULL &&
	    !(strlen(k->canonical) == canonical_len &&
	    memcmp(k->canonical, canonical, canonical_len) == 0);
}

/* Remembers that surface stands for canonical (the newest wins); the
 * entry, or NULL when the story has no room left. */
struct known *
doc_learn(struct doc_state *d, const char *s, size_t len, enum etype type,
    const char *canonical, size_t canonical_len)
{
	bool found, ambiguous = false;

	if (d == NULL || d->n == DOC_MAX_KNOWN || is_function_word(s, len))
		return NULL;
	uint32_t *slot = hmap_slot(&d->index, ner_lower_key(s, len), &found);
	struct known *k;
	if (found && *slot) {
		k = &d->v[*slot - 1];
		ambiguous = k->ambiguous || two_people(k, type, canonical, canonical_len);
		free(k->surface);
		free(k->canonical);
	} else {
		d->v = xgrow(d->v, &d->cap, d->n + 1, sizeof *d->v);
		k = &d->v[d->n++];
		*slot = (uint32_t)d->n;
	}
	k->surface = xmalloc(len + 1);
	memcpy(k->surface, s, len);
	k->surface[len] = '\0';
	k->type = type;
	k->by_context = false;
	k->short_form = false;
	k->ambiguous = ambiguous;
	k->canonical = xmalloc(canonical_len + 1);
	memcpy(k->canonical, canonical, canonical_len);
	k->canonical[canonical_len] = '\0';
	return k;
}

/* doc_learn, from mention m: a company or a team by its context is
 * remembered as one, which a mention the tagger typed alone, before or
 * after, does not undo. */
static void
learn_from(struct doc_state *d, const struct mention *m, const char *s, size_t len,
    enum etype type, const char *canonical, size_t canonical_len)
{
	struct known *k = doc_learn(d, s, len, type, canonical, canonical_len);

	if (k != NULL && (m->by_context || m->team) && type == ORG)
		k->by_context = true;
}

void
load_aliases(struct tagger *t)
{
	const char *p = ner_aliases_text, *end = ner_aliases_text_end;

	hmap_init(&t->aliases, 512);
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *eol = nl ? nl : end;
		const char *tab = memchr(p, '\t', (size_t)(eol - p));
		bool found;

		if (tab != NULL && *p != '#')
			*hmap_slot(&t->aliases, surface_hash(p, (size_t)(tab - p)),
			    &found) = (uint32_t)(tab + 1 - ner_aliases_text) + 1;
		p = nl ? nl + 1 : end;
	}
}

/* The canonical name the alias table gives s, or NULL. */
static const char *
alias_of(const struct tagger *t, const char *s, size_t len, size_t *out_len)
{
	uint32_t at;

	if (!hmap_get(&t->aliases, surface_hash(s, len), &at) || at == 0)
		return NULL;
	const char *c = ner_aliases_text + at - 1;
	*out_len = strcspn(c, "\n");
	return c;
}

void
set_canonical(struct tagger *t, struct mention *m, const char *s, size_t len)
{
	m->has_canonical = true;
	m->canonical_off = t->canonical.len;
	m->canonical_len = len;
	buf_append(&t->canonical, s, len);
}

/* The canonical name of m, or its text. */
const char *
canonical_of(const struct tagger *t, const struct mention *m, const char *text,
    size_t *len)
{
	if (!m->has_canonical) {
		*len = m->end - m->start;
		return text + m->start;
	}
	*len = m->canonical_len;
	return t->canonical.data + m->canonical_off;
}

/* The surname keys of a full name: its last word; the last word
 * without an Arabic article ("al-Assad" also as "Assad"); and the words
 * from the first particle on, as written and capitalised ("de Gaulle",
 * "De Gaulle").  Keys are written to keys[] (up to 4), copies in store. */
static size_t
surname_keys(const char *s, size_t len, struct buf *store, size_t *offs,
    size_t *lens)
{
	const char *sp = s + len, *p;
	size_t n = 0;

	store->len = 0;
	while (sp > s && sp[-1] != ' ')
		sp--;
	if (sp == s)
		return 0;
#define KEY(from, l) (offs[n] = store->len, lens[n++] = (l), \
	buf_append(store, (from), (l)))
	KEY(sp, (size_t)(s + len - sp));
	if (lens[0] > 3 && (memcmp(sp, "al-", 3) == 0 || memcmp(sp, "el-", 3) == 0 ||
	    memcmp(sp, "Al-", 3) == 0))
		KEY(sp + 3, lens[0] - 3);
	for (p = memchr(s, ' ', len); p != NULL && p + 1 < sp;
	    p = memchr(p + 1, ' ', (size_t)(s + len - p - 1))) {
		struct ner_tok w = { p + 1, strcspn(p + 1, " ") };
		if (!is_particle(&w))
			continue;
		size_t l = (size_t)(s + len - w.s);
		KEY(w.s, l);
		offs[n] = store->len;
		lens[n++] = l;
		char upper = (char)(w.s[0] - 'a' + 'A');
		buf_append(store, &upper, 1);
		buf_append(store, w.s + 1, l - 1);
		break;
	}
#undef KEY
	return n;
}

/* "Later de Gaulle said": a sentence's first word is capitalised
 * whatever it is; when the rest of the name is a person the story knows
 * and the whole is not, the first word is no part of it.  Not a first
 * name, nor a word the model's text writes capitalised before a surname
 * the story knows alone ("ORLOV SCORES" in a headline, then "Pavel
 * Orlov scored": the full name at last). */
static void
trim_opening_word(const struct tagger *t, const struct doc_state *d,
    const char *text, struct mention *m)
{
	const char *s = text + m->start, *sp;
	size_t len = m->end - m->start;

	if (m->type != PERSON || !m->opens_sentence ||
	    (sp = memchr(s, ' ', len)) == NULL || doc_lookup(d, s, len) != NULL ||
	    name_sex(s, (size_t)(sp - s)) != NAME_UNKNOWN)
		return;
	size_t rest = (size_t)(s + len - sp - 1);
	const struct known *k = doc_lookup(d, sp + 1, rest);
	if (k == NULL || k->type != PERSON ||
	    (strchr(k->canonical, ' ') == NULL && !ner_model_lower_word(t->model, s, (size_t)(sp - s))))
		return;
	m->start = m->title_start = (size_t)(sp + 1 - text);
}

/* Whether the story knows s[0..len) only as a headline's capitals
 * wrote it ("PORTVALE" for "Portvale"). */
static bool
known_in_capitals(const struct known *k, const char *s, size_t len)
{
	return strlen(k->canonical) == len &&
	    is_all_capitals(&(struct ner_tok){ k->canonical, len }) &&
	    !is_all_capitals(&(struct ner_tok){ s, len });
}

/* The story's entry k for s, known only in capitals, named from now on
 * as the text writes s, and known as it was (a team by its context
 * stays one). */
static const struct known *
learn_as_written(struct doc_state *d, const struct known *k, const char *s, size_t len)
{
	bool by_context = k->by_context, short_form = k->short_form;
	struct known *now = doc_learn(d, s, len, k->type, s, len);

	if (now == NULL)
		return doc_lookup(d, s, len);
	now->by_context = by_context;
	now->short_form = short_form;
	return now;
}

/* Whether s[0..len) is in capitals where the story knows the name as
 * the text writes it ("VELGRAD" for "Velgrad"). */
static bool
written_in_capitals(const struct known *k, const char *s, size_t len)
{
	return strlen(k->canonical) == len && strncasecmp(k->canonical, s, len) == 0 &&
	    is_all_capitals(&(struct ner_tok){ s, len }) &&
	    !is_all_capitals(&(struct ner_tok){ k->canonical, len });
}

/* Whether the story knows s only as one word it took for a person: its
 * own canonical name, in any case ("ASHCOMBE" in a headline), no full
 * name it is the surname of. */
static bool
lone_word_person(const struct known *k, const char *s, size_t len)
{
	return k->type == PERSON && memchr(s, ' ', len) == NULL &&
	    strlen(k->canonical) == len && strncasecmp(k->canonical, s, len) == 0;
}

/* Whether the story took s for a person on weak grounds, which a team
 * or a company known by its context here outweighs: one word
 * (lone_word_person), or a name it knows only as a headline's capitals
 * wrote it ("HARLOW MARINERS" over "Kessel Rovers beat Harlow
 * Mariners"). */
static bool
weakly_a_person(const struct known *k, const char *s, size_t len)
{
	return lone_word_person(k, s, len) ||
	    (k->type == PERSON && known_in_capitals(k, s, len));
}

/* Whether w and next, both in a headline's capitals, say nothing by
 * them ("ORLOV SCORES": every word is capitalised); not before a word
 * that names a body or a building ("MAREK GROUP PROFIT FALLS" is the
 * company's, whoever Marek is). */
static bool
capitals_say_nothing(const struct tagger *t, const struct ner_tok *w,
    const struct ner_tok *next)
{
	char buf[32];

	if (!is_all_capitals(w) || !is_all_capitals(next))
		return false;
	const struct ner_tok tc = title_cased(next, buf, sizeof buf);
	return !ends_organisation(next) &&
	    !(gaz_bits_of_text(t, tc.s, 0, tc.len) & ((1u << GAZ_ORG_WORD) | (1u << GAZ_LOC_WORD)));
}

/* Whether mention m, one word the story knows as the short form of a
 * longer name, runs into a capitalised word: "Town Hall" after "Halby
 * Town" is not the club.  A headline in capitals capitalises every word
 * ("ORLOV SCORES TWICE"), so there a word in capitals says nothing.
 * (The text ends in a NUL, as jansson's strings do, so the bytes after
 * the mention can be read.) */
static bool
short_form_before_name(const struct tagger *t, const char *text,
    const struct mention *m, const struct known *k)
{
	size_t len = m->end - m->start;
	const char *next = text + m->end;

	if (memchr(text + m->start, ' ', len) != NULL || strlen(k->canonical) == len ||
	    next[0] != ' ' || next[1] < 'A' || next[1] > 'Z')
		return false;
	const struct ner_tok after = { next + 1, strcspn(next + 1, " \n") };
	return !capitals_say_nothing(t, &(struct ner_tok){ text + m->start, len }, &after);
}

/* The word of team m that names the club alone, into *w: "Rovers" of
 * "Kessel Rovers", "Mariners" of "Harlow Mariners", and of a club
 * named with its town last, the first word ("Velox" of "Velox
 * Utrecht"); false when none does. */
static bool
club_short_word(const struct tagger *t, const char *text, const struct mention *m,
    struct ner_tok *w)
{
	const char *s = text + m->start, *last = s + (m->end - m->start);

	while (last > s && last[-1] != ' ')
		last--;
	if (last == s)
		return false;
	*w = (struct ner_tok){ last, (size_t)(text + m->end - last) };
	if (is_club_short_name(w))
		return true;
	if (memchr(s, ' ', (size_t)(last - 1 - s)) != NULL)
		return false;	/* two words only */
	/* not a word the model's text mostly writes in lower case, which
	 * the story may use as one ("Team spirit", "Sporting events") */
	if (is_plural_nickname(w) && !is_all_capitals(w))
		return !ner_model_lower_word(t->model, w->s, w->len);
	*w = (struct ner_tok){ s, (size_t)(last - 1 - s) };
	return is_capitalised(w) && !is_all_capitals(w) &&
	    !ner_model_lower_word(t->model, w->s, w->len) &&
	    (gaz_bits_of_text(t, text, (size_t)(last - text), m->end) & GAZ_STATES) &&
	    !(gaz_bits_of_text(t, text, m->start, (size_t)(last - 1 - text)) & GAZ_PLACES);
}

/* "Kessel Rovers", a team by its context, teaches "Rovers", as a full
 * name teaches its surname: the club alone is the club named in full
 * (club_short_word), also where the story had taken the word for the
 * surname of a person only a headline's capitals named ("HARLOW
 * MARINERS").  A second club of the story with the same club's word
 * ("Velby Rovers") makes the word its own name again: it could be
 * either; another word stays the first club's. */
static void
learn_club_short_name(struct tagger *t, struct doc_state *d, const char *text,
    const struct mention *m)
{
	struct ner_tok w;
	size_t clen;

	if (!m->team || !club_short_word(t, text, m, &w))
		return;
	const char *c = canonical_of(t, m, text, &clen);
	const struct known *k = doc_lookup(d, w.s, w.len);
	if (k == NULL || (k->type == PERSON && strlen(k->canonical) == clen &&
	    strncasecmp(k->canonical, c, clen) == 0))
		doc_learn(d, w.s, w.len, ORG, c, clen);
	else if (k->type == ORG && is_club_short_name(&w) && (strlen(k->canonical) != clen ||
	    memcmp(k->canonical, c, clen) != 0))
		doc_learn(d, w.s, w.len, ORG, w.s, w.len);
}

/* "Velmarco SpA", a company named with its legal form, teaches
 * "Velmarco": the company's one-word name without it is the company
 * where the tagger saw a person, before and after ("Velmarco said");
 * not where it saw a place (the town it is named after: short_form),
 * nor a first name ("Paolo Verdana SpA"), a place the gazetteer knows,
 * or a name the story has for a person or a place. */
static void
learn_company_short_name(struct tagger *t, struct doc_state *d,
    const char *text, const struct mention *m)
{
	const char *s = text + m->start, *end = text + m->end, *last = end;
	size_t clen;

	while (last > s && last[-1] != ' ')
		last--;
	if (last == s || !is_company_suffix(&(struct ner_tok){ last, (size_t)(end - last) }))
		return;
	while (last > s && (last[-1] == ' ' || last[-1] == ','))
		last--;
	size_t len = (size_t)(last - s);
	const struct known *k = doc_lookup(d, s, len);
	if (len == 0 || memchr(s, ' ', len) != NULL || name_sex(s, len) != NAME_UNKNOWN ||
	    (gaz_bits_of_text(t, s, 0, len) & GAZ_PLACES) ||
	    (k != NULL && k->type != ORG && !lone_word_person(k, s, len)))
		return;
	const char *c = canonical_of(t, m, text, &clen);
	struct known *learnt = doc_learn(d, s, len, ORG, c, clen);
	if (learnt != NULL)
		learnt->by_context = learnt->short_form = true;
}

/*
 * The type of a name the alias table knows, by its canonical name: the
 * table gives countries and organisations one name each, so a canonical
 * name the gazetteer has no place for is an organisation's ("U.N.
 * envoy" is no place), and a country's variant is a place ("UK" no
 * organisation).  type: what the tagger said.
 */
static enum etype
alias_type(const struct tagger *t, const char *canonical, size_t len, enum etype type)
{
	unsigned bits = gaz_bits_of_text(t, canonical, 0, len);

	if (bits & GAZ_STATES)
		return type == ORG || type == PERSON ? GPE : type;
	if (bits & (1u << GAZ_REGION))
		return type == ORG || type == PERSON ? LOC : type;
	return ORG;
}

/* The word before text[at] (after its spaces), into w; false when none
 * is within a word's reach. */
static bool
word_before(const char *text, size_t at, struct ner_tok *w)
{
	size_t end = at, start;

	while (end > 0 && text[end - 1] == ' ')
		end--;
	for (start = end; start > 0 && start + 20 > end && text[start - 1] != ' ' &&
	    text[start - 1] != '\n'; start--)
		;
	*w = (struct ner_tok){ text + start, end - start };
	return end > start;
}

/* Whether what follows text[end] ends a place's phrase: a mark, the
 * text's end, or a word that goes on after a place ("in Halby on
 * Sunday", "in Halby last season"; not "in Halby 's win", "in Halby
 * colours"). */
static bool
place_phrase_ends(const char *text, size_t end)
{
	static const char *const after[] = {
		"on", "last", "this", "next", "since", "during", "until", "and",
		"where", "when", "yesterday", "today", "overnight", "earlier", "later",
	};
	size_t i = end, len = 0;

	while (text[i] == ' ')
		i++;
	if (text[i] == '\0' || text[i] == '\n' || strchr(",.;:)!?\"", text[i]) != NULL)
		return true;
	while (text[i + len] != '\0' && text[i + len] != ' ' && text[i + len] != '\n')
		len++;
	const struct ner_tok w = { text + i, len };
	return WORD_IN(&w, after) || is_time_name(&w);
}

/* Whether m, which the tagger took for a place, is told as one, whatever
 * team the story named after it: after "in" and before what ends a
 * place's phrase ("In Toronto , Joe Valdez singled"; not "in Toronto 's
 * win", "between Toronto and Kessel"). */
static bool
told_as_place(const char *text, const struct mention *m)
{
	static const char *const here[] = {
		"in", "In", "near", "outside", "across", "around", "throughout",
	};
	struct ner_tok w;

	return (m->type == GPE || m->type == LOC) && word_before(text, m->start, &w) &&
	    WORD_IN(&w, here) && place_phrase_ends(text, m->end);
}

/* Canonical names, and what this record teaches the story. */
void
resolve(struct tagger *t, struct doc_state *d, const char *text)
{
	for (size_t i = 0; i < t->found.n; i++) {
		struct mention *m = &t->found.v[i];
		trim_opening_word(t, d, text, m);
		const char *s = text + m->start;
		size_t len = m->end - m->start, clen;
		const struct known *k = doc_lookup(d, s, len);
		const char *alias;

		if (m->type >= DATE || m->type == PRODUCT)
			continue;
		if (k != NULL && short_form_before_name(t, text, m, k))
			k = NULL;
		/* A name the story gave a person (or the surname of one named
		 * in full) is that person, whatever the tagger thought here:
		 * one sense per story ("Assad" is no place).  Not a team by its
		 * context here (sports.c) that the story knew only as one word
		 * taken for a person ("Tolvern made it hard for us"). */
		if (k != NULL && k->type == PERSON && m->type != PERSON &&
		    !((m->team || m->by_context) && weakly_a_person(k, s, len)) &&
		    !m->place_by_form)
			m->type = PERSON;
		/* A team or a company by its context here is one from now on
		 * ("Velgaz profit rises", "gas company Velgaz"). */
		if ((m->team || (m->by_context && m->type == ORG)) && k != NULL &&
		    (k->type != PERSON || weakly_a_person(k, s, len))) {
			/* A copy: doc_learn frees the entry's own. */
			char *c = xstrdup(k->canonical);
			learn_from(d, m, s, len, ORG, c, strlen(c));
			free(c);
			k = doc_lookup(d, s, len);
		}
		/* The same holds for the other names ("Green League" is no
		 * place in one paragraph and a party in the next). */
		/* A company's name without its legal form that the text has
		 * as a place is the town it is named after ("Halden AG",
		 * "workers in Halden"): the word is the place's from now on. */
		if (k != NULL && k->short_form && (m->type == GPE || m->type == LOC)) {
			doc_learn(d, s, len, m->type, s, len);
			k = doc_lookup(d, s, len);
		}
		if (k != NULL && k->type < PRODUCT && m->type < PRODUCT && !m->place_by_form &&
		    !(k->type == ORG && told_as_place(text, m)))
			m->type = k->type;
		/* The story knew it from a headline in capitals: its name is
		 * as the text writes it ("Portvale", not "PORTVALE"). */
		if (k != NULL && known_in_capitals(k, s, len))
			k = learn_as_written(d, k, s, len);
		if (k != NULL && (k->type == m->type || m->type != PERSON))
			set_canonical(t, m, k->canonical, strlen(k->canonical));
		else if ((alias = alias_of(t, s, len, &clen)) != NULL) {
			set_canonical(t, m, alias, clen);
			if (!m->team)
				m->type = alias_type(t, alias, clen, m->type);
		}
		if (m->type == PERSON && memchr(s, ' ', len) != NULL) {
			/* the name the mention stands for: itself, or the full
			 * name the story gave ("van der Berg" is "Pieter van der
			 * Berg") */
			const char *c = canonical_of(t, m, text, &clen);	/* not the
						 * story's own copy, which doc_learn frees */
			size_t offs[4], lens[4], n = surname_keys(s, len, &t->keys, offs, lens);
			for (size_t j = 0; j < n; j++)
				doc_learn(d, t->keys.data + offs[j], lens[j], PERSON, c, clen);
			doc_learn(d, s, len, PERSON, c, clen);
		} else if (k == NULL) {
			const char *c = canonical_of(t, m, text, &clen);
			learn_from(d, m, s, len, m->type, c, clen);
		}
		if (m->type == ORG) {
			learn_club_short_name(t, d, text, m);
			learn_company_short_name(t, d, text, m);
		}
	}
}


/* Whether what the words around mention m tell of it is no person's:
 * an article before it ("The Rosales docked"), "its" after its verb
 * ("Haddad said its debt"; "said it" is anyone's), or a body's noun
 * after it ("the Castellanos party", "Quarles shares"). */
static bool
told_of_no_person(const char *text, const struct mention *m)
{
	static const char *const before[] = { "the", "The" };
	static const char *const after[] = {
		" said its ", " says its ", " party", " shares", " stock",
		" company", " group",
	};
	struct ner_tok w;

	if (word_before(text, m->start, &w) && WORD_IN(&w, before))
		return true;
	for (size_t k = 0; k < LIST_LEN(after); k++) {
		size_t n = strlen(after[k]);
		/* the whole word: "party", not "partying" */
		if (strncmp(text + m->end, after[k], n) == 0 &&
		    (after[k][n - 1] == ' ' || !is_letter_byte(text[m->end + n], false)))
			return true;
	}
	return false;
}

/* Whether the word before text[at] is a preposition of place, in any
 * case: "POLICE ARREST 12 IN VELBY" tells the town, whatever its team
 * did. */
static bool
after_place_word(const char *text, size_t at)
{
	static const char *const places_at[] = { "at", "to" };
	struct ner_tok w;

	return word_before(text, at, &w) &&
	    (is_place_preposition(&w, true) || ANY_CASE_WORD_IN(&w, places_at));
}

/* Whether text[start] opens a sentence: the text's or a line's start,
 * or after a full stop, perhaps with a quotation mark. */
static bool
opens_sentence_at(const char *text, size_t start)
{
	size_t i = start;

	while (i > 0 && text[i - 1] == ' ')
		i--;
	if (i > 0 && (text[i - 1] == '"' || text[i - 1] == '\''))
		i--;
	return i == 0 || text[i - 1] == '\n' || text[i - 1] == '.' || text[i - 1] == '!' ||
	    text[i - 1] == '?';
}

/* Whether the word after text[end] reads as a verb ("Price quits as
 * coach", "Young leads"; not "Price rises hit families", "Young
 * people"). */
static bool
verb_follows(const char *text, size_t end)
{
	size_t i = end, len = 0;

	while (text[i] == ' ')
		i++;
	while (text[i + len] >= 'a' && text[i + len] <= 'z')
		len++;
	return reads_as_verb(&(struct ner_tok){ text + i, len });
}

/* Whether a person the story names in a later record is no name to
 * find at text[start, end), where the tagger saw none: in a headline's
 * capitals, which hide what a word is ("HALDEN FLOODS"); where the
 * words around tell it is no person's ("The Varley burst its banks");
 * or a word the text mostly writes in lower case opening a sentence,
 * whose capital says nothing, unless a verb follows ("Young people
 * said", before "Eva Young"; not "Price quits as coach"). */
static bool
no_person_here(const struct tagger *t, const char *text, size_t start, size_t end)
{
	const struct mention probe = { .start = start, .end = end };

	return in_capitals_line(text, start, end) || told_of_no_person(text, &probe) ||
	    (opens_sentence_at(text, start) && !verb_follows(text, end) &&
	    ner_model_lower_word(t->model, text + start, end - start));
}

/* Names the story has taught, where the tagger missed them; taught
 * later: by records after this one (held.c). */
void
find_known(struct tagger *t, struct doc_state *d, const char *text, size_t nwords,
    bool taught_later)
{
	/* Words are asked about in order, and a name is added (and the
	 * mentions inside it taken away) behind the next word asked about. */
	mentions_index(&t->found);
	for (size_t i = 0; i < nwords; i++) {
		if (!is_capitalised(&t->words[i]) && !is_particle(&t->words[i]))
			continue;
		for (size_t k = 4; k > 0; k--) {
			if (i + k > nwords)
				continue;
			const char *s = t->words[i].s;
			size_t len = (size_t)(t->words[i + k - 1].s + t->words[i + k - 1].len - s);
			/* a name the story learnt from a headline's capitals
			 * is no name where its last word is in lower case
			 * ("HALDEN BOURSE" is not "the Halden bourse") */
			if (k > 1 && is_lower_word(&t->words[i + k - 1]))
				continue;
			const struct known *kn = doc_lookup(d, s, len);
			const char *canon;
			size_t clen;
			enum etype type;
			/* "Town" of "Halby Town" is not the club in "Town
			 * Hall", nor a surname in a longer name; a headline
			 * in capitals capitalises every word ("ORLOV SCORES") */
			if (kn != NULL && k == 1 && i + 1 < nwords &&
			    is_capitalised(&t->words[i + 1]) && strlen(kn->canonical) != len &&
			    !capitals_say_nothing(t, &t->words[i], &t->words[i + 1]))
				continue;
			if (kn != NULL && taught_later && kn->type == PERSON &&
			    no_person_here(t, text, (size_t)(s - text), (size_t)(s - text) + len))
				continue;
			if (kn != NULL) {
				type = kn->type;
				if (known_in_capitals(kn, s, len))	/* as resolve */
					kn = learn_as_written(d, kn, s, len);
				canon = kn->canonical;
				clen = strlen(canon);
			} else {
				if (k > 1 || (canon = alias_of(t, s, len, &clen)) == NULL)
					continue;
				type = gaz_bits(t, t->words, i, i + 1) & (1u << GAZ_COUNTRY) ?
				    GPE : ORG;
			}
			size_t start = (size_t)(s - text);
			if (mentions_at(&t->found, start, start + len) != SIZE_MAX ||
			    !mentions_make_room(&t->found, start, start + len))
				continue;
			add_mention(&t->found, start, start + len, type);
			set_canonical(t, &t->found.v[t->found.n - 1], canon, clen);
			i += k - 1;
			break;
		}
	}
	mentions_compact(&t->found);
}

/* Whether m, a person's mention, already stands for a name in full (a
 * surname the story had linked to its person as the record went). */
static bool
stands_for_full_name(const struct tagger *t, const struct mention *m, const char *text)
{
	size_t clen;
	const char *c = canonical_of(t, m, text, &clen);

	return m->type == PERSON && memchr(c, ' ', clen) != NULL;
}

/*
 * A record read whole, a story in one record: a person the record
 * names in full holds for the mentions before that name as well as
 * after it ("KOVALIK TAKES LEAD" over "Tomas Kovalik of Dravia shot
 * 65"; "Kovalik" in a live entry's first line, "Tomas Kovalik" in its
 * second), and so does a company or a team known by its context for a
 * word the tagger took for a person ("Velgaz profit rises" over "gas
 * company Velgaz"), or for a place in a headline's capitals ("BEAT
 * ORRINGTON" over "Velby 2 Orrington 1").  resolve read the mentions in
 * order, so it could not know.
 * Not a team, a place or a company by its context, nor a name two
 * people of the story share, nor one the words around it tell is no
 * person; a name the tagger took for no person is retyped only in a
 * headline's capitals.
 */
void
settle_record(struct tagger *t, struct doc_state *d, const char *text)
{
	for (size_t i = 0; i < t->found.n; i++) {
		struct mention *m = &t->found.v[i];
		const char *s = text + m->start;
		size_t len = m->end - m->start;
		if (m->removed || m->type >= DATE || m->type == PRODUCT)
			continue;
		const struct known *k = doc_lookup(d, s, len);
		/* a name in capitals is named as the text writes it
		 * ("VELGRAD 1996-11-18" over "the mission in Velgrad") */
		if (k != NULL && k->type == m->type && written_in_capitals(k, s, len))
			set_canonical(t, m, k->canonical, len);
		/* a team the story names in full, which a headline's capitals
		 * made a person ("SEE OFF HARLOW MARINERS") */
		bool team_in_capitals = k != NULL && k->type == ORG && k->by_context &&
		    m->type == PERSON && in_capitals_line(text, m->start, m->end) &&
		    strlen(k->canonical) == len && strncasecmp(k->canonical, s, len) == 0;
		if (m->team || m->place_by_form || m->by_context ||
		    (stands_for_full_name(t, m, text) && !team_in_capitals))
			continue;
		/* a company or a team by its context, where the tagger took
		 * the word for a person, or for a place in a headline's
		 * capitals ("BEAT ORRINGTON") */
		if (team_in_capitals || (k != NULL && k->type == ORG && k->by_context &&
		    memchr(s, ' ', len) == NULL && (m->type == PERSON ||
		    (m->type == GPE && in_capitals_line(text, m->start, m->end) &&
		    !after_place_word(text, m->start))))) {
			m->type = ORG;
			set_canonical(t, m, k->canonical, strlen(k->canonical));
			continue;
		}
		/* a person named in full, and only one by that surname; a
		 * name the tagger typed otherwise only in a headline's
		 * capitals, which hide what it is ("Police in Halden" is
		 * no "Tomas Halden") */
		if (k == NULL || k->type != PERSON || k->ambiguous || strchr(k->canonical, ' ') == NULL ||
		    (m->type != PERSON && !in_capitals_line(text, m->start, m->end)) ||
		    told_of_no_person(text, m))
			continue;
		m->type = PERSON;
		set_canonical(t, m, k->canonical, strlen(k->canonical));
	}
}
