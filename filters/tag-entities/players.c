/*
 * players: the people of sports results lists (tagger.h), as agencies
 * file them: the scorers in brackets after a results line's scores
 * ("Kessel 2 (Lind 23, Ruiz 67) Portvale 1") and a cricket side's
 * batsmen and bowlers ("(I. Marek 56, P. Holt 5-22)"), the nation in
 * brackets after a player ("Ana Ruiz (Dravia) beat Lena Holm
 * (Kessia)"), a ranked list's rows, a line-up's squad numbers, and a
 * headline's player ("ATHLETICS - RUIZ SETS WORLD RECORD").  sports.c
 * finds the lines and calls these.
 */
#include <string.h>

#include "names/names.h"
#include "roles.h"
#include "tagger.h"
#include "text.h"

/* Whether text[i, end) is a minute, "23" or "90+2" (or a cricketer's
 * runs, "56", or a bowler's figures, "5-22"), and where it ends. */
static size_t
minute_end(const char *text, size_t i, size_t end)
{
	const char *q = small_number(text + i, text + end);

	if (q != NULL && q < text + end && (*q == '+' || *q == '-'))
		q = small_number(q + 1, text + end);
	return q != NULL && (q == text + end || *q == ' ' || *q == '\'') ?
	    (size_t)(q - text) : 0;
}

/* The end of a scorer's name from start: words that open with a capital
 * (or a particle, "van Dijk"), up to the first minute; start when there
 * is none and the scorer must be counted. */
static size_t
scorer_name_end(const char *text, size_t start, size_t end, bool counted)
{
	size_t i = start, name_end = start;

	while (i < end && minute_end(text, i, end) == 0) {
		const char *sp = memchr(text + i, ' ', end - i);
		size_t e = sp != NULL ? (size_t)(sp - text) : end;
		const struct ner_tok w = { text + i, e - i };
		if (!is_letter_byte(text[i], true) && !is_particle(&w))
			return start;
		name_end = e;
		i = e + 1;
	}
	return i < end || !counted ? name_end : start;
}

/* Whether text[start, end), before a number in brackets, is no scorer:
 * a short word in capitals ("HT 1"), a club's short name ("Rovers 2"),
 * a function word, a word a match's card writes before its numbers
 * ("Attendance 450", "Extras 12"); alone in its brackets, a word the
 * model's text mostly writes in lower case.  Among other scorers such a
 * word is a surname ("Marek 15, Sand 71"). */
static bool
not_a_scorer(const struct tagger *t, const char *text, size_t start, size_t end,
    bool alone)
{
	static const char *const card_words[] = {
		"attendance", "att", "crowd", "referee", "ref", "half-time",
		"halftime", "extras", "total", "overs", "wickets", "toss", "umpires",
		"result", "score", "points", "pts",
	};
	const struct ner_tok w = { text + start, end - start };
	bool caps = true;

	for (size_t i = start; i < end; i++)
		caps &= !(text[i] >= 'a' && text[i] <= 'z');
	return (caps && end - start <= 3) || is_club_short_name(&w) ||
	    is_function_word(w.s, w.len) || ANY_CASE_WORD_IN(&w, card_words) ||
	    (alone && ner_model_lower_word(t->model, w.s, w.len));
}

/* Whether a team lies within [start, end); a scorer's name overlapping
 * more than four mentions is none, and is said to hold one. */
static bool
any_team_within(const struct tagger *t, size_t start, size_t end)
{
	size_t at[4], n = mentions_overlapping(&t->found, start, end, at, 4);

	for (size_t k = 0; k < n && k < 4; k++)
		if (t->found.v[at[k]].team)
			return true;
	return n > 4;
}

/* Whether text[start, end), a name under a label or in a line-up, where
 * nothing but its place tells a player, names none: more than four
 * words, a body's, a club's, a competition's or a time's word last
 * ("Velcom Holdings", "Kessel Rovers", "Premier League"), or only words
 * the model's text mostly writes in lower case ("Penalty Try", "Season
 * Total"); never two or three words opening with a first name (not one
 * the model's text mostly writes in lower case, "Season"). */
