/*
 * syntax: reported speech found on the dependency parse, where the word
 * rules of indirect.c found none.  A verb of speech with a clausal
 * complement (ccomp) and a subject (nsubj) reports what the clause says:
 * "Officials at the port warned on Friday that ferries would stay in
 * harbour".  The parse reaches what the rules cannot: a subject far from
 * its verb, cue verbs whose clause has no "that", coordinated verbs
 * ("arrived and told reporters ..."), relative clauses ("the mayor, who
 * said ...") and the clause the cue follows ("Ferries will stay in
 * harbour, port officials said", where the cue is the clause's
 * parataxis).
 *
 * The parse also betters a speaker the word rules took from inside a
 * cue's subject ("Kashmir" of "Officials in Indian Kashmir said"): that,
 * and who a cue's subject is, are subjects.c's; verbs that judge their
 * object ("describe X as Y") are judging.c's.
 *
 * The parse comes from the record's "tokens", or is made here (parsed.h)
 * of the sentences where it can change an answer: those with a cue the
 * word rules left alone, or a speaker it may better (most sentences have
 * neither).  Its trees (tree.c) are mapped onto the stage's words by
 * their byte spans, so the speakers are resolved as every other quote's
 * are (resolve.c).
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"


/* Verbs that tell of going on, starting or stopping: speech only
 * after a quotation ('"...," she continued'), which the word rules
 * read; on the parse, no cue. */
static bool
goes_on(const struct record_word *w)
{
	static const char *const verbs[] = { "continue", "proceed", "resume", "begin",
	    "start", "cease", "stop", "try", "attempt", "fail", "seek" };

	return LEMMA_IN(w, verbs);
}

/* What a verb reports: speech for the rules' cues and the verbs of
 * communication, thought for those of cognition (lang/cues). */
enum cue_type
verb_cue_type(const struct attribute_quotes *a, const struct record_word *w)
{
	enum cue_type type;

	if (w->upos_len != 4 || memcmp(w->upos, "VERB", 4) != 0)
		return CUE_NONE;
	if (judges(w))
		return CUE_SPEECH;	/* "characterized the row as ..." */
	if (goes_on(w))
		return CUE_NONE;	/* "checks will continue, officials will" */
	if ((type = cue_verb_type(w->lemma, w->lemma_len)) != CUE_NONE)
		return type;
	/* the parse's lemma may be wrong ("blamed" as "blam"): the word
	 * as written, any inflection */
	return cue_form_type(a->text + w->start, w->end - w->start, CUE_VERB);
}


/* The child of s through which the tree's word i hangs from s; SIZE_MAX
 * when i is not below s. */
size_t
branch_of(const struct tree *t, size_t s, size_t i)
{
	for (size_t steps = 0; i != SIZE_MAX && steps < t->n; steps++) {
		if (t->parent[i] == s)
			return i;
		i = t->parent[i];
	}
	return SIZE_MAX;
}

/* Whether the parse's word w spells one of list[0..n) in text. */
static bool
spelt_as(const struct record_word *w, const char *text,
    const char *const *list, size_t n)
{
	size_t len = w->end - w->start;

	for (size_t i = 0; i < n; i++)
		if (strlen(list[i]) == len && memcmp(text + w->start, list[i], len) == 0)
			return true;
	return false;
}
#define SPELT_AS(w, text, list) spelt_as(w, text, list, sizeof list / sizeof *list)

static bool
is_edge_punct(const struct record_word *w, const char *text)
{
	static const char *const marks[] = { ",", ".", ";", ":", "-", "--",
	    "\xe2\x80\x94", "\xe2\x80\x93", "!", "?", "..." };

	return SPELT_AS(w, text, marks);
}

bool
is_comma(const struct attribute_quotes *a, const struct record_word *w)
{
	return w->end == w->start + 1 && a->text[w->start] == ',';
}

