/*
 * ner: the named-entity sequence tagger (see ner.h).
 */
#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "hash.h"
#include "hmap.h"
#include "ner.h"
#include "record.h"
#include "text.h"

static const char *const gaz_type_names[GAZ_NTYPES] = {
	"country", "city", "region", "title", "org-word", "loc-word", "media",
	"person", "org",
};

struct ner_gazetteer {
	struct hmap entries;	/* hash of the words -> type bits */
	struct hmap first;	/* hash of the first word of any entry */
};

struct ner_model {
	const char **names;	/* tag names (strings in names_buf) */
	char *names_buf;
	size_t ntags;
	size_t outside;		/* the index of "O", ntags when none */
	/* (ntags + 1) x ntags, the start row last; once loaded, what BIO
	 * forbids is -infinity (close_forbidden). */
	double *trans;
	bool *allowed;
	struct hmap features;	/* hash -> row in weights */
	/* A bit per feature hash, at (hash * K) >> known_shift: most
	 * features a text gives are in no model, and this bitmap, small
	 * enough for the processor's cache, says so without a look-up in
	 * the table (a set bit may still be another feature's). */
	uint64_t *known;
	unsigned known_shift;
	int32_t *weights;	/* rows of ntags */
	size_t nrows, cap_rows;
	struct ner_classes *classes;	/* from the "w" lines */
	struct hmap lower;	/* the "l" lines: words mostly written lower case */
	bool has_lower;
	bool has_pos;		/* the "pos" line: trained with tags */
};

struct ner_classes {
	struct hmap words;	/* hash of the lower-case form -> classes */
	uint64_t *order;	/* the hashes in the order given, for writing */
	uint32_t *vals;
	size_t n, cap;
};

/* What ner_tag keeps from call to call, one per thread. */
struct ner_tagger {
	const struct ner_model *m;
	/* Per word, the summed weights of its features as the word in hand
	 * and in each neighbour role: words repeat, so most tokens cost one
	 * look-up here instead of twenty in the feature table. */
	uint64_t *cache_keys;
	int32_t *cache_vecs;	/* WORD_CACHE x VECS x ntags */
	/* The window each slot was last used in (ner_tag's count): a
	 * window reads its words' vectors in place unless one of its words
	 * took the slot of another. */
	uint32_t *slot_window;
	uint32_t window;
	int32_t *edge_vecs;	/* the sentence edge, VECS x ntags */
	struct ner_scratch {	/* ner_tag's arrays, kept for the next call */
		double *emit;
		uint16_t *marks;
		struct ner_forms *forms;
		int32_t *vecs;
		const int32_t **vp;	/* each word's vectors */
		uint64_t *feats;
		size_t *nfeats;
		size_t cap;
	} scratch;
};

/* Vectors a word has: as the word in hand, then in the four roles of
 * enum role. */
enum { WORD_CACHE = 1 << 13, VECS = 5 };

/* --- word forms --- */

/* Quotation marks and apostrophes of every style read as the straight
 * ones, the way the training data writes them. */
static uint32_t
plain_mark(uint32_t cp)
{
	switch (cp) {
	case 0x2018: case 0x2019: case 0x201b: case 0x2032:
		return '\'';
	case 0x201c: case 0x201d: case 0x201e: case 0x00ab: case 0x00bb:
	case 0x2033:
		return '"';
	}
	return cp;
}

static char
shape_char(uint32_t cp)
{
	if (text_is_upper(cp))
		return 'X';
	if (text_is_lower(cp) || (text_is_alpha(cp)))
		return 'x';
	if (text_is_digit(cp))
		return 'd';
	return cp < 0x80 ? (char)cp : 'o';
}

static bool
ascii_forms(const struct ner_tok *t, struct ner_forms *w)
{
	size_t nupper = 0, nalpha = 0;
	char last_shape = 0;

	for (size_t i = 0; i < t->len; i++)
		if ((unsigned char)t->s[i] >= 0x80)
			return false;
	w->lower_len = w->shape_len = 0;
	w->digit = w->hyphen = false;
	for (size_t i = 0; i < t->len; i++) {
		char c = t->s[i], sc;
		if (c >= 'A' && c <= 'Z')
			sc = 'X', nupper++, nalpha++;
		else if (c >= 'a' && c <= 'z')
			sc = 'x', nalpha++;
		else if (c >= '0' && c <= '9')
			sc = 'd';
		else
			sc = c;
		if (w->lower_len < NER_FORM_MAX)
			w->lower[w->lower_len++] = sc == 'X' ? (char)(c + 32) : c;
		if (sc != last_shape && w->shape_len < sizeof w->shape)
			w->shape[w->shape_len++] = sc;
		last_shape = sc;
		w->digit |= sc == 'd';
		w->hyphen |= c == '-';
	}
	w->cap = w->shape_len > 0 && w->shape[0] == 'X';
	w->all_caps = nalpha > 0 && nupper == nalpha;
	return true;
}

static void
word_forms(const struct ner_tok *t, struct ner_forms *w)
{
	/* Most words are ASCII: one pass, no decoding. */
	if (ascii_forms(t, w))
		return;
	size_t pos = 0, nupper = 0, nalpha = 0;
	char last_shape = 0;

	w->lower_len = w->shape_len = 0;
	w->digit = w->hyphen = false;
	while (pos < t->len) {
		uint32_t cp = plain_mark(utf8_next(t->s, t->len, &pos));
		char enc[4], sc = shape_char(cp);
		size_t k = utf8_encode(text_fold(cp), enc);

		if (w->lower_len + k <= NER_FORM_MAX) {
			memcpy(w->lower + w->lower_len, enc, k);
			w->lower_len += k;
		}
		if (sc != last_shape && w->shape_len < sizeof w->shape)
			w->shape[w->shape_len++] = sc;
		last_shape = sc;
		nupper += sc == 'X';
		nalpha += sc == 'X' || sc == 'x';
		w->digit |= sc == 'd';
		w->hyphen |= cp == '-';
	}
	w->cap = w->shape_len > 0 && w->shape[0] == 'X';
	w->all_caps = nalpha > 0 && nupper == nalpha;
}

void
ner_word_forms(const struct ner_tok *toks, size_t n, struct ner_forms *out)
{
	for (size_t i = 0; i < n; i++)
		word_forms(&toks[i], &out[i]);
}

