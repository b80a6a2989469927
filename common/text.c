#include <string.h>

#include "text.h"

/* Continuation bytes are 10xxxxxx. */
static inline bool
is_cont(unsigned char c)
{
	return (c & 0xC0) == 0x80;
}

size_t
utf8_valid_prefix(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;

	while (i < len) {
		unsigned char c = s[i];
		uint64_t word;

		/* Eight ASCII bytes at a time: the common case in news. */
		if (i + 8 <= len) {
			memcpy(&word, s + i, 8);
			if ((word & 0x8080808080808080ULL) == 0) {
				i += 8;
				continue;
			}
		}
		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF) {
			if (i + 1 >= len || !is_cont(s[i + 1]))
				return i;
			i += 2;
		} else if (c >= 0xE0 && c <= 0xEF) {
			if (i + 2 >= len || !is_cont(s[i + 1]) || !is_cont(s[i + 2]))
				return i;
			if (c == 0xE0 && s[i + 1] < 0xA0)	/* overlong */
				return i;
			if (c == 0xED && s[i + 1] >= 0xA0)	/* surrogate */
				return i;
			i += 3;
		} else if (c >= 0xF0 && c <= 0xF4) {
			if (i + 3 >= len || !is_cont(s[i + 1]) ||
			    !is_cont(s[i + 2]) || !is_cont(s[i + 3]))
				return i;
			if (c == 0xF0 && s[i + 1] < 0x90)	/* overlong */
				return i;
			if (c == 0xF4 && s[i + 1] >= 0x90)	/* > U+10FFFF */
				return i;
			i += 4;
		} else {
			return i;
		}
	}
	return len;
}

uint32_t
utf8_next(const char *str, size_t len, size_t *pos)
{
	const unsigned char *s = (const unsigned char *)str + *pos;
	size_t left = len - *pos, n;
	uint32_t cp;

	if (s[0] < 0x80) {
		*pos += 1;
		return s[0];
	}
	n = utf8_valid_prefix((const char *)s, left < 4 ? left : 4);
	if (n == 0) {
		*pos += 1;
		return 0xFFFD;
	}
	if (s[0] < 0xE0) {
		cp = ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
		*pos += 2;
	} else if (s[0] < 0xF0) {
		cp = ((uint32_t)(s[0] & 0x0F) << 12) |
		    ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
		*pos += 3;
	} else {
		cp = ((uint32_t)(s[0] & 0x07) << 18) |
		    ((uint32_t)(s[1] & 0x3F) << 12) |
		    ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
		*pos += 4;
	}
	return cp;
}

uint32_t
utf8_prev(const char *s, size_t *pos)
{
	size_t start = *pos, end = *pos, probe;

	if (start == 0)
		return 0;
	do
		start--;
	while (start > 0 && end - start < 4 && is_cont((unsigned char)s[start]));
	probe = start;
	*pos = start;
	return utf8_next(s, end, &probe);
}

size_t
utf8_encode(uint32_t cp, char *out)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

size_t
text_cp_count(const char *s, size_t len)
{
	size_t n = 0;

	for (size_t i = 0; i < len; i++)
		n += !is_cont((unsigned char)s[i]);
	return n;
}

size_t
text_byte_offset(const char *s, size_t len, size_t cp)
{
	size_t i = 0;

	for (; i < len; i++) {
		if (!is_cont((unsigned char)s[i])) {
			if (cp == 0)
				return i;
			cp--;
		}
	}
	return len;
}

size_t
text_cursor_byte(struct text_cursor *c, size_t len, size_t cp)
{
	if (cp < c->cp) {
		c->byte = 0;
		c->cp = 0;
	}
	while (c->cp < cp && c->byte < len) {
		c->byte++;
		while (c->byte < len && is_cont((unsigned char)c->s[c->byte]))
			c->byte++;
		c->cp++;
	}
	return c->byte;
}

void
text_cursor_init(struct text_cursor *c, const char *s)
{
	c->s = s;
	c->byte = 0;
	c->cp = 0;
}

size_t
text_cursor_cp(struct text_cursor *c, size_t b)
{
	if (b < c->byte) {
		c->byte = 0;
		c->cp = 0;
	}
	c->cp += text_cp_count(c->s + c->byte, b - c->byte);
	c->byte = b;
	return c->cp;
}

