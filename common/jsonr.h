/*
 * jsonr: parses one JSON text into jansson values, fast.
 *
 * jansson's own decoder reads a character at a time through a stream
 * callback and dominates the run time of every filter; this one works on
 * the line in memory, copies strings with no escapes in one go, and
 * builds the same jansson values.  It is strict RFC 8259: no comments,
 * no trailing commas, no NaN.  Like jansson it refuses duplicate keys,
 * "\u0000", lone surrogates, integers that overflow json_int_t, and
 * nesting deeper than JSONR_MAX_DEPTH.  The input must be valid UTF-8
 * (the record stream checks it first).
 */
#ifndef WIRE_JSONR_H
#define WIRE_JSONR_H

#include <stddef.h>

#include <jansson.h>

#define JSONR_MAX_DEPTH 2048

struct jsonr_error {
	size_t column;		/* 1-based byte offset of the error */
	char text[80];
};

/* The value of s[0..len), or NULL with *err filled in. */
json_t *jsonr_parse(const char *s, size_t len, struct jsonr_error *err);

#endif
