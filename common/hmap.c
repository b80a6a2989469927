/*
 * hmap: a map from 64-bit hashes to 32-bit values (see hmap.h).
 */
#include <stdlib.h>

#include "diag.h"
#include "hmap.h"

uint64_t
hmap_key(uint64_t h)
{
	return h ? h : 1;
}

void
hmap_init(struct hmap *m, size_t expect)
{
	size_t cap = 16;

	while (cap < expect * 2)
		cap <<= 1;
	m->cells = xcalloc(cap, sizeof *m->cells);
	m->mask = cap - 1;
	m->n = 0;
}

void
hmap_free(struct hmap *m)
{
	free(m->cells);
}

static void
hmap_grow(struct hmap *m)
{
	struct hmap old = *m;

	hmap_init(m, (old.mask + 1));
	for (size_t i = 0; i <= old.mask; i++) {
		bool found;
		if (old.cells[i].key)
			*hmap_slot(m, old.cells[i].key, &found) = old.cells[i].val;
	}
	hmap_free(&old);
}

/* The value slot for key, inserting it (value 0) when absent. */
uint32_t *
hmap_slot(struct hmap *m, uint64_t key, bool *found)
{
	if ((m->n + 1) * 2 > m->mask + 1)
		hmap_grow(m);
	size_t i = (size_t)(key * 0x9e3779b97f4a7c15ULL >> 20) & m->mask;
	while (m->cells[i].key && m->cells[i].key != key)
		i = (i + 1) & m->mask;
	*found = m->cells[i].key == key;
	if (!*found) {
		m->cells[i].key = key;
		m->cells[i].val = 0;
		m->n++;
	}
	return &m->cells[i].val;
}

bool
hmap_get(const struct hmap *m, uint64_t key, uint32_t *val)
{
	size_t i = (size_t)(key * 0x9e3779b97f4a7c15ULL >> 20) & m->mask;

	while (m->cells[i].key) {
		if (m->cells[i].key == key) {
			*val = m->cells[i].val;
			return true;
		}
		i = (i + 1) & m->mask;
	}
	return false;
}

