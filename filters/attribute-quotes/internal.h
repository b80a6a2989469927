/*
 * What the files of wire-attribute-quotes share: the unit's inside (its
 * outside is attribute-quotes.h).
 *
 *   words.c             the record's words, each with its sentence, cue
 *                       and quotation; the word lists the rules name
 *   entities.c          the entities an earlier stage found, on words
 *   direct.c            quotation marks paired; direct quotes
 *   indirect.c          reported speech and "according to"
 *   syntax.c            reported speech on the dependency parse
 *   tree.c              one sentence of the parse as a tree
 *   speakers.c          the phrase that speaks, beside a cue
 *   resolve.c           each speaker's name, from the record and story
 *   story.c             what a story remembers between its records
 *   attribute-quotes.c  one record through all of these, and its output
 *
 * All of them work on one struct attribute_quotes, which holds the record
 * in hand: its words (indices into w), quotations, entities and the
 * quotes found so far.  Spans of text are byte offsets into text; code
 * points appear only in the output.
 */
#ifndef WIRE_ATTRIBUTE_QUOTES_INTERNAL_H
#define WIRE_ATTRIBUTE_QUOTES_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include <jansson.h>

#include "attribute-quotes.h"
#include "buf.h"
#include "diag.h"
#include "cues/cues.h"
#include "doccache.h"
#include "names/names.h"
#include "parsed.h"
#include "record.h"
#include "roles.h"
#include "sentences.h"
#include "stream.h"
#include "text.h"
#include "tok.h"

/* How a cue behaves. */
enum cue_class {
	CUE_STRONG,	/* "said": takes a clause without "that" */
	CUE_WEAK,	/* "reported", "noted": also a noun; needs "that",
			 * a colon, a quotation or the "CLAUSE, X noted" form */
	CUE_OBJECT,	/* "told": an object before the clause */
	CUE_ACCUSE,	/* "accused": the clause is the object and what follows */
};

struct cue_word {
	const char *form;
	const char *lemma;
	enum cue_class cls;
};

enum { MAX_SENTENCE_WORDS = 1000 };

struct word {
	size_t start, end;	/* bytes */
	enum tok_kind kind;
	enum tok_quote q;
	int sent;		/* sentence index (a piece of a long one) */
	int inside;		/* index of the quotation around it, or -1 */
	int entity;		/* index of the entity it is part of, or -1 */
	bool cue_taken;		/* a cue a direct quote took */
	short cue;		/* index in cue_words, or -1 */
};

/* A span between double quotation marks. */
struct quotation {
	size_t open, close;	/* word indices of the marks; close = nwords
				 * when unclosed */
	size_t start, end;	/* bytes of the content */
	bool used;		/* part of a quote written */
};

struct entity {
	size_t start, end;	/* bytes */
	const char *type, *canonical, *title;
	size_t from, to;	/* words */
};

/* NP_PHRASE: a phrase kept as written, never a person's name: a group
 * or a role placed by what follows its head ("Police in the border
 * town", "The United States and its allies"). */
enum np_kind { NP_NONE, NP_ENTITY, NP_PRONOUN, NP_ROLE, NP_NAME, NP_PHRASE };

/* A phrase that speaks. */
struct np {
	enum np_kind kind;
	size_t from, to;	/* words */
	const struct entity *entity;
};

struct quote {
	size_t start, end;	/* bytes of the content */
	const char *kind;
	const char *type;	/* "speech" or "thought" */
	bool has_speaker_span;
	size_t sp_start, sp_end;
	size_t speaker, canonical, source;	/* offsets in the strings buffer + 1, 0: none */
	const char *speaker_type;	/* person, organisation, group, unnamed, text; or NULL */
	size_t cue_start, cue_end;	/* bytes; equal: none */
	size_t cue_lemma;		/* in the strings buffer + 1, 0: none */
	size_t source_start, source_end;	/* bytes of the outlet named
						 * beside the cue; equal: none */
	int part;
	/* Resolved after all quotes of the record are found, in text
	 * order, so that a pronoun can refer to an earlier quote's speaker. */
	bool has_np;
	struct np np;
	bool continues;		/* goes on from the quote before it */
	bool opens_record;	/* a quotation at the record's start */
	/* The spans in code points, for the output. */
	size_t cp_start, cp_end, cp_sp_start, cp_sp_end, cp_cue_start, cp_cue_end;
	size_t cp_source_start, cp_source_end;
};

