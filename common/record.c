/*
 * record: the fields upstream stages wrote, validated (record.h).
 */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "isotime.h"
#include "paragraphs.h"
#include "record.h"
#include "text.h"

static const char *const field_names[RECORD_NFIELDS] = {
	[RECORD_SENTENCES] = "sentences",
	[RECORD_ENTITIES] = "entities",
	[RECORD_TOKENS] = "tokens",
	[RECORD_TIME] = "time",
};

void
record_reader_init(struct record_reader *r, struct stream *s)
{
	memset(r, 0, sizeof *r);
	r->stream = s;
}

/* Once per stream and field: what was wrong, and what the stage does. */
static void
warn_malformed(struct record_reader *r, enum record_field f, const char *why,
    const char *instead)
{
	if (r->warned[f])
		return;
	r->warned[f] = true;
	if (r->stream != NULL)
		diag_warn("%s:%lu: field '%s' is malformed (%s); %s (said once per stream)",
		    stream_input_name(r->stream), r->stream->lr.lineno,
		    field_names[f], why, instead);
	else
		diag_warn("field '%s' is malformed (%s); %s (said once per stream)",
		    field_names[f], why, instead);
}

/* A code-point offset as a non-negative integer no greater than max. */
static bool
offset_value(json_t *v, size_t max, size_t *out)
{
	json_int_t n;

	if (!json_is_integer(v))
		return false;
	n = json_integer_value(v);
	if (n < 0 || (size_t)n > max)
		return false;
	*out = (size_t)n;
	return true;
}

static void
push_sentence(struct sent_list *out, size_t start, size_t end)
{
	out->v = xgrow(out->v, &out->cap, out->n + 1, sizeof *out->v);
	out->v[out->n++] = (struct sent_span){ start, end };
}

/* The "sentences" spans in bytes; NULL when they hold, else why not. */
static const char *
read_sentences(json_t *spans, const char *text, size_t len,
    struct sent_list *out)
{
	size_t ncp = text_cp_count(text, len), prev_end = 0, i;
	struct text_cursor cur;
	json_t *sp;

	out->n = 0;
	text_cursor_init(&cur, text);
	json_array_foreach(spans, i, sp) {
		size_t a, b;
		if (!json_is_array(sp) || json_array_size(sp) != 2 ||
		    !offset_value(json_array_get(sp, 0), ncp, &a) ||
		    !offset_value(json_array_get(sp, 1), ncp, &b))
			return "a span is not two offsets inside the text";
		if (b <= a || a < prev_end)
			return "spans empty, overlapping or out of order";
		prev_end = b;
		/* In order, so the cursor only moves on. */
		a = text_cursor_byte(&cur, len, a);
		b = text_cursor_byte(&cur, len, b);
		push_sentence(out, a, b);
	}
	return NULL;
}

void
record_sentences(struct record_reader *r, json_t *rec, const char *text,
    size_t len, struct sent_list *out)
{
	json_t *spans = json_object_get(rec, "sentences");

	out->n = 0;
	if (spans != NULL) {
		const char *why = json_is_array(spans) ?
		    read_sentences(spans, text, len, out) : "not an array";
		if (why == NULL && (out->n > 0 || len == 0))
			return;
		warn_malformed(r, RECORD_SENTENCES,
		    why != NULL ? why : "no sentence in a text", "split here instead");
	} else if (json_object_get(rec, "sent") != NULL) {
		/* A sentence record is one sentence. */
		if (len > 0)
			push_sentence(out, 0, len);
		return;
	}
	para_sentences(text, len, out);
}

/* The next field of a "tokens" string: s[*pos..) up to a space or the
 * end; false when there is none. */
static bool
next_column(const char *s, size_t len, size_t *pos, const char **col,
    size_t *col_len)
{
	size_t start = *pos, end = start;

	if (start >= len)
		return false;
	while (end < len && s[end] != ' ')
		end++;
	if (end == start)
		return false;
	*col = s + start;
	*col_len = end - start;
	*pos = end < len ? end + 1 : end;
	return true;
}

/* A decimal number of at most nine digits (offsets, heads). */
static bool
column_number(const char *col, size_t n, size_t *out)
{
	size_t v = 0;

	if (n == 0 || n > 9)
		return false;
	for (size_t i = 0; i < n; i++) {
		if (col[i] < '0' || col[i] > '9')
			return false;
		v = v * 10 + (size_t)(col[i] - '0');
	}
	*out = v;
	return true;
}

