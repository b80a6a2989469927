/*
 * text: UTF-8 and code-point offsets.
 *
 * Records carry offsets in Unicode code points of their text, so that
 * text[start:end] in Python and .text[start:end] in jq give the span.
 * Strings inside the programs are UTF-8 bytes; these helpers convert.
 * Input that reaches them has been validated by the record stream.
 */
#ifndef WIRE_TEXT_H
#define WIRE_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Length of the longest valid UTF-8 prefix of s (len when all valid).
 * Overlong forms, surrogates and code points past U+10FFFF are invalid. */
size_t utf8_valid_prefix(const char *s, size_t len);

/* Decodes the code point at s[*pos] and advances *pos past it.  On an
 * invalid sequence it returns U+FFFD and advances one byte. */
uint32_t utf8_next(const char *s, size_t len, size_t *pos);

/* Decodes the code point ending just before s[*pos] and moves *pos back
 * to its first byte. */
uint32_t utf8_prev(const char *s, size_t *pos);

/* Writes cp as UTF-8 into out (4 bytes at most); returns the byte count. */
size_t utf8_encode(uint32_t cp, char *out);

/* Number of code points in s[0..len). */
size_t text_cp_count(const char *s, size_t len);

/* Byte offset of code point number cp in s (len when past the end). */
size_t text_byte_offset(const char *s, size_t len, size_t cp);

/*
 * A cursor that turns increasing byte offsets into code-point offsets in
 * time proportional to the distance moved, for the common case of
 * walking a text from left to right.
 */
struct text_cursor {
	const char *s;
	size_t byte;
	size_t cp;
};

void text_cursor_init(struct text_cursor *c, const char *s);
/* Code-point offset of byte offset b (b may move back: it restarts). */
size_t text_cursor_cp(struct text_cursor *c, size_t b);
/* The other way: byte offset of code-point offset cp in s[0..len), or
 * len past the end (cp may move back: it restarts). */
size_t text_cursor_byte(struct text_cursor *c, size_t len, size_t cp);

/* Unicode classes the tokenizers need, for the characters news uses. */
bool text_is_space(uint32_t cp);
bool text_is_upper(uint32_t cp);
bool text_is_lower(uint32_t cp);
bool text_is_alpha(uint32_t cp);
bool text_is_digit(uint32_t cp);
/*
 * The form words are compared in: lower case, accents and other marks
 * removed ("É", "é" and "e" with a combining accent all give 'e'),
 * fullwidth forms as ASCII.  Returns 0 for a combining mark, which
 * vanishes.  Other characters come back unchanged.
 */
uint32_t text_fold(uint32_t cp);

/* Any opening or closing quotation mark, including the apostrophe. */
bool text_is_quote(uint32_t cp);
bool text_is_dash(uint32_t cp);

#endif
