"""Questions of preprocessed text whose subject is a named thing, not a person.

The question shapes of edu/extract/stemmed.py ask a date of what a person did ("gall receiv
letter 23 septemb 1846" -> "On which date did Johann Galle receive the letter?"). A ship, a
building, a university or a country does things on a date too, and the stems say so in the
same plain order: "mayflow final left plymouth 6 septemb 1620" -> "On which date did the
Mayflower finally leave Plymouth?", "empir state build open 1 may 1931" -> "On which date
did the Empire State Building open?". This module names such subjects and asks two shapes,
the thing's clause right before the date or right after it, with the clause reader of
stemmed.py (`clause_span`), so the object, its article and its end are read as for a person.
The title's thing counts too where the body says it again (`title_spans`).

A named thing is named only where its article is sure without the deleted words:
- a place (a country, a town, a region of the place lists: "Peru", "Plymouth"), bare, and
  only as an object ("leave Plymouth"): before a verb a place is mostly where the thing
  before it was ("st thoma hospit london open 9 juli 1860": the hospital in London opened,
  not London; on the 156 blind and tuning texts 8 of 10 such questions were wrong); after a
  date it opens the clause ("1822 ... paris"), and may be its subject;
- a name of two words or more whose last word is a common noun one counts ("Empire State
  Building", "Hudson River"), with "the";
- a one-word name the text says right before a craft's noun somewhere ("mayflow english
  merchant ship": "the Mayflower"), with "the".
Anything else ("Raskob", "Wampanoag", "Olympia") is not asked: "did Yale" and "did the
Mayflower" differ by a word the stems do not keep. The thing must be said twice or more: a
thing the text returns to, not a word misread as a name once.

spaCy's tagger was tried on the Reading's restored words (round 17p, docs/EXTRACT.md): read
against its own tags of the raw text, it calls 83 % of verbs verbs and one word in five it
calls a verb is none; a question on a wrong verb is a wrong question, and extraction of
preprocessed text never loads the pipeline (tests/test_own_document.py). The verb tables and
guards of stemmed.py are surer, and they are used here.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass

from edu.extract import lexicon as lx
from edu.extract.localities import CRAFT_HEADS
from edu.extract.scan import countable
from edu.extract.stemmed import (
    INTRANSITIVE,
    LIGHT_VERBS,
    STATIVE,
    TITLE_WORDS,
    WHICH_ONE,
    StemmedText,
    adverb_of,
    clause_span,
    date_words,
    maybe_decade,
    noun_like,
    verb_of,
)
from edu.extract.wording import title_word
from edu.text.names import surnames
from edu.text.wordmap import load_wordmap

THING_MENTIONS = 2  # a thing the text says at least this often: not a word misread once
# Round 18p: nouns of things people make or found, whose name ("the Irkutsk Hydroelectric
# Dam", "the Arab Potash Company") is sure at one mention, and what is done to them on a date
# (such a name said once right before "completed" or "founded" and a date was never asked:
# it was no named thing); stems
MADE_HEADS = frozenset({"dam", "museum", "compani", "bridg", "canal", "tunnel", "railway",
                        "cathedr", "church", "tower", "librari", "theatr", "stadium",
                        "observatori", "univers", "colleg", "hospit", "institut", "societi",
                        "bank", "school", "laboratori", "railroad", "station", "barrier"})
FOUNDED_HEADS = frozenset({"compani", "museum", "univers", "colleg", "hospit", "institut",
                           "societi", "bank", "school", "laboratori", "observatori", "librari"})
FOUND = "found"  # the stem of "founded" and the past of "find"
MADE_VERBS = {"complete": "completed", "build": "built", "finish": "finished",
              "establish": "established", "launch": "launched"}  # ("open": it opened)
CRAFT_REACH = 3  # tokens after a one-word name searched for its craft's noun ("ship")
THING_WORDS = 4  # the longest name asked as a subject ("North Tower World Trade Center")
# words this rare (Zipf) are a name's, not English's: "machu" 2.6, "picchu" 2.6; a title's
# name made of them takes no article ("Machu Picchu was ...")
NAME_ZIPF = 3.0


@dataclass(frozen=True)
class Thing:
    """A named thing said at tokens [start, end): how a question names it."""

    start: int
    end: int
    phrase: str
    # a place is asked only as an object ("leave Plymouth"): before a verb it is mostly where
    # the thing before it was ("hospit london open": the hospital in London opened)
    subject: bool = True


@dataclass(frozen=True)
class NameSpan:
    """A name found at tokens [i, j): its text, whether it is a place, and whether it is the
    title's (`title_spans`)."""

    i: int
    j: int
    text: str
    place: bool
    title: bool = False


