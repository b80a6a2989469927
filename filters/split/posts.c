/*
 * posts: timestamps at the start of a live blog's posts, and their dates
 * (posts.h).
 */
#include <stdio.h>
#include <string.h>

#include "isotime.h"
#include "posts.h"

/* Zones a live blog writes after its times, with their offsets ("" for
 * a zone whose offset changes with the season). */
static const struct {
	const char *name, *offset;
} zones[] = {
	{ "GMT", "Z" }, { "UTC", "Z" }, { "WET", "Z" }, { "BST", "+01:00" },
	{ "WEST", "+01:00" }, { "CET", "+01:00" }, { "CEST", "+02:00" },
	{ "EET", "+02:00" }, { "EEST", "+03:00" }, { "MSK", "+03:00" },
	{ "EST", "-05:00" }, { "EDT", "-04:00" }, { "CST", "-06:00" },
	{ "CDT", "-05:00" }, { "MST", "-07:00" }, { "MDT", "-06:00" },
	{ "PST", "-08:00" }, { "PDT", "-07:00" }, { "HKT", "+08:00" },
	{ "SGT", "+08:00" }, { "JST", "+09:00" }, { "AEST", "+10:00" },
	{ "AEDT", "+11:00" }, { "ET", "" }, { "PT", "" }, { "local time", "" },
};

