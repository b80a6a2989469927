/*
 * train-ner: trains the model of wire-tag-entities (see README.md).
 *
 *	train-ner [-P] [-e epochs] [-m min-count] [-p prune] [-r seed] [-s splits]
 *	    [-c clusters.tsv] -g gazetteer.tsv corpus ... > model
 *
 * With -c, the word classes of clusters.tsv (lang/ner/clusters.c) are
 * features, and the model carries them (its "w" lines).
 *
 * Part-of-speech tags: each sentence's tokens, joined by single spaces,
 * are cut into words and tagged by lang/parse exactly as wire-parse does
 * it (common/parsed.h), and the tags are aligned to the tokens by their
 * spans (ner_align_pos), as wire-tag-entities aligns the "tokens" an
 * upstream wire-parse wrote.  Each sentence is then trained on twice,
 * once with its tags as features and once without, so that one model
 * tags both records that come parsed and records that do not.  -P
 * trains without tags at all.
 *
 * Reads corpora one token a line, sentences separated by blank lines or
 * "# sent_id" lines; other lines that start with "# " are comments.  A
 * file whose name ends in ".iob2" (Universal NER) has the token in its
 * second column and the BIO tag in its third; any other file has the
 * token first and the tag last ("token<TAB>...<TAB>BIO-tag": CoNLL, the
 * Groningen Meaning Bank, .bio files).  A "split = NAME" on a sent_id
 * line puts the sentence in that split, and only the splits listed in
 * -s (default "train,dev") are used; a corpus without splits is used
 * whole.  A corpus name may end in "*N" to read it N times over (its
 * weight against the others).
 *
 * Types: per, org, geo and gpe (any case) become PER, ORG, GEO and GPE,
 * and loc (the other sets' places) GEO; every other type is tagged O.
 * A corpus that tags no gpe (GMB's nationality adjectives, our NORP)
 * does not say where those are: its O and MISC tokens may be GPE when
 * the corpora that tag GPE tag that word so somewhere, and
 * the sequence trained towards is the best one under the current
 * weights that keeps its PER, ORG and GEO spans and may tag GPE only
 * there (a latent-variable perceptron over partial labels).
 *
 * Averaged structured perceptron: for each sentence, Viterbi under the
 * current weights, then +1 on the features and transitions of the gold
 * sequence and -1 on the predicted one where they differ.  The weights
 * written are the average over all steps (Daume's lazy trick: w - u/c),
 * times 1000 and rounded; features seen fewer than -m times are left
 * out, and so are weights smaller than -p (in those thousandths: the
 * model stays small and loads fast).  The sentence order is shuffled each epoch with a fixed seed
 * (-r, default 1), so the model is the same on every run; another seed
 * shows how much of a change in the scores is the order's noise.
 */
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diag.h"
#include "hash.h"
#include "hmap.h"
#include "ner.h"
#include "parse/model.h"
#include "parsed.h"

static const char *const tag_names[] = {
	"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-GEO", "I-GEO", "B-GPE", "I-GPE",
};
enum { NTAGS = sizeof tag_names / sizeof tag_names[0] };

struct sentence {
	size_t first, n;	/* tokens [first, first + n) of the corpus */
	bool pos;		/* trained with its part-of-speech tags */
};

struct corpus {
	char **words;
	int *gold;
	uint16_t *may;		/* per token: the tags it may have (bits) */
	uint32_t **feats;	/* per token: feature rows, 0-terminated */
	uint32_t **feats_pos;	/* the same with the part-of-speech tags */
	uint8_t *pos;		/* per token: its tag in pos_names, 0 none */
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
	/* Rows of part-of-speech features (pos_row), and whether rows are
	 * being made for them; once frozen, only those rows learn. */
	bool *pos_row;
	bool making_pos, frozen;
};

enum { TAG_O = 0, TAG_B_GPE = 7, TAG_I_GPE = 8, TAG_MISC = -1 };

/* The tag of a corpus's tag, TAG_MISC for one that may be a GPE in a
 * corpus that does not tag them. */
