/*
 * indirect: reported speech, a cue with a speaker and a clause: "X said
 * (that) CLAUSE", "CLAUSE, X said", "according to X, CLAUSE"; mixed when
 * the clause holds quoted words.
 */
#include <stdint.h>
#include <string.h>

#include "internal.h"

/* Is the word at c a cue here, not a noun ("the report")? */
static bool
verb_here(const struct attribute_quotes *a, size_t c, const struct cue_word *cw)
{
	if (c > 0 && (word_in_list_any_case(a, c - 1, WL_DETERMINERS) ||
	    is_possessive(a, c - 1) || word_is(a, c - 1, "to")))
		return false;
	return a->w[c].inside < 0 && cw != NULL;
}

/* Without "that", what follows a cue is a clause only when a finite
 * verb comes soon: "said the controls were necessary", not "tweeted
 * this list explaining the strategy".  Auxiliaries and the commonest
 * verbs stand for the rest. */
static bool
has_aux_verb(const struct attribute_quotes *a, size_t s, size_t hi)
{
	static const char *const finite[] = {
		"is", "was", "were", "are", "am", "has", "have", "had", "will",
		"would", "can", "could", "should", "may", "might", "must", "did",
		"does", "do", "won't", "wasn't", "isn't", "didn't", "doesn't",
		"hasn't", "haven't", "wouldn't", "couldn't", "shall", "needs",
		"wants", "thinks", "plans", "expects", "hopes", "believes",
	};

	for (size_t k = s; k < hi && k < s + 9; k++) {
		if (WORD_IN(a, k, finite))
			return true;
		if (is_punct(a, k, ',') || is_punct(a, k, ';'))
			break;
	}
	return false;
}

static bool
has_finite_verb(const struct attribute_quotes *a, size_t s, size_t hi)
{
	/* "said Moscow was", "said he is": a name or a pronoun opens it. */
	if ((is_capitalised(a, s) && !word_in_list_any_case(a, s, WL_DETERMINERS)) ||
	    word_in_list_any_case(a, s, WL_PERSON_PRONOUNS) ||
	    word_in_list_any_case(a, s, WL_GROUP_PRONOUNS) ||
	    word_is(a, s, "there"))
		return true;
	return has_aux_verb(a, s, hi);
}

/* The first word of the reported clause after a cue at c, or SIZE_MAX. */
static size_t
clause_start(const struct attribute_quotes *a, size_t c, const struct cue_word *cw,
    size_t hi)
{
	size_t s = c + 1;

	if (cw->cls == CUE_OBJECT) {
		/* "told reporters", "told the BBC", "told him" */
		const struct entity *e = entity_starting(a, s);
		if (e != NULL)
			s = e->to;
		else {
			if (word_in_list_any_case(a, s, WL_DETERMINERS))
				s++;
			if ((e = entity_starting(a, s)) != NULL)
				s = e->to;	/* "told the BBC the offer was" */
			/* up to a determiner that opens the clause's subject:
			 * "told state television the fishermen had" */
			while (e == NULL && s < hi && s < c + 5 && is_lower_word(a, s) &&
			    !word_is(a, s, "that") && !word_in_list(a, s, WL_PERSON_PRONOUNS) &&
			    !word_in_list(a, s, WL_GROUP_PRONOUNS) &&
			    !(s > c + 1 && word_in_list_any_case(a, s, WL_DETERMINERS)))
				s++;
		}
		/* "As Heald told The Huffington Post, US surface ozone has" */
		if (s + 1 < hi && is_punct(a, s, ',') && a->w[s + 1].kind == TOK_WORD &&
		    has_finite_verb(a, s + 1, hi))
			s++;
	}
	/* "announced Sunday it is granting", "said on Tuesday the plan":
	 * when the saying was is no part of what was said. */
	size_t d = s < hi && word_is(a, s, "on") ? s + 1 : s;
	const struct entity *when = d < hi ? entity_starting(a, d) : NULL;
	if (when != NULL && (is_type(when, "DATE") || is_type(when, "TIME")) &&
	    when->to < hi && a->w[when->to].kind != TOK_PUNCT)
		s = when->to;
	/* "explains, in a satirical fashion, that" */
	if (s < hi && is_punct(a, s, ','))
		for (size_t k = s + 1; k + 1 < hi && k < s + 13; k++) {
			if (is_punct(a, k, ',') && word_is(a, k + 1, "that"))
				return k + 2;
			if (a->w[k].kind == TOK_PUNCT || a->w[k].kind == TOK_QUOTE)
				break;
		}
	/* "said on Tuesday that", "stated the obvious: that"; not "notes
	 * and findings that": a weak cue there is a noun */
	for (size_t k = s; k < hi && k < s + 7; k++) {
		if (word_is(a, k, "that") && (k == s || !is_punct(a, k - 1, ',')))
			return k + 1;
		if (is_punct(a, k, ',') || a->w[k].kind == TOK_QUOTE ||
		    (cw->cls == CUE_WEAK && (word_is(a, k, "and") || word_is(a, k, "or"))))
			break;
	}
	if (s < hi && (is_punct(a, s, ':')))
		s++;
	if (s >= hi || a->w[s].kind == TOK_PUNCT)
		return SIZE_MAX;
	if (cw->cls == CUE_WEAK)
		return SIZE_MAX;	/* a weak cue needs "that" */
	/* "say" reports; other verbs may take a mere object ("tweeted this
	 * list") unless a verb follows. */
	if (strcmp(cw->lemma, "say") == 0)
		return s;
	return has_finite_verb(a, s, hi) ? s : SIZE_MAX;
}

