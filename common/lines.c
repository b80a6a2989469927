#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"
#include "lines.h"
#include "stop.h"

enum { READ_CHUNK = 64 * 1024 };

void
lines_init(struct lines *lr, int fd, size_t max_line, FILE *overflow_sink,
    const struct lines_hooks *hooks)
{
	memset(lr, 0, sizeof(*lr));
	lr->fd = fd;
	lr->max_line = max_line;
	lr->overflow_sink = overflow_sink;
	if (hooks != NULL)
		lr->hooks = *hooks;
	/* Never a null buffer: lines_next does arithmetic on it. */
	lr->cap = 4 * READ_CHUNK;
	lr->buf = xmalloc(lr->cap);
}

bool
lines_mid_line(const struct lines *lr)
{
	return lr->end > lr->start;
}

void
lines_free(struct lines *lr)
{
	free(lr->buf);
	lr->buf = NULL;
}

/*
 * Waits until the descriptor has input.  Returns false when a stop was
 * requested instead.  The hooks run only when a read would block, which
 * is never for a regular file.
 */
static bool
wait_for_input(struct lines *lr)
{
	struct pollfd fds[2] = {
		{ .fd = lr->fd, .events = POLLIN },
		{ .fd = stop_fd(), .events = POLLIN },
	};
	int n;

	if (stop_requested())
		return false;
	if (poll(fds, 1, 0) != 0)
		return true;	/* ready, or an error that read() will report */
	if (lr->hooks.before_block != NULL)
		lr->hooks.before_block(lr->hooks.arg);
	for (;;) {
		int timeout = lr->hooks.on_idle ? lr->hooks.idle_ms : -1;

		n = poll(fds, fds[1].fd >= 0 ? 2 : 1, timeout);
		if (stop_requested())
			return false;
		if (n < 0 && errno == EINTR)
			continue;
		if (n == 0) {
			lr->hooks.on_idle(lr->hooks.arg);
			if (lr->hooks.before_block != NULL)
				lr->hooks.before_block(lr->hooks.arg);
			continue;
		}
		return true;
	}
}

/* Reads more bytes after buf[end].  Returns bytes read, 0 at end, -1 on
 * error. */
static ssize_t
fill(struct lines *lr)
{
	ssize_t n;

	if (lr->cap - lr->end < READ_CHUNK) {
		if (lr->start > 0) {
			memmove(lr->buf, lr->buf + lr->start, lr->end - lr->start);
			lr->end -= lr->start;
			lr->start = 0;
		}
		if (lr->cap - lr->end < READ_CHUNK) {
			lr->cap *= 2;
			lr->buf = xrealloc(lr->buf, lr->cap);
		}
	}
	if (!wait_for_input(lr)) {
		lr->stopped = true;
		return 0;
	}
	do
		n = read(lr->fd, lr->buf + lr->end, lr->cap - lr->end);
	while (n < 0 && errno == EINTR && !stop_requested());
	if (n < 0 && errno == EINTR) {
		lr->stopped = true;
		return 0;
	}
	if (n > 0)
		lr->end += (size_t)n;
	return n;
}

static void
sink_write(struct lines *lr, const char *p, size_t n)
{
	if (lr->overflow_sink != NULL && n > 0)
		fwrite(p, 1, n, lr->overflow_sink);
}

/*
 * The line in hand is longer than max_line: copy it to the sink as it
 * streams past, keeping nothing, and count its bytes.
 */
static enum lines_status
skip_long_line(struct lines *lr, size_t *len)
{
	size_t total = 0;

	for (;;) {
		char *from = lr->buf + lr->start;
		size_t avail = lr->end - lr->start;
		char *nl = memchr(from, '\n', avail);
		size_t take = nl ? (size_t)(nl - from) : avail;
		ssize_t n;

		sink_write(lr, from, take);
		total += take;
		if (nl != NULL) {
			lr->start += take + 1;
			break;
		}
		lr->start = lr->end = 0;
		n = fill(lr);
		if (n < 0)
			return LINES_ERROR;
		if (n == 0) {
			lr->eof = true;
			break;
		}
	}
	sink_write(lr, "\n", 1);
	*len = total;
	return LINES_TOO_LONG;
}

enum lines_status
lines_next(struct lines *lr, const char **line, size_t *len)
{
	size_t scanned = 0;

	for (;;) {
		char *from = lr->buf + lr->start;
		size_t avail = lr->end - lr->start;
		char *nl = avail > scanned ?
		    memchr(from + scanned, '\n', avail - scanned) : NULL;
		ssize_t n;

		/* A stop leaves a partial line unread: it is no record yet. */
		if (nl != NULL || (lr->eof && !lr->stopped && avail > 0)) {
			size_t l = nl ? (size_t)(nl - from) : avail;

			lr->lineno++;
			if (l > lr->max_line) {
				*len = l;
				sink_write(lr, from, l);
				sink_write(lr, "\n", 1);
				lr->start += nl ? l + 1 : l;
				return LINES_TOO_LONG;
			}
			lr->start += nl ? l + 1 : l;
			*line = from;
			*len = l;
			return LINES_OK;
		}
		if (lr->eof)
			return LINES_END;
		if (avail > lr->max_line) {
			lr->lineno++;
			return skip_long_line(lr, len);
		}
		scanned = avail;
		n = fill(lr);
		if (n < 0)
			return LINES_ERROR;
		if (n == 0)
			lr->eof = true;
	}
}
