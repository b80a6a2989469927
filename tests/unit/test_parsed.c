/*
 * parsed: a record's parse read from its "tokens", or made here when it
 * has none or bad ones.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "parse/model.h"
#include "parsed.h"
#include "unit.h"

/* Word i's lemma as a string, in a static buffer. */
static const char *
lemma(const struct record_tokens *t, size_t i)
{
	static char out[64];

	snprintf(out, sizeof out, "%.*s", (int)t->w[i].lemma_len, t->w[i].lemma);
	return out;
}

static void
check_made(struct parsed *p)
{
	const char *text = "Ferries stopped. They didn't sail.";
	struct sent_list sl = { 0 };
	const struct record_tokens *t;

	sent_split(text, strlen(text), &sl);
	t = parsed_text(p, text, strlen(text), &sl);
	CHECK(p->made && t->ns == 2 && t->first[1] == 3 && t->nw == 8,
	    "parsed: two sentences of 3 and 5 words made here (got %zu, %zu)", t->ns, t->nw);
	/* Every lemma still readable after the next sentence was parsed. */
	CHECK(strcmp(lemma(t, 0), "ferry") == 0 && strcmp(lemma(t, 1), "stop") == 0,
	    "parsed: the first sentence's lemmas outlive the second's parse");
	CHECK(t->w[4].start == 22 && t->w[4].end == 25 && t->w[4].cp_start == 22 &&
	    t->w[5].start == 25, "parsed: did|n't spans in bytes and code points");
	CHECK(t->w[1].head == 0 && t->w[0].head == 2 &&
	    strncmp(t->w[0].deprel, "nsubj", t->w[0].deprel_len) == 0,
	    "parsed: the subject hangs from the root verb");
	sent_list_free(&sl);
}

static void
check_read(struct parsed *p, struct record_reader *r)
{
	const char *text = "Rain fell.";
	json_t *rec = json_pack("{s:s, s:[s]}", "text", text, "tokens",
	    "0 4 NOUN NN rain 2 nsubj 5 9 VERB VBD fall 0 root 9 10 PUNCT . . 2 punct");
	struct sent_list sl = { 0 };
	const struct record_tokens *t;

	sent_split(text, strlen(text), &sl);
	t = parsed_record(p, r, rec, text, strlen(text), &sl);
	CHECK(!p->made && t->nw == 3 && t->ns == 1 && t->w[1].lemma_len == 4 &&
	    memcmp(t->w[1].lemma, "fall", 4) == 0, "parsed: tokens upstream are read, not made");
	json_object_set_new(rec, "tokens", json_string("not an array"));
	{
		FILE *tmp = tmpfile();
		int saved = dup(STDERR_FILENO);

		fflush(stderr);
		dup2(fileno(tmp), STDERR_FILENO);
		t = parsed_record(p, r, rec, text, strlen(text), &sl);
		fflush(stderr);
		dup2(saved, STDERR_FILENO);
		close(saved);
		fclose(tmp);
	}
	CHECK(p->made && t->nw == 3 && strcmp(lemma(t, 1), "fall") == 0,
	    "parsed: malformed tokens upstream: parsed here");
	sent_list_free(&sl);
	json_decref(rec);
}

void
test_parsed(void)
{
	char err[256];
	struct parse_model *m = parse_model_builtin(err, sizeof err);
	struct record_reader r;
	struct parsed p;

	if (m == NULL)
		abort();
	record_reader_init(&r, NULL);
	parsed_init(&p, m);
	check_made(&p);
	check_read(&p, &r);
	parsed_free(&p);
	parse_model_free(m);
}
