/*
 * libFuzzer target: wire-attribute-quotes' unit (attribute-quotes.h) over
 * each input's records, entities and sentences from an earlier stage
 * included, well formed or not, with fresh story memory for each input.
 * Every record in gives one out; every quote's span and its speaker's
 * span cover their text.
 */
#define FUZZ_PROGRAM "wire-attribute-quotes"
#include "fuzz_filter.h"

#include "attribute-quotes.h"

static void
check_record(json_t *rec)
{
	check_spans(rec, "quotes");
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct attribute_quotes_config cfg = { .max_docs = 4 };
	struct stream_options sopt = { .field = "text" };
	struct attribute_quotes *a;
	struct fuzz_run r;
	json_t *rec;

	fuzz_stream_open(&r, &sopt, data, size);
	a = attribute_quotes_new(&cfg, &r.in);
	while ((rec = stream_next(&r.in)) != NULL) {
		attribute_quotes_record(a, rec);
		json_decref(rec);
	}
	attribute_quotes_end(a);
	fuzz_stream_close(&r, OUT_ONE_TO_ONE, check_record);
	attribute_quotes_free(a);
	return 0;
}
