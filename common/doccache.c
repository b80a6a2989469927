/*
 * doccache: per-story states, least recently used dropped (doccache.h).
 */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "doccache.h"
#include "hash.h"

void
doccache_init(struct doccache *c, size_t max_docs, void *(*create)(void),
    void (*destroy)(void *state))
{
	c->max = max_docs ? max_docs : 1;
	c->v = xcalloc(c->max, sizeof *c->v);
	c->n = 0;
	c->clock = 0;
	c->create = create;
	c->destroy = destroy;
}

static struct doccache_entry *
find(struct doccache *c, const char *doc, uint64_t h)
{
	/* Most records belong to the story used last: look there first. */
	for (size_t i = c->n; i-- > 0;)
		if (c->v[i].hash == h && strcmp(c->v[i].doc, doc) == 0)
			return &c->v[i];
	return NULL;
}

static void
release(struct doccache *c, struct doccache_entry *e)
{
	c->destroy(e->state);
	free(e->doc);
	*e = c->v[--c->n];
}

void *
doccache_get(struct doccache *c, const char *doc)
{
	uint64_t h = hash_fnv1a(doc, strlen(doc), HASH_FNV_OFFSET);
	struct doccache_entry *e = find(c, doc, h);

	if (e == NULL) {
		if (c->n == c->max) {
			struct doccache_entry *oldest = &c->v[0];
			for (size_t i = 1; i < c->n; i++)
				if (c->v[i].used < oldest->used)
					oldest = &c->v[i];
			release(c, oldest);
		}
		e = &c->v[c->n++];
		*e = (struct doccache_entry){ xstrdup(doc), h, c->create(), 0 };
	}
	e->used = ++c->clock;
	return e->state;
}

void
doccache_drop(struct doccache *c, const char *doc)
{
	struct doccache_entry *e = find(c, doc,
	    hash_fnv1a(doc, strlen(doc), HASH_FNV_OFFSET));

	if (e != NULL)
		release(c, e);
}

void *
doccache_enter(struct doccache *c, const char *doc)
{
	return doc != NULL ? doccache_get(c, doc) : c->create();
}

void
doccache_leave(struct doccache *c, const char *doc, bool last, void *state)
{
	if (doc == NULL)
		c->destroy(state);
	else if (last)
		doccache_drop(c, doc);
}

void
doccache_free(struct doccache *c)
{
	while (c->n > 0)
		release(c, &c->v[c->n - 1]);
	free(c->v);
}
