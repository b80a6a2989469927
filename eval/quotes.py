#!/usr/bin/env python3
"""Scores wire-attribute-quotes against gold quotations.

Matching rule, the same for every system compared:
- a found quote matches a gold quote when both are in the same story and
  the found content span (start..end, in code points of the story)
  covers at least half of the characters of the gold `quote` substring;
  each gold quote takes the unmatched found quote that covers it most;
- detection precision = found quotes that match a gold quote / found
  quotes; recall = required gold quotes matched / required gold quotes;
- a matched quote is attributed right when its `canonical`, or failing
  that its `speaker`, equals one of the gold `accept` names, ignoring
  case.  Attribution accuracy is over matched required gold quotes.
Gold quotes not marked `required` are neither counted in recall nor held
against precision when found.
"""
import os
import sys

import common


def coverage(found, gold):
    overlap = min(found["end"], gold["end"]) - max(found["start"], gold["start"])
    return max(0, overlap) / max(1, gold["end"] - gold["start"])


def match(found, gold):
    """Pairs (gold index, found index), greedy by coverage, one to one."""
    taken, pairs = set(), []
    for gi, g in enumerate(gold):
        best, best_cov = None, 0.5
        for fi, f in enumerate(found):
            if fi in taken or f["story"] != g["story"]:
                continue
            cov = coverage(f, g)
            if cov >= best_cov and (best is None or cov > best_cov):
                best, best_cov = fi, cov
        if best is not None:
            taken.add(best)
            pairs.append((gi, best))
    return pairs


def score(found, gold):
    """Returns {kind: (found-matched, found, gold-matched, gold, attributed)}
    with kind 'all' for the totals."""
    pairs = match(found, gold)
    table = {}

    def bump(kind, i, n=1):
        table.setdefault(kind, [0, 0, 0, 0, 0])[i] += n
    matched_found = {fi for _, fi in pairs}
    for fi, f in enumerate(found):
        g = next((gold[gi] for gi, j in pairs if j == fi), None)
        if g is not None and not g.get("required", True):
            continue
        bump("all", 1)
        bump(f.get("kind", "?"), 1)
        if fi in matched_found:
            bump("all", 0)
            bump(f.get("kind", "?"), 0)
    for gi, g in enumerate(gold):
        if not g.get("required", True):
            continue
        bump("all", 3)
        bump("gold:" + g["kind"], 3)
        fi = next((j for i, j in pairs if i == gi), None)
        if fi is None:
            continue
        bump("all", 2)
        bump("gold:" + g["kind"], 2)
        name = (found[fi].get("canonical") or found[fi].get("speaker") or "").lower()
        if name in {a.lower() for a in g["accept"]}:
            bump("all", 4)
            bump("gold:" + g["kind"], 4)
    return table


def self_test():
    gold = [
        {"story": "a", "start": 10, "end": 30, "kind": "direct", "accept": ["Ana Ruiz", "Ruiz"]},
        {"story": "a", "start": 50, "end": 60, "kind": "indirect", "accept": ["Osei"]},
        {"story": "b", "start": 0, "end": 10, "kind": "direct", "accept": ["X"], "required": False},
    ]
    found = [
        {"story": "a", "start": 15, "end": 40, "kind": "direct", "canonical": "ana ruiz"},  # covers 15/20
        {"story": "a", "start": 55, "end": 58, "kind": "indirect", "speaker": "Osei"},  # 3/10: no
        {"story": "b", "start": 0, "end": 10, "kind": "direct", "speaker": "Y"},  # unrequired
        {"story": "c", "start": 0, "end": 5, "kind": "direct", "speaker": "Z"},  # false
    ]
    t = score(found, gold)["all"]
    assert t == [1, 3, 1, 2, 1], t


def gold_spans_seed(path_text, path_gold):
    """Gold quotes of the seed live blog with story offsets (one paragraph
    a line)."""
    lines = open(path_text, encoding="utf-8").read().split("\n")
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    return locate(common.read_jsonl(path_gold), lambda g: "liveblog",
                  lambda g: (lines[g["para"] - 1], starts[g["para"] - 1]))


def locate(gold, story_of, para_of):
    out = []
    for g in gold:
        text, start = para_of(g)
        i = text.find(g["quote"])
        if i < 0:
            print(f"quotes: gold quote not found in its paragraph: {g['quote'][:50]!r}",
                  file=sys.stderr)
            continue
        out.append(dict(g, story=story_of(g), start=start + i, end=start + i + len(g["quote"])))
    return out


def found_quotes(records, story_of):
    out = []
    for r in records:
        for q in r.get("quotes") or []:
            out.append(dict(q, story=story_of(r), start=r["start"] + q["start"],
                            end=r["start"] + q["end"]))
    return out


def report(name, table):
    t = table.get("all", [0, 0, 0, 0, 0])
    p = t[0] / t[1] if t[1] else 0.0
    r = t[2] / t[3] if t[3] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    a = t[4] / t[2] if t[2] else 0.0
    common.row("quotes", f"{name} P/R/F1", f"{p:.3f}/{r:.3f}/{f:.3f}")
    common.row("quotes", f"{name} attribution", f"{a:.3f} ({t[4]}/{t[2]})")
    for kind in sorted(k for k in table if k.startswith("gold:")):
        k = table[kind]
        common.row("quotes", f"{name} {kind[5:]} recall, attribution",
                   f"{k[2]}/{k[3]}, {k[4]}/{k[2] or 1}")


def run():
    split, quotes = common.program("wire-split"), common.program("wire-attribute-quotes")
    if quotes is None:
        common.row("quotes", "wire-attribute-quotes", "not built yet")
        return
    tagger = common.program("wire-tag-entities")
    stages = [[split, "--paragraphs", "line"]] + ([[tagger]] if tagger else []) + [[quotes]]
    seed = os.path.join(common.SHARED, "seed")
    text = open(os.path.join(seed, "liveblog.txt"), encoding="utf-8").read()
    recs = common.run_records(stages, [{"id": "liveblog", "text": text}])
    report("seed", score(found_quotes(recs, lambda r: "liveblog"),
                         gold_spans_seed(os.path.join(seed, "liveblog.txt"),
                                         os.path.join(seed, "quotes.gold.jsonl"))))
    gum_docs = os.path.join(common.SHARED, "data", "split", "gum_news_docs.jsonl")
    gum_gold = os.path.join(common.SHARED, "data", "quotes", "gum_news_quotes.gold.jsonl")
    if os.path.exists(gum_docs) and os.path.exists(gum_gold):
        docs = {d["id"]: d for d in common.read_jsonl(gum_docs)}
        stages[0] = [split, "--paragraphs", "blank"]
        recs = common.run_records(stages, [{"id": d["id"], "text": d["text"]} for d in docs.values()])

        def para_of(g):
            p = docs[g["doc"]]["paragraphs"][g["para"] - 1]
            return docs[g["doc"]]["text"][p["start"]:p["end"]], p["start"]
        gold = locate(common.read_jsonl(gum_gold), lambda g: g["doc"], para_of)
        report("GUM", score(found_quotes(recs, lambda r: r["doc"]), gold))


if __name__ == "__main__":
    common.main(__doc__, self_test, run)
