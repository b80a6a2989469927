/*
 * ner: the named-entity sequence tagger.
 *
 * A first-order structured perceptron (Collins 2002) over BIO tags,
 * decoded exactly by Viterbi.  Each token gets a few dozen features:
 * its word, lower-cased form, shape, prefixes and suffixes, the words
 * and shapes around it, the gazetteer entries it is part of and, when
 * an upstream parse gave them, the part-of-speech tags around it.
 * Features are 64-bit hashes of (template, text), so the model stores
 * no strings: the trainer (lang/ner/train-ner.c) and the filter compute
 * them with the same function, ner_features.
 *
 * The model is text, so that it can be read in a review and diffed:
 *
 *	wire-ner 1
 *	tags O B-PER I-PER ...
 *	pos                       trained with part-of-speech tags (optional)
 *	t FROM TO WEIGHT          transition (FROM = -1: sentence start)
 *	f HASH TAG:WEIGHT ...     a feature, hex hash, integer weights
 *	w HASH CLASS CLASS        a word's classes (lang/ner/clusters.c), by
 *	                          the hash of its lower-case form
 *	l HASH                    a word the training text mostly writes in
 *	                          lower case (ner_lower_key of it)
 *
 * The gazetteer is text too, one entry a line: "TYPE<TAB>name", where
 * TYPE is one of the ner_gaz_type names below; a name of several words
 * is matched token by token.
 */
#ifndef WIRE_NER_H
#define WIRE_NER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

enum { NER_MAX_TAGS = 24, NER_MAX_FEATURES = 64, NER_GAZ_MAX_WORDS = 6 };

/* The longest run of words ner_tag tags as one (see there). */
enum { NER_MAX_WORDS = 1000 };

/* What a gazetteer entry is; one bit each in a token's marks. */
enum ner_gaz_type {
	GAZ_COUNTRY,
	GAZ_CITY,
	GAZ_REGION,	/* continents, seas, regions: LOC */
	GAZ_TITLE,	/* "President", "spokesman" */
	GAZ_ORG_WORD,	/* "Ministry", "Party", "Inc." */
	GAZ_LOC_WORD,	/* "Sea", "River", "Mountains" */
	GAZ_MEDIA,	/* news agencies and outlets: ORG */
	GAZ_PERSON,	/* people WordNet names: features only */
	GAZ_ORG,	/* organisations WordNet names: features only */
	GAZ_NTYPES
};

/* A token's text, as the features see it. */
struct ner_tok {
	const char *s;
	size_t len;
};

/* A word's forms as the features use them (ner_word_forms); longer
 * words are cut. */
enum { NER_FORM_MAX = 48 };

struct ner_forms {
	char lower[NER_FORM_MAX];
	size_t lower_len;
	char shape[NER_FORM_MAX / 4];
	size_t shape_len;
	bool cap, all_caps, digit, hyphen;
	/* The word's classes, coarse and fine (NER_NCLASSES of them), 0
	 * for a word that has none; ner_forms_classes sets them. */
	uint16_t cls[2];
	/* Its part-of-speech tag (ner_forms_pos), pos_len 0 for none. */
	const char *pos;
	size_t pos_len;
};

enum { NER_NCLASSES = 2 };

/* Word classes: lower-case form -> its classes. */
struct ner_classes;

struct ner_gazetteer;
struct ner_model;
struct ner_tagger;

/* The whole of a model or gazetteer file, NUL-terminated, for the
 * loaders below; a file that cannot be read ends the program. */
char *ner_read_file(const char *path, size_t *len);

/* Both parse text in memory (the caller keeps it); NULL and a message in
 * err on a malformed line. */
struct ner_gazetteer *ner_gazetteer_load(const char *text, size_t len,
    char *err, size_t errlen);
struct ner_model *ner_model_load(const char *text, size_t len,
    char *err, size_t errlen);
void ner_gazetteer_free(struct ner_gazetteer *gaz);
void ner_model_free(struct ner_model *m);

/* Word classes from a clusters file ("word<TAB>class<TAB>class", as
 * lang/ner/clusters.c writes them), for the trainer; a model carries
 * its own (ner_model_classes).  NULL and a message on a bad line. */
struct ner_classes *ner_classes_load(const char *text, size_t len,
    char *err, size_t errlen);
void ner_classes_free(struct ner_classes *cl);
const struct ner_classes *ner_model_classes(const struct ner_model *m);

/* The key of a word's "l" line: the hash of its ASCII lower case. */
uint64_t ner_lower_key(const char *s, size_t len);

/* Whether the model's training text mostly wrote s in lower case
 * ("resigns", "bridge"; not "Tarsk"): how a headline in capitals is
 * read as it would be written in a sentence. */
