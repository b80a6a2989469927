/*
 * keys: a story's names and numbers, sketched (keys.h).
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "hash.h"
#include "keys.h"
#include "norm.h"
#include "text.h"

void
keys_start(struct keys_acc *k)
{
	memset(k->low, 0xff, sizeof(k->low));
	memset(k->full, 0, sizeof(k->full));
	minhash_start(&k->fine);
	memset(k->set, 0, sizeof(k->set));
	k->distinct = 0;
	k->word.len = 0;
}

/* Whether h is a key not seen before in this story (always, once
 * KEYS_COUNTED are held). */
static bool
is_new(struct keys_acc *k, uint64_t h)
{
	size_t i;

	if (h == 0)
		h = 1;
	i = h % KEYS_SET;
	if (k->distinct >= KEYS_COUNTED)
		return true;
	while (k->set[i] != 0) {
		if (k->set[i] == h)
			return false;
		i = (i + 1) % KEYS_SET;
	}
	k->set[i] = h;
	return true;
}

static void
add_key(struct keys_acc *k, uint64_t h)
{
	unsigned bin = (unsigned)(h >> 60);
	uint32_t value = (uint32_t)h;

	if (!is_new(k, h))
		return;
	k->distinct++;
	/* One word as its own "text": minhash.h takes it as one shingle. */
	minhash_add(&k->fine, &h, 1);
	if (value <= k->low[bin]) {
		k->low[bin] = value;
		k->full[bin] = 1;
	}
}

/* Where a capital letter starts a sentence rather than a name. */
static bool
opens_sentence(uint32_t prev)
{
	return prev == 0 || prev == '.' || prev == '!' || prev == '?' || prev == ':' ||
	    prev == '(' || prev == '[' || prev == '/' || text_is_quote(prev) ||
	    text_is_dash(prev);
}

/* The hash of the word in hand. */
static uint64_t
word_hash(const struct keys_acc *k)
{
	return norm_mix64(hash_fnv1a(k->word.data, k->word.len, HASH_FNV_OFFSET));
}

/* The next character of a line, folded (0 for a combining mark), its
 * class, ASCII without a table lookup. */
static uint32_t
next_char(const char *text, size_t len, size_t *pos, bool *alnum, bool *upper,
    bool *digit)
{
	unsigned char c = (unsigned char)text[*pos];
	uint32_t cp;

	if (c < 0x80) {
		++*pos;
		*digit = c >= '0' && c <= '9';
		*upper = c >= 'A' && c <= 'Z';
		*alnum = *digit || *upper || (c >= 'a' && c <= 'z');
		return *upper ? c + 32u : c;
	}
	cp = utf8_next(text, len, pos);
	*digit = text_is_digit(cp);
	*upper = text_is_upper(cp);
	*alnum = *digit || text_is_alpha(cp);
	return text_fold(cp);
}

/*
 * A line more than half of whose words are key words is a byline, a
 * credit or an attribution line ("(Reporting by ...; Editing by ...)"),
 * or a headline in capitals: who wrote and sent the story, which
 * another outlet changes, more than what it tells.  Its key words are
 * left out; the others are added once the line's end shows it is none.
 */
static void
add_line(struct keys_acc *k, const char *text, size_t len)
{
	size_t pos = 0, words = 0;
	uint32_t before = 0;	/* the last character before the word, not space */
	bool in_word = false, key = false;

	k->npending = 0;
	while (pos <= len) {
		bool alnum = false, upper = false, digit = false;
		uint32_t cp = pos < len ?
		    next_char(text, len, &pos, &alnum, &upper, &digit) : (pos++, ' ');
		char utf8[4];

		if (cp == 0 && in_word)
			continue;	/* a combining mark */
		if (alnum) {
			if (!in_word) {
				k->word.len = 0;
				key = upper && !opens_sentence(before);
				in_word = true;
			}
			key = key || digit;
			if (cp < 0x80) {
				char ch = (char)cp;
				buf_append(&k->word, &ch, 1);
			} else {
				buf_append(&k->word, utf8, utf8_encode(cp, utf8));
			}
			continue;
		}
		if (in_word) {
			words++;
			if (key) {
				k->pending = xgrow(k->pending, &k->pending_cap, k->npending + 1,
				    sizeof(*k->pending));
				k->pending[k->npending++] = word_hash(k);
			}
			before = 'a';
		}
		in_word = false;
		if (cp != 0 && !text_is_space(cp))
			before = cp;
	}
	if (k->npending * 2 <= words)
		for (size_t i = 0; i < k->npending; i++)
			add_key(k, k->pending[i]);
}

void
keys_add(struct keys_acc *k, const char *text, size_t len)
{
	const char *end = text + len, *line, *next;

	for (line = text; line < end; line = next + 1) {
		next = memchr(line, '\n', (size_t)(end - line));
		if (next == NULL)
			next = end;
		add_line(k, line, (size_t)(next - line));
	}
}

void
keys_finish(const struct keys_acc *k, uint32_t sig[KEYS_BINS],
    uint8_t fine[MINHASH_BINS], uint32_t *count)
{
	struct minhash m;

	minhash_finish(&k->fine, &m);
	memcpy(fine, m.sig, MINHASH_BINS);
	/* Empty bins borrow from the next full one, as minhash.c does. */
	for (unsigned i = 0; i < KEYS_BINS; i++) {
		unsigned j = i, dist = 0;

		while (k->distinct > 0 && !k->full[j]) {
			j = (j + 1) % KEYS_BINS;
			dist++;
		}
		sig[i] = k->distinct > 0 ?
		    (uint32_t)norm_mix64(k->low[j] + 0x9e3779b97f4a7c15ULL * dist) : 0;
	}
	*count = k->distinct;
}

void
keys_free(struct keys_acc *k)
{
	buf_free(&k->word);
	free(k->pending);
	k->pending = NULL;
	k->npending = k->pending_cap = 0;
}