/* --- features --- */

enum template {
	F_BIAS = 1, F_WORD, F_LOWER, F_SHAPE, F_PREFIX, F_SUFFIX,
	F_PREV, F_NEXT, F_PREV2, F_NEXT2, F_PREV_SHAPE, F_NEXT_SHAPE,
	F_PREV_WORD_BIGRAM, F_NEXT_WORD_BIGRAM, F_SHAPE_TRIGRAM, F_FIRST,
	F_GAZ, F_PREV_GAZ, F_NEXT_GAZ, F_FLAGS, F_PREV_LOWER_SHAPE,
	F_NEXT_LOWER_SHAPE, F_NEXT_SUFFIX, F_AROUND, F_PREV_SUFFIX,
	F_CLASS, F_PREV_CLASS, F_NEXT_CLASS, F_CLASS_SHAPE,
	F_POS, F_NEXT_POS, F_POS_BIGRAM_NEXT, F_POS_SHAPE,
};

struct feature_sink {
	uint64_t *out;
	size_t n;
};

static void
feature(struct feature_sink *f, enum template t, const char *a, size_t alen,
    const char *b, size_t blen)
{
	unsigned char id = (unsigned char)t, sep = 0x1f;
	uint64_t h = hash_fnv1a(&id, 1, HASH_FNV_OFFSET);

	h = hash_fnv1a(a, alen, h);
	if (b != NULL) {
		h = hash_fnv1a(&sep, 1, h);
		h = hash_fnv1a(b, blen, h);
	}
	if (f->n < NER_MAX_FEATURES)
		f->out[f->n++] = hmap_key(h);
}

static void
feature_str(struct feature_sink *f, enum template t, const char *a,
    const char *b)
{
	feature(f, t, a, strlen(a), b, b ? strlen(b) : 0);
}

/* Start of the code point that holds byte k of s, for affixes. */
static size_t
char_start(const char *s, size_t k)
{
	while (k > 0 && ((unsigned char)s[k] & 0xc0) == 0x80)
		k--;
	return k;
}

static void
affix_features(struct feature_sink *f, const struct ner_forms *w)
{
	size_t n = 0, ends[5];

	/* Prefixes of 1 to 3 and suffixes of 1 to 4 code points. */
	for (size_t k = 0, pos = 0; k < 4 && pos < w->lower_len; k++) {
		pos = char_start(w->lower, pos) + 1;
		while (pos < w->lower_len && ((unsigned char)w->lower[pos] & 0xc0) == 0x80)
			pos++;
		ends[n++] = pos;
	}
	for (size_t k = 0; k < n && k < 3; k++)
		if (ends[k] < w->lower_len)
			feature(f, F_PREFIX, w->lower, ends[k], NULL, 0);
	size_t start = w->lower_len;
	for (size_t k = 0; k < 4 && start > 0; k++) {
		start = char_start(w->lower, start - 1);
		if (start == 0)
			break;
		char tag = (char)('1' + k);
		feature(f, F_SUFFIX, w->lower + start, w->lower_len - start, &tag, 1);
	}
}

static void
gaz_feature(struct feature_sink *f, enum template t, uint16_t marks,
    uint16_t starts)
{
	for (int g = 0; marks != 0 && g < GAZ_NTYPES; g++)
		if (marks & (1u << g))
			feature_str(f, t, gaz_type_names[g],
			    starts & (1u << g) ? "B" : "I");
}

/* The word's classes, coarse and fine ("a17", "b301"). */
static void
class_features(struct feature_sink *f, enum template t,
    const struct ner_forms *w, int which)
{
	for (int k = 0; k < NER_NCLASSES; k++) {
		if (!(which & 1 << k))
			continue;
		/* As snprintf("%c%u") would write it, without its cost. */
		char buf[8], digits[6];
		size_t len = 0, nd = 0;
		unsigned v = w->cls[k];
		do
			digits[nd++] = (char)('0' + v % 10);
		while ((v /= 10) > 0);
		buf[len++] = (char)('a' + k);
		while (nd > 0)
			buf[len++] = digits[--nd];
		feature(f, t, buf, len, NULL, 0);
		if (t == F_CLASS && k == 1)
			feature(f, F_CLASS_SHAPE, buf, len, w->shape, w->shape_len);
	}
}

static void
flag_features(struct feature_sink *f, const struct ner_forms *w)
{
	char flags[4] = { w->cap ? 'C' : 'c', w->all_caps ? 'A' : 'a',
	    w->digit ? 'D' : 'd', w->hyphen ? 'H' : 'h' };

	feature(f, F_FLAGS, flags, sizeof flags, NULL, 0);
}

/* What a word gives as the word in hand, the features that depend on it
 * alone: cached per word by ner_tag. */
static void
local_features(struct feature_sink *f, const struct ner_tok *tok,
    const struct ner_forms *cur)
{
	feature(f, F_WORD, tok->s, tok->len, NULL, 0);
	feature(f, F_LOWER, cur->lower, cur->lower_len, NULL, 0);
	feature(f, F_SHAPE, cur->shape, cur->shape_len, NULL, 0);
	affix_features(f, cur);
	flag_features(f, cur);
	class_features(f, F_CLASS, cur, 3);
}

/* What a word gives as a neighbour, in one of these roles. */
enum role { ROLE_PREV, ROLE_NEXT, ROLE_PREV2, ROLE_NEXT2, NROLES };

static void
role_features(struct feature_sink *f, enum role role, const struct ner_forms *w)
{
	switch (role) {
	case ROLE_PREV:
		feature(f, F_PREV, w->lower, w->lower_len, NULL, 0);
		feature(f, F_PREV_SHAPE, w->shape, w->shape_len, NULL, 0);
		if (w->lower_len > 3)
			feature(f, F_PREV_SUFFIX, w->lower + w->lower_len - 3, 3, NULL, 0);
		class_features(f, F_PREV_CLASS, w, 2);
		break;
	case ROLE_NEXT:
		feature(f, F_NEXT, w->lower, w->lower_len, NULL, 0);
		feature(f, F_NEXT_SHAPE, w->shape, w->shape_len, NULL, 0);
		if (w->lower_len > 3)
			feature(f, F_NEXT_SUFFIX, w->lower + w->lower_len - 3, 3, NULL, 0);
		class_features(f, F_NEXT_CLASS, w, 2);
		break;
	case ROLE_PREV2:
		feature(f, F_PREV2, w->lower, w->lower_len, NULL, 0);
		break;
	case ROLE_NEXT2:
		feature(f, F_NEXT2, w->lower, w->lower_len, NULL, 0);
		break;
	case NROLES:
		break;
	}
}

