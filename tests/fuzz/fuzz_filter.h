/*
 * What the filters' libFuzzer targets share.  A target is linked with
 * its filter's unit (filters/NAME/ but main.c) and includes the unit's
 * header; for each input it runs the unit's per-record functions over a
 * stream that reads the input from a memory file, with stdout caught in
 * another.  Then it reads back what the filter wrote and checks it:
 * every line one JSON object that the next filter accepts, as many lines
 * as the filter's contract says, and every span ("start"/"end",
 * "speaker_start"/"speaker_end") inside the record's text, on the text
 * it names.  Anything else aborts, which libFuzzer reports as a crash.
 */
#ifndef WIRE_FUZZ_FILTER_H
#define WIRE_FUZZ_FILTER_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <jansson.h>

#include "diag.h"
#include "jsonr.h"
#include "stream.h"
#include "text.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A target defines FUZZ_PROGRAM, the program's name, and may define
 * FUZZ_SETUP(), what it needs once (a model to load). */
#ifndef FUZZ_SETUP
#define FUZZ_SETUP() ((void)0)
#endif

struct fuzz_run {
	struct stream in;
	int input_fd;
	char path[64];
	char *argv[1];
};

/* Once per process: the program's name for diagnostics, stdout a memory
 * file (the filter's output, read back after each input). */
static void
fuzz_filter_init(const char *progname)
{
	int fd = memfd_create("stdout", 0);

	diag_set_progname(progname);
	if (fd < 0 || dup2(fd, STDOUT_FILENO) < 0)
		abort();
	close(fd);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_filter_init(FUZZ_PROGRAM);
	FUZZ_SETUP();
	return 0;
}

static void
write_all(int fd, const uint8_t *data, size_t size)
{
	while (size > 0) {
		ssize_t n = write(fd, data, size);
		if (n <= 0)
			abort();
		data += n;
		size -= (size_t)n;
	}
}

/* Starts a stream over data, with stdout emptied. */
static void
fuzz_stream_open(struct fuzz_run *r, const struct stream_options *opt,
    const uint8_t *data, size_t size)
{
	r->input_fd = memfd_create("input", 0);
	if (r->input_fd < 0)
		abort();
	write_all(r->input_fd, data, size);
	snprintf(r->path, sizeof r->path, "/proc/self/fd/%d", r->input_fd);
	r->argv[0] = r->path;
	if (ftruncate(STDOUT_FILENO, 0) != 0 || lseek(STDOUT_FILENO, 0, SEEK_SET) != 0)
		abort();
	stream_init(&r->in, opt, 1, r->argv);
}

/* The span obj[start_key, end_key) must lie in text and, when obj has
 * name_key, cover exactly that string. */
static void
check_span(json_t *obj, const char *text, size_t len, const char *start_key,
    const char *end_key, const char *name_key)
{
	json_t *start = json_object_get(obj, start_key);
	json_t *end = json_object_get(obj, end_key);
	const char *name = json_string_value(json_object_get(obj, name_key));

	if (start == NULL && end == NULL)
		return;
	if (!json_is_integer(start) || !json_is_integer(end))
		abort();
	json_int_t cp0 = json_integer_value(start), cp1 = json_integer_value(end);
	if (cp0 < 0 || cp1 < cp0 || (size_t)cp1 > text_cp_count(text, len))
		abort();
	size_t b0 = text_byte_offset(text, len, (size_t)cp0);
	size_t b1 = text_byte_offset(text, len, (size_t)cp1);
	if (name != NULL && (json_string_length(json_object_get(obj, name_key)) != b1 - b0 ||
	    memcmp(name, text + b0, b1 - b0) != 0))
		abort();
}

/* rec has an array field of objects whose spans lie in rec's text. */
static void
check_spans(json_t *rec, const char *field)
{
	json_t *text = json_object_get(rec, "text"), *arr, *obj;
	size_t i;

	arr = json_object_get(rec, field);
	if (!json_is_array(arr) || !json_is_string(text))
		abort();
	json_array_foreach(arr, i, obj) {
		const char *t = json_string_value(text);
		size_t len = json_string_length(text);

		if (!json_is_object(obj))
			abort();
		check_span(obj, t, len, "start", "end", "text");
		check_span(obj, t, len, "speaker_start", "speaker_end", "speaker");
	}
}

/* What a filter's output must be. */
enum fuzz_output {
	OUT_TEXT,	/* anything: not read back */
	OUT_RECORDS,	/* JSON objects, one a line */
	OUT_ONE_TO_ONE,	/* and one for every good record in */
};

/* Ends the stream and checks the output, line by line, with check (may
 * be NULL) on each record. */
static void
fuzz_stream_close(struct fuzz_run *r, enum fuzz_output kind, void (*check)(json_t *))
{
	off_t size;
	char *out;
	unsigned long lines = 0;

	stream_release(&r->in);
	close(r->input_fd);
	if (fflush(stdout) != 0)
		abort();
	if (kind == OUT_TEXT)
		return;
	size = lseek(STDOUT_FILENO, 0, SEEK_END);
	out = malloc((size_t)size + 1);
	if (out == NULL || pread(STDOUT_FILENO, out, (size_t)size, 0) != size)
		abort();
	for (char *p = out, *nl; p < out + size; p = nl + 1) {
		struct jsonr_error err;
		json_t *rec;

		nl = memchr(p, '\n', (size_t)(out + size - p));
		if (nl == NULL)
			abort();	/* every line ends */
		/* Read as the next filter would read it. */
		rec = jsonr_parse(p, (size_t)(nl - p), &err);
		if (!json_is_object(rec))
			abort();
		if (check != NULL)
			check(rec);
		json_decref(rec);
		lines++;
	}
	free(out);
	if (lines != r->in.written)
		abort();
	if (kind == OUT_ONE_TO_ONE &&
	    r->in.written + r->in.rejected != r->in.lines_in)
		abort();
}

#endif