/* Does a cue verb come within a few words from k, before any mark:
 * "said", "Mr. Ray has said", "officials later said"? */
static bool
cue_follows(const struct attribute_quotes *a, size_t k, size_t hi)
{
	size_t end = k + 5;

	for (size_t c = k; c < hi && c < end; c++) {
		/* "and its leader, Tomas Brek, accuses": a name set between
		 * commas after a role */
		if (is_punct(a, c, ',') && c > k && c + 4 < hi && end == k + 5) {
			const struct entity *e = entity_starting(a, c + 1);
			if (e != NULL && is_type(e, "PERSON") && is_punct(a, e->to, ',')) {
				end = e->to + 4;
				c = e->to;
				continue;
			}
		}
		if (a->w[c].kind == TOK_PUNCT && !is_punct(a, c, '.'))
			return false;
		if (cue_at(a, c) != NULL && a->w[c].inside < 0)
			return true;
	}
	return false;
}

/* Does a participle of speech come within a few words from k, before
 * any mark: "(with) the Courier reporting", "(with) officials saying"? */
static bool
reporter_follows(const struct attribute_quotes *a, size_t k, size_t hi)
{
	for (size_t c = k; c < hi && c < k + 6; c++) {
		if (a->w[c].kind == TOK_PUNCT)
			return false;
		if (ends_in_ing(a, c) && cue_form_type(a->text + a->w[c].start,
		    a->w[c].end - a->w[c].start, CUE_VERB) == CUE_SPEECH)
			return true;
	}
	return false;
}

/* Whether word i is a participle of consequence ("prompting protests",
 * "sparking a row"): the narrator's, after what was said. */
static bool
is_consequence(const struct attribute_quotes *a, size_t i)
{
	static const char *const words[] = { "prompting", "sparking", "triggering",
	    "drawing", "fuelling", "fueling", "raising" };

	return WORD_IN(a, i, words);
}

/* Whether word i is a verb of speech of the wider lexicon in the past
 * ("demanded", "argued"): after "and", a second report. */
static bool
is_past_speech(const struct attribute_quotes *a, size_t i)
{
	size_t len = a->w[i].end - a->w[i].start;

	return len > 3 && memcmp(a->text + a->w[i].end - 2, "ed", 2) == 0 &&
	    cue_form_type(a->text + a->w[i].start, len, CUE_VERB) == CUE_SPEECH;
}

/* Where a reported clause ends: the sentence's end, or before ", while
 * Turkey insists", "; ", or ", the media reported". */
