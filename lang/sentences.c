#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "abbrev.h"
#include "diag.h"
#include "sentences.h"
#include "text.h"

/* A run of text between white space, and what its edges are. */
struct chunk {
	size_t start, end;		/* the whole run */
	size_t core_start, core_end;	/* less openers, closers, final stops */
	unsigned dots;			/* final full stops; an ellipsis is 3 */
	bool bang;			/* ends in ? or ! */
};

/*
 * The chunks near the one being decided.  They are scanned from the text
 * as the decisions need them and dropped once far behind, so that memory
 * stays small however long the paragraph: v[0] is chunk number base.
 */
struct chunk_list {
	struct chunk *v;
	size_t n, cap;
	size_t base;
	size_t scan;		/* where the next chunk is looked for */
	size_t run_end;		/* the end of the run scan is inside */
	bool run_wide;		/* the run may hold a full-width stop */
	bool done;		/* the text is scanned to its end */
};

/* How far a decision looks back or ahead, in chunks. */
enum { CHUNK_REACH = 64 };

enum list_kind {
	LIST_NONE, LIST_BULLET, LIST_NUM_DOT_PAREN, LIST_NUM_PAREN,
	LIST_NUM_DOT, LIST_NUM_BRACKETS, LIST_ALPHA_DOT, LIST_ALPHA_PAREN,
	LIST_ALPHA_DOT_PAREN, LIST_ALPHA_BRACKETS
};

struct splitter {
	const char *text;
	size_t len;
	struct chunk_list chunks;
	struct sent_list *out;
	size_t sent_start;		/* SIZE_MAX: no sentence open */
	size_t sent_chunks;		/* chunks in the open sentence */
	enum list_kind list;
	long list_value;
	bool tags;			/* the paragraph is a footer of tags */
	size_t close_at;		/* the chunk a sentence ends after */
};

static bool
is_opener(uint32_t cp)
{
	return cp == '(' || cp == '[' || cp == '{' || cp == '"' || cp == '\'' ||
	    cp == 0x201C || cp == 0x2018 || cp == 0x00AB || cp == 0x2039 ||
	    cp == 0x201E || cp == 0x201A;
}

static bool
is_closer(uint32_t cp)
{
	return cp == ')' || cp == ']' || cp == '}' || cp == '"' || cp == '\'' ||
	    cp == 0x201D || cp == 0x2019 || cp == 0x00BB || cp == 0x203A;
}

/* Full-width and ideographic stops, question and exclamation marks. */
static bool
is_wide_stop(uint32_t cp)
{
	return cp == 0xFF0E || cp == 0x3002 || cp == 0xFF61 || cp == 0xFF01 ||
	    cp == 0xFF1F;
}

static bool
is_bullet(uint32_t cp)
{
	return cp == 0x2022 || cp == 0x2043 || cp == 0x25E6 || cp == 0x25AA ||
	    cp == 0x2023 || cp == 0x25CF;
}

static bool
ascii_lower(char c)
{
	return c >= 'a' && c <= 'z';
}

static bool
ascii_upper(char c)
{
	return c >= 'A' && c <= 'Z';
}

/* Finds the core and the final punctuation of a chunk. */
static bool
ascii_alnum(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9');
}

/* Where the footnote marks ending text[start..end) begin: "[1]",
 * "[2][3]", "[a]"; end when there are none. */
static size_t
marks_start(const char *text, size_t start, size_t end)
{
	size_t p = end, q;

	while (p - start >= 3 && text[p - 1] == ']') {
		q = p - 1;
		while (q > start && p - 1 - q < 3 && text[q - 1] >= '0' &&
		    text[q - 1] <= '9')
			q--;
		if (q == p - 1 && q > start && ascii_lower(text[q - 1]))
			q--;
		if (q == p - 1 || q == start || text[q - 1] != '[')
			break;
		p = q - 1;
	}
	return p;
}

