/*
 * held: a story's records held back while its next ones are read
 * (tagger.h).  A live blog names "Kovalik" in one entry and "Tomas
 * Kovalik" in the next; a wire story's headline, cut into a record of
 * its own by wire-split, has "KOVALIK TAKES LEAD" over a body that
 * names him in full.  A record held is settled again (settle_record)
 * by the story as it stands when it is written, as a story sent in one
 * record is settled by its end.
 */
#include <stdlib.h>
#include <string.h>

#include "stream.h"
#include "tagger.h"

bool
hold_same_story(const struct story_hold *h, const char *doc)
{
	return h->n == 0 || (doc != NULL && strcmp(record_doc(h->v[0].rec), doc) == 0);
}

bool
hold_takes(const char *doc, size_t line_len, bool last)
{
	return doc != NULL && !last && line_len <= HOLD_LINE_MAX;
}

static void
swap_lists(struct tagger *t, struct held_record *r)
{
	SWAP(struct mention_list, t->found, r->found);
	SWAP(struct buf, t->canonical, r->canonical);
	SWAP(struct ner_tok *, t->words, r->words);
	SWAP(size_t, t->cap_words, r->cap_words);
}

void
hold_keep(struct tagger *t, json_t *rec, struct stream *out, const char *text,
    size_t nwords)
{
	struct story_hold *h = &t->hold;
	struct held_record *r = &h->v[h->n++];

	r->rec = json_incref(rec);
	r->out = out;
	r->text = text;
	r->nwords = nwords;
	swap_lists(t, r);
	mentions_clear(&t->found);
	t->canonical.len = 0;
}

/* Writes the oldest held record, settled by d: the names the story has
 * taught since, where the tagger missed them ("Morvat aide denies", a
 * headline over "President Jan Morvat"), and the types and
 * canonical names of its mentions. */
static void
write_oldest(struct tagger *t, struct doc_state *d)
{
	struct story_hold *h = &t->hold;
	struct held_record r = h->v[0];

	memmove(h->v, h->v + 1, (h->n - 1) * sizeof *h->v);
	h->n--;
	swap_lists(t, &r);
	find_known(t, d, r.text, r.nwords, true);
	settle_record(t, d, r.text);
	mentions_sort(&t->found);
	h->line.len = 0;
	write_record(t, r.rec, r.text, &h->line);
	swap_lists(t, &r);
	stream_emit_raw(r.out, &h->line);
	json_decref(r.rec);
	/* its lists, emptied, are the next held record's (their size is
	 * bounded by HOLD_LINE_MAX) */
	mentions_clear(&r.found);
	r.canonical.len = 0;
	r.nwords = 0;
	r.rec = NULL;
	h->v[h->n] = r;
}

void
hold_write(struct tagger *t, struct doc_state *d, size_t keep)
{
	while (t->hold.n > keep)
		write_oldest(t, d);
}

void
hold_write_all(struct tagger *t)
{
	if (t->hold.n == 0)
		return;
	hold_write(t, doccache_get(&t->docs, record_doc(t->hold.v[0].rec)), 0);
}

void
hold_free(struct story_hold *h)
{
	for (size_t i = 0; i < HOLD_MAX; i++) {
		if (h->v[i].rec != NULL)
			json_decref(h->v[i].rec);
		mention_list_free(&h->v[i].found);
		buf_free(&h->v[i].canonical);
		free(h->v[i].words);
	}
	buf_free(&h->line);
	memset(h, 0, sizeof *h);
}
