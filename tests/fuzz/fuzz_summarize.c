/*
 * libFuzzer target: wire-summarize's unit (summarize.h).  The first byte
 * picks per-story summaries or digests (by count or by time), the length
 * in sentences or words, --pass, and the output format; the rest is the
 * input (records with entities and quotes from earlier stages, or not).
 */
#include "summarize.h"
#define FUZZ_PROGRAM "wire-summarize"
#include "fuzz_filter.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct summarize_config cfg = { .sentences = 3, .max_sentences = 50, .recency = 0.3 };
	struct stream_options sopt = { .field = "text" };
	struct fuzz_run r;
	struct summarize *s;
	json_t *rec;

	if (size == 0)
		return 0;
	cfg.window = data[0] & 1 ? 3 : 0;
	cfg.every = !cfg.window && data[0] & 2 ? 60 : 0;
	cfg.words = data[0] & 4 ? 20 : 0;
	cfg.pass = data[0] & 8;
	cfg.format = (enum summarize_format)((data[0] >> 4) % 3);	/* in enum order */
	fuzz_stream_open(&r, &sopt, data + 1, size - 1);
	s = summarize_new(&cfg, &r.in);
	while ((rec = stream_next(&r.in)) != NULL) {
		summarize_record(s, rec);
		json_decref(rec);
	}
	summarize_end(s);
	fuzz_stream_close(&r, cfg.format == SUMMARIZE_NDJSON ? OUT_RECORDS : OUT_TEXT,
	    NULL);
	summarize_free(s);
	return 0;
}