/* Whether the tree's words from i on are all marks. */
static bool
only_marks_after(const struct attribute_quotes *a, const struct tree *t, size_t i)
{
	for (; i < t->n; i++)
		if (!is_edge_punct(&t->w[i], a->text))
			return false;
	return true;
}

/* The reported clause's words [*from, *to) without the edges' marks and
 * the "that" that opens it; false when nothing is left. */
static bool
trim_clause(const struct attribute_quotes *a, const struct tree *t, size_t *from,
    size_t *to)
{
	while (*from < *to && (is_edge_punct(&t->w[*from], a->text) ||
	    ((rel_is(&t->w[*from], "mark") || rel_is(&t->w[*from], "obj")) &&
	    lemma_is(&t->w[*from], "that")) ||
	    (*from + 1 < *to && rel_is(&t->w[*from], "advmod") &&
	    lemma_is(&t->w[*from + 1], "that"))))	/* "saying only that" */
		(*from)++;
	/* "announced Sunday it is granting", the date parsed into the
	 * clause: when it was said is not what was said. */
	size_t sw = word_at(a, t->w[*from].start);
	if (*from < *to && sw < a->nw && a->w[sw].entity >= 0) {
		const struct entity *e = &a->ents[a->w[sw].entity];
		if (e->from == sw && (is_type(e, "DATE") || is_type(e, "TIME")) &&
		    rel_is(&t->w[*from], "nsubj")) {
			size_t end = tree_word_at(t, a->w[e->to - 1].start);
			if (end != SIZE_MAX && end + 1 < *to)
				*from = end + 1;
		}
	}
	while (*to > *from && is_edge_punct(&t->w[*to - 1], a->text))
		(*to)--;
	return *to > *from;
}

/* Does [start, end) overlap a quote the rules found?  Those are apart
 * and sorted by start (a->syn_found), so by end too. */
static bool
overlaps_found(const struct attribute_quotes *a, size_t start, size_t end)
{
	size_t lo = 0, hi = a->nsyn_found;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (a->syn_found[mid].end <= start)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < a->nsyn_found && a->syn_found[lo].start < end)
		return true;
	/* And the ones found here in this sentence. */
	for (size_t i = a->syn_sentence_out; i < a->nout; i++)
		if (a->out[i].start < end && start < a->out[i].end)
			return true;
	return false;
}

/* A cue on the tree: the verb, its subject and what it reports. */
struct cue {
	size_t v, s;
	enum cue_type type;
	bool someone;	/* the speaker must be someone: a name, a pronoun, a
			 * person's or organisation's role */
};

/* The stage's word that ends the phrase headed by the tree's word i: a
 * name's head is its first word ("Ana" of "Ana Ruiz"), and the phrase
 * that speaks ends with the name. */
size_t
last_of_name(const struct attribute_quotes *a, const struct tree *t, size_t i)
{
	size_t w = word_at(a, t->w[i].start), lo = word_at(a, t->w[t->lo[i]].start);

	if (a->w[w].entity >= 0 && a->ents[a->w[w].entity].from >= lo)
		w = a->ents[a->w[w].entity].to - 1;
	/* "Venezuela President Hugo Chavez", headed by the country with the
	 * rest flat: the person at the name's end (a head no stage tagged,
	 * "Amnesty Lutavia", stays) */
	size_t r = SIZE_MAX;
	for (size_t k = i + 1; k <= t->hi[i]; k++)
		if (t->parent[k] == i && rel_is(&t->w[k], "flat"))
			r = k;
	if (r != SIZE_MAX && a->w[w].entity >= 0 &&
	    !is_type(&a->ents[a->w[w].entity], "PERSON")) {
		size_t rw = word_at(a, t->w[r].start);
		if (a->w[rw].entity >= 0 && is_type(&a->ents[a->w[rw].entity], "PERSON"))
			return a->ents[a->w[rw].entity].to - 1;
	}
	return w;
}

/* Whether no dash, colon or bracket stands among the tree's words
 * [from, to), a few dozen at most: a dateline's place before its dash is
 * no subject. */
