/*
 * libFuzzer target: the sentence splitter, the tokenizer and the word
 * normaliser on any valid UTF-8 text.  Spans must be ordered, inside the
 * text, never empty, and never start or end inside a character.
 */
#include <stdint.h>
#include <stdlib.h>

#include "minhash.h"
#include "norm.h"
#include "sentences.h"
#include "text.h"
#include "tok.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int
on_boundary(const char *t, size_t len, size_t i)
{
	return i == len || (i < len && ((unsigned char)t[i] & 0xC0) != 0x80);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *t = (const char *)data;
	struct sent_list sl = { 0 };
	struct tok_list tl = { 0 };
	struct norm n = { 0 };
	struct minhash m;
	size_t last = 0;

	if (utf8_valid_prefix(t, size) != size)
		return 0;
	sent_split(t, size, &sl);
	for (size_t i = 0; i < sl.n; i++) {
		if (sl.v[i].start < last || sl.v[i].end <= sl.v[i].start ||
		    sl.v[i].end > size || !on_boundary(t, size, sl.v[i].start) ||
		    !on_boundary(t, size, sl.v[i].end))
			abort();
		last = sl.v[i].end;
	}
	tok_split(t, size, &tl);
	last = 0;
	for (size_t i = 0; i < tl.n; i++) {
		if (tl.v[i].start < last || tl.v[i].end <= tl.v[i].start ||
		    tl.v[i].end > size || !on_boundary(t, size, tl.v[i].start) ||
		    !on_boundary(t, size, tl.v[i].end))
			abort();
		last = tl.v[i].end;
	}
	norm_words(t, size, &n);
	minhash_sign(n.word_hash, n.nwords, &m);
	sent_list_free(&sl);
	tok_list_free(&tl);
	norm_free(&n);
	return 0;
}
