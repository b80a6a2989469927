#!/usr/bin/env python3
"""Scores wire-dedupe: pairwise precision and recall of duplicates.

Matching rule: the items a system marks with `duplicate_of` are joined
with what they point to into clusters (transitively); every pair of items
in one cluster is a found pair.  Gold pairs are the pairs of items that
share a gold cluster.  Precision = found pairs that are gold pairs /
found pairs; recall = gold pairs found / gold pairs.

The evaluation set (variants of real articles made by the edits wires
make, and hard negatives) is built by the wire-dedupe work; until the
filter exists this scorer only says so.
"""
from itertools import combinations

import common


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


def run():
    if common.program("wire-dedupe") is None:
        common.row("dedupe", "wire-dedupe", "not built yet")


if __name__ == "__main__":
    common.main(__doc__, self_test, run)
