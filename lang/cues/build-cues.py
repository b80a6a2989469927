#!/usr/bin/env python3
"""Builds lang/cues/cues.tsv, the cue lexicon of attribution, from
WordNet 3.0 as Debian's wordnet-base installs it.

One line a form: form<TAB>lemma<TAB>pos (VERB or NOUN)<TAB>type (speech
or thought), sorted, lower case, multiword lemmas with spaces.  The rules
(README.md says the same, with counts and examples):

Speech verbs: the words of verb.communication (lexicographer file 32)
  (a) to which one of WordNet's verb frames with a clause or a verb as
      complement applies (CONTENT_FRAMES), or
  (b) whose synset is (a troponym of) a speech act that takes its content
      as an object or a prepositional phrase (OBJECT_ACTS: comment and
      criticize, accuse, insist, quote, call for),
  and whose synset is not a troponym of one of NOT_SPEECH (senses that
  carry such frames but are not reporting: causing, permitting, finding
  out, signing, ...).
Thought verbs: the words of verb.cognition (31) and verb.emotion (37)
  with a that-clause frame (26, 34: believe, expect, hope, fear), or with
  frame 28 (to INFINITIVE) under INTENTION (intend, plan, want, wish).
A lemma is kept when one of its kept senses is among the first RANK
  senses WordNet lists for it (index.verb orders them by frequency in
  SemCor), and takes the type of the first of them.
Nouns (all speech: a communication): the words of noun.communication
  (10) under message.n.02 or speech_act.n.01, derivationally related
  ("+" pointer) to a kept verb lemma (statement-state, warning-warn,
  claim-claim), that sense among the noun's first NOUN_RANK.
Inflections: verbs get base, 3rd singular, past, past participle and
  gerund; nouns singular and plural; irregular forms from verb.exc and
  noun.exc, regular rules otherwise (and beside a past in -t for -ed:
  learnt and learned); a multiword lemma inflects its first word (for
  nouns its last).

usage: build-cues.py [--wordnet DIR] [--counts] > cues.tsv
"""
import argparse
import collections
import os
import sys

# Verb frames (wninput(5WN)) whose complement is content: a clause, a
# question, a directive or a commitment.
CONTENT_FRAMES = {
    24: "Somebody ----s somebody to INFINITIVE",   # urge, order, ask
    26: "Somebody ----s that CLAUSE",              # say, claim, deny
    28: "Somebody ----s to INFINITIVE",            # vow, promise, demand
    29: "Somebody ----s whether INFINITIVE",       # ask, inquire
    34: "It ----s that CLAUSE",
    18: "Somebody ----s somebody of something",    # warn, assure, accuse
}
THAT_FRAMES = {26, 34}
INTENT_FRAMES = {28}

# Synsets named by WordNet 3.0 offset and first word (checked on load);
# each reaches its troponyms too, except where the comment says "alone".
OBJECT_ACTS = {
    "01058592": "comment",  # make or write a comment on (remark, point
                            # out; criticize, condemn, denounce below it)
    "00843486": "charge",   # blame for, make a claim of wrongdoing
    "00818992": "insist",   # be emphatic or resolute and refuse to budge
    "01023277": "quote",    # repeat a passage from
    "00752782": "request",  # alone: express the need for (call for)
}
NOT_SPEECH = {
    "00770455": "induce",     # alone: cause to do (make, get, have)
    "00771650": "lead",       # cause to undertake an action (lead, give)
    "00771508": "let",        # actively cause something to happen
    "00747436": "force",      # impose urgently (force, thrust)
    "00802336": "permit",     # consent to, give permission (allow, let)
    "00885235": "oblige",     # bind by an obligation (bind, hold)
    "00920354": "determine",  # find out, learn (check, see, watch)
    "00918890": "determine",  # establish after a calculation (find)
    "00838542": "make",       # represent fictitiously, pretend
    "01000232": "record",     # make a record of (enter, put down)
    "01059582": "ignore",     # refuse to acknowledge (snub, cut)
    "00950449": "consider",   # show consideration for (count, weigh)
    "00887481": "give",       # give entirely to (dedicate, commit)
    "00929178": "sign",       # communicate in sign language
    "00889247": "sign",       # be engaged by a written agreement
    "00746384": "will",       # decree or ordain ("God wills")
}
ALONE = {"00752782", "00770455"}
# Intention: "to INFINITIVE" (frame 28) makes a thought only under these.
INTENTION = {
    "00708556": "intend",   # have in mind as a purpose (plan, design, aim)
    "01825255": "desire",   # feel or have a desire for; want strongly
}
# A lemma is kept only when one of its kept senses is among the first
# RANK senses WordNet lists for it (index.*: most frequent first): a word
# whose reporting sense is rare is mostly read otherwise (turn, move).
RANK = 5
# Nouns: the communication sense among the first NOUN_RANK (report,
# charge, suggestion are second; schedule, reading, discovery third).
NOUN_RANK = 2
NOUN_ROOTS = {
    "06598915": "message",     # what a communication is about (statement,
                               # demand, criticism, vow, warning)
    "07160883": "speech_act",  # the use of language to perform some act
}
SPEECH_FILE, COGNITION_FILE, EMOTION_FILE, NOUN_FILE = 32, 31, 37, 10


