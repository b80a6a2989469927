/*
 * sides: what the words of one side of a match are (tagger.h): a name
 * the tagger found, one word it took for a surname, nothing, or none
 * that may be a team; which words may open a team's name, which run on
 * past it (a headline's report words, its verbs, a clause's small
 * words), and making a side a team.  sports.c's patterns find the
 * sides and ask these.
 */
#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "tagger.h"

enum side
side(const struct tagger *t, const char *text, size_t start, size_t end,
    size_t *at)
{
	*at = mentions_at(&t->found, start, end);
	if (*at == SIZE_MAX)
		return mentions_overlap(&t->found, start, end) ? SIDE_NOT : SIDE_NONE;
	const struct mention *m = &t->found.v[*at];
	if (m->type == PERSON)
		return m->title_start == m->start &&
		    memchr(text + start, ' ', end - start) == NULL ? SIDE_WORD : SIDE_NOT;
	return m->type == ORG || m->type == GPE || m->type == LOC ||
	    m->type == NORP || m->type == FAC ? SIDE_NAME : SIDE_NOT;
}

/*
 * A side of a results line or a fixture the tagger found only part of:
 * "Velby United 2 Orrin 2" with "United" alone an ORG.  The side is one
 * name when every mention it overlaps lies inside it and none is a
 * person named in full ("Jan Brock 54" is a batsman's score).
 */
bool
found_in_part(const struct tagger *t, const char *text, size_t start, size_t end)
{
	size_t at[4], n = mentions_overlapping(&t->found, start, end, at, 4);

	if (n == 0 || n > 4)
		return false;
	for (size_t k = 0; k < n; k++) {
		const struct mention *m = &t->found.v[at[k]];
		if (m->start < start || m->end > end || (m->type == PERSON &&
		    memchr(text + m->start, ' ', m->end - m->start) != NULL))
			return false;
	}
	return true;
}

/* Whether text[start, end) is a country's name, as the text writes it
 * or, in a headline's capitals, as a sentence would ("JAPAN", "SOUTH
 * KOREA"; every word's letters after its first in lower case). */
static bool
names_country(const struct tagger *t, const char *text, size_t start, size_t end)
{
	char buf[64];

	if (gaz_bits_of_text(t, text, start, end) & (1u << GAZ_COUNTRY))
		return true;
	if (end - start > sizeof buf)
		return false;
	for (size_t k = start; k < end; k++) {
		bool opens_word = k == start || text[k - 1] == ' ';
		buf[k - start] = !opens_word && text[k] >= 'A' && text[k] <= 'Z' ?
		    (char)(text[k] - 'A' + 'a') : text[k];
	}
	return gaz_bits_of_text(t, buf, 0, end - start) & (1u << GAZ_COUNTRY);
}

/*
 * The side text[start, end) is a team, an ORG ("Kessel 2 Portvale 1"),
 * unless it is a country: a national side named by its country is that
 * country, a GPE, as the span rules make a country the tagger called an
 * ORG ("Japan beat Syria 2-1"; a club is named after its town).
 */
void
make_team(struct tagger *t, const char *text, size_t at, size_t start, size_t end)
{
	if (names_country(t, text, start, end)) {
		if (at != SIZE_MAX)
			t->found.v[at].type = GPE;
		else if (mentions_make_room(&t->found, start, end))
			add_mention(&t->found, start, end, GPE);
		return;
	}
	if (at == SIZE_MAX) {
		/* The parts of it found before go ("United" of "Velby
		 * United"). */
		if (!mentions_make_room(&t->found, start, end))
			return;
		add_mention(&t->found, start, end, ORG);
		at = t->found.n - 1;
	}
	t->found.v[at].type = ORG;
	t->found.v[at].team = true;
}

/* Whether every word of text[start, end) is a function word or one the
 * model's text mostly writes in lower case: "RESULTS AT THE DRAVIA OPEN"
 * is a headline, not a fixture of a team called RESULTS. */
bool
only_common_words(const struct tagger *t, const char *text, size_t start,
    size_t end)
{
	for (size_t i = start; i < end;) {
		const char *sp = memchr(text + i, ' ', end - i);
		size_t e = sp != NULL ? (size_t)(sp - text) : end;
		if (!is_function_word(text + i, e - i) &&
		    !ner_model_lower_word(t->model, text + i, e - i))
			return false;
		i = e + 1;
	}
	return true;
}