static const struct ner_forms edge_forms = {
	.lower = "<s>", .lower_len = 3, .shape = "<s>", .shape_len = 3,
};

/* The forms of the word at i + k, or the sentence edge. */
static const struct ner_forms *
forms_at(const struct ner_forms *forms, size_t n, size_t i, int k)
{
	if ((k < 0 && i < (size_t)-k) || (k > 0 && i + (size_t)k >= n))
		return &edge_forms;
	return &forms[(long)i + k];
}

/* The next word's tag: "<s>" at the sentence's end, "?" when it has none. */
static void
pos_of(const struct ner_forms *w, const char **s, size_t *len)
{
	if (w == &edge_forms) {
		*s = "<s>";
		*len = 3;
	} else if (w->pos_len == 0) {
		*s = "?";
		*len = 1;
	} else {
		*s = w->pos;
		*len = w->pos_len;
	}
}

/*
 * The part-of-speech tags of a sentence's first word and the word after
 * it, when the parse gave them.  There the capital letter says nothing
 * ("Talks", "Doran"), and the tag says what the capital says elsewhere;
 * inside the sentence, tags were measured to add nothing to the words,
 * shapes and classes (lang/ner/README.md).
 */
static void
pos_features(struct feature_sink *f, const struct ner_forms *cur,
    const struct ner_forms *next)
{
	const char *n;
	size_t nlen;

	if (cur->pos_len == 0)
		return;
	pos_of(next, &n, &nlen);
	feature(f, F_POS, cur->pos, cur->pos_len, NULL, 0);
	feature(f, F_NEXT_POS, n, nlen, NULL, 0);
	feature(f, F_POS_BIGRAM_NEXT, cur->pos, cur->pos_len, n, nlen);
	feature(f, F_POS_SHAPE, cur->pos, cur->pos_len, cur->shape, cur->shape_len);
}

/* The features that join words, or depend on the position. */
static void
pair_features(struct feature_sink *f, const struct ner_tok *toks,
    const struct ner_forms *forms, size_t n, size_t i, const uint16_t *marks,
    const uint16_t *starts)
{
	const struct ner_forms *cur = &forms[i], *prev = forms_at(forms, n, i, -1),
	    *next = forms_at(forms, n, i, 1);
	char tri[3 * sizeof cur->shape + 2];
	size_t len = 0;

	feature(f, F_BIAS, "", 0, NULL, 0);
	feature(f, F_PREV_WORD_BIGRAM, prev->lower, prev->lower_len,
	    cur->lower, cur->lower_len);
	feature(f, F_NEXT_WORD_BIGRAM, cur->lower, cur->lower_len,
	    next->lower, next->lower_len);
	feature(f, F_PREV_LOWER_SHAPE, prev->lower, prev->lower_len,
	    cur->shape, cur->shape_len);
	feature(f, F_NEXT_LOWER_SHAPE, cur->shape, cur->shape_len,
	    next->lower, next->lower_len);
	feature(f, F_AROUND, prev->lower, prev->lower_len, next->lower,
	    next->lower_len);
	memcpy(tri, prev->shape, prev->shape_len);
	len += prev->shape_len;
	tri[len++] = '|';
	memcpy(tri + len, cur->shape, cur->shape_len);
	len += cur->shape_len;
	tri[len++] = '|';
	memcpy(tri + len, next->shape, next->shape_len);
	len += next->shape_len;
	feature(f, F_SHAPE_TRIGRAM, tri, len, NULL, 0);
	bool first = i == 0 || (i == 1 && toks[0].len == 1 && toks[0].s[0] == '"');
	if (first)
		feature(f, F_FIRST, cur->shape, cur->shape_len, NULL, 0);
	if (marks != NULL) {
		gaz_feature(f, F_GAZ, marks[i], starts[i]);
		if (i > 0)
			gaz_feature(f, F_PREV_GAZ, marks[i - 1], starts[i - 1]);
		if (i + 1 < n)
			gaz_feature(f, F_NEXT_GAZ, marks[i + 1], starts[i + 1]);
	}
	if (first)
		pos_features(f, cur, next);
}

void
ner_forms_pos(struct ner_forms *forms, const struct ner_tok *pos, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		forms[i].pos = pos != NULL ? pos[i].s : NULL;
		forms[i].pos_len = pos != NULL ? pos[i].len : 0;
	}
}

void
ner_align_pos(const char *text, const struct ner_tok *toks, size_t n,
    const struct record_word *parse, size_t nparse, size_t *cursor,
    struct ner_tok *pos)
{
	size_t k = *cursor;

	for (size_t i = 0; i < n; i++) {
		size_t start = (size_t)(toks[i].s - text), end = start + toks[i].len;
		while (k < nparse && parse[k].end <= start)
			k++;
		pos[i] = (struct ner_tok){ NULL, 0 };
		if (k == nparse || parse[k].start >= end)
			continue;
		const struct record_word *w = &parse[k];
		if (w->xpos_len > 0 && !(w->xpos_len == 1 && w->xpos[0] == '_'))
			pos[i] = (struct ner_tok){ w->xpos, w->xpos_len };
		else
			pos[i] = (struct ner_tok){ w->upos, w->upos_len };
	}
	*cursor = k;
}

size_t
ner_features(const struct ner_tok *toks, const struct ner_forms *forms,
    size_t n, size_t i, const uint16_t *marks, const uint16_t *starts,
    uint64_t *out)
{
	static const int offset[NROLES] = { -1, 1, -2, 2 };
	struct feature_sink f = { out, 0 };

	local_features(&f, &toks[i], &forms[i]);
	for (int r = 0; r < NROLES; r++)
		role_features(&f, (enum role)r, forms_at(forms, n, i, offset[r]));
	pair_features(&f, toks, forms, n, i, marks, starts);
	return f.n;
}

