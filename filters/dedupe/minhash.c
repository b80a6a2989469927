#include <string.h>

#include "minhash.h"
#include "norm.h"

static inline uint64_t
rotl(uint64_t x, int r)
{
	return (x << r) | (x >> (64 - r));
}

void
minhash_sign(const uint64_t *w, size_t n, struct minhash *m)
{
	uint32_t low[MINHASH_BINS];
	uint8_t full[MINHASH_BINS] = { 0 };
	size_t nshingles = n >= MINHASH_SHINGLE ? n - MINHASH_SHINGLE + 1 : n;

	memset(low, 0xff, sizeof(low));
	for (size_t i = 0; i < nshingles; i++) {
		uint64_t h = n >= MINHASH_SHINGLE ?
		    norm_mix64(w[i] ^ rotl(w[i + 1], 21) ^ rotl(w[i + 2], 42)) :
		    norm_mix64(w[i]);
		unsigned bin = (unsigned)(h >> 58);
		uint32_t value = (uint32_t)h;

		if (value <= low[bin]) {
			low[bin] = value;
			full[bin] = 1;
		}
	}
	/* An empty bin borrows from the next full one, shifted by the
	 * distance, so that equal sets still give equal signatures. */
	for (unsigned i = 0; i < MINHASH_BINS; i++) {
		unsigned j = i, dist = 0;
		uint64_t v;

		while (nshingles > 0 && !full[j]) {
			j = (j + 1) % MINHASH_BINS;
			dist++;
		}
		v = nshingles > 0 ? norm_mix64(low[j] + 0x9e3779b97f4a7c15ULL * dist) : 0;
		m->sig[i] = (uint8_t)v;
	}
	m->shingles = (uint32_t)nshingles;
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
