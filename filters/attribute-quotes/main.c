/*
 * wire-attribute-quotes: who said what.  Adds each record's direct,
 * indirect and mixed quotes, with their speakers resolved to names
 * (attribute-quotes.h); this file holds the options and the wiring.
 */
#include <stddef.h>

#include "attribute-quotes.h"
#include "opts.h"
#include "stop.h"
#include "stream.h"

static const struct option quote_options[] = {
	{ "max-docs", required_argument, NULL, 'd' },
	{ "no-parse", no_argument, NULL, 'P' },
	{ NULL, 0, NULL, 0 },
};

static const char quote_help[] =
"  -d, --max-docs N     remember the last N stories for speakers (default 64)\n"
"  -P, --no-parse       never parse here: use the records' tokens when they\n"
"                       have them, else the word rules alone (faster)\n";

static bool
handle_option(int opt, const char *arg, void *ctx)
{
	struct attribute_quotes_config *cfg = ctx;
	long n;

	if (opt == 'P') {
		cfg->no_parse = true;
		return true;
	}
	if (opt != 'd' || !opts_long(arg, "--max-docs", 1, 1000000, &n))
		return false;
	cfg->max_docs = (size_t)n;
	return true;
}

int
main(int argc, char **argv)
{
	struct attribute_quotes_config cfg = { .max_docs = 64 };
	struct filter_info info = {
		.name = "wire-attribute-quotes",
		.synopsis = "[-P] [-d max-docs] [common options] [file ...]",
		.purpose = "Adds the direct, indirect and mixed quotes of each "
		    "record's text, with their speakers resolved to names.",
		.options_help = quote_help,
		.options = quote_options,
		.short_options = "d:P",
		.handle = handle_option,
		.ctx = &cfg,
	};
	struct stream_options sopt = { 0 };
	struct attribute_quotes *a;
	struct stream in;
	json_t *rec;

	opts_parse(&info, &sopt, &argc, &argv);
	stop_install();
	stream_init(&in, &sopt, argc, argv);
	a = attribute_quotes_new(&cfg, &in);
	while ((rec = stream_next(&in)) != NULL) {
		attribute_quotes_record(a, rec);
		json_decref(rec);
	}
	attribute_quotes_end(a);
	attribute_quotes_free(a);
	return stream_finish(&in);
}