/* --- gazetteer --- */

/* Extends the hash h of words joined by single spaces with one more
 * word, in its plain form (quotation marks straightened). */
static uint64_t
words_hash_more(uint64_t h, const struct ner_tok *t, bool first)
{
	size_t pos = 0;

	if (!first)
		h = hash_fnv1a(" ", 1, h);
	while (pos < t->len) {
		size_t run = pos;
		while (run < t->len && (unsigned char)t->s[run] < 0x80)
			run++;
		if (run > pos) {
			h = hash_fnv1a(t->s + pos, run - pos, h);
			pos = run;
			continue;
		}
		char enc[4];
		uint32_t cp = plain_mark(utf8_next(t->s, t->len, &pos));
		h = hash_fnv1a(enc, utf8_encode(cp, enc), h);
	}
	return h;
}

static uint64_t
words_hash(const struct ner_tok *toks, size_t n)
{
	uint64_t h = HASH_FNV_OFFSET;

	for (size_t i = 0; i < n; i++)
		h = words_hash_more(h, &toks[i], i == 0);
	return hmap_key(h);
}

/* Splits a gazetteer name into words at spaces, and a possessive or a
 * full stop that the tokenizer would split, into tokens. */
static size_t
name_words(const char *s, size_t len, struct ner_tok *out)
{
	size_t n = 0, i = 0;

	while (i < len && n < NER_GAZ_MAX_WORDS) {
		while (i < len && s[i] == ' ')
			i++;
		size_t start = i;
		while (i < len && s[i] != ' ')
			i++;
		if (i > start) {
			if (i - start > 2 && s[i - 2] == '\'' && s[i - 1] == 's') {
				out[n++] = (struct ner_tok){ s + start, i - start - 2 };
				if (n < NER_GAZ_MAX_WORDS)
					out[n++] = (struct ner_tok){ s + i - 2, 2 };
			} else {
				out[n++] = (struct ner_tok){ s + start, i - start };
			}
		}
	}
	return n;
}

static int
gaz_type_of(const char *s, size_t len)
{
	for (int g = 0; g < GAZ_NTYPES; g++)
		if (strlen(gaz_type_names[g]) == len &&
		    memcmp(gaz_type_names[g], s, len) == 0)
			return g;
	return -1;
}

struct ner_gazetteer *
ner_gazetteer_load(const char *text, size_t len, char *err, size_t errlen)
{
	struct ner_gazetteer *gaz = xcalloc(1, sizeof *gaz);
	const char *p = text, *end = text + len;
	size_t lineno = 0;

	hmap_init(&gaz->entries, 4096);
	hmap_init(&gaz->first, 4096);
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *eol = nl ? nl : end;
		const char *tab = memchr(p, '\t', (size_t)(eol - p));
		struct ner_tok words[NER_GAZ_MAX_WORDS];
		int type;
		bool found;

		lineno++;
		if (eol > p && *p != '#') {
			if (tab == NULL || (type = gaz_type_of(p, (size_t)(tab - p))) < 0) {
				snprintf(err, errlen, "gazetteer line %zu: "
				    "expected TYPE<TAB>name", lineno);
				ner_gazetteer_free(gaz);
				return NULL;
			}
			size_t n = name_words(tab + 1, (size_t)(eol - tab - 1), words);
			if (n > 0) {
				*hmap_slot(&gaz->entries, words_hash(words, n),
				    &found) |= 1u << type;
				hmap_slot(&gaz->first, words_hash(words, 1), &found);
			}
		}
		p = nl ? nl + 1 : end;
	}
	return gaz;
}

void
ner_gazetteer_free(struct ner_gazetteer *gaz)
{
	if (gaz == NULL)
		return;
	hmap_free(&gaz->entries);
	hmap_free(&gaz->first);
	free(gaz);
}

unsigned
ner_gaz_lookup(const struct ner_gazetteer *gaz, const struct ner_tok *toks,
    size_t n)
{
	uint32_t bits;

	if (gaz == NULL || n == 0 || n > NER_GAZ_MAX_WORDS)
		return 0;
	/* Most names asked about start with a word no entry starts with. */
	uint64_t h = words_hash_more(HASH_FNV_OFFSET, &toks[0], true);
	if (!hmap_get(&gaz->first, hmap_key(h), &bits))
		return 0;
	for (size_t i = 1; i < n; i++)
		h = words_hash_more(h, &toks[i], false);
	return hmap_get(&gaz->entries, hmap_key(h), &bits) ? bits : 0;
}

void
ner_gaz_mark(const struct ner_gazetteer *gaz, const struct ner_tok *toks,
    size_t n, uint16_t *marks, uint16_t *starts)
{
	memset(marks, 0, n * sizeof *marks);
	memset(starts, 0, n * sizeof *starts);
	if (gaz == NULL)
		return;
	for (size_t i = 0; i < n; i++) {
		uint64_t h = words_hash_more(HASH_FNV_OFFSET, &toks[i], true);
		uint32_t bits, longest = 0, found_bits = 0;

		if (!hmap_get(&gaz->first, hmap_key(h), &bits))
			continue;
		/* One hash, extended word by word: the longest entry wins. */
		for (size_t k = 1; k <= NER_GAZ_MAX_WORDS && i + k <= n; k++) {
			if (k > 1)
				h = words_hash_more(h, &toks[i + k - 1], false);
			if (hmap_get(&gaz->entries, hmap_key(h), &bits)) {
				longest = (uint32_t)k;
				found_bits = bits;
			}
		}
		if (longest == 0)
			continue;
		starts[i] = (uint16_t)found_bits;
		for (size_t j = i; j < i + longest; j++)
			marks[j] = (uint16_t)found_bits;
		i += longest - 1;
	}
}

static const char *parse_int(const char *p, const char *end, long *out);

/* --- word classes --- */

static uint64_t
lower_hash(const char *s, size_t len)
{
	return hmap_key(hash_fnv1a(s, len, HASH_FNV_OFFSET));
}

static struct ner_classes *
classes_new(void)
{
	struct ner_classes *cl = xcalloc(1, sizeof *cl);

	hmap_init(&cl->words, 1 << 14);
	return cl;
}

