/*
 * wire-split: stories into paragraph or sentence records.
 *
 * Reads stories, NDJSON objects with a text field or (with --text) plain
 * text files, one story a file, and writes one record per paragraph or
 * per sentence: its id, the story's id, its place in the story, its text
 * and code-point offsets into the story's text.  Every other field of
 * the story is copied into each of its records, and the last record of
 * a story says "last": true.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "diag.h"
#include "hash.h"
#include "jsonw.h"
#include "opts.h"
#include "sentences.h"
#include "stop.h"
#include "stream.h"
#include "text.h"

enum para_mode { PARA_AUTO, PARA_BLANK, PARA_LINE };

/* In plain text with --paragraphs auto, how far to look for a blank line
 * before deciding that the story has one paragraph a line. */
enum { AUTO_LOOKAHEAD = 1 << 20 };

struct config {
	bool sentences;
	bool plain_text;
	enum para_mode mode;
};

/* The story in hand. */
struct story {
	char doc[128];
	struct buf carried;	/* the story's other fields, serialised once */
	const char *text_field;
	size_t npara;
	size_t cp;		/* code points of the story read so far */
	enum para_mode mode;
	struct buf para;	/* the paragraph being gathered */
	/* With a story in memory, the paragraph is a span of it instead of
	 * a copy (in_memory set). */
	bool in_memory;
	const char *span_start, *span_end;
	size_t para_cp;		/* its offset in the story */
	bool para_open;
};

/*
 * Holds back one record, so that the last of a story can say so.  A
 * record is written into the free buffer without its closing brace;
 * committing it writes the one held before.
 */
struct writer {
	struct stream *stream;
	struct buf rec[2];
	int held;		/* index of the held record, or -1 */
};


static const struct option split_options[] = {
	{ "paragraphs", required_argument, NULL, 'p' },
	{ "sentences", no_argument, NULL, 's' },
	{ "text", no_argument, NULL, 't' },
	{ "unit", required_argument, NULL, 'u' },
	{ NULL, 0, NULL, 0 },
};

static const char split_help[] =
"  -p, --paragraphs blank|line|auto\n"
"                       paragraphs are separated by blank lines, by line\n"
"                       breaks, or (auto, the default) by blank lines when\n"
"                       the story has any, else by line breaks\n"
"  -s, --sentences      same as --unit sentence\n"
"  -t, --text           the inputs are plain text, one story a file, whose\n"
"                       id is the file name (- for standard input)\n"
"  -u, --unit paragraph|sentence\n"
"                       write a record per paragraph (default) or sentence\n";

