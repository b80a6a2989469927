#include <string.h>

#include "diag.h"
#include "paragraphs.h"
#include "text.h"

bool
para_is_blank_line(const char *line, size_t len)
{
	for (size_t i = 0; i < len;) {
		if (!text_is_space(utf8_next(line, len, &i)))
			return false;
	}
	return true;
}

bool
para_has_blank_line(const char *text, size_t len)
{
	const char *p = text, *end = text + len, *nl;
	bool seen_text = false;

	while ((nl = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		bool blank = para_is_blank_line(p, (size_t)(nl - p));

		if (blank && seen_text)
			return true;
		seen_text |= !blank;
		p = nl + 1;
	}
	return false;
}

/* The end of the paragraph that starts at from: the next line break, or
 * with blank_lines the next blank line's start. */
static size_t
paragraph_end(const char *text, size_t len, size_t from, bool blank_lines)
{
	const char *nl;

	for (size_t at = from; (nl = memchr(text + at, '\n', len - at)) != NULL;) {
		size_t next = (size_t)(nl - text) + 1;
		const char *after = memchr(text + next, '\n', len - next);
		size_t line_end = after ? (size_t)(after - text) : len;

		if (!blank_lines || para_is_blank_line(text + next, line_end - next))
			return (size_t)(nl - text);
		at = next;
	}
	return len;
}

void
para_sentences(const char *text, size_t len, struct sent_list *out)
{
	struct sent_list one = { 0 };

	if (memchr(text, '\n', len) == NULL) {	/* one paragraph: the common case */
		sent_split(text, len, out);
		return;
	}
	bool blank_lines = para_has_blank_line(text, len);
	out->n = 0;
	for (size_t at = 0; at < len;) {
		size_t end = paragraph_end(text, len, at, blank_lines);

		sent_split(text + at, end - at, &one);
		out->v = xgrow(out->v, &out->cap, out->n + one.n, sizeof *out->v);
		for (size_t k = 0; k < one.n; k++)
			out->v[out->n++] = (struct sent_span){ at + one.v[k].start, at + one.v[k].end };
		at = end + 1;
	}
	sent_list_free(&one);
}
