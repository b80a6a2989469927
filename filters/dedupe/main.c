/*
 * wire-dedupe: exact and near-duplicate items in an endless stream.
 *
 * Each record's text is compared with the items remembered so far:
 * exactly, after normalisation (case, white space, punctuation, quotation
 * marks, accents and Unicode forms: see norm.h), by --key field, and by
 * the Jaccard similarity of its word shingles, estimated from MinHash
 * signatures (minhash.h) and found through LSH banding.  Duplicates are
 * dropped, or kept and marked with --mark.  Memory is a fixed amount per
 * remembered item, --capacity items at most, the oldest forgotten first
 * (and, with --window, the ones older than the window).  --state keeps
 * what is remembered across runs, written atomically.
 */
#include <errno.h>
#include <glob.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "atomicfile.h"
#include "diag.h"
#include "hash.h"
#include "isotime.h"
#include "jsonw.h"
#include "minhash.h"
#include "norm.h"
#include "opts.h"
#include "record.h"
#include "stop.h"
#include "stream.h"

/* LSH: BANDS bands of ROWS signature bytes.  An item sharing one band with
 * another becomes a candidate: with 16 x 4 a pair of similarity 0.5 is
 * found 64% of the time, 0.7 98.8%, 0.8 99.97%.  (21 x 3 finds more of
 * the pairs around 0.5, for 30% more time and 20 more bytes an item.) */
enum { BANDS = 16, ROWS = 4 };
enum { TABLE_EXACT = BANDS, TABLE_KEY, NTABLES };

/* A band where this many remembered items already share a record's key
 * is crowded (formulaic copy): the search looks no further there, and the
 * record is not filed there; it is found through its other bands. */
enum { BAND_CROWD = 4 };

/* Candidates a record is compared with, at most. */
enum { SEEN_SIZE = 512 };

/* Containment is only trusted between texts of some length. */
enum { MIN_CONTAINED_SHINGLES = 8 };

#define NO_TIME INT64_MIN
#define ID_INLINE 32

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

enum { MAX_DISTANCE = 31, MAX_CAPACITY = (1 << 22) - 2 };

static inline uint32_t cell_slot(uint32_t c) { return (c >> 10) - 1; }
static inline unsigned cell_distance(uint32_t c) { return c & 31; }
static inline unsigned cell_print(uint32_t c) { return c >> 5 & 31; }
static inline unsigned key_print(uint64_t key) { return (unsigned)(key >> 40) & 31; }

static inline uint32_t
make_cell(uint32_t slot, uint64_t key)
{
	return (slot + 1) << 10 | key_print(key) << 5;
}

/* The remembered items, oldest first, in a ring. */
struct store {
	struct item *items;
	size_t capacity, head, count;
	struct table table[NTABLES];
	int64_t newest;		/* latest record time seen */
};

struct config {
	double threshold;
	bool containment, mark;
	const char *key;
	size_t capacity;
	double window;		/* seconds; 0 for none */
	const char *state;
	unsigned long checkpoint_records;
	double checkpoint_seconds;
};

/* What a record turned out to be. */
struct verdict {
	bool duplicate;
	size_t slot;		/* the item it repeats */
	double similarity;
	uint32_t crowded;	/* bands (bit b) too crowded to file it in */
};

/* Everything the record loop needs. */
struct deduper {
	const struct config *cfg;
	struct store store;
	struct norm norm;
	unsigned long seen, since_checkpoint;
	struct timespec last_checkpoint;
	struct record_reader rr;	/* upstream fields of the stream */
};

static const struct option dedupe_options[] = {
	{ "capacity", required_argument, NULL, 'n' },
	{ "checkpoint", required_argument, NULL, 'C' },
	{ "containment", no_argument, NULL, 'c' },
	{ "key", required_argument, NULL, 'k' },
	{ "mark", no_argument, NULL, 'm' },
	{ "state", required_argument, NULL, 's' },
	{ "threshold", required_argument, NULL, 't' },
	{ "window", required_argument, NULL, 'w' },
	{ NULL, 0, NULL, 0 },
};