/*
 * Where the footnote marks after a stop begin: "held.[1]", "said.”[2][3]";
 * end when there are none.  Without the stop ("array[1]", "reopened[4].")
 * the marks are the word's.
 */
static size_t
footnote_start(const char *text, size_t start, size_t end)
{
	size_t p = marks_start(text, start, end), q = p;
	uint32_t cp;

	if (p == end || p == start)
		return end;
	cp = utf8_prev(text, &q);
	return cp == '.' || cp == '?' || cp == '!' || cp == 0x2026 ||
	    is_closer(cp) || text_is_quote(cp) ? p : end;
}

static void
analyse_chunk(const char *text, struct chunk *c)
{
	size_t p = c->end, q;
	uint32_t cp;

	c->dots = 0;
	c->bang = false;
	/* Most runs are plain words: nothing to strip at either end. */
	if (ascii_alnum((unsigned char)text[c->end - 1]) &&
	    ascii_alnum((unsigned char)text[c->start])) {
		c->core_start = c->start;
		c->core_end = c->end;
		return;
	}
	p = footnote_start(text, c->start, c->end);
	/* At the end of a run any quotation mark closes: "decision.“" is
	 * a typo for "decision.”". */
	while (p > c->start) {
		q = p;
		cp = utf8_prev(text, &q);
		if (!is_closer(cp) && !text_is_quote(cp))
			break;
		p = q;
	}
	while (p > c->start) {
		q = p;
		cp = utf8_prev(text, &q);
		if (cp == '.')
			c->dots++;
		else if (cp == 0x2026)
			c->dots += 3;
		else if (cp == '?' || cp == '!' || is_wide_stop(cp))
			c->bang = true;
		else
			break;
		p = q;
	}
	c->core_end = p;
	p = c->start;
	while (p < c->core_end) {
		q = p;
		cp = utf8_next(text, c->core_end, &q);
		if (!is_opener(cp))
			break;
		p = q;
	}
	c->core_start = p;
}

static void
push_chunk(struct splitter *sp, size_t start, size_t end)
{
	struct chunk_list *l = &sp->chunks;

	l->v = xgrow(l->v, &l->cap, l->n + 1, sizeof(*l->v));
	l->v[l->n].start = start;
	l->v[l->n].end = end;
	analyse_chunk(sp->text, &l->v[l->n]);
	l->n++;
}

static bool
chunk_has(const char *text, size_t start, size_t end, const char *set)
{
	for (size_t i = start; i < end; i++)
		if (strchr(set, text[i]) != NULL)
			return true;
	return false;
}

/*
 * "the end.The next": a stop between two words with no space.  Only
 * when the left word has two lower-case letters, the right one is
 * capitalised, and the run is no address, file name or domain.
 */
static size_t
missing_space_split(const char *t, size_t start, size_t end)
{
	bool stop_seen = false;

	for (size_t k = start + 2; k + 2 < end; k++) {
		if (t[k - 1] == '.')
			stop_seen = true;	/* a stop further left: a domain */
		if ((t[k] == '.' || t[k] == '?' || t[k] == '!') && !stop_seen &&
		    ascii_lower(t[k - 1]) && ascii_lower(t[k - 2]) &&
		    ascii_upper(t[k + 1]) && ascii_lower(t[k + 2]))
			return chunk_has(t, start, end, "@/:_") ? 0 : k + 1;
	}
	return 0;
}

/*
 * "held．Crews": a full-width or ideographic stop ends its sentence with
 * or without a space after it.  Where the run is cut after the first
 * such stop (and its closing marks), or 0; not before a digit ("３．５").
 */
static size_t
wide_stop_split(const char *t, size_t start, size_t end)
{
	size_t k = start, q;
	uint32_t cp;
	bool stop = false;

	while (k < end) {
		q = k;
		cp = utf8_next(t, end, &q);
		if (is_wide_stop(cp) || (stop && (is_closer(cp) ||
		    text_is_quote(cp) || cp == '.' || cp == '?' || cp == '!'))) {
			stop = stop || is_wide_stop(cp);
		} else if (stop) {
			return text_is_digit(cp) || (cp >= 0xFF10 && cp <= 0xFF19) ?
			    0 : k;
		}
		k = q;
	}
	return 0;
}

