/*
 * doccache: what a filter remembers about the stories in hand.
 *
 * Records of one story (the same "doc") arrive in order, usually one
 * story after another, sometimes interleaved.  A filter that needs the
 * story so far (who was named, what an acronym stands for) keeps one
 * state per story here; the cache holds at most max_docs states and
 * drops the least recently used, so memory stays flat on an endless
 * stream.  A story that ends (its "last" record) can be dropped at once.
 */
#ifndef WIRE_DOCCACHE_H
#define WIRE_DOCCACHE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct doccache_entry {
	char *doc;
	uint64_t hash;
	void *state;
	unsigned long used;	/* clock of the last use */
};

struct doccache {
	struct doccache_entry *v;
	size_t n, max;
	unsigned long clock;
	void *(*create)(void);
	void (*destroy)(void *state);
};

void doccache_init(struct doccache *c, size_t max_docs,
    void *(*create)(void), void (*destroy)(void *state));

/* The state of story doc, created (and the oldest dropped) when new. */
void *doccache_get(struct doccache *c, const char *doc);

/* A record's story state: doc's (as doccache_get), or for a record that
 * names no story (doc NULL) a new state of its own. */
void *doccache_enter(struct doccache *c, const char *doc);

/* After the record: the state of a record with no story is destroyed,
 * and a story whose last record it was is forgotten. */
void doccache_leave(struct doccache *c, const char *doc, bool last,
    void *state);

/* Forgets story doc, if it is there. */
void doccache_drop(struct doccache *c, const char *doc);

void doccache_free(struct doccache *c);

#endif
