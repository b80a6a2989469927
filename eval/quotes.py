#!/usr/bin/env python3
"""Scores wire-attribute-quotes against gold quotations.

Matching rule, the same for every system compared (eval/README.md):
- spans are code-point offsets into the story, end exclusive: a found
  quote's content span (start..end), a gold quote's `quote` substring
  located in its paragraph;
- two-way overlap: a found quote and a gold quote of the same story can
  pair when the characters they share are at least half of the gold span
  AND at least half of the found span (a found span that covers the gold
  quote but lies mostly outside it is too long: no match);
- pairs are one to one, made greedily, the pair sharing most characters
  first (ties: gold order, then found order);
- only speech is scored.  A quote's `type` is `speech` unless it says
  `thought` (no `type`: speech), for gold and found alike.  Found quotes
  of type thought are left out (neither paired nor counted).  A gold quote
  counts when it is of type speech and `required` (absent: required).  A
  found quote paired with a gold quote that does not count (a thought, or
  not required) is set aside, neither right nor wrong;
- precision = found quotes paired with a counted gold quote / found quotes
  not left out or set aside; recall = counted gold quotes paired /
  counted gold quotes;
- a paired counted gold quote is attributed right when the found quote's
  `canonical`, or failing that its `speaker`, equals one of the gold
  `accept` names, ignoring case.  Attribution accuracy is over paired
  counted gold quotes.
"""
import argparse
import os
import sys

import common

SETS = ("seed", "GUM", "GMB")
ERRORS = set()	# the sets whose errors --errors prints


def kind_of_type(q):
    return "thought" if q.get("type") == "thought" else "speech"


def shared(found, gold):
    return max(0, min(found["end"], gold["end"]) - max(found["start"], gold["start"]))


def pairs_ok(found, gold):
    """The two-way rule: shared characters at least half of each span."""
    n = shared(found, gold)
    return (found["story"] == gold["story"] and n > 0
            and 2 * n >= gold["end"] - gold["start"]
            and 2 * n >= found["end"] - found["start"])


def match(found, gold):
    """Pairs (gold index, found index), one to one, most shared first."""
    cands = [(-shared(f, g), gi, fi) for gi, g in enumerate(gold)
             for fi, f in enumerate(found) if pairs_ok(f, g)]
    used_g, used_f, pairs = set(), set(), []
    for _, gi, fi in sorted(cands):
        if gi not in used_g and fi not in used_f:
            used_g.add(gi)
            used_f.add(fi)
            pairs.append((gi, fi))
    return sorted(pairs)


def counts(g):
    return g.get("required", True) and kind_of_type(g) == "speech"


def score(found, gold):
    """Returns {key: [found-matched, found, gold-matched, gold, attributed]}:
    'all' for the totals, 'gold:KIND' per gold kind, the found kinds by
    name; and 'aside' = [set aside by a thought gold, set aside by an
    unrequired gold, found thoughts left out, 0, 0]."""
    table = {"all": [0, 0, 0, 0, 0], "aside": [0, 0, 0, 0, 0]}

    def bump(key, i, n=1):
        table.setdefault(key, [0, 0, 0, 0, 0])[i] += n
    speech = [f for f in found if kind_of_type(f) == "speech"]
    table["aside"][2] = len(found) - len(speech)
    pairs = match(speech, gold)
    gold_of = {fi: gi for gi, fi in pairs}
    for fi, f in enumerate(speech):
        g = gold[gold_of[fi]] if fi in gold_of else None
        if g is not None and not counts(g):
            bump("aside", 0 if kind_of_type(g) == "thought" else 1)
            continue
        for key in ("all", f.get("kind", "?")):
            bump(key, 1)
            if g is not None:
                bump(key, 0)
    found_of = {gi: fi for gi, fi in pairs}
    for gi, g in enumerate(gold):
        if not counts(g):
            continue
        keys = ("all", "gold:" + g["kind"])
        for key in keys:
            bump(key, 3)
        if gi not in found_of:
            continue
        f = speech[found_of[gi]]
        name = (f.get("canonical") or f.get("speaker") or "").lower()
        for key in keys:
            bump(key, 2)
            if name in {a.lower() for a in g["accept"]}:
                bump(key, 4)
    return table


