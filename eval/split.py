#!/usr/bin/env python3
"""Scores wire-split's sentence and paragraph boundaries.

Golden Rules: a rule passes when the sentences of its text, as strings,
equal the expected list exactly.

GUM news: a boundary is the code-point offset where a sentence starts,
other than the first sentence of a document.  Precision, recall and F1
are over all boundaries, and over the boundaries inside paragraphs (the
gold sentence before it is in the same paragraph).  Paragraphs must
match the gold (start, end) spans exactly.

GUM keeps a quotation of several sentences as one sentence; the issue
asks wire-split to keep them apart.  The scores are given both as they
stand and with that convention mapped: a boundary found inside a
quotation that lies within one gold sentence (after its opening mark,
before its closing one) is set aside, neither right nor wrong.  Every
other boundary counts, including GUM's own boundaries inside quotations.
"""
import argparse
import json
import os
import subprocess
import sys

import common


def run_split(binary, stories, *args):
    """Runs wire-split over stories; returns {doc: [record, ...]}."""
    feed = "".join(json.dumps(s, ensure_ascii=False) + "\n" for s in stories)
    out = subprocess.run([binary, *args], input=feed.encode(),
                         stdout=subprocess.PIPE, check=True).stdout
    docs = {}
    for line in out.decode().splitlines():
        rec = json.loads(line)
        docs.setdefault(rec["doc"], []).append(rec)
    return docs


def golden_rules(binary, path, verbose):
    rules = [json.loads(l) for l in open(path, encoding="utf-8")]
    docs = run_split(binary, [{"id": str(r["id"]), "text": r["text"]}
                              for r in rules], "--unit", "sentence")
    passed = 0
    for r in rules:
        got = [rec["text"] for rec in docs.get(str(r["id"]), [])]
        if got == r["expected"]:
            passed += 1
        elif verbose:
            print(f"  rule {r['id']} ({r['name']}): got {got}", file=sys.stderr)
    return passed, len(rules)


def prf(found, gold):
    tp = len(found & gold)
    p = tp / len(found) if found else 1.0
    r = tp / len(gold) if gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


OPENING = {'"': '"', "\u201c": "\u201d", "\u201e": "\u201c"}


def quotations(text, start, end):
    """The (open, close) offsets of the double quotations in text[start:end]:
    straight marks alternate, curly ones pair by direction."""
    spans, open_at, closing = [], None, None
    for i in range(start, end):
        c = text[i]
        if open_at is None and c in OPENING:
            open_at, closing = i, OPENING[c]
        elif open_at is not None and c == closing:
            spans.append((open_at, i))
            open_at = None
    return spans


def inside_quotations(text, sentences):
    """The offsets strictly inside a quotation of one gold sentence."""
    inside = set()
    for s in sentences:
        for a, b in quotations(text, s["start"], s["end"]):
            inside.update(range(a + 1, b))
    return inside


def self_test():
    text = 'He said "No. Never." Then \u201cYes. Now.\u201d "open'
    assert quotations(text, 0, len(text)) == [(8, 19), (26, 36)]
    sentences = [{"start": 0, "end": 20}, {"start": 21, "end": len(text)}]
    inside = inside_quotations(text, sentences)
    assert text.index("Never") in inside and text.index("Now") in inside
    assert text.index("Then") not in inside and 8 not in inside
    p, r, f = prf({1, 2, 3}, {2, 3, 4, 5})
    assert (round(p, 4), r, round(f, 4)) == (0.6667, 0.5, 0.5714), (p, r, f)


def gum(binary, path, verbose):
    gold_docs = [json.loads(l) for l in open(path, encoding="utf-8")]
    docs = run_split(binary, [{"id": d["id"], "text": d["text"]}
                              for d in gold_docs], "--unit", "sentence",
                     "--paragraphs", "blank")
    para_docs = run_split(binary, [{"id": d["id"], "text": d["text"]}
                                   for d in gold_docs], "--paragraphs", "blank")
    gold_all, gold_inner, found_all = set(), set(), set()
    in_quotation = set()
    paras_right = paras_total = 0
    for d in gold_docs:
        sents = [(s["start"], p_i) for p_i, p in enumerate(d["paragraphs"])
                 for s in p["sentences"]]
        for k in range(1, len(sents)):
            gold_all.add((d["id"], sents[k][0]))
            if sents[k][1] == sents[k - 1][1]:
                gold_inner.add((d["id"], sents[k][0]))
        in_quotation.update((d["id"], o) for o in inside_quotations(
            d["text"], [s for p in d["paragraphs"] for s in p["sentences"]]))
        recs = docs.get(d["id"], [])
        for rec in recs[1:]:
            found_all.add((d["id"], rec["start"]))
        gold_paras = [(p["start"], p["end"]) for p in d["paragraphs"]]
        got_paras = [(r["start"], r["end"]) for r in para_docs.get(d["id"], [])]
        paras_total += len(gold_paras)
        paras_right += len(set(gold_paras) & set(got_paras))
        if verbose:
            for b in sorted(found_all ^ gold_all):
                if b[0] == d["id"]:
                    kind = "extra" if b in found_all else "missed"
                    if b in in_quotation and b in found_all:
                        kind += " (in a quotation)"
                    t = d["text"]
                    print(f"  {kind} {d['id']}@{b[1]}: "
                          f"{t[max(0, b[1] - 40):b[1]]!r} | {t[b[1]:b[1] + 30]!r}",
                          file=sys.stderr)
    gold_para_starts = gold_all - gold_inner
    found_inner = found_all - gold_para_starts
    set_aside = (found_all - gold_all) & in_quotation
    return (prf(found_all, gold_all), prf(found_inner, gold_inner),
            prf(found_all - set_aside, gold_all),
            prf(found_inner - set_aside, gold_inner),
            len(set_aside), paras_right, paras_total)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=os.path.join(common.SHARED, "data"))
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="list the rules failed and the boundaries missed or extra")
    ap.add_argument("--self-test", action="store_true",
                    help="check the scorer on a worked example")
    a = ap.parse_args()
    if a.self_test:
        self_test()
        print("self-test passed")
        return
    binary = common.program("wire-split")
    rules_path = os.path.join(a.data, "split", "golden_rules_en.jsonl")
    gum_path = os.path.join(a.data, "split", "gum_news_docs.jsonl")
    if binary is None:
        print("split\tnot built")
        return
    if os.path.exists(rules_path):
        passed, total = golden_rules(binary, rules_path, a.verbose)
        print(f"split\tgolden rules passed\t{passed}/{total}")
    else:
        print(f"split\tgolden rules\tno data at {rules_path}")
    if os.path.exists(gum_path):
        every, inner, q_every, q_inner, aside, pr, pt = gum(
            binary, gum_path, a.verbose)
        print("split\tGUM boundaries P/R/F1\t%.3f/%.3f/%.3f" % every)
        print("split\tGUM in-paragraph P/R/F1\t%.3f/%.3f/%.3f" % inner)
        print("split\tGUM boundaries, quotations apart, P/R/F1\t"
              "%.3f/%.3f/%.3f" % q_every)
        print("split\tGUM in-paragraph, quotations apart, P/R/F1\t"
              "%.3f/%.3f/%.3f" % q_inner)
        print(f"split\tGUM boundaries set aside in quotations\t{aside}")
        print(f"split\tGUM paragraphs exact\t{pr}/{pt}")
    else:
        print(f"split\tGUM\tno data at {gum_path}")


if __name__ == "__main__":
    main()
