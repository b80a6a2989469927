/*
 * patterns: dates, times, money, percentages, quantities and model
 * names, by regular expression (tagger.h).  A model name wins over the
 * tagger; the others fill the gaps it left.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "tagger.h"

/* The patterns, each giving one type; the first capture group, when
 * there is one, is the entity.  A month that is also a word ("May") is
 * taken only from a pattern whose context makes it a date (in_context).
 * Each has its needles: words, one of which is in any text the pattern
 * matches ("|" between them); a text with none is not searched. */
static const struct pattern_source {
	enum etype type;
	const char *re;
	bool in_context;
	const char *needles;
} pattern_sources[] = {
	{ PRODUCT, "\\b[A-Z][a-z]?[A-Z]?-\\d{1,4}[A-Z]?\\b", false,
	    "-" },
	{ MONEY, "(?:US\\$|[$€£¥])\\s?\\d[\\d,]*(?:\\.\\d+)?(?:\\s?(?:million|"
	    "billion|trillion|bn|m)\\b)?", false,
	    "$|€|£|¥" },
	/* "500 million euros", and as an adjective "a 500 million euro
	 * plan", "a 500-million-euro plan". */
	{ MONEY, "\\b\\d[\\d,]*(?:\\.\\d+)?[\\s-](?:(?:million|billion|trillion)[\\s-])?"
	    "(?:dollars?|euros?|pounds?|yen|yuan|roubles?|rubles?|rupees?|lira)\\b", false,
	    "dollar|euro|pound|yen|yuan|roubl|rubl|rupee|lira" },
	{ PERCENT, "\\b\\d[\\d,]*(?:\\.\\d+)?\\s?(?:%|percent\\b|per cent\\b)", false,
	    "%|percent|per cent" },
	{ QUANTITY, "\\b\\d[\\d,]*(?:\\.\\d+)?\\s?(?:km|kilometres|kilometers|"
	    "miles|metres|meters|kg|kilograms|tonnes|tons|feet|barrels|"
	    "square (?:kilometres|kilometers|miles)|hectares|litres|liters)\\b", false,
	    "km|kilomet|miles|metres|meters|kg|kilogram|tonnes|tons|feet|barrels|hectares|litres|liters" },
	{ TIME, "\\b\\d{1,2}(?:[:.]\\d{2})?\\s?(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b)"
	    "(?: (?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|PST|PDT|ET|PT)\\b)?"
	    "|\\b(?:this|yesterday|tomorrow) (?:morning|afternoon|evening)\\b"
	    "|\\b(?:tonight|midnight|noon)\\b", false,
	    "am|pm|a.m.|p.m.|morning|afternoon|evening|tonight|midnight|noon" },
	/* A day and its part: "Thursday evening", "Monday night". */
	{ TIME, "\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) "
	    "(?:morning|afternoon|evening|night)\\b", false,
	    "morning|afternoon|evening|night" },
	/* The clock: "06:05" (a live blog's timestamp), "11:30 GMT", and
	 * military style with its zone, "1130 GMT". */
	{ TIME, "(?<![\\d:.,])(?:[01]?\\d|2[0-3]):[0-5]\\d(?![\\d:]|\\.\\d)"
	    "(?: (?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|PST|PDT|ET|PT)\\b)?"
	    "|\\b(?:[01]\\d|2[0-3])[0-5]\\d (?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT)\\b", false,
	    ":|GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT" },
	/* A month after a prefix of time, before the month alone takes the
	 * month: "in mid-April", "by late-May". */
	{ DATE, "\\b(?:early|late|mid)-(?:January|February|March|April|May|June|"
	    "July|August|September|October|November|December)(?:,? (?:19|20)\\d\\d)?\\b",
	    false, "early-|late-|mid-" },
	{ DATE, "\\b(?:\\d{1,2} )?(?:January|February|March|April|May|June|July|"
	    "August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|"
	    "Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)"
	    "(?: \\d{1,2}(?:st|nd|rd|th)?\\b)?(?:,? (?:19|20)\\d\\d\\b)?", false,
	    "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec" },
	/* Abbreviated without a full stop, as datelines write them ("Nov 26"):
	 * only with the day. */
	{ DATE, "\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec) \\d{1,2}"
	    "(?:st|nd|rd|th)?\\b(?:,? (?:19|20)\\d\\d\\b)?", false,
	    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec" },
	{ DATE, "\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
	    "today|yesterday|tomorrow)\\b", false,
	    "day|tomorrow" },
	{ DATE, "\\b(?:(?:this|last|next) (?:week|month|year)|"
	    "(?:early|late|mid)-?(?:19|20)\\d\\ds?)\\b", false,
	    "week|month|year|early|late|mid" },
	/* Parts of the year: "the third quarter", "this spring", "the first
	 * half of 2027"; "the winter" only after a preposition of time (not
	 * "the winter campaign"). */
	{ DATE, "\\b(?:(?:the|this|last|next) (?:first|second|third|fourth|final|last) "
	    "(?:quarter|half)|(?:this|last|next) (?:spring|summer|autumn|fall|winter))"
	    "(?: of (?:19|20)\\d\\d)?\\b", false,
	    "quarter|half|spring|summer|autumn|fall|winter" },
	{ DATE, "\\b(?:in|during|by|until|since|through|over) (the (?:spring|summer|"
	    "autumn|fall|winter)(?: of (?:19|20)\\d\\d)?)\\b", false,
	    "spring|summer|autumn|fall|winter" },
	/* A month after a preposition of time, even "May" and "March":
	 * "by March", "until May". */
	{ DATE, "\\b(?:in|by|since|until|till|from|before|after|through|during|"
	    "early|late|mid-)\\s((?:January|February|March|April|May|June|July|"
	    "August|September|October|November|December)(?:,? (?:19|20)\\d\\d)?)\\b",
	    true,
	    "January|February|March|April|May|June|July|August|September|October|November|December" },
	/* Durations and ages: "two years", "18 months", "three weeks ago". */
	{ DATE, "\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
	    "eleven|twelve|fifteen|twenty|thirty|forty|fifty|several|a few)"
	    "[\\s-](?:years?|months?|weeks?|days?|decades?)"
	    "(?:[\\s-](?:ago|old|earlier|later))?\\b", false,
	    "year|month|week|day|decade" },
	{ DATE, "\\b(?:in|since|by|from|until|to|of|during|before|after|"
	    "early|late) ((?:19|20)\\d\\ds?)\\b", false,
	    "19|20" },
};
_Static_assert(sizeof pattern_sources / sizeof pattern_sources[0] == NPATTERNS,
    "NPATTERNS in tagger.h counts the patterns");

/* Months alone: "May" is also a verb, "March" a noun. */
static const char *const ambiguous_months[] = { "May", "March", "June" };

static bool
ambiguous_month(const char *s, size_t len)
{
	for (size_t i = 0; i < sizeof ambiguous_months / sizeof *ambiguous_months; i++)
		if (strlen(ambiguous_months[i]) == len &&
		    memcmp(ambiguous_months[i], s, len) == 0)
			return true;
	return false;
}

/*
 * Every pattern's needles, by their first byte: one pass over a text
 * says which patterns may match it (a search for each needle in turn
 * cost more than the patterns it saved).
 */
enum { MAX_NEEDLES = 160 };

struct needle_index {
	struct needle {
		const char *s;
		size_t len;
		uint32_t patterns;	/* bit i: pattern i has it */
	} v[MAX_NEEDLES];
	size_t n;
	uint16_t first[257];	/* byte c: v[first[c]..first[c + 1]) */
	/* Bit (c << 8 | d): some needle starts with byte c then byte d (a
	 * needle of one byte, with any), so that most bytes of a text cost
	 * one test. */
	uint64_t pairs[65536 / 64];
};

static void
set_pair(struct needle_index *x, unsigned c, unsigned d)
{
	unsigned k = c << 8 | d;

	x->pairs[k / 64] |= 1ull << (k % 64);
}

static int
by_first_byte(const void *pa, const void *pb)
{
	const struct needle *a = pa, *b = pb;
	int ca = (unsigned char)a->s[0], cb = (unsigned char)b->s[0];

	if (ca != cb)
		return ca - cb;
	if (a->len != b->len)
		return a->len < b->len ? -1 : 1;
	return memcmp(a->s, b->s, a->len);
}

static struct needle_index *
needle_index_new(void)
{
	struct needle_index *x = xcalloc(1, sizeof *x);

	for (size_t i = 0; i < NPATTERNS; i++)
		for (const char *n = pattern_sources[i].needles; *n != '\0';) {
			size_t k = strcspn(n, "|");
			if (x->n == MAX_NEEDLES)
				diag_fatal("pattern %zu: more than %d needles", i, MAX_NEEDLES);
			x->v[x->n++] = (struct needle){ n, k, 1u << i };
			for (unsigned d = 0; d < 256; d++)
				if (k == 1 || d == (unsigned char)n[1])
					set_pair(x, (unsigned char)n[0], d);
			n += k + (n[k] == '|');
		}
	qsort(x->v, x->n, sizeof *x->v, by_first_byte);
	for (size_t k = 0, c = 0; c <= 256; c++) {
		while (k < x->n && (unsigned char)x->v[k].s[0] < c)
			k++;
		x->first[c] = (uint16_t)k;
	}
	return x;
}

/* The patterns (bit i: pattern i) one of whose needles is in the text. */
static uint32_t
patterns_with_needles(const struct needle_index *x, const char *text, size_t len)
{
	const uint32_t all = (1u << NPATTERNS) - 1;
	uint32_t found = 0;

	for (size_t i = 0; i < len && found != all; i++) {
		unsigned c = (unsigned char)text[i];
		unsigned pair = c << 8 | (i + 1 < len ? (unsigned char)text[i + 1] : 0);
		if (!(x->pairs[pair / 64] & 1ull << (pair % 64)))
			continue;
		for (size_t k = x->first[c]; k < x->first[c + 1]; k++) {
			const struct needle *nd = &x->v[k];
			if ((found & nd->patterns) == 0 && nd->len <= len - i &&
			    (nd->len == 1 || text[i + 1] == nd->s[1]) &&
			    memcmp(text + i, nd->s, nd->len) == 0)
				found |= nd->patterns;
		}
	}
	return found;
}

pcre2_code *
compile_regex(const char *what, size_t i, const char *re)
{
	int code;
	PCRE2_SIZE at;
	pcre2_code *c = pcre2_compile((PCRE2_SPTR)re, PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | PCRE2_NO_UTF_CHECK, &code, &at, NULL);

	if (c == NULL && code == PCRE2_ERROR_HEAP_FAILED)
		diag_fatal("out of memory (pcre2 %s %zu)", what, i);
	if (c == NULL) {
		PCRE2_UCHAR why[120];
		pcre2_get_error_message(code, why, sizeof why);
		diag_fatal("%s %zu, at %zu: %s", what, i, (size_t)at, (char *)why);
	}
	/* JIT code is opaque to valgrind, which reports its reads as
	 * uninitialised: tests/run sets WIRE_NO_JIT under valgrind.  No
	 * JIT (no memory for it) only costs speed. */
	if (getenv("WIRE_NO_JIT") == NULL)
		pcre2_jit_compile(c, PCRE2_JIT_COMPLETE);
	return c;
}

void
compile_patterns(struct tagger *t)
{
	for (size_t i = 0; i < NPATTERNS; i++)
		t->patterns[i] = compile_regex("pattern", i, pattern_sources[i].re);
	t->needles = needle_index_new();
	patterns_thread(t, t);
}

void
patterns_thread(struct tagger *t, const struct tagger *main_tagger)
{
	memcpy(t->patterns, main_tagger->patterns, sizeof t->patterns);
	t->needles = main_tagger->needles;
	t->match = pcre2_match_data_create(4, NULL);
	if (t->match == NULL)
		diag_fatal("out of memory (pcre2 match data)");
}

static void
add_hit(struct pattern_hits *h, size_t pattern, size_t start, size_t end)
{
	h->v = xgrow(h->v, &h->cap, h->n + 1, sizeof *h->v);
	h->v[h->n++] = (struct pattern_hit){ start, end, pattern };
}

/* The matches of every pattern, pattern by pattern, each in order: what
 * the text alone gives, on any thread. */
void
find_patterns(struct tagger *t, const char *text, size_t len)
{
	uint32_t may = patterns_with_needles(t->needles, text, len);

	t->hits.n = 0;
	for (size_t i = 0; i < NPATTERNS; i++) {
		PCRE2_SIZE at = 0;
		int rc = PCRE2_ERROR_NOMATCH;
		if (!(may & 1u << i))
			continue;
		while (at < len && (rc = pcre2_match(t->patterns[i], (PCRE2_SPTR)text,
		    len, at, PCRE2_NO_UTF_CHECK, t->match, NULL)) > 0) {
			PCRE2_SIZE *ov = pcre2_get_ovector_pointer(t->match);
			int g = rc > 1 && ov[2] != PCRE2_UNSET ? 1 : 0;
			size_t start = ov[2 * g], end = ov[2 * g + 1];
			at = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
			if (pattern_sources[i].type == DATE &&
			    !pattern_sources[i].in_context &&
			    ambiguous_month(text + start, end - start))
				continue;
			add_hit(&t->hits, i, start, end);
		}
		/* Out of memory is the end, as everywhere; a match limit met on
		 * some odd text only leaves that pattern's mentions out. */
		if (rc == PCRE2_ERROR_NOMEMORY)
			diag_fatal("out of memory (pcre2 match)");
	}
}

/* Dates, times, money, percentages, quantities and model names, from
 * the matches find_patterns found.  A model name wins over the tagger;
 * the others fill the gaps. */
void
match_patterns(struct tagger *t)
{
	const struct pattern_hits *h = &t->hits;

	for (size_t i = 0, k = 0; i < NPATTERNS; i++) {
		/* A pattern's matches follow one another and never overlap: the
		 * mentions before it answer for all of them. */
		mentions_index(&t->found);
		for (; k < h->n && h->v[k].pattern == i; k++) {
			size_t start = h->v[k].start, end = h->v[k].end;
			enum etype type = pattern_sources[i].type;
			if (type == PRODUCT)
				mentions_remove_overlapping(&t->found, start, end);
			else if (mentions_overlap(&t->found, start, end))
				continue;
			add_mention(&t->found, start, end, type);
		}
	}
	mentions_compact(&t->found);
}

void
free_patterns(struct tagger *t)
{
	for (size_t i = 0; i < NPATTERNS; i++)
		pcre2_code_free(t->patterns[i]);
	free(t->needles);
	patterns_thread_free(t);
}

void
patterns_thread_free(struct tagger *t)
{
	pcre2_match_data_free(t->match);
	free(t->hits.v);
}