/* The first offset from i on whose character is (or, with want_space
 * false, is not) white space; len when none is.  *wide is set when a
 * character passed may be a full-width stop (its lead byte is 0xE3 or
 * 0xEF), so that plain runs are not scanned for one again. */
static size_t
skip_to(const struct splitter *sp, size_t i, bool want_space, bool *wide)
{
	while (i < sp->len) {
		size_t next = i;
		unsigned char c = (unsigned char)sp->text[i];
		bool space = c < 0x80 ? (c == ' ' || (c >= '\t' && c <= '\r')) :
		    text_is_space(utf8_next(sp->text, sp->len, &next));

		if (space == want_space)
			return i;
		if (c >= 0x80) {
			*wide = *wide || c == 0xE3 || c == 0xEF;
			i = next;
		} else {
			i++;
		}
	}
	return sp->len;
}

static bool
scan_chunk(struct splitter *sp)
{
	struct chunk_list *l = &sp->chunks;
	bool wide = false;
	size_t start = l->scan, i, cut;

	if (start < l->run_end) {	/* the rest of a run cut at a stop */
		i = l->run_end;
		wide = l->run_wide;
	} else {
		start = skip_to(sp, start, false, &wide);
		if (start >= sp->len) {
			l->scan = sp->len;
			l->done = true;
			return false;
		}
		wide = false;
		i = skip_to(sp, start, true, &wide);
	}
	l->scan = i;
	/* One piece a call, so that a long run makes no more chunks at
	 * once than the window holds. */
	if (wide && (cut = wide_stop_split(sp->text, start, i)) != 0) {
		push_chunk(sp, start, cut);
		l->scan = cut;
		l->run_end = i;
		l->run_wide = true;
		return true;
	}
	cut = missing_space_split(sp->text, start, i);
	if (cut != 0) {
		push_chunk(sp, start, cut);
		start = cut;
	}
	push_chunk(sp, start, i);
	return true;
}

/* Copies chunk number i into *c; false past the last (or when it was
 * forgotten).  A copy, because scanning more may move the window. */
static bool
get_chunk(struct splitter *sp, size_t i, struct chunk *c)
{
	struct chunk_list *l = &sp->chunks;

	if (i < l->base)
		return false;
	while (i >= l->base + l->n)
		if (l->done || !scan_chunk(sp))
			return false;
	*c = l->v[i - l->base];
	return true;
}

static bool
has_chunk(struct splitter *sp, size_t i)
{
	struct chunk c;

	return get_chunk(sp, i, &c);
}

/* Drops the chunks that no decision from chunk i on can reach. */
static void
forget_chunks_before(struct splitter *sp, size_t i)
{
	struct chunk_list *l = &sp->chunks;
	size_t drop;

	if (i < l->base + 4 * CHUNK_REACH)
		return;
	drop = i - CHUNK_REACH - l->base;
	memmove(l->v, l->v + drop, (l->n - drop) * sizeof(*l->v));
	l->n -= drop;
	l->base += drop;
}

/* The first letter or digit of a chunk after its openers, and the
 * letters of the word it starts.  A word in lower case with a capital
 * inside ("iPhone", "eBay", "mRNA") is a name, and counts as one
 * capitalised. */
struct next_word {
	uint32_t first;		/* 0 when the chunk has none */
	size_t start, len;	/* the word's letters */
	bool camel;		/* lower case first, a capital after */
};

