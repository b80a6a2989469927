/*
 * direct: the record's quotation marks paired into quotations, and the
 * quotations that are direct speech: a cue and a speaker beside them,
 * or, as whole sentences, the continuation of a quotation of the story.
 * Also what every quote found gets: its span, speaker phrase, cue and
 * the outlet it was given to.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* The strings a record's quotes name (speakers, sources, canonical
 * names), kept in one buffer by offset: the buffer moves as it grows. */
size_t
keep_string(struct attribute_quotes *a, const char *s, size_t len)
{
	size_t off = a->strings.len;

	/* s may be a string kept before: room first, then find it again. */
	if (a->strings.data != NULL && s >= a->strings.data &&
	    s < a->strings.data + a->strings.len) {
		size_t at = (size_t)(s - a->strings.data);
		buf_reserve(&a->strings, len + 1);
		s = a->strings.data + at;
	}
	buf_append(&a->strings, s, len);
	buf_append(&a->strings, "", 1);	/* the NUL, kept */
	return off + 1;
}

const char *
kept(const struct attribute_quotes *a, size_t off)
{
	return off ? a->strings.data + off - 1 : NULL;
}

static void
add_quotation(struct attribute_quotes *a, size_t open, size_t close)
{
	a->qs = xgrow(a->qs, &a->cap_q, a->nq + 1, sizeof *a->qs);
	struct quotation *q = &a->qs[a->nq];
	q->open = open;	/* SIZE_MAX: before the record */
	q->close = close;
	q->start = a->w[open].end;
	q->end = close < a->nw ? a->w[close].start : a->len;
	while (q->start < q->end && a->text[q->start] == ' ')
		q->start++;
	while (q->end > q->start && (a->text[q->end - 1] == ' ' ||
	    a->text[q->end - 1] == '\n'))
		q->end--;
	q->used = false;
	for (size_t i = open; i <= close && i < a->nw; i++)
		a->w[i].inside = (int)a->nq;
	a->nq++;
}

/* A quotation from the start of the record to the mark at close. */
static void
add_quotation_from_start(struct attribute_quotes *a, size_t close)
{
	a->qs = xgrow(a->qs, &a->cap_q, a->nq + 1, sizeof *a->qs);
	struct quotation *q = &a->qs[a->nq];
	q->open = SIZE_MAX;
	q->close = close;
	q->start = 0;
	q->end = a->w[close].start;
	while (q->end > 0 && a->text[q->end - 1] == ' ')
		q->end--;
	q->used = false;
	for (size_t i = 0; i <= close; i++)
		a->w[i].inside = (int)a->nq;
	a->nq++;
}

/* Pairs the double quotation marks of the record.  A mark left open
 * runs to the end of the record: the news convention for a quotation
 * that goes on in the next paragraph. */
void
find_quotations(struct attribute_quotes *a)
{
	size_t open = SIZE_MAX;
	bool seen_mark = false;

	a->nq = 0;
	for (size_t i = 0; i < a->nw; i++) {
		bool straight;
		if (!is_double_mark(a, i, &straight))
			continue;
		bool opens = straight ? open == SIZE_MAX : a->w[i].q != QUOTE_CLOSE;
		/* 'early." After the match': the first mark closes a quotation
		 * that began in an earlier paragraph. */
		if (opens && straight && a->nq == 0 && !seen_mark && i > 0 &&
		    a->w[i].q == QUOTE_CLOSE && a->w[0].kind != TOK_QUOTE &&
		    (is_punct(a, i - 1, '.') || is_punct(a, i - 1, '?') ||
		    is_punct(a, i - 1, '!'))) {
			add_quotation_from_start(a, i);
			seen_mark = true;
			continue;
		}
		seen_mark = true;
		if (opens) {
			if (open != SIZE_MAX && !straight)
				continue;	/* “ inside “: keep the first */
			open = i;
		} else if (open != SIZE_MAX) {
			add_quotation(a, open, i);
			open = SIZE_MAX;
		}
	}
	if (open != SIZE_MAX)
		add_quotation(a, open, a->nw);
}

