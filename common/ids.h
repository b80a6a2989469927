/*
 * ids: record identifiers of bounded length that never merge.
 *
 * A stage that keeps or repeats an id (wire-split writes the story's id
 * into every record; wire-dedupe remembers ids for the length of its
 * window) bounds its length, so that one record with a huge id cannot
 * multiply the output or the memory.  An id that fits is kept as it is.
 * A longer one becomes its longest prefix that ends on a character
 * boundary (never inside a UTF-8 sequence), then '~' and the 16 hex
 * digits of a 64-bit hash of the whole id: two ids that differ anywhere
 * give different results unless their hashes collide, so stories that
 * share a long prefix stay apart.
 */
#ifndef WIRE_IDS_H
#define WIRE_IDS_H

#include <stddef.h>

/* '~' and 16 hex digits. */
enum { IDS_HASH_SUFFIX = 17 };

/*
 * Writes the bounded form of id[0..len) into out, NUL-terminated, and
 * returns its length.  size (> IDS_HASH_SUFFIX + 4) is out's size, so
 * the result has at most size - 1 bytes.
 */
size_t ids_bound(const char *id, size_t len, char *out, size_t size);

#endif
