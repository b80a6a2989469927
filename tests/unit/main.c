#include <stdarg.h>
#include <stdio.h>

#include "diag.h"
#include "unit.h"

int unit_count, unit_failed;

void
unit_check(bool ok, const char *file, int line, const char *fmt, ...)
{
	va_list ap;
	char name[512];

	unit_count++;
	va_start(ap, fmt);
	vsnprintf(name, sizeof(name), fmt, ap);
	va_end(ap);
	/* A TAP line is one line: newlines in a name would break it. */
	for (char *c = name; *c != '\0'; c++)
		if (*c == '\n' || *c == '\r')
			*c = ' ';
	printf("%s %d - %s\n", ok ? "ok" : "not ok", unit_count, name);
	if (!ok) {
		unit_failed++;
		printf("#   at %s:%d\n", file, line);
	}
}

int
main(void)
{
	diag_set_progname("unit-tests");
	test_text();
	test_sentences();
	test_paragraphs();
	test_lines();
	test_opts();
	test_json();
	test_tok();
	test_pool();
	test_record();
	test_roles();
	test_ids();
	test_words();
	test_parse();
	test_parsed();
	test_cues();
	test_names();
	test_dateline();
	printf("1..%d\n", unit_count);
	return unit_failed ? 1 : 0;
}
