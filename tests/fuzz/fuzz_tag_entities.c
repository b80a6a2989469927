/*
 * libFuzzer target: wire-tag-entities' unit (tag-entities.h) with the
 * built-in model, loaded once, and fresh story memory for each input.
 * Every record in gives one out; every entity's span covers its text;
 * the entities are in order and never overlap.
 */
#include "tag-entities.h"

#define FUZZ_PROGRAM "wire-tag-entities"
#include "fuzz_filter.h"

/* Two threads: the pool's handing over and ordering are fuzzed too. */
static const struct tag_entities_config cfg = {
	.types = TAG_ENTITIES_ALL_TYPES, .max_docs = 4, .threads = 2,
};
static struct tag_entities *tagger;

/* Each entity starts at or after the end of the one before. */
static void
check_order(json_t *rec)
{
	json_t *entities = json_object_get(rec, "entities"), *e;
	json_int_t prev_end = 0;
	size_t i;

	json_array_foreach(entities, i, e) {
		json_int_t start = json_integer_value(json_object_get(e, "start"));
		if (start < prev_end)
			abort();
		prev_end = json_integer_value(json_object_get(e, "end"));
	}
}

static void
check_record(json_t *rec)
{
	check_spans(rec, "entities");
	check_order(rec);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct stream_options sopt = { .field = "text" };
	struct fuzz_run r;
	json_t *rec;

	fuzz_stream_open(&r, &sopt, data, size);
	if (tagger == NULL)
		tagger = tag_entities_new(&cfg, &r.in);
	else
		tag_entities_restart(tagger, &r.in);
	while ((rec = stream_next(&r.in)) != NULL) {
		tag_entities_record(tagger, rec);
		json_decref(rec);
	}
	tag_entities_end(tagger);
	fuzz_stream_close(&r, OUT_ONE_TO_ONE, check_record);
	return 0;
}
