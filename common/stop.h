/*
 * stop: SIGINT and SIGTERM as a request to finish.
 *
 * A filter that gets either signal finishes the record in hand, flushes
 * its output, saves its state and exits.  The handler only records the
 * request and wakes any poll() through a self-pipe, so no read is left
 * blocking.  This is the one piece of process-wide state in common/,
 * because a signal handler can reach nothing else.
 */
#ifndef WIRE_STOP_H
#define WIRE_STOP_H

#include <stdbool.h>

void stop_install(void);
bool stop_requested(void);
/* A descriptor that becomes readable when a stop is requested (-1 before
 * stop_install). */
int stop_fd(void);

#endif
