/*
 * lines: a line reader for endless inputs.
 *
 * Reads one file descriptor in large chunks and hands out its lines
 * without their newline.  Lines may be of any length up to max_line
 * bytes; a longer line is never held in memory: its bytes are copied to
 * the overflow sink (the --rejects file) as they arrive and only its
 * length is reported.  Memory is therefore bounded by max_line.
 *
 * Before any read that would block, the before_block hook runs (the
 * record stream flushes stdout there), so a live pipeline sees every
 * record at once while bulk runs make no extra write calls.  A pending
 * SIGINT or SIGTERM (see stop.h) ends the input as if at end of file.
 */
#ifndef WIRE_LINES_H
#define WIRE_LINES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

enum lines_status {
	LINES_OK,		/* *line, *len: a line (buffer valid until next call) */
	LINES_END,		/* end of input, or a stop was requested */
	LINES_TOO_LONG,		/* *len: its length; bytes went to the sink */
	LINES_ERROR		/* read error; errno is set */
};

struct lines_hooks {
	void (*before_block)(void *arg);
	/* Called after idle_ms milliseconds with no input (0: never). */
	void (*on_idle)(void *arg);
	int idle_ms;
	void *arg;
};

struct lines {
	int fd;
	char *buf;
	size_t cap, start, end;
	size_t max_line;
	unsigned long lineno;	/* number of the line last returned */
	bool eof;
	bool stopped;		/* the end came from a stop request */
	FILE *overflow_sink;	/* may be NULL */
	struct lines_hooks hooks;
};

void lines_init(struct lines *lr, int fd, size_t max_line, FILE *overflow_sink,
    const struct lines_hooks *hooks);
enum lines_status lines_next(struct lines *lr, const char **line, size_t *len);
void lines_free(struct lines *lr);

/* Whether part of a line is in hand, its end still to come: a read that
 * would block now waits on a writer in the middle of a line (a pipe
 * hands a long write over in pieces), not on an idle one. */
bool lines_mid_line(const struct lines *lr);

#endif
