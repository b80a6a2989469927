/*
 * abbrev: what a word followed by a full stop is, in English news.
 *
 * The tables are the usual ones of sentence splitters and tokenizers:
 * titles that always precede a name ("Mr.", "Gen."), abbreviations that
 * precede a number ("No. 10", "Nov. 26"), other abbreviations that may
 * end a sentence ("Inc.", "etc."), and capitalised words that commonly
 * start a sentence ("The", "He"), which decide the ambiguous cases.
 * Lookups take the word without its final full stop.
 */
#ifndef WIRE_ABBREV_H
#define WIRE_ABBREV_H

#include <stdbool.h>
#include <stddef.h>

enum abbrev_kind {
	ABBREV_NONE,
	ABBREV_TITLE,		/* Mr, Dr, Gen, Sen, St, Mt: a name follows */
	ABBREV_NUMBER,		/* No, p, pp, vol, fig, art: a number follows */
	ABBREV_MONTH,		/* Jan, Feb, ... Dec: a day may follow */
	ABBREV_TIME,		/* a.m, p.m */
	ABBREV_OTHER		/* Inc, Corp, Ltd, etc, vs, e.g, U.S, D.C */
};

enum abbrev_kind abbrev_lookup(const char *word, size_t len);

/* Initialisms written with full stops: U.S, U.K, e.g, Ph.D, D.C. */
bool abbrev_is_dotted(const char *word, size_t len);

/* A capitalised word that usually starts a sentence rather than
 * continues a name: The, He, In, But... */
bool abbrev_is_sentence_starter(const char *word, size_t len);

#endif