/* Whether a word of text[start, end) after its first is a function
 * word in capitals other than "AND" and "OF": no team's name has one
 * ("MAREK LEADS BY TWO AT VELBY OPEN", "MAREK LEADS THE FIELD AT ..."
 * are no fixtures; "VELBY AND KELLS", "PORT OF SPAIN" are sides). */
bool
has_small_word_in_capitals(const char *text, size_t start, size_t end)
{
	size_t at = start;
	struct ner_tok w;

	next_word(text, &at, end, &w);	/* the first word */
	while (next_word(text, &at, end, &w))
		if (is_all_capitals(&w) && is_function_word_any_case(&w) &&
		    !is_word(&w, "AND") && !is_word(&w, "OF"))
			return true;
	return false;
}

/* Whether a word of text[start, end) after its first is one the
 * model's text mostly writes in lower case, a club's word apart: a
 * headline's subject does not run on into its verb ("MAREK TAKES
 * ONE-SHOT LEAD", "KESSIA GET LUCKY WIN"); "NEW HALDEN", "KESSEL ROVERS"
 * do not. */
bool
runs_on_into_words(const struct tagger *t, const char *text, size_t start, size_t end)
{
	size_t at = start;
	struct ner_tok w;

	next_word(text, &at, end, &w);	/* the first word */
	while (next_word(text, &at, end, &w))
		if (ner_model_lower_word(t->model, w.s, w.len) && !is_club_short_name(&w) &&
		    !ends_organisation(&w))
			return true;
	return false;
}

/* Whether text[start, end) is a word a team's name may start with: not
 * a word that opens sentences ("The"), one the model's text mostly
 * writes in lower case, a nationality ("Dravian") or a word that
 * qualifies the role ("Assistant coach", "Former captain"). */
bool
may_open_team(const struct tagger *t, const char *text, size_t start, size_t end)
{
	static const char *const qualifiers[] = {
		"Assistant", "Head", "Former", "Interim", "Caretaker", "Acting",
		"Team", "Club", "Star", "Veteran", "Young", "New", "Reserve",
		"Stand-in", "Goalkeeping", "Batting", "Bowling", "Fitness",
	};
	const struct ner_tok w = { text + start, end - start };

	for (size_t k = 0; k < sizeof qualifiers / sizeof *qualifiers; k++)
		if (is_word(&w, qualifiers[k]))
			return false;
	return !is_function_word(w.s, w.len) && !demonym_like(&w) &&
	    !ner_model_lower_word(t->model, w.s, w.len);
}

/* The end of text[start, end)'s first word. */
size_t
first_word_end(const char *text, size_t start, size_t end)
{
	struct ner_tok w = { text + start, 0 };

	next_word(text, &start, end, &w);
	return (size_t)(w.s - text) + w.len;
}

/* Whether text[start, end) is one word that reads as a nationality and
 * qualifies the noun after it, before to ("Kessian forces", "Dravian
 * rebels"; not "Milan on Saturday"). */
bool
qualifies_noun(const char *text, size_t start, size_t end, size_t to)
{
	const struct ner_tok w = { text + start, end - start };
	size_t n = end + 1;

	if (memchr(w.s, ' ', w.len) != NULL || !demonym_like(&w) || n >= to ||
	    text[end] != ' ' || !(text[n] >= 'a' && text[n] <= 'z'))
		return false;
	while (n < to && text[n] >= 'a' && text[n] <= 'z')
		n++;
	const struct ner_tok next = { text + end + 1, n - end - 1 };
	return !ends_noun_phrase(&next, 0, 1);
}

/* The match a headline reports ("FIRST TEST", "Friendly"): a side's
 * name may end so too ("Halden International", "Velby Second"). */
static bool
is_match_word(const struct ner_tok *w)
{
	static const char *const match_words[] = {
		"test", "first", "second", "third", "fourth", "fifth", "one-day",
		"odi", "international", "friendly", "final",
	};

	return ANY_CASE_WORD_IN(w, match_words);
}

