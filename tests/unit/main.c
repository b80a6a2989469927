#include <stdarg.h>
#include <stdio.h>

#include "diag.h"
#include "unit.h"

int unit_count, unit_failed;

void
unit_check(bool ok, const char *file, int line, const char *fmt, ...)
{
	va_list ap;

	unit_count++;
	printf("%s %d - ", ok ? "ok" : "not ok", unit_count);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
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
	test_lines();
	test_opts();
	printf("1..%d\n", unit_count);
	return unit_failed ? 1 : 0;
}
