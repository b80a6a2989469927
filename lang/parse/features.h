/*
 * features: what the tagger and the parser look at, shared by the
 * trainer (lang/parse/train/) and the runtime so that they cannot drift.
 *
 * A feature is a 64-bit hash of a template number and the values it
 * combines (words as hashes of their text, tags, labels, distances), so
 * the model stores no text.  Changing a template means retraining.
 *
 * Tagger (per word i, left to right, with the two tags before it): the
 * word, its lower-case form, prefixes of 1-3 and suffixes of 1-4 bytes,
 * shape ("Xx", "d,d"), capitalisation, digit and hyphen flags, the words
 * two either side, their suffixes and shapes, the previous tags, and
 * pairs of these.  A second pass adds the first pass's tags of the word
 * and the two after it, so that the tag of a word also depends on the
 * tags to its right.
 *
 * Parser (per state): Zhang and Nivre (2011): the words and tags of the
 * stack's top two (s0, s1), the buffer's first three (n0, n1, n2), the
 * head and grandhead of s0, the leftmost and rightmost dependents of s0
 * and the leftmost of n0 (and the second ones), their labels, pairs and
 * triples of these, the distance s0 to n0, the number of dependents on
 * each side and the sets of their labels.
 */
#ifndef WIRE_PARSE_FEATURES_H
#define WIRE_PARSE_FEATURES_H

#include <stddef.h>
#include <stdint.h>

#include "parser.h"

enum { PARSE_MAX_FEATURES = 128 };

/* What the features need of one word, computed once a sentence. */
struct parse_atoms {
	uint64_t form, lower, shape;
	uint64_t prefix[3], suffix[4];	/* of the lower-case form, 1.. bytes */
	uint32_t flags;
};

enum {
	PARSE_FLAG_CAP = 1,	/* starts with a capital letter */
	PARSE_FLAG_CAPS = 2,	/* every letter a capital, two or more */
	PARSE_FLAG_DIGIT = 4,
	PARSE_FLAG_HYPHEN = 8,
	PARSE_FLAG_LETTER = 16
};

/* The hash words 0 (none) and n + 1 (the root) have in a parse state. */
#define PARSE_WORD_NONE 0x6e6f6e65ULL
#define PARSE_WORD_ROOT 0x726f6f74ULL

void parse_atoms_of(const char *form, size_t len, struct parse_atoms *out);

/* ASCII lower case of one byte (other bytes as they are). */
static inline unsigned char
parse_lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

/* Combines a value into a feature hash. */
static inline uint64_t
parse_mix(uint64_t h, uint64_t v)
{
	h ^= v;
	h *= 0xff51afd7ed558ccdULL;
	return h ^ (h >> 32);
}

/*
 * The features of word i of a[0..n), given the tags of the two words
 * before it (PARSE_TAG_NONE before the start); returns how many it wrote
 * to out (at most PARSE_MAX_FEATURES).
 */
size_t parse_tagger_features(const struct parse_atoms *a, size_t n, size_t i,
    int tag1, int tag2, uint64_t *out);

/*
 * The second pass's features of word i: the first pass's, and the first
 * pass's tags of i and the two words after it (first[0..n)), alone and
 * with the words and the tag before.
 */
size_t parse_tagger2_features(const struct parse_atoms *a, size_t n, size_t i,
    int tag1, int tag2, const uint8_t *first, uint64_t *out);

/* The features of a parser state; returns how many it wrote to out. */
size_t parse_parser_features(const struct parse_state *st, uint64_t *out);

/*
 * A model may leave templates out (model.h): bit j of drop[j / 64] set
 * leaves out the j-th feature one of the functions above writes, in the
 * order it writes them.  Removes those from feats[0..n); returns how
 * many are left.  A leaner model looks up fewer features (train-parse
 * -x and -X, lang/parse/README.md).
 */
static inline size_t
parse_drop_templates(uint64_t *feats, size_t n, const uint64_t *drop)
{
	size_t k = 0;

	if ((drop[0] | drop[1]) == 0)
		return n;
	for (size_t i = 0; i < n; i++)
		if (i >= 128 || !(drop[i / 64] >> (i % 64) & 1))
			feats[k++] = feats[i];
	return k;
}

#endif
