/*
 * rank: which sentences make a summary (group.h).
 *
 * Sentences are ranked by LexRank (Erkan and Radev 2004, the continuous
 * form): centrality in a graph whose edges are the TF-IDF cosine
 * similarities of the sentences' content words.  score.c weighs the
 * centrality by what a reader needs (central names, figures, the main
 * actors' quotes, a story's lead, a post's news, recency).  Then maximal
 * marginal relevance (Carbonell and Goldstein 1998) picks sentences that
 * are central but not alike, until the length is reached.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "group.h"
#include "hmap.h"

/* TF-IDF cosine of two sentences (binary term frequencies); nx and ny
 * are their squared norms. */
static double
similarity(const struct sentence *x, const struct sentence *y,
    const double *idf_x, const double *idf_y, double nx, double ny)
{
	double dot = 0;
	size_t i = 0, j = 0;

	while (i < x->nterms && j < y->nterms) {
		if (x->terms[i] == y->terms[j]) {
			dot += idf_x[i] * idf_y[j];
			i++, j++;
		} else if (x->terms[i] < y->terms[j]) {
			i++;
		} else {
			j++;
		}
	}
	return nx > 0 && ny > 0 ? dot / sqrt(nx * ny) : 0;
}

/* Document frequencies of every sentence's terms, as IDF weights. */
static double **
idf_weights(const struct group *g)
{
	double **idf = xcalloc(g->n, sizeof *idf);
	struct hmap df;

	hmap_init(&df, 256);
	for (size_t i = 0; i < g->n; i++)
		for (size_t k = 0; k < g->v[i].nterms; k++) {
			bool found;
			(*hmap_slot(&df, hmap_key(g->v[i].terms[k]), &found))++;
		}
	for (size_t i = 0; i < g->n; i++) {
		idf[i] = xcalloc(g->v[i].nterms + 1, sizeof **idf);
		for (size_t k = 0; k < g->v[i].nterms; k++) {
			uint32_t n = 1;
			hmap_get(&df, hmap_key(g->v[i].terms[k]), &n);
			idf[i][k] = log((double)(g->n + 1) / (double)n);
		}
	}
	hmap_free(&df);
	return idf;
}

/* Continuous LexRank: the stationary distribution of a random walk on
 * the similarity graph, damped by 0.85.  The walk never stays where it
 * is (with a loop, a sentence that shares no word with the rest, "Thanks
 * for following our coverage", would keep an average share), and from a
 * sentence without neighbours it goes anywhere. */
static void
lexrank(const struct group *g, const double *sim, double *rank)
{
	size_t n = g->n;
	double *next = xcalloc(n, sizeof *next), *rowsum = xcalloc(n, sizeof *rowsum);

	double *walk = xcalloc(n * n, sizeof *walk);	/* row-normalised */

	for (size_t i = 0; i < n; i++) {
		rank[i] = 1.0 / (double)n;
		for (size_t j = 0; j < n; j++)
			rowsum[i] += j != i ? sim[i * n + j] : 0;
		for (size_t j = 0; j < n && rowsum[i] > 0; j++)
			walk[i * n + j] = j != i ? sim[i * n + j] / rowsum[i] : 0;
	}
	for (int it = 0; it < 100; it++) {
		double change = 0, stranded = 0;
		for (size_t i = 0; i < n; i++)
			stranded += rowsum[i] > 0 ? 0 : rank[i];
		for (size_t j = 0; j < n; j++)
			next[j] = (0.15 + 0.85 * stranded) / (double)n;
		for (size_t i = 0; i < n; i++)
			for (size_t j = 0; j < n; j++)
				next[j] += 0.85 * rank[i] * walk[i * n + j];
		for (size_t j = 0; j < n; j++)
			change += fabs(next[j] - rank[j]);
		memcpy(rank, next, n * sizeof *rank);
		if (change < 1e-9)
			break;
	}
	free(walk);
	free(next);
	free(rowsum);
}

/* How far candidate i repeats the k chosen: the most it repeats any. */
static double
repeat_of_chosen(const struct group *g, const double *sim, const struct repeat *rep,
    size_t i, const size_t *chosen, size_t k)
{
	double repeat = 0;

	for (size_t j = 0; j < k; j++)
		repeat = fmax(repeat, repeat_of(rep, &g->v[i], &g->v[chosen[j]],
		    sim[i * g->n + chosen[j]]));
	return repeat;
}

/* Whether st may be picked with room words left (limited: a length in
 * words): never under six words (a headline, a caption, a credit), and a
 * headline or a part of a longer quotation only when parts may be. */
static bool
pickable(const struct sentence *st, bool parts, bool limited, size_t room)
{
	return st->words >= MIN_WORDS && ((!st->headline && !st->part_quote) || parts) &&
	    (!limited || st->words <= room);
}

