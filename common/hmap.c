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
	m->keys = xcalloc(cap, sizeof *m->keys);
	m->vals = xcalloc(cap, sizeof *m->vals);
	m->mask = cap - 1;
	m->n = 0;
}

void
hmap_free(struct hmap *m)
{
	free(m->keys);
	free(m->vals);
}

static void
hmap_grow(struct hmap *m)
{
	struct hmap old = *m;

	hmap_init(m, (old.mask + 1));
	for (size_t i = 0; i <= old.mask; i++) {
		bool found;
		if (old.keys[i])
			*hmap_slot(m, old.keys[i], &found) = old.vals[i];
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
	while (m->keys[i] && m->keys[i] != key)
		i = (i + 1) & m->mask;
	*found = m->keys[i] == key;
	if (!*found) {
		m->keys[i] = key;
		m->vals[i] = 0;
		m->n++;
	}
	return &m->vals[i];
}

bool
hmap_get(const struct hmap *m, uint64_t key, uint32_t *val)
{
	size_t i = (size_t)(key * 0x9e3779b97f4a7c15ULL >> 20) & m->mask;

	while (m->keys[i]) {
		if (m->keys[i] == key) {
			*val = m->vals[i];
			return true;
		}
		i = (i + 1) & m->mask;
	}
	return false;
}

