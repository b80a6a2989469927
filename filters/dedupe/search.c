/*
 * search: the remembered items like a new one (search.h).
 */
#include <string.h>

#include "search.h"

/* A band where this many remembered items already share a record's key
 * is crowded (formulaic copy): the search looks no further there, and the
 * record is not filed there; it is found through its other bands. */
enum { BAND_CROWD = 4 };

/* Candidates a record is compared with, at most. */
enum { SEEN_SIZE = 512 };

bool
search_in_window(double window, const struct item *old, const struct item *new)
{
	return window <= 0 || old->time == NO_TIME || new->time == NO_TIME ||
	    old->time >= new->time - window;
}

bool
search_equal(const struct store *s, unsigned t, uint64_t key,
    const struct item *new, double window, size_t *slot)
{
	const struct table *tb = &s->table[t];
	size_t i = store_home(tb, key);

	for (unsigned dist = 0; tb->cell[i] != 0 && cell_distance(tb->cell[i]) >= dist;
	    i = next_cell(tb, i), dist++) {
		uint32_t c = cell_slot(tb->cell[i]);

		if (cell_print(tb->cell[i]) == key_print(key) && item_key(s, t, c) == key &&
		    search_in_window(window, &s->items[c], new)) {
			*slot = c;
			return true;
		}
	}
	return false;
}

/* Whether slot was already compared; marks it if not.  seen is a small
 * open-addressing set of slot + 1. */
static bool
already_compared(uint32_t *seen, uint32_t slot)
{
	size_t i = (slot * 2654435761u) % SEEN_SIZE;

	for (size_t probes = 0; probes < SEEN_SIZE; probes++) {
		if (seen[i] == slot + 1)
			return true;
		if (seen[i] == 0) {
			seen[i] = slot + 1;
			return false;
		}
		i = (i + 1) % SEEN_SIZE;
	}
	return true;	/* full: compare no more */
}

void
search_bands(const struct store *s, const struct item *new, double window,
    double threshold, search_score score, void *ctx, struct verdict *v)
{
	uint64_t keys[NTABLES] = { 0 };
	uint32_t seen[SEEN_SIZE] = { 0 };

	for (unsigned b = 0; b < BANDS; b++)
		keys[b] = band_hash(new->sig, b);
	store_prefetch_homes(s, keys);
	for (unsigned b = 0; b < BANDS; b++) {
		const struct table *tb = &s->table[b];
		size_t i = store_home(tb, keys[b]);
		unsigned matches = 0;

		for (unsigned dist = 0; tb->cell[i] != 0 &&
		    cell_distance(tb->cell[i]) >= dist; i = next_cell(tb, i), dist++) {
			uint32_t c = cell_slot(tb->cell[i]);
			double sim;

			/* The band's bytes themselves: cheaper than its hash. */
			if (cell_print(tb->cell[i]) != key_print(keys[b]) ||
			    memcmp(s->items[c].sig + b * ROWS, new->sig + b * ROWS, ROWS) != 0)
				continue;
			if (++matches > BAND_CROWD) {
				v->crowded |= 1u << b;
				break;
			}
			if (already_compared(seen, c) ||
			    !search_in_window(window, &s->items[c], new))
				continue;
			sim = score(s, c, new, ctx);
			if (sim >= threshold && sim > v->similarity) {
				v->duplicate = true;
				v->slot = c;
				v->similarity = sim;
			}
		}
	}
}
