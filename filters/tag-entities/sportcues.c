/*
 * sportcues: what a text has that says it may be sports copy (tagger.h):
 * the cues that let sports.c's patterns run, found in one pass over its
 * spaces ("Portvale 2 Kessel", " beat ", " striker ", "Kessel are"), and
 * the two questions asked of a whole text (a line that opens with a
 * number; a score told, "2-1").  The patterns are costly, and most texts
 * have no cue for any of them.
 */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "tagger.h"

bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* An ASCII letter, or a byte of a letter beyond ASCII (as good as one
 * for a cue). */
bool
is_letter_byte(char c, bool upper)
{
	unsigned char u = (unsigned char)c;

	return u >= 0x80 || (u >= 'A' && u <= 'Z') || (!upper && u >= 'a' && u <= 'z');
}

/* A cue word, with the space either side. */
struct cue {
	const char *s;
	size_t len;
};

#define CUE(s) { s, sizeof s - 1 }

static const struct cue fixture_cues[] = {
	CUE(" v "), CUE(" vs "), CUE(" vs. "), CUE(" V "), CUE(" VS "),
	CUE(" VS. "), CUE(" AT "), { NULL, 0 },
};

static const struct cue result_cues[] = {
	CUE(" beat "), CUE(" beats "), CUE(" thrashed "), CUE(" routed "),
	CUE(" hammered "), CUE(" edged "), CUE(" drew "),
	CUE(" draw with "), CUE(" draws with "), CUE(" lost "), CUE(" lose to "),
	CUE(" loses to "), CUE(" knocked out "), CUE(" win "), CUE(" victory "),
	CUE(" defeat "), CUE(" loss "), CUE(" draw "), CUE(" won "), { NULL, 0 },
};

/* More verbs of a result, too common in news to say by themselves that
 * the copy is sports ("could lose their jobs", "the bill wins backing"):
 * the one-sided results told need sports copy besides. */
static const struct cue told_cues[] = {
	CUE(" lose "), CUE(" loses "), CUE(" wins "), CUE(" defeated "),
	CUE(" beating "), CUE(" draws "), { NULL, 0 },
};

/* A draw told ("Kessel held Portvale to a draw"): words too common in
 * news to say by themselves that the copy is sports. */
static const struct cue draw_cues[] = {
	CUE(" held "), CUE(" hold "), CUE(" holds "), { NULL, 0 },
};

/* A player's or a coach's role, after the team's name and before the
 * person's: "Ostrava striker Petr Malek", "Portvale coach Anna Brandt". */
static const struct cue role_cues[] = {
	CUE(" striker "), CUE(" midfielder "), CUE(" defender "),
	CUE(" goalkeeper "), CUE(" keeper "), CUE(" winger "), CUE(" forward "),
	CUE(" captain "), CUE(" skipper "), CUE(" coach "), CUE(" manager "),
	CUE(" head coach "), CUE(" quarterback "), CUE(" pitcher "),
	CUE(" playmaker "), CUE(" full-back "), CUE(" centre-back "),
	CUE(" center-back "), CUE(" batsman "), CUE(" bowler "),
	CUE(" fly-half "), CUE(" scrum-half "), { NULL, 0 },
};

bool
is_sports_role(const struct ner_tok *w)
{
	for (const struct cue *c = role_cues; c->s != NULL; c++)
		if (c->len - 2 == w->len && (w->s[0] | 0x20) == c->s[1] &&
		    memcmp(w->s + 1, c->s + 2, w->len - 1) == 0)
			return true;
	return false;
}

/* A plural verb after a name ("Kessel are fourth", "Tolvern have not
 * won"): a place spoken of as plural is its team. */
static const struct cue plural_cues[] = {
	CUE(" are "), CUE(" were "), CUE(" have "), { NULL, 0 },
};

/* Whether the word that ends at p (a space), or the one before its
 * ", who", is capitalised and does not end in "s" ("Americans are" is a
 * plural). */
static bool
capitalised_before(const char *text, const char *p)
{
	const char *w;

	if ((size_t)(p - text) > 5 && memcmp(p - 5, ", who", 5) == 0)
		p -= 5;
	w = p;
	if (p == text || p[-1] == 's' || !is_letter_byte(p[-1], false))
		return false;
	while (w > text && w[-1] != ' ' && w[-1] != '\n')
		w--;
	return is_letter_byte(*w, true) && (unsigned char)*w < 0x80;
}

