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
	{ "activist", P }, { "administration", O }, { "admiral", P },
	{ "adviser", P }, { "advisor", P }, { "agency", O | T },
	{ "alliance", O }, { "ambassador", P }, { "analysis", T },
	{ "analyst", P }, { "archbishop", P }, { "army", O },
	{ "article", T }, { "assessment", T }, { "association", O },
	{ "attorney", P }, { "audit", T }, { "author", P },
	{ "authorities", O }, { "authority", O }, { "ayatollah", P },
	{ "bank", O }, { "bishop", P }, { "blog", T }, { "board", O },
	{ "broadcaster", T }, { "bulletin", T }, { "cabinet", O },
	{ "campaigner", P }, { "captain", P }, { "cardinal", P },
	{ "ceo", P }, { "chair", P }, { "chairman", P }, { "chairwoman", P },
	{ "chancellor", P }, { "channel", T }, { "chief", P },
	{ "citizen", P }, { "club", O }, { "coach", P }, { "coalition", O },
	{ "colonel", P }, { "commander", P }, { "commission", O },
	{ "commissioner", P }, { "committee", O }, { "communique", T },
	{ "company", O }, { "congressman", P }, { "congresswoman", P },
	{ "council", O }, { "court", O }, { "critic", P }, { "daily", T },
	{ "delegation", O }, { "demonstrator", P }, { "department", O },
	{ "dictator", P }, { "diplomat", P }, { "director", P },
	{ "doctor", P }, { "document", T }, { "editor", P },
	{ "editorial", T }, { "embassy", O }, { "emir", P }, { "envoy", P },
	{ "estimate", T }, { "executive", P }, { "expert", P },
	{ "farmer", P }, { "firm", O }, { "force", O }, { "founder", P }, { "general", P },
	{ "government", O }, { "governor", P }, { "group", O }, { "head", P },
	{ "imam", P }, { "insurgent", P }, { "investigator", P },
	{ "judge", P }, { "justice", P }, { "king", P }, { "kremlin", O },
	{ "lawmaker", P }, { "lawyer", P }, { "leader", P }, { "league", O },
	{ "legislator", P }, { "letter", T }, { "lieutenant", P },
	{ "magazine", T }, { "major", P }, { "manager", P }, { "mayor", P },
	{ "media", T }, { "memo", T }, { "militant", P }, { "military", O },
	{ "minister", P }, { "ministry", O }, { "negotiator", P },
	{ "network", T }, { "newspaper", T }, { "office", O },
	{ "officer", P }, { "official", P }, { "opposition", O },
	{ "organisation", O }, { "organiser", P }, { "organization", O },
	{ "organizer", P }, { "outlet", T }, { "paper", T },
	{ "parliament", O }, { "party", O }, { "police", O }, { "poll", T },
	{ "pope", P }, { "post", T }, { "premier", P }, { "president", P },
	{ "prince", P }, { "princess", P }, { "professor", P },
	{ "prosecutor", P }, { "protester", P }, { "queen", P },
	{ "rabbi", P }, { "readout", T }, { "rebel", P }, { "release", T }, { "report", T },
	{ "representative", P }, { "researcher", P }, { "resident", P },
	{ "reverend", P }, { "review", T }, { "scientist", P },
	{ "secretary", P }, { "secretary-general", P }, { "senate", O },
	{ "senator", P }, { "sergeant", P }, { "sheikh", P }, { "site", T },
	{ "soldier", P }, { "speaker", P }, { "spokesman", P },
	{ "spokesperson", P }, { "spokeswoman", P }, { "statement", T },
	{ "station", T }, { "student", P }, { "study", T }, { "survey", T },
	{ "survivor", P }, { "teacher", P }, { "transcript", T },
	{ "union", O }, { "villager", P }, { "voter", P }, { "website", T },
	{ "witness", P }, { "worker", P }
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
