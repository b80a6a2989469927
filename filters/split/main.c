/*
 * wire-split: stories into paragraph or sentence records.
 *
 * Reads stories, NDJSON objects with a text field or (with --text) plain
 * text files, one story a file, and writes one record per paragraph or
 * per sentence: its id, the story's id, its place in the story, its text
 * and code-point offsets into the story's text.  Every other field of
 * the story is copied into each of its records (up to --carry-max bytes;
 * a field beyond goes on the first record only), and the last record of
 * a story says "last": true.  In a live blog, the records of each post
 * say which post and when it was written, its timestamp kept out of
 * their text.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "opts.h"
#include "split.h"
#include "stop.h"
#include "stream.h"

/* What the options set: the unit's, and where its stories come from. */
struct options {
	struct split_config split;
	bool plain_text;
};

static const struct option split_options[] = {
	{ "carry-max", required_argument, NULL, 'c' },
	{ "paragraphs", required_argument, NULL, 'p' },
	{ "posts", required_argument, NULL, 'P' },
	{ "sentences", no_argument, NULL, 's' },
	{ "text", no_argument, NULL, 't' },
	{ "unit", required_argument, NULL, 'u' },
	{ NULL, 0, NULL, 0 },
};

static const char split_help[] =
"  -c, --carry-max BYTES\n"
"                       copy a story's other fields into each of its\n"
"                       records up to BYTES in all (default 4096, suffixes\n"
"                       k, M); a field beyond goes on the first record only\n"
"  -p, --paragraphs blank|line|auto\n"
"                       paragraphs are separated by blank lines, by line\n"
"                       breaks, or (auto, the default) by blank lines when\n"
"                       the story has any, else by line breaks\n"
"      --posts auto|never\n"
"                       find the posts of a live blog, paragraphs that\n"
"                       start with a timestamp, in a story where two or\n"
"                       more do (auto, the default), or never\n"
"  -s, --sentences      same as --unit sentence\n"
"  -t, --text           the inputs are plain text, one story a file, whose\n"
"                       id is the file name (- for standard input)\n"
"  -u, --unit paragraph|sentence\n"
"                       write a record per paragraph (default) or sentence\n";

static bool
handle_option(int opt, const char *arg, void *ctx)
{
	struct options *o = ctx;
	struct split_config *cfg = &o->split;

	switch (opt) {
	case 'c':
		return opts_size(arg, "--carry-max", &cfg->carry_max);
	case 'p':
		if (strcmp(arg, "auto") == 0)
			cfg->mode = SPLIT_PARA_AUTO;
		else if (strcmp(arg, "blank") == 0)
			cfg->mode = SPLIT_PARA_BLANK;
		else if (strcmp(arg, "line") == 0)
			cfg->mode = SPLIT_PARA_LINE;
		else {
			diag_warn("--paragraphs: '%s' is not blank, line or auto", arg);
			return false;
		}
		return true;
	case 'P':
		if (strcmp(arg, "auto") == 0)
			cfg->posts = SPLIT_POSTS_AUTO;
		else if (strcmp(arg, "never") == 0)
			cfg->posts = SPLIT_POSTS_NEVER;
		else {
			diag_warn("--posts: '%s' is not auto or never", arg);
			return false;
		}
		return true;
	case 's':
		cfg->sentences = true;
		return true;
	case 't':
		o->plain_text = true;
		return true;
	case 'u':
		if (strcmp(arg, "paragraph") != 0 && strcmp(arg, "sentence") != 0) {
			diag_warn("--unit: '%s' is not paragraph or sentence", arg);
			return false;
		}
		cfg->sentences = strcmp(arg, "sentence") == 0;
		return true;
	default:
		return false;
	}
}

/* Every story of the stream: records, or plain-text lines. */
static void
split_stream(struct split *f, struct stream *in, bool plain_text)
{
	json_t *rec;
	const char *line;
	size_t len;
	int input;

	if (plain_text) {
		while (stream_next_line(in, &line, &len, &input))
			split_line(f, input, line, len);
	} else {
		while ((rec = stream_next(in)) != NULL) {
			split_record(f, rec);
			json_decref(rec);
		}
	}
	split_end(f);
}

int
main(int argc, char **argv)
{
	struct options o = {
		.split = { .mode = SPLIT_PARA_AUTO, .posts = SPLIT_POSTS_AUTO,
		    .carry_max = SPLIT_CARRY_MAX },
	};
	struct filter_info info = {
		.name = "wire-split",
		.synopsis = "[-st] [-c bytes] [-p blank|line|auto] [--posts auto|never] "
		    "[-u paragraph|sentence] "
		    "[common options] [file ...]",
		.purpose = "Splits stories into paragraph or sentence records with "
		    "ids and offsets.",
		.options_help = split_help,
		.options = split_options,
		.short_options = "c:p:stu:",
		.handle = handle_option,
		.ctx = &o,
	};
	struct stream_options sopt = { 0 };
	struct stream in;
	struct split *f;

	opts_parse(&info, &sopt, &argc, &argv);
	if (o.plain_text)
		sopt.field = NULL;
	stop_install();
	stream_init(&in, &sopt, argc, argv);
	o.split.text_field = sopt.field;
	f = split_new(&o.split, &in);
	split_stream(f, &in, o.plain_text);
	split_free(f);
	return stream_finish(&in);
}
