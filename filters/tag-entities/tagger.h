/*
 * tagger: what the files of wire-tag-entities share (private; the
 * interface is tag-entities.h).
 *
 * A record goes through two halves.  The first needs nothing but the
 * record and runs on any thread (tag-entities.c hands records to the
 * pool): its words (words.c), the sequence tagger over each sentence and
 * the rules that turn its tags into names (spans.c; where a name begins
 * and ends, edges.c; the words around a name, context.c; offices' names,
 * offices.c; names the tagger left out, missed.c; names joined by "and",
 * coordination.c), and the dateline.  The second needs the story so far
 * and runs on the calling thread, in input order: teams and players in
 * sports copy (sports.c, what a match's side is in sides.c, its cues in
 * sportcues.c, a headline's sport in slug.c, results lists' people in
 * players.c), canonical names and what the story taught (story.c),
 * acronyms (acronyms.c), dates, money and the other patterns
 * (patterns.c), places inside hyphenated words (words.c), and the output
 * line (output.c), which may wait for the story's next records
 * (held.c).  Between them the halves pass a list of mentions
 * (mentions.c), byte spans of the record's text that never overlap.
 *
 * A struct tagger is one thread's: the calling thread's holds the data
 * (model, gazetteer, aliases, patterns) and the story memory; a worker's
 * shares the model and gazetteer and has scratch of its own.
 */
#ifndef WIRE_TAG_ENTITIES_TAGGER_H
#define WIRE_TAG_ENTITIES_TAGGER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <jansson.h>

#include "buf.h"
#include "doccache.h"
#include "hmap.h"
#include "ner/ner.h"
#include "record.h"
#include "sentences.h"
#include "tag-entities.h"
#include "tok.h"

/* The model, gazetteer and aliases, compiled in (lang/ner/embed.S). */
extern const char ner_model_text[], ner_model_text_end[];
extern const char ner_gazetteer_text[], ner_gazetteer_text_end[];
extern const char ner_aliases_text[], ner_aliases_text_end[];

enum etype {
	PERSON, NORP, FAC, ORG, GPE, LOC, PRODUCT, EVENT, DATE, TIME, MONEY,
	PERCENT, QUANTITY, NTYPES
};

extern const char *const type_names[NTYPES];

/* --- mentions (mentions.c) --- */

struct mention {
	size_t start, end;		/* bytes of the record's text */
	size_t title_start;		/* == start when no title */
	enum etype type;
	bool opens_sentence;		/* its first word starts a sentence */
	bool has_canonical;		/* else the text itself */
	bool removed;			/* gone, until mentions_compact */
	bool team;			/* an ORG by its sports context (sports.c) */
	bool place_by_form;		/* a GPE by where it stands: a dateline's
					 * place, a results line's ground, the
					 * place of "Velgrad-based" */
	bool by_context;		/* an ORG by what is told of it: its
					 * shares, results, noun (context.c) */
	size_t canonical_off, canonical_len;	/* in tagger.canonical */
};

/*
 * The mentions of a record, and an index of them by position.  A pass
 * over the text asks which mention overlaps a span or spans it exactly;
 * a scan of the list for each question made one record of many names
 * quadratic.  Mentions never overlap (each pass adds one only where
 * there is room), so ordered by start they are ordered by end too and a
 * binary search answers.  The index is the list as mentions_index found
 * it: a pass adds mentions only behind the place it asks about next, and
 * marks the ones it takes away (mentions_compact drops them).
 */
struct mention_pos {
	size_t start, end;
	size_t at;			/* index into the list */
};

struct mention_list {
	struct mention *v;
	size_t n, cap;
	struct mention_pos *order;	/* by start */
	size_t norder, cap_order;
	size_t indexed;			/* v[0..indexed) are in the index */
	/* Mentions taken away (mention_remove) in all, and when the index
	 * was last made: an index with nothing new is kept as it is. */
	size_t nremoved, nremoved_indexed;
};

void mentions_clear(struct mention_list *l);
void add_mention(struct mention_list *l, size_t start, size_t end,
    enum etype type);
void mentions_index(struct mention_list *l);
/* Takes v[at] away, until mentions_compact. */
void mention_remove(struct mention_list *l, size_t at);
bool mentions_overlap(const struct mention_list *l, size_t start, size_t end);
/* The index of the mention spanning exactly [start, end), or SIZE_MAX. */
size_t mentions_at(const struct mention_list *l, size_t start, size_t end);
/* The indexes of the mentions overlapping [start, end), in order, into
 * out[0..max); returns how many there are (more than max: some left
 * out). */
size_t mentions_overlapping(const struct mention_list *l, size_t start,
    size_t end, size_t *out, size_t max);
/* Marks the mentions overlapping [start, end) removed. */
void mentions_remove_overlapping(struct mention_list *l, size_t start,
    size_t end);
/* Makes room for a name at [start, end): the mentions inside it are
 * marked removed; returns false, changing nothing, when one reaches
 * outside it. */
bool mentions_make_room(struct mention_list *l, size_t start, size_t end);
void mentions_compact(struct mention_list *l);
void mentions_sort(struct mention_list *l);
void mention_list_free(struct mention_list *l);

/* --- the story so far (story.c) --- */

