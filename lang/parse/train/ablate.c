/*
 * ablate: greedy backward elimination of templates (ablate.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ablate.h"

enum { MAX_TEMPLATES = 128 };

struct loss {
	double cost;
	int template;
};

/* Cheapest first; ties by template number, so that runs agree. */
static int
cmp_loss(const void *a, const void *b)
{
	const struct loss *x = a, *y = b;

	if (x->cost != y->cost)
		return x->cost < y->cost ? -1 : 1;
	return (x->template > y->template) - (x->template < y->template);
}

/* What leaving out each template still in costs from base, cheapest
 * first; returns how many. */
static int
costs(int ntemplates, bool *drop, double base, ablate_score_fn score,
    void *ctx, struct loss *out)
{
	int n = 0;

	for (int j = 0; j < ntemplates; j++) {
		if (drop[j])
			continue;
		drop[j] = true;
		out[n++] = (struct loss){ base - score(ctx, drop), j };
		drop[j] = false;
	}
	qsort(out, (size_t)n, sizeof(*out), cmp_loss);
	return n;
}

void
ablate_templates(const char *name, int ntemplates, const bool *start,
    int per_round, int floor, ablate_score_fn score, void *ctx)
{
	bool drop[MAX_TEMPLATES];
	struct loss loss[MAX_TEMPLATES];
	int kept = 0;
	double base;

	if (ntemplates > MAX_TEMPLATES)
		ntemplates = MAX_TEMPLATES;
	memcpy(drop, start, (size_t)ntemplates * sizeof(*drop));
	for (int j = 0; j < ntemplates; j++)
		kept += !drop[j];
	base = score(ctx, drop);
	fprintf(stderr, "%s ablation: %d templates, dev %.4f\n", name, kept, base);
	while (kept > floor) {
		int n = costs(ntemplates, drop, base, score, ctx, loss);

		for (int k = 0; k < per_round && k < n; k++, kept--)
			drop[loss[k].template] = true;
		base = score(ctx, drop);
		fprintf(stderr, "%s ablation: %d templates, dev %.4f; dropped now:", name, kept, base);
		for (int k = 0; k < per_round && k < n; k++)
			fprintf(stderr, " %d (%.4f)", loss[k].template, loss[k].cost);
		fprintf(stderr, "; all dropped:");
		for (int j = 0; j < ntemplates; j++)
			if (drop[j])
				fprintf(stderr, " %d", j);
		fprintf(stderr, "\n");
	}
}