static bool
no_player_named(const struct tagger *t, const char *text, size_t start, size_t end)
{
	size_t words = 0, common = 0;
	struct ner_tok w = { NULL, 0 };

	for (size_t i = start; i < end; ) {
		const char *sp = memchr(text + i, ' ', end - i);
		size_t e = sp != NULL ? (size_t)(sp - text) : end;
		w = (struct ner_tok){ text + i, e - i };
		words++;
		common += ner_model_lower_word(t->model, w.s, w.len);
		i = e + 1;
	}
	/* a first name the names list has opens a player's name, whatever
	 * the surname ("Tom May", "Sean Sunday", "Ivo Bank") */
	const char *sp = memchr(text + start, ' ', end - start);
	if (sp != NULL && words <= 3 &&
	    name_sex(text + start, (size_t)(sp - text) - start) != NAME_UNKNOWN &&
	    !ner_model_lower_word(t->model, text + start, (size_t)(sp - text) - start))
		return false;
	return words == 0 || words > 4 || common == words || ends_organisation(&w) ||
	    is_club_short_name(&w) || is_competition_word(&w) || is_time_name(&w) ||
	    (gaz_bits_of_text(t, text, (size_t)(w.s - text), end) & (1u << GAZ_ORG_WORD));
}

/* One scorer, text[start, end): a name, then one or more minutes ("23",
 * "90+2"), then at most lower-case words ("pen", "og", "not out"); after
 * a label that says what was scored (not counted), the name may stand
 * alone ("Try : Ian Shaw").  The name is a person, whatever the tagger
 * called it (a team apart), with the initials it missed ("I. Marek 56",
 * where it read "I" as the pronoun). */
static bool
scorer(struct tagger *t, const char *text, size_t start, size_t end, bool alone,
    bool counted)
{
	size_t name_end = scorer_name_end(text, start, end, counted), i = name_end + 1, m;

	if (name_end == start || not_a_scorer(t, text, start, name_end, alone) ||
	    (!counted && no_player_named(t, text, start, name_end)))
		return false;
	if ((m = minute_end(text, i, end)) == 0 && counted)
		return false;
	while (m > 0) {
		i = m < end ? m + 1 : end;
		m = i < end ? minute_end(text, i, end) : 0;
	}
	for (; i < end; i++)
		if (!(text[i] >= 'a' && text[i] <= 'z') && text[i] != ' ' && text[i] != '.')
			return false;
	size_t at = mentions_at(&t->found, start, name_end);
	if (at != SIZE_MAX) {
		if (!t->found.v[at].team)
			t->found.v[at].type = PERSON;
	} else if (!any_team_within(t, start, name_end) &&
	    mentions_make_room(&t->found, start, name_end))
		add_mention(&t->found, start, name_end, PERSON);
	return true;
}

/* Where an item of a list, text[a, b), ends without its spaces and the
 * line's full stop ("Tait 2 ."): a full stop ends no name. */
static size_t
item_end(const char *text, size_t a, size_t b)
{
	while (b > a && (text[b - 1] == ' ' ||
	    (text[b - 1] == '.' && b - 2 > a && text[b - 2] == ' ')))
		b--;
	return b;
}

/* Where the scorer from text[i] ends, before end: at a comma or a
 * semicolon (a comma in "23,000" separates nothing). */
static size_t
next_scorer(const char *text, size_t i, size_t end)
{
	while (i < end && !((text[i] == ',' || text[i] == ';') &&
	    !(i + 1 < end && is_digit(text[i + 1]))))
		i++;
	return i;
}

/* Where the scorer of text[a, b) starts after the label that says what
 * was scored ("Tries : Ewan Mackie 2", "Conversions : Rory Tait 3"); a
 * when it has none. */
static size_t
after_scoring_label(const char *text, size_t a, size_t b)
{
	static const char *const labels[] = {
		"scorers", "scorer", "goalscorers", "goals", "tries", "try",
		"conversions", "conversion", "cons", "penalties", "penalty", "pens",
		"drop goals", "drop goal", "dropped goal", "penalty goals",
	};
	const char *colon = memchr(text + a, ':', b - a);

	if (colon == NULL || colon == text + a || colon[-1] != ' ')
		return a;
	const struct ner_tok label = { text + a, (size_t)(colon - 1 - (text + a)) };
	if (!ANY_CASE_WORD_IN(&label, labels))
		return a;
	return (size_t)(colon - text) + 1 < b ? (size_t)(colon - text) + 2 : b;
}

/* The scorers of text[first, end), one a comma or a semicolon apart,
 * each perhaps after its label, or all after one (labelled); how many
 * there were. */
