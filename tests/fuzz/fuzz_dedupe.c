/*
 * libFuzzer target: wire-dedupe's record loop in --mark mode (every
 * record in gives one out), with a small store so that eviction runs.
 * The first byte picks --containment, --key id and a time window.
 */
#define main dedupe_main
#include "../../filters/dedupe/main.c"
#undef main
#define FUZZ_PROGRAM "wire-dedupe"
#include "fuzz_filter.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct config cfg = { .threshold = 0.5, .capacity = 8, .mark = true };
	struct stream_options sopt = { .field = "text" };
	struct deduper d = { .cfg = &cfg };
	struct fuzz_run r;
	json_t *rec;

	if (size == 0)
		return 0;
	cfg.containment = data[0] & 1;
	cfg.key = data[0] & 2 ? "id" : NULL;
	cfg.window = data[0] & 4 ? 3600 : 0;
	store_init(&d.store, cfg.capacity, cfg.key != NULL);
	fuzz_stream_open(&r, &sopt, data + 1, size - 1);
	while ((rec = stream_next(&r.in)) != NULL) {
		dedupe_record(&d, &r.in, rec);
		json_decref(rec);
	}
	fuzz_stream_close(&r, OUT_ONE_TO_ONE, NULL);
	store_free(&d.store);
	norm_free(&d.norm);
	return 0;
}
