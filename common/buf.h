/*
 * buf: a growable byte buffer.
 */
#ifndef WIRE_BUF_H
#define WIRE_BUF_H

#include <stddef.h>

struct buf {
	char *data;
	size_t len, cap;
};

void buf_append(struct buf *b, const char *p, size_t n);
void buf_free(struct buf *b);

#endif
