/*
 * parse-conllu: CoNLL-U (or raw text, one sentence a line) in, CoNLL-U
 * with the parser's tags, lemmas and trees out (lang/parse/conllu.h).
 * The evaluation's driver until the wire-parse stage reads it.
 *
 * usage: parse-conllu [--text] [--model FILE] [FILE]
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "diag.h"
#include "parse/conllu.h"
#include "parse/model.h"

static void
usage(void)
{
	fprintf(stderr, "usage: parse-conllu [--text] [--model FILE] [FILE]\n");
}

int
main(int argc, char **argv)
{
	const char *model_path = NULL, *path = NULL;
	bool text = false;
	char err[256];
	struct parse_model *m;
	FILE *in = stdin;
	int status;

	diag_set_progname("parse-conllu");
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--text") == 0) {
			text = true;
		} else if (strcmp(argv[i], "--model") == 0 && i + 1 < argc) {
			model_path = argv[++i];
		} else if (strcmp(argv[i], "--help") == 0) {
			usage();
			return EXIT_ALL_GOOD;
		} else if (argv[i][0] == '-' && argv[i][1] != '\0') {
			usage();
			return EXIT_TROUBLE;
		} else if (path == NULL) {
			path = argv[i];
		} else {
			usage();
			return EXIT_TROUBLE;
		}
	}
	m = model_path ? parse_model_read(model_path, err, sizeof(err)) :
	    parse_model_builtin(err, sizeof(err));
	if (m == NULL)
		diag_fatal("model: %s", err);
	if (path != NULL && strcmp(path, "-") != 0 && (in = fopen(path, "r")) == NULL) {
		parse_model_free(m);
		diag_fatal("%s:", path);
	}
	path = path != NULL && in != stdin ? path : "-";
	status = text ? parse_text_stream(m, in, path, stdout) :
	    parse_conllu_stream(m, in, path, stdout);
	if (in != stdin)
		fclose(in);
	parse_model_free(m);
	return status;
}