/* What a story taught: a surface and what it stands for. */
struct known {
	char *surface;
	enum etype type;
	char *canonical;
	bool by_context;	/* learnt from a company or a team by its context */
	bool short_form;	/* a company's name without its legal form */
	bool ambiguous;		/* a surname of two people named in full */
};

struct doc_state {
	struct hmap index;		/* hash of surface -> entry + 1 */
	struct known *v;
	size_t n, cap;
	bool sports;			/* a team found in the story (sports.c) */
	bool played_alone;		/* its slug names a sport played alone */
	bool press_digest;		/* its slug is "PRESS DIGEST" (digest.c) */
};

/* --- a story's records held back (held.c) --- */

/*
 * A record of a story waits for the story's next records, so that what
 * they teach holds for it too: "Kovalik" in a live entry's first line
 * is "Tomas Kovalik", named in its second.  At most HOLD_MAX - 1 wait
 * between records, all of one story (a "doc", else an "id"), each read
 * from a line of at most HOLD_LINE_MAX bytes, so the memory they take
 * is bounded; never past a read that would block at a line's end,
 * another story's record, the story's last record or the end.
 */
enum { HOLD_MAX = 8, HOLD_LINE_MAX = 1 << 18 };

struct stream;

struct held_record {
	json_t *rec;			/* a reference of the hold's own */
	struct stream *out;
	const char *text;		/* rec's text */
	struct mention_list found;	/* as finish_record left them */
	struct buf canonical;		/* their canonical names */
	struct ner_tok *words;		/* its words, into text */
	size_t nwords, cap_words;
};

struct story_hold {
	struct held_record v[HOLD_MAX];	/* oldest first */
	size_t n;
	struct buf line;		/* a held record written out */
};

struct tagger;

/* Whether a record of doc, read from a line of line_len bytes, its
 * story's last or not, is to be held (after the held ones of another
 * story are written). */
bool hold_takes(const char *doc, size_t line_len, bool last);
/* Whether the held records are doc's story's (or none is held). */
bool hold_same_story(const struct story_hold *h, const char *doc);
/* Holds rec, with its nwords words, mentions and canonical names in
 * t->words, t->found and t->canonical (t gets the emptied lists of a
 * slot in their place). */
void hold_keep(struct tagger *t, json_t *rec, struct stream *out,
    const char *text, size_t nwords);
/* Writes the oldest held records, each settled by the story d as it
 * now stands, until at most keep are held. */
void hold_write(struct tagger *t, struct doc_state *d, size_t keep);
/* hold_write of them all, with their story's state: the story entered
 * last, which is never evicted nor forgotten while its records are held
 * (a record of another story, or the story's last, writes them first). */
void hold_write_all(struct tagger *t);
void hold_free(struct story_hold *h);

/* --- the tagger --- */

/* A pattern's match (patterns.c): found on any thread, used in order. */
struct pattern_hit {
	size_t start, end;
	size_t pattern;
};

struct pattern_hits {
	struct pattern_hit *v;
	size_t n, cap;
};

enum { NPATTERNS = 18, NSPORTS = 38 };

struct tagger {
	const struct tag_entities_config *cfg;
	struct ner_model *model;
	struct ner_tagger *ner;		/* a thread's tagger's only */
	struct ner_gazetteer *gaz;
	const char *const *tag_names;
	size_t ntags;
	char *model_file, *gaz_file;	/* when read from files */
	struct hmap aliases;		/* hash of alias -> offset + 1 */
	pcre2_code *patterns[NPATTERNS];	/* the main tagger's */
	struct needle_index *needles;		/* the main tagger's too */
	pcre2_match_data *match;		/* each thread's own */
	struct pattern_hits hits;		/* the record's matches */
	pcre2_code *sports[NSPORTS];
	pcre2_match_data *sports_match;
	/* Bit (c << 8 | d): a sports cue word starts with c, d (sports.c). */
	uint64_t *cue_pairs;
	/* The record's first line when its slug names a sport played alone
	 * ("TENNIS - ..."), else 0 (sports_slug). */
	size_t alone_headline_end;
	/* The record's story is of a sport played alone (its slug said so,
	 * here or in a record before): two people around a "v" are no
	 * teams. */
	bool played_alone;
	struct doccache docs;
	/* Scratch, reused record after record. */
	struct sent_list sents;
	struct tok_list toks;
	struct ner_tok *words;
	int *tags;
	size_t cap_words, cap_tags;
	/* The record's parse when an upstream stage wrote one ("tokens"),
	 * and each word's part-of-speech tag from it. */
	struct record_tokens tokens;
	bool has_tokens;
	struct ner_tok *pos;
	size_t cap_pos;
	struct mention_list found;
	struct buf canonical;		/* the record's canonical names */
	struct buf keys;		/* surname keys of a name */
	struct buf line;		/* the record written out */
	struct story_hold hold;		/* the main tagger's only */
	struct buf recased;		/* a headline's words (headline.c) */
	struct buf recased_text;	/* a record's capitals lines (headline.c) */
	struct ner_tok *recased_words;
	size_t cap_recased;
};

/* Exchanges a and b, two lvalues of type. */
#define SWAP(type, a, b) do { type swap_ = (a); (a) = (b); (b) = swap_; } while (0)

