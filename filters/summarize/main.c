/*
 * wire-summarize: story summaries and rolling digests.
 *
 * Gathers the sentences of a story (the records sharing "doc") or of a
 * window of the stream, and when the story ends (its last record, the
 * next story, the end of input, or --idle seconds without input) writes
 * one summary record: the top sentences in reading order (what a reader
 * needs: the story's news, its main actors' words, no repeats), the
 * entities the story names most, and its most important quotes.
 *
 * The work is the unit summarize.h; this file holds the options.
 */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "opts.h"
#include "stop.h"
#include "stream.h"
#include "summarize.h"

/* What the options set: the unit's, and when the input is idle. */
struct options {
	struct summarize_config sum;
	double idle;		/* end a story after so long without input */
};

static const struct option summarize_options[] = {
	{ "every", required_argument, NULL, 'e' },
	{ "format", required_argument, NULL, 'F' },
	{ "idle", required_argument, NULL, 'i' },
	{ "max-sentences", required_argument, NULL, 'M' },
	{ "pass", no_argument, NULL, 'p' },
	{ "recency", required_argument, NULL, 'r' },
	{ "sentences", required_argument, NULL, 'n' },
	{ "window", required_argument, NULL, 'w' },
	{ "words", required_argument, NULL, 'W' },
	{ NULL, 0, NULL, 0 },
};

static const char summarize_help[] =
"  -e, --every DURATION digest mode: one digest per DURATION (90s, 15m, 2h)\n"
"                       of the records' time, or of arrival when they have none\n"
"  -F, --format ndjson|text|markdown\n"
"                       write summary records (default), or text to read\n"
"  -i, --idle SECONDS   end the story in hand after SECONDS without input\n"
"  -M, --max-sentences N\n"
"                       keep at most N sentences of a story or window, the\n"
"                       newest (default 2000)\n"
"  -n, --sentences N    summaries of N sentences (default 3)\n"
"  -p, --pass           also pass every input record through\n"
"  -r, --recency W      weight of newer posts (by their time), or of newer\n"
"                       stories in a window, 0 to 1 (default 0.3)\n"
"  -w, --window N       digest mode: one digest per N records\n"
"  -W, --words N        summaries of at most N words instead\n";

static bool
handle_option(int opt, const char *arg, void *ctx)
{
	struct options *o = ctx;
	struct summarize_config *cfg = &o->sum;
	long n;

	switch (opt) {
	case 'e':
		return opts_duration(arg, "--every", OPTS_SPAN_MIN, OPTS_SPAN_MAX,
		    &cfg->every);
	case 'F':
		if (strcmp(arg, "ndjson") == 0)
			cfg->format = SUMMARIZE_NDJSON;
		else if (strcmp(arg, "text") == 0)
			cfg->format = SUMMARIZE_TEXT;
		else if (strcmp(arg, "markdown") == 0)
			cfg->format = SUMMARIZE_MARKDOWN;
		else {
			diag_warn("--format: '%s' is not ndjson, text or markdown", arg);
			return false;
		}
		return true;
	case 'i':
		return opts_duration(arg, "--idle", OPTS_WAIT_MIN, OPTS_WAIT_MAX,
		    &o->idle);
	case 'M':
		if (!opts_long(arg, "--max-sentences", 2, 100000, &n))
			return false;
		cfg->max_sentences = (size_t)n;
		return true;
	case 'n':
		if (!opts_long(arg, "--sentences", 1, 1000, &n))
			return false;
		cfg->sentences = (size_t)n;
		return true;
	case 'p':
		cfg->pass = true;
		return true;
	case 'r':
		return opts_double(arg, "--recency", 0, 1, &cfg->recency);
	case 'w':
		if (!opts_long(arg, "--window", 1, 10000000, &n))
			return false;
		cfg->window = (size_t)n;
		return true;
	case 'W':
		if (!opts_long(arg, "--words", 1, 100000, &n))
			return false;
		cfg->words = (size_t)n;
		return true;
	default:
		return false;
	}
}

/* The stream's idle hook (--idle): arg is the unit. */
static void
flush_when_idle(void *arg)
{
	summarize_idle(arg);
}

int
main(int argc, char **argv)
{
	struct options o = {
		.sum = { .sentences = 3, .max_sentences = 2000, .recency = 0.3 },
	};
	struct filter_info info = {
		.name = "wire-summarize",
		.synopsis = "[-p] [-e every | -w window] [-F format] [-i idle] "
		    "[-M max-sentences] [-n sentences | -W words] [-r recency] "
		    "[common options] [file ...]",
		.purpose = "Writes a summary of each story, or digests of the "
		    "stream: top sentences, entities and quotes.",
		.options_help = summarize_help,
		.options = summarize_options,
		.short_options = "e:F:i:M:n:pr:w:W:",
		.handle = handle_option,
		.ctx = &o,
	};
	struct stream_options sopt = { 0 };
	struct summarize *s;
	struct stream in;
	json_t *rec;

	opts_parse(&info, &sopt, &argc, &argv);
	if (o.sum.window && o.sum.every) {
		diag_warn("--window and --every are two ways to cut digests: use one");
		opts_usage_error(&info);
	}
	stop_install();
	s = summarize_new(&o.sum, &in);
	if (o.idle > 0) {
		sopt.hooks.on_idle = flush_when_idle;
		sopt.hooks.idle_ms = (int)(o.idle * 1000);
		sopt.hooks.arg = s;
	}
	stream_init(&in, &sopt, argc, argv);
	while ((rec = stream_next(&in)) != NULL) {
		summarize_record(s, rec);
		json_decref(rec);
	}
	summarize_end(s);
	summarize_free(s);
	return stream_finish(&in);
}
