#!/usr/bin/env python3
"""Builds the whole-story rewrite set for wire-dedupe --stories.

Bases are stories of three kinds:
  invented  stories made here from a small template vocabulary: eight
            topics (a strike, a flood, a rate decision...), each with
            sentence templates filled with invented places, people,
            organisations, days and numbers; a dateline and outlet line
            open a story, an attribution line closes it;
  gum       the 24 GUM Wikinews articles
            (../shared/data/split/gum_news_docs.jsonl, read by path, for
            evaluation only), under an invented dateline;
  gmb       articles of 12 consecutive GMB sentences
            (../shared/data/ner/gmb.conll; GMB keeps a document's
            sentences in order, so neighbouring articles share a topic).

Each base gets rewrites made by the edits another outlet makes:
  dateline  another outlet's dateline and outlet line, another
            attribution line
  reorder   the body's paragraphs in another order
  reword    sentences reworded: words swapped for synonyms, an
            attribution moved to the front of its sentence ("..., the
            union said." -> "The union said ..."), a time phrase moved
  add       a paragraph added (more of the same story's facts)
  drop      a paragraph dropped
  rewrite   all of those at once: the issue's case (another outlet's
            dateline and attribution, paragraphs reordered, most
            sentences reworded, a paragraph added or dropped)
Negatives are stories on the same topic that are not the same story:
for invented bases, more stories of the same topic with other places,
people and numbers, and other sentences of the topic; for GMB, the
neighbouring articles (every base is a negative of every other).

A rewrite's gold cluster is its base; every base and negative is its
own.  Everything is drawn from fixed seeds: the same set every run.
"""
import json
import os
import random
import re

import common
import dedupe_set

OUTLETS = ("Crosswire", "Northgate Press", "Longitude News", "Harbour Wire", "Eastline",
           "Baltic Desk", "Courant Agency", "Pelham Times")
PLACES = ("Portmaddy", "Ardmoor", "Selbury", "Kastrel", "Varnholm", "Edrin",
          "Tolmouth", "Brisk Falls", "Onsel", "Marrow Bay", "Quenby", "Halderton",
          "Lisk", "Dunmere", "Caraway", "Ostrava Nova", "Pell", "Wexmoor",
          "Saltery", "Gorran", "Ivel", "Norbridge", "Thessaly Point", "Umber")
FIRST = ("Ysolde", "Dorian", "Marta", "Tobias", "Anouk", "Piet", "Grace", "Omar",
         "Leona", "Rufus", "Sanne", "Osric", "Hollis", "Mireille", "Janek",
         "Priya", "Corin", "Yusuf", "Agnes", "Benedikt")
LAST = ("Obasi", "Fenwick", "Halvorsen", "Bramley", "Quist", "Marek", "Dunleavy",
        "Sadiq", "Voss", "Carrow", "Ellery", "Tamsin", "Oduya", "Lindgard",
        "Perrault", "Achterberg", "Moravec", "Kilbride", "Santelli", "Rowe")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept",
          "Oct", "Nov", "Dec")