static size_t
scorer_list(struct tagger *t, const char *text, size_t first, size_t end, bool labelled)
{
	bool alone = next_scorer(text, first, end) == end, under_label = labelled;
	size_t n = 0;

	for (size_t i = first; i < end;) {
		size_t j = next_scorer(text, i, end);
		size_t a = i, b = j, name;
		while (a < b && text[a] == ' ')
			a++;
		name = after_scoring_label(text, a, b);
		/* a label holds up to the next semicolon ("Tries : Ewan Mackie
		 * 2 , Huw Tudwal ; Conversions : Rory Tait 3") */
		under_label |= name > a;
		b = item_end(text, name, b);
		if (name < b && scorer(t, text, name, b, alone, !under_label))
			n++;
		if (j < end && text[j] == ';')
			under_label = labelled;
		i = j + 1;
	}
	return n;
}

/* The scorers in the brackets of text[from, to): "(Lind 23, Ruiz 67
 * pen)". */
void
scorers(struct tagger *t, const char *text, size_t from, size_t to)
{
	const char *open = memchr(text + from, '(', to - from);
	const char *close = open != NULL ? memchr(open, ')', (size_t)(text + to - open)) : NULL;

	if (close != NULL)
		scorer_list(t, text, (size_t)(open - text) + 1, (size_t)(close - text), false);
}

/* Whether text[a, b) is only a name: one to four words that open with a
 * capital (or particles, "van der"), and where its first word starts. */
static bool
only_a_name(const char *text, size_t a, size_t b)
{
	size_t words = 0;

	while (a < b && text[a] == ' ')
		a++;
	b = item_end(text, a, b);
	for (size_t i = a; i < b; ) {
		const char *sp = memchr(text + i, ' ', b - i);
		size_t e = sp != NULL ? (size_t)(sp - text) : b;
		const struct ner_tok w = { text + i, e - i };
		if ((!is_letter_byte(text[i], true) && !is_particle(&w)) || ++words > 4)
			return false;
		i = e + 1;
	}
	return words > 0;
}

/* Whether text[list, end) is a team's line-up: four or more names a
 * comma or a semicolon apart, three in four of its items (a bracket's
 * substitute aside), half of them people the tagger found in full, no
 * name a place the gazetteer has; an item that names no player
 * (no_player_named: "Velcom Holdings") is no name ("Martijn Hoogeveen ;
 * Pim de Graaf , Erik Wouters , Bas Koning ; ..."). */
static bool
is_lineup(const struct tagger *t, const char *text, size_t list, size_t end)
{
	size_t items = 0, names = 0, people = 0;

	for (size_t i = list; i < end;) {
		size_t j = next_scorer(text, i, end), a = i, b = j;
		while (a < b && text[a] == ' ')
			a++;
		b = item_end(text, a, b);
		items++;
		if (only_a_name(text, a, b) && !no_player_named(t, text, a, b)) {
			if (gaz_bits_of_text(t, text, a, b) & GAZ_PLACES)
				return false;
			names++;
			/* a person the tagger found in full: one word alone
			 * may be a place's or a club's ("Group A : Kessel ,
			 * Halby , Velby") */
			size_t at = mentions_at(&t->found, a, b);
			people += at != SIZE_MAX && t->found.v[at].type == PERSON &&
			    memchr(text + a, ' ', b - a) != NULL;
		}
		i = j + 1;
	}
	return names >= 4 && names * 4 >= items * 3 && people * 2 >= names;
}

/* A team's scorers, text[list, list_end), after the team's name,
 * text[start, end): each scorer a person (counted or not, labelled) and,
 * when there was one, the team a team (found_only: only a name the
 * tagger found). */
static void
team_scorers(struct tagger *t, const char *text, size_t start, size_t end,
    size_t list, size_t list_end, bool labelled, bool found_only)
{
	static const char *const labels[] = {
		"Substitutes", "Subs", "Booked", "Bookings", "Referee", "Sent",
		"Scorers", "Goals", "Cautions", "Bench", "Unused",
	};
	size_t at, first_end = first_word_end(text, start, end);
	const struct ner_tok first = { text + start, first_end - start };

	if (scorer_list(t, text, list, list_end, labelled) == 0 &&
	    !(is_lineup(t, text, list, list_end) && scorer_list(t, text, list, list_end, true) > 0))
		return;
	/* the team: a name the tagger found, one word it took for a
	 * surname, or capitalised words that may open a team's name; not
	 * the line's label ("Yellow Cards", "Referee", "Substitutes") */
	if (only_common_words(t, text, start, end) || NAME_WORD_IN(&first, labels))
		return;
	enum side sd = side(t, text, start, end, &at);
	if (sd == SIDE_NAME || sd == SIDE_WORD ||
	    (sd == SIDE_NONE && !found_only && may_open_team(t, text, start, first_end)))
		make_team(t, text, at, start, end);
}