def named_things(stems: Sequence[str], spans: Iterable[NameSpan], persons: Container[int],
                 title: Sequence[NameSpan] = ()) -> dict[int, Thing]:
    """Token -> the named thing said there, for every mention of each name whose article is
    sure (module docstring) and which the text says THING_MENTIONS times or more; the
    title's thing (`title_spans`) first."""
    runs: dict[tuple[str, ...], NameSpan] = {}
    for span in (*title, *spans):
        if span.j - span.i > THING_WORDS or any(k in persons for k in range(span.i, span.j)) \
                or len(set(stems[span.i : span.j])) < span.j - span.i:
            continue  # (a word said twice, "mayflow mayflow", is two mentions, no name)
        runs.setdefault(tuple(stems[span.i : span.j]), span)
    if not runs:
        return {}
    at: dict[tuple[str, ...], list[int]] = {}
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for run in runs:
        by_first.setdefault(run[0], []).append(run)
    for k, stem in enumerate(stems):  # one pass; a token looks only at the runs it opens
        for run in by_first.get(stem, ()):
            if tuple(stems[k : k + len(run)]) == run:
                at.setdefault(run, []).append(k)
    crafted = _said_before_craft(stems, {run[0] for run in runs if len(run) == 1})
    out: dict[int, Thing] = {}
    for run, span in runs.items():
        starts = at.get(run, [])
        if len(starts) < (1 if span.place or _made(run) else THING_MENTIONS):
            continue  # (a place of the lists is sure once: it is only ever an object; a
            # name of two words or more ending in a made thing's noun is a name once)
        phrase = _phrase(run, span, crafted)
        if phrase is None:
            continue
        for k in starts:
            thing = Thing(k, k + len(run), phrase, subject=not span.place)
            for x in range(k, k + len(run)):
                out.setdefault(x, thing)
    return out


def title_spans(stems: Sequence[str], words: Sequence[str],
                persons: Container[int]) -> list[NameSpan]:
    """The title's thing as a name the text says again ("empir state build" of "build empir
    state build ... empir state build open"): the longest run of two or more of the title's
    first TITLE_WORDS tokens that the body repeats, none of them a person, a number or a
    verb. `named_things` keeps it only where its article is sure."""
    n = min(TITLE_WORDS, len(stems))
    body = " " + " ".join(stems[n:]) + " "
    for size in range(n, 1, -1):
        for lo in range(0, n - size + 1):
            run = stems[lo : lo + size]
            if any(k in persons for k in range(lo, lo + size)) \
                    or not all(st.isalpha() and _not_a_verb(st) for st in run) \
                    or not noun_like(run[0]) and load_wordmap().candidates(run[0]):
                continue  # ("build empir state build": "Building" opens no name)
            if f" {' '.join(run)} " in body:  # spelled as English writes each word most
                text = " ".join(load_wordmap().best(st) or w or st  # ("states" was a guess)
                                for w, st in zip(words[lo : lo + size], run, strict=True))
                return [NameSpan(lo, lo + size, text, False, title=True)]
    return []


def _said_before_craft(stems: Sequence[str], singles: set[str]) -> set[str]:
    """The one-word names said right before a craft's noun ("mayflow english merchant ship")."""
    out = set()
    for k, stem in enumerate(stems):
        if stem in singles and any(s in CRAFT_HEADS
                                   for s in stems[k + 1 : k + 1 + CRAFT_REACH]):
            out.add(stem)
    return out


def _phrase(run: tuple[str, ...], span: NameSpan, crafted: set[str]) -> str | None:
    """How a question names the thing, with its article, or None where it is not sure."""
    name = " ".join(title_word(w) for w in span.text.split())
    if not name or not name[:1].isalpha():
        return None
    if span.place:
        return name
    if len(run) > 1 and run[-1].isalpha() and countable(run[-1]) and _not_a_verb(run[-1]):
        if name.split()[0].endswith("'s"):
            return name  # "Jordan's Arab Potash Company": the owner is its article
        return f"the {name}"  # "the Empire State Building"
    if len(run) == 1 and run[0] in crafted:
        return f"the {name}"  # "the Mayflower"
    if len(run) > 1 and span.title and all(load_wordmap().stem_zipf(st) < NAME_ZIPF
                                           for st in run):
        return name  # the title's name of words English has not ("Machu Picchu")
    return None


def _not_a_verb(stem: str) -> bool:
    """A stem no verb of the tables surely is ("build": "building" is a noun too)."""
    verb = verb_of(stem)
    return verb is None or not verb[1]


