/*
 * libFuzzer target: wire-split's unit (split.h).  The first byte picks
 * the mode (plain text or records, sentence or paragraph unit, paragraph
 * rule); the rest is the input.  Every record written must be an object
 * with its id, doc, text, and start no later than its end.
 */
#include "split.h"
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
	static const enum split_para_mode modes[] = {
		SPLIT_PARA_AUTO, SPLIT_PARA_BLANK, SPLIT_PARA_LINE,
	};
	struct split_config cfg = { .mode = SPLIT_PARA_AUTO };
	struct stream_options sopt = { .field = "text" };
	struct fuzz_run r;
	struct split *f;
	bool plain_text;
	const char *line;
	size_t len;
	int input;
	json_t *rec;

	if (size == 0)
		return 0;
	plain_text = data[0] & 1;
	cfg.sentences = data[0] & 2;
	cfg.mode = modes[(data[0] >> 2) % 3];
	if (plain_text)
		sopt.field = NULL;
	fuzz_stream_open(&r, &sopt, data + 1, size - 1);
	f = split_new(&cfg, &r.in);
	if (plain_text) {
		while (stream_next_line(&r.in, &line, &len, &input))
			split_line(f, input, line, len);
	} else {
		while ((rec = stream_next(&r.in)) != NULL) {
			split_record(f, rec);
			json_decref(rec);
		}
	}
	split_end(f);
	split_free(f);
	fuzz_stream_close(&r, OUT_RECORDS, check_record);
	return 0;
}
