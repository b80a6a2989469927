#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "diag.h"
#include "opts.h"

#ifndef WIRE_VERSION
#define WIRE_VERSION "unknown"
#endif

enum {
	OPT_MAX_LINE = 1000,
	OPT_REJECTS,
	OPT_STRICT
};

static const struct option common_options[] = {
	{ "field", required_argument, NULL, 'f' },
	{ "help", no_argument, NULL, 'h' },
	{ "max-line", required_argument, NULL, OPT_MAX_LINE },
	{ "rejects", required_argument, NULL, OPT_REJECTS },
	{ "strict", no_argument, NULL, OPT_STRICT },
	{ "version", no_argument, NULL, 'V' },
};

enum { NCOMMON = sizeof(common_options) / sizeof(common_options[0]) };

static const char common_help[] =
"  -f, --field NAME     read the text from field NAME (default: text)\n"
"      --max-line BYTES reject lines longer than BYTES; K, M, G suffixes\n"
"                       (default: 64M)\n"
"      --rejects FILE   copy every rejected input line to FILE, byte for byte\n"
"      --strict         stop at the first bad input line (exit 2)\n"
"  -h, --help           print this help and exit\n"
"  -V, --version        print the version and exit\n";

static void
print_usage_line(const struct filter_info *info, FILE *to)
{
	fprintf(to, "usage: %s %s\n", info->name, info->synopsis);
}

_Noreturn void
opts_usage_error(const struct filter_info *info)
{
	print_usage_line(info, stderr);
	fprintf(stderr, "Try '%s --help' for more information.\n", info->name);
	exit(EXIT_TROUBLE);
}

static _Noreturn void
print_help(const struct filter_info *info)
{
	print_usage_line(info, stdout);
	printf("\n%s\n\n", info->purpose);
	printf("Reads NDJSON from the FILEs, or standard input when there are none or\n"
	    "a FILE is -, and writes NDJSON to standard output.\n\n");
	if (info->options_help != NULL && info->options_help[0] != '\0')
		printf("Options:\n%s", info->options_help);
	printf("\nCommon options:\n%s", common_help);
	printf("\nExit status: 0 when all input was good, 1 when some lines were\n"
	    "rejected, 2 on a usage or I/O error or a --strict stop.\n"
	    "See %s(1) and wire(7).\n", info->name);
	if (fflush(stdout) != 0 || ferror(stdout))
		diag_fatal("write error:");
	exit(EXIT_ALL_GOOD);
}

static _Noreturn void
print_version(const struct filter_info *info)
{
	printf("%s %s\n", info->name, WIRE_VERSION);
	if (fflush(stdout) != 0 || ferror(stdout))
		diag_fatal("write error:");
	exit(EXIT_ALL_GOOD);
}

static struct option *
merged_options(const struct filter_info *info)
{
	size_t n = 0;
	struct option *all;

	while (info->options != NULL && info->options[n].name != NULL)
		n++;
	all = xcalloc(n + NCOMMON + 1, sizeof(*all));
	if (n > 0)
		memcpy(all, info->options, n * sizeof(*all));
	memcpy(all + n, common_options, sizeof(common_options));
	return all;
}

static bool
handle_common(int opt, const char *arg, struct stream_options *stream)
{
	switch (opt) {
	case 'f':
		if (arg[0] == '\0') {
			diag_warn("--field needs a name");
			return false;
		}
		stream->field = arg;
		return true;
	case OPT_MAX_LINE:
		return opts_size(arg, "--max-line", &stream->max_line) &&
		    stream->max_line > 0;
	case OPT_REJECTS:
		stream->rejects = arg;
		return true;
	case OPT_STRICT:
		stream->strict = true;
		return true;
	default:
		return false;
	}
}

void
opts_parse(const struct filter_info *info, struct stream_options *stream,
    int *argc, char ***argv)
{
	struct option *longopts;
	char shortopts[64];
	int opt;

	diag_set_progname(info->name);
	/* Every program starts here: jansson's allocations, like ours, end
	 * the program with a message when memory runs out. */
	json_set_alloc_funcs(xmalloc, free);
	longopts = merged_options(info);
	(*argv)[0] = (char *)info->name;	/* getopt's messages name it */
	snprintf(shortopts, sizeof(shortopts), "%sf:hV",
	    info->short_options ? info->short_options : "");
	if (stream->field == NULL)
		stream->field = "text";
	while ((opt = getopt_long(*argc, *argv, shortopts, longopts, NULL)) != -1) {
		bool ok;

		if (opt == 'h' || opt == 'V') {
			free(longopts);
			if (opt == 'h')
				print_help(info);
			print_version(info);
		}
		if (opt == '?' || opt == ':') {
			free(longopts);
			opts_usage_error(info);
		}
		if (opt == 'f' || opt >= OPT_MAX_LINE)
			ok = handle_common(opt, optarg, stream);
		else
			ok = info->handle != NULL &&
			    info->handle(opt, optarg, info->ctx);
		if (!ok) {
			free(longopts);
			opts_usage_error(info);
		}
	}
	free(longopts);
	*argc -= optind;
	*argv += optind;
}

bool
opts_size(const char *arg, const char *option, size_t *out)
{
	char *end;
	unsigned long long v;
	unsigned shift = 0;

	errno = 0;
	v = strtoull(arg, &end, 10);
	if (end != arg && *end != '\0' && end[1] == '\0') {
		switch (*end) {
		case 'k': case 'K': shift = 10; end++; break;
		case 'm': case 'M': shift = 20; end++; break;
		case 'g': case 'G': shift = 30; end++; break;
		default: break;
		}
	}
	if (errno != 0 || end == arg || *end != '\0' ||
	    !isdigit((unsigned char)arg[0]) || v > (SIZE_MAX >> shift)) {
		diag_warn("%s: '%s' is not a size (a number of bytes, with K, M or G)",
		    option, arg);
		return false;
	}
	*out = (size_t)(v << shift);
	return true;
}

bool
opts_long(const char *arg, const char *option, long min, long max, long *out)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(arg, &end, 10);
	if (errno != 0 || end == arg || *end != '\0' || v < min || v > max) {
		diag_warn("%s: '%s' is not a whole number from %ld to %ld",
		    option, arg, min, max);
		return false;
	}
	*out = v;
	return true;
}

bool
opts_double(const char *arg, const char *option, double min, double max,
    double *out)
{
	char *end;
	double v;

	errno = 0;
	v = strtod(arg, &end);
	if (errno != 0 || end == arg || *end != '\0' || !isfinite(v) ||
	    v < min || v > max) {
		diag_warn("%s: '%s' is not a number from %g to %g", option, arg,
		    min, max);
		return false;
	}
	*out = v;
	return true;
}

bool
opts_duration(const char *arg, const char *option, double min, double max,
    double *seconds)
{
	char *end;
	double v, unit = 1;

	errno = 0;
	v = strtod(arg, &end);
	if (end != arg && *end != '\0' && end[1] == '\0') {
		switch (*end) {
		case 's': unit = 1; end++; break;
		case 'm': unit = 60; end++; break;
		case 'h': unit = 3600; end++; break;
		case 'd': unit = 86400; end++; break;
		default: break;
		}
	}
	if (errno != 0 || end == arg || *end != '\0' || !isfinite(v)) {
		diag_warn("%s: '%s' is not a duration (such as 90, 90s, 15m, 2h, 1d)",
		    option, arg);
		return false;
	}
	if (v * unit < min || v * unit > max) {
		diag_warn("%s: '%s' is not a duration from %.10gs to %.10gs", option, arg,
		    min, max);
		return false;
	}
	*seconds = v * unit;
	return true;
}
