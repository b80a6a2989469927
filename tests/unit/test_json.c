#include <stdlib.h>
#include <string.h>

#include "jsonr.h"
#include "jsonw.h"
#include "unit.h"

/* Parses with jsonr and with jansson; both must agree. */
static void
same_as_jansson(const char *text)
{
	struct jsonr_error err;
	json_error_t jerr;
	json_t *ours = jsonr_parse(text, strlen(text), &err);
	json_t *theirs = json_loadb(text, strlen(text),
	    JSON_DECODE_ANY | JSON_REJECT_DUPLICATES, &jerr);

	CHECK((ours == NULL && theirs == NULL) ||
	    (ours != NULL && theirs != NULL && json_equal(ours, theirs)),
	    "jsonr and jansson agree on %s", text);
	json_decref(ours);
	json_decref(theirs);
}

static void
refused(const char *text, const char *why)
{
	struct jsonr_error err;
	json_t *v = jsonr_parse(text, strlen(text), &err);

	CHECK(v == NULL && strstr(err.text, why) != NULL,
	    "jsonr refuses %s (%s)", text, v ? "accepted" : err.text);
	json_decref(v);
}

/* Serialises with jsonw and with jansson's compact dump: same bytes. */
static void
dumps_like_jansson(const char *text)
{
	json_t *v = json_loads(text, JSON_DECODE_ANY, NULL);
	char *theirs = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
	struct buf ours = { 0 };

	jsonw_value(&ours, v);
	CHECK(theirs != NULL && strcmp(ours.data, theirs) == 0,
	    "jsonw writes %s as jansson does (%s)", text, ours.data);
	free(theirs);
	buf_free(&ours);
	json_decref(v);
}

void
test_json(void)
{
	same_as_jansson("{\"a\":1,\"b\":[true,false,null],\"c\":{\"d\":\"e\"}}");
	same_as_jansson(" { \"text\" : \"tab\\there \\\"q\\\" \\\\ \\/ \\u00e9 \\ud83d\\ude00\" } ");
	same_as_jansson("[-0, 0.5, -1.25e-3, 1E9, 9223372036854775807, -9223372036854775808]");
	same_as_jansson("\"Zoë “quotes”\"");
	same_as_jansson("{}");
	/* Found by fuzzing: a number longer than the parser's buffer. */
	same_as_jansson("0.50888888888888888888888888888888888888888888888888888888888888888888888888881111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111188888888888888888888888888888888888888888888888");
	same_as_jansson("[]");
	refused("{\"a\":1,\"a\":2}", "duplicate");
	refused("{\"a\":\"\\u0000\"}", "\\u0000");
	refused("[\"\\ud83d\"]", "surrogate");
	refused("[\"\\ude00\"]", "surrogate");
	refused("[9223372036854775808]", "too big integer");
	refused("[1e999]", "overflow");
	refused("{\"a\":1} x", "end of input expected");
	refused("{\"a\":1,}", "expected");
	refused("[01]", "expected");
	refused("[1.]", "invalid number");
	refused("{\"a\":\"x\ny\"}", "control character");
	refused("{\"a\":\"unterminated", "unterminated");
	refused("[tru]", "invalid token");
	refused("", "end of input");
	{
		char deep[JSONR_MAX_DEPTH + 10];

		memset(deep, '[', sizeof(deep) - 1);
		deep[sizeof(deep) - 1] = '\0';
		refused(deep, "depth");
	}
	dumps_like_jansson("{\"k\":\"line\\nbreak\\ttab\\u0001\\u001f\\u007f \\\"q\\\" \\\\ / é 😀\"}");
	dumps_like_jansson("[1,-2,0.5,1e+100,-0.0,2.0,true,false,null,{},[]]");
	{
		/* Reals: the shortest form that reads back the same, where
		 * jansson writes 17 digits (1.4999999999999999e-7). */
		const char *text = "[1.5e-07,0.1,123456.789,-2.5e+300]";
		json_t *v = json_loads(text, 0, NULL), *back;
		struct buf b = { 0 };

		jsonw_value(&b, v);
		back = json_loads(b.data, 0, NULL);
		CHECK(back != NULL && json_equal(v, back) &&
		    strcmp(b.data, "[1.5e-7,0.1,123456.789,-2.5e300]") == 0,
		    "jsonw writes reals short and exact (%s)", b.data);
		json_decref(v);
		json_decref(back);
		buf_free(&b);
	}
	{
		struct buf b = { 0 };
		json_t *v = json_real(0.93);

		jsonw_value(&b, v);
		CHECK(strcmp(b.data, "0.93") == 0, "jsonw writes 0.93 as 0.93 (got %s)", b.data);
		b.len = 0;
		json_real_set(v, 0.1 + 0.2);
		jsonw_value(&b, v);
		CHECK(strtod(b.data, NULL) == 0.1 + 0.2, "a real reads back to the same double (%s)", b.data);
		json_decref(v);
		buf_free(&b);
	}
	dumps_like_jansson("{\"b\":1,\"a\":{\"z\":[1,{\"y\":\"x\"}]}}");
	dumps_like_jansson("\"a long string with nothing to escape in it at all, none\"");
}