# Topic templates.  Slots: {place} {place2} {person} {person2} {org}
# {day} {n1} {n2} {n3} {n4}; each topic's sentences are its vocabulary.
TOPICS = {
    "strike": {
        "org": ("the dockers' union", "the rail workers' union", "the nurses' union",
                "the teachers' federation", "the transport workers' union"),
        "lede": ("Workers in {place} voted on {day} to end a {n1}-day strike that had "
                 "halted most traffic through the city, {org} said.",
                 "A strike that had closed the port of {place} for {n1} days ended on "
                 "{day} after members of {org} accepted a pay offer."),
        "body": (
            "\"Our members held firm to the end,\" union leader {person} told reporters "
            "outside the depot.",
            "The employers' association said losses from the stoppage reached {n2} "
            "million dollars.",
            "Under the deal, wages will rise by {n3} percent over two years and night "
            "shifts will be paid at a higher rate.",
            "{person2}, who speaks for the employers, said the agreement was fair but "
            "expensive.",
            "Some {n4} ships had been left waiting offshore while the strike lasted.",
            "Members voted by a margin of {n3} to one in favour of the offer, the union "
            "said.",
            "Shops in the centre of {place} reported falling sales during the dispute.",
            "The city council had urged both sides to return to talks last week.",
            "Work is expected to resume at six in the morning on {day}.",
            "A similar dispute in {place2} was settled in the spring without a strike.",
            "Police said the pickets had been peaceful throughout the {n1} days.",
            "Economists estimated the strike cost the region about {n2} million dollars "
            "in lost trade.",
        ),
    },
    "flood": {
        "org": ("the civil protection agency", "the regional fire service",
                "the national weather office", "the Red Crescent", "the army"),
        "lede": ("High water drove {n4} people from their homes in {place} on {day} "
                 "after the river burst its banks, {org} said.",
                 "Rescuers in {place} evacuated {n4} residents on {day} as flood water "
                 "rose through the lower town."),
        "body": (
            "\"Every boat we have is on the water,\" said {person}, who leads the "
            "rescue effort.",
            "Soldiers brought {n1} boats and {n3} trucks to the area by the afternoon.",
            "Rainfall over two days reached {n2} millimetres, more than a normal month.",
            "Schools in {place} and {place2} were closed and the main road was cut.",
            "{person2}, the mayor, said the embankment had been due for work since the "
            "spring.",
            "Forecasters said more rain was expected overnight and into {day}.",
            "At least {n1} people were taken to hospital with minor injuries.",
            "The government promised {n3} million dollars in emergency aid.",
            "Power was cut to about {n4} homes as a precaution, the utility said.",
            "Volunteers filled sandbags outside the town hall through the night.",
            "The river was expected to peak early on {day} before slowly falling.",
            "Farmers said the water had ruined crops across the valley.",
        ),
    },
    "rates": {
        "org": ("the central bank", "the monetary council", "the reserve bank"),
        "lede": ("The central bank of {place} held its benchmark rate at {n3} percent "
                 "on {day}, noting that price growth was slowing more quickly than "
                 "forecast.",
                 "Policymakers in {place} left borrowing costs unchanged on {day} but "
                 "signalled that a cut could come before the end of the year."),
        "body": (
            "Governor {person} told a news conference the bank was in no hurry to cut.",
            "Inflation slowed to {n1} percent last month from {n2} percent a year "
            "earlier.",
            "{n4} of the council's members voted to hold, the bank said in a statement.",
            "The currency rose slightly against the dollar after the decision.",
            "{person2}, an economist at a bank in {place2}, said markets had expected "
            "the move.",
            "Growth in the last quarter was weaker than the bank had forecast.",
            "The bank raised rates {n1} times in the past two years to curb prices.",
            "Mortgage lenders said they would keep their own rates unchanged for now.",
            "Unemployment has risen to {n2} percent, its highest level in three years.",
            "The next rate meeting is scheduled for {day} in six weeks' time.",
            "Bond yields fell after the statement was published.",
            "Business groups had called for lower rates to support investment.",
        ),
    },
    "election": {
        "org": ("the electoral commission", "the election board", "the national "
                "electoral office"),
        "lede": ("Voters in {place} elected {person} as mayor on {day}, giving the "
                 "opposition control of the city for the first time in {n1} years.",
                 "{person} won the race for mayor of {place} on {day} with {n2} percent "
                 "of the vote, {org} said."),
        "body": (
            "Turnout was {n3} percent, higher than at the last election.",
            "The outgoing mayor, {person2}, conceded defeat late in the evening.",
            "\"This city has voted for change,\" {person} told supporters in the main "
            "square.",
            "The count was delayed by several hours in two districts.",
            "Campaigning was dominated by housing costs and public transport.",
            "{person2} had led the city since winning a narrow race {n1} years ago.",
            "Observers said the vote had been orderly and free.",
            "The new council will meet for the first time on {day}.",
            "A recount was requested in one district of {place2}.",
            "{n4} candidates stood for the {n1} seats on the council.",
            "Opinion polls had shown a close race until the final week.",
            "The result will be confirmed by {org} within ten days.",
        ),
    },
    "fire": {
        "org": ("the fire brigade", "the regional fire service", "police"),
        "lede": ("A fire destroyed a warehouse in the industrial zone of {place} on "
                 "{day}, sending thick smoke over the city, {org} said.",
                 "Firefighters in {place} fought for {n1} hours on {day} to put out a "
                 "blaze at a chemical plant."),
        "body": (
            "About {n4} firefighters and {n1} engines were sent to the scene.",
            "Residents of nearby streets were told to keep their windows shut.",
            "No one was killed, but {n1} workers were treated for smoke inhalation.",
            "{person}, the fire chief, said the cause was not yet known.",
            "The owner, {person2}, said the building had passed an inspection in the "
            "spring.",
            "Damage was estimated at {n2} million dollars.",
            "The main road to {place2} was closed for most of the day.",
            "Investigators will examine the site once it is safe to enter.",
            "Air quality readings were normal by the evening, officials said.",
            "The plant employs about {n4} people from the surrounding towns.",
            "It was the second fire at the site in {n1} years.",
            "Trains to the city centre ran with delays during the afternoon.",
        ),
    },
    "court": {
        "org": ("the supreme court", "the appeals court", "the constitutional court"),
        "lede": ("A court in {place} on {day} overturned the conviction of former "
                 "minister {person}, ruling that key evidence had been obtained "
                 "unlawfully.",
                 "Judges in {place} ordered a retrial on {day} in the corruption case "
                 "against {person}, {org} said."),
        "body": (
            "{person} had been sentenced to {n1} years in prison last year.",
            "Prosecutors said they would study the ruling before deciding whether to "
            "appeal.",
            "\"Justice has been done at last,\" the defence lawyer, {person2}, said "
            "outside the court.",
            "The case concerned contracts worth {n2} million dollars awarded without "
            "tender.",
            "The panel of {n1} judges was divided, with {n3} dissenting.",
            "Supporters of {person} gathered outside the building in {place}.",
            "The ruling can still be challenged before a higher court in {place2}.",
            "The minister resigned {n3} years ago when the investigation began.",
            "Anti-corruption groups criticised the decision.",
            "A written judgment of {n4} pages was published on the court's website.",
            "The trial had lasted more than a year and heard dozens of witnesses.",
            "The government declined to comment on the ruling.",
        ),
    },
    "transport": {
        "org": ("the rail operator", "the transport ministry", "the airport authority"),
        "lede": ("A new rail line between {place} and {place2} opened on {day}, cutting "
                 "the journey to {n1} minutes, {org} said.",
                 "Trains began running on {day} on the long-delayed line linking {place} "
                 "with {place2}."),
        "body": (
            "The line cost {n2} million dollars, {n3} percent more than planned.",
            "\"It is a great day for the region,\" transport minister {person} said at "
            "the opening.",
            "About {n4} passengers are expected to use the line every day.",
            "Construction started {n1} years ago and was delayed by disputes over land.",
            "{person2}, who commutes daily, said the old bus took twice as long.",
            "Tickets will be half price during the first month.",
            "Services will run every {n1} minutes at peak times.",
            "Local businesses hope the line will bring more visitors.",
            "Critics said the money would have been better spent on roads.",
            "The operator said it had hired {n4} new staff for the line.",
            "A second stage of the project is planned to reach the airport.",
            "The first train left the station a few minutes late.",
        ),
    },
    "factory": {
        "org": ("the company", "the works council", "the carmaker"),
        "lede": ("The carmaker will close its plant in {place} before the close of "
                 "next year, putting {n4} jobs at risk, {org} said on {day}.",
                 "Workers at the engine factory in {place} learned on {day} that the "
                 "plant will shut, with the loss of {n4} jobs."),
        "body": (
            "Production will move to a larger site in {place2}.",
            "Chief executive {person} said demand for the plant's engines had fallen "
            "by {n3} percent.",
            "\"This is a dark day for the town,\" said {person2}, who chairs the works "
            "council.",
            "The plant opened {n1} years ago and once employed twice as many people.",
            "The regional government said it would try to find a new investor.",
            "The company reported a loss of {n2} million dollars last year.",
            "Unions called a protest outside the gates for {day}.",
            "Suppliers in the area also expect to cut jobs.",
            "Shares in the company rose {n1} percent after the announcement.",
            "Workers will be offered jobs at other sites or redundancy pay.",
            "The town's mayor called the decision short-sighted.",
            "Talks with the unions on the closure will start next month.",
        ),
    },
}