/* Bytes [start, end) of the text. */
struct span {
	size_t start, end;
};

/* A quote (its index in out) by where its cue starts. */
struct cue_ref {
	size_t byte, quote;
};

/* A person the story has named, with the title used for them. */
struct person {
	char *name;
	char *title;	/* lower case, "" when none */
	enum name_sex sex;	/* from the title, a pronoun, the first name */
	bool sex_known;		/* from a title or a pronoun, not only the name */
	unsigned long seen;
};

enum { DOC_PERSONS = 64, DOC_ORGS = 32 };

struct doc_state {
	struct person persons[DOC_PERSONS];
	size_t npersons;
	unsigned long clock;
	char *last_person;	/* the latest person quoted, or named */
	char *last_org;		/* the latest organisation or outlet quoted */
	char *last_outlet;	/* the latest outlet or organisation named */
	char *open_speaker;	/* speaker of a quotation left open */
	char *orgs[DOC_ORGS];	/* organisations named, a ring */
	size_t norgs;
	char *last_quoted;	/* speaker of the latest quote */
	const char *last_quoted_type, *open_speaker_type;	/* speaker_type's words */
	bool open_quote;
};

/* A record kept back (held.c): its line, its story, and where its open
 * quote's speaker, canonical and speaker_type values lie in the line. */
struct held_line {
	struct buf line;
	char *doc;
	size_t sp_at, sp_end, can_at, can_end, type_at, type_end;
};

enum { HELD_MAX = 8 };

struct attribute_quotes {
	struct stream *stream;	/* records in and out; warnings name it */
	struct record_reader reader;
	struct doccache docs;
	struct tok_list toks;
	struct sent_list sents;
	struct word *w;
	size_t nw, cap_w;
	size_t *sent_first;	/* sentence s: words [sent_first[s], [s + 1]) */
	size_t cap_sent_first;
	struct quotation *qs;
	size_t nq, cap_q;
	struct record_entities upstream;	/* as the record gave them */
	struct entity *ents;
	size_t nents, cap_ents;
	size_t *claim;		/* scratch: words not yet claimed by an entity */
	size_t cap_claim;
	size_t first_person, first_org;	/* entities named first, or SIZE_MAX */
	struct org_word *org_words;	/* words of organisations' names */
	size_t norg_words, cap_org_words;
	struct quote *out;
	size_t nout, cap_out;
	size_t ndirect;		/* out[0, ndirect): the direct quotes, in order */
	size_t sentence_out;	/* out[sentence_out, nout): the indirect
				 * quotes of the sentence in hand */
	int sentence;		/* that sentence, or -1 */
	void *slots;		/* scratch: offsets to turn into code points */
	size_t cap_slots;
	struct buf strings;	/* speaker, canonical and source strings */
	struct buf line;	/* the record written out */
	/* The quote whose speaker values write_quote marks in line (index
	 * into out, SIZE_MAX: none), and where they went. */
	struct {
		size_t quote, sp_at, sp_end, can_at, can_end, type_at, type_end;
	} mark;
	struct held_line held[HELD_MAX];
	size_t nheld;
	struct buf held_scratch;
	const char *text;
	size_t len;
	const char *record_source;	/* "(TASS, Interfax)" at the end */
	size_t record_source_len;
	size_t dateline_place;	/* bytes of the place of a dateline opening
				 * the text ("TARSK, Nov 24 (Wirecast) - ",
				 * dateline.h); 0: none */
	size_t dateline_end;	/* bytes of the whole dateline, its dash
				 * included; 0: none.  No quote holds it. */
	/* The parse (syntax.c): read from the record or made here, and the
	 * scratch of one sentence's tree. */
	struct parse_model *model;	/* NULL: parse nothing here */
	struct parsed parsed;
	struct sent_list cue_sents;	/* the sentences parsed here */
	bool *syn_wanted;		/* which of sents to parse */
	size_t cap_syn_wanted;
	size_t *syn_lo, *syn_hi, *syn_parent, *syn_state, *syn_count, *syn_order;
	size_t *syn_nsubj, *syn_ccomp, *syn_obj, *syn_xcomp, *syn_appos, *syn_negated;
	size_t *syn_subject_any, *syn_participle;
	size_t cap_syn;
	size_t *speech_of_sentence;	/* direct.c's scratch: a quote + 1 a sentence */
	size_t cap_speech_of_sentence;
	struct span *syn_found;	/* the rules' quotes, sorted */
	size_t nsyn_found, cap_syn_found;
	size_t syn_sentence_out;	/* out[it, nout): found on this sentence */
	struct cue_ref *syn_by_cue;	/* the quotes by their cue */
	size_t nsyn_by_cue, cap_syn_by_cue;
};

