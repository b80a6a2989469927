/*
 * words: the record's words, each with its sentence, its cue (when it is
 * one) and the quotation around it; the lists of words the rules name
 * (cues, auxiliaries, determiners, pronouns, roles), and the tests on a
 * word that the other files ask.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "internal.h"

#define V(form, lemma, cls) { form, lemma, CUE_##cls }
static const struct cue_word cue_words[] = {
	V("say", "say", STRONG), V("says", "say", STRONG), V("said", "say", STRONG),
	V("saying", "say", STRONG),
	V("tell", "tell", OBJECT), V("tells", "tell", OBJECT), V("told", "tell", OBJECT),
	V("telling", "tell", OBJECT),
	V("add", "add", STRONG), V("adds", "add", STRONG), V("added", "add", STRONG),
	V("adding", "add", STRONG),
	V("insist", "insist", STRONG), V("insists", "insist", STRONG),
	V("insisted", "insist", STRONG), V("insisting", "insist", STRONG),
	V("warn", "warn", STRONG), V("warns", "warn", STRONG), V("warned", "warn", STRONG),
	V("warning", "warn", WEAK), V("stating", "state", WEAK),
	V("arguing", "argue", STRONG), V("claiming", "claim", STRONG),
	V("explaining", "explain", WEAK), V("asking", "ask", WEAK),
	V("continued", "continue", WEAK), V("commented", "comment", WEAK),
	V("note", "note", WEAK), V("notes", "note", WEAK), V("noted", "note", STRONG),
	V("noting", "note", WEAK),
	V("state", "state", WEAK), V("states", "state", WEAK), V("stated", "state", STRONG),
	V("claim", "claim", WEAK), V("claims", "claim", WEAK), V("claimed", "claim", STRONG),
	V("argue", "argue", STRONG), V("argues", "argue", STRONG),
	V("argued", "argue", STRONG),
	V("announce", "announce", WEAK), V("announces", "announce", WEAK),
	V("announced", "announce", WEAK),
	V("accuse", "accuse", ACCUSE), V("accuses", "accuse", ACCUSE),
	V("accused", "accuse", ACCUSE),
	V("deny", "deny", STRONG), V("denies", "deny", STRONG), V("denied", "deny", STRONG),
	V("confirm", "confirm", WEAK), V("confirms", "confirm", WEAK),
	V("confirmed", "confirm", STRONG),
	V("report", "report", WEAK), V("reports", "report", WEAK),
	V("reported", "report", STRONG),
	V("write", "write", WEAK), V("writes", "write", WEAK), V("wrote", "write", STRONG),
	V("writing", "write", WEAK),
	V("explain", "explain", WEAK), V("explains", "explain", WEAK),
	V("explained", "explain", STRONG),
	V("reveal", "reveal", WEAK), V("reveals", "reveal", WEAK),
	V("revealed", "reveal", WEAK),
	V("admit", "admit", STRONG), V("admits", "admit", STRONG),
	V("admitted", "admit", STRONG),
	V("assert", "assert", STRONG), V("asserts", "assert", STRONG),
	V("asserted", "assert", STRONG),
	V("suggest", "suggest", WEAK), V("suggests", "suggest", WEAK),
	V("suggested", "suggest", WEAK),
	V("stress", "stress", WEAK), V("stresses", "stress", WEAK),
	V("stressed", "stress", STRONG),
	V("acknowledge", "acknowledge", WEAK), V("acknowledges", "acknowledge", WEAK),
	V("acknowledged", "acknowledge", STRONG),
	V("reply", "reply", STRONG), V("replied", "reply", STRONG),
	V("respond", "respond", WEAK), V("responded", "respond", WEAK),
	V("predict", "predict", WEAK), V("predicted", "predict", STRONG),
	V("declare", "declare", WEAK), V("declared", "declare", STRONG),
	V("maintain", "maintain", WEAK), V("maintains", "maintain", WEAK),
	V("maintained", "maintain", WEAK),
	V("allege", "allege", STRONG), V("alleges", "allege", STRONG),
	V("alleged", "allege", WEAK),
	V("tweet", "tweet", WEAK), V("tweets", "tweet", WEAK), V("tweeted", "tweet", STRONG),
	/* "posted on social media": after a quotation, or with "that" */
	V("posted", "post", WEAK),
	V("conclude", "conclude", WEAK), V("concluded", "conclude", WEAK),
	V("contend", "contend", STRONG), V("contends", "contend", STRONG),
	V("contended", "contend", STRONG),
	V("concede", "concede", STRONG), V("conceded", "concede", STRONG),
	V("emphasised", "emphasise", STRONG), V("emphasized", "emphasise", STRONG),
	V("recalled", "recall", WEAK), V("remarked", "remark", STRONG),
	V("complained", "complain", WEAK), V("promised", "promise", WEAK),
	V("estimated", "estimate", WEAK), V("estimates", "estimate", WEAK),
	V("observed", "observe", WEAK), V("recommended", "recommend", WEAK),
	V("recommends", "recommend", WEAK), V("found", "find", WEAK),
	V("finds", "find", WEAK), V("believes", "believe", WEAK),
};
#undef V