bool
same_clause(const struct attribute_quotes *a, const struct tree *t, size_t from,
    size_t to)
{
	static const char *const breaks[] = { "-", "--", "\xe2\x80\x94",
	    "\xe2\x80\x93", ":", "(", ")" };

	if (to > from + 48)
		return false;	/* and the time per cue bounded */
	for (size_t i = from; i < to; i++)
		if (SPELT_AS(&t->w[i], a->text, breaks))
			return false;
	return true;
}

/* Whether the speaker np, headed by the tree's word s (the stage's word
 * sw), is someone: a person or organisation named, a pronoun, or a role
 * of one ("the minister", "police"); not "the border" or "Talks". */
static bool
is_someone(const struct attribute_quotes *a, const struct tree *t, size_t s,
    size_t sw, const struct np *np)
{
	const struct record_word *w = &t->w[s];

	if (np->kind == NP_ENTITY)
		return is_type(np->entity, "PERSON") || is_type(np->entity, "ORG") ||
		    is_type(np->entity, "NORP") || is_type(np->entity, "GPE");
	if (np->kind == NP_PRONOUN)
		return true;
	if (w->upos_len == 5 && memcmp(w->upos, "PROPN", 5) == 0)
		return true;	/* a name the tagger did not tag */
	/* The word or its lemma: "officials" is an official's role; a text
	 * speaks too ("the magazine describes the ruling as historic"). */
	return ((word_roles(a, sw) | role_kinds(w->lemma, w->lemma_len)) &
	    (ROLE_PERSON | ROLE_ORG | ROLE_TEXT)) != 0;
}


/* Whether the stage's word i is a noun of speech right before "that"
 * ("a warning that", "the claim that"): a sentence to parse. */
static bool
noun_cue_form(const struct attribute_quotes *a, size_t i)
{
	return word_is(a, i + 1, "that") && cue_form_type(a->text + a->w[i].start,
	    a->w[i].end - a->w[i].start, CUE_NOUN) == CUE_SPEECH;
}

/* Whether a punctuation mark stands among the stage's words [from, to). */
static bool
has_stage_punct(const struct attribute_quotes *a, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++)
		if (a->w[i].kind == TOK_PUNCT)
			return true;
	return false;
}

/* The quote of cue k whose clause starts at the tree's word from and
 * ends before to at most, its speaker the cue's subject.  The clause ends
 * where the rules end one (indirect.c): the parse's subtree stops short
 * when it is wrong, and a reader's clause runs on to the sentence's end. */