static int
map_tag(const char *tag)
{
	static const char *const types[] = { "per", "org", "geo", "gpe", "loc" };

	if ((tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-')
		return TAG_O;
	for (int k = 0; k < 5; k++)
		if (strcasecmp(tag + 2, types[k]) == 0)
			return 1 + 2 * (k == 4 ? 2 : k) + (tag[0] == 'I');
	return strcasecmp(tag + 2, "misc") == 0 ? TAG_MISC : TAG_O;
}

static void
end_sentence(struct corpus *c, size_t *first)
{
	if (c->ntok > *first) {
		c->sents = xgrow(c->sents, &c->cap_sent, c->nsent + 1, sizeof *c->sents);
		c->sents[c->nsent++] = (struct sentence){ *first, c->ntok - *first, false };
	}
	*first = c->ntok;
}

static void read_corpus_file(struct corpus *c, const char *path,
    const char *splits);

/* Adds a token: the word is the field'th of the line's tab-separated
 * fields (0 first), the tag its next field, or the last (field < 0). */
static void
add_token(struct corpus *c, char *line, int field)
{
	char *word = line, *tag, *tab;

	for (int k = 0; k < field && word != NULL; k++)
		word = strchr(word, '\t') ? strchr(word, '\t') + 1 : NULL;
	if (word == NULL || (tab = strchr(word, '\t')) == NULL)
		return;
	*tab = '\0';
	tag = field < 0 ? strrchr(tab + 1, '\t') : NULL;
	tag = tag ? tag + 1 : tab + 1;
	if (field >= 0 && strchr(tag, '\t'))
		*strchr(tag, '\t') = '\0';
	c->words = xgrow(c->words, &c->cap_tok, c->ntok + 1, sizeof *c->words);
	c->gold = xrealloc(c->gold, c->cap_tok * sizeof *c->gold);
	c->may = xrealloc(c->may, c->cap_tok * sizeof *c->may);
	c->feats = xrealloc(c->feats, c->cap_tok * sizeof *c->feats);
	c->feats_pos = xrealloc(c->feats_pos, c->cap_tok * sizeof *c->feats_pos);
	c->pos = xrealloc(c->pos, c->cap_tok * sizeof *c->pos);
	c->words[c->ntok] = xstrdup(word);
	c->gold[c->ntok] = map_tag(tag);
	c->feats[c->ntok] = c->feats_pos[c->ntok] = NULL;
	c->pos[c->ntok] = 0;
	c->ntok++;
}

/* A corpus read, tokens [from, to), and whether it tags GPE at all. */
struct part {
	size_t from, to;
	bool tags_gpe;
};

static uint64_t
word_key(const char *w)
{
	return hmap_key(hash_fnv1a(w, strlen(w), HASH_FNV_OFFSET));
}

/* The words that the corpora tagging GPE tag so somewhere. */
static void
gpe_words(const struct corpus *c, const struct part *parts, size_t nparts,
    struct hmap *words)
{
	bool found;

	for (size_t p = 0; p < nparts; p++)
		for (size_t i = parts[p].from; parts[p].tags_gpe && i < parts[p].to; i++)
			if (c->gold[i] == TAG_B_GPE || c->gold[i] == TAG_I_GPE)
				*hmap_slot(words, word_key(c->words[i]), &found) = 1;
}

/*
 * The tags each token may have: its own; but in a corpus that tags no
 * GPE (the others than GMB, whose gpe is mostly a nationality, our
 * NORP), an O or MISC token may also be a GPE when the corpora that tag
 * GPE tag that word so somewhere ("Kenyan", "Swiss").  Any O token would
 * do the same for "Pumps" or "GMT": the tagger would learn that a GPE is
 * never wrong.
 */
static void
set_may(struct corpus *c, const struct part *parts, size_t nparts)
{
	struct hmap gpe;
	uint32_t v;

	hmap_init(&gpe, 1 << 12);
	gpe_words(c, parts, nparts, &gpe);
	for (size_t p = 0; p < nparts; p++)
		for (size_t i = parts[p].from; i < parts[p].to; i++) {
			int g = c->gold[i];
			bool latent = (g == TAG_MISC || (g == TAG_O && !parts[p].tags_gpe)) &&
			    hmap_get(&gpe, word_key(c->words[i]), &v);
			c->gold[i] = g < 0 ? TAG_O : g;
			c->may[i] = (uint16_t)(1u << c->gold[i]);
			if (latent)
				c->may[i] |= 1u << TAG_B_GPE | 1u << TAG_I_GPE;
		}
	hmap_free(&gpe);
}

/* Reads a corpus, N times for a name ending in "*N"; adds its part. */
static void
read_corpus(struct corpus *c, const char *path, const char *splits,
    struct part *part)
{
	char *name = xstrdup(path), *star = strrchr(name, '*');
	long times = 1;

	if (star != NULL) {
		*star = '\0';
		times = atol(star + 1);
	}
	part->from = c->ntok;
	for (long t = 0; t < times; t++)
		read_corpus_file(c, name, splits);
	part->to = c->ntok;
	part->tags_gpe = false;
	for (size_t i = part->from; i < part->to; i++)
		part->tags_gpe |= c->gold[i] == TAG_B_GPE;
	free(name);
}

static bool
ends_with(const char *s, const char *end)
{
	size_t n = strlen(s), k = strlen(end);

	return n >= k && strcmp(s + n - k, end) == 0;
}

static void
read_corpus_file(struct corpus *c, const char *path, const char *splits)
{
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0, first = c->ntok;
	ssize_t len;
	bool wanted = true;
	int field = ends_with(path, ".iob2") ? 1 : -1;

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
		if (wanted && strncmp(line, "# ", 2) != 0 && strchr(line, '\t') != NULL)
			add_token(c, line, field);
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
			W->pos_row = xrealloc(W->pos_row, W->cap * sizeof *W->pos_row);
		}
		W->pos_row[W->nrows] = W->making_pos;
		W->hashes[W->nrows] = h;
		W->count[W->nrows] = 0;
		memset(W->w + W->nrows * NTAGS, 0, NTAGS * sizeof *W->w);
		memset(W->u + W->nrows * NTAGS, 0, NTAGS * sizeof *W->u);
		*slot = (uint32_t)++W->nrows;
	}
	return *slot - 1;
}