def _made(run: tuple[str, ...]) -> bool:
    """A name of two words or more whose last is a made thing's noun (MADE_HEADS) and one of
    whose words before it is rarer than English's words (NAME_ZIPF): "irkutsk hydroelectr
    dam", "arab potash compani"; not "kind world institut" (the first school of its kind in
    the world, the Institution ...: no name)."""
    return len(run) > 1 and run[-1] in MADE_HEADS \
        and any(load_wordmap().stem_zipf(st) < NAME_ZIPF for st in run[:-1])


def thing_date_question(doc: StemmedText, things: dict[int, Thing], i: int, j: int,
                        category: str) -> str | None:
    """A date question of what a named thing did, for a date at tokens [i, j): the thing's
    clause right before the date, or right after it; or what was done to a made thing
    right before the date (`_made_before`)."""
    opening = date_words(category)
    if opening is None:
        return None
    made = _made_before(doc, things, i, j)
    if made:
        return f"{opening} {made}?"
    said = _clause_before(doc, things, i, j) or _clause_after(doc, things, j)
    return f"{opening} did {said}?" if said else None


def _made_before(doc: StemmedText, things: dict[int, Thing], i: int, j: int) -> str | None:
    """ "irkutsk hydroelectr dam complet 1950" -> "was the Irkutsk Hydroelectric Dam
    completed", "arab potash compani found 1956" -> "was the Arab Potash Company founded":
    a name ending in a made thing's noun, right after it a verb of MADE_VERBS and right
    after that the date, in one sentence, the date opening no clause of its own (round
    18p). "found" after a body is "founded" (FOUNDED_HEADS), never "find"."""
    v = i - 1
    if v < 1 or {v, i} & doc.boundaries or maybe_decade(doc, i) \
            or j < len(doc.stems) and j not in doc.boundaries \
            and (j in doc.persons or j in things):
        return None
    thing = things.get(v - 1)
    if thing is None or thing.end != v or not thing.subject \
            or not _made(tuple(doc.stems[thing.start : thing.end])) \
            or _object_of_verb(doc, thing.start):
        return None
    head = doc.stems[v - 1]
    if doc.stems[v] == FOUND and head in FOUNDED_HEADS:
        done = "founded"
    else:
        verb = verb_of(doc.stems[v])
        if verb is None or verb[0] not in MADE_VERBS:
            return None
        done = MADE_VERBS[verb[0]]
    return f"was {thing.phrase} {done}"


def _clause_before(doc: StemmedText, things: dict[int, Thing], i: int, j: int) -> str | None:
    """ "mayflow final left plymouth 6 septemb 1620": the thing, an optional adverb, a past
    verb and its object (or a verb of no object) ending right before the date; not where the
    date opens the next clause (a person or a thing right after it)."""
    if i < 2 or i in doc.boundaries or j < len(doc.stems) and j not in doc.boundaries and (
            j in doc.persons or j in things):
        return None
    for v in range(i - 1, max(0, i - 5), -1):
        if v in doc.persons or v in doc.boundaries:
            return None  # a person's clause (stemmed.py asks it), or another section
        if v in things or doc.classes[v] != lx.WORD:
            continue  # (the object may be a named thing: "left Plymouth")
        verb = verb_of(doc.stems[v])
        # a verb of no object right before the date is what the thing did then, "-ed" or
        # not: "empir state build open 1 may 1931" (the Reading wrote "open")
        read_past = (doc.words[v] or "").endswith("ed") \
            or v == i - 1 and verb is not None and verb[0] in INTRANSITIVE
        if verb is None or not (verb[1] or read_past) or verb[0] in ("be", "have") \
                or verb[0] in LIGHT_VERBS | STATIVE:
            continue
        adverb = adverb_of(doc.stems[v - 1]) if v - 1 not in things else None
        s = v - 2 if adverb else v - 1
        thing = things.get(s)
        if thing is None or not thing.subject or thing.end != s + 1 \
                or _object_of_verb(doc, thing.start):
            return None  # the nearest verb before the date has no named subject
        middle = f"{adverb} {verb[0]}" if adverb else verb[0]
        if v == i - 1:
            # "did the Empire State Building open"; a verb that takes an object is no question
            return f"{thing.phrase} {middle}" if verb[0] in INTRANSITIVE else None
        named = things.get(v + 1)
        if named is not None and named.start == v + 1 and named.end == i:
            return f"{thing.phrase} {middle} {named.phrase}"  # "... leave Plymouth"
        said = clause_span(doc, v)
        return f"{thing.phrase} {middle} {said[1]}" if said and said[2] == i else None
    return None