static const char dedupe_help[] =
"  -n, --capacity N     remember at most N items, forgetting the oldest\n"
"                       first (default 1000000, at most 4194302; about 220\n"
"                       bytes each)\n"
"      --checkpoint N|DURATION\n"
"                       with --state, also save every N records, or every\n"
"                       DURATION (30s, 5m) of running time\n"
"  -c, --containment    also catch an item mostly contained in an earlier\n"
"                       one, or containing it (an update)\n"
"  -k, --key FIELD      records with equal FIELD values (url, id) are\n"
"                       duplicates too\n"
"  -m, --mark           keep every record; mark duplicates with\n"
"                       \"duplicate_of\" and \"similarity\"\n"
"  -s, --state FILE     load what was remembered from FILE, and save it\n"
"                       there (atomically) on exit, SIGTERM and checkpoints\n"
"  -t, --threshold J    the estimated Jaccard similarity of word shingles\n"
"                       from which an item is a near-duplicate (default 0.5)\n"
"  -w, --window DURATION\n"
"                       forget items whose time is DURATION older than the\n"
"                       newest record's (records' \"time\" field, ISO 8601)\n";

static bool
handle_option(int opt, const char *arg, void *ctx)
{
	struct config *cfg = ctx;
	long n;

	switch (opt) {
	case 'n':
		if (!opts_long(arg, "--capacity", 1, MAX_CAPACITY, &n))
			return false;
		cfg->capacity = (size_t)n;
		return true;
	case 'C':
		if (strspn(arg, "0123456789") == strlen(arg))
			return opts_long(arg, "--checkpoint", 1, LONG_MAX, &n) &&
			    (cfg->checkpoint_records = (unsigned long)n) > 0;
		return opts_duration(arg, "--checkpoint", &cfg->checkpoint_seconds) &&
		    cfg->checkpoint_seconds > 0;
	case 'c':
		cfg->containment = true;
		return true;
	case 'k':
		cfg->key = arg;
		return true;
	case 'm':
		cfg->mark = true;
		return true;
	case 's':
		cfg->state = arg;
		return true;
	case 't':
		return opts_double(arg, "--threshold", 0.01, 1, &cfg->threshold);
	case 'w':
		return opts_duration(arg, "--window", &cfg->window) && cfg->window > 0;
	default:
		return false;
	}
}

/* ---- items ---- */

static const char *
item_id(const struct item *it)
{
	return it->id.text[0] != '\0' ? it->id.text : it->id.longer.heap;
}

static void
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

static void
item_clear(struct item *it)
{
	if (it->id.text[0] == '\0')
		free(it->id.longer.heap);
	memset(it, 0, sizeof(*it));
}

/* ---- tables ---- */

static uint64_t
band_hash(const uint8_t *sig, unsigned band)
{
	const uint8_t *b = sig + band * ROWS;
	uint64_t v = band;

	for (unsigned r = 0; r < ROWS; r++)
		v = v << 8 | b[r];
	return norm_mix64(v);
}

/* The key an item is filed under in table t. */
static uint64_t
item_key(const struct store *s, unsigned t, uint32_t slot)
{
	const struct item *it = &s->items[slot];

	if (t < BANDS)
		return band_hash(it->sig, t);
	return t == TABLE_EXACT ? it->exact : it->key;
}

/* The home cell of a key: the high bits of its product with the size. */
static size_t
home(const struct table *tb, uint64_t key)
{
	return (size_t)(((key & 0xffffffffu) * tb->size) >> 32);
}

static size_t
next_cell(const struct table *tb, size_t i)
{
	return i + 1 == tb->size ? 0 : i + 1;
}

/* Files slot under key.  A cell pushed further than MAX_DISTANCE from
 * home (dozens of items in one band: formulaic copy) is dropped; its
 * item is still found through its other bands. */