/* --- words (words.c) --- */

bool is_capitalised(const struct ner_tok *w);
bool is_word(const struct ner_tok *w, const char *s);
/* Whether w has letters and no lower-case one ("ECB", "KESSEL"). */
bool is_all_capitals(const struct ner_tok *w);
/* Whether w is letters in lower case only ("bourse"; not "eBay"). */
bool is_lower_word(const struct ner_tok *w);
/* Whether w opens a place's name ("Port", "Santa") or ends one
 * ("Docks", "Springs", and the land words; no surname). */
bool opens_place_name(const struct ner_tok *w);
bool ends_place_name(const struct ner_tok *w);
/* Whether words[k] ends its line: the sentence's last (before hi), or a
 * line break after it; opens_line: the sentence's first (from lo), or
 * a line break before it. */
bool ends_line(const struct ner_tok *words, size_t k, size_t hi);
bool opens_line(const struct ner_tok *words, size_t lo, size_t k);
/* Quotation marks, brackets and other punctuation (curly marks and
 * dashes are three bytes from 0xe2). */
bool is_mark(const struct ner_tok *w);
/* Whether w, in lower case, reads as a verb a person's news is told
 * with: in the past ("retained", "named"), or one of a list of the
 * commonest ("won", "quits", "leads"); not any word in -s, which a
 * plural is too ("rises", "people"). */
bool reads_as_verb(const struct ner_tok *w);
/* Whether w is a small number, a score's ("1", "12"). */
bool is_small_number(const struct ner_tok *w);
/* w with its first letter in lower case ("Residents" -> "residents"),
 * written to buf[0..cap); w itself when it has no capital first or does
 * not fit. */
struct ner_tok lower_first(const struct ner_tok *w, char *buf, size_t cap);
/* w with every letter after its first in lower case ("KESSIAN" as
 * "Kessian"), in buf[0..cap); w itself when longer than cap. */
struct ner_tok title_cased(const struct ner_tok *w, char *buf, size_t cap);
/* Whether w is one of list[0..n), each compared by same: is_word,
 * is_name_word or is_word_any_case; WORD_IN, NAME_WORD_IN and
 * ANY_CASE_WORD_IN for a static array. */
bool word_in(const struct ner_tok *w, const char *const *list, size_t n,
    bool (*same)(const struct ner_tok *, const char *));
#define LIST_LEN(list) (sizeof (list) / sizeof *(list))
#define WORD_IN(w, list) word_in((w), (list), LIST_LEN(list), is_word)
#define NAME_WORD_IN(w, list) word_in((w), (list), LIST_LEN(list), is_name_word)
#define ANY_CASE_WORD_IN(w, list) word_in((w), (list), LIST_LEN(list), is_word_any_case)
/* w and s the same in any case ("RUGBY", "rugby"). */
bool is_word_any_case(const struct ner_tok *w, const char *s);
/* Whether a name ends its noun phrase before words[i]: at the end, before
 * punctuation or a preposition ("buy Lumigrid for", "in Paris and
 * Velby."), not before its noun ("bought U.S. dollars"), another name
 * or a possessive. */
bool ends_noun_phrase(const struct ner_tok *words, size_t i, size_t hi);
/* is_word, or s (a name's word, "Rovers") in the capitals of a headline
 * ("ROVERS"). */
bool is_name_word(const struct ner_tok *w, const char *s);
bool is_possessive(const struct ner_tok *w);
bool is_particle(const struct ner_tok *w);
bool is_function_word(const char *s, size_t len);
/* A word ending as nationality words do ("Vantish", "Kalese"). */
bool demonym_like(const struct ner_tok *w);
/* demonym_like, but not the endings places share ("-i", "-an" but
 * "-ian"): "Dravian", "Ostrese", not "Mali", "Sudan". */
bool demonym_adjective(const struct ner_tok *w);
/* A month, a day or a feast, which the date patterns read (missed.c). */
bool is_time_name(const struct ner_tok *w);
/* "Monday" ... "Sunday" (namewords.c). */
bool is_day_name(const struct ner_tok *w);
/* A noun for a person of a nation ("Frenchman", "Briton", "Swede"). */
bool is_demonym_noun(const struct ner_tok *w);
bool is_prefixed_word(const struct ner_tok *w);

/* --- the words that say what a name is (namewords.c) --- */

/* "Velgrad Trust", "Portvale Rovers": a word that ends a club's, a
 * company's or a body's name. */
bool ends_organisation(const struct ner_tok *w);
/* Whether w is a company's legal form after its name ("AG", "plc"). */
bool is_company_suffix(const struct ner_tok *w);
/* Whether words[k] is an organisation's word: ends_organisation, or the
 * gazetteer's ("Ministry", "Party"). */
bool is_org_word_at(const struct tagger *t, const struct ner_tok *words, size_t k);
/* "Banca Lorvese", "Grupo Tarsa": a company's word that opens its name,
 * in the languages of other markets. */
bool opens_company_name(const struct ner_tok *w);
/* "agency", "newspaper", "broadcaster": a noun for a news outlet. */
bool is_media_noun(const struct ner_tok *w);
/* "Dravian", "Arabic", "Islamist", "Friday": a word beside an outlet's
 * noun that is not its name. */
