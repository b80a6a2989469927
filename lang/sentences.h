/*
 * sentences: sentence boundaries in a paragraph of news text.
 *
 * Rules, not a model: a full stop, question or exclamation mark, or an
 * ellipsis ends a sentence unless what surrounds it says otherwise.  The
 * word before it may be a title ("Gen."), an abbreviation ("Inc.",
 * "U.S."), an initial ("George W. Bush"), a number abbreviation
 * ("No. 10", "Nov. 26"), a time ("5 a.m.") or an interview's "Q." or
 * "A." opening its sentence; the word after it may start in lower case
 * ("co. at noon", "'Yes.' she said"), which a name such as "iPhone" does
 * not.  Closing quotation marks and brackets after the stop belong to
 * the sentence they close, and so do footnote marks, attached or set
 * apart ("held.[1]", "held. [1] [2]").  Spaced ellipses (". . .") mark
 * omissions, and end a sentence only as four dots.  Numbered, lettered
 * ("a.)", "(b)") and bulleted lists split before each item, whether
 * they open the paragraph or start after a stop or a colon.  A missing
 * space after a full stop ("end.The next") still ends a sentence when
 * both sides are words, and a full-width or ideographic stop ("．", "。",
 * "？") ends one with or without a space.  A capitalised function word
 * after a word with no stop opens a sentence whose stop was lost, but
 * not inside a headline in title case.  A picture credit ("Image: X",
 * "(credit: X)") is a sentence; so are a footer of tags' label and
 * items ("Categories: Canada Published Archived").
 *
 * Spans are byte offsets into the paragraph, with no surrounding space.
 */
#ifndef WIRE_SENTENCES_H
#define WIRE_SENTENCES_H

#include <stddef.h>

struct sent_span {
	size_t start, end;
};

struct sent_list {
	struct sent_span *v;
	size_t n, cap;
};

/* Replaces the contents of out with the sentences of text[0..len). */
void sent_split(const char *text, size_t len, struct sent_list *out);
void sent_list_free(struct sent_list *list);

#endif
