/*
 * repeat: how far one sentence says what another has said (group.h).
 *
 * Words are not enough: a development told again in other words ("the
 * toll stands at 12" after "12 people died in the fire") shares few
 * words with its first telling, but its facts, the names and figures it
 * gives.  Yet the story's own places and people are in nearly every
 * sentence, and sharing them says little: each fact weighs by how rare it
 * is among the candidates, log(n / f) / log(n) for a fact that f of the
 * n sentences give (1 for a fact of one sentence, 0 for one of all).
 */
#include <math.h>
#include <stdlib.h>

#include "group.h"
#include "hmap.h"

/* How many of the candidates give each fact. */
static void
count_facts(struct hmap *df, const uint64_t *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		bool found;
		(*hmap_slot(df, hmap_key(v[i]), &found))++;
	}
}

void
repeat_init(struct repeat *r, const struct group *g, size_t n)
{
	hmap_init(&r->df, 256);
	r->n = n;
	for (size_t i = 0; i < n; i++) {
		count_facts(&r->df, g->v[i].entities, g->v[i].nentities);
		count_facts(&r->df, g->v[i].figures, g->v[i].nfigures);
	}
}

void
repeat_free(struct repeat *r)
{
	hmap_free(&r->df);
}

static double
fact_weight(const struct repeat *r, uint64_t fact)
{
	uint32_t f = 1;

	if (r->n < 2)
		return 1;
	hmap_get(&r->df, hmap_key(fact), &f);
	return fmax(0, log((double)r->n / (double)(f ? f : 1)) / log((double)r->n));
}

/* The weight of x's facts of one kind, and of those y gives too (both
 * lists sorted and unique). */
static void
weigh_facts(const struct repeat *r, const uint64_t *x, size_t nx, const uint64_t *y,
    size_t ny, double *all, double *shared)
{
	size_t j = 0;

	for (size_t i = 0; i < nx; i++) {
		double w = fact_weight(r, x[i]);
		while (j < ny && y[j] < x[i])
			j++;
		*all += w;
		if (j < ny && y[j] == x[i])
			*shared += w;
	}
}

double
repeat_of(const struct repeat *r, const struct sentence *x, const struct sentence *y,
    double sim)
{
	double all = 0, shared = 0;

	if (x->nentities + x->nfigures < 2)
		return sim;
	weigh_facts(r, x->entities, x->nentities, y->entities, y->nentities, &all, &shared);
	weigh_facts(r, x->figures, x->nfigures, y->figures, y->nfigures, &all, &shared);
	return all > 0 ? fmin(1.0, sim + 0.5 * shared / all) : sim;
}