size_t
clause_end(const struct attribute_quotes *a, size_t s, size_t hi)
{
	static const char *const participles[] = { "saying", "adding", "noting",
	    "arguing", "warning", "insisting", "writing", "telling", "explaining" };
	static const char *const setting[] = { "amid", "following", "despite",
	    "because", "after" };
	size_t e = hi;

	for (size_t k = s + 1; k < hi; k++) {
		if (is_punct(a, k, ';') && a->w[k].inside < 0)
			return k;
		/* 'any process "must be well thought out": "Moves to ...' */
		if (is_punct(a, k, ':') && a->w[k].inside < 0 && k + 1 < hi &&
		    a->w[k + 1].kind == TOK_QUOTE)
			return k;
		/* "Paris was a volunteer and claim she has ...", "... and is
		 * urging talks": a second cue of the same subject */
		if ((word_is(a, k, "and") || word_is(a, k, "but")) && a->w[k].inside < 0) {
			size_t v = k + 1;
			while (v < hi && v < k + 3 && word_in_list(a, v, WL_AUX))
				v++;
			const struct cue_word *cw = v < hi ? cue_at(a, v) : NULL;
			/* after "would", a weak cue is no speech: "and would
			 * respond, militarily" */
			if (cw != NULL && verb_here(a, v, cw) && (v == k + 1 || cw->cls != CUE_WEAK))
				return k;
			/* "and demanded the men's release", "but argued that":
			 * a verb of speech of the wider lexicon, in the past */
			if (v == k + 1 && v < hi && is_past_speech(a, v))
				return k;
		}
		if (!is_punct(a, k, ',') || a->w[k].inside >= 0)
			continue;
		/* ", saying that ...": a second attribution of the same words */
		if (k + 1 < hi && cue_at(a, k + 1) != NULL && WORD_IN(a, k + 1, participles))
			return k;
		if (word_is(a, k + 1, "while") || word_is(a, k + 1, "whereas") ||
		    word_is(a, k + 1, "although") || word_is(a, k + 1, "though") ||
		    word_is(a, k + 1, "but"))
			return k;
		/* ", prompting protests": what the words caused goes on with
		 * the story, not with what was said. */
		if (k + 1 < hi && is_consequence(a, k + 1))
			return k;
		/* ", in the wake of ...", ", amid ...": the reporter's setting
		 * of what was said, after a clause that is complete. */
		if (WORD_IN(a, k + 1, setting) ||
		    (word_is(a, k + 1, "in") && word_is(a, k + 2, "the") &&
		    word_is(a, k + 3, "wake")))
			return k;
		if ((word_is(a, k + 1, "and") || word_is(a, k + 1, "but")) &&
		    cue_follows(a, k + 2, hi))
			return k;	/* ", and said B", ", but Mr. Ray has said" */
		/* ", with the Courier reporting ...": another's report */
		if (word_is(a, k + 1, "with") && reporter_follows(a, k + 2, hi))
			return k;
		/* ", the Russian media reported", ", something officials say
		 * they will not do" */
		size_t from = k + 1 + is_thing_word(a, k + 1);
		for (size_t c = k + 2; c < hi && c < k + 8; c++) {
			const struct cue_word *cw = cue_at(a, c);
			if (cw == NULL || !verb_here(a, c, cw))
				continue;
			struct np np = speaker_before(a, c, k + 1);
			if (np.kind != NP_NONE && np.from == from)
				return k;
		}
	}
	while (e > s && (a->w[e - 1].kind == TOK_PUNCT) && !is_punct(a, e - 1, ')') &&
	    !is_punct(a, e - 1, ']'))
		e--;
	return e;
}

/* Does the span overlap a direct quote?  They are in text order and apart,
 * so their ends rise too: the first that ends after start is the only
 * one that may. */
static bool
overlaps_direct(const struct attribute_quotes *a, size_t start, size_t end)
{
	size_t lo = 0, hi = a->ndirect;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (a->out[mid].end <= start)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < a->ndirect && a->out[lo].start < end;
}

/* Does the span, in sentence s, overlap a quote found before?  Cues are
 * taken in text order and a reported clause stays in its cue's sentence,
 * so of the indirect quotes only those of the same sentence may. */
static bool
overlaps_quote(struct attribute_quotes *a, size_t start, size_t end, int s)
{
	if (s != a->sentence) {
		if (s < a->sentence)
			a->sentence_out = a->ndirect;	/* never so; all, then */
		else
			a->sentence_out = a->nout;
		a->sentence = s;
	}
	if (overlaps_direct(a, start, end))
		return true;
	for (size_t i = a->sentence_out; i < a->nout; i++)
		if (a->out[i].start < end && start < a->out[i].end)
			return true;
	return false;
}

/* The kind of a reported clause: mixed when it holds quoted words.
 * Quotations are in text order and apart: the first that starts in the
 * clause ends first. */
const char *
clause_kind(const struct attribute_quotes *a, size_t from, size_t to)
{
	size_t start = a->w[from].start, lo = 0, hi = a->nq;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (a->qs[mid].start < start)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < a->nq && a->qs[lo].end <= a->w[to - 1].end ? "mixed" :
	    "indirect";
}

