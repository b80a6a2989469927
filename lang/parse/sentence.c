/*
 * sentence: the words and the scratch memory of parse_sentence
 * (sentence.h, scratch.h).
 */
#include <stdlib.h>

#include "diag.h"
#include "scratch.h"
#include "sentence.h"

void
parse_sentence_init(struct parse_sentence *s)
{
	s->words = NULL;
	s->n = s->cap = 0;
	s->scratch = NULL;
}

void
parse_sentence_free(struct parse_sentence *s)
{
	struct parse_scratch *sc = s->scratch;

	if (sc != NULL) {
		free(sc->atoms);
		free(sc->tags);
		free(sc->first_tags);
		free(sc->lemma_at);
		buf_free(&sc->lemmas);
		free(sc);
	}
	free(s->words);
	parse_sentence_init(s);
}

void
parse_sentence_clear(struct parse_sentence *s)
{
	s->n = 0;
}

void
parse_sentence_add(struct parse_sentence *s, const char *form, size_t len,
    size_t start, size_t end)
{
	struct parse_word *w;

	s->words = xgrow(s->words, &s->cap, s->n + 1, sizeof(*s->words));
	w = &s->words[s->n++];
	*w = (struct parse_word){ .form = form, .len = len, .start = start, .end = end };
	w->lemma = form;
	w->lemma_len = len;
}

struct parse_scratch *
parse_scratch_for(struct parse_sentence *s)
{
	struct parse_scratch *sc = s->scratch;

	if (sc == NULL)
		sc = s->scratch = xcalloc(1, sizeof(*sc));
	if (sc->cap < s->n) {
		size_t cap = sc->cap;

		sc->atoms = xgrow(sc->atoms, &cap, s->n, sizeof(*sc->atoms));
		cap = sc->cap;
		sc->tags = xgrow(sc->tags, &cap, s->n, sizeof(*sc->tags));
		cap = sc->cap;
		sc->first_tags = xgrow(sc->first_tags, &cap, s->n, sizeof(*sc->first_tags));
		cap = sc->cap;
		sc->lemma_at = xgrow(sc->lemma_at, &cap, s->n, sizeof(*sc->lemma_at));
		sc->cap = cap;
	}
	return sc;
}