static void
classes_add(struct ner_classes *cl, uint64_t key, uint32_t vals)
{
	bool found;
	uint32_t *slot = hmap_slot(&cl->words, key, &found);

	*slot = vals;
	if (!found) {
		cl->order = xgrow(cl->order, &cl->cap, cl->n + 1, sizeof *cl->order);
		cl->vals = xrealloc(cl->vals, cl->cap * sizeof *cl->vals);
		cl->order[cl->n] = key;
		cl->vals[cl->n++] = vals;
	}
}

/* Two classes packed in a value, each plus one so that 0 is none. */
static uint32_t
pack_classes(long a, long b)
{
	return (uint32_t)(a + 1) | (uint32_t)(b + 1) << 16;
}

struct ner_classes *
ner_classes_load(const char *text, size_t len, char *err, size_t errlen)
{
	struct ner_classes *cl = classes_new();
	const char *p = text, *end = text + len;
	size_t lineno = 0;

	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *eol = nl ? nl : end;
		const char *tab = memchr(p, '\t', (size_t)(eol - p));
		long a, b;

		lineno++;
		if (eol > p) {
			const char *q = tab ? parse_int(tab + 1, eol, &a) : NULL;
			if (q == NULL || q == tab + 1 || q == eol || *q != '\t' ||
			    parse_int(q + 1, eol, &b) != eol || a < 0 || b < 0 ||
			    a > 65534 || b > 65534) {
				snprintf(err, errlen, "clusters line %zu: expected "
				    "word<TAB>class<TAB>class", lineno);
				ner_classes_free(cl);
				return NULL;
			}
			classes_add(cl, lower_hash(p, (size_t)(tab - p)), pack_classes(a, b));
		}
		p = nl ? nl + 1 : end;
	}
	return cl;
}

void
ner_classes_free(struct ner_classes *cl)
{
	if (cl == NULL)
		return;
	hmap_free(&cl->words);
	free(cl->order);
	free(cl->vals);
	free(cl);
}

void
ner_classes_write(const struct ner_classes *cl, FILE *out)
{
	for (size_t i = 0; cl != NULL && i < cl->n; i++)
		fprintf(out, "w %016llx %u %u\n", (unsigned long long)cl->order[i],
		    (cl->vals[i] & 0xffff) - 1, (cl->vals[i] >> 16) - 1);
}

const struct ner_classes *
ner_model_classes(const struct ner_model *m)
{
	return m->classes;
}

void
ner_forms_classes(const struct ner_classes *cl, struct ner_forms *forms,
    size_t n)
{
	for (size_t i = 0; i < n; i++) {
		uint32_t v = 0;
		if (cl != NULL)
			hmap_get(&cl->words, lower_hash(forms[i].lower, forms[i].lower_len), &v);
		forms[i].cls[0] = (uint16_t)(v & 0xffff);
		forms[i].cls[1] = (uint16_t)(v >> 16);
	}
}

/* --- files --- */

char *
ner_read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *data = NULL;
	size_t cap = 0, got;

	if (f == NULL)
		diag_fatal("%s: %s", path, strerror(errno));
	*len = 0;
	do {
		data = xgrow(data, &cap, *len + 65536, 1);
		got = fread(data + *len, 1, cap - *len - 1, f);
		*len += got;
	} while (got > 0);
	if (ferror(f))
		diag_fatal("%s: %s", path, strerror(errno));
	fclose(f);
	data[*len] = '\0';
	return data;
}

/* --- model --- */

static bool
parse_tags(struct ner_model *m, const char *p, const char *eol)
{
	size_t len = (size_t)(eol - p);

	m->names_buf = xmalloc(len + 1);
	memcpy(m->names_buf, p, len);
	m->names_buf[len] = '\0';
	m->names = xcalloc(NER_MAX_TAGS, sizeof *m->names);
	for (char *save = NULL, *t = strtok_r(m->names_buf, " ", &save); t;
	    t = strtok_r(NULL, " ", &save)) {
		if (m->ntags == NER_MAX_TAGS)
			return false;
		m->names[m->ntags++] = t;
	}
	if (m->ntags == 0)
		return false;
	m->outside = m->ntags;
	for (size_t i = 0; i < m->ntags; i++)
		if (strcmp(m->names[i], "O") == 0)
			m->outside = i;
	m->trans = xcalloc((m->ntags + 1) * m->ntags, sizeof *m->trans);
	m->allowed = xcalloc((m->ntags + 1) * m->ntags, sizeof *m->allowed);
	ner_bio_allowed(m->names, m->ntags, m->allowed);
	return true;
}

/* "FROM TO WEIGHT".  Not sscanf: glibc's measures the whole rest of the
 * model with strlen at each call. */
static bool
parse_transition(struct ner_model *m, const char *p, const char *eol)
{
	long v[3];

	for (int k = 0; k < 3; k++) {
		while (p < eol && *p == ' ')
			p++;
		const char *q = parse_int(p, eol, &v[k]);
		if (q == p)
			return false;
		p = q;
	}
	long from = v[0], to = v[1], w = v[2];
	if (from < -1 ||
	    from >= (long)m->ntags || to < 0 || to >= (long)m->ntags)
		return false;
	size_t row = from < 0 ? m->ntags : (size_t)from;
	m->trans[row * m->ntags + (size_t)to] = (double)w;
	return true;
}

/* strtoull and strtol, without locale and errno: the model has 100,000
 * lines and must load in a few milliseconds. */
static const char *
parse_hex(const char *p, const char *end, uint64_t *out)
{
	const char *start = p;
	uint64_t v = 0;

	for (; p < end && p - start < 16; p++) {
		unsigned d;
		if (*p >= '0' && *p <= '9')
			d = (unsigned)(*p - '0');
		else if (*p >= 'a' && *p <= 'f')
			d = (unsigned)(*p - 'a' + 10);
		else
			break;
		v = v << 4 | d;
	}
	*out = v;
	return p;
}

static const char *
parse_int(const char *p, const char *end, long *out)
{
	const char *start;
	bool negative = p < end && *p == '-';
	long v = 0;

	p += negative;
	for (start = p; p < end && *p >= '0' && *p <= '9' && p - start < 12; p++)
		v = v * 10 + (*p - '0');
	*out = negative ? -v : v;
	return p == start ? start - negative : p;
}

