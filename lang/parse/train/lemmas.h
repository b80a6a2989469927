/*
 * lemmas: learns the lemmatizer's edit scripts, suffix rules and
 * exceptions from a treebank (lang/parse/lemma.h says how they are
 * used).  Training only.
 */
#ifndef WIRE_PARSE_TRAIN_LEMMAS_H
#define WIRE_PARSE_TRAIN_LEMMAS_H

#include <stddef.h>
#include <stdint.h>

#include "../model.h"
#include "treebank.h"

struct lemma_rules {
	struct parse_script *scripts;
	size_t nscripts, cap;
	uint64_t *word_keys, *suffix_keys;	/* sorted */
	int16_t *word_values, *suffix_values;
	size_t nwords, nsuffixes;
};

/* Suffix rules seen fewer than min_count times are left to shorter ones. */
void lemmas_learn(const struct treebank *tb, int min_count, struct lemma_rules *out);
void lemmas_free(struct lemma_rules *r);

#endif
