/*
 * parsed: a record's dependency parse, read from it or made here.
 *
 * A stage that needs each sentence's words with their tags, lemmas and
 * tree calls parsed_record: the record's "tokens" when an upstream stage
 * (wire-parse, or another parser through an adapter) wrote them and they
 * are well formed (record.h reads and checks them), else the record's
 * sentences cut into syntactic words (lang/words.h) and parsed here with
 * lang/parse, the library wire-parse uses.  So a stage run alone on bare
 * {"text": ...} records does the same work as one after wire-parse, and
 * in the pipeline each sentence is parsed once.  parsed_text always
 * parses: it is wire-parse's own work.  A wire dateline opening the text
 * ("TARSK, Nov 25 (Wirecast) - ", dateline.h) is left out of the first
 * sentence's words: it is no part of its syntax.
 *
 * A sentence longer than PARSED_PIECE_WORDS words is parsed in pieces,
 * each a sentence of the tokens.
 *
 * Either way the words come out as a struct record_tokens (record.h):
 * byte and code-point spans into the text, UPOS, XPOS, lemma, head and
 * relation.  Its strings are borrowed from the record, or held by the
 * struct parsed and the model; they stay valid until the next call.
 * Time and memory are linear in the text; one struct parsed a thread.
 */
#ifndef WIRE_PARSED_H
#define WIRE_PARSED_H

#include <stdbool.h>
#include <stddef.h>

#include <jansson.h>

#include "buf.h"
#include "parse/model.h"
#include "parse/sentence.h"
#include "record.h"
#include "sentences.h"
#include "text.h"
#include "words.h"

/* The most words parsed as one sentence: a longer "sentence" (a scraped
 * page without full stops) is parsed in pieces, each a sentence of the
 * tokens, so that the parser's memory stays within a few hundred words'
 * worth. */
enum { PARSED_PIECE_WORDS = 1000 };

struct parsed {
	const struct parse_model *model;
	struct record_tokens tokens;	/* the words: the result */
	bool made;			/* parsed here, not read from the record */
	/* The text in hand (parsed_start). */
	const char *text;
	size_t dateline;		/* bytes of its dateline, 0: none */
	struct text_cursor cursor;	/* code points, sentence by sentence */
	/* Scratch for parsing here. */
	struct parse_sentence sentence;
	struct words words;
	struct buf lemmas;
	size_t *lemma_at;		/* each word's lemma in lemmas */
	size_t cap_lemma_at;
};

void parsed_init(struct parsed *p, const struct parse_model *model);
void parsed_free(struct parsed *p);

/* The words of text[0..len), a record's text, sentence by sentence of
 * sents (byte spans, in order), parsed here. */
const struct record_tokens *parsed_text(struct parsed *p, const char *text,
    size_t len, const struct sent_list *sents);

/* The same, a sentence at a time, so that only one sentence's words are
 * held: parsed_start with the record's text, then parsed_sentence for
 * each sentence's byte span, in order; each result is valid until the
 * next call. */
void parsed_start(struct parsed *p, const char *text, size_t len);
const struct record_tokens *parsed_sentence(struct parsed *p, size_t start,
    size_t end);

/* rec's "tokens" when it has good ones (a malformed field is warned of
 * through r, once a stream), else parsed_text. */
const struct record_tokens *parsed_record(struct parsed *p,
    struct record_reader *r, json_t *rec, const char *text, size_t len,
    const struct sent_list *sents);

#endif
