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
	/* the hyphens of an ISO date are no dash */
	check("TARSK, Dravia 1996-08-30", "TARSK, Dravia 1996-08-30", 0);
	check("TARSK, 1996-08-30 - Talks.", "Talks.", 5);
	/* The dated place line under a headline: where its place ends. */
	CHECK(dated_place_line("TARSK 1996-08-30", 16, NULL) == 5, "a dated place line");
	CHECK(dated_place_line("TARSK 1996-08-30\nText", 21, NULL) == 5, "a dated place line, then text");
	CHECK(dated_place_line("VELBY , Kessia 1996-08-30", 25, NULL) == 5, "a region after a spaced comma");
	CHECK(dated_place_line("AL-AIN, United Arab Emirates 1996-12-06 ", 40, NULL) == 6,
	    "a region of three words after a comma");
	struct dateline_region r;
	CHECK(dated_place_line("VELBY , Upper Kessia 1996-08-30", 31, &r) == 5 &&
	    r.start == 8 && r.end == 20, "the region's span");
	CHECK(dated_place_line("VELBY , Kessia 1996-08-30 x", 27, &r) == 0 && r.end == 0,
	    "no region when no line");
	CHECK(dated_place_line("VELBY , kessia 1996-08-30", 25, NULL) == 0, "a region in lower case");
	CHECK(dated_place_line("VELBY , Kessia Says 1996-08-30 now", 34, NULL) == 0, "more after the date");
	CHECK(dated_place_line("VELBY , Kessia said 1996-08-30", 30, NULL) == 0, "a word in lower case");
	CHECK(dated_place_line("VELBY , A B C D E 1996-08-30", 28, NULL) == 0, "a region too long");
	CHECK(dated_place_line("VELBY ,", 7, NULL) == 0 && dated_place_line("VELBY , ", 8, NULL) == 0,
	    "a comma at the end");
}
