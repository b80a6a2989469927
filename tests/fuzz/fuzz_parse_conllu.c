/*
 * libFuzzer target: lang/parse's CoNLL-U reader and writer
 * (parse/conllu.h, wire-parse --conllu) and, through it, the tagger,
 * lemmatizer and parser on any words.  Every sentence
 * written must be one tree: word lines of ten columns, IDs 1, 2, 3...,
 * heads among them, exactly one root.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse/conllu.h"
#include "parse/model.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Checks one sentence's word lines (a block of out, without its blank
 * line). */
static void
check_sentence(char *block)
{
	long words = 0, roots = 0, heads[4096];
	long nheads = 0;

	for (char *line = strtok(block, "\n"); line != NULL; line = strtok(NULL, "\n")) {
		char *col[10], *p = line;
		int n = 0;

		if (line[0] == '#')
			continue;
		while (n < 10 && p != NULL) {
			col[n++] = p;
			p = strchr(p, '\t');
			if (p != NULL)
				*p++ = '\0';
		}
		if (n != 10 || p != NULL)
			abort();
		if (strchr(col[0], '-') != NULL || strchr(col[0], '.') != NULL)
			continue;
		if (atol(col[0]) != ++words)
			abort();
		if (strcmp(col[6], "0") == 0) {
			roots++;
			if (strcmp(col[7], "root") != 0)
				abort();
		}
		if (nheads < 4096)
			heads[nheads++] = atol(col[6]);
	}
	if (words > 0 && roots != 1)
		abort();
	for (long i = 0; i < nheads; i++)
		if (heads[i] < 0 || heads[i] > words || heads[i] == i + 1)
			abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct parse_model *model;
	char err[256];
	char *out = NULL;
	size_t out_len = 0;
	FILE *in, *outf;

	if (model == NULL && (model = parse_model_builtin(err, sizeof(err))) == NULL)
		abort();
	if (size < 1)
		return 0;
	in = fmemopen((void *)data, size, "r");
	outf = open_memstream(&out, &out_len);
	if (in == NULL || outf == NULL)
		abort();
	parse_conllu_stream(model, in, "fuzz", outf);
	fclose(in);
	fclose(outf);
	for (char *block = out, *end; block < out + out_len; block = end + 2) {
		end = strstr(block, "\n\n");
		if (end == NULL)
			abort();	/* every sentence ends with a blank line */
		end[1] = '\0';
		check_sentence(block);
	}
	free(out);
	return 0;
}
