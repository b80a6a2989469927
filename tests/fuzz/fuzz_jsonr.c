/*
 * libFuzzer target: the JSON reader against jansson.  For any valid UTF-8
 * input, jsonr and jansson must agree on accepting it and on the value;
 * jsonw must write a value that reads back equal.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "jsonr.h"
#include "jsonw.h"
#include "text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *)data;
	struct jsonr_error err;
	json_error_t jerr;
	json_t *ours, *theirs;

	if (utf8_valid_prefix(text, size) != size || memchr(text, '\0', size))
		return 0;
	ours = jsonr_parse(text, size, &err);
	theirs = json_loadb(text, size, JSON_DECODE_ANY | JSON_REJECT_DUPLICATES, &jerr);
	if ((ours == NULL) != (theirs == NULL)) {
		/* jansson reads numbers past double's range as errors and some
		 * integers as reals; agree on everything else. */
		if (!(theirs == NULL && strstr(jerr.text, "real number overflow")))
			abort();
	}
	if (ours != NULL && theirs != NULL && !json_equal(ours, theirs))
		abort();
	if (ours != NULL) {
		struct buf b = { 0 };
		json_t *back;

		jsonw_value(&b, ours);
		back = jsonr_parse(b.data, b.len, &err);
		if (back == NULL || !json_equal(back, ours))
			abort();
		json_decref(back);
		buf_free(&b);
	}
	json_decref(ours);
	json_decref(theirs);
	return 0;
}
