#include <errno.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"

static const char *progname = "wire";

void
diag_set_progname(const char *name)
{
	const char *slash = strrchr(name, '/');

	progname = slash ? slash + 1 : name;
}

const char *
diag_progname(void)
{
	return progname;
}

static void
vwarn_errno(const char *fmt, va_list ap, int saved_errno)
{
	size_t len = strlen(fmt);

	fprintf(stderr, "%s: ", progname);
	vfprintf(stderr, fmt, ap);
	if (len > 0 && fmt[len - 1] == ':')
		fprintf(stderr, " %s", strerror(saved_errno));
	fputc('\n', stderr);
}

void
diag_warn(const char *fmt, ...)
{
	int saved_errno = errno;
	va_list ap;

	va_start(ap, fmt);
	vwarn_errno(fmt, ap, saved_errno);
	va_end(ap);
}

void
diag_fatal(const char *fmt, ...)
{
	static atomic_flag ending = ATOMIC_FLAG_INIT;
	int saved_errno = errno;
	va_list ap;

	/* With threads (pool.h), two may fail at once, out of memory: the
	 * first says so and ends the program, the others wait for the end. */
	if (atomic_flag_test_and_set(&ending))
		for (;;)
			pause();
	va_start(ap, fmt);
	vwarn_errno(fmt, ap, saved_errno);
	va_end(ap);
	exit(EXIT_TROUBLE);
}

void *
xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);

	if (p == NULL)
		diag_fatal("out of memory (%zu bytes)", size);
	return p;
}

void *
xcalloc(size_t count, size_t size)
{
	void *p = calloc(count ? count : 1, size ? size : 1);

	if (p == NULL)
		diag_fatal("out of memory (%zu x %zu bytes)", count, size);
	return p;
}

void *
xrealloc(void *ptr, size_t size)
{
	void *p = realloc(ptr, size ? size : 1);

	if (p == NULL)
		diag_fatal("out of memory (%zu bytes)", size);
	return p;
}

char *
xstrdup(const char *s)
{
	size_t len = strlen(s) + 1;

	return memcpy(xmalloc(len), s, len);
}

void *
xgrow_slow(void *ptr, size_t *cap, size_t need, size_t elem)
{
	size_t n = *cap ? *cap : 16;

	while (n < need)
		n *= 2;
	*cap = n;
	return xrealloc(ptr, n * elem);
}
