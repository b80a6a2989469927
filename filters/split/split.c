/*
 * split: stories into paragraph or sentence records (split.h).
 *
 * A story's text is cut into lines; lines gather into paragraphs by the
 * paragraph rule; each paragraph is split into sentences (sentences.h)
 * and written as one record, or as one record per sentence.  In a live
 * blog a paragraph that starts with a timestamp opens a post, and the
 * records of a post carry its number and time.  A record is
 * serialised straight into a buffer (jsonw.h) and held back until the
 * next is written, so that the story's last can say so.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "diag.h"
#include "hash.h"
#include "ids.h"
#include "jsonw.h"
#include "paragraphs.h"
#include "posts.h"
#include "sentences.h"
#include "split.h"
#include "stream.h"
#include "text.h"

/* In plain text with --paragraphs auto, how far to look for a blank line
 * before deciding that the story has one paragraph a line. */
enum { AUTO_LOOKAHEAD = 1 << 20 };

/* A story's id at most this long is kept as it is (ids.h). */
enum { DOC_MAX = 256 };

/* The story in hand. */
struct story {
	char doc[DOC_MAX];
	struct buf carried;	/* the story's other fields, serialised once */
	struct buf first_only;	/* those over the carry budget: first record */
	bool first_written;	/* the story's first record is out */
	bool warned_carry;	/* the budget's warning was given */
	const char *text_field;
	size_t npara;
	size_t cp;		/* code points of the story read so far */
	enum split_para_mode mode;
	struct buf para;	/* the paragraph being gathered */
	/* With a story in memory, the paragraph is a span of it instead of
	 * a copy (in_memory set). */
	bool in_memory;
	const char *span_start, *span_end;
	size_t para_cp;		/* its offset in the story */
	bool para_open;
	/* A live blog's posts (posts.h). */
	bool blog;		/* the story is one: its timestamps open posts */
	struct post_clock clock;
	long post;		/* the post in hand, -1 before the first */
	char post_time[POST_TIME_MAX];
	size_t stamp_start, stamp_end;	/* its stamp, code points */
	/* The story's "time" among its carried fields, which a post's
	 * records call "story_time": the buffer and the key's offset. */
	const struct buf *time_in;
	size_t time_at;
};

/*
 * The timestamps at paragraph starts, counted line by line before a
 * story is split: for paragraphs of a line and of blank-line blocks
 * alike, since the paragraph rule may still be undecided.
 */
