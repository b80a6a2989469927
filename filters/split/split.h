/*
 * split: wire-split's work, stories into paragraph or sentence records.
 *
 * A story is an NDJSON record with a text field (split_record) or a
 * plain-text input read line by line (split_line), one story an input.
 * Each paragraph, or each sentence with cfg.sentences, becomes a record:
 * its id ("<doc>:p<N>" or "<doc>:p<N>:s<M>"), the story's id in "doc",
 * "para" (and "sent"), its text, code-point "start" and "end" into the
 * story's text, and for a paragraph its "sentences" (code points into
 * its own text).  The story's other fields follow, in their order (those
 * beyond cfg.carry_max bytes on its first record only), and the story's
 * last record says "last": true.  In a live blog (posts.h) each record
 * of a post says so: "post" (its number), "time" (when it was written),
 * "time_start" and "time_end" (its timestamp, code points into the
 * story's text, kept out of "text"), and the story's own "time" becomes
 * "story_time".  A story id longer than 255 bytes is
 * shortened without merging (ids.h).  Records go to the stream
 * out, which is also the stream the stories are read from (a story with
 * an id of the wrong type is rejected on it).
 *
 * A record story is written whole by split_record; a plain-text story
 * ends when a line of another input arrives, or at split_end.  Memory is
 * bounded by a record, or in plain text by a paragraph (and in auto modes
 * by the lines held to decide the paragraph rule and whether the story is
 * a live blog, 1 MiB at most).
 */
#ifndef WIRE_SPLIT_H
#define WIRE_SPLIT_H

#include <stdbool.h>
#include <stddef.h>

#include <jansson.h>

#include "stream.h"

/* Live-blog posts (posts.h): found in a story whose paragraphs start
 * with timestamps, or never looked for. */
enum split_posts_mode {
	SPLIT_POSTS_AUTO,
	SPLIT_POSTS_NEVER,
};

enum split_para_mode {
	SPLIT_PARA_AUTO,	/* blank lines when the story has any, else lines */
	SPLIT_PARA_BLANK,	/* paragraphs are separated by blank lines */
	SPLIT_PARA_LINE,	/* each line is a paragraph */
};

struct split_config {
	bool sentences;		/* a record per sentence, not per paragraph */
	enum split_para_mode mode;
	enum split_posts_mode posts;
	const char *text_field;	/* the stories' text field; NULL: "text" */
	/* Bytes of a story's other fields copied into each of its records;
	 * fields beyond go on its first record only. */
	size_t carry_max;
};

enum { SPLIT_CARRY_MAX = 4096 };	/* carry_max's default */

struct split;

struct split *split_new(const struct split_config *cfg, struct stream *out);

/* One story record in: writes all its records. */
void split_record(struct split *s, json_t *rec);

/* One line of plain text (without its newline) of input number input,
 * whose name stream->inputs[input] is the story's id. */
void split_line(struct split *s, int input, const char *line, size_t len);

/* End of stream: writes the plain-text story in hand. */
void split_end(struct split *s);

void split_free(struct split *s);

#endif
