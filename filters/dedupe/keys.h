/*
 * keys: the names and numbers of a story, sketched.
 *
 * A key word is a word that holds a digit, or that starts with a capital
 * letter where no sentence starts (not at the start of a text, nor after
 * a full stop, a question or exclamation mark, a colon, an opening
 * quotation mark or bracket, a dash or a slash): the people, places,
 * organisations, figures and dates that tell one story from another on
 * the same topic.  A rewrite keeps most of them; another story on the
 * same topic changes them, even when its sentences are the same formula.
 * A line more than half of whose words are key words (a byline, a credit
 * or attribution line, a headline in capitals) gives none: it says who
 * wrote and sent the story, which another outlet changes.
 *
 * The set of a story's key words (folded, as norm.h folds them) is
 * sketched twice, over the story's texts one by one: as KEYS_BINS
 * one-permutation MinHash bins of 32 bits, whose bins are exact enough
 * to look stories up by (a bin's value is one key's), and as the
 * KEYS_BOTTOM smallest 32-bit hashes of its keys (a bottom-k sketch),
 * which is the whole set for a story of few names and numbers, where
 * the similarity of two counts most, and estimates it beyond.  The number
 * of distinct keys is counted exactly up to KEYS_COUNTED, beyond that
 * every key not among those counted, so that memory stays fixed.
 */
#ifndef WIRE_DEDUPE_KEYS_H
#define WIRE_DEDUPE_KEYS_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

enum { KEYS_BINS = 16, KEYS_BOTTOM = 32, KEYS_COUNTED = 256, KEYS_SET = 512 };

/* The smallest hashes of a story's keys, ascending. */
struct keys_bottom {
	uint32_t v[KEYS_BOTTOM];
	uint32_t n;
};

struct keys_acc {
	uint32_t low[KEYS_BINS];
	uint8_t full[KEYS_BINS];
	struct keys_bottom bottom;
	uint64_t set[KEYS_SET];		/* the keys counted: open addressing */
	uint32_t distinct;
	struct buf word;		/* the word in hand, folded */
	uint64_t *pending;		/* the key words of the line in hand */
	size_t npending, pending_cap;
};

void keys_start(struct keys_acc *k);
/* Adds the key words of a text. */
void keys_add(struct keys_acc *k, const char *text, size_t len);
/* The sketches, and the number of distinct keys. */
void keys_finish(const struct keys_acc *k, uint32_t sig[KEYS_BINS],
    struct keys_bottom *bottom, uint32_t *count);
/* The estimated Jaccard similarity of two stories' keys from their
 * bottom-k sketches: exact when they have KEYS_BOTTOM keys or fewer
 * between them. */
double keys_similarity(const struct keys_bottom *a, const struct keys_bottom *b);
void keys_free(struct keys_acc *k);

#endif
