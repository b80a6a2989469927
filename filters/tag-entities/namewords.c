/*
 * namewords: the words that say what a name is, by its last word or the
 * word before it (tagger.h): an organisation's ("Trust", "Rovers"), a
 * place's ("Hills", "Head", "District"), a faith's ("Sunni"), a
 * preposition of place.  Lists of common nouns of news English, never of
 * names; the gazetteer's own words (which the model was trained with)
 * are asked apart.
 */
#include <stdbool.h>
#include <stddef.h>

#include "tagger.h"

/* "Portvale Rovers", "Bluewater Lines", "Velgrad Trust": a word that
 * ends a club's, a company's or a body's name (the gazetteer's
 * organisation words, which the model was trained with, aside). */
bool
ends_organisation(const struct ner_tok *w)
{
	static const char *const org_last_words[] = {
		"Rovers", "Wanderers", "Athletic", "FC", "Albion", "Hotspur",
		"Lines", "Airlines", "Airways", "Holdings", "Holding", "Industries",
		"Industrie", "Industria", "Bancorp",
		"Shipping", "Motors", "Logistics", "Partners", "Systems",
		"Technologies", "Pharmaceuticals", "Insurance", "Capital",
		"Foods", "Trust", "Authority", "Board", "League", "Division",
		"Hospital", "Infirmary", "Clinic", "College", "School",
		/* companies: "Halvia Telecom", "Kessel Steel" */
		"Telecom", "Steel", "Mining", "Energy", "Petroleum", "Electric",
		"Chemicals", "Securities", "Electronics", "Telecommunications",
		"Resources", "Investments", "Enterprises", "Textiles", "Cement",
		"Works", "Werke", "Refinery", "Brewery", "Breweries",
		/* newspapers: "the Tarsk Herald" */
		"Herald", "Times", "Gazette", "Tribune", "Journal",
		"Chronicle", "Observer",
	};

	return NAME_WORD_IN(w, org_last_words);
}

/* Whether words[k] names a body at a name's end: a club's, a company's
 * or a newspaper's last word, a company's legal form, or the
 * gazetteer's organisation words ("Ministry", "Party"). */
bool
is_org_word_at(const struct tagger *t, const struct ner_tok *words, size_t k)
{
	return ends_organisation(&words[k]) || is_company_suffix(&words[k]) ||
	    gaz_is(t, words, k, k + 1, GAZ_ORG_WORD);
}

bool
opens_company_name(const struct ner_tok *w)
{
	static const char *const first_words[] = {
		"Banca", "Banco", "Banque", "Grupo", "Groupe", "Compagnie",
		"Compania", "Societe", "Société",
	};

	return NAME_WORD_IN(w, first_words);
}

/* "Velgaz AG", "Norbank plc", "Marlin Holdings Inc": the word a
 * company's legal form adds to its name, "plc" in lower case too. */
bool
is_company_suffix(const struct ner_tok *w)
{
	static const char *const suffixes[] = {
		"AG", "SA", "NV", "plc", "PLC", "Plc", "GmbH", "SpA", "BV", "LLC",
		"Oyj", "ASA", "Inc", "Ltd", "Corp",
	};

	return WORD_IN(w, suffixes);
}

/* "the news agency Dravpress", "the Kessel Courier newspaper": a noun
 * for a news outlet, beside whose name it stands. */
bool
is_media_noun(const struct ner_tok *w)
{
	static const char *const words[] = {
		"agency", "newspaper", "daily", "broadcaster", "weekly", "tabloid",
		"magazine", "channel", "website", "newsweekly",
	};

	return WORD_IN(w, words);
}

/* "Dravian", "Arabic", "Islamist", "Friday": a capitalised word that
 * qualifies an outlet or dates it ("the Arabic broadcaster", "an
 * Islamist website", "the agency Friday"), never its name alone. */
bool
qualifies_outlet(const struct ner_tok *w)
{
	const char *e = w->s + w->len;

	if (demonym_like(w) || is_faith_word(w) ||
	    (w->len > 3 && (memcmp(e - 2, "ic", 2) == 0 || memcmp(e - 3, "ist", 3) == 0)))
		return true;
	return is_day_name(w);
}

