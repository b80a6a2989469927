#include <errno.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "diag.h"
#include "jsonr.h"
#include "text.h"

struct parser {
	const char *s;
	size_t len, pos;
	int depth;
	struct buf scratch;	/* unescaped strings and keys */
	struct jsonr_error *err;
	bool failed;
};

static json_t *parse_value(struct parser *p);

static void *
fail(struct parser *p, const char *what)
{
	if (!p->failed) {
		p->failed = true;
		p->err->column = p->pos + 1;
		snprintf(p->err->text, sizeof(p->err->text), "%s", what);
	}
	return NULL;
}

static void
skip_space(struct parser *p)
{
	while (p->pos < p->len) {
		char c = p->s[p->pos];

		if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
			break;
		p->pos++;
	}
}

static int
hex4(const char *s)
{
	int v = 0;

	for (int i = 0; i < 4; i++) {
		char c = s[i];

		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= c - '0';
		else if (c >= 'a' && c <= 'f')
			v |= c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			v |= c - 'A' + 10;
		else
			return -1;
	}
	return v;
}

/* A \uXXXX escape (and its low surrogate) at p->pos, after the 'u'. */
static bool
unicode_escape(struct parser *p, struct buf *out)
{
	char utf8[4];
	int hi, lo;
	uint32_t cp;

	if (p->pos + 4 > p->len || (hi = hex4(p->s + p->pos)) < 0)
		return fail(p, "invalid \\u escape"), false;
	p->pos += 4;
	cp = (uint32_t)hi;
	if (hi >= 0xD800 && hi <= 0xDBFF) {
		if (p->pos + 6 > p->len || p->s[p->pos] != '\\' ||
		    p->s[p->pos + 1] != 'u' ||
		    (lo = hex4(p->s + p->pos + 2)) < 0xDC00 || lo > 0xDFFF)
			return fail(p, "invalid Unicode: lone surrogate"), false;
		p->pos += 6;
		cp = 0x10000 + (((uint32_t)hi - 0xD800) << 10) + ((uint32_t)lo - 0xDC00);
	} else if (hi >= 0xDC00 && hi <= 0xDFFF) {
		return fail(p, "invalid Unicode: lone surrogate"), false;
	} else if (hi == 0) {
		return fail(p, "\\u0000 is not allowed"), false;
	}
	buf_append(out, utf8, utf8_encode(cp, utf8));
	return true;
}

/* The escapes of a string from p->pos to its closing quote, into out. */
static bool
unescape(struct parser *p, struct buf *out)
{
	while (p->pos < p->len) {
		size_t run = p->pos;
		unsigned char c;

		while (p->pos < p->len) {
			c = (unsigned char)p->s[p->pos];
			if (c == '"' || c == '\\' || c < 0x20)
				break;
			p->pos++;
		}
		buf_append(out, p->s + run, p->pos - run);
		if (p->pos >= p->len)
			break;
		c = (unsigned char)p->s[p->pos];
		if (c == '"') {
			p->pos++;
			return true;
		}
		if (c < 0x20)
			return fail(p, "control character in string"), false;
		if (++p->pos >= p->len)
			break;
		c = (unsigned char)p->s[p->pos++];
		switch (c) {
		case '"': case '\\': case '/':
			buf_append(out, (const char *)&c, 1);
			break;
		case 'b': buf_append(out, "\b", 1); break;
		case 'f': buf_append(out, "\f", 1); break;
		case 'n': buf_append(out, "\n", 1); break;
		case 'r': buf_append(out, "\r", 1); break;
		case 't': buf_append(out, "\t", 1); break;
		case 'u':
			if (!unicode_escape(p, out))
				return false;
			break;
		default:
			p->pos--;
			return fail(p, "invalid escape"), false;
		}
	}
	return fail(p, "unterminated string"), false;
}

/*
 * A string at p->pos (on its opening quote).  Sets *start and *len to
 * its bytes: in the input when it has no escapes, else in p->scratch.
 */
static bool
parse_string(struct parser *p, const char **start, size_t *len)
{
	size_t from = ++p->pos;

	while (p->pos < p->len) {
		unsigned char c = (unsigned char)p->s[p->pos];

		if (c == '"') {
			*start = p->s + from;
			*len = p->pos - from;
			p->pos++;
			return true;
		}
		if (c == '\\' || c < 0x20)
			break;
		p->pos++;
	}
	p->scratch.len = 0;
	buf_append(&p->scratch, p->s + from, p->pos - from);
	if (!unescape(p, &p->scratch))
		return false;
	*start = p->scratch.data;
	*len = p->scratch.len;
	return true;
}

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static json_t *
parse_number(struct parser *p)
{
	size_t start = p->pos;
	bool real = false;
	char text[128], *end;

	if (p->s[p->pos] == '-')
		p->pos++;
	if (p->pos >= p->len || !is_digit(p->s[p->pos]))
		return fail(p, "invalid number");
	if (p->s[p->pos] == '0')
		p->pos++;
	else
		while (p->pos < p->len && is_digit(p->s[p->pos]))
			p->pos++;
	if (p->pos < p->len && p->s[p->pos] == '.') {
		real = true;
		if (++p->pos >= p->len || !is_digit(p->s[p->pos]))
			return fail(p, "invalid number");
		while (p->pos < p->len && is_digit(p->s[p->pos]))
			p->pos++;
	}
	if (p->pos < p->len && (p->s[p->pos] == 'e' || p->s[p->pos] == 'E')) {
		real = true;
		p->pos++;
		if (p->pos < p->len && (p->s[p->pos] == '+' || p->s[p->pos] == '-'))
			p->pos++;
		if (p->pos >= p->len || !is_digit(p->s[p->pos]))
			return fail(p, "invalid number");
		while (p->pos < p->len && is_digit(p->s[p->pos]))
			p->pos++;
	}
	/* strtod needs a terminated copy; a long one on the heap. */
	size_t n = p->pos - start;
	char *copy = n < sizeof(text) ? text : xmalloc(n + 1);
	json_t *v = NULL;

	memcpy(copy, p->s + start, n);
	copy[n] = '\0';
	errno = 0;
	if (!real) {
		long long i = strtoll(copy, &end, 10);

		v = errno == ERANGE ? fail(p, "too big integer") : json_integer((json_int_t)i);
	} else {
		double d = strtod(copy, &end);

		v = errno == ERANGE && isinf(d) ? fail(p, "real number overflow") : json_real(d);
	}
	if (copy != text)
		free(copy);
	return v;
}