static size_t
quotation_words(const struct attribute_quotes *a, const struct quotation *q)
{
	size_t n = 0;

	size_t first = q->open == SIZE_MAX ? 0 : q->open + 1;

	for (size_t i = first; i < q->close && i < a->nw; i++)
		n += a->w[i].kind == TOK_WORD || a->w[i].kind == TOK_NUMBER;
	return n;
}
struct quote *
new_quote(struct attribute_quotes *a, size_t start, size_t end, const char *kind)
{
	while (start < end && (a->text[start] == ' ' || a->text[start] == ','))
		start++;
	while (end > start && (a->text[end - 1] == ' ' || a->text[end - 1] == ','))
		end--;
	a->out = xgrow(a->out, &a->cap_out, a->nout + 1, sizeof *a->out);
	struct quote *q = &a->out[a->nout++];
	*q = (struct quote){ .start = start, .end = end, .kind = kind,
	    .type = "speech", .part = 1 };
	return q;
}

/* keep_string of s[0..len) in ASCII lower case. */
static size_t
keep_lower(struct attribute_quotes *a, const char *s, size_t len)
{
	size_t at = keep_string(a, s, len);
	char *kept_copy = a->strings.data + at - 1;

	for (size_t i = 0; i < len; i++)
		if (kept_copy[i] >= 'A' && kept_copy[i] <= 'Z')
			kept_copy[i] = (char)(kept_copy[i] - 'A' + 'a');
	return at;
}

/* Gives q its speaker and cue; the name comes in resolve_quotes. */
void
attribute(struct attribute_quotes *a, struct quote *q, const struct np *np,
    size_t cue_from, size_t cue_to)
{
	size_t sp_start = a->w[np->from].start, sp_end = a->w[np->to - 1].end;

	q->has_speaker_span = true;
	q->sp_start = sp_start;
	q->sp_end = sp_end;
	q->speaker = keep_string(a, a->text + sp_start, sp_end - sp_start);
	if (cue_to > cue_from) {
		const struct cue_word *cw = cue_at(a, cue_from);

		q->cue_start = a->w[cue_from].start;
		q->cue_end = a->w[cue_to - 1].end;
		/* The cue's dictionary form: the rules' own, else the words as
		 * written, lower case ("according to"); the parse's lemma
		 * replaces it for a cue it found (syntax.c). */
		q->cue_lemma = cw != NULL ? keep_string(a, cw->lemma, strlen(cw->lemma)) :
		    keep_lower(a, a->text + q->cue_start, q->cue_end - q->cue_start);
	}
	q->has_np = true;
	q->np = *np;
}
/* A quotation with no cue of its own: its speaker comes from the quote
 * before it, or from the story. */
static void
attribute_from_story(struct quote *q, bool continues, bool opens_record)
{
	q->continues = continues;
	q->opens_record = opens_record;
}
/* Whether the words after an organisation named right after a cue make
 * it the subject of what was said ("says the CIA has been holding") or
 * the one asked ("asked the court to nullify"): no outlet then. */
static bool
subject_or_asked(const struct attribute_quotes *a, size_t after_org)
{
	static const char *const next[] = { "to", "has", "have", "had", "is",
	    "are", "was", "were", "will", "would", "can", "could", "may", "might",
	    "should", "must", "did", "does", "do" };

	return after_org < a->nw && WORD_IN(a, after_org, next);
}

/* Whether the organisation named from word i is where the words at
 * after (just past a cue) were given: the cue's addressee ("told Reuters",
 * "told the BBC"), who quoted them ("said to Tass", "quoted by the
 * pro-Kremlin RIA Novosti"), an interview's host ("in an interview with
 * Radio Kessel"); never a venue ("told a news conference at the Ministry
 * of Defence") or a party to talks ("talks with the Northern Alliance"). */