/* A short column: a tag or a relation (at most 255 bytes). */
static bool
short_column(const char *s, size_t len, size_t *pos, const char **col,
    unsigned char *col_len)
{
	size_t n;

	if (!next_column(s, len, pos, col, &n) || n > 255)
		return false;
	*col_len = (unsigned char)n;
	return true;
}

/* One word of a sentence string; its offsets checked against ncp and
 * the end of the word before it. */
static bool
read_word(const char *s, size_t len, size_t *pos, size_t ncp, size_t prev_end,
    struct record_word *w)
{
	const char *col;
	size_t n;

	return next_column(s, len, pos, &col, &n) &&
	    column_number(col, n, &w->cp_start) &&
	    next_column(s, len, pos, &col, &n) &&
	    column_number(col, n, &w->cp_end) &&
	    w->cp_start >= prev_end && w->cp_start < w->cp_end && w->cp_end <= ncp &&
	    short_column(s, len, pos, &w->upos, &w->upos_len) &&
	    short_column(s, len, pos, &w->xpos, &w->xpos_len) &&
	    next_column(s, len, pos, &w->lemma, &w->lemma_len) &&
	    next_column(s, len, pos, &col, &n) && column_number(col, n, &w->head) &&
	    short_column(s, len, pos, &w->deprel, &w->deprel_len);
}

/* The words of one sentence string, appended to out; NULL when they
 * hold, else why not. */
static const char *
read_token_sentence(json_t *sentence, size_t ncp, size_t *prev_end,
    struct record_tokens *out)
{
	const char *s = json_string_value(sentence);
	size_t len = json_string_length(sentence), pos = 0, first = out->nw;

	if (s == NULL)
		return "a sentence is not a string";
	while (pos < len) {
		out->w = xgrow(out->w, &out->cap_w, out->nw + 1, sizeof *out->w);
		if (!read_word(s, len, &pos, ncp, *prev_end, &out->w[out->nw]))
			return "a word is not seven fields with offsets in order inside the text";
		*prev_end = out->w[out->nw++].cp_end;
	}
	if (out->nw == first)
		return "a sentence has no word";
	for (size_t i = first; i < out->nw; i++)
		if (out->w[i].head > out->nw - first)
			return "a head is not a word of its sentence";
	return NULL;
}

/* Byte offsets for the words' code points (in order: one pass). */
static void
token_bytes(struct record_tokens *t, const char *text, size_t len)
{
	struct text_cursor cur;

	text_cursor_init(&cur, text);
	for (size_t i = 0; i < t->nw; i++) {
		t->w[i].start = text_cursor_byte(&cur, len, t->w[i].cp_start);
		t->w[i].end = text_cursor_byte(&cur, len, t->w[i].cp_end);
	}
}

static const char *
tokens_instead(const struct record_reader *r)
{
	return r->tokens_instead != NULL ? r->tokens_instead : "parsed here instead";
}

bool
record_tokens(struct record_reader *r, json_t *rec, const char *text,
    size_t len, struct record_tokens *out)
{
	json_t *sentences = json_object_get(rec, "tokens"), *sentence;
	size_t ncp, prev_end = 0, i;
	const char *why = NULL;

	out->nw = out->ns = 0;
	if (sentences == NULL || json_is_null(sentences))
		return false;
	if (!json_is_array(sentences)) {
		warn_malformed(r, RECORD_TOKENS, "not an array", tokens_instead(r));
		return false;
	}
	ncp = text_cp_count(text, len);
	json_array_foreach(sentences, i, sentence) {
		out->first = xgrow(out->first, &out->cap_first, out->ns + 2,
		    sizeof *out->first);
		out->first[out->ns++] = out->nw;
		if ((why = read_token_sentence(sentence, ncp, &prev_end, out)) != NULL)
			break;
	}
	if (why != NULL) {
		warn_malformed(r, RECORD_TOKENS, why, tokens_instead(r));
		out->nw = out->ns = 0;
		return false;
	}
	out->first = xgrow(out->first, &out->cap_first, out->ns + 1, sizeof *out->first);
	out->first[out->ns] = out->nw;
	token_bytes(out, text, len);
	return true;
}