def read_data(path):
    """Synsets of a data.* file: {offset: {lex, words, ptrs, frames}};
    a pointer is (symbol, offset, pos, source word, target word), a frame
    (number, word it applies to or 0 for all)."""
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split(" | ")[0].split()
            off, lex, ss = fields[0], int(fields[1]), fields[2]
            n, i = int(fields[3], 16), 4
            words = [fields[i + 2 * k] for k in range(n)]
            i += 2 * n
            ptrs = []
            for _ in range(int(fields[i])):
                sym, target, pos, st = fields[i + 1:i + 5]
                ptrs.append((sym, target, pos, int(st[:2], 16), int(st[2:], 16)))
                i += 4
            i += 1
            frames = []
            if ss == "v" and i < len(fields):
                for k in range(int(fields[i])):
                    frames.append((int(fields[i + 2 + 3 * k]), int(fields[i + 3 + 3 * k], 16)))
            out[off] = {"lex": lex, "words": words, "ptrs": ptrs, "frames": frames}
    return out


def read_exc(path):
    """base -> inflected forms, from a *.exc file."""
    out = collections.defaultdict(set)
    with open(path, encoding="utf-8") as f:
        for line in f:
            form, *bases = line.split()
            for b in bases:
                out[b].add(form)
    return out


def read_sense_order(path):
    """lemma -> its synset offsets, most frequent first (index.verb)."""
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split()
            n_syn, n_ptr = int(fields[2]), int(fields[3])
            out[fields[0]] = fields[6 + n_ptr:6 + n_ptr + n_syn]
    return out


def check_named(synsets, named):
    for off, word in named.items():
        if off not in synsets or synsets[off]["words"][0].lower() != word:
            sys.exit(f"build-cues: synset {off} is not '{word}': not WordNet 3.0?")


def hypernym_closure(synsets, off):
    """The synset and every synset above it (all hypernym paths)."""
    seen, todo = set(), [off]
    while todo:
        o = todo.pop()
        if o in seen:
            continue
        seen.add(o)
        todo += [p[1] for p in synsets[o]["ptrs"] if p[0] in ("@", "@i")]
    return seen


def under(synsets, off, named):
    """Whether synset off is one of named or a troponym of one (ALONE
    ones reach only themselves)."""
    return bool((hypernym_closure(synsets, off) - (ALONE - {off})) & set(named))


def word_frames(s, k):
    """Frames that apply to word k (0-based) of synset s."""
    return {f for f, w in s["frames"] if w == 0 or w == k + 1}


def lemma(word):
    return word.lower().replace("_", " ")


def verb_senses(verbs):
    """(offset, word index) -> type, for every kept verb sense."""
    for named in (OBJECT_ACTS, NOT_SPEECH, INTENTION):
        check_named(verbs, named)
    kept = {}
    for off, s in verbs.items():
        if s["lex"] == SPEECH_FILE:
            if under(verbs, off, NOT_SPEECH):
                continue
            by_object = under(verbs, off, OBJECT_ACTS)
            for k in range(len(s["words"])):
                if by_object or word_frames(s, k) & set(CONTENT_FRAMES):
                    kept[(off, k)] = "speech"
        elif s["lex"] in (COGNITION_FILE, EMOTION_FILE):
            intention = under(verbs, off, INTENTION)
            for k in range(len(s["words"])):
                frames = word_frames(s, k)
                if frames & THAT_FRAMES or (intention and frames & INTENT_FRAMES):
                    kept[(off, k)] = "thought"
    return kept


def lemma_types(verbs, kept, order):
    """lemma -> type, that of its kept sense ranked first, for the lemmas
    with a kept sense among their first RANK; and the lemmas dropped."""
    senses = collections.defaultdict(dict)
    for (off, k), typ in kept.items():
        senses[lemma(verbs[off]["words"][k])][off] = typ
    out, dropped = {}, set()
    for lem, by_off in senses.items():
        ranked = [o for o in order.get(lem.replace(" ", "_"), [])[:RANK] if o in by_off]
        if ranked:
            out[lem] = by_off[ranked[0]]
        else:
            dropped.add(lem)
    return out, dropped


def noun_lemmas(nouns, verbs, cues, order):
    """Nouns under NOUN_ROOTS derived from a kept verb lemma, with that
    sense among their first NOUN_RANK."""
    check_named(nouns, NOUN_ROOTS)
    out = set()
    for off, s in nouns.items():
        if s["lex"] != NOUN_FILE or not hypernym_closure(nouns, off) & set(NOUN_ROOTS):
            continue
        for sym, target, pos, src, dst in s["ptrs"]:
            if sym != "+" or pos != "v" or src == 0:
                continue
            word = s["words"][src - 1].lower()
            if lemma(verbs[target]["words"][dst - 1]) in cues and \
                    off in order.get(word, [])[:NOUN_RANK]:
                out.add(lemma(word))
    return out


