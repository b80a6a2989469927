/*
 * words: a record's words, the sequence tagger over its sentences, and
 * what the words alone show (tagger.h): a wire dateline's place, places
 * inside hyphenated words.  Runs on any thread.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dateline.h"
#include "diag.h"
#include "tagger.h"
#include "tok.h"
#include "text.h"

bool
is_capitalised(const struct ner_tok *w)
{
	size_t pos = 0;

	return w->len > 0 && text_is_upper(utf8_next(w->s, w->len, &pos));
}

bool
is_word(const struct ner_tok *w, const char *s)
{
	return w->len > 0 && w->s[0] == s[0] && w->len == strlen(s) &&
	    memcmp(w->s, s, w->len) == 0;
}

bool
is_word_any_case(const struct ner_tok *w, const char *s)
{
	return w->len == strlen(s) && strncasecmp(w->s, s, w->len) == 0;
}

bool
word_in(const struct ner_tok *w, const char *const *list, size_t n,
    bool (*same)(const struct ner_tok *, const char *))
{
	for (size_t k = 0; k < n; k++)
		if (same(w, list[k]))
			return true;
	return false;
}

bool
is_all_capitals(const struct ner_tok *w)
{
	bool letter = false;

	for (size_t i = 0; i < w->len; i++) {
		if (w->s[i] >= 'a' && w->s[i] <= 'z')
			return false;
		letter = letter || (w->s[i] >= 'A' && w->s[i] <= 'Z');
	}
	return letter;
}

bool
is_lower_word(const struct ner_tok *w)
{
	for (size_t i = 0; i < w->len; i++)
		if (w->s[i] < 'a' || w->s[i] > 'z')
			return false;
	return w->len > 0;
}

bool
opens_place_name(const struct ner_tok *w)
{
	static const char *const openers[] = {
		"Port", "Fort", "Mount", "Lake", "Cape", "St", "St.", "Saint",
		"San", "Santa", "Santo", "Sao", "São", "Puerto", "Porto",
	};

	return NAME_WORD_IN(w, openers);
}

bool
ends_place_name(const struct ner_tok *w)
{
	/* none a surname ("Hill", "Cross", "Street" are) */
	static const char *const ends[] = {
		"Gardens", "Hole", "Wharf", "Square", "Docks", "Mews", "Souks",
		"Markets", "Springs", "Valley",
	};

	return NAME_WORD_IN(w, ends) || is_land_word(w);
}

bool
ends_line(const struct ner_tok *words, size_t k, size_t hi)
{
	return k + 1 == hi || memchr(words[k].s + words[k].len, '\n',
	    (size_t)(words[k + 1].s - (words[k].s + words[k].len))) != NULL;
}

bool
opens_line(const struct ner_tok *words, size_t lo, size_t k)
{
	return k == lo || ends_line(words, k - 1, k + 1);
}

bool
is_mark(const struct ner_tok *w)
{
	if (w->len == 0)
		return false;
	unsigned char c = (unsigned char)w->s[0];
	return strchr("\"'()[],;:", c) != NULL ||
	    (c == 0xe2 && w->len == 3) || (c == '-' && w->len == 1);
}

bool
reads_as_verb(const struct ner_tok *w)
{
	static const char *const verbs[] = {
		"won", "beat", "took", "led", "lost", "held", "ran", "came", "said",
		"is", "was", "has", "had", "will", "set", "broke", "quit", "hit",
		"quits", "wins", "leads", "says", "resigns", "denies", "dies",
		"joins", "beats", "takes", "signs", "urges", "warns", "retires",
		"admits", "vows", "sees", "steps",
	};

	return w->len > 1 && is_lower_word(w) && (WORD_IN(w, verbs) ||
	    (w->len > 3 && memcmp(w->s + w->len - 2, "ed", 2) == 0));
}

bool
is_small_number(const struct ner_tok *w)
{
	return w->len > 0 && small_number(w->s, w->s + w->len) == w->s + w->len;
}

struct ner_tok
lower_first(const struct ner_tok *w, char *buf, size_t cap)
{
	if (w->len == 0 || w->len > cap || !(w->s[0] >= 'A' && w->s[0] <= 'Z'))
		return *w;
	memcpy(buf, w->s, w->len);
	buf[0] = (char)(buf[0] - 'A' + 'a');
	return (struct ner_tok){ buf, w->len };
}