static void
emit_indirect(struct attribute_quotes *a, size_t from, size_t to,
    const struct np *np, size_t cue_from, size_t cue_to)
{
	size_t start, end;

	while (from < to && a->w[from].start < a->dateline_end)
		from++;		/* "PORTVALE, Nov 24 (Wirecast) - " said nothing */
	if (to <= from || to - from < 3)
		return;
	start = a->w[from].start;
	end = a->w[to - 1].end;
	if (overlaps_quote(a, start, end, a->w[from].sent))
		return;
	struct quote *q = new_quote(a, start, end, clause_kind(a, from, to));
	const struct cue_word *cw = cue_at(a, cue_from);
	if (cw != NULL && cue_verb_type(cw->lemma, strlen(cw->lemma)) == CUE_THOUGHT)
		q->type = "thought";	/* "the ministry believes" */
	attribute(a, q, np, cue_from, cue_to);
	find_source(a, q, cue_to);
}

/* After a name at i, the lower-case words that say what it is, ending
 * in a role and a comma ("Yonhap news agency,"): the comma's word; else
 * i. */
static size_t
role_after(const struct attribute_quotes *a, size_t i, size_t hi)
{
	size_t k = i;

	while (k < hi && k < i + 3 && is_lower_word(a, k))
		k++;
	if (k == i || k >= hi || !is_punct(a, k, ',') || word_roles(a, k - 1) == 0)
		return i;
	return k;
}

/* Whether word i is a number: "345", "four". */
static bool
is_number_word(const struct attribute_quotes *a, size_t i)
{
	static const char *const numbers[] = { "two", "three", "four", "five", "six",
	    "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands" };
	unsigned char c = (unsigned char)a->text[a->w[i].start];

	return (c >= '0' && c <= '9') || WORD_IN(a, i, numbers);
}

/* After a name at i, when it was published and a comma ("on Monday,",
 * "last week,"): the comma's word; else i. */
static size_t
when_after(const struct attribute_quotes *a, size_t i, size_t hi)
{
	static const char *const preps[] = { "on", "in", "at", "during", "late", "early",
	    "earlier" };
	size_t k = i < hi && WORD_IN(a, i, preps) ? i + 1 : i;
	const struct entity *e = k < hi ? entity_starting(a, k) : NULL;

	if (e == NULL || !(is_type(e, "DATE") || is_type(e, "TIME")) || e->to >= hi ||
	    !is_punct(a, e->to, ','))
		return i;
	return e->to;
}

/* "quoting North Korea's main news agency, KCNA," at w: the first
 * person or organisation named before the next comma; *end is the word
 * after that comma.  NP_NONE when not so. */
static struct np
quoting_whom(const struct attribute_quotes *a, size_t w, size_t hi, size_t *end)
{
	struct np np = { NP_NONE, 0, 0, NULL };
	size_t k;
	bool role = false;

	if (!word_is(a, w, "quoting") && !word_is(a, w, "citing"))
		return np;
	for (k = w + 1; k < hi && k < w + 20 && !is_punct(a, k, ','); k++) {
		const struct entity *e = entity_starting(a, k);
		if (np.kind == NP_NONE && e != NULL &&
		    (is_type(e, "PERSON") || is_type(e, "ORG")) &&
		    !is_possessive(a, e->to))
			np = (struct np){ NP_ENTITY, k, e->to, e };
		role = role || (word_roles(a, k) & (ROLE_PERSON | ROLE_ORG | ROLE_TEXT));
	}
	*end = k + 1;
	if (k >= hi)
		return (struct np){ NP_NONE, 0, 0, NULL };
	if (np.kind == NP_NONE && role)
		np = (struct np){ NP_ROLE, w + 1, k, NULL };	/* "citing the ministry" */
	return np;
}

/* The source named after "according to" at c, up to a comma or the end
 * of the sentence: its last person, else its last organisation, else the
 * phrase ("the event website").  *end is the word after the phrase. */
