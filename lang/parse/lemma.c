/*
 * lemma: edit scripts looked up by word and by suffix (lemma.h).
 */
#include <string.h>
#include <strings.h>

#include "features.h"
#include "hash.h"
#include "lemma.h"

static uint64_t
lower_hash(const char *s, size_t len)
{
	uint64_t h = HASH_FNV_OFFSET;

	for (size_t i = 0; i < len; i++) {
		unsigned char c = parse_lower((unsigned char)s[i]);

		h = hash_fnv1a(&c, 1, h);
	}
	return h;
}

uint64_t
parse_lemma_word_key(const char *form, size_t len, int tag)
{
	return parse_mix(parse_mix(0x6c656d6d61ULL, lower_hash(form, len)), (uint64_t)tag);
}

uint64_t
parse_lemma_suffix_key(const char *form, size_t len, int tag, size_t k)
{
	uint64_t h = parse_mix(0x737566666978ULL, (uint64_t)tag);

	h = parse_mix(h, parse_lemma_capitalised(form, len));
	h = parse_mix(h, k);
	return parse_mix(h, lower_hash(form + len - k, k));
}

bool
parse_lemma_capitalised(const char *form, size_t len)
{
	return len > 0 && form[0] >= 'A' && form[0] <= 'Z';
}

size_t
parse_script_apply(const struct parse_script *s, const char *form,
    size_t len, char *out)
{
	size_t keep;

	if (s->strip > len || (s->strip < len && s->strip > 0 &&
	    ((unsigned char)form[len - s->strip] & 0xc0) == 0x80)) {
		memcpy(out, form, len);
		return len;
	}
	keep = len - s->strip;
	if (s->lower)
		for (size_t i = 0; i < keep; i++)
			out[i] = (char)parse_lower((unsigned char)form[i]);
	else
		memcpy(out, form, keep);
	memcpy(out + keep, s->add, s->len);
	return keep + s->len;
}

/* Whether a proper noun may take the suffix rule script, found by its
 * last k bytes: the tag's own rule (k = 0, "Americans": "American"),
 * one that read the whole word, one that only changes the letters' case
 * ("canada": "Canada"), one that rewrites no more than it read and
 * makes the word no longer ("Securities": "Security"), or an
 * abbreviation's, read but for its first letter ("Nov": "November",
 * "Sat.": "Saturday").  Any other was learnt from one name and makes
 * nonsense of others ("Peskov" was "Peskovember", after "Nov";
 * "Wirecast" "Wiomcast", after "COMCAST"). */
static bool
proper_noun_rule(const struct parse_script *script, const char *form,
    size_t len, size_t k, char *out)
{
	if (k == 0 || k == len)
		return true;
	size_t n = parse_script_apply(script, form, len, out);
	if (n == len && strncasecmp(out, form, len) == 0)
		return true;
	if (script->strip <= k && n <= len)
		return true;
	return k + 1 >= len && (len <= 4 || form[len - 1] == '.');
}

size_t
parse_lemma(const struct parse_model *m, const char *form, size_t len,
    int tag, char *out)
{
	int script = parse_table_value(&m->lemma_words,
	    parse_lemma_word_key(form, len, tag));
	bool proper = strcmp(m->upos[tag], "PROPN") == 0;

	for (size_t k = len < PARSE_LEMMA_SUFFIX ? len : PARSE_LEMMA_SUFFIX;
	    script < 0; k--) {
		script = parse_table_value(&m->lemma_suffixes,
		    parse_lemma_suffix_key(form, len, tag, k));
		if (script >= 0 && proper &&
		    !proper_noun_rule(&m->scripts[script], form, len, k, out))
			script = -1;
		if (k == 0)
			break;
	}
	if (script < 0) {
		memcpy(out, form, len);
		return len;
	}
	return parse_script_apply(&m->scripts[script], form, len, out);
}
