/*
 * lang/parse: the compiled-in model, trees well formed on sentences of
 * any length, lemmas of regular and irregular inflections, the model
 * loader's checks.  Every sentence here is invented.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse/features.h"
#include "parse/lemma.h"
#include "parse/model-data.h"
#include "parse/model.h"
#include "parse/oracle.h"
#include "parse/parser.h"
#include "parse/parse.h"
#include "unit.h"

void test_parse(void);

/* Adds the words of text, split at spaces (the text stays alive). */
static void
add_words(struct parse_sentence *s, const char *text)
{
	const char *p = text;

	parse_sentence_clear(s);
	while (*p != '\0') {
		const char *end = strchr(p, ' ');
		size_t len = end ? (size_t)(end - p) : strlen(p);

		if (len > 0)
			parse_sentence_add(s, p, len, (size_t)(p - text), (size_t)(p - text) + len);
		p += len;
		while (*p == ' ')
			p++;
	}
}

/* Whether every head is in range, exactly one word hangs from the root,
 * and every word reaches the root (no cycle). */
static bool
is_tree(const struct parse_sentence *s, const char **why)
{
	size_t roots = 0;

	for (size_t i = 0; i < s->n; i++) {
		if (s->words[i].head > s->n || s->words[i].head == i + 1) {
			*why = "a head out of range or on itself";
			return false;
		}
		roots += s->words[i].head == 0;
		if ((s->words[i].head == 0) != (strcmp(s->words[i].deprel, "root") == 0)) {
			*why = "the root relation on a word not at the root, or the other way";
			return false;
		}
	}
	if (roots != 1) {
		*why = "not exactly one root";
		return false;
	}
	for (size_t i = 0; i < s->n; i++) {
		size_t w = i + 1, steps = 0;

		while (w != 0 && steps++ <= s->n)
			w = s->words[w - 1].head;
		if (w != 0) {
			*why = "a cycle";
			return false;
		}
	}
	return true;
}

/* Whether h dominates d (1-based; 0 the root). */
static bool
dominates(const struct parse_sentence *s, size_t h, size_t d)
{
	for (size_t steps = 0; d != 0 && steps <= s->n; steps++) {
		if (d == h)
			return true;
		d = s->words[d - 1].head;
	}
	return h == 0;
}

static bool
is_projective(const struct parse_sentence *s)
{
	for (size_t d = 1; d <= s->n; d++) {
		size_t h = s->words[d - 1].head;
		size_t lo = h < d ? h : d, hi = h < d ? d : h;

		if (h == 0)
			continue;
		for (size_t k = lo + 1; k < hi; k++)
			if (!dominates(s, h, k))
				return false;
	}
	return true;
}

static const struct parse_word *
word(const struct parse_sentence *s, const char *form)
{
	for (size_t i = 0; i < s->n; i++)
		if (s->words[i].len == strlen(form) && memcmp(s->words[i].form, form, s->words[i].len) == 0)
			return &s->words[i];
	return NULL;
}

static void
expect_lemma(const struct parse_sentence *s, const char *form, const char *lemma)
{
	const struct parse_word *w = word(s, form);

	CHECK(w != NULL && w->lemma_len == strlen(lemma) && memcmp(w->lemma, lemma, w->lemma_len) == 0,
	    "lemma of %s is %s (got %.*s)", form, lemma, w ? (int)w->lemma_len : 0, w ? w->lemma : "");
}

/* A long text of invented news sentences without full stops between
 * them: one sentence of n words. */
static char *
long_text(size_t n)
{
	static const char *const words[] = {
		"the", "harbour", "board", "said", "on", "Tuesday", "that", "its",
		"workers", "would", "repair", "the", "old", "quay", "walls", "before",
		"winter", ",", "and", "the", "mayor", "of", "Portvale", "promised",
		"new", "boats", "for", "the", "ferry", "service",
	};
	size_t nw = sizeof(words) / sizeof(*words);
	char *text = malloc(n * 12 + 1);
	size_t at = 0;

	for (size_t i = 0; i < n; i++)
		at += (size_t)sprintf(text + at, "%s%s", i ? " " : "", words[i % nw]);
	return text;
}

static void
test_long(const struct parse_model *m, size_t n)
{
	struct parse_sentence s;
	char *text = long_text(n);
	const char *why = "";

	parse_sentence_init(&s);
	add_words(&s, text);
	parse_sentence(m, &s);
	CHECK(s.n == n && is_tree(&s, &why), "a sentence of %zu words is one tree (%s)", n, why);
	if (n <= 250)
		CHECK(is_projective(&s), "a sentence of %zu words gets a projective tree", n);
	parse_sentence_free(&s);
	free(text);
}

