/*
 * wire-attribute-quotes: who said what.
 *
 * Each record's text is read as words with their sentence and their
 * place inside or outside quotation marks.  A quotation (a span between
 * double quotation marks) is direct speech when a cue verb and a speaker
 * stand beside it ("...," Peskov said / said Peskov / Peskov said: "...")
 * or, as a whole sentence, when it continues a quotation of the story.
 * Indirect speech is a cue with a speaker and a reported clause: "X said
 * (that) CLAUSE", "CLAUSE, X said", "according to X, CLAUSE"; with quoted
 * words inside it is mixed.  Speakers are names (the record's "entities"
 * when an earlier stage gave them, else capitalised words), pronouns,
 * and role nouns ("the Russian president", "Putin's spokesman", "the
 * ministry", "the report"), resolved to a name from the story so far
 * (records sharing "doc", in order; a bounded cache of recent stories).
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "diag.h"
#include "doccache.h"
#include "opts.h"
#include "record.h"
#include "sentences.h"
#include "stop.h"
#include "stream.h"
#include "text.h"
#include "tok.h"

/* How a cue behaves. */
enum cue_class {
	CUE_STRONG,	/* "said": takes a clause without "that" */
	CUE_WEAK,	/* "reported", "noted": also a noun; needs "that",
			 * a colon, a quotation or the "CLAUSE, X noted" form */
	CUE_OBJECT,	/* "told": an object before the clause */
	CUE_ACCUSE,	/* "accused": the clause is the object and what follows */
};

struct cue_word {
	const char *form;
	const char *lemma;
	enum cue_class cls;
};

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

/* Role nouns that name a person by office: resolved through titles. */
static const char *const person_roles[] = {
	"president", "minister", "spokesman", "spokeswoman", "spokesperson",
	"secretary", "chancellor", "ambassador", "envoy", "leader", "chief",
	"director", "chairman", "chairwoman", "governor", "mayor", "premier",
	"king", "queen", "prince", "pope", "senator", "general", "commander",
	"analyst", "official", "adviser", "advisor", "prosecutor", "judge",
	"coach", "manager", "head", "founder", "editor", "author", "researcher",
	"professor", "doctor", "captain", "officer", "lawyer", "attorney",
};

/* Role nouns that name an organisation. */
static const char *const org_roles[] = {
	"ministry", "office", "government", "agency", "department", "police",
	"army", "military", "company", "court", "council", "committee",
	"commission", "party", "embassy", "kremlin", "administration", "bank",
	"union", "group", "organisation", "organization", "firm", "club",
	"board", "authority", "authorities", "parliament", "senate", "cabinet",
};

/* Nouns that name a text or an outlet: resolved to the latest outlet or
 * organisation quoted in the story. */
static const char *const text_roles[] = {
	"report", "memo", "statement", "study", "survey", "paper", "newspaper",
	"site", "website", "channel", "broadcaster", "outlet", "daily",
	"magazine", "letter", "document", "article", "agency", "media",
	"station", "network", "blog", "post", "release", "communique",
};

struct word {
	size_t start, end;	/* bytes */
	enum tok_kind kind;
	enum tok_quote q;
	int sent;		/* sentence index */
	int inside;		/* index of the quotation around it, or -1 */
	int entity;		/* index of the entity it is part of, or -1 */
	bool cue_taken;		/* a cue a direct quote took */
	short cue;		/* index in cue_words, or -1 */
};

/* A span between double quotation marks. */
struct quotation {
	size_t open, close;	/* word indices of the marks; close = nwords
				 * when unclosed */
	size_t start, end;	/* bytes of the content */
	bool used;		/* part of a quote written */
};

struct entity {
	size_t start, end;	/* bytes */
	const char *type, *canonical, *title;
	size_t from, to;	/* words */
};

struct quote {
	size_t start, end;	/* bytes of the content */
	const char *kind;
	bool has_speaker_span;
	size_t sp_start, sp_end;
	size_t speaker, canonical, source;	/* offsets in the strings buffer + 1, 0: none */
	size_t cue_start, cue_end;	/* bytes; equal: none */
	int part;
	/* Resolved after all quotes of the record are found, in text
	 * order, so that a pronoun can refer to an earlier quote's speaker. */
	bool has_np;
	struct np_ref {
		int kind;
		size_t from, to;
		const struct entity *entity;
	} np;
	bool continues;		/* goes on from the quote before it */
	bool opens_record;	/* a quotation at the record's start */
};

/* A person the story has named, with the title used for them. */
struct person {
	char *name;
	char *title;	/* lower case, "" when none */
	unsigned long seen;
};

enum { DOC_PERSONS = 64, DOC_ORGS = 32 };

struct doc_state {
	struct person persons[DOC_PERSONS];
	size_t npersons;
	unsigned long clock;
	char *last_person;	/* the latest person quoted, or named */
	char *last_org;		/* the latest organisation or outlet quoted */
	char *last_outlet;	/* the latest outlet or organisation named */
	char *open_speaker;	/* speaker of a quotation left open */
	char *orgs[DOC_ORGS];	/* organisations named, a ring */
	size_t norgs;
	char *last_quoted;	/* speaker of the latest quote */
	bool open_quote;
};

struct config {
	size_t max_docs;
};

struct attributor {
	const struct config *cfg;
	struct doccache docs;
	struct tok_list toks;
	struct sent_list sents;
	struct word *w;
	size_t nw, cap_w;
	struct quotation *qs;
	size_t nq, cap_q;
	struct entity *ents;
	size_t nents, cap_ents;
	struct quote *out;
	size_t nout, cap_out;
	struct buf strings;	/* speaker, canonical and source strings */
	const char *text;
	size_t len;
	const char *record_source;	/* "(TASS, Interfax)" at the end */
	size_t record_source_len;
};

static const struct option quote_options[] = {
	{ "max-docs", required_argument, NULL, 'd' },
	{ NULL, 0, NULL, 0 },
};

static const char quote_help[] =
"  -d, --max-docs N     remember the last N stories for speakers (default 64)\n";

static bool
handle_option(int opt, const char *arg, void *ctx)
{
	struct config *cfg = ctx;
	long n;

	if (opt != 'd' || !opts_long(arg, "--max-docs", 1, 1000000, &n))
		return false;
	cfg->max_docs = (size_t)n;
	return true;
}

/* --- words --- */

static bool
word_is(const struct attributor *a, size_t i, const char *s)
{
	/* The first letter first: most words fail there, before strlen. */
	if (i >= a->nw || a->text[a->w[i].start] != s[0])
		return false;
	size_t len = strlen(s);
	return a->w[i].end - a->w[i].start == len &&
	    memcmp(a->text + a->w[i].start, s, len) == 0;
}

static bool
word_in(const struct attributor *a, size_t i, const char *const *list, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (word_is(a, i, list[k]))
			return true;
	return false;
}

#define WORD_IN(a, i, list) word_in(a, i, list, sizeof list / sizeof *list)