void
scorers_line(struct tagger *t, const char *text, const PCRE2_SIZE *ov)
{
	team_scorers(t, text, ov[2], ov[3], ov[4], ov[5], false, false);
}

/* Where the team's name that opens text[a, b) ends, before " - ": one to
 * four words that open with a capital ("Kelburn - Tam Reid 12"); a when
 * there is none. */
static size_t
team_before_dash(const char *text, size_t a, size_t b)
{
	size_t words = 0;

	for (size_t i = a; i + 2 < b; i++) {
		if (i == a || text[i - 1] == ' ') {
			if (!is_letter_byte(text[i], true) || ++words > 4)
				return a;
		}
		if (text[i] == ' ' && text[i + 1] == '-' && text[i + 2] == ' ')
			return i;
	}
	return a;
}

void
labelled_scorers(struct tagger *t, const char *text, const PCRE2_SIZE *ov)
{
	/* each group a semicolon or a full stop apart, perhaps with its own
	 * label ("Tries : Ewan Mackie 2 ; Conversions : Rory Tait", "Scorers
	 * : Kelburn - Tam Reid 12 . Stanwick - Lars Quill 40") */
	for (size_t i = ov[2]; i < ov[3];) {
		size_t j = i, a = i;
		while (j < ov[3] && text[j] != ';' && !(text[j] == '.' && j > i && text[j - 1] == ' '))
			j++;
		while (a < j && text[a] == ' ')
			a++;
		a = after_scoring_label(text, a, j);
		size_t team_end = team_before_dash(text, a, j);
		if (team_end > a)
			team_scorers(t, text, a, team_end, team_end + 3, j, true, false);
		else
			scorer_list(t, text, a, j, true);
		i = j + 1;
	}
}

/* The team a rider or a driver races for, after the nation in a
 * results row ("1. Lukas Brandt ( Germany ) Kestrel 1:21.402"): an ORG,
 * whatever the tagger called it, and a team for the rest of the story. */
static void
player_team(struct tagger *t, size_t start, size_t end)
{
	size_t at = mentions_at(&t->found, start, end);

	if (at == SIZE_MAX) {
		if (mentions_overlap(&t->found, start, end))
			return;
		add_mention(&t->found, start, end, ORG);
		at = t->found.n - 1;
	}
	struct mention *m = &t->found.v[at];
	if (m->type == PERSON || m->type == ORG || m->type == GPE) {
		m->type = ORG;
		m->team = true;
	}
}

/* Whether text[start, end), in brackets after a player, is a club's
 * name by the words football clubs are named with ("Partizan Velgrad",
 * "Kessel City", "Norland United", "Velby Rovers"), not a place the
 * gazetteer has ("Mexico City"). */
static bool
names_club(const struct tagger *t, const char *text, size_t start, size_t end)
{
	static const char *const first_words[] = {
		"Dinamo", "Dynamo", "Partizan", "Sporting", "Real", "Atletico",
		"Olympique", "Racing", "Spartak", "Lokomotiv", "Torpedo", "Steaua",
		"Rapid", "Slavia", "Sparta", "Inter", "Borussia", "Eintracht",
		"Fortuna", "Deportivo", "Club",
	};
	static const char *const last_words[] = {
		"City", "United", "Town", "County", "Rangers", "Celtic", "AFC", "SC",
		"CF",
	};
	const char *sp = memchr(text + start, ' ', end - start);
	size_t last = end;

	while (last > start && text[last - 1] != ' ')
		last--;
	const struct ner_tok first = { text + start, sp != NULL ? (size_t)(sp - text) - start : end - start };
	const struct ner_tok w = { text + last, end - last };
	if (gaz_bits_of_text(t, text, start, end) & GAZ_PLACES)
		return false;
	return ends_organisation(&w) || (sp != NULL &&
	    (WORD_IN(&first, first_words) || WORD_IN(&w, last_words)));
}

/* Whether text[start, end) is two words, a first name (lang/names) and
 * a capitalised word that ends no organisation's name ("Erik Sand", not
 * "Austin Rovers"). */