/* The word lists the rules name (words.c holds them). */
enum word_list {
	WL_AUX,			/* between a speaker and the cue: "has also" */
	WL_DETERMINERS,		/* "the", "a", "its", "two" */
	WL_VAGUE,		/* speakers too vague: "some", "others" */
	WL_PERSON_PRONOUNS,	/* "he", "she", "I" */
	WL_GROUP_PRONOUNS,	/* "they", "we", "it" */
};

/* words.c */
bool word_in(const struct attribute_quotes *a, size_t i, const char *const *list,
    size_t n);
#define WORD_IN(a, i, list) word_in(a, i, list, sizeof list / sizeof *list)
bool word_in_list(const struct attribute_quotes *a, size_t i, enum word_list l);
/* Same, ignoring the case of the first letter. */
bool word_in_list_any_case(const struct attribute_quotes *a, size_t i,
    enum word_list l);
/* Whether w[0..len) is in the list, ignoring case. */
bool text_in_list_ci(const char *w, size_t len, enum word_list l);
bool is_plural_noun(const struct attribute_quotes *a, size_t i);
bool is_pronoun(const struct attribute_quotes *a, size_t i);
/* Whether word i names what someone or something is: a role noun, or
 * a noun of an agent ("operator", "owner", "economists"). */
bool is_agent_noun(const struct attribute_quotes *a, size_t i);
/* Whether word i ends in "ing", a participle's ending ("saying"). */
bool ends_in_ing(const struct attribute_quotes *a, size_t i);
bool word_is(const struct attribute_quotes *a, size_t i, const char *s);
bool is_punct(const struct attribute_quotes *a, size_t i, char c);
bool is_capitalised(const struct attribute_quotes *a, size_t i);
bool is_lower_word(const struct attribute_quotes *a, size_t i);
bool is_possessive(const struct attribute_quotes *a, size_t i);
/* The role kinds (lang/roles.h) of word i: "minister", "ministry". */
unsigned word_roles(const struct attribute_quotes *a, size_t i);
/* Whether w[0..len) is a person by age: "21-year-old", "30-year-olds". */
bool is_age(const char *w, size_t len);
const struct cue_word *cue_at(const struct attribute_quotes *a, size_t i);
/* Whether lemma[0..len) is the lemma of one of the rules' cues. */
bool cue_lemma(const char *lemma, size_t len);
/* What a verb of that lemma reports: the cue list of lang/cues, the
 * rules' strong cues as speech; CUE_NONE when it reports nothing. */
enum cue_type cue_verb_type(const char *lemma, size_t len);
bool same_sentence(const struct attribute_quotes *a, size_t i, size_t j);
bool is_double_mark(const struct attribute_quotes *a, size_t i, bool *straight);
void sentence_bounds(const struct attribute_quotes *a, size_t i, size_t *lo,
    size_t *hi);
void read_words(struct attribute_quotes *a, json_t *rec);

/* direct.c */
/* A string kept for the record's quotes: an offset (0 is none) that
 * kept() turns into the string. */
size_t keep_string(struct attribute_quotes *a, const char *s, size_t len);
const char *kept(const struct attribute_quotes *a, size_t off);
void find_quotations(struct attribute_quotes *a);
struct quote *new_quote(struct attribute_quotes *a, size_t start, size_t end,
    const char *kind);
void attribute(struct attribute_quotes *a, struct quote *q, const struct np *np,
    size_t cue_from, size_t cue_to);
