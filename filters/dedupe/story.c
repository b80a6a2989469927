/*
 * story: whole stories, sketched, judged and remembered (story.h).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "search.h"
#include "story.h"

void
stories_init(struct stories *st, size_t capacity, double threshold, double window)
{
	memset(st, 0, sizeof(*st));
	store_init(&st->store, capacity, false);
	st->text = xcalloc(capacity, sizeof(*st->text));
	st->threshold = threshold;
	st->window = window;
}

void
stories_free(struct stories *st)
{
	store_free(&st->store);
	free(st->text);
	keys_free(&st->keys);
	norm_free(&st->line);
}

bool
stories_continues(const struct stories *st, const char *doc)
{
	return st->open && doc != NULL && strcmp(st->doc, doc) == 0;
}

/* Adds a line's words to the story's shingles and exact sum. */
static void
add_words(struct stories *st, const struct norm *n)
{
	minhash_add(&st->shingles, n->word_hash, n->nwords);
	if (n->nwords > 0)
		st->exact += norm_hash(n);
}

void
stories_add(struct stories *st, const char *doc, const char *text, size_t len,
    const struct norm *n, int64_t time)
{
	const char *end = text + len, *line, *next;

	if (!st->open) {
		st->open = true;
		/* The bounded form of a long id (ids.h) is the caller's. */
		snprintf(st->doc, sizeof(st->doc), "%s", doc != NULL ? doc : "");
		minhash_start(&st->shingles);
		keys_start(&st->keys);
		st->exact = 0;
		st->time = NO_TIME;
	}
	keys_add(&st->keys, text, len);
	if (st->time == NO_TIME)
		st->time = time;
	if (memchr(text, '\n', len) == NULL) {
		add_words(st, n);	/* a paragraph record: one line */
		return;
	}
	/* A whole story in one record: its lines apart, as if split. */
	for (line = text; line < end; line = next + 1) {
		next = memchr(line, '\n', (size_t)(end - line));
		if (next == NULL)
			next = end;
		norm_words(line, (size_t)(next - line), &st->line);
		add_words(st, &st->line);
	}
}

/* Containment is only trusted between sets of some size: below, a few
 * words in common would make a short story part of any longer one. */
enum { MIN_CONTAINED_SHINGLES = 8, MIN_CONTAINED_KEYS = 4 };

/* The share of the smaller of two sets found in the other, from their
 * estimated Jaccard similarity and their sizes; the Jaccard similarity
 * itself when the smaller has fewer than least members. */
static double
share_of_smaller(double jaccard, uint32_t a, uint32_t b, uint32_t least)
{
	if (a < least || b < least)
		return jaccard;
	return minhash_containment(jaccard, a < b ? a : b, a < b ? b : a);
}

/* What score_story compares with: the remembered sketches and the new
 * story's. */
struct story_pair {
	const struct story_text *remembered;
	const struct story_text *new;
};

/* search_score for stories: the geometric mean of the shares of
 * shingles and of key words (story.h), so that a short story of
 * formulas found whole in a longer one, or two stories that name the
 * same people in other words, are not taken for one. */
static double
score_story(const struct store *s, size_t slot, const struct item *new, void *ctx)
{
	const struct story_pair *p = ctx;
	const struct story_text *old_text = &p->remembered[slot];
	const struct item *old = &s->items[slot];
	double words, names;

	words = share_of_smaller(minhash_similarity(old_text->sig, p->new->sig),
	    old_text->shingles, p->new->shingles, MIN_CONTAINED_SHINGLES);
	names = old->shingles == 0 || new->shingles == 0 ? 0 :
	    share_of_smaller(keys_similarity(&old_text->keys, &p->new->keys),
	    old->shingles, new->shingles, MIN_CONTAINED_KEYS);
	return sqrt(words * names);
}

/* The story in hand as an item (its key sketch as sig, its number of
 * keys as shingles) and its other sketches. */
static void
describe(const struct stories *st, struct item *it, struct story_text *t)
{
	uint32_t keys[KEYS_BINS];
	struct minhash m;

	memset(it, 0, sizeof(*it));
	keys_finish(&st->keys, keys, &t->keys, &it->shingles);
	memcpy(it->sig, keys, sizeof(keys));
	it->exact = st->exact;
	it->time = st->time;
	minhash_finish(&st->shingles, &m);
	memcpy(t->sig, m.sig, sizeof(t->sig));
	t->shingles = m.shingles;
}

bool
stories_end(struct stories *st, const char **of, double *similarity)
{
	struct verdict v = { false, 0, 0, 0 };
	struct story_pair pair = { st->text, NULL };
	struct story_text t;
	struct item it;
	size_t slot;

	if (!st->open)
		return false;
	st->open = false;
	describe(st, &it, &t);
	if (t.shingles == 0)
		return false;	/* no words: nothing to compare */
	store_note_time(&st->store, it.time);
	store_expire(&st->store, st->window);
	if (search_equal(&st->store, TABLE_EXACT, it.exact, &it, st->window, &v.slot)) {
		v.duplicate = true;
		v.similarity = 1;
	} else if (it.shingles > 0) {
		pair.new = &t;
		search_bands(&st->store, &it, st->window, st->threshold, score_story,
		    &pair, &v);
	} else {
		v.crowded = (1u << BANDS) - 1;	/* no keys: no bands worth filing */
	}
	if (v.duplicate) {
		*of = item_id(&st->store.items[v.slot]);
		*similarity = v.similarity;
		return true;
	}
	item_set_id(&it, st->doc);
	store_remember(&st->store, &it, v.crowded);
	slot = (st->store.head + st->store.count - 1) % st->store.capacity;
	st->text[slot] = t;
	return false;
}