# Words of news copy and what another outlet writes instead (general
# English, not tied to any story).
SYNONYMS = {
    "said": "stated", "told": "informed", "reported": "said", "voted": "decided",
    "ended": "came to an end", "accepted": "agreed to", "expected": "forecast",
    "people": "residents", "about": "around", "estimated": "put", "closed": "shut",
    "cut": "reduced", "rose": "climbed", "fell": "dropped", "began": "started",
    "started": "began", "opened": "launched", "reached": "hit", "higher": "greater",
    "lower": "smaller", "larger": "bigger", "new": "fresh", "help": "assistance",
    "city": "town", "ships": "vessels", "government": "authorities",
    "main": "principal", "first": "initial", "plans": "intends",
    "planned": "intended", "warned": "cautioned", "announced": "unveiled",
    "quickly": "swiftly", "because": "as", "however": "but", "also": "as well",
    "many": "numerous", "near": "close to", "several": "a number of",
    "killed": "left dead", "meeting": "session", "decision": "ruling",
    "statement": "written statement", "support": "backing", "despite": "in spite of",
}

ATTRIB = re.compile(r"^(?P<body>.+), (?P<who>(?:the |an? )?[A-Za-z' -]{2,40}?) "
                    r"(?P<verb>said|told reporters|said in a statement)\.$")
