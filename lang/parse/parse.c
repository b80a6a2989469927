/*
 * parse: tags, lemmas, then trees window by window (parse.h).
 */
#include <string.h>

#include "lemma.h"
#include "parse.h"
#include "parser.h"
#include "scratch.h"
#include "tagger.h"

static void
lemmatize(const struct parse_model *m, struct parse_sentence *s,
    struct parse_scratch *sc)
{
	sc->lemmas.len = 0;
	for (size_t i = 0; i < s->n; i++) {
		struct parse_word *w = &s->words[i];

		buf_reserve(&sc->lemmas, w->len + PARSE_LEMMA_EXTRA);
		sc->lemma_at[i] = sc->lemmas.len;
		w->lemma_len = parse_lemma(m, w->form, w->len, w->tag,
		    sc->lemmas.data + sc->lemmas.len);
		sc->lemmas.len += w->lemma_len;
	}
	/* Pointers only now: the buffer may have moved while it grew. */
	for (size_t i = 0; i < s->n; i++)
		s->words[i].lemma = sc->lemmas.data + sc->lemma_at[i];
}

/* Parses words [from, from + n) as one tree; returns its root (an index
 * into s->words). */
static size_t
parse_window(const struct parse_model *m, struct parse_sentence *s,
    struct parse_scratch *sc, size_t from, int n)
{
	struct parse_state *st = &sc->state;
	size_t root = from;

	sc->window_word[0] = PARSE_WORD_NONE;
	sc->window_word[n + 1] = PARSE_WORD_ROOT;
	for (int i = 1; i <= n; i++) {
		sc->window_word[i] = sc->atoms[from + (size_t)i - 1].lower;
		sc->window_tag[i] = sc->tags[from + (size_t)i - 1];
	}
	parse_state_init(st, n, (int)m->nlabels, m->root_label,
	    sc->window_word, sc->window_tag);
	parse_run(st, m);
	for (int i = 1; i <= n; i++) {
		struct parse_word *w = &s->words[from + (size_t)i - 1];

		if (st->head[i] == n + 1) {
			w->head = 0;
			root = from + (size_t)i - 1;
		} else {
			w->head = from + (size_t)st->head[i];
		}
		w->rel = st->label[i];
	}
	return root;
}

void
parse_sentence(const struct parse_model *m, struct parse_sentence *s)
{
	struct parse_scratch *sc;
	size_t first_root = 0;

	if (s->n == 0)
		return;
	sc = parse_scratch_for(s);
	for (size_t i = 0; i < s->n; i++)
		parse_atoms_of(s->words[i].form, s->words[i].len, &sc->atoms[i]);
	parse_tag(m, sc->atoms, s->n, sc->first_tags, sc->tags);
	for (size_t i = 0; i < s->n; i++) {
		struct parse_word *w = &s->words[i];

		w->tag = sc->tags[i];
		w->upos = m->upos[w->tag];
		w->xpos = m->xpos[w->tag];
	}
	lemmatize(m, s, sc);
	for (size_t from = 0; from < s->n; from += PARSE_WINDOW) {
		size_t n = s->n - from < PARSE_WINDOW ? s->n - from : PARSE_WINDOW;
		size_t root = parse_window(m, s, sc, from, (int)n);

		if (from == 0) {
			first_root = root;
		} else {
			s->words[root].head = first_root + 1;
			s->words[root].rel = m->parataxis_label;
		}
	}
	for (size_t i = 0; i < s->n; i++)
		s->words[i].deprel = m->labels[s->words[i].rel];
}
