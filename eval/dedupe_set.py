#!/usr/bin/env python3
"""Builds the near-duplicate evaluation set for wire-dedupe.

Base items are real news: the 24 GUM Wikinews articles
(../shared/data/split/gum_news_docs.jsonl, paragraphs as they are) and
articles regrouped from consecutive GMB sentences
(../shared/data/ner/gmb.conll, 12 sentences an article, paragraphs of 2
to 3 sentences; GMB keeps its documents' sentences in order, so
neighbouring articles are on the same topic and serve as hard negatives).

Each base gets variants made by the edits wire services make, each
applied to m paragraphs (m = 1, 2, 3...):
  add       m paragraphs from a distant article inserted
  remove    m paragraphs deleted
  reword    one sentence in each of m paragraphs reworded (words dropped,
            replaced and swapped)
  numbers   every number in m paragraphs changed
  typos     typos made in m paragraphs (three words with letters swapped)
  move      m paragraphs moved elsewhere
  headline  the first paragraph (headline) replaced (m = 1)
  quotes    straight quotation marks restyled as curly ones (m = 0)
The changed share of a variant is m over its base's paragraph count.
A variant's gold cluster is its base; every base is its own cluster.
Everything is drawn from a fixed seed: the same set every run.
"""
import json
import os
import random
import re

import common

EDITS = ("add", "remove", "reword", "numbers", "typos", "move", "headline", "quotes")


def detokenize(tokens):
    text = " ".join(tokens)
    text = re.sub(r" ([.,;:?!%)])", r"\1", text)
    text = re.sub(r"([($]) ", r"\1", text)
    return text.replace(" 's", "'s").replace(" n't", "n't").replace("`` ", '"').replace(" ''", '"')


def gmb_articles(path, per_article=12, limit=400):
    sents, cur = [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# sent_id"):
            if cur:
                sents.append(detokenize(cur))
            cur = []
        elif line.strip():
            cur.append(line.split("\t")[0])
    if cur:
        sents.append(detokenize(cur))
    rng = random.Random(7)
    arts = []
    for a in range(min(limit, len(sents) // per_article)):
        chunk, paras, i = sents[a * per_article:(a + 1) * per_article], [], 0
        while i < len(chunk):
            n = rng.choice((2, 3))
            paras.append(" ".join(chunk[i:i + n]))
            i += n
        arts.append(paras)
    return arts


def gum_articles(path):
    return [[p for p in d["text"].split("\n\n") if p.strip()] for d in common.read_jsonl(path)]


def reword(sentence, rng):
    words = sentence.split()
    if len(words) < 6:
        return sentence + " officials said"
    for _ in range(2):
        i = rng.randrange(len(words))
        words[i] = rng.choice(("reportedly", "also", "later", "still", "now", "again"))
    del words[rng.randrange(len(words))]
    i = rng.randrange(len(words) - 1)
    words[i], words[i + 1] = words[i + 1], words[i]
    return " ".join(words)


def typo(paragraph, rng):
    words = paragraph.split(" ")
    for _ in range(3):
        i = rng.randrange(len(words))
        w = words[i]
        if len(w) > 3:
            j = rng.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def edit(paras, kind, m, rng, donor):
    paras = list(paras)
    picks = rng.sample(range(len(paras)), min(m, len(paras)))
    if kind == "add":
        for k in range(m):
            paras.insert(rng.randrange(len(paras) + 1), donor[k % len(donor)])
    elif kind == "remove":
        paras = [p for i, p in enumerate(paras) if i not in picks]
    elif kind == "reword":
        for i in picks:
            sents = re.split(r"(?<=[.!?]) ", paras[i])
            k = rng.randrange(len(sents))
            sents[k] = reword(sents[k], rng)
            paras[i] = " ".join(sents)
    elif kind == "numbers":
        for i in picks:
            paras[i] = re.sub(r"\d+", lambda x: str(int(x.group()) + rng.randint(1, 9)), paras[i])
    elif kind == "typos":
        for i in picks:
            paras[i] = typo(paras[i], rng)
    elif kind == "move":
        for i in picks:
            p = paras.pop(i)
            paras.insert(rng.randrange(len(paras) + 1), p)
    elif kind == "headline":
        paras[0] = "UPDATE 2-" + " ".join(reversed(paras[0].split()[:8]))
    elif kind == "quotes":
        paras = [re.sub(r'"([^"]*)"', "\u201c\\1\u201d", p) for p in paras]
    return paras


def build(shared=common.SHARED, seed=11):
    """Returns (items, gold): items are {id, text, share, edit}; gold maps
    id to cluster."""
    rng = random.Random(seed)
    bases = gum_articles(os.path.join(shared, "data", "split", "gum_news_docs.jsonl"))
    bases += gmb_articles(os.path.join(shared, "data", "ner", "gmb.conll"))
    items, gold = [], {}
    for b, paras in enumerate(bases):
        if len(paras) < 3:
            continue
        base_id = f"b{b}"
        items.append({"id": base_id, "text": "\n\n".join(paras), "share": 0, "edit": "base"})
        gold[base_id] = base_id
        donor = bases[(b + len(bases) // 2) % len(bases)]
        for kind in EDITS:
            ms = (0,) if kind == "quotes" else (1,) if kind == "headline" else (1, 2, 3, 4)
            for m in ms:
                if kind in ("remove", "move") and m >= len(paras):
                    continue
                vid = f"{base_id}:{kind}:{m}"
                items.append({"id": vid, "text": "\n\n".join(edit(paras, kind, m, rng, donor)),
                              "share": m / len(paras), "edit": kind})
                gold[vid] = base_id
    return items, gold


if __name__ == "__main__":
    items, _ = build()
    for it in items:
        print(json.dumps(it, ensure_ascii=False))
