/*
 * hash: 64-bit FNV-1a, for ids derived from content and for fingerprints.
 * Stable across runs and machines: ids built from it may be stored.
 */
#ifndef WIRE_HASH_H
#define WIRE_HASH_H

#include <stddef.h>
#include <stdint.h>

#define HASH_FNV_OFFSET 0xcbf29ce484222325ULL

static inline uint64_t
hash_fnv1a(const void *data, size_t len, uint64_t h)
{
	const unsigned char *p = data;

	for (size_t i = 0; i < len; i++) {
		h ^= p[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

#endif
