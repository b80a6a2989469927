/*
 * names: the sex a first name mostly goes with, from the compiled-in
 * list.
 */
#include <string.h>

#include "names/names.h"
#include "unit.h"

static enum name_sex
sex(const char *w)
{
	return name_sex(w, strlen(w));
}

void
test_names(void)
{
	CHECK(sex("Mary") == NAME_FEMALE && sex("mary") == NAME_FEMALE && sex("MARY") == NAME_FEMALE,
	    "names: a common name, any case");
	CHECK(sex("John") == NAME_MALE && sex("Aaden") == NAME_MALE && sex("Zyriah") == NAME_FEMALE &&
	    sex("Zoe") == NAME_FEMALE,
	    "names: names at either end of the list and in it");
	CHECK(sex("Kim") == NAME_UNKNOWN && sex("Jordan") == NAME_UNKNOWN,
	    "names: a name given to both sexes says nothing");
	CHECK(sex("") == NAME_UNKNOWN && sex("Zzzzzz") == NAME_UNKNOWN && sex("a") == NAME_UNKNOWN &&
	    sex("Jo\xc3\xablle") == NAME_UNKNOWN && sex("Mar y") == NAME_UNKNOWN,
	    "names: what is not in the list says nothing");
	CHECK(name_sex("Maryland", 4) == NAME_FEMALE, "names: the length given, not the string's");
}
