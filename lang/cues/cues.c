/*
 * cues: the words that report speech or thought (cues.h).
 *
 * cues.tsv has a line a form: FORM, LEMMA, POS (VERB or NOUN) and TYPE
 * (speech or thought).  Two sorted indexes point into it, one by form
 * and one by lemma, each entry a word with its part of speech and type.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cues.h"
#include "diag.h"

extern const char cues_data[], cues_data_end[];

struct cue_entry {
	const char *word;
	size_t len;
	enum cue_pos pos;
	enum cue_type type;
};

struct cue_index {
	struct cue_entry *v;
	size_t n, cap;
};

static struct cue_index by_form, by_lemma;
static pthread_once_t indexed = PTHREAD_ONCE_INIT;

static int
compare_words(const char *a, size_t alen, const char *b, size_t blen)
{
	int c = strncasecmp(a, b, alen < blen ? alen : blen);

	return c != 0 ? c : (alen > blen) - (alen < blen);
}

static int
by_word(const void *x, const void *y)
{
	const struct cue_entry *a = x, *b = y;
	int c = compare_words(a->word, a->len, b->word, b->len);

	return c != 0 ? c : (int)a->pos - (int)b->pos;
}

static void
add(struct cue_index *ix, const char *word, size_t len, enum cue_pos pos,
    enum cue_type type)
{
	ix->v = xgrow(ix->v, &ix->cap, ix->n + 1, sizeof *ix->v);
	ix->v[ix->n++] = (struct cue_entry){ word, len, pos, type };
}

/* Sorted, and a word that is both speech and thought kept as speech. */
static void
finish(struct cue_index *ix)
{
	size_t out = 0;

	qsort(ix->v, ix->n, sizeof *ix->v, by_word);
	for (size_t i = 0; i < ix->n; i++) {
		if (out > 0 && by_word(&ix->v[out - 1], &ix->v[i]) == 0) {
			if (ix->v[i].type == CUE_SPEECH)
				ix->v[out - 1].type = CUE_SPEECH;
			continue;
		}
		ix->v[out++] = ix->v[i];
	}
	ix->n = out;
}

/* The next tab- or newline-ended field of the line at *p. */
static const char *
field(const char **p, const char *end, size_t *len)
{
	const char *s = *p, *e = s;

	while (e < end && *e != '\t' && *e != '\n')
		e++;
	*len = (size_t)(e - s);
	*p = e < end ? e + 1 : e;
	return s;
}

static void
index_cues(void)
{
	const char *p = cues_data, *end = cues_data_end;

	while (p < end) {
		size_t flen, llen, plen, tlen;
		const char *form = field(&p, end, &flen);
		const char *lemma = field(&p, end, &llen);
		const char *pos = field(&p, end, &plen);
		const char *type = field(&p, end, &tlen);
		enum cue_pos cp = plen == 4 && memcmp(pos, "NOUN", 4) == 0 ? CUE_NOUN : CUE_VERB;
		enum cue_type ct = tlen == 7 && memcmp(type, "thought", 7) == 0 ?
		    CUE_THOUGHT : CUE_SPEECH;

		if (flen == 0 || llen == 0)
			continue;
		add(&by_form, form, flen, cp, ct);
		add(&by_lemma, lemma, llen, cp, ct);
	}
	finish(&by_form);
	finish(&by_lemma);
}

static enum cue_type
look_up(const struct cue_index *ix, const char *w, size_t len, enum cue_pos pos)
{
	struct cue_entry key = { w, len, pos, CUE_NONE };
	const struct cue_entry *e;

	pthread_once(&indexed, index_cues);
	e = bsearch(&key, ix->v, ix->n, sizeof *ix->v, by_word);
	return e != NULL ? e->type : CUE_NONE;
}

enum cue_type
cue_form_type(const char *w, size_t len, enum cue_pos pos)
{
	return look_up(&by_form, w, len, pos);
}

enum cue_type
cue_lemma_type(const char *lemma, size_t len, enum cue_pos pos)
{
	return look_up(&by_lemma, lemma, len, pos);
}