static void
emit(struct attribute_quotes *a, const struct tree *t, const struct cue *k,
    size_t from, size_t to)
{
	size_t v = k->v, s = k->s, start, end, sw, lo, c, first, last, lo_s, hi_s;
	bool open_end = to == t->n;	/* to the sentence's end */
	struct np np;

	if (!trim_clause(a, t, &from, &to))
		return;
	c = word_at(a, t->w[v].start);
	first = word_at(a, t->w[from].start);
	sentence_bounds(a, first, &lo_s, &hi_s);
	last = open_end || from > v ? clause_end(a, first, hi_s) :
	    word_at(a, t->w[to - 1].start) + 1;
	/* A cue inside another clause ("..., who insisted the bridge was
	 * safe, left") reports no further than its own clause; a closing
	 * participle's ("..., saying ...") runs on. */
	if (!open_end && t->parent[v] != SIZE_MAX && !rel_is(&t->w[v], "conj") &&
	    !rel_is(&t->w[v], "parataxis") && !xpos_is(&t->w[v], "VBG") &&
	    t->hi[v] >= from) {
		size_t own = word_at(a, t->w[t->hi[v]].start) + 1;
		if (own < last)
			last = own;
	}
	if (last <= first || last - first < 3)
		return;
	start = a->w[first].start;
	end = a->w[last - 1].end;
	if (overlaps_found(a, start, end))
		return;
	lo = word_at(a, t->w[t->lo[s]].start);
	sw = last_of_name(a, t, s);
	if (a->w[sw].inside >= 0 || a->w[c].inside >= 0)
		return;		/* a cue or a speaker inside a quotation */
	if ((sw >= first && sw < last) || (c >= first && c < last))
		return;		/* the clause holds its own speaker or cue */
	np = np_ending(a, sw, lo);
	/* "The fisheries minister, Ilse Varga, vowed": the person named. */
	if (np.kind == NP_ROLE && t->appos[s] != SIZE_MAX) {
		struct np named = np_ending(a, last_of_name(a, t, t->appos[s]), lo);
		if (named.kind == NP_ENTITY && is_type(named.entity, "PERSON"))
			np = named;
	}
	/* "The magazine Harbour Weekly describes": the name after the role,
	 * the parser's second subject. */
	if (np.kind == NP_ROLE && np.to < c) {
		const struct entity *e = entity_starting(a, np.to);
		if (e != NULL && e->to <= c && (is_type(e, "PERSON") || is_type(e, "ORG")) &&
		    !has_stage_punct(a, e->to, c))
			np = (struct np){ NP_ENTITY, np.to, e->to, e };
		else if (e == NULL && is_capitalised(a, np.to)) {
			struct np name = np_ending(a, c - 1, np.to);
			if (name.kind == NP_NAME && name.from == np.to)
				np = name;
		}
	}
	if (np.kind == NP_NONE || (k->someone && !is_someone(a, t, s, sw, &np)))
		return;
	if (k->someone && s < v && !same_clause(a, t, s + 1, v))
		return;	/* "TARSK, Nov 25 (Wirecast) - The League refused to" */
	struct quote *q = new_quote(a, start, end, clause_kind(a, first, last));
	q->type = k->type == CUE_THOUGHT ? "thought" : "speech";
	attribute(a, q, &np, c, c + 1);
	q->cue_lemma = keep_string(a, t->w[v].lemma, t->w[v].lemma_len);
	find_source(a, q, c + 1);
}

/* Whether w opens a complement clause: "(explained) how the camera
 * revealed", "(said) that the report showed". */
static bool
opens_complement(const struct record_word *w)
{
	static const char *const words[] = { "that", "how", "why", "whether", "what",
	    "when", "where", "who" };

	return LEMMA_IN(w, words);
}

/* "demanded that the vote be held": a clause with "that" and a subject
 * but no finite verb, what was asked for. */
static bool
is_subjunctive(const struct tree *t, size_t c)
{
	if (t->subject_any[c] == SIZE_MAX || t->subject_any[c] > c)
		return false;
	for (size_t i = t->lo[c]; i < c; i++)
		if (t->parent[i] == c && rel_is(&t->w[i], "mark") && lemma_is(&t->w[i], "that"))
			return true;
	return false;
}

/* The clause that starts right after cue v's own words, when the parser
 * hung it elsewhere: the largest subtree starting there, if it has a
 * subject and a finite verb; else SIZE_MAX. */
static size_t
clause_after(const struct tree *t, size_t v)
{
	size_t u = t->hi[v] + 1, c;

	if (u >= t->n)
		return SIZE_MAX;
	size_t steps = 0;

	for (c = u; t->parent[c] != SIZE_MAX && t->lo[t->parent[c]] == u &&
	    t->parent[c] != v && steps < 16; c = t->parent[c])
		steps++;
	if (c == u || t->nsubj[c] == SIZE_MAX || t->nsubj[c] < u || !holds_finite(t, c))
		return SIZE_MAX;
	return c;
}

/* Verbs of speech whose infinitive is no content: what someone goes on,
 * declines or tries to do, or what a rule requires ("continued to shun
 * treatment", "refused to give details", "requires members to sign"). */
static bool
infinitive_is_act(const struct record_word *w)
{
	static const char *const acts[] = { "continue", "refuse", "decline",
	    "require", "begin", "start", "fail", "try", "attempt", "seek",
	    "need", "proceed", "resume", "cease", "stop", "agree" };

	return LEMMA_IN(w, acts);
}