bool qualifies_outlet(const struct ner_tok *w);
/* "Rovers" of "Kessel Rovers": a word a club is called by alone. */
bool is_club_short_name(const struct ner_tok *w);
/* Whether w is a word in the plural, capitalised, as teams' nicknames
 * are ("Mariners", "FALCONS"; not "Rovers'", "Express"). */
bool is_plural_nickname(const struct ner_tok *w);
/* "Garrow Head": a word that ends a headland's name. */
bool is_headland(const struct ner_tok *w);
/* "the Tarsk Hills": a land word the gazetteer leaves out. */
bool is_land_word(const struct ner_tok *w);
/* "the Kessel District": a word for a part of a state. */
bool is_district_word(const struct ner_tok *w);
/* Whether w is a preposition of place ("in", "near"), in lower case or,
 * any_case, in any ("IN VELBY"). */
bool is_place_preposition(const struct ner_tok *w, bool any_case);
/* Whether the word before words[i] (back to lo) is a preposition of
 * place ("in", "near", "from"). */
bool after_place_preposition(const struct ner_tok *words, size_t lo, size_t i);
/* "Sunni", "Coptic": the name of a faith or a sect. */
bool is_faith_word(const struct ner_tok *w);

/* "Velgrad-based": a place's name and "-based", one word. */
bool is_based_word(const struct ner_tok *w);

/* The type bits the gazetteer gives words[from..to). */
unsigned gaz_bits(const struct tagger *t, const struct ner_tok *words,
    size_t from, size_t to);
/* The gazetteer's governed places, a GPE's (countries and cities), and
 * those with its regions (a LOC's). */
#define GAZ_STATES ((1u << GAZ_COUNTRY) | (1u << GAZ_CITY))
#define GAZ_PLACES (GAZ_STATES | (1u << GAZ_REGION))
bool gaz_is(const struct tagger *t, const struct ner_tok *words, size_t from,
    size_t to, enum ner_gaz_type g);
/* The next word of text[*at..end), words a space apart, in *w, *at
 * moving past it; false when none is left. */
bool next_word(const char *text, size_t *at, size_t end, struct ner_tok *w);
/* The same of text[start..end), its words those between its spaces. */
unsigned gaz_bits_of_text(const struct tagger *t, const char *text,
    size_t start, size_t end);
/* How many words before index i (back to lo) form a title ending at i. */
size_t title_before(const struct tagger *t, const struct ner_tok *words,
    size_t lo, size_t i);
/* How many words from i on (before hi) form a title. */
size_t title_at(const struct tagger *t, const struct ner_tok *words,
    size_t i, size_t hi);

/* The words of sentence sp appended to t->words from nwords on; returns
 * the new count. */
size_t sentence_words(struct tagger *t, const char *text,
    const struct sent_span *sp, size_t nwords);
void find_dateline(struct tagger *t, const char *text, size_t len);
void find_compound_places(struct tagger *t, const char *text, size_t nwords);

/* --- span rules (spans.c) --- */

/* A name the tagger found, as the span rules (spans.c) shape it. */
struct span {
	size_t lo;		/* the sentence's first word */
	size_t from, to;	/* words [from, to) */
	size_t title_from;	/* == from when no title */
	enum etype type;
	bool by_context;	/* a company by what is told of it (context.c) */
};

/* The spans v[0..n) of a sentence ending before words[hi], the ones that
 * are one name joined (joins.c); returns their number. */
size_t join_spans(const struct tagger *t, const struct ner_tok *words, size_t hi,
    struct span *v, size_t n);
/* The tagger's mentions in one sentence, or part of one, words[lo..hi). */
void tag_sentence(struct tagger *t, const char *text, size_t lo, size_t hi);
/* Words of the sentences t->sents of text, and the tagger's names in
 * them (into t->found), a long sentence in windows; returns the number
 * of words. */
size_t tag_text(struct tagger *t, const char *text);

/* --- a span's kind by its own words (kinds.c) --- */
/* Whether words[at..hi) open with a noun of a nation's people or
 * bodies, which a nationality's adjective qualifies ("troops",
 * "government", "first division"). */
bool is_nationality_head(const struct ner_tok *words, size_t at, size_t hi);
/* Whether span sp of words[lo..hi), one word, is a nationality's
 * adjective before its noun ("the Kessian city of Halden"). */
bool nationality_before_noun(const struct tagger *t, const struct ner_tok *words,
    size_t lo, size_t hi, const struct span *sp);

/* Types the tagger got wrong that the gazetteer and the span's own words
 * make plain, in the sentence words[lo..hi) ("President Hollande",
 * "Major League Baseball", "Quayside Stadium", "the Kessian city"). */
void retype(const struct tagger *t, const struct ner_tok *words, size_t lo,
    size_t hi, struct span *sp);
/* "Dravia's Foreign Ministry": span i of v[0..n), one word before a
 * possessive and a state's body, is the state. */
void owner_of_state_body(const struct ner_tok *words, struct span *v, size_t n,
    size_t i);
/* "Kessel's mayor": one word before a possessive and a place's word is
 * the place. */
void owner_of_place_word(const struct ner_tok *words, size_t hi, struct span *sp);
/* "St Aidan's Hospital": a saint's name, a possessive and an
 * institution's word are one organisation. */
