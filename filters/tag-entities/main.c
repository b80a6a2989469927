/*
 * wire-tag-entities: named entities with types, offsets and canonical
 * names.
 *
 * Each record's text is cut into sentences and tokens; the sequence
 * tagger (lang/ner/ner.c, a model trained on news and compiled in) finds
 * people, organisations and places; patterns find dates, times, money,
 * percentages, quantities and model names.  Then the story so far (the
 * records sharing "doc") supplies what one record cannot: a surname
 * alone is the person named in full earlier ("Peskov" is "Dmitry
 * Peskov"), an acronym defined in brackets is its long form, and a name
 * tagged once is tagged again where the tagger missed it.  The alias
 * table (lang/ner/aliases.tsv) gives well-known variants one name.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "abbrev.h"
#include "buf.h"
#include "diag.h"
#include "doccache.h"
#include "hash.h"
#include "hmap.h"
#include "jsonw.h"
#include "ner/ner.h"
#include "opts.h"
#include "record.h"
#include "pool.h"
#include "sentences.h"
#include "stop.h"
#include "stream.h"
#include "text.h"
#include "tok.h"

/* The model, gazetteer and aliases, compiled in (lang/ner/embed.S). */
extern const char ner_model_text[], ner_model_text_end[];
extern const char ner_gazetteer_text[], ner_gazetteer_text_end[];
extern const char ner_aliases_text[], ner_aliases_text_end[];

enum etype {
	PERSON, NORP, FAC, ORG, GPE, LOC, PRODUCT, EVENT, DATE, TIME, MONEY,
	PERCENT, QUANTITY, NTYPES
};

static const char *const type_names[NTYPES] = {
	"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "DATE",
	"TIME", "MONEY", "PERCENT", "QUANTITY",
};

/* The patterns, each giving one type; the first capture group, when
 * there is one, is the entity. */
static const struct pattern_source {
	enum etype type;
	const char *re;
} pattern_sources[] = {
	{ PRODUCT, "\\b[A-Z][a-z]?[A-Z]?-\\d{1,4}[A-Z]?\\b" },
	{ MONEY, "(?:US\\$|[$€£¥])\\s?\\d[\\d,]*(?:\\.\\d+)?(?:\\s?(?:million|"
	    "billion|trillion|bn|m)\\b)?" },
	{ MONEY, "\\b\\d[\\d,]*(?:\\.\\d+)?\\s(?:(?:million|billion|trillion)\\s)?"
	    "(?:dollars|euros|pounds|yen|yuan|roubles|rubles|rupees|lira)\\b" },
	{ PERCENT, "\\b\\d[\\d,]*(?:\\.\\d+)?\\s?(?:%|percent\\b|per cent\\b)" },
	{ QUANTITY, "\\b\\d[\\d,]*(?:\\.\\d+)?\\s?(?:km|kilometres|kilometers|"
	    "miles|metres|meters|kg|kilograms|tonnes|tons|feet|barrels|"
	    "square (?:kilometres|kilometers|miles)|hectares|litres|liters)\\b" },
	{ TIME, "\\b\\d{1,2}(?:[:.]\\d{2})?\\s?(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b)"
	    "|\\b(?:this|yesterday|tomorrow) (?:morning|afternoon|evening)\\b"
	    "|\\b(?:tonight|midnight|noon)\\b" },
	{ DATE, "\\b(?:\\d{1,2} )?(?:January|February|March|April|May|June|July|"
	    "August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|"
	    "Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)"
	    "(?: \\d{1,2}(?:st|nd|rd|th)?\\b)?(?:,? (?:19|20)\\d\\d\\b)?" },
	/* Abbreviated without a full stop, as datelines write them ("Nov 26"):
	 * only with the day. */
	{ DATE, "\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec) \\d{1,2}"
	    "(?:st|nd|rd|th)?\\b(?:,? (?:19|20)\\d\\d\\b)?" },
	{ DATE, "\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
	    "today|yesterday|tomorrow)\\b" },
	{ DATE, "\\b(?:(?:this|last|next) (?:week|month|year)|"
	    "(?:early|late|mid)-?(?:19|20)\\d\\ds?)\\b" },
	{ DATE, "\\b(?:in|since|by|from|until|to|of|during|before|after|"
	    "early|late) ((?:19|20)\\d\\ds?)\\b" },
};
enum { NPATTERNS = sizeof pattern_sources / sizeof pattern_sources[0] };

/* Months alone: "May" is also a verb, "March" a noun. */
static const char *const ambiguous_months[] = { "May", "March", "June" };

struct mention {
	size_t start, end;		/* bytes of the record's text */
	size_t title_start;		/* == start when no title */
	enum etype type;
	bool opens_sentence;		/* its first word starts a sentence */
	bool has_canonical;		/* else the text itself */
	size_t canonical_off, canonical_len;	/* in tagger.canonical */
};

struct mention_list {
	struct mention *v;
	size_t n, cap;
};

/* What a story taught: a surface and what it stands for. */
struct known {
	char *surface;
	enum etype type;
	char *canonical;
};

struct doc_state {
	struct hmap index;		/* hash of surface -> entry + 1 */
	struct known *v;
	size_t n, cap;
};

/* A story is remembered up to this many names. */
enum { DOC_MAX_KNOWN = 2000 };

struct config {
	unsigned types;			/* bit per etype to keep */
	size_t max_docs;
	unsigned threads;
	const char *model_path, *gazetteer_path;
};

/*
 * The tagger.  Finding names in a record's sentences needs nothing but
 * the record, and runs on several threads (pool.h), each with a tagger
 * of its own that shares the model, gazetteer and configuration of the
 * main one and has its own scratch and ner_tagger; what needs the story
 * (canonical names, names the story taught), the patterns and the output
 * run on the main tagger, record after record.
 */
struct tagger {
	const struct config *cfg;
	struct ner_model *model;
	struct ner_tagger *ner;		/* a thread's tagger's only */
	struct ner_gazetteer *gaz;
	const char *const *tag_names;
	size_t ntags;
	char *model_file, *gaz_file;	/* when read from files */
	struct hmap aliases;		/* hash of alias -> offset + 1 */
	pcre2_code *patterns[NPATTERNS];
	pcre2_match_data *match;
	struct doccache docs;
	/* Scratch, reused record after record. */
	struct sent_list sents;
	struct tok_list toks;
	struct ner_tok *words;
	int *tags;
	size_t cap_words, cap_tags;
	struct mention_list found;
	struct buf canonical;		/* the record's canonical names */
	struct buf keys;		/* surname keys of a name */
	struct buf line;		/* the record written out */
};

static const struct option tag_options[] = {
	{ "gazetteer", required_argument, NULL, 'G' },
	{ "max-docs", required_argument, NULL, 'd' },
	{ "model", required_argument, NULL, 'M' },
	{ "threads", required_argument, NULL, 'j' },
	{ "types", required_argument, NULL, 'T' },
	{ NULL, 0, NULL, 0 },
};

