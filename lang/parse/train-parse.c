/*
 * train-parse: trains the tagger, lemmatizer and parser of lang/parse
 * from Universal Dependencies English Web Treebank files and writes the
 * model (make parse-model; lang/parse/README.md).
 *
 * usage: train-parse [-o MODEL] [-T EPOCHS] [-P EPOCHS] [-k FOLDS]
 *            [-m MIN_UPDATES] [-x LIST] [-X LIST] [-q] [-t] [-2] [-A] UD_DIR
 *
 * Reads UD_DIR/en_ewt-ud-train.conllu (training) and en_ewt-ud-dev.conllu
 * (early stopping: each model is the epoch that did best on it), nothing
 * else.  In order:
 *
 *   1. lemma rules, the suffix threshold chosen on dev (gold tags);
 *   2. the tagger, up to T epochs;
 *   3. the training set tagged by FOLDS taggers each trained without
 *      its fold (jackknifing), so that the parser learns from tags as
 *      wrong as they will be;
 *   4. the parser, up to P epochs, with the dynamic oracle exploring its
 *      own mistakes from the third epoch on (Goldberg and Nivre 2012).
 *
 * Deterministic: fixed seeds, no clocks, every table written in key
 * order; the same files give the same bytes.  Progress and timings go to
 * standard error.  -q scores dev with the unquantized averaged weights
 * too, to measure what int16 costs, and what pruning small weights
 * costs; -t stops after the tagger; -2 trains a second tagger that also
 * reads the first one's tags (0.3 points of UPOS, a quarter slower to
 * run).
 *
 * Fewer templates, a faster parse: -x and -X leave out parser and tagger
 * templates (comma-separated numbers, from 0 in the order features.c
 * writes them); the model records which (model.h), so the runtime looks
 * up only the others.  -A ranks the templates by what leaving each out
 * costs on dev (greedy backward elimination over the trained model,
 * without retraining: a pessimistic guide to what -x and -X may drop).
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "diag.h"
#include "parse/features.h"
#include "parse/lemma.h"
#include "parse/model.h"
#include "parse/oracle.h"
#include "parse/parser.h"
#include "parse/tagger.h"
#include "parse/train/ablate.h"
#include "parse/train/lemmas.h"
#include "parse/train/perceptron.h"
#include "parse/train/treebank.h"
#include "parse/train/writer.h"

struct options {
	const char *out, *dir;
	int tagger_epochs, parser_epochs, folds, min_updates;
	bool float_too, tagger_only, two_pass, ablate;
	const char *drop_tagger, *drop_parser;	/* -X, -x */
};

/* What the trainer holds across its phases. */
struct corpus {
	struct treebank train, dev;
	struct names tags, labels;
	int root_label, parataxis_label;
	struct lemma_rules lemmas;
	struct pc_table lemma_words, lemma_suffixes;
	struct pc_table tagger, tagger2, parser;
	uint8_t **train_first, **dev_first;	/* the first pass's tags */
	uint8_t **train_tags;	/* jackknifed */
	uint8_t **dev_tags;	/* by the final tagger */
	/* The templates left out: the tagger's two words, the parser's two
	 * (model.h's PARSE_SEC_DROPPED). */
	uint64_t dropped[4];
	struct buf info;
};

static struct pc_table empty_table;

static double
seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static uint64_t
next_random(uint64_t *state)
{
	uint64_t x = *state;

	x ^= x >> 12;
	x ^= x << 25;
	x ^= x >> 27;
	*state = x;
	return x * 0x2545f4914f6cdd1dULL;
}

static void
shuffle(size_t *order, size_t n, uint64_t *rng)
{
	for (size_t i = n; i > 1; i--) {
		size_t j = next_random(rng) % i;
		size_t t = order[i - 1];

		order[i - 1] = order[j];
		order[j] = t;
	}
}

