/*
 * tagger: greedy decoding of joint tags (tagger.h).
 */
#include <string.h>

#include "parser.h"
#include "tagger.h"

int
parse_best_tag(const int32_t *scores, size_t ntags)
{
	size_t best = 0;

	for (size_t t = 1; t < ntags; t++)
		if (scores[t] > scores[best])
			best = t;
	return (int)best;
}

void
parse_tag_pass(const struct parse_model *m, const struct parse_atoms *a,
    size_t n, const uint8_t *first, uint8_t *tags)
{
	uint64_t feats[PARSE_MAX_FEATURES];
	int32_t scores[PARSE_MAX_SCORES];
	int tag1 = PARSE_TAG_NONE, tag2 = PARSE_TAG_NONE;
	const struct parse_table *table = first ? &m->tagger2 : &m->tagger;

	for (size_t i = 0; i < n; i++) {
		size_t nf = first ?
		    parse_tagger2_features(a, n, i, tag1, tag2, first, feats) :
		    parse_tagger_features(a, n, i, tag1, tag2, feats);

		nf = parse_drop_templates(feats, nf, m->drop_tagger);

		memset(scores, 0, sizeof(scores));
		parse_table_score(table, feats, nf, scores);
		tags[i] = (uint8_t)parse_best_tag(scores, m->ntags);
		tag2 = tag1;
		tag1 = tags[i];
	}
}

void
parse_tag(const struct parse_model *m, const struct parse_atoms *a,
    size_t n, uint8_t *first, uint8_t *tags)
{
	if (m->tagger2.nentries == 0) {
		parse_tag_pass(m, a, n, NULL, tags);
		return;
	}
	parse_tag_pass(m, a, n, NULL, first);
	parse_tag_pass(m, a, n, first, tags);
}
