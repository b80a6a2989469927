/*
 * genfeed: a deterministic synthetic wire feed for the benchmark.
 *
 * usage: genfeed [-b BYTES] [-s SEED]
 *        genfeed -d COUNT [-s SEED]
 *
 * Writes NDJSON stories (id, source, time, title, text) until about BYTES
 * bytes (default 100M).  Stories have 3 to 12 paragraphs of 1 to 4
 * sentences of 8 to 35 words, with thousands of invented people, places
 * and organisations, direct and indirect quotes, titles, numbers and dates;
 * about one story in ten is a repost or an update of an earlier one, as
 * wire feeds have.  The same seed gives the same bytes on any machine.
 *
 * With -d it writes COUNT distinct short items instead (12 to 30 words
 * drawn from 50,000 invented ones), to fill wire-dedupe's memory.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "buf.h"
#include "opts.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

static uint64_t rng_state;

/* splitmix64: small, fast and the same everywhere. */
static uint64_t
rng(void)
{
	uint64_t z = (rng_state += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static unsigned
pick(unsigned n)
{
	return (unsigned)(rng() % n);
}

/* Names are built from syllables, so that a feed has thousands of
 * people and places, as real ones do. */
static const char *const syllables[] = {
	"ba", "ko", "ri", "ta", "mel", "dor", "an", "vi", "sen", "lu", "mar",
	"os", "ke", "zan", "ti", "ra", "bel", "no", "fa", "gor", "hal", "in",
	"jo", "lek", "mi", "nar", "pa", "quin", "sol", "tev", "ur", "wen",
};
static const char *const place_ends[] = {
	"", "", "ia", "burg", "ville", "stan", " City", " Valley", "port", "ova",
};
static const char *const titles[] = {
	"President", "Prime Minister", "Foreign Minister", "spokesman",
	"Defence Minister", "Gen.", "Sen.", "Dr.", "Mayor", "chief executive",
	"Finance Minister", "Interior Minister", "Gov.", "Lt. Col.", "Judge",
};
static const char *const org_kinds[] = {
	"the %s Ministry", "%s Corp.", "%s Inc.", "the %s Alliance",
	"the Central Bank of %s", "the %s Party", "%s Energy", "the %s Red Cross",
	"the %s Harbour Authority", "%s Airlines", "the University of %s",
};
static const char *const agencies[] = {
	"Wirecast", "Nordpress", "Agence Lumen", "Meridian News", "Pacific Desk",
};
static const char *const cues[] = {
	"said", "told reporters", "added", "warned", "insisted", "noted",
	"said in a statement", "told a news conference", "wrote", "argued",
	"claimed", "announced", "confirmed", "denied",
};
static const char *const verbs[] = {
	"announced", "rejected", "approved", "delayed", "criticised", "defended",
	"expanded", "suspended", "investigated", "welcomed", "proposed",
	"blocked", "signed", "cancelled", "reviewed", "funded", "questioned",
	"postponed", "launched", "abandoned",
};
static const char *const adjectives[] = {
	"new", "revised", "controversial", "long-awaited", "emergency", "draft",
	"regional", "national", "temporary", "joint", "costly", "secret",
	"disputed", "modest", "sweeping", "second", "final", "rural", "urban",
	"coastal", "military", "civilian", "digital", "northern", "southern",
};
static const char *const nouns[] = {
	"budget", "ceasefire proposal", "border controls", "trade agreement",
	"inquiry", "fuel subsidies", "evacuation plan", "sanctions",
	"election timetable", "pension reform", "rail link", "water supply",
	"tax cuts", "peace talks", "vaccine programme", "port expansion",
	"wage deal", "curfew", "mining licence", "housing plan", "school closures",
	"power station", "airport tender", "grain exports", "debt talks",
	"census", "bridge repairs", "fishing quotas", "press law", "dam project",
};
static const char *const tails[] = {
	"on Tuesday", "after weeks of talks", "despite protests",
	"earlier this month", "in a surprise move", "for the second time",
	"amid rising prices", "ahead of the summit", "late on Friday",
	"without a vote", "under pressure from unions", "after a court ruling",
	"as the deadline passed", "following heavy rain", "before the holiday",
};
static const char *const quote_starts[] = {
	"We will not accept", "Nobody expected", "We are ready to discuss",
	"The numbers show", "This is a serious blow to", "We need more time for",
	"People are angry about", "There is no alternative to",
	"We have always supported", "It is too early to judge",
};

static void
add(struct buf *b, const char *s)
{
	buf_append(b, s, strlen(s));
}

/* A capitalised word of two or three syllables. */
static void
name_word(struct buf *b)
{
	char word[32] = "";
	unsigned n = 2 + pick(2);

	for (unsigned i = 0; i < n; i++)
		strcat(word, syllables[pick(N(syllables))]);
	word[0] = (char)(word[0] - 'a' + 'A');
	add(b, word);
}

static void
person(struct buf *b)
{
	name_word(b);
	add(b, " ");
	name_word(b);
}

static void
place(struct buf *b)
{
	name_word(b);
	add(b, place_ends[pick(N(place_ends))]);
}

static void
organisation(struct buf *b)
{
	struct buf name = { 0 };
	char text[160];

	name_word(&name);
	snprintf(text, sizeof(text), org_kinds[pick(N(org_kinds))], name.data);
	add(b, text);
	buf_free(&name);
}

static void
object(struct buf *b)
{
	add(b, pick(2) ? "the " : "a ");
	add(b, adjectives[pick(N(adjectives))]);
	add(b, " ");
	add(b, nouns[pick(N(nouns))]);
}

static void
number(struct buf *b)
{
	char num[64];

	snprintf(num, sizeof(num), "%u.%u percent, or $%u.%u million,",
	    pick(20), pick(10), 1 + pick(900), pick(10));
	add(b, num);
}

static void
sentence(struct buf *b)
{
	switch (pick(6)) {
	case 0:
		add(b, "\"");
		add(b, quote_starts[pick(N(quote_starts))]);
		add(b, " ");
		object(b);
		add(b, ",\" ");
		person(b);
		add(b, ", ");
		add(b, titles[pick(N(titles))]);
		add(b, " of ");
		place(b);
		add(b, ", ");
		add(b, cues[pick(N(cues))]);
		add(b, ".");
		break;
	case 1:
		add(b, titles[pick(N(titles))]);
		add(b, " ");
		person(b);
		add(b, " ");
		add(b, cues[pick(N(cues))]);
		add(b, " that ");
		organisation(b);
		add(b, " had ");
		add(b, verbs[pick(N(verbs))]);
		add(b, " ");
		object(b);
		add(b, " ");
		add(b, tails[pick(N(tails))]);
		add(b, ".");
		break;
	case 2:
		add(b, "Prices in ");
		place(b);
		add(b, " rose ");
		number(b);
		add(b, " ");
		add(b, tails[pick(N(tails))]);
		add(b, ", according to ");
		organisation(b);
		add(b, ".");
		break;
	default:
		add(b, pick(2) ? "The government of " : "The opposition in ");
		place(b);
		add(b, " ");
		add(b, verbs[pick(N(verbs))]);
		add(b, " ");
		object(b);
		add(b, " ");
		add(b, tails[pick(N(tails))]);
		add(b, pick(3) ? "." : ", officials said.");
		break;
	}
}

static void
story_text(struct buf *b)
{
	unsigned paras = 3 + pick(10);
	char dateline[128];

	place(b);
	snprintf(dateline, sizeof(dateline), ", Nov %u (%s) - ", 1 + pick(28),
	    agencies[pick(N(agencies))]);
	add(b, dateline);
	for (unsigned p = 0; p < paras; p++) {
		unsigned sents = 1 + pick(4);

		if (p > 0)
			add(b, "\n\n");
		for (unsigned s = 0; s < sents; s++) {
			if (s > 0)
				add(b, " ");
			sentence(b);
		}
	}
}

/* COUNT items no two of which are near-duplicates. */
static void
distinct_items(unsigned long count)
{
	enum { VOCABULARY = 50000 };
	static char words[VOCABULARY][10];
	struct buf text = { 0 };

	for (unsigned w = 0; w < VOCABULARY; w++) {
		unsigned len = 3 + pick(7);

		for (unsigned i = 0; i < len; i++)
			words[w][i] = (char)('a' + pick(26));
		words[w][len] = '\0';
	}
	for (unsigned long n = 0; n < count; n++) {
		unsigned nwords = 12 + pick(19);

		text.len = 0;
		for (unsigned i = 0; i < nwords; i++) {
			if (i > 0)
				add(&text, " ");
			add(&text, words[pick(VOCABULARY)]);
		}
		printf("{\"id\":\"d%07lu\",\"text\":\"%s\"}\n", n, text.data);
	}
	buf_free(&text);
}

int
main(int argc, char **argv)
{
	size_t target = (size_t)100 << 20, written = 0;
	unsigned long seed = 1, n = 0, distinct = 0;
	struct buf text = { 0 }, prev = { 0 };
	int opt;

	while ((opt = getopt(argc, argv, "b:d:s:")) != -1) {
		if (opt == 'b' && opts_size(optarg, "-b", &target))
			continue;
		if (opt == 'd') {
			distinct = strtoul(optarg, NULL, 10);
			continue;
		}
		if (opt == 's') {
			seed = strtoul(optarg, NULL, 10);
			continue;
		}
		fprintf(stderr, "usage: genfeed [-b BYTES] [-s SEED]\n"
		    "       genfeed -d COUNT [-s SEED]\n");
		return 2;
	}
	rng_state = seed;
	if (distinct > 0) {
		distinct_items(distinct);
		return fflush(stdout) == 0 ? 0 : 2;
	}
	while (written < target) {
		json_t *rec = json_object();
		char id[32], when[32], *line;

		text.len = 0;
		if (prev.len > 0 && pick(10) == 0) {
			add(&text, prev.data);		/* a repost or update */
			if (pick(2)) {
				add(&text, "\n\n");
				sentence(&text);
			}
		} else {
			story_text(&text);
		}
		snprintf(id, sizeof(id), "gen-%06lu", n);
		snprintf(when, sizeof(when), "2026-11-%02luT%02lu:%02lu:00Z",
		    1 + (n / 1440) % 28, (n / 60) % 24, n % 60);
		json_object_set_new(rec, "id", json_string(id));
		json_object_set_new(rec, "source", json_string(agencies[pick(N(agencies))]));
		json_object_set_new(rec, "time", json_string(when));
		json_object_set_new(rec, "title", json_string(nouns[pick(N(nouns))]));
		json_object_set_new(rec, "text", json_stringn(text.data, text.len));
		line = json_dumps(rec, JSON_COMPACT);
		written += strlen(line) + 1;
		puts(line);
		free(line);
		json_decref(rec);
		prev.len = 0;
		add(&prev, text.data);
		n++;
	}
	buf_free(&text);
	buf_free(&prev);
	return fflush(stdout) == 0 ? 0 : 2;
}