/* Same, ignoring the case of the first letter. */
static bool
word_in_any_case(const struct attributor *a, size_t i, const char *const *list,
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

#define WORD_IN_ANY_CASE(a, i, list) \
	word_in_any_case(a, i, list, sizeof list / sizeof *list)

static bool
is_punct(const struct attributor *a, size_t i, char c)
{
	return i < a->nw && a->w[i].kind == TOK_PUNCT &&
	    a->w[i].end - a->w[i].start == 1 && a->text[a->w[i].start] == c;
}

static bool
is_capitalised(const struct attributor *a, size_t i)
{
	size_t pos = a->w[i].start;

	return a->w[i].kind == TOK_WORD || a->w[i].kind == TOK_ABBREV ?
	    text_is_upper(utf8_next(a->text, a->len, &pos)) : false;
}

static bool
is_lower_word(const struct attributor *a, size_t i)
{
	size_t pos = a->w[i].start;

	return a->w[i].kind == TOK_WORD &&
	    text_is_lower(utf8_next(a->text, a->len, &pos));
}

static bool
is_possessive(const struct attributor *a, size_t i)
{
	return word_is(a, i, "'s") || word_is(a, i, "\u2019s") ||
	    word_is(a, i, "'") || word_is(a, i, "\u2019");
}

static const struct cue_word *
cue_at(const struct attributor *a, size_t i)
{
	return i < a->nw && a->w[i].cue >= 0 ? &cue_words[a->w[i].cue] : NULL;
}

/* The cue a word is, looked up once when the record is read. */
static short
find_cue(const struct attributor *a, size_t i)
{
	if (a->w[i].kind != TOK_WORD)
		return -1;
	for (size_t k = 0; k < sizeof cue_words / sizeof *cue_words; k++)
		if (word_is(a, i, cue_words[k].form))
			return (short)k;
	return -1;
}

static bool
same_sentence(const struct attributor *a, size_t i, size_t j)
{
	return i < a->nw && j < a->nw && a->w[i].sent == a->w[j].sent;
}

/* Double quotation marks: straight ones alternate, curly ones say
 * which way they face. */
static bool
is_double_mark(const struct attributor *a, size_t i, bool *straight)
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

static void
add_quotation(struct attributor *a, size_t open, size_t close)
{
	a->qs = xgrow(a->qs, &a->cap_q, a->nq + 1, sizeof *a->qs);
	struct quotation *q = &a->qs[a->nq];
	q->open = open;	/* SIZE_MAX: before the record */
	q->close = close;
	q->start = a->w[open].end;
	q->end = close < a->nw ? a->w[close].start : a->len;
	while (q->start < q->end && a->text[q->start] == ' ')
		q->start++;
	while (q->end > q->start && (a->text[q->end - 1] == ' ' ||
	    a->text[q->end - 1] == '\n'))
		q->end--;
	q->used = false;
	for (size_t i = open; i <= close && i < a->nw; i++)
		a->w[i].inside = (int)a->nq;
	a->nq++;
}

/* A quotation from the start of the record to the mark at close. */
static void
add_quotation_from_start(struct attributor *a, size_t close)
{
	a->qs = xgrow(a->qs, &a->cap_q, a->nq + 1, sizeof *a->qs);
	struct quotation *q = &a->qs[a->nq];
	q->open = SIZE_MAX;
	q->close = close;
	q->start = 0;
	q->end = a->w[close].start;
	while (q->end > 0 && a->text[q->end - 1] == ' ')
		q->end--;
	q->used = false;
	for (size_t i = 0; i <= close; i++)
		a->w[i].inside = (int)a->nq;
	a->nq++;
}

/* Pairs the double quotation marks of the record.  A mark left open
 * runs to the end of the record: the news convention for a quotation
 * that goes on in the next paragraph. */
static void
find_quotations(struct attributor *a)
{
	size_t open = SIZE_MAX;
	bool seen_mark = false;

	a->nq = 0;
	for (size_t i = 0; i < a->nw; i++) {
		bool straight;
		if (!is_double_mark(a, i, &straight))
			continue;
		bool opens = straight ? open == SIZE_MAX : a->w[i].q != QUOTE_CLOSE;
		/* 'early." After the match': the first mark closes a quotation
		 * that began in an earlier paragraph. */
		if (opens && straight && a->nq == 0 && !seen_mark && i > 0 &&
		    a->w[i].q == QUOTE_CLOSE && a->w[0].kind != TOK_QUOTE &&
		    (is_punct(a, i - 1, '.') || is_punct(a, i - 1, '?') ||
		    is_punct(a, i - 1, '!'))) {
			add_quotation_from_start(a, i);
			seen_mark = true;
			continue;
		}
		seen_mark = true;
		if (opens) {
			if (open != SIZE_MAX && !straight)
				continue;	/* “ inside “: keep the first */
			open = i;
		} else if (open != SIZE_MAX) {
			add_quotation(a, open, i);
			open = SIZE_MAX;
		}
	}
	if (open != SIZE_MAX)
		add_quotation(a, open, a->nw);
}

static size_t
quotation_words(const struct attributor *a, const struct quotation *q)
{
	size_t n = 0;

	size_t first = q->open == SIZE_MAX ? 0 : q->open + 1;

	for (size_t i = first; i < q->close && i < a->nw; i++)
		n += a->w[i].kind == TOK_WORD || a->w[i].kind == TOK_NUMBER;
	return n;
}

/* --- the story so far --- */

static void *
doc_state_new(void)
{
	return xcalloc(1, sizeof(struct doc_state));
}

static void
doc_state_free(void *state)
{
	struct doc_state *d = state;

	for (size_t i = 0; i < d->npersons; i++) {
		free(d->persons[i].name);
		free(d->persons[i].title);
	}
	free(d->last_person);
	free(d->last_org);
	free(d->last_outlet);
	free(d->open_speaker);
	free(d->last_quoted);
	for (size_t i = 0; i < DOC_ORGS; i++)
		free(d->orgs[i]);
	free(d);
}

static void
set_string(char **field, const char *s, size_t len)
{
	free(*field);
	*field = xmalloc(len + 1);
	memcpy(*field, s, len);
	(*field)[len] = '\0';
}

static void
remember_person(struct doc_state *d, const char *name, const char *title)
{
	struct person *p = NULL;

	for (size_t i = 0; i < d->npersons; i++)
		if (strcmp(d->persons[i].name, name) == 0)
			p = &d->persons[i];
	if (p == NULL) {
		if (d->npersons < DOC_PERSONS) {
			p = &d->persons[d->npersons++];
		} else {
			p = &d->persons[0];
			for (size_t i = 1; i < d->npersons; i++)
				if (d->persons[i].seen < p->seen)
					p = &d->persons[i];
			free(p->name);
			free(p->title);
		}
		p->name = xstrdup(name);
		p->title = xstrdup("");
	}
	if (title != NULL && *title != '\0') {
		free(p->title);
		p->title = xstrdup(title);
		for (char *c = p->title; *c; c++)
			*c = (char)tolower((unsigned char)*c);
	}
	p->seen = ++d->clock;
}

/* The person named in full whose surname (last word) is s. */
static const char *
person_by_surname(const struct doc_state *d, const char *s, size_t len)
{
	const struct person *best = NULL;

	for (size_t i = 0; i < d->npersons; i++) {
		const char *n = d->persons[i].name, *sp = strrchr(n, ' ');
		if (sp == NULL)
			sp = n - 1;
		if (strlen(sp + 1) == len && memcmp(sp + 1, s, len) == 0 &&
		    (best == NULL || d->persons[i].seen > best->seen))
			best = &d->persons[i];
	}
	return best ? best->name : NULL;
}

/* --- strings of the record's quotes --- */

static size_t
keep_string(struct attributor *a, const char *s, size_t len)
{
	size_t off = a->strings.len;

	/* s may be a string kept before: room first, then find it again. */
	if (a->strings.data != NULL && s >= a->strings.data &&
	    s < a->strings.data + a->strings.len) {
		size_t at = (size_t)(s - a->strings.data);
		buf_reserve(&a->strings, len + 1);
		s = a->strings.data + at;
	}
	buf_append(&a->strings, s, len);
	buf_append(&a->strings, "", 1);	/* the NUL, kept */
	return off + 1;
}

static const char *
kept(const struct attributor *a, size_t off)
{
	return off ? a->strings.data + off - 1 : NULL;
}

/* --- entities from an earlier stage --- */

static void
read_entities(struct attributor *a, json_t *rec)
{
	json_t *list = json_object_get(rec, "entities"), *e;
	size_t i;
	struct text_cursor cur;

	a->nents = 0;
	for (size_t k = 0; k < a->nw; k++)
		a->w[k].entity = -1;
	if (!json_is_array(list))
		return;
	text_cursor_init(&cur, a->text);
	size_t total = text_cp_count(a->text, a->len);
	json_array_foreach(list, i, e) {
		json_int_t s = json_integer_value(json_object_get(e, "start"));
		json_int_t en = json_integer_value(json_object_get(e, "end"));
		const char *type = json_string_value(json_object_get(e, "type"));
		/* Malformed entities (no type, offsets out of range or out of
		 * order) are ignored: they only help. */
		if (type == NULL || s < 0 || en <= s || (size_t)en > total)
			continue;
		a->ents = xgrow(a->ents, &a->cap_ents, a->nents + 1, sizeof *a->ents);
		struct entity *ent = &a->ents[a->nents];
		ent->start = text_cursor_byte(&cur, a->len, (size_t)s);
		ent->end = text_cursor_byte(&cur, a->len, (size_t)en);
		ent->type = type;
		ent->canonical = json_string_value(json_object_get(e, "canonical"));
		ent->title = json_string_value(json_object_get(e, "title"));
		ent->from = ent->to = SIZE_MAX;
		for (size_t k = 0; k < a->nw; k++) {
			if (a->w[k].start >= ent->start && a->w[k].end <= ent->end) {
				if (ent->from == SIZE_MAX)
					ent->from = k;
				ent->to = k + 1;
				a->w[k].entity = (int)a->nents;
			}
		}
		if (ent->from != SIZE_MAX)
			a->nents++;
	}
}

static bool
is_type(const struct entity *e, const char *type)
{
	return strcmp(e->type, type) == 0;
}

/* The entity that ends at word i, or NULL. */
static const struct entity *
entity_ending(const struct attributor *a, size_t i)
{
	if (i >= a->nw || a->w[i].entity < 0)
		return NULL;
	const struct entity *e = &a->ents[a->w[i].entity];
	return e->to == i + 1 ? e : NULL;
}

static const struct entity *
entity_starting(const struct attributor *a, size_t i)
{
	if (i >= a->nw || a->w[i].entity < 0)
		return NULL;
	const struct entity *e = &a->ents[a->w[i].entity];
	return e->from == i ? e : NULL;
}

/* The people the record names, with their titles, for the roles that
 * refer to them ("the Russian president"). */
static void
learn_people(const struct attributor *a, struct doc_state *d)
{
	for (size_t k = 0; k < a->nents; k++) {
		const struct entity *e = &a->ents[k];
		if (is_type(e, "PERSON") && e->canonical != NULL)
			remember_person(d, e->canonical, e->title);
	}
}

/* After the record: the last person and organisation it names outside
 * quotations are what a pronoun in the next one may refer to. */
static void
learn_latest(const struct attributor *a, struct doc_state *d)
{
	for (size_t k = 0; k < a->nents; k++) {
		const struct entity *e = &a->ents[k];
		if (e->canonical == NULL || a->w[e->from].inside >= 0)
			continue;
		if (is_type(e, "PERSON"))
			set_string(&d->last_person, e->canonical, strlen(e->canonical));
		else if (is_type(e, "ORG")) {
			set_string(&d->last_outlet, e->canonical, strlen(e->canonical));
			set_string(&d->orgs[d->norgs++ % DOC_ORGS], e->canonical,
			    strlen(e->canonical));
		}
	}
}

/* The first entity of type named in the record before word i, outside
 * quotations: "For Kevin Allton, a teacher, Warhol was a legend. He
 * said" (the first named is the likelier antecedent, as the subject). */
static const char *
first_named_before(const struct attributor *a, size_t i, const char *type)
{
	for (size_t k = 0; k < a->nents; k++) {
		const struct entity *e = &a->ents[k];
		if (e->from >= i)
			break;
		if (is_type(e, type) && e->canonical && a->w[e->from].inside < 0)
			return e->canonical;
	}
	return NULL;
}

/* --- speakers --- */

enum np_kind { NP_NONE, NP_ENTITY, NP_PRONOUN, NP_ROLE, NP_NAME };

struct np {
	enum np_kind kind;
	size_t from, to;	/* words */
	const struct entity *entity;
};

/* Skips back over auxiliaries and adverbs before a cue. */
static size_t
skip_aux_back(const struct attributor *a, size_t i, size_t lo)
{
	while (i > lo && (WORD_IN(a, i - 1, aux_words) ||
	    (word_is(a, i - 1, "as") && word_is(a, i - 2, "quoted"))))
		i -= word_is(a, i - 1, "as") ? 3 : 1;	/* "was quoted as" */
	return i;
}

static bool
np_stop(const struct attributor *a, size_t i)
{
	return a->w[i].kind == TOK_PUNCT || a->w[i].kind == TOK_QUOTE ||
	    a->w[i].inside >= 0 || word_is(a, i, "and") || word_is(a, i, "but") ||
	    word_is(a, i, "that") || word_is(a, i, "which") || word_is(a, i, "who") ||
	    word_is(a, i, "while") || word_is(a, i, "as") || cue_at(a, i) != NULL ||
	    WORD_IN(a, i, aux_words) || word_is(a, i, "not");
}

static bool
is_plural_noun(const struct attributor *a, size_t i)
{
	size_t len = a->w[i].end - a->w[i].start;
	const char *s = a->text + a->w[i].start;

	return len > 3 && s[len - 1] == 's' && s[len - 2] != 's' &&
	    s[len - 2] != 'u' && s[len - 2] != 'i';
}

/* The noun phrase ending at word e (inclusive), back to lo. */
static struct np
np_ending(const struct attributor *a, size_t e, size_t lo)
{
	struct np np = { NP_NONE, 0, 0, NULL };
	const struct entity *ent;
	size_t i;

	if (e < lo || e >= a->nw || a->w[e].inside >= 0)
		return np;
	if ((ent = entity_ending(a, e)) != NULL && ent->from >= lo)
		return (struct np){ NP_ENTITY, ent->from, e + 1, ent };
	if (WORD_IN(a, e, pronouns_person) || WORD_IN(a, e, pronouns_group))
		return (struct np){ NP_PRONOUN, e, e + 1, NULL };
	if (is_capitalised(a, e) && a->w[e].entity < 0) {
		/* A name no earlier stage tagged: capitalised words back to
		 * the start of the sentence or a lower-case word. */
		for (i = e; i > lo && is_capitalised(a, i - 1) && !np_stop(a, i - 1) &&
		    !WORD_IN_ANY_CASE(a, i - 1, determiners) && e - i < 4; i--)
			;
		if (!WORD_IN_ANY_CASE(a, i, determiners) &&
		    !(i == e && WORD_IN_ANY_CASE(a, e, vague_words)))
			return (struct np){ NP_NAME, i, e + 1, NULL };
	}
	/* A role: "the Russian president", "Putin's spokesman", "officials". */
	if ((np_stop(a, e) && cue_at(a, e) == NULL) || !is_lower_word(a, e) ||
	    WORD_IN_ANY_CASE(a, e, determiners))
		return np;	/* "the report" ends a speaker; "and" does not */
	bool owned = false;
	for (i = e; i > lo && e - i < 6; i--) {
		if (WORD_IN_ANY_CASE(a, i, determiners))
			break;
		if (is_possessive(a, i - 1) && i >= lo + 2) {
			i -= 2;	/* the owner: "Putin" of "Putin's", "the report" */
			if (a->w[i].entity >= 0)
				i = a->ents[a->w[i].entity].from;
			else if (i > lo && WORD_IN_ANY_CASE(a, i - 1, determiners))
				i--;
			owned = true;
			break;
		}
		if (np_stop(a, i - 1))
			break;
	}
	if (!owned && np_stop(a, i) && !WORD_IN_ANY_CASE(a, i, determiners))
		i++;
	if (i > e)
		return np;
	if (i == e && (WORD_IN_ANY_CASE(a, e, vague_words) ||
	    !(is_plural_noun(a, e) || WORD_IN_ANY_CASE(a, e, person_roles) ||
	    WORD_IN_ANY_CASE(a, e, org_roles))))
		return np;	/* a bare word speaks only as "officials", "police" */
	if (i < e && WORD_IN_ANY_CASE(a, i, vague_words) && !word_is(a, i, "one"))
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

/* The speaker ahead of "on Tuesday", "at 2 p.m." before a cue, or none
 * when what ends before the cue cannot speak. */
static struct np
past_mute_entity(const struct attributor *a, struct np np, size_t lo)
{
	if (np.kind != NP_ENTITY || can_speak(np.entity))
		return np;
	if (np.from > lo + 1 && (word_is(a, np.from - 1, "on") ||
	    word_is(a, np.from - 1, "at") || word_is(a, np.from - 1, "in") ||
	    word_is(a, np.from - 1, "late") || word_is(a, np.from - 1, "early"))) {
		np = np_ending(a, np.from - 2, lo);
		if (np.kind != NP_ENTITY || can_speak(np.entity))
			return np;
	}
	return (struct np){ NP_NONE, 0, 0, NULL };
}

/* A speaker ahead of an apposition, the comma before the cue at comma:
 * "Hugh Hill, a doctor, said"; "Cres Eastman, Director of X, and
 * Chairman of Y, says" (a person before an organisation); "Lydia
 * Buchtmann for Food Standards Australia, says". */
static struct np
apposition_speaker(const struct attributor *a, size_t comma, size_t lo)
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

/* The speaker before a cue at c: "Peskov said", "Hugh Hill, a doctor,
 * said", "the report says". */
static struct np
speaker_before(const struct attributor *a, size_t c, size_t lo)
{
	size_t e = skip_aux_back(a, c, lo);

	/* "officials have not said why": nothing was said. */
	if (e > lo && (word_is(a, e - 1, "not") || word_is(a, e - 1, "never") ||
	    word_is(a, e - 1, "n't")))
		return (struct np){ NP_NONE, 0, 0, NULL };
	if (e == lo)
		return (struct np){ NP_NONE, 0, 0, NULL };
	if (word_is(a, e - 1, "was") || word_is(a, e - 1, "is"))
		e--;	/* "was quoted as saying" */
	if (is_punct(a, e - 1, ','))
		return apposition_speaker(a, e - 1, lo);
	struct np np = past_mute_entity(a, np_ending(a, e - 1, lo), lo);
	/* "Commuters in Lower Brae said": the people of the place speak. */
	if (np.kind == NP_ENTITY && (is_type(np.entity, "GPE") || is_type(np.entity, "LOC")) &&
	    np.from > lo + 1 && (word_is(a, np.from - 1, "in") || word_is(a, np.from - 1, "of") ||
	    word_is(a, np.from - 1, "from")) && is_plural_noun(a, np.from - 2)) {
		struct np role = np_ending(a, np.from - 2, lo);
		if (role.kind == NP_ROLE || role.kind == NP_NAME)
			return (struct np){ NP_ROLE, role.from, np.to, NULL };
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
static struct np
speaker_after(const struct attributor *a, size_t c)
{
	size_t s = c + 1;
	const struct entity *ent;

	if (s >= a->nw || !same_sentence(a, c, s) || a->w[s].inside >= 0)
		return (struct np){ NP_NONE, 0, 0, NULL };
	if ((ent = entity_starting(a, s)) != NULL)
		return (struct np){ NP_ENTITY, s, ent->to, ent };
	if (WORD_IN(a, s, pronouns_person) || WORD_IN(a, s, pronouns_group))
		return (struct np){ NP_PRONOUN, s, s + 1, NULL };
	/* "said farmer Piet Dorn", "said police spokesman Ian Ray" */
	for (size_t k = s; k < s + 3 && k < a->nw && is_lower_word(a, k) &&
	    !np_stop(a, k); k++)
		if ((ent = entity_starting(a, k + 1)) != NULL && is_type(ent, "PERSON"))
			return (struct np){ NP_ENTITY, k + 1, ent->to, ent };
	size_t e = s;
	if (WORD_IN_ANY_CASE(a, s, determiners)) {
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

#define IN_LIST_CI(w, len, list) in_list_ci(w, len, list, sizeof list / sizeof *list)

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
person_by_role(const struct attributor *a, const struct doc_state *d,
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
org_by_role(const struct attributor *a, const struct doc_state *d,
    const struct np *np)
{
	const struct word *head = &a->w[np->to - 1];
	const char *h = a->text + head->start;
	size_t hlen = head->end - head->start;
	const char *best = NULL;

	for (size_t k = 0; k < a->nents; k++) {
		const struct entity *e = &a->ents[k];
		if (e->start < a->w[np->from].start && is_type(e, "ORG") && e->canonical &&
		    title_has(e->canonical, h, hlen))
			best = e->canonical;
	}
	for (size_t i = d->norgs; best == NULL && i > 0 && d->norgs - i < DOC_ORGS; i--) {
		const char *o = d->orgs[(i - 1) % DOC_ORGS];
		if (o != NULL && title_has(o, h, hlen))
			best = o;
	}
	return best;
}

/* The canonical name of a speaker, from the entity, the story so far or
 * the words; NULL when there is none to give. */
static const char *
resolve_speaker(struct attributor *a, struct doc_state *d, const struct np *np,
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
		if (IN_LIST_CI(h, hlen, pronouns_person))
			return (found = first_named_before(a, np->from, "PERSON")) ?
			    found : d->last_person;
		/* "They", "we": the latest speaker, mostly a group; "it": an
		 * organisation. */
		if (!word_is(a, np->from, "it") && !word_is(a, np->from, "It") &&
		    d->last_quoted != NULL)
			return d->last_quoted;
		if ((found = first_named_before(a, np->from, "ORG")) != NULL)
			return found;
		return d->last_org ? d->last_org : d->last_outlet;
	case NP_ROLE:
		if (IN_LIST_CI(h, hlen, person_roles) &&
		    (found = person_by_role(a, d, np)) != NULL)
			return found;
		if (IN_LIST_CI(h, hlen, org_roles) && (found = org_by_role(a, d, np)) != NULL)
			return found;
		if (IN_LIST_CI(h, hlen, text_roles) && (d->last_org || d->last_outlet))
			return d->last_org ? d->last_org : d->last_outlet;
		return *owned = strndup(s, len);
	case NP_NONE:
		break;
	}
	return NULL;
}

static bool
speaker_is_person(const struct np *np, const char *canonical,
    const struct doc_state *d)
{
	if (np->kind == NP_ENTITY)
		return is_type(np->entity, "PERSON");
	if (np->kind == NP_NAME)
		return canonical != NULL;
	for (size_t i = 0; canonical && i < d->npersons; i++)
		if (strcmp(d->persons[i].name, canonical) == 0)
			return true;
	return false;
}

/* --- quotes --- */

static struct quote *
new_quote(struct attributor *a, size_t start, size_t end, const char *kind)
{
	while (start < end && (a->text[start] == ' ' || a->text[start] == ','))
		start++;
	while (end > start && (a->text[end - 1] == ' ' || a->text[end - 1] == ','))
		end--;
	a->out = xgrow(a->out, &a->cap_out, a->nout + 1, sizeof *a->out);
	struct quote *q = &a->out[a->nout++];
	*q = (struct quote){ .start = start, .end = end, .kind = kind, .part = 1 };
	return q;
}

/* Gives q its speaker and cue; the name comes in resolve_quotes. */
static void
attribute(struct attributor *a, struct quote *q, const struct np *np,
    size_t cue_from, size_t cue_to)
{
	size_t sp_start = a->w[np->from].start, sp_end = a->w[np->to - 1].end;

	q->has_speaker_span = true;
	q->sp_start = sp_start;
	q->sp_end = sp_end;
	q->speaker = keep_string(a, a->text + sp_start, sp_end - sp_start);
	if (cue_to > cue_from) {
		q->cue_start = a->w[cue_from].start;
		q->cue_end = a->w[cue_to - 1].end;
	}
	q->has_np = true;
	q->np = (struct np_ref){ (int)np->kind, np->from, np->to, np->entity };
}

/* Teaches the story who spoke. */
static void
learn_speaker(struct doc_state *d, const struct np *np, const char *canonical)
{
	char *copy = xstrdup(canonical);

	set_string(&d->last_quoted, copy, strlen(copy));
	if (speaker_is_person(np, canonical, d)) {
		remember_person(d, copy, np->kind == NP_ENTITY ? np->entity->title : NULL);
		set_string(&d->last_person, copy, strlen(copy));
	} else if (np->kind == NP_ENTITY) {
		set_string(&d->last_org, copy, strlen(copy));
	}
	free(copy);
}

/* A quotation with no cue of its own: its speaker comes from the quote
 * before it, or from the story. */
static void
attribute_from_story(struct quote *q, bool continues, bool opens_record)
{
	q->continues = continues;
	q->opens_record = opens_record;
}

static int
by_start(const void *x, const void *y)
{
	const struct quote *p = x, *q = y;

	return p->start < q->start ? -1 : p->start > q->start;
}

/* Names every speaker, in text order. */
static void
resolve_quotes(struct attributor *a, struct doc_state *d)
{
	size_t record_person = 0;	/* the latest person quoted here (kept) */

	if (a->nout > 1)
		qsort(a->out, a->nout, sizeof *a->out, by_start);
	for (size_t i = 0; i < a->nout; i++) {
		struct quote *q = &a->out[i];
		const char *canonical;
		char *owned = NULL;

		if (q->has_np) {
			struct np np = { (enum np_kind)q->np.kind, q->np.from, q->np.to,
			    q->np.entity };
			bool person_pronoun = np.kind == NP_PRONOUN &&
			    WORD_IN_ANY_CASE(a, np.from, pronouns_person);
			canonical = person_pronoun && record_person ? kept(a, record_person) :
			    resolve_speaker(a, d, &np, &owned);
			if (canonical == NULL)
				continue;
			/* The record's own copy: the story's strings change below. */
			q->canonical = keep_string(a, canonical, strlen(canonical));
			free(owned);
			canonical = kept(a, q->canonical);
			bool person = speaker_is_person(&np, canonical, d) || person_pronoun;
			learn_speaker(d, &np, canonical);
			if (person)
				record_person = q->canonical;
			continue;
		}
		canonical = q->continues && i > 0 ? kept(a, a->out[i - 1].canonical) :
		    q->opens_record && d->open_quote ? d->open_speaker : d->last_quoted;
		if (canonical != NULL) {
			q->canonical = keep_string(a, canonical, strlen(canonical));
			q->speaker = q->canonical;
		}
	}
}

/* "by the pro-Kremlin RIA Novosti", "told Reuters": the outlet. */
static void
find_source(struct attributor *a, struct quote *q, size_t after)
{
	for (size_t i = after; i < a->nw && i < after + 6; i++) {
		const struct entity *e = entity_starting(a, i);
		if (e != NULL && is_type(e, "ORG") && e->canonical) {
			q->source = keep_string(a, e->canonical, strlen(e->canonical));
			return;
		}
		if (a->w[i].kind == TOK_PUNCT || a->w[i].kind == TOK_QUOTE)
			break;
	}
	if (q->source == 0 && a->record_source != NULL)
		q->source = keep_string(a, a->record_source, a->record_source_len);
}

/* The words of a sentence: [lo, hi). */
static void
sentence_bounds(const struct attributor *a, size_t i, size_t *lo, size_t *hi)
{
	*lo = i;
	while (*lo > 0 && a->w[*lo - 1].sent == a->w[i].sent)
		(*lo)--;
	*hi = i;
	while (*hi < a->nw && a->w[*hi].sent == a->w[i].sent)
		(*hi)++;
}

/* A cue after a closing mark: '"...," Peskov said.' or '"...," said
 * Peskov.'  Returns the cue's word, or SIZE_MAX. */
static size_t
cue_after_close(const struct attributor *a, const struct quotation *q,
    struct np *np)
{
	size_t i = q->close + 1;

	if (q->close >= a->nw)
		return SIZE_MAX;
	if (is_punct(a, i, ','))
		i++;
	for (size_t c = i; c < a->nw && c < i + 20; c++) {
		if (a->w[c].inside >= 0 || is_punct(a, c, '.') || is_punct(a, c, ';'))
			break;
		if (!same_sentence(a, q->close, c))
			break;
		if (cue_at(a, c) == NULL)
			continue;
		if (c == i) {
			if (cue_at(a, c)->cls == CUE_OBJECT)
				return SIZE_MAX;
			*np = speaker_after(a, c);
		} else {
			*np = speaker_before(a, c, i);
			if (np->kind != NP_NONE && np->from != i &&
			    !(np->kind == NP_ENTITY && np->entity->from >= i))
				np->kind = NP_NONE;
		}
		return np->kind != NP_NONE ? c : SIZE_MAX;
	}
	return SIZE_MAX;
}

/* A cue before an opening mark: 'Peskov said: "...' or 'X told GB News:
 * "...'.  Returns the cue's word, or SIZE_MAX. */
static size_t
cue_before_open(const struct attributor *a, const struct quotation *q,
    struct np *np)
{
	size_t lo, hi;

	if (q->open == 0 || q->open == SIZE_MAX)
		return SIZE_MAX;
	sentence_bounds(a, q->open - 1, &lo, &hi);
	for (size_t c = q->open; c-- > lo && q->open - c <= 7;) {
		if (a->w[c].inside >= 0)
			break;
		const struct cue_word *cw = cue_at(a, c);
		if (cw == NULL)
			continue;
		/* Between the cue and the mark: a colon, a comma, "that", an
		 * object ("told reporters:"), nothing else. */
		bool marked = c + 1 == q->open || is_punct(a, q->open - 1, ':') ||
		    is_punct(a, q->open - 1, ',') || word_is(a, q->open - 1, "that");
		if (!marked)
			return SIZE_MAX;
		*np = speaker_before(a, c, lo);
		if (np->kind == NP_NONE && cw->cls != CUE_OBJECT)
			*np = speaker_after(a, c);	/* not the one told */
		return np->kind != NP_NONE ? c : SIZE_MAX;
	}
	return SIZE_MAX;
}

/* Does the quotation read as speech on its own: a sentence or more,
 * starting a sentence? */
static bool
whole_sentences(const struct attributor *a, const struct quotation *q,
    bool follows_quote)
{
	char last = q->end > q->start ? a->text[q->end - 1] : 0;

	/* Six words make speech on their own; after a quotation of the
	 * same speaker, any sentence does ("I smacked them around."). */
	if (quotation_words(a, q) < (follows_quote ? 2 : 6))
		return false;
	if (q->open != SIZE_MAX && q->open > 0 && same_sentence(a, q->open - 1, q->open) &&
	    !is_punct(a, q->open - 1, ':'))
		return false;
	return q->close >= a->nw || last == '.' || last == '?' || last == '!';
}

static void
direct_quotes(struct attributor *a, struct doc_state *d)
{
	for (size_t k = 0; k < a->nq; k++) {
		struct quotation *qt = &a->qs[k];
		struct np np;
		size_t c;
		struct quote *q;

		if ((c = cue_after_close(a, qt, &np)) == SIZE_MAX)
			c = cue_before_open(a, qt, &np);
		if (c != SIZE_MAX) {
			q = new_quote(a, qt->start, qt->end, "direct");
			attribute(a, q, &np, c, c + 1);
			a->w[c].cue_taken = true;
			find_source(a, q, (c > np.from ? c : np.to - 1) + 1);
			qt->used = true;
			/* '"A," X said, "B."': B is the second part. */
			if (k > 0 && a->qs[k - 1].used && a->nout > 1 &&
			    c < qt->open && c > a->qs[k - 1].close)
				q->part = 2;
			continue;
		}
		if (!whole_sentences(a, qt, k > 0 && a->qs[k - 1].used))
			continue;
		/* A quotation that continues one left open, or follows a
		 * quoted speaker, or opens a paragraph of a story with one. */
		bool opens_record = qt->open == 0 || qt->open == SIZE_MAX;
		bool follows = k > 0 && a->qs[k - 1].used;
		if (!follows && !(opens_record && (d->open_quote || d->last_quoted)))
			continue;
		q = new_quote(a, qt->start, qt->end, "direct");
		attribute_from_story(q, follows, opens_record);
		qt->used = true;
	}
}

/* Is the word at c a cue here, not a noun ("the report")? */
static bool
verb_here(const struct attributor *a, size_t c, const struct cue_word *cw)
{
	if (c > 0 && (WORD_IN_ANY_CASE(a, c - 1, determiners) ||
	    is_possessive(a, c - 1) || word_is(a, c - 1, "to")))
		return false;
	return a->w[c].inside < 0 && cw != NULL;
}

/* Without "that", what follows a cue is a clause only when a finite
 * verb comes soon: "said the controls were necessary", not "tweeted
 * this list explaining the strategy".  Auxiliaries and the commonest
 * verbs stand for the rest. */
static bool
has_aux_verb(const struct attributor *a, size_t s, size_t hi)
{
	static const char *const finite[] = {
		"is", "was", "were", "are", "am", "has", "have", "had", "will",
		"would", "can", "could", "should", "may", "might", "must", "did",
		"does", "do", "won't", "wasn't", "isn't", "didn't", "doesn't",
		"hasn't", "haven't", "wouldn't", "couldn't", "shall", "needs",
		"wants", "thinks", "plans", "expects", "hopes", "believes",
	};

	for (size_t k = s; k < hi && k < s + 9; k++) {
		if (WORD_IN(a, k, finite))
			return true;
		if (is_punct(a, k, ',') || is_punct(a, k, ';'))
			break;
	}
	return false;
}

static bool
has_finite_verb(const struct attributor *a, size_t s, size_t hi)
{
	/* "said Moscow was", "said he is": a name or a pronoun opens it. */
	if ((is_capitalised(a, s) && !WORD_IN_ANY_CASE(a, s, determiners)) ||
	    WORD_IN_ANY_CASE(a, s, pronouns_person) || WORD_IN_ANY_CASE(a, s, pronouns_group) ||
	    word_is(a, s, "there"))
		return true;
	return has_aux_verb(a, s, hi);
}

/* The first word of the reported clause after a cue at c, or SIZE_MAX. */
static size_t
clause_start(const struct attributor *a, size_t c, const struct cue_word *cw,
    size_t hi)
{
	size_t s = c + 1;

	if (cw->cls == CUE_OBJECT) {
		/* "told reporters", "told the BBC", "told him" */
		const struct entity *e = entity_starting(a, s);
		if (e != NULL)
			s = e->to;
		else {
			if (WORD_IN_ANY_CASE(a, s, determiners))
				s++;
			while (s < hi && s < c + 5 && is_lower_word(a, s) &&
			    !word_is(a, s, "that") && !WORD_IN(a, s, pronouns_person) &&
			    !WORD_IN(a, s, pronouns_group))
				s++;
		}
	}
	/* "said on Tuesday that", "stated the obvious: that" */
	for (size_t k = s; k < hi && k < s + 7; k++) {
		if (word_is(a, k, "that") && (k == s || !is_punct(a, k - 1, ',')))
			return k + 1;
		if (is_punct(a, k, ',') || a->w[k].kind == TOK_QUOTE)
			break;
	}
	if (s < hi && (is_punct(a, s, ':')))
		s++;
	if (s >= hi || a->w[s].kind == TOK_PUNCT)
		return SIZE_MAX;
	if (cw->cls == CUE_WEAK)
		return SIZE_MAX;	/* a weak cue needs "that" */
	/* "say" reports; other verbs may take a mere object ("tweeted this
	 * list") unless a verb follows. */
	if (strcmp(cw->lemma, "say") == 0)
		return s;
	return has_finite_verb(a, s, hi) ? s : SIZE_MAX;
}

/* Where a reported clause ends: the sentence's end, or before ", while
 * Turkey insists", "; ", or ", the media reported". */
static size_t
clause_end(const struct attributor *a, size_t s, size_t hi)
{
	size_t e = hi;

	for (size_t k = s + 1; k < hi; k++) {
		if (is_punct(a, k, ';') && a->w[k].inside < 0)
			return k;
		if (!is_punct(a, k, ',') || a->w[k].inside >= 0)
			continue;
		if (word_is(a, k + 1, "while") || word_is(a, k + 1, "whereas"))
			return k;
		if (word_is(a, k + 1, "and") && cue_at(a, k + 2) != NULL)
			return k;	/* ", and said B" */
		/* ", the Russian media reported" */
		for (size_t c = k + 2; c < hi && c < k + 8; c++) {
			const struct cue_word *cw = cue_at(a, c);
			if (cw == NULL || !verb_here(a, c, cw))
				continue;
			struct np np = speaker_before(a, c, k + 1);
			if (np.kind != NP_NONE && np.from == k + 1)
				return k;
		}
	}
	while (e > s && (a->w[e - 1].kind == TOK_PUNCT) && !is_punct(a, e - 1, ')') &&
	    !is_punct(a, e - 1, ']'))
		e--;
	return e;
}

static bool
overlaps_quote(const struct attributor *a, size_t start, size_t end)
{
	for (size_t i = 0; i < a->nout; i++)
		if (a->out[i].start < end && start < a->out[i].end)
			return true;
	return false;
}

/* The kind of a reported clause: mixed when it holds quoted words. */
static const char *
clause_kind(const struct attributor *a, size_t from, size_t to)
{
	for (size_t k = 0; k < a->nq; k++)
		if (a->qs[k].start >= a->w[from].start && a->qs[k].end <= a->w[to - 1].end)
			return "mixed";
	return "indirect";
}

static void
emit_indirect(struct attributor *a, size_t from, size_t to,
    const struct np *np, size_t cue_from, size_t cue_to)
{
	size_t start, end;

	if (to <= from || to - from < 3)
		return;
	start = a->w[from].start;
	end = a->w[to - 1].end;
	if (overlaps_quote(a, start, end))
		return;
	struct quote *q = new_quote(a, start, end, clause_kind(a, from, to));
	attribute(a, q, np, cue_from, cue_to);
	find_source(a, q, cue_to);
}

/* The source named after "according to" at c, up to a comma or the end
 * of the sentence: its last person, else its last organisation, else the
 * phrase ("the event website").  *end is the word after the phrase. */
static struct np
according_source(const struct attributor *a, size_t c, size_t hi, size_t *end)
{
	size_t s = c + 2, k = s;
	struct np best = { NP_NONE, 0, 0, NULL };

	while (k < hi && a->w[k].kind != TOK_PUNCT && a->w[k].kind != TOK_QUOTE &&
	    a->w[k].inside < 0 && k < s + 15) {
		const struct entity *e = entity_starting(a, k);
		if (e != NULL && (is_type(e, "PERSON") || (is_type(e, "ORG") &&
		    (best.kind == NP_NONE || !is_type(best.entity, "PERSON"))))) {
			best = (struct np){ NP_ENTITY, k, e->to, e };
			if (!is_punct(a, e->to, ',') && e->to < hi &&
			    a->w[e->to].kind != TOK_PUNCT && is_type(e, "ORG")) {
				k = e->to;	/* "According to the ministry over 345..." */
				break;
			}
		}
		k = e != NULL ? e->to : k + 1;
	}
	*end = k;
	if (best.kind == NP_NONE && k > s)
		best = (struct np){ WORD_IN_ANY_CASE(a, s, determiners) || is_lower_word(a, s) ?
		    NP_ROLE : NP_NAME, s, k, NULL };
	return best;
}

/* "according to X, CLAUSE" and "CLAUSE, according to X". */
static void
according_to(struct attributor *a, size_t c)
{
	size_t lo, hi, end, after = c + 2;

	sentence_bounds(a, c, &lo, &hi);
	struct np np = according_source(a, c, hi, &end);
	if (np.kind == NP_NONE)
		return;
	if (c == lo) {
		size_t from = is_punct(a, end, ',') ? end + 1 : end;
		/* "According to the Herald, Professor Burrows said ...": the
		 * cue inside has the speaker; the paper is only the source. */
		for (size_t k = from; k < hi; k++) {
			const struct cue_word *cw = cue_at(a, k);
			if (cw != NULL && a->w[k].inside < 0 && verb_here(a, k, cw) &&
			    speaker_before(a, k, from).kind != NP_NONE)
				return;
		}
		emit_indirect(a, from, clause_end(a, from, hi), &np, c, after);
	} else if (is_punct(a, c - 1, ',')) {
		/* "A, according to X, B" reports all of it; "A, according to
		 * X." reports A. */
		size_t to = end < hi && is_punct(a, end, ',') ? clause_end(a, lo, hi) :
		    c - 1;
		emit_indirect(a, lo, to, &np, c, after);
	}
}

/* "..., the ministry said in a statement.": what follows the cue is
 * a phrase about the saying, not a clause. */
static bool
only_trailer(const struct attributor *a, size_t from, size_t hi)
{
	static const char *const prepositions[] = {
		"in", "on", "at", "during", "after", "before", "from", "to", "via",
		"late", "early", "through", "with", "without", "while",
	};

	if (!WORD_IN(a, from, prepositions) || hi - from > 6)
		return false;
	for (size_t k = from; k < hi; k++)
		if (word_is(a, k, "that") || a->w[k].kind == TOK_QUOTE)
			return false;
	return !has_aux_verb(a, from + 1, hi);
}

/* Where the phrase holding a speaker starts: "the pro-Kremlin news site"
 * before "RIA Novosti". */
static size_t
phrase_start(const struct attributor *a, size_t from, size_t lo)
{
	size_t i = from;

	while (i > lo && from - i < 6 && (is_lower_word(a, i - 1) ||
	    WORD_IN_ANY_CASE(a, i - 1, determiners)) && !np_stop(a, i - 1))
		i--;
	return i < from && WORD_IN_ANY_CASE(a, i, determiners) ? i : from;
}

/* "Cooper said A, and said B": the subject of the cue before "and". */
static struct np
coordinated_speaker(const struct attributor *a, size_t and, size_t lo)
{
	for (size_t k = and; k-- > lo;) {
		const struct cue_word *cw = cue_at(a, k);
		if (cw != NULL && verb_here(a, k, cw))
			return speaker_before(a, k, lo);
	}
	return (struct np){ NP_NONE, 0, 0, NULL };
}

/* One cue that no direct quote took. */
static void
indirect_at(struct attributor *a, size_t c)
{
	const struct cue_word *cw = cue_at(a, c);
	size_t lo, hi, s;
	struct np np;

	if (!verb_here(a, c, cw))
		return;
	sentence_bounds(a, c, &lo, &hi);
	np = speaker_before(a, c, lo);
	if (np.kind == NP_NONE && c > lo && word_is(a, c - 1, "and") &&
	    (np = coordinated_speaker(a, c - 1, lo)).kind != NP_NONE) {
		/* "X said A, and said B" */
		if ((s = clause_start(a, c, cw, hi)) != SIZE_MAX)
			emit_indirect(a, s, clause_end(a, s, hi), &np, c, c + 1);
		return;
	}
	if (np.kind == NP_NONE) {
		/* "..., said Peskov." */
		np = speaker_after(a, c);
		if (np.kind != NP_NONE && c > lo && is_punct(a, c - 1, ',') &&
		    (np.to >= hi || a->w[np.to].kind == TOK_PUNCT))
			emit_indirect(a, lo, clause_end(a, lo, c - 1), &np, c, c + 1);
		return;
	}
	if (np.kind == NP_PRONOUN && word_is(a, np.from, "it") && cw->cls != CUE_STRONG)
		return;
	/* "CLAUSE, Peskov said." or ", the pro-Kremlin news site RIA
	 * Novosti says, citing ..." or ", the media reported yesterday." */
	size_t np_start = phrase_start(a, np.from, lo), after = c + 1;
	while (after < hi && WORD_IN(a, after, aux_words))
		after++;
	if (np_start > lo && is_punct(a, np_start - 1, ',') &&
	    (after >= hi || a->w[after].kind == TOK_PUNCT ||
	    (only_trailer(a, after, hi) && has_aux_verb(a, lo, np_start)))) {
		emit_indirect(a, lo, clause_end(a, lo, np_start - 1), &np, c, c + 1);
		return;
	}
	if (cw->cls == CUE_ACCUSE) {
		emit_indirect(a, c + 1, clause_end(a, c + 1, hi), &np, c, c + 1);
		return;
	}
	if ((s = clause_start(a, c, cw, hi)) == SIZE_MAX)
		return;
	emit_indirect(a, s, clause_end(a, s, hi), &np, c, c + 1);
}

static void
indirect_quotes(struct attributor *a)
{
	for (size_t c = 0; c < a->nw; c++) {
		if (a->w[c].inside >= 0)
			continue;
		if ((word_is(a, c, "according") || word_is(a, c, "According")) &&
		    word_is(a, c + 1, "to"))
			according_to(a, c);
		else if (cue_at(a, c) != NULL && !a->w[c].cue_taken)
			indirect_at(a, c);
	}
}

/* "(TASS, Interfax, Reuters)" closing a paragraph: the outlets. */
static void
find_record_source(struct attributor *a)
{
	const char *end = a->text + a->len, *open;

	a->record_source = NULL;
	while (end > a->text && (end[-1] == ' ' || end[-1] == '\n' || end[-1] == '.'))
		end--;
	if (end == a->text || end[-1] != ')')
		return;
	open = end - 1;
	while (open > a->text && *open != '(' && end - open < 80)
		open--;
	if (*open != '(')
		return;
	for (size_t k = 0; k < a->nents; k++)
		if (a->ents[k].start == (size_t)(open + 1 - a->text) &&
		    is_type(&a->ents[k], "ORG")) {
			a->record_source = open + 1;
			a->record_source_len = (size_t)(end - 1 - open - 1);
		}
}

/* --- the record --- */

static void
read_words(struct attributor *a)
{
	sent_split(a->text, a->len, &a->sents);
	tok_split(a->text, a->len, &a->toks);
	a->w = xgrow(a->w, &a->cap_w, a->toks.n + 1, sizeof *a->w);
	a->nw = a->toks.n;
	size_t s = 0;
	for (size_t i = 0; i < a->nw; i++) {
		const struct token *t = &a->toks.v[i];
		while (s + 1 < a->sents.n && t->start >= a->sents.v[s].end)
			s++;
		a->w[i] = (struct word){ t->start, t->end, t->kind, t->quote, (int)s,
		    -1, -1, false, -1 };
	}
	for (size_t i = 0; i < a->nw; i++)
		a->w[i].cue = find_cue(a, i);
}


static void
set_cp(json_t *o, const char *key, struct text_cursor *cur, size_t byte)
{
	json_object_set_new(o, key, json_integer((json_int_t)text_cursor_cp(cur, byte)));
}

static json_t *
quote_json(const struct attributor *a, const struct quote *q, struct text_cursor *cur)
{
	json_t *o = json_object();

	json_object_set_new(o, "text", json_stringn(a->text + q->start, q->end - q->start));
	set_cp(o, "start", cur, q->start);
	set_cp(o, "end", cur, q->end);
	json_object_set_new(o, "kind", json_string(q->kind));
	json_object_set_new(o, "speaker", q->speaker ? json_string(kept(a, q->speaker)) :
	    json_null());
	if (q->has_speaker_span) {
		set_cp(o, "speaker_start", cur, q->sp_start);
		set_cp(o, "speaker_end", cur, q->sp_end);
	}
	json_object_set_new(o, "canonical", q->canonical ?
	    json_string(kept(a, q->canonical)) : json_null());
	json_object_set_new(o, "cue", q->cue_end > q->cue_start ?
	    json_stringn(a->text + q->cue_start, q->cue_end - q->cue_start) : json_null());
	if (q->source)
		json_object_set_new(o, "source", json_string(kept(a, q->source)));
	if (q->part > 1)
		json_object_set_new(o, "part", json_integer(q->part));
	return o;
}

/* After the record: is a quotation left open for the next paragraph? */
static void
carry_open_quote(struct attributor *a, struct doc_state *d)
{
	d->open_quote = a->nq > 0 && a->qs[a->nq - 1].close >= a->nw;
	if (!d->open_quote)
		return;
	for (size_t i = a->nout; i-- > 0;)
		if (a->out[i].start == a->qs[a->nq - 1].start && a->out[i].canonical) {
			const char *s = kept(a, a->out[i].canonical);
			set_string(&d->open_speaker, s, strlen(s));
			return;
		}
	d->open_quote = false;
}

static void
attribute_record(struct attributor *a, struct stream *in, json_t *rec)
{
	const char *doc = record_doc(rec);
	struct doc_state *d = doccache_enter(&a->docs, doc);
	struct text_cursor cur;
	json_t *list = json_array();

	a->text = stream_text(in, rec, &a->len);
	a->nout = 0;
	a->strings.len = 0;
	read_words(a);
	read_entities(a, rec);
	find_quotations(a);
	find_record_source(a);
	/* The people the record names are known to its quotes. */
	learn_people(a, d);
	direct_quotes(a, d);
	indirect_quotes(a);
	resolve_quotes(a, d);
	carry_open_quote(a, d);
	learn_latest(a, d);
	text_cursor_init(&cur, a->text);
	for (size_t i = 0; i < a->nout; i++)
		json_array_append_new(list, quote_json(a, &a->out[i], &cur));
	json_object_set_new(rec, "quotes", list);
	stream_emit(in, rec);
	doccache_leave(&a->docs, doc, record_is_last(rec), d);
}

static void
attributor_free(struct attributor *a)
{
	doccache_free(&a->docs);
	tok_list_free(&a->toks);
	sent_list_free(&a->sents);
	free(a->w);
	free(a->qs);
	free(a->ents);
	free(a->out);
	buf_free(&a->strings);
}

int
main(int argc, char **argv)
{
	struct config cfg = { .max_docs = 64 };
	struct filter_info info = {
		.name = "wire-attribute-quotes",
		.synopsis = "[-d max-docs] [common options] [file ...]",
		.purpose = "Adds the direct, indirect and mixed quotes of each "
		    "record's text, with their speakers resolved to names.",
		.options_help = quote_help,
		.options = quote_options,
		.short_options = "d:",
		.handle = handle_option,
		.ctx = &cfg,
	};
	struct stream_options sopt = { 0 };
	struct attributor a = { .cfg = &cfg };
	struct stream in;
	json_t *rec;

	opts_parse(&info, &sopt, &argc, &argv);
	stop_install();
	doccache_init(&a.docs, cfg.max_docs, doc_state_new, doc_state_free);
	stream_init(&in, &sopt, argc, argv);
	while ((rec = stream_next(&in)) != NULL) {
		attribute_record(&a, &in, rec);
		json_decref(rec);
	}
	attributor_free(&a);
	return stream_finish(&in);
}