bool
text_is_space(uint32_t cp)
{
	return cp == ' ' || (cp >= '\t' && cp <= '\r') || cp == 0x85 ||
	    cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
	    cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F ||
	    cp == 0x3000 || cp == 0xFEFF;
}

/*
 * Case for the scripts news copy uses: Latin (with its extensions),
 * Greek and Cyrillic.  In Latin Extended-A and -B the cases mostly
 * alternate, upper on even code points.
 */
bool
text_is_upper(uint32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	if (cp >= 0xC0 && cp <= 0xDE)
		return cp != 0xD7;
	if (cp >= 0x100 && cp <= 0x17F) {
		if (cp <= 0x137 || (cp >= 0x14A && cp <= 0x177))
			return (cp & 1) == 0;
		if ((cp >= 0x139 && cp <= 0x148) || cp >= 0x179)
			return (cp & 1) == 1 && cp != 0x17F;
		return cp == 0x178;
	}
	if (cp >= 0x180 && cp <= 0x24F)
		return (cp & 1) == 0;
	if (cp >= 0x391 && cp <= 0x3AB)
		return true;
	if (cp >= 0x400 && cp <= 0x42F)
		return true;
	if (cp >= 0x460 && cp <= 0x4FF)
		return (cp & 1) == 0;
	if (cp >= 0x1E00 && cp <= 0x1EFF)
		return (cp & 1) == 0;
	return false;
}

bool
text_is_lower(uint32_t cp)
{
	if (cp < 0x80)
		return cp >= 'a' && cp <= 'z';
	if (cp >= 0xDF && cp <= 0xFF)
		return cp != 0xF7;
	if (cp >= 0x100 && cp <= 0x24F)
		return cp != 0x149 && !text_is_upper(cp);
	if (cp >= 0x3AC && cp <= 0x3CE)
		return true;
	if (cp >= 0x430 && cp <= 0x45F)
		return true;
	if (cp >= 0x460 && cp <= 0x4FF)
		return cp & 1;
	if (cp >= 0x1E00 && cp <= 0x1EFF)
		return cp & 1;
	return false;
}

bool
text_is_alpha(uint32_t cp)
{
	if (text_is_upper(cp) || text_is_lower(cp))
		return true;
	/* Letters without case: Arabic, Hebrew, CJK and the like. */
	return cp == 0xAA || cp == 0xBA || (cp >= 0x5D0 && cp <= 0x6FF) ||
	    (cp >= 0x3040 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF);
}

bool
text_is_digit(uint32_t cp)
{
	return cp >= '0' && cp <= '9';
}

bool
text_is_quote(uint32_t cp)
{
	switch (cp) {
	case '"': case '\'':
	case 0x2018: case 0x2019: case 0x201A: case 0x201B:	/* ‘ ’ ‚ ‛ */
	case 0x201C: case 0x201D: case 0x201E: case 0x201F:	/* “ ” „ ‟ */
	case 0x00AB: case 0x00BB: case 0x2039: case 0x203A:	/* « » ‹ › */
		return true;
	default:
		return false;
	}
}

bool
text_is_dash(uint32_t cp)
{
	return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212;
}

/* Base letters of U+00C0..U+017F; '\0' where there is none (× ÷). */
static const char latin_base[] =
    "aaaaaaaceeeeiiiidnooooo\0ouuuuytsaaaaaaaceeeeiiiidnooooo\0ouuuuyty"
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllll"
    "nnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

uint32_t
text_fold(uint32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
	if (cp >= 0x300 && cp <= 0x36F)
		return 0;	/* combining marks: NFD and NFC fold alike */
	if (cp >= 0xC0 && cp <= 0x17F && latin_base[cp - 0xC0] != '\0')
		return (unsigned char)latin_base[cp - 0xC0];
	if (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2)
		return cp + 32;		/* Greek capitals */
	if (cp >= 0x410 && cp <= 0x42F)
		return cp + 32;		/* Cyrillic capitals */
	if (cp >= 0x400 && cp <= 0x40F)
		return cp + 80;
	if (cp >= 0xFF01 && cp <= 0xFF5E)
		return text_fold(cp - 0xFF01 + 0x21);	/* fullwidth forms */
	return cp;
}