struct ner_tok
title_cased(const struct ner_tok *w, char *buf, size_t cap)
{
	if (w->len == 0 || w->len > cap)
		return *w;
	buf[0] = w->s[0];
	for (size_t k = 1; k < w->len; k++)
		buf[k] = w->s[k] >= 'A' && w->s[k] <= 'Z' ? (char)(w->s[k] - 'A' + 'a') : w->s[k];
	return (struct ner_tok){ buf, w->len };
}

bool
ends_noun_phrase(const struct ner_tok *words, size_t i, size_t hi)
{
	static const char *const after[] = {
		"for", "in", "on", "at", "by", "with", "after", "before", "until",
		"during", "which", "that", "last", "next", "this", "earlier", "as",
		"and", "or",
	};

	if (i >= hi)
		return true;
	if (words[i].len > 0 && words[i].s[0] >= 'a' && words[i].s[0] <= 'z')
		return WORD_IN(&words[i], after);
	return !is_capitalised(&words[i]) && !is_possessive(&words[i]);
}

bool
is_name_word(const struct ner_tok *w, const char *s)
{
	if (is_word(w, s))
		return true;
	/* Most words asked about are not in capitals: a look at two bytes
	 * tells. */
	if (w->len < 2 || w->s[0] != s[0] || !(w->s[1] >= 'A' && w->s[1] <= 'Z') ||
	    w->len != strlen(s))
		return false;
	for (size_t i = 0; i < w->len; i++)
		if ((w->s[i] >= 'a' && w->s[i] <= 'z') ||
		    (w->s[i] | 0x20) != (s[i] | 0x20))
			return false;
	return true;
}

/* "'s" only: a lone apostrophe inside a name is part of it ("Workers'
 * Party"), so it never splits one. */
bool
is_possessive(const struct ner_tok *w)
{
	return tok_is_possessive_s(w->s, w->len);
}

/* Lower-case words inside names: "Charles de Gaulle", "van der Berg". */
bool
is_particle(const struct ner_tok *w)
{
	static const char *const particles[] = {
		"de", "van", "der", "von", "den", "la", "le", "du", "da", "di",
		"dos", "das", "del", "bin", "ibn", "al", "el", "ter", "ten", "zu",
	};

	/* Every word is asked: most are longer than any particle. */
	if (w->len < 2 || w->len > 3)
		return false;
	for (size_t i = 0; i < sizeof particles / sizeof *particles; i++)
		if (is_word(w, particles[i]))
			return true;
	return false;
}

/* Words that open sentences and phrases: a tagger's slip on one must not
 * spread through the story. */
static const char *const function_words[] = {
	"The", "A", "An", "This", "That", "These", "Those", "He", "She", "It",
	"They", "We", "I", "You", "His", "Her", "Its", "Their", "Our", "In",
	"On", "At", "Of", "For", "And", "But", "Or", "As", "If", "When",
	"While", "After", "Before", "By", "With", "From", "To", "There",
};

/* Asked of most words of every sentence: the loop is written out, with
 * no comparison function to call for each entry. */
bool
is_function_word(const char *s, size_t len)
{
	for (size_t i = 0; i < LIST_LEN(function_words); i++)
		if (function_words[i][0] == s[0] && strlen(function_words[i]) == len &&
		    memcmp(function_words[i], s, len) == 0)
			return true;
	return false;
}

bool
is_function_word_any_case(const struct ner_tok *w)
{
	return ANY_CASE_WORD_IN(w, function_words);
}

/* A word ending as nationality words do ("Vantish", "Ostrian",
 * "Kalese", "Pakistani"). */
bool
demonym_like(const struct ner_tok *w)
{
	static const char *const endings[] = { "ish", "ian", "ese", "an", "i" };

	if (w->len < 4 || !is_capitalised(w))
		return false;
	for (size_t k = 0; k < sizeof endings / sizeof *endings; k++) {
		size_t e = strlen(endings[k]);
		if (memcmp(w->s + w->len - e, endings[k], e) == 0)
			return true;
	}
	return false;
}

