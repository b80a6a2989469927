/*
 * words: a text's syntactic words, as Universal Dependencies counts them
 * (words.h).
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diag.h"
#include "text.h"
#include "words.h"

static void
push(struct words *out, size_t start, size_t end)
{
	out->v = xgrow(out->v, &out->cap, out->n + 1, sizeof *out->v);
	out->v[out->n++] = (struct word_span){ start, end };
}

/* Whether w[0..len) ends in suffix, ignoring ASCII case, where an
 * apostrophe in suffix matches a straight or a curly one.  Sets *at to
 * where the suffix starts in w. */
static bool
ends_with(const char *w, size_t len, const char *suffix, size_t *at)
{
	size_t i = len, j = strlen(suffix);

	while (j > 0) {
		char c = suffix[--j];

		if (c == '\'' && i >= 3 && memcmp(w + i - 3, "\xe2\x80\x99", 3) == 0) {
			i -= 3;
			continue;
		}
		if (i == 0)
			return false;
		char d = w[--i];
		if (d >= 'A' && d <= 'Z')
			d = (char)(d - 'A' + 'a');
		if (d != c)
			return false;
	}
	*at = i;
	return i > 0;
}

/* Where a word token splits in two, or 0 when it is one word:
 * clitics ("n't", "'s", "'re", "'ve", "'ll", "'d", "'m") and the fused
 * forms the treebanks split ("cannot", "gonna", "wanna", "gotta"). */
static size_t
clitic_at(const char *w, size_t len)
{
	static const char *const clitics[] = {
		"n't", "'s", "'re", "'ve", "'ll", "'d", "'m",
	};
	static const struct { const char *whole; size_t cut; } fused[] = {
		{ "cannot", 3 }, { "gonna", 3 }, { "wanna", 3 }, { "gotta", 3 },
	};
	size_t at;

	for (size_t i = 0; i < sizeof clitics / sizeof clitics[0]; i++)
		if (ends_with(w, len, clitics[i], &at))
			return at;
	for (size_t i = 0; i < sizeof fused / sizeof fused[0]; i++)
		if (len == strlen(fused[i].whole) && strncasecmp(w, fused[i].whole, len) == 0)
			return fused[i].cut;
	return 0;
}

/* Whether a hyphenated word keeps its hyphen: the treebanks cut
 * "al-Assad" and "well-known" into three words but keep the prefixes of
 * word formation attached ("e-mail", "non-profit", "re-elect"). */
static bool
keeps_hyphen(const char *w, size_t len)
{
	static const char *const prefixes[] = {
		"anti", "bi", "co", "counter", "cross", "e", "ex", "inter",
		"mid", "multi", "neo", "non", "over", "post", "pre", "pro",
		"re", "semi", "sub", "un", "vice",
	};
	const char *hyphen = memchr(w, '-', len);
	size_t n = hyphen != NULL ? (size_t)(hyphen - w) : 0;

	for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++)
		if (n == strlen(prefixes[i]) && strncasecmp(w, prefixes[i], n) == 0)
			return true;
	return false;
}

/* Whether w[0..len) is a telephone number ("555-0142", "212-555-0142"):
 * digits and hyphens ending in three digits, a hyphen and four.  The
 * treebanks keep it whole but cut a range ("2005-06") at its hyphen. */
static bool
is_digits(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return len > 0;
}

static bool
is_phone_number(const char *w, size_t len)
{
	if (len < 8 || w[len - 5] != '-' || !is_digits(w + len - 4, 4) ||
	    !is_digits(w + len - 8, 3))
		return false;
	for (size_t i = 0; i + 8 < len; i++)
		if (w[i] != '-' && !is_digits(w + i, 1))
			return false;
	return len == 8 || w[len - 9] == '-';
}

/* A word token as the treebanks cut it: at its hyphens (each hyphen a
 * word), then a clitic off its end. */
static void
push_word(struct words *out, const char *text, size_t start, size_t end,
    size_t base)
{
	const char *w = text + start;
	size_t len = end - start, from = 0, cut;

	if (!keeps_hyphen(w, len) && !is_phone_number(w, len)) {
		for (size_t i = 1; i + 1 < len; i++) {
			if (w[i] != '-' || w[i - 1] == '-' || w[i + 1] == '-')
				continue;
			push(out, base + start + from, base + start + i);
			push(out, base + start + i, base + start + i + 1);
			from = i + 1;
		}
	}
	cut = clitic_at(w + from, len - from);
	if (cut > 0) {
		push(out, base + start + from, base + start + from + cut);
		from += cut;
	}
	push(out, base + start + from, base + end);
}

/* How many tokens from toks[i] on make one word the treebanks keep
 * whole although the tokenizer cuts it: a run of the same punctuation
 * ("...", "!!!", "--", "**") or of sentence-final marks ("?!", ".?"),
 * and numbers joined by slashes or hyphens (a date "01/24/2001", a
 * telephone number "212-555-0142"), all without spaces. */
static size_t
joined_run(const char *text, const struct tok_list *toks, size_t i)
{
	const struct token *t = &toks->v[i];
	size_t n = 1;

	if (t->kind == TOK_PUNCT && t->end - t->start == 1) {
		bool final = strchr(".!?", text[t->start]) != NULL;

		while (i + n < toks->n) {
			const struct token *u = &toks->v[i + n];

			if (u->kind != TOK_PUNCT || u->start != u[-1].end || u->end - u->start != 1)
				break;
			if (text[u->start] != text[t->start] &&
			    !(final && strchr(".!?", text[u->start]) != NULL))
				break;
			n++;
		}
	} else if (t->kind == TOK_NUMBER) {
		while (i + n + 1 < toks->n) {
			const struct token *slash = &toks->v[i + n], *num = slash + 1;

			if (slash->start != slash[-1].end || slash->end != slash->start + 1 ||
			    (text[slash->start] != '/' && text[slash->start] != '-') ||
			    num->kind != TOK_NUMBER ||
			    num->start != slash->end)
				break;
			n += 2;
		}
	}
	return n;
}

void
words_split(const char *text, size_t len, size_t base, struct words *out)
{
	tok_split(text, len, &out->toks);
	for (size_t i = 0; i < out->toks.n;) {
		const struct token *t = &out->toks.v[i];
		size_t n = joined_run(text, &out->toks, i);

		if (n > 1)
			push(out, base + t->start, base + t[n - 1].end);
		else if (t->kind == TOK_WORD)
			push_word(out, text, t->start, t->end, base);
		else
			push(out, base + t->start, base + t->end);
		i += n;
	}
}

void
words_free(struct words *list)
{
	free(list->v);
	tok_list_free(&list->toks);
	memset(list, 0, sizeof *list);
}
