#!/usr/bin/env python3
"""Scores wire-split's sentence and paragraph boundaries.

Golden Rules: a rule passes when the sentences of its text, as strings,
equal the expected list exactly.

GUM news: a boundary is the code-point offset where a sentence starts,
other than the first sentence of a document.  Precision, recall and F1
are over all boundaries, and over the boundaries inside paragraphs (the
gold sentence before it is in the same paragraph).  Paragraphs must
match the gold (start, end) spans exactly.
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


def gum(binary, path, verbose):
    gold_docs = [json.loads(l) for l in open(path, encoding="utf-8")]
    docs = run_split(binary, [{"id": d["id"], "text": d["text"]}
                              for d in gold_docs], "--unit", "sentence",
                     "--paragraphs", "blank")
    para_docs = run_split(binary, [{"id": d["id"], "text": d["text"]}
                                   for d in gold_docs], "--paragraphs", "blank")
    gold_all, gold_inner, found_all = set(), set(), set()
    paras_right = paras_total = 0
    for d in gold_docs:
        sents = [(s["start"], p_i) for p_i, p in enumerate(d["paragraphs"])
                 for s in p["sentences"]]
        for k in range(1, len(sents)):
            gold_all.add((d["id"], sents[k][0]))
            if sents[k][1] == sents[k - 1][1]:
                gold_inner.add((d["id"], sents[k][0]))
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
                    t = d["text"]
                    print(f"  {kind} {d['id']}@{b[1]}: "
                          f"{t[max(0, b[1] - 40):b[1]]!r} | {t[b[1]:b[1] + 30]!r}",
                          file=sys.stderr)
    gold_para_starts = gold_all - gold_inner
    found_inner = found_all - gold_para_starts
    return (prf(found_all, gold_all), prf(found_inner, gold_inner),
            paras_right, paras_total)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=os.path.join(common.SHARED, "data"))
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="list the rules failed and the boundaries missed or extra")
    a = ap.parse_args()
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
        (p, r, f), (pi, ri, fi), pr, pt = gum(binary, gum_path, a.verbose)
        print(f"split\tGUM boundaries P/R/F1\t{p:.3f}/{r:.3f}/{f:.3f}")
        print(f"split\tGUM in-paragraph P/R/F1\t{pi:.3f}/{ri:.3f}/{fi:.3f}")
        print(f"split\tGUM paragraphs exact\t{pr}/{pt}")
    else:
        print(f"split\tGUM\tno data at {gum_path}")


if __name__ == "__main__":
    main()
