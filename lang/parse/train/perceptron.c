/*
 * perceptron: sparse averaged-perceptron weights (perceptron.h).
 */
#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "perceptron.h"
#include "../model.h"

void
pc_init(struct perceptron *p)
{
	p->nslots = 1 << 20;
	p->rows = xcalloc(p->nslots, sizeof(*p->rows));
	p->nrows = 0;
	p->time = 0;
}

void
pc_free(struct perceptron *p)
{
	for (size_t i = 0; i < p->nslots; i++)
		free(p->rows[i].e);
	free(p->rows);
	memset(p, 0, sizeof(*p));
}

static inline uint64_t
row_key(uint64_t h)
{
	return h != 0 ? h : 1;
}

static const struct pc_row *
find_row(const struct perceptron *p, uint64_t h)
{
	uint64_t key = row_key(h), mask = p->nslots - 1;

	for (uint64_t i = key & mask;; i = (i + 1) & mask) {
		const struct pc_row *r = &p->rows[i];

		if (r->key == key)
			return r;
		if (r->key == 0)
			return NULL;
	}
}

static void
grow(struct perceptron *p)
{
	struct pc_row *old = p->rows;
	size_t oldn = p->nslots;

	p->nslots *= 2;
	p->rows = xcalloc(p->nslots, sizeof(*p->rows));
	for (size_t i = 0; i < oldn; i++) {
		if (old[i].key == 0)
			continue;
		uint64_t mask = p->nslots - 1, j = old[i].key & mask;

		while (p->rows[j].key != 0)
			j = (j + 1) & mask;
		p->rows[j] = old[i];
	}
	free(old);
}

static struct pc_row *
get_row(struct perceptron *p, uint64_t h)
{
	uint64_t key = row_key(h), mask;

	if (2 * (p->nrows + 1) > p->nslots)
		grow(p);
	mask = p->nslots - 1;
	for (uint64_t i = key & mask;; i = (i + 1) & mask) {
		struct pc_row *r = &p->rows[i];

		if (r->key == key)
			return r;
		if (r->key == 0) {
			r->key = key;
			p->nrows++;
			return r;
		}
	}
}

void
pc_score(const struct perceptron *p, const uint64_t *feats, size_t n,
    int32_t *scores)
{
	for (size_t i = 0; i < n; i++) {
		const struct pc_row *r = find_row(p, feats[i]);

		if (r == NULL)
			continue;
		for (uint32_t j = 0; j < r->n; j++)
			scores[r->e[j].cls] += r->e[j].w;
	}
}

static double
averaged(const struct perceptron *p, const struct pc_entry *e)
{
	return p->time > 0 ? e->w - (double)e->u / (double)p->time : e->w;
}

void
pc_score_averaged(const struct perceptron *p, const uint64_t *feats,
    size_t n, int32_t *scores)
{
	double sum[PARSE_MAX_SCORES] = { 0 };
	uint32_t maxcls = 0;

	for (size_t i = 0; i < n; i++) {
		const struct pc_row *r = find_row(p, feats[i]);

		if (r == NULL)
			continue;
		for (uint32_t j = 0; j < r->n; j++) {
			sum[r->e[j].cls] += averaged(p, &r->e[j]);
			if (r->e[j].cls + 1 > maxcls)
				maxcls = r->e[j].cls + 1;
		}
	}
	for (uint32_t c = 0; c < maxcls; c++)
		scores[c] += (int32_t)lround(sum[c] * 256);
}

void
pc_update(struct perceptron *p, const uint64_t *feats, size_t n, int cls,
    int delta)
{
	for (size_t i = 0; i < n; i++) {
		struct pc_row *r = get_row(p, feats[i]);
		struct pc_entry *e = NULL;

		r->updates++;
		for (uint32_t j = 0; j < r->n; j++)
			if (r->e[j].cls == (uint32_t)cls) {
				e = &r->e[j];
				break;
			}
		if (e == NULL) {
			if (r->n == r->cap) {
				r->cap = r->cap ? 2 * r->cap : 2;
				r->e = xrealloc(r->e, r->cap * sizeof(*r->e));
			}
			e = &r->e[r->n++];
			*e = (struct pc_entry){ (uint32_t)cls, 0, 0 };
		}
		e->w += delta;
		e->u += p->time * delta;
	}
}

static int
cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

static int
cmp_entry_class(const void *a, const void *b)
{
	uint16_t x = *(const uint16_t *)a & 0xff, y = *(const uint16_t *)b & 0xff;

	return x < y ? -1 : x > y;
}

/* Files a slot for h. */
static void
put_slot(struct pc_table *t, uint64_t h, size_t start, size_t count, int shift)
{
	uint64_t i = parse_table_slot(h, t->nslots);

	if (start > PARSE_SLOT_MAX_START || count > PARSE_SLOT_DENSE)
		diag_fatal("model table too large");
	while (t->slots[i] != 0)
		i = i + 1 == t->nslots ? 0 : i + 1;
	t->slots[i] = parse_slot(parse_table_key(h), (uint32_t)start, (uint32_t)count,
	    (uint32_t)shift);
}