static bool
first_name_and_surname(const char *text, size_t start, size_t end)
{
	const char *sp = memchr(text + start, ' ', end - start);

	if (sp == NULL || memchr(sp + 1, ' ', (size_t)(text + end - sp - 1)) != NULL)
		return false;
	const struct ner_tok last = { sp + 1, (size_t)(text + end - sp - 1) };
	size_t second = 0;	/* a surname of one letter ("Ç") is an initial */

	utf8_next(last.s, last.len, &second);
	return name_sex(text + start, (size_t)(sp - text) - start) != NAME_UNKNOWN &&
	    second < last.len && is_capitalised(&last) && !ends_organisation(&last);
}

/* The nation in brackets after a player, text[start, end): one or two
 * words, a GPE whatever the tagger called it, but a team ("Czech
 * Republic", "S. Africa", "Upper Kessia"); a club's name is the
 * player's club, an ORG ("Partizan Velgrad", "Kessel City"). */
static void
player_nation(struct tagger *t, const char *text, size_t start, size_t end)
{
	size_t at;
	const char *sp = memchr(text + start, ' ', end - start);

	if (names_club(t, text, start, end)) {
		player_team(t, start, end);
		return;
	}
	if (sp != NULL && memchr(sp + 1, ' ', (size_t)(text + end - sp - 1)) != NULL)
		return;
	/* a person in brackets is no nation: a horse's jockey ("Misty
	 * Corran ( Pat Edgeworth )") */
	if (first_name_and_surname(text, start, end) &&
	    !(gaz_bits_of_text(t, text, start, end) & GAZ_PLACES)) {
		if ((at = mentions_at(&t->found, start, end)) != SIZE_MAX) {
			if (!t->found.v[at].team)
				t->found.v[at].type = PERSON;
		} else if (!mentions_overlap(&t->found, start, end))
			add_mention(&t->found, start, end, PERSON);
		return;
	}
	if ((at = mentions_at(&t->found, start, end)) != SIZE_MAX) {
		struct mention *m = &t->found.v[at];
		if (!m->team && (m->type == ORG || m->type == PERSON))
			m->type = GPE;
	} else if (!mentions_overlap(&t->found, start, end))
		add_mention(&t->found, start, end, GPE);
}

/* Where the tennis set's score at text[i] ends, six or seven games to
 * fewer ("6-3", "7-5", "4-6"), and a tie-break's bracket after it ("7-6
 * ( 7-4 )"); 0 when there is none. */
static size_t
set_score_end(const char *text, size_t i)
{
	char a = text[i], b;

	if (!is_digit(a) || text[i + 1] != '-' || !is_digit(b = text[i + 2]) ||
	    (text[i + 3] != ' ' && text[i + 3] != '\n' && text[i + 3] != '\0'))
		return 0;
	if (!((a == '6' && b <= '4') || (b == '6' && a <= '4') ||
	    (a == '7' && (b == '5' || b == '6')) || (b == '7' && (a == '5' || a == '6'))))
		return 0;
	i += 3;
	if (text[i] == ' ' && text[i + 1] == '(')
		for (size_t k = i + 2; k < i + 10 && text[k] != '\0' && text[k] != '\n'; k++)
			if (text[k] == ')')
				return k + 1;
	return i;
}

/* Whether text[i] tells that a player retired, perhaps after the
 * unfinished set's games ("retired", "3-0 retired", "retd", "ret."). */
static bool
retired_at(const char *text, size_t i)
{
	if (is_digit(text[i]) && text[i + 1] == '-' && is_digit(text[i + 2]) && text[i + 3] == ' ')
		i += 4;
	return strncmp(text + i, "retired", 7) == 0 || strncmp(text + i, "retd", 4) == 0 ||
	    strncmp(text + i, "ret.", 4) == 0;
}

/* Whether the line from text[from] tells a tennis match's score after a
 * bracket: two sets or more, or one and a retirement ("( Russia ) 6-1
 * 7-5", "( Japan ) 7-6 ( 7-4 ) 3-6 6-2", "6-1 3-0 retired";
 * not a cup's "( Norway ) 6-4", "win 6-4 on penalties"). */
static bool
set_score_follows(const char *text, size_t from)
{
	for (size_t i = from; text[i] != '\0' && text[i] != '\n'; i++) {
		size_t e;
		if (text[i] != ')' || text[i + 1] != ' ' || (e = set_score_end(text, i + 2)) == 0)
			continue;
		if (text[e] == ' ' && (set_score_end(text, e + 1) > 0 ||
		    retired_at(text, e + 1)))
			return true;
	}
	return false;
}