static struct np
according_source(const struct attribute_quotes *a, size_t c, size_t hi, size_t *end)
{
	size_t s = c + 2, k = s;
	struct np best = { NP_NONE, 0, 0, NULL };

	while (k < hi && a->w[k].kind != TOK_PUNCT && a->w[k].kind != TOK_QUOTE &&
	    a->w[k].inside < 0 && k < s + 15) {
		const struct entity *e = entity_starting(a, k);
		if (e != NULL && (is_type(e, "PERSON") || (is_type(e, "ORG") &&
		    (best.kind == NP_NONE || !is_type(best.entity, "PERSON"))))) {
			best = (struct np){ NP_ENTITY, k, e->to, e };
			/* "the Sydney Morning Herald" of which the tagger took
			 * "Herald" alone: the capitalised words before it too */
			size_t f = k;
			while (f > s && e->to - e->from == 1 && is_capitalised(a, f - 1) &&
			    (a->w[f - 1].entity < 0 || is_type(&a->ents[a->w[f - 1].entity], "GPE")) &&
			    word_roles(a, f - 1) == 0 &&
			    !word_in_list_any_case(a, f - 1, WL_DETERMINERS))
				f--;
			if (f < k)
				best = (struct np){ NP_NAME, f, e->to, NULL };
			size_t r = role_after(a, e->to, hi);
			if (r == e->to)
				r = when_after(a, e->to, hi);
			if (r > e->to) {
				k = r;	/* "According to Yonhap news agency,", "... the
					 * daily Vecer on Monday," */
				break;
			}
			if (!is_punct(a, e->to, ',') && e->to < hi &&
			    a->w[e->to].kind != TOK_PUNCT) {
				k = e->to;	/* "According to the ministry over 345...",
						 * "According to Rathbun the property was" */
				break;
			}
		}
		k = e != NULL ? e->to : k + 1;
	}
	/* No comma after "According to the ministry (of defence) over 345
	 * people died": after its role noun, the phrase ends where a word
	 * opens another ("over", "four", "the", "they"). */
	static const char *const openers[] = { "over", "more", "about", "nearly",
	    "almost", "some", "up" };
	static const char *const preps[] = { "of", "in", "at", "for", "on", "from",
	    "near", "with", "by", "to" };
	bool role = false;
	for (size_t j = s; best.kind == NP_NONE && j < k; j++) {
		if (role && j > s && !WORD_IN(a, j - 1, preps) &&
		    (WORD_IN(a, j, openers) || is_pronoun(a, j) ||
		    (word_is(a, j, "at") && word_is(a, j + 1, "least")) ||
		    word_in_list_any_case(a, j, WL_DETERMINERS) || is_number_word(a, j))) {
			k = j;
			break;
		}
		role = role || (is_lower_word(a, j) && (word_roles(a, j) != 0 ||
		    role_kinds(a->text + a->w[j].start, a->w[j].end - a->w[j].start - 1) != 0));
	}
	*end = k;
	if (best.kind == NP_NONE && k > s)
		best = (struct np){ word_in_list_any_case(a, s, WL_DETERMINERS) ||
		    is_lower_word(a, s) ?
		    NP_ROLE : NP_NAME, s, k, NULL };
	return best;
}

/* Whether the words [from, hi) are marks only, or none. */
static bool
only_marks_from(const struct attribute_quotes *a, size_t from, size_t hi)
{
	for (size_t k = from; k < hi; k++)
		if (a->w[k].kind != TOK_PUNCT && a->w[k].kind != TOK_QUOTE)
			return false;
	return true;
}

/* Whether "according to" names one who speaks: a person, an
 * organisation, a role or a text ("the event website"), not "plan" or
 * "the rules". */
static bool
speaks(const struct attribute_quotes *a, const struct np *np)
{
	if (np->kind == NP_ENTITY)
		return is_type(np->entity, "PERSON") || is_type(np->entity, "ORG");
	return np->kind == NP_ROLE &&
	    (word_roles(a, np->to - 1) & (ROLE_PERSON | ROLE_ORG | ROLE_TEXT)) != 0;
}

