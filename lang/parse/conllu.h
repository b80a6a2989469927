/*
 * conllu: CoNLL-U in, CoNLL-U out, for evaluation and for tools.
 *
 * parse_conllu_stream reads sentences in CoNLL-U (blocks of lines ended
 * by a blank line or the end of the input), keeps each word's ID and FORM
 * and its MISC column, and writes every sentence back with the model's
 * LEMMA, UPOS, XPOS, HEAD and DEPREL; FEATS and DEPS are written "_".
 * Comments, multiword-token lines ("1-2") and empty nodes ("3.1") are
 * copied through unchanged in their places.  Several blank lines in a
 * row are one; a last sentence without its blank line gets one; a
 * carriage return before a newline is dropped.
 *
 * A malformed sentence (a word line without ten tab-separated columns,
 * IDs that do not run 1, 2, 3..., a range that does not start at the
 * next word, an empty FORM, bytes that are not UTF-8, a NUL) is reported as
 * "PROGRAM: INPUT:LINE: reason" and left out of the output; the stream
 * goes on with the next sentence.
 *
 * It returns 0, 1 when some sentence was malformed, 2 on a read or write
 * error (reported).
 */
#ifndef WIRE_PARSE_CONLLU_H
#define WIRE_PARSE_CONLLU_H

#include <stdio.h>

#include "model.h"

int parse_conllu_stream(const struct parse_model *m, FILE *in,
    const char *name, FILE *out);

#endif