def self_test():
    gold = [
        {"story": "a", "start": 10, "end": 30, "kind": "direct", "accept": ["Ana Ruiz", "Ruiz"]},
        {"story": "a", "start": 50, "end": 60, "kind": "indirect", "accept": ["Osei"]},
        {"story": "b", "start": 0, "end": 10, "kind": "direct", "accept": ["X"], "required": False},
    ]
    found = [
        # shares 15: 15/20 of the gold, 15/25 of itself: a match.
        {"story": "a", "start": 15, "end": 40, "kind": "direct", "canonical": "ana ruiz"},
        {"story": "a", "start": 55, "end": 58, "kind": "indirect", "speaker": "Osei"},  # 3/10: no
        {"story": "b", "start": 0, "end": 10, "kind": "direct", "speaker": "Y"},  # unrequired
        {"story": "c", "start": 0, "end": 5, "kind": "direct", "speaker": "Z"},  # false
    ]
    t = score(found, gold)
    assert t["all"] == [1, 3, 1, 2, 1], t
    assert t["aside"] == [0, 1, 0, 0, 0], t

    # Two-way: a found span covering the whole gold quote (20 characters)
    # but 60 long shares a third of itself: not a match.
    gold = [{"story": "a", "start": 100, "end": 120, "kind": "indirect", "accept": ["Osei"]}]
    over = {"story": "a", "start": 90, "end": 150, "kind": "indirect", "speaker": "Osei"}
    assert score([over], gold)["all"] == [0, 1, 0, 1, 0]
    # 40 long, sharing 20: exactly half of itself, a match.
    half = dict(over, end=130)
    assert score([half], gold)["all"] == [1, 1, 1, 1, 1]
    # Two found halves of one gold quote: one pairs, the other is false.
    a = dict(over, start=100, end=110)
    b = dict(over, start=110, end=120)
    assert score([a, b], gold)["all"] == [1, 2, 1, 1, 1]
    # One found span over two gold quotes: it pairs with one only.
    gold2 = gold + [dict(gold[0], start=120, end=140)]
    assert score([dict(over, start=100, end=140)], gold2)["all"] == [1, 1, 1, 2, 1]

    # Speech and thought: a thought gold is not in recall; an untyped found
    # quote on it is set aside; a found thought is left out, even on speech.
    gold = [
        {"story": "a", "start": 0, "end": 20, "kind": "indirect", "type": "speech", "accept": ["Osei"]},
        {"story": "a", "start": 30, "end": 50, "kind": "indirect", "type": "thought", "accept": ["Osei"]},
    ]
    on_thought = {"story": "a", "start": 30, "end": 50, "kind": "indirect", "speaker": "Osei"}
    t = score([on_thought], gold)
    assert t["all"] == [0, 0, 0, 1, 0] and t["aside"] == [1, 0, 0, 0, 0], t
    typed = dict(on_thought, type="thought")
    t = score([typed], gold)
    assert t["all"] == [0, 0, 0, 1, 0] and t["aside"] == [0, 0, 1, 0, 0], t
    mistyped = dict(typed, start=0, end=20)
    t = score([mistyped], gold)
    assert t["all"] == [0, 0, 0, 1, 0] and t["aside"] == [0, 0, 1, 0, 0], t
    t = score([dict(mistyped, type="speech")], gold)
    assert t["all"] == [1, 1, 1, 1, 1], t


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


def show_errors(name, found, gold):
    """Each counted gold quote no found quote pairs with, and each found
    speech quote that pairs with none, on standard error."""
    speech = [f for f in found if kind_of_type(f) == "speech"]
    pairs = match(speech, gold)
    paired_g, paired_f = {gi for gi, _ in pairs}, {fi for _, fi in pairs}
    for gi, g in enumerate(gold):
        if counts(g) and gi not in paired_g:
            print(f"{name} missed {g['kind']} {g.get('cue')!r} {g['speaker']!r}: "
                  f"{g['quote'][:100]!r}", file=sys.stderr)
    for fi, f in enumerate(speech):
        if fi not in paired_f:
            print(f"{name} wrong {f.get('kind')} {f.get('cue')!r} {f.get('speaker')!r}: "
                  f"{f.get('text', '')[:100]!r}", file=sys.stderr)


def report(name, table):
    t = table["all"]
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
    s = table["aside"]
    common.row("quotes", f"{name} set aside",
               f"{s[0]} on thought gold, {s[1]} on unrequired gold; {s[2]} found thought left out")


def score_docs(stages, name, docs_path, gold_path):
    """A set of documents with blank-line paragraphs (GUM, GMB): the
    documents through the pipeline, the gold located by doc and para."""
    if not (os.path.exists(docs_path) and os.path.exists(gold_path)):
        common.row("quotes", name, "gold data not found")
        return
    docs = {d["id"]: d for d in common.read_jsonl(docs_path)}
    stages = [[stages[0][0], "--paragraphs", "blank"]] + stages[1:]
    recs = common.run_records(stages, [{"id": d["id"], "text": d["text"]} for d in docs.values()])

    def para_of(g):
        p = docs[g["doc"]]["paragraphs"][g["para"] - 1]
        return docs[g["doc"]]["text"][p["start"]:p["end"]], p["start"]
    gold = locate(common.read_jsonl(gold_path), lambda g: g["doc"], para_of)
    found = found_quotes(recs, lambda r: r["doc"])
    if name in ERRORS:
        show_errors(name, found, gold)
    report(name, score(found, gold))


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
    found = found_quotes(recs, lambda r: "liveblog")
    gold = gold_spans_seed(os.path.join(seed, "liveblog.txt"),
                           os.path.join(seed, "quotes.gold.jsonl"))
    if "seed" in ERRORS:
        show_errors("seed", found, gold)
    report("seed", score(found, gold))
    data = os.path.join(common.SHARED, "data")
    score_docs(stages, "GUM", os.path.join(data, "split", "gum_news_docs.jsonl"),
               os.path.join(data, "quotes", "gum_news_quotes.gold.jsonl"))
    score_docs(stages, "GMB", os.path.join(data, "quotes", "gmb_news_docs.jsonl"),
               os.path.join(data, "quotes", "gmb_news_quotes.gold.jsonl"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--self-test", action="store_true",
                    help="check the scorer on worked examples")
    ap.add_argument("--score", nargs=2, metavar=("FOUND", "GOLD"),
                    help="score quotes given with story offsets (JSONL of {story, start, "
                         "end, kind, type, speaker, canonical}; gold also accept, required) "
                         "and print the rows of a set named 'test'")
    ap.add_argument("--errors", action="append", choices=SETS, default=[],
                    help="print a set's missed and wrong quotes on standard error")
    args = ap.parse_args()
    ERRORS.update(args.errors)
    if args.self_test:
        self_test()
        print("self-test passed")
    elif args.score:
        report("test", score(common.read_jsonl(args.score[0]), common.read_jsonl(args.score[1])))
    else:
        run()


if __name__ == "__main__":
    main()