/* Forbidden transitions of trans set to -infinity, in open. */
static void
close_forbidden(size_t ntags, const double *trans, const bool *allowed,
    double *open)
{
	for (size_t k = 0; k < (ntags + 1) * ntags; k++)
		open[k] = allowed[k] ? trans[k] : -INFINITY;
}

static size_t
known_bit(const struct ner_model *m, uint64_t key)
{
	return (size_t)((key * 0xc2b2ae3d27d4eb4fULL) >> m->known_shift);
}

static bool
maybe_known(const struct ner_model *m, uint64_t key)
{
	size_t bit = known_bit(m, key);

	return m->known[bit / 64] >> (bit % 64) & 1;
}

static void
known_init(struct ner_model *m, size_t features)
{
	unsigned bits = 12;

	/* 16 bits a feature: about one look-up in sixteen is wasted. */
	while (((size_t)1 << bits) < 16 * features)
		bits++;
	m->known = xcalloc(((size_t)1 << bits) / 64, sizeof *m->known);
	m->known_shift = 64 - bits;
}

static bool
parse_word_classes(struct ner_model *m, const char *p, const char *eol)
{
	uint64_t h;
	long a, b;
	const char *q = parse_hex(p, eol, &h);

	if (q == p || q == eol || *q != ' ')
		return false;
	p = q + 1;
	q = parse_int(p, eol, &a);
	if (q == p || q == eol || *q != ' ' || parse_int(q + 1, eol, &b) != eol ||
	    a < 0 || b < 0 || a > 65534 || b > 65534)
		return false;
	if (m->classes == NULL)
		m->classes = classes_new();
	classes_add(m->classes, hmap_key(h), pack_classes(a, b));
	return true;
}

uint64_t
ner_lower_key(const char *s, size_t len)
{
	uint64_t h = HASH_FNV_OFFSET;

	/* ASCII case only: what a headline's capitals hide is ASCII in
	 * English copy, and the key must not depend on the locale. */
	for (size_t i = 0; i < len; i++) {
		char c = s[i] >= 'A' && s[i] <= 'Z' ? (char)(s[i] - 'A' + 'a') : s[i];
		h = hash_fnv1a(&c, 1, h);
	}
	return hmap_key(h);
}

static bool
parse_lower_word(struct ner_model *m, const char *p, const char *eol)
{
	uint64_t h;
	bool found;

	if (parse_hex(p, eol, &h) != eol)
		return false;
	if (!m->has_lower) {
		hmap_init(&m->lower, 1 << 14);
		m->has_lower = true;
	}
	*hmap_slot(&m->lower, hmap_key(h), &found) = 1;
	return true;
}

bool
ner_model_lower_word(const struct ner_model *m, const char *s, size_t len)
{
	uint32_t v;

	return m->has_lower && hmap_get(&m->lower, ner_lower_key(s, len), &v);
}

bool
ner_model_known_word(const struct ner_model *m, const char *s, size_t len)
{
	const struct ner_classes *cl = ner_model_classes(m);
	uint32_t v;

	/* the classes are keyed by the lower case's hash, as ner_lower_key
	 * makes it of an ASCII word */
	return cl != NULL && hmap_get(&cl->words, ner_lower_key(s, len), &v);
}

static bool
parse_feature(struct ner_model *m, const char *p, const char *eol)
{
	const char *q;
	uint64_t h;
	bool found;

	q = parse_hex(p, eol, &h);
	if (q == p)
		return false;
	uint32_t *slot = hmap_slot(&m->features, hmap_key(h), &found);
	size_t bit = known_bit(m, hmap_key(h));
	m->known[bit / 64] |= (uint64_t)1 << (bit % 64);
	if (!found) {
		if (m->nrows == m->cap_rows) {
			m->cap_rows = m->cap_rows ? m->cap_rows * 2 : m->features.mask / 2 + 1;
			m->weights = xrealloc(m->weights,
			    m->cap_rows * m->ntags * sizeof *m->weights);
		}
		*slot = (uint32_t)m->nrows;
		memset(m->weights + m->nrows * m->ntags, 0,
		    m->ntags * sizeof *m->weights);
		m->nrows++;
	}
	int32_t *row = m->weights + (size_t)*slot * m->ntags;
	for (p = q; p < eol;) {
		long tag, w;
		while (p < eol && *p == ' ')
			p++;
		q = parse_int(p, eol, &tag);
		if (q == p || q == eol || *q != ':' || tag < 0 || tag >= (long)m->ntags)
			return false;
		p = q + 1;
		q = parse_int(p, eol, &w);
		if (q == p)
			return false;
		row[tag] = (int32_t)w;
		p = q;
	}
	return true;
}

struct ner_model *
ner_model_load(const char *text, size_t len, char *err, size_t errlen)
{
	struct ner_model *m = xcalloc(1, sizeof *m);
	const char *p = text, *end = text + len;
	size_t lineno = 0, lines = 0;

	/* Sized once: growing the table would rehash it several times. */
	for (const char *q = text; (q = memchr(q, '\n', (size_t)(end - q))); q++)
		lines++;
	hmap_init(&m->features, lines + 1);
	known_init(m, lines + 1);
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *eol = nl ? nl : end;
		bool ok = true;

		lineno++;
		if (lineno == 1)
			ok = eol - p == 10 && memcmp(p, "wire-ner 1", 10) == 0;
		else if (eol - p > 5 && memcmp(p, "tags ", 5) == 0 && m->ntags == 0)
			ok = parse_tags(m, p + 5, eol);
		else if (eol - p == 3 && memcmp(p, "pos", 3) == 0)
			m->has_pos = true;
		else if (eol - p > 2 && memcmp(p, "t ", 2) == 0 && m->ntags)
			ok = parse_transition(m, p + 2, eol);
		else if (eol - p > 2 && memcmp(p, "f ", 2) == 0 && m->ntags)
			ok = parse_feature(m, p + 2, eol);
		else if (eol - p > 2 && memcmp(p, "w ", 2) == 0)
			ok = parse_word_classes(m, p + 2, eol);
		else if (eol - p > 2 && memcmp(p, "l ", 2) == 0)
			ok = parse_lower_word(m, p + 2, eol);
		else if (eol > p)
			ok = false;
		if (!ok) {
			snprintf(err, errlen, "model line %zu: not understood", lineno);
			ner_model_free(m);
			return NULL;
		}
		p = nl ? nl + 1 : end;
	}
	if (m->ntags == 0) {
		snprintf(err, errlen, "model: no tags");
		ner_model_free(m);
		return NULL;
	}
	close_forbidden(m->ntags, m->trans, m->allowed, m->trans);
	return m;
}