/* A word that ends as only a nationality's adjective does ("Dravian",
 * "Kessish", "Ostrese"): names in -i and -an ("Mali", "Sudan", "Milan")
 * are places as often. */
bool
demonym_adjective(const struct ner_tok *w)
{
	return demonym_like(w) && w->s[w->len - 1] != 'i' &&
	    !(memcmp(w->s + w->len - 2, "an", 2) == 0 && memcmp(w->s + w->len - 3, "ian", 3) != 0);
}

/* A noun for a person of a nation, which is not the nation's adjective
 * ("French", "Dutch"), as "Briton", "Swede" and "Frenchman" are: a
 * closed list, and the stems whose -man and -woman nouns the copy uses
 * ("Frenchman", "Scotswomen"), never any word in -man ("Freshman",
 * "Sportsman"). */
bool
is_demonym_noun(const struct ner_tok *w)
{
	static const char *const nouns[] = {
		"Briton", "Britons", "Swede", "Swedes", "Dane", "Danes", "Finn",
		"Finns", "Pole", "Poles", "Turk", "Turks", "Spaniard", "Spaniards",
		"Scot", "Scots", "Serb", "Serbs", "Croat", "Croats", "Slovak",
		"Slovaks", "Slovene", "Slovenes", "Kurd", "Kurds", "Kiwi", "Aussie",
		"Filipino", "Filipina", "Walloon",
	};
	static const char *const stems[] = {
		"French", "Dutch", "Welsh", "Irish", "English", "Scots", "Cornish",
		"Manx",
	};
	static const char *const endings[] = { "man", "men", "woman", "women" };

	if (WORD_IN(w, nouns))
		return true;
	for (size_t k = 0; k < LIST_LEN(stems); k++) {
		size_t n = strlen(stems[k]);
		if (w->len <= n || memcmp(w->s, stems[k], n) != 0)
			continue;
		const struct ner_tok rest = { w->s + n, w->len - n };
		return WORD_IN(&rest, endings);
	}
	return false;
}

/* "pro-Kremlin RIA Novosti": an English prefix on a lower-case word is
 * not part of the name after it. */
bool
is_prefixed_word(const struct ner_tok *w)
{
	static const char *const prefixes[] = {
		"pro-", "anti-", "ex-", "non-", "post-", "pre-", "neo-", "then-",
	};

	/* Every word is asked: most have no hyphen near their start. */
	const char *hyphen = memchr(w->s, '-', w->len < 5 ? w->len : 5);

	if (hyphen == NULL)
		return false;
	size_t len = (size_t)(hyphen - w->s) + 1;
	for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++)
		if (strlen(prefixes[i]) == len && memcmp(w->s, prefixes[i], len) == 0)
			return true;
	return false;
}

/* The type bits the gazetteer gives the words of text[start..end). */
unsigned
gaz_bits(const struct tagger *t, const struct ner_tok *words, size_t from,
    size_t to)
{
	return ner_gaz_lookup(t->gaz, words + from, to - from);
}

bool
gaz_is(const struct tagger *t, const struct ner_tok *words, size_t from,
    size_t to, enum ner_gaz_type g)
{
	return to > from && (gaz_bits(t, words, from, to) & (1u << g));
}

bool
next_word(const char *text, size_t *at, size_t end, struct ner_tok *w)
{
	if (*at >= end)
		return false;
	const char *sp = memchr(text + *at, ' ', end - *at);
	size_t e = sp != NULL ? (size_t)(sp - text) : end;
	*w = (struct ner_tok){ text + *at, e - *at };
	*at = e + 1;
	return true;
}

unsigned
gaz_bits_of_text(const struct tagger *t, const char *text, size_t start,
    size_t end)
{
	struct ner_tok words[NER_GAZ_MAX_WORDS], w;
	size_t n = 0, at = start;

	while (next_word(text, &at, end, &w)) {
		if (n == NER_GAZ_MAX_WORDS)
			return 0;
		words[n++] = w;
	}
	return gaz_bits(t, words, 0, n);
}

