/*
 * pool: records worked on by several threads, finished in input order
 * (see pool.h).
 *
 * The slots form a ring.  Records are numbered as they are handed over;
 * head is the oldest not yet finished, claim the next not yet taken by a
 * thread, tail the next to hand over: head <= claim <= tail, and
 * tail - head <= nslots.  One mutex guards the numbers and the done
 * flags; "queued" wakes workers, "worked" wakes the calling thread.
 */
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "pool.h"

/* Slots per thread: enough that no thread waits for work while the
 * calling thread finishes records, few enough to stay small. */
enum { SLOTS_PER_THREAD = 16 };

struct worker {
	struct pool *pool;
	void *context;
	pthread_t thread;
};

struct pool {
	struct pool_ops ops;
	size_t slot_size, nslots;
	char *slots;
	bool *done;
	unsigned long head, claim, tail;
	void *own_context;		/* the calling thread's */
	unsigned nworkers;
	struct worker *workers;
	bool stopping;
	pthread_mutex_t lock;
	pthread_cond_t queued, worked;
};

static void *
slot_at(const struct pool *p, unsigned long n)
{
	return p->slots + (n % p->nslots) * p->slot_size;
}

/* Takes the next record to work on, if any; called with the lock held. */
static bool
claim_next(struct pool *p, unsigned long *n)
{
	if (p->claim == p->tail)
		return false;
	*n = p->claim++;
	return true;
}

/* Works on record n without the lock, then marks it done. */
static void
work_on(struct pool *p, void *ctx, unsigned long n)
{
	pthread_mutex_unlock(&p->lock);
	p->ops.work(ctx, slot_at(p, n));
	pthread_mutex_lock(&p->lock);
	p->done[n % p->nslots] = true;
	pthread_cond_broadcast(&p->worked);
}

static void *
worker_main(void *arg)
{
	struct worker *w = arg;
	struct pool *p = w->pool;
	unsigned long n;

	pthread_mutex_lock(&p->lock);
	for (;;) {
		while (!p->stopping && p->claim == p->tail)
			pthread_cond_wait(&p->queued, &p->lock);
		if (!claim_next(p, &n))
			break;
		work_on(p, w->context, n);
	}
	pthread_mutex_unlock(&p->lock);
	return NULL;
}

/* Starts up to n workers with every signal blocked; returns how many
 * started. */
static unsigned
start_workers(struct pool *p, unsigned n)
{
	sigset_t all, old;
	unsigned started = 0;

	p->workers = xcalloc(n, sizeof *p->workers);
	for (unsigned i = 0; i < n; i++) {
		p->workers[i].pool = p;
		p->workers[i].context = p->ops.context_new(p->ops.arg);
	}
	sigfillset(&all);
	pthread_sigmask(SIG_BLOCK, &all, &old);
	while (started < n && pthread_create(&p->workers[started].thread, NULL,
	    worker_main, &p->workers[started]) == 0)
		started++;
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	for (unsigned i = started; i < n; i++)
		p->ops.context_free(p->workers[i].context);
	return started;
}

struct pool *
pool_new(unsigned threads, size_t slot_size, const struct pool_ops *ops)
{
	struct pool *p = xcalloc(1, sizeof *p);

	p->ops = *ops;
	p->slot_size = slot_size;
	p->nslots = threads > 1 ? (size_t)SLOTS_PER_THREAD * threads : 1;
	p->slots = xcalloc(p->nslots, slot_size);
	p->done = xcalloc(p->nslots, sizeof *p->done);
	p->own_context = ops->context_new(ops->arg);
	pthread_mutex_init(&p->lock, NULL);
	pthread_cond_init(&p->queued, NULL);
	pthread_cond_init(&p->worked, NULL);
	if (threads > 1)
		p->nworkers = start_workers(p, threads - 1);
	return p;
}

/* Finishes the oldest record, working on records itself while the
 * oldest is in another thread's hands. */
static void
finish_oldest(struct pool *p)
{
	unsigned long n;

	pthread_mutex_lock(&p->lock);
	while (!p->done[p->head % p->nslots]) {
		if (claim_next(p, &n))
			work_on(p, p->own_context, n);
		else
			pthread_cond_wait(&p->worked, &p->lock);
	}
	p->done[p->head % p->nslots] = false;
	pthread_mutex_unlock(&p->lock);
	/* Only this thread moves head, and the workers never touch a slot
	 * between claim and done, so finish runs without the lock. */
	p->ops.finish(p->ops.arg, slot_at(p, p->head));
	p->head++;
}

void *
pool_slot(struct pool *p)
{
	if (p->tail - p->head == p->nslots)
		finish_oldest(p);
	return slot_at(p, p->tail);
}

void
pool_submit(struct pool *p)
{
	pthread_mutex_lock(&p->lock);
	p->tail++;
	if (p->nworkers > 0)
		pthread_cond_signal(&p->queued);
	pthread_mutex_unlock(&p->lock);
	if (p->nworkers == 0)
		finish_oldest(p);
}

void
pool_drain(struct pool *p)
{
	while (p->head != p->tail)
		finish_oldest(p);
}

void
pool_free(struct pool *p)
{
	if (p == NULL)
		return;
	pool_drain(p);
	pthread_mutex_lock(&p->lock);
	p->stopping = true;
	pthread_cond_broadcast(&p->queued);
	pthread_mutex_unlock(&p->lock);
	for (unsigned i = 0; i < p->nworkers; i++) {
		pthread_join(p->workers[i].thread, NULL);
		p->ops.context_free(p->workers[i].context);
	}
	p->ops.context_free(p->own_context);
	if (p->ops.slot_free != NULL)
		for (size_t i = 0; i < p->nslots; i++)
			p->ops.slot_free(p->slots + i * p->slot_size);
	pthread_cond_destroy(&p->queued);
	pthread_cond_destroy(&p->worked);
	pthread_mutex_destroy(&p->lock);
	free(p->workers);
	free(p->slots);
	free(p->done);
	free(p);
}

unsigned
pool_cpus(unsigned max)
{
	cpu_set_t set;
	int n = 0;

	if (sched_getaffinity(0, sizeof set, &set) == 0)
		n = CPU_COUNT(&set);
	if (n < 1)
		n = 1;
	return (unsigned)n < max ? (unsigned)n : max;
}
