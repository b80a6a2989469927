/*
 * parser: a greedy arc-eager dependency parser (Nivre 2003) with labelled
 * transitions and the root at the end of the buffer (Ballesteros and
 * Nivre 2013), scored by an averaged perceptron over Zhang and Nivre's
 * (2011) rich features (features.h).  It makes 2n transitions for n
 * words, each scored once: linear time.  Trees are projective: a
 * non-projective arc of the training data was lifted to the nearest
 * ancestor that makes it projective before training (train/), so such
 * arcs come out attached one level up.
 *
 * Words are numbered 1..n, n + 1 is the root (head 0 in the output) and
 * 0 stands for "no word" in the features.  A state holds at most
 * PARSE_WINDOW words: parse_sentence (parse.h) parses longer sentences in
 * windows of that many.
 */
#ifndef WIRE_PARSE_PARSER_H
#define WIRE_PARSE_PARSER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "model.h"

enum { PARSE_WINDOW = 250 };
enum { PARSE_TAG_NONE = 254, PARSE_TAG_ROOT = 255 };
enum { PARSE_SHIFT = 0, PARSE_REDUCE = 1, PARSE_LEFT = 2 };	/* then RIGHT */

static inline int
parse_left(int label)
{
	return PARSE_LEFT + label;
}

static inline int
parse_right(int nlabels, int label)
{
	return PARSE_LEFT + nlabels + label;
}

struct parse_state {
	int n, nlabels, root_label;
	const uint64_t *word;	/* [n + 2]: word[i] is word i's hash */
	const uint8_t *tag;	/* [n + 2]: joint tags */
	int b;			/* the first word of the buffer */
	int depth;
	int stack[PARSE_WINDOW + 2];
	int head[PARSE_WINDOW + 2];	/* -1: none yet */
	uint8_t label[PARSE_WINDOW + 2];
	/* Leftmost, second leftmost, rightmost, second rightmost dependents
	 * (0: none), the number on each side, and the set of their labels. */
	int16_t left1[PARSE_WINDOW + 2], left2[PARSE_WINDOW + 2];
	int16_t right1[PARSE_WINDOW + 2], right2[PARSE_WINDOW + 2];
	uint8_t nleft[PARSE_WINDOW + 2], nright[PARSE_WINDOW + 2];
	uint64_t left_labels[PARSE_WINDOW + 2], right_labels[PARSE_WINDOW + 2];
};

/* The start state for words 1..n (n <= PARSE_WINDOW); word and tag have
 * n + 2 elements, the caller sets [0] and [n + 1] to its none and root
 * values (parse_state_init does it for tag). */
void parse_state_init(struct parse_state *st, int n, int nlabels,
    int root_label, const uint64_t *word, uint8_t *tag);

static inline bool
parse_state_done(const struct parse_state *st)
{
	return st->depth == 0 && st->b == st->n + 1;
}

/* Whether transition t may apply (the root only ever heads by LEFT with
 * the root label, and nothing else takes that label). */
bool parse_valid(const struct parse_state *st, int t);

void parse_apply(struct parse_state *st, int t);

/* The valid transition with the highest score. */
int parse_best_valid(const struct parse_state *st, const int32_t *scores);

/*
 * Parses st to the end with the model's parser table; then every word
 * has a head in 1..n + 1.  When several words hang from the root, the
 * first one labelled root (or the first) stays and the others are
 * attached to it (their own label, parataxis if it was root), so that a
 * sentence has exactly one root.
 */
void parse_run(struct parse_state *st, const struct parse_model *m);

/* The single-root repair of parse_run, for the trainer's decoding. */
void parse_single_root(struct parse_state *st, int parataxis_label);

#endif
