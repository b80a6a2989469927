#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"
#include "jsonr.h"
#include "jsonw.h"
#include "stop.h"
#include "stream.h"
#include "text.h"

enum { STDOUT_BUFFER = 64 * 1024 };

/* stdout's buffer: set once per process, before its first write (setvbuf
 * may not be called later), and kept until stdout is closed. */
static char *stdout_buffer;

static _Noreturn void
write_failed(void)
{
	if (errno == EPIPE)
		exit(EXIT_TROUBLE);	/* the reader went away: quietly */
	diag_fatal("write error:");
}

static void
flush_or_die(void)
{
	if (fflush(stdout) != 0 || ferror(stdout))
		write_failed();
}

static void
flush_before_block(void *arg)
{
	struct stream *s = arg;

	if (s->before_block != NULL)
		s->before_block(s->before_block_arg);
	flush_or_die();
	if (s->rejects != NULL)
		fflush(s->rejects);
}

void
stream_init(struct stream *s, const struct stream_options *opt, int argc,
    char **argv)
{
	static char *stdin_only[] = { "-" };

	memset(s, 0, sizeof(*s));
	s->opt = *opt;
	if (s->opt.max_line == 0)
		s->opt.max_line = STREAM_DEFAULT_MAX_LINE;
	s->inputs = argc > 0 ? argv : stdin_only;
	s->ninputs = argc > 0 ? argc : 1;
	if (opt->rejects != NULL) {
		s->rejects = fopen(opt->rejects, "w");
		if (s->rejects == NULL)
			diag_fatal("%s:", opt->rejects);
	}
	if (stdout_buffer == NULL) {
		stdout_buffer = xmalloc(STDOUT_BUFFER);
		setvbuf(stdout, stdout_buffer, _IOFBF, STDOUT_BUFFER);
	}
}

const char *
stream_input_name(const struct stream *s)
{
	int i = s->current < s->ninputs ? s->current : s->ninputs - 1;

	return strcmp(s->inputs[i], "-") == 0 ? "<stdin>" : s->inputs[i];
}

static void
idle_for_filter(void *arg)
{
	struct stream *s = arg;

	s->opt.hooks.on_idle(s->opt.hooks.arg);
}

/* Opens inputs[current], or the next one that opens.  False when none is
 * left. */
static bool
open_current(struct stream *s)
{
	struct lines_hooks hooks = {
		.before_block = flush_before_block,
		.on_idle = s->opt.hooks.on_idle ? idle_for_filter : NULL,
		.idle_ms = s->opt.hooks.idle_ms,
		.arg = s,
	};
	while (s->current < s->ninputs) {
		const char *name = s->inputs[s->current];
		int fd = strcmp(name, "-") == 0 ? STDIN_FILENO :
		    open(name, O_RDONLY | O_CLOEXEC);

		if (fd >= 0) {
			lines_init(&s->lr, fd, s->opt.max_line, s->rejects,
			    &hooks);
			s->open = true;
			return true;
		}
		diag_warn("%s:", name);
		s->trouble = true;
		s->current++;
	}
	return false;
}

static void
close_current(struct stream *s)
{
	if (s->lr.fd != STDIN_FILENO)
		close(s->lr.fd);
	lines_free(&s->lr);
	s->open = false;
	s->current++;
}

static void
reject_line(struct stream *s, bool copy, const char *fmt, va_list ap)
{
	fprintf(stderr, "%s: %s:%lu: ", diag_progname(), stream_input_name(s),
	    s->lr.lineno);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	if (copy && s->rejects != NULL) {
		fwrite(s->line, 1, s->line_len, s->rejects);
		fputc('\n', s->rejects);
	}
	s->rejected++;
	if (s->opt.strict) {
		diag_warn("stopping at the first bad line (--strict)");
		s->halted = true;
		s->trouble = true;
	}
}

void
stream_reject(struct stream *s, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	reject_line(s, true, fmt, ap);
	va_end(ap);
}

static void
reject_uncopied(struct stream *s, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	reject_line(s, false, fmt, ap);
	va_end(ap);
}

/*
 * The next line of any input, with its byte-order mark (first line) and
 * carriage return removed; lines too long or unreadable are dealt with
 * here.  Sets s->line.
 */