void find_source(struct attribute_quotes *a, struct quote *q, size_t after);
void set_source(struct attribute_quotes *a, struct quote *q, const struct np *np);
void direct_quotes(struct attribute_quotes *a, struct doc_state *d);

/* story.c */
void set_string(char **field, const char *s, size_t len);
void remember_person(struct doc_state *d, const char *name, const char *title);
/* The person of the story so named, or NULL. */
struct person *person_named(struct doc_state *d, const char *name);
/* What a pronoun used for the person teaches: the sex, unless a title
 * said otherwise. */
void learn_sex(struct doc_state *d, const char *name, enum name_sex sex);
const char *person_by_surname(const struct doc_state *d, const char *s,
    size_t len);
void learn_people(const struct attribute_quotes *a, struct doc_state *d);
void learn_latest(const struct attribute_quotes *a, struct doc_state *d);
void *doc_state_new(void);
void doc_state_free(void *state);

/* entities.c */
void read_entities(struct attribute_quotes *a, json_t *rec);
bool is_type(const struct entity *e, const char *type);
const struct entity *entity_ending(const struct attribute_quotes *a, size_t i);
const struct entity *entity_starting(const struct attribute_quotes *a,
    size_t i);
void find_first_named(struct attribute_quotes *a);
void index_org_words(struct attribute_quotes *a);
const char *org_named_before(const struct attribute_quotes *a, size_t pos,
    const char *w, size_t len);
const char *first_named_before(const struct attribute_quotes *a, size_t i,
    bool person);

/* speakers.c */
bool np_stop(const struct attribute_quotes *a, size_t i);
struct np speaker_before(const struct attribute_quotes *a, size_t c, size_t lo);
struct np speaker_after(const struct attribute_quotes *a, size_t c);
/* The noun phrase ending at word e (inclusive), reaching back to lo at
 * most: a name, a pronoun or a role; NP_NONE when none speaks there. */
struct np np_ending(const struct attribute_quotes *a, size_t e, size_t lo);
/* The stage's word holding byte b (the last that starts at or before
 * it); 0 when none does. */
size_t word_at(const struct attribute_quotes *a, size_t b);
/* Word i moved back over the auxiliaries and adverbs before a cue ("has
 * also said"), not before lo. */
size_t skip_aux_back(const struct attribute_quotes *a, size_t i, size_t lo);
/* The word "quoted" of "quoted as" or "quoted by X as" whose "as" is
 * word as; SIZE_MAX when not so. */
size_t quoted_by(const struct attribute_quotes *a, size_t as, size_t lo);
/* Whether word i stands for a thing ("something", "nothing"): a role's
 * phrase does not run back over it ("something officials say they will
 * not do"). */
bool is_thing_word(const struct attribute_quotes *a, size_t i);

/* resolve.c */
void resolve_quotes(struct attribute_quotes *a, struct doc_state *d);

/* indirect.c */
void indirect_quotes(struct attribute_quotes *a);
/* Where the reported clause that starts at word s ends, hi the end of
 * its sentence. */
size_t clause_end(const struct attribute_quotes *a, size_t s, size_t hi);
/* "mixed" when words [from, to) hold a quotation, else "indirect". */
const char *clause_kind(const struct attribute_quotes *a, size_t from, size_t to);

/* One sentence's tree, with what the rules below ask of each word. */
struct tree {
	const struct record_word *w;	/* the sentence's words */
	size_t n;
	size_t *lo, *hi;	/* each word's subtree: words [lo, hi] */
	size_t *parent;		/* 0-based head, SIZE_MAX for a root */
	size_t *nsubj, *ccomp, *obj;	/* its first such child, or SIZE_MAX */
	size_t *xcomp;		/* its first xcomp or advcl after it */
	size_t *appos;		/* its first apposition */
	size_t *subject_any;	/* its first subject of any subtype */
	size_t *participle;	/* its first participle clause before it */
	size_t *negated;	/* 1 when a "not" or "never" hangs from it */
};

/* tree.c: sentence s of the parse as a tree, in the unit's scratch
 * (valid until the next tree_build). */
void tree_build(struct attribute_quotes *a, const struct record_tokens *tokens,
    size_t s, struct tree *t);