def regular_verb(base):
    """3rd singular, past (and participle), gerund by the regular rules."""
    v = "aeiou"
    if base.endswith(("s", "x", "z", "ch", "sh")) or (base.endswith("o") and base[-2:-1] not in v):
        third = base + "es"
    elif base.endswith("y") and base[-2:-1] not in v:
        third = base[:-1] + "ies"
    else:
        third = base + "s"
    if base.endswith("e"):
        past = base + "d"
    elif base.endswith("y") and base[-2:-1] not in v:
        past = base[:-1] + "ied"
    else:
        past = base + "ed"
    if base.endswith("ie"):
        ger = base[:-2] + "ying"
    elif base.endswith("e") and not base.endswith(("ee", "oe", "ye")) and len(base) > 2:
        ger = base[:-1] + "ing"
    else:
        ger = base + "ing"
    return third, past, ger


def t_past(base, form):
    """A past in -t for a regular -ed (learnt, spelt, curst), beside which
    the regular past is written too; not send/sent, build/built."""
    return form.endswith("t") and (form[:-1] == base or
                                   (form[:-1] == base[:-1] and not base.endswith("d")))


def verb_forms(lem, exc):
    """Every form of a verb lemma; a multiword one inflects its first word
    unless verb.exc lists the whole."""
    key = lem.replace(" ", "_")
    if key in exc or " " not in lem:
        head, rest = key, ""
    else:
        head, rest = key.split("_", 1)
        rest = "_" + rest
    irregular = exc.get(head, set())
    third, past, ger = regular_verb(head)
    forms = {head} | irregular
    if not any(f.endswith("s") for f in irregular):
        forms.add(third)
    if not any(f.endswith("ing") for f in irregular):
        forms.add(ger)
    pasts = [f for f in irregular if not f.endswith(("ing", "s"))]
    if not pasts or any(t_past(head, f) for f in pasts):
        forms.add(past)
    return {(f + rest).replace("_", " ") for f in forms}


def noun_forms(lem, exc):
    """Singular and plural; a multiword noun inflects its last word."""
    key = lem.replace(" ", "_")
    if key in exc or " " not in lem:
        rest, head = "", key
    else:
        rest, head = key.rsplit("_", 1)
        rest += "_"
    if head in exc:
        plurals = exc[head]
    elif head.endswith(("s", "x", "z", "ch", "sh")):
        plurals = {head + "es"}
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        plurals = {head[:-1] + "ies"}
    else:
        plurals = {head + "s"}
    return {(rest + f).replace("_", " ") for f in {head} | plurals}


def build(wndir):
    verbs = read_data(os.path.join(wndir, "data.verb"))
    nouns = read_data(os.path.join(wndir, "data.noun"))
    kept = verb_senses(verbs)
    types, dropped = lemma_types(verbs, kept, read_sense_order(os.path.join(wndir, "index.verb")))
    vexc = read_exc(os.path.join(wndir, "verb.exc"))
    nexc = read_exc(os.path.join(wndir, "noun.exc"))
    rows = set()
    for lem, typ in types.items():
        for form in verb_forms(lem, vexc):
            rows.add((form, lem, "VERB", typ))
    nlemmas = noun_lemmas(nouns, verbs, types, read_sense_order(os.path.join(wndir, "index.noun")))
    for lem in nlemmas:
        for form in noun_forms(lem, nexc):
            rows.add((form, lem, "NOUN", "speech"))
    return sorted(rows), kept, types, dropped, nlemmas


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", default="/usr/share/wordnet",
                    help="WordNet 3.0's dict folder (default: %(default)s)")
    ap.add_argument("--counts", action="store_true",
                    help="print the counts of senses, lemmas and forms on stderr")
    args = ap.parse_args()
    if not os.path.exists(os.path.join(args.wordnet, "data.verb")):
        sys.exit(f"build-cues: no WordNet in {args.wordnet} (apt-get install wordnet-base)")
    rows, kept, types, dropped, nlemmas = build(args.wordnet)
    out = sys.stdout
    for row in rows:
        out.write("\t".join(row) + "\n")
    if args.counts:
        c = collections.Counter(kept.values())
        t = collections.Counter(types.values())
        f = collections.Counter((r[2], r[3]) for r in rows)
        print(f"verb senses kept: {c['speech']} speech, {c['thought']} thought; "
              f"verb lemmas: {t['speech']} speech, {t['thought']} thought "
              f"({len(dropped)} dropped by rank); "
              f"noun lemmas: {len(nlemmas)}; forms: {f[('VERB', 'speech')]} speech verb, "
              f"{f[('VERB', 'thought')]} thought verb, {f[('NOUN', 'speech')]} noun; "
              f"lines: {len(rows)}", file=sys.stderr)


if __name__ == "__main__":
    main()