/* A fixture told: "Tarsk host Kessel". */
static const struct cue fixture_told_cues[] = {
	CUE(" host "), CUE(" visit "), CUE(" face "), CUE(" entertain "),
	CUE(" travel to "), { NULL, 0 },
};

/* A scorecard's innings told in words: "Kessia first innings 312". */
static const struct cue innings_cues[] = {
	CUE(" first innings "), CUE(" second innings "), { NULL, 0 },
};

/* The letters role_cues start with. */
static bool
starts_role(char c)
{
	switch (c) {
	case 'b': case 'c': case 'd': case 'f': case 'g': case 'h': case 'k':
	case 'm': case 'p': case 'q': case 's': case 'w':
		return true;
	default:
		return false;
	}
}

/* The letters result_cues start with: most words are then let by. */
static bool
starts_result(char c)
{
	switch (c) {
	case 'b': case 'd': case 'e': case 'h': case 'k': case 'l': case 'r':
	case 't': case 'v': case 'w':
		return true;
	default:
		return false;
	}
}

static bool
is_cue(const char *p, const char *end, const struct cue *cues)
{
	for (const struct cue *c = cues; c->s != NULL; c++)
		if (c->s[1] == p[1] && c->len <= (size_t)(end - p) &&
		    memcmp(p, c->s, c->len) == 0)
			return true;
	return false;
}

bool
is_player_role(const struct ner_tok *w)
{
	for (const struct cue *c = role_cues; c->s != NULL; c++)
		if (c->len == w->len + 2 && strncasecmp(c->s + 1, w->s, w->len) == 0)
			return true;
	return false;
}

/* A number of one to three digits at p: where it ends, or NULL. */
const char *
small_number(const char *p, const char *end)
{
	const char *q = p;

	while (q < end && is_digit(*q))
		q++;
	return q > p && q - p <= 3 ? q : NULL;
}

/* Whether what follows a second innings' runs at p says they are one:
 * its wickets ("172-4"), or the batsmen's brackets, a semicolon or the
 * other side's "v" after them ("98 (", "98 ;", "98 v "), as INNINGS_TOLD
 * (sports.c) reads them. */
static bool
innings_follow(const char *p, const char *end)
{
	if (p < end && *p == ' ')
		p++;
	return p + 1 < end && ((p[0] == '-' && is_digit(p[1])) || p[0] == '(' || p[0] == ';' ||
	    (p[0] == 'v' && p[1] == ' '));
}

/* After a letter and a space, the number at p: a score, a table's row? */
static unsigned
number_cues(const char *p, const char *end)
{
	const char *q = small_number(p, end), *r;
	unsigned bits = 0;

	if (q == NULL)
		return 0;
	if (q + 2 < end && q[0] == ',' && q[1] == ' ' && is_letter_byte(q[2], true))
		bits |= CUE_SCORE;
	/* "Kessel 2 Portvale", "Kessel 2 (Lind 23) Portvale" */
	if (q + 1 < end && q[0] == ' ' && (is_letter_byte(q[1], true) || q[1] == '('))
		bits |= CUE_SCORE;
	/* a cricket side's innings: "Kent 281 and 172-4", "Kent 83 and 98
	 * (", "; " or " v " after them, "Kent 320-6 dec", "Kent 98 all out";
	 * never two plain numbers ("between 10 and 15 percent") */
	if ((q + 5 < end && memcmp(q, " and ", 5) == 0 && (r = small_number(q + 5, end)) != NULL &&
	    innings_follow(r, end)) ||
	    (q + 8 <= end && memcmp(q, " all out", 8) == 0) ||
	    (q + 1 < end && q[0] == '-' && (r = small_number(q + 1, end)) != NULL &&
	    r + 4 <= end && memcmp(r, " dec", 4) == 0))
		bits |= CUE_INNINGS;
	/* "Portvale 10 7 2", "VELBY 70 63 .526" */
	if (q + 1 < end && q[0] == ' ' && (r = small_number(q + 1, end)) != NULL &&
	    r + 1 < end && r[0] == ' ' && (small_number(r + 1, end) != NULL ||
	    (r + 2 < end && r[1] == '.' && is_digit(r[2]))))
		bits |= CUE_ROW;
	return bits;
}

/*
 * The cues the text has, in one pass over its spaces: the patterns are
 * costly, and most texts have no cue for any of them (a scan for each
 * cue word cost more than the patterns it spared).
 */
