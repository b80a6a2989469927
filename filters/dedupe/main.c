/*
 * wire-dedupe: exact and near-duplicate items in an endless stream.
 *
 * Each record's text is compared with the items remembered so far:
 * exactly, after normalisation (case, white space, punctuation, quotation
 * marks, accents and Unicode forms: see norm.h), by --key field, and by
 * the Jaccard similarity of its word shingles, estimated from MinHash
 * signatures (minhash.h) and found through LSH banding.  Duplicates are
 * dropped, or kept and marked with --mark.  Memory is a fixed amount per
 * remembered item, --capacity items at most, the oldest forgotten first
 * (and, with --window, the ones older than the window).  --state keeps
 * what is remembered across runs, written atomically.  --stories also
 * marks whole stories that repeat or rewrite an earlier one (story.h).
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "dedupe.h"
#include "diag.h"
#include "opts.h"
#include "stop.h"
#include "stream.h"

static const struct option dedupe_options[] = {
	{ "capacity", required_argument, NULL, 'n' },
	{ "checkpoint", required_argument, NULL, 'C' },
	{ "containment", no_argument, NULL, 'c' },
	{ "idle", required_argument, NULL, 'i' },
	{ "key", required_argument, NULL, 'k' },
	{ "mark", no_argument, NULL, 'm' },
	{ "state", required_argument, NULL, 's' },
	{ "stories", no_argument, NULL, 'S' },
	{ "story-capacity", required_argument, NULL, 'N' },
	{ "story-threshold", required_argument, NULL, 'T' },
	{ "threshold", required_argument, NULL, 't' },
	{ "window", required_argument, NULL, 'w' },
	{ NULL, 0, NULL, 0 },
};

static const char dedupe_help[] =
"  -n, --capacity N     remember at most N items, forgetting the oldest\n"
"                       first (default 1000000, at most 4194302; about 220\n"
"                       bytes each)\n"
"      --checkpoint N|DURATION\n"
"                       with --state, also save every N records, or every\n"
"                       DURATION (30s, 5m) of running time\n"
"  -c, --containment    also catch an item mostly contained in an earlier\n"
"                       one, or containing it (an update)\n"
"  -i, --idle DURATION  with --stories, end the story in hand after\n"
"                       DURATION without input\n"
"  -k, --key FIELD      records with equal FIELD values (url, id) are\n"
"                       duplicates too\n"
"  -m, --mark           keep every record; mark duplicates with\n"
"                       \"duplicate_of\" and \"similarity\"\n"
"  -s, --state FILE     load what was remembered from FILE, and save it\n"
"                       there (atomically) on exit, SIGTERM and checkpoints\n"
"  -S, --stories        with --mark, also whole stories (one record, or the\n"
"                       records of a doc): the record that closes a story\n"
"                       repeating an earlier one gets \"story_duplicate_of\"\n"
"                       and \"story_similarity\"\n"
"      --story-capacity N\n"
"                       remember at most N stories (default 100000)\n"
"      --story-threshold S\n"
"                       the similarity from which a story repeats one\n"
"                       (default 0.6)\n"
"  -t, --threshold J    the estimated Jaccard similarity of word shingles\n"
"                       from which an item is a near-duplicate (default 0.5)\n"
"  -w, --window DURATION\n"
"                       forget items whose time is DURATION older than the\n"
"                       newest record's (records' \"time\" field, ISO 8601)\n";

static bool
handle_option(int opt, const char *arg, void *ctx)
{
	struct dedupe_config *cfg = ctx;
	long n;

	switch (opt) {
	case 'n':
		if (!opts_long(arg, "--capacity", 1, DEDUPE_MAX_CAPACITY, &n))
			return false;
		cfg->capacity = (size_t)n;
		return true;
	case 'C':
		if (strspn(arg, "0123456789") == strlen(arg))
			return opts_long(arg, "--checkpoint", 1, LONG_MAX, &n) &&
			    (cfg->checkpoint_records = (unsigned long)n) > 0;
		return opts_duration(arg, "--checkpoint", OPTS_WAIT_MIN,
		    OPTS_WAIT_MAX, &cfg->checkpoint_seconds);
	case 'c':
		cfg->containment = true;
		return true;
	case 'i':
		return opts_duration(arg, "--idle", OPTS_WAIT_MIN, OPTS_WAIT_MAX,
		    &cfg->idle);
	case 'k':
		cfg->key = arg;
		return true;
	case 'm':
		cfg->mark = true;
		return true;
	case 's':
		cfg->state = arg;
		return true;
	case 'S':
		cfg->stories = true;
		return true;
	case 'N':
		if (!opts_long(arg, "--story-capacity", 1, DEDUPE_MAX_CAPACITY, &n))
			return false;
		cfg->story_capacity = (size_t)n;
		return true;
	case 'T':
		return opts_double(arg, "--story-threshold", 0.01, 1, &cfg->story_threshold);
	case 't':
		return opts_double(arg, "--threshold", 0.01, 1, &cfg->threshold);
	case 'w':
		return opts_duration(arg, "--window", OPTS_SPAN_MIN, OPTS_SPAN_MAX,
		    &cfg->window);
	default:
		return false;
	}
}

/* The stream's idle hook (--checkpoint by time, --idle): arg is the
 * unit. */