void
ner_model_free(struct ner_model *m)
{
	if (m == NULL)
		return;
	hmap_free(&m->features);
	if (m->has_lower)
		hmap_free(&m->lower);
	ner_classes_free(m->classes);
	free(m->known);
	free(m->weights);
	free(m->trans);
	free(m->allowed);
	free(m->names);
	free(m->names_buf);
	free(m);
}

bool
ner_model_has_pos(const struct ner_model *m)
{
	return m->has_pos;
}

size_t
ner_model_tags(const struct ner_model *m, const char *const **names)
{
	*names = m->names;
	return m->ntags;
}

void
ner_bio_allowed(const char *const *names, size_t ntags, bool *allowed)
{
	for (size_t from = 0; from <= ntags; from++) {
		for (size_t to = 0; to < ntags; to++) {
			const char *t = names[to];
			bool ok = t[0] != 'I';
			if (!ok && from < ntags) {
				const char *f = names[from];
				ok = f[0] != 'O' && strcmp(f + 1, t + 1) == 0;
			}
			allowed[from * ntags + to] = ok;
		}
	}
}

/* Viterbi over transitions where BIO's forbidden ones cost -infinity,
 * so that the inner loop needs no test. */
static void
viterbi_open(size_t n, size_t ntags, const double *emit, const double *open,
    int *out)
{
	double *score = xmalloc((n * ntags + 1) * sizeof *score);
	int *back = xmalloc((n * ntags + 1) * sizeof *back);

	for (size_t t = 0; t < ntags && n > 0; t++) {
		score[t] = open[ntags * ntags + t] + emit[t];
		back[t] = 0;
	}
	for (size_t i = 1; i < n; i++) {
		const double *prev = score + (i - 1) * ntags;
		for (size_t t = 0; t < ntags; t++) {
			double best = -INFINITY;
			int arg = 0;
			for (size_t p = 0; p < ntags; p++) {
				double s = prev[p] + open[p * ntags + t];
				if (s > best) {
					best = s;
					arg = (int)p;
				}
			}
			score[i * ntags + t] = best + emit[i * ntags + t];
			back[i * ntags + t] = arg;
		}
	}
	if (n > 0) {
		size_t last = 0;
		for (size_t t = 1; t < ntags; t++)
			if (score[(n - 1) * ntags + t] > score[(n - 1) * ntags + last])
				last = t;
		out[n - 1] = (int)last;
		for (size_t i = n - 1; i > 0; i--)
			out[i - 1] = back[i * ntags + (size_t)out[i]];
	}
	free(score);
	free(back);
}

void
ner_viterbi(size_t n, size_t ntags, const double *emit, const double *trans,
    const bool *allowed, int *out)
{
	double *open = xmalloc((ntags + 1) * ntags * sizeof *open);

	close_forbidden(ntags, trans, allowed, open);
	viterbi_open(n, ntags, emit, open, out);
	free(open);
}

/* Adds the weights of features[0..nf) to acc. */
static void
sum_features(const struct ner_model *m, const uint64_t *feats, size_t nf,
    int32_t *acc)
{
	for (size_t k = 0; k < nf; k++) {
		uint32_t row;
		if (!maybe_known(m, feats[k]) || !hmap_get(&m->features, feats[k], &row))
			continue;
		const int32_t *w = m->weights + (size_t)row * m->ntags;
		for (size_t t = 0; t < m->ntags; t++)
			acc[t] += w[t];
	}
}

/* Fills vecs (VECS x ntags) for a word: local, then each role. */
static void
compute_vectors(const struct ner_model *m, const struct ner_tok *tok,
    const struct ner_forms *forms, int32_t *vecs)
{
	uint64_t feats[NER_MAX_FEATURES];

	memset(vecs, 0, VECS * m->ntags * sizeof *vecs);
	if (tok != NULL) {
		struct feature_sink f = { feats, 0 };
		local_features(&f, tok, forms);
		sum_features(m, feats, f.n, vecs);
	}
	for (int r = 0; r < NROLES; r++) {
		struct feature_sink f = { feats, 0 };
		role_features(&f, (enum role)r, forms);
		sum_features(m, feats, f.n, vecs + (size_t)(1 + r) * m->ntags);
	}
}

/* The word's vectors, from the cache or computed into it; *evicted set
 * when they took a slot another word of this window used. */
static const int32_t *
word_vectors(struct ner_tagger *nt, const struct ner_tok *tok,
    const struct ner_forms *forms, bool *evicted)
{
	const struct ner_model *m = nt->m;
	uint64_t key = hmap_key(hash_fnv1a(tok->s, tok->len, HASH_FNV_OFFSET));
	size_t slot = (size_t)(key >> 7) & (WORD_CACHE - 1);
	int32_t *vecs = nt->cache_vecs + slot * VECS * m->ntags;

	if (nt->cache_keys[slot] != key) {
		*evicted |= nt->slot_window[slot] == nt->window;
		/* The classes only now: only the cached features use them. */
		struct ner_forms with_classes = *forms;
		ner_forms_classes(m->classes, &with_classes, 1);
		compute_vectors(m, tok, &with_classes, vecs);
		nt->cache_keys[slot] = key;
	}
	nt->slot_window[slot] = nt->window;
	return vecs;
}

struct ner_tagger *
ner_tagger_new(const struct ner_model *m)
{
	struct ner_tagger *nt = xcalloc(1, sizeof *nt);

	nt->m = m;
	nt->cache_keys = xcalloc(WORD_CACHE, sizeof *nt->cache_keys);
	nt->cache_vecs = xcalloc((size_t)WORD_CACHE * VECS * m->ntags,
	    sizeof *nt->cache_vecs);
	nt->edge_vecs = xcalloc(VECS * m->ntags, sizeof *nt->edge_vecs);
	nt->slot_window = xcalloc(WORD_CACHE, sizeof *nt->slot_window);
	compute_vectors(m, NULL, &edge_forms, nt->edge_vecs);
	return nt;
}