static json_t *
parse_literal(struct parser *p, const char *word, json_t *value)
{
	size_t n = strlen(word);

	if (p->pos + n > p->len || memcmp(p->s + p->pos, word, n) != 0)
		return fail(p, "invalid token");
	p->pos += n;
	return value;
}

static json_t *
parse_object(struct parser *p)
{
	json_t *obj = json_object();

	p->pos++;
	skip_space(p);
	if (p->pos < p->len && p->s[p->pos] == '}') {
		p->pos++;
		return obj;
	}
	for (;;) {
		const char *key;
		size_t klen, size_before;
		char short_key[256], *owned;
		json_t *value;

		skip_space(p);
		if (p->pos >= p->len || p->s[p->pos] != '"')
			goto bad;
		if (!parse_string(p, &key, &klen))
			goto bad;
		if (memchr(key, '\0', klen) != NULL) {
			fail(p, "NUL byte in object key");
			goto bad;
		}
		/* jansson wants the key NUL-terminated: copy it out. */
		owned = klen < sizeof(short_key) ? short_key : xmalloc(klen + 1);
		memcpy(owned, key, klen);
		owned[klen] = '\0';
		skip_space(p);
		if (p->pos >= p->len || p->s[p->pos] != ':') {
			if (owned != short_key)
				free(owned);
			fail(p, "':' expected");
			goto bad;
		}
		p->pos++;
		value = parse_value(p);
		if (value == NULL) {
			if (owned != short_key)
				free(owned);
			goto bad;
		}
		size_before = json_object_size(obj);
		json_object_set_new_nocheck(obj, owned, value);
		if (owned != short_key)
			free(owned);
		if (json_object_size(obj) == size_before) {
			fail(p, "duplicate object key");
			goto bad;
		}
		skip_space(p);
		if (p->pos < p->len && p->s[p->pos] == ',') {
			p->pos++;
			continue;
		}
		if (p->pos < p->len && p->s[p->pos] == '}') {
			p->pos++;
			return obj;
		}
		fail(p, "',' or '}' expected");
		goto bad;
	}
bad:
	fail(p, "string or '}' expected");
	json_decref(obj);
	return NULL;
}

static json_t *
parse_array(struct parser *p)
{
	json_t *arr = json_array();

	p->pos++;
	skip_space(p);
	if (p->pos < p->len && p->s[p->pos] == ']') {
		p->pos++;
		return arr;
	}
	for (;;) {
		json_t *value = parse_value(p);

		if (value == NULL)
			break;
		json_array_append_new(arr, value);
		skip_space(p);
		if (p->pos < p->len && p->s[p->pos] == ',') {
			p->pos++;
			continue;
		}
		if (p->pos < p->len && p->s[p->pos] == ']') {
			p->pos++;
			return arr;
		}
		fail(p, "',' or ']' expected");
		break;
	}
	json_decref(arr);
	return NULL;
}

static json_t *
parse_value(struct parser *p)
{
	json_t *v;
	const char *str;
	size_t slen;

	skip_space(p);
	if (p->pos >= p->len)
		return fail(p, "unexpected end of input");
	switch (p->s[p->pos]) {
	case '{':
	case '[':
		if (++p->depth > JSONR_MAX_DEPTH)
			return fail(p, "maximum parsing depth reached");
		v = p->s[p->pos] == '{' ? parse_object(p) : parse_array(p);
		p->depth--;
		return v;
	case '"':
		if (!parse_string(p, &str, &slen))
			return NULL;
		return json_stringn_nocheck(str, slen);
	case 't':
		return parse_literal(p, "true", json_true());
	case 'f':
		return parse_literal(p, "false", json_false());
	case 'n':
		return parse_literal(p, "null", json_null());
	default:
		if (p->s[p->pos] == '-' || is_digit(p->s[p->pos]))
			return parse_number(p);
		return fail(p, "invalid token");
	}
}

json_t *
jsonr_parse(const char *s, size_t len, struct jsonr_error *err)
{
	struct parser p = { .s = s, .len = len, .err = err };
	json_t *v = parse_value(&p);

	if (v != NULL) {
		skip_space(&p);
		if (p.pos < p.len) {
			fail(&p, "end of input expected");
			json_decref(v);
			v = NULL;
		}
	}
	buf_free(&p.scratch);
	return v;
}
