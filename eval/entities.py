#!/usr/bin/env python3
"""Scores wire-tag-entities: exact-span precision, recall and F1.

Matching rule, the same for every system compared: a found entity is
right when its span (start, end in code points of the story) equals a
gold mention's span exactly and its type is one the gold accepts.

Seed live blog (../shared/seed/entities.gold.json): every whole-word,
case-sensitive occurrence of a cluster's surface is a gold mention
(longest surface first, no overlaps), with the cluster's accepted types.
Precision and recall are per type over PERSON, ORG, GPE and LOC; a
PERSON mention's canonical name is right when it is one of the cluster's
canonical names.

GMB (../shared/data/ner/gmb.conll, the `split = test` sentences, tokens
joined by single spaces): gold spans from the BIO tags, with this type
mapping: per -> PERSON; org -> ORG; geo and gpe -> one class LOCATION,
which our GPE, LOC and NORP all map to; other GMB types are not scored,
and found entities of other types are ignored.  GMB puts a person's
title inside the name ("President George Bush"), wire keeps it apart
(PERSON "George Bush", title "President"): a PERSON with a title matches
a gold span that ends where it ends and starts at the start of any word
of its title, or of the name.  GMB also tags a nationality before an
organisation apart ("Turkish" gpe, "Air Force" org) where OntoNotes keeps
it inside ("Turkish Air Force" ORG): an ORG is written as those two gold
spans when both are there.  GMB often starts a name with the article that
opens its sentence ("The Interior Ministry said"; 268 org spans in all)
where OntoNotes and wire leave it out unless it is part of the name ("The
Hague", "The Guardian"): a name right after "The " matches a gold span
that starts at the article.

Universal NER English-EWT (../shared/data/ner/uner_ewt/en_ewt-ud-test.iob2,
web text the model is never trained on): each sentence's `# text` as
written, gold spans from the BIO tags over its tokens (each found in the
text in turn), exact spans, per type over PER, ORG and LOC; our PERSON is
PER, ORG is ORG, GPE, LOC and FAC are LOC, and other types (NORP among
them) are ignored.

Each set is scored twice: with the tagger alone on the text (no
part-of-speech tags), and after wire-parse, whose "tokens" give the
tagger its part-of-speech features, as in the pipeline (rows marked
"parsed").  ENTITIES_ERRORS=FILE writes every wrong or missed span of
GMB and UNER (parsed), a line each, for reading: set, kind (found or
missed), type, the span's text, and its sentence.
"""
import json
import os
import re

import common

SEED_TYPES = ("PERSON", "ORG", "GPE", "LOC")
GMB_MAP = {"per": "PERSON", "org": "ORG", "geo": "LOCATION", "gpe": "LOCATION"}
OURS_TO_GMB = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "LOCATION", "LOC": "LOCATION",
               "NORP": "LOCATION"}
OURS_TO_UNER = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}


def seed_gold(text, clusters):
    """Gold mentions: (start, end, types, canonical names)."""
    surfaces = sorted(((s, c) for c in clusters for s in c["surfaces"]),
                      key=lambda sc: -len(sc[0]))
    taken, gold = [False] * len(text), []
    for surface, cluster in surfaces:
        for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text):
            if any(taken[m.start():m.end()]):
                continue
            taken[m.start():m.end()] = [True] * (m.end() - m.start())
            gold.append((m.start(), m.end(), set(cluster["types"]), set(cluster["canonical"])))
    return gold


def score_seed(found, gold):
    """found: (start, end, type, canonical).  Returns per-type
    [tp, found, gold] and person canonical [right, matched]."""
    by_span = {(g[0], g[1]): g for g in gold}
    table = {t: [0, 0, 0] for t in SEED_TYPES}
    canon = [0, 0]
    found_at = {(s, e): t for s, e, t, _ in found}
    for g in gold:
        # A mention that accepts several types counts under the one found
        # when that one is accepted, else under the first in SEED_TYPES.
        accepted = [t for t in SEED_TYPES if t in g[2]]
        if accepted:
            t = found_at.get((g[0], g[1]))
            table[t if t in accepted else accepted[0]][2] += 1
    for s, e, t, c in found:
        if t not in table:
            continue
        table[t][1] += 1
        g = by_span.get((s, e))
        if g is not None and t in g[2]:
            table[t][0] += 1
            if t == "PERSON":
                canon[1] += 1
                canon[0] += c in g[3]
    return table, canon