static void
table_insert(struct table *tb, uint64_t key, uint32_t slot)
{
	size_t i = home(tb, key);
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
	size_t i = home(tb, key), next;
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

static void
store_init(struct store *s, size_t capacity, bool with_key)
{
	memset(s, 0, sizeof(*s));
	s->capacity = capacity;
	s->items = xcalloc(capacity, sizeof(*s->items));
	s->newest = NO_TIME;
	for (unsigned t = 0; t < NTABLES; t++) {
		if (t == TABLE_KEY && !with_key)
			continue;
		/* A load of at most 3/4 keeps probe chains short. */
		s->table[t].size = capacity + capacity / 3 + 1;
		s->table[t].cell = xcalloc(s->table[t].size, sizeof(uint32_t));
	}
}

static void
store_free(struct store *s)
{
	for (size_t i = 0; i < s->count; i++)
		item_clear(&s->items[(s->head + i) % s->capacity]);
	for (unsigned t = 0; t < NTABLES; t++)
		free(s->table[t].cell);
	free(s->items);
}

/* Starts loading the home cells of an item's keys: the tables are large
 * and the cells random, so their cache misses are better overlapped. */
static void
prefetch_homes(const struct store *s, const uint64_t *keys)
{
	for (unsigned t = 0; t < NTABLES; t++)
		if (s->table[t].cell != NULL)
			__builtin_prefetch(&s->table[t].cell[home(&s->table[t], keys[t])]);
}

/* Files a slot in every table (less the crowded bands), or takes it out. */
static void
file_item(struct store *s, uint32_t slot, bool add, uint32_t crowded)
{
	uint64_t keys[NTABLES];

	for (unsigned t = 0; t < NTABLES; t++)
		keys[t] = item_key(s, t, slot);
	prefetch_homes(s, keys);
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
static void
prefetch_oldest(const struct store *s)
{
	uint64_t keys[NTABLES];

	if (s->count < s->capacity)
		return;
	for (unsigned t = 0; t < NTABLES; t++)
		keys[t] = item_key(s, t, (uint32_t)s->head);
	prefetch_homes(s, keys);
}

static void
forget_oldest(struct store *s)
{
	uint32_t slot = (uint32_t)s->head;

	file_item(s, slot, false, 0);
	item_clear(&s->items[slot]);
	s->head = (s->head + 1) % s->capacity;
	s->count--;
}

/* Remembers a new item (the oldest goes when the store is full). */
static void
remember(struct store *s, const struct item *it, uint32_t crowded)
{
	uint32_t slot;

	if (s->count == s->capacity)
		forget_oldest(s);
	slot = (uint32_t)((s->head + s->count) % s->capacity);
	s->items[slot] = *it;
	s->count++;
	file_item(s, slot, true, crowded);
}

/* Keeps the latest record time seen, against which the window runs. */
static void
note_time(struct store *s, int64_t time)
{
	if (time != NO_TIME && (s->newest == NO_TIME || time > s->newest))
		s->newest = time;
}

/* Forgets the items whose time is more than window before the newest. */
static void
expire(struct store *s, double window)
{
	while (window > 0 && s->count > 0 && s->newest != NO_TIME) {
		const struct item *oldest = &s->items[s->head];

		if (oldest->time == NO_TIME || oldest->time >= s->newest - window)
			break;
		forget_oldest(s);
	}
}

/* ---- comparing ---- */

static bool
in_window(const struct config *cfg, const struct item *old, const struct item *new)
{
	return cfg->window <= 0 || old->time == NO_TIME || new->time == NO_TIME ||
	    old->time >= new->time - cfg->window;
}

/* The first remembered item filed under key in table t that also passes
 * the check, or none. */
static bool
find_equal(const struct deduper *d, unsigned t, uint64_t key,
    const struct item *new, size_t *slot)
{
	const struct store *s = &d->store;
	const struct table *tb = &s->table[t];
	size_t i = home(tb, key);

	for (unsigned dist = 0; tb->cell[i] != 0 && cell_distance(tb->cell[i]) >= dist;
	    i = next_cell(tb, i), dist++) {
		uint32_t c = cell_slot(tb->cell[i]);

		if (cell_print(tb->cell[i]) == key_print(key) && item_key(s, t, c) == key &&
		    in_window(d->cfg, &s->items[c], new)) {
			*slot = c;
			return true;
		}
	}
	return false;
}

/* The similarity of a new item to an old one: Jaccard, or with
 * --containment the larger share of either in the other. */
static double
similarity(const struct config *cfg, const struct item *old, const struct item *new)
{
	double j = minhash_similarity(old->sig, new->sig);

	if (cfg->containment && old->shingles >= MIN_CONTAINED_SHINGLES &&
	    new->shingles >= MIN_CONTAINED_SHINGLES) {
		double a = minhash_containment(j, old->shingles, new->shingles);
		double b = minhash_containment(j, new->shingles, old->shingles);

		if (a > j)
			j = a;
		if (b > j)
			j = b;
	}
	return j;
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

/* The most similar remembered item among those sharing a band. */
static void
find_similar(const struct deduper *d, const struct item *new, struct verdict *v)
{
	const struct store *s = &d->store;
	uint64_t keys[NTABLES] = { 0 };
	uint32_t seen[SEEN_SIZE] = { 0 };

	for (unsigned b = 0; b < BANDS; b++)
		keys[b] = band_hash(new->sig, b);
	prefetch_homes(s, keys);
	for (unsigned b = 0; b < BANDS; b++) {
		const struct table *tb = &s->table[b];
		size_t i = home(tb, keys[b]);
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
			if (already_compared(seen, c) || !in_window(d->cfg, &s->items[c], new))
				continue;
			sim = similarity(d->cfg, &s->items[c], new);
			if (sim >= d->cfg->threshold && sim > v->similarity) {
				v->duplicate = true;
				v->slot = c;
				v->similarity = sim;
			}
		}
	}
}

static struct verdict
judge(const struct deduper *d, const struct item *new)
{
	struct verdict v = { false, 0, 0, 0 };

	if (new->shingles == 0)
		return v;	/* no words: nothing to compare */
	if (find_equal(d, TABLE_EXACT, new->exact, new, &v.slot) ||
	    (new->key != 0 && find_equal(d, TABLE_KEY, new->key, new, &v.slot))) {
		v.duplicate = true;
		v.similarity = 1;
		return v;
	}
	find_similar(d, new, &v);
	return v;
}

/* ---- records ---- */

/* The record's id: its "id" field, or its place in the stream. */
static void
record_id(json_t *rec, unsigned long seen, char *out, size_t size)
{
	json_t *id = json_object_get(rec, "id");

	if (json_is_string(id))
		snprintf(out, size, "%s", json_string_value(id));
	else if (json_is_integer(id))
		snprintf(out, size, "%" JSON_INTEGER_FORMAT, json_integer_value(id));
	else
		snprintf(out, size, "#%lu", seen);
}

static uint64_t
key_hash(const struct config *cfg, json_t *rec)
{
	json_t *k = cfg->key ? json_object_get(rec, cfg->key) : NULL;
	struct buf text = { 0 };
	uint64_t h;

	if (k == NULL || json_is_null(k))
		return 0;
	jsonw_value(&text, k);
	h = hash_fnv1a(text.data, text.len, HASH_FNV_OFFSET) | 1;
	buf_free(&text);
	return h;
}

/* Builds the item a record would be remembered as. */
static void
describe(struct deduper *d, json_t *rec, const char *text, size_t len,
    struct item *it)
{
	struct minhash m;

	memset(it, 0, sizeof(*it));
	norm_words(text, len, &d->norm);
	minhash_sign(d->norm.word_hash, d->norm.nwords, &m);
	memcpy(it->sig, m.sig, sizeof(it->sig));
	it->shingles = m.shingles;
	it->exact = norm_hash(&d->norm);
	it->key = key_hash(d->cfg, rec);
	if (!record_time(&d->rr, rec, &it->time))
		it->time = NO_TIME;
}

static double
rounded(double x)
{
	return round(x * 1000) / 1000;
}

/* ---- state ---- */

static const char STATE_MAGIC[8] = { 'W', 'D', 'E', 'D', 'U', 'P', 0, 1 };
enum { STATE_VERSION = 1 };

struct state_header {
	char magic[8];
	uint32_t version, bins, shingle, bands, rows, unused;
	uint64_t count;
};

/* An item on disk: its fixed fields, then its id's length and bytes. */
enum { DISK_FIXED = 8 + 8 + 8 + 4 + MINHASH_BINS + 2, STATE_BUFFER = 1 << 20 };

static size_t
pack_item(const struct item *it, unsigned char *out)
{
	const char *id = item_id(it);
	uint16_t n = (uint16_t)strnlen(id, UINT16_MAX);
	unsigned char *p = out;

	memcpy(p, &it->exact, 8), p += 8;
	memcpy(p, &it->key, 8), p += 8;
	memcpy(p, &it->time, 8), p += 8;
	memcpy(p, &it->shingles, 4), p += 4;
	memcpy(p, it->sig, MINHASH_BINS), p += MINHASH_BINS;
	memcpy(p, &n, 2), p += 2;
	memcpy(p, id, n), p += n;
	return (size_t)(p - out);
}

static bool
save_state(const struct deduper *d)
{
	const struct store *s = &d->store;
	struct state_header h = {
		.version = STATE_VERSION, .bins = MINHASH_BINS,
		.shingle = MINHASH_SHINGLE, .bands = BANDS, .rows = ROWS,
		.count = s->count,
	};
	struct atomicfile af;
	uint64_t sum;
	unsigned char *rec = xmalloc(DISK_FIXED + UINT16_MAX);
	bool ok;

	memcpy(h.magic, STATE_MAGIC, sizeof(h.magic));
	if (!atomicfile_open(&af, d->cfg->state)) {
		free(rec);
		return false;
	}
	setvbuf(af.f, NULL, _IOFBF, STATE_BUFFER);
	sum = hash_fnv1a(&h, sizeof(h), HASH_FNV_OFFSET);
	ok = fwrite(&h, sizeof(h), 1, af.f) == 1;
	for (size_t i = 0; ok && i < s->count; i++) {
		size_t n = pack_item(&s->items[(s->head + i) % s->capacity], rec);

		sum = hash_fnv1a(rec, n, sum);
		ok = fwrite(rec, 1, n, af.f) == n;
	}
	free(rec);
	if (!ok || fwrite(&sum, 8, 1, af.f) != 1) {
		diag_warn("cannot write %s:", d->cfg->state);
		atomicfile_abort(&af);
		return false;
	}
	return atomicfile_commit(&af);
}

/* Reads the next item of a state file; false at a short read. */
static bool
read_item(FILE *f, struct item *it, uint64_t *sum)
{
	unsigned char fixed[DISK_FIXED], *p = fixed;
	char id[UINT16_MAX + 1];
	uint16_t n;

	memset(it, 0, sizeof(*it));
	if (fread(fixed, DISK_FIXED, 1, f) != 1)
		return false;
	memcpy(&it->exact, p, 8), p += 8;
	memcpy(&it->key, p, 8), p += 8;
	memcpy(&it->time, p, 8), p += 8;
	memcpy(&it->shingles, p, 4), p += 4;
	memcpy(it->sig, p, MINHASH_BINS), p += MINHASH_BINS;
	memcpy(&n, p, 2);
	if (n > 0 && fread(id, n, 1, f) != 1)
		return false;
	*sum = hash_fnv1a(fixed, DISK_FIXED, *sum);
	*sum = hash_fnv1a(id, n, *sum);
	id[n] = '\0';
	item_set_id(it, n > 0 ? id : "#");
	return true;
}

/* Files the items of the ring into the tables, in batches whose cells
 * are prefetched together. */
static void
file_all(struct store *s)
{
	enum { BATCH = 8 };
	uint64_t keys[BATCH][NTABLES];

	for (size_t first = 0; first < s->count; first += BATCH) {
		size_t n = s->count - first < BATCH ? s->count - first : BATCH;

		for (size_t k = 0; k < n; k++) {
			uint32_t slot = (uint32_t)((s->head + first + k) % s->capacity);

			for (unsigned t = 0; t < NTABLES; t++)
				keys[k][t] = item_key(s, t, slot);
			prefetch_homes(s, keys[k]);
		}
		for (size_t k = 0; k < n; k++) {
			uint32_t slot = (uint32_t)((s->head + first + k) % s->capacity);

			for (unsigned t = 0; t < NTABLES; t++)
				if (s->table[t].cell != NULL &&
				    (t != TABLE_KEY || s->items[slot].key != 0))
					table_insert(&s->table[t], keys[k][t], slot);
		}
	}
}

static bool
refuse_state(struct store *s, FILE *f, const char *path, const char *why)
{
	diag_warn("%s: %s", path, why);
	while (s->count > 0) {
		item_clear(&s->items[s->head]);
		s->head = (s->head + 1) % s->capacity;
		s->count--;
	}
	fclose(f);
	return false;
}

/*
 * Loads a state file, when there is one.  Nothing of it is used unless
 * all of it is sound: magic, version and parameters, every item, and the
 * checksum; else it is refused, with the reason, and false returned.
 * Only the newest --capacity items are kept.
 */
static bool
load_state(struct deduper *d)
{
	struct store *s = &d->store;
	const char *path = d->cfg->state;
	FILE *f = fopen(path, "rb");
	struct state_header h;
	uint64_t sum, stored;
	struct item it;

	if (f == NULL) {
		if (errno == ENOENT)
			return true;	/* a first run */
		diag_warn("%s:", path);
		return false;
	}
	setvbuf(f, NULL, _IOFBF, STATE_BUFFER);
	if (fread(&h, sizeof(h), 1, f) != 1 ||
	    memcmp(h.magic, STATE_MAGIC, sizeof(h.magic)) != 0)
		return refuse_state(s, f, path, "not a wire-dedupe state file");
	if (h.version != STATE_VERSION || h.bins != MINHASH_BINS ||
	    h.shingle != MINHASH_SHINGLE || h.bands != BANDS || h.rows != ROWS)
		return refuse_state(s, f, path, "made by another version of wire-dedupe");
	sum = hash_fnv1a(&h, sizeof(h), HASH_FNV_OFFSET);
	for (uint64_t i = 0; i < h.count; i++) {
		if (!read_item(f, &it, &sum))
			return refuse_state(s, f, path, "corrupt (truncated)");
		if (h.count - i > s->capacity) {
			item_clear(&it);
			continue;
		}
		s->items[(s->head + s->count++) % s->capacity] = it;
		note_time(s, it.time);
	}
	if (fread(&stored, 8, 1, f) != 1 || stored != sum || fgetc(f) != EOF)
		return refuse_state(s, f, path, "corrupt (checksum)");
	fclose(f);
	file_all(s);
	return true;
}

/* Removes temporary files that a killed save left beside the state. */
static void
remove_stale_temporaries(const char *state)
{
	char pattern[4096];
	glob_t g;

	snprintf(pattern, sizeof(pattern), "%s.tmp.??????", state);
	if (glob(pattern, GLOB_NOSORT, NULL, &g) == 0)
		for (size_t i = 0; i < g.gl_pathc; i++)
			unlink(g.gl_pathv[i]);
	globfree(&g);
}

static double
seconds_since(const struct timespec *t)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - t->tv_sec) + (now.tv_nsec - t->tv_nsec) / 1e9;
}

