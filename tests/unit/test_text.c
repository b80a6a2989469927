#include <string.h>

#include "text.h"
#include "unit.h"

static bool
valid(const char *s)
{
	return utf8_valid_prefix(s, strlen(s)) == strlen(s);
}

void
test_text(void)
{
	char out[4];
	size_t pos = 0;
	struct text_cursor cur;
	const char *mixed = "Zoë said “no” — 😀!";

	CHECK(valid("plain ASCII"), "ASCII is valid UTF-8");
	CHECK(valid("Zoë “quotes” 😀"), "two-, three- and four-byte forms are valid");
	CHECK(utf8_valid_prefix("ab\xc0\xaf", 4) == 2, "an overlong '/' is invalid at its first byte");
	CHECK(utf8_valid_prefix("a\xed\xa0\x80", 4) == 1, "a UTF-16 surrogate is invalid");
	CHECK(utf8_valid_prefix("a\xf4\x90\x80\x80", 5) == 1, "a code point past U+10FFFF is invalid");
	CHECK(utf8_valid_prefix("a\xff", 2) == 1, "0xFF is invalid");
	CHECK(utf8_valid_prefix("a\x80", 2) == 1, "a stray continuation byte is invalid");
	CHECK(utf8_valid_prefix("a\xe2\x80", 3) == 1, "a truncated sequence is invalid");

	CHECK(text_cp_count(mixed, strlen(mixed)) == 18, "code points are counted, not bytes");
	CHECK(text_byte_offset(mixed, strlen(mixed), 3) == 4, "code point 3 starts at byte 4");
	text_cursor_init(&cur, mixed);
	CHECK(text_cursor_cp(&cur, 4) == 3, "the cursor turns byte 4 into code point 3");
	CHECK(text_cursor_cp(&cur, strlen(mixed)) == 18, "the cursor moves forward");
	CHECK(text_cursor_cp(&cur, 1) == 1, "the cursor moves back");

	CHECK(utf8_next("“x", 4, &pos) == 0x201C && pos == 3, "utf8_next decodes a curly quote");
	pos = 3;
	CHECK(utf8_prev("“x", &pos) == 0x201C && pos == 0, "utf8_prev steps back over it");
	CHECK(utf8_encode(0x1F600, out) == 4 && memcmp(out, "😀", 4) == 0, "utf8_encode writes four bytes");

	CHECK(text_is_quote(0x00AB) && text_is_quote(0x201E) && text_is_quote('\''),
	    "guillemets, low quotes and the apostrophe are quotation marks");
	CHECK(text_is_upper(0xC9) && text_is_lower(0xE9) && text_is_upper(0x141) &&
	    text_is_lower(0x142) && text_is_upper(0x416), "accented, Polish and Cyrillic case");
	CHECK(text_is_space(0xA0) && text_is_space(0x2009) && !text_is_space('x'),
	    "no-break and thin spaces are space");
}
