#!/usr/bin/env python3
"""Prints the open text of ../shared/data that the word clusters are
learnt from, one sentence a line, tokens separated by spaces.

  - Groningen Meaning Bank (ner/gmb.conll): its train and dev sentences
    (the test tenth is kept for measuring);
  - UD English-EWT (ud/en_ewt-ud-train.conllu, en_ewt-ud-dev.conllu; the
    test file, whose sentences Universal NER's test set tags, is kept
    for measuring);
  - WikiGold, the Broad Twitter Corpus and WNUT-17 (ner/*/train.bio).

GUM is left out: its treebank is licensed for non-commercial use.

Usage: python3 lang/ner/cluster-text.py [DATA-DIR]   (default ../shared/data)
"""
import os
import sys


def gmb(path):
    toks, keep = [], False
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# sent_id"):
            if toks and keep:
                yield toks
            toks, keep = [], "split = test" not in line
        elif line.strip():
            toks.append(line.split("\t")[0])
    if toks and keep:
        yield toks


def conllu(path):
    toks = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if toks:
                yield toks
            toks = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                toks.append(cols[1])
    if toks:
        yield toks


def bio(path):
    toks = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            if toks:
                yield toks
            toks = []
        else:
            toks.append(line.split("\t")[0])
    if toks:
        yield toks


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"
    sources = [
        (gmb, "ner/gmb.conll"),
        (conllu, "ud/en_ewt-ud-train.conllu"),
        (conllu, "ud/en_ewt-ud-dev.conllu"),
        (bio, "ner/wikigold/train.bio"),
        (bio, "ner/btc/train.bio"),
        (bio, "ner/wnut17/train.bio"),
    ]
    out = sys.stdout
    for read, rel in sources:
        for toks in read(os.path.join(data, rel)):
            out.write(" ".join(t.replace(" ", "_") for t in toks) + "\n")


if __name__ == "__main__":
    main()
