/*
 * isotime: ISO 8601 times ("2026-11-24T08:02:00Z", "...+01:00",
 * "2026-11-24") as seconds since 1970, for the records' time field.
 */
#ifndef WIRE_ISOTIME_H
#define WIRE_ISOTIME_H

#include <stdbool.h>
#include <stdint.h>

bool isotime_parse(const char *s, int64_t *seconds);

#endif
