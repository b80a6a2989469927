/*
 * slug: a headline's slug that names a sport (tagger.h).  Agency copy
 * opens a story with its topic before a dash, "ATHLETICS - RESULTS FROM
 * VELBY", "NHL ICE HOCKEY - STANDINGS": a sport's name there says the
 * story is sports copy (sports.c's rules that need it), and is no
 * entity however the tagger read it.
 */
#include <stdbool.h>
#include <string.h>

#include "tagger.h"

/* The names of sports, as a headline's slug names its story's
 * ("ATHLETICS - RESULTS ...", "RUGBY UNION - ..."). */
static const char *const sport_words[] = {
	"archery", "athletics", "badminton", "baseball", "basketball", "boxing",
	"canoeing", "cricket", "cycling", "darts", "equestrianism", "football",
	"golf", "gymnastics", "handball", "hockey", "judo", "motorcycling",
	"rowing", "rugby", "sailing", "skating", "skiing", "snooker", "soccer",
	"squash", "swimming", "tennis", "triathlon", "volleyball", "wrestling",
	"yachting",
};

/* Words that name a sport only beside one of sport_words or each other
 * ("ICE HOCKEY", "RUGBY UNION", "HORSE RACING"), and ordinary words
 * alone ("ICE STORM", "AMERICAN AIRLINES"). */
static const char *const sport_qualifiers[] = {
	"alpine", "american", "horse", "ice", "league", "motor", "nordic",
	"racing", "union",
};

/* "NHL", "NBA": an acronym a slug may name a league by. */
static bool
is_acronym(const struct ner_tok *w)
{
	if (w->len < 2 || w->len > 4)
		return false;
	for (size_t i = 0; i < w->len; i++)
		if (!(w->s[i] >= 'A' && w->s[i] <= 'Z'))
			return false;
	return true;
}

/* The sports a player plays alone, where a headline's subject is a
 * player, not a club ("GOLF - KOVALIK LEADS", not "SOCCER - CHELSEA
 * SIGNS STRIKER"). */
static const char *const individual_sports[] = {
	"archery", "athletics", "badminton", "boxing", "canoeing", "cycling",
	"darts", "equestrianism", "golf", "gymnastics", "judo", "motorcycling",
	"racing", "rowing", "sailing", "skating", "skiing", "snooker", "squash",
	"swimming", "tennis", "triathlon", "wrestling", "yachting",
};

bool
slug_names_individual_sport(const char *text, size_t end)
{
	size_t at = 0;

	if (!slug_names_sport(text, end))
		return false;
	for (struct ner_tok w; next_word(text, &at, end, &w);)
		if (ANY_CASE_WORD_IN(&w, individual_sports))
			return true;
	return false;
}

/* Whether text[0, end), a headline's slug, names a sport: every word a
 * sport's name or a league's acronym, and one of them a sport's name of
 * its own, or two that name one together ("NHL ICE HOCKEY", "HORSE
 * RACING"; not "ICE STORM", "LEAGUE OF WOMEN VOTERS"). */
bool
slug_names_sport(const char *text, size_t end)
{
	size_t at = 0, own = 0, qualifiers = 0;

	for (struct ner_tok w; next_word(text, &at, end, &w);) {
		if (ANY_CASE_WORD_IN(&w, sport_words))
			own++;
		else if (ANY_CASE_WORD_IN(&w, sport_qualifiers))
			qualifiers++;
		else if (!is_acronym(&w))
			return false;
	}
	return own > 0 || qualifiers >= 2;	/* "HORSE RACING" */
}

/* Whether every word of text[start, end) is a sport's name. */
static bool
only_sport_words(const char *text, size_t start, size_t end)
{
	size_t at = start;

	for (struct ner_tok w; next_word(text, &at, end, &w);)
		if (!ANY_CASE_WORD_IN(&w, sport_words) && !ANY_CASE_WORD_IN(&w, sport_qualifiers))
			return false;
	return start < end;
}

/* Where the slug of a headline in capitals opening text[0, len) ends
 * (its " - "), or 0: up to four words. */
static size_t
slug_end(const char *text, size_t len)
{
	const char *nl = memchr(text, '\n', len);
	size_t line_end = nl != NULL ? (size_t)(nl - text) : len, words = 1;

	for (size_t i = 0; i + 2 < line_end && words <= 4; i++) {
		if (text[i] == ' ' && text[i + 1] == '-' && text[i + 2] == ' ')
			return i;
		if (text[i] >= 'a' && text[i] <= 'z')
			return 0;	/* a slug is in capitals */
		words += text[i] == ' ';
	}
	return 0;
}

size_t
sport_slug_end(const char *line, size_t len, bool individual)
{
	size_t slug = slug_end(line, len);

	if (slug == 0 || !(individual ? slug_names_individual_sport(line, slug) :
	    slug_names_sport(line, slug)))
		return 0;
	return slug;
}

/*
 * A headline's slug that names a sport ("ATHLETICS - RESULTS", "NHL ICE
 * HOCKEY - STANDINGS") makes the story sports copy, and a mention made
 * only of sports' names in it is none ("ATHLETICS" was an ORG, "RUGBY
 * UNION" a GPE); the slug's other names stay ("NHL").
 */
void
sports_slug(struct tagger *t, struct doc_state *d, const char *text, size_t len)
{
	size_t slug = sport_slug_end(text, len, false);
	const char *nl;

	t->alone_headline_end = 0;
	t->played_alone = d != NULL && d->played_alone;
	if (slug == 0)
		return;
	if (slug_names_individual_sport(text, slug)) {
		t->alone_headline_end = (nl = memchr(text, '\n', len)) != NULL ?
		    (size_t)(nl - text) : len;
		t->played_alone = true;
		if (d != NULL)
			d->played_alone = true;
	}
	if (d != NULL)
		d->sports = true;
	for (size_t k = 0; k < t->found.n; k++) {
		struct mention *m = &t->found.v[k];
		if (m->end <= slug && only_sport_words(text, m->start, m->end))
			mention_remove(&t->found, k);
	}
	mentions_compact(&t->found);
}