void saints_institution(const struct ner_tok *words, size_t lo, size_t hi,
    struct span *sp);
/* "Storm Elowen": a named storm is an event, its word part of the name. */
void named_storm(const struct ner_tok *words, size_t lo, struct span *sp);
/* Whether w is a competition's word, capitalised ("Cup", "Open"). */
bool is_competition_word(const struct ner_tok *w);
/* "the Dravian Cup", "the German Grand Prix": a competition's name is an
 * event, with its word where the tagger ended the name before it. */
void named_competition(const struct tagger *t, const struct ner_tok *words,
    size_t hi, struct span *sp);
/* "Norway 's Lars Halvorsen" a person where the tagger saw a place;
 * "Tor Halvorsen" opening a sentence a person named in full where it
 * saw the surname (not before covered). */
void person_by_first_name(const struct tagger *t, const struct ner_tok *words,
    size_t lo, size_t hi, size_t covered, struct span *sp);
/* "the Tour of Kessia": a stage race is an event, from "Tour" on (not
 * before lo). */
void named_tour(const struct ner_tok *words, size_t lo, struct span *sp);
/* "the Bundesbank": one word ending in "bank" after "the" (not before
 * lo), taken for a person or a place, is an organisation. */
void one_word_bank(const struct ner_tok *words, size_t lo, size_t hi, struct span *sp);
/* "shares in Lumigrid": what is owned in shares is a company. */
void company_by_shares(const struct ner_tok *words, size_t lo, struct span *sp);

/* --- what the words around a name say it is (context.c) --- */

/* Retypes span sp of the sentence words[lo..hi) by the words around it
 * ("an analyst in Tarsk", "Lumigrid rose 3 percent", "to buy Lumigrid"),
 * and takes in a headland's word after it ("Garrow Head"). */
void context_type(const struct tagger *t, const struct ner_tok *words,
    size_t lo, size_t hi, struct span *sp);

/* --- where a span begins and ends (edges.c) --- */

/* A name the tagger ended just before a capitalised organisation's word
 * it left out, before next (the next span's start), takes it ("Halvia
 * Telecom"). */
void org_word_after(const struct tagger *t, const struct ner_tok *words, size_t next,
    size_t hi, struct span *sp);
/* An organisation's word the tagger took alone takes the capitalised
 * words it left out before it, after covered ("International Olympic
 * Committee"). */
void org_words_before(const struct tagger *t, const struct ner_tok *words,
    size_t lo, size_t covered, struct span *sp);
/* What is no part of a name at its edges: marks, small words and a
 * clause's opener, a results period ("H1"), a results line's score, a
 * sign-off's "Newsroom" (the sentence is words[lo..hi)). */
void trim_edges(const struct ner_tok *words, size_t lo, size_t hi, struct span *sp);

/* Adds span sp of words (in text) to t->found (spans.c). */
void add_span(struct tagger *t, const char *text, const struct ner_tok *words,
    const struct span *sp);

/* --- offices' names (offices.c) --- */

/* The spans v[0..n) of words[lo..hi) inside an office's name ("the
 * Foreign Minister's Office") become it: the first the office, the
 * others taken by it. */
void take_offices(const struct tagger *t, const struct ner_tok *words, size_t lo,
    size_t hi, struct span *v, size_t n);
/* Where an office's name from words[i] that no span of v[0..n) overlaps
 * ends, or i. */
size_t office_end(const struct tagger *t, const struct ner_tok *words, size_t i,
    size_t hi, const struct span *v, size_t n);

/* --- names the tagger left out (missed.c) --- */

/* In the sentence words[lo..hi), its spans v[0..n) kept, the mentions
 * from t->found.v[first] on its own: organisations' and outlets' names
 * ("Coldmere Foods", "the news agency Dravpress"), and places beside
 * their people or courts ("A Kessel court jailed"). */
void missed_organisations(struct tagger *t, const char *text, size_t lo, size_t hi,
    const struct span *v, size_t n);
void missed_places(struct tagger *t, const char *text, size_t lo, size_t hi,
    const struct span *v, size_t n, size_t first);
/* ... and nationalities before their noun ("Dravian troops"). */
void missed_nationalities(struct tagger *t, const char *text, size_t lo,
    size_t hi, const struct span *v, size_t n, size_t first);
/* ... and competitions ("Results of Kessian Cup matches"). */
void missed_competitions(struct tagger *t, const char *text, size_t lo,
    size_t hi, const struct span *v, size_t n, size_t first);

/* Whether span sp of words[lo..hi) stands beside its place's own, of
 * the kinds asked: people ("residents of Kessel"), officers ("Velgrad
 * mayor": a party or a bank has them too), courts and police ("a Kessel
 * court": a modifier as often, "the Google court case"). */
enum place_words { PLACE_PEOPLE = 1, PLACE_OFFICERS = 2, PLACE_COURTS = 4 };
bool place_of_its_people(const struct ner_tok *words, size_t lo, size_t hi,
    const struct span *sp, unsigned kinds);

/* --- names joined by "and" (coordination.c) --- */

