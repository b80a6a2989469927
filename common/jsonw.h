/*
 * jsonw: writes JSON text into a buffer, fast.
 *
 * Filters that build records field by field write them here directly
 * instead of building jansson objects, and jsonw_value serialises any
 * jansson value exactly as jansson's compact form does (keys in order,
 * UTF-8 unescaped, "\u" only for control characters), several times
 * faster.  The caller writes the commas: jsonw_key writes one when it is
 * not the first key, using the buffer's last byte.
 */
#ifndef WIRE_JSONW_H
#define WIRE_JSONW_H

#include <stddef.h>

#include <jansson.h>

#include "buf.h"

/* A JSON string with its quotes. */
void jsonw_string(struct buf *b, const char *s, size_t len);
/* "key": with a comma before it unless it opens the object. */
void jsonw_key(struct buf *b, const char *key);
void jsonw_int(struct buf *b, long long v);
/* Any jansson value, compact. */
void jsonw_value(struct buf *b, const json_t *v);

/*
 * The record rec as one compact object (no newline) in b, replacing its
 * contents, with the value of field written by write_field: in the
 * field's place when rec has it, else last.  How a stage adds its field
 * to a record it passes on without building the field in jansson values
 * (which take many times the memory of their text).
 */
void jsonw_record_with(struct buf *b, json_t *rec, const char *field,
    void (*write_field)(struct buf *b, void *arg), void *arg);

#endif
