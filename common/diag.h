/*
 * diag: the program's name, its exit codes and its messages.
 *
 * Every message goes to stderr as "wire-NAME: text".  A format that ends
 * in ':' gets ": strerror(errno)" appended, as sbase's eprintf does.
 * diag_fatal never returns: it flushes nothing and exits EXIT_TROUBLE.
 */
#ifndef WIRE_DIAG_H
#define WIRE_DIAG_H

#include <stdarg.h>
#include <stddef.h>

enum {
	EXIT_ALL_GOOD = 0,	/* every input line was a good record */
	EXIT_REJECTED = 1,	/* some input lines were rejected */
	EXIT_TROUBLE = 2	/* usage, I/O error, or a --strict stop */
};

void diag_set_progname(const char *name);
const char *diag_progname(void);

void diag_warn(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));
_Noreturn void diag_fatal(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));

/* Allocation that ends the program with a message when memory runs out. */
void *xmalloc(size_t size);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *ptr, size_t size);
char *xstrdup(const char *s);

/* Grows an array of elements of size elem so that it holds at least need
 * of them, doubling *cap (from 16): for the growable lists. */
void *xgrow_slow(void *ptr, size_t *cap, size_t need, size_t elem);

static inline void *
xgrow(void *ptr, size_t *cap, size_t need, size_t elem)
{
	return need <= *cap ? ptr : xgrow_slow(ptr, cap, need, elem);
}

#endif
