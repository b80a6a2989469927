/*
 * scratch: what parse_sentence keeps between sentences (inside struct
 * parse_sentence): per-word arrays as long as the longest sentence seen,
 * and one parser state of PARSE_WINDOW words.
 */
#ifndef WIRE_PARSE_SCRATCH_H
#define WIRE_PARSE_SCRATCH_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "features.h"
#include "parser.h"
#include "sentence.h"

struct parse_scratch {
	size_t cap;			/* of the four arrays below */
	struct parse_atoms *atoms;
	uint8_t *tags, *first_tags;
	size_t *lemma_at;		/* offsets into lemmas */
	struct buf lemmas;
	uint64_t window_word[PARSE_WINDOW + 2];
	uint8_t window_tag[PARSE_WINDOW + 2];
	struct parse_state state;
};

/* The scratch of s, grown to s->n words. */
struct parse_scratch *parse_scratch_for(struct parse_sentence *s);

#endif
