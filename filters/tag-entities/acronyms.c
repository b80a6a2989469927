/*
 * acronyms: "Islamic State (IS)" defines IS for the rest of the story
 * (tagger.h).  Runs on the calling thread, after the story's names.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "hash.h"
#include "tagger.h"

/*
 * A definition gives every mention of the acronym in the record its
 * canonical name, those before it too ("NGB ... the Northern Grain
 * Board (NGB)"), and a later definition of the same acronym gives them
 * its own.  Walking the mentions at each definition made a record of
 * many definitions quadratic in time, and in the canonical names
 * copied; instead each acronym's newest definition is kept, and a
 * mention takes it when asked: the newest, if it came no earlier than
 * the mention (an acronym's mention added by a definition that the
 * story would not learn waits for the next one).
 */
struct acronym {
	const char *s;			/* its text, in the record */
	size_t len;
	unsigned long when;		/* the newest definition's number */
	size_t canonical_off, canonical_len;	/* in tagger.canonical */
};

struct definitions {
	struct hmap by_text;		/* hash of text -> acronym + 1 */
	struct acronym *v;
	size_t n, cap;
	unsigned long clock;		/* definitions so far */
	size_t first_added;		/* the pass's first new mention */
	unsigned long *added_when;	/* for each new mention */
	size_t cap_added;
};

static uint64_t
text_key(const char *s, size_t len)
{
	return hmap_key(hash_fnv1a(s, len, HASH_FNV_OFFSET));
}

static void
definitions_free(struct definitions *defs)
{
	if (defs->cap > 0)
		hmap_free(&defs->by_text);
	free(defs->v);
	free(defs->added_when);
}

/* Records that acronym text[a..b) now stands for canonical. */
static void
define(struct tagger *t, struct definitions *defs, const char *text,
    size_t a, size_t b, const char *canonical)
{
	bool found;

	if (defs->cap == 0)
		hmap_init(&defs->by_text, 16);
	uint32_t *slot = hmap_slot(&defs->by_text, text_key(text + a, b - a), &found);
	if (!found) {
		defs->v = xgrow(defs->v, &defs->cap, defs->n + 1, sizeof *defs->v);
		defs->v[defs->n++] = (struct acronym){ .s = text + a, .len = b - a };
		*slot = (uint32_t)defs->n;
	}
	struct acronym *ac = &defs->v[*slot - 1];
	ac->when = defs->clock;
	ac->canonical_off = t->canonical.len;
	ac->canonical_len = strlen(canonical);
	buf_append(&t->canonical, canonical, ac->canonical_len);
}

/* Mention i takes its acronym's newest definition, if it has one that
 * came no earlier than the mention. */
static void
settle(struct tagger *t, const struct definitions *defs, const char *text,
    size_t i)
{
	struct mention *m = &t->found.v[i];
	size_t len = m->end - m->start;
	uint32_t at;

	if (defs->n == 0 || !hmap_get(&defs->by_text, text_key(text + m->start, len), &at))
		return;
	const struct acronym *ac = &defs->v[at - 1];
	unsigned long born = i < defs->first_added ? 0 :
	    defs->added_when[i - defs->first_added];
	/* A text is an acronym's only when it is the same text: two texts
	 * of one 64-bit hash are not one acronym. */
	if (ac->len != len || memcmp(ac->s, text + m->start, len) != 0 ||
	    ac->when < born)
		return;
	m->has_canonical = true;
	m->canonical_off = ac->canonical_off;
	m->canonical_len = ac->canonical_len;
}

/* The end of an acronym in brackets at text[a..), or a when none; a
 * space may come before the bracket that closes it, as tokenized copy
 * writes it ("( CDR )"). */
static size_t
bracketed_acronym(const char *text, size_t len, size_t a)
{
	size_t b;

	for (b = a; b < len && b - a < 10 && ((text[b] >= 'A' && text[b] <= 'Z') ||
	    text[b] == '.'); b++)
		;
	if (b - a < 2 || b >= len || !(text[b] == ')' || (text[b] == ' ' && b + 1 < len &&
	    text[b + 1] == ')')))
		return a;
	return b;
}

/* Whether text[s..e) is a word an acronym skips: "of", "and", "the". */
static bool
skipped_word(const char *s, size_t len)
{
	static const char *const words[] = {
		"of", "and", "for", "the", "on", "in", "de", "du", "des", "la", "&",
	};

	for (size_t k = 0; k < sizeof words / sizeof *words; k++)
		if (strlen(words[k]) == len && memcmp(words[k], s, len) == 0)
			return true;
	return false;
}

/*
 * Where the name whose initials spell an acronym starts, read leftwards
 * from the end of the mention text[..end) the tagger found before the
 * bracket: at the mention's start ("the Kessian Workers Union ( KWU )"),
 * or further left ("the Housing Authority of New Orleans (HANO)", where
 * the tagger saw only "New Orleans").  SIZE_MAX when the initials spell
 * no name.
 */
static size_t
acronym_name_start(const char *text, size_t end, const char *acr, size_t acr_len)
{
	char letters[12];
	size_t nl = 0, got = 0, pos = end;

	for (size_t k = 0; k < acr_len && nl < sizeof letters; k++)
		if (acr[k] != '.')
			letters[nl++] = acr[k];
	/* Word by word leftwards, each capitalised word's initial matched
	 * against the acronym's letters from its end. */
	for (int words = 0; words < 12 && pos > 0 && nl > 0; words++) {
		size_t we = pos, ws = pos;
		while (ws > 0 && text[ws - 1] != ' ')
			ws--;
		if (we == ws)
			return SIZE_MAX;
		if (text[ws] >= 'A' && text[ws] <= 'Z') {
			if (got == nl || text[ws] != letters[nl - 1 - got])
				return SIZE_MAX;
			if (++got == nl)
				return ws;
		} else if (!skipped_word(text + ws, we - ws) || got == 0) {
			return SIZE_MAX;
		}
		if (ws == 0 || text[ws - 1] != ' ')
			return SIZE_MAX;
		pos = ws - 1;
	}
	return SIZE_MAX;
}

