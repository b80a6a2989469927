#!/usr/bin/env python3
"""Scores summaries with ROUGE-1/2/L F (eval/rouge.py) against summaries
written by people, every system cut to the reference's length in words:

- lead: the story's first words (its first sentences, in order);
- newest-first, for a live blog: its newest posts first.  With post
  records that carry a time (wire-split --posts), newest by time; without
  times, the page's order, which for a live blog printed newest at the
  top (the seed is: its first post speaks of "today's talks" the later
  ones look ahead to) is the lead.  "tail-first" takes the stream's last
  records first, the order a feed delivers the newest in;
- ots: Open Text Summarizer (Debian's ots) given the story as a file, at
  the smallest ratio that reaches the reference's length, then cut to it;
- wire-summarize --words N after wire-split, wire-tag-entities and
  wire-attribute-quotes (as it runs in the pipeline; the stages that are
  not built are left out).

Sets:
- seed: the live blog ../shared/seed/liveblog.txt against
  seed/summary.reference.txt;
- GUM dev and test: every document of data/ud/en_gum-ud-{dev,test}.conllu
  against each of its summaries marked as written by a person
  ("# meta::summary1 = (human1) ..."), the text rebuilt from its "# text"
  lines, a paragraph at each "# newpar".  A document's figure is the mean
  over its summaries (each at its own length); the set's is the mean over
  documents, for all and for news.  GUM is for evaluation only: dev to
  look at while working, test to report.

  summary.py [--sets seed,dev,test] [--genres]
  summary.py --self-test    checks the GUM reader and the baselines
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import tempfile
from collections import defaultdict

import common
import rouge

HUMAN = re.compile(r"^# meta::summary\d+ = \((human[^)]*)\) (.*)$")


def cut(text, words):
    return " ".join(text.split()[:words])


def gum_documents(path):
    """(id, genre, paragraphs, human summaries) of each GUM document."""
    with open(path, encoding="utf-8") as f:
        return read_gum(f)


def read_gum(lines):
    docs, doc, newpar = [], None, False
    for line in lines:
        line = line.rstrip("\n")
        if line.startswith("# newdoc id = "):
            doc = {"id": line.split("= ", 1)[1], "genre": "", "paras": [], "refs": []}
            docs.append(doc)
            newpar = True
        elif doc is None:
            continue
        elif line.startswith("# meta::genre = "):
            doc["genre"] = line.split("= ", 1)[1]
        elif HUMAN.match(line):
            doc["refs"].append(HUMAN.match(line).group(2))
        elif line.startswith("# newpar"):
            newpar = True
        elif line.startswith("# text = "):
            if newpar or not doc["paras"]:
                doc["paras"].append([])
                newpar = False
            doc["paras"][-1].append(line.split("= ", 1)[1])
    return [d for d in docs if d["refs"]]


def upstream(text):
    """The records wire-summarize reads: wire-split's paragraphs with the
    entities and quotes of the stages that are built."""
    stages = [[common.program("wire-split"), "--paragraphs", "line"]]
    for name in ("wire-tag-entities", "wire-attribute-quotes"):
        if common.program(name):
            stages.append([common.program(name)])
    return common.run_records(stages, [{"id": "s", "text": text}])


def wire_summarize(summarize, records, words):
    recs = common.run_records([[summarize, "--words", str(words)]], records)
    sents = [s["text"] for r in recs if r.get("type") == "summary"
             for s in r["sentences"]]
    return cut(" ".join(sents), words)


def newest_first(records, words):
    """A live blog's posts, newest first: by time when its records carry
    posts with times (the lines before the first post, which have none,
    after them), else in the page's order."""
    posts, rest = defaultdict(list), []
    for r in records:
        if r.get("post") is not None and r.get("time"):
            posts[r["post"]].append(r)
        else:
            rest.append(r)
    if not posts:
        return cut(" ".join(r["text"] for r in records), words)
    order = sorted(posts.values(), key=lambda p: p[0]["time"], reverse=True)
    return cut(" ".join(r["text"] for p in order for r in p) + " " +
               " ".join(r["text"] for r in rest), words)


def tail_first(records, words):
    return cut(" ".join(r["text"] for r in reversed(records)), words)


class Ots:
    """Open Text Summarizer on one text, at each length asked for."""

    def __init__(self, text):
        self.path = None
        if shutil.which("ots") is None:
            return
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False,
                                         encoding="utf-8") as f:
            f.write(text)
        self.path = f.name
        self.runs = {}

    def summary(self, words):
        if self.path is None:
            return None
        out = ""
        for ratio in range(5, 101, 5):
            if ratio not in self.runs:
                self.runs[ratio] = subprocess.run(
                    ["ots", f"--ratio={ratio}", self.path], stdout=subprocess.PIPE,
                    stderr=subprocess.DEVNULL, check=False).stdout.decode()
            out = self.runs[ratio]
            if len(out.split()) >= words:
                break
        return cut(out, words)

    def close(self):
        if self.path is not None:
            os.unlink(self.path)


