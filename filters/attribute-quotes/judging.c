/*
 * judging: verbs that judge their object, on the parse and as written:
 * "describe X as Y", "call X Y", "blame X on Y", "praise X for Y".
 * What was said is the object and the judgement (internal.h).
 */
#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "internal.h"

/* Whether w[0..len) is a stem of a verb that judges what it names
 * ("describe X as Y", "call X Y", "blame X on Y") followed by at most
 * more letters: "called", "describes" as written, "characterize" as a
 * lemma. */
static bool
judging(const char *w, size_t len, size_t more)
{
	static const char *const stems[] = { "call", "describ", "characteri",
	    "portray", "label", "brand", "dub", "term", "blam", "denounc", "hail",
	    "prais", "critici", "condemn", "identif", "credit", "dismiss" };

	/* Every word of every record is asked: most go at their first letter. */
	if (len < 3 || strchr("bcdhilpt", w[0]) == NULL)
		return false;
	for (size_t k = 0; k < sizeof stems / sizeof *stems; k++) {
		size_t n = strlen(stems[k]);
		if (len >= n && len <= n + more && strncmp(w, stems[k], n) == 0)
			return true;
	}
	return false;
}

/* The stage's word i as written: "called", "describes", "blamed". */
bool
judging_form(const struct attribute_quotes *a, size_t i)
{
	return judging(a->text + a->w[i].start, a->w[i].end - a->w[i].start, 4);
}

/* The parse's word by its lemma ("describe", "criticise"): speech when it
 * judges what it names. */
bool
judges(const struct record_word *w)
{
	return judging(w->lemma, w->lemma_len, 2);
}

/* Verbs that name what their object is ("call X Y", "describe X as Y"),
 * as against those that blame or praise it for something. */
static bool
names_object(const struct record_word *v)
{
	static const char *const naming[] = { "call", "label", "brand", "dub", "term",
	    "describe", "portray", "characterize", "characterise", "identify" };

	return LEMMA_IN(v, naming);
}

/* Whether link opens the judgement a verb v of judging makes of its
 * object: "as" for all, "on" for blame ("blamed the attack on the
 * rebels"), "for" for those that blame or praise. */
static bool
judgement_link(const struct record_word *link, const struct record_word *v)
{
	if (lemma_is(link, "as"))
		return true;
	if (lemma_is(link, "on"))	/* the parse's lemma may be "blam" */
		return v->lemma_len >= 4 && strncasecmp(v->lemma, "blam", 4) == 0;
	return lemma_is(link, "for") && !names_object(v);
}

/* Whether a quotation mark stands among the tree's words [from, to]. */
static bool
has_quote_mark(const struct attribute_quotes *a, const struct tree *t, size_t from,
    size_t to)
{
	for (size_t i = from; i <= to; i++) {
		size_t w = word_at(a, t->w[i].start);
		if (a->w[w].kind == TOK_QUOTE)
			return true;
	}
	return false;
}

/* For a verb that judges its object ("describe X as Y", "call X Y",
 * "blame X on Y", "denounce X for Y"), the dependent of v that says the
 * judgement, right after the object; else SIZE_MAX. */
size_t
judged_object(const struct attribute_quotes *a, const struct tree *t, size_t v)
{
	size_t o = t->obj[v], d;

	if (!judges(&t->w[v]) || o == SIZE_MAX || o < v || t->hi[o] + 1 >= t->n)
		return SIZE_MAX;
	/* "the report as pure fiction", "the attack on the rebels" parsed
	 * inside the object */
	for (size_t i = o + 1; i <= t->hi[o]; i++)
		if (t->parent[i] == o && judgement_link(&t->w[t->lo[i]], &t->w[v]))
			return o;
	/* the first word after the object, past an opening mark the parser
	 * may hang on the verb ('labeled the actions "propaganda."') */
	size_t after = t->hi[o] + 1;
	d = after;
	while (d + 1 < t->n && t->parent[d] == v &&
	    a->w[word_at(a, t->w[d].start)].kind == TOK_QUOTE)
		d++;
	size_t first = d;
	while (t->parent[d] != SIZE_MAX && t->parent[d] != v && t->lo[t->parent[d]] == first)
		d = t->parent[d];
	if (t->parent[d] != v || (t->lo[d] != after && t->lo[d] != first))
		return SIZE_MAX;
	if (judgement_link(&t->w[t->lo[d]], &t->w[v]))
		return d;	/* "as laughable", "blamed X on Y", "praised X for" */
	if (!names_object(&t->w[v]) || lemma_is(&t->w[v], "describe"))
		return SIZE_MAX;
	/* "called the plan a disgrace"; the parser also makes the name a
	 * second obj or an unmarked obl, and so it makes "called the police
	 * an hour later": then only a quoted name */
	if (rel_is(&t->w[d], "xcomp") || ((rel_is(&t->w[d], "obj") ||
	    rel_is(&t->w[d], "obl:unmarked") || rel_is(&t->w[d], "obl:npmod") ||
	    (rel_is(&t->w[d], "obl") && t->lo[d] == first)) &&
	    has_quote_mark(a, t, after, t->hi[d])))
		return d;
	return SIZE_MAX;
}
