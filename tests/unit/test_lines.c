#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lines.h"
#include "unit.h"

/* A pipe holding data, closed for writing, as a reader sees a file. */
static int
pipe_with(const char *data, size_t len)
{
	int fds[2];

	if (pipe(fds) != 0)
		return -1;
	if (write(fds[1], data, len) != (ssize_t)len)
		return -1;
	close(fds[1]);
	return fds[0];
}

void
test_lines(void)
{
	struct lines lr;
	const char *line;
	size_t len;
	char *sunk = NULL;
	size_t sunk_len = 0;
	FILE *sink = open_memstream(&sunk, &sunk_len);
	int fd = pipe_with("one\n\ntoo long a line\nlast", 25);

	lines_init(&lr, fd, 8, sink, NULL);
	CHECK(lines_next(&lr, &line, &len) == LINES_OK && len == 3 &&
	    memcmp(line, "one", 3) == 0, "the first line, without its newline");
	CHECK(lines_next(&lr, &line, &len) == LINES_OK && len == 0, "an empty line");
	CHECK(lines_next(&lr, &line, &len) == LINES_TOO_LONG && len == 15,
	    "a line over max_line is reported with its length");
	CHECK(lr.lineno == 3, "lines are counted from 1");
	CHECK(lines_next(&lr, &line, &len) == LINES_OK && len == 4 &&
	    memcmp(line, "last", 4) == 0, "a last line without newline");
	CHECK(lines_next(&lr, &line, &len) == LINES_END, "then the end");
	fclose(sink);
	CHECK(sunk_len == 16 && memcmp(sunk, "too long a line\n", 16) == 0,
	    "the long line went to the sink byte for byte");
	free(sunk);
	lines_free(&lr);
	close(fd);
}
