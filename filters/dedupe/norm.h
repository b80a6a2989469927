/*
 * norm: text in the form duplicates are compared in.
 *
 * Words are the runs of letters and digits, folded (text_fold: case,
 * accents, Unicode forms); everything else (white space, punctuation,
 * quotation marks of any style) only separates them.  Two texts that
 * differ only in those have the same words and the same norm_hash.
 */
#ifndef WIRE_NORM_H
#define WIRE_NORM_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

struct norm {
	struct buf text;	/* the folded words, one space between */
	uint64_t *word_hash;	/* a hash per word */
	size_t nwords, cap;
};

void norm_words(const char *text, size_t len, struct norm *n);
/* A 64-bit hash of the folded words. */
uint64_t norm_hash(const struct norm *n);
void norm_free(struct norm *n);

/* A well-mixed 64-bit value (the splitmix64 finaliser). */
static inline uint64_t
norm_mix64(uint64_t z)
{
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

#endif