def gmb_test(path, split="test"):
    """Sentences of a split (the test split unless told): (text, gold
    spans {(s, e, class)})."""
    out, tokens, tags, test = [], [], [], False

    def flush():
        if tokens and test:
            text, spans, pos, cur = " ".join(tokens), set(), 0, None
            for tok, tag in zip(tokens, tags):
                start, end = pos, pos + len(tok)
                kind = GMB_MAP.get(tag[2:]) if tag != "O" else None
                if tag.startswith("B-") or (tag.startswith("I-") and (cur is None or cur[2] != kind)):
                    if cur:
                        spans.add(tuple(cur))
                    cur = [start, end, kind] if kind else None
                elif tag.startswith("I-") and cur:
                    cur[1] = end
                else:
                    if cur:
                        spans.add(tuple(cur))
                    cur = None
                pos = end + 1
            if cur:
                spans.add(tuple(cur))
            out.append((text, {s for s in spans if s[2]}))
        tokens.clear()
        tags.clear()
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# sent_id"):
            flush()
            test = f"split = {split}" in line
        elif line.strip():
            parts = line.split("\t")
            tokens.append(parts[0])
            tags.append(parts[-1])
    flush()
    return out


def uner_sentences(path):
    """Sentences of a Universal NER file: (text, gold spans {(s, e, type)}),
    offsets in code points of the sentence's `# text`."""
    out, text, toks = [], None, []

    def flush():
        if text is None or not toks:
            return
        spans, pos, cur = set(), 0, None
        for tok, tag in toks:
            start = text.find(tok, pos)
            if start < 0:
                raise ValueError(f"{path}: {tok!r} not in {text!r}")
            end = pos = start + len(tok)
            if tag.startswith("B-") or (tag.startswith("I-") and (cur is None or cur[2] != tag[2:])):
                if cur:
                    spans.add(tuple(cur))
                cur = [start, end, tag[2:]]
            elif tag.startswith("I-"):
                cur[1] = end
            else:
                if cur:
                    spans.add(tuple(cur))
                cur = None
        if cur:
            spans.add(tuple(cur))
        out.append((text, spans))

    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# sent_id"):
            flush()
            text, toks = None, []
        elif line.startswith("# text = "):
            text = line[9:]
        elif line and not line.startswith("#"):
            parts = line.split("\t")
            toks.append((parts[1], parts[2]))
    flush()
    return out


def score_spans(found, gold, classes):
    """found, gold: per sentence sets of (start, end, class).  Rows of
    (class, p, r, f1) for each class and "all"."""
    rows = []
    for cls in classes + ("all",):
        tp = nf = ng = 0
        for f, g in zip(found, gold):
            f = {s for s in f if cls in ("all", s[2])}
            g = {s for s in g if cls in ("all", s[2])}
            tp, nf, ng = tp + len(f & g), nf + len(f), ng + len(g)
        rows.append((cls,) + common.prf(tp, nf, ng))
    return rows


def gmb_start(text, e, gold):
    """The start of e as GMB would write it (see the matching rule)."""
    title = e.get("title")
    if e["type"] != "PERSON" or not title:
        return e["start"]
    t0 = e["start"] - len(title) - 1
    if t0 < 0 or text[t0:e["start"] - 1] != title:
        return e["start"]
    starts = [t0] + [t0 + i + 1 for i, ch in enumerate(title) if ch == " "]
    for s in starts:
        if (s, e["end"], "PERSON") in gold:
            return s
    return e["start"]


def gmb_spans(text, e, gold, cls):
    """e as GMB would write it: one span, or two for a nationality
    inside an organisation's name."""
    if cls == "ORG" and " " in e["text"]:
        cut = e["start"] + e["text"].index(" ")
        head, rest = (e["start"], cut, "LOCATION"), (cut + 1, e["end"], "ORG")
        if head in gold and rest in gold:
            return [head, rest]
    start = gmb_start(text, e, gold)
    if start >= 4 and text[start - 4:start] == "The " and (start - 4, e["end"], cls) in gold:
        start -= 4
    return [(start, e["end"], cls)]