static struct next_word
next_word(const struct splitter *sp, const struct chunk *c)
{
	struct next_word w = { 0, 0, 0, false };
	size_t p = c->start, q;

	while (p < c->end) {
		q = p;
		uint32_t cp = utf8_next(sp->text, c->end, &q);

		if (text_is_alpha(cp) || text_is_digit(cp)) {
			w.first = cp;
			w.start = p;
			break;
		}
		if (!is_opener(cp))
			return w;
		p = q;
	}
	for (p = w.start; p < c->end;) {
		q = p;
		uint32_t cp = utf8_next(sp->text, c->end, &q);

		if (!text_is_alpha(cp))
			break;
		w.camel = w.camel || (p > w.start && text_is_upper(cp));
		p = q;
	}
	w.len = w.first ? p - w.start : 0;
	w.camel = w.camel && w.first != 0 && text_is_lower(w.first);
	return w;
}

static bool
starts_lower(const struct next_word *w)
{
	return w->first != 0 && text_is_lower(w->first) && !w->camel;
}

static bool
starts_upper(const struct next_word *w)
{
	return w->first != 0 && (text_is_upper(w->first) || w->camel);
}

static bool
chunk_starts_upper(const struct splitter *sp, const struct chunk *c)
{
	struct next_word w = next_word(sp, c);

	return starts_upper(&w);
}

static bool
is_starter(const struct splitter *sp, const struct next_word *w)
{
	return starts_upper(w) &&
	    abbrev_is_sentence_starter(sp->text + w->start, w->len);
}

static bool
is_all_caps(const struct splitter *sp, const struct next_word *w)
{
	for (size_t i = 0; i < w->len; i++)
		if (!ascii_upper(sp->text[w->start + i]))
			return false;
	return w->len >= 2;
}

static bool
lone_dots(const struct chunk *c)
{
	return c->core_start == c->core_end && c->dots > 0 && !c->bang;
}

/* After a word ending in one full stop: does a spaced ellipsis follow,
 * and then a capitalised word ("compounds. . . . The practice")? */
static bool
spaced_ellipsis_then_sentence(struct splitter *sp, size_t i)
{
	unsigned dots = 0;
	size_t j = i + 1;
	struct chunk c;

	while (get_chunk(sp, j, &c) && lone_dots(&c) && j - i < CHUNK_REACH) {
		dots += c.dots;
		j++;
	}
	if (dots < 3 || !get_chunk(sp, j, &c))
		return false;
	struct next_word w = next_word(sp, &c);
	return starts_upper(&w);
}

static bool
is_initial(const struct splitter *sp, const struct chunk *c)
{
	size_t n = c->core_end - c->core_start;

	return n == 1 && ascii_upper(sp->text[c->core_start]);
}

/* Is the word of chunk i-1 one that begins in lower case? */
static bool
previous_is_lower(struct splitter *sp, size_t i)
{
	struct chunk prev;

	if (i == 0 || !get_chunk(sp, i - 1, &prev))
		return false;
	struct next_word w = next_word(sp, &prev);
	return starts_lower(&w);
}

/* Decides a chunk that ends in a single full stop. */
static bool
period_ends_sentence(struct splitter *sp, size_t i, const struct chunk *c,
    const struct next_word *n)
{
	const char *core = sp->text + c->core_start;
	size_t core_len = c->core_end - c->core_start;
	bool digit_next = n->first != 0 && text_is_digit(n->first);

	if (starts_lower(n) || n->first == 0)
		return false;
	switch (abbrev_lookup(core, core_len)) {
	case ABBREV_TITLE:
		return false;
	case ABBREV_NUMBER:
	case ABBREV_MONTH:
		return !digit_next && is_starter(sp, n);
	case ABBREV_TIME:
		/* "At 5 a.m. Mr. Smith went" against "left at 6 P.M. Mr. Smith
		 * then went": a time after a clause ends it. */
		return is_starter(sp, n) || (starts_upper(n) &&
		    sp->sent_chunks > 3 && !is_all_caps(sp, n));
	case ABBREV_OTHER:
		return is_starter(sp, n);
	case ABBREV_NONE:
		break;
	}
	if (is_initial(sp, c)) {
		/* "Q. Will it hold? A. We think so.": an interview's marks. */
		if ((core[0] == 'Q' || core[0] == 'A') && sp->sent_chunks == 1)
			return false;
		if (core[0] == 'I' && previous_is_lower(sp, i))
			return true;
		return is_starter(sp, n);
	}
	if (abbrev_is_dotted(core, core_len) ||
	    (core_len == 1 && ascii_lower(core[0])))
		return !digit_next && is_starter(sp, n);
	return true;
}

