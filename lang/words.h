/*
 * words: a text's syntactic words, as Universal Dependencies counts them.
 *
 * The tokenizer (tok.h) keeps a contraction whole ("don't", "they're")
 * and splits the possessive ("Putin", "'s").  A parser trained on
 * Universal Dependencies reads syntactic words instead: "do" "n't",
 * "they" "'re", "ca" "n't", "can" "not", "gon" "na", as the English
 * treebanks split them.  This takes the tokens of a text and makes those
 * cuts, with byte spans into the text; a word is never empty and never
 * crosses a token.  Straight and curly apostrophes alike.
 */
#ifndef WIRE_WORDS_H
#define WIRE_WORDS_H

#include <stddef.h>

#include "tok.h"

struct word_span {
	size_t start, end;	/* bytes */
};

struct word_list {
	struct word_span *v;
	size_t n, cap;
	struct tok_list toks;	/* scratch */
};

/* Appends the words of text[0..len) to out, their spans offset by base
 * (the text's place in a longer one). */
void words_split(const char *text, size_t len, size_t base,
    struct word_list *out);
void word_list_free(struct word_list *list);

#endif