static void
table_alloc(struct pc_table *t, size_t nkeys, size_t nentries)
{
	t->nslots = nkeys + nkeys / 3 + 16;
	t->slots = xcalloc(t->nslots, sizeof(*t->slots));
	t->entries = xcalloc(nentries ? nentries : 1, sizeof(*t->entries));
	t->nentries = 0;
}

/* The weights of row r scaled (the largest of the model 32,000), those
 * under min_weight zeroed. */
static void
scaled_row(const struct perceptron *p, const struct pc_row *r, double scale,
    int min_weight, long *q)
{
	for (uint32_t j = 0; j < r->n; j++) {
		q[j] = lround(averaged(p, &r->e[j]) * scale);
		if (labs(q[j]) < min_weight)
			q[j] = 0;
	}
}

/*
 * Row r as int8 entries with its power-of-two scale, sparse or, when it
 * has PC_DENSE_MIN weights or more, dense; returns the number of u16
 * written and sets *count to the slot's count.  Adding up a dense row is
 * a few vector instructions, a sparse row one scattered addition an
 * entry: the rows with many entries are the features seen most, so
 * this costs 5% more room and saves a third of the parser's time.
 */
enum { PC_DENSE_MIN = 16 };
static size_t
quantized_row(const struct pc_row *r, const long *q, size_t nclasses,
    uint16_t *out, int *shift, size_t *count)
{
	int8_t dense[256] = { 0 };
	size_t n = 0;

	*shift = 0;
	for (uint32_t j = 0; j < r->n; j++)
		while (labs(lround((double)q[j] / (double)(1L << *shift))) > 127)
			++*shift;
	for (uint32_t j = 0; j < r->n; j++) {
		long q8 = lround((double)q[j] / (double)(1L << *shift));

		if (q8 == 0)
			continue;
		out[n++] = (uint16_t)((uint16_t)(uint8_t)(int8_t)q8 << 8 | r->e[j].cls);
		dense[r->e[j].cls] = (int8_t)q8;
	}
	qsort(out, n, sizeof(*out), cmp_entry_class);
	*count = n;
	if (n < PC_DENSE_MIN && 2 * n <= nclasses)
		return n;
	*count = PARSE_SLOT_DENSE;
	for (size_t c = 0; c < 2 * parse_dense_len(nclasses); c += 2)
		out[c / 2] = (uint16_t)((uint8_t)dense[c] | (uint16_t)(uint8_t)dense[c + 1] << 8);
	return parse_dense_len(nclasses);
}

void
pc_export(const struct perceptron *p, size_t nclasses, unsigned min_updates,
    int min_weight, struct pc_table *out)
{
	uint64_t *keys = xmalloc((p->nrows ? p->nrows : 1) * sizeof(*keys));
	size_t nkeys = 0, nentries = 0, kept = 0, count;
	double max = 0, scale;
	long q[256];
	uint16_t row[256];
	int shift;

	for (size_t i = 0; i < p->nslots; i++) {
		const struct pc_row *r = &p->rows[i];

		if (r->key == 0 || r->updates < min_updates)
			continue;
		keys[nkeys++] = r->key;
		/* Room enough for the row sparse or dense. */
		nentries += r->n < PC_DENSE_MIN ? r->n : r->n + parse_dense_len(nclasses);
		for (uint32_t j = 0; j < r->n; j++)
			if (fabs(averaged(p, &r->e[j])) > max)
				max = fabs(averaged(p, &r->e[j]));
	}
	qsort(keys, nkeys, sizeof(*keys), cmp_u64);
	scale = max > 0 ? 32000.0 / max : 1;
	/* Count the rows that keep a weight first: the slots' number
	 * depends on it. */
	for (size_t k = 0; k < nkeys; k++) {
		const struct pc_row *r = find_row(p, keys[k]);

		scaled_row(p, r, scale, min_weight, q);
		if (quantized_row(r, q, nclasses, row, &shift, &count) > 0)
			keys[kept++] = keys[k];
	}
	table_alloc(out, kept, nentries);
	for (size_t k = 0; k < kept; k++) {
		const struct pc_row *r = find_row(p, keys[k]);
		size_t n;

		scaled_row(p, r, scale, min_weight, q);
		n = quantized_row(r, q, nclasses, row, &shift, &count);
		put_slot(out, keys[k], out->nentries, count, shift);
		memcpy(out->entries + out->nentries, row, n * sizeof(*row));
		out->nentries += n;
	}
	free(keys);
}

void
pc_table_of_values(const uint64_t *keys, const int16_t *values, size_t n,
    struct pc_table *out)
{
	table_alloc(out, n, 0);
	for (size_t i = 0; i < n; i++)
		put_slot(out, keys[i], (size_t)values[i], 1, 0);
}

void
pc_table_free(struct pc_table *t)
{
	free(t->slots);
	free(t->entries);
	memset(t, 0, sizeof(*t));
}