static bool
handle_option(int opt, const char *arg, void *ctx)
{
	struct config *cfg = ctx;

	switch (opt) {
	case 'p':
		if (strcmp(arg, "auto") == 0)
			cfg->mode = PARA_AUTO;
		else if (strcmp(arg, "blank") == 0)
			cfg->mode = PARA_BLANK;
		else if (strcmp(arg, "line") == 0)
			cfg->mode = PARA_LINE;
		else {
			diag_warn("--paragraphs: '%s' is not blank, line or auto", arg);
			return false;
		}
		return true;
	case 's':
		cfg->sentences = true;
		return true;
	case 't':
		cfg->plain_text = true;
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

/* The buffer for the next record, emptied. */
static struct buf *
writer_next(struct writer *w)
{
	struct buf *b = &w->rec[w->held == 0 ? 1 : 0];

	b->len = 0;
	return b;
}

static void
writer_flush_held(struct writer *w, const char *tail)
{
	struct buf *b;

	if (w->held < 0)
		return;
	b = &w->rec[w->held];
	buf_append(b, tail, strlen(tail));
	stream_emit_raw(w->stream, b);
	w->held = -1;
}

/* The record just written into writer_next's buffer is complete. */
static void
writer_commit(struct writer *w)
{
	int next = w->held == 0 ? 1 : 0;

	writer_flush_held(w, "}");
	w->held = next;
}

static void
writer_end_story(struct writer *w)
{
	writer_flush_held(w, ",\"last\":true}");
}

static void
writer_free(struct writer *w)
{
	buf_free(&w->rec[0]);
	buf_free(&w->rec[1]);
}

/* Fields this filter writes; a story's own fields of these names give
 * way to them. */
static bool
is_own_field(const char *key)
{
	static const char *const own[] = {
		"id", "doc", "para", "sent", "text", "start", "end",
		"sentences", "last",
	};

	for (size_t i = 0; i < sizeof(own) / sizeof(own[0]); i++)
		if (strcmp(key, own[i]) == 0)
			return true;
	return false;
}

/* Starts a record: its own fields, up to "end". */
static struct buf *
begin_record(struct writer *w, const struct story *st, long sent,
    const char *text, size_t len, size_t start, size_t end)
{
	struct buf *b = writer_next(w);
	char id[200];
	int n;

	if (sent < 0)
		n = snprintf(id, sizeof(id), "%s:p%zu", st->doc, st->npara);
	else
		n = snprintf(id, sizeof(id), "%s:p%zu:s%ld", st->doc, st->npara, sent);
	buf_append(b, "{", 1);
	jsonw_key(b, "id");
	jsonw_string(b, id, (size_t)n < sizeof(id) ? (size_t)n : sizeof(id) - 1);
	jsonw_key(b, "doc");
	jsonw_string(b, st->doc, strlen(st->doc));
	jsonw_key(b, "para");
	jsonw_int(b, (long long)st->npara);
	if (sent >= 0) {
		jsonw_key(b, "sent");
		jsonw_int(b, sent);
	}
	jsonw_key(b, "text");
	jsonw_string(b, text, len);
	jsonw_key(b, "start");
	jsonw_int(b, (long long)start);
	jsonw_key(b, "end");
	jsonw_int(b, (long long)end);
	return b;
}

/* Serialises the story's other fields, in their order, for every record
 * of the story: ',"title":"...","time":"..."'. */
static void
carry_story_fields(struct story *st, json_t *rec)
{
	const char *key;
	json_t *value;

	st->carried.len = 0;
	buf_append(&st->carried, "", 0);
	if (rec == NULL)
		return;
	json_object_foreach(rec, key, value) {
		if (is_own_field(key) || strcmp(key, st->text_field) == 0)
			continue;
		buf_append(&st->carried, ",", 1);
		jsonw_string(&st->carried, key, strlen(key));
		buf_append(&st->carried, ":", 1);
		jsonw_value(&st->carried, value);
	}
}

static void
end_record(struct writer *w, struct buf *b, const struct story *st)
{
	buf_append(b, st->carried.data, st->carried.len);
	writer_commit(w);
}

static void
sentence_offsets(struct buf *b, const char *text, const struct sent_list *sl)
{
	struct text_cursor cur;

	jsonw_key(b, "sentences");
	buf_append(b, "[", 1);
	text_cursor_init(&cur, text);
	for (size_t i = 0; i < sl->n; i++) {
		buf_append(b, i > 0 ? ",[" : "[", i > 0 ? 2 : 1);
		jsonw_int(b, (long long)text_cursor_cp(&cur, sl->v[i].start));
		buf_append(b, ",", 1);
		jsonw_int(b, (long long)text_cursor_cp(&cur, sl->v[i].end));
		buf_append(b, "]", 1);
	}
	buf_append(b, "]", 1);
}

/* Writes the records of one paragraph, text[0..len) at code point
 * start_cp of the story. */
static void
write_paragraph(const struct config *cfg, struct writer *w, struct story *st,
    const char *text, size_t len, size_t start_cp)
{
	struct sent_list sl = { 0 };
	struct text_cursor cur;

	sent_split(text, len, &sl);
	if (!cfg->sentences) {
		size_t end_cp = start_cp + text_cp_count(text, len);
		struct buf *b = begin_record(w, st, -1, text, len, start_cp, end_cp);

		sentence_offsets(b, text, &sl);
		end_record(w, b, st);
	} else {
		text_cursor_init(&cur, text);
		for (size_t i = 0; i < sl.n; i++) {
			size_t s = start_cp + text_cursor_cp(&cur, sl.v[i].start);
			size_t e = start_cp + text_cursor_cp(&cur, sl.v[i].end);
			struct buf *b = begin_record(w, st, (long)i,
			    text + sl.v[i].start, sl.v[i].end - sl.v[i].start, s, e);

			end_record(w, b, st);
		}
	}
	sent_list_free(&sl);
	st->npara++;
}

/* The gathered paragraph, less the white space around it, is written. */
static void
close_paragraph(const struct config *cfg, struct writer *w, struct story *st)
{
	const char *p = st->in_memory ? st->span_start : st->para.data;
	size_t len = st->in_memory ? (size_t)(st->span_end - st->span_start) :
	    st->para.len, lead = 0, pos;

	if (!st->para_open)
		return;
	st->para_open = false;
	while (lead < len) {
		pos = lead;
		if (!text_is_space(utf8_next(p, len, &pos)))
			break;
		lead = pos;
	}
	while (len > lead) {
		pos = len;
		if (!text_is_space(utf8_prev(p, &pos)))
			break;
		len = pos;
	}
	if (len > lead)
		write_paragraph(cfg, w, st, p + lead, len - lead,
		    st->para_cp + text_cp_count(p, lead));
}

static bool
is_blank_line(const char *line, size_t len)
{
	for (size_t i = 0; i < len;) {
		if (!text_is_space(utf8_next(line, len, &i)))
			return false;
	}
	return true;
}

/* Feeds one line of the story (without its newline) to the paragraph
 * being gathered.  max_para bounds the paragraph: a longer one is cut at
 * a line break. */
static void
feed_line(const struct config *cfg, struct writer *w, struct story *st,
    const char *line, size_t len, size_t max_para)
{
	size_t cps = text_cp_count(line, len);

	if (is_blank_line(line, len) || st->mode == PARA_LINE)
		close_paragraph(cfg, w, st);
	if (!is_blank_line(line, len)) {
		if (!st->para_open || st->para.len > max_para) {
			close_paragraph(cfg, w, st);
			st->para.len = 0;
			st->para_cp = st->cp;
			st->para_open = true;
			st->span_start = line;
		} else if (!st->in_memory) {
			buf_append(&st->para, "\n", 1);
		}
		if (st->in_memory)
			st->span_end = line + len;
		else
			buf_append(&st->para, line, len);
	}
	st->cp += cps + 1;
}

/* Writes the story's last records.  A story with no text at all still
 * gives one (empty) record, so that it is never lost. */
static void
end_story(const struct config *cfg, struct writer *w, struct story *st)
{
	close_paragraph(cfg, w, st);
	if (st->npara == 0) {
		struct buf *b = begin_record(w, st, cfg->sentences ? 0 : -1, "", 0, 0, 0);

		if (!cfg->sentences)
			sentence_offsets(b, "", &(struct sent_list){ 0 });
		end_record(w, b, st);
	}
	writer_end_story(w);
	st->npara = 0;
	st->cp = 0;
	st->para.len = 0;
}

static bool
has_blank_line(const char *text, size_t len)
{
	const char *p = text, *end = text + len, *nl;
	bool seen_text = false;

	while ((nl = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		bool blank = is_blank_line(p, (size_t)(nl - p));

		if (blank && seen_text)
			return true;
		seen_text |= !blank;
		p = nl + 1;
	}
	return false;
}

static void
split_text(const struct config *cfg, struct writer *w, struct story *st,
    const char *text, size_t len)
{
	const char *p = text, *end = text + len, *nl;

	st->mode = cfg->mode != PARA_AUTO ? cfg->mode :
	    has_blank_line(text, len) ? PARA_BLANK : PARA_LINE;
	st->in_memory = true;	/* its lines stay put: no copies */
	while (p <= end) {
		nl = memchr(p, '\n', (size_t)(end - p));
		if (nl == NULL)
			nl = end;
		feed_line(cfg, w, st, p, (size_t)(nl - p), SIZE_MAX);
		p = nl + 1;
	}
	end_story(cfg, w, st);
	st->in_memory = false;
}

/* The story's id: its "id" field as a string, or one derived from its
 * text.  False when the id is of a type that cannot be one. */
static bool
story_id(struct story *st, json_t *rec, const char *text, size_t len)
{
	json_t *id = json_object_get(rec, "id");

	if (json_is_string(id)) {
		snprintf(st->doc, sizeof(st->doc), "%s", json_string_value(id));
	} else if (json_is_integer(id)) {
		snprintf(st->doc, sizeof(st->doc), "%" JSON_INTEGER_FORMAT,
		    json_integer_value(id));
	} else if (id == NULL || json_is_null(id)) {
		snprintf(st->doc, sizeof(st->doc), "%016llx",
		    (unsigned long long)hash_fnv1a(text, len, HASH_FNV_OFFSET));
	} else {
		return false;
	}
	return true;
}

static void
split_records(const struct config *cfg, struct stream *in, struct writer *w,
    struct story *st)
{
	json_t *rec;

	while ((rec = stream_next(in)) != NULL) {
		size_t len;
		const char *text = stream_text(in, rec, &len);

		if (!story_id(st, rec, text, len))
			stream_reject(in, "\"id\" is not a string or an integer");
		else {
			carry_story_fields(st, rec);
			split_text(cfg, w, st, text, len);
		}
		json_decref(rec);
	}
}

/*
 * Plain text: each input is one story, read line by line so that memory
 * is bounded by a paragraph, not by the story.  In auto mode the lines
 * are held until a blank line shows the story has blank-line paragraphs,
 * or until AUTO_LOOKAHEAD bytes show it has none.
 */
struct lookahead {
	struct buf lines;	/* held lines, each ending in '\n' */
	bool deciding;
};

static void
replay_lookahead(const struct config *cfg, struct writer *w, struct story *st,
    struct lookahead *la, size_t max_para)
{
	const char *p = la->lines.data, *end = p + la->lines.len, *nl;

	la->deciding = false;
	while (p < end && (nl = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		feed_line(cfg, w, st, p, (size_t)(nl - p), max_para);
		p = nl + 1;
	}
	la->lines.len = 0;
}

static void
begin_text_story(const struct config *cfg, struct story *st,
    struct lookahead *la, const char *name)
{
	snprintf(st->doc, sizeof(st->doc), "%s", name);
	carry_story_fields(st, NULL);
	st->mode = cfg->mode == PARA_AUTO ? PARA_LINE : cfg->mode;
	la->deciding = cfg->mode == PARA_AUTO;
	la->lines.len = 0;
}

static void
finish_text_story(const struct config *cfg, struct writer *w, struct story *st,
    struct lookahead *la, size_t max_para)
{
	if (la->deciding)
		replay_lookahead(cfg, w, st, la, max_para);
	end_story(cfg, w, st);
}

static void
split_plain_text(const struct config *cfg, struct stream *in, struct writer *w,
    struct story *st)
{
	struct lookahead la = { { 0 }, false };
	const char *line;
	size_t len, max_para = in->opt.max_line;
	int input, current = -1;

	while (stream_next_line(in, &line, &len, &input)) {
		if (input != current) {
			if (current >= 0)
				finish_text_story(cfg, w, st, &la, max_para);
			current = input;
			begin_text_story(cfg, st, &la, in->inputs[input]);
		}
		if (!la.deciding) {
			feed_line(cfg, w, st, line, len, max_para);
			continue;
		}
		if (is_blank_line(line, len) && la.lines.len > 0 &&
		    !is_blank_line(la.lines.data, la.lines.len))
			st->mode = PARA_BLANK;
		buf_append(&la.lines, line, len);
		buf_append(&la.lines, "\n", 1);
		if (st->mode == PARA_BLANK || la.lines.len > AUTO_LOOKAHEAD)
			replay_lookahead(cfg, w, st, &la, max_para);
	}
	if (current >= 0)
		finish_text_story(cfg, w, st, &la, max_para);
	buf_free(&la.lines);
}

int
main(int argc, char **argv)
{
	struct config cfg = { .mode = PARA_AUTO };
	struct filter_info info = {
		.name = "wire-split",
		.synopsis = "[-st] [-p blank|line|auto] [-u paragraph|sentence] "
		    "[common options] [file ...]",
		.purpose = "Splits stories into paragraph or sentence records with "
		    "ids and offsets.",
		.options_help = split_help,
		.options = split_options,
		.short_options = "p:stu:",
		.handle = handle_option,
		.ctx = &cfg,
	};
	struct stream_options sopt = { 0 };
	struct stream in;
	struct story st = { .text_field = "text" };
	struct writer w = { .stream = &in, .held = -1 };
	int status;

	opts_parse(&info, &sopt, &argc, &argv);
	if (cfg.plain_text)
		sopt.field = NULL;
	stop_install();
	stream_init(&in, &sopt, argc, argv);
	st.text_field = sopt.field ? sopt.field : "text";
	if (cfg.plain_text)
		split_plain_text(&cfg, &in, &w, &st);
	else
		split_records(&cfg, &in, &w, &st);
	buf_free(&st.para);
	buf_free(&st.carried);
	writer_free(&w);
	status = stream_finish(&in);
	return status;
}
