/*
 * story: what a story remembers between its records (the people named,
 * with their titles; the latest person, organisation and outlet; the
 * latest speaker; a quotation left open), and what a record teaches it.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

void *
doc_state_new(void)
{
	return xcalloc(1, sizeof(struct doc_state));
}

void
doc_state_free(void *state)
{
	struct doc_state *d = state;

	for (size_t i = 0; i < d->npersons; i++) {
		free(d->persons[i].name);
		free(d->persons[i].title);
	}
	free(d->last_person);
	free(d->last_org);
	free(d->last_outlet);
	free(d->open_speaker);
	free(d->last_quoted);
	for (size_t i = 0; i < DOC_ORGS; i++)
		free(d->orgs[i]);
	free(d);
}

void
set_string(char **field, const char *s, size_t len)
{
	free(*field);
	*field = xmalloc(len + 1);
	memcpy(*field, s, len);
	(*field)[len] = '\0';
}

/* The sex a title or gendered role names ("Ms", "chairwoman"), else
 * NAME_UNKNOWN. */
static enum name_sex
sex_of_title(const char *title)
{
	static const char *const female[] = { "mrs", "ms", "miss", "madam",
	    "lady", "dame", "queen", "princess", "duchess", "countess",
	    "baroness", "sister", "mother" };
	static const char *const male[] = { "mr", "sir", "lord", "king",
	    "prince", "duke", "count", "baron", "brother", "father" };

	for (const char *p = title; *p != '\0';) {
		size_t l = strcspn(p, " ");
		if (l > 0 && p[l - 1] == '.')
			l--;		/* "Mr." */
		for (size_t i = 0; i < sizeof female / sizeof *female; i++)
			if (strlen(female[i]) == l && strncmp(p, female[i], l) == 0)
				return NAME_FEMALE;
		for (size_t i = 0; i < sizeof male / sizeof *male; i++)
			if (strlen(male[i]) == l && strncmp(p, male[i], l) == 0)
				return NAME_MALE;
		if (l > 5 && strncmp(p + l - 5, "woman", 5) == 0)
			return NAME_FEMALE;	/* "chairwoman", "spokeswoman" */
		if (l > 3 && strncmp(p + l - 3, "man", 3) == 0)
			return NAME_MALE;	/* "chairman", "congressman" */
		p += strcspn(p, " ");
		p += *p == ' ';
	}
	return NAME_UNKNOWN;
}

/* The sex a full name's first words say: a title ("Ms Robin Hale"),
 * else the first name ("Ilse Varga"), past titles that say none ("Dr
 * Sam Okafor"). */
static enum name_sex
sex_of_name(const char *name)
{
	char word[32];

	for (const char *p = name; *p != '\0';) {
		size_t l = strcspn(p, " ");
		if (p[l] == '\0' || l >= sizeof word)
			break;		/* the surname, or no name */
		for (size_t i = 0; i < l; i++)
			word[i] = (char)tolower((unsigned char)p[i]);
		word[l] = '\0';
		enum name_sex sex = sex_of_title(word);
		if (sex == NAME_UNKNOWN)
			sex = name_sex(p, l);
		if (sex != NAME_UNKNOWN)
			return sex;
		p += l + 1;
	}
	return NAME_UNKNOWN;
}

struct person *
person_named(struct doc_state *d, const char *name)
{
	for (size_t i = 0; i < d->npersons; i++)
		if (strcmp(d->persons[i].name, name) == 0)
			return &d->persons[i];
	return NULL;
}

void
remember_person(struct doc_state *d, const char *name, const char *title)
{
	struct person *p = person_named(d, name);

	if (p == NULL) {
		if (d->npersons < DOC_PERSONS) {
			p = &d->persons[d->npersons++];
		} else {
			p = &d->persons[0];
			for (size_t i = 1; i < d->npersons; i++)
				if (d->persons[i].seen < p->seen)
					p = &d->persons[i];
			free(p->name);
			free(p->title);
		}
		p->name = xstrdup(name);
		p->title = xstrdup("");
		p->sex = sex_of_name(name);
		p->sex_known = false;	/* a pronoun may yet say */
	}
	if (title != NULL && *title != '\0') {
		free(p->title);
		p->title = xstrdup(title);
		for (char *c = p->title; *c; c++)
			*c = (char)tolower((unsigned char)*c);
		enum name_sex sex = sex_of_title(p->title);
		if (sex != NAME_UNKNOWN) {
			p->sex = sex;
			p->sex_known = true;
		}
	}
	p->seen = ++d->clock;
}