static bool
outlet_here(const struct attribute_quotes *a, size_t i, size_t after)
{
	size_t k = i;

	while (k > after && (word_in_list_any_case(a, k - 1, WL_DETERMINERS) ||
	    is_lower_word(a, k - 1)) && !word_is(a, k - 1, "by") &&
	    !word_is(a, k - 1, "to") && !word_is(a, k - 1, "with") &&
	    !word_is(a, k - 1, "at") && !word_is(a, k - 1, "in") &&
	    !word_is(a, k - 1, "on") && !word_is(a, k - 1, "of") &&
	    !word_is(a, k - 1, "from") && !word_is(a, k - 1, "for"))
		k--;
	if (k == after)
		return true;
	if (word_is(a, k - 1, "by") || word_is(a, k - 1, "to"))
		return true;
	if (word_is(a, k - 1, "with"))
		for (size_t j = k - 1; j > after && j + 4 > k; j--)
			if (word_is(a, j - 1, "interview"))
				return true;
	return false;
}

/* The organisation np as quote q's outlet. */
void
set_source(struct attribute_quotes *a, struct quote *q, const struct np *np)
{
	const struct entity *e = np->entity;

	q->source = keep_string(a, e->canonical, strlen(e->canonical));
	q->source_start = a->w[e->from].start;
	q->source_end = a->w[e->to - 1].end;
}

/* "by the pro-Kremlin RIA Novosti", "told Reuters", "was quoted by
 * Interfax as saying": the outlet. */
void
find_source(struct attribute_quotes *a, struct quote *q, size_t after)
{
	size_t c = q->cue_end > q->cue_start ? word_at(a, q->cue_start) : SIZE_MAX, by;

	if (c != SIZE_MAX && c > 0 && (by = quoted_by(a, c - 1, 0)) != SIZE_MAX)
		for (size_t i = by + 2; i + 1 < c; i++) {
			const struct entity *e = entity_starting(a, i);
			if (e != NULL && is_type(e, "ORG") && e->canonical && e->to < c) {
				set_source(a, q, &(struct np){ NP_ENTITY, i, e->to, e });
				return;
			}
		}
	for (size_t i = after; i < a->nw && i < after + 6; i++) {
		const struct entity *e = entity_starting(a, i);
		if (e != NULL && is_type(e, "ORG") && e->canonical) {
			if (outlet_here(a, i, after) && !subject_or_asked(a, e->to))
				set_source(a, q, &(struct np){ NP_ENTITY, i, e->to, e });
			break;
		}
		if (a->w[i].kind == TOK_PUNCT || a->w[i].kind == TOK_QUOTE)
			break;
	}
	if (q->source == 0 && a->record_source != NULL)
		q->source = keep_string(a, a->record_source, a->record_source_len);
}
/* A cue after a closing mark: '"...," Peskov said.' or '"...," said
 * Peskov.'  Returns the cue's word, or SIZE_MAX. */
static size_t
cue_after_close(const struct attribute_quotes *a, const struct quotation *q,
    struct np *np)
{
	size_t i = q->close + 1;

	if (q->close >= a->nw)
		return SIZE_MAX;
	if (is_punct(a, i, ','))
		i++;
	for (size_t c = i; c < a->nw && c < i + 20; c++) {
		if (a->w[c].inside >= 0 || is_punct(a, c, '.') || is_punct(a, c, ';'))
			break;
		if (!same_sentence(a, q->close, c))
			break;
		if (cue_at(a, c) == NULL)
			continue;
		if (c == i) {
			if (cue_at(a, c)->cls == CUE_OBJECT)
				return SIZE_MAX;
			*np = speaker_after(a, c);
		} else {
			*np = speaker_before(a, c, i);
			if (np->kind != NP_NONE && np->from != i &&
			    !(np->kind == NP_ENTITY && np->entity->from >= i))
				np->kind = NP_NONE;
		}
		return np->kind != NP_NONE ? c : SIZE_MAX;
	}
	return SIZE_MAX;
}