/* Words that may stand before a post's time, longest first. */
static const char *const prefixes[] = {
	"Last updated", "Updated", "Update", "Posted", "Published",
};

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool
is_alnum(char c)
{
	return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static char
lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* Does w stand at t[i], as a whole word, ignoring case when fold? */
static bool
word_at(const char *t, size_t len, size_t i, const char *w, bool fold)
{
	size_t n = strlen(w);

	if (i + n > len)
		return false;
	for (size_t k = 0; k < n; k++)
		if (fold ? lower(t[i + k]) != lower(w[k]) : t[i + k] != w[k])
			return false;
	return i + n == len || !is_alnum(t[i + n]);
}

/* Past spaces and tabs (and line breaks too when lines). */
static size_t
skip_blank(const char *t, size_t len, size_t i, bool lines)
{
	while (i < len && (t[i] == ' ' || t[i] == '\t' ||
	    (lines && (t[i] == '\n' || t[i] == '\r'))))
		i++;
	return i;
}

/* "Updated at ", "Posted: ": where the time begins, or 0. */
static size_t
skip_prefix(const char *t, size_t len)
{
	for (size_t k = 0; k < sizeof(prefixes) / sizeof(prefixes[0]); k++) {
		size_t i;

		if (!word_at(t, len, 0, prefixes[k], true))
			continue;
		i = skip_blank(t, len, strlen(prefixes[k]), false);
		if (word_at(t, len, i, "at", true))
			i = skip_blank(t, len, i + 2, false);
		else if (i < len && t[i] == ':')
			i = skip_blank(t, len, i + 1, false);
		return i;
	}
	return 0;
}

/* "am", "p.m." ... at t[*i] (after at most one space): 1 for am, 2 for
 * pm, 0 for none; *i moves past it. */
static int
meridiem(const char *t, size_t len, size_t *i)
{
	static const char *const forms[] = { "a.m.", "p.m.", "am", "pm" };
	size_t j = *i < len && t[*i] == ' ' ? *i + 1 : *i;

	for (size_t k = 0; k < 4; k++) {
		size_t n = strlen(forms[k]);

		if (j + n > len)
			continue;
		for (size_t c = 0; c < n && lower(t[j + c]) == forms[k][c]; c++)
			if (c + 1 == n && (j + n == len || !is_alnum(t[j + n]))) {
				*i = j + n;
				return forms[k][0] == 'a' ? 1 : 2;
			}
	}
	return 0;
}

/* A zone after one space at t[*i]: its offset, or NULL. */
static const char *
zone(const char *t, size_t len, size_t *i)
{
	if (*i >= len || t[*i] != ' ')
		return NULL;
	for (size_t k = 0; k < sizeof(zones) / sizeof(zones[0]); k++)
		if (word_at(t, len, *i + 1, zones[k].name, false)) {
			*i += 1 + strlen(zones[k].name);
			return zones[k].offset;
		}
	return NULL;
}

/* The clock: "06:05", "6.05", "0915", "10" (before am or pm).  Returns
 * the number of digits of the hour (4 for "0915"), 0 for none. */
static int
clock_digits(const char *t, size_t len, size_t *i, int *h, int *m, char *sep)
{
	size_t j = *i, n = 0;
	int v = 0;

	while (j < len && n < 5 && is_digit(t[j]))
		v = v * 10 + (t[j++] - '0'), n++;
	*sep = 0;
	*h = v, *m = 0;
	if (n == 4) {
		*h = v / 100, *m = v % 100;
	} else if (n != 1 && n != 2) {
		return 0;
	} else if (j + 3 <= len && (t[j] == ':' || t[j] == '.') &&
	    is_digit(t[j + 1]) && is_digit(t[j + 2])) {
		*sep = t[j];
		*m = (t[j + 1] - '0') * 10 + (t[j + 2] - '0');
		j += 3;
	}
	/* Not "06:05:30", "06:055" or "3.5.1". */
	if (j < len && (is_digit(t[j]) || ((t[j] == ':' || t[j] == '.') &&
	    j + 1 < len && is_digit(t[j + 1]))))
		return 0;
	*i = j;
	return (int)n;
}

/* A separator after the stamp: '-', en or em dash, ':', '|', or a
 * middle dot, then space; its length, or 0. */
static size_t
separator(const char *t, size_t len, size_t i)
{
	static const char *const seps[] = { "-", ":", "|", "\u2013", "\u2014",
	    "\u00b7" };

	for (size_t k = 0; k < sizeof(seps) / sizeof(seps[0]); k++) {
		size_t n = strlen(seps[k]);

		if (i + n <= len && memcmp(t + i, seps[k], n) == 0 &&
		    (i + n == len || t[i + n] == ' ' || t[i + n] == '\t' ||
		    t[i + n] == '\n' || t[i + n] == '\r'))
			return n;
	}
	return 0;
}

/* What follows the stamp ends at i: where the post's text begins, or 0
 * when the stamp is no stamp ("8:15 was the time").  strong: the stamp
 * has words that only a stamp has (a prefix, a zone, am or pm). */
static size_t
post_text(const char *t, size_t len, size_t i, bool strong)
{
	size_t j = skip_blank(t, len, i, false), n;

	if (j == len || t[j] == '\n' || t[j] == '\r')
		return skip_blank(t, len, j, true);
	if ((n = separator(t, len, j)) != 0)
		return skip_blank(t, len, j + n, true);
	if (j == i)
		return 0;
	if (!strong && t[j] >= 'a' && t[j] <= 'z')
		return 0;
	return j;
}

bool
post_stamp_parse(const char *t, size_t len, struct post_stamp *ps)
{
	size_t start = skip_prefix(t, len), i = start;
	int h, m, ampm, digits;
	char sep;
	const char *offset;

	if (i >= len || !is_digit(t[i]))
		return false;
	digits = clock_digits(t, len, &i, &h, &m, &sep);
	if (digits == 0)
		return false;
	ampm = digits == 4 ? 0 : meridiem(t, len, &i);
	offset = zone(t, len, &i);
	if ((digits == 4 && offset == NULL) || (sep == '.' && !ampm &&
	    offset == NULL) || (sep == 0 && digits <= 2 && !ampm))
		return false;
	if (ampm ? h < 1 || h > 12 : h > 23)
		return false;
	if (m > 59)
		return false;
	if (ampm)
		h = h % 12 + (ampm == 2 ? 12 : 0);
	ps->start = 0;
	ps->end = i;
	ps->text = post_text(t, len, i, start > 0 || ampm || offset != NULL);
	ps->minute = h * 60 + m;
	ps->offset = offset != NULL ? offset : "";
	return ps->text != 0;
}

void
post_census_add(struct post_census *c, const struct post_stamp *ps)
{
	if (c->stamps > 0) {
		int d = (ps->minute - c->last_minute + 1440) % 1440;

		if (d != 0 && d < 720)
			c->forward++;
		else if (d != 0)
			c->backward++;
	}
	c->last_minute = ps->minute;
	c->stamps++;
}

bool
post_census_is_blog(const struct post_census *c)
{
	return c->stamps >= 2;
}

int
post_census_order(const struct post_census *c)
{
	return c->backward > c->forward ? -1 : 1;
}

/* Days from 1970-01-01 to a civil date, and back (Howard Hinnant's
 * algorithms). */
static int64_t
days_from_civil(int64_t y, unsigned m, unsigned d)
{
	y -= m <= 2;
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	unsigned yoe = (unsigned)(y - era * 400);
	unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + (int64_t)doe - 719468;
}

static void
civil_from_days(int64_t z, int *y, unsigned *m, unsigned *d)
{
	z += 719468;
	int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	unsigned doe = (unsigned)(z - era * 146097);
	unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	unsigned mp = (5 * doy + 2) / 153;

	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

void
post_clock_init(struct post_clock *c, const char *story_time, int order)
{
	int64_t ignored;
	const char *s = story_time;

	memset(c, 0, sizeof(*c));
	c->order = order;
	if (s == NULL || !isotime_parse(s, &ignored))
		return;
	c->has_date = true;
	c->story_minute = -1;
	if (s[10] == 'T' || s[10] == 't' || s[10] == ' ')
		c->story_minute = ((s[11] - '0') * 10 + (s[12] - '0')) * 60 +
		    (s[14] - '0') * 10 + (s[15] - '0');
	c->day = days_from_civil((s[0] - '0') * 1000 + (s[1] - '0') * 100 +
	    (s[2] - '0') * 10 + (s[3] - '0'),
	    (unsigned)((s[5] - '0') * 10 + (s[6] - '0')),
	    (unsigned)((s[8] - '0') * 10 + (s[9] - '0')));
}

/* The step from the last post's time of day to this one's: the way the
 * blog runs, unless the other way is less than an hour. */
static int
step(int from, int to, int order)
{
	int later = (to - from + 1440) % 1440;
	int earlier = later == 0 ? 0 : later - 1440;

	if (order > 0)
		return later != 0 && -earlier < 60 ? earlier : later;
	return later != 0 && later < 60 ? later : earlier;
}

void
post_clock_next(struct post_clock *c, const struct post_stamp *ps,
    char out[POST_TIME_MAX])
{
	int64_t days;
	int y, minute;
	unsigned mo, d;

	if (!c->started) {
		c->minute = ps->minute;
		/* The first post is dated nearest the story's time. */
		if (c->story_minute >= 0 && ps->minute - c->story_minute > 720)
			c->minute -= 1440;
		else if (c->story_minute >= 0 && c->story_minute - ps->minute > 720)
			c->minute += 1440;
	} else
		c->minute += step((int)(((c->minute % 1440) + 1440) % 1440),
		    ps->minute, c->order);
	c->started = true;
	days = c->minute >= 0 ? c->minute / 1440 : -((-c->minute + 1439) / 1440);
	minute = ps->minute;
	if (!c->has_date) {
		snprintf(out, POST_TIME_MAX, "%02d:%02d%s", minute / 60,
		    minute % 60, ps->offset);
		return;
	}
	civil_from_days(c->day + days, &y, &mo, &d);
	snprintf(out, POST_TIME_MAX, "%04d-%02u-%02uT%02d:%02d%s", y % 10000,
	    mo % 100, d % 100, minute / 60, minute % 60, ps->offset);
}
