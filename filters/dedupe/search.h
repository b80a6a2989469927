/*
 * search: finding the remembered items most like a new one, in a store
 * (store.h): by an exact key, or among the items that share an LSH band
 * with it, each candidate scored by the caller.  Paragraphs and whole
 * stories (story.h) are both searched so.
 */
#ifndef WIRE_DEDUPE_SEARCH_H
#define WIRE_DEDUPE_SEARCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "store.h"

/* What a new item turned out to be. */
struct verdict {
	bool duplicate;
	size_t slot;		/* the item it repeats */
	double similarity;
	uint32_t crowded;	/* bands (bit b) too crowded to file it in */
};

/* How similar a remembered item (in slot) is to the new one. */
typedef double (*search_score)(const struct store *s, size_t slot,
    const struct item *new, void *ctx);

/* Whether an old item may match a new one: both within window seconds
 * (0: no window), or either without a time. */
bool search_in_window(double window, const struct item *old, const struct item *new);

/* The first remembered item filed under key in table t within the
 * window; false when none. */
bool search_equal(const struct store *s, unsigned t, uint64_t key,
    const struct item *new, double window, size_t *slot);

/* The highest-scoring item at threshold or above among those sharing a
 * band with new, into v (v->duplicate set when one is); the bands too
 * crowded to search are set in v->crowded. */
void search_bands(const struct store *s, const struct item *new, double window,
    double threshold, search_score score, void *ctx, struct verdict *v);

#endif
