/*
 * oracle: the arc-eager dynamic oracle's costs (oracle.h).
 */
#include <stdbool.h>

#include "oracle.h"

/* Gold dependents of h still in the buffer (from b on). */
static int
deps_in_buffer(const struct parse_state *st, const int *gold_head, int h)
{
	int c = 0;

	for (int k = st->b; k <= st->n; k++)
		c += gold_head[k] == h;
	return c;
}

/* Words on the stack without a head whose gold head is h. */
static int
headless_deps_on_stack(const struct parse_state *st, const int *gold_head, int h)
{
	int c = 0;

	for (int i = 0; i < st->depth; i++) {
		int k = st->stack[i];

		c += gold_head[k] == h && st->head[k] < 0;
	}
	return c;
}

static bool
on_stack(const struct parse_state *st, int w)
{
	for (int i = 0; i < st->depth; i++)
		if (st->stack[i] == w)
			return true;
	return false;
}

void
parse_oracle_costs(const struct parse_state *st, const int *gold_head,
    const uint8_t *gold_label, int *cost)
{
	int nlabels = st->nlabels, b = st->b;
	int s0 = st->depth > 0 ? st->stack[st->depth - 1] : 0;
	int nclasses = PARSE_LEFT + 2 * nlabels;
	int left = 0, right = 0;

	for (int t = 0; t < nclasses; t++)
		cost[t] = PARSE_COST_INVALID;
	if (parse_valid(st, PARSE_SHIFT)) {
		/* b can no longer take a head or dependents on the stack. */
		cost[PARSE_SHIFT] = headless_deps_on_stack(st, gold_head, b) +
		    (on_stack(st, gold_head[b]) ? 1 : 0);
	}
	if (s0 == 0)
		return;
	if (parse_valid(st, PARSE_REDUCE))
		cost[PARSE_REDUCE] = deps_in_buffer(st, gold_head, s0);
	if (st->head[s0] < 0) {
		/* s0 loses its dependents in the buffer and a head there other
		 * than b. */
		left = deps_in_buffer(st, gold_head, s0) +
		    (gold_head[s0] > b ? 1 : 0);
	}
	if (b <= st->n) {
		/* b loses a head elsewhere still in reach and its dependents
		 * waiting on the stack. */
		int h = gold_head[b];

		right = headless_deps_on_stack(st, gold_head, b) +
		    (h != s0 && (h > b || on_stack(st, h)) ? 1 : 0);
	}
	for (int l = 0; l < nlabels; l++) {
		int t = parse_left(l);

		if (parse_valid(st, t))
			cost[t] = left + (gold_head[s0] == b && gold_label[s0] != l);
		t = parse_right(nlabels, l);
		if (parse_valid(st, t))
			cost[t] = right + (gold_head[b] == s0 && gold_label[b] != l);
	}
}
