/*
 * genfeed: a deterministic synthetic wire feed for the benchmark.
 *
 * usage: genfeed [-b BYTES] [-s SEED]
 *
 * Writes NDJSON stories (id, source, time, title, text) until about BYTES
 * bytes (default 100M).  Stories have 3 to 12 paragraphs of 1 to 4
 * sentences of 8 to 35 words, with invented people, places and
 * organisations, direct and indirect quotes, titles, numbers and dates;
 * about one story in ten is a repost or an update of an earlier one, as
 * wire feeds have.  The same seed gives the same bytes on any machine.
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

static const char *const first[] = {
	"Amara", "Bogdan", "Carys", "Dmitri", "Elif", "Farid", "Greta", "Hiro",
	"Ines", "Jonas", "Kemal", "Lena", "Mateo", "Nadia", "Oskar", "Priya",
	"Quentin", "Rosa", "Stefan", "Tamar", "Umar", "Vera", "Wendell", "Yusuf",
};
static const char *const last[] = {
	"Okafor", "Lindqvist", "Moreau", "Petrenko", "Haddad", "Tanaka", "Novak",
	"Ferreira", "Kowalski", "Mbeki", "Castellano", "Varga", "O'Neill",
	"al-Rashid", "van der Berg", "Ivanova", "Sato", "Nakamura", "Quispe",
};
static const char *const titles[] = {
	"President", "Prime Minister", "Foreign Minister", "spokesman",
	"Defence Minister", "Gen.", "Sen.", "Dr.", "Mayor", "chief executive",
};
static const char *const places[] = {
	"Lutavia", "Marovia", "Kessel", "Portvale", "Ostrava Nova", "Brindisport",
	"the Varn valley", "New Halden", "Saint-Orme", "Eastmarch", "Tarsk",
};
static const char *const orgs[] = {
	"the Interior Ministry", "Brindle Corp.", "the Northern Alliance",
	"the Central Bank", "Vostra Inc.", "the U.N. Security Council",
	"the Harbour Authority", "the Red Crescent", "Kessel Energy",
};
static const char *const agencies[] = {
	"Wirecast", "Nordpress", "Agence Lumen", "Meridian News", "Pacific Desk",
};
static const char *const cues[] = {
	"said", "told reporters", "added", "warned", "insisted", "noted",
	"said in a statement", "told a news conference",
};
static const char *const verbs[] = {
	"announced", "rejected", "approved", "delayed", "criticised", "defended",
	"expanded", "suspended", "investigated", "welcomed",
};
static const char *const objects[] = {
	"the budget", "a ceasefire proposal", "new border controls",
	"the trade agreement", "an inquiry into the collapse", "fuel subsidies",
	"the evacuation plan", "sanctions on imports", "the election timetable",
};
static const char *const tails[] = {
	"on Tuesday", "after weeks of talks", "despite protests",
	"earlier this month", "in a surprise move", "for the second time",
	"amid rising prices", "ahead of the summit",
};
static const char *const quotes[] = {
	"We will not accept this", "The situation is under control",
	"Nobody expected the damage to be this bad",
	"This is a serious blow to our relations",
	"We are ready to talk, but not at any price",
	"The numbers speak for themselves",
};

static void
add(struct buf *b, const char *s)
{
	buf_append(b, s, strlen(s));
}

static void
person(struct buf *b)
{
	add(b, first[pick(N(first))]);
	add(b, " ");
	add(b, last[pick(N(last))]);
}

static void
sentence(struct buf *b)
{
	char num[64];

	switch (pick(6)) {
	case 0:
		add(b, "\"");
		add(b, quotes[pick(N(quotes))]);
		add(b, ",\" ");
		person(b);
		add(b, ", ");
		add(b, titles[pick(N(titles))]);
		add(b, " of ");
		add(b, places[pick(N(places))]);
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
		add(b, orgs[pick(N(orgs))]);
		add(b, " had ");
		add(b, verbs[pick(N(verbs))]);
		add(b, " ");
		add(b, objects[pick(N(objects))]);
		add(b, ".");
		break;
	case 2:
		snprintf(num, sizeof(num), " %u.%u percent, or $%u.%u million, ",
		    pick(20), pick(10), 1 + pick(900), pick(10));
		add(b, "Prices in ");
		add(b, places[pick(N(places))]);
		add(b, " rose");
		add(b, num);
		add(b, tails[pick(N(tails))]);
		add(b, ", according to ");
		add(b, orgs[pick(N(orgs))]);
		add(b, ".");
		break;
	default:
		add(b, "The ");
		add(b, pick(2) ? "government of " : "opposition in ");
		add(b, places[pick(N(places))]);
		add(b, " ");
		add(b, verbs[pick(N(verbs))]);
		add(b, " ");
		add(b, objects[pick(N(objects))]);
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

	snprintf(dateline, sizeof(dateline), "%s, Nov %u (%s) - ",
	    places[pick(N(places))], 1 + pick(28), agencies[pick(N(agencies))]);
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

int
main(int argc, char **argv)
{
	size_t target = (size_t)100 << 20, written = 0;
	unsigned long seed = 1, n = 0;
	struct buf text = { 0 }, prev = { 0 };
	int opt;

	while ((opt = getopt(argc, argv, "b:s:")) != -1) {
		if (opt == 'b' && opts_size(optarg, "-b", &target))
			continue;
		if (opt == 's') {
			seed = strtoul(optarg, NULL, 10);
			continue;
		}
		fprintf(stderr, "usage: genfeed [-b BYTES] [-s SEED]\n");
		return 2;
	}
	rng_state = seed;
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
		json_object_set_new(rec, "title", json_string(objects[pick(N(objects))]));
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
