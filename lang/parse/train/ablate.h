/*
 * ablate: which feature templates a trained model needs least, by greedy
 * backward elimination (train-parse -A).  Each round leaves out, one at
 * a time, every template still in, scores the model without it, and
 * drops the few whose absence costs least; it prints each round to
 * standard error.  Nothing is retrained, so the figures are a
 * pessimistic guide to what leaving templates out and retraining costs.
 * Training only.
 */
#ifndef WIRE_PARSE_TRAIN_ABLATE_H
#define WIRE_PARSE_TRAIN_ABLATE_H

#include <stdbool.h>

/* The score (higher is better) of the model with the templates drop[]
 * marks left out. */
typedef double (*ablate_score_fn)(void *ctx, const bool *drop);

/*
 * Rounds of per_round templates dropped from the ntemplates (at most
 * 128) that drop[] does not already mark, until at most floor are left;
 * name heads the lines printed.
 */
void ablate_templates(const char *name, int ntemplates, const bool *drop,
    int per_round, int floor, ablate_score_fn score, void *ctx);

#endif
