#!/usr/bin/env python3
"""ROUGE-1, ROUGE-2 and ROUGE-L F-scores, our own small implementation.

Definitions (Lin, 2004), applied the same way to every system:
- tokens: lower-cased runs of letters and digits (no stemming, no stop
  words removed);
- ROUGE-N: clipped n-gram overlap; recall = overlap / reference n-grams,
  precision = overlap / candidate n-grams, F = harmonic mean;
- ROUGE-L: longest common subsequence of the two token sequences (each
  text taken as one sequence); recall = LCS / reference length,
  precision = LCS / candidate length, F = harmonic mean.

  rouge.py REFERENCE CANDIDATE    prints R1 R2 RL F-scores of two files
"""
import re
import sys
from collections import Counter


def tokens(text):
    return re.findall(r"[0-9a-z]+", text.lower())


def _f(overlap, cand, ref):
    if cand == 0 or ref == 0 or overlap == 0:
        return 0.0, 0.0, 0.0
    p, r = overlap / cand, overlap / ref
    return p, r, 2 * p * r / (p + r)


def rouge_n(reference, candidate, n):
    """(precision, recall, F) of ROUGE-N."""
    def grams(t):
        return Counter(tuple(t[i:i + n]) for i in range(len(t) - n + 1))
    ref, cand = grams(tokens(reference)), grams(tokens(candidate))
    overlap = sum((ref & cand).values())
    return _f(overlap, sum(cand.values()), sum(ref.values()))


def lcs_length(a, b):
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def rouge_l(reference, candidate):
    ref, cand = tokens(reference), tokens(candidate)
    return _f(lcs_length(ref, cand), len(cand), len(ref))


def scores(reference, candidate):
    """F-scores: ROUGE-1, ROUGE-2, ROUGE-L."""
    return (rouge_n(reference, candidate, 1)[2], rouge_n(reference, candidate, 2)[2],
            rouge_l(reference, candidate)[2])


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    ref = open(sys.argv[1], encoding="utf-8").read()
    cand = open(sys.argv[2], encoding="utf-8").read()
    print(" ".join(f"{s:.4f}" for s in scores(ref, cand)))