bool rel_is(const struct record_word *w, const char *rel);
/* Whether w's relation is rel or one of its subtypes (nsubj:pass). */
bool rel_prefix(const struct record_word *w, const char *rel);
bool lemma_is(const struct record_word *w, const char *lemma);	/* any case */
/* Whether w's lemma is one of list[0..n), any case. */
bool lemma_in(const struct record_word *w, const char *const *list, size_t n);
#define LEMMA_IN(w, list) lemma_in(w, list, sizeof list / sizeof *list)
bool xpos_is(const struct record_word *w, const char *tag);
/* acl:relcl, and the parser's occasional advcl:relcl. */
bool is_relative(const struct record_word *w);
/* "would", "had", "is", "insisted": MD, VBD, VBZ, VBP. */
bool is_finite(const struct record_word *w);
/* Whether word c or an auxiliary near it is finite. */
bool holds_finite(const struct tree *t, size_t c);
/* The tree's word that holds byte b, or SIZE_MAX. */
size_t tree_word_at(const struct tree *t, size_t b);
/* How many of n words (the stage's or the parse's, each size bytes and
 * opening with their start), in text order, start at or before byte b. */
size_t starting_by(const void *words, size_t n, size_t size, size_t b);

/* syntax.c: after indirect_quotes, the reported speech the parse shows
 * and no quote found so far covers. */
void syntax_quotes(struct attribute_quotes *a, json_t *rec);
/* What cue verb w of the parse reports: speech, thought, or none. */
enum cue_type verb_cue_type(const struct attribute_quotes *a, const struct record_word *w);
/* The child of s through which the tree's word i hangs from s; SIZE_MAX. */
size_t branch_of(const struct tree *t, size_t s, size_t i);
/* The stage's word that ends the name headed by the tree's word i. */
size_t last_of_name(const struct attribute_quotes *a, const struct tree *t, size_t i);
/* Whether no dash, colon or bracket stands among the tree's words
 * [from, to). */
bool same_clause(const struct attribute_quotes *a, const struct tree *t, size_t from,
    size_t to);
bool is_comma(const struct attribute_quotes *a, const struct record_word *w);

/* judging.c: verbs that judge their object ("describe X as Y"). */
/* Whether the stage's word i, as written, is such a verb ("called"). */
bool judging_form(const struct attribute_quotes *a, size_t i);
/* Whether the parse's word w is, by its lemma ("criticise"). */
bool judges(const struct record_word *w);
/* The dependent of judging verb v that says the judgement, right after
 * its object; SIZE_MAX when none. */
size_t judged_object(const struct attribute_quotes *a, const struct tree *t, size_t v);

/* subjects.c: the subject of cue v on the parse, or SIZE_MAX. */
size_t subject(const struct tree *t, size_t v);
/* Whether the word rules' speaker of quote q is one the parse may
 * better (a place or an untagged name, perhaps inside the subject). */
bool speaker_to_check(const struct attribute_quotes *a, const struct quote *q);
/* The quotes found so far with a cue and a speaker, by their cue
 * (a->syn_by_cue). */
void sort_by_cue(struct attribute_quotes *a);
/* The speakers of the quotes whose cue is a verb of tree t, bettered
 * from the cue's whole subject; *k walks the quotes by cue. */
void better_speakers(struct attribute_quotes *a, const struct tree *t, size_t *k);
/* direct.c: after syntax_quotes, a quotation of whole sentences right
 * after a sentence that reports its speaker. */
void quotations_after_speech(struct attribute_quotes *a);
/* held.c: records kept back until the next of their story names the
 * speaker of a quotation they leave open. */
void held_flush(struct attribute_quotes *a);
void held_before_block(void *arg);
bool held_same_story(const struct attribute_quotes *a, const char *doc);
bool held_keep(struct attribute_quotes *a, const char *doc);
void held_name(struct attribute_quotes *a, const char *name, const char *type);
void held_free(struct attribute_quotes *a);
/* resolve.c: after the record, the speaker its closing colon introduces
 * to a quotation opening the next record. */
void carry_introduction(struct attribute_quotes *a, struct doc_state *d);

#endif
