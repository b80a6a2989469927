/*
 * lemma: lemmas by edit scripts learnt from the treebank (Chrupala
 * 2006): a script lower-cases the form or not, strips some bytes from
 * its end and appends a few ("forces" NNS: strip 1; "went" VBD: strip 4,
 * append "go").  The script for a word comes from the first of:
 *
 *   1. the exceptions: (lower-case form, tag) pairs the suffix rules
 *      get wrong in the training data ("went", "children", "n't");
 *   2. the suffix rules: (tag, capitalised or not, the last k bytes of
 *      the lower-case form), longest suffix first, k = PARSE_LEMMA_SUFFIX
 *      down to 0; for a proper noun only its tag's own rule (k = 0),
 *      one that read the whole word, changes only the letters' case,
 *      rewrites no more than it read without lengthening the word, or
 *      expands an abbreviation ("Nov"), not one learnt from one name
 *      that makes nonsense of others ("Peskov": "Peskovember");
 *   3. the form as it is.
 *
 * Both maps are keyed by hashes (model.h): the model keeps no word, only
 * the scripts' short appended strings.
 */
#ifndef WIRE_PARSE_LEMMA_H
#define WIRE_PARSE_LEMMA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "model.h"

enum { PARSE_LEMMA_SUFFIX = 6 };

/* The most bytes a lemma has beyond its form. */
enum { PARSE_LEMMA_EXTRA = sizeof(((struct parse_script *)0)->add) };

/* The keys of the two maps. */
uint64_t parse_lemma_word_key(const char *form, size_t len, int tag);
uint64_t parse_lemma_suffix_key(const char *form, size_t len, int tag, size_t k);

/* Whether form starts with a capital (the suffix rules' second key). */
bool parse_lemma_capitalised(const char *form, size_t len);

/*
 * Writes script s applied to form to out (room for len +
 * PARSE_LEMMA_EXTRA bytes); returns the length.  A script that would cut
 * into the middle of a character, or strip more than the form has,
 * leaves the form as it is.
 */
size_t parse_script_apply(const struct parse_script *s, const char *form,
    size_t len, char *out);

/* The lemma of form with joint tag tag, into out as above. */
size_t parse_lemma(const struct parse_model *m, const char *form, size_t len,
    int tag, char *out);

#endif
