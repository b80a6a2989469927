/*
 * keys: a story's names and numbers, sketched (keys.h).
 */
#include <stdbool.h>
#include <string.h>

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
add_key(struct keys_acc *k)
{
	uint64_t h = norm_mix64(hash_fnv1a(k->word.data, k->word.len, HASH_FNV_OFFSET));
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

/* Walks a line's words: counts them and its key words, and with add
 * adds the key words to the sketches. */
static void
scan_line(struct keys_acc *k, const char *text, size_t len, bool add,
    size_t *words, size_t *keys)
{
	size_t pos = 0;
	uint32_t before = 0;	/* the last character before the word, not space */
	bool in_word = false, key = false;

	*words = *keys = 0;
	while (pos <= len) {
		uint32_t cp = pos < len ? utf8_next(text, len, &pos) : (pos++, 0);
		char utf8[4];

		if (cp != 0 && in_word && text_fold(cp) == 0)
			continue;	/* a combining mark */
		if (cp != 0 && (text_is_alpha(cp) || text_is_digit(cp))) {
			if (!in_word) {
				k->word.len = 0;
				key = text_is_upper(cp) && !opens_sentence(before);
				in_word = true;
			}
			key = key || text_is_digit(cp);
			if (add)
				buf_append(&k->word, utf8, utf8_encode(text_fold(cp), utf8));
			continue;
		}
		if (in_word) {
			++*words;
			*keys += key;
			if (key && add)
				add_key(k);
			before = 'a';
		}
		in_word = false;
		if (cp != 0 && !text_is_space(cp))
			before = cp;
	}
}

/*
 * A line more than half of whose words are key words is a byline, a
 * credit or an attribution line ("(Reporting by ...; Editing by ...)"),
 * or a headline in capitals: who wrote and sent the story, which
 * another outlet changes, more than what it tells.  Its key words are
 * left out.
 */
void
keys_add(struct keys_acc *k, const char *text, size_t len)
{
	const char *end = text + len, *line, *next;
	size_t words, keys;

	for (line = text; line < end; line = next + 1) {
		next = memchr(line, '\n', (size_t)(end - line));
		if (next == NULL)
			next = end;
		scan_line(k, line, (size_t)(next - line), false, &words, &keys);
		if (keys * 2 <= words)
			scan_line(k, line, (size_t)(next - line), true, &words, &keys);
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
}
