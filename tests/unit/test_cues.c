/*
 * cues: the words that report speech or thought, looked up by form and
 * by lemma.
 */
#include <string.h>

#include "cues/cues.h"
#include "unit.h"

static enum cue_type
form(const char *w, enum cue_pos pos)
{
	return cue_form_type(w, strlen(w), pos);
}

static enum cue_type
lemma(const char *w, enum cue_pos pos)
{
	return cue_lemma_type(w, strlen(w), pos);
}

void
test_cues(void)
{
	CHECK(form("vowed", CUE_VERB) == CUE_SPEECH && form("Urged", CUE_VERB) == CUE_SPEECH,
	    "cues: inflected verbs of communication, any case");
	CHECK(lemma("say", CUE_VERB) == CUE_SPEECH && lemma("tell", CUE_VERB) == CUE_SPEECH,
	    "cues: say and tell report speech");
	CHECK(lemma("believe", CUE_VERB) == CUE_THOUGHT && form("expects", CUE_VERB) == CUE_THOUGHT,
	    "cues: believe and expect report thought");
	CHECK(lemma("statement", CUE_NOUN) == CUE_SPEECH && lemma("statement", CUE_VERB) == CUE_NONE,
	    "cues: nouns apart from verbs");
	CHECK(lemma("table", CUE_VERB) == CUE_NONE && form("harbour", CUE_NOUN) == CUE_NONE &&
	    form("", CUE_VERB) == CUE_NONE, "cues: other words report nothing");
}