/* The mentions t->found.v[first..] of the sentence words[lo..hi): a
 * place joined by "and" to a name missed or taken for a one-word
 * surname, after a preposition of place, makes it a place.  Sorts those
 * mentions by start. */
void coordinated_places(struct tagger *t, const char *text, size_t lo,
    size_t hi, size_t first);

/* --- story memory and canonical names (story.c) --- */

void *doc_state_new(void);
void doc_state_free(void *state);
const struct known *doc_lookup(const struct doc_state *d, const char *s,
    size_t len);
struct known *doc_learn(struct doc_state *d, const char *s, size_t len,
    enum etype type, const char *canonical, size_t canonical_len);
void load_aliases(struct tagger *t);
void set_canonical(struct tagger *t, struct mention *m, const char *s,
    size_t len);
/* The canonical name of m, or its text. */
const char *canonical_of(const struct tagger *t, const struct mention *m,
    const char *text, size_t *len);
void resolve(struct tagger *t, struct doc_state *d, const char *text);
/* Names the story has taught, where the tagger missed them, in the
 * record's nwords words (t->words); taught_later: in a record held back
 * while the story's next ones were read, whose persons are found with
 * care (a bridge or a river may share a surname). */
void find_known(struct tagger *t, struct doc_state *d, const char *text,
    size_t nwords, bool taught_later);
/* After find_known: what the whole record taught, for its earlier
 * mentions too; text, the record's, is NUL-terminated (the words around
 * a mention are read up to it). */
void settle_record(struct tagger *t, struct doc_state *d, const char *text);

/* --- acronyms (acronyms.c) --- */

void find_acronyms(struct tagger *t, struct doc_state *d, const char *text,
    size_t len);

/* --- patterns (patterns.c) --- */

void compile_patterns(struct tagger *t);
/* A thread's tagger: the main one's patterns, match data of its own. */
void patterns_thread(struct tagger *t, const struct tagger *main_tagger);
void patterns_thread_free(struct tagger *t);
/* A regular expression compiled (UTF-8, JIT unless WIRE_NO_JIT), or the
 * program stops naming it: what and i ("pattern 3"). */
pcre2_code *compile_regex(const char *what, size_t i, const char *re);
void free_patterns(struct tagger *t);
/* The patterns' matches in the text (t->hits), on any thread. */
void find_patterns(struct tagger *t, const char *text, size_t len);
/* The mentions they give, on the calling thread in input order. */
void match_patterns(struct tagger *t);

/* --- headlines in capitals (headline.c) --- */

/* A copy of text[0..len) whose lines in capitals ("SOCCER - KESSEL HOLD
 * PORTVALE TO DRAW") are re-cased word by word as headline_words does
 * it ("Soccer - Kessel hold Portvale to draw"), every byte where it was;
 * NULL when no line is in capitals.  Valid until the next call. */
const char *recased_capital_lines(struct tagger *t, const char *text,
    size_t len);
/* The n words as the tagger should see them: words itself, or for a
 * headline in capitals a re-cased copy (valid until the next call). */
const struct ner_tok *headline_words(struct tagger *t,
    const struct ner_tok *words, size_t n);
/* Whether text[start, end), of a NUL-terminated text, is in a line in
 * capitals (a headline's, "KESSEL SIGNS NEXA"; not "NEXA says it"). */
bool in_capitals_line(const char *text, size_t start, size_t end);
/* "SOCCER - DRAVIAN LEAGUE SUMMARIES", "SOCCER - KESSIAN FIRST DIVISION
 * RESULTS": after a sport's slug a headline in capitals names its report
 * by a nationality and a league's word, which make no organisation
 * ("PAKISTAN MUSLIM LEAGUE", "KESSIAN CENTRAL BANK" do), the report's
 * words after them.  Then only the nationality is a name, a NORP, which
 * this adds: returns whether span sp of the sentence words[lo..) is
 * such a one, to be dropped; the report's words may follow it up to hi
 * ("DRAVIAN LEAGUE" before "RESULTS"). */
bool headline_league(struct tagger *t, const char *text,
    const struct ner_tok *words, size_t lo, size_t hi, const struct span *sp);
/* Whether the sentence words[lo..) opens with a slug that names a sport
 * and its dash, just before words[at] ("SOCCER - DRAVIAN LEAGUE"). */
bool after_sport_slug_words(const struct ner_tok *words, size_t lo, size_t at);
/* "W L T GF GA PTS", "P W D L F A PTS": a table's header, three or more
 * columns' headings and nothing else, two of them a single letter, names
 * nothing ("GA" is no Georgia; "U S AID TO IRAQ" is no header). */
bool is_table_header(const struct ner_tok *words, size_t n);

/* --- teams in sports copy (sports.c) --- */

void compile_sports(struct tagger *t);
void free_sports(struct tagger *t);
/* Whether a word is a player's or a coach's role ("striker",
 * "Goalkeeper"), in lower case or capitalised. */
bool is_sports_role(const struct ner_tok *w);

/* In a story whose slug is "PRESS DIGEST", a line alone in capitals
 * letters is a newspaper's name, an ORG ("KESSIAN HERALD"); the slug's
 * line is none (digest.c). */
void press_digest_papers(struct tagger *t, struct doc_state *d, const char *text,
    size_t len);
