#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "abbrev.h"
#include "diag.h"
#include "text.h"
#include "tok.h"

static void
push(struct tok_list *out, enum tok_kind kind, enum tok_quote q, size_t s,
    size_t e)
{
	out->v = xgrow(out->v, &out->cap, out->n + 1, sizeof(*out->v));
	out->v[out->n++] = (struct token){ kind, q, s, e };
}

static uint32_t
peek(const char *t, size_t len, size_t pos)
{
	return pos < len ? utf8_next(t, len, &pos) : 0;
}

static bool
is_apostrophe(uint32_t cp)
{
	return cp == '\'' || cp == 0x2019;
}

/* Opening or closing, for marks that are not the same both ways. */
static enum tok_quote
quote_direction(const char *t, size_t len, size_t start, size_t end)
{
	uint32_t cp = peek(t, len, start), before = 0, after = peek(t, len, end);
	size_t p = start;

	if (start > 0)
		before = utf8_prev(t, &p);
	switch (cp) {
	case 0x201E: case 0x201A: case 0x00AB: case 0x2039:
		return QUOTE_OPEN;
	case 0x201D: case 0x2019: case 0x00BB: case 0x203A:
		return QUOTE_CLOSE;
	default:
		break;
	}
	/* Straight quotes, and “ ‘ which close German „quotes“: open after
	 * space or an opening bracket, close before space or punctuation. */
	if (before == 0 || text_is_space(before) || before == '(' ||
	    before == '[' || text_is_dash(before))
		return QUOTE_OPEN;
	if (after == 0 || text_is_space(after) || !text_is_alpha(after))
		return QUOTE_CLOSE;
	return QUOTE_OPEN;
}

/* The end of an address starting at pos, or pos when there is none. */
static size_t
scan_url(const char *t, size_t len, size_t pos)
{
	size_t end = pos, at = 0;
	bool scheme = len - pos > 8 && (t[pos] == 'h' || t[pos] == 'w') &&
	    (strncmp(t + pos, "http://", 7) == 0 ||
	    strncmp(t + pos, "https://", 8) == 0 || strncmp(t + pos, "www.", 4) == 0);

	while (end < len && !text_is_space((unsigned char)t[end]) &&
	    (unsigned char)t[end] < 0x80 && t[end] != '"' && t[end] != '<' &&
	    t[end] != '>' && t[end] != ')')
		if (t[end++] == '@')
			at = end;
	if (!scheme && (at == 0 || at == pos + 1 || !memchr(t + at, '.', end - at)))
		return pos;
	while (end > pos && strchr(".,;:!?'", t[end - 1]) != NULL)
		end--;
	return end;
}

/* A number: digits with inner '.', ',' or ':' between digits. */
static size_t
scan_number(const char *t, size_t len, size_t pos)
{
	size_t end = pos;

	while (end < len) {
		if (text_is_digit((unsigned char)t[end]))
			end++;
		else if ((t[end] == '.' || t[end] == ',' || t[end] == ':') &&
		    end + 1 < len && text_is_digit((unsigned char)t[end + 1]))
			end++;
		else
			break;
	}
	return end;
}

/*
 * A word: letters and digits, joined by hyphens ("al-Assad", "Su-24")
 * and by apostrophes inside names ("O'Neill", "don't"), but not by the
 * possessive "'s".
 */
static size_t
scan_word(const char *t, size_t len, size_t pos)
{
	size_t end = pos;

	for (;;) {
		/* Most words are ASCII letters and digits: no decoding. */
		while (end < len && ((t[end] >= 'a' && t[end] <= 'z') ||
		    (t[end] >= 'A' && t[end] <= 'Z') || (t[end] >= '0' && t[end] <= '9')))
			end++;
		size_t next = end;
		uint32_t cp = peek(t, len, end);

		if (text_is_alpha(cp) || text_is_digit(cp)) {
			utf8_next(t, len, &next);
			end = next;
			continue;
		}
		if (end == pos || !(text_is_dash(cp) || is_apostrophe(cp) ||
		    cp == '.'))
			break;
		utf8_next(t, len, &next);
		uint32_t after = peek(t, len, next);
		if (!text_is_alpha(after) && !text_is_digit(after))
			break;
		if (is_apostrophe(cp)) {
			size_t after_s = next;
			utf8_next(t, len, &after_s);
			/* "Russia's": the possessive is a token of its own. */
			if ((after == 's' || after == 'S') &&
			    !text_is_alpha(peek(t, len, after_s)))
				break;
		}
		/* Inner full stops only in initialisms: "U.S", "e.g". */
		if (cp == '.' && !(next - end == 1 && abbrev_is_dotted(t + pos, next + 1 - pos)))
			break;
		end = next;
	}
	return end;
}

