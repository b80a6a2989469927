#include <string.h>
#include <strings.h>

#include "abbrev.h"

struct entry {
	const char *word;
	enum abbrev_kind kind;
};

/* Matched exactly: the case tells "No." (number) from "no." (word). */
static const struct entry exact[] = {
	{ "No", ABBREV_NUMBER }, { "Nos", ABBREV_NUMBER },
	{ "N°", ABBREV_NUMBER }, { "Art", ABBREV_NUMBER },
	{ "St", ABBREV_TITLE }, { "Mt", ABBREV_TITLE }, { "Ft", ABBREV_TITLE },
	/* states of the U.S., as news agencies abbreviate them */
	{ "Ariz", ABBREV_OTHER }, { "Calif", ABBREV_OTHER }, { "Colo", ABBREV_OTHER },
	{ "Conn", ABBREV_OTHER }, { "Fla", ABBREV_OTHER }, { "Ga", ABBREV_OTHER },
	{ "Ill", ABBREV_OTHER }, { "Ind", ABBREV_OTHER }, { "Kan", ABBREV_OTHER },
	{ "Ky", ABBREV_OTHER }, { "La", ABBREV_OTHER }, { "Md", ABBREV_OTHER },
	{ "Mass", ABBREV_OTHER }, { "Mich", ABBREV_OTHER }, { "Minn", ABBREV_OTHER },
	{ "Miss", ABBREV_OTHER }, { "Mo", ABBREV_OTHER }, { "Mont", ABBREV_OTHER },
	{ "Neb", ABBREV_OTHER }, { "Nev", ABBREV_OTHER }, { "Okla", ABBREV_OTHER },
	{ "Ore", ABBREV_OTHER }, { "Pa", ABBREV_OTHER }, { "Penn", ABBREV_OTHER },
	{ "Tenn", ABBREV_OTHER }, { "Tex", ABBREV_OTHER }, { "Va", ABBREV_OTHER },
	{ "Vt", ABBREV_OTHER }, { "Wash", ABBREV_OTHER }, { "Wis", ABBREV_OTHER },
	{ "Wyo", ABBREV_OTHER }, { "Mex", ABBREV_OTHER },
};

/* Matched ignoring case. */
static const struct entry folded[] = {
	/* titles and ranks */
	{ "Mr", ABBREV_TITLE }, { "Mrs", ABBREV_TITLE }, { "Ms", ABBREV_TITLE },
	{ "Messrs", ABBREV_TITLE }, { "Mmes", ABBREV_TITLE },
	{ "Dr", ABBREV_TITLE }, { "Prof", ABBREV_TITLE },
	{ "Gen", ABBREV_TITLE }, { "Lt", ABBREV_TITLE }, { "Col", ABBREV_TITLE },
	{ "Maj", ABBREV_TITLE }, { "Capt", ABBREV_TITLE }, { "Cmdr", ABBREV_TITLE },
	{ "Adm", ABBREV_TITLE }, { "Brig", ABBREV_TITLE }, { "Sgt", ABBREV_TITLE },
	{ "Cpl", ABBREV_TITLE }, { "Pvt", ABBREV_TITLE }, { "Lieut", ABBREV_TITLE },
	{ "Sen", ABBREV_TITLE }, { "Rep", ABBREV_TITLE }, { "Gov", ABBREV_TITLE },
	{ "Pres", ABBREV_TITLE }, { "Supt", ABBREV_TITLE }, { "Insp", ABBREV_TITLE },
	{ "Det", ABBREV_TITLE }, { "Rev", ABBREV_TITLE }, { "Hon", ABBREV_TITLE },
	{ "Msgr", ABBREV_TITLE }, { "Fr", ABBREV_TITLE }, { "Sr", ABBREV_OTHER },
	{ "Jr", ABBREV_OTHER }, { "Sra", ABBREV_TITLE }, { "Mme", ABBREV_TITLE },
	{ "Mlle", ABBREV_TITLE }, { "Atty", ABBREV_TITLE }, { "Amb", ABBREV_TITLE },
	{ "Assoc", ABBREV_OTHER }, { "Asst", ABBREV_TITLE }, { "Gens", ABBREV_TITLE },
	{ "Reps", ABBREV_TITLE }, { "Sens", ABBREV_TITLE }, { "Govt", ABBREV_OTHER },
	/* before numbers */
	{ "p", ABBREV_NUMBER }, { "pp", ABBREV_NUMBER }, { "vol", ABBREV_NUMBER },
	{ "vols", ABBREV_NUMBER }, { "fig", ABBREV_NUMBER }, { "figs", ABBREV_NUMBER },
	{ "ch", ABBREV_NUMBER }, { "chap", ABBREV_NUMBER }, { "sec", ABBREV_NUMBER },
	{ "para", ABBREV_NUMBER }, { "ca", ABBREV_NUMBER }, { "approx", ABBREV_NUMBER },
	{ "tel", ABBREV_NUMBER }, { "ext", ABBREV_NUMBER }, { "op", ABBREV_NUMBER },
	{ "Rte", ABBREV_NUMBER }, { "Hwy", ABBREV_NUMBER }, { "Apt", ABBREV_NUMBER },
	{ "Pt", ABBREV_NUMBER }, { "Ps", ABBREV_NUMBER }, { "Jn", ABBREV_NUMBER },
	/* months */
	{ "Jan", ABBREV_MONTH }, { "Feb", ABBREV_MONTH }, { "Mar", ABBREV_MONTH },
	{ "Apr", ABBREV_MONTH }, { "Jun", ABBREV_MONTH }, { "Jul", ABBREV_MONTH },
	{ "Aug", ABBREV_MONTH }, { "Sep", ABBREV_MONTH }, { "Sept", ABBREV_MONTH },
	{ "Oct", ABBREV_MONTH }, { "Nov", ABBREV_MONTH }, { "Dec", ABBREV_MONTH },
	/* times */
	{ "a.m", ABBREV_TIME }, { "p.m", ABBREV_TIME },
	/* others */
	{ "Inc", ABBREV_OTHER }, { "Corp", ABBREV_OTHER }, { "Ltd", ABBREV_OTHER },
	{ "Co", ABBREV_OTHER }, { "Cos", ABBREV_OTHER }, { "Bros", ABBREV_OTHER },
	{ "Plc", ABBREV_OTHER }, { "Pty", ABBREV_OTHER }, { "Dept", ABBREV_OTHER },
	{ "Univ", ABBREV_OTHER }, { "Assn", ABBREV_OTHER }, { "Intl", ABBREV_OTHER },
	{ "Ave", ABBREV_OTHER }, { "Blvd", ABBREV_OTHER }, { "Rd", ABBREV_OTHER },
	{ "Sq", ABBREV_OTHER }, { "Ste", ABBREV_OTHER }, { "Mtn", ABBREV_OTHER },
	{ "etc", ABBREV_OTHER }, { "vs", ABBREV_OTHER }, { "v", ABBREV_OTHER },
	{ "al", ABBREV_OTHER }, { "cf", ABBREV_OTHER }, { "est", ABBREV_OTHER },
	{ "ed", ABBREV_OTHER }, { "eds", ABBREV_OTHER }, { "repr", ABBREV_OTHER },
	{ "trans", ABBREV_OTHER }, { "viz", ABBREV_OTHER }, { "ibid", ABBREV_OTHER },
};