/* A headline's slug that names a sport ("ATHLETICS - ..."): the story is
 * sports copy (d->sports), and the slug's sports' names are no mentions
 * (slug.c). */
void sports_slug(struct tagger *t, struct doc_state *d, const char *text, size_t len);
/* Whether text[0, end), a headline's slug, names a sport ("ATHLETICS",
 * "NHL ICE HOCKEY"; not "ICE STORM"). */
bool slug_names_sport(const char *text, size_t end);
/* Whether the slug text[0, end) names a sport a player plays alone
 * ("GOLF", "TENNIS", "MOTOR RACING"). */
bool slug_names_individual_sport(const char *text, size_t end);
/* Where the slug that opens line[0, len), a headline in capitals, ends
 * (its " - ") when it names a sport (one played alone, when
 * individual): "SOCCER - ...", "GOLF - ..."; else 0. */
size_t sport_slug_end(const char *line, size_t len, bool individual);
/* Whether w, in capitals or not, is a function word ("The", "BY"). */
bool is_function_word_any_case(const struct ner_tok *w);

/* Names that a results line, a fixture or a result told make teams. */
void find_teams(struct tagger *t, struct doc_state *d, const char *text,
    size_t len);
/* --- the sides of a match (sides.c) --- */

/* What one side of a pairing, [start, end), is now. */
enum side {
	SIDE_NONE,	/* no mention: the tagger missed it */
	SIDE_NAME,	/* a name that may be a team (a place, an ORG...) */
	SIDE_WORD,	/* one capitalised word the tagger made a person */
	SIDE_NOT,	/* a person named in full, a date, or a mention
			 * reaching over the side's edge */
};

/* What text[start, end) is, and the index of its mention in *at
 * (SIZE_MAX when none spans it exactly). */
enum side side(const struct tagger *t, const char *text, size_t start, size_t end,
    size_t *at);
/* Whether the mentions inside [start, end) are parts of one side the
 * tagger cut ("United" of "Velby United 2"), no person named in full. */
bool found_in_part(const struct tagger *t, const char *text, size_t start, size_t end);
/* Makes [start, end) a team (mention at, or SIZE_MAX to add one); a
 * country stays a GPE. */
void make_team(struct tagger *t, const char *text, size_t at, size_t start, size_t end);
/* Whether every word of [start, end) is a function word or a common one
 * ("RESULTS AT THE ..."). */
bool only_common_words(const struct tagger *t, const char *text, size_t start,
    size_t end);
/* Whether a word after the first is a function word in capitals, "AND"
 * and "OF" apart ("MAREK LEADS BY TWO"). */
bool has_small_word_in_capitals(const char *text, size_t start, size_t end);
/* Whether a word after the first is a common one, a club's word apart
 * ("MAREK TAKES ONE-SHOT"). */
bool runs_on_into_words(const struct tagger *t, const char *text, size_t start,
    size_t end);
/* Whether [start, end) may open a team's name (not "The", a common word,
 * a nationality, a role's qualifier). */
bool may_open_team(const struct tagger *t, const char *text, size_t start, size_t end);
/* The end of the first word of [start, end). */
size_t first_word_end(const char *text, size_t start, size_t end);
/* Whether one word [start, end) is a nationality qualifying the noun
 * after it, before to ("Kessian forces"). */
bool qualifies_noun(const char *text, size_t start, size_t end, size_t to);
/* Whether w, in any case, is a word a headline names its report with
 * ("SCOREBOARD", "RESULTS", "SUMMARIES"). */
bool is_report_word(const struct ner_tok *w);
/* The end of a side without a headline's report words ("KESSIA
 * SCOREBOARD"). */
size_t side_end(const char *text, size_t start, size_t end);
/* The mention of a side and its report words up to whole_end, or
 * SIZE_MAX. */
size_t named_with_report(const struct tagger *t, size_t start, size_t end,
    size_t whole_end);
/* The mention that ends at end and starts at a word of [start, end), or
 * SIZE_MAX. */
size_t mention_ending(const struct tagger *t, const char *text, size_t start, size_t end);
/* Whether one word [start, end) after "the" reads as a nationality ("the
 * Dravian captain"). */
bool nationality_after_the(const char *text, size_t start, size_t end);
/* Whether w, opening a headline's subject, describes the side after it
 * ("CHAMPIONS", "TEN-MAN"). */
bool describes_side(const struct tagger *t, const struct ner_tok *w);

/* --- the cues of sports copy (sportcues.c) --- */

/* The cues, as bits: what the text must have for a pattern to run. */
enum {
	CUE_SCORE = 1,		/* "Portvale 2 Kessel": a letter, a number, a capital */
	CUE_ROW = 2,		/* "Portvale 10 7 2": a letter, three numbers */
	CUE_FIXTURE = 4,	/* " v ", " AT " */
	CUE_RESULT = 8,		/* " beat ", " drew with " */
	CUE_ROLE = 16,		/* " striker ", " coach " */
	CUE_PLURAL = 32,	/* "Kessel are": a capitalised word, " are " */
	CUE_FIXTURE_TOLD = 64,	/* " host ", " face " */
	CUE_NATION = 128,	/* "Ana Ruiz (Dravia)": a letter, a bracket, a capital */
	CUE_DRAW = 256,		/* " held ", " hold ": a draw told */
	CUE_RANK = 512,		/* a line that opens with a number */
	CUE_SPORTS = 1024,	/* the story, or a cue other than a result's */
	CUE_TOLD = 2048,	/* " lose ", " wins ": weak cues of a result */
	CUE_INNINGS = 4096,	/* "Kent 281 and 172-4", "320-6 dec", "98 all out",
				 * "Kent first innings 281" */
};

