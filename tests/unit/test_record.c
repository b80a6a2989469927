#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "record.h"
#include "unit.h"

static json_t *
parse(const char *line)
{
	json_t *rec = json_loads(line, 0, NULL);

	if (rec == NULL)
		abort();
	return rec;
}

/* Runs fn with stderr caught; returns how many lines it wrote there. */
static int
stderr_lines(void (*fn)(void *), void *arg)
{
	FILE *tmp = tmpfile();
	int saved = dup(STDERR_FILENO), lines = 0, c;

	fflush(stderr);
	dup2(fileno(tmp), STDERR_FILENO);
	fn(arg);
	fflush(stderr);
	dup2(saved, STDERR_FILENO);
	close(saved);
	rewind(tmp);
	while ((c = fgetc(tmp)) != EOF)
		lines += c == '\n';
	fclose(tmp);
	return lines;
}

/* The sentences of a record as "a | b" from its text. */
static const char *
sentences_of(struct record_reader *r, const char *line)
{
	json_t *rec = parse(line);
	const char *text = json_string_value(json_object_get(rec, "text"));
	struct sent_list sl = { 0 };
	const char *joined;

	record_sentences(r, rec, text, strlen(text), &sl);
	joined = unit_join_sentences(text, &sl);
	sent_list_free(&sl);
	json_decref(rec);
	return joined;
}

static void
check_sentences(void)
{
	struct record_reader r;

	record_reader_init(&r, NULL);
	/* Upstream spans are used as given (code points, not bytes). */
	CHECK(strcmp(sentences_of(&r,
	    "{\"text\":\"Café opens. Its owner is Zoë Lenz.\",\"sentences\":[[0,4],[5,11],[12,34]]}"),
	    "Café | opens. | Its owner is Zoë Lenz.") == 0,
	    "sentences: upstream spans in code points are used as given");
	CHECK(strcmp(sentences_of(&r,
	    "{\"text\":\"Mr. Vance left. He came back.\",\"sent\":0}"),
	    "Mr. Vance left. He came back.") == 0,
	    "sentences: a sentence record is one sentence");
	CHECK(strcmp(sentences_of(&r, "{\"text\":\"One ends. Two ends.\"}"),
	    "One ends. | Two ends.") == 0,
	    "sentences: missing, split here");
	CHECK(!r.warned[RECORD_SENTENCES], "sentences: a missing field is no warning");
}

static void
malformed_sentences(void *arg)
{
	struct record_reader *r = arg;
	static const char *const lines[] = {
		"{\"text\":\"One ends. Two ends.\",\"sentences\":[[5,2]]}",
		"{\"text\":\"One ends. Two ends.\",\"sentences\":[[0,999]]}",
		"{\"text\":\"One ends. Two ends.\",\"sentences\":[[0,9],[4,19]]}",
		"{\"text\":\"One ends. Two ends.\",\"sentences\":\"all\"}",
		"{\"text\":\"One ends. Two ends.\",\"sentences\":[]}",
	};

	for (size_t i = 0; i < sizeof lines / sizeof *lines; i++)
		CHECK(strcmp(sentences_of(r, lines[i]), "One ends. | Two ends.") == 0,
		    "sentences: malformed, split here: %s", lines[i]);
}

static void
check_malformed_sentences(void)
{
	struct record_reader r;

	record_reader_init(&r, NULL);
	CHECK(stderr_lines(malformed_sentences, &r) == 1,
	    "sentences: five malformed records, one warning");
	CHECK(r.warned[RECORD_SENTENCES], "sentences: the warning is remembered");
}

/* A record read for its entities, kept while they borrow its strings. */
struct entities_case {
	const char *line;
	json_t *rec;
	struct record_entities list;
	bool found;
};

static void
entities_case_free(struct entities_case *c)
{
	record_entities_free(&c->list);
	json_decref(c->rec);
}

static void
read_entities_case(void *arg)
{
	struct entities_case *c = arg;
	struct record_reader r;
	const char *text;

	c->rec = parse(c->line);
	text = json_string_value(json_object_get(c->rec, "text"));
	record_reader_init(&r, NULL);
	c->found = record_entities(&r, c->rec, text, strlen(text), &c->list);
}