/* Words between a speaker and the cue: "has also said", "then stated". */
static const char *const aux_words[] = {
	"has", "have", "had", "also", "then", "later", "further", "again",
	"did", "does", "do", "will", "would", "could", "may", "might", "once",
	"reportedly", "previously", "earlier", "today", "yesterday", "recently",
	"repeatedly", "initially", "subsequently", "separately", "publicly",
	"privately", "immediately", "simply", "just", "quickly", "clearly",
	"always", "often", "never", "first", "last", "himself", "herself",
	"now", "still", "already", "tonight", "openly", "itself", "themselves",
};

static const char *const determiners[] = {
	"the", "a", "an", "this", "that", "these", "those", "its", "his", "her",
	"their", "our", "my", "your", "one", "another", "two", "three", "several",
};

/* Speakers too vague to attribute to. */
static const char *const vague_words[] = {
	"some", "many", "others", "few", "several", "most", "all", "both",
	"who", "which", "that", "what", "there", "this", "it", "one",
};

static const char *const pronouns_person[] = { "he", "she", "i", "He", "She", "I" };
static const char *const pronouns_group[] = { "they", "we", "it", "They", "We", "It" };

#define LIST(l) { l, sizeof l / sizeof *l }
static const struct {
	const char *const *v;
	size_t n;
} word_lists[] = {
	[WL_AUX] = LIST(aux_words),
	[WL_DETERMINERS] = LIST(determiners),
	[WL_VAGUE] = LIST(vague_words),
	[WL_PERSON_PRONOUNS] = LIST(pronouns_person),
	[WL_GROUP_PRONOUNS] = LIST(pronouns_group),
};
#undef LIST
bool
word_is(const struct attribute_quotes *a, size_t i, const char *s)
{
	/* The first letter first: most words fail there, before strlen. */
	if (i >= a->nw || a->text[a->w[i].start] != s[0])
		return false;
	size_t len = strlen(s);
	return a->w[i].end - a->w[i].start == len &&
	    memcmp(a->text + a->w[i].start, s, len) == 0;
}

bool
word_in(const struct attribute_quotes *a, size_t i, const char *const *list,
    size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (word_is(a, i, list[k]))
			return true;
	return false;
}

/* Same, ignoring the case of the first letter. */
static bool
word_in_any_case(const struct attribute_quotes *a, size_t i, const char *const *list,
    size_t n)
{
	size_t len;

	if (i >= a->nw)
		return false;
	len = a->w[i].end - a->w[i].start;
	char first = (char)(a->text[a->w[i].start] | 0x20);
	for (size_t k = 0; k < n; k++)
		if ((list[k][0] | 0x20) == first && strlen(list[k]) == len &&
		    strncasecmp(a->text + a->w[i].start, list[k], len) == 0)
			return true;
	return false;
}


bool
is_punct(const struct attribute_quotes *a, size_t i, char c)
{
	return i < a->nw && a->w[i].kind == TOK_PUNCT &&
	    a->w[i].end - a->w[i].start == 1 && a->text[a->w[i].start] == c;
}

bool
is_capitalised(const struct attribute_quotes *a, size_t i)
{
	size_t pos = a->w[i].start;

	return a->w[i].kind == TOK_WORD || a->w[i].kind == TOK_ABBREV ?
	    text_is_upper(utf8_next(a->text, a->len, &pos)) : false;
}