/* Whether word i is a verb of speech of the wider lexicon (lang/cues),
 * as written: "reads", "tweeted", "writing". */
static bool
lexicon_speech_verb(const struct attribute_quotes *a, size_t i)
{
	return a->w[i].kind == TOK_WORD && is_lower_word(a, i) &&
	    cue_form_type(a->text + a->w[i].start, a->w[i].end - a->w[i].start,
	    CUE_VERB) == CUE_SPEECH;
}

static const char *const where[] = { "in", "on", "via", "through", "to" };

/* The name or pronoun that opens the sentence [lo, c), past a dateline:
 * who does what a closing participle tells ("Ana Ruiz defended the
 * plan, writing ...").  NP_NONE when it opens otherwise. */
static struct np
sentence_subject(const struct attribute_quotes *a, size_t lo, size_t c)
{
	size_t s = lo;
	const struct entity *e;

	while (s < c && a->w[s].start < a->dateline_end)
		s++;
	if (s >= c)
		return (struct np){ NP_NONE, 0, 0, NULL };
	if ((e = entity_starting(a, s)) != NULL && e->to < c &&
	    (is_type(e, "PERSON") || is_type(e, "ORG")))
		return (struct np){ NP_ENTITY, s, e->to, e };
	if (is_pronoun(a, s))
		return (struct np){ NP_PRONOUN, s, s + 1, NULL };
	return (struct np){ NP_NONE, 0, 0, NULL };
}

/* Whether the words [from, open) are a short phrase of where the words
 * were said: "(writing) in a blog post", "(said) on television". */
static bool
where_phrase(const struct attribute_quotes *a, size_t from, size_t open)
{
	if (from >= open || open - from > 5 || !WORD_IN(a, from, where))
		return false;
	for (size_t k = from; k < open; k++)
		if (a->w[k].kind != TOK_WORD || a->w[k].inside >= 0)
			return false;
	return true;
}

/* 'in the words of the prosecutor, Mark Tedeschi, "...': the person
 * named after "in the words of" in the sentence before an opening mark;
 * sets *cue to the phrase's first word.  NP_NONE when not so. */
static struct np
in_the_words_of(const struct attribute_quotes *a, size_t open, size_t lo, size_t *cue)
{
	struct np np = { NP_NONE, 0, 0, NULL };

	for (size_t k = open; k-- > lo + 2 && open - k < 16;) {
		if (!word_is(a, k, "of") || !word_is(a, k - 1, "words") ||
		    !word_is(a, k - 2, "the"))
			continue;
		for (size_t i = k + 1; i < open; i++) {
			const struct entity *e = entity_starting(a, i);
			if (e != NULL && (is_type(e, "PERSON") || is_type(e, "ORG")) && e->to <= open) {
				np = (struct np){ NP_ENTITY, i, e->to, e };
				break;
			}
		}
		if (np.kind == NP_NONE && open - k > 2)	/* "of the mayor," */
			np = np_ending(a, is_punct(a, open - 1, ',') ? open - 2 : open - 1, k + 1);
		*cue = k > lo + 2 && (word_is(a, k - 3, "in") || word_is(a, k - 3, "In")) ?
		    k - 3 : k - 2;
		return np;
	}
	return np;
}

/* Whether words i and i + 1, one space apart, are a phrasal verb of
 * speech of the wider lexicon: "call for", "point out". */
static bool
lexicon_phrasal_verb(const struct attribute_quotes *a, size_t i)
{
	size_t start = a->w[i].start, end = a->w[i + 1].end;

	return is_lower_word(a, i) && is_lower_word(a, i + 1) &&
	    a->w[i + 1].start == a->w[i].end + 1 && a->text[a->w[i].end] == ' ' &&
	    cue_form_type(a->text + start, end - start, CUE_VERB) == CUE_SPEECH;
}

