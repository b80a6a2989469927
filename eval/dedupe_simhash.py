#!/usr/bin/env python3
"""Why wire-dedupe uses MinHash: the same near-duplicate set scored with
an ideal simhash (64 bits over the same word 3-shingles, every item
compared with every remembered one, no LSH losses), for Hamming
thresholds 2 to 12.  wire-dedupe's own figures are in `make eval`.

    python3 eval/dedupe_simhash.py
"""
import hashlib
import random
import re

import dedupe
import dedupe_set


def words(text):
    return re.findall(r"\w+", text.lower())


def simhash(text):
    w = words(text)
    shingles = [" ".join(w[i:i + 3]) for i in range(max(1, len(w) - 2))]
    counts = [0] * 64
    for s in shingles:
        h = int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "little")
        for b in range(64):
            counts[b] += 1 if h >> b & 1 else -1
    return sum(1 << b for b in range(64) if counts[b] > 0)


def run_simhash(items, k):
    bases = [i for i in items if i["edit"] == "base"]
    variants = [i for i in items if i["edit"] != "base"]
    random.Random(5).shuffle(bases)
    random.Random(6).shuffle(variants)
    remembered, links = [], {}
    for it in bases + variants:
        best, best_d = None, k + 1
        for rid, rh in remembered:
            d = (rh ^ it["sim"]).bit_count()
            if d < best_d:
                best, best_d = rid, d
        links[it["id"]] = best
        if best is None:
            remembered.append((it["id"], it["sim"]))
    return links


def main():
    items, gold = dedupe_set.build()
    for it in items:
        it["sim"] = simhash(it["text"])
    bases = [i for i in items if i["edit"] == "base"]
    for lo, hi in dedupe.BUCKETS[:2]:
        chosen = bases + [i for i in items if i["edit"] != "base" and
                          (lo < i["share"] <= hi or (lo == 0 and i["share"] == 0))]
        for k in (2, 4, 6, 8, 10, 12):
            links = run_simhash(chosen, k)
            p, r, f = dedupe.score(links, {i["id"]: gold[i["id"]] for i in chosen})
            print(f"simhash k={k:2d}, share {lo}-{hi}: P/R/F1 {p:.3f}/{r:.3f}/{f:.3f}")


if __name__ == "__main__":
    main()
