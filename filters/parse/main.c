/*
 * wire-parse: part-of-speech tags, lemmas and dependency parses.
 *
 * Reads records (paragraph or sentence records of wire-split, or whole
 * stories) and adds "tokens": each sentence's syntactic words with their
 * offsets, Universal Dependencies and Penn Treebank tags, lemmas, heads
 * and relations (records.h, wire(7)).  With --conllu it reads CoNLL-U
 * instead and writes it back with its own tags, lemmas and tree, for the
 * Universal Dependencies tools and the evaluation (parse/conllu.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "opts.h"
#include "parse/conllu.h"
#include "parse/model.h"
#include "pool.h"
#include "records.h"
#include "stop.h"
#include "stream.h"

struct options {
	struct parse_records_config parse;
	const char *model_path;
	bool conllu;
};

static const struct option parse_options[] = {
	{ "conllu", no_argument, NULL, 'c' },
	{ "model", required_argument, NULL, 'M' },
	{ "threads", required_argument, NULL, 'j' },
	{ NULL, 0, NULL, 0 },
};

static const char parse_help[] =
"  -c, --conllu         read CoNLL-U and write it back with this parser's\n"
"                       UPOS, XPOS, LEMMA, HEAD and DEPREL (the words, ID\n"
"                       and FORM, are kept)\n"
"  -j, --threads N      parse on N threads (default: the processors this\n"
"                       process may use, at most 8); output in input order\n"
"  -M, --model FILE     a model made by make parse-model instead of the\n"
"                       one built in\n";

static bool
handle_option(int opt, const char *arg, void *ctx)
{
	struct options *o = ctx;
	long n;

	switch (opt) {
	case 'c':
		o->conllu = true;
		return true;
	case 'j':
		if (!opts_long(arg, "--threads", 1, 256, &n))
			return false;
		o->parse.threads = (unsigned)n;
		return true;
	case 'M':
		o->model_path = arg;
		return true;
	default:
		return false;
	}
}

static struct parse_model *
load_model(const char *path)
{
	char err[256];
	struct parse_model *m = path != NULL ?
	    parse_model_read(path, err, sizeof err) :
	    parse_model_builtin(err, sizeof err);

	if (m == NULL)
		diag_fatal("%s: %s", path != NULL ? path : "built-in model", err);
	return m;
}

/* --conllu: each input in turn, "-" or none for standard input. */
static int
parse_conllu_inputs(const struct parse_model *m, int argc, char **argv)
{
	int status = EXIT_ALL_GOOD;

	for (int i = 0; i == 0 || i < argc; i++) {
		const char *name = argc > 0 ? argv[i] : "-";
		bool is_stdin = strcmp(name, "-") == 0;
		FILE *in = is_stdin ? stdin : fopen(name, "r");
		int s;

		if (in == NULL) {
			diag_warn("%s:", name);
			return EXIT_TROUBLE;
		}
		s = parse_conllu_stream(m, in, is_stdin ? "<stdin>" : name, stdout);
		if (!is_stdin)
			fclose(in);
		if (s > status)
			status = s;
		if (status == EXIT_TROUBLE)
			break;
	}
	if (fflush(stdout) != 0 || ferror(stdout)) {
		diag_warn("write error:");
		return EXIT_TROUBLE;
	}
	return status;
}

int
main(int argc, char **argv)
{
	struct options o = { 0 };
	struct filter_info info = {
		.name = "wire-parse",
		.synopsis = "[-c] [-j threads] [-M model] [common options] [file ...]",
		.purpose = "Adds each sentence's words with part-of-speech tags, "
		    "lemmas and a dependency parse.",
		.options_help = parse_help,
		.options = parse_options,
		.short_options = "cj:M:",
		.handle = handle_option,
		.ctx = &o,
	};
	struct stream_options sopt = { 0 };
	struct stream in;
	struct parse_records *p;
	struct parse_model *model;
	json_t *rec;
	int status;

	opts_parse(&info, &sopt, &argc, &argv);
	model = load_model(o.model_path);
	if (o.conllu) {
		status = parse_conllu_inputs(model, argc, argv);
		parse_model_free(model);
		return status;
	}
	o.parse.model = model;
	if (o.parse.threads == 0)
		o.parse.threads = pool_cpus(8);
	stop_install();
	stream_init(&in, &sopt, argc, argv);
	p = parse_records_new(&o.parse, &in);
	while ((rec = stream_next(&in)) != NULL) {
		parse_records_record(p, rec);
		json_decref(rec);
	}
	parse_records_end(p);
	parse_records_free(p);
	status = stream_finish(&in);
	parse_model_free(model);
	return status;
}
