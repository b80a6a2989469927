/*
 * wire-summarize: story summaries and rolling digests.
 *
 * Gathers the sentences of a story (the records sharing "doc") or of a
 * window of the stream, and when the story ends (its last record, the
 * next story, the end of input, or --idle seconds without input) writes
 * one summary record: the top sentences in reading order, the entities
 * the story names most, and its most important quotes.
 *
 * Sentences are ranked by LexRank (Erkan and Radev 2004, the continuous
 * form): centrality in a graph whose edges are the TF-IDF cosine
 * similarities of the sentences' content words.  The centrality is
 * weighted by what the earlier stages found: sentences naming the story's
 * most mentioned entities, sentences carrying a quote with a named
 * speaker, the story's opening sentence, and (--recency) newer posts
 * count more.  Then maximal marginal relevance (Carbonell and Goldstein
 * 1998) picks sentences that are central but not alike, until the length
 * is reached.  Records marked duplicates by wire-dedupe are counted and
 * never picked.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "diag.h"
#include "hash.h"
#include "hmap.h"
#include "isotime.h"
#include "jsonw.h"
#include "opts.h"
#include "record.h"
#include "sentences.h"
#include "stop.h"
#include "stream.h"
#include "text.h"
#include "tok.h"

enum format { FORMAT_NDJSON, FORMAT_TEXT, FORMAT_MARKDOWN };

struct config {
	size_t sentences;	/* length in sentences, or */
	size_t words;		/* in words (0: by sentences) */
	size_t window;		/* digest every N records (0: per story) */
	double every;		/* digest every so many seconds of time */
	double idle;		/* end a story after so long without input */
	double recency;		/* weight of newer posts */
	size_t max_sentences;
	bool pass;
	enum format format;
};

/* A candidate sentence. */
struct sentence {
	char *text;
	char *id;
	size_t words;
	uint64_t *terms;	/* sorted, unique content-word hashes */
	size_t nterms;
	uint64_t *entities;	/* canonical names it holds, hashed */
	size_t nentities;
	bool quoted;		/* holds a quote with a named speaker */
	bool lead;		/* the story's first sentence */
	bool opens_post;	/* the first sentence of its record */
	size_t order;		/* arrival */
	double score;
};

struct entity_count {
	char *canonical;
	char *type;
	uint64_t hash;
	size_t count;
};

struct quote_pick {
	char *canonical, *text, *id;
	double score;
};

/* A story, or a window of the stream. */
struct group {
	char *key;		/* the doc, or the window's name */
	char *title;		/* the story's title, when a record has one */
	bool open;
	size_t count;		/* records read */
	struct sentence *v;
	size_t n, cap, next_order;
	struct entity_count *ents;
	size_t nents, cap_ents;
	struct quote_pick *quotes;
	size_t nquotes, cap_quotes;
	double window_start;	/* seconds, for --every */
};

enum { MIN_WORDS = 6, GRAPH_MAX = 300, MAX_QUOTES_KEPT = 64, MAX_ENTITIES_KEPT = 512, TOP_ENTITIES = 6,
	TOP_QUOTES = 3 };

struct summarizer {
	const struct config *cfg;
	struct stream *in;
	struct group g;
	size_t windows;		/* digests written */
	struct tok_list toks;
	struct sent_list sents;
	struct buf out;
	struct text_cursor cur;	/* over the record in hand */
	struct record_reader rr;	/* upstream fields of the stream */
};

static const char *const stopwords[] = {
	"a", "about", "after", "all", "also", "an", "and", "any", "are", "as",
	"at", "be", "been", "before", "but", "by", "can", "could", "did", "do",
	"for", "from", "had", "has", "have", "he", "her", "his", "i", "if", "in",
	"into", "is", "it", "its", "more", "not", "of", "on", "one", "or", "our",
	"out", "over", "said", "says", "she", "so", "than", "that", "the",
	"their", "them", "there", "they", "this", "those", "to", "up", "was",
	"we", "were", "what", "when", "which", "while", "who", "will", "with",
	"would", "you", "say", "told", "added", "s",
};

static const struct option summarize_options[] = {
	{ "every", required_argument, NULL, 'e' },
	{ "format", required_argument, NULL, 'F' },
	{ "idle", required_argument, NULL, 'i' },
	{ "max-sentences", required_argument, NULL, 'M' },
	{ "pass", no_argument, NULL, 'p' },
	{ "recency", required_argument, NULL, 'r' },
	{ "sentences", required_argument, NULL, 'n' },
	{ "window", required_argument, NULL, 'w' },
	{ "words", required_argument, NULL, 'W' },
	{ NULL, 0, NULL, 0 },
};

