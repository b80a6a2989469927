#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "abbrev.h"
#include "roles.h"
#include "unit.h"

static unsigned
kinds(const char *w)
{
	return role_kinds(w, strlen(w));
}

/* Forms of address stand before a name but name no role. */
static bool
is_form_of_address(const char *w, size_t len)
{
	static const char *const forms[] = { "Sir", "Dame", "Lord", "Lady", "Miss" };

	for (size_t i = 0; i < sizeof forms / sizeof *forms; i++)
		if (strlen(forms[i]) == len && strncasecmp(w, forms[i], len) == 0)
			return true;
	return false;
}

/* The word of a title that says what the person is: the last, or the
 * one before "of" ("Secretary of State"). */
static void
head_word(const char *title, const char **w, size_t *len)
{
	const char *of = strstr(title, " of ");
	const char *end = of != NULL ? of : title + strlen(title);
	const char *start = end;

	while (start > title && start[-1] != ' ')
		start--;
	*w = start;
	*len = (size_t)(end - start);
}

/* Every title of the gazetteer is a role of this list, an abbreviated
 * title abbrev knows, or a form of address: the three lists agree. */
static void
check_gazetteer_titles(void)
{
	FILE *f = fopen("lang/ner/gazetteer.tsv", "r");
	char line[256];
	int titles = 0, unknown = 0;

	CHECK(f != NULL, "roles: lang/ner/gazetteer.tsv can be read (run from the top folder)");
	if (f == NULL)
		return;
	while (fgets(line, sizeof line, f) != NULL) {
		const char *w;
		size_t len;
		if (strncmp(line, "title\t", 6) != 0)
			continue;
		line[strcspn(line, "\n")] = '\0';
		titles++;
		head_word(line + 6, &w, &len);
		bool known = len > 0 && w[len - 1] == '.' ?
		    abbrev_lookup(w, len - 1) == ABBREV_TITLE :
		    (role_kinds(w, len) & ROLE_PERSON) || is_form_of_address(w, len);
		if (!known) {
			unknown++;
			CHECK(false, "roles: the gazetteer's title '%s' has a head word no list knows",
			    line + 6);
		}
	}
	fclose(f);
	CHECK(titles > 50 && unknown == 0,
	    "roles: all %d titles of the gazetteer are known roles", titles);
}

void
test_roles(void)
{
	CHECK(role_table_in_order(), "roles: the table is in order for its binary search");
	CHECK(kinds("minister") == ROLE_PERSON && kinds("Minister") == ROLE_PERSON,
	    "roles: a person's role, in any case");
	CHECK(kinds("ministry") == ROLE_ORG, "roles: an organisation's");
	CHECK(kinds("statement") == ROLE_TEXT, "roles: a text's");
	CHECK(kinds("agency") == (ROLE_ORG | ROLE_TEXT), "roles: a word of two kinds");
	CHECK(kinds("secretary") == ROLE_PERSON && kinds("secretary-general") == ROLE_PERSON,
	    "roles: a word and a longer one it starts");
	CHECK(kinds("ministers") == 0 && kinds("minist") == 0 && kinds("") == 0 &&
	    kinds("zebra") == 0 && kinds("aardvark") == 0,
	    "roles: other words are none");
	check_gazetteer_titles();
}
