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
push(struct word_list *out, size_t start, size_t end)
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

void
words_split(const char *text, size_t len, size_t base, struct word_list *out)
{
	tok_split(text, len, &out->toks);
	for (size_t i = 0; i < out->toks.n; i++) {
		const struct token *t = &out->toks.v[i];
		size_t cut = t->kind == TOK_WORD ?
		    clitic_at(text + t->start, t->end - t->start) : 0;

		if (cut > 0) {
			push(out, base + t->start, base + t->start + cut);
			push(out, base + t->start + cut, base + t->end);
		} else {
			push(out, base + t->start, base + t->end);
		}
	}
}

void
word_list_free(struct word_list *list)
{
	free(list->v);
	tok_list_free(&list->toks);
	memset(list, 0, sizeof *list);
}
