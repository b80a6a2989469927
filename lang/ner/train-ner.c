/*
 * train-ner: trains the model of wire-tag-entities (see README.md).
 *
 *	train-ner [-e epochs] [-s splits] -g gazetteer.tsv corpus.conll ... > model
 *
 * Reads CoNLL files, one token a line ("token<TAB>...<TAB>BIO-tag", the
 * tag last), sentences separated by blank lines or "# sent_id" lines;
 * a "split = NAME" on a sent_id line puts the sentence in that split,
 * and only the splits listed in -s (default "train,dev") are used.  The
 * corpus types per, org, geo and gpe (Groningen Meaning Bank) become
 * PER, ORG, GEO and GPE; every other type is left out (tagged O).
 *
 * Averaged structured perceptron: for each sentence, Viterbi under the
 * current weights, then +1 on the features and transitions of the gold
 * sequence and -1 on the predicted one where they differ.  The weights
 * written are the average over all steps (Daume's lazy trick: w - u/c),
 * times 1000 and rounded; features seen fewer than -m times are left
 * out.  The sentence order is shuffled each epoch with a fixed seed, so
 * the model is the same on every run.
 */
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "hmap.h"
#include "ner.h"

static const char *const tag_names[] = {
	"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-GEO", "I-GEO", "B-GPE", "I-GPE",
};
enum { NTAGS = sizeof tag_names / sizeof tag_names[0] };

struct sentence {
	size_t first, n;	/* tokens [first, first + n) of the corpus */
};

struct corpus {
	char **words;
	int *gold;
	uint32_t **feats;	/* per token: feature rows, 0-terminated */
	size_t ntok, cap_tok;
	struct sentence *sents;
	size_t nsent, cap_sent;
};

struct weights {
	struct hmap index;	/* feature hash -> row + 1 */
	uint64_t *hashes;
	uint32_t *count;
	double *w, *u;		/* rows of NTAGS */
	size_t nrows, cap;
	double trans[(NTAGS + 1) * NTAGS], trans_u[(NTAGS + 1) * NTAGS];
	double c;		/* steps so far, for the average */
};

