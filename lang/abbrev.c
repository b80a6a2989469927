#include <string.h>
#include <strings.h>

#include "abbrev.h"

struct entry {
	const char *word;
	size_t len;
	enum abbrev_kind kind;
};

/* An entry with its length, so that lookups compare lengths first. */
#define E(word, kind) { word, sizeof(word) - 1, ABBREV_##kind }

enum { LONGEST_ABBREV = 6 };	/* "Messrs", "approx" */

/* Matched exactly: the case tells "No." (number) from "no." (word). */
static const struct entry exact[] = {
	E("No", NUMBER), E("Nos", NUMBER),
	E("N°", NUMBER), E("Art", NUMBER),
	E("St", TITLE), E("Mt", TITLE), E("Ft", TITLE),
	/* states of the U.S., as news agencies abbreviate them */
	E("Ariz", OTHER), E("Calif", OTHER), E("Colo", OTHER),
	E("Conn", OTHER), E("Fla", OTHER), E("Ga", OTHER),
	E("Ill", OTHER), E("Ind", OTHER), E("Kan", OTHER),
	E("Ky", OTHER), E("La", OTHER), E("Md", OTHER),
	E("Mass", OTHER), E("Mich", OTHER), E("Minn", OTHER),
	E("Miss", OTHER), E("Mo", OTHER), E("Mont", OTHER),
	E("Neb", OTHER), E("Nev", OTHER), E("Okla", OTHER),
	E("Ore", OTHER), E("Pa", OTHER), E("Penn", OTHER),
	E("Tenn", OTHER), E("Tex", OTHER), E("Va", OTHER),
	E("Vt", OTHER), E("Wash", OTHER), E("Wis", OTHER),
	E("Wyo", OTHER), E("Mex", OTHER),
};

/* Matched ignoring case. */
static const struct entry folded[] = {
	/* titles and ranks */
	E("Mr", TITLE), E("Mrs", TITLE), E("Ms", TITLE),
	E("Messrs", TITLE), E("Mmes", TITLE),
	E("Dr", TITLE), E("Prof", TITLE),
	E("Gen", TITLE), E("Lt", TITLE), E("Col", TITLE),
	E("Maj", TITLE), E("Capt", TITLE), E("Cmdr", TITLE),
	E("Adm", TITLE), E("Brig", TITLE), E("Sgt", TITLE),
	E("Cpl", TITLE), E("Pvt", TITLE), E("Lieut", TITLE),
	E("Sen", TITLE), E("Rep", TITLE), E("Gov", TITLE),
	E("Pres", TITLE), E("Supt", TITLE), E("Insp", TITLE),
	E("Det", TITLE), E("Rev", TITLE), E("Hon", TITLE),
	E("Msgr", TITLE), E("Fr", TITLE), E("Sr", OTHER),
	E("Jr", OTHER), E("Sra", TITLE), E("Mme", TITLE),
	E("Mlle", TITLE), E("Atty", TITLE), E("Amb", TITLE),
	E("Assoc", OTHER), E("Asst", TITLE), E("Gens", TITLE),
	E("Reps", TITLE), E("Sens", TITLE), E("Govt", OTHER),
	/* before numbers */
	E("p", NUMBER), E("pp", NUMBER), E("vol", NUMBER),
	E("vols", NUMBER), E("fig", NUMBER), E("figs", NUMBER),
	E("ch", NUMBER), E("chap", NUMBER), E("sec", NUMBER),
	E("para", NUMBER), E("ca", NUMBER), E("approx", NUMBER),
	E("tel", NUMBER), E("ext", NUMBER), E("op", NUMBER),
	E("Rte", NUMBER), E("Hwy", NUMBER), E("Apt", NUMBER),
	E("Pt", NUMBER), E("Ps", NUMBER), E("Jn", NUMBER),
	/* months */
	E("Jan", MONTH), E("Feb", MONTH), E("Mar", MONTH),
	E("Apr", MONTH), E("Jun", MONTH), E("Jul", MONTH),
	E("Aug", MONTH), E("Sep", MONTH), E("Sept", MONTH),
	E("Oct", MONTH), E("Nov", MONTH), E("Dec", MONTH),
	/* times */
	E("a.m", TIME), E("p.m", TIME),
	/* others */
	E("Inc", OTHER), E("Corp", OTHER), E("Ltd", OTHER),
	E("Co", OTHER), E("Cos", OTHER), E("Bros", OTHER),
	E("Plc", OTHER), E("Pty", OTHER), E("Dept", OTHER),
	E("Univ", OTHER), E("Assn", OTHER), E("Intl", OTHER),
	E("Ave", OTHER), E("Blvd", OTHER), E("Rd", OTHER),
	E("Sq", OTHER), E("Ste", OTHER), E("Mtn", OTHER),
	E("etc", OTHER), E("vs", OTHER), E("v", OTHER),
	E("al", OTHER), E("cf", OTHER), E("est", OTHER),
	E("ed", OTHER), E("eds", OTHER), E("repr", OTHER),
	E("trans", OTHER), E("viz", OTHER), E("ibid", OTHER),
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
word_equals(const char *word, size_t len, const struct entry *e, bool fold)
{
	if (e->len != len)
		return false;
	return fold ? strncasecmp(word, e->word, len) == 0 :
	    memcmp(word, e->word, len) == 0;
}

enum abbrev_kind
abbrev_lookup(const char *word, size_t len)
{
	if (len == 0 || len > LONGEST_ABBREV)
		return ABBREV_NONE;
	for (size_t i = 0; i < sizeof(exact) / sizeof(exact[0]); i++)
		if (word_equals(word, len, &exact[i], false))
			return exact[i].kind;
	for (size_t i = 0; i < sizeof(folded) / sizeof(folded[0]); i++)
		if (word_equals(word, len, &folded[i], true))
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

	if (len == 0 || len > 10)
		return false;
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