static void
checkpoint(struct deduper *d)
{
	if (d->cfg->state == NULL || d->since_checkpoint == 0)
		return;
	save_state(d);
	d->since_checkpoint = 0;
	clock_gettime(CLOCK_MONOTONIC, &d->last_checkpoint);
}

static void
checkpoint_if_due(struct deduper *d)
{
	const struct config *cfg = d->cfg;

	if ((cfg->checkpoint_records > 0 && d->since_checkpoint >= cfg->checkpoint_records) ||
	    (cfg->checkpoint_seconds > 0 &&
	    seconds_since(&d->last_checkpoint) >= cfg->checkpoint_seconds))
		checkpoint(d);
}

static void
checkpoint_when_idle(void *arg)
{
	checkpoint_if_due(arg);
}

/* ---- the loop ---- */

static void
dedupe_record(struct deduper *d, struct stream *in, json_t *rec)
{
	size_t len;
	const char *text = stream_text(in, rec, &len);
	struct item it;
	struct verdict v;
	char id[1024];

	d->seen++;
	prefetch_oldest(&d->store);
	describe(d, rec, text, len, &it);
	note_time(&d->store, it.time);
	expire(&d->store, d->cfg->window);
	v = judge(d, &it);
	if (!v.duplicate) {
		if (it.shingles > 0) {
			record_id(rec, d->seen, id, sizeof(id));
			item_set_id(&it, id);
			remember(&d->store, &it, v.crowded);
			d->since_checkpoint++;
		}
		stream_emit(in, rec);
	} else if (d->cfg->mark) {
		json_object_set_new(rec, "duplicate_of",
		    json_string(item_id(&d->store.items[v.slot])));
		json_object_set_new(rec, "similarity", json_real(rounded(v.similarity)));
		stream_emit(in, rec);
	}
	checkpoint_if_due(d);
}

