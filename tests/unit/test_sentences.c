#include <string.h>

#include "sentences.h"
#include "unit.h"

const char *
unit_join_sentences(const char *text, const struct sent_list *sl)
{
	static char joined[1024];

	joined[0] = '\0';
	for (size_t i = 0; i < sl->n; i++) {
		if (i > 0)
			strcat(joined, " | ");
		strncat(joined, text + sl->v[i].start, sl->v[i].end - sl->v[i].start);
	}
	return joined;
}

/* Splits text and joins the sentences with " | ". */
static const char *
split(const char *text)
{
	struct sent_list sl = { 0 };
	const char *joined;

	sent_split(text, strlen(text), &sl);
	joined = unit_join_sentences(text, &sl);
	sent_list_free(&sl);
	return joined;
}

static void
expect(const char *text, const char *want)
{
	const char *got = split(text);

	CHECK(strcmp(got, want) == 0, "split \"%s\" (got \"%s\")", text, got);
}

void
test_sentences(void)
{
	expect("The vote passed. Critics walked out.",
	    "The vote passed. | Critics walked out.");
	expect("Lt. Col. Mara Vance briefed Sen. Okafor.",
	    "Lt. Col. Mara Vance briefed Sen. Okafor.");
	expect("Shares of Brindle Corp. fell 3.5 percent to $1.2 billion.",
	    "Shares of Brindle Corp. fell 3.5 percent to $1.2 billion.");
	expect("The talks end on Nov. 30 in the U.S. capital.",
	    "The talks end on Nov. 30 in the U.S. capital.");
	expect("She moved to the U.S. The job paid well.",
	    "She moved to the U.S. | The job paid well.");
	expect("\"No,\" he said. \"Not today.\" They left.",
	    "\"No,\" he said. | \"Not today.\" | They left.");
	expect("“It is over.” Then the lights went out.",
	    "“It is over.” | Then the lights went out.");
	expect("The S-400 and Su-24 were seen at 2.30 p.m. on Friday.",
	    "The S-400 and Su-24 were seen at 2.30 p.m. on Friday.");
	expect("Write to desk@example.org. Editors reply daily.",
	    "Write to desk@example.org. | Editors reply daily.");
	expect("It rained.Then it snowed.", "It rained. | Then it snowed.");
	expect("J. R. R. Tolkien met George W. Bush.",
	    "J. R. R. Tolkien met George W. Bush.");
	expect("Really? Yes! Wait...", "Really? | Yes! | Wait...");
	expect("", "");
	expect("   ", "");
	expect("no full stop at all", "no full stop at all");
	/* A footer of tags: one item a sentence, unless delimited or one. */
	expect("Categories: March 3, 2031 Portvale Published Weather "
	    "Storms and floods Archived",
	    "Categories: | March 3, 2031 | Portvale | Published | Weather | "
	    "Storms and floods | Archived");
	expect("Category: Science > Astronomy", "Category: Science > Astronomy");
	expect("Tags: Harbour strike, Portvale, shipping",
	    "Tags: Harbour strike, Portvale, shipping");
}