def score_text(text, refs, live, summarize):
    """{system: (R1, R2, RL)}, each the mean over refs."""
    records = upstream(text)
    ots = Ots(text)
    totals = defaultdict(lambda: [0.0, 0.0, 0.0])
    try:
        for ref in refs:
            words = len(ref.split())
            systems = {"lead": cut(text, words), "ots": ots.summary(words)}
            if live:
                systems["newest-first"] = newest_first(records, words)
                systems["tail-first"] = tail_first(records, words)
            if summarize:
                systems["wire-summarize"] = wire_summarize(summarize, records, words)
            for name, summary in systems.items():
                if summary is None:
                    continue
                for i, s in enumerate(rouge.scores(ref, summary)):
                    totals[name][i] += s / len(refs)
    finally:
        ots.close()
    return totals


ORDER = ("lead", "newest-first", "tail-first", "ots", "wire-summarize")


def print_rows(label, scores, n=None):
    for name in ORDER:
        if name in scores:
            r1, r2, rl = scores[name]
            what = f"{label} {name}" + (f" ({n} docs)" if n else "")
            common.row("summary", f"{what} R1/R2/RL", f"{r1:.3f}/{r2:.3f}/{rl:.3f}")
    if "wire-summarize" in scores:
        best = max(("lead", "newest-first", "tail-first"),
                   key=lambda b: scores[b][1] if b in scores else -1)
        ratios = [f"{scores['wire-summarize'][1] / scores[b][1]:.2f}x {b}"
                  for b in (best, "ots") if b in scores and scores[b][1] > 0]
        common.row("summary", f"{label} wire-summarize R2 against", ", ".join(ratios))


def seed(summarize):
    seed_dir = os.path.join(common.SHARED, "seed")
    ref_path = os.path.join(seed_dir, "summary.reference.txt")
    if not os.path.exists(ref_path):
        common.row("summary", "seed", f"no data at {ref_path}")
        return
    text = open(os.path.join(seed_dir, "liveblog.txt"), encoding="utf-8").read()
    reference = open(ref_path, encoding="utf-8").read()
    scores = score_text(text, [reference], True, summarize)
    print_rows(f"seed ({len(reference.split())} words)", scores)


def gum(part, summarize, genres):
    path = os.path.join(common.SHARED, "data", "ud", f"en_gum-ud-{part}.conllu")
    if not os.path.exists(path):
        common.row("summary", f"GUM {part}", f"no data at {path}")
        return
    by_genre = defaultdict(list)
    for doc in gum_documents(path):
        text = "\n".join(" ".join(p) for p in doc["paras"])
        by_genre[doc["genre"]].append(score_text(text, doc["refs"], False, summarize))
    labels = [("all", [s for v in by_genre.values() for s in v]), ("news", by_genre["news"])]
    if genres:
        labels += sorted((g, v) for g, v in by_genre.items() if g != "news")
    for label, docs in labels:
        if not docs:
            continue
        mean = {name: [sum(d[name][i] for d in docs) / len(docs) for i in range(3)]
                for name in docs[0]}
        print_rows(f"GUM {part} {label}", mean, len(docs))


SELF_TEST_CONLLU = """\
# newdoc id = GUM_news_invented
# meta::genre = news
# meta::summary1 = (human1) Ferries to Vell ran again after a strike.
# meta::summary2 = (gpt4o) A machine's summary, left out.
# newpar
# newpar_block = head (1 s)
# text = Ferries return
1\tFerries\t_
# newpar
# text = The ferry to Vell ran on Friday.
1\tThe\t_
# text = Crews ended their strike.
1\tCrews\t_
# newpar
# text = More crossings follow.
1\tMore\t_
"""


def self_test():
    (doc,) = read_gum(SELF_TEST_CONLLU.splitlines(keepends=True))
    assert doc["id"] == "GUM_news_invented" and doc["genre"] == "news", doc
    assert doc["refs"] == ["Ferries to Vell ran again after a strike."], doc["refs"]
    assert doc["paras"] == [["Ferries return"],
                            ["The ferry to Vell ran on Friday.", "Crews ended their strike."],
                            ["More crossings follow."]], doc["paras"]
    assert cut("a b  c\nd", 3) == "a b c"
    # A live blog printed newest first: its posts by time, the line
    # before the first post after them.
    records = [{"para": 0, "text": "Live: storm"},
               {"para": 1, "post": 0, "time": "2026-01-01T10:00Z", "text": "ten"},
               {"para": 2, "post": 1, "time": "2026-01-01T09:00Z", "text": "nine"},
               {"para": 3, "post": 1, "time": "2026-01-01T09:00Z", "text": "more"},
               {"para": 4, "post": 2, "time": "2026-01-01T11:00Z", "text": "eleven"}]
    assert newest_first(records, 20) == "eleven ten nine more Live: storm"
    assert newest_first([{"text": "a"}, {"text": "b"}], 20) == "a b"
    assert tail_first(records, 2) == "eleven more"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--self-test", action="store_true",
                    help="check the GUM reader and the baselines on worked examples")
    ap.add_argument("--sets", default="seed,dev,test",
                    help="comma-separated: seed, dev, test")
    ap.add_argument("--genres", action="store_true", help="GUM figures per genre")
    args = ap.parse_args()
    if args.self_test:
        self_test()
        print("self-test passed")
        return
    if common.program("wire-split") is None:
        common.row("summary", "all", "wire-split is not built")
        return
    summarize = common.program("wire-summarize")
    for name in args.sets.split(","):
        if name == "seed":
            seed(summarize)
        elif name in ("dev", "test"):
            gum(name, summarize, args.genres)
        else:
            ap.error(f"no set {name}")


if __name__ == "__main__":
    main()