int
main(int argc, char **argv)
{
	struct config cfg = { .threshold = 0.5, .capacity = 1000000 };
	struct filter_info info = {
		.name = "wire-dedupe",
		.synopsis = "[-cm] [-k field] [-n capacity] [-s state] "
		    "[-t threshold] [-w duration] [common options] [file ...]",
		.purpose = "Drops, or marks, exact and near-duplicate records in "
		    "an endless stream, in bounded memory.",
		.options_help = dedupe_help,
		.options = dedupe_options,
		.short_options = "cC:k:mn:s:t:w:",
		.handle = handle_option,
		.ctx = &cfg,
	};
	struct stream_options sopt = { 0 };
	struct deduper d = { .cfg = &cfg };
	struct stream in;
	json_t *rec;
	int status;

	opts_parse(&info, &sopt, &argc, &argv);
	if ((cfg.checkpoint_records || cfg.checkpoint_seconds) && cfg.state == NULL) {
		diag_warn("--checkpoint needs --state");
		opts_usage_error(&info);
	}
	if (cfg.checkpoint_seconds > 0) {
		sopt.hooks.on_idle = checkpoint_when_idle;
		sopt.hooks.idle_ms = (int)(cfg.checkpoint_seconds * 1000);
		sopt.hooks.arg = &d;
	}
	stop_install();
	store_init(&d.store, cfg.capacity, cfg.key != NULL);
	clock_gettime(CLOCK_MONOTONIC, &d.last_checkpoint);
	if (cfg.state != NULL) {
		remove_stale_temporaries(cfg.state);
		if (!load_state(&d)) {
			store_free(&d.store);
			return EXIT_TROUBLE;
		}
	}
	stream_init(&in, &sopt, argc, argv);
	record_reader_init(&d.rr, &in);
	while ((rec = stream_next(&in)) != NULL) {
		dedupe_record(&d, &in, rec);
		json_decref(rec);
	}
	/* The state first: a failing stdout ends the program. */
	bool saved = cfg.state == NULL || save_state(&d);
	status = stream_finish(&in);
	if (!saved)
		status = EXIT_TROUBLE;
	store_free(&d.store);
	norm_free(&d.norm);
	return status;
}
