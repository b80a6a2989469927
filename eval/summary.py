#!/usr/bin/env python3
"""Scores summaries with ROUGE-1/2/L F (eval/rouge.py) against summaries
written by a person, for every system at the same length in words:

- lead: the first sentences of the story (wire-split's sentences), cut to
  the reference's length in words;
- ots: Open Text Summarizer (Debian's ots), given the story as a file,
  at the smallest ratio that reaches the reference's length, then cut to
  it;
- wire-summarize --words N, when it is built.

Sets: the seed live blog against ../shared/seed/summary.reference.txt.
"""
import os
import shutil
import subprocess
import tempfile

import common
import rouge


def cut(text, words):
    return " ".join(text.split()[:words])


def lead(split, text, words):
    recs = common.run_records([[split, "--unit", "sentence", "--paragraphs", "line"]],
                              [{"id": "s", "text": text}])
    return cut(" ".join(r["text"] for r in recs), words)


def ots(path, words):
    if shutil.which("ots") is None:
        return None
    for ratio in range(5, 101, 5):
        out = subprocess.run(["ots", f"--ratio={ratio}", path], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, check=False).stdout.decode()
        if len(out.split()) >= words:
            return cut(out, words)
    return cut(out, words)


def wire_summarize(split, summarize, text, words):
    """The whole pipeline, as it runs: the summarizer uses the entities
    and quotes of the stages before it when they are built."""
    stages = [[split, "--paragraphs", "line"]]
    for name in ("wire-tag-entities", "wire-attribute-quotes"):
        if common.program(name):
            stages.append([common.program(name)])
    stages.append([summarize, "--words", str(words)])
    recs = common.run_records(stages, [{"id": "s", "text": text}])
    sents = [s["text"] for r in recs if r.get("type") == "summary" for s in r["sentences"]]
    return cut(" ".join(sents), words)


def main():
    seed = os.path.join(common.SHARED, "seed")
    story_path = os.path.join(seed, "liveblog.txt")
    ref_path = os.path.join(seed, "summary.reference.txt")
    if not os.path.exists(ref_path):
        common.row("summary", "seed", f"no data at {ref_path}")
        return
    text = open(story_path, encoding="utf-8").read()
    reference = open(ref_path, encoding="utf-8").read()
    words = len(reference.split())
    split = common.program("wire-split")
    systems = {"lead": lead(split, text, words)}
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write(text)
    try:
        out = ots(f.name, words)
    finally:
        os.unlink(f.name)
    systems["ots"] = out
    summarize = common.program("wire-summarize")
    systems["wire-summarize"] = (wire_summarize(split, summarize, text, words)
                                 if summarize else None)
    for name, summary in systems.items():
        if summary is None:
            common.row("summary", f"seed {name}", "not available")
            continue
        r1, r2, rl = rouge.scores(reference, summary)
        common.row("summary", f"seed {name} ({words} words) R1/R2/RL",
                   f"{r1:.3f}/{r2:.3f}/{rl:.3f}")


if __name__ == "__main__":
    main()