/* Whether text[start, end) is two words in title case that the
 * gazetteer does not know and that name no club, before a country the
 * gazetteer knows in brackets, text[nation, nation_end), on a line that
 * tells a tennis match's score (set_score_follows): a player whose first
 * name the names list lacks ("Ilya Vassilenko ( Russia ) 6-1 7-5"; not
 * "Velby Rovers ( Kessia )", nor a club in a cup's results, "6-4 on
 * penalties"). */
static bool
two_unknown_words_before_country(const struct tagger *t, const char *text,
    size_t start, size_t end, size_t nation, size_t nation_end)
{
	const char *sp = memchr(text + start, ' ', end - start);

	if (sp == NULL || memchr(sp + 1, ' ', (size_t)(text + end - sp - 1)) != NULL ||
	    !set_score_follows(text, nation_end))
		return false;
	const struct ner_tok first = { text + start, (size_t)(sp - text) - start };
	const struct ner_tok last = { sp + 1, (size_t)(text + end - sp - 1) };
	return is_capitalised(&first) && !is_all_capitals(&first) &&
	    is_capitalised(&last) && !is_all_capitals(&last) &&
	    gaz_bits_of_text(t, text, start, end) == 0 &&
	    gaz_bits_of_text(t, text, start, (size_t)(sp - text)) == 0 &&
	    gaz_bits_of_text(t, text, (size_t)(sp + 1 - text), end) == 0 &&
	    !names_club(t, text, start, end) && !ends_organisation(&last) &&
	    (gaz_bits_of_text(t, text, nation, nation_end) & (1u << GAZ_COUNTRY));
}

/*
 * "Ana Ruiz (Dravia) beat Lena Holm (Kessia)": in sports copy, the
 * words in brackets after a person the tagger found are the nation the
 * player is from (player_nation).  A name the tagger made an
 * organisation is a player's too when it is a first name and a surname
 * ("Erik Sand (Austria)", where "sand" is mostly a common noun), never
 * a team.
 */
void
nation_of_player(struct tagger *t, const char *text, const PCRE2_SIZE *ov)
{
	size_t p = mentions_at(&t->found, ov[2], ov[3]);

	if (p == SIZE_MAX)
		return;
	struct mention *m = &t->found.v[p];
	/* a club's name the tagger took for a person's ("Dinamo Velgrad (
	 * Romania )") */
	if (m->type == PERSON && names_club(t, text, m->start, m->end)) {
		player_team(t, m->start, m->end);
		return;
	}
	if (m->type == ORG && !m->team && (first_name_and_surname(text, m->start, m->end) ||
	    two_unknown_words_before_country(t, text, m->start, m->end, ov[4], ov[5])))
		m->type = PERSON;
	if (m->type == PERSON)
		player_nation(t, text, ov[4], ov[5]);
}

/* The number of one to three digits at text[i, end), into *n: where it
 * ends, or 0. */
static size_t
read_small_number(const char *text, size_t i, size_t end, unsigned *n)
{
	const char *q = small_number(text + i, text + end);

	if (q == NULL)
		return 0;
	*n = 0;
	for (size_t k = i; k < (size_t)(q - text); k++)
		*n = *n * 10 + (unsigned)(text[k] - '0');
	return (size_t)(q - text);
}

/*
 * Whether the numbers from text[from] on, to a comma or the line's end,
 * are two or more and add up to the number that opens the line at
 * line: a golf leaderboard's total and its rounds ("132 Ivo Marek 65
 * 67").  That says a row is a player's without any other sports word.
 */
static bool
rounds_add_up(const char *text, size_t line, size_t from, size_t end)
{
	unsigned total, n, sum = 0, rounds = 0;
	size_t i = read_small_number(text, line + (text[line] == '='), end, &total);

	if (i == 0)
		return false;
	for (i = from; i + 1 < end && text[i] == ' ' && is_digit(text[i + 1]); rounds++) {
		if ((i = read_small_number(text, i + 1, end, &n)) == 0)
			return false;
		sum += n;
	}
	return rounds >= 2 && sum == total &&
	    (i >= end || text[i] == '\n' || text[i] == ',' || text[i] == ' ');
}

/* How many numbers of one to three digits follow text[from], one a
 * space apart. */