static void
test_model_checks(const struct parse_model *m)
{
	char err[256] = "";
	static const char junk[64] __attribute__((aligned(8))) = "WIREPRSE not a model";
	unsigned char *copy;
	struct parse_model *bad;
	size_t full = (size_t)(parse_model_data_end - parse_model_data);

	(void)m;
	CHECK(parse_model_load(junk, sizeof(junk), err, sizeof(err)) == NULL && err[0] != '\0',
	    "a blob that is no model is refused with a reason (%s)", err);
	/* The compiled-in blob cut short: its sections run past the end. */
	copy = malloc(full);
	memcpy(copy, parse_model_data, full);
	err[0] = '\0';
	bad = parse_model_load(copy, full / 2, err, sizeof(err));
	CHECK(bad == NULL && err[0] != '\0', "a model cut in half is refused (%s)", err);
	/* A version this code does not read. */
	copy[8] = 99;
	err[0] = '\0';
	bad = parse_model_load(copy, full, err, sizeof(err));
	CHECK(bad == NULL && strstr(err, "version") != NULL, "another version is refused (%s)", err);
	free(copy);
	CHECK(parse_model_read("/nonexistent/model.bin", err, sizeof(err)) == NULL,
	    "a missing model file is refused (%s)", err);
}

/* The valid transition with the highest score, by brute force. */
static int
best_valid_slowly(const struct parse_state *st, const int32_t *scores)
{
	int best = -1;

	for (int t = 0; t < PARSE_LEFT + 2 * st->nlabels; t++)
		if (parse_valid(st, t) && (best < 0 || scores[t] > scores[best]))
			best = t;
	return best;
}

/*
 * Follows the dynamic oracle's zero-cost transitions (the first or the
 * last of them) from the start: for a projective tree they must rebuild
 * it exactly.  On the way, parse_best_valid must agree with the brute
 * force on pseudo-random scores.
 */
static bool
oracle_rebuilds(const struct parse_model *m, int n, const int *heads, bool last,
    bool *best_agrees)
{
	static struct parse_state st;
	uint64_t words[PARSE_WINDOW + 2] = { 0 };
	uint8_t tags[PARSE_WINDOW + 2] = { 0 };
	int gold_head[PARSE_WINDOW + 2], cost[PARSE_MAX_CLASSES];
	int32_t scores[PARSE_MAX_SCORES];
	uint8_t gold_label[PARSE_WINDOW + 2];
	int nlabels = (int)m->nlabels, nclasses = PARSE_LEFT + 2 * nlabels;
	uint32_t seed = 12345;

	for (int i = 1; i <= n; i++) {
		gold_head[i] = heads[i - 1] == 0 ? n + 1 : heads[i - 1];
		/* Any label but root, varying, for the others. */
		int label = i % (nlabels - 1);

		gold_label[i] = (uint8_t)(heads[i - 1] == 0 ? m->root_label :
		    label >= m->root_label ? label + 1 : label);
	}
	parse_state_init(&st, n, nlabels, m->root_label, words, tags);
	while (!parse_state_done(&st)) {
		int pick = -1;

		for (int t = 0; t < nclasses; t++) {
			seed = seed * 1103515245 + 12345;
			scores[t] = (int32_t)(seed >> 16) % 1000 - 500;
		}
		if (parse_best_valid(&st, scores) != best_valid_slowly(&st, scores))
			*best_agrees = false;
		parse_oracle_costs(&st, gold_head, gold_label, cost);
		for (int t = 0; t < nclasses; t++)
			if (cost[t] == 0 && (pick < 0 || last))
				pick = t;
		if (pick < 0)
			return false;
		parse_apply(&st, pick);
	}
	for (int i = 1; i <= n; i++)
		if (st.head[i] != gold_head[i] || st.label[i] != gold_label[i])
			return false;
	return true;
}

/* Templates left out (features.h): the others stay, in their order. */
static void
test_dropped_templates(void)
{
	uint64_t feats[130], none[2] = { 0, 0 }, some[2] = { 0, 0 };
	size_t n;
	bool ordered = true;

	for (size_t i = 0; i < 130; i++)
		feats[i] = 1000 + i;
	some[0] = (uint64_t)1 << 1 | (uint64_t)1 << 3;
	some[1] = (uint64_t)1 << (70 - 64);
	CHECK(parse_drop_templates(feats, 130, none) == 130 && feats[1] == 1001,
	    "no template left out keeps every feature");
	n = parse_drop_templates(feats, 130, some);
	for (size_t i = 1; i < n; i++)
		ordered = ordered && feats[i] > feats[i - 1];
	CHECK(n == 127 && feats[0] == 1000 && feats[1] == 1002 && feats[2] == 1004 &&
	    feats[67] == 1069 && feats[126] == 1129 && ordered,
	    "templates 1, 3 and 70 left out, the others stay in order (%zu)", n);
}

