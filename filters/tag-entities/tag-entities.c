/*
 * tag-entities: the unit (tag-entities.h), records through the pool.
 *
 * Finding names in a record's sentences needs nothing but the record,
 * and runs on several threads (pool.h), each with a tagger of its own
 * that shares the model, gazetteer and configuration of the main one
 * and has its own scratch and ner_tagger; what needs the story
 * (canonical names, names the story taught), the patterns and the output
 * run on the main tagger, record after record (tagger.h).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diag.h"
#include "pool.h"
#include "record.h"
#include "tagger.h"

const char *const type_names[NTYPES] = {
	"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "DATE",
	"TIME", "MONEY", "PERCENT", "QUANTITY",
};

_Static_assert(TAG_ENTITIES_ALL_TYPES == (1u << NTYPES) - 1,
    "TAG_ENTITIES_ALL_TYPES has a bit for every type");

/* Scratch a record leaves behind is kept for the next up to this many
 * words (or mentions, or sentences); a huge record's is given back, so
 * that the slots of the pool do not each keep one. */
enum { KEEP_SCRATCH = 1 << 16 };

struct tag_entities {
	struct tag_entities_config cfg;
	struct tagger tagger;		/* the calling thread's */
	struct pool *pool;
	struct stream *out;
	struct record_reader reader;	/* the calling thread's only */
};

unsigned
tag_entities_type_bit(const char *name)
{
	for (int k = 0; k < NTYPES; k++)
		if (strcasecmp(name, type_names[k]) == 0)
			return 1u << k;
	return 0;
}

static void
tagger_init(struct tagger *t, const struct tag_entities_config *cfg)
{
	const char *model = ner_model_text, *gaz = ner_gazetteer_text;
	size_t model_len = (size_t)(ner_model_text_end - ner_model_text);
	size_t gaz_len = (size_t)(ner_gazetteer_text_end - ner_gazetteer_text);
	char err[256];

	memset(t, 0, sizeof *t);
	t->cfg = cfg;
	if (cfg->model_path != NULL)
		model = t->model_file = ner_read_file(cfg->model_path, &model_len);
	if (cfg->gazetteer_path != NULL)
		gaz = t->gaz_file = ner_read_file(cfg->gazetteer_path, &gaz_len);
	t->model = ner_model_load(model, model_len, err, sizeof err);
	if (t->model == NULL)
		diag_fatal("%s: %s", cfg->model_path ? cfg->model_path : "built-in", err);
	t->gaz = ner_gazetteer_load(gaz, gaz_len, err, sizeof err);
	if (t->gaz == NULL)
		diag_fatal("%s: %s", cfg->gazetteer_path ? cfg->gazetteer_path : "built-in", err);
	t->ntags = ner_model_tags(t->model, &t->tag_names);
	load_aliases(t);
	compile_patterns(t);
	compile_sports(t);
	doccache_init(&t->docs, cfg->max_docs, doc_state_new, doc_state_free);
}

static void
tagger_free(struct tagger *t)
{
	ner_model_free(t->model);
	ner_gazetteer_free(t->gaz);
	free(t->model_file);
	free(t->gaz_file);
	hmap_free(&t->aliases);
	free_patterns(t);
	free_sports(t);
	doccache_free(&t->docs);
	hold_free(&t->hold);
	mention_list_free(&t->found);
	buf_free(&t->canonical);
	buf_free(&t->keys);
	buf_free(&t->line);
	buf_free(&t->recased);
	buf_free(&t->recased_text);
	free(t->recased_words);
}

/* A thread's tagger: the main one's data, scratch of its own. */
static void *
thread_tagger_new(void *arg)
{
	const struct tagger *main_tagger = arg;
	struct tagger *t = xcalloc(1, sizeof *t);

	t->cfg = main_tagger->cfg;
	t->model = main_tagger->model;
	t->gaz = main_tagger->gaz;
	t->tag_names = main_tagger->tag_names;
	t->ntags = main_tagger->ntags;
	t->ner = ner_tagger_new(t->model);
	patterns_thread(t, main_tagger);
	return t;
}