static int
map_tag(const char *tag)
{
	static const char *const types[] = { "per", "org", "geo", "gpe" };

	if ((tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-')
		return 0;
	for (int k = 0; k < 4; k++)
		if (strcmp(tag + 2, types[k]) == 0)
			return 1 + 2 * k + (tag[0] == 'I');
	return 0;
}

static void
end_sentence(struct corpus *c, size_t *first)
{
	if (c->ntok > *first) {
		c->sents = xgrow(c->sents, &c->cap_sent, c->nsent + 1, sizeof *c->sents);
		c->sents[c->nsent++] = (struct sentence){ *first, c->ntok - *first };
	}
	*first = c->ntok;
}

static void
add_token(struct corpus *c, char *line)
{
	char *tag = strrchr(line, '\t'), *tab = strchr(line, '\t');

	c->words = xgrow(c->words, &c->cap_tok, c->ntok + 1, sizeof *c->words);
	c->gold = xrealloc(c->gold, c->cap_tok * sizeof *c->gold);
	c->feats = xrealloc(c->feats, c->cap_tok * sizeof *c->feats);
	*tab = '\0';
	c->words[c->ntok] = xstrdup(line);
	c->gold[c->ntok] = map_tag(tag + 1);
	c->feats[c->ntok] = NULL;
	c->ntok++;
}

static void
read_corpus(struct corpus *c, const char *path, const char *splits)
{
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0, first = c->ntok;
	ssize_t len;
	bool wanted = true;

	if (f == NULL)
		diag_fatal("%s: cannot open", path);
	while ((len = getline(&line, &cap, f)) > 0) {
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		if (len == 0 || strncmp(line, "# sent_id", 9) == 0) {
			end_sentence(c, &first);
			const char *sp = strstr(line, "split = ");
			if (sp != NULL) {
				char name[32];
				snprintf(name, sizeof name, ",%s,", sp + 8);
				char list[256];
				snprintf(list, sizeof list, ",%s,", splits);
				wanted = strstr(list, name) != NULL;
			}
			continue;
		}
		if (wanted && line[0] != '#' && strchr(line, '\t') != NULL)
			add_token(c, line);
	}
	end_sentence(c, &first);
	free(line);
	fclose(f);
}

static uint32_t
feature_row(struct weights *W, uint64_t h)
{
	bool found;
	uint32_t *slot = hmap_slot(&W->index, h, &found);

	if (!found) {
		if (W->nrows == W->cap) {
			W->cap = W->cap ? W->cap * 2 : 1 << 16;
			W->hashes = xrealloc(W->hashes, W->cap * sizeof *W->hashes);
			W->count = xrealloc(W->count, W->cap * sizeof *W->count);
			W->w = xrealloc(W->w, W->cap * NTAGS * sizeof *W->w);
			W->u = xrealloc(W->u, W->cap * NTAGS * sizeof *W->u);
		}
		W->hashes[W->nrows] = h;
		W->count[W->nrows] = 0;
		memset(W->w + W->nrows * NTAGS, 0, NTAGS * sizeof *W->w);
		memset(W->u + W->nrows * NTAGS, 0, NTAGS * sizeof *W->u);
		*slot = (uint32_t)++W->nrows;
	}
	return *slot - 1;
}

/* Every token's features, once, as rows of the weight table. */
static void
extract_features(struct corpus *c, struct weights *W,
    const struct ner_gazetteer *gaz)
{
	for (size_t s = 0; s < c->nsent; s++) {
		const struct sentence *st = &c->sents[s];
		struct ner_tok *toks = xcalloc(st->n, sizeof *toks);
		uint16_t *marks = xcalloc(st->n, 2 * sizeof *marks);
		struct ner_forms *forms = xcalloc(st->n, sizeof *forms);
		uint64_t feats[NER_MAX_FEATURES];

		for (size_t i = 0; i < st->n; i++)
			toks[i] = (struct ner_tok){ c->words[st->first + i],
			    strlen(c->words[st->first + i]) };
		ner_gaz_mark(gaz, toks, st->n, marks, marks + st->n);
		ner_word_forms(toks, st->n, forms);
		for (size_t i = 0; i < st->n; i++) {
			size_t nf = ner_features(toks, forms, st->n, i, marks,
			    marks + st->n, feats);
			uint32_t *rows = xcalloc(nf + 1, sizeof *rows);
			for (size_t k = 0; k < nf; k++) {
				rows[k] = feature_row(W, feats[k]) + 1;
				W->count[rows[k] - 1]++;
			}
			c->feats[st->first + i] = rows;
		}
		free(toks);
		free(marks);
		free(forms);
	}
}

static void
update_token(struct weights *W, const uint32_t *rows, int tag, double delta)
{
	for (const uint32_t *r = rows; *r; r++) {
		size_t k = (size_t)(*r - 1) * NTAGS + (size_t)tag;
		W->w[k] += delta;
		W->u[k] += W->c * delta;
	}
}

static void
update_transition(struct weights *W, size_t i, const int *seq, double delta)
{
	size_t from = i == 0 ? NTAGS : (size_t)seq[i - 1];
	size_t k = from * NTAGS + (size_t)seq[i];

	W->trans[k] += delta;
	W->trans_u[k] += W->c * delta;
}

static size_t
train_sentence(struct corpus *c, struct weights *W, const struct sentence *st,
    const bool *allowed)
{
	double *emit = xcalloc(st->n * NTAGS, sizeof *emit);
	int *pred = xcalloc(st->n, sizeof *pred);
	const int *gold = c->gold + st->first;
	size_t wrong = 0;

	for (size_t i = 0; i < st->n; i++)
		for (const uint32_t *r = c->feats[st->first + i]; *r; r++)
			for (size_t t = 0; t < NTAGS; t++)
				emit[i * NTAGS + t] += W->w[(size_t)(*r - 1) * NTAGS + t];
	ner_viterbi(st->n, NTAGS, emit, W->trans, allowed, pred);
	for (size_t i = 0; i < st->n; i++) {
		if (pred[i] != gold[i]) {
			wrong++;
			update_token(W, c->feats[st->first + i], gold[i], 1);
			update_token(W, c->feats[st->first + i], pred[i], -1);
		}
		if (pred[i] != gold[i] || (i > 0 && pred[i - 1] != gold[i - 1])) {
			update_transition(W, i, gold, 1);
			update_transition(W, i, pred, -1);
		}
	}
	W->c++;
	free(emit);
	free(pred);
	return wrong;
}

static long
averaged(double w, double u, double c)
{
	return lround((w - u / c) * 1000);
}

static void
write_model(const struct weights *W, unsigned min_count)
{
	printf("wire-ner 1\ntags");
	for (size_t t = 0; t < NTAGS; t++)
		printf(" %s", tag_names[t]);
	printf("\n");
	for (size_t from = 0; from <= NTAGS; from++)
		for (size_t to = 0; to < NTAGS; to++) {
			size_t k = from * NTAGS + to;
			long v = averaged(W->trans[k], W->trans_u[k], W->c);
			if (v != 0)
				printf("t %d %zu %ld\n", from == NTAGS ? -1 : (int)from, to, v);
		}
	for (size_t r = 0; r < W->nrows; r++) {
		char line[512];
		int len = 0;
		if (W->count[r] < min_count)
			continue;
		for (size_t t = 0; t < NTAGS; t++) {
			long v = averaged(W->w[r * NTAGS + t], W->u[r * NTAGS + t], W->c);
			if (v != 0)
				len += snprintf(line + len, sizeof line - (size_t)len,
				    " %zu:%ld", t, v);
		}
		if (len > 0)
			printf("f %016llx%s\n", (unsigned long long)W->hashes[r], line);
	}
}

int
main(int argc, char **argv)
{
	const char *splits = "train,dev", *gaz_path = NULL;
	long epochs = 8, min_count = 2;
	struct corpus c = { 0 };
	struct weights W = { 0 };
	bool allowed[(NTAGS + 1) * NTAGS];
	char err[256];
	int opt;

	diag_set_progname("train-ner");
	while ((opt = getopt(argc, argv, "e:g:m:s:")) != -1) {
		switch (opt) {
		case 'e': epochs = atol(optarg); break;
		case 'g': gaz_path = optarg; break;
		case 'm': min_count = atol(optarg); break;
		case 's': splits = optarg; break;
		default:
			fprintf(stderr, "usage: train-ner [-e epochs] [-m min-count] "
			    "[-s splits] -g gazetteer corpus ...\n");
			return EXIT_TROUBLE;
		}
	}
	if (gaz_path == NULL || optind == argc)
		diag_fatal("a gazetteer (-g) and a corpus are needed");
	size_t gaz_len;
	char *gaz_text = ner_read_file(gaz_path, &gaz_len);
	struct ner_gazetteer *gaz = ner_gazetteer_load(gaz_text, gaz_len, err, sizeof err);
	if (gaz == NULL)
		diag_fatal("%s: %s", gaz_path, err);
	for (int i = optind; i < argc; i++)
		read_corpus(&c, argv[i], splits);
	hmap_init(&W.index, 1 << 20);
	extract_features(&c, &W, gaz);
	fprintf(stderr, "train-ner: %zu sentences, %zu tokens, %zu features\n",
	    c.nsent, c.ntok, W.nrows);
	ner_bio_allowed(tag_names, NTAGS, allowed);
	W.c = 1;
	srand(1);
	for (long e = 0; e < epochs; e++) {
		size_t wrong = 0;
		for (size_t s = c.nsent; s > 1; s--) {	/* Fisher-Yates */
			size_t j = (size_t)rand() % s;
			struct sentence tmp = c.sents[s - 1];
			c.sents[s - 1] = c.sents[j];
			c.sents[j] = tmp;
		}
		for (size_t s = 0; s < c.nsent; s++)
			wrong += train_sentence(&c, &W, &c.sents[s], allowed);
		fprintf(stderr, "train-ner: epoch %ld: %zu tokens wrong (%.2f%%)\n",
		    e + 1, wrong, 100.0 * (double)wrong / (double)c.ntok);
	}
	write_model(&W, (unsigned)min_count);
	return 0;
}