/* The word after the cue that starts at c: the phrase "in the words
 * of" is one cue, and so is a phrasal verb ("call for"). */
static size_t
cue_end(const struct attribute_quotes *a, size_t c)
{
	size_t k = word_is(a, c, "in") || word_is(a, c, "In") ? c + 1 : c;

	if (word_is(a, k, "the") && word_is(a, k + 1, "words") && word_is(a, k + 2, "of"))
		return k + 3;
	if (c + 1 < a->nw && cue_at(a, c) == NULL && lexicon_phrasal_verb(a, c))
		return c + 2;
	return c + 1;
}

/* A verb of speech of the wider lexicon just before an opening mark, a
 * colon or comma or a short phrase of where between: 'The letter reads
 * "...', 'writing in a blog post "...'.  Returns the verb's word, or
 * SIZE_MAX. */
static size_t
lexicon_cue_before(const struct attribute_quotes *a, size_t open, size_t lo)
{
	size_t k = open;

	if (k > lo && (is_punct(a, k - 1, ':') || is_punct(a, k - 1, ',')))
		k--;
	for (size_t back = 0; k > lo && back <= 5; back++, k--) {
		if (lexicon_speech_verb(a, k - 1) && (k == open || k + 1 == open ||
		    WORD_IN(a, k, where)))
			return k - 1;
		if (k == open && k >= lo + 2 && lexicon_phrasal_verb(a, k - 2))
			return k - 2;	/* 'They call for "urgent ...' */
		if (a->w[k - 1].kind != TOK_WORD || a->w[k - 1].inside >= 0)
			break;
	}
	return SIZE_MAX;
}

/* A cue before an opening mark: 'Peskov said: "...' or 'X told GB News:
 * "...'.  Returns the cue's word, or SIZE_MAX. */
static size_t
cue_before_open(const struct attribute_quotes *a, const struct quotation *q,
    struct np *np)
{
	size_t lo, hi;

	if (q->open == 0 || q->open == SIZE_MAX)
		return SIZE_MAX;
	sentence_bounds(a, q->open - 1, &lo, &hi);
	for (size_t c = q->open; c-- > lo && q->open - c <= 7;) {
		if (a->w[c].inside >= 0)
			break;
		const struct cue_word *cw = cue_at(a, c);
		if (cw == NULL)
			continue;
		/* Between the cue and the mark: a colon, a comma, "that", an
		 * object ("told reporters:"), a phrase of where when the cue
		 * took no quotation before (not 'X says on "The Countdown"'),
		 * nothing else. */
		bool marked = c + 1 == q->open || is_punct(a, q->open - 1, ':') ||
		    is_punct(a, q->open - 1, ',') || word_is(a, q->open - 1, "that") ||
		    (where_phrase(a, c + 1, q->open) && !a->w[c].cue_taken);
		if (!marked)
			return SIZE_MAX;
		*np = speaker_before(a, c, lo);
		if (np->kind == NP_NONE && cw->cls != CUE_OBJECT)
			*np = speaker_after(a, c);	/* not the one told */
		if (np->kind == NP_NONE && ends_in_ing(a, c) && c > lo && is_punct(a, c - 1, ','))
			*np = sentence_subject(a, lo, c);	/* "X defended it, writing" */
		return np->kind != NP_NONE ? c : SIZE_MAX;
	}
	size_t c;
	*np = in_the_words_of(a, q->open, lo, &c);
	if (np->kind != NP_NONE)
		return c;
	/* The wider lexicon only before speech of a sentence's length: not
	 * 'granted "parole"', 'promising a "formal update"'. */
	c = quotation_words(a, q) >= 6 ? lexicon_cue_before(a, q->open, lo) : SIZE_MAX;
	if (c == SIZE_MAX)
		return SIZE_MAX;
	*np = speaker_before(a, c, lo);
	return np->kind != NP_NONE ? c : SIZE_MAX;
}