static void
thread_tagger_free(void *ctx)
{
	struct tagger *t = ctx;

	ner_tagger_free(t->ner);
	patterns_thread_free(t);
	sent_list_free(&t->sents);
	tok_list_free(&t->toks);
	free(t->words);
	free(t->tags);
	free(t->pos);
	buf_free(&t->recased);
	buf_free(&t->recased_text);
	free(t->recased_words);
	mention_list_free(&t->found);
	free(t);
}

/* A record in the pool: what a thread found, for the main tagger. */
struct record_slot {
	json_t *rec;
	struct stream *out;
	const char *text;
	size_t len, nwords;
	size_t line_len;	/* of the line it was read from */
	bool sentences_read;	/* by the calling thread, from the record */
	struct sent_list sents;
	bool has_tokens;	/* read by the calling thread, as sentences */
	struct record_tokens tokens;
	struct ner_tok *words;
	size_t cap_words;
	struct mention_list found;
	struct pattern_hits hits;
};

/* Lends the slot's buffers to a tagger, or takes them back. */
static void
swap_buffers(struct tagger *t, struct record_slot *r)
{
	SWAP(struct record_tokens, t->tokens, r->tokens);
	SWAP(bool, t->has_tokens, r->has_tokens);
	SWAP(struct pattern_hits, t->hits, r->hits);
	SWAP(struct sent_list, t->sents, r->sents);
	SWAP(struct ner_tok *, t->words, r->words);
	SWAP(size_t, t->cap_words, r->cap_words);
	SWAP(struct mention_list, t->found, r->found);
}

/* What the record alone gives: sentences, words, the tagger's names. */
static void
tag_words(void *ctx, void *slot)
{
	struct tagger *t = ctx;
	struct record_slot *r = slot;

	swap_buffers(t, r);
	if (!r->sentences_read) {
		/* The record carries no sentences, so the record layer splits
		 * the text and has nothing to warn about: a reader of this
		 * call's own keeps the stream's out of the thread. */
		struct record_reader none;
		record_reader_init(&none, NULL);
		record_sentences(&none, r->rec, r->text, r->len, &t->sents);
	}
	mentions_clear(&t->found);
	r->nwords = tag_text(t, r->text);
	find_dateline(t, r->text, r->len);
	find_patterns(t, r->text, r->len);
	swap_buffers(t, r);
	if (t->toks.cap > KEEP_SCRATCH)
		tok_list_free(&t->toks);
	if (t->cap_tags > KEEP_SCRATCH) {
		free(t->tags);
		t->tags = NULL;
		t->cap_tags = 0;
	}
}

/* Gives back what a huge record made the slot hold. */
static void
trim_slot(struct record_slot *r)
{
	if (r->sents.cap > KEEP_SCRATCH)
		sent_list_free(&r->sents);
	if (r->tokens.cap_w > KEEP_SCRATCH)
		record_tokens_free(&r->tokens);
	if (r->hits.cap > KEEP_SCRATCH) {
		free(r->hits.v);
		memset(&r->hits, 0, sizeof r->hits);
	}
	if (r->cap_words > KEEP_SCRATCH) {
		free(r->words);
		r->words = NULL;
		r->cap_words = 0;
	}
	if (r->found.cap > KEEP_SCRATCH || r->found.cap_order > 2 * KEEP_SCRATCH) {
		mention_list_free(&r->found);
		memset(&r->found, 0, sizeof r->found);
	}
}

