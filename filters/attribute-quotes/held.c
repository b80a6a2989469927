/*
 * held: records kept back for a quotation that goes on into the next
 * paragraph.  News opens a quotation in one paragraph and names its
 * speaker only where it closes, in the next ('"We came in good faith.'
 * then '"They never wanted a deal," said Ana Ruiz.').  A record whose
 * last quotation is left open, and whose speaker could only be guessed
 * from the story, is written when the next record of its story shows
 * who spoke, with that speaker; a few at most (HELD_MAX), and never past
 * a read that would block, another story's record, or the end.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "jsonw.h"

/* Writes every held record as it stands, oldest first. */
void
held_flush(struct attribute_quotes *a)
{
	for (size_t i = 0; i < a->nheld; i++)
		stream_emit_raw(a->stream, &a->held[i].line);
	a->nheld = 0;
}

/* stream_before_block's hook: nothing waits on input that may not come. */
void
held_before_block(void *arg)
{
	held_flush(arg);
}

/* Whether a record of doc may join the held ones: they are its story's. */
bool
held_same_story(const struct attribute_quotes *a, const char *doc)
{
	const char *held_doc = a->nheld > 0 ? a->held[0].doc : NULL;

	if (held_doc == NULL || doc == NULL)
		return held_doc == doc;
	return strcmp(held_doc, doc) == 0;
}

/* Keeps a->line back, its open quote's speaker and canonical values at
 * the offsets a->mark records; false when the room is full. */
bool
held_keep(struct attribute_quotes *a, const char *doc)
{
	if (a->nheld == HELD_MAX)
		return false;
	struct held_line *h = &a->held[a->nheld++];
	h->line.len = 0;
	buf_append(&h->line, a->line.data, a->line.len);
	free(h->doc);
	h->doc = doc ? xstrdup(doc) : NULL;
	h->sp_at = a->mark.sp_at;
	h->sp_end = a->mark.sp_end;
	h->can_at = a->mark.can_at;
	h->can_end = a->mark.can_end;
	h->type_at = a->mark.type_at;
	h->type_end = a->mark.type_end;
	return true;
}

/* The held line with name, a JSON string, as its open quote's speaker
 * and canonical values in place of the ones written, and type (or null)
 * as its speaker_type: the speaker is not in the held record's text, so
 * the name it has is the canonical one. */
static void
rename_line(struct held_line *h, struct buf *scratch, const char *name,
    const char *type)
{
	const char *d = h->line.data;

	scratch->len = 0;
	buf_append(scratch, d, h->sp_at);
	jsonw_string(scratch, name, strlen(name));
	buf_append(scratch, d + h->sp_end, h->can_at - h->sp_end);
	jsonw_string(scratch, name, strlen(name));
	buf_append(scratch, d + h->can_end, h->type_at - h->can_end);
	if (type != NULL)
		jsonw_string(scratch, type, strlen(type));
	else
		buf_append(scratch, "null", 4);
	buf_append(scratch, d + h->type_end, h->line.len - h->type_end);
	h->line.len = 0;
	buf_append(&h->line, scratch->data, scratch->len);
}

/* The speaker named where the held quotation closed, of that type:
 * every held record takes it. */
void
held_name(struct attribute_quotes *a, const char *name, const char *type)
{
	for (size_t i = 0; i < a->nheld; i++)
		rename_line(&a->held[i], &a->held_scratch, name, type);
}

void
held_free(struct attribute_quotes *a)
{
	for (size_t i = 0; i < HELD_MAX; i++) {
		buf_free(&a->held[i].line);
		free(a->held[i].doc);
	}
	buf_free(&a->held_scratch);
}
