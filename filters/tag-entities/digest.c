/*
 * digest: the newspapers of a press digest (tagger.h).  Agency copy
 * files a country's morning papers as "PRESS DIGEST - KESSIA - MAY 31",
 * then each paper's name in capitals on a line of its own, its stories
 * under it: "KESSIAN HERALD", "- Government to cut fuel subsidies".  A
 * paper's name there is an organisation, however the tagger read its
 * capitals ("TO DNEVNO" was nothing, "VECERNI LIST" a person).
 */
#include <stdbool.h>
#include <string.h>

#include "tagger.h"

/* Whether text, a story's record, opens with a press digest's slug. */
static bool
opens_press_digest(const char *text, size_t len)
{
	static const char slug[] = "PRESS DIGEST";

	return len >= sizeof slug - 1 && memcmp(text, slug, sizeof slug - 1) == 0 &&
	    (len == sizeof slug - 1 || text[sizeof slug - 1] == ' ' ||
	    text[sizeof slug - 1] == '\n');
}

/* Whether text[start, end) is a paper's name alone on its line: one to
 * six words in capitals, letters only (and "'", "-", ".", and the bytes
 * of letters beyond ASCII), no digit, so no dateline. */
static bool
paper_line(const char *text, size_t start, size_t end)
{
	size_t words = 1, letters = 0;

	if (start >= end || text[start] == '-')
		return false;
	for (size_t i = start; i < end; i++) {
		unsigned char c = (unsigned char)text[i];
		if (c == ' ')
			words++;
		else if (c >= 'A' && c <= 'Z')
			letters++;
		else if (c != '\'' && c != '-' && c != '.' && c < 0x80)
			return false;	/* lower case, a digit, a mark */
	}
	return letters >= 2 && words <= 6;
}

void
press_digest_papers(struct tagger *t, struct doc_state *d, const char *text, size_t len)
{
	bool opens = opens_press_digest(text, len);

	if (opens && d != NULL)
		d->press_digest = true;
	if (!opens && (d == NULL || !d->press_digest))
		return;
	mentions_index(&t->found);
	for (size_t i = 0; i < len;) {
		const char *nl = memchr(text + i, '\n', len - i);
		size_t end = nl != NULL ? (size_t)(nl - text) : len, start = i;
		i = end + 1;
		if (opens && start == 0)
			continue;	/* the slug's own line */
		while (end > start && (text[end - 1] == ' ' || text[end - 1] == '.'))
			end--;
		if (!paper_line(text, start, end))
			continue;
		size_t at = mentions_at(&t->found, start, end);
		if (at != SIZE_MAX)
			t->found.v[at].type = ORG;
		else if (mentions_make_room(&t->found, start, end))
			add_mention(&t->found, start, end, ORG);
	}
	mentions_compact(&t->found);
}
