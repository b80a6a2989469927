/*
 * roles: the role nouns, in one sorted table (roles.h).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "roles.h"

struct role {
	const char *word;
	unsigned kinds;
};

#define P ROLE_PERSON
#define O ROLE_ORG
#define T ROLE_TEXT

/* Sorted by word (ASCII, lower case): looked up by binary search. */
static const struct role roles[] = {
	{ "administration", O }, { "admiral", P }, { "adviser", P },
	{ "advisor", P }, { "agency", O | T }, { "ambassador", P },
	{ "analysis", T }, { "analyst", P }, { "archbishop", P },
	{ "army", O }, { "article", T }, { "assessment", T },
	{ "attorney", P }, { "audit", T }, { "author", P },
	{ "authorities", O }, { "authority", O }, { "ayatollah", P },
	{ "bank", O }, { "bishop", P }, { "blog", T }, { "board", O },
	{ "broadcaster", T }, { "bulletin", T }, { "cabinet", O },
	{ "captain", P }, { "cardinal", P }, { "ceo", P }, { "chair", P },
	{ "chairman", P }, { "chairwoman", P }, { "chancellor", P },
	{ "channel", T }, { "chief", P }, { "club", O }, { "coach", P },
	{ "colonel", P }, { "commander", P }, { "commission", O },
	{ "commissioner", P }, { "committee", O }, { "communique", T },
	{ "company", O }, { "congressman", P }, { "congresswoman", P },
	{ "council", O }, { "court", O }, { "daily", T }, { "department", O },
	{ "dictator", P }, { "director", P }, { "doctor", P },
	{ "document", T }, { "editor", P }, { "editorial", T },
	{ "embassy", O }, { "emir", P }, { "envoy", P }, { "estimate", T },
	{ "executive", P }, { "firm", O }, { "founder", P }, { "general", P },
	{ "government", O }, { "governor", P }, { "group", O }, { "head", P },
	{ "imam", P }, { "judge", P }, { "justice", P }, { "king", P },
	{ "kremlin", O }, { "lawyer", P }, { "leader", P }, { "letter", T },
	{ "lieutenant", P }, { "magazine", T }, { "major", P },
	{ "manager", P }, { "mayor", P }, { "media", T }, { "memo", T },
	{ "military", O }, { "minister", P }, { "ministry", O },
	{ "network", T }, { "newspaper", T }, { "office", O },
	{ "officer", P }, { "official", P }, { "organisation", O },
	{ "organization", O }, { "outlet", T }, { "paper", T },
	{ "parliament", O }, { "party", O }, { "police", O }, { "poll", T },
	{ "pope", P }, { "post", T }, { "premier", P }, { "president", P },
	{ "prince", P }, { "princess", P }, { "professor", P },
	{ "prosecutor", P }, { "queen", P }, { "rabbi", P }, { "release", T },
	{ "report", T }, { "representative", P }, { "researcher", P },
	{ "reverend", P }, { "review", T }, { "secretary", P },
	{ "secretary-general", P }, { "senate", O }, { "senator", P },
	{ "sergeant", P }, { "sheikh", P }, { "site", T }, { "speaker", P },
	{ "spokesman", P }, { "spokesperson", P }, { "spokeswoman", P },
	{ "statement", T }, { "station", T }, { "study", T }, { "survey", T },
	{ "transcript", T }, { "union", O }, { "website", T }
};

struct key {
	const char *w;
	size_t len;
};

static int
compare(const void *pk, const void *pr)
{
	const struct key *k = pk;
	const struct role *r = pr;
	int c = strncasecmp(k->w, r->word, k->len);

	return c != 0 ? c : r->word[k->len] != '\0' ? -1 : 0;
}

unsigned
role_kinds(const char *w, size_t len)
{
	struct key k = { w, len };
	const struct role *r = bsearch(&k, roles, sizeof roles / sizeof *roles,
	    sizeof *roles, compare);

	return r != NULL ? r->kinds : 0;
}

bool
role_table_in_order(void)
{
	for (size_t i = 1; i < sizeof roles / sizeof *roles; i++)
		if (strcasecmp(roles[i - 1].word, roles[i].word) >= 0)
			return false;
	return true;
}