unsigned
text_cues(const struct tagger *t, const char *text, size_t len)
{
	const char *end = text + len;
	unsigned bits = 0;

	for (const char *p = memchr(text, ' ', len); p != NULL && p + 1 < end;
	    p = memchr(p + 1, ' ', (size_t)(end - p - 1))) {
		char c = p[1];
		if (is_digit(c) && p > text && is_letter_byte(p[-1], false)) {
			bits |= number_cues(p + 1, end);
			continue;
		}
		if (c == '(' && p > text && is_letter_byte(p[-1], false) && p + 3 < end &&
		    (is_letter_byte(p[2], true) || (p[2] == ' ' && is_letter_byte(p[3], true)))) {
			bits |= CUE_NATION;
			continue;
		}
		/* Most words start with two letters no cue word starts with. */
		unsigned pair = (unsigned char)c << 8 | (p + 2 < end ? (unsigned char)p[2] : 0);
		if (!(t->cue_pairs[pair / 64] & 1ull << (pair % 64)))
			continue;
		if ((c == 'v' || c == 'V' || c == 'A') && is_cue(p, end, fixture_cues))
			bits |= CUE_FIXTURE;
		else {
			if (starts_result(c) && is_cue(p, end, result_cues))
				bits |= CUE_RESULT;
			if (starts_result(c) && is_cue(p, end, told_cues))
				bits |= CUE_TOLD;
			if (c == 'h' && is_cue(p, end, draw_cues))
				bits |= CUE_DRAW;
			if (starts_role(c) && is_cue(p, end, role_cues))
				bits |= CUE_ROLE;
			if ((c == 'a' || c == 'w' || c == 'h') &&
			    is_cue(p, end, plural_cues) && capitalised_before(text, p))
				bits |= CUE_PLURAL;
			if ((c == 'h' || c == 'v' || c == 'f' || c == 'e' || c == 't') &&
			    is_cue(p, end, fixture_told_cues) && capitalised_before(text, p))
				bits |= CUE_FIXTURE_TOLD;
			if ((c == 'f' || c == 's') && is_cue(p, end, innings_cues) &&
			    capitalised_before(text, p))
				bits |= CUE_INNINGS;
		}
	}
	return bits;
}

/* Marks the first two letters of each cue word of cues in pairs. */
static void
mark_cue_pairs(uint64_t *pairs, const struct cue *cues)
{
	for (const struct cue *c = cues; c->s != NULL; c++) {
		unsigned pair = (unsigned char)c->s[1] << 8 | (unsigned char)c->s[2];
		pairs[pair / 64] |= 1ull << (pair % 64);
	}
}

void
mark_sports_cue_pairs(uint64_t *pairs)
{
	mark_cue_pairs(pairs, fixture_cues);
	mark_cue_pairs(pairs, result_cues);
	mark_cue_pairs(pairs, told_cues);
	mark_cue_pairs(pairs, draw_cues);
	mark_cue_pairs(pairs, role_cues);
	mark_cue_pairs(pairs, plural_cues);
	mark_cue_pairs(pairs, fixture_told_cues);
	mark_cue_pairs(pairs, innings_cues);
}

/* Whether a line of text[0..len) opens with a digit (a rank, a total). */
bool
opens_line_with_digit(const char *text, size_t len)
{
	for (const char *p = text; p != NULL && p < text + len;) {
		if (is_digit(*p) || (*p == '=' && p + 1 < text + len && is_digit(p[1])))
			return true;
		p = memchr(p, '\n', (size_t)(text + len - p));
		if (p != NULL)
			p++;
	}
	return false;
}

/* Whether text has a score as prose writes it, "6-3", "2-1", both its
 * numbers at most max (a match's, not a vote's 52-48), or any when max
 * is 0. */
bool
has_told_score(const char *text, size_t len, unsigned max)
{
	for (const char *p = memchr(text, '-', len); p != NULL;
	    p = memchr(p + 1, '-', (size_t)(text + len - p - 1))) {
		if (!(p > text && p + 1 < text + len && is_digit(p[-1]) && is_digit(p[1])))
			continue;
		if (max == 0)
			return true;
		const char *a = p;
		unsigned x = 0, y = 0, scale = 1;
		while (a > text && is_digit(a[-1]) && scale <= 100) {
			x += (unsigned)(*--a - '0') * scale;
			scale *= 10;
		}
		for (const char *b = p + 1; b < text + len && is_digit(*b) && y <= max; b++)
			y = y * 10 + (unsigned)(*b - '0');
		if ((a == text || !is_digit(a[-1])) && x <= max && y <= max)
			return true;
	}
	return false;
}
