/*
 * cues: the words that report speech or thought, from WordNet 3.0
 * (lang/cues/cues.tsv, made by make cues; lang/cues/README.md).
 *
 * A verb or noun of communication ("say", "vow", "urge", "claim", "a
 * warning") reports speech; a verb of cognition or intention
 * ("believe", "expect", "plan") reports thought.  Look-ups are by the
 * word as written, any inflection, or by its lemma and part of speech,
 * ignoring ASCII case.  The list is compiled in and indexed on first
 * use; the look-ups are safe from any thread.
 */
#ifndef WIRE_CUES_H
#define WIRE_CUES_H

#include <stddef.h>

enum cue_type { CUE_NONE, CUE_SPEECH, CUE_THOUGHT };
enum cue_pos { CUE_VERB, CUE_NOUN };

/* The type of the word w[0..len), any of its forms, as a verb or a noun:
 * speech when either of its senses in the list is. */
enum cue_type cue_form_type(const char *w, size_t len, enum cue_pos pos);

/* The type of the lemma lemma[0..len) as a verb or a noun. */
enum cue_type cue_lemma_type(const char *lemma, size_t len, enum cue_pos pos);

#endif