/* The full stops of the spaced ellipsis that ends with chunk i. */
static unsigned
dots_back_from(struct splitter *sp, size_t i)
{
	unsigned dots = 0;
	struct chunk c;

	for (size_t j = i + 1; j-- > 0 && i - j < CHUNK_REACH &&
	    get_chunk(sp, j, &c) && lone_dots(&c);)
		dots += c.dots;
	return dots;
}

static bool
is_marks_chunk(const struct splitter *sp, const struct chunk *c)
{
	return marks_start(sp->text, c->start, c->end) == c->start;
}

/* Finds the first chunk after chunk i that is not footnote marks set
 * apart ("held. [1] [2] Crews"): its number in *j, the chunk in *next;
 * false when there is none. */
static bool
after_marks(struct splitter *sp, size_t i, size_t *j, struct chunk *next)
{
	for (*j = i + 1; *j - i < CHUNK_REACH; (*j)++) {
		if (!get_chunk(sp, *j, next))
			return false;
		if (!is_marks_chunk(sp, next))
			return true;
	}
	return false;
}

/* Does the sentence end after chunk i (not the last chunk), or after
 * the footnote marks that follow it? */
static bool
ends_sentence(struct splitter *sp, size_t i)
{
	struct chunk c, next;
	struct next_word n;
	size_t j;

	if (!get_chunk(sp, i, &c) || (c.dots == 0 && !c.bang) ||
	    !after_marks(sp, i, &j, &next))
		return false;
	if (lone_dots(&c)) {
		/* The end of a spaced ellipsis: four dots end a sentence. */
		if (lone_dots(&next))
			return false;
		n = next_word(sp, &next);
		/* "yields [...] Ozone is": an omission that ends a quoted
		 * sentence, unless a citation follows ("[...]" (Smith 55)). */
		if (sp->text[c.start] == '[' && starts_upper(&n) &&
		    !is_opener((unsigned char)sp->text[next.start]))
			return true;
		return dots_back_from(sp, i) >= 4 && !starts_lower(&n) &&
		    n.first != 0;
	}
	if (c.dots == 1 && !c.bang && lone_dots(&next))
		return spaced_ellipsis_then_sentence(sp, i);
	n = next_word(sp, &next);
	if (c.bang || c.dots >= 4)
		return !starts_lower(&n) && n.first != 0;
	if (c.dots >= 2)	/* an ellipsis attached to its word */
		return starts_upper(&n) &&
		    !(n.len == 1 && sp->text[n.start] == 'I');
	return period_ends_sentence(sp, i, &c, &n);
}

/* A lettered marker: "a.", "a)", "a.)", "(a)". */
static enum list_kind
alpha_marker(const char *t, size_t n, long *value)
{
	if (n == 3 && t[0] == '(' && ascii_lower(t[1]) && t[2] == ')') {
		*value = t[1] - 'a' + 1;
		return LIST_ALPHA_BRACKETS;
	}
	if (n < 2 || n > 3 || !ascii_lower(t[0]))
		return LIST_NONE;
	*value = t[0] - 'a' + 1;
	if (n == 3)
		return t[1] == '.' && t[2] == ')' ? LIST_ALPHA_DOT_PAREN :
		    LIST_NONE;
	if (t[1] == '.')
		return LIST_ALPHA_DOT;
	return t[1] == ')' ? LIST_ALPHA_PAREN : LIST_NONE;
}