void
record_tokens_free(struct record_tokens *t)
{
	free(t->w);
	free(t->first);
	memset(t, 0, sizeof *t);
}

static int
by_position(const void *pa, const void *pb)
{
	const struct record_entity *a = pa, *b = pb;

	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	if (a->end != b->end)
		return a->end > b->end ? -1 : 1;
	return 0;
}

/* Optional strings: absent or null is fine, anything else is not. */
static bool
optional_string(json_t *item, const char *key, const char **out)
{
	json_t *v = json_object_get(item, key);

	*out = json_string_value(v);
	return v == NULL || json_is_null(v) || json_is_string(v);
}

static bool
read_entity(json_t *item, size_t ncp, struct record_entity *e)
{
	if (!json_is_object(item))
		return false;
	e->type = json_string_value(json_object_get(item, "type"));
	return e->type != NULL &&
	    offset_value(json_object_get(item, "start"), ncp, &e->cp_start) &&
	    offset_value(json_object_get(item, "end"), ncp, &e->cp_end) &&
	    e->cp_start < e->cp_end &&
	    optional_string(item, "canonical", &e->canonical) &&
	    optional_string(item, "title", &e->title);
}

/* Code-point offsets to bytes with one pass of a cursor: the offsets
 * sorted, with where each belongs, so that no order of entities and no
 * nesting of spans makes the walk go back over the text. */
struct cp_slot {
	size_t cp;
	size_t *byte;
};

static int
by_cp(const void *pa, const void *pb)
{
	const struct cp_slot *a = pa, *b = pb;

	return a->cp < b->cp ? -1 : a->cp > b->cp;
}

static void
entities_to_bytes(struct record_entities *list, const char *text, size_t len)
{
	struct cp_slot *slots;
	struct text_cursor cur;

	if (list->n == 0)
		return;
	slots = xmalloc(2 * list->n * sizeof *slots);
	for (size_t i = 0; i < list->n; i++) {
		slots[2 * i] = (struct cp_slot){ list->v[i].cp_start, &list->v[i].start };
		slots[2 * i + 1] = (struct cp_slot){ list->v[i].cp_end, &list->v[i].end };
	}
	qsort(slots, 2 * list->n, sizeof *slots, by_cp);
	text_cursor_init(&cur, text);
	for (size_t i = 0; i < 2 * list->n; i++)
		*slots[i].byte = text_cursor_byte(&cur, len, slots[i].cp);
	free(slots);
}

bool
record_entities(struct record_reader *r, json_t *rec, const char *text,
    size_t len, struct record_entities *out)
{
	json_t *list = json_object_get(rec, "entities"), *item;
	size_t ncp, i;
	bool bad = false;

	out->n = 0;
	if (list == NULL)
		return false;
	if (!json_is_array(list)) {
		warn_malformed(r, RECORD_ENTITIES, "not an array", "read as none");
		return false;
	}
	ncp = text_cp_count(text, len);
	json_array_foreach(list, i, item) {
		struct record_entity e;
		if (!read_entity(item, ncp, &e)) {
			bad = true;
			continue;
		}
		out->v = xgrow(out->v, &out->cap, out->n + 1, sizeof *out->v);
		out->v[out->n++] = e;
	}
	if (bad)
		warn_malformed(r, RECORD_ENTITIES,
		    "an item without a type or with offsets outside the text",
		    "such items left out");
	entities_to_bytes(out, text, len);
	if (out->n > 1)	/* qsort of a NULL array is undefined, even empty */
		qsort(out->v, out->n, sizeof *out->v, by_position);
	return true;
}

void
record_entities_free(struct record_entities *list)
{
	free(list->v);
	memset(list, 0, sizeof *list);
}

bool
record_time(struct record_reader *r, json_t *rec, int64_t *seconds)
{
	json_t *t = json_object_get(rec, "time");

	if (t == NULL || json_is_null(t))
		return false;
	if (json_is_string(t) && isotime_parse(json_string_value(t), seconds))
		return true;
	warn_malformed(r, RECORD_TIME, "not an ISO 8601 time", "read as none");
	return false;
}

const char *
record_doc(json_t *rec)
{
	const char *doc = json_string_value(json_object_get(rec, "doc"));

	return doc != NULL ? doc : json_string_value(json_object_get(rec, "id"));
}

bool
record_is_last(json_t *rec)
{
	return json_is_true(json_object_get(rec, "last"));
}
