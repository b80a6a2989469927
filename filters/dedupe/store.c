/*
 * store: the items wire-dedupe remembers and the tables they are filed
 * in (store.h).
 */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "store.h"

/* ---- items ---- */

const char *
item_id(const struct item *it)
{
	return it->id.text[0] != '\0' ? it->id.text : it->id.longer.heap;
}

void
item_set_id(struct item *it, const char *id)
{
	size_t n = strlen(id);

	if (n > 0 && n < ID_INLINE) {
		memcpy(it->id.text, id, n + 1);
	} else {
		it->id.longer.marker = '\0';
		it->id.longer.heap = xstrdup(id);
	}
}

void
item_clear(struct item *it)
{
	if (it->id.text[0] == '\0')
		free(it->id.longer.heap);
	memset(it, 0, sizeof(*it));
}

/* ---- tables ---- */

static inline uint32_t
make_cell(uint32_t slot, uint64_t key)
{
	return (slot + 1) << 10 | key_print(key) << 5;
}

/* Files slot under key.  A cell pushed further than MAX_DISTANCE from
 * home (dozens of items in one band: formulaic copy) is dropped; its
 * item is still found through its other bands. */
static void
table_insert(struct table *tb, uint64_t key, uint32_t slot)
{
	size_t i = store_home(tb, key);
	uint32_t carried = make_cell(slot, key);

	for (;;) {
		uint32_t here = tb->cell[i];

		if (here == 0) {
			tb->cell[i] = carried;
			return;
		}
		if (cell_distance(here) < cell_distance(carried)) {
			tb->cell[i] = carried;
			carried = here;
		}
		if (cell_distance(carried) == MAX_DISTANCE)
			return;
		carried++;	/* one further from home */
		i = next_cell(tb, i);
	}
}

/* Removes slot, filed under key, shifting back the cells after it. */
static void
table_delete(struct table *tb, uint64_t key, uint32_t slot)
{
	size_t i = store_home(tb, key), next;
	unsigned d = 0;

	while (tb->cell[i] == 0 || cell_slot(tb->cell[i]) != slot) {
		if (tb->cell[i] == 0 || cell_distance(tb->cell[i]) < d)
			return;		/* not there: it was dropped */
		i = next_cell(tb, i);
		d++;
	}
	for (next = next_cell(tb, i); tb->cell[next] != 0 &&
	    cell_distance(tb->cell[next]) > 0; next = next_cell(tb, next)) {
		tb->cell[i] = tb->cell[next] - 1;
		i = next;
	}
	tb->cell[i] = 0;
}

/* ---- the store ---- */

/*
 * The tables start small and double as the store fills, up to the size
 * its capacity needs: their cells are hashed, so every insertion touches
 * a random page, and tables sized for a million items at the start would
 * make a short stream fault in all of their memory (about 90 MB).
 */
enum { FIRST_TABLE_SIZE = 4096 };

/* The size of the tables for count items: a load of at most 3/4 keeps
 * probe chains short. */
static size_t
table_size_for(const struct store *s, size_t count)
{
	size_t full = s->capacity + s->capacity / 3 + 1, size = FIRST_TABLE_SIZE;

	while (size < full && count > size / 4 * 3)
		size *= 2;
	return size < full ? size : full;
}

/* Empties every table, at the size given. */
static void
size_tables(struct store *s, size_t size)
{
	for (unsigned t = 0; t < NTABLES; t++) {
		if (s->table[t].cell == NULL)
			continue;
		free(s->table[t].cell);
		s->table[t].size = size;
		s->table[t].cell = xcalloc(size, sizeof(uint32_t));
	}
}

void
store_init(struct store *s, size_t capacity, bool with_key)
{
	memset(s, 0, sizeof(*s));
	s->capacity = capacity;
	s->items = xcalloc(capacity, sizeof(*s->items));
	s->newest = NO_TIME;
	for (unsigned t = 0; t < NTABLES; t++) {
		if (t == TABLE_KEY && !with_key)
			continue;
		s->table[t].size = table_size_for(s, 0);
		s->table[t].cell = xcalloc(s->table[t].size, sizeof(uint32_t));
	}
}

void
store_free(struct store *s)
{
	for (size_t i = 0; i < s->count; i++)
		item_clear(&s->items[(s->head + i) % s->capacity]);
	for (unsigned t = 0; t < NTABLES; t++)
		free(s->table[t].cell);
	free(s->items);
}

