/*
 * parsed: a record's dependency parse, read from it or made here
 * (parsed.h).
 */
#include <stdlib.h>
#include <string.h>

#include "dateline.h"
#include "diag.h"
#include "parse/parse.h"
#include "parsed.h"
#include "text.h"

void
parsed_init(struct parsed *p, const struct parse_model *model)
{
	memset(p, 0, sizeof *p);
	p->model = model;
	parse_sentence_init(&p->sentence);
}

void
parsed_free(struct parsed *p)
{
	record_tokens_free(&p->tokens);
	parse_sentence_free(&p->sentence);
	words_free(&p->words);
	buf_free(&p->lemmas);
	free(p->lemma_at);
	memset(p, 0, sizeof *p);
}

/* The parsed sentence's words appended to the tokens, code points
 * counted by cur, lemmas copied (the sentence's own last only until the
 * next one is parsed). */
static void
append_sentence(struct parsed *p, struct text_cursor *cur)
{
	struct record_tokens *t = &p->tokens;

	t->first = xgrow(t->first, &t->cap_first, t->ns + 2, sizeof *t->first);
	t->first[t->ns++] = t->nw;
	for (size_t i = 0; i < p->sentence.n; i++) {
		const struct parse_word *pw = &p->sentence.words[i];
		struct record_word *w;

		t->w = xgrow(t->w, &t->cap_w, t->nw + 1, sizeof *t->w);
		p->lemma_at = xgrow(p->lemma_at, &p->cap_lemma_at, t->nw + 1,
		    sizeof *p->lemma_at);
		p->lemma_at[t->nw] = p->lemmas.len;
		buf_append(&p->lemmas, pw->lemma, pw->lemma_len);
		w = &t->w[t->nw++];
		*w = (struct record_word){
			.start = pw->start, .end = pw->end,
			.cp_start = text_cursor_cp(cur, pw->start),
			.cp_end = text_cursor_cp(cur, pw->end),
			.upos = pw->upos, .upos_len = (unsigned char)strlen(pw->upos),
			.xpos = pw->xpos, .xpos_len = (unsigned char)strlen(pw->xpos),
			.deprel = pw->deprel,
			.deprel_len = (unsigned char)strlen(pw->deprel),
			.lemma_len = pw->lemma_len,
			.head = pw->head,
		};
	}
}

/* Sentence [start, end) of the text in hand cut into words and parsed,
 * in pieces of at most PARSED_PIECE_WORDS words, each appended as a
 * sentence of its own. */
static void
parse_span(struct parsed *p, size_t start, size_t end)
{
	/* A dateline is no part of the first sentence's syntax. */
	if (start < p->dateline)
		start = p->dateline;
	p->words.n = 0;
	if (start < end)
		words_split(p->text + start, end - start, start, &p->words);
	for (size_t from = 0; from < p->words.n; from += PARSED_PIECE_WORDS) {
		size_t to = p->words.n - from > PARSED_PIECE_WORDS ?
		    from + PARSED_PIECE_WORDS : p->words.n;

		parse_sentence_clear(&p->sentence);
		for (size_t k = from; k < to; k++) {
			const struct word_span *ws = &p->words.v[k];
			parse_sentence_add(&p->sentence, p->text + ws->start,
			    ws->end - ws->start, ws->start, ws->end);
		}
		parse_sentence(p->model, &p->sentence);
		append_sentence(p, &p->cursor);
	}
}

/* The tokens as read: sentences closed, lemmas pointed at now that their
 * buffer has stopped moving. */
static const struct record_tokens *
finish(struct parsed *p)
{
	struct record_tokens *t = &p->tokens;

	t->first = xgrow(t->first, &t->cap_first, t->ns + 1, sizeof *t->first);
	t->first[t->ns] = t->nw;
	for (size_t i = 0; i < t->nw; i++)
		t->w[i].lemma = p->lemmas.data + p->lemma_at[i];
	return t;
}

static void
clear_tokens(struct parsed *p)
{
	p->tokens.nw = p->tokens.ns = 0;
	p->lemmas.len = 0;
}

void
parsed_start(struct parsed *p, const char *text, size_t len)
{
	clear_tokens(p);
	p->made = true;
	p->text = text;
	p->dateline = dateline_length(text, len, NULL);
	text_cursor_init(&p->cursor, text);
}

const struct record_tokens *
parsed_sentence(struct parsed *p, size_t start, size_t end)
{
	clear_tokens(p);
	parse_span(p, start, end);
	return finish(p);
}

const struct record_tokens *
parsed_text(struct parsed *p, const char *text, size_t len,
    const struct sent_list *sents)
{
	parsed_start(p, text, len);
	for (size_t s = 0; s < sents->n; s++)
		parse_span(p, sents->v[s].start, sents->v[s].end);
	return finish(p);
}

const struct record_tokens *
parsed_record(struct parsed *p, struct record_reader *r, json_t *rec,
    const char *text, size_t len, const struct sent_list *sents)
{
	if (record_tokens(r, rec, text, len, &p->tokens)) {
		p->made = false;
		return &p->tokens;
	}
	return parsed_text(p, text, len, sents);
}