/* Whether text[start..end) has a word that names a state: "Republic",
 * "Kingdom", "Emirates". */
static bool
names_state(const char *text, size_t start, size_t end)
{
	static const char *const words[] = {
		"Republic", "Kingdom", "Emirates", "States", "Principality",
		"Sultanate", "Emirate",
	};

	for (size_t k = 0; k < sizeof words / sizeof *words; k++) {
		size_t len = strlen(words[k]);
		for (const char *p = text + start; p + len <= text + end; p++) {
			p = memchr(p, words[k][0], (size_t)(text + end - p));
			if (p == NULL || p + len > text + end)
				break;
			if (memcmp(p, words[k], len) == 0 && (p == text + start || p[-1] == ' ') &&
			    (p + len == text + end || p[len] == ' '))
				return true;
		}
	}
	return false;
}

/* Whether the bracket that closes at text[b] (a space perhaps before it)
 * is followed by a dash: a dateline's agency ("VELBY ( AP ) -"). */
static bool
after_bracket_dash(const char *text, size_t len, size_t b)
{
	size_t i = b + (text[b] == ' ') + 1;

	return i + 1 < len && text[i] == ' ' && text[i + 1] == '-';
}

/* Whether mention m's canonical name is not its text: the alias table's
 * ("EU" is "European Union"). */
static bool
has_alias(const struct tagger *t, const char *text, const struct mention *m)
{
	size_t clen;
	const char *c = canonical_of(t, m, text, &clen);

	return clen != m->end - m->start || memcmp(c, text + m->start, clen) != 0;
}

/* Adds the acronym's mention at [a, b), made by definition number now;
 * returns its index. */
static size_t
add_acronym(struct tagger *t, struct definitions *defs, size_t a, size_t b,
    enum etype type)
{
	size_t i = t->found.n;

	add_mention(&t->found, a, b, type);
	defs->added_when = xgrow(defs->added_when, &defs->cap_added,
	    i - defs->first_added + 1, sizeof *defs->added_when);
	defs->added_when[i - defs->first_added] = defs->clock;
	return i;
}

/*
 * "Islamic State (IS)": the bracketed acronym is a mention of the name
 * before it, and stands for it in the rest of the story.  Two acronyms
 * in brackets never overlap (a bracket is in neither), so the index of
 * the mentions before the pass answers for every one.
 */
void
find_acronyms(struct tagger *t, struct doc_state *d, const char *text, size_t len)
{
	size_t n = t->found.n;
	struct definitions defs = { .first_added = n };

	mentions_index(&t->found);
	for (size_t i = 0; i < n; i++) {
		const struct mention *m = &t->found.v[i];
		size_t a = m->end, b;
		if (m->removed)
			continue;
		if (m->type != ORG && m->type != GPE && m->type != LOC)
			continue;
		if (a + 2 >= len || text[a] != ' ' || text[a + 1] != '(')
			continue;
		a += 2 + (text[a + 2] == ' ');
		if ((b = bracketed_acronym(text, len, a)) == a)
			continue;
		size_t at = mentions_at(&t->found, a, b), clen;
		if (at == SIZE_MAX && mentions_overlap(&t->found, a, b))
			continue;
		/* a place in brackets tells where, not the name's acronym
		 * ("Channel 5 ( UK )") */
		if (at != SIZE_MAX && m->type == ORG &&
		    (t->found.v[at].type == GPE || t->found.v[at].type == LOC))
			continue;
		size_t name = i, spelt_from = acronym_name_start(text, m->end, text + a, b - a);
		bool spelt = spelt_from <= m->start;
		size_t start = spelt ? spelt_from : m->start;
		/* a dateline's agency ("WASHINGTON ( AP ) -"); a place's
		 * acronym only where its initials spell it ("Kessia ( NATO )"
		 * is no NATO); an acronym the alias table knows only where they
		 * do ("the Velby Commission ( EU )") */
		if (after_bracket_dash(text, len, b) || (!spelt && (m->type != ORG ||
		    (at != SIZE_MAX && has_alias(t, text, &t->found.v[at])))))
			continue;
		if (start < m->start) {
			/* The whole name, in the place of the mentions inside it:
			 * a state's ("the Democratic Republic of Tarsk (DRT)") or
			 * an organisation's. */
			size_t end = m->end;
			enum etype whole = names_state(text, start, end) ? GPE : ORG;
			mentions_remove_overlapping(&t->found, start, end);
			name = add_acronym(t, &defs, start, end, whole);
			m = &t->found.v[name];
		}
		settle(t, &defs, text, name);	/* the name may be an acronym */
		const char *canon = canonical_of(t, m, text, &clen);
		enum etype type = m->type;
		doc_learn(d, text + a, b - a, type, canon, clen);
		defs.clock++;
		if (at == SIZE_MAX)
			at = add_acronym(t, &defs, a, b, type);
		/* The story's copy: canon may live in the buffer set_canonical
		 * appends to. */
		const struct known *k = doc_lookup(d, text + a, b - a);
		t->found.v[at].type = type;
		if (k != NULL)
			define(t, &defs, text, a, b, k->canonical);
	}
	for (size_t i = 0; i < t->found.n && defs.n > 0; i++)
		settle(t, &defs, text, i);
	definitions_free(&defs);
}
