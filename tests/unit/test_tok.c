#include <string.h>

#include "tok.h"
#include "unit.h"

/* Tokens joined by '|', each kind marked: W word, N number, A abbrev,
 * U address, Q< Q> quotes, P punctuation. */
static const char *
tokens(const char *text)
{
	static char out[1024];
	struct tok_list tl = { 0 };

	tok_split(text, strlen(text), &tl);
	out[0] = '\0';
	for (size_t i = 0; i < tl.n; i++) {
		static const char *const kinds[] = { "W", "N", "A", "U", "Q", "P" };
		const struct token *t = &tl.v[i];

		if (i > 0)
			strcat(out, "|");
		strcat(out, kinds[t->kind]);
		if (t->kind == TOK_QUOTE)
			strcat(out, t->quote == QUOTE_OPEN ? "<" : ">");
		strcat(out, ":");
		strncat(out, text + t->start, t->end - t->start);
	}
	tok_list_free(&tl);
	return out;
}

static void
expect(const char *text, const char *want)
{
	const char *got = tokens(text);

	CHECK(strcmp(got, want) == 0, "tokens of \"%s\" (got %s)", text, got);
}

void
test_tok(void)
{
	expect("Bashar al-Assad met Jean-Maurice Ripert.",
	    "W:Bashar|W:al-Assad|W:met|W:Jean-Maurice|W:Ripert|P:.");
	expect("Russia's Su-24 and the S-400", "W:Russia|W:'s|W:Su-24|W:and|W:the|W:S-400");
	expect("Sean O'Neill didn't go.", "W:Sean|W:O'Neill|W:didn't|W:go|P:.");
	/* text tokenized for a treebank sets the possessive apart; a quote
	 * opening after a space is still one */
	expect("Kessia 's Housing Ministry", "W:Kessia|W:'s|W:Housing|W:Ministry");
	expect("he said 'so' then", "W:he|W:said|Q<:'|W:so|Q>:'|W:then");
	expect("the letter 's' had", "W:the|W:letter|Q<:'|W:s|Q>:'|W:had");
	expect("Kessia 's.", "W:Kessia|W:'s|P:.");
	expect("Gen. Ruiz of the U.S. Army, George W. Bush",
	    "A:Gen.|W:Ruiz|W:of|W:the|A:U.S.|W:Army|P:,|W:George|A:W.|W:Bush");
	expect("$1.2 billion, 3.5% and 1,200 at 2:30",
	    "P:$|N:1.2|W:billion|P:,|N:3.5|P:%|W:and|N:1,200|W:at|N:2:30");
	expect("“Yes,” she said. \"No.\" «Non» „Ja“ ‘maybe’",
	    "Q<:“|W:Yes|P:,|Q>:”|W:she|W:said|P:.|Q<:\"|W:No|P:.|Q>:\"|Q<:«|W:Non|Q>:»|Q<:„|W:Ja|Q>:“|Q<:‘|W:maybe|Q>:’");
	expect("See https://example.org/a?b=1, or mail desk@example.org.",
	    "W:See|U:https://example.org/a?b=1|P:,|W:or|W:mail|U:desk@example.org|P:.");
	expect("the 5th 24-hour strike", "W:the|W:5th|W:24-hour|W:strike");

	static const char *const possessive[] = { "'s", "\u2019s", "'", "\u2019" };
	static const char *const not_possessive[] = { "s", "'t", "\u2019d", "\u2018", "\"", "'S", "" };
	bool ok = true;
	for (size_t i = 0; i < sizeof possessive / sizeof *possessive; i++)
		ok = ok && tok_is_possessive(possessive[i], strlen(possessive[i]));
	CHECK(ok, "tok_is_possessive: 's and a lone apostrophe, straight or curly");
	ok = true;
	for (size_t i = 0; i < sizeof not_possessive / sizeof *not_possessive; i++)
		ok = ok && !tok_is_possessive(not_possessive[i], strlen(not_possessive[i]));
	CHECK(ok, "tok_is_possessive: not s alone, other endings, other marks");
	CHECK(tok_is_possessive_s("'s", 2) && tok_is_possessive_s("\u2019s", 4) &&
	    !tok_is_possessive_s("'", 1) && !tok_is_possessive_s("\u2019", 3) &&
	    !tok_is_possessive_s("s", 1), "tok_is_possessive_s: only the 's forms");
}