static void
test_oracle(const struct parse_model *m)
{
	/* Heads of invented projective trees, 0 the root. */
	static const int tree1[] = { 2, 0, 4, 2, 4, 2 };
	static const int tree2[] = { 3, 3, 0, 5, 3, 7, 5, 9, 7, 3 };
	static const int tree3[] = { 0 };
	static const int tree4[] = { 0, 1, 2, 3, 4, 5, 6 };
	static const int tree5[] = { 7, 7, 7, 7, 7, 7, 0 };
	static const struct { const int *heads; int n; } trees[] = {
		{ tree1, 6 }, { tree2, 10 }, { tree3, 1 }, { tree4, 7 }, { tree5, 7 },
	};
	bool agrees = true;

	for (size_t i = 0; i < sizeof(trees) / sizeof(*trees); i++) {
		CHECK(oracle_rebuilds(m, trees[i].n, trees[i].heads, false, &agrees),
		    "the dynamic oracle's first zero-cost transitions rebuild tree %zu", i + 1);
		CHECK(oracle_rebuilds(m, trees[i].n, trees[i].heads, true, &agrees),
		    "the dynamic oracle's last zero-cost transitions rebuild tree %zu", i + 1);
	}
	CHECK(agrees, "the best valid transition is the one brute force finds");
}

void
test_parse(void)
{
	char err[256] = "";
	struct parse_model *m = parse_model_builtin(err, sizeof(err));
	struct parse_sentence s, t;
	const char *why = "";

	CHECK(m != NULL, "the compiled-in model loads (%s)", err);
	if (m == NULL)
		return;
	CHECK(m->ntags >= 17 && m->nlabels >= 30 && strcmp(m->labels[m->root_label], "root") == 0,
	    "the model has its tags and relations (%zu, %zu)", m->ntags, m->nlabels);

	parse_sentence_init(&s);
	parse_sentence(m, &s);
	CHECK(s.n == 0, "an empty sentence is parsed as nothing");
	add_words(&s, "Thanks");
	parse_sentence(m, &s);
	CHECK(s.n == 1 && s.words[0].head == 0 && strcmp(s.words[0].deprel, "root") == 0,
	    "a one-word sentence is its own root");

	add_words(&s, "The ministers were visiting the flooded cities and wrote two letters .");
	parse_sentence(m, &s);
	CHECK(is_tree(&s, &why), "a sentence gets one tree (%s)", why);
	expect_lemma(&s, "ministers", "minister");
	expect_lemma(&s, "were", "be");
	expect_lemma(&s, "visiting", "visit");
	expect_lemma(&s, "cities", "city");
	expect_lemma(&s, "wrote", "write");
	expect_lemma(&s, "The", "the");
	const struct parse_word *v = word(&s, "visiting"), *c = word(&s, "cities");
	CHECK(v && strcmp(v->upos, "VERB") == 0 && strcmp(v->xpos, "VBG") == 0,
	    "visiting is VERB VBG (%s %s)", v ? v->upos : "", v ? v->xpos : "");
	CHECK(c && strcmp(c->upos, "NOUN") == 0 && strcmp(c->xpos, "NNS") == 0,
	    "cities is NOUN NNS (%s %s)", c ? c->upos : "", c ? c->xpos : "");
	const struct parse_word *subj = word(&s, "ministers");
	CHECK(subj && strcmp(subj->deprel, "nsubj") == 0 &&
	    s.words[subj->head - 1].form == word(&s, "visiting")->form,
	    "the ministers are the subject of visiting");

	/* Reentrant: a second sentence object gives the same answer. */
	parse_sentence_init(&t);
	add_words(&t, "The ministers were visiting the flooded cities and wrote two letters .");
	parse_sentence(m, &t);
	bool same = t.n == s.n;
	for (size_t i = 0; same && i < s.n; i++)
		same = t.words[i].head == s.words[i].head && t.words[i].tag == s.words[i].tag &&
		    t.words[i].rel == s.words[i].rel;
	CHECK(same, "two sentence objects parse alike");
	parse_sentence_free(&t);

	add_words(&s, "Zoë naïvely met the café owners in Zürich .");
	parse_sentence(m, &s);
	CHECK(is_tree(&s, &why), "non-ASCII words get a tree (%s)", why);
	expect_lemma(&s, "owners", "owner");
	expect_lemma(&s, "Zürich", "Zürich");
	parse_sentence_free(&s);

	test_long(m, 2);
	test_long(m, 250);
	test_long(m, 251);
	test_long(m, 500);
	test_long(m, 20000);
	test_model_checks(m);
	test_dropped_templates();
	test_oracle(m);
	parse_model_free(m);
}