static const char tag_help[] =
"  -d, --max-docs N     remember the last N stories for canonical names\n"
"                       (default 64)\n"
"  -G, --gazetteer FILE use this gazetteer instead of the built-in one\n"
"  -j, --threads N      tag on N threads (default: the processors this\n"
"                       process may use, at most 8); output is the same\n"
"  -M, --model FILE     use this tagger model instead of the built-in one\n"
"  -T, --types LIST     keep only these types, comma-separated (PERSON,\n"
"                       NORP, FAC, ORG, GPE, LOC, PRODUCT, EVENT, DATE,\n"
"                       TIME, MONEY, PERCENT, QUANTITY)\n";

static bool
parse_types(const char *arg, unsigned *types)
{
	char *list = xstrdup(arg), *save = NULL;
	bool ok = true;

	*types = 0;
	for (char *t = strtok_r(list, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
		int k = 0;
		while (k < NTYPES && strcasecmp(t, type_names[k]) != 0)
			k++;
		if (k == NTYPES) {
			diag_warn("--types: '%s' is not a type", t);
			ok = false;
			break;
		}
		*types |= 1u << k;
	}
	free(list);
	return ok && *types != 0;
}

static bool
handle_option(int opt, const char *arg, void *ctx)
{
	struct config *cfg = ctx;
	long n;

	switch (opt) {
	case 'd':
		if (!opts_long(arg, "--max-docs", 1, 1000000, &n))
			return false;
		cfg->max_docs = (size_t)n;
		return true;
	case 'G':
		cfg->gazetteer_path = arg;
		return true;
	case 'j':
		if (!opts_long(arg, "--threads", 1, 256, &n))
			return false;
		cfg->threads = (unsigned)n;
		return true;
	case 'M':
		cfg->model_path = arg;
		return true;
	case 'T':
		return parse_types(arg, &cfg->types);
	default:
		return false;
	}
}

/* --- the story so far --- */

static void *
doc_state_new(void)
{
	struct doc_state *d = xcalloc(1, sizeof *d);

	hmap_init(&d->index, 64);
	return d;
}

static void
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

static const struct known *
doc_lookup(const struct doc_state *d, const char *s, size_t len)
{
	uint32_t at;

	if (d == NULL || !hmap_get(&d->index, surface_hash(s, len), &at) || at == 0)
		return NULL;
	const struct known *k = &d->v[at - 1];
	return strlen(k->surface) == len && memcmp(k->surface, s, len) == 0 ? k : NULL;
}

/* Words that open sentences and phrases: a tagger's slip on one must not
 * spread through the story. */
static bool
is_function_word(const char *s, size_t len)
{
	static const char *const words[] = {
		"The", "A", "An", "This", "That", "These", "Those", "He", "She", "It",
		"They", "We", "I", "You", "His", "Her", "Its", "Their", "Our", "In",
		"On", "At", "Of", "For", "And", "But", "Or", "As", "If", "When",
		"While", "After", "Before", "By", "With", "From", "To", "There",
	};

	for (size_t i = 0; i < sizeof words / sizeof *words; i++)
		if (words[i][0] == s[0] && strlen(words[i]) == len &&
		    memcmp(words[i], s, len) == 0)
			return true;
	return false;
}

/* Remembers that surface stands for canonical (the newest wins). */
static void
doc_learn(struct doc_state *d, const char *s, size_t len, enum etype type,
    const char *canonical, size_t canonical_len)
{
	bool found;

	if (d == NULL || d->n == DOC_MAX_KNOWN || is_function_word(s, len))
		return;
	uint32_t *slot = hmap_slot(&d->index, surface_hash(s, len), &found);
	struct known *k;
	if (found && *slot) {
		k = &d->v[*slot - 1];
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
	k->canonical = xmalloc(canonical_len + 1);
	memcpy(k->canonical, canonical, canonical_len);
	k->canonical[canonical_len] = '\0';
}

/* --- data --- */

static void
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

static void
compile_patterns(struct tagger *t)
{
	for (size_t i = 0; i < NPATTERNS; i++) {
		int code;
		PCRE2_SIZE at;
		t->patterns[i] = pcre2_compile((PCRE2_SPTR)pattern_sources[i].re,
		    PCRE2_ZERO_TERMINATED, PCRE2_UTF | PCRE2_NO_UTF_CHECK, &code,
		    &at, NULL);
		if (t->patterns[i] == NULL && code == PCRE2_ERROR_HEAP_FAILED)
			diag_fatal("out of memory (pcre2 pattern %zu)", i);
		if (t->patterns[i] == NULL) {
			PCRE2_UCHAR why[120];
			pcre2_get_error_message(code, why, sizeof why);
			diag_fatal("pattern %zu, at %zu: %s", i, (size_t)at, (char *)why);
		}
		/* JIT code is opaque to valgrind, which reports its reads as
		 * uninitialised: tests/run sets WIRE_NO_JIT under valgrind.  No
		 * JIT (no memory for it) only costs speed. */
		if (getenv("WIRE_NO_JIT") == NULL)
			pcre2_jit_compile(t->patterns[i], PCRE2_JIT_COMPLETE);
	}
	t->match = pcre2_match_data_create(4, NULL);
	if (t->match == NULL)
		diag_fatal("out of memory (pcre2 match data)");
}

static void
tagger_init(struct tagger *t, const struct config *cfg)
{
	const char *model = ner_model_text, *gaz = ner_gazetteer_text;
	size_t model_len = (size_t)(ner_model_text_end - ner_model_text);
	size_t gaz_len = (size_t)(ner_gazetteer_text_end - ner_gazetteer_text);
	char err[256];

	memset(t, 0, sizeof *t);
	t->cfg = cfg;
	if (cfg->model_path != NULL)
		model = t->model_file = ner_read_file(cfg->model_path, &model_len);
	if (cfg->gazetteer_path != NULL)
		gaz = t->gaz_file = ner_read_file(cfg->gazetteer_path, &gaz_len);
	t->model = ner_model_load(model, model_len, err, sizeof err);
	if (t->model == NULL)
		diag_fatal("%s: %s", cfg->model_path ? cfg->model_path : "built-in", err);
	t->gaz = ner_gazetteer_load(gaz, gaz_len, err, sizeof err);
	if (t->gaz == NULL)
		diag_fatal("%s: %s", cfg->gazetteer_path ? cfg->gazetteer_path : "built-in", err);
	t->ntags = ner_model_tags(t->model, &t->tag_names);
	load_aliases(t);
	compile_patterns(t);
	doccache_init(&t->docs, cfg->max_docs, doc_state_new, doc_state_free);
}

static void
tagger_free(struct tagger *t)
{
	ner_model_free(t->model);
	ner_gazetteer_free(t->gaz);
	free(t->model_file);
	free(t->gaz_file);
	hmap_free(&t->aliases);
	for (size_t i = 0; i < NPATTERNS; i++)
		pcre2_code_free(t->patterns[i]);
	pcre2_match_data_free(t->match);
	doccache_free(&t->docs);
	buf_free(&t->canonical);
	buf_free(&t->keys);
	buf_free(&t->line);
}

/* A thread's tagger: the main one's data, scratch of its own. */
static void *
thread_tagger_new(void *arg)
{
	const struct tagger *main_tagger = arg;
	struct tagger *t = xcalloc(1, sizeof *t);

	t->cfg = main_tagger->cfg;
	t->model = main_tagger->model;
	t->gaz = main_tagger->gaz;
	t->tag_names = main_tagger->tag_names;
	t->ntags = main_tagger->ntags;
	t->ner = ner_tagger_new(t->model);
	return t;
}

static void
thread_tagger_free(void *ctx)
{
	struct tagger *t = ctx;

	ner_tagger_free(t->ner);
	sent_list_free(&t->sents);
	tok_list_free(&t->toks);
	free(t->words);
	free(t->tags);
	free(t->found.v);
	free(t);
}

static void
set_canonical(struct tagger *t, struct mention *m, const char *s, size_t len)
{
	m->has_canonical = true;
	m->canonical_off = t->canonical.len;
	m->canonical_len = len;
	buf_append(&t->canonical, s, len);
}

/* The canonical name of m, or its text. */
static const char *
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

/* --- mentions --- */

static void
add_mention(struct mention_list *l, size_t start, size_t end, enum etype type)
{
	l->v = xgrow(l->v, &l->cap, l->n + 1, sizeof *l->v);
	l->v[l->n++] = (struct mention){ .start = start, .end = end,
	    .title_start = start, .type = type };
}

static bool
overlaps_any(const struct mention_list *l, size_t start, size_t end)
{
	for (size_t i = 0; i < l->n; i++)
		if (l->v[i].start < end && start < l->v[i].end)
			return true;
	return false;
}

/* The index of the mention spanning exactly [start, end), or SIZE_MAX. */
static size_t
mention_at(const struct mention_list *l, size_t start, size_t end)
{
	for (size_t i = 0; i < l->n; i++)
		if (l->v[i].start == start && l->v[i].end == end)
			return i;
	return SIZE_MAX;
}

static int
by_start(const void *a, const void *b)
{
	const struct mention *x = a, *y = b;

	return x->start < y->start ? -1 : x->start > y->start;
}

/* The type bits the gazetteer gives the words of text[start..end). */
static unsigned
gaz_bits(const struct tagger *t, const struct ner_tok *words, size_t from,
    size_t to)
{
	return ner_gaz_lookup(t->gaz, words + from, to - from);
}

/* The entity type of a tagged span, NTYPES for none: the tagger's place
 * types are refined by the gazetteer (GMB's "geo" is a GPE unless it is a
 * region or ends in "Sea"; its "gpe" is a NORP unless it names a
 * country). */
static enum etype
span_type(const struct tagger *t, const char *tag, const struct ner_tok *words,
    size_t from, size_t to)
{
	unsigned bits = gaz_bits(t, words, from, to);
	unsigned last = gaz_bits(t, words, to - 1, to);

	if (strcmp(tag, "PER") == 0)
		return PERSON;
	if (strcmp(tag, "ORG") == 0)
		return ORG;
	if (strcmp(tag, "GEO") == 0) {
		if ((bits & (1u << GAZ_REGION)) ||
		    (to - from > 1 && (last & (1u << GAZ_LOC_WORD))))
			return LOC;
		return GPE;
	}
	if (strcmp(tag, "GPE") == 0)
		return bits & ((1u << GAZ_COUNTRY) | (1u << GAZ_CITY)) ? GPE : NORP;
	if (strcmp(tag, "ART") == 0)
		return PRODUCT;
	if (strcmp(tag, "EVE") == 0)
		return EVENT;
	return NTYPES;	/* times are the patterns' job; GMB's "nat" is not ours */
}

/* A tagged span of words, before it becomes a mention. */
struct span {
	size_t lo;		/* the sentence's first word */
	size_t from, to;	/* words [from, to) */
	size_t title_from;	/* == from when no title */
	enum etype type;
};

static bool
gaz_is(const struct tagger *t, const struct ner_tok *words, size_t from,
    size_t to, enum ner_gaz_type g)
{
	return to > from && (gaz_bits(t, words, from, to) & (1u << g));
}

/* How many words before index i (back to lo) form a title ending at i. */
static size_t
title_before(const struct tagger *t, const struct ner_tok *words, size_t lo,
    size_t i)
{
	for (size_t k = NER_GAZ_MAX_WORDS; k > 0; k--)
		if (i >= lo + k && gaz_is(t, words, i - k, i, GAZ_TITLE))
			return k;
	return 0;
}

/* How many words from i on (before hi) form a title. */
static size_t
title_at(const struct tagger *t, const struct ner_tok *words, size_t i,
    size_t hi)
{
	for (size_t k = NER_GAZ_MAX_WORDS; k > 0; k--)
		if (i + k <= hi && gaz_is(t, words, i, i + k, GAZ_TITLE))
			return k;
	return 0;
}

static bool
is_capitalised(const struct ner_tok *w)
{
	size_t pos = 0;

	return w->len > 0 && text_is_upper(utf8_next(w->s, w->len, &pos));
}

static bool
is_word(const struct ner_tok *w, const char *s)
{
	return w->len > 0 && w->s[0] == s[0] && w->len == strlen(s) &&
	    memcmp(w->s, s, w->len) == 0;
}

static bool
is_possessive(const struct ner_tok *w)
{
	return is_word(w, "'s") || is_word(w, "\u2019s");
}

/* "pro-Kremlin RIA Novosti": an English prefix on a lower-case word is
 * not part of the name after it. */
static bool
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

/* Words of the span all titles ("Prime Minister")? */
static bool
only_titles(const struct tagger *t, const struct ner_tok *words,
    const struct span *sp)
{
	size_t i = sp->from, k;

	while (i < sp->to && (k = title_at(t, words, i, sp->to)) > 0)
		i += k;
	return i == sp->to;
}

/*
 * A person's title is not part of the name: "Russian President Vladimir
 * Putin" is PERSON "Vladimir Putin" with title "Russian President".  The
 * span loses its leading title words; the title then reaches left over
 * more title words and the capitalised words that qualify them
 * ("Russian", "British", "U.S."), up to a possessive.
 */
static void
split_title(const struct tagger *t, const struct ner_tok *words, size_t lo,
    struct span *sp)
{
	size_t k;

	while ((k = title_at(t, words, sp->from, sp->to - 1)) > 0)
		sp->from += k;
	sp->title_from = sp->from;
	/* "Deputy Foreign Minister for Anti-Terrorism Matters Oleg
	 * Syromolotov": the words after a title's "for" or "of" belong to
	 * the title, and the name is the last two words. */
	size_t j = sp->from;
	while (j > lo && is_capitalised(&words[j - 1]))
		j--;
	if (sp->to - sp->from >= 3 && j > lo + 1 &&
	    (is_word(&words[j - 1], "for") || is_word(&words[j - 1], "of")) &&
	    title_before(t, words, lo, j - 1) > 0) {
		sp->from = sp->to - 2;
		sp->title_from = j - 1;
	}
	while ((k = title_before(t, words, lo, sp->title_from)) > 0)
		sp->title_from -= k;
	if (sp->title_from < sp->from)
		while (sp->title_from > lo && is_capitalised(&words[sp->title_from - 1]))
			sp->title_from--;
}

/* The spans of the tagger's BIO tags over words[lo..hi). */
static size_t
collect_spans(struct tagger *t, const struct ner_tok *words, size_t lo,
    size_t hi, struct span *out)
{
	size_t n = 0;

	for (size_t i = lo; i < hi;) {
		const char *name = t->tag_names[t->tags[i]];
		if (name[0] != 'B') {
			i++;
			continue;
		}
		size_t j = i + 1;
		while (j < hi && t->tag_names[t->tags[j]][0] == 'I')
			j++;
		enum etype type = span_type(t, name + 2, words, i, j);
		if (type != NTYPES)
			out[n++] = (struct span){ lo, i, j, i, type };
		i = j;
	}
	return n;
}

/* Splits span i at word k; the second part gets type.  Returns the new
 * number of spans (the caller made room). */
static size_t
split_span(struct span *v, size_t n, size_t i, size_t k, enum etype type)
{
	memmove(&v[i + 2], &v[i + 1], (n - i - 1) * sizeof *v);
	v[i + 1] = (struct span){ v[i].lo, k, v[i].to, k, type };
	v[i].to = k;
	return n + 1;
}

/* Lower-case words inside names: "Charles de Gaulle", "van der Berg". */
static bool
is_particle(const struct ner_tok *w)
{
	static const char *const particles[] = {
		"de", "van", "der", "von", "den", "la", "le", "du", "da", "di",
		"dos", "das", "del", "bin", "ibn", "al", "el", "ter", "ten", "zu",
	};

	for (size_t i = 0; i < sizeof particles / sizeof *particles; i++)
		if (is_word(w, particles[i]))
			return true;
	return false;
}

/* "Pieter" + "van der" + "Berg": a person's name goes on over particles
 * to the capitalised word after them, and the span there if any. */
static size_t
join_particles(const struct ner_tok *words, size_t hi, struct span *v, size_t n)
{
	size_t out = 0;

	for (size_t i = 0; i < n; i++) {
		if (out > 0 && v[out - 1].to > v[i].from)
			continue;	/* swallowed by the name before */
		v[out] = v[i];
		struct span *sp = &v[out++];
		size_t j = sp->to;
		while (j < hi && is_particle(&words[j]))
			j++;
		if (sp->type != PERSON || j == sp->to || j >= hi || !is_capitalised(&words[j]))
			continue;
		sp->to = j + 1;
		if (i + 1 < n && v[i + 1].from == j && v[i + 1].type == PERSON)
			sp->to = v[i + 1].to;
	}
	return out;
}

/* Two neighbouring spans that are one name: "Prime" + "Minister David
 * Cameron" (the tagger broke a title), or "Turkish" + "Air Force"
 * (OntoNotes keeps a nationality inside an organisation's name). */
static size_t
merge_neighbours(struct span *v, size_t n)
{
	size_t out = 0;

	for (size_t i = 0; i < n; i++) {
		struct span *prev = out ? &v[out - 1] : NULL;
		if (prev && prev->to == v[i].from &&
		    ((prev->type == PERSON && v[i].type == PERSON) ||
		    (prev->type == NORP && v[i].type == ORG))) {
			prev->to = v[i].to;
			prev->type = v[i].type;
			continue;
		}
		v[out++] = v[i];
	}
	return out;
}

/* "UK's Foreign Affairs Select Committee": the owner before a possessive
 * is a name of its own, unless it is a title ("Prime Minister's
 * Office").  Returns the number of spans, one more when split. */
static size_t
split_possessive(const struct tagger *t, const struct ner_tok *words,
    struct span *v, size_t n, size_t i)
{
	struct span *sp = &v[i];

	for (size_t k = sp->from + 1; k + 1 < sp->to; k++) {
		if (!is_possessive(&words[k]))
			continue;
		size_t title = title_before(t, words, sp->from, k);
		size_t cut = k, resume = k + 1;	/* [from, cut) and [resume, to) */
		if (title > 0) {
			/* "UK Prime Minister's Office": the office is one name,
			 * what qualifies the title another. */
			if (k - title == sp->from)
				return n;
			cut = resume = k - title;
		}
		n = split_span(v, n, i, cut, title > 0 ? ORG : sp->type);
		v[i + 1].from = v[i + 1].title_from = resume;
		if (gaz_is(t, words, v[i].from, cut, GAZ_COUNTRY) ||
		    gaz_is(t, words, v[i].from, cut, GAZ_CITY))
			v[i].type = GPE;
		return n;
	}
	return n;
}

/* "Ambassador to Russia Jean-Maurice Ripert": a place the gazetteer
 * knows, run together with two or more capitalised words, is a place
 * and then a person. */
static size_t
split_place_name(const struct tagger *t, const struct ner_tok *words,
    struct span *v, size_t n, size_t i)
{
	struct span *sp = &v[i];

	if ((sp->type != GPE && sp->type != LOC) || sp->to - sp->from < 3)
		return n;
	for (size_t k = sp->to - 2; k > sp->from; k--) {
		if (!gaz_is(t, words, sp->from, k, GAZ_COUNTRY) &&
		    !gaz_is(t, words, sp->from, k, GAZ_CITY))
			continue;
		for (size_t j = k; j < sp->to; j++)
			if (!is_capitalised(&words[j]))
				return n;
		return split_span(v, n, i, k, PERSON);
	}
	return n;
}

/* "the Refugee Council Enver Solomon": an organisation's name ends with
 * its organisation word; two capitalised words after it are a person. */
static size_t
split_org_person(const struct tagger *t, const struct ner_tok *words,
    struct span *v, size_t n, size_t i)
{
	size_t k = v[i].to - 3;

	if (v[i].type != ORG || v[i].to - v[i].from < 4 ||
	    !gaz_is(t, words, k, k + 1, GAZ_ORG_WORD) ||
	    gaz_is(t, words, k + 1, k + 2, GAZ_ORG_WORD) ||
	    gaz_is(t, words, k + 2, k + 3, GAZ_ORG_WORD) ||
	    !is_capitalised(&words[k + 1]) || !is_capitalised(&words[k + 2]))
		return n;
	return split_span(v, n, i, k + 1, PERSON);
}

/* "pro-Kremlin RIA Novosti": a news outlet's name at the end of a longer
 * span is a name of its own. */
static size_t
split_media(const struct tagger *t, const struct ner_tok *words,
    struct span *v, size_t n, size_t i)
{
	for (size_t k = v[i].from + 1; k < v[i].to; k++)
		if (gaz_is(t, words, k, v[i].to, GAZ_MEDIA))
			return split_span(v, n, i, k, ORG);
	return n;
}

/* Types the tagger got wrong but the gazetteer and the words around
 * make plain. */
static void
retype(const struct tagger *t, const struct ner_tok *words, size_t lo,
    size_t hi, struct span *sp)
{
	static const char *const land_words[] = {
		"valley", "river", "sea", "lake", "mountains", "mountain", "hills",
		"desert", "coast", "island", "islands", "peninsula", "gulf", "bay",
		"basin", "plain", "plains", "delta", "region", "strait",
	};

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
		static const char *const fac_words[] = {
			"Stadium", "Arena", "Airport", "Bridge", "Tower", "Station",
			"Dam", "Prison", "Cathedral", "Highway", "Tunnel", "Motorway",
		};
		static const char *const org_last_words[] = {
			"Rovers", "Wanderers", "Athletic", "FC", "Albion", "Hotspur",
			"Lines", "Airlines", "Airways", "Holdings", "Industries",
			"Shipping", "Motors", "Logistics", "Partners", "Systems",
			"Technologies", "Pharmaceuticals", "Insurance", "Capital",
		};
		const struct ner_tok *last = &words[sp->to - 1];
		for (size_t k = 0; k < sizeof fac_words / sizeof *fac_words; k++)
			if (is_word(last, fac_words[k]))
				sp->type = FAC;
		for (size_t k = 0; k < sizeof org_last_words / sizeof *org_last_words; k++)
			if (is_word(last, org_last_words[k]))
				sp->type = ORG;
		if (sp->type == PERSON && gaz_is(t, words, sp->to - 1, sp->to, GAZ_ORG_WORD))
			sp->type = ORG;	/* "Harbour Group", "Velgrad Bank" */
	}
	/* "the Skerry Islands", "the Grey Mountains": a name ending in a
	 * word for land or water is a place, however the tagger read it. */
	if (sp->type == ORG && sp->to - sp->from > 1 &&
	    gaz_is(t, words, sp->to - 1, sp->to, GAZ_LOC_WORD) &&
	    !gaz_is(t, words, sp->from, sp->to, GAZ_COUNTRY))
		sp->type = LOC;
	if (gaz_is(t, words, sp->from, sp->to, GAZ_MEDIA))
		sp->type = ORG;
	else if (sp->type == ORG && gaz_is(t, words, sp->from, sp->to, GAZ_COUNTRY))
		sp->type = GPE;
	else if (sp->type != PERSON && sp->type != LOC &&
	    !gaz_is(t, words, sp->from, sp->to, GAZ_COUNTRY) &&
	    !gaz_is(t, words, sp->from, sp->to, GAZ_CITY) &&
	    ((title_before(t, words, lo, sp->from) > 0 &&
	    is_capitalised(&words[sp->from - 1]) && !is_possessive(&words[sp->from])) ||
	    (title_at(t, words, sp->from, sp->to - 1) > 0 &&
	    is_capitalised(&words[sp->from]))))
		sp->type = PERSON;	/* "President Hollande" */
}

/* A title alone ("Prime Minister") is no person; followed by a
 * possessive and an organisation word it names an office ("the Prime
 * Minister's Office").  Returns false to drop the span. */
static bool
title_only(const struct tagger *t, const struct ner_tok *words, size_t hi,
    struct span *sp)
{
	if (sp->type != PERSON)
		return true;
	/* "Prime" of "Prime Minister David Cameron", tagged alone. */
	if (title_at(t, words, sp->from, hi) >= sp->to - sp->from &&
	    !only_titles(t, words, sp))
		return false;
	if (!only_titles(t, words, sp))
		return true;
	if (sp->to + 1 < hi && is_possessive(&words[sp->to]) &&
	    is_capitalised(&words[sp->to + 1]) &&
	    gaz_is(t, words, sp->to + 1, sp->to + 2, GAZ_ORG_WORD)) {
		sp->to += 2;
		sp->type = ORG;
		return true;
	}
	return false;
}

static void
add_span(struct tagger *t, const char *text, const struct ner_tok *words,
    const struct span *sp)
{
	add_mention(&t->found, (size_t)(words[sp->from].s - text),
	    (size_t)(words[sp->to - 1].s + words[sp->to - 1].len - text), sp->type);
	t->found.v[t->found.n - 1].title_start = (size_t)(words[sp->title_from].s - text);
	t->found.v[t->found.n - 1].opens_sentence = sp->from == sp->lo ||
	    (sp->from == sp->lo + 1 && words[sp->lo].len == 1 && words[sp->lo].s[0] == '"');
}

/* Quotation marks, brackets and other punctuation (curly marks and
 * dashes are three bytes from 0xe2). */
static bool
is_mark(const struct ner_tok *w)
{
	unsigned char c = (unsigned char)w->s[0];

	return w->len > 0 && (strchr("\"'()[],;:", c) != NULL ||
	    (c == 0xe2 && w->len == 3) || (c == '-' && w->len == 1));
}

/* A name has no quotation marks or brackets at its edges, and does not
 * start with the word that opens a clause ("Though YouTube"). */
static void
trim_span(const struct ner_tok *words, struct span *sp)
{
	static const char *const openers[] = {
		"Though", "Although", "When", "While", "After", "Before", "If",
		"Since", "Because", "Unless", "Until", "As", "But", "And", "Or",
		"So", "Yet", "Then", "Meanwhile", "However", "Also",
	};

	while (sp->from < sp->to && is_mark(&words[sp->from]))
		sp->from++;
	while (sp->to > sp->from && is_mark(&words[sp->to - 1]))
		sp->to--;
	if (sp->to - sp->from > 1)
		for (size_t k = 0; k < sizeof openers / sizeof *openers; k++)
			if (is_word(&words[sp->from], openers[k])) {
				sp->from++;
				break;
			}
	if (sp->title_from > sp->from || sp->title_from < sp->from)
		sp->title_from = sp->from;
}

/* "Minister of Education Stefania Giannini": after a title's "of", an
 * organisation run into a name is the portfolio, then the person. */
static bool
portfolio_person(const struct tagger *t, const struct ner_tok *words,
    size_t lo, struct span *sp)
{
	if (sp->to - sp->from < 3 || sp->from < lo + 2 ||
	    !(is_word(&words[sp->from - 1], "of") || is_word(&words[sp->from - 1], "for")) ||
	    title_before(t, words, lo, sp->from - 1) == 0 ||
	    !is_capitalised(&words[sp->to - 1]) || !is_capitalised(&words[sp->to - 2]))
		return false;
	return true;	/* split_title takes the portfolio into the title */
}

/* The tagger's mentions in one sentence of words[lo..hi). */
static void
tag_sentence(struct tagger *t, const char *text, size_t lo, size_t hi)
{
	const struct ner_tok *words = t->words;
	struct span *v;
	size_t n;

	ner_tag(t->ner, t->gaz, words + lo, hi - lo, t->tags + lo);
	/* Room for every span to be split four times. */
	v = xcalloc(5 * (hi - lo) + 1, sizeof *v);
	n = merge_neighbours(v, collect_spans(t, words, lo, hi, v));
	n = join_particles(words, hi, v, n);
	for (size_t i = 0; i < n; i++) {
		while (v[i].to - v[i].from > 1 && is_prefixed_word(&words[v[i].from]))
			v[i].from++;
		n = split_possessive(t, words, v, n, i);
		n = split_place_name(t, words, v, n, i);
		n = split_media(t, words, v, n, i);
		n = split_org_person(t, words, v, n, i);
	}
	for (size_t i = 0, covered = lo; i < n; i++) {
		if (v[i].from < covered)
			continue;	/* taken by an office's name */
		retype(t, words, lo, hi, &v[i]);
		if (!title_only(t, words, hi, &v[i]))
			continue;
		covered = v[i].to;
		trim_span(words, &v[i]);
		/* "The Ministry of Health": the article is not the name, unless
		 * the gazetteer has it so ("The Guardian"). */
		if (v[i].to - v[i].from > 1 && is_word(&words[v[i].from], "The") &&
		    gaz_bits(t, words, v[i].from, v[i].to) == 0)
			v[i].from++;
		if (v[i].from == v[i].to || (v[i].to - v[i].from == 1 &&
		    is_function_word(words[v[i].from].s, words[v[i].from].len)))
			continue;
		if (v[i].type == ORG && portfolio_person(t, words, lo, &v[i]))
			v[i].type = PERSON;
		if (v[i].type == PERSON)
			split_title(t, words, lo, &v[i]);
		add_span(t, text, words, &v[i]);
	}
	free(v);
}

/* Sentences, words, and the tagger over each sentence; returns the
 * number of words. */
static size_t
tag_text(struct tagger *t, const char *text, size_t len)
{
	size_t nwords = 0;

	sent_split(text, len, &t->sents);
	for (size_t s = 0; s < t->sents.n; s++) {
		const struct sent_span *sp = &t->sents.v[s];
		size_t lo = nwords;
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
		t->tags = xgrow(t->tags, &t->cap_tags, nwords + 1, sizeof *t->tags);
		tag_sentence(t, text, lo, nwords);
	}
	return nwords;
}

static bool
ambiguous_month(const char *s, size_t len)
{
	for (size_t i = 0; i < sizeof ambiguous_months / sizeof *ambiguous_months; i++)
		if (strlen(ambiguous_months[i]) == len &&
		    memcmp(ambiguous_months[i], s, len) == 0)
			return true;
	return false;
}

/* Dates, times, money, percentages, quantities and model names.  A
 * model name wins over the tagger; the others fill the gaps. */
static void
match_patterns(struct tagger *t, const char *text, size_t len)
{
	for (size_t i = 0; i < NPATTERNS; i++) {
		PCRE2_SIZE at = 0;
		int rc = PCRE2_ERROR_NOMATCH;
		while (at < len && (rc = pcre2_match(t->patterns[i], (PCRE2_SPTR)text,
		    len, at, PCRE2_NO_UTF_CHECK, t->match, NULL)) > 0) {
			PCRE2_SIZE *ov = pcre2_get_ovector_pointer(t->match);
			int g = rc > 1 && ov[2] != PCRE2_UNSET ? 1 : 0;
			size_t start = ov[2 * g], end = ov[2 * g + 1];
			at = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
			enum etype type = pattern_sources[i].type;
			if (type == DATE && ambiguous_month(text + start, end - start))
				continue;
			if (type == PRODUCT) {
				for (size_t k = 0; k < t->found.n; k++)
					if (t->found.v[k].start < end && start < t->found.v[k].end)
						t->found.v[k--] = t->found.v[--t->found.n];
			} else if (overlaps_any(&t->found, start, end)) {
				continue;
			}
			add_mention(&t->found, start, end, type);
		}
		/* Out of memory is the end, as everywhere; a match limit met on
		 * some odd text only leaves that pattern's mentions out. */
		if (rc == PCRE2_ERROR_NOMEMORY)
			diag_fatal("out of memory (pcre2 match)");
	}
}

/* --- canonical names --- */

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
 * and the whole is not, the first word is no part of it. */
static void
trim_opening_word(const struct doc_state *d, const char *text, struct mention *m)
{
	const char *s = text + m->start, *sp;
	size_t len = m->end - m->start;

	if (m->type != PERSON || !m->opens_sentence ||
	    (sp = memchr(s, ' ', len)) == NULL || doc_lookup(d, s, len) != NULL)
		return;
	const struct known *k = doc_lookup(d, sp + 1, (size_t)(s + len - sp - 1));
	if (k != NULL && k->type == PERSON)
		m->start = m->title_start = (size_t)(sp + 1 - text);
}

/* Canonical names, and what this record teaches the story. */
static void
resolve(struct tagger *t, struct doc_state *d, const char *text)
{
	for (size_t i = 0; i < t->found.n; i++) {
		struct mention *m = &t->found.v[i];
		trim_opening_word(d, text, m);
		const char *s = text + m->start;
		size_t len = m->end - m->start, clen;
		const struct known *k = doc_lookup(d, s, len);
		const char *alias;

		if (m->type >= DATE || m->type == PRODUCT)
			continue;
		/* A name the story gave a person (or the surname of one named
		 * in full) is that person, whatever the tagger thought here:
		 * one sense per story ("Assad" is no place). */
		if (k != NULL && k->type == PERSON && m->type != PERSON)
			m->type = PERSON;
		/* The same holds for the other names ("Green League" is no
		 * place in one paragraph and a party in the next). */
		if (k != NULL && k->type < PRODUCT && m->type < PRODUCT)
			m->type = k->type;
		if (k != NULL && (k->type == m->type || m->type != PERSON))
			set_canonical(t, m, k->canonical, strlen(k->canonical));
		else if ((alias = alias_of(t, s, len, &clen)) != NULL)
			set_canonical(t, m, alias, clen);
		if (m->type == PERSON && memchr(s, ' ', len) != NULL) {
			size_t offs[4], lens[4], n = surname_keys(s, len, &t->keys, offs, lens);
			for (size_t j = 0; j < n; j++)
				doc_learn(d, t->keys.data + offs[j], lens[j], PERSON, s, len);
			doc_learn(d, s, len, PERSON, s, len);
		} else if (k == NULL) {
			const char *c = canonical_of(t, m, text, &clen);
			doc_learn(d, s, len, m->type, c, clen);
		}
	}
}

/* "Islamic State (IS)": the bracketed acronym is a mention of the name
 * before it, and stands for it in the rest of the story. */
static void
find_acronyms(struct tagger *t, struct doc_state *d, const char *text, size_t len)
{
	size_t n = t->found.n;

	for (size_t i = 0; i < n; i++) {
		const struct mention *m = &t->found.v[i];
		size_t a = m->end, b;
		if (m->type != ORG && m->type != GPE && m->type != LOC)
			continue;
		if (a + 2 >= len || text[a] != ' ' || text[a + 1] != '(')
			continue;
		a += 2;
		for (b = a; b < len && b - a < 10 && ((text[b] >= 'A' && text[b] <= 'Z') ||
		    text[b] == '.'); b++)
			;
		if (b - a < 2 || b >= len || text[b] != ')')
			continue;
		size_t at = mention_at(&t->found, a, b), clen;
		if (at == SIZE_MAX && overlaps_any(&t->found, a, b))
			continue;
		const char *canon = canonical_of(t, m, text, &clen);
		enum etype type = m->type;
		doc_learn(d, text + a, b - a, type, canon, clen);
		if (at == SIZE_MAX) {
			add_mention(&t->found, a, b, type);
			at = t->found.n - 1;
		}
		/* The story's copy: canon may live in the buffer set_canonical
		 * appends to. */
		const struct known *k = doc_lookup(d, text + a, b - a);
		t->found.v[at].type = type;
		if (k == NULL)
			continue;
		/* The acronym's other mentions in this record, resolved
		 * before it was defined, follow the definition. */
		for (size_t j = 0; j < t->found.n; j++) {
			struct mention *o = &t->found.v[j];
			if (j == at || (o->end - o->start == b - a &&
			    memcmp(text + o->start, text + a, b - a) == 0))
				set_canonical(t, o, k->canonical, strlen(k->canonical));
		}
	}
}

/* "the Turkey-Syria border": the parts of a hyphenated word that are
 * places the gazetteer knows are mentions of those places. */
static void
find_compound_places(struct tagger *t, const char *text, size_t nwords)
{
	for (size_t i = 0; i < nwords; i++) {
		const struct ner_tok *w = &t->words[i];
		const char *end = w->s + w->len, *p = w->s;
		if (memchr(w->s, '-', w->len) == NULL || !is_capitalised(w))
			continue;
		while (p < end) {
			const char *q = memchr(p, '-', (size_t)(end - p));
			struct ner_tok part = { p, (size_t)((q ? q : end) - p) };
			size_t start = (size_t)(p - text);
			unsigned bits = ner_gaz_lookup(t->gaz, &part, 1);
			if ((bits & ((1u << GAZ_COUNTRY) | (1u << GAZ_CITY))) &&
			    !overlaps_any(&t->found, start, start + part.len))
				add_mention(&t->found, start, start + part.len, GPE);
			p = q ? q + 1 : end;
		}
	}
}

/* Makes room for a name the story knows at [start, end): the mentions
 * inside it go ("Berg" of "van der Berg"); returns false, changing
 * nothing, when one reaches outside it. */
static bool
replace_inside(struct mention_list *l, size_t start, size_t end)
{
	for (size_t i = 0; i < l->n; i++)
		if (l->v[i].start < end && start < l->v[i].end &&
		    (l->v[i].start < start || l->v[i].end > end))
			return false;
	for (size_t i = 0; i < l->n; i++)
		if (l->v[i].start < end && start < l->v[i].end)
			l->v[i--] = l->v[--l->n];
	return true;
}

static bool
is_all_caps_word(const struct ner_tok *w)
{
	size_t letters = 0;

	for (size_t i = 0; i < w->len; i++) {
		unsigned char c = (unsigned char)w->s[i];
		if (c >= 'A' && c <= 'Z')
			letters++;
		else if (c != '-' && c != '.' && c != '\'')
			return false;
	}
	return letters >= 2;
}

/* "Nov", "Nov." or "November". */
static bool
is_month_word(const struct ner_tok *w)
{
	static const char *const months[] = {
		"January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December",
	};
	size_t len = w->len > 0 && w->s[w->len - 1] == '.' ? w->len - 1 : w->len;

	if (abbrev_lookup(w->s, len) == ABBREV_MONTH)
		return true;
	for (size_t m = 0; m < sizeof months / sizeof *months; m++)
		if (is_word(w, months[m]))
			return true;
	return false;
}

/* A wire dateline, "TARSK, Nov 25 (Meridian News) -": the capitals before
 * the date at the start of the text are the place it was filed from,
 * which the tagger, seeing a shape it rarely met, may call anything. */
static void
find_dateline(struct tagger *t, const char *text, size_t nwords)
{
	size_t k = 0;

	while (k < nwords && k < 4 && is_all_caps_word(&t->words[k]))
		k++;
	if (k == 0 || k + 1 >= nwords || t->words[0].s != text ||
	    !is_word(&t->words[k], ",") || !is_month_word(&t->words[k + 1]))
		return;
	size_t end = (size_t)(t->words[k - 1].s + t->words[k - 1].len - text);
	size_t found = mention_at(&t->found, 0, end);
	if (found != SIZE_MAX)
		t->found.v[found].type = GPE;
	else if (replace_inside(&t->found, 0, end))
		add_mention(&t->found, 0, end, GPE);
}

/* Names the story has taught, where the tagger missed them. */
static void
find_known(struct tagger *t, struct doc_state *d, const char *text, size_t nwords)
{
	for (size_t i = 0; i < nwords; i++) {
		if (!is_capitalised(&t->words[i]) && !is_particle(&t->words[i]))
			continue;
		for (size_t k = 4; k > 0; k--) {
			if (i + k > nwords)
				continue;
			const char *s = t->words[i].s;
			size_t len = (size_t)(t->words[i + k - 1].s + t->words[i + k - 1].len - s);
			const struct known *kn = doc_lookup(d, s, len);
			const char *canon;
			size_t clen;
			enum etype type;
			if (kn != NULL) {
				type = kn->type;
				canon = kn->canonical;
				clen = strlen(canon);
			} else {
				if (k > 1 || (canon = alias_of(t, s, len, &clen)) == NULL)
					continue;
				type = gaz_bits(t, t->words, i, i + 1) & (1u << GAZ_COUNTRY) ?
				    GPE : ORG;
			}
			size_t start = (size_t)(s - text);
			if (mention_at(&t->found, start, start + len) != SIZE_MAX ||
			    !replace_inside(&t->found, start, start + len))
				continue;
			add_mention(&t->found, start, start + len, type);
			set_canonical(t, &t->found.v[t->found.n - 1], canon, clen);
			i += k - 1;
			break;
		}
	}
}

/* --- output --- */

static void
write_mention(const struct tagger *t, const struct mention *m, const char *text,
    struct text_cursor *cur, struct buf *b)
{
	buf_append(b, "{", 1);
	jsonw_key(b, "text");
	jsonw_string(b, text + m->start, m->end - m->start);
	jsonw_key(b, "type");
	jsonw_string(b, type_names[m->type], strlen(type_names[m->type]));
	jsonw_key(b, "start");
	jsonw_int(b, (long long)text_cursor_cp(cur, m->start));
	jsonw_key(b, "end");
	jsonw_int(b, (long long)text_cursor_cp(cur, m->end));
	if (m->type < DATE && m->type != PRODUCT) {
		size_t clen;
		const char *c = canonical_of(t, m, text, &clen);
		jsonw_key(b, "canonical");
		jsonw_string(b, c, clen);
	}
	if (m->title_start < m->start) {
		size_t end = m->start;
		while (end > m->title_start && text[end - 1] == ' ')
			end--;
		jsonw_key(b, "title");
		jsonw_string(b, text + m->title_start, end - m->title_start);
	}
	buf_append(b, "}", 1);
}

static void
write_entities(const struct tagger *t, const char *text, struct buf *b)
{
	struct text_cursor cur;
	bool first = true;

	text_cursor_init(&cur, text);
	buf_append(b, "[", 1);
	for (size_t i = 0; i < t->found.n; i++) {
		if (!(t->cfg->types & (1u << t->found.v[i].type)))
			continue;
		if (!first)
			buf_append(b, ",", 1);
		first = false;
		write_mention(t, &t->found.v[i], text, &cur, b);
	}
	buf_append(b, "]", 1);
}

/* The record as a line, its "entities" ours: in the place of an earlier
 * one, else last.  Written directly, not built as jansson values. */
static void
write_record(const struct tagger *t, json_t *rec, const char *text,
    struct buf *b)
{
	const char *key;
	json_t *value;
	bool written = false;

	b->len = 0;
	buf_append(b, "{", 1);
	json_object_foreach(rec, key, value) {
		jsonw_key(b, key);
		if (strcmp(key, "entities") == 0) {
			write_entities(t, text, b);
			written = true;
		} else {
			jsonw_value(b, value);
		}
	}
	if (!written) {
		jsonw_key(b, "entities");
		write_entities(t, text, b);
	}
	buf_append(b, "}", 1);
}

/* A record in the pool: what a thread found, for the main tagger. */
struct record_slot {
	json_t *rec;
	struct stream *in;
	const char *text;
	size_t len, nwords;
	struct ner_tok *words;
	size_t cap_words;
	struct mention_list found;
};

/* Lends the slot's buffers to a tagger, or takes them back. */
static void
swap_buffers(struct tagger *t, struct record_slot *r)
{
	struct ner_tok *words = t->words;
	size_t cap = t->cap_words;
	struct mention_list found = t->found;

	t->words = r->words;
	t->cap_words = r->cap_words;
	t->found = r->found;
	r->words = words;
	r->cap_words = cap;
	r->found = found;
}

/* What the record alone gives: sentences, words, the tagger's names. */
static void
tag_words(void *ctx, void *slot)
{
	struct tagger *t = ctx;
	struct record_slot *r = slot;

	swap_buffers(t, r);
	t->found.n = 0;
	r->nwords = tag_text(t, r->text, r->len);
	find_dateline(t, r->text, r->nwords);
	swap_buffers(t, r);
}

/* What needs the story, then the output; in input order. */
static void
finish_record(void *arg, void *slot)
{
	struct tagger *t = arg;
	struct record_slot *r = slot;
	const char *text = r->text, *doc = record_doc(r->rec);
	struct doc_state *d = doccache_enter(&t->docs, doc);

	swap_buffers(t, r);
	t->canonical.len = 0;
	resolve(t, d, text);
	find_acronyms(t, d, text, r->len);
	match_patterns(t, text, r->len);
	find_known(t, d, text, r->nwords);
	find_compound_places(t, text, r->nwords);
	if (t->found.n > 1)
		qsort(t->found.v, t->found.n, sizeof *t->found.v, by_start);
	write_record(t, r->rec, text, &t->line);
	swap_buffers(t, r);
	stream_emit_raw(r->in, &t->line);
	doccache_leave(&t->docs, doc, record_is_last(r->rec), d);
	json_decref(r->rec);
	r->rec = NULL;
}

static void
record_slot_free(void *slot)
{
	struct record_slot *r = slot;

	free(r->words);
	free(r->found.v);
}

static void
drain_before_block(void *arg)
{
	pool_drain(arg);
}

/* The tagger's threads and the records in their hands. */
static struct pool *
tagger_pool_new(struct tagger *t)
{
	const struct pool_ops ops = {
		.context_new = thread_tagger_new,
		.context_free = thread_tagger_free,
		.work = tag_words,
		.finish = finish_record,
		.slot_free = record_slot_free,
		.arg = t,
	};

	return pool_new(t->cfg->threads, sizeof(struct record_slot), &ops);
}

/* Every record of the stream, through the pool; records in hand are
 * written before a read that would block, and all of them at the end. */
static void
tag_stream(struct pool *pool, struct stream *in)
{
	json_t *rec;

	stream_before_block(in, drain_before_block, pool);
	while ((rec = stream_next(in)) != NULL) {
		struct record_slot *r = pool_slot(pool);
		r->rec = rec;
		r->in = in;
		r->text = stream_text(in, rec, &r->len);
		pool_submit(pool);
	}
	pool_drain(pool);
	stream_before_block(in, NULL, NULL);
}

int
main(int argc, char **argv)
{
	struct config cfg = { .types = (1u << NTYPES) - 1, .max_docs = 64 };
	struct filter_info info = {
		.name = "wire-tag-entities",
		.synopsis = "[-d max-docs] [-G gazetteer] [-j threads] [-M model] "
		    "[-T types] [common options] [file ...]",
		.purpose = "Adds the named entities of each record's text, with "
		    "types, offsets and canonical names.",
		.options_help = tag_help,
		.options = tag_options,
		.short_options = "d:G:j:M:T:",
		.handle = handle_option,
		.ctx = &cfg,
	};
	struct stream_options sopt = { 0 };
	struct tagger t;
	struct stream in;
	struct pool *pool;

	opts_parse(&info, &sopt, &argc, &argv);
	if (cfg.threads == 0)
		cfg.threads = pool_cpus(8);
	stop_install();
	tagger_init(&t, &cfg);
	pool = tagger_pool_new(&t);
	stream_init(&in, &sopt, argc, argv);
	tag_stream(pool, &in);
	pool_free(pool);
	tagger_free(&t);
	return stream_finish(&in);
}
