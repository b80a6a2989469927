#!/usr/bin/env python3
"""Scores wire-dedupe --stories: whole stories that repeat or rewrite one.

Matching rule: as dedupe.py, over stories.  The stories a system marks
with `story_duplicate_of` are joined with what they point to into
clusters (transitively); every pair of stories in one cluster is a found
pair, every pair sharing a gold cluster a gold pair; precision = found
pairs that are gold / found pairs, recall = gold pairs found / gold
pairs.  Recall is also given per edit: the share of the rewrites made by
that edit that land in their base's cluster.

The set is built by dedupe_rewrites.py (invented stories, GUM and GMB
articles; rewrites by another outlet's edits; same-topic negatives; see
its docstring).  It is run twice, in its order (every base before its
rewrites): one record a story ({id, text}), and the paragraph records
wire-split makes of it (grouped by doc, the story's verdict on the
record that closes it).

For comparison, the stories of dedupe.py's set (dedupe_set.py: edits to
up to four paragraphs of real articles), whole, in dedupe.py's order,
scored by the same rule: the story verdicts, and the per-record ones of
the same run.  There a variant that adds three or four paragraphs of
another article holds most of that article too, and a story verdict
may link it there, which the set's gold counts as wrong.
"""
import collections
import json

import random

import common
import dedupe
import dedupe_rewrites
import dedupe_set

THRESHOLDS = (0.5, 0.6, 0.7)


def story_links(records, paragraphs):
    """{story: story it repeats or None} from wire-dedupe's output."""
    links = {}
    for r in records:
        story = r["doc"] if paragraphs else r["id"]
        if r.get("story_duplicate_of") is not None or story not in links:
            links[story] = r.get("story_duplicate_of")
    return links


def self_test():
    recs = [{"id": "a:p0", "doc": "a"}, {"id": "a:p1", "doc": "a", "last": True},
            {"id": "b:p0", "doc": "b"},
            {"id": "b:p1", "doc": "b", "last": True, "story_duplicate_of": "a"},
            {"id": "c:p0", "doc": "c", "last": True}]
    links = story_links(recs, True)
    assert links == {"a": None, "b": "a", "c": None}, links
    p, r, _ = dedupe.score(links, {"a": 1, "b": 1, "c": 1})
    # found: ab; gold: ab ac bc.
    assert (round(p, 4), round(r, 4)) == (1.0, 0.3333), (p, r)
    recs = [{"id": "x"}, {"id": "y", "story_duplicate_of": "x"}]
    assert story_links(recs, False) == {"x": None, "y": "x"}


def measure(stories, threshold, paragraphs):
    feed = [{"id": s["id"], "text": s["text"]} for s in stories]
    dedupe_argv = [common.program("wire-dedupe"), "--mark", "--stories",
                   "--story-threshold", str(threshold)]
    if paragraphs:	# one stage at a time: the feed is larger than a pipe
        feed = common.run_records([[common.program("wire-split")]], feed)
    links = story_links(common.run_records([dedupe_argv], feed), paragraphs)
    gold = {s["id"]: s["gold"] for s in stories}
    p, r, f = dedupe.score(links, gold)
    roots = dedupe.clusters_from_links(links)
    found, total = collections.Counter(), collections.Counter()
    for s in stories:
        if s["edit"] in ("base", "negative"):
            continue
        total[s["edit"]] += 1
        found[s["edit"]] += roots.get(s["id"]) == roots.get(s["gold"])
    return p, r, f, {e: found[e] / total[e] for e in sorted(total)}


def measure_pair_set(threshold):
    """Story and record verdicts on dedupe_set's items, as dedupe.py
    orders them: (P, R, F1) of each."""
    items, gold = dedupe_set.build()
    bases = [i for i in items if i["edit"] == "base"]
    variants = [i for i in items if i["edit"] != "base"]
    random.Random(5).shuffle(bases)
    random.Random(6).shuffle(variants)
    argv = [common.program("wire-dedupe"), "--mark", "--stories",
            "--story-threshold", str(threshold)]
    recs = common.run_records([argv], [{"id": i["id"], "text": i["text"]}
                                       for i in bases + variants])
    return tuple(dedupe.score({r["id"]: r.get(field) for r in recs}, gold)
                 for field in ("story_duplicate_of", "duplicate_of"))


def run():
    if common.program("wire-dedupe") is None or common.program("wire-split") is None:
        common.row("stories", "wire-dedupe", "not built yet")
        return
    stories = dedupe_rewrites.build()
    count = collections.Counter(s["edit"] for s in stories)
    common.row("stories", "set", f"{count['base']} bases, "
               f"{sum(count.values()) - count['base'] - count['negative']} rewrites, "
               f"{count['negative']} same-topic negatives")
    for paragraphs in (False, True):
        form = "paragraph records" if paragraphs else "one record a story"
        for t in THRESHOLDS:
            p, r, f, per_edit = measure(stories, t, paragraphs)
            edits = " ".join(f"{e} {v:.3f}" for e, v in per_edit.items())
            common.row("stories", f"{form}, --story-threshold {t}: P/R/F1; recall by edit",
                       f"{p:.3f}/{r:.3f}/{f:.3f}; {edits}")
    stories, records = measure_pair_set(0.6)
    common.row("stories", "dedupe.py's set, whole stories, --story-threshold 0.6: "
               "P/R/F1 of the story verdicts (of the record verdicts)",
               "%.3f/%.3f/%.3f (%.3f/%.3f/%.3f)" % (stories + records))


if __name__ == "__main__":
    common.main(__doc__, self_test, run)
