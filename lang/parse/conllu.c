/*
 * conllu: reading and writing CoNLL-U around parse_sentence (conllu.h).
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "diag.h"
#include "parse.h"
#include "conllu.h"
#include "text.h"

enum line_kind { LINE_COPY, LINE_WORD };

struct line {
	enum line_kind kind;
	size_t at, len;		/* in the block's text */
	size_t form_at, form_len;	/* word lines: the FORM column */
	size_t misc_at, misc_len;	/* and MISC */
};

/* One sentence's lines as read. */
struct block {
	struct buf text;
	struct line *lines;
	size_t nlines, cap;
	size_t first_line;	/* the input's line number of lines[0] */
	bool bad;
};

struct reader {
	FILE *in;
	const char *name;
	size_t lineno;
	char *line;
	size_t line_cap;
};

/* The next line without its newline (or carriage return); -1 at the end. */
static ssize_t
read_line(struct reader *r)
{
	ssize_t len = getline(&r->line, &r->line_cap, r->in);

	if (len < 0)
		return -1;
	r->lineno++;
	if (len > 0 && r->line[len - 1] == '\n')
		len--;
	if (len > 0 && r->line[len - 1] == '\r')
		len--;
	return len;
}

static void
block_reject(struct block *b, struct reader *r, const char *why)
{
	if (!b->bad)
		diag_warn("%s:%zu: %s", r->name, r->lineno, why);
	b->bad = true;
}

/* Splits a line into its tab-separated columns; returns their number
 * (at most max). */
static size_t
columns(const char *s, size_t len, size_t *start, size_t *clen, size_t max)
{
	size_t n = 0, at = 0;

	while (n < max) {
		const char *tab = memchr(s + at, '\t', len - at);
		size_t end = tab ? (size_t)(tab - s) : len;

		start[n] = at;
		clen[n] = end - at;
		n++;
		if (tab == NULL)
			return n;
		at = end + 1;
	}
	return n + 1;	/* more than max */
}

/* Parses a decimal ID column; -1 unless it is one. */
static long
number(const char *s, size_t len)
{
	long v = 0;

	if (len == 0 || len > 9)
		return -1;
	for (size_t i = 0; i < len; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/* Checks and files one line of a sentence; nwords counts its words. */
static void
block_add(struct block *b, struct reader *r, const char *s, size_t len,
    size_t *nwords)
{
	size_t start[11], clen[11];
	struct line ln = { LINE_COPY, b->text.len, len, 0, 0, 0, 0 };

	if (utf8_valid_prefix(s, len) != len) {
		block_reject(b, r, "not UTF-8");
		return;
	}
	if (memchr(s, '\0', len) != NULL) {
		block_reject(b, r, "a NUL byte");
		return;
	}
	if (s[0] != '#') {
		const char *id;
		const char *dash, *dot;
		size_t idlen;

		if (columns(s, len, start, clen, 10) != 10) {
			block_reject(b, r, "a word line needs 10 tab-separated columns");
			return;
		}
		id = s;
		idlen = clen[0];
		dash = memchr(id, '-', idlen);
		dot = memchr(id, '.', idlen);
		if (dash != NULL) {
			long from = number(id, (size_t)(dash - id));
			long to = number(dash + 1, idlen - (size_t)(dash - id) - 1);

			if (from != (long)*nwords + 1 || to < from)
				block_reject(b, r, "a multiword token's range does not start at the next word");
		} else if (dot != NULL) {
			if (number(id, (size_t)(dot - id)) != (long)*nwords ||
			    number(dot + 1, idlen - (size_t)(dot - id) - 1) < 1)
				block_reject(b, r, "an empty node's ID does not follow its word");
		} else if (number(id, idlen) != (long)*nwords + 1) {
			block_reject(b, r, "word IDs must run 1, 2, 3...");
		} else if (clen[1] == 0) {
			block_reject(b, r, "empty FORM");
		} else {
			ln.kind = LINE_WORD;
			ln.form_at = b->text.len + start[1];
			ln.form_len = clen[1];
			ln.misc_at = b->text.len + start[9];
			ln.misc_len = clen[9];
			++*nwords;
		}
	}
	b->lines = xgrow(b->lines, &b->cap, b->nlines + 1, sizeof(*b->lines));
	b->lines[b->nlines++] = ln;
	buf_append(&b->text, s, len);
}

/* Reads the next sentence into b; false at the end of the input. */
static bool
read_block(struct reader *r, struct block *b)
{
	ssize_t len;
	size_t nwords = 0;

	b->text.len = 0;
	b->nlines = 0;
	b->bad = false;
	while ((len = read_line(r)) == 0)
		;
	if (len < 0)
		return false;
	b->first_line = r->lineno;
	do {
		block_add(b, r, r->line, (size_t)len, &nwords);
	} while ((len = read_line(r)) > 0);
	return true;
}

static void
write_word(FILE *out, size_t id, const struct parse_word *w,
    const char *misc, size_t misc_len)
{
	fprintf(out, "%zu\t%.*s\t%.*s\t%s\t%s\t_\t%zu\t%s\t_\t", id, (int)w->len,
	    w->form, (int)w->lemma_len, w->lemma, w->upos, w->xpos, w->head, w->deprel);
	if (misc_len > 0)
		fwrite(misc, 1, misc_len, out);
	else
		fputc('_', out);
	fputc('\n', out);
}

static void
write_block(FILE *out, const struct block *b, const struct parse_sentence *s)
{
	size_t word = 0;

	for (size_t i = 0; i < b->nlines; i++) {
		const struct line *ln = &b->lines[i];

		if (ln->kind == LINE_WORD) {
			write_word(out, word + 1, &s->words[word],
			    b->text.data + ln->misc_at, ln->misc_len);
			word++;
		} else {
			fwrite(b->text.data + ln->at, 1, ln->len, out);
			fputc('\n', out);
		}
	}
	fputc('\n', out);
}

static int
finish(FILE *in, const char *name, FILE *out, bool bad)
{
	if (ferror(in)) {
		diag_warn("%s: read error", name);
		return EXIT_TROUBLE;
	}
	if (fflush(out) != 0 || ferror(out)) {
		diag_warn("write error:");
		return EXIT_TROUBLE;
	}
	return bad ? EXIT_REJECTED : EXIT_ALL_GOOD;
}

int
parse_conllu_stream(const struct parse_model *m, FILE *in, const char *name,
    FILE *out)
{
	struct reader r = { in, name, 0, NULL, 0 };
	struct block b;

	memset(&b, 0, sizeof(b));
	struct parse_sentence s;
	bool bad = false;

	parse_sentence_init(&s);
	while (read_block(&r, &b)) {
		if (b.bad) {
			bad = true;
			continue;
		}
		parse_sentence_clear(&s);
		for (size_t i = 0; i < b.nlines; i++) {
			const struct line *ln = &b.lines[i];

			if (ln->kind == LINE_WORD)
				parse_sentence_add(&s, b.text.data + ln->form_at,
				    ln->form_len, 0, 0);
		}
		parse_sentence(m, &s);
		write_block(out, &b, &s);
	}
	parse_sentence_free(&s);
	buf_free(&b.text);
	free(b.lines);
	free(r.line);
	return finish(in, name, out, bad);
}