/* Does the full stop at end belong to the word t[start..end)? */
static bool
takes_full_stop(const char *t, size_t len, size_t start, size_t end)
{
	size_t n = end - start;

	if (end >= len || t[end] != '.')
		return false;
	switch (abbrev_lookup(t + start, n)) {
	case ABBREV_NONE:
		break;
	case ABBREV_NUMBER:
	case ABBREV_MONTH:
		/* "No. 10", "Nov. 26"; but "said no." ends a sentence. */
		return end + 2 < len && t[end + 1] == ' ' &&
		    text_is_digit((unsigned char)t[end + 2]);
	default:
		return true;
	}
	if (abbrev_is_dotted(t + start, n))
		return true;
	/* An initial: one capital letter. */
	return n == 1 && text_is_upper((unsigned char)t[start]);
}

/*
 * Whether the apostrophe at t[start] (start > 0), before "s" or "S",
 * is the possessive: right after a word ("Russia's"), or after a space
 * that follows a word and before a space, a stop or the end, as text
 * tokenized for treebanks writes it ("Russia 's army").  Not a
 * quotation opening after a space: "said 'so'", "the letter 's'",
 * "'S&P futures'".
 */
static bool
possessive_at(const char *t, size_t len, size_t start)
{
	if (t[start - 1] != ' ')
		return true;
	size_t after = start + 2;	/* past the apostrophe (one byte here) and "s" */
	if (t[start] != '\'' || start < 2 ||
	    (after < len && strchr(" .,;:\n", t[after]) == NULL))
		return false;
	size_t before = start - 1;	/* the space */
	uint32_t cp = utf8_prev(t, &before);
	return text_is_alpha(cp) || text_is_digit(cp);
}

void
tok_split(const char *t, size_t len, struct tok_list *out)
{
	size_t pos = 0;

	out->n = 0;
	while (pos < len) {
		size_t start = pos, end;
		uint32_t cp = utf8_next(t, len, &pos);

		if (text_is_space(cp))
			continue;
		/* Addresses start a run (or follow a bracket or quote): looking
		 * for one anywhere else would rescan long runs. */
		if ((start == 0 || strchr(" \t\n\r(<[\"'", t[start - 1]) != NULL) &&
		    (end = scan_url(t, len, start)) > start) {
			push(out, TOK_URL, QUOTE_NONE, start, end);
		} else if (text_is_quote(cp) && !(is_apostrophe(cp) &&
		    start > 0 && (peek(t, len, pos) == 's' || peek(t, len, pos) == 'S') &&
		    !text_is_alpha(peek(t, len, pos + 1)) && possessive_at(t, len, start))) {
			end = pos;
			push(out, TOK_QUOTE, quote_direction(t, len, start, end), start, end);
		} else if (text_is_digit(cp)) {
			end = scan_number(t, len, start);
			if (end < len && (text_is_alpha(peek(t, len, end)) ||
			    text_is_dash(peek(t, len, end))))
				end = scan_word(t, len, start);	/* "5th", "24-hour" */
			push(out, end > scan_number(t, len, start) ? TOK_WORD : TOK_NUMBER,
			    QUOTE_NONE, start, end);
		} else if (text_is_alpha(cp) || is_apostrophe(cp)) {
			end = is_apostrophe(cp) ? pos + 1 : scan_word(t, len, start);
			if (takes_full_stop(t, len, start, end))
				push(out, TOK_ABBREV, QUOTE_NONE, start, end + 1), end++;
			else
				push(out, TOK_WORD, QUOTE_NONE, start, end);
		} else {
			end = pos;
			push(out, TOK_PUNCT, QUOTE_NONE, start, end);
		}
		pos = end;
	}
}

void
tok_list_free(struct tok_list *list)
{
	free(list->v);
	list->v = NULL;
	list->n = list->cap = 0;
}

/* A word that is one apostrophe, straight or curly. */
static bool
is_lone_apostrophe(const char *w, size_t len)
{
	size_t pos = 0;

	return len > 0 && is_apostrophe(utf8_next(w, len, &pos)) && pos == len;
}

bool
tok_is_possessive_s(const char *w, size_t len)
{
	return len > 1 && w[len - 1] == 's' && is_lone_apostrophe(w, len - 1);
}

bool
tok_is_possessive(const char *w, size_t len)
{
	return is_lone_apostrophe(w, len) || tok_is_possessive_s(w, len);
}
