/*
 * story: whole stories in wire-dedupe (--stories).
 *
 * A story is a record without "doc" (a whole story in one record), or
 * the records that share a "doc", in a row: it ends at the one marked
 * "last", at a record of another story, at the end of the input, or when
 * the input is idle (--idle).  It is sketched record by record, in a
 * fixed amount of memory whatever its length:
 *
 *   - the one-permutation MinHash of all its texts' word shingles
 *     (minhash.h), none running from one line into the next, so that
 *     the order of its paragraphs does not change it, nor whether they
 *     come as one record or as records of their own;
 *   - the sketch of its key words, the names and numbers (keys.h);
 *   - the sum of its lines' exact hashes (norm.h), the same for the
 *     same paragraphs in any order.
 *
 * When it ends it is compared with the stories remembered: those with
 * the same exact sum, and those that share a band of the key sketch (a
 * band is one of its 32-bit bins: two stories share one with the
 * probability that a key of either is a key of both; keys.h).  Its
 * similarity to one is the geometric mean of two shares: of the shingles
 * of the shorter in the longer (a paragraph added or dropped, reworded
 * sentences, another dateline), and of the key words of the one with
 * fewer in the other (another story on the same topic, told in the same
 * formulas, has other names and numbers); so both must agree.  A story
 * that repeats none is remembered under its doc, in a store of its own
 * (store.h) of at most capacity stories, the oldest forgotten first.
 */
#ifndef WIRE_DEDUPE_STORY_H
#define WIRE_DEDUPE_STORY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "keys.h"
#include "minhash.h"
#include "norm.h"
#include "store.h"

/* A remembered story's shingle signature and the smallest hashes of its
 * keys, kept beside its item (whose sig is the key sketch it is looked
 * up by, and shingles its number of keys). */
struct story_text {
	uint8_t sig[MINHASH_BINS];
	uint32_t shingles;
	struct keys_bottom keys;
};

_Static_assert(KEYS_BINS * 4 == MINHASH_BINS, "a key sketch fills an item's sig");

struct stories {
	struct store store;
	struct story_text *text;	/* by the store's slot */
	double threshold, window;
	/* The story in hand. */
	bool open;
	char doc[ID_MAX];	/* "" for a record with neither doc nor id */
	struct minhash_acc shingles;
	struct keys_acc keys;
	struct norm line;	/* the words of a line of a whole story */
	uint64_t exact;
	int64_t time;
};

void stories_init(struct stories *st, size_t capacity, double threshold,
    double window);
void stories_free(struct stories *st);

/* Whether the story in hand is doc's (doc NULL: never). */
bool stories_continues(const struct stories *st, const char *doc);

/* Adds a record's text to the story in hand (starting doc's when none
 * is open): the text, its normalised words n, its time or NO_TIME. */
void stories_add(struct stories *st, const char *doc, const char *text,
    size_t len, const struct norm *n, int64_t time);

/* Ends the story in hand.  True when it repeats a remembered one: *of is
 * that one's id (valid until the next call), *similarity 0 to 1; else
 * it is remembered (when it had words). */
bool stories_end(struct stories *st, const char **of, double *similarity);

#endif