bool
is_lower_word(const struct attribute_quotes *a, size_t i)
{
	size_t pos = a->w[i].start;

	return a->w[i].kind == TOK_WORD &&
	    text_is_lower(utf8_next(a->text, a->len, &pos));
}

bool
is_possessive(const struct attribute_quotes *a, size_t i)
{
	return i < a->nw && tok_is_possessive(a->text + a->w[i].start,
	    a->w[i].end - a->w[i].start);
}

bool
is_age(const char *w, size_t len)
{
	static const char tail[] = "-year-old";
	size_t n = sizeof tail - 1, d = 0;

	if (len > 0 && w[len - 1] == 's')
		len--;		/* "the 30-year-olds" */
	while (d < len && w[d] >= '0' && w[d] <= '9')
		d++;
	return d > 0 && len == d + n && memcmp(w + d, tail, n) == 0;
}

unsigned
word_roles(const struct attribute_quotes *a, size_t i)
{
	if (i >= a->nw)
		return 0;
	const char *w = a->text + a->w[i].start;
	size_t len = a->w[i].end - a->w[i].start;

	return is_age(w, len) ? ROLE_PERSON : role_kinds(w, len);
}

const struct cue_word *
cue_at(const struct attribute_quotes *a, size_t i)
{
	return i < a->nw && a->w[i].cue >= 0 ? &cue_words[a->w[i].cue] : NULL;
}

/* The rules' cue of that lemma that binds most: a verb that takes a
 * clause without "that" before one that needs it. */
static const struct cue_word *
rules_cue(const char *lemma, size_t len)
{
	const struct cue_word *found = NULL;

	for (size_t k = 0; k < sizeof cue_words / sizeof *cue_words; k++)
		if (strlen(cue_words[k].lemma) == len &&
		    strncasecmp(cue_words[k].lemma, lemma, len) == 0 &&
		    (found == NULL || found->cls == CUE_WEAK))
			found = &cue_words[k];
	return found;
}

bool
cue_lemma(const char *lemma, size_t len)
{
	return rules_cue(lemma, len) != NULL;
}

enum cue_type
cue_verb_type(const char *lemma, size_t len)
{
	const struct cue_word *rule = rules_cue(lemma, len);
	enum cue_type type = cue_lemma_type(lemma, len, CUE_VERB);

	/* WordNet files "confirm" under cognition too; the rules' strong
	 * cues report speech ("confirmed the talks had failed"). */
	if (rule != NULL && (type == CUE_NONE ||
	    (type == CUE_THOUGHT && rule->cls != CUE_WEAK)))
		return CUE_SPEECH;
	return type;
}

/* The cue a word is, looked up once when the record is read. */
static short
find_cue(const struct attribute_quotes *a, size_t i)
{
	if (a->w[i].kind != TOK_WORD)
		return -1;
	for (size_t k = 0; k < sizeof cue_words / sizeof *cue_words; k++)
		if (word_is(a, i, cue_words[k].form))
			return (short)k;
	return -1;
}

bool
same_sentence(const struct attribute_quotes *a, size_t i, size_t j)
{
	return i < a->nw && j < a->nw && a->w[i].sent == a->w[j].sent;
}

/* Double quotation marks: straight ones alternate, curly ones say
 * which way they face. */
bool
is_double_mark(const struct attribute_quotes *a, size_t i, bool *straight)
{
	const char *s = a->text + a->w[i].start;
	size_t len = a->w[i].end - a->w[i].start;

	if (a->w[i].kind != TOK_QUOTE)
		return false;
	*straight = len == 1 && s[0] == '"';
	return *straight || (len == 3 && (memcmp(s, "\u201c", 3) == 0 ||
	    memcmp(s, "\u201d", 3) == 0 || memcmp(s, "\u201e", 3) == 0)) ||
	    (len == 2 && (memcmp(s, "\u00ab", 2) == 0 || memcmp(s, "\u00bb", 2) == 0));
}

static bool
word_equals_ci(const char *w, size_t len, const char *s)
{
	return strlen(s) == len && strncasecmp(w, s, len) == 0;
}

static bool
in_list_ci(const char *w, size_t len, const char *const *list, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (word_equals_ci(w, len, list[k]))
			return true;
	return false;
}


