/*
 * opts: the command line every filter shares.
 *
 * A filter describes its own options (a getopt_long table, the short
 * option letters and a help text); opts_parse adds the common ones
 * (--field, --max-line, --rejects, --strict, --help, --version), calls
 * the filter's handler for the rest and leaves the file operands in
 * argc and argv.  --help prints usage on stdout and exits 0; a bad option
 * prints the short usage on stderr and exits EXIT_TROUBLE.
 */
#ifndef WIRE_OPTS_H
#define WIRE_OPTS_H

#include <getopt.h>
#include <limits.h>
#include <stdbool.h>
#include <stddef.h>

#include "stream.h"

struct filter_info {
	const char *name;		/* "wire-split" */
	const char *synopsis;		/* options part of the usage line */
	const char *purpose;		/* one sentence */
	const char *options_help;	/* the filter's own options, formatted */
	const struct option *options;	/* the filter's getopt_long table */
	const char *short_options;	/* the filter's short letters */
	/* Handles one of the filter's options; returns false when its
	 * argument is bad (after saying why). */
	bool (*handle)(int opt, const char *arg, void *ctx);
	void *ctx;
};

/* Parses argv; fills *stream with the common options. */
void opts_parse(const struct filter_info *info, struct stream_options *stream,
    int *argc, char ***argv);

_Noreturn void opts_usage_error(const struct filter_info *info);

/* Number parsers that accept the whole string or say why not. */
bool opts_size(const char *arg, const char *option, size_t *out);
bool opts_long(const char *arg, const char *option, long min, long max,
    long *out);
bool opts_double(const char *arg, const char *option, double min, double max,
    double *out);
/* A duration such as 90, 90s, 15m, 2h, 1d, in seconds, from min to max. */
bool opts_duration(const char *arg, const char *option, double min, double max,
    double *seconds);

/* The range of a duration that times a wait for input (an idle hook's
 * milliseconds are an int; below a millisecond an idle pipe would spin),
 * and of one that measures the news (a window, a digest period). */
#define OPTS_WAIT_MIN 0.001
#define OPTS_WAIT_MAX (INT_MAX / 1000.0)
#define OPTS_SPAN_MIN 0.001
#define OPTS_SPAN_MAX (100 * 366 * 86400.0)

#endif
