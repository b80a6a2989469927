/*
 * minhash: compact signatures that estimate the Jaccard similarity of
 * two texts' sets of word shingles.
 *
 * Shingles are runs of MINHASH_SHINGLE words (shorter texts: all their
 * words as one shingle each).  The signature is one-permutation MinHash
 * (Li, Owen and Zhang 2012) with MINHASH_BINS bins, empty bins filled by
 * rotation from the next full one (Shrivastava 2017), and each bin kept
 * as its lowest 8 bits (b-bit MinHash, Li and König 2010): 64 bytes a
 * text.  Equal bytes estimate J + (1 - J) / 256, which minhash_similarity
 * corrects for.
 */
#ifndef WIRE_MINHASH_H
#define WIRE_MINHASH_H

#include <stddef.h>
#include <stdint.h>

#define MINHASH_BINS 64
#define MINHASH_SHINGLE 3

struct minhash {
	uint8_t sig[MINHASH_BINS];
	uint32_t shingles;	/* how many distinct-position shingles */
};

/* Signs the words (their hashes, in order). */
void minhash_sign(const uint64_t *word_hash, size_t nwords, struct minhash *m);

/*
 * A signature built from several texts: the union of their shingles
 * (none across a text's end), so that the order of the texts does not
 * change it.  minhash_sign is minhash_start, one minhash_add, then
 * minhash_finish.
 */
struct minhash_acc {
	uint32_t low[MINHASH_BINS];
	uint8_t full[MINHASH_BINS];
	uint32_t shingles;	/* summed over the texts */
};

void minhash_start(struct minhash_acc *a);
void minhash_add(struct minhash_acc *a, const uint64_t *word_hash, size_t nwords);
void minhash_finish(const struct minhash_acc *a, struct minhash *m);

/* Estimated Jaccard similarity of two signatures, 0 to 1. */
double minhash_similarity(const uint8_t *a, const uint8_t *b);

/* Estimated share of a's shingles that are also b's, given J. */
double minhash_containment(double jaccard, uint32_t size_a, uint32_t size_b);

#endif