/* Maximal marginal relevance: the next sentence is the one whose score
 * least repeats what is chosen (repeat.c); one that repeats a chosen
 * sentence nearly (above 0.7) is never picked, nor, while there are
 * whole sentences, a headline or a part of a longer quotation.  Returns
 * how many were chosen. */
static size_t
choose(const struct group *g, const struct summarize_config *cfg, const double *sim,
    const struct repeat *rep, size_t *chosen)
{
	size_t n = g->n, k = 0, words = 0, limit = cfg->words;
	bool *taken = xcalloc(n + 1, sizeof *taken), parts = false;
	double best_score = 0;

	for (size_t i = 0; i < n; i++)
		best_score = fmax(best_score, g->v[i].score);
	while (limit > 0 || k < cfg->sentences) {
		size_t best = SIZE_MAX;
		double best_value = -1e300;
		for (size_t i = 0; i < n; i++) {
			if (taken[i] || !pickable(&g->v[i], parts, limit > 0, limit - words))
				continue;
			double repeat = repeat_of_chosen(g, sim, rep, i, chosen, k);
			double value = 0.7 * g->v[i].score / (best_score > 0 ? best_score : 1) -
			    0.3 * repeat;
			if (repeat <= 0.7 && value > best_value) {
				best_value = value;
				best = i;
			}
		}
		if (best == SIZE_MAX && k == 0 && !parts) {
			parts = true;	/* they are all there is */
			continue;
		}
		if (best == SIZE_MAX)
			break;
		taken[best] = true;
		chosen[k++] = best;
		words += g->v[best].words;
	}
	free(taken);
	return k;
}

static int
cmp_size(const void *x, const void *y)
{
	size_t a = *(const size_t *)x, b = *(const size_t *)y;

	return a < b ? -1 : a > b;
}

static double
prescore(const struct group *g, const struct sentence *st)
{
	double salience = 0;

	for (size_t k = 0; k < st->nentities; k++)
		salience += (double)group_entity_count(g, st->entities[k]);
	return log(1.0 + salience) + (st->quoted ? 1 : 0) +
	    (!st->post && !st->headline && st->place == 0 ? 2 : 0) +
	    (st->opens_post ? 1 : 0) + log(1.0 + (double)st->nterms) +
	    (st->words < MIN_WORDS ? -100 : 0);
}

static int
by_prescore(const void *x, const void *y)
{
	const struct sentence *a = x, *b = y;

	return a->score != b->score ? (a->score > b->score ? -1 : 1) :
	    (a->order < b->order ? -1 : a->order > b->order);
}

static int
by_order(const void *x, const void *y)
{
	const struct sentence *a = x, *b = y;

	return a->order < b->order ? -1 : a->order > b->order;
}

/*
 * The graph is quadratic in its sentences: past GRAPH_MAX (a digest of a
 * thousand records has three thousand), the GRAPH_MAX that a cheap
 * score puts first (entity mentions, quotes, leads, content words) are
 * ranked, moved to the front in reading order; returns how many.
 */
static size_t
candidates(struct group *g)
{
	if (g->n <= GRAPH_MAX)
		return g->n;
	for (size_t i = 0; i < g->n; i++)
		g->v[i].score = prescore(g, &g->v[i]);
	qsort(g->v, g->n, sizeof *g->v, by_prescore);
	qsort(g->v, GRAPH_MAX, sizeof *g->v, by_order);
	return GRAPH_MAX;
}

size_t
rank_group(struct group *g, const struct summarize_config *cfg, size_t *chosen)
{
	size_t all, n, k;

	group_drop_repeats(g);
	group_trim(g, cfg->max_sentences);
	all = g->n;
	if (all == 0)
		return 0;
	/* Only the candidates are ranked: the functions below see n of them. */
	n = g->n = candidates(g);
	double **idf = idf_weights(g);
	double *sim = xcalloc(n * n, sizeof *sim), *rank = xcalloc(n, sizeof *rank);
	double *norm = xcalloc(n, sizeof *norm);
	for (size_t i = 0; i < n; i++)
		for (size_t t = 0; t < g->v[i].nterms; t++)
			norm[i] += idf[i][t] * idf[i][t];
	for (size_t i = 0; i < n; i++)
		for (size_t j = i; j < n; j++)
			sim[i * n + j] = sim[j * n + i] = i == j ? 1 :
			    similarity(&g->v[i], &g->v[j], idf[i], idf[j], norm[i], norm[j]);
	free(norm);
	lexrank(g, sim, rank);
	score_sentences(g, n, cfg, rank);
	struct repeat rep;
	repeat_init(&rep, g, n);
	k = choose(g, cfg, sim, &rep, chosen);
	repeat_free(&rep);
	if (k > 1)
		qsort(chosen, k, sizeof *chosen, cmp_size);
	g->n = all;
	for (size_t i = 0; i < n; i++)
		free(idf[i]);
	free(idf);
	free(sim);
	free(rank);
	return k;
}