bool
is_report_word(const struct ner_tok *w)
{
	static const char *const report_words[] = {
		"scoreboard", "scorecard", "scorecards", "score", "scores", "box",
		"result", "results",
		"standings", "summary", "summaries", "table", "fixtures", "details",
		"leaders", "preview", "report", "lineups", "line-ups", "teams", "team",
		"squad", "squads", "match", "game", "highlights", "statistics",
		"stats",
	};

	return ANY_CASE_WORD_IN(w, report_words) || (is_all_capitals(w) && is_match_word(w));
}

/* The end of side text[start, end) without the words a headline names
 * its report with, in any case ("DRAVIA V KESSIA SCOREBOARD", "KESSEL AT
 * PORTVALE BOX SCORE"), and the match's words in capitals or before
 * them ("KESSIA V DRAVIA FIRST TEST", "Kessia v Dravia First Test
 * Scoreboard"; not "beat Halden International 2-1"). */
size_t
side_end(const char *text, size_t start, size_t end)
{
	bool report = false;

	for (const char *sp; (sp = memrchr(text + start, ' ', end - start)) != NULL;) {
		const struct ner_tok last = { sp + 1, (size_t)(text + end - sp - 1) };
		if (!is_report_word(&last) && !(report && is_match_word(&last)))
			break;
		report = report || !is_match_word(&last);
		end = (size_t)(sp - text);
	}
	return end;
}

/* The mention the tagger made of a side [start, end) and the report
 * words after it, up to whole_end ("VELBY LINEUPS", a person), or
 * SIZE_MAX. */
size_t
named_with_report(const struct tagger *t, size_t start, size_t end, size_t whole_end)
{
	return end < whole_end ? mentions_at(&t->found, start, whole_end) : SIZE_MAX;
}

/* The mention that ends at end and starts at a word of text[start, end),
 * or SIZE_MAX: asked of the index, a few words at most. */
size_t
mention_ending(const struct tagger *t, const char *text, size_t start, size_t end)
{
	for (size_t s = start; s < end; s++) {
		if (s > start && text[s - 1] != ' ')
			continue;
		size_t at = mentions_at(&t->found, s, end);
		if (at != SIZE_MAX)
			return at;
	}
	return SIZE_MAX;
}

/* Whether text[start, end) is one word that reads as a nationality's
 * adjective ("Dravian", "Kessish") after "the": "the Dravian captain"
 * is a player of that nation, not a team called Dravian.  Names in -i
 * and -an ("Mali", "Milan") are places as often, and stay teams. */
bool
nationality_after_the(const char *text, size_t start, size_t end)
{
	const struct ner_tok w = { text + start, end - start };

	return start >= 4 && strncasecmp(text + start - 4, "the ", 4) == 0 &&
	    memchr(w.s, ' ', w.len) == NULL && demonym_adjective(&w);
}

/* Whether w, opening a headline's subject, describes the side after it
 * ("CHAMPIONS KESSEL", "UNBEATEN", "LOWLY", "STRUGGLING", "TEN-MAN"): a
 * word the model's text writes in lower case, with an ending of a plural,
 * a participle or an adverb, or a number's word joined to a noun; not a
 * name's own first word ("NEW HALDEN", "WEST HAM"). */
bool
describes_side(const struct tagger *t, const struct ner_tok *w)
{
	static const char *const endings[] = { "S", "ED", "EN", "ING", "LY" };
	/* rare in the model's text, common in a headline's */
	static const char *const sides_words[] = {
		"LOWLY", "HOLDERS", "HOSTS", "LEADERS", "UNBEATEN", "RELEGATED",
		"PROMOTED", "BOTTOM", "FAVOURITES", "UNDERDOGS", "NEIGHBOURS",
		"RIVALS", "VISITORS",
	};
	const char *hyphen = memchr(w->s, '-', w->len);

	if (WORD_IN(w, sides_words))
		return true;
	if (hyphen != NULL)
		return ner_model_lower_word(t->model, w->s, (size_t)(hyphen - w->s));
	if (!ner_model_lower_word(t->model, w->s, w->len))
		return false;
	for (size_t k = 0; k < LIST_LEN(endings); k++) {
		size_t e = strlen(endings[k]);
		if (w->len > e + 2 && strncasecmp(w->s + w->len - e, endings[k], e) == 0)
			return true;
	}
	return false;
}
