/*
 * stream: the record stream every filter reads and writes.
 *
 * Input: the files named on the command line ("-" or none: stdin), one
 * JSON object per line.  Blank lines are skipped.  A bad line (invalid
 * UTF-8, invalid JSON, not an object, longer than max_line, a text field
 * missing or not a string, or anything a filter rejects) gets one line
 * on stderr, "wire-NAME: FILE:LINE: reason", is copied byte for byte to
 * the rejects file when there is one, and is counted; processing goes on,
 * or stops at the first with strict.
 *
 * Output: compact UTF-8 JSON, one record a line, keys in their order.
 * stdout is flushed exactly when the next read would block.  A write
 * error ends the program with a message and EXIT_TROUBLE; a reader that
 * went away (EPIPE) ends it quietly.
 *
 * stream_finish closes everything, checks stdout and returns the exit
 * status: EXIT_ALL_GOOD, EXIT_REJECTED, or EXIT_TROUBLE after an I/O
 * error or a strict stop.
 */
#ifndef WIRE_STREAM_H
#define WIRE_STREAM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include <jansson.h>

#include "buf.h"
#include "lines.h"

struct stream_options {
	const char *field;	/* text field each record must have; NULL: none */
	size_t max_line;	/* longest line accepted, in bytes */
	const char *rejects;	/* file for rejected lines; NULL: none */
	bool strict;		/* stop at the first bad line */
	struct lines_hooks hooks;	/* on_idle, for filters that need it */
};

#define STREAM_DEFAULT_MAX_LINE ((size_t)64 << 20)

struct stream {
	struct stream_options opt;
	char **inputs;
	int ninputs;
	int current;		/* index into inputs; ninputs when done */
	bool open;		/* lr reads inputs[current] */
	struct lines lr;
	FILE *rejects;
	const char *line;	/* the line in hand, for stream_reject */
	size_t line_len;
	unsigned long lines_in, rejected, written;
	bool trouble;		/* an I/O error or strict stop happened */
	bool halted;		/* strict stop: no more input */
	struct buf out;		/* a line is built here, then written at once */
	void (*before_block)(void *);	/* see stream_before_block */
	void *before_block_arg;
};

/* Inputs are argv[0..argc); none means stdin. */
void stream_init(struct stream *s, const struct stream_options *opt,
    int argc, char **argv);

/* The next good record (a new reference the caller releases), or NULL at
 * the end of all input, on a stop request, or after a strict stop. */
json_t *stream_next(struct stream *s);

/* The next raw line, for plain-text input: *input says which file it
 * came from.  Returns false at the end. */
bool stream_next_line(struct stream *s, const char **line, size_t *len,
    int *input);

/* Rejects the line in hand, for a reason the filter found. */
void stream_reject(struct stream *s, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* The text field of rec (checked by stream_next when opt.field is set). */
const char *stream_text(const struct stream *s, json_t *rec, size_t *len);


/* Writes rec as one line. */
void stream_emit(struct stream *s, const json_t *rec);

/* Writes a record already serialised (see jsonw.h) as one line. */
void stream_emit_raw(struct stream *s, struct buf *line);

/* Runs fn(arg) before a read that would block, ahead of the flush: a
 * filter with records in hand (pool.h) writes them there. */
void stream_before_block(struct stream *s, void (*fn)(void *), void *arg);

/* The length of the line the record in hand was read from. */
size_t stream_line_len(const struct stream *s);

/* In the before_block hook: whether the read waits for the rest of a
 * line (lines_mid_line), so that what is in hand will go on at once; a
 * filter that holds records back for what comes next keeps them then. */
bool stream_mid_line(const struct stream *s);

/* Flushes stdout now (for filters that write on a timer). */
void stream_flush(struct stream *s);

/* Name of the input in hand, "<stdin>" for standard input. */
const char *stream_input_name(const struct stream *s);

int stream_finish(struct stream *s);

/* What stream_finish does but for stdout, which stays open: for a
 * program that runs several streams (the fuzz targets). */
void stream_release(struct stream *s);

#endif