LEADING_TIME = re.compile(r"^(?P<when>On (?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                          r"Saturday|Sunday)|Last week|Earlier this year), (?P<rest>.+)$")
TRAILING_TIME = re.compile(r"^(?P<rest>.+) on (?P<day>Monday|Tuesday|Wednesday|Thursday|"
                           r"Friday|Saturday|Sunday)(?P<tail>[,.].*)$")


def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def fill(template, slots):
    return template.format(**slots)


def invented_story(topic, rng, nbody, place, people):
    """A story of the topic set in place, about two of people: (place,
    paragraphs), its other facts drawn afresh, and the sentences it did
    not use (for an added paragraph)."""
    t = TOPICS[topic]
    place2 = rng.choice([p for p in PLACES if p != place])
    slots = {"place": place, "place2": place2, "person": people[0],
             "person2": people[1], "org": rng.choice(t["org"]),
             "day": rng.choice(DAYS), "n1": rng.randint(3, 19),
             "n2": rng.randint(20, 900), "n3": rng.randint(2, 12),
             "n4": rng.randint(150, 9000)}
    body = list(t["body"])
    rng.shuffle(body)
    used, spare = body[:nbody * 2], body[nbody * 2:]
    paras = [fill(rng.choice(t["lede"]), slots)]
    for k in range(nbody):
        chosen = used[2 * k:2 * k + rng.choice((1, 2))]
        paras.append(" ".join(fill(s, slots) for s in chosen))
    extra = " ".join(fill(s, slots) for s in spare[:2])
    return place, paras, extra


def dateline(place, outlet, rng):
    month, day = rng.choice(MONTHS), rng.randint(1, 28)
    style = rng.randrange(3)
    if style == 0:
        return f"{place.upper()}, {month} {day} ({outlet}) - "
    if style == 1:
        return f"{place.upper()} ({outlet}) -- "
    return f"{place}, {month}. {day} / {outlet} / "


def attribution(outlet, rng):
    style = rng.randrange(3)
    if style == 0:
        return f"(Reporting by {person(rng)}; Editing by {person(rng)})"
    if style == 1:
        writer = person(rng)
        return f"Writing by {writer} for {outlet}; additional reporting by {person(rng)}"
    return f"{outlet} staff, with reporting from {person(rng)}"


def upper_first(s):
    return s[0].upper() + s[1:]


def lower_first(s):
    return s[0].lower() + s[1:]


def reword_sentence(s, rng):
    """Another outlet's wording: an attribution or time phrase moved,
    then one to three words swapped for synonyms."""
    m = ATTRIB.match(s)
    if m and rng.random() < 0.8:
        who, body = upper_first(m.group("who")), lower_first(m.group("body"))
        s = f"{who} {m.group('verb')} that {body}."
    else:
        m = LEADING_TIME.match(s)
        if m:
            s = f"{m.group('rest')[:-1]} {m.group('when').lower()}{m.group('rest')[-1]}"
        else:
            m = TRAILING_TIME.match(s)
            if m and rng.random() < 0.7:
                s = f"On {m.group('day')}, {lower_first(m.group('rest'))}{m.group('tail')}"
    words = s.split(" ")
    spots = [i for i, w in enumerate(words) if w.lower().strip(",.") in SYNONYMS]
    rng.shuffle(spots)
    for i in spots[:rng.randint(1, 3)]:
        w = words[i]
        core = w.strip(",.")
        syn = SYNONYMS[core.lower()]
        if core[0].isupper():
            syn = syn[0].upper() + syn[1:]
        words[i] = w.replace(core, syn)
    return " ".join(words)


def sentences(paragraph):
    return re.split(r"(?<=[.!?\"]) (?=[A-Z\"])", paragraph)


def reword(paras, share, rng):
    out = []
    for p in paras:
        sents = sentences(p)
        out.append(" ".join(reword_sentence(s, rng) if rng.random() < share else s
                            for s in sents))
    return out