static unsigned
numbers_after(const char *text, size_t from, size_t end)
{
	unsigned count = 0, n;

	for (size_t i = from; i + 1 < end && text[i] == ' ' && is_digit(text[i + 1]); count++)
		if ((i = read_small_number(text, i + 1, end, &n)) == 0 ||
		    (i < end && text[i] != ' ' && text[i] != '\n' && text[i] != ','))
			break;
	return count;
}

/* Whether text[start, end), two or three words, may be a player's name:
 * not a club's ("Kessel Rovers"), an organisation's or a place the
 * gazetteer knows. */
static bool
may_be_player(const struct tagger *t, const char *text, size_t start, size_t end)
{
	size_t spaces = 0, last = start;

	for (size_t i = start; i < end; i++)
		if (text[i] == ' ') {
			spaces++;
			last = i + 1;
		}
	const struct ner_tok w = { text + last, end - last };
	return (spaces == 1 || spaces == 2) && !ends_organisation(&w) &&
	    !is_club_short_name(&w) && !(gaz_bits_of_text(t, text, start, end) &
	    (GAZ_PLACES | (1u << GAZ_ORG_WORD)));
}

/* Whether text[start, end) reads as a person's name by its first word:
 * a first name ("Ivo Marek") or an initial ("M. Lind"); "Bayern Munich"
 * and "New Halden" do not. */
static bool
opens_with_first_name(const char *text, size_t start, size_t end)
{
	const char *sp = memchr(text + start, ' ', end - start);
	size_t len = sp != NULL ? (size_t)(sp - text) - start : end - start;

	return (len == 2 && text[start + 1] == '.') || name_sex(text + start, len) != NAME_UNKNOWN;
}

/*
 * Whether the ranked row at line, its name text[start, end), is a
 * player's: a golfer's rounds add up to its total ("132 Ivo Marek 65
 * 67"); or, in sports copy, the nation is in brackets or the name opens
 * with a first name ("1. Ana Ruiz 10.92").  Three numbers or more that
 * are no rounds are a league table's row ("1. New Halden 10 7 2 1 23"),
 * and a single result after a name that is no person's is a table of
 * points or of anything else ("1. Bayern Munich 45").
 */
static bool
player_row(const char *text, size_t line, size_t start, size_t end, size_t to,
    bool nation, bool sports)
{
	if (rounds_add_up(text, line, end, to))
		return true;
	return sports && numbers_after(text, end, to) < 3 &&
	    (nation || opens_with_first_name(text, start, end));
}

/* The player's name text[start, end): a person, over what the tagger
 * found there (a person in part, an organisation, and a place when
 * over_place: a surname's guess), not over a team.  Returns whether it
 * is one now. */
static bool
make_player(struct tagger *t, size_t start, size_t end, bool over_place)
{
	size_t at[4], n = mentions_overlapping(&t->found, start, end, at, 4);

	for (size_t k = 0; k < n && k < 4; k++) {
		const struct mention *m = &t->found.v[at[k]];
		if (m->team || !(m->type == PERSON || m->type == ORG ||
		    (over_place && m->type == GPE)))
			return false;
	}
	size_t exact = mentions_at(&t->found, start, end);
	if (exact != SIZE_MAX)
		t->found.v[exact].type = PERSON;
	else if (n <= 4 && mentions_make_room(&t->found, start, end))
		add_mention(&t->found, start, end, PERSON);
	else
		return false;
	return true;
}

/* Whether text[end] ends its line (before to). */
static bool
ends_its_line(const char *text, size_t end, size_t to)
{
	return end >= to || text[end] == '\n';
}

/* Whether the row at text[line] opens with a golfer's total, two or
 * three digits and a space before the name at start ("65 Ivo Marek"),
 * not a rank ("1. Alice Springs", "3) Port Tarsk"). */
static bool
golf_total(const char *text, size_t line, size_t start)
{
	size_t i = line;

	while (i < start && is_digit(text[i]))
		i++;
	return i - line >= 2 && i + 1 == start && text[i] == ' ';
}

void
ranked_player(struct tagger *t, const char *text, size_t line, size_t to,
    const PCRE2_SIZE *ov, bool sports)
{
	size_t start = ov[2], end = ov[3];
	bool nation = ov[4] != PCRE2_UNSET;

	if (!(is_digit(text[line]) || text[line] == '=') || !may_be_player(t, text, start, end) ||
	    (!nation && ends_its_line(text, end, to) && !golf_total(text, line, start)) ||
	    !player_row(text, line, start, end, to, nation, sports) ||
	    !make_player(t, start, end, false))
		return;
	if (nation)
		player_nation(t, text, ov[4], ov[5]);
	if (nation && ov[6] != PCRE2_UNSET)
		player_team(t, ov[6], ov[7]);
}

