/*
 * libFuzzer target: wire-dedupe's unit (dedupe.h) in --mark mode (every
 * record in gives one out), with a small store so that eviction runs.
 * The first byte picks --containment, --key id, a time window and
 * --stories (with a small store of stories too).
 */
#include "dedupe.h"
#define FUZZ_PROGRAM "wire-dedupe"
#include "fuzz_filter.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct dedupe_config cfg = { .threshold = 0.5, .capacity = 8, .mark = true };
	struct stream_options sopt = { .field = "text" };
	struct fuzz_run r;
	struct dedupe *d;
	json_t *rec;

	if (size == 0)
		return 0;
	cfg.containment = data[0] & 1;
	cfg.key = data[0] & 2 ? "id" : NULL;
	cfg.window = data[0] & 4 ? 3600 : 0;
	cfg.stories = data[0] & 8;
	cfg.story_threshold = 0.6;
	cfg.story_capacity = 4;
	fuzz_stream_open(&r, &sopt, data + 1, size - 1);
	if ((d = dedupe_new(&cfg, &r.in)) == NULL)
		abort();	/* no state file: nothing can fail */
	while ((rec = stream_next(&r.in)) != NULL) {
		dedupe_record(d, rec);
		json_decref(rec);
	}
	if (!dedupe_end(d))
		abort();
	fuzz_stream_close(&r, OUT_ONE_TO_ONE, NULL);
	dedupe_free(d);
	return 0;
}
