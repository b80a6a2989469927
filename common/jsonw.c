#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonw.h"

/* Bytes that must be escaped in a JSON string. */
static inline int
needs_escape(unsigned char c)
{
	return c < 0x20 || c == '"' || c == '\\';
}

static void
escape_char(struct buf *b, unsigned char c)
{
	char esc[8];

	switch (c) {
	case '"':  buf_append(b, "\\\"", 2); return;
	case '\\': buf_append(b, "\\\\", 2); return;
	case '\n': buf_append(b, "\\n", 2); return;
	case '\t': buf_append(b, "\\t", 2); return;
	case '\r': buf_append(b, "\\r", 2); return;
	case '\b': buf_append(b, "\\b", 2); return;
	case '\f': buf_append(b, "\\f", 2); return;
	default:
		snprintf(esc, sizeof(esc), "\\u%04X", c);
		buf_append(b, esc, 6);
	}
}

/* Whether any of eight bytes is a control character, '"' or '\\'. */
static inline int
word_needs_escape(uint64_t w)
{
	const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
	uint64_t quote = w ^ (ones * '"'), backslash = w ^ (ones * '\\');

	return (((w - ones * 0x20) & ~w) |
	    ((quote - ones) & ~quote) |
	    ((backslash - ones) & ~backslash)) & highs ? 1 : 0;
}

void
jsonw_string(struct buf *b, const char *s, size_t len)
{
	size_t run = 0;

	buf_append(b, "\"", 1);
	for (size_t i = 0; i < len; i++) {
		uint64_t w;

		while (i + 8 <= len) {
			memcpy(&w, s + i, 8);
			if (word_needs_escape(w))
				break;
			i += 8;
		}
		if (i >= len)
			break;
		if (!needs_escape((unsigned char)s[i]))
			continue;
		buf_append(b, s + run, i - run);
		escape_char(b, (unsigned char)s[i]);
		run = i + 1;
	}
	buf_append(b, s + run, len - run);
	buf_append(b, "\"", 1);
}

void
jsonw_key(struct buf *b, const char *key)
{
	if (b->len > 0 && b->data[b->len - 1] != '{')
		buf_append(b, ",", 1);
	jsonw_string(b, key, strlen(key));
	buf_append(b, ":", 1);
}

void
jsonw_int(struct buf *b, long long v)
{
	char digits[24];
	char *p = digits + sizeof(digits);
	unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v :
	    (unsigned long long)v;

	do {
		*--p = (char)('0' + u % 10);
		u /= 10;
	} while (u > 0);
	if (v < 0)
		*--p = '-';
	buf_append(b, p, (size_t)(digits + sizeof(digits) - p));
}

/*
 * Reals in the shortest form that reads back to the same double (where
 * jansson writes 17 digits: 0.93 rather than 0.93000000000000005), with
 * ".0" on integral values as jansson does, so that they stay reals.
 */
static void
write_real(struct buf *b, const json_t *v)
{
	double d = json_real_value(v);
	char text[40];
	int n = 0;

	for (int precision = 15; precision <= 17; precision++) {
		n = snprintf(text, sizeof(text), "%.*g", precision, d);
		if (strtod(text, NULL) == d)
			break;
	}
	/* "1e+05" is written "1e5", as jansson writes it. */
	char *e = strchr(text, 'e');
	if (e != NULL) {
		char *from = e + 1, *to = e + 1;

		if (*from == '-')
			*to++ = *from++;
		else if (*from == '+')
			from++;
		while (*from == '0' && from[1] != '\0')
			from++;
		memmove(to, from, strlen(from) + 1);
		n = (int)strlen(text);
	}
	buf_append(b, text, (size_t)n);
	if (strpbrk(text, ".eEn") == NULL)	/* n: inf and nan never occur */
		buf_append(b, ".0", 2);
}

void
jsonw_value(struct buf *b, const json_t *v)
{
	const char *key;
	json_t *item;
	size_t i, first = 1;

	switch (json_typeof(v)) {
	case JSON_OBJECT:
		buf_append(b, "{", 1);
		json_object_foreach((json_t *)v, key, item) {
			if (!first)
				buf_append(b, ",", 1);
			first = 0;
			jsonw_string(b, key, strlen(key));
			buf_append(b, ":", 1);
			jsonw_value(b, item);
		}
		buf_append(b, "}", 1);
		break;
	case JSON_ARRAY:
		buf_append(b, "[", 1);
		json_array_foreach(v, i, item) {
			if (i > 0)
				buf_append(b, ",", 1);
			jsonw_value(b, item);
		}
		buf_append(b, "]", 1);
		break;
	case JSON_STRING:
		jsonw_string(b, json_string_value(v), json_string_length(v));
		break;
	case JSON_INTEGER:
		jsonw_int(b, json_integer_value(v));
		break;
	case JSON_REAL:
		write_real(b, v);
		break;
	case JSON_TRUE:
		buf_append(b, "true", 4);
		break;
	case JSON_FALSE:
		buf_append(b, "false", 5);
		break;
	case JSON_NULL:
		buf_append(b, "null", 4);
		break;
	}
}

void
jsonw_record_with(struct buf *b, json_t *rec, const char *field,
    void (*write_field)(struct buf *b, void *arg), void *arg)
{
	const char *key;
	json_t *value;
	bool written = false;

	b->len = 0;
	buf_append(b, "{", 1);
	json_object_foreach(rec, key, value) {
		jsonw_key(b, key);
		if (strcmp(key, field) == 0) {
			write_field(b, arg);
			written = true;
		} else {
			jsonw_value(b, value);
		}
	}
	if (!written) {
		jsonw_key(b, field);
		write_field(b, arg);
	}
	buf_append(b, "}", 1);
}
