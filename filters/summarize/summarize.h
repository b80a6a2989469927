/*
 * summarize: wire-summarize's work, story summaries and rolling digests.
 *
 * Records are gathered into groups: a story (the records sharing "doc",
 * or "id" when there is no doc), or in digest mode a window of the
 * stream (cfg.window records, or cfg.every seconds of the records' time,
 * of arrival when they have none).  A story ends at its last record
 * ("last": true), at a record of another story, at summarize_idle, or at
 * summarize_end; a window when it is full, when a record's time is past
 * it, or at summarize_end.  Then one summary is written to out: a record
 * {type: "summary", doc or window, title, count, sentences, entities,
 * quotes} with cfg.format ndjson, or the same as text or markdown to
 * read.  With cfg.pass every record is also written on, as it comes.
 *
 * Sentences are read through the record layer (record.h: "sentences",
 * or split here), and so are "entities"; "quotes" are read as the quote
 * stage writes them.  Work and memory per record are linear in its size
 * (its entities and quotes are walked once, beside its sentences), and
 * a group keeps cfg.max_sentences sentences, the newest.
 */
#ifndef WIRE_SUMMARIZE_H
#define WIRE_SUMMARIZE_H

#include <stdbool.h>
#include <stddef.h>

#include <jansson.h>

#include "stream.h"

enum summarize_format {
	SUMMARIZE_NDJSON,	/* summary records */
	SUMMARIZE_TEXT,		/* text to read */
	SUMMARIZE_MARKDOWN,
};

struct summarize_config {
	size_t sentences;	/* length in sentences, or */
	size_t words;		/* in words (0: by sentences) */
	size_t window;		/* digest every N records (0: per story) */
	double every;		/* digest every so many seconds of time */
	double recency;		/* weight of newer posts, 0 to 1 */
	size_t max_sentences;	/* kept per group, the newest (at least 2) */
	bool pass;		/* also write every record on */
	enum summarize_format format;
};

struct summarize;

/* out is the stream the records come from and the summaries go to. */
struct summarize *summarize_new(const struct summarize_config *cfg,
    struct stream *out);

/* One record in: read into its group, and a summary written when it
 * ends one. */
void summarize_record(struct summarize *s, json_t *rec);

/* The input is idle: the story in hand (not a window) is summarised and
 * the output flushed (for --idle). */
void summarize_idle(struct summarize *s);

/* End of stream: the group in hand is summarised. */
void summarize_end(struct summarize *s);

void summarize_free(struct summarize *s);

#endif