static void
scratch_free(struct ner_scratch *sc)
{
	free(sc->emit);
	free(sc->marks);
	free(sc->forms);
	free(sc->vecs);
	free(sc->vp);
	free(sc->feats);
	free(sc->nfeats);
}

void
ner_tagger_free(struct ner_tagger *nt)
{
	if (nt == NULL)
		return;
	free(nt->cache_keys);
	free(nt->cache_vecs);
	free(nt->edge_vecs);
	free(nt->slot_window);
	scratch_free(&nt->scratch);
	free(nt);
}

/*
 * A name written with its Arabic article joined by a hyphen ("al-Qaeda",
 * "el-Sisi", "ash-Sham"; "Al-Jazeera" opening a sentence): the capital
 * after the article says it is a name, however the rest is spelt, but
 * the lower-case start hides that from the shape and the spelling may be
 * one the training text never wrote ("al-Qaida" 400 times, "al-Qaeda"
 * twice).  In the training text nine such words in ten are part of a
 * name, and most of the rest are the silver annotation's misses, so the
 * tagger may not leave one outside a name.  A word that goes on in
 * lower case after a second hyphen ("al-Qaida-linked") is an adjective.
 */
bool
ner_article_name(const struct ner_tok *t)
{
	static const char *const articles[] = {
		"al-", "el-", "Al-", "El-", "ad-", "an-", "ar-", "as-", "ash-",
		"at-", "az-", "ud-", "ul-",
	};
	const char *s = t->s;
	size_t len = t->len, k = 0;

	/* Every word is asked: most have no hyphen after two or three
	 * letters. */
	if (len < 5 || len > NER_FORM_MAX || (s[2] != '-' && s[3] != '-'))
		return false;
	for (size_t i = 0; i < sizeof articles / sizeof *articles && k == 0; i++) {
		size_t alen = strlen(articles[i]);
		if (memcmp(s, articles[i], alen) == 0)
			k = alen;
	}
	if (k == 0 || k + 1 >= len || s[k] < 'A' || s[k] > 'Z')
		return false;
	for (size_t i = k + 1; i + 1 < len; i++)
		if (s[i] == '-' && s[i + 1] >= 'a' && s[i + 1] <= 'z')
			return false;
	return true;
}

/* ner_tag over at most NER_MAX_WORDS words. */
static void
tag_window(struct ner_tagger *nt, const struct ner_gazetteer *gaz,
    const struct ner_tok *toks, const struct ner_tok *pos, size_t n, int *tags)
{
	static const int offset[NROLES] = { -1, 1, -2, 2 };
	const struct ner_model *m = nt->m;
	size_t T = m->ntags;
	struct ner_scratch *sc = &nt->scratch;

	if (n > sc->cap) {
		scratch_free(sc);
		sc->cap = n;
		sc->emit = xcalloc(n * T, sizeof *sc->emit);
		sc->marks = xcalloc(n, 2 * sizeof *sc->marks);
		sc->forms = xcalloc(n, sizeof *sc->forms);
		sc->vecs = xcalloc(n * VECS * T, sizeof *sc->vecs);
		sc->vp = xcalloc(n, sizeof *sc->vp);
		sc->feats = xcalloc(n * NER_MAX_FEATURES, sizeof *sc->feats);
		sc->nfeats = xcalloc(n, sizeof *sc->nfeats);
	}
	ner_gaz_mark(gaz, toks, n, sc->marks, sc->marks + n);
	ner_word_forms(toks, n, sc->forms);
	ner_forms_pos(sc->forms, pos, n);
	/* In place; copies when a later word of the window took a word's
	 * cache slot (a few windows in a hundred). */
	bool evicted = false;
	if (++nt->window == 0) {
		memset(nt->slot_window, 0, WORD_CACHE * sizeof *nt->slot_window);
		nt->window = 1;
	}
	for (size_t i = 0; i < n; i++)
		sc->vp[i] = word_vectors(nt, &toks[i], &sc->forms[i], &evicted);
	for (size_t i = 0; evicted && i < n; i++) {
		bool again = false;
		memcpy(sc->vecs + i * VECS * T, word_vectors(nt, &toks[i], &sc->forms[i],
		    &again), VECS * T * sizeof *sc->vecs);
		sc->vp[i] = sc->vecs + i * VECS * T;
	}
	/* The features that join words, all hashed first and their cells
	 * asked for, so that the look-ups below wait less on memory. */
	for (size_t i = 0; i < n; i++) {
		struct feature_sink f = { sc->feats + i * NER_MAX_FEATURES, 0 };
		pair_features(&f, toks, sc->forms, n, i, sc->marks, sc->marks + n);
		sc->nfeats[i] = f.n;
		for (size_t k = 0; k < f.n; k++)
			if (maybe_known(m, f.out[k]))
				hmap_prefetch(&m->features, f.out[k]);
	}
	for (size_t i = 0; i < n; i++) {
		int32_t acc[NER_MAX_TAGS];
		memcpy(acc, sc->vp[i], T * sizeof *acc);
		for (int r = 0; r < NROLES; r++) {
			long j = (long)i + offset[r];
			const int32_t *v = j < 0 || j >= (long)n ? nt->edge_vecs :
			    sc->vp[j];
			for (size_t t = 0; t < T; t++)
				acc[t] += v[(size_t)(1 + r) * T + t];
		}
		sum_features(m, sc->feats + i * NER_MAX_FEATURES, sc->nfeats[i], acc);
		for (size_t t = 0; t < T; t++)
			sc->emit[i * T + t] = acc[t];
		if (m->outside < T && ner_article_name(&toks[i]))
			sc->emit[i * T + m->outside] = -INFINITY;
	}
	viterbi_open(n, T, sc->emit, m->trans, tags);
}

void
ner_tag(struct ner_tagger *nt, const struct ner_gazetteer *gaz,
    const struct ner_tok *toks, const struct ner_tok *pos, size_t n, int *tags)
{
	for (size_t i = 0; i < n; i += NER_MAX_WORDS)
		tag_window(nt, gaz, toks + i, pos != NULL ? pos + i : NULL,
		    n - i < NER_MAX_WORDS ? n - i : NER_MAX_WORDS, tags + i);
}
