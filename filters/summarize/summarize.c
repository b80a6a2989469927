/*
 * summarize: the stream cut into stories or windows, each summarised
 * when it ends (summarize.h).
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "diag.h"
#include "group.h"
#include "record.h"
#include "summarize.h"

struct summarize {
	struct summarize_config cfg;
	struct stream *out;
	struct group g;		/* the story or window in hand */
	size_t windows;		/* digests written */
	struct group_reader reader;
	struct buf text;	/* a summary to read is built here */
};

/* Writes the summary of the group in hand, and forgets it. */
static void
flush_group(struct summarize *s)
{
	struct group *g = &s->g;

	if (!g->open)
		return;
	size_t *chosen = xcalloc(g->n + 1, sizeof *chosen);
	size_t k = rank_group(g, &s->cfg, chosen);
	write_summary(g, &s->cfg, chosen, k, s->out, &s->text);
	free(chosen);
	group_clear(g);
	s->windows++;
}

static double
now_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* The record's time in seconds, or the arrival time. */
static double
record_seconds(struct summarize *s, json_t *rec)
{
	int64_t secs;

	return record_time(&s->reader.rr, rec, &secs) ? (double)secs : now_seconds();
}

static void
open_group(struct summarize *s, const char *key, double t)
{
	s->g.open = true;
	s->g.key = xstrdup(key);
	s->g.window_start = t;
}

/* Digest mode: a window per --window records or per --every of time. */
static void
group_window(struct summarize *s, json_t *rec)
{
	double t = s->cfg.every ? record_seconds(s, rec) : 0;
	char key[64];

	if (s->g.open && s->cfg.every && t >= s->g.window_start + s->cfg.every)
		flush_group(s);
	if (!s->g.open) {
		if (s->cfg.every)
			t = floor(t / s->cfg.every) * s->cfg.every;
		snprintf(key, sizeof key, "w%zu", s->windows);
		open_group(s, key, t);
	}
	group_read_record(&s->g, &s->reader, rec, s->cfg.max_sentences);
	if (s->cfg.window && s->g.count == s->cfg.window)
		flush_group(s);
}

/* Per story: a record of another story ends the one in hand. */
static void
group_story(struct summarize *s, json_t *rec)
{
	const char *doc = record_doc(rec);

	if (doc == NULL)
		doc = "";
	if (s->g.open && strcmp(s->g.key, doc) != 0)
		flush_group(s);
	if (!s->g.open)
		open_group(s, doc, 0);
	group_read_record(&s->g, &s->reader, rec, s->cfg.max_sentences);
	if (record_is_last(rec))
		flush_group(s);
}

struct summarize *
summarize_new(const struct summarize_config *cfg, struct stream *out)
{
	struct summarize *s = xcalloc(1, sizeof *s);

	s->cfg = *cfg;
	s->out = out;
	group_reader_init(&s->reader, out);
	return s;
}

void
summarize_record(struct summarize *s, json_t *rec)
{
	if (s->cfg.pass)
		stream_emit(s->out, rec);
	if (s->cfg.window || s->cfg.every)
		group_window(s, rec);
	else
		group_story(s, rec);
}

void
summarize_idle(struct summarize *s)
{
	if (s->g.open && !s->cfg.window && !s->cfg.every) {
		flush_group(s);
		stream_flush(s->out);
	}
}

void
summarize_end(struct summarize *s)
{
	flush_group(s);
}

void
summarize_free(struct summarize *s)
{
	if (s == NULL)
		return;
	group_free(&s->g);
	group_reader_free(&s->reader);
	buf_free(&s->text);
	free(s);
}