void
store_clear(struct store *s)
{
	while (s->count > 0) {
		item_clear(&s->items[s->head]);
		s->head = (s->head + 1) % s->capacity;
		s->count--;
	}
}

/* Starts loading the home cells of an item's keys: the tables are large
 * and the cells random, so their cache misses are better overlapped. */
void
store_prefetch_homes(const struct store *s, const uint64_t *keys)
{
	for (unsigned t = 0; t < NTABLES; t++)
		if (s->table[t].cell != NULL)
			__builtin_prefetch(&s->table[t].cell[store_home(&s->table[t], keys[t])]);
}

/* Files a slot in every table (less its crowded bands), or takes it out. */
static void
file_item(struct store *s, uint32_t slot, bool add)
{
	uint32_t crowded = s->items[slot].crowded;
	uint64_t keys[NTABLES];

	for (unsigned t = 0; t < NTABLES; t++)
		keys[t] = item_key(s, t, slot);
	store_prefetch_homes(s, keys);
	for (unsigned t = 0; t < NTABLES; t++) {
		if (s->table[t].cell == NULL || (t == TABLE_KEY && s->items[slot].key == 0) ||
		    (t < BANDS && (crowded >> t & 1)))
			continue;
		if (add)
			table_insert(&s->table[t], keys[t], slot);
		else
			table_delete(&s->table[t], keys[t], slot);
	}
}

/* When the store is full, the oldest item's cells will be cleared after
 * this record's work: start loading them now, so that the misses overlap
 * with the hashing of the record. */
void
store_prefetch_oldest(const struct store *s)
{
	uint64_t keys[NTABLES];

	if (s->count < s->capacity)
		return;
	for (unsigned t = 0; t < NTABLES; t++)
		keys[t] = item_key(s, t, (uint32_t)s->head);
	store_prefetch_homes(s, keys);
}

static void
forget_oldest(struct store *s)
{
	uint32_t slot = (uint32_t)s->head;

	file_item(s, slot, false);
	item_clear(&s->items[slot]);
	s->head = (s->head + 1) % s->capacity;
	s->count--;
}

/* Remembers a new item (the oldest goes when the store is full). */
void
store_remember(struct store *s, const struct item *it, uint32_t crowded)
{
	uint32_t slot;

	if (s->count == s->capacity)
		forget_oldest(s);
	slot = (uint32_t)((s->head + s->count) % s->capacity);
	s->items[slot] = *it;
	s->items[slot].crowded = (uint16_t)crowded;
	s->count++;
	if (table_size_for(s, s->count) > s->table[TABLE_EXACT].size)
		store_file_all(s);	/* larger tables, every item filed anew */
	else
		file_item(s, slot, true);
}

/* Keeps the latest record time seen, against which the window runs. */
void
store_note_time(struct store *s, int64_t time)
{
	if (time != NO_TIME && (s->newest == NO_TIME || time > s->newest))
		s->newest = time;
}

/* Forgets the items whose time is more than window before the newest. */
void
store_expire(struct store *s, double window)
{
	while (window > 0 && s->count > 0 && s->newest != NO_TIME) {
		const struct item *oldest = &s->items[s->head];

		if (oldest->time == NO_TIME || oldest->time >= s->newest - window)
			break;
		forget_oldest(s);
	}
}

/* Files the items of the ring into empty tables of the size they need,
 * in batches whose cells are prefetched together. */
void
store_file_all(struct store *s)
{
	enum { BATCH = 8 };
	uint64_t keys[BATCH][NTABLES];

	size_tables(s, table_size_for(s, s->count));
	for (size_t first = 0; first < s->count; first += BATCH) {
		size_t n = s->count - first < BATCH ? s->count - first : BATCH;

		for (size_t k = 0; k < n; k++) {
			uint32_t slot = (uint32_t)((s->head + first + k) % s->capacity);

			for (unsigned t = 0; t < NTABLES; t++)
				keys[k][t] = item_key(s, t, slot);
			store_prefetch_homes(s, keys[k]);
		}
		for (size_t k = 0; k < n; k++) {
			uint32_t slot = (uint32_t)((s->head + first + k) % s->capacity);

			for (unsigned t = 0; t < NTABLES; t++)
				if (s->table[t].cell != NULL &&
				    (t != TABLE_KEY || s->items[slot].key != 0) &&
				    !(t < BANDS && (s->items[slot].crowded >> t & 1)))
					table_insert(&s->table[t], keys[k][t], slot);
		}
	}
}
