/*
 * roles: nouns that name a person, an organisation or a text by what it
 * is rather than by name ("the defence minister", "the ministry", "the
 * report"), for resolving such a phrase to a name the story gave.
 *
 * This is the one list of role nouns.  Titles as they stand before a
 * name ("Prime Minister", "Gen.") are the gazetteer's (lang/ner/, a
 * feature of the tagger's model) and abbrev's (the abbreviations the
 * splitter and tokenizer know); a unit test holds every title's head
 * word to this list, so that the three cannot drift apart.
 *
 * Words are matched ignoring ASCII case; a word may be of two kinds
 * ("agency": an organisation, or the news agency quoted).
 */
#ifndef WIRE_ROLES_H
#define WIRE_ROLES_H

#include <stdbool.h>
#include <stddef.h>

enum role_kind {
	ROLE_PERSON = 1,	/* minister, spokesman, judge */
	ROLE_ORG = 2,		/* ministry, police, committee */
	ROLE_TEXT = 4		/* report, statement, newspaper */
};

/* The kinds (a set of role_kind bits) of the word w[0..len); 0 if none. */
unsigned role_kinds(const char *w, size_t len);

/* Whether the table is in the order the look-up's binary search needs
 * (for the unit tests). */
bool role_table_in_order(void);

#endif
