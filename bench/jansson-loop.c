/*
 * jansson-loop: the reference the benchmark compares every filter with.
 * Reads NDJSON lines, parses each with jansson and writes it back compact:
 * the least work any filter over this record stream can do.
 */
#include <stdio.h>
#include <stdlib.h>

#include <jansson.h>

int
main(void)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;

	while ((len = getline(&line, &cap, stdin)) > 0) {
		json_error_t err;
		json_t *rec = json_loadb(line, (size_t)len, 0, &err);

		if (rec == NULL)
			continue;
		json_dumpf(rec, stdout, JSON_COMPACT);
		putchar('\n');
		json_decref(rec);
	}
	free(line);
	return fflush(stdout) == 0 ? 0 : 2;
}
