/*
 * clusters: word classes for the tagger's features (see README.md).
 *
 *	clusters [-c classes,...] [-m min-count] [-i iterations] < text > clusters.tsv
 *
 * Reads text, one sentence a line, words separated by spaces, and
 * writes "word<TAB>class<TAB>class..." for every word (lower-cased, as
 * the tagger's features see it) seen at least -m times (default 4), one
 * class for each number of classes in -c (default "64,512"), most
 * frequent words first.
 *
 * The classes are those of a class bigram model, found by the exchange
 * algorithm (Kneser and Ney 1993; Martin, Liermann and Ney 1998): words
 * start in classes by frequency rank, then each word in turn moves to
 * the class where the likelihood of the text's class bigrams,
 *
 *	sum N(c,d) log N(c,d) - sum N(c,.) log N(c,.) - sum N(.,d) log N(.,d),
 *
 * is highest, for -i passes (default 8) or until no word moves.  Like
 * Brown clusters, words used alike ("Paris", "Moscow"; "said", "told")
 * share a class, and the tagger learns what a class is from the words
 * of it that its training data has.  Bigrams do not cross sentences;
 * rarer words are left out of the counts' classes (they are in no
 * bigram).  Deterministic: the same text gives the same file.
 */
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "hash.h"
#include "hmap.h"
#include "text.h"

struct word {
	char *s;
	long count;
	long left, right;	/* times first / second of a bigram */
	/* Bigrams with this word first (succ) or second (pred), as
	 * (other word, count), other words in the vocabulary only. */
	struct edge { uint32_t w; uint32_t n; } *succ, *pred;
	size_t nsucc, npred, cap_succ, cap_pred;
	long self;		/* bigrams (w, w) */
};

struct vocab {
	struct hmap index;	/* hash of the word -> index + 1 */
	struct word *v;
	size_t n, cap;
};

static double
xlogx(double x)
{
	return x > 0 ? x * log(x) : 0;
}

/* Lower-cased, as ner.c's word forms. */
static size_t
lower_word(const char *s, size_t len, char *out, size_t cap)
{
	size_t pos = 0, n = 0;

	while (pos < len) {
		char enc[4];
		uint32_t cp = utf8_next(s, len, &pos);
		size_t k = utf8_encode(text_fold(cp), enc);
		if (n + k >= cap)
			break;
		memcpy(out + n, enc, k);
		n += k;
	}
	out[n] = '\0';
	return n;
}

static uint32_t
word_index(struct vocab *V, const char *s, size_t len)
{
	bool found;
	uint32_t *slot = hmap_slot(&V->index, hmap_key(hash_fnv1a(s, len, HASH_FNV_OFFSET)), &found);

	if (!found) {
		V->v = xgrow(V->v, &V->cap, V->n + 1, sizeof *V->v);
		memset(&V->v[V->n], 0, sizeof V->v[V->n]);
		V->v[V->n].s = xmalloc(len + 1);
		memcpy(V->v[V->n].s, s, len);
		V->v[V->n].s[len] = '\0';
		*slot = (uint32_t)++V->n;
	}
	return *slot - 1;
}

static int
by_count(const void *a, const void *b)
{
	const struct word *x = a, *y = b;

	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return strcmp(x->s, y->s);
}

static void
add_edge(struct edge **e, size_t *n, size_t *cap, uint32_t w)
{
	/* Bigrams of a word arrive in any order: a short linear look at the
	 * last few, then sorted and merged in finish_edges. */
	if (*n > 0 && (*e)[*n - 1].w == w) {
		(*e)[*n - 1].n++;
		return;
	}
	*e = xgrow(*e, cap, *n + 1, sizeof **e);
	(*e)[(*n)++] = (struct edge){ w, 1 };
}

static int
by_word(const void *a, const void *b)
{
	const struct edge *x = a, *y = b;

	return x->w < y->w ? -1 : x->w > y->w;
}

static void
finish_edges(struct edge *e, size_t *n)
{
	size_t k = 0;

	if (*n == 0)
		return;		/* a word in no bigram: e may be NULL */
	qsort(e, *n, sizeof *e, by_word);
	for (size_t i = 0; i < *n; i++) {
		if (k > 0 && e[k - 1].w == e[i].w)
			e[k - 1].n += e[i].n;
		else
			e[k++] = e[i];
	}
	*n = k;
}

