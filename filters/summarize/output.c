/*
 * output: a group's summary, as a record or as text to read (group.h).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "group.h"

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

/* A score to three places; a whole number as an integer, as JSON
 * writes it most compactly (2, not 2.0). */
static json_t *
score_json(double score)
{
	double r = round(score * 1000) / 1000;

	return r == floor(r) && fabs(r) < 1e15 ? json_integer((json_int_t)r) : json_real(r);
}

static void
write_ndjson(const struct group *g, const struct summarize_config *cfg,
    struct stream *out, const size_t *chosen, size_t k,
    const size_t *es, size_t nents, const size_t *qs, size_t nq)
{
	json_t *rec = json_object(), *list = json_array();

	json_object_set_new(rec, "type", json_string("summary"));
	json_object_set_new(rec, cfg->window || cfg->every ? "window" : "doc",
	    json_string(g->key ? g->key : ""));
	if (g->title != NULL)
		json_object_set_new(rec, "title", json_string(g->title));
	json_object_set_new(rec, "count", json_integer((json_int_t)g->count));
	if (g->all_repeats)
		json_object_set_new(rec, "repeats", json_true());
	for (size_t i = 0; i < k; i++) {
		const struct sentence *st = &g->v[chosen[i]];
		json_t *o = json_object();
		json_object_set_new(o, "text", json_string(st->text));
		json_object_set_new(o, "id", json_string(st->id));
		json_object_set_new(o, "score", score_json(st->score));
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
		json_object_set_new(o, "kind", json_string(q->kind));
		json_object_set_new(o, "id", json_string(q->id));
		json_array_append_new(list, o);
	}
	json_object_set_new(rec, "quotes", list);
	stream_emit(out, rec);
	json_decref(rec);
}

/* "9 paragraphs", "1 post", "3 stories". */
static void
put_count(struct buf *b, size_t n, const char *unit)
{
	char line[64];

	if (unit == NULL)
		unit = "record";
	snprintf(line, sizeof line, "%zu %s%s", n, n == 1 || strcmp(unit, "story") != 0 ?
	    unit : "stori", n == 1 ? "" : strcmp(unit, "story") == 0 ? "es" : "s");
	buf_append(b, line, strlen(line));
}

/* A reported clause after "X said": a sentence's opening article or
 * pronoun in lower case ("said the budget", not "said The budget"); a
 * name keeps its capital. */
static void
put_reported(struct buf *b, const char *text)
{
	static const char *const openers[] = { "The", "A", "An", "It", "Its",
	    "There", "This", "That", "These", "Those", "They", "Their", "He",
	    "His", "She", "Her", "Some", "All", "Most", "No" };
	size_t at = b->len, len = strcspn(text, " ,");

	buf_append(b, text, strlen(text));
	for (size_t i = 0; i < sizeof openers / sizeof *openers; i++)
		if (strlen(openers[i]) == len && strncmp(text, openers[i], len) == 0) {
			b->data[at] = (char)(b->data[at] - 'A' + 'a');
			break;
		}
}

/* Text and markdown go straight to stdout, through the stream's writer
 * so that flushing and write errors work the same. */
static void
write_readable(const struct group *g, const struct summarize_config *cfg,
    struct stream *out, const size_t *chosen, size_t k,
    const size_t *es, size_t nents, const size_t *qs, size_t nq,
    struct buf *b)
{
	bool md = cfg->format == SUMMARIZE_MARKDOWN;
	char line[64];

	b->len = 0;
#define PUT(str) buf_append(b, (str), strlen(str))
	PUT(md ? "## " : "");
	if (cfg->window || cfg->every) {
		/* A window is headed by itself, not by its first story. */
		PUT("Window ");
		PUT(g->key ? g->key : "");
		if (cfg->every) {
			time_t start = (time_t)g->window_start;
			struct tm tm;
			if (gmtime_r(&start, &tm) != NULL &&
			    strftime(line, sizeof line, ", from %Y-%m-%d %H:%M UTC", &tm) > 0)
				PUT(line);
		}
		snprintf(line, sizeof line, " (%zu %s, ", g->stories,
		    g->stories == 1 ? "story" : "stories");
		PUT(line);
	} else {
		if (g->title != NULL) {
			PUT(g->title);
			PUT(" \xe2\x80\x94 ");
		}
		PUT(g->key ? g->key : "");
		PUT(" (");
	}
	if (g->posts > 0 && !(cfg->window || cfg->every))
		put_count(b, g->posts, "post");
	else
		put_count(b, g->count, g->unit);
	PUT(g->all_repeats ? ", all repeating earlier news" : "");
	PUT(md ? ")\n\n" : ")\n");
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
		PUT(md ? (i == 0 ? "\n> " : "> ") : "  ");
		if (q->verb == NULL) {
			/* The speaker's own words, in quotation marks. */
			PUT("\"");
			PUT(q->text);
			PUT(md ? "\" \xe2\x80\x94 " : "\" -- ");
			PUT(q->canonical);
		} else {
			/* Reported speech is reported, never put in quotation
			 * marks: a mixed quote keeps those around its quoted
			 * words. */
			/* "The club said", opening the line. */
			size_t at = b->len;
			PUT(q->canonical);
			if (b->len > at && b->data[at] >= 'a' && b->data[at] <= 'z')
				b->data[at] = (char)(b->data[at] - 'a' + 'A');
			PUT(" ");
			PUT(q->verb);
			PUT(" ");
			put_reported(b, q->text);
		}
		PUT(md ? "\n>\n" : "\n");
	}
	PUT("\n");
#undef PUT
	stream_emit_raw(out, b);
}

void
write_summary(struct group *g, const struct summarize_config *cfg,
    const size_t *chosen, size_t k, struct stream *out, struct buf *scratch)
{
	size_t es[TOP_ENTITIES], qs[TOP_QUOTES];
	size_t nents = top_entities(g, es), nq = top_quotes(g, qs);

	if (cfg->format == SUMMARIZE_NDJSON)
		write_ndjson(g, cfg, out, chosen, k, es, nents, qs, nq);
	else
		write_readable(g, cfg, out, chosen, k, es, nents, qs, nq, scratch);
}