/* "vowed to resign", "urged the council to act": an infinitive that
 * reports what was promised or asked for, "to" and all. */
static size_t
infinitive(const struct tree *t, size_t v)
{
	size_t x = t->xcomp[v], o = t->obj[v], to;

	if (x == SIZE_MAX || x < v || infinitive_is_act(&t->w[v]))
		return SIZE_MAX;
	to = t->lo[x];
	if (to < x && (lemma_is(&t->w[to], "not") || lemma_is(&t->w[to], "never")))
		to++;	/* "vowed not to provoke" */
	if (!lemma_is(&t->w[to], "to"))
		return SIZE_MAX;
	/* Right after the verb or its object ("asked the court to", the
	 * parser's obj or iobj): "continued to be", "noted a plan to
	 * extend" are no promise. */
	if (t->lo[x] == v + 1 || (o != SIZE_MAX && t->lo[x] == t->hi[o] + 1))
		return x;
	/* "asked the court to", the parser's iobj; "called on the U.S. to",
	 * "called for famous players to", an obl */
	o = branch_of(t, v, t->lo[x] - 1);
	if (o != SIZE_MAX && o > v && (rel_is(&t->w[o], "iobj") || rel_is(&t->w[o], "obl")) &&
	    t->hi[o] + 1 == t->lo[x])
		return x;
	return SIZE_MAX;
}

/* One cue v of the tree, of that type: "S said (that) CLAUSE", "S vowed
 * to ...", "CLAUSE, S said". */
static void
cue_quote(struct attribute_quotes *a, const struct tree *t, size_t v,
    enum cue_type type)
{
	/* The rules' cues report whoever says ("the report says"); the
	 * wider list's, only someone ("the dam will hold" holds nothing). */
	struct cue k = { v, subject(t, v), type,
	    !cue_lemma(t->w[v].lemma, t->w[v].lemma_len) };
	size_t c, s = k.s;

	if (s == SIZE_MAX || t->negated[v])
		return;		/* "officials have not said why" */
	if ((c = t->ccomp[v]) != SIZE_MAX) {
		/* The clause after its cue, the speaker outside it, a finite
		 * clause ("citing its correspondents" reports nothing), and no
		 * attribution of its own ("the dam will hold, the ministry
		 * said" parsed the wrong way round). */
		size_t o = t->obj[v], from = t->lo[c];
		/* "suggests more pardons could be coming", its subject parsed
		 * as the cue's object */
		if (o != SIZE_MAX && o > v && t->hi[o] + 1 == t->lo[c] && t->nsubj[c] == SIZE_MAX)
			from = t->lo[o];
		if (t->lo[c] > v && (s < t->lo[c] || s > t->hi[c]) &&
		    (holds_finite(t, c) || is_subjunctive(t, c)) &&
		    !(cue_lemma(t->w[c].lemma, t->w[c].lemma_len) && t->nsubj[c] != SIZE_MAX &&
		    !opens_complement(&t->w[t->lo[c]])))
			emit(a, t, &k, from, t->hi[c] + 1);
		return;
	}
	/* "insisted the vote had been rigged", parsed as an object and a
	 * verb coordinated without "and": a finite verb right after the
	 * object opens the clause the object is the subject of. */
	size_t o = t->obj[v];
	if (o != SIZE_MAX && o > v && t->hi[o] + 1 < t->n && is_finite(&t->w[t->hi[o] + 1]) &&
	    s < t->lo[o]) {
		emit(a, t, &k, t->lo[o], t->n);
		return;
	}
	/* "describes the allegations as laughable", "blamed the attack on
	 * the rebels": a judgement of its object. */
	if ((c = judged_object(a, t, v)) != SIZE_MAX && s < v) {
		k.someone = true;
		emit(a, t, &k, t->lo[o], t->hi[c] + 1);
		return;
	}
	/* Someone who promises or asks: "the border continues to be" is
	 * no promise. */
	if ((c = infinitive(t, v)) != SIZE_MAX && s < v) {
		k.someone = true;
		emit(a, t, &k, t->lo[c], t->hi[c] + 1);
		return;
	}
	/* "who insisted the bridge was safe" with the clause hung elsewhere:
	 * a clause with its own subject that starts right after the cue. */
	if ((c = clause_after(t, v)) != SIZE_MAX && s < v) {
		emit(a, t, &k, t->lo[c], t->n);
		return;
	}
	/* "CLAUSE, S said.": the cue is the parataxis of the clause it
	 * reports, after a comma, and nothing but marks follows it. */
	size_t h = t->parent[v], lo = t->lo[v];
	if (!rel_is(&t->w[v], "parataxis") || h == SIZE_MAX || h > v || lo <= t->lo[h] ||
	    !only_marks_after(a, t, t->hi[v] + 1))
		return;
	/* The comma is the cue's, or the clause's. */
	if (is_comma(a, &t->w[lo]))
		emit(a, t, &k, t->lo[h], lo);
	else if (is_comma(a, &t->w[lo - 1]))
		emit(a, t, &k, t->lo[h], lo - 1);
}


