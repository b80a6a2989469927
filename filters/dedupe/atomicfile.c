#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "atomicfile.h"
#include "diag.h"

bool
atomicfile_open(struct atomicfile *a, const char *path)
{
	size_t n = strlen(path) + 32;
	int fd;

	a->path = xstrdup(path);
	a->tmp = xmalloc(n);
	snprintf(a->tmp, n, "%s.tmp.XXXXXX", path);
	fd = mkstemp(a->tmp);
	if (fd < 0 || (a->f = fdopen(fd, "w")) == NULL) {
		diag_warn("%s:", a->tmp);
		if (fd >= 0)
			close(fd);
		free(a->path);
		free(a->tmp);
		return false;
	}
	return true;
}

static void
sync_directory(const char *path)
{
	char *copy = xstrdup(path);
	int fd = open(dirname(copy), O_RDONLY | O_DIRECTORY);

	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
	free(copy);
}

bool
atomicfile_commit(struct atomicfile *a)
{
	bool ok = fflush(a->f) == 0 && !ferror(a->f) && fsync(fileno(a->f)) == 0;

	if (fclose(a->f) != 0)
		ok = false;
	if (ok && rename(a->tmp, a->path) != 0)
		ok = false;
	if (!ok) {
		diag_warn("cannot write %s:", a->path);
		unlink(a->tmp);
	} else {
		sync_directory(a->path);
	}
	free(a->path);
	free(a->tmp);
	return ok;
}

void
atomicfile_abort(struct atomicfile *a)
{
	fclose(a->f);
	unlink(a->tmp);
	free(a->path);
	free(a->tmp);
}
