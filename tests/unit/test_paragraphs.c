#include <string.h>

#include "paragraphs.h"
#include "unit.h"

/* A story's sentences, as a stage finds them in a record without any. */
static void
expect(const char *text, const char *want)
{
	struct sent_list sl = { 0 };
	const char *got;

	para_sentences(text, strlen(text), &sl);
	got = unit_join_sentences(text, &sl);
	CHECK(strcmp(got, want) == 0, "paragraphs of \"%s\" (got \"%s\")", text, got);
	sent_list_free(&sl);
}

void
test_paragraphs(void)
{
	/* No blank line: a line is a paragraph, so a row ends its names. */
	expect("CRICKET - SCOREBOARD\nA. Holm b Marek Ruiz 31\nT. Varga not out 44",
	    "CRICKET - SCOREBOARD | A. Holm b Marek Ruiz 31 | T. Varga not out 44");
	/* Blank lines: a single line break is a wrapped line. */
	expect("The minister, Ana\nRuiz, said so. Then she left.\n\nTalks went on.\n",
	    "The minister, Ana\nRuiz, said so. | Then she left. | Talks went on.");
	expect("One.\n\n\n  \nTwo\nlines.", "One. | Two\nlines.");
	expect("No line break at all. Two sentences.", "No line break at all. | Two sentences.");
	expect("\n\n", "");
	expect("", "");
	CHECK(para_has_blank_line("a\n \nb", 5), "a line of spaces is blank");
	CHECK(!para_has_blank_line("\n\na\nb", 5), "blank lines before the text separate nothing");
	CHECK(para_is_blank_line(" \t\r", 3) && !para_is_blank_line(" x", 2), "blank lines");
}
