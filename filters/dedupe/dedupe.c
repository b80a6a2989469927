/*
 * dedupe: the record loop of wire-dedupe (dedupe.h): a record described
 * as an item, judged against the store, remembered, and checkpointed;
 * with --stories, also added to its story (story.h), and held until the
 * story's end is known when it may be the last.
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
#include "search.h"
#include "state.h"
#include "store.h"
#include "story.h"

_Static_assert(DEDUPE_MAX_CAPACITY == STORE_MAX_CAPACITY,
    "the interface's capacity is the store's");

/* Containment is only trusted between texts of some length. */
enum { MIN_CONTAINED_SHINGLES = 8 };

/* Everything the record loop needs. */
struct dedupe {
	struct dedupe_config cfg;
	struct stream *out;
	struct store store;
	struct norm norm;
	unsigned long seen, since_checkpoint;
	struct timespec last_checkpoint, last_record;
	struct stories *stories;	/* with cfg.stories */
	json_t *held;		/* a record of the story in hand, not yet out */
	struct record_reader rr;	/* upstream fields of the stream */
};

/* ---- comparing ---- */

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

/* search_score for paragraphs: similarity() of the item in slot. */
static double
score_paragraph(const struct store *s, size_t slot, const struct item *new,
    void *ctx)
{
	return similarity(ctx, &s->items[slot], new);
}

static struct verdict
judge(const struct dedupe *d, const struct item *new)
{
	struct verdict v = { false, 0, 0, 0 };

	if (new->shingles == 0)
		return v;	/* no words: nothing to compare */
	if (search_equal(&d->store, TABLE_EXACT, new->exact, new, d->cfg.window, &v.slot) ||
	    (new->key != 0 &&
	    search_equal(&d->store, TABLE_KEY, new->key, new, d->cfg.window, &v.slot))) {
		v.duplicate = true;
		v.similarity = 1;
		return v;
	}
	search_bands(&d->store, new, d->cfg.window, d->cfg.threshold, score_paragraph,
	    (void *)&d->cfg, &v);
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
	state_save(&d->store, d->stories, d->cfg.state);
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

/* ---- whole stories ---- */

/* Ends the story in hand: the record held of it goes out, with the
 * story's verdict when it repeats a remembered one. */
static void
end_story(struct dedupe *d)
{
	const char *of;
	double sim;
	bool repeats = stories_end(d->stories, &of, &sim);

	if (d->held == NULL)
		return;
	if (repeats) {
		json_object_set_new(d->held, "story_duplicate_of", json_string(of));
		json_object_set_new(d->held, "story_similarity", json_real(rounded(sim)));
	}
	stream_emit(d->out, d->held);
	json_decref(d->held);
	d->held = NULL;
}

/* The story a record belongs to, in its bounded form: its "doc", else
 * its id (a whole story in one record). */
static void
story_id(json_t *rec, unsigned long seen, char *out, size_t size)
{
	json_t *doc = json_object_get(rec, "doc");

	if (json_is_string(doc))
		ids_bound(json_string_value(doc), json_string_length(doc), out, size);
	else
		record_id(rec, seen, out, size);
}

/* Before a record: the story in hand ends unless the record is of it;
 * when it is, the record held of it goes out unmarked. */
static void
story_before(struct dedupe *d, const char *story)
{
	if (stories_continues(d->stories, story)) {
		stream_emit(d->out, d->held);
		json_decref(d->held);
		d->held = NULL;
	} else {
		end_story(d);
	}
}

/* A record into the story in hand; held, unless it ends the story (its
 * "last", or no "doc": a whole story). */
static void
story_record(struct dedupe *d, json_t *rec, const char *story, const char *text,
    size_t len, int64_t time)
{
	stories_add(d->stories, story, text, len, &d->norm, time);
	d->held = json_incref(rec);
	if (!json_is_string(json_object_get(rec, "doc")) || record_is_last(rec))
		end_story(d);
}

void
dedupe_idle(struct dedupe *d)
{
	if (d->held != NULL && d->cfg.idle > 0 &&
	    seconds_since(&d->last_record) >= d->cfg.idle)
		end_story(d);
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
	if (cfg->stories) {
		d->stories = xmalloc(sizeof(*d->stories));
		stories_init(d->stories, cfg->story_capacity, cfg->story_threshold,
		    cfg->window);
	}
	record_reader_init(&d->rr, out);
	clock_gettime(CLOCK_MONOTONIC, &d->last_checkpoint);
	if (cfg->state != NULL) {
		state_remove_stale_temporaries(cfg->state);
		if (!state_load(&d->store, d->stories, cfg->state)) {
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
	char id[ID_MAX], story[ID_MAX];

	d->seen++;
	if (d->stories != NULL) {
		clock_gettime(CLOCK_MONOTONIC, &d->last_record);
		story_id(rec, d->seen, story, sizeof(story));
		story_before(d, story);
	}
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
	} else if (d->cfg.mark) {
		json_object_set_new(rec, "duplicate_of",
		    json_string(item_id(&d->store.items[v.slot])));
		json_object_set_new(rec, "similarity", json_real(rounded(v.similarity)));
	}
	if (d->stories != NULL)
		story_record(d, rec, story, text, len, it.time);
	else if (!v.duplicate || d->cfg.mark)
		stream_emit(in, rec);
	checkpoint_if_due(d);
}

bool
dedupe_end(struct dedupe *d)
{
	if (d->stories != NULL)
		end_story(d);
	return d->cfg.state == NULL || state_save(&d->store, d->stories, d->cfg.state);
}

void
dedupe_free(struct dedupe *d)
{
	if (d == NULL)
		return;
	store_free(&d->store);
	if (d->stories != NULL) {
		stories_free(d->stories);
		free(d->stories);
	}
	json_decref(d->held);
	norm_free(&d->norm);
	free(d);
}