def _clause_after(doc: StemmedText, things: dict[int, Thing], j: int) -> str | None:
    """ "2010 yale return collect": a date, then the thing, a verb read as past and its
    object (as `stemmed._date_then_person` reads a person's)."""
    thing = things.get(j)  # (a place right after a date opens the clause: "2010 yale")
    if thing is None or thing.start != j or j in doc.boundaries:
        return None
    q = thing.end
    if q >= len(doc.stems) or q in doc.boundaries or q in doc.persons or q in things:
        return None
    verb = verb_of(doc.stems[q])
    if verb is None or not (verb[1] or (doc.words[q] or "").endswith("ed")):
        return None
    said = clause_span(doc, q)
    return f"{thing.phrase} {said[0]} {said[1]}" if said else None


def _object_of_verb(doc: StemmedText, k: int) -> bool:
    """Whether a past verb stands right before the thing at token k: the thing is that verb's
    object ("left plymouth sail": the ship left Plymouth), no subject."""
    if k == 0 or k in doc.boundaries or doc.classes[k - 1] != lx.WORD:
        return False
    verb = verb_of(doc.stems[k - 1])
    return verb is not None and verb[1]


# Things named after a person ("Otis Elevator Company", "William Arrol & Company", "Alfred
# Wegener Institute", "Walter Reed Army Hospital"): the head right after a person's name (or
# after one more word of the name) says the answer is a thing, not the person "Who?" asks
# for. "univers" is left out: "Peter Higgs of the University of Edinburgh" reads "peter higg
# univers edinburgh". Round 20p, on the top-K person drafts of the 66 blind documents: a head
# right after the name, 7 of 7 things; one word later, 2 of 5 ("lester shubin nation institut"
# was a man of the National Institute), so that word must be one of NAMED_THING_MIDDLES or a
# surname of the census lists rarer in English than NAME_THING_ZIPF ("carnegi" 3.6,
# "nation" 5.5)
NAMED_AFTER_HEADS = {"compani": "company", "colleg": "college", "hospit": "hospital",
                     "institut": "institute", "school": "school", "bridg": "bridge",
                     "museum": "museum", "laboratori": "laboratory", "librari": "library",
                     "observatori": "observatory"}  # ("railway": "henry booth, railway's
# treasurer"; "societi": "presented to the Geological Society")
NAMED_THING_MIDDLES = frozenset({"armi", "memori", "navi", "children"})
NAME_THING_ZIPF = 4.0


def named_after_person(following: Sequence[str]) -> str | None:
    """The noun of a thing named after the person whose name the stems `following` come
    right after ("company" of "oti elev | compani"), or None."""
    if following[:1] and following[0] in NAMED_AFTER_HEADS:
        return NAMED_AFTER_HEADS[following[0]]
    if len(following) >= 2 and following[1] in NAMED_AFTER_HEADS:
        middle = following[0]
        if middle in NAMED_THING_MIDDLES or middle in surnames() \
                and load_wordmap().stem_zipf(middle) < NAME_THING_ZIPF:
            return NAMED_AFTER_HEADS[following[1]]
    return None


# Round 21p: a question that asks of "the bridge" where the title names the Sydney Harbour
# Bridge, set 22's near-keeps ("How many metres long was the bridge?", edited: "the bridge
# unnamed"). A word before the kind's noun in the text that picks one of several ("second
# bridg", "new bridg", stemmed.WHICH_ONE) says the document has two of the kind: not named.
def stemmed_title_thing(things: dict[int, Thing], title: Sequence[NameSpan],
                stems: Sequence[str]) -> tuple[str, str] | None:
    """(the title's thing as named, the noun it ends with) where the title names one and
    the text knows no other of its kind; else None."""
    if not title or title[0].i not in things:
        return None
    thing = things[title[0].i]
    if len(thing.phrase.split()) < 3:  # "the" and two words: "the Brooklyn Bridge"
        return None
    head = stems[thing.end - 1]
    if any(stems[k] == head and stems[k - 1] in WHICH_ONE for k in range(1, len(stems))):
        return None
    if any(_comparable(stem) for stem in stems[thing.start : thing.end - 1]):
        return None  # "tacoma narrow bridg": an adjective in a name may have lost its "s"
        # (the Tacoma Narrows Bridge); the stems cannot tell, so the name is not said
    return thing.phrase, thing.phrase.split()[-1].lower()


def title_named(prompt: str, thing: tuple[str, str]) -> str:
    """A question's bare "the <noun>" of the title's thing's noun said by its name, once."""
    phrase, noun = thing
    if phrase in prompt:
        return prompt
    return re.sub(rf"\bthe {re.escape(noun)}\b", phrase, prompt, count=1)


def _comparable(stem: str) -> bool:
    """An adjective English compares ("narrow": "narrower")."""
    words = {w for w, _ in load_wordmap().candidates(stem)}
    return any(w.endswith(("er", "est")) and w[:-2].rstrip("e") in (stem, stem.rstrip("e"))
               or w.endswith("est") and w[:-3] == stem for w in words)