/* Capitalised words that begin sentences far more often than they
 * continue a name after an abbreviation. */
static const char *const starters[] = {
	"A", "About", "According", "After", "Again", "All", "Also", "Although",
	"Among", "An", "And", "Another", "Any", "Are", "As", "At", "Because",
	"Before", "Both", "But", "By", "Can", "Despite", "Did", "Do", "Does",
	"During", "Each", "Earlier", "Even", "Every", "For", "From", "He",
	"Her", "Here", "His", "How", "However", "I", "If", "In", "Indeed",
	"Instead", "Is", "It", "Its", "Last", "Later", "Many", "Meanwhile",
	"More", "Most", "Much", "My", "Neither", "No", "Nor", "Not", "Now",
	"Of", "On", "One", "Only", "Or", "Other", "Our", "Over", "Several",
	"She", "Since", "So", "Some", "Still", "Such", "That", "The", "Their",
	"Then", "There", "These", "They", "This", "Those", "Though", "Thus",
	"To", "Today", "Under", "Until", "Was", "We", "Were", "What", "When",
	"Where", "Whether", "Which", "While", "Who", "Why", "With", "Without",
	"Yesterday", "Yet", "You", "Your",
};

static bool
word_equals(const char *word, size_t len, const char *entry, bool fold)
{
	size_t n = strlen(entry);

	if (n != len)
		return false;
	return fold ? strncasecmp(word, entry, len) == 0 :
	    memcmp(word, entry, len) == 0;
}

enum abbrev_kind
abbrev_lookup(const char *word, size_t len)
{
	for (size_t i = 0; i < sizeof(exact) / sizeof(exact[0]); i++)
		if (word_equals(word, len, exact[i].word, false))
			return exact[i].kind;
	for (size_t i = 0; i < sizeof(folded) / sizeof(folded[0]); i++)
		if (word_equals(word, len, folded[i].word, true))
			return folded[i].kind;
	return ABBREV_NONE;
}

static bool
is_ascii_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool
abbrev_is_dotted(const char *word, size_t len)
{
	size_t run = 0, dots = 0;

	for (size_t i = 0; i < len; i++) {
		if (is_ascii_letter(word[i])) {
			if (++run > 3)
				return false;
		} else if (word[i] == '.' && run > 0) {
			run = 0;
			dots++;
		} else {
			return false;
		}
	}
	return dots > 0 && run > 0;
}

bool
abbrev_is_sentence_starter(const char *word, size_t len)
{
	size_t lo = 0, hi = sizeof(starters) / sizeof(starters[0]);

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		size_t n = strlen(starters[mid]);
		int c = strncmp(word, starters[mid], len < n ? len : n);

		if (c == 0)
			c = len < n ? -1 : len > n ? 1 : 0;
		if (c == 0)
			return true;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return false;
}
