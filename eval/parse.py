#!/usr/bin/env python3
"""Scores lang/parse's tags, lemmas and trees on Universal Dependencies.

Gold words: the parser reads each test set's words (wire-parse --conllu) and
is scored word by word: UPOS, XPOS and lemma accuracy, UAS (the head
right) and LAS (head and relation right, the relation's universal part
only, as the CoNLL 2018 scorer counts it: nsubj:pass is nsubj).  Every
word counts, punctuation included.

Own tokenization (EWT test): each sentence's "# text" is given to
wire-parse as a record of one sentence, split into words by the
project's own tokenization (lang/words) and parsed.  Words are aligned
by character span, as the CoNLL 2018 scorer does: a system word matches
a gold word with the same start and end in the sentence's text (the
words of a gold multiword token take their pieces of its span when they
spell it, "do" + "n't").  Tokenization P/R/F1 over words; UPOS and LAS
as F1: right when aligned, and for LAS when the system head aligns to
the gold head (or both are the root) and the universal relation agrees.

Words a second: wire-parse --conllu over EWT test's gold words on one processor
(taskset), the reading and writing of CoNLL-U included; the best of
three runs.

GUM is never used for training (its licence is non-commercial); EWT
test is not seen by the trainer either (lang/parse/README.md).
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import time

import common

ROOT = common.ROOT
BUILD = os.environ.get("BUILD", "build")
PROGRAM = os.path.join(os.environ.get("WIRE_BIN", os.path.join(ROOT, "bin")), "wire-parse")
UD_DIR = os.environ.get("UD_DIR", os.path.join(common.SHARED, "data", "ud"))


def read_conllu(text):
    """Sentences as (comments, tokens, words): tokens are (first, last,
    form) for multiword ranges; words are dicts of the ten columns."""
    sents, comments, tokens, words = [], [], [], []
    for line in text.splitlines():
        if not line.strip():
            if words:
                sents.append((comments, tokens, words))
            comments, tokens, words = [], [], []
            continue
        if line.startswith("#"):
            comments.append(line)
            continue
        col = line.split("\t")
        if "." in col[0]:
            continue
        if "-" in col[0]:
            a, b = col[0].split("-")
            tokens.append((int(a), int(b), col[1]))
            continue
        words.append({"id": int(col[0]), "form": col[1], "lemma": col[2],
                      "upos": col[3], "xpos": col[4], "head": int(col[6]),
                      "deprel": col[7], "misc": col[9]})
    if words:
        sents.append((comments, tokens, words))
    return sents


def universal(rel):
    return rel.split(":")[0]


def score_gold_words(gold, system):
    """Counts over aligned sentences with the same words."""
    n = upos = xpos = lemma = uas = las = 0
    for (_, _, gw), (_, _, sw) in zip(gold, system):
        if [w["form"] for w in gw] != [w["form"] for w in sw]:
            raise SystemExit("parse: the parser's words differ from the gold words")
        for g, s in zip(gw, sw):
            n += 1
            upos += g["upos"] == s["upos"]
            xpos += g["xpos"] == s["xpos"]
            lemma += g["lemma"] == s["lemma"]
            if g["head"] == s["head"]:
                uas += 1
                las += universal(g["deprel"]) == universal(s["deprel"])
    return {"words": n, "UPOS": upos / n, "XPOS": xpos / n, "lemma": lemma / n,
            "UAS": uas / n, "LAS": las / n}


def nonprojective(sents):
    """Arcs of the gold trees that cross another arc's span (a word between
    head and dependent that the head does not dominate)."""
    arcs = bad = 0
    for _, _, words in sents:
        head = {w["id"]: w["head"] for w in words}
        for w in words:
            h, d = w["head"], w["id"]
            arcs += 1
            if h == 0:
                continue
            for k in range(min(h, d) + 1, max(h, d)):
                a, steps = k, 0
                while a not in (0, h) and steps < 1000:
                    a, steps = head[a], steps + 1
                if a != h:
                    bad += 1
                    break
    return bad, arcs


def text_of(comments):
    for c in comments:
        if c.startswith("# text = "):
            return c[len("# text = "):]
    return None


def gold_spans(text, tokens, words):
    """Each gold word's (start, end) in text, or None when it cannot be
    placed (a form the text does not spell)."""
    ranges = {a: (a, b, form) for a, b, form in tokens}
    spans, at, i = {}, 0, 0
    while i < len(words):
        wid = words[i]["id"]
        first, last, form = ranges.get(wid, (wid, wid, words[i]["form"]))
        start = text.find(form, at)
        if start < 0 or text[at:start].strip():
            for k in range(first, last + 1):
                spans[k] = None
            i += last - first + 1
            continue
        end = start + len(form)
        pieces = [w["form"] for w in words[i:i + last - first + 1]]
        if "".join(pieces) == form:
            s = start
            for k, p in zip(range(first, last + 1), pieces):
                spans[k] = (s, s + len(p))
                s += len(p)
        else:
            spans[first] = (start, end)
            for k in range(first + 1, last + 1):
                spans[k] = None
        at = end
        i += last - first + 1
    return spans


def system_spans(words):
    spans = {}
    for w in words:
        for item in w["misc"].split("|"):
            if item.startswith("TokenRange="):
                a, b = item[len("TokenRange="):].split(":")
                spans[w["id"]] = (int(a), int(b))
    return spans


def score_tokenized(gold, system):
    """Word alignment by span; returns counts and F1s."""
    ng = ns = matched = upos = las = 0
    for (gc, gt, gw), (_, _, sw) in zip(gold, system):
        text = text_of(gc)
        gspan = gold_spans(text, gt, gw)
        sspan = system_spans(sw)
        ng += len(gw)
        ns += len(sw)
        by_span = {sp: w for w in gw if (sp := gspan.get(w["id"])) is not None}
        s2g = {}
        for w in sw:
            g = by_span.get(sspan.get(w["id"]))
            if g is not None:
                s2g[w["id"]] = g["id"]
        gold_by_id = {w["id"]: w for w in gw}
        for w in sw:
            gid = s2g.get(w["id"])
            if gid is None:
                continue
            g = gold_by_id[gid]
            matched += 1
            upos += g["upos"] == w["upos"]
            head_ok = (w["head"] == 0 and g["head"] == 0) or \
                (w["head"] != 0 and s2g.get(w["head"]) == g["head"] and g["head"] != 0)
            las += head_ok and universal(g["deprel"]) == universal(w["deprel"])

    def f1(x):
        return 2 * x / (ng + ns) if ng + ns else 0.0
    p = matched / ns if ns else 0.0
    r = matched / ng if ng else 0.0
    return {"gold": ng, "system": ns, "P": p, "R": r, "F1": f1(matched),
            "UPOS": f1(upos), "LAS": f1(las)}


def run(args, data):
    return subprocess.run([PROGRAM, *args], input=data.encode(), stdout=subprocess.PIPE,
                          check=True).stdout.decode()


def parse_texts(texts):
    """Each text parsed by wire-parse as one sentence; the words as
    read_conllu gives them, their spans in TokenRange."""
    records = "".join(json.dumps({"text": t, "sentences": [[0, len(t)]]}) + "\n"
                      for t in texts)
    sents = []
    for line in run([], records).splitlines():
        words = []
        for sentence in json.loads(line).get("tokens", []):
            f = sentence.split(" ")
            for i in range(0, len(f), 7):
                start, end, upos, xpos, lemma, head, deprel = f[i:i + 7]
                words.append({"id": i // 7 + 1, "form": None, "lemma": lemma,
                              "upos": upos, "xpos": xpos, "head": int(head),
                              "deprel": deprel,
                              "misc": f"TokenRange={start}:{end}"})
        sents.append(([], [], words))
    return sents


def words_per_second(path, words):
    cmd = [PROGRAM, "--conllu", path]
    if shutil.which("taskset"):
        cmd = ["taskset", "-c", "0", *cmd]
    best = None
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
        t = time.perf_counter() - t0
        best = t if best is None else min(best, t)
    return words / best


def self_test():
    """A worked example: two sentences, one with a multiword token."""
    gold = read_conllu(
        "# text = We don't go.\n"
        "1\tWe\twe\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
        "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
        "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
        "4\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n"
        "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n")
    spans = gold_spans(text_of(gold[0][0]), gold[0][1], gold[0][2])
    assert spans == {1: (0, 2), 2: (3, 5), 3: (5, 8), 4: (9, 11), 5: (11, 12)}, spans
    # The system keeps "don't" whole: 4 words of which 3 align (We, go, .).
    system = read_conllu(
        "1\tWe\twe\tPRON\tPRP\t_\t3\tnsubj:pass\t_\tTokenRange=0:2\n"
        "2\tdon't\tdo\tAUX\tVBP\t_\t3\taux\t_\tTokenRange=3:8\n"
        "3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tTokenRange=9:11\n"
        "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\tTokenRange=11:12\n\n")
    s = score_tokenized(gold, system)
    assert (s["gold"], s["system"]) == (5, 4)
    assert abs(s["P"] - 3 / 4) < 1e-9 and abs(s["R"] - 3 / 5) < 1e-9
    assert abs(s["F1"] - 6 / 9) < 1e-9
    # LAS: We (head go, nsubj:pass counts as nsubj) and go (root) right;
    # "." hangs from "don't", which aligns to nothing: wrong.
    assert abs(s["LAS"] - 4 / 9) < 1e-9, s
    g = score_gold_words(gold, read_conllu(
        "1\tWe\twe\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
        "2\tdo\tdo\tVERB\tVBP\t_\t4\taux\t_\t_\n"
        "3\tn't\tn't\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
        "4\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n"
        "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"))
    assert abs(g["UPOS"] - 4 / 5) < 1e-9 and abs(g["lemma"] - 4 / 5) < 1e-9
    assert abs(g["UAS"] - 4 / 5) < 1e-9 and abs(g["LAS"] - 4 / 5) < 1e-9
    assert nonprojective(read_conllu(
        "1\ta\t_\t_\t_\t_\t3\tx\t_\t_\n2\tb\t_\t_\t_\t_\t0\tx\t_\t_\n"
        "3\tc\t_\t_\t_\t_\t2\tx\t_\t_\n4\td\t_\t_\t_\t_\t1\tx\t_\t_\n\n")) == (2, 4)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ud", default=UD_DIR)
    ap.add_argument("--self-test", action="store_true",
                    help="check the scorer on a worked example")
    ap.add_argument("--no-speed", action="store_true")
    a = ap.parse_args()
    if a.self_test:
        self_test()
        print("self-test passed")
        return
    if not os.access(PROGRAM, os.X_OK):
        print("parse\tnot built")
        return
    sets = [("EWT test", "en_ewt-ud-test.conllu"), ("GUM test", "en_gum-ud-test.conllu")]
    for name, file in sets:
        path = os.path.join(a.ud, file)
        if not os.path.exists(path):
            print(f"parse\t{name}\tno data at {path}")
            continue
        with open(path, encoding="utf-8") as f:
            data = f.read()
        gold = read_conllu(data)
        s = score_gold_words(gold, read_conllu(run(["--conllu"], data)))
        for m in ("UPOS", "XPOS", "lemma", "UAS", "LAS"):
            print(f"parse\t{name}, gold words: {m}\t{s[m]:.4f}")
        bad, arcs = nonprojective(gold)
        print(f"parse\t{name}: non-projective arcs\t{bad}/{arcs} ({100 * bad / arcs:.2f}%)")
        if file.startswith("en_ewt"):
            texts = [text_of(c) for c, _, _ in gold]
            sys_out = parse_texts(texts)
            if len(sys_out) != len(gold):
                raise SystemExit("parse: wire-parse gave a different number of records")
            t = score_tokenized(gold, sys_out)
            print(f"parse\t{name}, own words: tokens P/R/F1\t"
                  f"{t['P']:.4f}/{t['R']:.4f}/{t['F1']:.4f}")
            print(f"parse\t{name}, own words: UPOS F1\t{t['UPOS']:.4f}")
            print(f"parse\t{name}, own words: LAS F1\t{t['LAS']:.4f}")
            if not a.no_speed:
                wps = words_per_second(path, s["words"])
                print(f"parse\t{name}: words a second, one processor, wire-parse --conllu\t{wps:.0f}")


if __name__ == "__main__":
    sys.exit(main())
