/*
 * buf: a growable byte buffer.
 */
#ifndef WIRE_BUF_H
#define WIRE_BUF_H

#include <stddef.h>
#include <string.h>

struct buf {
	char *data;
	size_t len, cap;
};

/* Makes room for n more bytes (and a NUL). */
void buf_reserve(struct buf *b, size_t n);

static inline void
buf_append(struct buf *b, const char *p, size_t n)
{
	if (b->len + n + 1 > b->cap)
		buf_reserve(b, n);
	memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void buf_free(struct buf *b);

#endif