static const char summarize_help[] =
"  -e, --every DURATION digest mode: one digest per DURATION (90s, 15m, 2h)\n"
"                       of the records' time, or of arrival when they have none\n"
"  -F, --format ndjson|text|markdown\n"
"                       write summary records (default), or text to read\n"
"  -i, --idle SECONDS   end the story in hand after SECONDS without input\n"
"  -M, --max-sentences N\n"
"                       keep at most N sentences of a story or window, the\n"
"                       newest (default 2000)\n"
"  -n, --sentences N    summaries of N sentences (default 3)\n"
"  -p, --pass           also pass every input record through\n"
"  -r, --recency W      weight of newer sentences, 0 to 1 (default 0.3)\n"
"  -w, --window N       digest mode: one digest per N records\n"
"  -W, --words N        summaries of at most N words instead\n";

static bool
handle_option(int opt, const char *arg, void *ctx)
{
	struct config *cfg = ctx;
	long n;

	switch (opt) {
	case 'e':
		return opts_duration(arg, "--every", &cfg->every) && cfg->every > 0;
	case 'F':
		if (strcmp(arg, "ndjson") == 0)
			cfg->format = FORMAT_NDJSON;
		else if (strcmp(arg, "text") == 0)
			cfg->format = FORMAT_TEXT;
		else if (strcmp(arg, "markdown") == 0)
			cfg->format = FORMAT_MARKDOWN;
		else {
			diag_warn("--format: '%s' is not ndjson, text or markdown", arg);
			return false;
		}
		return true;
	case 'i':
		return opts_duration(arg, "--idle", &cfg->idle) && cfg->idle > 0;
	case 'M':
		if (!opts_long(arg, "--max-sentences", 2, 100000, &n))
			return false;
		cfg->max_sentences = (size_t)n;
		return true;
	case 'n':
		if (!opts_long(arg, "--sentences", 1, 1000, &n))
			return false;
		cfg->sentences = (size_t)n;
		return true;
	case 'p':
		cfg->pass = true;
		return true;
	case 'r':
		return opts_double(arg, "--recency", 0, 1, &cfg->recency);
	case 'w':
		if (!opts_long(arg, "--window", 1, 10000000, &n))
			return false;
		cfg->window = (size_t)n;
		return true;
	case 'W':
		if (!opts_long(arg, "--words", 1, 100000, &n))
			return false;
		cfg->words = (size_t)n;
		return true;
	default:
		return false;
	}
}

/* --- words --- */

static bool
is_stopword(const char *w, size_t len)
{
	if (len > 6)
		return false;	/* the longest stop word has six letters */
	for (size_t i = 0; i < sizeof stopwords / sizeof *stopwords; i++)
		if (stopwords[i][0] == w[0] && strlen(stopwords[i]) == len &&
		    memcmp(stopwords[i], w, len) == 0)
			return true;
	return false;
}

static int
cmp_u64(const void *x, const void *y)
{
	uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;

	return a < b ? -1 : a > b;
}

static size_t
sort_unique(uint64_t *v, size_t n)
{
	size_t out = 0;

	if (n > 1)
		qsort(v, n, sizeof *v, cmp_u64);
	for (size_t i = 0; i < n; i++)
		if (out == 0 || v[out - 1] != v[i])
			v[out++] = v[i];
	return out;
}

