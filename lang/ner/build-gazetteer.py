#!/usr/bin/env python3
"""Rebuilds lang/ner/gazetteer.tsv and lang/ner/aliases.tsv for
wire-tag-entities.

Sources, from Debian's packages:
  - countries: /usr/share/iso-codes/json/iso_3166-1.json (iso-codes,
    LGPL-2.1+): name, common name and official name of every country;
  - cities: /usr/share/zoneinfo/zone1970.tab and zone.tab (tzdata,
    public domain): the city of every time zone ("Europe/Moscow");
  - WordNet 3.0's instance nouns (wordnet-base, /usr/share/wordnet/
    data.noun; WordNet's own permissive licence), by lexicographer file
    and by the synset they are an instance of: noun.location instances
    of a country, nation, kingdom... are countries; of a city, town,
    port, capital, state, province, county, district... are cities
    (places with a government below a country: GPE); the rest
    (geographical areas, islands, deserts, regions) and noun.object
    instances of a river, lake, sea, ocean, mountain, range... are
    regions (LOC); noun.group instances are organisations and
    noun.person instances people (their names as WordNet writes them:
    "Abraham Lincoln", "Lincoln").  Needed: apt-get install wordnet-base
    (without it the gazetteer would silently differ).
and gazetteer-hand.tsv (our own): titles, words that end organisation
and place names, and regions.  The alias table maps every ISO name of a
country (name, common and official name) to one canonical name: the
common name, or the name, renamed by aliases-hand.tsv (our own, which
also lists the well-known variants: UK, U.S., ISIL...).

No name that the seed live blog's gold names (../shared/seed/
entities.gold.json: every surface and canonical name) is written to the
gazetteer from WordNet or the hand list, and no name that the issues
quote (issue-names.txt) is written from any source: the seed and the
issues' examples measure the tagger on names it has to find by itself.
The complete standard lists (every ISO country, every tz city) keep the
seed's countries and cities: they are all the countries, not names
chosen for it.

Usage: python3 lang/ner/build-gazetteer.py [SHARED-DIR]   (default ../shared;
writes both files beside it)
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ISO = "/usr/share/iso-codes/json/iso_3166-1.json"
ZONES = ["/usr/share/zoneinfo/zone1970.tab", "/usr/share/zoneinfo/zone.tab"]
WORDNET = "/usr/share/wordnet/data.noun"
NOUN_GROUP, NOUN_LOCATION, NOUN_OBJECT, NOUN_PERSON = 14, 15, 17, 18
COUNTRY_WORDS = ("country", "nation", "kingdom", "sultanate", "emirate",
                 "principality", "republic", "Baltic_State")
CITY_WORDS = ("city", "town", "port", "capital", "village", "borough", "suburb",
              "municipality", "metropolis", "seaport", "state", "province",
              "county", "district", "canton", "prefecture", "colony", "Colony")
WATER_LAND_WORDS = ("river", "lake", "sea", "ocean", "mountain", "peak",
                    "range", "mountain_range", "volcano", "bay", "gulf",
                    "strait", "channel", "waterfall", "island", "desert",
                    "glacier", "canyon", "valley", "peninsula")


def wordnet_synsets():
    """offset -> (lexicographer file, words, offsets it is an instance of)."""
    syn = {}
    for line in open(WORDNET, encoding="latin-1"):
        if line.startswith("  "):
            continue
        f = line.split(" | ")[0].split()
        n = int(f[3], 16)
        words = [f[4 + 2 * i] for i in range(n)]
        k = 4 + 2 * n
        inst = [f[k + 2 + 4 * i] for i in range(int(f[k])) if f[k + 1 + 4 * i] == "@i"]
        syn[f[0]] = (int(f[1]), words, inst)
    return syn


def wordnet_name(word):
    """A lemma as it is written in text, or None: "Abraham_Lincoln(a)"."""
    name = re.sub(r"\([a-z]+\)$", "", word).replace("_", " ")
    if not name[:1].isupper() or len(name.split()) > 5 or "," in name:
        return None
    return name


def wordnet():
    if not os.path.exists(WORDNET):
        sys.exit(f"build-gazetteer.py: {WORDNET} is needed (apt-get install wordnet-base)")
    syn = wordnet_synsets()
    for lex, words, inst in syn.values():
        if not inst or lex not in (NOUN_GROUP, NOUN_LOCATION, NOUN_OBJECT, NOUN_PERSON):
            continue
        kinds = [w for o in inst for w in syn[o][1]]
        if lex == NOUN_PERSON:
            kind = "person"
        elif lex == NOUN_GROUP:
            kind = "org"
        elif lex == NOUN_OBJECT:
            if not any(k.split("_")[-1] in WATER_LAND_WORDS for k in kinds):
                continue
            kind = "region"
        elif any(k.split("_")[-1] in COUNTRY_WORDS for k in kinds):
            kind = "country"
        elif any(k.split("_")[-1] in CITY_WORDS for k in kinds):
            kind = "city"
        else:
            kind = "region"
        for w in words:
            name = wordnet_name(w)
            if name:
                yield kind, name


def seed_names(shared):
    path = os.path.join(shared, "seed", "entities.gold.json")
    if not os.path.exists(path):
        sys.exit(f"build-gazetteer.py: {path} is needed (its names are kept out)")
    names = set()
    for c in json.load(open(path, encoding="utf-8"))["clusters"]:
        names.update(c["surfaces"])
        names.update(c["canonical"])
    return names


def issue_names():
    names = set()
    for line in open(os.path.join(HERE, "issue-names.txt"), encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            names.add(line.strip())
    return names


def hand_aliases():
    out = {}
    for line in open(os.path.join(HERE, "aliases-hand.tsv"), encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            alias, canonical = line.rstrip("\n").split("\t")
            out[alias] = canonical
    return out


def country_aliases(hand):
    for c in json.load(open(ISO, encoding="utf-8"))["3166-1"]:
        preferred = c.get("common_name", c["name"])
        preferred = hand.get(preferred, preferred)
        for key in ("name", "common_name", "official_name"):
            if c.get(key) and c[key] != preferred:
                yield c[key], preferred


def countries():
    for c in json.load(open(ISO, encoding="utf-8"))["3166-1"]:
        for key in ("name", "common_name", "official_name"):
            name = c.get(key)
            # "Korea, Republic of" is a sort key, not a name people write.
            if name and "," not in name and "(" not in name:
                yield name


def cities():
    for path in ZONES:
        if not os.path.exists(path):
            continue
        for line in open(path, encoding="utf-8"):
            if line.startswith("#"):
                continue
            zone = line.rstrip("\n").split("\t")[2]
            city = zone.split("/")[-1].replace("_", " ")
            if re.fullmatch(r"[A-Z][A-Za-z .'-]+", city) and "GMT" not in city:
                yield city


def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "..", "shared")
    seed, issues = seed_names(shared), issue_names()
    entries, standard = [], set()
    for name in countries():
        entries.append(("country", name))
    for name in cities():
        entries.append(("city", name))
    hand = hand_aliases()
    aliases = dict(country_aliases(hand))
    aliases.update(hand)
    country_names = {n for _, n in entries} | set(dict(country_aliases(hand)).values())
    for alias, canonical in sorted(aliases.items()):
        if canonical in country_names and "," not in alias and "(" not in alias:
            entries.append(("country", alias))
            entries.append(("country", canonical))
    standard.update(entries)
    seen, out = set(), open(os.path.join(HERE, "gazetteer.tsv"), "w", encoding="utf-8")
    out.write("# Generated by lang/ner/build-gazetteer.py; see README.md.\n")
    for line in open(os.path.join(HERE, "gazetteer-hand.tsv"), encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            entries.append(tuple(line.rstrip("\n").split("\t", 1)))
    entries.extend(wordnet())
    for kind, name in entries:
        if (kind, name) in seen or name in issues:
            continue
        if (kind, name) in standard or name not in seed:
            seen.add((kind, name))
            out.write(f"{kind}\t{name}\n")
    out.close()
    with open(os.path.join(HERE, "aliases.tsv"), "w", encoding="utf-8") as out:
        out.write("# Generated by lang/ner/build-gazetteer.py; see README.md.\n")
        for alias in sorted(aliases):
            if alias != aliases[alias]:
                out.write(f"{alias}\t{aliases[alias]}\n")


if __name__ == "__main__":
    main()