/* How many words before index i (back to lo) form a title ending at i. */
size_t
title_before(const struct tagger *t, const struct ner_tok *words, size_t lo,
    size_t i)
{
	for (size_t k = NER_GAZ_MAX_WORDS; k > 0; k--)
		if (i >= lo + k && gaz_is(t, words, i - k, i, GAZ_TITLE))
			return k;
	return 0;
}

/* How many words from i on (before hi) form a title. */
size_t
title_at(const struct tagger *t, const struct ner_tok *words, size_t i,
    size_t hi)
{
	for (size_t k = NER_GAZ_MAX_WORDS; k > 0; k--)
		if (i + k <= hi && gaz_is(t, words, i, i + k, GAZ_TITLE))
			return k;
	return 0;
}

/* --- words and the tagger --- */

/* The words of one sentence, text[sp->start..sp->end), appended to
 * t->words from nwords on; returns the new number of words. */
size_t
sentence_words(struct tagger *t, const char *text, const struct sent_span *sp,
    size_t nwords)
{
	tok_split(text + sp->start, sp->end - sp->start, &t->toks);
	t->words = xgrow(t->words, &t->cap_words, nwords + 2 * t->toks.n + 1,
	    sizeof *t->words);
	for (size_t k = 0; k < t->toks.n; k++) {
		const struct token *tk = &t->toks.v[k];
		struct ner_tok w = { text + sp->start + tk->start,
		    tk->end - tk->start };
		/* "pro-Kremlin": the name is a word of its own. */
		const char *hyphen = memchr(w.s, '-', w.len);
		if (is_prefixed_word(&w) && hyphen + 1 < w.s + w.len &&
		    hyphen[1] >= 'A' && hyphen[1] <= 'Z') {
			size_t head = (size_t)(hyphen + 1 - w.s);
			t->words[nwords++] = (struct ner_tok){ w.s, head };
			w.s += head;
			w.len -= head;
		}
		t->words[nwords++] = w;
	}
	return nwords;
}

/* --- what the words alone show --- */

/* The place of a dateline at [start, end): a GPE, whatever the tagger
 * called it. */
static void
dateline_place(struct tagger *t, size_t start, size_t end)
{
	size_t found = mentions_at(&t->found, start, end);

	if (found == SIZE_MAX && mentions_make_room(&t->found, start, end)) {
		add_mention(&t->found, start, end, GPE);
		found = t->found.n - 1;
	}
	if (found != SIZE_MAX) {
		t->found.v[found].type = GPE;
		t->found.v[found].place_by_form = true;
	}
}

/* The region after a dated place line's comma ("VELBY , Upper Kessia
 * 1996-08-30"): a country or a state, a GPE, unless the tagger found
 * it a place of another kind. */
static void
dateline_region(struct tagger *t, size_t start, size_t end)
{
	size_t found = mentions_at(&t->found, start, end);

	if (found == SIZE_MAX)
		dateline_place(t, start, end);
	else if (t->found.v[found].type != LOC)
		t->found.v[found].type = GPE;
}

/* A wire dateline, "TARSK, Nov 25 (Meridian News) -" (lang/dateline.h):
 * the capitals opening it are the place it was filed from, which the
 * tagger, seeing a shape it rarely met, may call anything. */
void
find_dateline(struct tagger *t, const char *text, size_t len)
{
	size_t end = 0;

	/* Places are asked about in order of position, and added where
	 * none is asked about again. */
	mentions_index(&t->found);
	bool opening = dateline_length(text, len, &end) > 0;
	if (opening)
		dateline_place(t, 0, end);
	/* "TARSK 1996-08-30" on a line of its own under a headline: one of
	 * the record's first lines, and not a word written in lower case
	 * ("UPDATED 2024-05-01"). */
	const char *p = text;
	for (int line = 0; line < 3 && p != NULL && p < text + len; line++) {
		size_t at = (size_t)(p - text);
		struct dateline_region region;
		if (!(line == 0 && opening) && (end = dated_place_line(p, len - at, &region)) > 0 &&
		    !(memchr(p, ' ', end) == NULL && ner_model_lower_word(t->model, p, end))) {
			dateline_place(t, at, at + end);
			if (region.end > 0)
				dateline_region(t, at + region.start, at + region.end);
		}
		p = memchr(p, '\n', len - at);
		if (p != NULL)
			p++;
	}
	mentions_compact(&t->found);
}