/* The content words of text, lower-cased and hashed; and its word count. */
static uint64_t *
content_terms(struct summarizer *s, const char *text, size_t len, size_t *nterms,
    size_t *words)
{
	uint64_t *v;
	size_t n = 0;

	tok_split(text, len, &s->toks);
	v = xcalloc(s->toks.n + 1, sizeof *v);
	*words = 0;
	for (size_t i = 0; i < s->toks.n; i++) {
		const struct token *t = &s->toks.v[i];
		char lower[64];
		size_t l = 0, pos = t->start;
		if (t->kind != TOK_WORD && t->kind != TOK_NUMBER && t->kind != TOK_ABBREV)
			continue;
		(*words)++;
		while (pos < t->end && l + 4 < sizeof lower) {
			unsigned char c = (unsigned char)text[pos];
			if (c < 0x80) {	/* most of news: no decoding */
				lower[l++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
				pos++;
			} else {
				l += utf8_encode(text_fold(utf8_next(text, t->end, &pos)),
				    lower + l);
			}
		}
		if (is_stopword(lower, l))
			continue;
		v[n++] = hash_fnv1a(lower, l, HASH_FNV_OFFSET);
	}
	*nterms = sort_unique(v, n);
	return v;
}

/* --- the group --- */

static void
sentence_free(struct sentence *st)
{
	free(st->text);
	free(st->id);
	free(st->terms);
	free(st->entities);
}

static void
group_clear(struct group *g)
{
	for (size_t i = 0; i < g->n; i++)
		sentence_free(&g->v[i]);
	for (size_t i = 0; i < g->nents; i++) {
		free(g->ents[i].canonical);
		free(g->ents[i].type);
	}
	for (size_t i = 0; i < g->nquotes; i++) {
		free(g->quotes[i].canonical);
		free(g->quotes[i].text);
		free(g->quotes[i].id);
	}
	free(g->key);
	free(g->title);
	g->key = g->title = NULL;
	g->open = false;
	g->count = g->n = g->nents = g->nquotes = g->next_order = 0;
}

static void
group_free(struct group *g)
{
	group_clear(g);
	free(g->v);
	free(g->ents);
	free(g->quotes);
}

/* Makes room for one more sentence: past the cap, the oldest goes. */
static struct sentence *
group_add_sentence(struct group *g, size_t max)
{
	if (g->n == max) {
		sentence_free(&g->v[0]);
		memmove(g->v, g->v + 1, (g->n - 1) * sizeof *g->v);
		g->n--;
	}
	g->v = xgrow(g->v, &g->cap, g->n + 1, sizeof *g->v);
	struct sentence *st = &g->v[g->n++];
	memset(st, 0, sizeof *st);
	st->order = g->next_order++;
	return st;
}

static void
count_entity(struct group *g, const char *canonical, const char *type)
{
	uint64_t h = hash_fnv1a(canonical, strlen(canonical), HASH_FNV_OFFSET);

	for (size_t i = 0; i < g->nents; i++)
		if (g->ents[i].hash == h && strcmp(g->ents[i].canonical, canonical) == 0) {
			g->ents[i].count++;
			return;
		}
	if (g->nents == MAX_ENTITIES_KEPT)
		return;
	g->ents = xgrow(g->ents, &g->cap_ents, g->nents + 1, sizeof *g->ents);
	g->ents[g->nents++] = (struct entity_count){ xstrdup(canonical), xstrdup(type), h, 1 };
}

static size_t
entity_count_of(const struct group *g, uint64_t h)
{
	for (size_t i = 0; i < g->nents; i++)
		if (g->ents[i].hash == h)
			return g->ents[i].count;
	return 0;
}

/* Types worth listing: names, not dates and amounts. */
static bool
named_type(const char *type)
{
	static const char *const types[] = {
		"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT",
	};

	for (size_t i = 0; i < sizeof types / sizeof *types; i++)
		if (strcmp(type, types[i]) == 0)
			return true;
	return false;
}

/* --- reading records --- */

static size_t
cp_to_byte(struct text_cursor *cur, size_t len, json_t *v)
{
	json_int_t cp = json_integer_value(v);

	return cp <= 0 ? 0 : text_cursor_byte(cur, len, (size_t)cp);
}

/* The entities of the record inside [a, b), counted by the group. */
static void
sentence_entities(struct group *g, struct sentence *st, json_t *ents,
    struct text_cursor *cur, size_t len, size_t a, size_t b, bool count)
{
	json_t *e;
	size_t i;

	st->entities = xcalloc(json_array_size(ents) + 1, sizeof *st->entities);
	json_array_foreach(ents, i, e) {
		const char *canonical = json_string_value(json_object_get(e, "canonical"));
		const char *type = json_string_value(json_object_get(e, "type"));
		size_t at = cp_to_byte(cur, len, json_object_get(e, "start"));
		if (canonical == NULL || type == NULL || !named_type(type) || at < a || at >= b)
			continue;
		st->entities[st->nentities++] = hash_fnv1a(canonical, strlen(canonical),
		    HASH_FNV_OFFSET);
		if (count)
			count_entity(g, canonical, type);
	}
	st->nentities = sort_unique(st->entities, st->nentities);
}

/* Whether a quote with a named speaker lies in [a, b); keeps the best
 * quotes of the group. */
static bool
sentence_quotes(struct group *g, json_t *quotes, struct text_cursor *cur, size_t len,
    size_t a, size_t b, const char *id)
{
	json_t *q;
	size_t i;
	bool found = false;

	json_array_foreach(quotes, i, q) {
		const char *canonical = json_string_value(json_object_get(q, "canonical"));
		const char *qtext = json_string_value(json_object_get(q, "text"));
		const char *kind = json_string_value(json_object_get(q, "kind"));
		size_t at = cp_to_byte(cur, len, json_object_get(q, "start"));
		if (canonical == NULL || qtext == NULL || at < a || at >= b)
			continue;
		found = true;
		if (g->nquotes == MAX_QUOTES_KEPT)
			continue;
		/* Direct words of a named person weigh most; long ones more. */
		double score = (kind && strcmp(kind, "direct") == 0 ? 2.0 : 1.0) *
		    log(2.0 + (double)strlen(qtext)) +
		    (double)entity_count_of(g, hash_fnv1a(canonical, strlen(canonical),
		    HASH_FNV_OFFSET));
		g->quotes = xgrow(g->quotes, &g->cap_quotes, g->nquotes + 1, sizeof *g->quotes);
		g->quotes[g->nquotes++] = (struct quote_pick){ xstrdup(canonical),
		    xstrdup(qtext), xstrdup(id), score };
	}
	return found;
}

static void
read_record(struct summarizer *s, json_t *rec)
{
	struct group *g = &s->g;
	size_t len;
	const char *text = stream_text(s->in, rec, &len);
	const char *id = json_string_value(json_object_get(rec, "id"));
	json_t *ents = json_object_get(rec, "entities");
	json_t *quotes = json_object_get(rec, "quotes");
	json_int_t para = json_integer_value(json_object_get(rec, "para"));
	bool first_para = json_object_get(rec, "para") == NULL ? g->next_order == 0 : para == 0;
	char sid[256];

	g->count++;
	const char *title = json_string_value(json_object_get(rec, "title"));
	if (g->title == NULL && title != NULL)
		g->title = xstrdup(title);
	/* wire-dedupe --mark: a repeat is counted, never picked. */
	if (json_object_get(rec, "duplicate_of") != NULL)
		return;
	text_cursor_init(&s->cur, text);
	record_sentences(&s->rr, rec, text, len, &s->sents);
	for (size_t k = 0; k < s->sents.n; k++) {
		size_t a = s->sents.v[k].start, b = s->sents.v[k].end;
		struct sentence *st = group_add_sentence(g, s->cfg->max_sentences);
		st->text = xmalloc(b - a + 1);
		memcpy(st->text, text + a, b - a);
		st->text[b - a] = '\0';
		if (s->sents.n > 1 || json_object_get(rec, "sent") == NULL)
			snprintf(sid, sizeof sid, "%s:s%zu", id ? id : "-", k);
		else
			snprintf(sid, sizeof sid, "%s", id ? id : "-");
		st->id = xstrdup(sid);
		st->terms = content_terms(s, st->text, b - a, &st->nterms, &st->words);
		st->lead = first_para && k == 0;
		st->opens_post = k == 0;
		if (json_is_array(ents))
			sentence_entities(g, st, ents, &s->cur, len, a, b, true);
		if (json_is_array(quotes))
			st->quoted = sentence_quotes(g, quotes, &s->cur, len, a, b, st->id);
	}
}

/* --- ranking --- */

/* TF-IDF cosine of two sentences (binary term frequencies); nx and ny
 * are their squared norms. */
static double
similarity(const struct sentence *x, const struct sentence *y,
    const double *idf_x, const double *idf_y, double nx, double ny)
{
	double dot = 0;
	size_t i = 0, j = 0;

	while (i < x->nterms && j < y->nterms) {
		if (x->terms[i] == y->terms[j]) {
			dot += idf_x[i] * idf_y[j];
			i++, j++;
		} else if (x->terms[i] < y->terms[j]) {
			i++;
		} else {
			j++;
		}
	}
	return nx > 0 && ny > 0 ? dot / sqrt(nx * ny) : 0;
}

/* Document frequencies of every sentence's terms, as IDF weights. */
static double **
idf_weights(const struct group *g)
{
	double **idf = xcalloc(g->n, sizeof *idf);
	struct hmap df;

	hmap_init(&df, 256);
	for (size_t i = 0; i < g->n; i++)
		for (size_t k = 0; k < g->v[i].nterms; k++) {
			bool found;
			(*hmap_slot(&df, hmap_key(g->v[i].terms[k]), &found))++;
		}
	for (size_t i = 0; i < g->n; i++) {
		idf[i] = xcalloc(g->v[i].nterms + 1, sizeof **idf);
		for (size_t k = 0; k < g->v[i].nterms; k++) {
			uint32_t n = 1;
			hmap_get(&df, hmap_key(g->v[i].terms[k]), &n);
			idf[i][k] = log((double)(g->n + 1) / (double)n);
		}
	}
	hmap_free(&df);
	return idf;
}

/* Continuous LexRank: the stationary distribution of a random walk on
 * the similarity graph, damped by 0.85. */
static void
lexrank(const struct group *g, const double *sim, double *rank)
{
	size_t n = g->n;
	double *next = xcalloc(n, sizeof *next), *rowsum = xcalloc(n, sizeof *rowsum);

	double *walk = xcalloc(n * n, sizeof *walk);	/* row-normalised */

	for (size_t i = 0; i < n; i++) {
		rank[i] = 1.0 / (double)n;
		for (size_t j = 0; j < n; j++)
			rowsum[i] += sim[i * n + j];
		for (size_t j = 0; j < n && rowsum[i] > 0; j++)
			walk[i * n + j] = sim[i * n + j] / rowsum[i];
	}
	for (int it = 0; it < 100; it++) {
		double change = 0;
		for (size_t j = 0; j < n; j++)
			next[j] = 0.15 / (double)n;
		for (size_t i = 0; i < n; i++)
			for (size_t j = 0; j < n; j++)
				next[j] += 0.85 * rank[i] * walk[i * n + j];
		for (size_t j = 0; j < n; j++)
			change += fabs(next[j] - rank[j]);
		memcpy(rank, next, n * sizeof *rank);
		if (change < 1e-9)
			break;
	}
	free(walk);
	free(next);
	free(rowsum);
}

/*
 * A sentence's score: its centrality (times n, so 1 is average), then
 * weighted by what the earlier stages found:
 *   + 0.5 x the share of the story's top entity mentions it names,
 *   + 0.3 when it carries a quote with a named speaker,
 *   + 0.5 for the story's first sentence (news puts the point first),
 *   + 0.3 for the first sentence of a record (a live blog's post),
 *   x (1 + recency x its place in arrival order, 0 oldest to 1 newest).
 * Sentences of fewer than MIN_WORDS words (headlines, captions, credits)
 * are never picked.
 */
static void
score_sentences(const struct summarizer *s, const double *rank)
{
	const struct group *g = &s->g;
	size_t top = 1;

	for (size_t i = 0; i < g->nents; i++)
		if (g->ents[i].count > top)
			top = g->ents[i].count;
	for (size_t i = 0; i < g->n; i++) {
		struct sentence *st = &g->v[i];
		double salience = 0;
		for (size_t k = 0; k < st->nentities; k++)
			salience += (double)entity_count_of(g, st->entities[k]) / (double)top;
		double w = 1 + 0.5 * fmin(salience, 1.0) + (st->quoted ? 0.3 : 0) +
		    (st->lead ? 0.5 : 0) + (st->opens_post ? 0.3 : 0);
		double age = g->next_order > 1 ?
		    (double)st->order / (double)(g->next_order - 1) : 1;
		st->score = rank[i] * (double)g->n * w * (1 + s->cfg->recency * age);
	}
}

/* Maximal marginal relevance: the next sentence is the one whose score
 * least repeats what is chosen.  Returns how many were chosen. */
static size_t
choose(const struct summarizer *s, const double *sim, size_t *chosen)
{
	const struct group *g = &s->g;
	size_t n = g->n, k = 0, words = 0, limit = s->cfg->words;
	bool *taken = xcalloc(n + 1, sizeof *taken);
	double best_score = 0;

	for (size_t i = 0; i < n; i++)
		best_score = fmax(best_score, g->v[i].score);
	for (;;) {
		size_t best = SIZE_MAX;
		double best_value = -1e300;
		if (limit == 0 && k == s->cfg->sentences)
			break;
		for (size_t i = 0; i < n; i++) {
			/* Under six words: a headline, a caption, a credit. */
			if (taken[i] || g->v[i].words < MIN_WORDS ||
			    (limit && words + g->v[i].words > limit))
				continue;
			double repeat = 0;
			for (size_t j = 0; j < k; j++)
				repeat = fmax(repeat, sim[i * n + chosen[j]]);
			double value = 0.7 * g->v[i].score / (best_score > 0 ? best_score : 1) -
			    0.3 * repeat;
			if (repeat > 0.7)
				continue;	/* a near repeat is never picked */
			if (value > best_value) {
				best_value = value;
				best = i;
			}
		}
		if (best == SIZE_MAX)
			break;
		taken[best] = true;
		chosen[k++] = best;
		words += g->v[best].words;
	}
	free(taken);
	return k;
}

static int
cmp_size(const void *x, const void *y)
{
	size_t a = *(const size_t *)x, b = *(const size_t *)y;

	return a < b ? -1 : a > b;
}

static double
prescore(const struct group *g, const struct sentence *st)
{
	double salience = 0;

	for (size_t k = 0; k < st->nentities; k++)
		salience += (double)entity_count_of(g, st->entities[k]);
	return log(1.0 + salience) + (st->quoted ? 1 : 0) + (st->lead ? 2 : 0) +
	    (st->opens_post ? 1 : 0) + log(1.0 + (double)st->nterms) +
	    (st->words < MIN_WORDS ? -100 : 0);
}

static int
by_prescore(const void *x, const void *y)
{
	const struct sentence *a = x, *b = y;

	return a->score != b->score ? (a->score > b->score ? -1 : 1) :
	    (a->order < b->order ? -1 : a->order > b->order);
}

static int
by_order(const void *x, const void *y)
{
	const struct sentence *a = x, *b = y;

	return a->order < b->order ? -1 : a->order > b->order;
}

/*
 * The graph is quadratic in its sentences: past GRAPH_MAX (a digest of a
 * thousand records has three thousand), the GRAPH_MAX that a cheap
 * score puts first (entity mentions, quotes, leads, content words) are
 * ranked, moved to the front in reading order; returns how many.
 */
static size_t
candidates(struct group *g)
{
	if (g->n <= GRAPH_MAX)
		return g->n;
	for (size_t i = 0; i < g->n; i++)
		g->v[i].score = prescore(g, &g->v[i]);
	qsort(g->v, g->n, sizeof *g->v, by_prescore);
	qsort(g->v, GRAPH_MAX, sizeof *g->v, by_order);
	return GRAPH_MAX;
}

/* The chosen sentences, in reading order. */
static size_t
summarize_group(struct summarizer *s, size_t *chosen)
{
	struct group *g = &s->g;
	size_t all = g->n, n, k;

	if (all == 0)
		return 0;
	/* Only the candidates are ranked: the functions below see n of them. */
	n = g->n = candidates(g);
	double **idf = idf_weights(g);
	double *sim = xcalloc(n * n, sizeof *sim), *rank = xcalloc(n, sizeof *rank);
	double *norm = xcalloc(n, sizeof *norm);
	for (size_t i = 0; i < n; i++)
		for (size_t t = 0; t < g->v[i].nterms; t++)
			norm[i] += idf[i][t] * idf[i][t];
	for (size_t i = 0; i < n; i++)
		for (size_t j = i; j < n; j++)
			sim[i * n + j] = sim[j * n + i] = i == j ? 1 :
			    similarity(&g->v[i], &g->v[j], idf[i], idf[j], norm[i], norm[j]);
	free(norm);
	lexrank(g, sim, rank);
	score_sentences(s, rank);
	k = choose(s, sim, chosen);
	if (k > 1)
		qsort(chosen, k, sizeof *chosen, cmp_size);
	g->n = all;
	for (size_t i = 0; i < n; i++)
		free(idf[i]);
	free(idf);
	free(sim);
	free(rank);
	return k;
}

/* --- output --- */

static int
by_count(const void *x, const void *y)
{
	const struct entity_count *a = x, *b = y;

	return a->count != b->count ? (a->count > b->count ? -1 : 1) :
	    strcmp(a->canonical, b->canonical);
}

static int
by_score(const void *x, const void *y)
{
	const struct quote_pick *a = x, *b = y;

	return a->score != b->score ? (a->score > b->score ? -1 : 1) :
	    strcmp(a->id, b->id);
}

/* The entities worth listing, most mentioned first: names, but not
 * nationalities ("Russian"), which weigh in the ranking only.  Their
 * indices go to picked. */
static size_t
top_entities(struct group *g, size_t *picked)
{
	size_t n = 0;

	if (g->nents > 1)
		qsort(g->ents, g->nents, sizeof *g->ents, by_count);
	for (size_t i = 0; i < g->nents && n < TOP_ENTITIES; i++)
		if (strcmp(g->ents[i].type, "NORP") != 0)
			picked[n++] = i;
	return n;
}

/* The best quotes, one a speaker, in score order. */
static size_t
top_quotes(struct group *g, size_t *picked)
{
	size_t n = 0;

	if (g->nquotes > 1)
		qsort(g->quotes, g->nquotes, sizeof *g->quotes, by_score);
	for (size_t i = 0; i < g->nquotes && n < TOP_QUOTES; i++) {
		bool seen = false;
		for (size_t j = 0; j < n; j++)
			seen |= strcmp(g->quotes[picked[j]].canonical, g->quotes[i].canonical) == 0;
		if (!seen)
			picked[n++] = i;
	}
	return n;
}

static void
write_ndjson(struct summarizer *s, const size_t *chosen, size_t k,
    const size_t *es, size_t nents, const size_t *qs, size_t nq)
{
	struct group *g = &s->g;
	json_t *rec = json_object(), *list = json_array();

	json_object_set_new(rec, "type", json_string("summary"));
	json_object_set_new(rec, s->cfg->window || s->cfg->every ? "window" : "doc",
	    json_string(g->key ? g->key : ""));
	if (g->title != NULL)
		json_object_set_new(rec, "title", json_string(g->title));
	json_object_set_new(rec, "count", json_integer((json_int_t)g->count));
	for (size_t i = 0; i < k; i++) {
		const struct sentence *st = &g->v[chosen[i]];
		json_t *o = json_object();
		json_object_set_new(o, "text", json_string(st->text));
		json_object_set_new(o, "id", json_string(st->id));
		json_object_set_new(o, "score", json_real(round(st->score * 1000) / 1000));
		json_array_append_new(list, o);
	}
	json_object_set_new(rec, "sentences", list);
	list = json_array();
	for (size_t i = 0; i < nents; i++) {
		json_t *o = json_object();
		const struct entity_count *e = &g->ents[es[i]];
		json_object_set_new(o, "canonical", json_string(e->canonical));
		json_object_set_new(o, "type", json_string(e->type));
		json_object_set_new(o, "count", json_integer((json_int_t)e->count));
		json_array_append_new(list, o);
	}
	json_object_set_new(rec, "entities", list);
	list = json_array();
	for (size_t i = 0; i < nq; i++) {
		const struct quote_pick *q = &g->quotes[qs[i]];
		json_t *o = json_object();
		json_object_set_new(o, "canonical", json_string(q->canonical));
		json_object_set_new(o, "text", json_string(q->text));
		json_object_set_new(o, "id", json_string(q->id));
		json_array_append_new(list, o);
	}
	json_object_set_new(rec, "quotes", list);
	stream_emit(s->in, rec);
	json_decref(rec);
}

/* Text and markdown go straight to stdout, through the stream's writer
 * so that flushing and write errors work the same. */
static void
write_readable(struct summarizer *s, const size_t *chosen, size_t k,
    const size_t *es, size_t nents, const size_t *qs, size_t nq)
{
	struct group *g = &s->g;
	bool md = s->cfg->format == FORMAT_MARKDOWN;
	struct buf *b = &s->out;
	char line[64];

	b->len = 0;
#define PUT(str) buf_append(b, (str), strlen(str))
	PUT(md ? "## " : "");
	if (g->title != NULL) {
		PUT(g->title);
		PUT(" \xe2\x80\x94 ");
	}
	PUT(g->key ? g->key : "");
	snprintf(line, sizeof line, md ? " (%zu records)\n\n" : " (%zu records)\n", g->count);
	PUT(line);
	for (size_t i = 0; i < k; i++) {
		PUT(md ? "- " : "  * ");
		PUT(g->v[chosen[i]].text);
		PUT("\n");
	}
	if (nents > 0) {
		PUT(md ? "\n**Who and where:** " : "  Who and where: ");
		for (size_t i = 0; i < nents; i++) {
			char tail[48];	/* "Name (3), " */
			PUT(g->ents[es[i]].canonical);
			snprintf(tail, sizeof tail, " (%zu)%s", g->ents[es[i]].count,
			    i + 1 < nents ? ", " : "");
			PUT(tail);
		}
		PUT("\n");
	}
	for (size_t i = 0; i < nq; i++) {
		const struct quote_pick *q = &g->quotes[qs[i]];
		PUT(md ? (i == 0 ? "\n> \"" : "> \"") : "  \"");
		PUT(q->text);
		PUT(md ? "\" \xe2\x80\x94 " : "\" -- ");
		PUT(q->canonical);
		PUT(md ? "\n>\n" : "\n");
	}
	PUT("\n");
#undef PUT
	stream_emit_raw(s->in, b);
}

/* Writes the summary of the group in hand, and forgets it. */
static void
flush_group(struct summarizer *s)
{
	struct group *g = &s->g;

	if (!g->open)
		return;
	size_t *chosen = xcalloc(g->n + 1, sizeof *chosen), qs[TOP_QUOTES];
	size_t es[TOP_ENTITIES];
	size_t k = summarize_group(s, chosen);
	size_t nents = top_entities(g, es), nq = top_quotes(g, qs);
	if (s->cfg->format == FORMAT_NDJSON)
		write_ndjson(s, chosen, k, es, nents, qs, nq);
	else
		write_readable(s, chosen, k, es, nents, qs, nq);
	free(chosen);
	group_clear(g);
	s->windows++;
}

/* --- grouping --- */

static double
now_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* The record's time in seconds, or the arrival time. */
static double
record_seconds(struct summarizer *s, json_t *rec)
{
	int64_t secs;

	return record_time(&s->rr, rec, &secs) ? (double)secs : now_seconds();
}

static void
open_group(struct summarizer *s, const char *key, double t)
{
	s->g.open = true;
	s->g.key = xstrdup(key);
	s->g.window_start = t;
}

/* Digest mode: a window per --window records or per --every of time. */
static void
group_window(struct summarizer *s, json_t *rec)
{
	double t = s->cfg->every ? record_seconds(s, rec) : 0;
	char key[64];

	if (s->g.open && s->cfg->every && t >= s->g.window_start + s->cfg->every)
		flush_group(s);
	if (!s->g.open) {
		if (s->cfg->every)
			t = floor(t / s->cfg->every) * s->cfg->every;
		snprintf(key, sizeof key, "w%zu", s->windows);
		open_group(s, key, t);
	}
	read_record(s, rec);
	if (s->cfg->window && s->g.count == s->cfg->window)
		flush_group(s);
}

/* Per story: a record of another story ends the one in hand. */
static void
group_story(struct summarizer *s, json_t *rec)
{
	const char *doc = record_doc(rec);

	if (doc == NULL)
		doc = "";
	if (s->g.open && strcmp(s->g.key, doc) != 0)
		flush_group(s);
	if (!s->g.open)
		open_group(s, doc, 0);
	read_record(s, rec);
	if (record_is_last(rec))
		flush_group(s);
}

static void
flush_when_idle(void *arg)
{
	struct summarizer *s = arg;

	if (s->g.open && !s->cfg->window && !s->cfg->every) {
		flush_group(s);
		stream_flush(s->in);
	}
}

/* Every record of the stream, summarised by story or by window, then
 * the group in hand. */
static void
summarize_records(struct summarizer *s)
{
	json_t *rec;

	record_reader_init(&s->rr, s->in);
	while ((rec = stream_next(s->in)) != NULL) {
		if (s->cfg->pass)
			stream_emit(s->in, rec);
		if (s->cfg->window || s->cfg->every)
			group_window(s, rec);
		else
			group_story(s, rec);
		json_decref(rec);
	}
	flush_group(s);
}

static void
summarizer_free(struct summarizer *s)
{
	group_free(&s->g);
	tok_list_free(&s->toks);
	sent_list_free(&s->sents);
	buf_free(&s->out);
}

int
main(int argc, char **argv)
{
	struct config cfg = { .sentences = 3, .max_sentences = 2000, .recency = 0.3 };
	struct filter_info info = {
		.name = "wire-summarize",
		.synopsis = "[-p] [-e every | -w window] [-F format] [-i idle] "
		    "[-M max-sentences] [-n sentences | -W words] [-r recency] "
		    "[common options] [file ...]",
		.purpose = "Writes a summary of each story, or digests of the "
		    "stream: top sentences, entities and quotes.",
		.options_help = summarize_help,
		.options = summarize_options,
		.short_options = "e:F:i:M:n:pr:w:W:",
		.handle = handle_option,
		.ctx = &cfg,
	};
	struct stream_options sopt = { 0 };
	struct summarizer s = { .cfg = &cfg };
	struct stream in;

	opts_parse(&info, &sopt, &argc, &argv);
	if (cfg.window && cfg.every) {
		diag_warn("--window and --every are two ways to cut digests: use one");
		opts_usage_error(&info);
	}
	if (cfg.idle > 0) {
		sopt.hooks.on_idle = flush_when_idle;
		sopt.hooks.idle_ms = (int)(cfg.idle * 1000);
		sopt.hooks.arg = &s;
	}
	stop_install();
	s.in = &in;
	stream_init(&in, &sopt, argc, argv);
	summarize_records(&s);
	summarizer_free(&s);
	return stream_finish(&in);
}
