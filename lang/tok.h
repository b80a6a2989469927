/*
 * tok: the tokenizer the filters share.
 *
 * Splits news text into words, numbers, abbreviations, addresses,
 * quotation marks and other punctuation, with byte offsets.  It knows
 * hyphenated names and model numbers ("al-Assad", "Jean-Maurice",
 * "Su-24"), names with apostrophes ("O'Neill") against possessives
 * ("Russia's", and "Russia 's" as treebanks write it, are "Russia" then
 * "'s"), numbers with separators ("3.5", "1,200", "$1.2"),
 * abbreviations and initials with their full stop
 * ("Gen.", "U.S.", "W."), and every quotation mark in use, each marked
 * as opening, closing, or either (straight quotes, decided by the text
 * around them).
 */
#ifndef WIRE_TOK_H
#define WIRE_TOK_H

#include <stdbool.h>
#include <stddef.h>

enum tok_kind {
	TOK_WORD,
	TOK_NUMBER,
	TOK_ABBREV,	/* includes its full stop */
	TOK_URL,	/* web and e-mail addresses */
	TOK_QUOTE,
	TOK_PUNCT
};

enum tok_quote {
	QUOTE_NONE,
	QUOTE_OPEN,
	QUOTE_CLOSE
};

struct token {
	enum tok_kind kind;
	enum tok_quote quote;	/* for TOK_QUOTE */
	size_t start, end;	/* byte offsets */
};

struct tok_list {
	struct token *v;
	size_t n, cap;
};

/* Replaces the contents of out with the tokens of text[0..len). */
void tok_split(const char *text, size_t len, struct tok_list *out);
void tok_list_free(struct tok_list *list);

/* Whether the word w[0..len) is a possessive ending as the tokenizer
 * splits it off: "'s" or a lone apostrophe after a plural ("the
 * ministers' meeting"), straight or curly. */
bool tok_is_possessive(const char *w, size_t len);

/* Only the "'s" form: inside a name a lone apostrophe is more often part
 * of it ("Workers' Party") than a possessive that ends it. */
bool tok_is_possessive_s(const char *w, size_t len);

#endif
