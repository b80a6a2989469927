/*
 * attribute-quotes: one record through the unit (attribute-quotes.h):
 * its words, entities and quotations read, its quotes found and their
 * speakers named, then "quotes" added and the record written.
 */
#include <stdlib.h>
#include <string.h>

#include "dateline.h"
#include "internal.h"
#include "jsonw.h"

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

	a->slots = xgrow(a->slots, &a->cap_slots, 8 * a->nout + 1,
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
		if (q->cue_end > q->cue_start) {
			s[n++] = (struct cp_slot){ q->cue_start, &q->cp_cue_start };
			s[n++] = (struct cp_slot){ q->cue_end, &q->cp_cue_end };
		}
		if (q->source_end > q->source_start) {
			s[n++] = (struct cp_slot){ q->source_start, &q->cp_source_start };
			s[n++] = (struct cp_slot){ q->source_end, &q->cp_source_end };
		}
	}
	qsort(s, n, sizeof *s, by_byte);
	text_cursor_init(&cur, a->text);
	for (size_t i = 0; i < n; i++)
		*s[i].cp = text_cursor_cp(&cur, s[i].byte);
}

static void
write_cp(struct buf *b, const char *key, size_t cp)
{
	jsonw_key(b, key);
	jsonw_int(b, (long long)cp);
}

/* A string kept in a->strings, or null; *at_out and *end_out, when not
 * NULL, get where its value lies in b. */
static void
write_kept_at(struct buf *b, const struct attribute_quotes *a, const char *key,
    size_t at, size_t *at_out, size_t *end_out)
{
	jsonw_key(b, key);
	if (at_out != NULL)
		*at_out = b->len;
	if (at == 0) {
		buf_append(b, "null", 4);
	} else {
		const char *s = kept(a, at);
		jsonw_string(b, s, strlen(s));
	}
	if (end_out != NULL)
		*end_out = b->len;
}

/* A string kept in a->strings, or null. */
static void
write_kept(struct buf *b, const struct attribute_quotes *a, const char *key,
    size_t at)
{
	write_kept_at(b, a, key, at, NULL, NULL);
}

/* One quote; the marked one (a->mark.quote) has where its speaker and
 * canonical values go recorded, for held.c. */
static void
write_quote(struct buf *b, struct attribute_quotes *a, const struct quote *q)
{
	bool marked = a->mark.quote < a->nout && q == &a->out[a->mark.quote];

	buf_append(b, "{", 1);
	jsonw_key(b, "text");
	jsonw_string(b, a->text + q->start, q->end - q->start);
	write_cp(b, "start", q->cp_start);
	write_cp(b, "end", q->cp_end);
	jsonw_key(b, "kind");
	jsonw_string(b, q->kind, strlen(q->kind));
	jsonw_key(b, "type");
	jsonw_string(b, q->type, strlen(q->type));
	write_kept_at(b, a, "speaker", q->speaker, marked ? &a->mark.sp_at : NULL,
	    marked ? &a->mark.sp_end : NULL);
	if (q->has_speaker_span) {
		write_cp(b, "speaker_start", q->cp_sp_start);
		write_cp(b, "speaker_end", q->cp_sp_end);
	}
	write_kept_at(b, a, "canonical", q->canonical, marked ? &a->mark.can_at : NULL,
	    marked ? &a->mark.can_end : NULL);
	jsonw_key(b, "speaker_type");
	if (marked)
		a->mark.type_at = b->len;
	if (q->speaker_type != NULL)
		jsonw_string(b, q->speaker_type, strlen(q->speaker_type));
	else
		buf_append(b, "null", 4);
	if (marked)
		a->mark.type_end = b->len;
	jsonw_key(b, "cue");
	if (q->cue_end > q->cue_start) {
		jsonw_string(b, a->text + q->cue_start, q->cue_end - q->cue_start);
		write_cp(b, "cue_start", q->cp_cue_start);
		write_cp(b, "cue_end", q->cp_cue_end);
		write_kept(b, a, "cue_lemma", q->cue_lemma);
	} else {
		buf_append(b, "null", 4);
	}
	if (q->source) {
		write_kept(b, a, "source", q->source);
		if (q->source_end > q->source_start) {
			write_cp(b, "source_start", q->cp_source_start);
			write_cp(b, "source_end", q->cp_source_end);
		}
	}
	if (q->part > 1) {
		jsonw_key(b, "part");
		jsonw_int(b, q->part);
	}
	buf_append(b, "}", 1);
}

/* The record's "quotes", written straight into its line (jsonw.h). */
static void
write_quotes(struct buf *b, void *arg)
{
	struct attribute_quotes *a = arg;

	buf_append(b, "[", 1);
	for (size_t i = 0; i < a->nout; i++) {
		if (i > 0)
			buf_append(b, ",", 1);
		write_quote(b, a, &a->out[i]);
	}
	buf_append(b, "]", 1);
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
			d->open_speaker_type = a->out[i].speaker_type;
			return;
		}
	d->open_quote = false;
}