/* "Peskov's warning that the talks would fail", "the union issued a
 * warning that strikes would follow": a noun of speech, the clause its
 * "that" opens right after it, and its possessor, else the subject of
 * the verb whose object it is, as the speaker. */
static void
noun_cue_quote(struct attribute_quotes *a, const struct tree *t, size_t v)
{
	size_t c = SIZE_MAX, s = SIZE_MAX;

	if (v + 1 >= t->n || !lemma_is(&t->w[v + 1], "that") ||
	    t->w[v].upos_len != 4 || memcmp(t->w[v].upos, "NOUN", 4) != 0 ||
	    cue_form_type(a->text + t->w[v].start, t->w[v].end - t->w[v].start,
	    CUE_NOUN) != CUE_SPEECH)
		return;
	/* the parser may read "that" as a relative pronoun ("the
	 * announcement that she would resign"); not as the subject ("the
	 * report that says") */
	for (size_t i = v + 2; i <= t->hi[v] && c == SIZE_MAX; i++)
		if (t->parent[i] == v && t->lo[i] == v + 1 &&
		    (rel_prefix(&t->w[i], "acl") || rel_is(&t->w[i], "ccomp")) &&
		    !rel_prefix(&t->w[v + 1], "nsubj"))
			c = i;
	if (c == SIZE_MAX || !holds_finite(t, c))
		return;
	for (size_t i = t->lo[v]; i < v; i++)
		if (t->parent[i] == v && rel_is(&t->w[i], "nmod:poss"))
			s = i;
	if (s == SIZE_MAX && rel_is(&t->w[v], "obj") && t->parent[v] != SIZE_MAX &&
	    t->parent[v] < v)
		s = subject(t, t->parent[v]);
	if (s == SIZE_MAX || s > v)
		return;
	struct cue k = { v, s, CUE_SPEECH, true };
	emit(a, t, &k, t->lo[c], t->hi[c] + 1);
}

static int
by_start(const void *x, const void *y)
{
	const struct span *p = x, *q = y;

	return p->start < q->start ? -1 : p->start > q->start;
}

/* The spans of the quotes found so far, sorted, for overlaps_found. */
static void
sort_found(struct attribute_quotes *a)
{
	a->syn_found = xgrow(a->syn_found, &a->cap_syn_found, a->nout + 1,
	    sizeof *a->syn_found);
	for (size_t i = 0; i < a->nout; i++)
		a->syn_found[i] = (struct span){ a->out[i].start, a->out[i].end };
	a->nsyn_found = a->nout;
	qsort(a->syn_found, a->nout, sizeof *a->syn_found, by_start);
}

/* Whether a quote found so far has its cue at byte b. */
static bool
cue_taken(const struct attribute_quotes *a, size_t b)
{
	size_t lo = 0, hi = a->nsyn_by_cue;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (a->syn_by_cue[mid].byte < b)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < a->nsyn_by_cue && a->syn_by_cue[lo].byte == b;
}

