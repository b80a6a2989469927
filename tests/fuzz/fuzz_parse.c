/*
 * libFuzzer target: wire-parse's unit (records.h) with the built-in
 * model, loaded once, on two threads.  Every record in gives one out,
 * and its "tokens", when written, are read back by the record layer
 * (record.h) without complaint: the writer and the reader agree, every
 * span is inside the text, every head inside its sentence.
 */
#include "parse/model.h"
#include "record.h"
#include "records.h"

#define FUZZ_PROGRAM "wire-parse"
#include "fuzz_filter.h"

static struct parse_model *model;

static void
check_record(json_t *rec)
{
	struct record_reader reader;
	struct record_tokens tokens = { 0 };
	size_t len;
	const char *text = json_string_value(json_object_get(rec, "text"));

	if (json_object_get(rec, "tokens") == NULL)
		return;
	len = text != NULL ? json_string_length(json_object_get(rec, "text")) : 0;
	record_reader_init(&reader, NULL);
	if (!record_tokens(&reader, rec, text != NULL ? text : "", len, &tokens) &&
	    json_array_size(json_object_get(rec, "tokens")) > 0)
		abort();
	record_tokens_free(&tokens);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct stream_options sopt = { .field = "text" };
	struct fuzz_run r;
	struct parse_records *p;
	json_t *rec;
	char err[256];

	if (model == NULL && (model = parse_model_builtin(err, sizeof err)) == NULL)
		abort();
	const struct parse_records_config cfg = { .threads = 2, .model = model };
	fuzz_stream_open(&r, &sopt, data, size);
	p = parse_records_new(&cfg, &r.in);
	while ((rec = stream_next(&r.in)) != NULL) {
		parse_records_record(p, rec);
		json_decref(rec);
	}
	parse_records_end(p);
	parse_records_free(p);
	fuzz_stream_close(&r, OUT_ONE_TO_ONE, check_record);
	return 0;
}