/* What needs the story, then the output; in input order. */
static void
finish_record(void *arg, void *slot)
{
	struct tagger *t = arg;
	struct record_slot *r = slot;
	const char *text = r->text, *doc = record_doc(r->rec);
	bool last = record_is_last(r->rec);
	bool hold = hold_takes(doc, r->line_len, last);

	if (!hold_same_story(&t->hold, doc))
		hold_write_all(t);
	struct doc_state *d = doccache_enter(&t->docs, doc);

	swap_buffers(t, r);
	t->canonical.len = 0;
	press_digest_papers(t, d, text, r->len);
	find_teams(t, d, text, r->len);
	/* in the text's order: a dateline's place is learnt before the
	 * body's mentions of it (find_dateline added it last) */
	mentions_sort(&t->found);
	resolve(t, d, text);
	find_acronyms(t, d, text, r->len);
	match_patterns(t);
	find_known(t, d, text, r->nwords, false);
	if (!hold)	/* a held one is settled when it is written */
		settle_record(t, d, text);
	find_compound_places(t, text, r->nwords);
	mentions_sort(&t->found);
	if (hold)
		hold_keep(t, r->rec, r->out, text, r->nwords);
	else
		write_record(t, r->rec, text, &t->line);
	swap_buffers(t, r);
	/* the story's held records before this one, settled by all it
	 * has taught by now, this one too */
	hold_write(t, d, hold ? HOLD_MAX - 1 : 0);
	if (!hold)
		stream_emit_raw(r->out, &t->line);
	doccache_leave(&t->docs, doc, last, d);
	json_decref(r->rec);
	r->rec = NULL;
	trim_slot(r);
	if (t->line.cap > KEEP_SCRATCH * 64)
		buf_free(&t->line);
}

static void
record_slot_free(void *slot)
{
	struct record_slot *r = slot;

	sent_list_free(&r->sents);
	record_tokens_free(&r->tokens);
	free(r->hits.v);
	free(r->words);
	mention_list_free(&r->found);
}

/* Before a read that would block: every record in hand is written,
 * the held ones too, unless the writer is in the middle of a line (the
 * next record is on its way, and what the held ones become should not
 * hang on where a pipe cut the writer's bytes). */
static void
write_before_block(void *arg)
{
	struct tag_entities *f = arg;

	pool_drain(f->pool);
	if (!stream_mid_line(f->out))
		hold_write_all(&f->tagger);
}

struct tag_entities *
tag_entities_new(const struct tag_entities_config *cfg, struct stream *out)
{
	struct tag_entities *f = xcalloc(1, sizeof *f);

	f->cfg = *cfg;
	tagger_init(&f->tagger, &f->cfg);
	const struct pool_ops ops = {
		.context_new = thread_tagger_new,
		.context_free = thread_tagger_free,
		.work = tag_words,
		.finish = finish_record,
		.slot_free = record_slot_free,
		.arg = &f->tagger,
	};
	f->pool = pool_new(f->cfg.threads, sizeof(struct record_slot), &ops);
	tag_entities_restart(f, out);
	return f;
}

/* Whether record_sentences reads a field of rec, and so may warn: the
 * warning names the stream's line in hand, which only the calling
 * thread knows. */
static bool
carries_sentences(json_t *rec)
{
	return json_object_get(rec, "sentences") != NULL ||
	    json_object_get(rec, "sent") != NULL;
}

void
tag_entities_record(struct tag_entities *f, json_t *rec)
{
	struct record_slot *r = pool_slot(f->pool);

	r->rec = json_incref(rec);
	r->out = f->out;
	r->text = stream_text(f->out, rec, &r->len);
	r->line_len = stream_line_len(f->out);
	r->sentences_read = carries_sentences(rec);
	if (r->sentences_read)
		record_sentences(&f->reader, rec, r->text, r->len, &r->sents);
	/* The parse's tags are read for a model that uses them. */
	r->has_tokens = ner_model_has_pos(f->tagger.model) &&
	    record_tokens(&f->reader, rec, r->text, r->len, &r->tokens);
	pool_submit(f->pool);
}

void
tag_entities_end(struct tag_entities *f)
{
	pool_drain(f->pool);
	hold_write_all(&f->tagger);
	stream_before_block(f->out, NULL, NULL);
}

void
tag_entities_restart(struct tag_entities *f, struct stream *out)
{
	struct tagger *t = &f->tagger;

	doccache_free(&t->docs);
	doccache_init(&t->docs, f->cfg.max_docs, doc_state_new, doc_state_free);
	f->out = out;
	record_reader_init(&f->reader, out);
	f->reader.tokens_instead = "tagged without them";
	stream_before_block(out, write_before_block, f);
}

void
tag_entities_free(struct tag_entities *f)
{
	if (f == NULL)
		return;
	pool_free(f->pool);
	tagger_free(&f->tagger);
	free(f);
}
