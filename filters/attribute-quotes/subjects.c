/*
 * subjects: on the parse, who the subject of a cue is (its nsubj, a
 * coordinated or participle verb's, a passive's agent, the noun a
 * relative clause or a "with" phrase hangs on), and the speaker of the
 * whole subject where the word rules took one from inside it ("Police
 * in the border town of X said" is the police, not X) (internal.h).
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* Whether v has a subject besides s: the relative pronoun s is then
 * the object of what is said ("the rebels, which the government says it
 * is fighting"). */
static bool
second_subject(const struct tree *t, size_t v, size_t s)
{
	for (size_t i = t->lo[v]; i <= t->hi[v]; i++)
		if (i != s && t->parent[i] == v && rel_is(&t->w[i], "nsubj"))
			return true;
	return false;
}

/* "with the Courier reporting that ...": the noun of the phrase that
 * "with" opens right before the participle v, which the parser may hang
 * anywhere; else SIZE_MAX. */
static size_t
with_subject(const struct tree *t, size_t v)
{
	size_t h;

	if (v == 0 || !xpos_is(&t->w[v], "VBG"))
		return SIZE_MAX;
	for (h = v - 1; t->parent[h] != SIZE_MAX && t->parent[h] < v &&
	    t->hi[t->parent[h]] == v - 1; h = t->parent[h])
		;
	for (size_t i = t->lo[h]; i < h; i++)
		if (t->parent[i] == h && lemma_is(&t->w[i], "with"))
			return h;
	return SIZE_MAX;
}

/* Whether v is passive ("the parents were advised to"): a passive
 * subject or auxiliary hangs from it. */
static bool
is_passive(const struct tree *t, size_t v)
{
	for (size_t i = t->lo[v]; i < v; i++)
		if (t->parent[i] == v && (rel_is(&t->w[i], "aux:pass") ||
		    rel_is(&t->w[i], "nsubj:pass")))
			return true;
	return false;
}

/* The agent of passive v ("was announced by the ministry"), or
 * SIZE_MAX. */
static size_t
agent(const struct tree *t, size_t v)
{
	for (size_t i = v + 1; i <= t->hi[v]; i++)
		if (t->parent[i] == v && rel_is(&t->w[i], "obl:agent"))
			return i;
	return SIZE_MAX;
}

/* The subject of cue v: its nsubj; a coordinated verb's shares its
 * first conjunct's ("arrived and said"); a relative clause's is the noun
 * it modifies ("the mayor, who said"). */
size_t
subject(const struct tree *t, size_t v)
{
	size_t s = t->nsubj[v];

	if (s == SIZE_MAX && is_passive(t, v))
		return agent(t, v);	/* whoever advised, not the one advised */
	if (s == SIZE_MAX && (s = with_subject(t, v)) != SIZE_MAX)
		return s;
	/* "arrived and said", "defended the plan, saying"; "theorized
	 * that A had occurred, and wrote that ...", the second cue hung on
	 * the first one's clause: the first cue's subject */
	if (s == SIZE_MAX && t->parent[v] != SIZE_MAX && (rel_is(&t->w[v], "conj") ||
	    (rel_is(&t->w[v], "advcl") && xpos_is(&t->w[v], "VBG")))) {
		size_t p = t->parent[v], u = t->parent[p];
		s = rel_is(&t->w[p], "ccomp") && u != SIZE_MAX && u < p &&
		    t->nsubj[u] != SIZE_MAX && rel_is(&t->w[v], "conj") &&
		    cue_verb_type(t->w[u].lemma, t->w[u].lemma_len) != CUE_NONE ?
		    t->nsubj[u] : t->nsubj[p];
		/* "declined to comment, saying ...": the subject of the verb
		 * whose infinitive the participle hangs on */
		for (size_t up = 0; s == SIZE_MAX && up < 4 && rel_is(&t->w[p], "xcomp") &&
		    t->parent[p] != SIZE_MAX; up++) {
			p = t->parent[p];
			s = t->nsubj[p];
		}
	}
	/* "Officials in the valley, speaking after the session, confirmed":
	 * the parser hangs the subject on the participle between. */
	if (s == SIZE_MAX && t->participle[v] != SIZE_MAX &&
	    t->subject_any[t->participle[v]] < t->participle[v])
		s = t->subject_any[t->participle[v]];
	if (s != SIZE_MAX && is_relative(&t->w[v]) && t->parent[v] != SIZE_MAX) {
		/* "the mayor, who said ...", but not "the group, which Russia
		 * says it is striking": there what is said is about the noun. */
		if (!lemma_is(&t->w[s], "who") && !lemma_is(&t->w[s], "that") &&
		    !lemma_is(&t->w[s], "which"))
			return SIZE_MAX;
		if (second_subject(t, v, s))
			return SIZE_MAX;	/* "which the government says" */
		s = t->parent[v];
	}
	return s;
}

