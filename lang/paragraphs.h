/*
 * paragraphs: where a story's paragraphs are, by the rule wire-split
 * follows by default (--paragraphs auto): blank lines separate them when
 * the story has any (a single line break inside one is a wrapped line),
 * and otherwise each line is one (agency copy: a headline, a dateline,
 * the rows of a table, each on a line of its own).  Only that rule:
 * wire-split also cuts a paragraph longer than its --max-line, and
 * finds a live blog's posts.
 *
 * A stage that reads a record with no "sentences" finds them with
 * para_sentences, so that it reads a whole story as the pipeline does
 * after wire-split: no sentence, and so no name or quote, runs from one
 * paragraph into the next.
 */
#ifndef WIRE_PARAGRAPHS_H
#define WIRE_PARAGRAPHS_H

#include <stdbool.h>
#include <stddef.h>

#include "sentences.h"

/* Whether line[0..len) holds only white space. */
bool para_is_blank_line(const char *line, size_t len);

/* Whether a blank line separates two lines of text in text[0..len). */
bool para_has_blank_line(const char *text, size_t len);

/* Replaces the contents of out with the sentences of a story: those of
 * sent_split in each paragraph, as byte offsets into text. */
void para_sentences(const char *text, size_t len, struct sent_list *out);

#endif
