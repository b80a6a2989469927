/*
 * ids: record identifiers of bounded length that never merge (ids.h).
 */
#include <stdio.h>
#include <string.h>

#include "hash.h"
#include "ids.h"

/* The longest prefix of s[0..limit) that does not end inside a UTF-8
 * sequence: continuation bytes (10xxxxxx) at the cut are given back with
 * the byte that leads them. */
static size_t
character_boundary(const char *s, size_t limit)
{
	size_t n = limit;

	while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;
	return n;
}

size_t
ids_bound(const char *id, size_t len, char *out, size_t size)
{
	size_t keep;

	if (len < size) {
		memcpy(out, id, len);
		out[len] = '\0';
		return len;
	}
	keep = character_boundary(id, size - 1 - IDS_HASH_SUFFIX);
	memcpy(out, id, keep);
	snprintf(out + keep, size - keep, "~%016llx",
	    (unsigned long long)hash_fnv1a(id, len, HASH_FNV_OFFSET));
	return keep + IDS_HASH_SUFFIX;
}