/* Whether the phrase from word i follows a word that makes it part of a
 * longer one: "(Police in the town) of Spin Boldak", "(The United States)
 * and its allies", a determiner or two between. */
static bool
after_link(const struct attribute_quotes *a, size_t i)
{
	static const char *const links[] = { "of", "in", "for", "from", "at",
	    "near", "on", "and" };
	size_t stop = i > 3 ? i - 3 : 0;

	while (i > stop && word_in_list_any_case(a, i - 1, WL_DETERMINERS))
		i--;
	return i > 0 && WORD_IN(a, i - 1, links);
}

/* Whether the word rules gave quote q a speaker the parse may better: a
 * place or an untagged name, perhaps inside the cue's subject
 * (better_speaker). */
bool
speaker_to_check(const struct attribute_quotes *a, const struct quote *q)
{
	if (!q->has_np || q->cue_end <= q->cue_start)
		return false;
	return q->np.kind == NP_NAME || (q->np.kind == NP_ENTITY &&
	    !is_type(q->np.entity, "PERSON") && !is_type(q->np.entity, "ORG")) ||
	    after_link(a, q->np.from);
}

static bool
has_comma(const struct attribute_quotes *a, const struct tree *t, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++)
		if (is_comma(a, &t->w[i]))
			return true;
	return false;
}

/* Whether the subject's branch b (from branch_of) places its head or
 * is a further conjunct: "Spin Boldak" of "Police in the border town of
 * Spin Boldak", "its allies" of "The United States and its allies".  A
 * name there is not who spoke, however sure its type. */
static bool
in_modifier(const struct tree *t, size_t b)
{
	return b != SIZE_MAX && (rel_is(&t->w[b], "nmod") || rel_is(&t->w[b], "conj"));
}

/* The last of the tree's words in the phrase headed by s, short of a
 * relative clause, apposition or clause that follows the head ("Officials
 * who declined to be named"). */
static size_t
phrase_end(const struct tree *t, size_t s)
{
	for (size_t i = s + 1; i <= t->hi[s]; i++)
		if (t->parent[i] == s && (is_relative(&t->w[i]) || rel_is(&t->w[i], "acl") ||
		    rel_is(&t->w[i], "appos") || rel_is(&t->w[i], "parataxis")))
			return t->lo[i] - 1;
	return t->hi[s];
}

/* The possessor of the subject s when s is a text ("PC World's recent
 * analysis of its traffic"): the tree's word ending its name, else
 * SIZE_MAX. */
static size_t
text_owner(const struct attribute_quotes *a, const struct tree *t, size_t s)
{
	size_t sw = word_at(a, t->w[s].start);

	if (!(word_roles(a, sw) & ROLE_TEXT))
		return SIZE_MAX;
	for (size_t i = t->lo[s]; i < s; i++) {
		if (t->parent[i] != s || !rel_is(&t->w[i], "nmod:poss"))
			continue;
		size_t last = t->hi[i];	/* "World" of "PC World's" */
		if (last > i && rel_is(&t->w[last], "case"))
			last--;
		return last;
	}
	return SIZE_MAX;
}

/* The speaker of the cue's whole subject s, whose words run from the
 * stage's lo to hi, when the word rules took one from inside it (from the
 * subject's branch b): the first of coordinated names ("The United
 * States" of "The United States and its allies"), the owner of a text,
 * the person named at the head, else the phrase as written ("Police in
 * the border town of Spin Boldak"). */
static struct np
whole_subject(const struct attribute_quotes *a, const struct tree *t, size_t s,
    size_t b, size_t lo, size_t hi)
{
	size_t owner = text_owner(a, t, s);
	struct np np;

	if (owner != SIZE_MAX) {
		np = np_ending(a, word_at(a, t->w[owner].start), lo);
		if (np.kind == NP_ENTITY || np.kind == NP_NAME)
			return np;
	}
	np = np_ending(a, last_of_name(a, t, s), lo);
	if (np.kind == NP_ENTITY && (is_type(np.entity, "PERSON") ||
	    (rel_is(&t->w[b], "conj") && !is_type(np.entity, "DATE"))))
		return np;
	return (struct np){ NP_PHRASE, lo, hi + 1, NULL };
}

