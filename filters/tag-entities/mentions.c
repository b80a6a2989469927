/*
 * mentions: a record's mentions, and their index by position (tagger.h).
 */
#include <stdint.h>
#include <stdlib.h>

#include "diag.h"
#include "tagger.h"

void
add_mention(struct mention_list *l, size_t start, size_t end, enum etype type)
{
	l->v = xgrow(l->v, &l->cap, l->n + 1, sizeof *l->v);
	l->v[l->n++] = (struct mention){ .start = start, .end = end,
	    .title_start = start, .type = type };
}

static int
by_start(const void *a, const void *b)
{
	const struct mention *x = a, *y = b;

	return x->start < y->start ? -1 : x->start > y->start;
}

void
mentions_clear(struct mention_list *l)
{
	l->n = 0;
	l->norder = 0;
	l->indexed = 0;
}

/* The list by start: the order it is written in.  Mentions never
 * overlap, so no two start together and the order is one. */
void
mentions_sort(struct mention_list *l)
{
	if (l->n > 1)
		qsort(l->v, l->n, sizeof *l->v, by_start);
	l->norder = 0;
	l->indexed = 0;
}

static int
pos_by_start(const void *a, const void *b)
{
	const struct mention_pos *x = a, *y = b;

	return x->start < y->start ? -1 : x->start > y->start;
}

/* Appends the positions of v[from..n) not removed to out[0..), in order
 * of start; returns how many. */
static size_t
new_positions(const struct mention_list *l, size_t from, struct mention_pos *out)
{
	size_t k = 0;
	bool in_order = true;

	for (size_t i = from; i < l->n; i++) {
		const struct mention *m = &l->v[i];
		if (m->removed)
			continue;
		if (k > 0 && out[k - 1].start > m->start)
			in_order = false;
		out[k++] = (struct mention_pos){ m->start, m->end, i };
	}
	/* A pass adds in order of position, most of the time. */
	if (!in_order)
		qsort(out, k, sizeof *out, pos_by_start);
	return k;
}

/*
 * Since the last index the list has only grown or had mentions marked
 * removed (mentions_compact empties the index): the index keeps what is
 * still there, and the new mentions, sorted, are merged in, so that a
 * record's passes cost the new mentions' sort and one merge each.
 */
void
mention_remove(struct mention_list *l, size_t at)
{
	if (!l->v[at].removed) {
		l->v[at].removed = true;
		l->nremoved++;
	}
}

void
mentions_index(struct mention_list *l)
{
	size_t kept = 0, added, a, b, out = 0;

	/* A pass that found nothing to add or take away: the index stands
	 * (passes ask for it line by line in a long record). */
	if (l->indexed == l->n && l->nremoved == l->nremoved_indexed)
		return;
	l->nremoved_indexed = l->nremoved;

	l->order = xgrow(l->order, &l->cap_order, 2 * l->n + 1, sizeof *l->order);
	for (size_t k = 0; k < l->norder; k++)
		if (!l->v[l->order[k].at].removed)
			l->order[kept++] = l->order[k];
	/* The new ones go to the upper half, then both merge from the top
	 * down into the whole, so that no position is written before it
	 * was read. */
	struct mention_pos *fresh = l->order + l->n;
	added = new_positions(l, l->indexed, fresh);
	a = kept;
	b = added;
	out = kept + added;
	while (b > 0) {
		if (a > 0 && l->order[a - 1].start > fresh[b - 1].start)
			l->order[--out] = l->order[--a];
		else
			l->order[--out] = fresh[--b];
	}
	l->norder = kept + added;
	l->indexed = l->n;
}

/* The first place in the index whose mention ends after start. */
static size_t
first_ending_after(const struct mention_list *l, size_t start)
{
	size_t lo = 0, hi = l->norder;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (l->order[mid].end > start)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

bool
mentions_overlap(const struct mention_list *l, size_t start, size_t end)
{
	for (size_t k = first_ending_after(l, start);
	    k < l->norder && l->order[k].start < end; k++)
		if (!l->v[l->order[k].at].removed)
			return true;
	return false;
}

size_t
mentions_at(const struct mention_list *l, size_t start, size_t end)
{
	for (size_t k = first_ending_after(l, start);
	    k < l->norder && l->order[k].start < end; k++) {
		const struct mention *m = &l->v[l->order[k].at];
		if (!m->removed && m->start == start && m->end == end)
			return l->order[k].at;
	}
	return SIZE_MAX;
}

size_t
mentions_overlapping(const struct mention_list *l, size_t start, size_t end,
    size_t *out, size_t max)
{
	size_t n = 0;

	for (size_t k = first_ending_after(l, start);
	    k < l->norder && l->order[k].start < end; k++)
		if (!l->v[l->order[k].at].removed) {
			if (n < max)
				out[n] = l->order[k].at;
			n++;
		}
	return n;
}

void
mentions_remove_overlapping(struct mention_list *l, size_t start, size_t end)
{
	for (size_t k = first_ending_after(l, start);
	    k < l->norder && l->order[k].start < end; k++)
		mention_remove(l, l->order[k].at);
}

bool
mentions_make_room(struct mention_list *l, size_t start, size_t end)
{
	size_t from = first_ending_after(l, start), k;

	for (k = from; k < l->norder && l->order[k].start < end; k++) {
		const struct mention *m = &l->v[l->order[k].at];
		if (!m->removed && (m->start < start || m->end > end))
			return false;
	}
	while (k-- > from)
		mention_remove(l, l->order[k].at);
	return true;
}

void
mentions_compact(struct mention_list *l)
{
	size_t out = 0;

	for (size_t i = 0; i < l->n; i++)
		if (!l->v[i].removed)
			l->v[out++] = l->v[i];
	l->n = out;
	l->norder = 0;
	l->indexed = 0;
}

void
mention_list_free(struct mention_list *l)
{
	free(l->v);
	free(l->order);
}
