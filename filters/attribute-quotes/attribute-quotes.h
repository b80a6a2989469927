/*
 * attribute-quotes: who said what, one record at a time.
 *
 * The unit wire-attribute-quotes is made of; its main.c holds the options
 * and the wiring, and the fuzz target links the same unit.
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
 * (records sharing "doc", in order; the max_docs latest stories kept).
 *
 * The dependency parse (syntax.c) adds the reported speech whose
 * subject or clause the word patterns cannot reach.
 *
 * Upstream fields are read through the record layer (record.h): the
 * record's "sentences" (split here when missing), its "entities" (none
 * when missing), its "tokens" (parsed here when missing: parsed.h),
 * "doc" and "last"; a malformed one is warned about once per stream.
 * Time and memory grow linearly with the record.
 */
#ifndef WIRE_ATTRIBUTE_QUOTES_H
#define WIRE_ATTRIBUTE_QUOTES_H

#include <stdbool.h>
#include <stddef.h>

#include <jansson.h>

#include "stream.h"

struct attribute_quotes_config {
	size_t max_docs;	/* stories remembered for their speakers */
	bool no_parse;		/* never parse here: the record's tokens or
				 * the word rules alone */
};

struct attribute_quotes;

/* A unit that reads records from out's input (its text field) and
 * writes them to out. */
struct attribute_quotes *attribute_quotes_new(
    const struct attribute_quotes_config *cfg, struct stream *out);

/* Adds "quotes" to rec and writes it: [{text, start, end, kind,
 * speaker, speaker_start, speaker_end, canonical, cue, source, part}],
 * offsets in code points of the text (wire-attribute-quotes(1)). */
void attribute_quotes_record(struct attribute_quotes *a, json_t *rec);

/* The end of the stream: writes what is held (nothing, here). */
void attribute_quotes_end(struct attribute_quotes *a);

void attribute_quotes_free(struct attribute_quotes *a);

#endif