/* The dashes that sign a quotation or introduce one. */
static const char *const dashes[] = { "-", "--", "\xe2\x80\x93", "\xe2\x80\x94" };

/* Whether the words [from, to) hold a verb: an auxiliary, a cue or a
 * past form ("The rules are clear:", "He added:"). */
static bool
holds_verb(const struct attribute_quotes *a, size_t from, size_t to)
{
	static const char *const finite[] = { "is", "was", "were", "are", "has",
	    "have", "had", "will", "would", "can", "could", "should", "may", "must",
	    "did", "does", "do" };

	for (size_t k = from; k < to; k++) {
		size_t len = a->w[k].end - a->w[k].start;
		if (WORD_IN(a, k, finite) || cue_at(a, k) != NULL || lexicon_speech_verb(a, k) ||
		    (is_lower_word(a, k) && len > 3 &&
		    memcmp(a->text + a->w[k].end - 2, "ed", 2) == 0))
			return true;
	}
	return false;
}

/* A speaker set before a colon or a dash that opens a quotation, with no
 * verb: 'Ana Ruiz, mayor of Tarsk: "..."', 'The mayor - "..."', 'The
 * minister on the strike: "..."', as live blogs and headlines write
 * them.  NP_NONE when not so. */
static struct np
introduced_by(const struct attribute_quotes *a, const struct doc_state *d,
    const struct quotation *q)
{
	struct np none = { NP_NONE, 0, 0, NULL };
	size_t lo, hi, m, k;
	const struct entity *e;

	if (q->open == SIZE_MAX || q->open < 2)
		return none;
	m = q->open - 1;	/* the colon or the dash */
	if (!is_punct(a, m, ':') && !WORD_IN(a, m, dashes))
		return none;
	sentence_bounds(a, m, &lo, &hi);
	while (lo < m && a->w[lo].start < a->dateline_end)
		lo++;
	if (m == lo || m - lo > 8 || holds_verb(a, lo, m))
		return none;
	if ((e = entity_starting(a, lo)) != NULL && e->to <= m &&
	    (is_type(e, "PERSON") || is_type(e, "ORG")))
		return (struct np){ NP_ENTITY, lo, e->to, e };
	/* 'Ruiz: "..."', a surname the story named in full */
	if (m == lo + 1 && is_capitalised(a, lo) && person_by_surname(d,
	    a->text + a->w[lo].start, a->w[lo].end - a->w[lo].start) != NULL)
		return (struct np){ NP_NAME, lo, m, NULL };
	/* a role, its determiner and words before it: "The mayor",
	 * "Tarsk's interior minister" */
	for (k = lo; k < m && a->w[k].kind == TOK_WORD &&
	    !(word_roles(a, k) & (ROLE_PERSON | ROLE_ORG)); k++)
		;
	if (k == m || !(word_roles(a, k) & (ROLE_PERSON | ROLE_ORG)))
		return none;
	struct np np = np_ending(a, k, lo);
	return np.kind != NP_NONE && np.from == lo ? np : none;
}

/* A name after a dash that closes a quotation: '"So far, it's the
 * Internet: 1." - Matthew Ingram', the way a pull quote is signed.  The
 * name ends the record or its sentence.  Returns NP_NONE when not so. */
static struct np
signed_by(const struct attribute_quotes *a, const struct quotation *q)
{
	struct np none = { NP_NONE, 0, 0, NULL }, np;
	size_t d = q->close + 1;
	const struct entity *e;

	if (q->close >= a->nw || d + 1 >= a->nw || !WORD_IN(a, d, dashes))
		return none;
	if ((e = entity_starting(a, d + 1)) != NULL &&
	    (is_type(e, "PERSON") || is_type(e, "ORG")))
		np = (struct np){ NP_ENTITY, d + 1, e->to, e };
	else
		np = speaker_after(a, d);	/* a name no stage tagged */
	if (np.kind != NP_ENTITY && np.kind != NP_NAME)
		return none;
	if (np.to < a->nw && !(a->w[np.to].kind == TOK_PUNCT && !is_punct(a, np.to, ',')))
		return none;	/* "... - Ana Ruiz, the mayor, said" is no signature */
	return np;
}

