/*
 * group: what wire-summarize's files share (private to filters/summarize).
 *
 * A group is a story, or a window of the stream, being gathered: its
 * candidate sentences (each with its content words, the entities it
 * names and whether it carries a quote), the entities counted over the
 * group, and its best quotes.  read.c fills a group from records,
 * rank.c chooses the summary's sentences (score.c weighs each as news,
 * repeat.c says how far one repeats another), output.c writes the
 * summary, summarize.c cuts the stream into groups.
 */
#ifndef WIRE_SUMMARIZE_GROUP_H
#define WIRE_SUMMARIZE_GROUP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <jansson.h>

#include "buf.h"
#include "hmap.h"
#include "record.h"
#include "sentences.h"
#include "stream.h"
#include "summarize.h"
#include "tok.h"

/* A candidate sentence. */
struct sentence {
	char *text;
	char *id;
	size_t words;
	uint64_t *terms;	/* sorted, unique content-word hashes */
	size_t nterms;
	uint64_t *entities;	/* canonical names it holds, hashed */
	size_t nentities;
	uint64_t *figures;	/* the numbers it gives (tolls, sums, counts),
				 * hashed, sorted and unique */
	size_t nfigures;
	bool quoted;		/* holds a quote with a named speaker */
	bool direct;		/* ... in the speaker's own words */
	uint64_t speaker;	/* the first such speaker's name, hashed */
	bool headline;		/* ends without a stop: a headline, a label */
	bool part_quote;	/* a part of a longer quotation: it opens one it
				 * does not close, or closes one it did not open */
	bool opens_post;	/* the first sentence of its record */
	bool post;		/* of a live blog's post (wire-split's "post") */
	bool repeat;		/* of a record wire-dedupe marked a repeat */
	bool timed;		/* a post with its time */
	int64_t time;		/* then its time, in seconds */
	size_t place;		/* its story's sentences before it, headlines
				 * and short lines left out: 0 is the lead */
	size_t order;		/* arrival */
	double score;
};

struct entity_count {
	char *canonical;
	char *type;
	uint64_t hash;
	size_t count;
};

struct quote_pick {
	char *canonical, *text, *id;
	char *verb;	/* how the speaker said it when it was not said in
			 * these words: "said", "warned"; NULL for direct words */
	const char *kind;	/* "direct", "indirect", "mixed" */
	double score;
};

/* A story, or a window of the stream. */
struct group {
	char *key;		/* the doc, or the window's name */
	char *title;		/* the story's title, when a record has one */
	bool open;
	size_t count;		/* records read */
	const char *unit;	/* what a record is: "paragraph", "sentence"... */
	size_t posts;		/* a live blog's posts (wire-split's post + 1) */
	bool all_repeats;	/* every sentence ranked is a repeat's */
	size_t stories;		/* how many stories its records come from */
	char *last_doc;		/* the story of the latest record */
	size_t story_sentences;	/* the latest story's sentences so far, as
				 * counted by place */
	struct sentence *v;	/* oldest first */
	size_t n, cap, next_order;
	struct entity_count *ents;
	size_t nents, cap_ents;
	struct quote_pick *quotes;
	size_t nquotes, cap_quotes;
	double window_start;	/* seconds, for --every */
};

enum { MIN_WORDS = 6, GRAPH_MAX = 300, MAX_QUOTES_KEPT = 64, MAX_ENTITIES_KEPT = 512,
	TOP_ENTITIES = 6, TOP_QUOTES = 3 };

/* group.c: the group's lists. */
void group_clear(struct group *g);
void group_free(struct group *g);
/* A new sentence, zeroed but for its order.  The group may hold up to
 * twice max for a while (dropping the oldest one by one would move the
 * whole list for every sentence): group_trim keeps the newest max. */
struct sentence *group_add_sentence(struct group *g, size_t max);
void group_trim(struct group *g, size_t max);
/* The sentences of repeats go when any other is left; when none is, they
 * are all the group has, and all_repeats says so. */
void group_drop_repeats(struct group *g);
void group_count_entity(struct group *g, const char *canonical, const char *type);
/* How often the entity of canonical name hash h was counted. */
size_t group_entity_count(const struct group *g, uint64_t h);
/* The key a name is counted under: its hash, ignoring ASCII case, so
 * that a dateline's "FRANKFURT" and the story's "Frankfurt" are one. */
uint64_t group_entity_key(const char *canonical);

/* read.c: records into the group. */
struct group_reader {
	struct record_reader rr;	/* upstream fields of the stream */
	struct stream *in;
	struct tok_list toks;
	struct sent_list sents;
	struct record_entities ents;
	struct quote_at *quotes;	/* the record's quotes, by start */
	size_t nquotes, cap_quotes;
};

void group_reader_init(struct group_reader *r, struct stream *in);
void group_reader_free(struct group_reader *r);
/* Reads rec's sentences (the newest max_sentences kept), its entities
 * and its quotes into g. */
void group_read_record(struct group *g, struct group_reader *r, json_t *rec,
    size_t max_sentences);

/* score.c: each of the n candidates' score (what a reader needs of it),
 * from its centrality rank (LexRank, a distribution over the n). */
void score_sentences(struct group *g, size_t n, const struct summarize_config *cfg,
    const double *rank);

/* repeat.c: how far one candidate says what another has said. */
struct repeat {
	struct hmap df;		/* how many candidates give each fact */
	size_t n;
};
void repeat_init(struct repeat *r, const struct group *g, size_t n);
void repeat_free(struct repeat *r);
/* How far x repeats y, 0 to 1: sim, their words' similarity, plus half
 * the weight of x's facts (names and figures, two at least) y gives. */
double repeat_of(const struct repeat *r, const struct sentence *x,
    const struct sentence *y, double sim);

/* rank.c: the summary's sentences, their indices into g->v in reading
 * order into chosen (room for g->n); returns how many. */
size_t rank_group(struct group *g, const struct summarize_config *cfg, size_t *chosen);

/* output.c: writes the summary of g with its chosen sentences to out,
 * in cfg's format (scratch: a buffer to build text in). */
void write_summary(struct group *g, const struct summarize_config *cfg,
    const size_t *chosen, size_t k, struct stream *out, struct buf *scratch);

#endif
