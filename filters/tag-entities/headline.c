/*
 * headline: a sentence in capitals, read as it would be written in a
 * sentence (tagger.h).
 *
 * "VELGRAD MAYOR RESIGNS OVER TARSK BRIDGE DEAL": the tagger learnt
 * names from their capitals, and a headline in capitals hides them.  The
 * words are given to it as a sentence would write them: a word its
 * training text mostly writes in lower case ("mayor", "resigns") in
 * lower case, a short word it does not know kept in capitals (an
 * acronym: "UN"), a name with its Arabic article as "al-Qaeda", any
 * other word with a capital ("Velgrad").  Only the
 * tagger sees the copy; offsets and the span rules keep the record's
 * words.
 */
#include <stdbool.h>
#include <string.h>

#include "diag.h"
#include "tagger.h"

static bool
is_upper(char c)
{
	return c >= 'A' && c <= 'Z';
}

static bool
is_lower(char c)
{
	return c >= 'a' && c <= 'z';
}

/* Letters in w, and whether none is lower case. */
static size_t
capital_letters(const struct ner_tok *w, bool *all_capitals)
{
	size_t n = 0;

	*all_capitals = true;
	for (size_t i = 0; i < w->len; i++) {
		n += is_upper(w->s[i]) || is_lower(w->s[i]);
		if (is_lower(w->s[i]))
			*all_capitals = false;
	}
	return n;
}

/* At least three words of two letters or more, none with a lower-case
 * letter. */
static bool
is_capitals_headline(const struct ner_tok *words, size_t n)
{
	size_t wordy = 0;
	bool caps;

	for (size_t i = 0; i < n; i++) {
		size_t letters = capital_letters(&words[i], &caps);
		if (!caps)
			return false;
		wordy += letters >= 2;
	}
	return wordy >= 3;
}

/* "AL-QAEDA" as "al-Qaeda" ("Al-Qaeda" first): a name with its Arabic
 * article, as the tagger knows them (ner_article_name).  Writes it at
 * out and returns true when w is one. */
static bool
article_name(const struct ner_tok *w, bool first, char *out)
{
	const char *hyphen = memchr(w->s, '-', w->len < 5 ? w->len : 5);

	if (hyphen == NULL || hyphen == w->s)
		return false;
	size_t k = (size_t)(hyphen - w->s) + 1;
	for (size_t i = 0; i < w->len; i++)
		out[i] = is_upper(w->s[i]) && i != k && !(first && i == 0) ?
		    (char)(w->s[i] - 'A' + 'a') : w->s[i];
	if (ner_article_name(&(struct ner_tok){ out, w->len }))
		return true;
	memcpy(out, w->s, w->len);
	return false;
}

/* Writes word w of the headline, re-cased, at out. */
static void
recase(const struct ner_model *m, const struct ner_tok *w, bool first, char *out)
{
	bool caps;
	size_t letters = capital_letters(w, &caps);
	bool lower = letters >= 2 && ner_model_lower_word(m, w->s, w->len);

	memcpy(out, w->s, w->len);
	if (letters < 2 || (!lower && letters <= 3))
		return;
	if (article_name(w, first, out))
		return;
	for (size_t i = 1; i < w->len; i++)
		if (is_upper(out[i]))
			out[i] = (char)(out[i] - 'A' + 'a');
	if (lower && !first && is_upper(out[0]))
		out[0] = (char)(out[0] - 'A' + 'a');
}

/* "HALBY TOWN", "KESSEL CITY": in the copy the sports patterns read, a
 * word that ends a club's name after a name keeps its capital, although
 * the model's text mostly writes it in lower case ("town", "city").
 * The tagger's copy keeps it in lower case: "KESSEL CITY CENTRE" is a
 * place's centre. */
static void
name_suffix(const char *prev, size_t prev_len, char *out, size_t len)
{
	if (prev_len < 2 || !is_upper(prev[0]) || !is_lower(prev[1]) || !is_lower(out[0]))
		return;
	out[0] = (char)(out[0] - 'a' + 'A');
	if (!is_club_short_name(&(struct ner_tok){ out, len }))
		out[0] = (char)(out[0] - 'A' + 'a');
}

const struct ner_tok *
headline_words(struct tagger *t, const struct ner_tok *words, size_t n)
{
	size_t bytes = 0;

	if (!is_capitals_headline(words, n))
		return words;
	for (size_t i = 0; i < n; i++)
		bytes += words[i].len;
	t->recased.len = 0;
	buf_reserve(&t->recased, bytes);
	t->recased_words = xgrow(t->recased_words, &t->cap_recased, n,
	    sizeof *t->recased_words);
	for (size_t i = 0; i < n; i++) {
		char *out = t->recased.data + t->recased.len;
		recase(t->model, &words[i], i == 0, out);
		t->recased_words[i] = (struct ner_tok){ out, words[i].len };
		t->recased.len += words[i].len;
	}
	return t->recased_words;
}

/* The words of two capitals or more of text[0..len), one line, or 0
 * when it has a lower-case letter. */