/* "according to X, CLAUSE" and "CLAUSE, according to X". */
static void
according_to(struct attribute_quotes *a, size_t c)
{
	size_t lo, hi, end, after = c + 2;

	sentence_bounds(a, c, &lo, &hi);
	struct np np = according_source(a, c, hi, &end);
	if (np.kind == NP_NONE)
		return;
	if (c == lo) {
		size_t from = is_punct(a, end, ',') ? end + 1 : end, next;
		/* "According to Yonhap, quoting KCNA, ...": KCNA speaks, in
		 * Yonhap */
		struct np quoted = quoting_whom(a, from, hi, &next), outlet = np;
		if (quoted.kind != NP_NONE) {
			size_t n = a->nout;
			emit_indirect(a, next, clause_end(a, next, hi), &quoted, c, after);
			if (a->nout > n && outlet.kind == NP_ENTITY && is_type(outlet.entity, "ORG"))
				set_source(a, &a->out[n], &outlet);
			return;
		}
		/* "According to the Herald, Professor Burrows said ...": the
		 * cue inside has the speaker; the paper is only the source. */
		for (size_t k = from; k < hi; k++) {
			const struct cue_word *cw = cue_at(a, k);
			if (cw != NULL && a->w[k].inside < 0 && verb_here(a, k, cw) &&
			    speaker_before(a, k, from).kind != NP_NONE)
				return;
		}
		emit_indirect(a, from, clause_end(a, from, hi), &np, c, after);
	} else if (is_punct(a, c - 1, ',')) {
		/* "A, according to X, B" reports A and B, in two parts;
		 * "A, according to X." and "A, according to X, the curator."
		 * report A. */
		bool goes_on = end < hi && is_punct(a, end, ',') &&
		    has_finite_verb(a, end + 1, hi);
		size_t n = a->nout, b = end + 1;

		/* "boats which, according to AFP, the U.N. has criticised":
		 * the attribution is the relative clause's; A is no clause */
		bool relative = c >= lo + 2 && (word_is(a, c - 2, "which") ||
		    word_is(a, c - 2, "who") || word_is(a, c - 2, "whom"));
		if (goes_on && relative) {
			emit_indirect(a, b, clause_end(a, b, hi), &np, c, after);
			return;
		}
		if (goes_on && !has_aux_verb(a, lo, c - 1)) {
			/* "The aim, according to X, is to ...": one clause */
			emit_indirect(a, lo, clause_end(a, lo, hi), &np, c, after);
			return;
		}
		emit_indirect(a, lo, c - 1, &np, c, after);
		if (goes_on && a->nout > n) {
			/* the attribution is in neither part */
			if (b < hi && (word_is(a, b, "and") || word_is(a, b, "but")))
				b++;
			emit_indirect(a, b, clause_end(a, b, hi), &np, c, after);
			if (a->nout > n + 1)
				a->out[a->nout - 1].part = 2;
		}
	} else if (c > lo + 3 && only_marks_from(a, end, hi) && speaks(a, &np)) {
		/* "this year the city expects 6 million visitors according
		 * to the event website.": no comma, but nothing after; of
		 * clauses joined by "and", the last */
		size_t from = lo;
		for (size_t k = c - 1; k > lo + 1; k--)
			if ((word_is(a, k, "and") || word_is(a, k, "but")) &&
			    a->w[k].inside < 0 && has_finite_verb(a, k + 1, c)) {
				from = k + 1;
				break;
			}
		emit_indirect(a, from, clause_end(a, from, c), &np, c, after);
	}
}

/* "..., the ministry said in a statement.": what follows the cue is
 * a phrase about the saying, not a clause. */
static bool
only_trailer(const struct attribute_quotes *a, size_t from, size_t hi)
{
	static const char *const prepositions[] = {
		"in", "on", "at", "during", "after", "before", "from", "to", "via",
		"late", "early", "through", "with", "without", "while",
	};

	/* "said on Monday, after 40 ships were left waiting": the trailer
	 * ends at a comma; what follows it sets the scene. */
	for (size_t k = from; k < hi; k++)
		if (is_punct(a, k, ',')) {
			hi = k;
			break;
		}
	if (!WORD_IN(a, from, prepositions) || hi - from > 6)
		return false;
	for (size_t k = from; k < hi; k++)
		if (word_is(a, k, "that") || a->w[k].kind == TOK_QUOTE)
			return false;
	return !has_aux_verb(a, from + 1, hi);
}

/* Where the phrase holding a speaker starts: "the pro-Kremlin news site"
 * before "RIA Novosti". */
static size_t
phrase_start(const struct attribute_quotes *a, size_t from, size_t lo)
{
	size_t i = from;

	while (i > lo && from - i < 6 && (is_lower_word(a, i - 1) ||
	    word_in_list_any_case(a, i - 1, WL_DETERMINERS)) && !np_stop(a, i - 1))
		i--;
	return i < from && word_in_list_any_case(a, i, WL_DETERMINERS) ? i : from;
}

/* "CLAUSE, the operator, Bluewater Lines, said": where the role set
 * between commas before the speaker's phrase at from starts; else from. */
