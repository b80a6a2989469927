/*
 * tagger: a greedy left-to-right averaged-perceptron tagger (Collins
 * 2002) of joint tags, each a pair of a universal part of speech and a
 * Penn Treebank tag as they occur together in the training data
 * ("NOUN NN", "AUX VBZ", "PRON PRP$"), so the two always agree.  A
 * second pass, another perceptron, tags again knowing the first pass's
 * tags of the words to the right.  The features are in features.h.
 */
#ifndef WIRE_PARSE_TAGGER_H
#define WIRE_PARSE_TAGGER_H

#include <stddef.h>
#include <stdint.h>

#include "features.h"
#include "model.h"

/*
 * The best tag of each word, left to right: tags[0..n).  Two passes when
 * the model has a second tagger (its first pass's tags go to first,
 * n bytes of the caller's).
 */
void parse_tag(const struct parse_model *m, const struct parse_atoms *a,
    size_t n, uint8_t *first, uint8_t *tags);

/* One pass: the first when first is NULL, else the second given it. */
void parse_tag_pass(const struct parse_model *m, const struct parse_atoms *a,
    size_t n, const uint8_t *first, uint8_t *tags);

/* The highest of scores[0..ntags). */
int parse_best_tag(const int32_t *scores, size_t ntags);

#endif
