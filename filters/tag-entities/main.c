/*
 * wire-tag-entities: named entities with types, offsets and canonical
 * names.
 *
 * Each record's text is cut into sentences and tokens; the sequence
 * tagger (lang/ner/ner.c, a model trained on news and compiled in) finds
 * people, organisations and places; patterns find dates, times, money,
 * percentages, quantities and model names.  Then the story so far (the
 * records sharing "doc") supplies what one record cannot: a surname
 * alone is the person named in full earlier ("Peskov" is "Dmitry
 * Peskov"), an acronym defined in brackets is its long form, and a name
 * tagged once is tagged again where the tagger missed it.  The alias
 * table (lang/ner/aliases.tsv) gives well-known variants one name.
 */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "opts.h"
#include "pool.h"
#include "stop.h"
#include "stream.h"
#include "tag-entities.h"

static const struct option tag_options[] = {
	{ "gazetteer", required_argument, NULL, 'G' },
	{ "max-docs", required_argument, NULL, 'd' },
	{ "model", required_argument, NULL, 'M' },
	{ "threads", required_argument, NULL, 'j' },
	{ "types", required_argument, NULL, 'T' },
	{ NULL, 0, NULL, 0 },
};

static const char tag_help[] =
"  -d, --max-docs N     remember the last N stories for canonical names\n"
"                       (default 64)\n"
"  -G, --gazetteer FILE use this gazetteer instead of the built-in one\n"
"  -j, --threads N      tag on N threads (default: the processors this\n"
"                       process may use, at most 8); output is the same\n"
"  -M, --model FILE     use this tagger model instead of the built-in one\n"
"  -T, --types LIST     keep only these types, comma-separated (PERSON,\n"
"                       NORP, FAC, ORG, GPE, LOC, PRODUCT, EVENT, DATE,\n"
"                       TIME, MONEY, PERCENT, QUANTITY)\n";

static bool
parse_types(const char *arg, unsigned *types)
{
	char *list = xstrdup(arg), *save = NULL;
	bool ok = true;

	*types = 0;
	for (char *t = strtok_r(list, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
		unsigned bit = tag_entities_type_bit(t);
		if (bit == 0) {
			diag_warn("--types: '%s' is not a type", t);
			ok = false;
			break;
		}
		*types |= bit;
	}
	free(list);
	return ok && *types != 0;
}

static bool
handle_option(int opt, const char *arg, void *ctx)
{
	struct tag_entities_config *cfg = ctx;
	long n;

	switch (opt) {
	case 'd':
		if (!opts_long(arg, "--max-docs", 1, 1000000, &n))
			return false;
		cfg->max_docs = (size_t)n;
		return true;
	case 'G':
		cfg->gazetteer_path = arg;
		return true;
	case 'j':
		if (!opts_long(arg, "--threads", 1, 256, &n))
			return false;
		cfg->threads = (unsigned)n;
		return true;
	case 'M':
		cfg->model_path = arg;
		return true;
	case 'T':
		return parse_types(arg, &cfg->types);
	default:
		return false;
	}
}

int
main(int argc, char **argv)
{
	struct tag_entities_config cfg = { .types = TAG_ENTITIES_ALL_TYPES,
	    .max_docs = 64 };
	struct filter_info info = {
		.name = "wire-tag-entities",
		.synopsis = "[-d max-docs] [-G gazetteer] [-j threads] [-M model] "
		    "[-T types] [common options] [file ...]",
		.purpose = "Adds the named entities of each record's text, with "
		    "types, offsets and canonical names.",
		.options_help = tag_help,
		.options = tag_options,
		.short_options = "d:G:j:M:T:",
		.handle = handle_option,
		.ctx = &cfg,
	};
	struct stream_options sopt = { 0 };
	struct stream in;
	struct tag_entities *f;
	json_t *rec;

	opts_parse(&info, &sopt, &argc, &argv);
	if (cfg.threads == 0)
		cfg.threads = pool_cpus(8);
	stop_install();
	stream_init(&in, &sopt, argc, argv);
	f = tag_entities_new(&cfg, &in);
	while ((rec = stream_next(&in)) != NULL) {
		tag_entities_record(f, rec);
		json_decref(rec);
	}
	tag_entities_end(f);
	tag_entities_free(f);
	return stream_finish(&in);
}
