/*
 * libFuzzer target: wire-summarize's record loop.  The first byte picks
 * per-story summaries or digests (by count or by time), the length in
 * sentences or words, --pass, and the output format; the rest is the
 * input (records with entities and quotes from earlier stages, or not).
 */
#define main summarize_main
#include "../../filters/summarize/main.c"
#undef main
#define FUZZ_PROGRAM "wire-summarize"
#include "fuzz_filter.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct config cfg = { .sentences = 3, .max_sentences = 50, .recency = 0.3 };
	struct stream_options sopt = { .field = "text" };
	struct summarizer s = { .cfg = &cfg };
	struct fuzz_run r;

	if (size == 0)
		return 0;
	cfg.window = data[0] & 1 ? 3 : 0;
	cfg.every = !cfg.window && data[0] & 2 ? 60 : 0;
	cfg.words = data[0] & 4 ? 20 : 0;
	cfg.pass = data[0] & 8;
	cfg.format = (enum format)((data[0] >> 4) % 3);	/* in enum order */
	s.in = &r.in;
	fuzz_stream_open(&r, &sopt, data + 1, size - 1);
	summarize_records(&s);
	fuzz_stream_close(&r, cfg.format == FORMAT_NDJSON ? OUT_RECORDS : OUT_TEXT,
	    NULL);
	summarizer_free(&s);
	return 0;
}