/* Parses a list item marker: "1.)", "1)", "1.", "(1)", a lettered one,
 * a bullet. */
static enum list_kind
list_marker(const struct splitter *sp, const struct chunk *c, long *value)
{
	const char *t = sp->text + c->start;
	size_t n = c->end - c->start, i;
	size_t p = c->start, bracket = t[0] == '(';
	enum list_kind kind;

	if (is_bullet(utf8_next(sp->text, c->end, &p))) {
		*value = 0;
		return LIST_BULLET;
	}
	if ((kind = alpha_marker(t, n, value)) != LIST_NONE)
		return kind;
	*value = 0;
	i = bracket;
	while (i < n && i < 3 + bracket && t[i] >= '0' && t[i] <= '9')
		*value = *value * 10 + (t[i++] - '0');
	if (i == bracket)
		return LIST_NONE;
	if (bracket)
		return n - i == 1 && t[i] == ')' ? LIST_NUM_BRACKETS : LIST_NONE;
	if (n - i == 2 && t[i] == '.' && t[i + 1] == ')')
		return LIST_NUM_DOT_PAREN;
	if (n - i == 1 && t[i] == ')')
		return LIST_NUM_PAREN;
	if (n - i == 1 && t[i] == '.')
		return LIST_NUM_DOT;
	return LIST_NONE;
}

static void
close_sentence(struct splitter *sp, size_t end)
{
	struct sent_list *out = sp->out;

	if (sp->sent_start == SIZE_MAX)
		return;
	out->v = xgrow(out->v, &out->cap, out->n + 1, sizeof(*out->v));
	out->v[out->n].start = sp->sent_start;
	out->v[out->n].end = end;
	out->n++;
	sp->sent_start = SIZE_MAX;
	sp->sent_chunks = 0;
}

/* Ends the sentence after chunk c (number i), or after the footnote
 * marks set apart after it. */
static void
end_sentence_after(struct splitter *sp, size_t i, const struct chunk *c)
{
	struct chunk next;
	size_t j;

	if (!after_marks(sp, i, &j, &next) || j == i + 1)
		close_sentence(sp, c->end);
	else
		sp->close_at = j - 1;
}

/* Whether the paragraph is a list: it starts with an item marker. */
static void
detect_list(struct splitter *sp)
{
	long value;
	enum list_kind kind;
	struct chunk first;

	sp->list = LIST_NONE;
	if (!has_chunk(sp, 1) || !get_chunk(sp, 0, &first))
		return;
	kind = list_marker(sp, &first, &value);
	if (kind == LIST_NONE)
		return;
	sp->list = kind;
	sp->list_value = value;
}

/*
 * In a list, is chunk c (number i) the marker of the next item?  Items
 * split before their markers; a marker's own full stop ends nothing.
 */
static bool
is_list_marker(struct splitter *sp, size_t i, const struct chunk *c,
    bool *next_item)
{
	long value, ignored;
	enum list_kind kind;
	struct chunk prev;

	*next_item = false;
	if (sp->list == LIST_NONE)
		return false;
	kind = list_marker(sp, c, &value);
	if (kind == LIST_NONE)
		return false;
	/* "• 9. The first item": the number belongs to its bullet. */
	if (i > 0 && sp->list == LIST_BULLET && get_chunk(sp, i - 1, &prev) &&
	    list_marker(sp, &prev, &ignored) == LIST_BULLET)
		return true;
	if (kind != sp->list)
		return false;
	if (i == 0)
		return true;
	if (kind != LIST_BULLET && value != sp->list_value + 1)
		return false;
	sp->list_value = value;
	*next_item = true;
	return true;
}

/* A marker whose own full stop would end a sentence: "1.", "a.)". */
static bool
is_dotted_marker(enum list_kind kind)
{
	return kind == LIST_NUM_DOT || kind == LIST_NUM_DOT_PAREN ||
	    kind == LIST_ALPHA_DOT || kind == LIST_ALPHA_DOT_PAREN;
}

