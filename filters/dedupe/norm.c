#include <stdlib.h>

#include "diag.h"
#include "hash.h"
#include "norm.h"
#include "text.h"

static void
end_word(struct norm *n, size_t word_start)
{
	if (n->text.len == word_start)
		return;
	n->word_hash = xgrow(n->word_hash, &n->cap, n->nwords + 1, sizeof(*n->word_hash));
	n->word_hash[n->nwords++] = norm_mix64(hash_fnv1a(n->text.data + word_start,
	    n->text.len - word_start, HASH_FNV_OFFSET));
}

void
norm_words(const char *text, size_t len, struct norm *n)
{
	size_t pos = 0, word_start = 0;
	bool in_word = false;

	n->text.len = 0;
	n->nwords = 0;
	buf_append(&n->text, "", 0);
	while (pos < len) {
		unsigned char c = (unsigned char)text[pos];
		uint32_t cp;
		char utf8[4];

		if (c < 0x80) {
			pos++;
			cp = c >= 'A' && c <= 'Z' ? c + 32u : c;
		} else {
			cp = text_fold(utf8_next(text, len, &pos));
			if (cp == 0)
				continue;	/* a combining mark */
		}
		if (text_is_alpha(cp) || text_is_digit(cp)) {
			if (!in_word) {
				if (n->text.len > 0)
					buf_append(&n->text, " ", 1);
				word_start = n->text.len;
				in_word = true;
			}
			if (cp < 0x80) {
				char ch = (char)cp;
				buf_append(&n->text, &ch, 1);
			} else {
				buf_append(&n->text, utf8, utf8_encode(cp, utf8));
			}
		} else if (in_word) {
			end_word(n, word_start);
			in_word = false;
		}
	}
	if (in_word)
		end_word(n, word_start);
}

uint64_t
norm_hash(const struct norm *n)
{
	return norm_mix64(hash_fnv1a(n->text.data, n->text.len, HASH_FNV_OFFSET));
}

void
norm_free(struct norm *n)
{
	buf_free(&n->text);
	free(n->word_hash);
	n->word_hash = NULL;
	n->nwords = n->cap = 0;
}