static size_t
apposed_role_start(const struct attribute_quotes *a, size_t from, size_t lo)
{
	size_t j = from - 1;	/* the comma */

	if (from < lo + 3 || !is_punct(a, from - 1, ',') || !is_agent_noun(a, from - 2))
		return from;
	while (j > lo && from - j < 7 && a->w[j - 1].kind == TOK_WORD &&
	    (is_lower_word(a, j - 1) || word_in_list_any_case(a, j - 1, WL_DETERMINERS)))
		j--;
	if (j <= lo || !is_punct(a, j - 1, ',') ||
	    !word_in_list_any_case(a, j, WL_DETERMINERS))
		return from;
	return j;
}

/* After "told" at from, past the one told when a mark or the end comes
 * next ("the Harbour Herald", "reporters", "state television"): the
 * word after them; else from. */
static size_t
past_told(const struct attribute_quotes *a, size_t from, size_t hi)
{
	size_t d = from < hi && word_in_list_any_case(a, from, WL_DETERMINERS) ? from + 1 : from;
	const struct entity *e = d < hi ? entity_starting(a, d) : NULL;

	for (size_t k = e != NULL ? e->to : from; k <= hi && k < from + 5; k++) {
		if (k > from && (k == hi || a->w[k].kind == TOK_PUNCT || only_trailer(a, k, hi)))
			return k;
		if (k == hi || !(is_lower_word(a, k) || word_in_list_any_case(a, k, WL_DETERMINERS)) ||
		    word_is(a, k, "that"))
			break;
	}
	return from;
}

/* "Cooper said A, and said B": the subject of the cue before "and". */
static struct np
coordinated_speaker(const struct attribute_quotes *a, size_t and, size_t lo)
{
	for (size_t k = and; k-- > lo;) {
		const struct cue_word *cw = cue_at(a, k);
		if (cw != NULL && verb_here(a, k, cw))
			return speaker_before(a, k, lo);
	}
	return (struct np){ NP_NONE, 0, 0, NULL };
}

/* Where the clause of a cue inside a relative clause ends: at the comma
 * that closes the relative clause ("The bank, which said inflation was
 * falling, held its rate"); else at end. */
static size_t
relative_end(const struct attribute_quotes *a, size_t c, size_t lo, size_t from,
    size_t end)
{
	size_t k = skip_aux_back(a, c, lo);

	if (k < lo + 2 || !(word_is(a, k - 1, "who") || word_is(a, k - 1, "which")) ||
	    !is_punct(a, k - 2, ','))
		return end;
	for (size_t i = from; i < end; i++)
		if (is_punct(a, i, ',') && a->w[i].inside < 0)
			return i;
	return end;
}

/* "Institutional recipients, said Ana Ruiz, are required to ...": an
 * attribution set inside the clause it reports, which runs on both
 * sides of it, in two parts.  Whether so (and reported). */
static bool
inside_clause(struct attribute_quotes *a, size_t c, size_t lo, size_t hi)
{
	static const char *const openers[] = { "And", "But", "Or", "If", "So", "and",
	    "but", "if" };
	size_t first = lo, n = a->nout, a_end, b;
	struct np np;

	if (c < lo + 2)
		return false;
	if (is_punct(a, c - 1, ',')) {
		/* "A, said X, B" with B opening on a verb */
		np = speaker_after(a, c);
		if (np.kind == NP_NONE || np.to + 1 >= hi || !is_punct(a, np.to, ',') ||
		    !has_aux_verb(a, np.to + 1, np.to + 2))
			return false;
		a_end = c - 1;
		b = np.to + 1;
	} else {
		/* "And if not that, he said, every migrant should": B a clause */
		np = speaker_before(a, c, lo);
		if (np.kind == NP_NONE || np.from < lo + 1 || !is_punct(a, np.from - 1, ',') ||
		    c + 2 >= hi || !is_punct(a, c + 1, ',') || !has_finite_verb(a, c + 2, hi) ||
		    np.to != c)
			return false;
		a_end = np.from - 1;
		b = c + 2;
	}
	while (first < a_end && a->w[first].start < a->dateline_end)
		first++;
	if (!WORD_IN(a, first, openers))
		emit_indirect(a, first, a_end, &np, c, c + 1);
	if (b + 1 < hi && (word_is(a, b, "and") || word_is(a, b, "but")))
		b++;
	emit_indirect(a, b, clause_end(a, b, hi), &np, c, c + 1);
	if (a->nout == n + 2)
		a->out[a->nout - 1].part = 2;
	return true;
}