bool
is_day_name(const struct ner_tok *w)
{
	static const char *const days[] = {
		"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
		"Sunday",
	};

	return WORD_IN(w, days);
}

/* "Rovers" of "Kessel Rovers", "City" of "Portvale City": the word a
 * club is called by alone, once its whole name was given. */
bool
is_club_short_name(const struct ner_tok *w)
{
	static const char *const words[] = {
		"Rovers", "Wanderers", "Athletic", "Albion", "Hotspur", "Rangers",
		"United", "City", "Town", "County", "Harriers", "Argyle", "Borough",
	};

	return WORD_IN(w, words);
}

bool
is_plural_nickname(const struct ner_tok *w)
{
	return w->len >= 4 && is_capitalised(w) &&
	    (w->s[w->len - 1] == 's' || w->s[w->len - 1] == 'S') &&
	    w->s[w->len - 2] != 's' && w->s[w->len - 2] != 'S' && w->s[w->len - 2] != '\'';
}

/* "Garrow Head", "Caddon Point": the coast's words (not the
 * gazetteer's land words, which the model was trained with). */
bool
is_headland(const struct ner_tok *w)
{
	return is_name_word(w, "Head") || is_name_word(w, "Point") ||
	    is_name_word(w, "Ness") || is_name_word(w, "Headland");
}

/* "the South Tarsk Hills", "the Kessel Highlands": land words the
 * gazetteer's (which the model was trained with) leave out. */
bool
is_land_word(const struct ner_tok *w)
{
	static const char *const words[] = {
		"Hills", "Highlands", "Falls", "Range", "Forest", "Glacier", "Lakes",
		"Plains", "Marshes", "Heath", "Moors", "Dunes", "Wetlands", "Delta",
		"Fjord", "Archipelago", "Reef", "Lagoon", "Heights", "Steppe",
		"Gorge", "Canyon", "Keys", "Isles", "Sands", "Shoals",
		"Narrows", "Cays",
	};

	return NAME_WORD_IN(w, words);
}

/* "the Kessel District", "Tarsk Province": a name ending in a word for a
 * part of a state is a GPE. */
bool
is_district_word(const struct ner_tok *w)
{
	static const char *const words[] = {
		"District", "Province", "Prefecture", "Governorate", "Oblast",
		"County", "Municipality", "Region",
	};

	return NAME_WORD_IN(w, words);
}

bool
is_place_preposition(const struct ner_tok *w, bool any_case)
{
	static const char *const prepositions[] = {
		"in", "near", "outside", "across", "around", "throughout", "from",
		"into", "via", "between",
	};

	return word_in(w, prepositions, LIST_LEN(prepositions),
	    any_case ? is_word_any_case : is_word);
}

/* Whether the word before words[i] is a preposition of place: "in",
 * "near", "from", "between". */
bool
after_place_preposition(const struct ner_tok *words, size_t lo, size_t i)
{
	return i > lo && is_place_preposition(&words[i - 1], false);
}

/* "Sunni leaders", "a Coptic priest": the name of a faith or a sect is a
 * NORP, whatever the tagger said (its training text tags them as people,
 * places and organisations by turns). */
bool
is_faith_word(const struct ner_tok *w)
{
	static const char *const words[] = {
		"Sunni", "Sunnis", "Shi'ite", "Shi'ites", "Shiite", "Shiites",
		"Shia", "Muslim", "Muslims", "Christian", "Christians", "Jewish",
		"Hindu", "Hindus", "Buddhist", "Buddhists", "Sikh", "Sikhs",
		"Catholic", "Catholics", "Protestant", "Protestants", "Alawite",
		"Alawites", "Druze", "Coptic", "Copts", "Islamist", "Islamists",
		"Salafist", "Salafists", "Sufi", "Evangelical", "Evangelicals",
	};

	return WORD_IN(w, words);
}