bool ner_model_lower_word(const struct ner_model *m, const char *s, size_t len);

/* Whether the model's word classes have s, in any case: a word of the
 * open text they were learnt from ("Kurdish"; not an invented
 * "Dravian"). */
bool ner_model_known_word(const struct ner_model *m, const char *s, size_t len);

/* Writes the classes as the model's "w" lines. */
void ner_classes_write(const struct ner_classes *cl, FILE *out);

/* Sets the classes of each word's forms (none when cl is NULL). */
void ner_forms_classes(const struct ner_classes *cl, struct ner_forms *forms,
    size_t n);

/*
 * Sets each word's part-of-speech tag from pos[0..n) (the treebank tag
 * lang/parse gives, an empty one for a word that has none), or none for
 * any word when pos is NULL.  The tags are features of the word and its
 * neighbours; a model trained on sentences with and without them
 * (train-ner.c) tags either kind.
 */
void ner_forms_pos(struct ner_forms *forms, const struct ner_tok *pos, size_t n);

/*
 * The tag of each of n words (toks, pointers into text) from the words
 * of a parse (parse, byte spans into the same text, in order): the tag
 * of the first parse word that overlaps the word, the treebank tag or,
 * when that is "_", the universal one; an empty tag for a word no parse
 * word overlaps.  *cursor is the parse word to start from, moved on, so
 * that the sentences of a record are aligned in one pass.
 */
struct record_word;
void ner_align_pos(const char *text, const struct ner_tok *toks, size_t n,
    const struct record_word *parse, size_t nparse, size_t *cursor,
    struct ner_tok *pos);

/* The type bits (1 << ner_gaz_type) of the entry that the name
 * toks[0..n) is exactly, or 0. */
unsigned ner_gaz_lookup(const struct ner_gazetteer *gaz,
    const struct ner_tok *toks, size_t n);

/* Marks each token of a sentence with the gazetteer entries covering it:
 * marks[i] holds type bits, starts[i] the bits of entries starting there.
 * Longest entries first, no overlaps. */
void ner_gaz_mark(const struct ner_gazetteer *gaz, const struct ner_tok *toks,
    size_t n, uint16_t *marks, uint16_t *starts);

/* Whether a word is a name written with its Arabic article joined by a
 * hyphen ("al-Qaeda", "el-Sisi", "Al-Jazeera"; not "al-Qaida-linked"):
 * ner_tag never leaves one outside a name. */
bool ner_article_name(const struct ner_tok *t);

/* The forms of each token of a sentence, once, for ner_features. */
void ner_word_forms(const struct ner_tok *toks, size_t n, struct ner_forms *out);

/* The features of token i; returns how many were written to out. */
size_t ner_features(const struct ner_tok *toks, const struct ner_forms *forms,
    size_t n, size_t i, const uint16_t *marks, const uint16_t *starts,
    uint64_t *out);

/* Whether the model was trained with part-of-speech tags (its "pos"
 * line): a caller without them, or with a model without, need not look
 * for them. */
bool ner_model_has_pos(const struct ner_model *m);

/* The tag names of the model, and their number. */
size_t ner_model_tags(const struct ner_model *m, const char *const **names);

/* A tagger over a loaded model: its cache of per-word sums and its
 * scratch arrays.  One per thread; any number share one model. */
struct ner_tagger *ner_tagger_new(const struct ner_model *m);
void ner_tagger_free(struct ner_tagger *nt);

/*
 * The best tag sequence for a sentence: tags[i] indexes the tag names;
 * pos, when not NULL, the words' part-of-speech tags (ner_forms_pos).
 * A sentence of more than NER_MAX_WORDS words (no news sentence, but a
 * page of text without full stops) is tagged in windows of that many,
 * each as a sentence of its own, so that the tagger's scratch stays
 * bounded; a caller that knows better where to cut windows cuts them
 * itself first.
 */
void ner_tag(struct ner_tagger *nt, const struct ner_gazetteer *gaz,
    const struct ner_tok *toks, const struct ner_tok *pos, size_t n, int *tags);

/*
 * Viterbi over a first-order model, shared with the trainer.  emit is
 * n x ntags, trans (ntags + 1) x ntags with the start row last; allowed
 * says which transitions BIO permits (same layout).  Writes the best
 * sequence to out.
 */
void ner_viterbi(size_t n, size_t ntags, const double *emit,
    const double *trans, const bool *allowed, int *out);

/* BIO's allowed transitions for a tag set (same layout as trans). */
void ner_bio_allowed(const char *const *names, size_t ntags, bool *allowed);

#endif
