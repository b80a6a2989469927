/*
 * record: how a stage reads the fields that stages before it wrote.
 *
 * Along the pipeline a record's fields are computed once: wire-split
 * writes "sentences", wire-tag-entities "entities", the feed brings
 * "time", "doc" and "last".  A later stage reads them here rather than
 * computing them again.  Every field is optional and may come from a
 * program other than ours, so each reader validates what it finds:
 *
 *   - a missing field is computed here when it can be (sentences), or
 *     reported absent (entities: only a tagger makes them);
 *   - a malformed field is treated as missing, and the stage warns once
 *     per stream and field on stderr, "wire-NAME: FILE:LINE: field
 *     'sentences' is malformed (why); computed here instead (said once
 *     per stream)", so a stage swapped in from elsewhere still composes
 *     and a stage run alone on a bare {"text": ...} record still works.
 *
 * The fields (wire(7) is the full contract):
 *   sentences  [[start, end], ...]: code points into the record's text,
 *              in order, not overlapping, not empty.  A sentence record
 *              (one with "sent") is one sentence, its whole text.
 *   entities   [{text, type, start, end, canonical, title}, ...]: start
 *              and end code points into the text, type a string,
 *              canonical and title optional strings.
 *   tokens     ["START END UPOS XPOS LEMMA HEAD DEPREL ...", ...]: one
 *              string a sentence, seven fields a word separated by
 *              single spaces: code points into the text, the Universal
 *              Dependencies tag, the treebank's tag, the lemma (no
 *              space in it), the head (1-based in the sentence, 0 for
 *              the root) and the relation; words in order, not
 *              overlapping, not empty (record_tokens.c).
 *   time       an ISO 8601 date and time (isotime.h).
 *   doc, id    the story a record belongs to: its "doc", or its "id"
 *              when it is a whole story in one record.
 *   last       true on a story's last record.
 *
 * Readers hand back byte offsets into the text the stage holds, which
 * is the record's text field; code points are kept beside them for the
 * stage that writes offsets again.
 *
 * The fallback for sentences is lang/'s splitter (sentences.h): this is
 * the one module of common/ that uses lang/.
 */
#ifndef WIRE_RECORD_H
#define WIRE_RECORD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <jansson.h>

#include "sentences.h"
#include "stream.h"

enum record_field {
	RECORD_SENTENCES,
	RECORD_ENTITIES,
	RECORD_TOKENS,
	RECORD_TIME,
	RECORD_NFIELDS
};

/* One per stream: where warnings point, and which were given. */
struct record_reader {
	struct stream *stream;	/* NULL: warnings name no input */
	bool warned[RECORD_NFIELDS];
	/* What a stage does without good "tokens", for the warning; NULL:
	 * "parsed here instead". */
	const char *tokens_instead;
};

void record_reader_init(struct record_reader *r, struct stream *s);

/* The record's sentences as byte spans of text[0..len), its text field:
 * from "sentences", from "sent" (one sentence), or split here in
 * paragraphs as wire-split finds them (lang/paragraphs.h). */
void record_sentences(struct record_reader *r, json_t *rec,
    const char *text, size_t len, struct sent_list *out);

struct record_entity {
	size_t start, end;		/* bytes into the text */
	size_t cp_start, cp_end;	/* the same, in code points */
	const char *type;
	const char *canonical;		/* NULL when not given */
	const char *title;		/* NULL when not given */
};

struct record_entities {
	struct record_entity *v;
	size_t n, cap;
};

/* The record's entities, ordered by start (a longer one first when two
 * start together), the strings borrowed from rec.  Returns false when
 * the record has no "entities" array (or one that is malformed as a
 * whole); an item that is malformed is left out, with the warning. */
bool record_entities(struct record_reader *r, json_t *rec,
    const char *text, size_t len, struct record_entities *out);
void record_entities_free(struct record_entities *list);

/* A word of "tokens": its span, and its columns as they are in the
 * record (not NUL-terminated: see the lengths). */
struct record_word {
	size_t start, end;		/* bytes into the text */
	size_t cp_start, cp_end;	/* the same, in code points */
	const char *upos, *xpos, *lemma, *deprel;
	unsigned char upos_len, xpos_len, deprel_len;
	size_t lemma_len;
	size_t head;			/* 1-based in its sentence, 0: root */
};

struct record_tokens {
	struct record_word *w;		/* every sentence's words, in order */
	size_t nw, cap_w;
	size_t *first;			/* sentence s: w[first[s], first[s + 1]) */
	size_t ns, cap_first;
};

/* The record's "tokens", strings borrowed from rec.  Returns false when
 * the record has none, or (with the warning) when they are malformed in
 * any part: a stage then tokenizes and parses for itself. */
bool record_tokens(struct record_reader *r, json_t *rec, const char *text,
    size_t len, struct record_tokens *out);
void record_tokens_free(struct record_tokens *t);

/* The record's "time" in seconds since the epoch; false when it has
 * none, or one that is not a time (with the warning). */
bool record_time(struct record_reader *r, json_t *rec, int64_t *seconds);

/* The story a record belongs to, NULL when it names none. */
const char *record_doc(json_t *rec);

/* Whether the record is its story's last ("last": true). */
bool record_is_last(json_t *rec);

#endif
