/*
 * score: what a reader of the summary needs of each sentence (group.h).
 *
 * A sentence's score is its centrality (LexRank: how much it shares with
 * the rest of the story, 1 being average), taken for a quarter (0.75 +
 * 0.25 x centrality: what the story repeats most is not always its
 * news), times its weight as news:
 *
 *   1
 *   + up to 0.5 for naming the story's central entities (the mentions of
 *     the names it holds, as a share of the most mentioned name's);
 *   + 0.2 for giving a figure: a toll, a sum, a count, the developments
 *     a reader looks for;
 *   + for a quote of a speaker the story names more than once, up to 0.6
 *     (0.3 for reported words) as the speaker is central to the story:
 *     the quotes that matter are the main actors' own words;
 *   + for a story's lead, 1 for its first sentence, 1/2 for the second,
 *     1/3 for the third... (news puts its point first; headlines and
 *     lines under six words are not counted).  A live blog's posts are
 *     not a story's paragraphs: a post gets none, but
 *   + 0.3 for a post's first sentence, where a post gives its news;
 *
 * times 1 + recency x age, age going from 0 for the oldest post to 1 for
 * the newest: by the posts' times when they have them (wire-split
 * --posts), else by arrival.  Within one story that is not a live blog no
 * sentence is newer than another, and age is 0.  So recency is one
 * signal among several: an important early post outranks a trivial late
 * one.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include "diag.h"
#include "group.h"

/* How central a name is to the group: its mentions as a share of the
 * most mentioned name's (top). */
static double
centrality(const struct group *g, uint64_t h, size_t top)
{
	return (double)group_entity_count(g, h) / (double)top;
}

static double
news_weight(const struct group *g, const struct sentence *st, size_t top)
{
	double salience = 0, w = 1;

	for (size_t k = 0; k < st->nentities; k++)
		salience += centrality(g, st->entities[k], top);
	w += 0.5 * fmin(salience, 1.0);
	if (st->nfigures > 0)
		w += 0.2;
	if (st->quoted && group_entity_count(g, st->speaker) > 1)
		w += (st->direct ? 0.6 : 0.3) * centrality(g, st->speaker, top);
	if (!st->post && !st->headline && st->words >= MIN_WORDS)
		w += 1.0 / (1.0 + (double)st->place); /* LEAD */
	if (st->post && st->opens_post)
		w += 0.3;
	return w;
}

/* Each candidate's age, 0 oldest to 1 newest, into age. */
static void
ages(const struct group *g, size_t n, double *age)
{
	int64_t lo = INT64_MAX, hi = INT64_MIN;
	bool by_time = false, by_arrival = g->posts > 0 || g->stories > 1;

	for (size_t i = 0; i < n; i++)
		if (g->v[i].timed) {
			by_time = true;
			lo = g->v[i].time < lo ? g->v[i].time : lo;
			hi = g->v[i].time > hi ? g->v[i].time : hi;
		}
	for (size_t i = 0; i < n; i++) {
		const struct sentence *st = &g->v[i];
		if (by_time)	/* a line before the posts has no time: 0 */
			age[i] = st->timed && hi > lo ?
			    (double)(st->time - lo) / (double)(hi - lo) : 0;
		else if (by_arrival && g->next_order > 1)
			age[i] = (double)st->order / (double)(g->next_order - 1);
		else
			age[i] = 0;
	}
}

void
score_sentences(struct group *g, size_t n, const struct summarize_config *cfg,
    const double *rank)
{
	size_t top = 1;
	double *age = xcalloc(n + 1, sizeof *age);

	for (size_t i = 0; i < g->nents; i++)
		if (g->ents[i].count > top)
			top = g->ents[i].count;
	ages(g, n, age);
	for (size_t i = 0; i < n; i++)
		g->v[i].score = (0.75 + 0.25 * rank[i] * (double)n) * news_weight(g, &g->v[i], top) *
		    (1 + cfg->recency * age[i]);
	free(age);
}
