/*
 * lemma: edit scripts looked up by word and by suffix (lemma.h).
 */
#include <string.h>

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
		/* A proper noun's ending tells its lemma only as far as the
		 * rule has read it ("Nov": "November"): a rule that rewrites
		 * more was learnt from one name ("COMCAST", lemma "Comcast",
		 * made "Wirecast" "Wiomcast").  The tag's own rule, with no
		 * ending, stands ("Americans" NNPS: "American"). */
		if (script >= 0 && proper && k > 0 && m->scripts[script].strip > k)
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