static bool
next_raw_line(struct stream *s)
{
	while (!s->halted && !stop_requested()) {
		const char *line;
		size_t len;
		enum lines_status st;

		if (!s->open && !open_current(s))
			return false;
		st = s->lr.stopped ? LINES_END : lines_next(&s->lr, &line, &len);
		if (st == LINES_OK) {
			if (s->lr.lineno == 1 && len >= 3 &&
			    memcmp(line, "\xEF\xBB\xBF", 3) == 0) {
				line += 3;
				len -= 3;
			}
			if (len > 0 && line[len - 1] == '\r')
				len--;
			s->line = line;
			s->line_len = len;
			return true;
		}
		if (st == LINES_TOO_LONG) {
			s->lines_in++;
			reject_uncopied(s, "line too long (%zu bytes; --max-line is %zu)",
			    len, s->opt.max_line);
			continue;
		}
		if (st == LINES_ERROR) {
			diag_warn("%s: read error:", stream_input_name(s));
			s->trouble = true;
		}
		if (s->lr.stopped) {
			close_current(s);
			return false;
		}
		close_current(s);
	}
	return false;
}

static bool
is_blank(const char *p, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r')
			return false;
	return true;
}

/* Parses the line in hand into an object, or rejects it. */
static json_t *
parse_record(struct stream *s)
{
	size_t valid = utf8_valid_prefix(s->line, s->line_len);
	struct jsonr_error err;
	json_t *rec;

	if (valid < s->line_len) {
		stream_reject(s, "invalid UTF-8 at byte %zu", valid + 1);
		return NULL;
	}
	rec = jsonr_parse(s->line, s->line_len, &err);
	if (rec == NULL) {
		stream_reject(s, "invalid JSON at column %zu: %s", err.column,
		    err.text);
		return NULL;
	}
	if (!json_is_object(rec)) {
		stream_reject(s, "not a JSON object");
		json_decref(rec);
		return NULL;
	}
	if (s->opt.field != NULL) {
		json_t *text = json_object_get(rec, s->opt.field);

		if (text == NULL || !json_is_string(text)) {
			stream_reject(s, "\"%s\" is %s", s->opt.field,
			    text == NULL ? "missing" : "not a string");
			json_decref(rec);
			return NULL;
		}
	}
	return rec;
}

json_t *
stream_next(struct stream *s)
{
	while (next_raw_line(s)) {
		json_t *rec;

		if (is_blank(s->line, s->line_len))
			continue;
		s->lines_in++;
		rec = parse_record(s);
		if (rec != NULL)
			return rec;
	}
	return NULL;
}

bool
stream_next_line(struct stream *s, const char **line, size_t *len, int *input)
{
	while (next_raw_line(s)) {
		size_t valid = utf8_valid_prefix(s->line, s->line_len);

		s->lines_in++;
		if (valid < s->line_len) {
			stream_reject(s, "invalid UTF-8 at byte %zu", valid + 1);
			continue;
		}
		/* A NUL would be written as \u0000, which no filter reads. */
		const char *nul = memchr(s->line, '\0', s->line_len);
		if (nul != NULL) {
			stream_reject(s, "NUL byte at byte %zu", (size_t)(nul - s->line) + 1);
			continue;
		}
		*line = s->line;
		*len = s->line_len;
		*input = s->current;
		return true;
	}
	return false;
}

const char *
stream_text(const struct stream *s, json_t *rec, size_t *len)
{
	json_t *text = json_object_get(rec, s->opt.field ? s->opt.field : "text");

	if (!json_is_string(text)) {
		*len = 0;
		return "";
	}
	*len = json_string_length(text);
	return json_string_value(text);
}

static void
write_line(struct stream *s, const char *data, size_t len)
{
	if (fwrite(data, 1, len, stdout) != len)
		write_failed();
	s->written++;
}

void
stream_emit(struct stream *s, const json_t *rec)
{
	s->out.len = 0;
	jsonw_value(&s->out, rec);
	buf_append(&s->out, "\n", 1);
	write_line(s, s->out.data, s->out.len);
}

void
stream_emit_raw(struct stream *s, struct buf *line)
{
	buf_append(line, "\n", 1);
	write_line(s, line->data, line->len);
	line->len--;
	line->data[line->len] = '\0';
}

void
stream_before_block(struct stream *s, void (*fn)(void *), void *arg)
{
	s->before_block = fn;
	s->before_block_arg = arg;
}

size_t
stream_line_len(const struct stream *s)
{
	return s->line_len;
}

bool
stream_mid_line(const struct stream *s)
{
	return s->open && lines_mid_line(&s->lr);
}

void
stream_flush(struct stream *s)
{
	flush_before_block(s);
}

void
stream_release(struct stream *s)
{
	if (s->open)
		close_current(s);
	buf_free(&s->out);
	if (s->rejects != NULL && fclose(s->rejects) != 0) {
		diag_warn("%s:", s->opt.rejects);
		s->trouble = true;
	}
	s->rejects = NULL;
}

int
stream_finish(struct stream *s)
{
	stream_release(s);
	if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0)
		write_failed();
	free(stdout_buffer);
	stdout_buffer = NULL;
	if (s->trouble)
		return EXIT_TROUBLE;
	return s->rejected > 0 ? EXIT_REJECTED : EXIT_ALL_GOOD;
}

