/*
 * words: the treebanks' syntactic words, cut from the tokenizer's.
 */
#include <string.h>

#include "unit.h"
#include "words.h"

/* The words of text joined with "|", in a static buffer. */
static const char *
joined(const char *text)
{
	static char out[512];
	struct words wl = { 0 };
	size_t n = 0;

	words_split(text, strlen(text), 0, &wl);
	out[0] = '\0';
	for (size_t i = 0; i < wl.n && n + 64 < sizeof out; i++) {
		size_t len = wl.v[i].end - wl.v[i].start;
		if (i > 0)
			out[n++] = '|';
		memcpy(out + n, text + wl.v[i].start, len);
		n += len;
		out[n] = '\0';
	}
	words_free(&wl);
	return out;
}

static void
check(const char *text, const char *want)
{
	const char *got = joined(text);

	CHECK(strcmp(got, want) == 0, "words: \"%s\" is %s (got %s)", text, want, got);
}

void
test_words(void)
{
	struct words wl = { 0 };

	check("They don't know.", "They|do|n't|know|.");
	check("It can't and won't.", "It|ca|n't|and|wo|n't|.");
	check("Marsk's aides", "Marsk|'s|aides");
	check("they're, we've, I'll, she'd, I'm", "they|'re|,|we|'ve|,|I|'ll|,|she|'d|,|I|'m");
	check("didn\xe2\x80\x99t", "did|n\xe2\x80\x99t");
	check("We cannot wait. Gonna win.", "We|can|not|wait|.|Gon|na|win|.");
	check("O'Neill met al-Assad.", "O'Neill|met|al|-|Assad|.");
	check("a well-known co-founder's e-mail", "a|well|-|known|co-founder|'s|e-mail");
	check("Wait... what?! No!!! -- ok", "Wait|...|what|?!|No|!!!|--|ok");
	check("on 01/24/2001 at 3/4 of it", "on|01/24/2001|at|3/4|of|it");
	check("call 212-555-0142 now", "call|212-555-0142|now");
	check("a - b . . c", "a|-|b|.|.|c");
	check("n't", "n't");
	words_split("ab don't", 8, 100, &wl);
	CHECK(wl.n == 3 && wl.v[1].start == 103 && wl.v[2].start == 105 &&
	    wl.v[2].end == 108, "words: spans offset by the text's place");
	words_free(&wl);
}