/*
 * "The council agreed. a) Close the road b) Open the shelter": a list
 * that starts inside the paragraph, with its first item capitalised and
 * its second ahead, after a stop; after a colon only when marked
 * with a full stop ("three steps: 1. Close the road. 2. Open ..."), as
 * "relating to: (a) the amount ...; (b) the ..." is one sentence.
 * Sets the list going.
 */
static bool
opens_list(struct splitter *sp, size_t i, const struct chunk *c,
    const struct chunk *prev)
{
	long value, second;
	enum list_kind kind;
	struct chunk n;

	/* The first item's marker: "1.", "1)", "1.)", "(1)", "a.", "(a)". */
	if (c->end - c->start > 3 || c->end - c->start < 2 ||
	    (sp->text[c->start] != '(' &&
	    sp->text[c->start] != '1' && sp->text[c->start + 1] != '.' &&
	    sp->text[c->start + 1] != ')'))
		return false;
	kind = list_marker(sp, c, &value);
	if (kind == LIST_NONE || kind == LIST_BULLET || value != 1 ||
	    !get_chunk(sp, i + 1, &n) || !chunk_starts_upper(sp, &n))
		return false;
	if (sp->sent_start != SIZE_MAX && prev->dots == 0 && !prev->bang &&
	    (!is_dotted_marker(kind) || sp->text[prev->end - 1] != ':'))
		return false;
	for (size_t j = i + 2; j - i < CHUNK_REACH && get_chunk(sp, j, &n); j++)
		if (list_marker(sp, &n, &second) == kind && second == 2) {
			sp->list = kind;
			sp->list_value = 0;
			return true;
		}
	return false;
}

/*
 * "... tweet to student Ahmed Image: Twitter": a picture credit starts
 * a sentence of its own.  In lower case or in brackets ("... of years.
 * (credit: NASA)"), or as "credit:", only after a stop.
 */
static bool
is_credit(const struct splitter *sp, const struct chunk *c,
    const struct chunk *prev)
{
	static const char *const credits[] = {
		"image", "photo", "picture", "photograph", "video", "credit",
	};
	const char *t = sp->text;
	size_t start = c->start + (t[c->start] == '('), n;
	bool stopped = prev->dots > 0 || prev->bang;

	if (c->end - start < 3 || (t[c->end - 1] != ':' && t[c->end - 1] != ';'))
		return false;
	n = c->end - 1 - start;
	for (size_t k = 0; k < sizeof(credits) / sizeof(credits[0]); k++)
		if (n == strlen(credits[k]) &&
		    strncasecmp(t + start, credits[k], n) == 0)
			return stopped || (start == c->start && k < 5 &&
			    ascii_upper(t[start]));
	return false;
}

/*
 * "... in any geographical constituency In the New Territories": a
 * function word capitalised after a word with no stop, a number or a
 * dateline dash starts a sentence whose stop was lost.  Kept to words
 * that titles rarely hold, and not between two capitalised words, as
 * in a headline in title case ("Floods Close Roads In Kessel Valley").
 */
