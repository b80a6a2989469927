/*
 * perceptron: the trainer's weights, sparse: a hash table from feature
 * hash to the classes that feature has voted for, with the running sum
 * for averaging by Daume's trick (w - u / t), and their export to the
 * runtime's quantized table (model.h).  Training only.
 */
#ifndef WIRE_PARSE_TRAIN_PERCEPTRON_H
#define WIRE_PARSE_TRAIN_PERCEPTRON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct pc_entry {
	uint32_t cls;
	int32_t w;
	int64_t u;
};

struct pc_row {
	uint64_t key;		/* 0: empty */
	struct pc_entry *e;
	uint32_t n, cap;
	uint32_t updates;	/* how many updates touched the feature */
};

struct perceptron {
	struct pc_row *rows;
	size_t nslots, nrows;
	int64_t time;		/* examples seen, from 1 */
};

/* A runtime table under construction: slots and entries as model.h says. */
struct pc_table {
	uint64_t *slots;
	uint16_t *entries;
	size_t nslots, nentries;
};

void pc_init(struct perceptron *p);
void pc_free(struct perceptron *p);

/* Adds the current weights of feats to scores. */
void pc_score(const struct perceptron *p, const uint64_t *feats, size_t n,
    int32_t *scores);

/* Adds the averaged weights, times 256, to scores. */
void pc_score_averaged(const struct perceptron *p, const uint64_t *feats,
    size_t n, int32_t *scores);

/* One example seen (call before its updates). */
static inline void
pc_tick(struct perceptron *p)
{
	p->time++;
}

void pc_update(struct perceptron *p, const uint64_t *feats, size_t n,
    int cls, int delta);

/*
 * The averaged weights, scaled so that the largest is 32,000, quantized to
 * int8 with a power-of-two scale per feature, as a runtime table of
 * nclasses (rows dense or sparse as model.h says), keeping only the features that min_updates
 * updates or more touched (the rarer ones' weights are noise that costs
 * room) and the weights of min_weight or more after the first scaling.
 * Deterministic: rows in the order of their keys.
 */
void pc_export(const struct perceptron *p, size_t nclasses, unsigned min_updates,
    int min_weight, struct pc_table *out);
void pc_table_free(struct pc_table *t);

/* Builds a runtime map from sorted (key, value) pairs: the lemmatizer's. */
void pc_table_of_values(const uint64_t *keys, const int16_t *values, size_t n,
    struct pc_table *out);

#endif
