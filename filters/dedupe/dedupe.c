/*
 * dedupe: the record loop of wire-dedupe (dedupe.h): a record described
 * as an item, judged against the store, remembered, and checkpointed.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dedupe.h"
#include "diag.h"
#include "hash.h"
#include "ids.h"
#include "jsonw.h"
#include "minhash.h"
#include "norm.h"
#include "record.h"
#include "state.h"
#include "store.h"

_Static_assert(DEDUPE_MAX_CAPACITY == STORE_MAX_CAPACITY,
    "the interface's capacity is the store's");

/* A band where this many remembered items already share a record's key
 * is crowded (formulaic copy): the search looks no further there, and the
 * record is not filed there; it is found through its other bands. */
enum { BAND_CROWD = 4 };

/* Candidates a record is compared with, at most. */
enum { SEEN_SIZE = 512 };

/* Containment is only trusted between texts of some length. */
enum { MIN_CONTAINED_SHINGLES = 8 };

/* What a record turned out to be. */
struct verdict {
	bool duplicate;
	size_t slot;		/* the item it repeats */
	double similarity;
	uint32_t crowded;	/* bands (bit b) too crowded to file it in */
};

/* Everything the record loop needs. */
struct dedupe {
	struct dedupe_config cfg;
	struct stream *out;
	struct store store;
	struct norm norm;
	unsigned long seen, since_checkpoint;
	struct timespec last_checkpoint;
	struct record_reader rr;	/* upstream fields of the stream */
};

/* ---- comparing ---- */

static bool
in_window(const struct dedupe_config *cfg, const struct item *old,
    const struct item *new)
{
	return cfg->window <= 0 || old->time == NO_TIME || new->time == NO_TIME ||
	    old->time >= new->time - cfg->window;
}

/* The first remembered item filed under key in table t that also passes
 * the check, or none. */
static bool
find_equal(const struct dedupe *d, unsigned t, uint64_t key,
    const struct item *new, size_t *slot)
{
	const struct store *s = &d->store;
	const struct table *tb = &s->table[t];
	size_t i = store_home(tb, key);

	for (unsigned dist = 0; tb->cell[i] != 0 && cell_distance(tb->cell[i]) >= dist;
	    i = next_cell(tb, i), dist++) {
		uint32_t c = cell_slot(tb->cell[i]);

		if (cell_print(tb->cell[i]) == key_print(key) && item_key(s, t, c) == key &&
		    in_window(&d->cfg, &s->items[c], new)) {
			*slot = c;
			return true;
		}
	}
	return false;
}

/* The similarity of a new item to an old one: Jaccard, or with
 * --containment the larger share of either in the other. */
static double
similarity(const struct dedupe_config *cfg, const struct item *old,
    const struct item *new)
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
find_similar(const struct dedupe *d, const struct item *new, struct verdict *v)
{
	const struct store *s = &d->store;
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
			if (already_compared(seen, c) || !in_window(&d->cfg, &s->items[c], new))
				continue;
			sim = similarity(&d->cfg, &s->items[c], new);
			if (sim >= d->cfg.threshold && sim > v->similarity) {
				v->duplicate = true;
				v->slot = c;
				v->similarity = sim;
			}
		}
	}
}

static struct verdict
judge(const struct dedupe *d, const struct item *new)
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

/* The record's id: its "id" field, or its place in the stream; a long
 * one in its bounded form. */
static void
record_id(json_t *rec, unsigned long seen, char *out, size_t size)
{
	json_t *id = json_object_get(rec, "id");

	if (json_is_string(id))
		ids_bound(json_string_value(id), json_string_length(id), out, size);
	else if (json_is_integer(id))
		snprintf(out, size, "%" JSON_INTEGER_FORMAT, json_integer_value(id));
	else
		snprintf(out, size, "#%lu", seen);
}

static uint64_t
key_hash(const struct dedupe_config *cfg, json_t *rec)
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
describe(struct dedupe *d, json_t *rec, const char *text, size_t len,
    struct item *it)
{
	struct minhash m;

	memset(it, 0, sizeof(*it));
	norm_words(text, len, &d->norm);
	minhash_sign(d->norm.word_hash, d->norm.nwords, &m);
	memcpy(it->sig, m.sig, sizeof(it->sig));
	it->shingles = m.shingles;
	it->exact = norm_hash(&d->norm);
	it->key = key_hash(&d->cfg, rec);
	if (!record_time(&d->rr, rec, &it->time))
		it->time = NO_TIME;
}

static double
rounded(double x)
{
	return round(x * 1000) / 1000;
}

static double
seconds_since(const struct timespec *t)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - t->tv_sec) + (now.tv_nsec - t->tv_nsec) / 1e9;
}

static void
checkpoint(struct dedupe *d)
{
	if (d->cfg.state == NULL || d->since_checkpoint == 0)
		return;
	state_save(&d->store, d->cfg.state);
	d->since_checkpoint = 0;
	clock_gettime(CLOCK_MONOTONIC, &d->last_checkpoint);
}

static void
checkpoint_if_due(struct dedupe *d)
{
	const struct dedupe_config *cfg = &d->cfg;

	if ((cfg->checkpoint_records > 0 && d->since_checkpoint >= cfg->checkpoint_records) ||
	    (cfg->checkpoint_seconds > 0 &&
	    seconds_since(&d->last_checkpoint) >= cfg->checkpoint_seconds))
		checkpoint(d);
}

void
dedupe_idle(struct dedupe *d)
{
	checkpoint_if_due(d);
}

/* ---- the unit ---- */

struct dedupe *
dedupe_new(const struct dedupe_config *cfg, struct stream *out)
{
	struct dedupe *d = xcalloc(1, sizeof *d);

	d->cfg = *cfg;
	d->out = out;
	store_init(&d->store, cfg->capacity, cfg->key != NULL);
	record_reader_init(&d->rr, out);
	clock_gettime(CLOCK_MONOTONIC, &d->last_checkpoint);
	if (cfg->state != NULL) {
		state_remove_stale_temporaries(cfg->state);
		if (!state_load(&d->store, cfg->state)) {
			dedupe_free(d);
			return NULL;
		}
	}
	return d;
}

void
dedupe_record(struct dedupe *d, json_t *rec)
{
	struct stream *in = d->out;
	size_t len;
	const char *text = stream_text(in, rec, &len);
	struct item it;
	struct verdict v;
	char id[ID_MAX];

	d->seen++;
	store_prefetch_oldest(&d->store);
	describe(d, rec, text, len, &it);
	store_note_time(&d->store, it.time);
	store_expire(&d->store, d->cfg.window);
	v = judge(d, &it);
	if (!v.duplicate) {
		if (it.shingles > 0) {
			record_id(rec, d->seen, id, sizeof(id));
			item_set_id(&it, id);
			store_remember(&d->store, &it, v.crowded);
			d->since_checkpoint++;
		}
		stream_emit(in, rec);
	} else if (d->cfg.mark) {
		json_object_set_new(rec, "duplicate_of",
		    json_string(item_id(&d->store.items[v.slot])));
		json_object_set_new(rec, "similarity", json_real(rounded(v.similarity)));
		stream_emit(in, rec);
	}
	checkpoint_if_due(d);
}

bool
dedupe_end(struct dedupe *d)
{
	return d->cfg.state == NULL || state_save(&d->store, d->cfg.state);
}

void
dedupe_free(struct dedupe *d)
{
	if (d == NULL)
		return;
	store_free(&d->store);
	norm_free(&d->norm);
	free(d);
}