def self_test():
    text = "U.S. President George Bush spoke."
    e = {"type": "PERSON", "start": 15, "end": 26, "title": "U.S. President"}
    assert gmb_start(text, e, {(5, 26, "PERSON")}) == 5
    assert gmb_start(text, e, {(0, 4, "LOCATION")}) == 15
    e = {"type": "ORG", "text": "Turkish Air Force", "start": 2, "end": 19}
    assert gmb_spans("A Turkish Air Force jet", e, {(2, 9, "LOCATION"), (10, 19, "ORG")},
                     "ORG") == [(2, 9, "LOCATION"), (10, 19, "ORG")]
    assert gmb_spans("A Turkish Air Force jet", e, {(10, 19, "ORG")}, "ORG") == [(2, 19, "ORG")]
    e = {"type": "ORG", "text": "Interior Ministry", "start": 4, "end": 21}
    assert gmb_spans("The Interior Ministry said", e, {(0, 21, "ORG")}, "ORG") == [(0, 21, "ORG")]
    assert gmb_spans("The Interior Ministry said", e, {(4, 21, "ORG")}, "ORG") == [(4, 21, "ORG")]
    text = "Vladimir Putin met Putin's aides in Moscow. IS fighters left ISIL."
    clusters = [
        {"surfaces": ["Vladimir Putin", "Putin"], "types": ["PERSON"], "canonical": ["Vladimir Putin"]},
        {"surfaces": ["Moscow"], "types": ["GPE"], "canonical": ["Moscow"]},
        {"surfaces": ["IS", "ISIL"], "types": ["ORG"], "canonical": ["Islamic State"]},
    ]
    gold = seed_gold(text, clusters)
    assert [(g[0], g[1]) for g in sorted(gold)] == [(0, 14), (19, 24), (36, 42), (44, 46), (61, 65)]
    found = [(g[0], g[1], sorted(g[2])[0], sorted(g[3])[0]) for g in gold]
    table, canon = score_seed(found, gold)
    assert all(v[0] == v[1] == v[2] for v in table.values()), table
    assert canon == [2, 2]
    table, _ = score_seed([(0, 8, "PERSON", ""), (36, 42, "LOC", "")], gold)
    assert table["PERSON"] == [0, 1, 2] and table["LOC"] == [0, 1, 0], table
    rows = score_spans([{(0, 4, "PER"), (9, 12, "LOC")}], [{(0, 4, "PER"), (9, 14, "LOC")}],
                       ("PER", "ORG", "LOC"))
    assert rows[0] == ("PER", 1.0, 1.0, 1.0) and rows[2] == ("LOC", 0.0, 0.0, 0.0)
    assert rows[3] == ("all", 0.5, 0.5, 0.5)


def entities_of(records):
    for r in records:
        for e in r.get("entities") or []:
            yield r, e


def run_stages(stages, records):
    """Records through the stages ([argv, ...], piped), the input from a
    file so that a long feed never waits on a full pipe."""
    import subprocess
    import tempfile
    with tempfile.TemporaryFile() as feed:
        for r in records:
            feed.write((json.dumps(r, ensure_ascii=False) + "\n").encode())
        feed.seek(0)
        procs, stdin = [], feed
        for argv in stages:
            p = subprocess.Popen(argv, stdin=stdin, stdout=subprocess.PIPE)
            if procs:
                procs[-1].stdout.close()
            procs.append(p)
            stdin = p.stdout
        out = procs[-1].stdout.read()
        for p in procs:
            p.wait()
    return [json.loads(l) for l in out.decode().splitlines() if l.strip()]


def write_errors(out, name, sents, found):
    """Found spans not in the gold, and gold spans not found."""
    if out is None:
        return
    for (text, gold), f in zip(sents, found):
        for kind, spans in (("found", f - gold), ("missed", gold - f)):
            for s, e, cls in sorted(spans):
                out.write(f"{name}\t{kind}\t{cls}\t{text[s:e]}\t{text}\n")


def run():
    split, tagger = common.program("wire-split"), common.program("wire-tag-entities")
    parse = common.program("wire-parse")
    if tagger is None:
        common.row("entities", "wire-tag-entities", "not built yet")
        return
    errors = os.environ.get("ENTITIES_ERRORS")
    out = open(errors, "w", encoding="utf-8") if errors else None
    run_mode([tagger], "", None)
    if parse is not None:
        run_mode([parse, tagger], " parsed", out)
    if out is not None:
        out.close()