static void
check_entities(void)
{
	/* Reverse order and a nested span; "é" and "ö" are two bytes. */
	struct entities_case c = { .line =
	    "{\"text\":\"Renée Vos met Jörg Tal of Tal Bank.\",\"entities\":["
	    "{\"text\":\"Tal Bank\",\"type\":\"ORG\",\"start\":26,\"end\":34},"
	    "{\"text\":\"Tal\",\"type\":\"PERSON\",\"start\":26,\"end\":29,\"canonical\":null},"
	    "{\"text\":\"Jörg Tal\",\"type\":\"PERSON\",\"start\":14,\"end\":22,\"title\":\"Mr\"},"
	    "{\"text\":\"Renée Vos\",\"type\":\"PERSON\",\"start\":0,\"end\":9,\"canonical\":\"Renée Vos\"}]}" };

	CHECK(stderr_lines(read_entities_case, &c) == 0, "entities: well formed, no warning");
	CHECK(c.found && c.list.n == 4, "entities: all four read");
	if (c.found && c.list.n == 4) {
		struct record_entity *e = c.list.v;
		CHECK(e[0].start == 0 && e[0].end == 10 && strcmp(e[0].canonical, "Renée Vos") == 0,
		    "entities: first by position, bytes past a two-byte letter");
		CHECK(e[1].start == 15 && e[1].end == 24 && e[1].cp_start == 14 &&
		    strcmp(e[1].title, "Mr") == 0, "entities: code points kept beside bytes");
		CHECK(e[2].start == 28 && e[2].end == 36 && strcmp(e[2].type, "ORG") == 0,
		    "entities: of two starting together the longer first");
		CHECK(e[3].start == 28 && e[3].end == 31 && e[3].canonical == NULL,
		    "entities: a null canonical is none");
	}
	entities_case_free(&c);

	struct entities_case bad = { .line =
	    "{\"text\":\"Tomas Reyes said it.\",\"entities\":["
	    "{\"type\":\"PERSON\",\"start\":0,\"end\":11},{\"type\":7,\"start\":0,\"end\":5},"
	    "{\"type\":\"ORG\",\"start\":-1,\"end\":3},{\"type\":\"ORG\",\"start\":5,\"end\":900},"
	    "{\"type\":\"ORG\",\"start\":6,\"end\":6},42,{\"type\":\"ORG\",\"start\":0,\"end\":5,\"title\":[]}]}" };
	CHECK(stderr_lines(read_entities_case, &bad) == 1,
	    "entities: malformed items, one warning");
	CHECK(bad.found && bad.list.n == 1 && bad.list.v[0].end == 11,
	    "entities: malformed items left out, the good one kept");
	entities_case_free(&bad);

	struct entities_case none = { .line = "{\"text\":\"Quiet.\"}" };
	CHECK(stderr_lines(read_entities_case, &none) == 0 && !none.found,
	    "entities: none upstream is not found, no warning");
	struct entities_case str = { .line = "{\"text\":\"Quiet.\",\"entities\":\"Quiet\"}" };
	CHECK(stderr_lines(read_entities_case, &str) == 1 && !str.found,
	    "entities: not an array is not found, with a warning");
	entities_case_free(&none);
	entities_case_free(&str);
}

static void
times(void *arg)
{
	struct record_reader *r = arg;
	json_t *good = parse("{\"time\":\"2026-11-24T08:30:00Z\"}");
	json_t *bad = parse("{\"time\":\"yesterday\"}");
	json_t *none = parse("{\"time\":null}");
	int64_t s = 0;

	CHECK(record_time(r, good, &s) && s == 1795509000, "time: ISO 8601 read (%lld)", (long long)s);
	CHECK(!record_time(r, bad, &s) && !record_time(r, bad, &s), "time: not a time is none");
	CHECK(!record_time(r, none, &s), "time: null is none");
	json_decref(good);
	json_decref(bad);
	json_decref(none);
}

