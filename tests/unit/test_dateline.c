/*
 * dateline: the wire dateline that opens a story, and what is none.
 */
#include <string.h>

#include "dateline.h"
#include "unit.h"

static void
check(const char *text, const char *rest, size_t place)
{
	size_t end = 0, n = dateline_length(text, strlen(text), &end);

	CHECK(strcmp(text + n, rest) == 0 && (n == 0 || end == place),
	    "dateline: \"%s\" leaves \"%s\" (got \"%s\", place %zu)", text, rest, text + n, end);
}

void
test_dateline(void)
{
	check("TARSK, Nov 25 (Meridian News) - Talks stalled.", "Talks stalled.", 5);
	check("PORTVALE (Wirecast) -- Ferries ran.", "Ferries ran.", 8);
	check("ST. ALBANS, March 3 \xe2\x80\x94 Rain fell.", "Rain fell.", 10);
	check("NEW KESSEL CITY, Jan. 2 - Snow.", "Snow.", 15);
	check("KESSEL - Snow.", "KESSEL - Snow.", 0);	/* no date, no outlet */
	check("Tarsk, Nov 25 - Talks.", "Tarsk, Nov 25 - Talks.", 0);
	check("NATO, the alliance, said - no.", "NATO, the alliance, said - no.", 0);
	check("UN (AP)", "UN (AP)", 0);
	check("", "", 0);
}
