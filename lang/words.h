/*
 * words: a text's syntactic words, as Universal Dependencies counts them.
 *
 * The tokenizer (tok.h) keeps a contraction whole ("don't", "they're")
 * and splits the possessive ("Putin", "'s").  A parser trained on
 * Universal Dependencies reads syntactic words instead: "do" "n't",
 * "they" "'re", "ca" "n't", "can" "not", "gon" "na", as the English
 * treebanks split them; they also cut hyphenated words at the hyphen
 * ("well" "-" "known", but "e-mail", "non-profit" stay whole) and keep
 * whole what the tokenizer cuts into marks ("...", "?!", "--") and
 * numbers ("01/24/2001", "212-555-0142").  This takes the tokens of a
 * text and makes those cuts and joins, with byte spans into the text; a
 * word is never empty, and crosses tokens only where it joins them.
 * Straight and curly apostrophes alike.
 */
#ifndef WIRE_WORDS_H
#define WIRE_WORDS_H

#include <stddef.h>

#include "tok.h"

struct word_span {
	size_t start, end;	/* bytes */
};

struct words {
	struct word_span *v;
	size_t n, cap;
	struct tok_list toks;	/* scratch */
};

/* Appends the words of text[0..len) to out, their spans offset by base
 * (the text's place in a longer one). */
void words_split(const char *text, size_t len, size_t base,
    struct words *out);
void words_free(struct words *list);

#endif