class Story:
    """A story as parts: dateline, paragraphs of body, attribution line,
    and a paragraph of more facts an update could add."""

    def __init__(self, place, outlet, paras, extra, rng):
        self.place, self.outlet, self.paras, self.extra = place, outlet, paras, extra
        self.date = dateline(place, outlet, rng)
        self.attrib = attribution(outlet, rng)

    def text(self, paras=None, date=None, attrib=None):
        paras = list(self.paras if paras is None else paras)
        paras[0] = (self.date if date is None else date) + paras[0]
        return "\n\n".join(paras + [self.attrib if attrib is None else attrib])


def rewrites(story, rng):
    """{edit: text} for the edits of the module docstring."""
    other = rng.choice([o for o in OUTLETS if o != story.outlet])
    date, attrib = dateline(story.place, other, rng), attribution(other, rng)
    n = len(story.paras)
    order = list(range(1, n))
    while n > 2 and order == sorted(order):
        rng.shuffle(order)
    reordered = [story.paras[0]] + [story.paras[i] for i in order]
    if rng.random() < 0.3:	# the lede moved too, now and then
        reordered[0], reordered[1] = reordered[1], reordered[0]
    dropped = list(story.paras)
    del dropped[rng.randrange(1, n)]
    added = list(story.paras)
    added.insert(rng.randrange(1, n + 1), story.extra)
    out = {
        "dateline": story.text(date=date, attrib=attrib),
        "reorder": story.text(paras=reordered),
        "reword": story.text(paras=reword(story.paras, 0.8, rng)),
        "add": story.text(paras=added),
        "drop": story.text(paras=dropped),
    }
    base = added if rng.random() < 0.5 else dropped
    mixed = [base[0]] + rng.sample(base[1:], len(base) - 1)
    out["rewrite"] = story.text(paras=reword(mixed, 0.7, rng), date=date, attrib=attrib)
    return out


def gum_bodies(shared):
    docs = common.read_jsonl(os.path.join(shared, "data", "split", "gum_news_docs.jsonl"))
    bodies = []
    for d in docs:
        paras = [p for p in d["text"].split("\n\n") if p.strip()]
        # GUM opens with the headline and the date line: the body follows.
        body = paras[2:] if len(paras) > 4 else paras
        if len(body) >= 3:
            bodies.append(body[:12])
    return bodies


def build(shared=common.SHARED, seed=23, per_topic=12, gmb=120):
    """Returns stories: {id, text, kind, edit, gold} in arrival order
    (every base before its rewrites; negatives among the rewrites)."""
    rng = random.Random(seed)
    bases, negatives = [], []
    everyone = [f"{f} {l}" for f in FIRST for l in LAST]
    for topic in sorted(TOPICS):
        # Stories of a topic happen in other places to other people.
        places = rng.sample(PLACES, per_topic)
        people = rng.sample(everyone, 2 * per_topic)
        for k in range(per_topic):
            place, paras, extra = invented_story(topic, rng, rng.randint(3, 6), places[k],
                                                 people[2 * k:2 * k + 2])
            st = Story(place, rng.choice(OUTLETS), paras, extra, rng)
            kept = bases if k < per_topic * 2 // 3 else negatives
            kept.append((f"inv-{topic}-{k}", "invented", st))
    for b, body in enumerate(gum_bodies(shared)):
        st = Story(rng.choice(PLACES), rng.choice(OUTLETS), body[:-1], body[-1], rng)
        bases.append((f"gum-{b}", "gum", st))
    arts = dedupe_set.gmb_articles(os.path.join(shared, "data", "ner", "gmb.conll"),
                                   limit=gmb)
    for b, paras in enumerate(arts):
        if len(paras) < 4:
            continue
        st = Story(rng.choice(PLACES), rng.choice(OUTLETS), paras[:-1], paras[-1], rng)
        # Every other article is a base with rewrites; the rest, next to
        # them in GMB and on their topic, are negatives.
        (bases if b % 2 == 0 else negatives).append((f"gmb-{b}", "gmb", st))
    first, later = [], []
    for sid, kind, st in bases:
        first.append({"id": sid, "text": st.text(), "kind": kind, "edit": "base",
                      "gold": sid})
        for edit, text in rewrites(st, rng).items():
            later.append({"id": f"{sid}~{edit}", "text": text, "kind": kind, "edit": edit,
                          "gold": sid})
    for sid, kind, st in negatives:
        later.append({"id": sid, "text": st.text(), "kind": kind, "edit": "negative",
                      "gold": sid})
    rng.shuffle(first)
    rng.shuffle(later)
    return first + later


if __name__ == "__main__":
    for s in build():
        print(json.dumps(s, ensure_ascii=False))
