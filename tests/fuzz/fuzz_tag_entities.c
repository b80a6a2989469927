/*
 * libFuzzer target: wire-tag-entities' record loop, with the built-in
 * model (loaded once) and fresh story memory for each input.  Every
 * record in gives one out; every entity's span covers its text.
 */
#define main tag_entities_main
#include "../../filters/tag-entities/main.c"
#undef main
/* Two threads: the pool's handing over and ordering are fuzzed too. */
static struct config cfg = { .types = (1u << NTYPES) - 1, .max_docs = 4,
    .threads = 2 };
static struct tagger tagger;
static struct pool *pool;

#define FUZZ_PROGRAM "wire-tag-entities"
#define FUZZ_SETUP() (tagger_init(&tagger, &cfg), pool = tagger_pool_new(&tagger))
#include "fuzz_filter.h"

static void
check_record(json_t *rec)
{
	check_spans(rec, "entities");
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct stream_options sopt = { .field = "text" };
	struct fuzz_run r;

	fuzz_stream_open(&r, &sopt, data, size);
	tag_stream(pool, &r.in);
	fuzz_stream_close(&r, OUT_ONE_TO_ONE, check_record);
	doccache_free(&tagger.docs);
	doccache_init(&tagger.docs, cfg.max_docs, doc_state_new, doc_state_free);
	return 0;
}