/* The text as word indices, sentences ended by UINT32_MAX. */
struct text {
	uint32_t *w;
	size_t n, cap;
};

static void
read_text(struct vocab *V, struct text *T)
{
	char *line = NULL, low[256];
	size_t cap = 0;
	ssize_t len;

	while ((len = getline(&line, &cap, stdin)) > 0) {
		char *save = NULL;
		for (char *t = strtok_r(line, " \t\r\n", &save); t;
		    t = strtok_r(NULL, " \t\r\n", &save)) {
			size_t n = lower_word(t, strlen(t), low, sizeof low);
			uint32_t w = word_index(V, low, n);
			V->v[w].count++;
			T->w = xgrow(T->w, &T->cap, T->n + 1, sizeof *T->w);
			T->w[T->n++] = w;
		}
		T->w = xgrow(T->w, &T->cap, T->n + 1, sizeof *T->w);
		T->w[T->n++] = UINT32_MAX;
	}
	free(line);
}

struct model {
	size_t C;
	double *N;		/* C x C class bigram counts */
	double *Nl, *Nr;	/* class counts as first / second */
	uint32_t *cls;		/* per word */
};

/* Gain in the objective of putting word w (in no class now) in class k.
 * nd[d]: w's bigrams (w, x) with x in class d; nc[c]: (x, w), x in c;
 * touched: the classes with a count, ntouched of them. */
static double
gain(const struct model *M, const struct word *w, size_t k, const double *nd,
    const double *nc, const uint32_t *touched, size_t ntouched)
{
	size_t C = M->C;
	double g = 0;

	for (size_t i = 0; i < ntouched; i++) {
		size_t d = touched[i];
		if (d == k)
			continue;
		if (nd[d] > 0)
			g += xlogx(M->N[k * C + d] + nd[d]) - xlogx(M->N[k * C + d]);
		if (nc[d] > 0)
			g += xlogx(M->N[d * C + k] + nc[d]) - xlogx(M->N[d * C + k]);
	}
	double kk = nd[k] + nc[k] + (double)w->self;
	g += xlogx(M->N[k * C + k] + kk) - xlogx(M->N[k * C + k]);
	g -= xlogx(M->Nl[k] + (double)w->left) - xlogx(M->Nl[k]);
	g -= xlogx(M->Nr[k] + (double)w->right) - xlogx(M->Nr[k]);
	return g;
}

/* Adds (sign 1) or removes (-1) word w to or from class k. */
static void
move(struct model *M, const struct word *w, size_t k, const double *nd,
    const double *nc, const uint32_t *touched, size_t ntouched, double sign)
{
	size_t C = M->C;

	for (size_t i = 0; i < ntouched; i++) {
		size_t d = touched[i];
		if (d == k)
			continue;
		M->N[k * C + d] += sign * nd[d];
		M->N[d * C + k] += sign * nc[d];
	}
	M->N[k * C + k] += sign * (nd[k] + nc[k] + (double)w->self);
	M->Nl[k] += sign * (double)w->left;
	M->Nr[k] += sign * (double)w->right;
}

static void
cluster(struct vocab *V, size_t nv, size_t C, long iterations, uint32_t *out)
{
	struct model M = { C, xcalloc(C * C, sizeof(double)), xcalloc(C, sizeof(double)),
	    xcalloc(C, sizeof(double)), out };
	double *nd = xcalloc(C, sizeof *nd), *nc = xcalloc(C, sizeof *nc);
	uint32_t *touched = xcalloc(C, sizeof *touched);
	bool *is_touched = xcalloc(C, sizeof *is_touched);

	for (size_t w = 0; w < nv; w++)
		M.cls[w] = (uint32_t)(w % C);
	for (size_t w = 0; w < nv; w++) {
		const struct word *x = &V->v[w];
		for (size_t e = 0; e < x->nsucc; e++)
			M.N[M.cls[w] * C + M.cls[x->succ[e].w]] += x->succ[e].n;
		M.Nl[M.cls[w]] += (double)x->left;
		M.Nr[M.cls[w]] += (double)x->right;
	}
	for (long it = 0; it < iterations; it++) {
		size_t moved = 0;
		for (size_t w = 0; w < nv; w++) {
			const struct word *x = &V->v[w];
			size_t nt = 0, from = M.cls[w], best = from;
			for (size_t e = 0; e < x->nsucc + x->npred; e++) {
				bool s = e < x->nsucc;
				const struct edge *ed = s ? &x->succ[e] : &x->pred[e - x->nsucc];
				if (ed->w == w)
					continue;
				size_t c = M.cls[ed->w];
				if (!is_touched[c]) {
					is_touched[c] = true;
					touched[nt++] = (uint32_t)c;
				}
				(s ? nd : nc)[c] += ed->n;
			}
			move(&M, x, from, nd, nc, touched, nt, -1);
			double best_gain = gain(&M, x, from, nd, nc, touched, nt);
			for (size_t k = 0; k < C; k++) {
				if (k == from)
					continue;
				double g = gain(&M, x, k, nd, nc, touched, nt);
				if (g > best_gain + 1e-9) {
					best_gain = g;
					best = k;
				}
			}
			move(&M, x, best, nd, nc, touched, nt, 1);
			M.cls[w] = (uint32_t)best;
			moved += best != from;
			for (size_t i = 0; i < nt; i++) {
				nd[touched[i]] = nc[touched[i]] = 0;
				is_touched[touched[i]] = false;
			}
		}
		fprintf(stderr, "clusters: %zu classes, pass %ld: %zu words moved\n",
		    C, it + 1, moved);
		if (moved == 0)
			break;
	}
	free(M.N);
	free(M.Nl);
	free(M.Nr);
	free(nd);
	free(nc);
	free(touched);
	free(is_touched);
}

