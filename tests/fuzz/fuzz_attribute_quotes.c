/*
 * libFuzzer target: wire-attribute-quotes' record loop (entities from an
 * earlier stage included, well formed or not), fresh story memory for
 * each input.  Every record in gives one out; every quote's span and its
 * speaker's span cover their text.
 */
#define main attribute_quotes_main
#include "../../filters/attribute-quotes/main.c"
#undef main
#define FUZZ_PROGRAM "wire-attribute-quotes"
#include "fuzz_filter.h"

static void
check_record(json_t *rec)
{
	check_spans(rec, "quotes");
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct config cfg = { .max_docs = 4 };
	struct attributor a = { .cfg = &cfg };
	struct stream_options sopt = { .field = "text" };
	struct fuzz_run r;
	json_t *rec;

	doccache_init(&a.docs, cfg.max_docs, doc_state_new, doc_state_free);
	fuzz_stream_open(&r, &sopt, data, size);
	while ((rec = stream_next(&r.in)) != NULL) {
		attribute_record(&a, &r.in, rec);
		json_decref(rec);
	}
	fuzz_stream_close(&r, OUT_ONE_TO_ONE, check_record);
	attributor_free(&a);
	return 0;
}
