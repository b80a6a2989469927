/*
 * treebank: a CoNLL-U treebank in memory, for the trainer: each word's
 * form, lemma, joint tag, head and relation, as indices into name lists
 * that the training set fixes.  Training only.
 */
#ifndef WIRE_PARSE_TRAIN_TREEBANK_H
#define WIRE_PARSE_TRAIN_TREEBANK_H

#include <stdbool.h>
#include <stddef.h>

struct names {
	char **v;
	size_t n, cap;
};

struct tb_word {
	char *form, *lemma;
	size_t len, lemma_len;
	int tag;		/* -1: a tag the training set lacks */
	int head;		/* 0: the root */
	int label;		/* -1 as for tag */
};

struct tb_sentence {
	struct tb_word *w;
	int n;
};

struct treebank {
	struct tb_sentence *s;
	size_t n, cap;
	size_t words;
};

/* The index of name, added when grow (else -1 when absent). */
int names_index(struct names *names, const char *name, bool grow);

/* Reads path's basic trees (multiword tokens and empty nodes skipped);
 * tags are "UPOS\tXPOS"; relations keep their subtypes.  Exits on a
 * malformed file. */
void tb_read(const char *path, struct treebank *tb, struct names *tags,
    struct names *labels, bool grow);

/* Lifts each non-projective arc to the head's head until the tree is
 * projective (heads in head[1..n], 0 the root); returns the arcs lifted. */
int tb_projectivize(int n, int *head);

#endif