/* Does the quotation read as speech on its own: a sentence or more,
 * starting a sentence? */
static bool
whole_sentences(const struct attribute_quotes *a, const struct quotation *q,
    bool follows_quote)
{
	char last = q->end > q->start ? a->text[q->end - 1] : 0;

	/* Six words make speech on their own; after a quotation of the
	 * same speaker, any sentence does ("I smacked them around."). */
	if (quotation_words(a, q) < (follows_quote ? 2 : 6))
		return false;
	if (q->open != SIZE_MAX && q->open > 0 && same_sentence(a, q->open - 1, q->open) &&
	    !is_punct(a, q->open - 1, ':'))
		return false;
	return q->close >= a->nw || last == '.' || last == '?' || last == '!';
}

void
direct_quotes(struct attribute_quotes *a, struct doc_state *d)
{
	for (size_t k = 0; k < a->nq; k++) {
		struct quotation *qt = &a->qs[k];
		struct np np;
		size_t c;
		struct quote *q;

		if ((c = cue_after_close(a, qt, &np)) == SIZE_MAX)
			c = cue_before_open(a, qt, &np);
		if (c != SIZE_MAX) {
			q = new_quote(a, qt->start, qt->end, "direct");
			attribute(a, q, &np, c, cue_end(a, c));
			a->w[c].cue_taken = true;
			find_source(a, q, (c > np.from ? c : np.to - 1) + 1);
			qt->used = true;
			/* '"A," X said, "B."': B is the second part. */
			if (k > 0 && a->qs[k - 1].used && a->nout > 1 &&
			    c < qt->open && c > a->qs[k - 1].close)
				q->part = 2;
			continue;
		}
		if ((np = signed_by(a, qt)).kind != NP_NONE ||
		    (np = introduced_by(a, d, qt)).kind != NP_NONE) {
			q = new_quote(a, qt->start, qt->end, "direct");
			attribute(a, q, &np, 0, 0);
			qt->used = true;
			continue;
		}
		if (!whole_sentences(a, qt, k > 0 && a->qs[k - 1].used))
			continue;
		/* A quotation that continues one left open, or follows a
		 * quoted speaker, or opens a paragraph of a story with one. */
		bool opens_record = qt->open == 0 || qt->open == SIZE_MAX;
		bool follows = k > 0 && a->qs[k - 1].used;
		if (!follows && !(opens_record && (d->open_quote || d->last_quoted)))
			continue;
		q = new_quote(a, qt->start, qt->end, "direct");
		attribute_from_story(q, follows, opens_record);
		qt->used = true;
	}
}

/* For each sentence of the record, the latest quote (by start) whose
 * cue is in it and whose speaker is known, as an index into a->out + 1
 * (0: none), in a->speech_of_sentence: one pass over the quotes. */
static void
index_speech_by_sentence(struct attribute_quotes *a)
{
	size_t nsent = a->nw > 0 ? (size_t)a->w[a->nw - 1].sent + 1 : 0;

	a->speech_of_sentence = xgrow(a->speech_of_sentence, &a->cap_speech_of_sentence,
	    nsent, sizeof *a->speech_of_sentence);
	memset(a->speech_of_sentence, 0, nsent * sizeof *a->speech_of_sentence);
	for (size_t i = 0; i < a->nout; i++) {
		const struct quote *q = &a->out[i];
		if (!q->has_np || q->cue_end <= q->cue_start || strcmp(q->type, "speech") != 0)
			continue;
		size_t *best = &a->speech_of_sentence[a->w[word_at(a, q->cue_start)].sent];
		if (*best == 0 || q->start > a->out[*best - 1].start)
			*best = i + 1;
	}
}

