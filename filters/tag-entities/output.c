/*
 * output: the record as a line, its "entities" ours (tagger.h).
 */
#include <string.h>

#include "jsonw.h"
#include "tagger.h"
#include "text.h"

static void
write_mention(const struct tagger *t, const struct mention *m, const char *text,
    struct text_cursor *cur, struct buf *b)
{
	buf_append(b, "{", 1);
	jsonw_key(b, "text");
	jsonw_string(b, text + m->start, m->end - m->start);
	jsonw_key(b, "type");
	jsonw_string(b, type_names[m->type], strlen(type_names[m->type]));
	jsonw_key(b, "start");
	jsonw_int(b, (long long)text_cursor_cp(cur, m->start));
	jsonw_key(b, "end");
	jsonw_int(b, (long long)text_cursor_cp(cur, m->end));
	if (m->type < DATE && m->type != PRODUCT) {
		size_t clen;
		const char *c = canonical_of(t, m, text, &clen);
		jsonw_key(b, "canonical");
		jsonw_string(b, c, clen);
	}
	if (m->title_start < m->start) {
		size_t end = m->start;
		while (end > m->title_start && text[end - 1] == ' ')
			end--;
		jsonw_key(b, "title");
		jsonw_string(b, text + m->title_start, end - m->title_start);
	}
	buf_append(b, "}", 1);
}

static void
write_entities(const struct tagger *t, const char *text, struct buf *b)
{
	struct text_cursor cur;
	bool first = true;

	text_cursor_init(&cur, text);
	buf_append(b, "[", 1);
	for (size_t i = 0; i < t->found.n; i++) {
		if (!(t->cfg->types & (1u << t->found.v[i].type)))
			continue;
		if (!first)
			buf_append(b, ",", 1);
		first = false;
		write_mention(t, &t->found.v[i], text, &cur, b);
	}
	buf_append(b, "]", 1);
}

struct entities_of {
	const struct tagger *t;
	const char *text;
};

static void
write_entities_field(struct buf *b, void *arg)
{
	const struct entities_of *e = arg;

	write_entities(e->t, e->text, b);
}

/* The record as a line, its "entities" ours: in the place of an earlier
 * one, else last.  Written directly, not built as jansson values. */
void
write_record(const struct tagger *t, json_t *rec, const char *text,
    struct buf *b)
{
	struct entities_of e = { t, text };

	jsonw_record_with(b, rec, "entities", write_entities_field, &e);
}