/* The part-of-speech tags seen, interned: a token keeps an index. */
enum { MAX_POS = 255, POS_LEN = 16 };
static char pos_names[MAX_POS + 1][POS_LEN];
static size_t npos = 1;		/* 0: no tag */

static uint8_t
intern_pos(const struct ner_tok *tag)
{
	if (tag->len == 0 || tag->len >= POS_LEN)
		return 0;
	for (size_t k = 1; k < npos; k++)
		if (strlen(pos_names[k]) == tag->len &&
		    memcmp(pos_names[k], tag->s, tag->len) == 0)
			return (uint8_t)k;
	if (npos > MAX_POS)
		return 0;
	memcpy(pos_names[npos], tag->s, tag->len);
	return (uint8_t)npos++;
}

/* The sentence's tokens joined by single spaces, and toks pointing into
 * that text; returns it (the caller frees it). */
static char *
sentence_text(const struct corpus *c, const struct sentence *st,
    struct ner_tok *toks, size_t *len)
{
	size_t n = 0;

	for (size_t i = 0; i < st->n; i++)
		n += strlen(c->words[st->first + i]) + 1;
	char *text = xmalloc(n + 1), *p = text;
	for (size_t i = 0; i < st->n; i++) {
		size_t k = strlen(c->words[st->first + i]);
		if (i > 0)
			*p++ = ' ';
		memcpy(p, c->words[st->first + i], k);
		toks[i] = (struct ner_tok){ p, k };
		p += k;
	}
	*p = '\0';
	*len = (size_t)(p - text);
	return text;
}

/* Every token's part-of-speech tag, from lang/parse as wire-parse gives
 * it on the sentence's text (see the top of this file). */
static void
tag_corpus(struct corpus *c)
{
	char err[256];
	struct parse_model *pm = parse_model_builtin(err, sizeof err);
	struct parsed p;

	if (pm == NULL)
		diag_fatal("the part-of-speech model: %s", err);
	parsed_init(&p, pm);
	for (size_t s = 0; s < c->nsent; s++) {
		const struct sentence *st = &c->sents[s];
		struct ner_tok *toks = xcalloc(st->n, sizeof *toks);
		struct ner_tok *pos = xcalloc(st->n, sizeof *pos);
		size_t len, cursor = 0;
		char *text = sentence_text(c, st, toks, &len);

		parsed_start(&p, text, len);
		const struct record_tokens *t = parsed_sentence(&p, 0, len);
		ner_align_pos(text, toks, st->n, t->w, t->nw, &cursor, pos);
		for (size_t i = 0; i < st->n; i++)
			c->pos[st->first + i] = intern_pos(&pos[i]);
		free(text);
		free(toks);
		free(pos);
	}
	parsed_free(&p);
	parse_model_free(pm);
}

