#!/usr/bin/env python3
"""Scores wire-dedupe: pairwise precision and recall of duplicates.

Matching rule: the items a system marks with `duplicate_of` are joined
with what they point to into clusters (transitively); every pair of items
in one cluster is a found pair.  Gold pairs are the pairs of items that
share a gold cluster.  Precision = found pairs that are gold pairs /
found pairs; recall = gold pairs found / gold pairs.

The evaluation set is built by dedupe_set.py (variants of real articles
made by the edits wires make, and hard negatives; see its docstring).
Each measurement runs wire-dedupe --mark over every base item, then the
variants of one range of changed share (the original story arrives
before its updates and reposts), each group in a fixed shuffled order.
"""
import random
from itertools import combinations

import common
import dedupe_set


def clusters_from_links(links):
    """links: {item: duplicate_of or None}.  Returns {item: root}."""
    parent = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for item, dup in links.items():
        find(item)
        if dup is not None:
            parent[find(item)] = find(dup)
    return {x: find(x) for x in parent}


def pairs(assignment):
    groups = {}
    for item, group in assignment.items():
        groups.setdefault(group, []).append(item)
    return {tuple(sorted(p)) for g in groups.values() for p in combinations(g, 2)}


def score(found_links, gold_clusters):
    found, gold = pairs(clusters_from_links(found_links)), pairs(gold_clusters)
    return common.prf(len(found & gold), len(found), len(gold))


def self_test():
    gold = {"a": 1, "b": 1, "c": 1, "d": 2, "e": 3}
    links = {"a": None, "b": "a", "c": "b", "d": None, "e": "d"}
    p, r, _ = score(links, gold)
    # found pairs: ab ac bc de; gold pairs: ab ac bc.
    assert (round(p, 4), round(r, 4)) == (0.75, 1.0), (p, r)


def measure(items, gold, *options):
    """Pairwise P, R, F1 of wire-dedupe over the items: bases first, then
    variants, each shuffled."""
    bases = [i for i in items if i["edit"] == "base"]
    variants = [i for i in items if i["edit"] != "base"]
    random.Random(5).shuffle(bases)
    random.Random(6).shuffle(variants)
    order = bases + variants
    recs = common.run_records([[common.program("wire-dedupe"), "--mark", *options]],
                              [{"id": it["id"], "text": it["text"]} for it in order])
    links = {r["id"]: r.get("duplicate_of") for r in recs}
    return score(links, {i["id"]: gold[i["id"]] for i in order})


BUCKETS = ((0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, 9))


def run():
    if common.program("wire-dedupe") is None:
        common.row("dedupe", "wire-dedupe", "not built yet")
        return
    items, gold = dedupe_set.build()
    bases = [i for i in items if i["edit"] == "base"]
    common.row("dedupe", "set", f"{len(bases)} bases, {len(items) - len(bases)} variants")
    for options in ((), ("--containment",)):
        label = " ".join(options) or "default"
        for lo, hi in BUCKETS:
            chosen = bases + [i for i in items if i["edit"] != "base" and lo < i["share"] <= hi
                              or (lo == 0 and i["edit"] != "base" and i["share"] == 0)]
            p, r, f = measure(chosen, gold, *options)
            span = f"changed share <= {hi}" if lo == 0 else f"{lo} < share <= {hi if hi < 9 else 'all'}"
            common.row("dedupe", f"{label}, {span}: P/R/F1", f"{p:.3f}/{r:.3f}/{f:.3f}")


if __name__ == "__main__":
    common.main(__doc__, self_test, run)
