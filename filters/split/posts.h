/*
 * posts: the posts of a live blog, each opened by a timestamp.
 *
 * A post starts with a paragraph whose first words are a time of day
 * (post_stamp_parse): "06:05", "06:05 - ", "10:32 GMT", "10.32am",
 * "0915 GMT", "Updated at 14:02 BST", "Posted at 8:15", or a time on a
 * line of its own.  A story is a live blog when at least two of its
 * paragraphs start so (post_census); one stray time at the start of a
 * paragraph does not make one.
 *
 * Posts are dated by post_clock: the first post in the text takes the
 * date of the story's "time" (the day before or after when that puts it
 * nearer the story's time of day: a blog updated at 00:10 whose latest
 * post is 23:55), and each later one the date that puts it
 * after the post before it in a blog that runs oldest first, or before
 * it in one that runs newest first (the order most of its steps take),
 * so that a blog running past midnight moves to the next day, or the day
 * before.  A step against the order of less than an hour is a post out
 * of order, not a day.  A stamp's zone (GMT, BST, CET, EST ...) gives
 * the time's offset; without one the time has none.
 */
#ifndef WIRE_POSTS_H
#define WIRE_POSTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A timestamp at the start of a paragraph. */
struct post_stamp {
	size_t start, end;	/* its bytes: prefix words, time and zone */
	size_t text;		/* where the post's text begins, after any
				 * separator (" - ", ":", "|") and space */
	int minute;		/* the time of day, 0 to 1439 */
	const char *offset;	/* "Z", "+01:00" ... or "" without a zone */
};

/* Whether text[0..len) starts with a timestamp; fills *ps when it does. */
bool post_stamp_parse(const char *text, size_t len, struct post_stamp *ps);

/* The stamps at paragraph starts of a story, and the way they run. */
struct post_census {
	size_t stamps;
	int last_minute;
	size_t forward, backward;	/* steps later and earlier in the day */
};

void post_census_add(struct post_census *c, const struct post_stamp *ps);
bool post_census_is_blog(const struct post_census *c);
/* +1 when the posts run oldest first, -1 newest first. */
int post_census_order(const struct post_census *c);

/* Dating the posts of one story in the order of its text. */
struct post_clock {
	bool has_date;
	int64_t day;		/* the story's date, days since 1970-01-01 */
	int story_minute;	/* its time of day, or -1 */
	int order;		/* post_census_order */
	bool started;
	int64_t minute;		/* the last post's, from the story's midnight */
};

/* story_time: the story's "time" field when a string, else NULL. */
void post_clock_init(struct post_clock *c, const char *story_time, int order);

enum { POST_TIME_MAX = 32 };

/* The next post's time into out: "2026-11-24T06:05+01:00", or "06:05"
 * (and its offset) when the story gives no date. */
void post_clock_next(struct post_clock *c, const struct post_stamp *ps,
    char out[POST_TIME_MAX]);

#endif