/* A speaker the word rules took from inside the cue's subject: "Kashmir"
 * of "Officials in Indian Kashmir said", "its allies" of "The United
 * States and its allies accused".  The subject's head speaks: its name,
 * or the whole phrase of a role ("Officials in Indian Kashmir"). */
static void
better_speaker(struct attribute_quotes *a, const struct tree *t, size_t v,
    struct quote *q)
{
	size_t s = subject(t, v), c, lo, hi, head, old_head, old, b;
	struct np np;

	if (s == SIZE_MAX || s > v || !q->has_np)
		return;
	c = word_at(a, t->w[v].start);
	lo = word_at(a, t->w[t->lo[s]].start);
	hi = word_at(a, t->w[phrase_end(t, s)].start);
	head = last_of_name(a, t, s);
	old_head = q->np.to - 1;
	if (old_head == head || q->np.from < lo || old_head > hi || hi >= c)
		return;
	if (t->hi[s] - t->lo[s] > 32 || !same_clause(a, t, t->lo[s], t->hi[s] + 1) ||
	    has_comma(a, t, t->lo[s], t->hi[s] + 1))
		return;		/* "About 18,000 fans watched, the club said"; and a
				 * phrase that long is no speaker */
	old = tree_word_at(t, a->w[old_head].start);
	b = old == SIZE_MAX ? SIZE_MAX : branch_of(t, s, old);
	if (in_modifier(t, b)) {
		np = whole_subject(a, t, s, b, lo, hi);
		attribute(a, q, &np, c, c + 1);
		return;
	}
	if (q->np.kind == NP_ROLE || q->np.kind == NP_PRONOUN ||
	    (q->np.kind == NP_ENTITY && (is_type(q->np.entity, "PERSON") ||
	    is_type(q->np.entity, "ORG"))))
		return;		/* a name or role the rules found stays */
	np = np_ending(a, head, lo);
	if ((np.kind == NP_ROLE || np.kind == NP_NAME) &&
	    t->w[s].upos_len == 4 && memcmp(t->w[s].upos, "NOUN", 4) == 0)
		np = (struct np){ NP_ROLE, np.from, hi + 1, NULL };	/* with what places it */
	else if (!(np.kind == NP_ENTITY && (is_type(np.entity, "PERSON") ||
	    is_type(np.entity, "ORG"))))
		return;
	attribute(a, q, &np, c, c + 1);
}

static int
by_cue_byte(const void *x, const void *y)
{
	const struct cue_ref *p = x, *q = y;

	return p->byte < q->byte ? -1 : p->byte > q->byte;
}

/* The quotes found so far that have a cue and a speaker, by their cue,
 * in text order. */
void
sort_by_cue(struct attribute_quotes *a)
{
	a->nsyn_by_cue = 0;
	a->syn_by_cue = xgrow(a->syn_by_cue, &a->cap_syn_by_cue, a->nout + 1,
	    sizeof *a->syn_by_cue);
	for (size_t i = 0; i < a->nout; i++)
		if (a->out[i].has_np && a->out[i].cue_end > a->out[i].cue_start)
			a->syn_by_cue[a->nsyn_by_cue++] = (struct cue_ref){
			    a->out[i].cue_start, i };
	qsort(a->syn_by_cue, a->nsyn_by_cue, sizeof *a->syn_by_cue, by_cue_byte);
}

/* better_speaker for each quote whose cue is a verb of the tree; *k
 * walks the quotes by cue across the sentences. */
void
better_speakers(struct attribute_quotes *a, const struct tree *t, size_t *k)
{
	size_t first = t->w[0].start, last = t->w[t->n - 1].end;

	while (*k < a->nsyn_by_cue && a->syn_by_cue[*k].byte < first)
		(*k)++;
	for (; *k < a->nsyn_by_cue && a->syn_by_cue[*k].byte < last; (*k)++) {
		size_t v = tree_word_at(t, a->syn_by_cue[*k].byte);

		struct quote *q = &a->out[a->syn_by_cue[*k].quote];

		/* only the speakers cue_sentences parses for when alone, so
		 * that an upstream parse changes nothing */
		if (v != SIZE_MAX && verb_cue_type(a, &t->w[v]) != CUE_NONE &&
		    speaker_to_check(a, q))
			better_speaker(a, t, v, q);
	}
}