/* One cue that no direct quote took. */
static void
indirect_at(struct attribute_quotes *a, size_t c)
{
	const struct cue_word *cw = cue_at(a, c);
	size_t lo, hi, s;
	struct np np;

	if (!verb_here(a, c, cw))
		return;
	sentence_bounds(a, c, &lo, &hi);
	if (inside_clause(a, c, lo, hi))
		return;
	/* "X said A, adding that B": the participle's subject is the
	 * speaker of the cue before it, not a noun of A. */
	bool participle = c > lo + 1 && is_punct(a, c - 1, ',') && ends_in_ing(a, c);
	np = participle ? coordinated_speaker(a, c - 1, lo) : speaker_before(a, c, lo);
	if (participle && np.kind == NP_NONE) {
		/* "The minister, Nora Quill, welcomed the deal, telling ...":
		 * a person set beside the subject; other nouns of A are left
		 * to the parse */
		np = speaker_before(a, c, lo);
		if (np.kind != NP_ENTITY || !is_type(np.entity, "PERSON"))
			return;
	}
	size_t before = skip_aux_back(a, c, lo);	/* "and has said" */
	if (np.kind == NP_NONE && before > lo && (word_is(a, before - 1, "and") ||
	    word_is(a, before - 1, "but")) &&
	    (np = coordinated_speaker(a, before - 1, lo)).kind != NP_NONE) {
		/* "X said A, and said B", "X noted A, but said B"; a verb
		 * there, so a weak cue needs no "that" before a subject:
		 * "claimed A and claim she has" */
		s = clause_start(a, c, cw, hi);
		if (s == SIZE_MAX && cw->cls == CUE_WEAK && c + 1 < hi &&
		    (is_pronoun(a, c + 1) || is_capitalised(a, c + 1)) &&
		    has_aux_verb(a, c + 2, hi))
			s = c + 1;
		if (s != SIZE_MAX)
			emit_indirect(a, s, clause_end(a, s, hi), &np, c, c + 1);
		return;
	}
	if (np.kind == NP_NONE) {
		/* "..., said Peskov." */
		np = speaker_after(a, c);
		if (np.kind != NP_NONE && c > lo && is_punct(a, c - 1, ',') &&
		    (np.to >= hi || a->w[np.to].kind == TOK_PUNCT))
			emit_indirect(a, lo, clause_end(a, lo, c - 1), &np, c, c + 1);
		return;
	}
	if (np.kind == NP_PRONOUN && word_is(a, np.from, "it") && cw->cls != CUE_STRONG)
		return;
	/* "the group, which Russia says it is striking, ...": what is said
	 * is about the noun before "which", and no clause of its own. */
	if (np.from > lo && (word_is(a, np.from - 1, "which") || word_is(a, np.from - 1, "whom")))
		return;
	/* "CLAUSE, Peskov said." or ", the pro-Kremlin news site RIA
	 * Novosti says, citing ..." or ", the media reported yesterday." */
	size_t np_start = apposed_role_start(a, phrase_start(a, np.from, lo), lo),
	    after = c + 1, first = lo;
	while (first < np_start && a->w[first].start < a->dateline_end)
		first++;	/* the clause opens after a dateline */
	while (after < hi && word_in_list(a, after, WL_AUX))
		after++;
	if (cw->cls == CUE_OBJECT)
		after = past_told(a, after, hi);	/* ", its officer told the Herald." */
	if (np_start > lo && is_punct(a, np_start - 1, ',') &&
	    (after >= hi || a->w[after].kind == TOK_PUNCT ||
	    (only_trailer(a, after, hi) && has_aux_verb(a, first, np_start)))) {
		emit_indirect(a, lo, clause_end(a, lo, np_start - 1), &np, c, c + 1);
		return;
	}
	if (cw->cls == CUE_ACCUSE) {
		emit_indirect(a, c + 1, clause_end(a, c + 1, hi), &np, c, c + 1);
		return;
	}
	if ((s = clause_start(a, c, cw, hi)) == SIZE_MAX)
		return;
	emit_indirect(a, s, relative_end(a, c, lo, s, clause_end(a, s, hi)), &np, c, c + 1);
}

void
indirect_quotes(struct attribute_quotes *a)
{
	a->ndirect = a->sentence_out = a->nout;
	a->sentence = -1;
	for (size_t c = 0; c < a->nw; c++) {
		if (a->w[c].inside >= 0)
			continue;
		if ((word_is(a, c, "according") || word_is(a, c, "According")) &&
		    word_is(a, c + 1, "to"))
			according_to(a, c);
		else if (cue_at(a, c) != NULL && !a->w[c].cue_taken)
			indirect_at(a, c);
	}
}