bool
is_based_word(const struct ner_tok *w)
{
	return w->len > 7 && memcmp(w->s + w->len - 6, "-based", 6) == 0;
}

/* Whether words[i] opens a sentence of t->sents; *sent is a cursor into
 * them, for words asked about in order. */
static bool
opens_sentence(const struct tagger *t, const char *text, size_t i, size_t *sent)
{
	size_t at = (size_t)(t->words[i].s - text);

	while (*sent < t->sents.n && t->sents.v[*sent].end <= at)
		(*sent)++;
	return *sent < t->sents.n && t->sents.v[*sent].start == at;
}

/* Whether words[i] comes right after a capitalised word that is no
 * function word: the end of a name of two words ("New York-based"). */
static bool
ends_name_of_two(const struct tagger *t, size_t i)
{
	const struct ner_tok *prev = &t->words[i - (i > 0)];

	return i > 0 && is_capitalised(prev) && !is_function_word(prev->s, prev->len) &&
	    prev->s + prev->len + 1 == t->words[i].s;
}

static void
add_place(struct tagger *t, const char *text, const char *s, size_t len)
{
	size_t start = (size_t)(s - text);

	if (!mentions_overlap(&t->found, start, start + len)) {
		add_mention(&t->found, start, start + len, GPE);
		t->found.v[t->found.n - 1].place_by_form = true;
	}
}

/*
 * "Velgrad-based", words[i]: the place the word names, a GPE.  A place
 * the gazetteer knows, even of two words ("New York-based"); a word it
 * does not know, unless it opens the sentence, is written in lower case
 * by the model's text, is a nationality's, or is a person's or an
 * organisation's the gazetteer knows ("Pakistani-based",
 * "Microsoft-based").
 */
static void
based_place(struct tagger *t, const char *text, size_t i, bool opens)
{
	const struct ner_tok *w = &t->words[i];
	struct ner_tok part = { w->s, w->len - 6 };
	unsigned places = GAZ_STATES;

	if (memchr(part.s, '-', part.len) != NULL || !is_capitalised(&part))
		return;
	if (ends_name_of_two(t, i)) {
		/* the end of a name of two words: the whole, or nothing */
		const struct ner_tok two[2] = { t->words[i - 1], part };
		if (ner_gaz_lookup(t->gaz, two, 2) & places)
			add_place(t, text, two[0].s, (size_t)(part.s + part.len - two[0].s));
		return;
	}
	unsigned bits = ner_gaz_lookup(t->gaz, &part, 1);
	if ((bits & places) || (!opens && !(bits & ((1u << GAZ_ORG) | (1u << GAZ_PERSON) |
	    (1u << GAZ_MEDIA))) && !qualifies_outlet(&part) &&
	    !ner_model_lower_word(t->model, part.s, part.len)))
		add_place(t, text, part.s, part.len);
}

/* "the Turkey-Syria border": the parts of a hyphenated word that are
 * places the gazetteer knows are mentions of those places, but a part
 * that ends a name of two words ("New York-born": no "York"); and the
 * place of "Velgrad-based" (based_place). */
void
find_compound_places(struct tagger *t, const char *text, size_t nwords)
{
	/* Parts are asked about in order of position, and added where
	 * none is asked about again. */
	mentions_index(&t->found);
	size_t sent = 0;
	for (size_t i = 0; i < nwords; i++) {
		const struct ner_tok *w = &t->words[i];
		const char *end = w->s + w->len, *p = w->s;
		if (memchr(w->s, '-', w->len) == NULL || !is_capitalised(w))
			continue;
		bool opens = opens_sentence(t, text, i, &sent);
		if (is_based_word(w)) {
			based_place(t, text, i, opens);
			continue;
		}
		bool after_name = ends_name_of_two(t, i);
		while (p < end) {
			const char *q = memchr(p, '-', (size_t)(end - p));
			struct ner_tok part = { p, (size_t)((q ? q : end) - p) };
			if (!(after_name && p == w->s) &&
			    (ner_gaz_lookup(t->gaz, &part, 1) & GAZ_STATES))
				add_place(t, text, part.s, part.len);
			p = q ? q + 1 : end;
		}
	}
}