/* The sentence of a->sents holding byte b, from *s on (bytes asked in
 * order). */
static size_t
sentence_of(const struct attribute_quotes *a, size_t *s, size_t b)
{
	while (*s + 1 < a->sents.n && b >= a->sents.v[*s].end)
		(*s)++;
	return *s;
}


/* The longest sentence parsed here, in bytes: a "sentence" of thousands
 * of words is no prose (a scraped page without full stops), and its
 * parse would hold far more memory than its text; the word rules read
 * it in pieces. */
enum { SYNTAX_SENTENCE_MAX = 8192 };

/* The sentences worth parsing here, when no parse came with the record:
 * those holding a cue outside quotation marks that no quote found so far
 * used or covers (most cues the word rules have taken), and those whose
 * quote's speaker the parse may better, if not too long.  Most
 * sentences are neither. */
static void
cue_sentences(struct attribute_quotes *a)
{
	size_t s = 0;

	a->syn_wanted = xgrow(a->syn_wanted, &a->cap_syn_wanted, a->sents.n + 1,
	    sizeof *a->syn_wanted);
	memset(a->syn_wanted, 0, (a->sents.n + 1) * sizeof *a->syn_wanted);
	a->syn_sentence_out = a->nout;
	for (size_t i = 0; i < a->nw && a->sents.n > 0; i++) {
		if (a->w[i].inside >= 0 || (a->w[i].cue < 0 && !(a->w[i].kind == TOK_WORD &&
		    (cue_form_type(a->text + a->w[i].start, a->w[i].end - a->w[i].start,
		    CUE_VERB) != CUE_NONE || judging_form(a, i) || noun_cue_form(a, i)))))
			continue;
		if (cue_taken(a, a->w[i].start) ||
		    overlaps_found(a, a->w[i].start, a->w[i].end))
			continue;
		a->syn_wanted[sentence_of(a, &s, a->w[i].start)] = true;
	}
	s = 0;
	for (size_t k = 0; k < a->nsyn_by_cue && a->sents.n > 0; k++)
		if (speaker_to_check(a, &a->out[a->syn_by_cue[k].quote]))
			a->syn_wanted[sentence_of(a, &s, a->syn_by_cue[k].byte)] = true;
	a->cue_sents.n = 0;
	for (size_t k = 0; k < a->sents.n; k++)
		if (a->syn_wanted[k] &&
		    a->sents.v[k].end - a->sents.v[k].start <= SYNTAX_SENTENCE_MAX) {
			a->cue_sents.v = xgrow(a->cue_sents.v, &a->cue_sents.cap,
			    a->cue_sents.n + 1, sizeof *a->cue_sents.v);
			a->cue_sents.v[a->cue_sents.n++] = a->sents.v[k];
		}
}


void
syntax_quotes(struct attribute_quotes *a, json_t *rec)
{
	size_t k = 0;

	const struct record_tokens *tokens;

	sort_found(a);
	sort_by_cue(a);
	if (a->model != NULL) {
		cue_sentences(a);
		tokens = parsed_record(&a->parsed, &a->reader, rec, a->text, a->len,
		    &a->cue_sents);
	} else if (record_tokens(&a->reader, rec, a->text, a->len, &a->parsed.tokens)) {
		tokens = &a->parsed.tokens;	/* --no-parse: only what came */
	} else {
		return;
	}
	for (size_t s = 0; s < tokens->ns; s++) {
		enum cue_type type;
		struct tree t;

		tree_build(a, tokens, s, &t);
		better_speakers(a, &t, &k);
		a->syn_sentence_out = a->nout;
		for (size_t v = 0; v < t.n; v++)
			if ((type = verb_cue_type(a, &t.w[v])) != CUE_NONE)
				cue_quote(a, &t, v, type);
			else
				noun_cue_quote(a, &t, v);
	}
}
