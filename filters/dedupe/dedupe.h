/*
 * dedupe: wire-dedupe's work, exact and near-duplicates in a stream.
 *
 * Each record's text is compared with the items remembered so far:
 * exactly, after normalisation (norm.h), by the --key field, and by the
 * Jaccard similarity of its word shingles, estimated from MinHash
 * signatures (minhash.h) and found through LSH banding (store.h).  A
 * record that repeats none is written to out and remembered (when it has
 * words); a duplicate is dropped, or with cfg.mark written with
 * "duplicate_of" (the id of the item it repeats) and "similarity" (0 to
 * 1, three decimals).  Memory is a fixed amount per remembered item,
 * capacity items at most, the oldest forgotten first (and, with a
 * window, the ones older than the window before the newest record's
 * time).  With cfg.state the store is loaded at dedupe_new, saved at
 * dedupe_end and at checkpoints (state.h).
 *
 * With cfg.stories, whole stories too (story.h): a story that repeats a
 * remembered one gets "story_duplicate_of" (that story's doc, or id) and
 * "story_similarity" on the record that closes it.  A record of a story
 * with "doc" and without "last" is held until the next record says
 * whether the story goes on (or the end of the input, or cfg.idle
 * seconds without input, ends it); every other record goes out at once.
 */
#ifndef WIRE_DEDUPE_H
#define WIRE_DEDUPE_H

#include <stdbool.h>
#include <stddef.h>

#include <jansson.h>

#include "stream.h"

/* The most items a store can address. */
#define DEDUPE_MAX_CAPACITY ((1L << 22) - 2)

struct dedupe_config {
	double threshold;	/* similarity from which a near-duplicate */
	bool containment;	/* also an item mostly contained in another */
	bool mark;		/* keep duplicates, marked */
	const char *key;	/* equal values of this field: duplicates */
	size_t capacity;	/* items remembered, at most */
	double window;		/* seconds; 0 for none */
	const char *state;	/* file kept across runs; NULL: none */
	unsigned long checkpoint_records;	/* save every N new items */
	double checkpoint_seconds;		/* or every so long */
	bool stories;		/* also whole stories (story.h); needs mark */
	double story_threshold;	/* similarity from which a story repeats one */
	size_t story_capacity;	/* stories remembered, at most */
	double idle;		/* seconds without input that end a story; 0: none */
};

struct dedupe;

/* NULL when the state file cannot be loaded (said on stderr).  out is
 * the stream the records come from and go to; it need not be started. */
struct dedupe *dedupe_new(const struct dedupe_config *cfg, struct stream *out);

/* One record in: written, marked or dropped. */
void dedupe_record(struct dedupe *d, json_t *rec);

/* The input is idle: ends the story in hand when cfg.idle has passed
 * since the last record, and saves the state when a timed checkpoint is
 * due (for the stream's on_idle hook). */
void dedupe_idle(struct dedupe *d);

/* End of stream: ends the story in hand, then saves the state; false (said on stderr) when it could
 * not be saved. */
bool dedupe_end(struct dedupe *d);

void dedupe_free(struct dedupe *d);

#endif
