#!/usr/bin/env python3
"""Development scores for wire-tag-entities, on data no test figure uses.

entities.py measures on GMB's test tenth and Universal NER EWT's test
file; choosing rules or training settings by those figures would tune
to them.  This script measures on development data instead:

  - a model is trained as `make model` trains it, but on GMB's `train`
    split only (not its `dev`), and on one half of Universal NER EWT's
    dev file (its even documents, read twice, as `make model` reads the
    whole file), with WikiGold, BTC and WNUT-17 as always;
  - that model tags GMB's `dev` split and the other half of UNER's dev
    file (its odd documents), scored as entities.py scores the test sets.

Usage:
  python3 eval/entities_dev.py [-r SEED] [--args "TRAIN-NER OPTIONS"]
                               [--errors FILE] [--keep DIR]

-r: the trainer's shuffling seed (train-ner -r); two seeds show how much
of a difference is the training order's noise.  --args: the trainer's
options instead of NER_TRAIN's ("-m 5 -p 1000 -P").  --errors: every wrong
or missed span, as ENTITIES_ERRORS writes them.  --keep: where the
model and the halves are written (a temporary directory otherwise).
Needs `make` (bin/wire-tag-entities, build/lang/ner/train-ner) and
../shared/data (WIRE_SHARED).
"""
import argparse
import os
import subprocess
import sys
import tempfile

import common
import entities

TRAIN_ARGS = ["-m", "5", "-p", "1000", "-P"]	# as NER_TRAIN in the Makefile


def uner_halves(path, even_path, odd_path):
    """Writes the even and the odd documents of a UNER file apart."""
    doc = -1
    with open(path, encoding="utf-8") as src, \
            open(even_path, "w", encoding="utf-8") as even, \
            open(odd_path, "w", encoding="utf-8") as odd:
        for line in src:
            if line.startswith("# newdoc"):
                doc += 1
            (even if doc % 2 == 0 else odd).write(line)


def train(work, seed, options):
    ner = os.path.join(common.SHARED, "data", "ner")
    trainer = os.path.join(common.ROOT, "build", "lang", "ner", "train-ner")
    lang = os.path.join(common.ROOT, "lang", "ner")
    model = os.path.join(work, "model.txt")
    argv = [trainer] + options + ["-r", str(seed), "-s", "train",
            "-c", os.path.join(lang, "clusters.tsv"), "-g", os.path.join(lang, "gazetteer.tsv"),
            os.path.join(ner, "gmb.conll"), os.path.join(work, "uner-even.iob2") + "*2",
            os.path.join(ner, "wikigold", "train.bio"), os.path.join(ner, "btc", "train.bio"),
            os.path.join(ner, "wnut17", "train.bio")]
    with open(model, "w", encoding="utf-8") as out:
        subprocess.run(argv, stdout=out, stderr=subprocess.DEVNULL, check=True)
    return model


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-r", type=int, default=1, help="the trainer's shuffling seed")
    ap.add_argument("--args", help="train-ner's options (default: as make model)")
    ap.add_argument("--errors", help="write every wrong or missed span here")
    ap.add_argument("--keep", help="write the model and the halves here")
    args = ap.parse_args()
    tagger = common.program("wire-tag-entities")
    if tagger is None:
        sys.exit("entities_dev.py: run make first")
    work = args.keep or tempfile.mkdtemp(prefix="entities-dev.")
    os.makedirs(work, exist_ok=True)
    uner = os.path.join(common.SHARED, "data", "ner", "uner_ewt", "en_ewt-ud-dev.iob2")
    uner_halves(uner, os.path.join(work, "uner-even.iob2"), os.path.join(work, "uner-odd.iob2"))
    stages = [[tagger, "--model", train(work, args.r, args.args.split() if args.args else TRAIN_ARGS)]]
    errors = open(args.errors, "w", encoding="utf-8") if args.errors else None
    gmb = os.path.join(common.SHARED, "data", "ner", "gmb.conll")
    entities.score_gmb(stages, entities.gmb_test(gmb, "dev"), "GMB dev", errors)
    entities.score_uner(stages, entities.uner_sentences(os.path.join(work, "uner-odd.iob2")),
                        "UNER EWT dev (odd documents)", errors)
    if errors:
        errors.close()


if __name__ == "__main__":
    main()
