/*
 * libFuzzer target: wire-split's story loop.  The first byte picks the
 * mode (plain text or records, sentence or paragraph unit, paragraph
 * rule); the rest is the input.  Every record written must be an object
 * with its id, doc, text, and start no later than its end.
 */
#define main split_main
#include "../../filters/split/main.c"
#undef main
#define FUZZ_PROGRAM "wire-split"
#include "fuzz_filter.h"

static void
check_record(json_t *rec)
{
	json_t *start = json_object_get(rec, "start"), *end = json_object_get(rec, "end");

	if (!json_is_string(json_object_get(rec, "id")) ||
	    !json_is_string(json_object_get(rec, "doc")) ||
	    !json_is_string(json_object_get(rec, "text")) ||
	    !json_is_integer(start) || !json_is_integer(end) ||
	    json_integer_value(start) > json_integer_value(end))
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const enum para_mode modes[] = { PARA_AUTO, PARA_BLANK, PARA_LINE };
	struct config cfg = { .mode = PARA_AUTO };
	struct stream_options sopt = { .field = "text" };
	struct story st = { .text_field = "text" };
	struct fuzz_run r;
	struct writer w = { .stream = &r.in, .held = -1 };

	if (size == 0)
		return 0;
	cfg.plain_text = data[0] & 1;
	cfg.sentences = data[0] & 2;
	cfg.mode = modes[(data[0] >> 2) % 3];
	if (cfg.plain_text)
		sopt.field = NULL;
	fuzz_stream_open(&r, &sopt, data + 1, size - 1);
	if (cfg.plain_text)
		split_plain_text(&cfg, &r.in, &w, &st);
	else
		split_records(&cfg, &r.in, &w, &st);
	buf_free(&st.para);
	buf_free(&st.carried);
	writer_free(&w);
	fuzz_stream_close(&r, OUT_RECORDS, check_record);
	return 0;
}
