/*
 * writer: the trainer's tables as a model blob (lang/parse/model.h).
 * Training only.
 */
#ifndef WIRE_PARSE_TRAIN_WRITER_H
#define WIRE_PARSE_TRAIN_WRITER_H

#include <stddef.h>

#include "../model.h"
#include "perceptron.h"
#include "treebank.h"

struct model_parts {
	const struct names *tags;	/* "UPOS\tXPOS" */
	const struct names *labels;
	const struct pc_table *tagger, *tagger2, *parser, *lemma_words, *lemma_suffixes;
	const struct parse_script *scripts;
	size_t nscripts;
	const char *info;
	const uint64_t *dropped;	/* four words (model.h), or NULL */
};

/* The blob, malloc'd (so aligned for parse_model_load). */
unsigned char *model_blob(const struct model_parts *p, size_t *len);

/* Writes the blob to path (through path.tmp and a rename). */
void model_write(const char *path, const struct model_parts *p);

#endif