/* The rows of a token's features (0-terminated): the rows of base[0..nbase),
 * then those of feats[0..nf), counted. */
static uint32_t *
feature_rows(struct weights *W, const uint64_t *feats, size_t nf,
    const uint32_t *base, size_t nbase)
{
	uint32_t *rows = xcalloc(nbase + nf + 1, sizeof *rows);

	if (nbase > 0)
		memcpy(rows, base, nbase * sizeof *rows);
	for (size_t k = 0; k < nf; k++) {
		rows[nbase + k] = feature_row(W, feats[k]) + 1;
		W->count[rows[nbase + k] - 1]++;
	}
	return rows;
}

/* Every token's features, once, as rows of the weight table: without
 * part-of-speech tags, and with them when with_pos. */
static void
extract_features(struct corpus *c, struct weights *W,
    const struct ner_gazetteer *gaz, const struct ner_classes *cl,
    bool with_pos)
{
	for (size_t s = 0; s < c->nsent; s++) {
		const struct sentence *st = &c->sents[s];
		struct ner_tok *toks = xcalloc(st->n, sizeof *toks);
		struct ner_tok *pos = xcalloc(st->n, sizeof *pos);
		uint16_t *marks = xcalloc(st->n, 2 * sizeof *marks);
		struct ner_forms *forms = xcalloc(st->n, sizeof *forms);
		uint64_t feats[NER_MAX_FEATURES];

		for (size_t i = 0; i < st->n; i++) {
			size_t t = st->first + i;
			toks[i] = (struct ner_tok){ c->words[t], strlen(c->words[t]) };
			pos[i] = (struct ner_tok){ pos_names[c->pos[t]],
			    strlen(pos_names[c->pos[t]]) };
		}
		ner_gaz_mark(gaz, toks, st->n, marks, marks + st->n);
		ner_word_forms(toks, st->n, forms);
		ner_forms_classes(cl, forms, st->n);
		for (size_t i = 0; i < st->n; i++) {
			size_t nf = ner_features(toks, forms, st->n, i, marks,
			    marks + st->n, feats);
			c->feats[st->first + i] = feature_rows(W, feats, nf, NULL, 0);
		}
		ner_forms_pos(forms, pos, st->n);
		W->making_pos = true;
		for (size_t i = 0; with_pos && i < st->n; i++) {
			size_t t = st->first + i, nf = ner_features(toks, forms,
			    st->n, i, marks, marks + st->n, feats), nbase = 0;
			while (c->feats[t][nbase] != 0)
				nbase++;
			/* Most words have no tag features (ner.c says where):
			 * their rows are the ones without, counted once. */
			c->feats_pos[t] = nf == nbase ? c->feats[t] :
			    feature_rows(W, feats + nbase, nf - nbase, c->feats[t], nbase);
		}
		W->making_pos = false;
		free(toks);
		free(pos);
		free(marks);
		free(forms);
	}
}

