/*
 * tag-entities: wire-tag-entities as a unit, records in and out.
 *
 * Each record gets "entities", the named entities of its text with
 * types, code-point offsets and canonical names (wire-tag-entities(1)),
 * in the place of an earlier "entities", else last; its other fields
 * are written as they came, in their order.  Records are tagged on
 * cfg->threads threads and written to the stream in the order they came
 * in, the same on any number of threads.  A record of a story waits for
 * the story's next records (at most seven), whose names settle its own
 * (a surname before the full name); the records in hand are written
 * before the stream blocks on a read, before another story's record,
 * with the story's last record, and at tag_entities_end.
 *
 * Sentences are read through the record layer (record.h): wire-split's
 * "sentences", a sentence record's whole text, or split here.  The
 * story a record belongs to ("doc", "last") is remembered for the last
 * cfg->max_docs stories.
 *
 * A model or gazetteer that cannot be read ends the program (diag.h).
 */
#ifndef WIRE_TAG_ENTITIES_H
#define WIRE_TAG_ENTITIES_H

#include <stddef.h>

#include <jansson.h>

#include "stream.h"

struct tag_entities_config {
	unsigned types;		/* tag_entities_type_bit of each kept */
	size_t max_docs;	/* stories remembered */
	unsigned threads;	/* 1 or more */
	const char *model_path, *gazetteer_path;	/* NULL: built in */
};

/* Every type's bit. */
#define TAG_ENTITIES_ALL_TYPES ((1u << 13) - 1)

/* The bit of a type named as in the output ("PERSON", any case), 0 for
 * a name that is no type. */
unsigned tag_entities_type_bit(const char *name);

struct tag_entities;

/* Loads the model, starts the threads; writes to out, whose
 * stream_before_block it takes. */
struct tag_entities *tag_entities_new(const struct tag_entities_config *cfg,
    struct stream *out);

/* One record in (the caller keeps its reference); it is written to out
 * when its turn comes. */
void tag_entities_record(struct tag_entities *f, json_t *rec);

/* End of stream: writes the records in hand. */
void tag_entities_end(struct tag_entities *f);

/* After tag_entities_end, for a program that runs several streams (the
 * fuzz target): forgets every story and writes to out from now on,
 * keeping the model and threads. */
void tag_entities_restart(struct tag_entities *f, struct stream *out);

void tag_entities_free(struct tag_entities *f);

#endif
