/*
 * sentence: the words parse_sentence reads and fills.
 *
 * A caller adds the words of one sentence (parse_sentence_add: the form's
 * bytes, which the caller keeps alive until it has read the results) and
 * calls parse_sentence (parse.h), which fills each word's tag, lemma,
 * head and relation.  The structure also holds the scratch memory the
 * tagger, lemmatizer and parser need, so one parse_sentence per thread,
 * cleared and reused sentence after sentence, allocates nothing once it
 * has seen its longest sentence.  Its memory is linear in the longest
 * sentence: a few dozen bytes a word plus the lemmas' text.
 */
#ifndef WIRE_PARSE_SENTENCE_H
#define WIRE_PARSE_SENTENCE_H

#include <stddef.h>
#include <stdint.h>

struct parse_word {
	/* Set by the caller (parse_sentence_add). */
	const char *form;	/* UTF-8, not NUL-terminated, the caller's */
	size_t len;
	size_t start, end;	/* the caller's offsets, carried untouched */

	/* Filled by parse_sentence. */
	int tag;		/* the model's joint tag: index into its tag names */
	const char *upos;	/* "NOUN", the model's string */
	const char *xpos;	/* "NNS" (Penn Treebank), the model's string */
	const char *lemma;	/* "force": valid until the next clear or add */
	size_t lemma_len;
	size_t head;		/* 1-based index of the head word, 0 for the root */
	int rel;		/* index into the model's relation names */
	const char *deprel;	/* "nsubj:pass", the model's string */
};

struct parse_scratch;

struct parse_sentence {
	struct parse_word *words;
	size_t n, cap;
	struct parse_scratch *scratch;	/* private to lang/parse */
};

/* An empty sentence; parse_sentence_free releases it. */
void parse_sentence_init(struct parse_sentence *s);
void parse_sentence_free(struct parse_sentence *s);

/* Forgets the words, keeps the memory. */
void parse_sentence_clear(struct parse_sentence *s);

/* Appends a word; start and end are the caller's (offsets into its text,
 * say) and are not read. */
void parse_sentence_add(struct parse_sentence *s, const char *form,
    size_t len, size_t start, size_t end);

#endif
