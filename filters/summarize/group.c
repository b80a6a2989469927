/*
 * group: a story or window's sentences, entity counts and quotes
 * (group.h).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diag.h"
#include "group.h"
#include "hash.h"

static void
sentence_free(struct sentence *st)
{
	free(st->text);
	free(st->id);
	free(st->terms);
	free(st->entities);
	free(st->figures);
}

void
group_clear(struct group *g)
{
	for (size_t i = 0; i < g->n; i++)
		sentence_free(&g->v[i]);
	for (size_t i = 0; i < g->nents; i++) {
		free(g->ents[i].canonical);
		free(g->ents[i].type);
	}
	for (size_t i = 0; i < g->nquotes; i++) {
		free(g->quotes[i].canonical);
		free(g->quotes[i].verb);
		free(g->quotes[i].text);
		free(g->quotes[i].id);
	}
	free(g->key);
	free(g->title);
	g->key = g->title = NULL;
	g->open = false;
	g->count = g->n = g->nents = g->nquotes = g->next_order = g->stories = g->posts = 0;
	g->unit = NULL;
	g->all_repeats = false;
	free(g->last_doc);
	g->last_doc = NULL;
}

void
group_free(struct group *g)
{
	group_clear(g);
	free(g->v);
	free(g->ents);
	free(g->quotes);
}

void
group_trim(struct group *g, size_t max)
{
	size_t drop;

	if (g->n <= max)
		return;
	drop = g->n - max;
	for (size_t i = 0; i < drop; i++)
		sentence_free(&g->v[i]);
	memmove(g->v, g->v + drop, max * sizeof *g->v);
	g->n = max;
}

void
group_drop_repeats(struct group *g)
{
	size_t kept = 0;

	for (size_t i = 0; i < g->n; i++)
		kept += !g->v[i].repeat;
	g->all_repeats = kept == 0 && g->n > 0;
	if (kept == 0 || kept == g->n)
		return;
	kept = 0;
	for (size_t i = 0; i < g->n; i++) {
		if (g->v[i].repeat)
			sentence_free(&g->v[i]);
		else
			g->v[kept++] = g->v[i];
	}
	g->n = kept;
}

struct sentence *
group_add_sentence(struct group *g, size_t max)
{
	if (g->n >= 2 * max)
		group_trim(g, max);
	g->v = xgrow(g->v, &g->cap, g->n + 1, sizeof *g->v);
	struct sentence *st = &g->v[g->n++];
	memset(st, 0, sizeof *st);
	st->order = g->next_order++;
	return st;
}

uint64_t
group_entity_key(const char *canonical)
{
	uint64_t h = HASH_FNV_OFFSET;

	for (const char *p = canonical; *p != '\0'; p++) {
		char c = *p >= 'A' && *p <= 'Z' ? (char)(*p - 'A' + 'a') : *p;
		h = hash_fnv1a(&c, 1, h);
	}
	return h;
}

/* Whether s has letters and none of them in lower case. */
static bool
all_capitals(const char *s)
{
	bool letters = false;

	for (; *s != '\0'; s++) {
		if (*s >= 'a' && *s <= 'z')
			return false;
		letters |= *s >= 'A' && *s <= 'Z';
	}
	return letters;
}

void
group_count_entity(struct group *g, const char *canonical, const char *type)
{
	uint64_t h = group_entity_key(canonical);

	for (size_t i = 0; i < g->nents; i++)
		if (g->ents[i].hash == h && strcasecmp(g->ents[i].canonical, canonical) == 0) {
			g->ents[i].count++;
			/* A dateline's capitals give way to the story's spelling. */
			if (all_capitals(g->ents[i].canonical) && !all_capitals(canonical)) {
				free(g->ents[i].canonical);
				g->ents[i].canonical = xstrdup(canonical);
			}
			return;
		}
	if (g->nents == MAX_ENTITIES_KEPT)
		return;
	g->ents = xgrow(g->ents, &g->cap_ents, g->nents + 1, sizeof *g->ents);
	g->ents[g->nents++] = (struct entity_count){ xstrdup(canonical), xstrdup(type), h, 1 };
}

size_t
group_entity_count(const struct group *g, uint64_t h)
{
	for (size_t i = 0; i < g->nents; i++)
		if (g->ents[i].hash == h)
			return g->ents[i].count;
	return 0;
}
