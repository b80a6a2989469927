#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"
#include "stop.h"

static volatile sig_atomic_t stop_flag;
static int wake_pipe[2] = { -1, -1 };

static void
on_stop_signal(int sig)
{
	int saved_errno = errno;
	ssize_t unused;

	(void)sig;
	stop_flag = 1;
	unused = write(wake_pipe[1], "", 1);
	(void)unused;
	errno = saved_errno;
}

void
stop_install(void)
{
	struct sigaction sa;

	if (wake_pipe[0] >= 0)
		return;
	if (pipe(wake_pipe) != 0)
		diag_fatal("pipe:");
	for (int i = 0; i < 2; i++) {
		fcntl(wake_pipe[i], F_SETFD, FD_CLOEXEC);
		fcntl(wake_pipe[i], F_SETFL, O_NONBLOCK);
	}
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_stop_signal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;	/* no SA_RESTART: a blocked read returns EINTR */
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	/* A closed reader downstream ends us quietly, as it does cat. */
	signal(SIGPIPE, SIG_DFL);
}

bool
stop_requested(void)
{
	return stop_flag != 0;
}

int
stop_fd(void)
{
	return wake_pipe[0];
}