/* The sentence before word w, as its first word *lo and the one past
 * its last *hi; false when w opens the record. */
static bool
sentence_before(const struct attribute_quotes *a, size_t w, size_t *lo, size_t *hi)
{
	if (w == 0)
		return false;
	sentence_bounds(a, w - 1, lo, hi);
	return true;
}

/* A sentence that tells of a statement and who made it, with no quote
 * found in it: "Senator Ana Ruiz issued a statement regarding the
 * decision." Returns the speaker and sets *cue to the noun; NP_NONE
 * when not so. */
static struct np
statement_speaker(const struct attribute_quotes *a, size_t lo, size_t hi,
    size_t *cue)
{
	struct np none = { NP_NONE, 0, 0, NULL };

	for (size_t k = lo + 2; k < hi; k++) {
		if (a->w[k].inside >= 0 || cue_form_type(a->text + a->w[k].start,
		    a->w[k].end - a->w[k].start, CUE_NOUN) != CUE_SPEECH)
			continue;
		/* "issued a statement", "released a brief statement" */
		size_t v = k - 1;
		if (v > lo && is_lower_word(a, v) && !word_in_list_any_case(a, v, WL_DETERMINERS))
			v--;
		if (!word_is(a, v, "a") && !word_is(a, v, "an"))
			continue;
		if (v == lo || !is_lower_word(a, v - 1) || cue_at(a, v - 1) != NULL)
			return none;
		struct np np = speaker_before(a, v - 1, lo);
		if (np.kind == NP_ENTITY && !is_type(np.entity, "PERSON") &&
		    !is_type(np.entity, "ORG"))
			return none;
		*cue = k;
		return np;
	}
	return none;
}

/* A quotation of whole sentences with no cue of its own, right after a
 * sentence that reports the same speaker, or after a colon that ends the
 * words reported: 'Wilkins also said Warhol was a businessman. "As a
 * way to commercialise his work, ..."'.  Runs after the reported speech
 * is found. */
void
quotations_after_speech(struct attribute_quotes *a)
{
	bool indexed = false;

	for (size_t k = 0; k < a->nq; k++) {
		struct quotation *qt = &a->qs[k];
		if (qt->used || qt->open == SIZE_MAX || qt->open == 0 ||
		    qt->open >= a->nw || !whole_sentences(a, qt, false))
			continue;
		/* The sentence before, or the one a colon before the
		 * quotation ends ('told Sky News any process "must be well
		 * thought out": "Moves to ...'). */
		int s = a->w[qt->open].sent;
		if (is_punct(a, qt->open - 1, ':'))
			s++;
		else if (s == 0 || a->w[qt->open - 1].sent != s - 1)
			continue;	/* the quotation opens its sentence */
		if (!indexed) {
			index_speech_by_sentence(a);
			indexed = true;
		}
		size_t at = a->speech_of_sentence[s - 1], lo, hi, cue;
		if (at == 0) {
			struct np np = { NP_NONE, 0, 0, NULL };
			if (a->w[qt->open].sent == s && sentence_before(a, qt->open, &lo, &hi))
				np = statement_speaker(a, lo, hi, &cue);
			if (np.kind == NP_NONE)
				continue;
			struct quote *q = new_quote(a, qt->start, qt->end, "direct");
			attribute(a, q, &np, cue, cue + 1);
			qt->used = true;
			continue;
		}
		/* Copied before new_quote moves a->out. */
		struct quote before = a->out[at - 1];
		struct quote *q = new_quote(a, qt->start, qt->end, "direct");
		attribute(a, q, &before.np, 0, 0);
		q->cue_start = before.cue_start;
		q->cue_end = before.cue_end;
		q->cue_lemma = before.cue_lemma;
		qt->used = true;
	}
}
