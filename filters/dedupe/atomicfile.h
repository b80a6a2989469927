/*
 * atomicfile: replaces a file so that a crash at any moment leaves either
 * the old file or the new one, never a mix: write a temporary file beside
 * it, fsync it, rename it over the old one, fsync the directory.
 */
#ifndef WIRE_ATOMICFILE_H
#define WIRE_ATOMICFILE_H

#include <stdbool.h>
#include <stdio.h>

struct atomicfile {
	char *path, *tmp;
	FILE *f;
};

/* Opens the temporary file; false (after a message) when it cannot. */
bool atomicfile_open(struct atomicfile *a, const char *path);
/* Makes the new contents the file's; false (after a message) on error,
 * when the old file is left as it was. */
bool atomicfile_commit(struct atomicfile *a);
/* Drops the temporary file. */
void atomicfile_abort(struct atomicfile *a);

#endif