static void
info(struct corpus *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* A line for both standard error and the model's INFO section. */
static void
info(struct corpus *c, const char *fmt, ...)
{
	char line[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	fprintf(stderr, "%s\n", line);
	buf_append(&c->info, line, strlen(line));
	buf_append(&c->info, "\n", 1);
}

/* A model over the tables in hand, for scoring dev through the runtime's
 * own code; free with free_view. */
static struct parse_model *
view(const struct corpus *c, const struct pc_table *tagger,
    const struct pc_table *tagger2, const struct pc_table *parser,
    unsigned char **blob)
{
	struct model_parts p = {
		&c->tags, &c->labels, tagger, tagger2->nslots ? tagger2 : &empty_table,
		parser, &c->lemma_words,
		&c->lemma_suffixes, c->lemmas.scripts, c->lemmas.nscripts, "", c->dropped,
	};
	size_t len;
	char err[256];
	struct parse_model *m;

	*blob = model_blob(&p, &len);
	m = parse_model_load(*blob, len, err, sizeof(err));
	if (m == NULL)
		diag_fatal("model in training: %s", err);
	return m;
}

static void
free_view(struct parse_model *m, unsigned char *blob)
{
	parse_model_free(m);
	free(blob);
}

static struct parse_atoms *
atoms_of(const struct tb_sentence *s, struct parse_atoms *a)
{
	for (int i = 0; i < s->n; i++)
		parse_atoms_of(s->w[i].form, s->w[i].len, &a[i]);
	return a;
}

/* ---- lemmas ---- */

static double
lemma_accuracy(const struct corpus *c, const struct treebank *tb)
{
	unsigned char *blob;
	struct parse_model *m = view(c, &empty_table, &empty_table, &empty_table, &blob);
	size_t right = 0, all = 0;
	char out[4096];

	for (size_t s = 0; s < tb->n; s++)
		for (int i = 0; i < tb->s[s].n; i++) {
			const struct tb_word *w = &tb->s[s].w[i];
			size_t len;

			if (w->len + PARSE_LEMMA_EXTRA > sizeof(out))
				continue;
			len = parse_lemma(m, w->form, w->len, w->tag < 0 ? 0 : w->tag, out);
			right += len == w->lemma_len && memcmp(out, w->lemma, len) == 0;
			all++;
		}
	free_view(m, blob);
	return all ? (double)right / (double)all : 0;
}

static void
set_lemmas(struct corpus *c, int min_count)
{
	lemmas_free(&c->lemmas);
	pc_table_free(&c->lemma_words);
	pc_table_free(&c->lemma_suffixes);
	lemmas_learn(&c->train, min_count, &c->lemmas);
	pc_table_of_values(c->lemmas.word_keys, c->lemmas.word_values,
	    c->lemmas.nwords, &c->lemma_words);
	pc_table_of_values(c->lemmas.suffix_keys, c->lemmas.suffix_values,
	    c->lemmas.nsuffixes, &c->lemma_suffixes);
}

static void
train_lemmas(struct corpus *c)
{
	int best = 1;
	double best_acc = -1;

	for (int min_count = 1; min_count <= 4; min_count++) {
		double acc;

		set_lemmas(c, min_count);
		acc = lemma_accuracy(c, &c->dev);
		fprintf(stderr, "lemmas: suffix rules seen %d+ times: dev %.4f (gold tags)\n",
		    min_count, acc);
		if (acc > best_acc) {
			best_acc = acc;
			best = min_count;
		}
	}
	set_lemmas(c, best);
	info(c, "lemmas: %zu scripts, %zu exceptions, %zu suffix rules (seen %d+ times); "
	    "dev accuracy with gold tags %.4f", c->lemmas.nscripts, c->lemmas.nwords,
	    c->lemmas.nsuffixes, best, best_acc);
}

/* ---- tagger ---- */

/* One pass of training: the first pass's tagger when first is NULL,
 * else the second's, given the first pass's tags. */
static void
tagger_epoch(struct perceptron *p, const struct treebank *tb, const size_t *order,
    size_t n, int fold, int folds, size_t ntags, uint8_t *const *first,
    const uint64_t *drop)
{
	uint64_t feats[PARSE_MAX_FEATURES];
	int32_t scores[PARSE_MAX_SCORES];
	struct parse_atoms *a = NULL;
	size_t acap = 0;

	for (size_t k = 0; k < n; k++) {
		const struct tb_sentence *s = &tb->s[order[k]];
		int tag1 = PARSE_TAG_NONE, tag2 = PARSE_TAG_NONE;

		if (folds > 0 && (int)(order[k] % (size_t)folds) == fold)
			continue;
		a = xgrow(a, &acap, (size_t)s->n, sizeof(*a));
		atoms_of(s, a);
		for (int i = 0; i < s->n; i++) {
			size_t nf = first ?
			    parse_tagger2_features(a, (size_t)s->n, (size_t)i, tag1, tag2,
				first[order[k]], feats) :
			    parse_tagger_features(a, (size_t)s->n, (size_t)i, tag1, tag2, feats);
			int gold = s->w[i].tag, guess;

			nf = parse_drop_templates(feats, nf, drop);

			memset(scores, 0, sizeof(scores));
			pc_score(p, feats, nf, scores);
			guess = parse_best_tag(scores, ntags);
			pc_tick(p);
			if (guess != gold) {
				pc_update(p, feats, nf, gold, 1);
				pc_update(p, feats, nf, guess, -1);
			}
			tag2 = tag1;
			tag1 = guess;
		}
	}
	free(a);
}

/* Tags sentences of tb (those of fold, or all when folds is 0) into
 * tags[s] with one pass of m (the second when first is given); returns
 * the accuracy. */
static double
tag_with(const struct parse_model *m, const struct treebank *tb, int fold,
    int folds, uint8_t *const *first, uint8_t **tags)
{
	struct parse_atoms *a = NULL;
	size_t acap = 0, right = 0, all = 0;

	for (size_t s = 0; s < tb->n; s++) {
		const struct tb_sentence *sent = &tb->s[s];

		if (folds > 0 && (int)(s % (size_t)folds) != fold)
			continue;
		a = xgrow(a, &acap, (size_t)sent->n, sizeof(*a));
		parse_tag_pass(m, atoms_of(sent, a), (size_t)sent->n,
		    first ? first[s] : NULL, tags[s]);
		for (int i = 0; i < sent->n; i++)
			right += tags[s][i] == sent->w[i].tag;
		all += (size_t)sent->n;
	}
	free(a);
	return all ? (double)right / (double)all : 0;
}

/* The share of dev words whose tags[s][i] has the gold UPOS. */
static double
upos_accuracy(const struct corpus *c, uint8_t *const *tags)
{
	size_t right = 0, all = 0;

	for (size_t s = 0; s < c->dev.n; s++)
		for (int i = 0; i < c->dev.s[s].n; i++) {
			int gold = c->dev.s[s].w[i].tag;
			const char *g = gold >= 0 ? c->tags.v[gold] : "";
			const char *p = c->tags.v[tags[s][i]];

			right += gold >= 0 && strcspn(g, "\t") == strcspn(p, "\t") &&
			    strncmp(g, p, strcspn(g, "\t")) == 0;
			all++;
		}
	return all ? (double)right / (double)all : 0;
}

static uint8_t **
tag_arrays(const struct treebank *tb)
{
	uint8_t **tags = xcalloc(tb->n, sizeof(*tags));

	for (size_t s = 0; s < tb->n; s++)
		tags[s] = xcalloc((size_t)tb->s[s].n + 2, 1);
	return tags;
}

/* A model with tagger t as the pass it is for (the first pass's table
 * beside it for the second). */
static struct parse_model *
tagger_view(const struct corpus *c, const struct pc_table *t, bool second,
    unsigned char **blob)
{
	return second ? view(c, &c->tagger, t, &empty_table, blob) :
	    view(c, t, &empty_table, &empty_table, blob);
}

/* Dev accuracy of the last epoch's tagger with rare features dropped. */
static void
tagger_sweep(struct corpus *c, const struct perceptron *p, bool second)
{
	for (unsigned min = 2; min <= 32; min *= 2) {
		struct pc_table t = { 0 };
		unsigned char *blob;
		struct parse_model *m;
		double acc;

		pc_export(p, c->tags.n, min, 1, &t);
		m = tagger_view(c, &t, second, &blob);
		acc = tag_with(m, &c->dev, 0, 0, second ? c->dev_first : NULL, c->dev_tags);
		free_view(m, blob);
		fprintf(stderr, "  tagger features updated under %u times dropped: %zu weights: "
		    "dev %.4f, UPOS %.4f\n", min, t.nentries, acc, upos_accuracy(c, c->dev_tags));
		pc_table_free(&t);
	}
}

/*
 * Trains one pass of the tagger (the second when second) for epochs, or,
 * when dev, up to epochs keeping the best on dev (then dev_tags holds
 * scratch); returns the epochs of the table it leaves in out.
 */
static int
train_tagger(struct corpus *c, bool second, int fold, int folds, int epochs,
    bool dev, bool sweep, struct pc_table *out)
{
	struct perceptron p;
	size_t *order = xmalloc(c->train.n * sizeof(*order));
	uint64_t rng = 0x7461676765720001ULL + (uint64_t)fold + (second ? 0x100 : 0);
	double best = -1;
	int best_epoch = 0;

	for (size_t i = 0; i < c->train.n; i++)
		order[i] = i;
	pc_init(&p);
	for (int e = 1; e <= epochs; e++) {
		struct pc_table t = { 0 };

		shuffle(order, c->train.n, &rng);
		tagger_epoch(&p, &c->train, order, c->train.n, fold, folds, c->tags.n,
		    second ? c->train_first : NULL, c->dropped);
		if (!dev && e < epochs)
			continue;
		pc_export(&p, c->tags.n, 1, 1, &t);
		if (dev) {
			unsigned char *blob;
			struct parse_model *m = tagger_view(c, &t, second, &blob);
			double acc = tag_with(m, &c->dev, 0, 0, second ? c->dev_first : NULL,
			    c->dev_tags);

			free_view(m, blob);
			fprintf(stderr, "tagger pass %d epoch %d: dev %.4f (%zu features, %zu weights)\n",
			    second ? 2 : 1, e, acc, p.nrows, t.nentries);
			if (acc <= best) {
				pc_table_free(&t);
				if (e - best_epoch >= 3)
					break;
				continue;
			}
			best = acc;
		}
		best_epoch = e;
		pc_table_free(out);
		*out = t;
	}
	if (dev && sweep)
		tagger_sweep(c, &p, second);
	pc_free(&p);
	free(order);
	return best_epoch;
}

/* Tags the training set with folds taggers of one pass, each trained
 * without its fold, into tags. */
static void
jackknife(struct corpus *c, bool second, int folds, int epochs, uint8_t **tags)
{
	double t0 = seconds();

	for (int f = 0; f < folds; f++) {
		struct pc_table t = { 0 };
		unsigned char *blob;
		struct parse_model *m;
		double acc;

		train_tagger(c, second, f, folds, epochs, false, false, &t);
		m = tagger_view(c, &t, second, &blob);
		acc = tag_with(m, &c->train, f, folds, second ? c->train_first : NULL, tags);
		free_view(m, blob);
		pc_table_free(&t);
		fprintf(stderr, "jackknife pass %d fold %d: accuracy %.4f\n", second ? 2 : 1, f, acc);
	}
	if (folds == 0)
		for (size_t s = 0; s < c->train.n; s++)
			for (int i = 0; i < c->train.s[s].n; i++)
				tags[s][i] = (uint8_t)c->train.s[s].w[i].tag;
	fprintf(stderr, "jackknifing pass %d: %.1f s\n", second ? 2 : 1, seconds() - t0);
}

static void ablate_tagger(const struct corpus *c);

/* One pass: trained with early stopping, then its tags of dev (into
 * dev_out) and of train by jackknifing (into train_out). */
static void
train_pass(struct corpus *c, const struct options *o, bool second,
    uint8_t **train_out, uint8_t **dev_out)
{
	double t0 = seconds();
	struct pc_table *table = second ? &c->tagger2 : &c->tagger;
	int epochs = train_tagger(c, second, 0, 0, o->tagger_epochs, true, o->float_too, table);
	unsigned char *blob;
	struct parse_model *m = tagger_view(c, table, second, &blob);
	double acc = tag_with(m, &c->dev, 0, 0, second ? c->dev_first : NULL, dev_out);

	free_view(m, blob);
	info(c, "tagger pass %d: %d epochs, %zu weights; dev accuracy: joint tags %.4f, UPOS %.4f",
	    second ? 2 : 1, epochs, table->nentries, acc, upos_accuracy(c, dev_out));
	fprintf(stderr, "tagger pass %d: %.1f s\n", second ? 2 : 1, seconds() - t0);
	if (o->ablate && !second)
		ablate_tagger(c);
	if (o->tagger_only && (second || !o->two_pass))
		exit(0);
	jackknife(c, second, o->folds, epochs, train_out);
}

static void
train_taggers(struct corpus *c, const struct options *o)
{
	if (!o->two_pass) {
		train_pass(c, o, false, c->train_tags, c->dev_tags);
		return;
	}
	train_pass(c, o, false, c->train_first, c->dev_first);
	train_pass(c, o, true, c->train_tags, c->dev_tags);
}

/* ---- parser ---- */

struct parse_example {
	uint64_t word[PARSE_WINDOW + 2];
	uint8_t tag[PARSE_WINDOW + 2];
	int gold_head[PARSE_WINDOW + 2];
	uint8_t gold_label[PARSE_WINDOW + 2];
};

/* Fills ex from sentence s (heads projectivized, the root as n + 1). */
static int
example_of(const struct corpus *c, const struct tb_sentence *s,
    const uint8_t *tags, struct parse_example *ex, struct parse_atoms *a)
{
	int n = s->n;

	atoms_of(s, a);
	ex->word[0] = PARSE_WORD_NONE;
	ex->word[n + 1] = PARSE_WORD_ROOT;
	for (int i = 1; i <= n; i++) {
		ex->word[i] = a[i - 1].lower;
		ex->tag[i] = tags[i - 1];
		ex->gold_head[i] = s->w[i - 1].head;
		ex->gold_label[i] = (uint8_t)s->w[i - 1].label;
	}
	int lifted = tb_projectivize(n, ex->gold_head);
	for (int i = 1; i <= n; i++)
		if (ex->gold_head[i] == 0)
			ex->gold_head[i] = n + 1;
	(void)c;
	return lifted;
}

static void
parser_sentence(struct perceptron *p, struct corpus *c, struct parse_example *ex,
    int n, bool explore, uint64_t *rng, struct parse_state *st)
{
	uint64_t feats[PARSE_MAX_FEATURES];
	int32_t scores[PARSE_MAX_SCORES];
	int cost[PARSE_MAX_CLASSES];
	int nlabels = (int)c->labels.n, nclasses = PARSE_LEFT + 2 * nlabels;

	parse_state_init(st, n, nlabels, c->root_label, ex->word, ex->tag);
	while (!parse_state_done(st)) {
		size_t nf = parse_drop_templates(feats, parse_parser_features(st, feats),
		    c->dropped + 2);
		int guess, gold = -1, least = PARSE_COST_INVALID;

		memset(scores, 0, sizeof(scores));
		pc_score(p, feats, nf, scores);
		parse_oracle_costs(st, ex->gold_head, ex->gold_label, cost);
		guess = parse_best_valid(st, scores);
		for (int t = 0; t < nclasses; t++)
			if (cost[t] < least)
				least = cost[t];
		for (int t = 0; t < nclasses; t++)
			if (cost[t] == least && (gold < 0 || scores[t] > scores[gold]))
				gold = t;
		pc_tick(p);
		if (cost[guess] > least) {
			pc_update(p, feats, nf, gold, 1);
			pc_update(p, feats, nf, guess, -1);
		}
		if (explore && next_random(rng) % 10 != 0)
			parse_apply(st, guess);
		else
			parse_apply(st, gold);
	}
}

/* The features of st but those drop[] marks (by their place in
 * parse_parser_features' output); returns how many. */
static size_t
kept_features(const struct parse_state *st, const bool *drop, uint64_t *feats)
{
	size_t nf = parse_parser_features(st, feats), k = 0;

	for (size_t i = 0; i < nf; i++)
		if (!drop[i])
			feats[k++] = feats[i];
	return k;
}

/* Labelled and unlabelled attachment on dev with model m (or, when p is
 * given, with p's unquantized averaged weights; or, when drop is given,
 * with m and the templates drop[] marks left out). */
static double
parser_dev(const struct corpus *c, const struct parse_model *m,
    const struct perceptron *p, const bool *drop, double *uas)
{
	struct parse_state *st = xmalloc(sizeof(*st));
	struct parse_example *ex = xmalloc(sizeof(*ex));
	struct parse_atoms *a = xmalloc((PARSE_WINDOW + 2) * sizeof(*a));
	size_t all = 0, head_right = 0, both_right = 0;

	for (size_t s = 0; s < c->dev.n; s++) {
		const struct tb_sentence *sent = &c->dev.s[s];
		int n = sent->n;

		if (n > PARSE_WINDOW)
			continue;
		example_of(c, sent, c->dev_tags[s], ex, a);
		parse_state_init(st, n, (int)c->labels.n, c->root_label, ex->word, ex->tag);
		if (drop != NULL) {
			uint64_t feats[PARSE_MAX_FEATURES];
			int32_t scores[PARSE_MAX_SCORES];

			while (!parse_state_done(st)) {
				size_t nf = kept_features(st, drop, feats);

				memset(scores, 0, sizeof(scores));
				parse_table_score(&m->parser, feats, nf, scores);
				parse_apply(st, parse_best_valid(st, scores));
			}
			parse_single_root(st, c->parataxis_label);
		} else if (p == NULL) {
			parse_run(st, m);
		} else {
			uint64_t feats[PARSE_MAX_FEATURES];
			int32_t scores[PARSE_MAX_SCORES];

			while (!parse_state_done(st)) {
				size_t nf = parse_drop_templates(feats,
				    parse_parser_features(st, feats), c->dropped + 2);

				memset(scores, 0, sizeof(scores));
				pc_score_averaged(p, feats, nf, scores);
				parse_apply(st, parse_best_valid(st, scores));
			}
			parse_single_root(st, c->parataxis_label);
		}
		for (int i = 1; i <= n; i++) {
			int head = st->head[i] == n + 1 ? 0 : st->head[i];
			bool h = head == sent->w[i - 1].head;

			head_right += h;
			both_right += h && st->label[i] == sent->w[i - 1].label;
		}
		all += (size_t)n;
	}
	free(st);
	free(ex);
	free(a);
	*uas = all ? (double)head_right / (double)all : 0;
	return all ? (double)both_right / (double)all : 0;
}

/* A trained model for ablate_templates to score. */
struct ablation {
	const struct corpus *c;
	struct parse_model *m;
};

static double
parser_las_without(void *ctx, const bool *drop)
{
	const struct ablation *ab = ctx;
	double uas;

	return parser_dev(ab->c, ab->m, NULL, drop, &uas);
}

/* Joint-tag accuracy on dev of the first pass's table in ab->m, the
 * templates drop[] marks left out. */
static double
tagger_accuracy_without(void *ctx, const bool *drop)
{
	const struct ablation *ab = ctx;
	const struct treebank *dev = &ab->c->dev;
	struct parse_atoms *a = NULL;
	size_t acap = 0, right = 0, all = 0;

	for (size_t s = 0; s < dev->n; s++) {
		const struct tb_sentence *sent = &dev->s[s];
		int tag1 = PARSE_TAG_NONE, tag2 = PARSE_TAG_NONE;

		a = xgrow(a, &acap, (size_t)sent->n, sizeof(*a));
		atoms_of(sent, a);
		for (int i = 0; i < sent->n; i++) {
			uint64_t feats[PARSE_MAX_FEATURES];
			int32_t scores[PARSE_MAX_SCORES];
			size_t nf = parse_tagger_features(a, (size_t)sent->n, (size_t)i, tag1, tag2, feats);
			size_t k = 0;

			for (size_t j = 0; j < nf; j++)
				if (!drop[j])
					feats[k++] = feats[j];
			memset(scores, 0, sizeof(scores));
			parse_table_score(&ab->m->tagger, feats, k, scores);
			tag2 = tag1;
			tag1 = parse_best_tag(scores, ab->m->ntags);
			right += tag1 == sent->w[i].tag;
			all++;
		}
	}
	free(a);
	return all ? (double)right / (double)all : 0;
}

/* The templates bits (two words) marks, as drop[0..n). */
static void
marked(const uint64_t *bits, int n, bool *drop)
{
	for (int j = 0; j < n; j++)
		drop[j] = bits[j / 64] >> (j % 64) & 1;
}

/* With -A, after the parser: its templates' ranking (ablate.h). */
static void
ablate_parser(const struct corpus *c)
{
	unsigned char *blob;
	struct ablation ab = { c, view(c, &c->tagger, &c->tagger2, &c->parser, &blob) };
	struct parse_state *st = xmalloc(sizeof(*st));
	uint64_t feats[PARSE_MAX_FEATURES], w[3] = { 0, 0, 0 };
	uint8_t tags[3] = { 0, 0, 0 };
	bool drop[PARSE_MAX_FEATURES];
	int n;

	parse_state_init(st, 1, (int)c->labels.n, c->root_label, w, tags);
	n = (int)parse_parser_features(st, feats);
	free(st);
	marked(c->dropped + 2, n, drop);
	ablate_templates("parser", n, drop, 6, 12, parser_las_without, &ab);
	free_view(ab.m, blob);
}

/* With -A, after the tagger's first pass: its templates' ranking. */
static void
ablate_tagger(const struct corpus *c)
{
	unsigned char *blob;
	struct ablation ab = { c, view(c, &c->tagger, &empty_table, &empty_table, &blob) };
	uint64_t feats[PARSE_MAX_FEATURES];
	struct parse_atoms one;
	bool drop[PARSE_MAX_FEATURES];
	int n;

	parse_atoms_of("a", 1, &one);
	n = (int)parse_tagger_features(&one, 1, 0, 0, 0, feats);
	marked(c->dropped, n, drop);
	ablate_templates("tagger", n, drop, 3, 8, tagger_accuracy_without, &ab);
	free_view(ab.m, blob);
}

static void
train_parser(struct corpus *c, const struct options *o)
{
	struct perceptron p;
	size_t *order = xmalloc(c->train.n * sizeof(*order));
	struct parse_state *st = xmalloc(sizeof(*st));
	struct parse_example *ex = xmalloc(sizeof(*ex));
	struct parse_atoms *a = xmalloc((PARSE_WINDOW + 2) * sizeof(*a));
	uint64_t rng = 0x7061727365720001ULL, explore_rng = 0x6578706c6f7265ULL;
	double best = -1, t0 = seconds();
	int best_epoch = 0, lifted = 0;
	size_t arcs = 0;

	for (size_t i = 0; i < c->train.n; i++) {
		order[i] = i;
		if (c->train.s[i].n <= PARSE_WINDOW)
			lifted += example_of(c, &c->train.s[i], c->train_tags[i], ex, a);
		arcs += (size_t)c->train.s[i].n;
	}
	info(c, "parser: %d of %zu training arcs lifted to make the trees projective", lifted, arcs);
	pc_init(&p);
	for (int e = 1; e <= o->parser_epochs; e++) {
		struct pc_table t = { 0 };
		unsigned char *blob;
		struct parse_model *m;
		double las, uas;

		shuffle(order, c->train.n, &rng);
		for (size_t k = 0; k < c->train.n; k++) {
			const struct tb_sentence *s = &c->train.s[order[k]];

			if (s->n > PARSE_WINDOW)
				continue;
			example_of(c, s, c->train_tags[order[k]], ex, a);
			parser_sentence(&p, c, ex, s->n, e > 2, &explore_rng, st);
		}
		pc_export(&p, PARSE_LEFT + 2 * c->labels.n, (unsigned)o->min_updates, 1, &t);
		m = view(c, &c->tagger, &c->tagger2, &t, &blob);
		las = parser_dev(c, m, NULL, NULL, &uas);
		free_view(m, blob);
		fprintf(stderr, "parser epoch %d: dev UAS %.4f LAS %.4f (%zu features, %zu weights kept, %.0f s)\n",
		    e, uas, las, p.nrows, t.nentries, seconds() - t0);
		if (o->float_too) {
			double fuas, flas = parser_dev(c, NULL, &p, NULL, &fuas);

			fprintf(stderr, "  unquantized: dev UAS %.4f LAS %.4f\n", fuas, flas);
			for (int min = 2; min <= 32; min *= 2) {
				struct pc_table pruned = { 0 };
				double plas, puas;

				pc_export(&p, PARSE_LEFT + 2 * c->labels.n, (unsigned)min, 1, &pruned);
				m = view(c, &c->tagger, &c->tagger2, &pruned, &blob);
				plas = parser_dev(c, m, NULL, NULL, &puas);
				free_view(m, blob);
				fprintf(stderr, "  features updated under %d times dropped: %zu features, %zu weights: dev UAS %.4f LAS %.4f\n",
				    min, pruned.nslots * 3 / 4, pruned.nentries, puas, plas);
				pc_table_free(&pruned);
			}
		}
		if (las <= best) {
			pc_table_free(&t);
			if (e - best_epoch >= 4)
				break;
			continue;
		}
		best = las;
		best_epoch = e;
		pc_table_free(&c->parser);
		c->parser = t;
	}
	info(c, "parser: %d epochs, %zu weights; dev UAS/LAS with predicted tags: LAS %.4f",
	    best_epoch, c->parser.nentries, best);
	pc_free(&p);
	free(order);
	free(st);
	free(ex);
	free(a);
}

/* ---- main ---- */

/* A comma-separated list of template numbers (features.h's order, from
 * 0) as two words of bits; NULL: none. */
static void
templates_of(const char *list, uint64_t *bits)
{
	char *end;

	for (const char *p = list; p != NULL && *p != '\0'; p = *end ? end + 1 : end) {
		long j = strtol(p, &end, 10);

		if (end == p || j < 0 || j >= 128 || (*end != ',' && *end != '\0'))
			diag_fatal("-x, -X: template numbers 0 to 127, commas between: %s", list);
		bits[j / 64] |= (uint64_t)1 << (j % 64);
	}
}

static void
usage(void)
{
	fprintf(stderr, "usage: train-parse [-o MODEL] [-T EPOCHS] [-P EPOCHS] [-k FOLDS] "
	    "[-m MIN_UPDATES] [-x LIST] [-X LIST] [-q] [-t] [-2] [-A] UD_DIR\n");
	exit(EXIT_TROUBLE);
}

static void
read_corpus(struct corpus *c, const char *dir)
{
	char path[4096];

	snprintf(path, sizeof(path), "%s/en_ewt-ud-train.conllu", dir);
	tb_read(path, &c->train, &c->tags, &c->labels, true);
	snprintf(path, sizeof(path), "%s/en_ewt-ud-dev.conllu", dir);
	tb_read(path, &c->dev, &c->tags, &c->labels, false);
	if (c->tags.n > PARSE_MAX_TAGS || c->labels.n > PARSE_MAX_LABELS)
		diag_fatal("too many tags or relations");
	c->root_label = names_index(&c->labels, "root", false);
	c->parataxis_label = names_index(&c->labels, "parataxis", false);
	if (c->root_label < 0 || c->parataxis_label < 0)
		diag_fatal("no root or parataxis relation in the training set");
	c->train_tags = tag_arrays(&c->train);
	c->dev_tags = tag_arrays(&c->dev);
	c->train_first = tag_arrays(&c->train);
	c->dev_first = tag_arrays(&c->dev);
	info(c, "trained on UD English EWT train (%zu sentences, %zu words), "
	    "early stopping on EWT dev (%zu sentences, %zu words)",
	    c->train.n, c->train.words, c->dev.n, c->dev.words);
	info(c, "%zu joint tags, %zu relations", c->tags.n, c->labels.n);
}

int
main(int argc, char **argv)
{
	struct options o = { "lang/parse/model.bin", NULL, 30, 25, 10, 16, false, false, false, false, NULL, NULL };
	struct corpus c = { 0 };
	double t0 = seconds();
	int opt;

	diag_set_progname("train-parse");
	while ((opt = getopt(argc, argv, "o:T:P:k:m:qt2Ax:X:")) != -1) {
		switch (opt) {
		case 'o': o.out = optarg; break;
		case 'T': o.tagger_epochs = atoi(optarg); break;
		case 'P': o.parser_epochs = atoi(optarg); break;
		case 'k': o.folds = atoi(optarg); break;
		case 'm': o.min_updates = atoi(optarg); break;
		case 'q': o.float_too = true; break;
		case 't': o.tagger_only = true; break;
		case '2': o.two_pass = true; break;
		case 'A': o.ablate = true; break;
		case 'x': o.drop_parser = optarg; break;
		case 'X': o.drop_tagger = optarg; break;
		default: usage();
		}
	}
	if (optind + 1 != argc)
		usage();
	o.dir = argv[optind];
	empty_table.nslots = 16;
	empty_table.slots = xcalloc(16, sizeof(*empty_table.slots));
	empty_table.entries = xcalloc(1, sizeof(*empty_table.entries));
	empty_table.nentries = 0;
	read_corpus(&c, o.dir);
	templates_of(o.drop_tagger, c.dropped);
	templates_of(o.drop_parser, c.dropped + 2);
	train_lemmas(&c);
	train_taggers(&c, &o);
	train_parser(&c, &o);
	if (o.ablate)
		ablate_parser(&c);

	struct model_parts parts = {
		&c.tags, &c.labels, &c.tagger, c.tagger2.nslots ? &c.tagger2 : &empty_table,
		&c.parser, &c.lemma_words,
		&c.lemma_suffixes, c.lemmas.scripts, c.lemmas.nscripts, c.info.data,
		c.dropped,
	};
	model_write(o.out, &parts);
	fprintf(stderr, "wrote %s in %.0f s\n", o.out, seconds() - t0);
	return 0;
}