static bool
is_unpunctuated_start(struct splitter *sp, size_t i, const struct chunk *c,
    const struct chunk *prev)
{
	static const char *const words[] = {
		"In", "On", "However", "But", "This", "These", "There", "He",
		"She", "They", "We", "When", "While",
	};
	size_t n = c->end - c->start;
	bool known = false;
	struct chunk next;

	if (!ascii_upper(sp->text[c->start]) || prev->dots > 0 || prev->bang ||
	    !has_chunk(sp, i + 1))
		return false;
	for (size_t k = 0; k < sizeof(words) / sizeof(words[0]) && !known; k++)
		known = n == strlen(words[k]) &&
		    memcmp(sp->text + c->start, words[k], n) == 0;
	if (!known || (chunk_starts_upper(sp, prev) &&
	    get_chunk(sp, i + 1, &next) && chunk_starts_upper(sp, &next)))
		return false;
	/* The word before must end in a letter, a digit or be a dash. */
	const char last = sp->text[prev->end - 1];
	return (last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z') ||
	    (last >= '0' && last <= '9') ||
	    (prev->end - prev->start == 1 && last == '-');
}

static bool
is_tag_label(const struct splitter *sp, const struct chunk *c)
{
	static const char *const labels[] = {
		"Categories:", "Category:", "Tags:", "Topics:", "Keywords:",
	};
	size_t n = c->end - c->start;

	for (size_t k = 0; k < sizeof(labels) / sizeof(labels[0]); k++)
		if (n == strlen(labels[k]) &&
		    memcmp(sp->text + c->start, labels[k], n) == 0)
			return true;
	return false;
}

/* Does chunk c part one tag from the next ("Canada,", ">", "|")?  The
 * comma of a date ("March 3, 2031") does not. */
static bool
is_tag_separator(const struct splitter *sp, const struct chunk *c)
{
	const char *t = sp->text;
	size_t i = c->start;

	if (chunk_has(t, c->start, c->end, ";|/>"))
		return true;
	if (!chunk_has(t, c->start, c->end, ","))
		return next_word(sp, c).first == 0;
	while (i < c->end && t[i] >= '0' && t[i] <= '9')
		i++;
	return !(i > c->start && i + 1 == c->end && t[i] == ',');
}

/*
 * "Categories: March 3, 2031 Portvale Published Archived": a footer of
 * tags whose links were lost with the page's markup.  The label and
 * each capitalised word after it open an item, when nothing delimits
 * the items, none ends in a stop before the last, and there are two at
 * least ("Category: Science > Astronomy" is one line).  Short lines only.
 */
static bool
detect_tags(struct splitter *sp)
{
	struct chunk c;
	size_t items = 0, i;

	if (!get_chunk(sp, 0, &c) || !is_tag_label(sp, &c))
		return false;
	for (i = 1; get_chunk(sp, i, &c); i++) {
		if (i >= CHUNK_REACH / 2 || is_tag_separator(sp, &c) ||
		    ((c.dots > 0 || c.bang) && has_chunk(sp, i + 1)))
			return false;
		items += chunk_starts_upper(sp, &c);
	}
	return items >= 2;
}

void
sent_split(const char *text, size_t len, struct sent_list *out)
{
	struct splitter sp = {
		.text = text, .len = len, .out = out, .sent_start = SIZE_MAX,
		.close_at = SIZE_MAX,
	};
	struct chunk c, prev = { 0 };

	out->n = 0;
	detect_list(&sp);
	sp.tags = detect_tags(&sp);
	for (size_t i = 0; get_chunk(&sp, i, &c); i++) {
		bool next_item, marker;

		if (i > 0 && sp.list == LIST_NONE)
			opens_list(&sp, i, &c, &prev);
		marker = is_list_marker(&sp, i, &c, &next_item);

		if (next_item || (i > 0 && (is_credit(&sp, &c, &prev) ||
		    is_unpunctuated_start(&sp, i, &c, &prev) ||
		    (sp.tags && (i == 1 || chunk_starts_upper(&sp, &c))))))
			close_sentence(&sp, prev.end);
		if (sp.sent_start == SIZE_MAX)
			sp.sent_start = c.start;
		sp.sent_chunks++;
		if (!has_chunk(&sp, i + 1) || i == sp.close_at)
			close_sentence(&sp, c.end);
		else if (!marker && ends_sentence(&sp, i))
			end_sentence_after(&sp, i, &c);
		prev = c;
		forget_chunks_before(&sp, i);
	}
	free(sp.chunks.v);
}

void
sent_list_free(struct sent_list *list)
{
	free(list->v);
	list->v = NULL;
	list->n = list->cap = 0;
}