struct post_lookout {
	struct post_census by_line, by_blank;
	bool after_blank;	/* the next line starts a blank-line paragraph */
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
is_own_field(const char *key, bool blog)
{
	static const char *const own[] = {
		"id", "doc", "para", "sent", "text", "start", "end",
		"sentences", "last",
	};
	static const char *const post_own[] = {
		"post", "story_time", "time_start", "time_end",
	};

	for (size_t i = 0; i < sizeof(own) / sizeof(own[0]); i++)
		if (strcmp(key, own[i]) == 0)
			return true;
	for (size_t i = 0; blog && i < sizeof(post_own) / sizeof(post_own[0]); i++)
		if (strcmp(key, post_own[i]) == 0)
			return true;
	return false;
}

/* Starts a record: its own fields, up to "end". */
static struct buf *
begin_record(struct writer *w, const struct story *st, long sent,
    const char *text, size_t len, size_t start, size_t end)
{
	struct buf *b = writer_next(w);
	char id[DOC_MAX + 48];
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
	if (st->post >= 0) {
		jsonw_key(b, "post");
		jsonw_int(b, st->post);
		jsonw_key(b, "time");
		jsonw_string(b, st->post_time, strlen(st->post_time));
		jsonw_key(b, "time_start");
		jsonw_int(b, (long long)st->stamp_start);
		jsonw_key(b, "time_end");
		jsonw_int(b, (long long)st->stamp_end);
	}
	jsonw_key(b, "text");
	jsonw_string(b, text, len);
	jsonw_key(b, "start");
	jsonw_int(b, (long long)start);
	jsonw_key(b, "end");
	jsonw_int(b, (long long)end);
	return b;
}

/* Once per stream: a field was put on its story's first record only. */
static void
warn_carry_once(struct story *st, const struct stream *in, const char *key,
    size_t size, size_t budget)
{
	if (st->warned_carry)
		return;
	st->warned_carry = true;
	diag_warn("%s:%lu: field '%s' (%zu bytes) is on its story's first record "
	    "only: the fields copied into every record are kept within "
	    "--carry-max %zu (said once per stream)", stream_input_name(in),
	    in->lr.lineno, key, size, budget);
}

/*
 * Serialises the story's other fields, in their order, for its records:
 * ',"title":"...","time":"..."'.  They go on every record while they fit
 * the carry budget together; a field that would overflow it goes on the
 * story's first record only, so that one huge field cannot be copied
 * into thousands of paragraphs (wire(7), "Pass-through fields").
 */
static void
carry_story_fields(struct story *st, json_t *rec, size_t budget,
    const struct stream *in)
{
	struct buf field = { 0 };
	const char *key;
	json_t *value;

	st->carried.len = st->first_only.len = 0;
	buf_append(&st->carried, "", 0);
	buf_append(&st->first_only, "", 0);
	st->first_written = false;
	st->time_in = NULL;
	if (rec == NULL)
		return;
	json_object_foreach(rec, key, value) {
		struct buf *to;

		if (is_own_field(key, st->blog) || strcmp(key, st->text_field) == 0)
			continue;
		field.len = 0;
		buf_append(&field, ",", 1);
		jsonw_string(&field, key, strlen(key));
		buf_append(&field, ":", 1);
		jsonw_value(&field, value);
		to = st->carried.len + field.len <= budget ? &st->carried :
		    &st->first_only;
		if (st->blog && strcmp(key, "time") == 0) {
			st->time_in = to;
			st->time_at = to->len + 1;
		}
		buf_append(to, field.data, field.len);
		if (to == &st->carried)
			continue;
		warn_carry_once(st, in, key, field.len, budget);
	}
	buf_free(&field);
}

/* The story's fields from buffer from, with "time" written
 * "story_time" when this is a post's record. */
static void
append_carried(struct buf *b, const struct story *st, const struct buf *from)
{
	static const char key[] = "\"time\"";
	size_t at = st->time_at;

	if (st->post < 0 || st->time_in != from) {
		buf_append(b, from->data, from->len);
		return;
	}
	buf_append(b, from->data, at);
	jsonw_string(b, "story_time", strlen("story_time"));
	buf_append(b, from->data + at + strlen(key), from->len - at - strlen(key));
}

static void
end_record(struct writer *w, struct buf *b, struct story *st)
{
	append_carried(b, st, &st->carried);
	if (!st->first_written)
		append_carried(b, st, &st->first_only);
	st->first_written = true;
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
write_paragraph(const struct split_config *cfg, struct writer *w, struct story *st,
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

/* A paragraph of a live blog that starts with a timestamp opens a post:
 * the stamp is kept out of its text, and a stamp on its own writes no
 * record (the post's text follows). */
static void
write_blog_paragraph(const struct split_config *cfg, struct writer *w,
    struct story *st, const char *text, size_t len, size_t start_cp)
{
	struct post_stamp ps;

	if (st->blog && post_stamp_parse(text, len, &ps)) {
		st->post++;
		post_clock_next(&st->clock, &ps, st->post_time);
		st->stamp_start = start_cp + text_cp_count(text, ps.start);
		st->stamp_end = start_cp + text_cp_count(text, ps.end);
		start_cp += text_cp_count(text, ps.text);
		text += ps.text;
		len -= ps.text;
		if (len == 0)
			return;
	}
	write_paragraph(cfg, w, st, text, len, start_cp);
}

/* The gathered paragraph, less the white space around it, is written. */
static void
close_paragraph(const struct split_config *cfg, struct writer *w, struct story *st)
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
		write_blog_paragraph(cfg, w, st, p + lead, len - lead,
		    st->para_cp + text_cp_count(p, lead));
}

/* Feeds one line of the story (without its newline) to the paragraph
 * being gathered.  max_para bounds the paragraph: a longer one is cut at
 * a line break. */
static void
feed_line(const struct split_config *cfg, struct writer *w, struct story *st,
    const char *line, size_t len, size_t max_para)
{
	size_t cps = text_cp_count(line, len);

	if (para_is_blank_line(line, len) || st->mode == SPLIT_PARA_LINE)
		close_paragraph(cfg, w, st);
	if (!para_is_blank_line(line, len)) {
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
end_story(const struct split_config *cfg, struct writer *w, struct story *st)
{
	close_paragraph(cfg, w, st);
	st->post = -1;		/* an empty story's record is no post's */
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

/* Counts a line's timestamp if it starts a paragraph. */
static void
lookout_line(struct post_lookout *lo, const char *line, size_t len)
{
	struct post_stamp ps;
	size_t lead = 0, pos;

	if (para_is_blank_line(line, len)) {
		lo->after_blank = true;
		return;
	}
	while (lead < len) {
		pos = lead;
		if (!text_is_space(utf8_next(line, len, &pos)))
			break;
		lead = pos;
	}
	if (post_stamp_parse(line + lead, len - lead, &ps)) {
		post_census_add(&lo->by_line, &ps);
		if (lo->after_blank)
			post_census_add(&lo->by_blank, &ps);
	}
	lo->after_blank = false;
}

static void
lookout_reset(struct post_lookout *lo)
{
	memset(lo, 0, sizeof(*lo));
	lo->after_blank = true;
}

/* Whether the story, its paragraph rule decided, is a live blog; its
 * posts are dated from story_time (NULL: none). */
static void
begin_posts(const struct split_config *cfg, struct story *st,
    const struct post_lookout *lo, const char *story_time)
{
	const struct post_census *c = st->mode == SPLIT_PARA_BLANK ?
	    &lo->by_blank : &lo->by_line;

	st->post = -1;
	st->blog = cfg->posts == SPLIT_POSTS_AUTO && post_census_is_blog(c);
	if (st->blog)
		post_clock_init(&st->clock, story_time, post_census_order(c));
}

/* A story in memory: its paragraph rule, and whether it is a live blog. */
static void
plan_story(const struct split_config *cfg, struct story *st, json_t *rec,
    const char *text, size_t len)
{
	const char *p = text, *end = text + len, *nl;
	struct post_lookout lo;

	st->mode = cfg->mode != SPLIT_PARA_AUTO ? cfg->mode :
	    para_has_blank_line(text, len) ? SPLIT_PARA_BLANK : SPLIT_PARA_LINE;
	lookout_reset(&lo);
	while (cfg->posts == SPLIT_POSTS_AUTO && p <= end) {
		nl = memchr(p, '\n', (size_t)(end - p));
		if (nl == NULL)
			nl = end;
		lookout_line(&lo, p, (size_t)(nl - p));
		p = nl + 1;
	}
	begin_posts(cfg, st, &lo, json_string_value(json_object_get(rec, "time")));
}

/* Writes the records of a story in memory, planned. */
static void
split_text(const struct split_config *cfg, struct writer *w, struct story *st,
    const char *text, size_t len)
{
	const char *p = text, *end = text + len, *nl;

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
		ids_bound(json_string_value(id), json_string_length(id),
		    st->doc, sizeof(st->doc));
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

/*
 * Plain text: each input is one story, read line by line so that memory
 * is bounded by a paragraph, not by the story.  In auto mode the lines
 * are held until a blank line shows the story has blank-line paragraphs,
 * or until AUTO_LOOKAHEAD bytes show it has none.
 */
struct lookahead {
	struct buf lines;	/* held lines, each ending in '\n' */
	bool deciding;
	struct post_lookout lookout;
};

/* The public face: the options, the stream, and what is in hand. */
struct split {
	struct split_config cfg;
	struct stream *stream;
	struct story st;
	struct writer w;
	struct lookahead la;
	int input;		/* the plain-text input in hand, or -1 */
};

struct split *
split_new(const struct split_config *cfg, struct stream *out)
{
	struct split *s = xcalloc(1, sizeof *s);

	s->cfg = *cfg;
	s->stream = out;
	s->st.text_field = cfg->text_field != NULL ? cfg->text_field : "text";
	s->w.stream = out;
	s->w.held = -1;
	s->input = -1;
	s->st.post = -1;
	return s;
}

void
split_record(struct split *s, json_t *rec)
{
	size_t len;
	const char *text = stream_text(s->stream, rec, &len);

	if (!story_id(&s->st, rec, text, len))
		stream_reject(s->stream, "\"id\" is not a string or an integer");
	else {
		plan_story(&s->cfg, &s->st, rec, text, len);
		carry_story_fields(&s->st, rec, s->cfg.carry_max, s->stream);
		split_text(&s->cfg, &s->w, &s->st, text, len);
	}
}

static void
replay_lookahead(const struct split_config *cfg, struct writer *w, struct story *st,
    struct lookahead *la, size_t max_para)
{
	const char *p = la->lines.data, *end = p + la->lines.len, *nl;

	la->deciding = false;
	begin_posts(cfg, st, &la->lookout, NULL);
	while (p < end && (nl = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		feed_line(cfg, w, st, p, (size_t)(nl - p), max_para);
		p = nl + 1;
	}
	la->lines.len = 0;
}

static void
begin_text_story(const struct split_config *cfg, struct story *st,
    struct lookahead *la, const char *name)
{
	ids_bound(name, strlen(name), st->doc, sizeof(st->doc));
	carry_story_fields(st, NULL, 0, NULL);
	st->mode = cfg->mode == SPLIT_PARA_AUTO ? SPLIT_PARA_LINE : cfg->mode;
	st->blog = false;
	st->post = -1;
	la->deciding = cfg->mode == SPLIT_PARA_AUTO || cfg->posts == SPLIT_POSTS_AUTO;
	la->lines.len = 0;
	lookout_reset(&la->lookout);
}

static void
finish_text_story(const struct split_config *cfg, struct writer *w, struct story *st,
    struct lookahead *la, size_t max_para)
{
	if (la->deciding)
		replay_lookahead(cfg, w, st, la, max_para);
	end_story(cfg, w, st);
}

/* Lines of one input are one story: a line of another input ends the
 * story in hand and starts the next. */
void
split_line(struct split *s, int input, const char *line, size_t len)
{
	const struct split_config *cfg = &s->cfg;
	struct story *st = &s->st;
	struct lookahead *la = &s->la;
	size_t max_para = s->stream->opt.max_line;

	if (input != s->input) {
		if (s->input >= 0)
			finish_text_story(cfg, &s->w, st, la, max_para);
		s->input = input;
		begin_text_story(cfg, st, la, s->stream->inputs[input]);
	}
	if (!la->deciding) {
		feed_line(cfg, &s->w, st, line, len, max_para);
		return;
	}
	if (cfg->mode == SPLIT_PARA_AUTO && para_is_blank_line(line, len) &&
	    la->lines.len > 0 && !para_is_blank_line(la->lines.data, la->lines.len))
		st->mode = SPLIT_PARA_BLANK;
	lookout_line(&la->lookout, line, len);
	buf_append(&la->lines, line, len);
	buf_append(&la->lines, "\n", 1);
	/* Whether the story is a live blog and which way its posts run is
	 * decided on all of it, or on its first MiB. */
	if ((st->mode == SPLIT_PARA_BLANK && cfg->posts == SPLIT_POSTS_NEVER) ||
	    la->lines.len > AUTO_LOOKAHEAD)
		replay_lookahead(cfg, &s->w, st, la, max_para);
}

void
split_end(struct split *s)
{
	if (s->input >= 0)
		finish_text_story(&s->cfg, &s->w, &s->st, &s->la,
		    s->stream->opt.max_line);
	s->input = -1;
}

void
split_free(struct split *s)
{
	if (s == NULL)
		return;
	buf_free(&s->st.para);
	buf_free(&s->st.carried);
	buf_free(&s->st.first_only);
	buf_free(&s->la.lines);
	writer_free(&s->w);
	free(s);
}
