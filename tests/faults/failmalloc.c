/*
 * failmalloc.so: an LD_PRELOAD shim for the fault tests.  With
 * WIRE_FAIL_MALLOC_AFTER=N in the environment, malloc, calloc and realloc
 * succeed N times, then fail (NULL, errno ENOMEM) from then on, as when
 * memory runs out for good.  free and everything else are libc's.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>

void *__libc_malloc(size_t size);
void *__libc_calloc(size_t count, size_t size);
void *__libc_realloc(void *ptr, size_t size);

static long limit = -2;		/* -2: not read yet; -1: never fail */
static long calls;

static bool
must_fail(void)
{
	if (limit == -2) {
		const char *env = getenv("WIRE_FAIL_MALLOC_AFTER");
		limit = env != NULL ? atol(env) : -1;
	}
	if (limit >= 0 && calls++ >= limit) {
		errno = ENOMEM;
		return true;
	}
	return false;
}

void *
malloc(size_t size)
{
	return must_fail() ? NULL : __libc_malloc(size);
}

void *
calloc(size_t count, size_t size)
{
	return must_fail() ? NULL : __libc_calloc(count, size);
}

void *
realloc(void *ptr, size_t size)
{
	return must_fail() ? NULL : __libc_realloc(ptr, size);
}
