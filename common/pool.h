/*
 * pool: records worked on by several threads, finished in input order.
 *
 * For a filter whose work on a record splits in two: a part that needs
 * only the record (run on any thread, records side by side), and a part
 * that needs the records before it (story memory, the output), run on
 * the calling thread in input order.  The filter fills a slot, hands it
 * over, and its finish function sees the slots again in the order they
 * were handed over; output is therefore the same whatever the number of
 * threads.
 *
 * Slots are the filter's own structures of slot_size bytes, kept and
 * reused, so that their buffers are allocated once; there are a fixed
 * number of them (memory stays bounded: a slot holds one record).  The
 * calling thread works too while it waits for the oldest record.  With
 * one thread nothing is started and pool_submit works and finishes the
 * record at once.
 *
 * Worker threads block every signal: the calling thread receives them,
 * so a stop request (stop.h) interrupts its read as it would without
 * threads.
 */
#ifndef WIRE_POOL_H
#define WIRE_POOL_H

#include <stddef.h>

struct pool_ops {
	/* A context for one thread (the calling thread has one too): what
	 * work may change, such as scratch arrays and caches. */
	void *(*context_new)(void *arg);
	void (*context_free)(void *ctx);
	/* The part that needs only the slot; any thread. */
	void (*work)(void *ctx, void *slot);
	/* The part in input order; the calling thread. */
	void (*finish)(void *arg, void *slot);
	/* Frees what a slot holds (not the slot), at pool_free. */
	void (*slot_free)(void *slot);
	void *arg;
};

struct pool;

/* threads: 1 or more, counting the calling thread; fewer are used when
 * the system gives fewer.  Slots start zeroed. */
struct pool *pool_new(unsigned threads, size_t slot_size,
    const struct pool_ops *ops);

/* The slot to fill next.  When every slot is in use, the oldest record
 * is finished first. */
void *pool_slot(struct pool *p);

/* Hands over the slot pool_slot returned. */
void pool_submit(struct pool *p);

/* Finishes every record handed over: before a read that would block,
 * and at the end. */
void pool_drain(struct pool *p);

/* Drains, stops the threads and frees everything. */
void pool_free(struct pool *p);

/* The threads this process may run on (its CPU affinity), at most max. */
unsigned pool_cpus(unsigned max);

#endif
