/*
 * store: what wire-dedupe remembers, in a fixed amount of memory.
 *
 * The store is a ring of at most capacity items, oldest first, each of a
 * fixed size whatever its text (its hashes, its MinHash signature, its
 * time, its id), filed in NTABLES hash tables: one per LSH band of the
 * signature, one for the exact hash of the normalised text, and one for
 * the --key field's hash.  Remembering an item into a full store forgets
 * the oldest; expire forgets the items older than a window.  The tables
 * grow with the items, up to the size capacity needs.  Lookups
 * walk a table's cells from a key's home cell (store_home) while the
 * cells' distances say the key may still be there.
 */
#ifndef WIRE_DEDUPE_STORE_H
#define WIRE_DEDUPE_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "minhash.h"
#include "norm.h"

/* LSH: BANDS bands of ROWS signature bytes.  An item sharing one band with
 * another becomes a candidate: with 16 x 4 a pair of similarity 0.5 is
 * found 64% of the time, 0.7 98.8%, 0.8 99.97%.  (21 x 3 finds more of
 * the pairs around 0.5, for 30% more time and 20 more bytes an item.) */
enum { BANDS = 16, ROWS = 4 };
enum { TABLE_EXACT = BANDS, TABLE_KEY, NTABLES };
_Static_assert(BANDS <= 16, "an item's crowded bands are 16 bits");

#define NO_TIME INT64_MIN
#define ID_INLINE 32
/* An item's id is at most ID_MAX - 1 bytes: a longer record id is
 * remembered in its bounded form (ids.h), so that a window of huge ids
 * cannot take the memory, and two long ids are never merged. */
enum { ID_MAX = 1024 };

/* An item's id: inline when short, else on the heap (text[0] is '\0'). */
union item_id {
	char text[ID_INLINE];
	struct {
		char marker;
		char *heap;
	} longer;
};

/* A remembered item: a fixed size, whatever its text. */
struct item {
	uint64_t exact;		/* norm_hash of its text */
	uint64_t key;		/* hash of its --key field, or 0 */
	int64_t time;		/* its time in seconds, or NO_TIME */
	uint32_t shingles;
	uint8_t sig[MINHASH_BINS];
	uint16_t crowded;	/* bands (bit b) it is not filed in, too crowded
				 * when it came; not kept in the state file */
	union item_id id;
};

/*
 * An open-addressing table of item slots with Robin Hood linear probing.
 * A cell holds (slot + 1) << 10, five bits of its key (so that most
 * probes of other keys are told apart without reading their item), and
 * its distance from its home cell; 0 is empty.  Lookups stop as soon as
 * the distance says the key cannot be further on; insertions and
 * deletions (backward shift) need only the distances, so no cell ever
 * points to a forgotten item and the table never fills with tombstones,
 * however long the stream.
 */
struct table {
	uint32_t *cell;
	size_t size;
};

enum { MAX_DISTANCE = 31, STORE_MAX_CAPACITY = (1 << 22) - 2 };

static inline uint32_t cell_slot(uint32_t c) { return (c >> 10) - 1; }
static inline unsigned cell_distance(uint32_t c) { return c & 31; }
static inline unsigned cell_print(uint32_t c) { return c >> 5 & 31; }
static inline unsigned key_print(uint64_t key) { return (unsigned)(key >> 40) & 31; }

/* The remembered items, oldest first, in a ring. */
struct store {
	struct item *items;
	size_t capacity, head, count;
	struct table table[NTABLES];
	int64_t newest;		/* latest record time seen */
};

static inline uint64_t
band_hash(const uint8_t *sig, unsigned band)
{
	const uint8_t *b = sig + band * ROWS;
	uint64_t v = band;

	for (unsigned r = 0; r < ROWS; r++)
		v = v << 8 | b[r];
	return norm_mix64(v);
}

/* The key an item is filed under in table t. */
static inline uint64_t
item_key(const struct store *s, unsigned t, uint32_t slot)
{
	const struct item *it = &s->items[slot];

	if (t < BANDS)
		return band_hash(it->sig, t);
	return t == TABLE_EXACT ? it->exact : it->key;
}

/* The home cell of a key: the high bits of its product with the size. */
static inline size_t
store_home(const struct table *tb, uint64_t key)
{
	return (size_t)(((key & 0xffffffffu) * tb->size) >> 32);
}

static inline size_t
next_cell(const struct table *tb, size_t i)
{
	return i + 1 == tb->size ? 0 : i + 1;
}

const char *item_id(const struct item *it);
void item_set_id(struct item *it, const char *id);
void item_clear(struct item *it);

/* An empty store of capacity items (at most STORE_MAX_CAPACITY); the
 * key table only when with_key. */
void store_init(struct store *s, size_t capacity, bool with_key);
void store_free(struct store *s);

/* Starts loading the home cells of an item's keys (one per table). */
void store_prefetch_homes(const struct store *s, const uint64_t *keys);

/* When the store is full, starts loading the cells of the oldest item,
 * which the next store_remember clears. */
void store_prefetch_oldest(const struct store *s);

/* Remembers a new item (the oldest goes when the store is full), filed
 * in every table but the bands whose bit is set in crowded. */
void store_remember(struct store *s, const struct item *it, uint32_t crowded);

/* Keeps the latest record time seen, against which the window runs. */
void store_note_time(struct store *s, int64_t time);

/* Forgets the items whose time is more than window before the newest. */
void store_expire(struct store *s, double window);

/* Files the items of the ring into empty tables of the size they need
 * (after a load, and when the store outgrows its tables). */
void store_file_all(struct store *s);

/* Forgets every item. */
void store_clear(struct store *s);

#endif