static void
when_idle(void *arg)
{
	dedupe_idle(arg);
}

/* How often the idle hook runs: as often as the shorter of --idle and
 * --checkpoint's duration asks; 0 when neither is given. */
static double
idle_period(const struct dedupe_config *cfg)
{
	double p = cfg->checkpoint_seconds;

	if (cfg->idle > 0 && (p == 0 || cfg->idle < p))
		p = cfg->idle;
	return p;
}

int
main(int argc, char **argv)
{
	struct dedupe_config cfg = {
		.threshold = 0.5, .capacity = 1000000,
		.story_threshold = 0.6, .story_capacity = 100000,
	};
	struct filter_info info = {
		.name = "wire-dedupe",
		.synopsis = "[-cmS] [-i idle] [-k field] [-n capacity] [-s state] "
		    "[-t threshold] [-w duration] [--story-capacity n] "
		    "[--story-threshold s] [common options] [file ...]",
		.purpose = "Drops, or marks, exact and near-duplicate records in "
		    "an endless stream, in bounded memory.",
		.options_help = dedupe_help,
		.options = dedupe_options,
		.short_options = "cC:i:k:mn:s:St:w:",
		.handle = handle_option,
		.ctx = &cfg,
	};
	struct stream_options sopt = { 0 };
	struct dedupe *d;
	struct stream in;
	json_t *rec;
	int status;

	opts_parse(&info, &sopt, &argc, &argv);
	if ((cfg.checkpoint_records || cfg.checkpoint_seconds) && cfg.state == NULL) {
		diag_warn("--checkpoint needs --state");
		opts_usage_error(&info);
	}
	if (cfg.stories && !cfg.mark) {
		/* A story's first records are out before its end is known. */
		diag_warn("--stories needs --mark");
		opts_usage_error(&info);
	}
	if (cfg.idle > 0 && !cfg.stories) {
		diag_warn("--idle needs --stories");
		opts_usage_error(&info);
	}
	stop_install();
	/* The state is loaded before any input is read. */
	if ((d = dedupe_new(&cfg, &in)) == NULL)
		return EXIT_TROUBLE;
	if (idle_period(&cfg) > 0) {
		sopt.hooks.on_idle = when_idle;
		sopt.hooks.idle_ms = (int)(idle_period(&cfg) * 1000);
		sopt.hooks.arg = d;
	}
	stream_init(&in, &sopt, argc, argv);
	while ((rec = stream_next(&in)) != NULL) {
		dedupe_record(d, rec);
		json_decref(rec);
	}
	/* The state first: a failing stdout ends the program. */
	bool saved = dedupe_end(d);
	status = stream_finish(&in);
	if (!saved)
		status = EXIT_TROUBLE;
	dedupe_free(d);
	return status;
}