static void
check_time_and_story(void)
{
	struct record_reader r;
	json_t *a = parse("{\"id\":\"x:p0\",\"doc\":\"x\",\"last\":true}");
	json_t *b = parse("{\"id\":\"y\",\"doc\":5,\"last\":\"yes\"}");
	json_t *c = parse("{\"text\":\"\"}");

	record_reader_init(&r, NULL);
	CHECK(stderr_lines(times, &r) == 1, "time: one warning for two bad times");
	CHECK(strcmp(record_doc(a), "x") == 0 && record_is_last(a), "story: doc and last");
	CHECK(strcmp(record_doc(b), "y") == 0 && !record_is_last(b),
	    "story: id when doc is not a string; last only when true");
	CHECK(record_doc(c) == NULL, "story: none named");
	json_decref(a);
	json_decref(b);
	json_decref(c);
}

/* "Zoë said no." as a parser writes it: offsets in code points. */
static const char TOKENS_GOOD[] = "{\"text\":\"Zoë said no.\",\"tokens\":"
    "[\"0 3 PROPN NNP Zoë 2 nsubj 4 8 VERB VBD say 0 root 9 11 INTJ UH no 2 obj "
    "11 12 PUNCT . . 2 punct\"]}";

static void
check_tokens(void)
{
	struct record_reader r;
	struct record_tokens t = { 0 };
	json_t *rec = parse(TOKENS_GOOD);
	const char *text = json_string_value(json_object_get(rec, "text"));
	size_t len = strlen(text);

	record_reader_init(&r, NULL);
	CHECK(record_tokens(&r, rec, text, len, &t), "tokens: read");
	CHECK(t.ns == 1 && t.nw == 4 && t.first[0] == 0 && t.first[1] == 4,
	    "tokens: one sentence of four words");
	CHECK(t.w[0].start == 0 && t.w[0].end == 4 && t.w[1].start == 5,
	    "tokens: code points become bytes (ë is two)");
	CHECK(t.w[1].lemma_len == 3 && memcmp(t.w[1].lemma, "say", 3) == 0 &&
	    t.w[1].head == 0 && t.w[1].deprel_len == 4, "tokens: the columns");
	json_decref(rec);
	record_tokens_free(&t);
}

struct bad_tokens {
	const char *line;
	bool read;
};

static void
read_bad_tokens(void *arg)
{
	struct bad_tokens *b = arg;
	struct record_reader r;
	struct record_tokens t = { 0 };
	json_t *rec = parse(b->line);
	const char *text = json_string_value(json_object_get(rec, "text"));

	record_reader_init(&r, NULL);
	b->read = record_tokens(&r, rec, text, strlen(text), &t);
	json_decref(rec);
	record_tokens_free(&t);
}

static void
check_malformed_tokens(void)
{
	static const char *const bad[] = {
		"{\"text\":\"Rain.\",\"tokens\":\"0 4 NOUN NN rain 0 root\"}",
		"{\"text\":\"Rain.\",\"tokens\":[\"0 4 NOUN NN rain 0\"]}",
		"{\"text\":\"Rain.\",\"tokens\":[\"0 9 NOUN NN rain 0 root\"]}",
		"{\"text\":\"Rain.\",\"tokens\":[\"0 4 NOUN NN rain 2 root\"]}",
		"{\"text\":\"Rain.\",\"tokens\":[\"2 4 NOUN NN rain 0 root 0 1 X X x 1 dep\"]}",
		"{\"text\":\"Rain.\",\"tokens\":[\"0 4 NOUN NN rain 0 root\",\"\"]}",
		"{\"text\":\"Rain.\",\"tokens\":[\"0  4 NOUN NN rain 0 root\"]}",
		"{\"text\":\"Rain.\",\"tokens\":[7]}",
	};
	struct bad_tokens none = { "{\"text\":\"Rain.\"}", true };

	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		struct bad_tokens b = { bad[i], true };
		CHECK(stderr_lines(read_bad_tokens, &b) == 1 && !b.read,
		    "tokens: malformed case %zu is refused with a warning", i);
	}
	CHECK(stderr_lines(read_bad_tokens, &none) == 0 && !none.read,
	    "tokens: none is no warning");
}

void
test_record(void)
{
	check_sentences();
	check_malformed_sentences();
	check_entities();
	check_time_and_story();
	check_tokens();
	check_malformed_tokens();
}