void
learn_sex(struct doc_state *d, const char *name, enum name_sex sex)
{
	struct person *p = person_named(d, name);

	if (p != NULL && sex != NAME_UNKNOWN && !p->sex_known) {
		p->sex = sex;
		p->sex_known = true;
	}
}

/* The person named in full whose surname (last word) is s. */
const char *
person_by_surname(const struct doc_state *d, const char *s, size_t len)
{
	const struct person *best = NULL;

	for (size_t i = 0; i < d->npersons; i++) {
		const char *n = d->persons[i].name, *sp = strrchr(n, ' ');
		if (sp == NULL)
			sp = n - 1;
		if (strlen(sp + 1) == len && memcmp(sp + 1, s, len) == 0 &&
		    (best == NULL || d->persons[i].seen > best->seen))
			best = &d->persons[i];
	}
	return best ? best->name : NULL;
}
/* Whether the phrase np is a person's role ("Lutavia's foreign
 * minister", "the fisheries minister"). */
static bool
is_person_role(const struct attribute_quotes *a, const struct np *np)
{
	return np->kind == NP_ROLE && (word_roles(a, np->to - 1) & ROLE_PERSON);
}

/* The role set beside the person e by commas: "Lutavia's foreign
 * minister, Petra Lind," or "Petra Lind, the foreign minister,"; a
 * phrase of NP_NONE when there is none. */
static struct np
apposed_role(const struct attribute_quotes *a, const struct entity *e)
{
	struct np none = { NP_NONE, 0, 0, NULL }, np;
	size_t lo, hi;

	sentence_bounds(a, e->from, &lo, &hi);
	/* Commas either side: "After talks with the minister, Petra Lind
	 * said" sets no role beside her. */
	if (e->from >= lo + 2 && is_punct(a, e->from - 1, ',') && e->to < hi &&
	    is_punct(a, e->to, ',')) {
		np = np_ending(a, e->from - 2, lo);
		if (is_person_role(a, &np))
			return np;
	}
	if (e->to + 1 < hi && is_punct(a, e->to, ',')) {
		for (size_t k = e->to + 2; k < hi && k < e->to + 10; k++) {
			if (!is_punct(a, k, ',') && !is_punct(a, k, '.'))
				continue;
			np = np_ending(a, k - 1, e->to + 1);
			return is_person_role(a, &np) && np.from <= e->to + 2 ? np : none;
		}
	}
	return none;
}

/* The words of the phrase in lower case, a space apart ("lutavia 's
 * foreign minister"), in buf of size n. */
static const char *
phrase_lower(const struct attribute_quotes *a, const struct np *np, char *buf, size_t n)
{
	size_t len = 0;

	for (size_t i = np->from; i < np->to; i++) {
		size_t wl = a->w[i].end - a->w[i].start;
		if (len + wl + 2 > n)
			break;
		if (len > 0)
			buf[len++] = ' ';
		for (size_t c = 0; c < wl; c++)
			buf[len++] = (char)tolower((unsigned char)a->text[a->w[i].start + c]);
	}
	buf[len] = '\0';
	return buf;
}

/* The people the record names, with their titles, for the roles that
 * refer to them ("the Russian president"): the tagger's title, else a
 * role set beside the name by commas. */
void
learn_people(const struct attribute_quotes *a, struct doc_state *d)
{
	char role[128];

	for (size_t k = 0; k < a->nents; k++) {
		const struct entity *e = &a->ents[k];
		if (!is_type(e, "PERSON") || e->canonical == NULL)
			continue;
		const char *title = e->title;
		if (title == NULL || *title == '\0') {
			struct np np = apposed_role(a, e);
			if (np.kind != NP_NONE)
				title = phrase_lower(a, &np, role, sizeof role);
		}
		remember_person(d, e->canonical, title);
	}
}

/* After the record: the last person and organisation it names outside
 * quotations are what a pronoun in the next one may refer to. */
void
learn_latest(const struct attribute_quotes *a, struct doc_state *d)
{
	for (size_t k = 0; k < a->nents; k++) {
		const struct entity *e = &a->ents[k];
		if (e->canonical == NULL || a->w[e->from].inside >= 0)
			continue;
		if (is_type(e, "PERSON"))
			set_string(&d->last_person, e->canonical, strlen(e->canonical));
		else if (is_type(e, "ORG")) {
			set_string(&d->last_outlet, e->canonical, strlen(e->canonical));
			set_string(&d->orgs[d->norgs++ % DOC_ORGS], e->canonical,
			    strlen(e->canonical));
		}
	}
}
