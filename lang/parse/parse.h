/*
 * parse: part-of-speech tags, lemmas and a dependency tree for a
 * sentence of given words, the library's one entry point.
 *
 *	struct parse_model *m = parse_model_builtin(err, sizeof err);
 *	struct parse_sentence s;
 *	parse_sentence_init(&s);
 *	for each sentence:
 *		parse_sentence_clear(&s);
 *		for each word: parse_sentence_add(&s, form, len, start, end);
 *		parse_sentence(m, &s);
 *		read s.words[i].upos, .xpos, .lemma, .head, .deprel
 *	parse_sentence_free(&s);
 *	parse_model_free(m);
 *
 * parse_sentence is reentrant: the model is only read, every byte it
 * writes is in the sentence, so threads share a model and each has its
 * own sentence.  Time and memory are linear in the number of words.  The
 * tags and lemmas come from the whole sentence; the tree from windows of
 * at most PARSE_WINDOW (250) words, each parsed on its own, the root of
 * each window after the first attached to the first window's root as
 * parataxis.  Universal Dependencies v2 relations, with the subtypes of
 * English (nsubj:pass, obl:tmod, nmod:poss...); one root a sentence;
 * the trees are projective (lang/parse/parser.h).
 */
#ifndef WIRE_PARSE_H
#define WIRE_PARSE_H

#include "model.h"
#include "sentence.h"

void parse_sentence(const struct parse_model *m, struct parse_sentence *s);

#endif