/* The words of word i's sentence: [lo, hi). */
void
sentence_bounds(const struct attribute_quotes *a, size_t i, size_t *lo,
    size_t *hi)
{
	size_t s = (size_t)a->w[i].sent;

	*lo = a->sent_first[s];
	*hi = a->sent_first[s + 1];
}

/* Where each sentence's words start: sentence s is words
 * [sent_first[s], sent_first[s + 1]). */
static void
index_sentences(struct attribute_quotes *a)
{
	size_t n = a->nw > 0 ? (size_t)a->w[a->nw - 1].sent + 1 : 0, i = 0;

	a->sent_first = xgrow(a->sent_first, &a->cap_sent_first, n + 1,
	    sizeof *a->sent_first);
	for (size_t s = 0; s <= n; s++) {
		while (i < a->nw && (size_t)a->w[i].sent < s)
			i++;
		a->sent_first[s] = i;
	}
}

/* The record's words, each with its sentence (the record's "sentences",
 * record.h) and its cue.  Rules look through the sentence around a cue,
 * so a "sentence" of more than MAX_SENTENCE_WORDS words (no prose has
 * one; a page without full stops does) is taken in pieces of that many:
 * time stays linear in the record. */
void
read_words(struct attribute_quotes *a, json_t *rec)
{
	size_t s = 0, piece = 0, in_piece = 0;

	record_sentences(&a->reader, rec, a->text, a->len, &a->sents);
	tok_split(a->text, a->len, &a->toks);
	a->w = xgrow(a->w, &a->cap_w, a->toks.n + 1, sizeof *a->w);
	a->nw = a->toks.n;
	for (size_t i = 0; i < a->nw; i++) {
		const struct token *t = &a->toks.v[i];
		size_t was = s;
		while (s + 1 < a->sents.n && t->start >= a->sents.v[s].end)
			s++;
		if (i > 0 && (s != was || in_piece == MAX_SENTENCE_WORDS)) {
			piece++;
			in_piece = 0;
		}
		in_piece++;
		a->w[i] = (struct word){ t->start, t->end, t->kind, t->quote,
		    (int)piece, -1, -1, false, -1 };
	}
	for (size_t i = 0; i < a->nw; i++)
		a->w[i].cue = find_cue(a, i);
	index_sentences(a);
}

bool
word_in_list(const struct attribute_quotes *a, size_t i, enum word_list l)
{
	return word_in(a, i, word_lists[l].v, word_lists[l].n);
}

bool
word_in_list_any_case(const struct attribute_quotes *a, size_t i,
    enum word_list l)
{
	return word_in_any_case(a, i, word_lists[l].v, word_lists[l].n);
}

bool
text_in_list_ci(const char *w, size_t len, enum word_list l)
{
	return in_list_ci(w, len, word_lists[l].v, word_lists[l].n);
}

/* A pronoun that can speak: "he", "She", "they", "It". */
bool
is_pronoun(const struct attribute_quotes *a, size_t i)
{
	return word_in_list(a, i, WL_PERSON_PRONOUNS) ||
	    word_in_list(a, i, WL_GROUP_PRONOUNS);
}

bool
is_agent_noun(const struct attribute_quotes *a, size_t i)
{
	static const char *const endings[] = { "or", "er", "ist", "ian", "ant", "ent" };
	const char *w = a->text + a->w[i].start;
	size_t len = a->w[i].end - a->w[i].start;

	if (word_roles(a, i) != 0)
		return true;
	if (len > 4 && w[len - 1] == 's' && w[len - 2] != 's')
		len--;		/* "operators", "analysts" */
	if (role_kinds(w, len) != 0)
		return true;
	for (size_t k = 0; k < sizeof endings / sizeof *endings; k++) {
		size_t n = strlen(endings[k]);
		if (len > n + 3 && memcmp(w + len - n, endings[k], n) == 0)
			return true;
	}
	return false;
}

bool
ends_in_ing(const struct attribute_quotes *a, size_t i)
{
	size_t len = a->w[i].end - a->w[i].start;

	return len > 4 && memcmp(a->text + a->w[i].end - 3, "ing", 3) == 0;
}

size_t
word_at(const struct attribute_quotes *a, size_t b)
{
	size_t k = starting_by(a->w, a->nw, sizeof *a->w, b);

	return k > 0 ? k - 1 : 0;
}
