/*
 * hmap: open addressing from a 64-bit hash to a 32-bit value, for
 * tables keyed by hashes of strings (features, gazetteer entries).
 * Key 0 marks an empty cell: pass keys through hmap_key.  Grows by
 * doubling at half full; nothing is ever removed.
 */
#ifndef WIRE_HMAP_H
#define WIRE_HMAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Key and value side by side: one cache miss a probe. */
struct hmap_cell {
	uint64_t key;
	uint32_t val;
};

struct hmap {
	struct hmap_cell *cells;
	size_t mask, n;
};

/* A hash made safe as a key (never 0). */
uint64_t hmap_key(uint64_t h);

void hmap_init(struct hmap *m, size_t expect);
void hmap_free(struct hmap *m);

/* The value for key, inserted as 0 when absent; *found says which. */
uint32_t *hmap_slot(struct hmap *m, uint64_t key, bool *found);

bool hmap_get(const struct hmap *m, uint64_t key, uint32_t *val);

/* Asks the cache for key's cell ahead of an hmap_get. */
static inline void
hmap_prefetch(const struct hmap *m, uint64_t key)
{
	__builtin_prefetch(&m->cells[(size_t)(key * 0x9e3779b97f4a7c15ULL >> 20) & m->mask]);
}

#endif