/* The cues text[0..len) has, in one pass over its spaces (t->cue_pairs:
 * the first two letters of every cue word, mark_sports_cue_pairs). */
unsigned text_cues(const struct tagger *t, const char *text, size_t len);
void mark_sports_cue_pairs(uint64_t *pairs);
/* Whether w, in any case, is a player's or a coach's role ("striker",
 * "GOALKEEPER", "coach"; the role cues). */
bool is_player_role(const struct ner_tok *w);
/* Whether a line of text[0..len) opens with a digit (a rank, a total). */
bool opens_line_with_digit(const char *text, size_t len);
/* Whether text has a score as prose writes it, "6-3", both its numbers
 * at most max (a match's, not a vote's 52-48), or any when max is 0. */
bool has_told_score(const char *text, size_t len, unsigned max);

/* The bytes sports copy is read by: an ASCII digit; a letter (an upper-
 * case one when upper; any byte beyond ASCII counts); a number of one to
 * three digits at p, returning its end, or NULL. */
bool is_digit(char c);
bool is_letter_byte(char c, bool upper);
const char *small_number(const char *p, const char *end);

/* --- the people of results lists (players.c) --- */

/* The scorers in the brackets of text[from, to), after a results line's
 * score ("(Lind 23, Ruiz 67 pen)"): each a person. */
void scorers(struct tagger *t, const char *text, size_t from, size_t to);
/* For a match at ov of a team's scorers on a line of their own, after
 * a results line or under "Scorers :" ("Kelburn - Tam Reid 12 , 40 ,
 * Iain Shaw 88 pen"; the team group 1, the scorers group 2): each
 * scorer a person and, when there was one, the team a team. */
void scorers_line(struct tagger *t, const char *text, const PCRE2_SIZE *ov);
/* For a match at ov of a line that opens with what was scored, its
 * whole text group 1 ("Scorers : Tam Reid 12 , Iain Shaw", "Tries :
 * Ewan Mackie 2 ; Conversions : Rory Tait", "Scorers : Kelburn - Tam
 * Reid 12 ; Stanwick - Lars Quill 40"): each scorer a person, counted
 * or not, and a team before a dash a team. */
void labelled_scorers(struct tagger *t, const char *text, const PCRE2_SIZE *ov);
/* For a match at ov of a team's name and a list after a colon, on a line
 * of its own (the team group 1, the list group 2): when the list is a
 * line-up (four names or more, three in four of its items, half of them
 * people the tagger found in full, none a gazetteer's place; a body's
 * name is no name, and stays the body's), each name a person, and the
 * team a team where the tagger found it ("Kelburn : Tam Reid ; Ivo
 * Marek , Lars Quill , Piet Vos"). */
void lineup_line(struct tagger *t, const char *text, const PCRE2_SIZE *ov);
/* For a match of the pattern NAME ( NAME ) at ov, in sports copy: the
 * second is the nation of the player the first names. */
void nation_of_player(struct tagger *t, const char *text,
    const PCRE2_SIZE *ov);
/* For a match at ov of a player's row in a ranked list ("132 Ivo Marek
 * 65 67", "1. Ana Ruiz (Dravia) 10.92"; the name group 1, a nation in
 * brackets group 2), on the line that starts at text[line] and ends by
 * to: the name is a person when it reads as one and the row is a
 * player's (sports: the story or the record is sports copy). */
void ranked_player(struct tagger *t, const char *text, size_t line, size_t to,
    const PCRE2_SIZE *ov, bool sports);
/* For a match at ov of a scorecard's batting line ("M. Lind c Holt b
 * Ruiz 31") or a bowler's figures ("Ivo Marek 25-7-67-2"), of which
 * pcre2_match set npairs pairs (the whole match's first): each name
 * the match holds is a person. */
void cricket_players(struct tagger *t, const PCRE2_SIZE *ov, uint32_t npairs);
/* For a match at ov of a player after his squad number in a line-up
 * ("1 - Ivo Marek ;"; the name group 1), in sports copy: the name is a
 * person when it reads as one. */
void squad_player(struct tagger *t, const char *text, const PCRE2_SIZE *ov);
/* For a match at ov of a headline's subject after a sport's slug, one
 * word before a verb in the singular ("TENNIS - RUIZ BEATS HOLT"; the
 * name group 1): a person, where British copy writes a team's verbs in
 * the plural, when the tagger found nothing there or one word of a
 * person's name, or, after the slug of a sport played alone
 * (individual), a place or an organisation it guessed. */
void headline_player(struct tagger *t, const char *text, const PCRE2_SIZE *ov,
    bool individual);

/* --- the output line (output.c) --- */

/* The record as a line, its "entities" ours. */
void write_record(const struct tagger *t, json_t *rec, const char *text,
    struct buf *b);

#endif
