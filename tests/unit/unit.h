/*
 * unit: a small TAP harness for the tests of common/.
 *
 * CHECK(cond, name) prints "ok N - name" or "not ok N - name" with the
 * file and line of a failure; unit_done() prints the plan and returns
 * the exit status.
 */
#ifndef WIRE_UNIT_H
#define WIRE_UNIT_H

#include <stdbool.h>
#include <stdio.h>

extern int unit_count, unit_failed;

#define CHECK(cond, ...) unit_check((cond), __FILE__, __LINE__, __VA_ARGS__)

void unit_check(bool ok, const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

struct sent_list;
/* The sentences of text joined with " | ", in a static buffer. */
const char *unit_join_sentences(const char *text, const struct sent_list *sl);

void test_text(void);
void test_sentences(void);
void test_paragraphs(void);
void test_lines(void);
void test_opts(void);
void test_json(void);
void test_tok(void);
void test_pool(void);
void test_record(void);
void test_roles(void);
void test_ids(void);
void test_words(void);
void test_parse(void);
void test_parsed(void);
void test_cues(void);
void test_names(void);
void test_dateline(void);

#endif
