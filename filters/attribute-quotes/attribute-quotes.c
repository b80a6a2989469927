/*
 * attribute-quotes: one record through the unit (attribute-quotes.h):
 * its words, entities and quotations read, its quotes found and their
 * speakers named, then "quotes" added and the record written.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* "(TASS, Interfax, Reuters)" closing a paragraph: the outlets. */
static void
find_record_source(struct attribute_quotes *a)
{
	const char *end = a->text + a->len, *open;

	a->record_source = NULL;
	while (end > a->text && (end[-1] == ' ' || end[-1] == '\n' || end[-1] == '.'))
		end--;
	if (end == a->text || end[-1] != ')')
		return;
	open = end - 1;
	while (open > a->text && *open != '(' && end - open < 80)
		open--;
	if (*open != '(')
		return;
	for (size_t k = 0; k < a->nents; k++)
		if (a->ents[k].start == (size_t)(open + 1 - a->text) &&
		    is_type(&a->ents[k], "ORG")) {
			a->record_source = open + 1;
			a->record_source_len = (size_t)(end - 1 - open - 1);
		}
}


/* A byte offset the output names, and where its code point goes. */
struct cp_slot {
	size_t byte;
	size_t *cp;
};

static int
by_byte(const void *x, const void *y)
{
	const struct cp_slot *p = x, *q = y;

	return p->byte < q->byte ? -1 : p->byte > q->byte;
}

/* The code points of the quotes' spans and their speakers' spans, with
 * one pass of a cursor over the text: the offsets are sorted first,
 * since a speaker may stand before its quote (a cursor that moved back
 * would start again from the top of the record). */
static void
quotes_to_code_points(struct attribute_quotes *a)
{
	struct text_cursor cur;
	size_t n = 0;

	a->slots = xgrow(a->slots, &a->cap_slots, 4 * a->nout + 1,
	    sizeof(struct cp_slot));
	struct cp_slot *s = a->slots;
	for (size_t i = 0; i < a->nout; i++) {
		struct quote *q = &a->out[i];
		s[n++] = (struct cp_slot){ q->start, &q->cp_start };
		s[n++] = (struct cp_slot){ q->end, &q->cp_end };
		if (q->has_speaker_span) {
			s[n++] = (struct cp_slot){ q->sp_start, &q->cp_sp_start };
			s[n++] = (struct cp_slot){ q->sp_end, &q->cp_sp_end };
		}
	}
	qsort(s, n, sizeof *s, by_byte);
	text_cursor_init(&cur, a->text);
	for (size_t i = 0; i < n; i++)
		*s[i].cp = text_cursor_cp(&cur, s[i].byte);
}

static void
set_cp(json_t *o, const char *key, size_t cp)
{
	json_object_set_new(o, key, json_integer((json_int_t)cp));
}

static json_t *
quote_json(const struct attribute_quotes *a, const struct quote *q)
{
	json_t *o = json_object();

	json_object_set_new(o, "text", json_stringn(a->text + q->start, q->end - q->start));
	set_cp(o, "start", q->cp_start);
	set_cp(o, "end", q->cp_end);
	json_object_set_new(o, "kind", json_string(q->kind));
	json_object_set_new(o, "speaker", q->speaker ? json_string(kept(a, q->speaker)) :
	    json_null());
	if (q->has_speaker_span) {
		set_cp(o, "speaker_start", q->cp_sp_start);
		set_cp(o, "speaker_end", q->cp_sp_end);
	}
	json_object_set_new(o, "canonical", q->canonical ?
	    json_string(kept(a, q->canonical)) : json_null());
	json_object_set_new(o, "cue", q->cue_end > q->cue_start ?
	    json_stringn(a->text + q->cue_start, q->cue_end - q->cue_start) : json_null());
	if (q->source)
		json_object_set_new(o, "source", json_string(kept(a, q->source)));
	if (q->part > 1)
		json_object_set_new(o, "part", json_integer(q->part));
	return o;
}

/* After the record: is a quotation left open for the next paragraph? */
static void
carry_open_quote(struct attribute_quotes *a, struct doc_state *d)
{
	d->open_quote = a->nq > 0 && a->qs[a->nq - 1].close >= a->nw;
	if (!d->open_quote)
		return;
	for (size_t i = a->nout; i-- > 0;)
		if (a->out[i].start == a->qs[a->nq - 1].start && a->out[i].canonical) {
			const char *s = kept(a, a->out[i].canonical);
			set_string(&d->open_speaker, s, strlen(s));
			return;
		}
	d->open_quote = false;
}

struct attribute_quotes *
attribute_quotes_new(const struct attribute_quotes_config *cfg,
    struct stream *out)
{
	struct attribute_quotes *a = xcalloc(1, sizeof *a);

	a->stream = out;
	record_reader_init(&a->reader, out);
	doccache_init(&a->docs, cfg->max_docs, doc_state_new, doc_state_free);
	return a;
}

void
attribute_quotes_record(struct attribute_quotes *a, json_t *rec)
{
	const char *doc = record_doc(rec);
	struct doc_state *d = doccache_enter(&a->docs, doc);
	json_t *list = json_array();

	a->text = stream_text(a->stream, rec, &a->len);
	a->nout = 0;
	a->strings.len = 0;
	read_words(a, rec);
	read_entities(a, rec);
	find_quotations(a);
	find_first_named(a);
	index_org_words(a);
	find_record_source(a);
	/* The people the record names are known to its quotes. */
	learn_people(a, d);
	direct_quotes(a, d);
	indirect_quotes(a);
	resolve_quotes(a, d);
	carry_open_quote(a, d);
	learn_latest(a, d);
	quotes_to_code_points(a);
	for (size_t i = 0; i < a->nout; i++)
		json_array_append_new(list, quote_json(a, &a->out[i]));
	json_object_set_new(rec, "quotes", list);
	stream_emit(a->stream, rec);
	doccache_leave(&a->docs, doc, record_is_last(rec), d);
}

/* Every record is written as it comes: nothing is held for the end. */
void
attribute_quotes_end(struct attribute_quotes *a)
{
	(void)a;
}

void
attribute_quotes_free(struct attribute_quotes *a)
{
	if (a == NULL)
		return;
	doccache_free(&a->docs);
	tok_list_free(&a->toks);
	sent_list_free(&a->sents);
	free(a->w);
	free(a->qs);
	free(a->sent_first);
	record_entities_free(&a->upstream);
	free(a->ents);
	free(a->claim);
	free(a->org_words);
	free(a->out);
	free(a->slots);
	buf_free(&a->strings);
	free(a);
}
