/*
 * read: records into a group (group.h).  Each sentence of a record
 * becomes a candidate with its content words; the record's entities
 * (record.h: ordered by start) and quotes (put in that order here) are
 * walked beside its sentences, which are in order too, so a record is
 * read in time linear in its size however many entities it has.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diag.h"
#include "group.h"
#include "hash.h"
#include "ids.h"
#include "text.h"

/* A quote of the record, with where it starts. */
struct quote_at {
	json_t *q;
	size_t index;		/* in the record's array */
	size_t cp;		/* its start as given, 0 when not a positive integer */
	size_t at;		/* the same in bytes */
	size_t end;		/* its end as given (code points), 0 when none */
	bool direct;		/* the speaker's own words */
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

/* The content words of st's text, lower-cased and hashed, its word count
 * and its figures (the numbers among its terms). */
static void
content_terms(struct group_reader *s, struct sentence *st, size_t len)
{
	const char *text = st->text;
	uint64_t *v;
	size_t n = 0;

	tok_split(text, len, &s->toks);
	v = xcalloc(s->toks.n + 1, sizeof *v);
	st->figures = xcalloc(s->toks.n + 1, sizeof *st->figures);
	st->words = 0;
	for (size_t i = 0; i < s->toks.n; i++) {
		const struct token *t = &s->toks.v[i];
		char lower[64];
		size_t l = 0, pos = t->start;
		if (t->kind != TOK_WORD && t->kind != TOK_NUMBER && t->kind != TOK_ABBREV)
			continue;
		st->words++;
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
		if (t->kind == TOK_NUMBER)
			st->figures[st->nfigures++] = v[n - 1];
	}
	st->nterms = sort_unique(v, n);
	st->terms = v;
	st->nfigures = sort_unique(st->figures, st->nfigures);
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

void
group_reader_init(struct group_reader *r, struct stream *in)
{
	memset(r, 0, sizeof *r);
	r->in = in;
	record_reader_init(&r->rr, in);
}

void
group_reader_free(struct group_reader *r)
{
	tok_list_free(&r->toks);
	sent_list_free(&r->sents);
	record_entities_free(&r->ents);
	free(r->quotes);
	memset(r, 0, sizeof *r);
}

static int
by_start(const void *x, const void *y)
{
	const struct quote_at *a = x, *b = y;

	if (a->cp != b->cp)
		return a->cp < b->cp ? -1 : 1;
	return a->index < b->index ? -1 : a->index > b->index;
}

static int
by_index(const void *x, const void *y)
{
	const struct quote_at *a = x, *b = y;

	return a->index < b->index ? -1 : a->index > b->index;
}

/* The record's quotes, ordered by start, their starts turned into bytes
 * by one walk of a cursor. */
static void
read_quotes(struct group_reader *r, json_t *quotes, const char *text, size_t len)
{
	struct text_cursor cur;
	json_t *q;
	size_t i;

	r->nquotes = 0;
	if (!json_is_array(quotes))
		return;
	r->quotes = xgrow(r->quotes, &r->cap_quotes, json_array_size(quotes) + 1,
	    sizeof *r->quotes);
	json_array_foreach(quotes, i, q) {
		json_int_t cp = json_integer_value(json_object_get(q, "start"));
		json_int_t end = json_integer_value(json_object_get(q, "end"));
		const char *kind = json_string_value(json_object_get(q, "kind"));

		r->quotes[r->nquotes++] = (struct quote_at){ q, i, cp <= 0 ? 0 : (size_t)cp, 0,
		    end <= cp ? 0 : (size_t)end, kind != NULL && strcmp(kind, "direct") == 0 };
	}
	qsort(r->quotes, r->nquotes, sizeof *r->quotes, by_start);
	text_cursor_init(&cur, text);
	for (i = 0; i < r->nquotes; i++)
		r->quotes[i].at = r->quotes[i].cp == 0 ? 0 :
		    text_cursor_byte(&cur, len, r->quotes[i].cp);
}

/* The entities of the record that start in [a, b), counted by the
 * group.  *next is the first entity not yet passed: the sentences come
 * in order, so it only moves on. */
static void
sentence_entities(struct group *g, struct sentence *st,
    const struct record_entities *ents, size_t *next, size_t a, size_t b)
{
	size_t first;

	while (*next < ents->n && ents->v[*next].start < a)
		(*next)++;
	first = *next;
	while (*next < ents->n && ents->v[*next].start < b)
		(*next)++;
	st->entities = xcalloc(*next - first + 1, sizeof *st->entities);
	for (size_t i = first; i < *next; i++) {
		const struct record_entity *e = &ents->v[i];

		if (e->canonical == NULL || !named_type(e->type))
			continue;
		st->entities[st->nentities++] = group_entity_key(e->canonical);
		group_count_entity(g, e->canonical, e->type);
	}
	st->nentities = sort_unique(st->entities, st->nentities);
}

/* The verb a digest reports words with that were not the speaker's
 * own: the cue as written when it is a finite verb of its own ("warned",
 * "denies"), else "said" ("saying", "told" without its listener,
 * "according to", none). */
static char *
reporting_verb(const char *cue)
{
	size_t len = cue != NULL ? strlen(cue) : 0;

	if (len < 3 || strchr(cue, ' ') != NULL || strcmp(cue + len - 3, "ing") == 0 ||
	    strncasecmp(cue, "tell", 4) == 0 || strncasecmp(cue, "told", 4) == 0 ||
	    !(strcmp(cue + len - 2, "ed") == 0 || cue[len - 1] == 's' ||
	    strcmp(cue, "said") == 0 || strcmp(cue, "wrote") == 0))
		return xstrdup("said");
	return xstrdup(cue);
}

/* Whether a quote with a named speaker starts in [a, b), the first
 * one's speaker and kind kept in st; keeps the best quotes of the group.
 * *next moves on as in sentence_entities; the sentence's own quotes are
 * taken in the record's order. */
static bool
sentence_quotes(struct group *g, struct group_reader *r, size_t *next,
    size_t a, size_t b, struct sentence *st)
{
	size_t first;
	bool found = false;

	while (*next < r->nquotes && r->quotes[*next].at < a)
		(*next)++;
	first = *next;
	while (*next < r->nquotes && r->quotes[*next].at < b)
		(*next)++;
	if (*next - first > 1)
		qsort(r->quotes + first, *next - first, sizeof *r->quotes, by_index);
	for (size_t i = first; i < *next; i++) {
		json_t *q = r->quotes[i].q;
		const char *canonical = json_string_value(json_object_get(q, "canonical"));
		const char *qtext = json_string_value(json_object_get(q, "text"));
		const char *kind = json_string_value(json_object_get(q, "kind"));
		const char *type = json_string_value(json_object_get(q, "type"));
		const char *cue = json_string_value(json_object_get(q, "cue"));
		bool direct = kind != NULL && strcmp(kind, "direct") == 0;
		if (canonical == NULL || qtext == NULL)
			continue;
		if (type != NULL && strcmp(type, "thought") == 0)
			continue;	/* what someone believes was not said */
		if (!found) {
			st->speaker = group_entity_key(canonical);
			st->direct = direct;
		}
		found = true;
		if (g->nquotes == MAX_QUOTES_KEPT)
			continue;
		/* Direct words of a named person weigh most; long ones more. */
		double score = (direct ? 2.0 : 1.0) *
		    log(2.0 + (double)strlen(qtext)) +
		    (double)group_entity_count(g, group_entity_key(canonical));
		g->quotes = xgrow(g->quotes, &g->cap_quotes, g->nquotes + 1, sizeof *g->quotes);
		g->quotes[g->nquotes++] = (struct quote_pick){ xstrdup(canonical),
		    xstrdup(qtext), xstrdup(st->id), direct ? NULL : reporting_verb(cue),
		    direct ? "direct" : kind != NULL && strcmp(kind, "mixed") == 0 ?
		    "mixed" : "indirect", score };
	}
	return found;
}

/* The longest record id a sentence keeps as it is. */
enum { SENTENCE_ID_MAX = 512 };

/* The record's id for its k-th sentence, of n: "<id>:s<k>", or the id
 * alone for a sentence record.  A long id is bounded (ids.h): a story
 * keeps an id for each of its sentences. */
static char *
sentence_id(json_t *rec, const char *id, size_t k, size_t n)
{
	char sid[SENTENCE_ID_MAX + 32];
	size_t len;

	if (id == NULL)
		id = "-";
	len = ids_bound(id, strlen(id), sid, SENTENCE_ID_MAX);
	if (n > 1 || json_object_get(rec, "sent") == NULL)
		snprintf(sid + len, sizeof sid - len, ":s%zu", k);
	return xstrdup(sid);
}

/* What the group's records are, as a reader counts them (from the
 * first: wire-split writes one kind a stream), how many posts of a live
 * blog they hold, and from how many stories, a run of records of one
 * doc being one. */
static void
count_story(struct group *g, json_t *rec)
{
	const char *doc = record_doc(rec);
	json_t *post = json_object_get(rec, "post");

	if (g->unit == NULL)
		g->unit = json_object_get(rec, "sent") != NULL ? "sentence" :
		    json_object_get(rec, "para") != NULL ? "paragraph" : "story";
	if (json_is_integer(post) && json_integer_value(post) >= 0 &&
	    (size_t)json_integer_value(post) + 1 > g->posts)
		g->posts = (size_t)json_integer_value(post) + 1;
	if (doc == NULL || g->last_doc == NULL || strcmp(doc, g->last_doc) != 0) {
		g->stories++;
		g->story_sentences = 0;
		free(g->last_doc);
		g->last_doc = doc != NULL ? xstrdup(doc) : NULL;
	}
}

/* Whether a sentence ends as a sentence does: a stop, perhaps inside a
 * closing quotation mark or bracket.  One that does not is a headline,
 * a dateline, a label or a credit. */
static bool
ends_with_stop(const char *text, size_t len)
{
	static const char *const closers[] = { "\"", "'", ")", "]", "\u201d", "\u2019" };
	static const char *const stops[] = { ".", "!", "?", "\u2026", "\u3002", "\uff0e",
		"\uff01", "\uff1f" };
	bool more = true;

	while (len > 0 && (text[len - 1] == ' ' || text[len - 1] == '\n'))
		len--;
	while (more) {
		more = false;
		for (size_t i = 0; i < sizeof closers / sizeof *closers; i++) {
			size_t n = strlen(closers[i]);
			if (len >= n && memcmp(text + len - n, closers[i], n) == 0) {
				len -= n;
				more = true;
			}
		}
	}
	for (size_t i = 0; i < sizeof stops / sizeof *stops; i++) {
		size_t n = strlen(stops[i]);
		if (len >= n && memcmp(text + len - n, stops[i], n) == 0)
			return true;
	}
	return false;
}

/* Whether a sentence holds part of a quotation only: an odd number of
 * straight double quotation marks, or unlike numbers of opening and
 * closing curly ones.  A quotation of several sentences is split by
 * the sentences; one of them alone would cut the speaker's words. */
static bool
part_of_quote(const char *text, size_t len)
{
	size_t straight = 0, open = 0, close = 0;

	for (size_t i = 0; i < len; i++) {
		straight += text[i] == '"';
		if (i + 3 <= len && memcmp(text + i, "\u201c", 3) == 0)
			open++;
		if (i + 3 <= len && memcmp(text + i, "\u201d", 3) == 0)
			close++;
	}
	return straight % 2 == 1 || open != close;
}

/*
 * Whether the sentence [a, b) (code points) is one of several that a
 * direct quotation runs over, as the quote stage found it: one begun
 * before it goes on into it, or one begun in it goes on past it (a
 * sentence inside a quotation may hold no quotation mark at all).  The
 * quotes are walked in order of their start, once for the record: *next
 * is the first not yet passed, *reach how far those passed run.
 */
static bool
in_long_quotation(const struct group_reader *r, size_t *next, size_t *reach,
    size_t a, size_t b)
{
	enum { SLACK = 2 };	/* a closing mark or a space at the edge */
	bool part = *reach > a + SLACK;

	while (*next < r->nquotes && r->quotes[*next].cp < b) {
		const struct quote_at *q = &r->quotes[(*next)++];
		if (!q->direct || q->cp == 0 || q->end == 0)
			continue;
		part |= q->end > b + SLACK || (q->cp + SLACK < a && q->end > a + SLACK);
		*reach = q->end > *reach ? q->end : *reach;
	}
	return part;
}

/* What a record says of all its sentences. */
struct record_facts {
	const char *id, *title;
	size_t nsents;
	bool repeat, post, timed;
	int64_t time;
};

/* The k-th sentence of the record, text[a, b), into g: its words, and
 * where it stands in its story. */
static struct sentence *
read_sentence(struct group *g, struct group_reader *r, json_t *rec,
    const struct record_facts *f, size_t k, const char *text, size_t a, size_t b,
    size_t max_sentences)
{
	struct sentence *st = group_add_sentence(g, max_sentences);

	st->text = xmalloc(b - a + 1);
	memcpy(st->text, text + a, b - a);
	st->text[b - a] = '\0';
	st->id = sentence_id(rec, f->id, k, f->nsents);
	content_terms(r, st, b - a);
	st->headline = !ends_with_stop(st->text, b - a) ||
	    (f->title != NULL && strcmp(st->text, f->title) == 0);
	st->part_quote = part_of_quote(st->text, b - a);
	st->place = g->story_sentences;
	if (!st->headline && st->words >= MIN_WORDS)
		g->story_sentences++;
	st->opens_post = k == 0;
	st->post = f->post;
	st->timed = f->timed;
	st->time = f->time;
	st->repeat = f->repeat;
	return st;
}

void
group_read_record(struct group *g, struct group_reader *r, json_t *rec,
    size_t max_sentences)
{
	size_t len, next_entity = 0, next_quote = 0, next_span = 0, reach = 0;
	const char *text = stream_text(r->in, rec, &len);
	struct text_cursor cur;
	struct record_facts f = {
		.id = json_string_value(json_object_get(rec, "id")),
		.title = json_string_value(json_object_get(rec, "title")),
		.post = json_is_integer(json_object_get(rec, "post")),
		/* wire-dedupe --mark: a repeat is counted, its names and
		 * quotes are not, and its sentences are picked only when every
		 * record of the story or window is one (rank.c): a summary is
		 * never empty. */
		.repeat = json_object_get(rec, "duplicate_of") != NULL,
	};
	bool has_entities, has_quotes;

	g->count++;
	count_story(g, rec);
	if (g->title == NULL && f.title != NULL)
		g->title = xstrdup(f.title);
	f.timed = f.post && record_time(&r->rr, rec, &f.time);
	record_sentences(&r->rr, rec, text, len, &r->sents);
	f.nsents = r->sents.n;
	has_entities = !f.repeat && record_entities(&r->rr, rec, text, len, &r->ents);
	if (!f.repeat)
		read_quotes(r, json_object_get(rec, "quotes"), text, len);
	has_quotes = !f.repeat && json_is_array(json_object_get(rec, "quotes"));
	text_cursor_init(&cur, text);
	for (size_t k = 0; k < r->sents.n; k++) {
		size_t a = r->sents.v[k].start, b = r->sents.v[k].end;
		struct sentence *st = read_sentence(g, r, rec, &f, k, text, a, b,
		    max_sentences);
		if (has_entities)
			sentence_entities(g, st, &r->ents, &next_entity, a, b);
		if (has_quotes) {
			size_t a_cp = text_cursor_cp(&cur, a), b_cp = text_cursor_cp(&cur, b);
			st->part_quote |= in_long_quotation(r, &next_span, &reach, a_cp, b_cp);
			st->quoted = sentence_quotes(g, r, &next_quote, a, b, st);
		}
	}
}
