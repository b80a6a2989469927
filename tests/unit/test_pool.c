/*
 * pool: records come back finished in the order they were handed over,
 * whatever the threads and however long each takes.
 */
#include <stdint.h>
#include <stdlib.h>
#include <time.h>

#include "diag.h"
#include "pool.h"
#include "unit.h"

enum { RECORDS = 2000 };

struct slot {
	long n, squared;
	long *scratch;		/* a buffer of the slot's own, reused */
};

struct order {
	long next;		/* the number finish expects */
	bool in_order, worked;
	int contexts;
};

static void *
context_new(void *arg)
{
	struct order *o = arg;

	o->contexts++;
	return xcalloc(1, sizeof(long));
}

static void
context_free(void *ctx)
{
	free(ctx);
}

/* Uneven work: some records take far longer than their neighbours. */
static void
work(void *ctx, void *slot)
{
	struct slot *s = slot;
	long *done_here = ctx;

	if (s->scratch == NULL)
		s->scratch = xcalloc(1, sizeof *s->scratch);
	if (s->n % 7 == 0) {
		struct timespec pause = { 0, (s->n % 5) * 20000 };
		nanosleep(&pause, NULL);
	}
	s->squared = s->n * s->n;
	*s->scratch = s->n;
	(*done_here)++;
}

static void
finish(void *arg, void *slot)
{
	struct order *o = arg;
	struct slot *s = slot;

	if (s->n != o->next || *s->scratch != s->n)
		o->in_order = false;
	if (s->squared != s->n * s->n)
		o->worked = false;
	o->next++;
}

static void
slot_free(void *slot)
{
	free(((struct slot *)slot)->scratch);
}

static void
run(unsigned threads)
{
	struct order o = { .in_order = true, .worked = true };
	const struct pool_ops ops = {
		.context_new = context_new, .context_free = context_free,
		.work = work, .finish = finish, .slot_free = slot_free, .arg = &o,
	};
	struct pool *p = pool_new(threads, sizeof(struct slot), &ops);

	for (long n = 0; n < RECORDS; n++) {
		struct slot *s = pool_slot(p);
		s->n = n;
		pool_submit(p);
		/* As before a read that would block: all finished, now. */
		if (n == 700) {
			pool_drain(p);
			CHECK(o.next == 701, "pool, %u threads: drain finishes all handed over", threads);
		}
	}
	pool_free(p);
	CHECK(o.in_order, "pool, %u threads: finished in input order", threads);
	CHECK(o.worked, "pool, %u threads: every record worked on", threads);
	CHECK(o.next == RECORDS, "pool, %u threads: every record finished", threads);
	CHECK(o.contexts == (int)threads, "pool, %u threads: a context each", threads);
}

void
test_pool(void)
{
	run(1);
	run(2);
	run(5);
	CHECK(pool_cpus(1) == 1 && pool_cpus(64) >= 1, "pool_cpus is within 1..max");
}
