/*
 * state: wire-dedupe's memory on disk (--state), kept across runs.
 *
 * The file is a header (magic "WDEDUP\0\1", the format's version and
 * the MinHash and LSH parameters), the store's items oldest first (each
 * its fixed fields, then its id's length and bytes), from version 2 the
 * number of stories remembered (--stories; story.h) and the stories
 * oldest first (each an item, then its signatures), and an FNV-1a
 * checksum of all that.  Without stories (no --stories) the file is
 * written as version 1, as before them; a file of version 1 loads as one
 * without stories, and an older wire-dedupe refuses one of version 2.  It is written whole to a temporary file beside
 * the state, then renamed over it (atomicfile.h), so that a kill at any
 * moment leaves the old state or the new one, never a mixture; a killed
 * save leaves at most a temporary "STATE.tmp.XXXXXX", which the next run
 * removes.  The file is trusted as far as its permissions protect it.
 */
#ifndef WIRE_DEDUPE_STATE_H
#define WIRE_DEDUPE_STATE_H

#include <stdbool.h>

#include "store.h"
#include "story.h"

/* Writes the store to path, atomically; false (said on stderr) when it
 * could not. */
bool state_save(const struct store *s, const struct stories *st, const char *path);

/* Loads path into an empty store (and its stories into st, unless st is
 * NULL, when they are passed over), keeping the newest capacity items.
 * Nothing of it is used unless all of it is sound: magic, version and
 * parameters, every item, and the checksum; else it is refused, with the
 * reason on stderr, and false returned.  No file is a first run: true. */
bool state_load(struct store *s, struct stories *st, const char *path);

/* Removes temporary files that a killed save left beside path. */
void state_remove_stale_temporaries(const char *path);

#endif
