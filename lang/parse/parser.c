/*
 * parser: the arc-eager transitions and the greedy decoder (parser.h).
 */
#include <string.h>

#include "features.h"
#include "parser.h"

void
parse_state_init(struct parse_state *st, int n, int nlabels, int root_label,
    const uint64_t *word, uint8_t *tag)
{
	st->n = n;
	st->nlabels = nlabels;
	st->root_label = root_label;
	st->word = word;
	st->tag = tag;
	tag[0] = PARSE_TAG_NONE;
	tag[n + 1] = PARSE_TAG_ROOT;
	st->b = 1;
	st->depth = 0;
	for (int i = 0; i <= n + 1; i++) {
		st->head[i] = -1;
		st->label[i] = 0;
		st->left1[i] = st->left2[i] = st->right1[i] = st->right2[i] = 0;
		st->nleft[i] = st->nright[i] = 0;
		st->left_labels[i] = st->right_labels[i] = 0;
	}
}

bool
parse_valid(const struct parse_state *st, int t)
{
	int s0 = st->depth > 0 ? st->stack[st->depth - 1] : 0;
	bool at_root = st->b == st->n + 1;

	if (t == PARSE_SHIFT)
		return !at_root;
	if (s0 == 0)
		return false;
	if (t == PARSE_REDUCE)
		return st->head[s0] >= 0;
	if (t < PARSE_LEFT + st->nlabels) {
		int label = t - PARSE_LEFT;

		return st->head[s0] < 0 && (label == st->root_label) == at_root;
	}
	return !at_root && t - PARSE_LEFT - st->nlabels != st->root_label;
}

static void
add_arc(struct parse_state *st, int h, int d, int label)
{
	uint64_t bit = (uint64_t)1 << (label & 63);

	st->head[d] = h;
	st->label[d] = (uint8_t)label;
	/* Arc-eager adds left dependents nearest first and right dependents
	 * nearest first, so the newest is the outermost. */
	if (d < h) {
		st->left2[h] = st->left1[h];
		st->left1[h] = (int16_t)d;
		if (st->nleft[h] < 255)
			st->nleft[h]++;
		st->left_labels[h] |= bit;
	} else {
		st->right2[h] = st->right1[h];
		st->right1[h] = (int16_t)d;
		if (st->nright[h] < 255)
			st->nright[h]++;
		st->right_labels[h] |= bit;
	}
}

void
parse_apply(struct parse_state *st, int t)
{
	int s0 = st->depth > 0 ? st->stack[st->depth - 1] : 0;

	if (t == PARSE_SHIFT) {
		st->stack[st->depth++] = st->b++;
	} else if (t == PARSE_REDUCE) {
		st->depth--;
	} else if (t < PARSE_LEFT + st->nlabels) {
		add_arc(st, st->b, s0, t - PARSE_LEFT);
		st->depth--;
	} else {
		add_arc(st, s0, st->b, t - PARSE_LEFT - st->nlabels);
		st->stack[st->depth++] = st->b++;
	}
}

/* The best of scores[from..from + n) but skip (-1: none); -1 if none. */
static int
best_in(const int32_t *scores, int from, int n, int skip, int best)
{
	for (int t = from; t < from + n; t++)
		if (t != skip && (best < 0 || scores[t] > scores[best]))
			best = t;
	return best;
}

/* What parse_valid says, class by class, in one pass per kind of
 * transition: this runs once per state, over every class. */
int
parse_best_valid(const struct parse_state *st, const int32_t *scores)
{
	int s0 = st->depth > 0 ? st->stack[st->depth - 1] : 0;
	bool at_root = st->b == st->n + 1;
	int nl = st->nlabels, root = st->root_label, best = -1;

	if (!at_root)
		best = PARSE_SHIFT;
	if (s0 == 0)
		return best;
	if (st->head[s0] >= 0) {
		if (best < 0 || scores[PARSE_REDUCE] > scores[best])
			best = PARSE_REDUCE;
	} else if (at_root) {
		if (best < 0 || scores[parse_left(root)] > scores[best])
			best = parse_left(root);
	} else {
		best = best_in(scores, PARSE_LEFT, nl, parse_left(root), best);
	}
	if (!at_root)
		best = best_in(scores, PARSE_LEFT + nl, nl, parse_right(nl, root), best);
	return best;
}

void
parse_single_root(struct parse_state *st, int parataxis_label)
{
	int root = 0;

	for (int i = 1; i <= st->n; i++)
		if (st->head[i] == st->n + 1 && st->label[i] == st->root_label) {
			root = i;
			break;
		}
	for (int i = 1; root == 0 && i <= st->n; i++)
		if (st->head[i] == st->n + 1)
			root = i;
	if (root == 0)
		return;
	st->label[root] = (uint8_t)st->root_label;
	for (int i = 1; i <= st->n; i++)
		if (i != root && st->head[i] == st->n + 1) {
			st->head[i] = root;
			if (st->label[i] == st->root_label)
				st->label[i] = (uint8_t)parataxis_label;
		}
}

/* The one transition st allows, or -1 when it allows more (parse_valid):
 * with the stack empty, SHIFT; with the buffer at the root, REDUCE or
 * the root's LEFT, whichever s0 can take.  Such a state is not scored:
 * one transition in six on EWT test (every SHIFT onto an empty stack,
 * the stack's unwinding at the end), a tenth of the parse's time. */
static int
forced(const struct parse_state *st)
{
	int s0 = st->depth > 0 ? st->stack[st->depth - 1] : 0;

	if (s0 == 0)
		return PARSE_SHIFT;
	if (st->b != st->n + 1)
		return -1;
	return st->head[s0] >= 0 ? PARSE_REDUCE : parse_left(st->root_label);
}

void
parse_run(struct parse_state *st, const struct parse_model *m)
{
	uint64_t feats[PARSE_MAX_FEATURES];
	int32_t scores[PARSE_MAX_SCORES];

	while (!parse_state_done(st)) {
		int only = forced(st);
		size_t nf;

		if (only >= 0) {
			parse_apply(st, only);
			continue;
		}
		nf = parse_drop_templates(feats, parse_parser_features(st, feats),
		    m->drop_parser);

		memset(scores, 0, sizeof(scores));
		parse_table_score(&m->parser, feats, nf, scores);
		parse_apply(st, parse_best_valid(st, scores));
	}
	parse_single_root(st, m->parataxis_label);
}
