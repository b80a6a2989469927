/*
 * records: wire-parse's work, a dependency parse for every record.
 *
 * Each record's sentences (its "sentences" or "sent", else split here:
 * record.h) are cut into syntactic words (words.h), tagged, lemmatized
 * and parsed (lang/parse), and the record is written with "tokens": one
 * string a sentence, seven space-separated fields a word (START END UPOS
 * XPOS LEMMA HEAD DEPREL, offsets in code points of the record's text;
 * wire(7)), in the place of an earlier "tokens", else last.  A record
 * whose line would then be longer than --max-line is written as it came,
 * without tokens (said once per stream): the next stage parses for
 * itself.
 *
 * Records are parsed on cfg.threads threads (pool.h) and written in
 * input order; memory is bounded by a record per slot.
 */
#ifndef WIRE_PARSE_RECORDS_H
#define WIRE_PARSE_RECORDS_H

#include <jansson.h>

#include "parse/model.h"
#include "stream.h"

struct parse_records_config {
	unsigned threads;		/* 1 or more */
	const struct parse_model *model;
};

struct parse_records;

struct parse_records *parse_records_new(const struct parse_records_config *cfg,
    struct stream *out);

/* One record in; its line goes out in input order. */
void parse_records_record(struct parse_records *p, json_t *rec);

/* End of stream: every record handed over is written. */
void parse_records_end(struct parse_records *p);

void parse_records_free(struct parse_records *p);

#endif