static size_t
capital_words(const char *text, size_t len)
{
	size_t words = 0, letters = 0;

	for (size_t i = 0; i <= len; i++) {
		if (i < len && is_lower(text[i]))
			return 0;
		if (i < len && is_upper(text[i])) {
			letters++;
			continue;
		}
		words += letters >= 2;
		letters = 0;
	}
	return words;
}

/* Whether text[0..len), one line, is in capitals: three words of two
 * letters or more, and no lower-case letter. */
static bool
is_capitals_line(const char *text, size_t len)
{
	return capital_words(text, len) >= 3;
}

static bool
is_word_byte(char c)
{
	return is_upper(c) || is_lower(c) || (c >= '0' && c <= '9') ||
	    c == '-' || c == '\'';
}

/* The line text[0..len) re-cased into out, word by word. */
static void
recase_line(const struct ner_model *m, const char *text, size_t len, char *out)
{
	bool first = true;
	size_t prev = 0, prev_len = 0;

	memcpy(out, text, len);
	for (size_t i = 0; i < len;) {
		size_t j = i;
		while (j < len && is_word_byte(text[j]))
			j++;
		if (j == i) {
			i++;
			continue;
		}
		recase(m, &(struct ner_tok){ text + i, j - i }, first, out + i);
		if (!first && prev + prev_len + 1 == i)
			name_suffix(out + prev, prev_len, out + i, j - i);
		first = false;
		prev = i;
		prev_len = j - i;
		i = j;
	}
}

/* How far from a name its headline's line may reach: a headline is
 * short, and a line longer than this is read as no headline. */
enum { HEADLINE_REACH = 300 };

bool
in_capitals_line(const char *text, size_t start, size_t end)
{
	size_t from = start, to = end;

	while (from > 0 && text[from - 1] != '\n' && start - from < HEADLINE_REACH)
		from--;
	while (text[to] != '\0' && text[to] != '\n' && to - end < HEADLINE_REACH)
		to++;
	if ((from > 0 && text[from - 1] != '\n') || (text[to] != '\0' && text[to] != '\n'))
		return false;
	/* two words are a headline too ("HOLT WINS") */
	return capital_words(text + from, to - from) >= 2;
}

const char *
recased_capital_lines(struct tagger *t, const char *text, size_t len)
{
	bool any = false;

	for (size_t i = 0; i < len;) {
		const char *nl = memchr(text + i, '\n', len - i);
		size_t end = nl != NULL ? (size_t)(nl - text) : len;
		if (is_capitals_line(text + i, end - i)) {
			if (!any) {
				t->recased_text.len = 0;
				buf_reserve(&t->recased_text, len);
				memcpy(t->recased_text.data, text, len);
				t->recased_text.len = len;
				any = true;
			}
			recase_line(t->model, text + i, end - i, t->recased_text.data + i);
		}
		i = end + 1;
	}
	return any ? t->recased_text.data : NULL;
}

bool
after_sport_slug_words(const struct ner_tok *words, size_t lo, size_t at)
{
	const char *line = words[lo].s;
	size_t slug = at > lo ? sport_slug_end(line, (size_t)(words[at].s - line), false) : 0;

	return slug != 0 && line + slug + 3 == words[at].s;
}

bool
headline_league(struct tagger *t, const char *text, const struct ner_tok *words,
    size_t lo, size_t hi, const struct span *sp)
{
	static const char *const leagues[] = {
		"League", "Division", "Conference", "Championship", "Premiership",
	};
	static const char *const ranks[] = { "First", "Second", "Third" };
	size_t to = sp->to;
	char buf[32];

	while (to - sp->from > 1 && is_report_word(&words[to - 1]))
		to--;
	const struct ner_tok *first = &words[sp->from];
	const struct ner_tok tc = title_cased(first, buf, sizeof buf);
	bool report_after = to < sp->to || (sp->to < hi && is_report_word(&words[sp->to]));

	if (sp->type != ORG || !report_after || !after_sport_slug_words(words, lo, sp->from) ||
	    !demonym_adjective(&tc) || (gaz_bits_of_text(t, tc.s, 0, tc.len) & (1u << GAZ_COUNTRY)) ||
	    !NAME_WORD_IN(&words[to - 1], leagues) ||
	    !(to - sp->from == 2 || (to - sp->from == 3 && NAME_WORD_IN(&words[sp->from + 1], ranks))))
		return false;
	add_mention(&t->found, (size_t)(first->s - text), (size_t)(first->s - text) + first->len, NORP);
	return true;
}

/* A column's heading in a table: "W L T GF GA PTS", "W L PCT GB". */
static bool
is_column_heading(const struct ner_tok *w)
{
	static const char *const headings[] = {
		"GF", "GA", "PTS", "PCT", "GB", "OTL", "PF", "PA", "NR", "AB", "BB",
		"ERA", "AVG", "HR", "RBI", "SO", "OT", "GD", "BP",
	};

	return (w->len == 1 && w->s[0] >= 'A' && w->s[0] <= 'Z') || WORD_IN(w, headings);
}

bool
is_table_header(const struct ner_tok *words, size_t n)
{
	size_t letters = 0;

	if (n < 3)
		return false;
	for (size_t i = 0; i < n; i++) {
		if (!is_column_heading(&words[i]))
			return false;
		letters += words[i].len == 1;
	}
	return letters >= 2;
}