static void
update_token(struct weights *W, const uint32_t *rows, int tag, double delta)
{
	for (const uint32_t *r = rows; *r; r++) {
		if (W->frozen && !W->pos_row[*r - 1])
			continue;
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

	if (W->frozen)
		return;
	W->trans[k] += delta;
	W->trans_u[k] += W->c * delta;
}

static size_t
train_sentence(struct corpus *c, struct weights *W, const struct sentence *st,
    const bool *allowed)
{
	double *emit = xcalloc(st->n * NTAGS, sizeof *emit);
	int *pred = xcalloc(st->n, sizeof *pred), *latent = NULL;
	const int *gold = c->gold + st->first;
	const uint16_t *may = c->may + st->first;
	size_t wrong = 0;
	bool partial = false;

	uint32_t **feats = st->pos ? c->feats_pos : c->feats;

	for (size_t i = 0; i < st->n; i++) {
		for (const uint32_t *r = feats[st->first + i]; *r; r++)
			for (size_t t = 0; t < NTAGS; t++)
				emit[i * NTAGS + t] += W->w[(size_t)(*r - 1) * NTAGS + t];
		partial |= may[i] != 1u << gold[i];
	}
	ner_viterbi(st->n, NTAGS, emit, W->trans, allowed, pred);
	if (partial) {
		/* The best sequence the partial labels allow is the gold. */
		latent = xcalloc(st->n, sizeof *latent);
		for (size_t i = 0; i < st->n; i++)
			for (size_t t = 0; t < NTAGS; t++)
				if (!(may[i] & 1u << t))
					emit[i * NTAGS + t] = -1e30;
		ner_viterbi(st->n, NTAGS, emit, W->trans, allowed, latent);
		gold = latent;
	}
	for (size_t i = 0; i < st->n; i++) {
		if (pred[i] != gold[i]) {
			wrong++;
			update_token(W, feats[st->first + i], gold[i], 1);
			update_token(W, feats[st->first + i], pred[i], -1);
		}
		if (pred[i] != gold[i] || (i > 0 && pred[i - 1] != gold[i - 1])) {
			update_transition(W, i, gold, 1);
			update_transition(W, i, pred, -1);
		}
	}
	W->c++;
	free(emit);
	free(pred);
	free(latent);
	return wrong;
}

/*
 * The weights learnt so far become fixed: each the average it would be
 * written as, and only the part-of-speech rows learn from now on (their
 * own average starting here).  So the model tags a sentence without
 * tags exactly as it was trained to before the tags were added, and the
 * tags' weights learn what the tags add to it.
 */
static void
freeze(struct weights *W)
{
	for (size_t k = 0; k < W->nrows * NTAGS; k++) {
		W->w[k] -= W->u[k] / W->c;
		W->u[k] = 0;
	}
	for (size_t k = 0; k < (NTAGS + 1) * NTAGS; k++) {
		W->trans[k] -= W->trans_u[k] / W->c;
		W->trans_u[k] = 0;
	}
	W->c = 1;
	W->frozen = true;
}

/* An epoch over the sentences in a new order; returns the tokens wrong. */
static size_t
epoch(struct corpus *c, struct weights *W, const bool *allowed, bool pos)
{
	size_t wrong = 0;

	for (size_t s = c->nsent; s > 1; s--) {	/* Fisher-Yates */
		size_t j = (size_t)rand() % s;
		struct sentence tmp = c->sents[s - 1];
		c->sents[s - 1] = c->sents[j];
		c->sents[j] = tmp;
	}
	for (size_t s = 0; s < c->nsent; s++) {
		c->sents[s].pos = pos;
		wrong += train_sentence(c, W, &c->sents[s], allowed);
	}
	return wrong;
}

static long
averaged(double w, double u, double c)
{
	return lround((w - u / c) * 1000);
}

/*
 * The "l" lines: words written in lower case more often than
 * capitalised (a sentence's first word not counted), at least twice.
 * The two counts are packed in a value, 16 bits each, saturating.
 */
static void
write_lower_words(const struct corpus *c)
{
	struct hmap counts;
	uint64_t *keys = NULL;
	size_t nkeys = 0, cap = 0;
	bool found;

	hmap_init(&counts, 1 << 16);
	for (size_t s = 0; s < c->nsent; s++)
		for (size_t i = 1; i < c->sents[s].n; i++) {
			const char *w = c->words[c->sents[s].first + i];
			bool lower = w[0] >= 'a' && w[0] <= 'z', upper = w[0] >= 'A' && w[0] <= 'Z';
			if (!lower && !upper)
				continue;
			uint64_t key = ner_lower_key(w, strlen(w));
			uint32_t *v = hmap_slot(&counts, key, &found);
			if (!found) {
				*v = 0;
				keys = xgrow(keys, &cap, nkeys + 1, sizeof *keys);
				keys[nkeys++] = key;
			}
			uint32_t lo = *v & 0xffff, up = *v >> 16;
			if (lower && lo < 0xffff)
				lo++;
			if (upper && up < 0xffff)
				up++;
			*v = lo | up << 16;
		}
	for (size_t k = 0; k < nkeys; k++) {
		uint32_t v = 0;
		hmap_get(&counts, keys[k], &v);
		if ((v & 0xffff) >= 2 && (v & 0xffff) > v >> 16)
			printf("l %016llx\n", (unsigned long long)keys[k]);
	}
	free(keys);
	hmap_free(&counts);
}

static void
write_model(const struct weights *W, unsigned min_count, long prune,
    const struct ner_classes *cl)
{
	printf("wire-ner 1\ntags");
	for (size_t t = 0; t < NTAGS; t++)
		printf(" %s", tag_names[t]);
	printf("\n");
	if (W->frozen)
		printf("pos\n");
	for (size_t from = 0; from <= NTAGS; from++)
		for (size_t to = 0; to < NTAGS; to++) {
			size_t k = from * NTAGS + to;
			long v = averaged(W->trans[k], W->trans_u[k], W->c);
			if (v != 0)
				printf("t %d %zu %ld\n", from == NTAGS ? -1 : (int)from, to, v);
		}
	ner_classes_write(cl, stdout);
	for (size_t r = 0; r < W->nrows; r++) {
		char line[512];
		int len = 0;
		if (W->count[r] < min_count)
			continue;
		for (size_t t = 0; t < NTAGS; t++) {
			long v = averaged(W->w[r * NTAGS + t], W->u[r * NTAGS + t], W->c);
			if (labs(v) >= prune && v != 0)
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
	const char *splits = "train,dev", *gaz_path = NULL, *classes_path = NULL;
	struct ner_classes *cl = NULL;
	long epochs = 8, pos_epochs = 4, min_count = 2, prune = 0, seed = 1;
	struct corpus c = { 0 };
	struct weights W = { 0 };
	bool allowed[(NTAGS + 1) * NTAGS], with_pos = true;
	char err[256];
	int opt;

	diag_set_progname("train-ner");
	while ((opt = getopt(argc, argv, "PE:c:e:g:m:p:r:s:")) != -1) {
		switch (opt) {
		case 'P': with_pos = false; break;
		case 'E': pos_epochs = atol(optarg); break;
		case 'c': classes_path = optarg; break;
		case 'e': epochs = atol(optarg); break;
		case 'g': gaz_path = optarg; break;
		case 'm': min_count = atol(optarg); break;
		case 'p': prune = atol(optarg); break;
		case 'r': seed = atol(optarg); break;
		case 's': splits = optarg; break;
		default:
			fprintf(stderr, "usage: train-ner [-P] [-E epochs] [-e epochs] [-m min-count] "
			    "[-p prune] [-r seed] [-s splits] [-c clusters] -g gazetteer corpus ...\n");
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
	if (classes_path != NULL) {
		size_t cl_len;
		char *cl_text = ner_read_file(classes_path, &cl_len);
		cl = ner_classes_load(cl_text, cl_len, err, sizeof err);
		if (cl == NULL)
			diag_fatal("%s: %s", classes_path, err);
		free(cl_text);
	}
	struct part *parts = xcalloc((size_t)(argc - optind), sizeof *parts);
	for (int i = optind; i < argc; i++)
		read_corpus(&c, argv[i], splits, &parts[i - optind]);
	set_may(&c, parts, (size_t)(argc - optind));
	free(parts);
	if (with_pos)
		tag_corpus(&c);
	hmap_init(&W.index, 1 << 20);
	extract_features(&c, &W, gaz, cl, with_pos);
	fprintf(stderr, "train-ner: %zu sentences, %zu tokens, %zu features\n",
	    c.nsent, c.ntok, W.nrows);
	ner_bio_allowed(tag_names, NTAGS, allowed);
	W.c = 1;
	srand((unsigned)seed);
	for (long e = 0; e < epochs; e++) {
		size_t wrong = epoch(&c, &W, allowed, false);
		fprintf(stderr, "train-ner: epoch %ld: %zu tokens wrong (%.2f%%)\n",
		    e + 1, wrong, 100.0 * (double)wrong / (double)c.ntok);
	}
	if (with_pos)
		freeze(&W);
	for (long e = 0; with_pos && e < pos_epochs; e++) {
		size_t wrong = epoch(&c, &W, allowed, true);
		fprintf(stderr, "train-ner: with tags, epoch %ld: %zu tokens wrong (%.2f%%)\n",
		    e + 1, wrong, 100.0 * (double)wrong / (double)c.ntok);
	}
	write_model(&W, (unsigned)min_count, prune, cl);
	write_lower_words(&c);
	return 0;
}
