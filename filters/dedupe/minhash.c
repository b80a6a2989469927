#include <string.h>

#include "minhash.h"
#include "norm.h"

static inline uint64_t
rotl(uint64_t x, int r)
{
	return (x << r) | (x >> (64 - r));
}

void
minhash_start(struct minhash_acc *a)
{
	memset(a->low, 0xff, sizeof(a->low));
	memset(a->full, 0, sizeof(a->full));
	a->shingles = 0;
}

void
minhash_add(struct minhash_acc *a, const uint64_t *w, size_t n)
{
	size_t nshingles = n >= MINHASH_SHINGLE ? n - MINHASH_SHINGLE + 1 : n;

	for (size_t i = 0; i < nshingles; i++) {
		uint64_t h = n >= MINHASH_SHINGLE ?
		    norm_mix64(w[i] ^ rotl(w[i + 1], 21) ^ rotl(w[i + 2], 42)) :
		    norm_mix64(w[i]);
		unsigned bin = (unsigned)(h >> 58);
		uint32_t value = (uint32_t)h;

		if (value <= a->low[bin]) {
			a->low[bin] = value;
			a->full[bin] = 1;
		}
	}
	a->shingles += (uint32_t)nshingles;
}

void
minhash_finish(const struct minhash_acc *a, struct minhash *m)
{
	/* An empty bin borrows from the next full one, shifted by the
	 * distance, so that equal sets still give equal signatures. */
	for (unsigned i = 0; i < MINHASH_BINS; i++) {
		unsigned j = i, dist = 0;
		uint64_t v;

		while (a->shingles > 0 && !a->full[j]) {
			j = (j + 1) % MINHASH_BINS;
			dist++;
		}
		v = a->shingles > 0 ? norm_mix64(a->low[j] + 0x9e3779b97f4a7c15ULL * dist) : 0;
		m->sig[i] = (uint8_t)v;
	}
	m->shingles = a->shingles;
}

void
minhash_sign(const uint64_t *w, size_t n, struct minhash *m)
{
	struct minhash_acc a;

	minhash_start(&a);
	minhash_add(&a, w, n);
	minhash_finish(&a, m);
}

double
minhash_similarity(const uint8_t *a, const uint8_t *b)
{
	unsigned equal = 0;
	double e;

	for (unsigned i = 0; i < MINHASH_BINS; i++)
		equal += a[i] == b[i];
	e = (double)equal / MINHASH_BINS;
	e = (e - 1.0 / 256) / (1.0 - 1.0 / 256);
	return e < 0 ? 0 : e > 1 ? 1 : e;
}

double
minhash_containment(double j, uint32_t size_a, uint32_t size_b)
{
	double both;

	if (size_a == 0)
		return 0;
	/* |A and B| = J (|A| + |B|) / (1 + J) */
	both = j * ((double)size_a + size_b) / (1 + j);
	both /= size_a;
	return both > 1 ? 1 : both;
}