int
main(int argc, char **argv)
{
	const char *classes = "64,512";
	long min_count = 4, iterations = 8;
	struct vocab V = { 0 };
	struct text T = { 0 };
	int opt;

	diag_set_progname("clusters");
	while ((opt = getopt(argc, argv, "c:i:m:")) != -1) {
		switch (opt) {
		case 'c': classes = optarg; break;
		case 'i': iterations = atol(optarg); break;
		case 'm': min_count = atol(optarg); break;
		default:
			fprintf(stderr, "usage: clusters [-c classes,...] [-m min-count] "
			    "[-i iterations] < text > clusters.tsv\n");
			return EXIT_TROUBLE;
		}
	}
	hmap_init(&V.index, 1 << 16);
	read_text(&V, &T);
	/* Most frequent first; the rare words leave the vocabulary. */
	uint32_t *rank = xcalloc(V.n, sizeof *rank);
	for (size_t i = 0; i < V.n; i++)
		V.v[i].left = (long)i;	/* old index, kept through the sort */
	qsort(V.v, V.n, sizeof *V.v, by_count);
	size_t nv = 0;
	for (size_t i = 0; i < V.n; i++) {
		rank[V.v[i].left] = V.v[i].count >= min_count ? (uint32_t)i : UINT32_MAX;
		V.v[i].left = 0;
		nv += V.v[i].count >= min_count;
	}
	for (size_t i = 1; i < T.n; i++) {
		uint32_t a = T.w[i - 1], b = T.w[i];
		if (a == UINT32_MAX || b == UINT32_MAX)
			continue;
		a = rank[a];
		b = rank[b];
		if (a == UINT32_MAX || b == UINT32_MAX)
			continue;
		struct word *x = &V.v[a], *y = &V.v[b];
		x->left++;
		y->right++;
		if (a == b)
			x->self++;
		add_edge(&x->succ, &x->nsucc, &x->cap_succ, b);
		add_edge(&y->pred, &y->npred, &y->cap_pred, a);
	}
	for (size_t w = 0; w < nv; w++) {
		finish_edges(V.v[w].succ, &V.v[w].nsucc);
		finish_edges(V.v[w].pred, &V.v[w].npred);
	}
	fprintf(stderr, "clusters: %zu words of text, %zu in the vocabulary\n",
	    T.n, nv);
	size_t nc = 0, sizes[8];
	for (char *save = NULL, *list = xstrdup(classes), *t = strtok_r(list, ",", &save);
	    t && nc < 8; t = strtok_r(NULL, ",", &save))
		sizes[nc++] = (size_t)atol(t);
	uint32_t *cls = xcalloc(nc * nv, sizeof *cls);
	for (size_t k = 0; k < nc; k++)
		cluster(&V, nv, sizes[k], iterations, cls + k * nv);
	for (size_t w = 0; w < nv; w++) {
		printf("%s", V.v[w].s);
		for (size_t k = 0; k < nc; k++)
			printf("\t%u", cls[k * nv + w]);
		printf("\n");
	}
	return 0;
}
