/*
 * ids: long ids are cut on a character, and a hash keeps them apart.
 */
#include <string.h>

#include "ids.h"
#include "text.h"
#include "unit.h"

void
test_ids(void)
{
	char out[32], a[64], b[64], id[200];
	size_t n;

	n = ids_bound("wc-1", 4, out, sizeof out);
	CHECK(n == 4 && strcmp(out, "wc-1") == 0, "an id that fits is kept as it is");
	n = ids_bound("0123456789012345678901234567890", 31, out, sizeof out);
	CHECK(n == 31 && out[31] == '\0', "an id of size - 1 bytes still fits");

	/* 100 two-byte characters: a cut at a fixed byte count would split one. */
	for (size_t i = 0; i < 100; i++)
		memcpy(id + 2 * i, "\xc3\xa9", 2);
	id[200 - 1] = 'A';
	n = ids_bound(id, 200, out, sizeof out);
	CHECK(n < sizeof out && n == strlen(out), "a long id fits the buffer");
	CHECK(utf8_valid_prefix(out, n) == n, "a long id is cut on a character boundary");
	CHECK(out[n - 17] == '~' && strspn(out + n - 16, "0123456789abcdef") == 16,
	    "a long id ends in ~ and 16 hex digits");

	memset(a, 'x', sizeof a);
	memcpy(b, a, sizeof b);
	b[63] = 'y';
	ids_bound(a, sizeof a, out, sizeof out);
	strcpy(id, out);
	ids_bound(b, sizeof b, out, sizeof out);
	CHECK(strcmp(id, out) != 0, "two long ids that share a prefix stay apart");
}