struct attribute_quotes *
attribute_quotes_new(const struct attribute_quotes_config *cfg,
    struct stream *out)
{
	struct attribute_quotes *a = xcalloc(1, sizeof *a);

	char err[256];

	a->stream = out;
	record_reader_init(&a->reader, out);
	if (!cfg->no_parse && (a->model = parse_model_builtin(err, sizeof err)) == NULL)
		diag_fatal("built-in parse model: %s", err);
	parsed_init(&a->parsed, a->model);
	doccache_init(&a->docs, cfg->max_docs, doc_state_new, doc_state_free);
	a->mark.quote = SIZE_MAX;
	stream_before_block(out, held_before_block, a);
	return a;
}

/* The quote (index into out) of the quotation left open at the record's
 * end when its speaker was only guessed from the story; else SIZE_MAX. */
static size_t
open_guess(const struct attribute_quotes *a)
{
	if (a->nq == 0 || a->qs[a->nq - 1].close < a->nw)
		return SIZE_MAX;
	for (size_t i = 0; i < a->nout; i++)
		if (a->out[i].start == a->qs[a->nq - 1].start && a->out[i].start < a->out[i].end)
			return a->out[i].has_np || a->out[i].canonical == 0 ? SIZE_MAX : i;
	return SIZE_MAX;
}

/* The quote of a quotation opening the record ('"They never wanted a
 * deal," said Ana Ruiz.'), the way news goes on with one left open in
 * the paragraph before; NULL when the record opens otherwise. */
static const struct quote *
opening_quote(const struct attribute_quotes *a)
{
	if (a->nq == 0 || a->qs[0].open != 0)
		return NULL;
	for (size_t i = 0; i < a->nout; i++)
		if (a->out[i].start == a->qs[0].start)
			return &a->out[i];
	return NULL;
}

/* Writes the record, or holds it back (held.c) while its last
 * quotation's speaker is a guess; names the held ones when this record
 * shows who spoke, and writes them first. */
static void
write_or_hold(struct attribute_quotes *a, json_t *rec, const char *doc)
{
	const struct quote *first = opening_quote(a);
	bool named = first != NULL && first->has_np && first->canonical != 0;
	size_t guess = open_guess(a);
	bool same = a->nheld > 0 && held_same_story(a, doc);

	if (same && named)	/* "Tomas Reyes", not the "he" of this record */
		held_name(a, kept(a, first->canonical), first->speaker_type);
	/* A third paragraph of the same quotation, still unnamed, joins the
	 * held ones; anything else lets them go. */
	if (a->nheld > 0 && !(same && first != NULL && !named && guess != SIZE_MAX))
		held_flush(a);
	a->mark.quote = guess;
	jsonw_record_with(&a->line, rec, "quotes", write_quotes, a);
	a->mark.quote = SIZE_MAX;
	if (guess != SIZE_MAX && held_keep(a, doc))
		return;
	held_flush(a);
	stream_emit_raw(a->stream, &a->line);
}

void
attribute_quotes_record(struct attribute_quotes *a, json_t *rec)
{
	const char *doc = record_doc(rec);
	struct doc_state *d = doccache_enter(&a->docs, doc);

	a->text = stream_text(a->stream, rec, &a->len);
	a->nout = 0;
	a->strings.len = 0;
	read_words(a, rec);
	read_entities(a, rec);
	find_quotations(a);
	find_first_named(a);
	index_org_words(a);
	find_record_source(a);
	a->dateline_place = 0;
	a->dateline_end = dateline_length(a->text, a->len, &a->dateline_place);
	/* The people the record names are known to its quotes. */
	learn_people(a, d);
	direct_quotes(a, d);
	indirect_quotes(a);
	syntax_quotes(a, rec);
	quotations_after_speech(a);
	resolve_quotes(a, d);
	carry_open_quote(a, d);
	carry_introduction(a, d);
	learn_latest(a, d);
	quotes_to_code_points(a);
	write_or_hold(a, rec, doc);
	doccache_leave(&a->docs, doc, record_is_last(rec), d);
}

/* The records held for a quotation's speaker go out at the end. */
void
attribute_quotes_end(struct attribute_quotes *a)
{
	held_flush(a);
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
	buf_free(&a->line);
	buf_free(&a->strings);
	parsed_free(&a->parsed);
	sent_list_free(&a->cue_sents);
	free(a->syn_wanted);
	if (a->model != NULL)
		parse_model_free(a->model);
	free(a->syn_lo);
	free(a->syn_hi);
	free(a->syn_parent);
	free(a->syn_state);
	free(a->syn_count);
	free(a->syn_order);
	free(a->syn_nsubj);
	free(a->syn_ccomp);
	free(a->syn_obj);
	free(a->syn_xcomp);
	free(a->syn_appos);
	free(a->syn_subject_any);
	free(a->syn_participle);
	free(a->syn_negated);
	free(a->syn_found);
	held_free(a);
	free(a->speech_of_sentence);
	free(a->syn_by_cue);
	free(a);
}