/* Whether mention m lies inside one of the match's groups 1 to
 * npairs - 1. */
static bool
inside_a_group(const struct mention *m, const PCRE2_SIZE *ov, uint32_t npairs)
{
	for (uint32_t g = 1; g < npairs; g++)
		if (ov[2 * g] != PCRE2_UNSET && m->start >= ov[2 * g] && m->end <= ov[2 * g + 1])
			return true;
	return false;
}

void
cricket_players(struct tagger *t, const PCRE2_SIZE *ov, uint32_t npairs)
{
	/* the tagger's name over two players and the words between ("N.
	 * Lind c Holt b Ruiz") gives way to the players */
	size_t at[8], n = mentions_overlapping(&t->found, ov[0], ov[1], at, 8);

	for (size_t k = 0; k < n && k < 8; k++) {
		const struct mention *m = &t->found.v[at[k]];
		if (!m->team && (m->type == PERSON || m->type == ORG) &&
		    m->start >= ov[0] && m->end <= ov[1] && !inside_a_group(m, ov, npairs))
			mention_remove(&t->found, at[k]);
	}
	for (uint32_t g = 1; g < npairs; g++)
		if (ov[2 * g] != PCRE2_UNSET)
			make_player(t, ov[2 * g], ov[2 * g + 1], true);
}

void
squad_player(struct tagger *t, const char *text, const PCRE2_SIZE *ov)
{
	if (may_be_player(t, text, ov[2], ov[3]) && opens_with_first_name(text, ov[2], ov[3]))
		make_player(t, ov[2], ov[3], false);
}

/* Whether w, a headline's word in capitals, names what no player is,
 * read as a sentence writes it ("KESSIAN" as "Kessian"): a nation, a
 * place, a league, an outlet or an organisation's word the gazetteer
 * has, a nationality, a role ("GOALKEEPER"). */
static bool
names_no_player(const struct tagger *t, const struct ner_tok *w)
{
	char buf[64];
	const struct ner_tok tc = title_cased(w, buf, sizeof buf);
	const unsigned no_player = GAZ_PLACES |
	    (1u << GAZ_ORG_WORD) | (1u << GAZ_TITLE) | (1u << GAZ_ORG) | (1u << GAZ_MEDIA);

	return w->len == 0 || w->len > sizeof buf || demonym_like(&tc) || is_demonym_noun(&tc) ||
	    role_kinds(w->s, w->len) != 0 || is_player_role(w) ||
	    (gaz_bits_of_text(t, tc.s, 0, tc.len) & no_player);
}

void
headline_player(struct tagger *t, const char *text, const PCRE2_SIZE *ov,
    bool individual)
{
	size_t start = ov[2], end = ov[3];
	const struct ner_tok w = { text + start, end - start };
	size_t at = mentions_at(&t->found, start, end);
	const struct mention *m = at != SIZE_MAX ? &t->found.v[at] : NULL;

	/* the tagger found nothing there, or took it for one word of a
	 * person's name; after an individual sport's slug also for a place
	 * the gazetteer does not have (a surname's guess) or an
	 * organisation of a name's length, not an acronym's ("GOLF -
	 * KOVALIK LEADS"; "UEFA SETS DATE" keeps its ORG, and a club
	 * "SOCCER - CHELSEA SIGNS STRIKER") */
	bool guess = m != NULL && individual &&
	    (m->type == GPE || (m->type == ORG && w.len >= 5));
	if ((m == NULL ? mentions_overlap(&t->found, start, end) :
	    (m->type != PERSON && !guess) || m->team || m->place_by_form) ||
	    is_function_word_any_case(&w) || ner_model_lower_word(t->model, w.s, w.len) ||
	    is_club_short_name(&w) || names_no_player(t, &w))
		return;
	make_player(t, start, end, guess);
}

void
lineup_line(struct tagger *t, const char *text, const PCRE2_SIZE *ov)
{
	/* the team only as the tagger found it: a line-up's heading is
	 * often a word ("Replacements :", "Selectors :") */
	if (is_lineup(t, text, ov[4], ov[5]))
		team_scorers(t, text, ov[2], ov[3], ov[4], ov[5], true, true);
}
