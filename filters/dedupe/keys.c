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
	k->bottom.n = 0;
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

/* Puts v among the smallest values kept, when it is one of them. */
static void
keep_if_smallest(struct keys_bottom *b, uint32_t v)
{
	uint32_t i = b->n;

	if (b->n == KEYS_BOTTOM && v >= b->v[KEYS_BOTTOM - 1])
		return;
	while (i > 0 && b->v[i - 1] > v)
		i--;
	if (i > 0 && b->v[i - 1] == v)
		return;		/* a key counted again, or two keys alike */
	if (b->n < KEYS_BOTTOM)
		b->n++;
	memmove(&b->v[i + 1], &b->v[i], (b->n - 1 - i) * sizeof(b->v[0]));
	b->v[i] = v;
}

static void
add_key(struct keys_acc *k, uint64_t h)
{
	unsigned bin = (unsigned)(h >> 60);
	uint32_t value = (uint32_t)h;

	if (!is_new(k, h))
		return;
	k->distinct++;
	keep_if_smallest(&k->bottom, (uint32_t)(h >> 16));
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
    struct keys_bottom *bottom, uint32_t *count)
{
	*bottom = k->bottom;
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

double
keys_similarity(const struct keys_bottom *a, const struct keys_bottom *b)
{
	uint32_t i = 0, j = 0, taken = 0, both = 0;

	/* The KEYS_BOTTOM smallest of the union, and how many of those both
	 * sketches hold. */
	while (taken < KEYS_BOTTOM && (i < a->n || j < b->n)) {
		if (j == b->n || (i < a->n && a->v[i] < b->v[j])) {
			i++;
		} else if (i == a->n || b->v[j] < a->v[i]) {
			j++;
		} else {
			both++;
			i++;
			j++;
		}
		taken++;
	}
	return taken > 0 ? (double)both / taken : 0;
}
