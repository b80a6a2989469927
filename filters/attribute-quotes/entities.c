/*
 * entities: the record's "entities", as an earlier stage wrote them,
 * mapped to the words they cover.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

void
read_entities(struct attribute_quotes *a, json_t *rec)
{
	json_t *list = json_object_get(rec, "entities"), *e;
	size_t i;
	struct text_cursor cur;

	a->nents = 0;
	for (size_t k = 0; k < a->nw; k++)
		a->w[k].entity = -1;
	if (!json_is_array(list))
		return;
	text_cursor_init(&cur, a->text);
	size_t total = text_cp_count(a->text, a->len);
	json_array_foreach(list, i, e) {
		json_int_t s = json_integer_value(json_object_get(e, "start"));
		json_int_t en = json_integer_value(json_object_get(e, "end"));
		const char *type = json_string_value(json_object_get(e, "type"));
		/* Malformed entities (no type, offsets out of range or out of
		 * order) are ignored: they only help. */
		if (type == NULL || s < 0 || en <= s || (size_t)en > total)
			continue;
		a->ents = xgrow(a->ents, &a->cap_ents, a->nents + 1, sizeof *a->ents);
		struct entity *ent = &a->ents[a->nents];
		ent->start = text_cursor_byte(&cur, a->len, (size_t)s);
		ent->end = text_cursor_byte(&cur, a->len, (size_t)en);
		ent->type = type;
		ent->canonical = json_string_value(json_object_get(e, "canonical"));
		ent->title = json_string_value(json_object_get(e, "title"));
		ent->from = ent->to = SIZE_MAX;
		for (size_t k = 0; k < a->nw; k++) {
			if (a->w[k].start >= ent->start && a->w[k].end <= ent->end) {
				if (ent->from == SIZE_MAX)
					ent->from = k;
				ent->to = k + 1;
				a->w[k].entity = (int)a->nents;
			}
		}
		if (ent->from != SIZE_MAX)
			a->nents++;
	}
}

bool
is_type(const struct entity *e, const char *type)
{
	return strcmp(e->type, type) == 0;
}

/* The entity that ends at word i, or NULL. */
const struct entity *
entity_ending(const struct attribute_quotes *a, size_t i)
{
	if (i >= a->nw || a->w[i].entity < 0)
		return NULL;
	const struct entity *e = &a->ents[a->w[i].entity];
	return e->to == i + 1 ? e : NULL;
}

const struct entity *
entity_starting(const struct attribute_quotes *a, size_t i)
{
	if (i >= a->nw || a->w[i].entity < 0)
		return NULL;
	const struct entity *e = &a->ents[a->w[i].entity];
	return e->from == i ? e : NULL;
}


/* The first entity of type named in the record before word i, outside
 * quotations: "For Kevin Allton, a teacher, Warhol was a legend. He
 * said" (the first named is the likelier antecedent, as the subject). */
const char *
first_named_before(const struct attribute_quotes *a, size_t i, const char *type)
{
	for (size_t k = 0; k < a->nents; k++) {
		const struct entity *e = &a->ents[k];
		if (e->from >= i)
			break;
		if (is_type(e, type) && e->canonical && a->w[e->from].inside < 0)
			return e->canonical;
	}
	return NULL;
}