def run_mode(stages, mark, errors):
    """Every set through stages ([tagger], or [parser, tagger]); rows
    named with mark."""
    split = common.program("wire-split")
    seed = os.path.join(common.SHARED, "seed")
    text = open(os.path.join(seed, "liveblog.txt"), encoding="utf-8").read()
    clusters = json.load(open(os.path.join(seed, "entities.gold.json"), encoding="utf-8"))["clusters"]
    recs = run_stages([[split, "--paragraphs", "line"]] + [[p] for p in stages],
                              [{"id": "liveblog", "text": text}])
    found = [(r["start"] + e["start"], r["start"] + e["end"], e["type"], e.get("canonical"))
             for r, e in entities_of(recs)]
    table, canon = score_seed(found, seed_gold(text, clusters))
    for t in SEED_TYPES:
        p, r, f = common.prf(table[t][0], table[t][1], table[t][2])
        common.row("entities", f"seed{mark} {t} P/R/F1", f"{p:.3f}/{r:.3f}/{f:.3f}")
    p, r, f = common.prf(*(sum(table[t][k] for t in SEED_TYPES) for k in range(3)))
    common.row("entities", f"seed{mark} all P/R/F1", f"{p:.3f}/{r:.3f}/{f:.3f}")
    common.row("entities", f"seed{mark} PERSON canonical right",
               f"{canon[0] / max(1, canon[1]):.3f} ({canon[0]}/{canon[1]})")
    gmb = os.path.join(common.SHARED, "data", "ner", "gmb.conll")
    if os.path.exists(gmb):
        score_gmb(stages, gmb_test(gmb), f"GMB test{mark}", errors)
    uner = os.path.join(common.SHARED, "data", "ner", "uner_ewt", "en_ewt-ud-test.iob2")
    if os.path.exists(uner):
        score_uner(stages, uner_sentences(uner), f"UNER EWT test{mark}", errors)


def score_gmb(stages, sents, name, errors):
    """GMB's sentences through stages: rows named name, errors as "GMB"."""
    recs = run_stages([list(p) if isinstance(p, list) else [p] for p in stages],
                      [{"id": f"g{i}", "text": t} for i, (t, _) in enumerate(sents)])
    found = {}
    gold_of = {f"g{i}": gold for i, (_, gold) in enumerate(sents)}
    for r, e in entities_of(recs):
        cls = OURS_TO_GMB.get(e["type"])
        if cls:
            for span in gmb_spans(r["text"], e, gold_of[r["id"]], cls):
                found.setdefault(r["id"], set()).add(span)
    for cls in ("PERSON", "ORG", "LOCATION", "all"):
        tp = nf = ng = 0
        for i, (_, gold) in enumerate(sents):
            g = {s for s in gold if cls in ("all", s[2])}
            f = {s for s in found.get(f"g{i}", set()) if cls in ("all", s[2])}
            tp, nf, ng = tp + len(g & f), nf + len(f), ng + len(g)
        p, r, f1 = common.prf(tp, nf, ng)
        common.row("entities", f"{name} {cls} P/R/F1", f"{p:.3f}/{r:.3f}/{f1:.3f}")
    write_errors(errors, "GMB", sents, [found.get(f"g{i}", set()) for i in range(len(sents))])


def score_uner(stages, sents, name, errors):
    """Universal NER sentences through stages: rows named name, errors
    as "UNER"."""
    recs = run_stages([list(p) if isinstance(p, list) else [p] for p in stages],
                      [{"id": f"u{i}", "text": t} for i, (t, _) in enumerate(sents)])
    found = [set() for _ in sents]
    for r, e in entities_of(recs):
        cls = OURS_TO_UNER.get(e["type"])
        if cls:
            found[int(r["id"][1:])].add((e["start"], e["end"], cls))
    for cls, p, r, f1 in score_spans(found, [g for _, g in sents], ("PER", "ORG", "LOC")):
        common.row("entities", f"{name} {cls} P/R/F1", f"{p:.3f}/{r:.3f}/{f1:.3f}")
    write_errors(errors, "UNER", sents, found)

if __name__ == "__main__":
    common.main(__doc__, self_test, run)
