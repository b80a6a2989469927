#!/usr/bin/env python3
"""How many of the gold quotes' cues cues.tsv holds: the `cue` lemma of
every gold attribution of type speech (no `type`: speech) in the quote
gold of ../shared (read by path, never copied), found as a lemma of
cues.tsv (any part of speech), and of type speech there.  Gold cues
`none` (no cue) are left out.  Prints one line per gold file and the
total, then the cues missed, commonest first.

usage: check-gold.py [--shared DIR] [cues.tsv]
"""
import argparse
import collections
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=os.environ.get(
        "WIRE_SHARED", os.path.join(HERE, "..", "..", "..", "shared")))
    ap.add_argument("cues", nargs="?", default=os.path.join(HERE, "cues.tsv"))
    args = ap.parse_args()
    types = collections.defaultdict(set)
    with open(args.cues, encoding="utf-8") as f:
        for line in f:
            form, lemma, pos, typ = line.rstrip("\n").split("\t")
            types[lemma].add(typ)
    files = sorted(glob.glob(os.path.join(args.shared, "data", "quotes", "*.gold.jsonl")))
    files.append(os.path.join(args.shared, "seed", "quotes.gold.jsonl"))
    total = collections.Counter()
    missed = collections.Counter()
    for path in files:
        n = collections.Counter()
        with open(path, encoding="utf-8") as f:
            for line in f:
                g = json.loads(line)
                cue = g["cue"].lower()
                if g.get("type", "speech") != "speech" or cue == "none":
                    continue
                n["cues"] += 1
                if cue in types:
                    n["in"] += 1
                    n["speech"] += "speech" in types[cue]
                else:
                    missed[cue] += 1
        total.update(n)
        print(f"{os.path.relpath(path, args.shared)}\t{n['in']}/{n['cues']} in the lexicon, "
              f"{n['speech']}/{n['cues']} as speech")
    print(f"all\t{total['in']}/{total['cues']} in the lexicon "
          f"({total['in'] / max(1, total['cues']):.3f}), {total['speech']}/{total['cues']} as speech "
          f"({total['speech'] / max(1, total['cues']):.3f})")
    print("missed\t" + ", ".join(f"{c} ({n})" for c, n in missed.most_common()))
    thought = sorted({c for c, t in types.items() if t == {"thought"}} &
                     {json.loads(l)["cue"].lower() for p in files for l in open(p, encoding="utf-8")
                      if json.loads(l).get("type", "speech") == "speech"})
    print("typed thought here\t" + ", ".join(thought))


if __name__ == "__main__":
    main()
