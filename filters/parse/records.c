/*
 * records: wire-parse's work, a dependency parse for every record
 * (records.h).
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "diag.h"
#include "jsonw.h"
#include "parsed.h"
#include "pool.h"
#include "record.h"
#include "records.h"

/* A record in the pool: what the calling thread read, what a worker
 * made of it. */
struct record_slot {
	json_t *rec;
	const char *text;
	size_t len;
	struct sent_list sents;
	struct buf tokens;	/* the "tokens" array, as JSON text */
};

/* A worker's scratch: the record's parse, the string of one sentence's
 * fields. */
struct parse_worker {
	struct parsed parsed;
	struct buf fields;
};

struct parse_records {
	struct parse_records_config cfg;
	struct stream *out;
	struct record_reader reader;
	struct pool *pool;
	struct buf line;
	bool warned_long;
};

static void *
worker_new(void *arg)
{
	const struct parse_records *p = arg;
	struct parse_worker *w = xcalloc(1, sizeof *w);

	parsed_init(&w->parsed, p->cfg.model);
	return w;
}

static void
worker_free(void *ctx)
{
	struct parse_worker *w = ctx;

	parsed_free(&w->parsed);
	buf_free(&w->fields);
	free(w);
}

static void
append_number(struct buf *b, size_t n)
{
	char digits[24];
	size_t i = sizeof digits;

	do
		digits[--i] = (char)('0' + n % 10);
	while ((n /= 10) > 0);
	buf_append(b, digits + i, sizeof digits - i);
}

/* A column that must hold no space (the format's separator): a space or
 * control character becomes '_', an empty column "_". */
static void
append_column(struct buf *b, const char *s, size_t len)
{
	size_t from = b->len;

	if (len == 0) {
		buf_append(b, "_", 1);
		return;
	}
	buf_append(b, s, len);
	for (size_t i = from; i < b->len; i++)
		if ((unsigned char)b->data[i] <= ' ')
			b->data[i] = '_';
}

/* Sentence s's words as "START END UPOS XPOS LEMMA HEAD DEPREL ...". */
static void
sentence_fields(const struct record_tokens *t, size_t s, struct buf *b)
{
	b->len = 0;
	for (size_t i = t->first[s]; i < t->first[s + 1]; i++) {
		const struct record_word *w = &t->w[i];

		if (i > t->first[s])
			buf_append(b, " ", 1);
		append_number(b, w->cp_start);
		buf_append(b, " ", 1);
		append_number(b, w->cp_end);
		buf_append(b, " ", 1);
		append_column(b, w->upos, w->upos_len);
		buf_append(b, " ", 1);
		append_column(b, w->xpos, w->xpos_len);
		buf_append(b, " ", 1);
		append_column(b, w->lemma, w->lemma_len);
		buf_append(b, " ", 1);
		append_number(b, w->head);
		buf_append(b, " ", 1);
		append_column(b, w->deprel, w->deprel_len);
	}
}

/* Any thread: the record's sentences parsed into its "tokens". */
static void
parse_record(void *ctx, void *slot)
{
	struct parse_worker *w = ctx;
	struct record_slot *r = slot;
	bool first = true;

	/* A sentence at a time: only its words are held, and the record's
	 * tokens as JSON text. */
	parsed_start(&w->parsed, r->text, r->len);
	r->tokens.len = 0;
	buf_append(&r->tokens, "[", 1);
	for (size_t k = 0; k < r->sents.n; k++) {
		const struct record_tokens *t = parsed_sentence(&w->parsed,
		    r->sents.v[k].start, r->sents.v[k].end);

		for (size_t s = 0; s < t->ns; s++) {
			if (!first)
				buf_append(&r->tokens, ",", 1);
			first = false;
			sentence_fields(t, s, &w->fields);
			jsonw_string(&r->tokens, w->fields.data, w->fields.len);
		}
	}
	buf_append(&r->tokens, "]", 1);
}

static void
write_tokens(struct buf *b, void *arg)
{
	const struct record_slot *r = arg;

	buf_append(b, r->tokens.data, r->tokens.len);
}

/* The calling thread, in input order: the record written out. */
static void
finish_record(void *arg, void *slot)
{
	struct parse_records *p = arg;
	struct record_slot *r = slot;

	jsonw_record_with(&p->line, r->rec, "tokens", write_tokens, r);
	if (p->line.len + 1 <= p->out->opt.max_line) {
		stream_emit_raw(p->out, &p->line);
	} else {
		if (!p->warned_long)
			diag_warn("%s: a record with its tokens would be longer than "
			    "--max-line (%zu bytes): written without them (said once "
			    "per stream)", stream_input_name(p->out), p->out->opt.max_line);
		p->warned_long = true;
		stream_emit(p->out, r->rec);
	}
	json_decref(r->rec);
	r->rec = NULL;
}

static void
slot_free(void *slot)
{
	struct record_slot *r = slot;

	sent_list_free(&r->sents);
	buf_free(&r->tokens);
}

static void
drain_before_block(void *arg)
{
	pool_drain(arg);
}

struct parse_records *
parse_records_new(const struct parse_records_config *cfg, struct stream *out)
{
	struct parse_records *p = xcalloc(1, sizeof *p);
	const struct pool_ops ops = {
		.context_new = worker_new,
		.context_free = worker_free,
		.work = parse_record,
		.finish = finish_record,
		.slot_free = slot_free,
		.arg = p,
	};

	p->cfg = *cfg;
	p->out = out;
	record_reader_init(&p->reader, out);
	p->pool = pool_new(cfg->threads, sizeof(struct record_slot), &ops);
	stream_before_block(out, drain_before_block, p->pool);
	return p;
}

void
parse_records_record(struct parse_records *p, json_t *rec)
{
	struct record_slot *r = pool_slot(p->pool);

	r->rec = json_incref(rec);
	r->text = stream_text(p->out, rec, &r->len);
	/* Here, not on a worker: a warning names the line in hand. */
	record_sentences(&p->reader, rec, r->text, r->len, &r->sents);
	pool_submit(p->pool);
}

void
parse_records_end(struct parse_records *p)
{
	pool_drain(p->pool);
	stream_before_block(p->out, NULL, NULL);
}

void
parse_records_free(struct parse_records *p)
{
	if (p == NULL)
		return;
	pool_free(p->pool);
	buf_free(&p->line);
	free(p);
}
