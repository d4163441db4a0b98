"""Fact extraction: ranked draft facts (numbers, dates, names) with exact evidence spans.

    extract_candidates(reading, kinds=None) -> list[Fact]   # best first
    draft_deck(doc_path, facts, out_path=None, glossary=None, text=None, sections=()) -> Deck

Extraction takes the document's one `Reading` (edu.text.reading): answers, prompts and
evidence are cut from its words, so a draft reads exactly as `edu restore` shows its span.

Stages: `lexicon` classifies each distinct stem, `scan` finds anchors in one pass over the
tokens, `phrases` adds places and organisation names made of English words, `terms` adds
things named by ordinary words (ranked below every other name), `entities` reads the names
of ordinary English with spaCy's small English pipeline, `candidates`
turns the distinct anchors into facts (restored text, prompt, score, id).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from operator import attrgetter
from pathlib import Path

from edu.deck.model import Deck, Fact, document_deck
from edu.extract import lexicon as lx
from edu.extract.anchor import Anchor
from edu.extract.candidates import FIRST_PAGE, build_facts, title_line
from edu.extract.entities import entity_anchors
from edu.extract.lexicon import Classifier
from edu.extract.localities import cued_places, locality_anchors
from edu.extract.localities import wanted_stems as locality_stems
from edu.extract.people import person_anchors
from edu.extract.people import wanted_stems as people_stems
from edu.extract.phrases import of_bodies, phrase_anchors
from edu.extract.pronoun_names import leans_unnamed_draft, named_draft
from edu.extract.ranges import joined_ranges
from edu.extract.scan import Scanner, age_anchors
from edu.extract.stemindex import StemIndex
from edu.extract.subject_kinds import (
    named_in_stems,
    named_subjects,
    subject_of_stems,
)
from edu.extract.terms import term_anchors
from edu.extract.years import era_years, lone_year, mark_glued_ranges
from edu.gcpause import no_cycle_collection
from edu.text.glossary import Glossary
from edu.text.numbers import ERAS_AFTER, ERAS_BEFORE
from edu.text.reading import Reading
from edu.text.source import Document, Section
from edu.text.stemcache import flush as flush_stems


def heading_boundaries(reading: Reading) -> set[int]:
    """Token indices where a section heading starts (windows never cross them)."""
    if not reading.sections:
        return set()
    starts = reading.document.token_starts()
    out = set()
    for sec in reading.sections:
        k = bisect_left(starts, sec.start)
        if k < len(starts) and starts[k] == sec.start:
            out.add(k)
    return out


_TERM_GLUE = frozenset({"of", "the", "a", "an"})
# units after which a four-digit figure measures ("1,900 metres"); "second" and "per" may
# follow a year ("in 1927 second place", "1950 per capita")
_MEASURE_UNITS = frozenset(lx.UNITS) - {"second", "per"}
_CLAUSE_MARKS = re.compile(r"[.,;:!?()\[\]\"\u2013\u2014]|\n")


def _clause_breaks(doc: Document) -> set[int]:
    """Ordinary English: tokens after punctuation or after a dropped word other than an article
    or "of" ("Gatun on the Atlantic side"): terms never run across them."""
    text, tokens = doc.text, doc.tokens
    out = set()
    for k in range(1, len(tokens)):
        lo, hi = tokens[k - 1].end, tokens[k].start
        if hi - lo > 1 and (_CLAUSE_MARKS.search(text, lo, hi)
                            or not set(text[lo:hi].lower().split()) <= _TERM_GLUE):
            out.add(k)
    return out


def _measure_figures(doc: Document, stems: list[str], classes: list[int]) -> set[int]:
    """Ordinary English: four-digit figures that are never a year, being written with a
    thousands comma ("2,000") or followed by a unit ("1785 metres", "1900 km")."""
    text, tokens, n = doc.text, doc.tokens, len(stems)
    out = set()
    for k, c in enumerate(classes):
        if c not in (lx.YEAR, lx.NUM) or len(stems[k]) != 4:
            continue
        t = tokens[k]
        if "," in text[t.start:t.end] or (
                k + 1 < n and stems[k + 1] in _MEASURE_UNITS
                and not text[t.end:tokens[k + 1].start].strip()):
            out.add(k)
    return out


_NUMBER_SIGN = re.compile(r"\b[Nn]o\.\s*$|#\s*$")  # "No. 1812", "no. 7", "#4" just before


def _label_figures(doc: Document, stems: list[str], classes: list[int]) -> set[int]:
    """Figures that label rather than date or count: right after a label word ("taxi number
    1729", "Platform 9", lexicon.LABEL_WORDS) or, in ordinary English, after "No." or "#"."""
    text, tokens = doc.text, doc.tokens
    out = set()
    for k in range(1, len(stems)):
        if classes[k] not in (lx.YEAR, lx.NUM):
            continue
        if stems[k - 1] in lx.LABEL_WORDS and not text[tokens[k - 1].end:tokens[k].start].strip() \
                or doc.raw and _NUMBER_SIGN.search(text[tokens[k - 1].end:tokens[k].start]):
            out.add(k)
        elif stems[k - 1] in lx.SERVICE_WORDS and lone_year(stems, k) \
                and not text[tokens[k - 1].end:tokens[k].start].strip():
            out.add(k)  # "flight 1549": the flight's number
    return out


def _written_eras(doc: Document, stems: list[str]) -> set[int]:
    """Ordinary English: the tokens that are era marks as written, in capitals and next to
    their year ("AD 79", "259 BC"): "added in 2007" stems to "ad 2007" too."""
    text, tokens, n = doc.text, doc.tokens, len(stems)
    out = set()
    for k, t in enumerate(tokens):
        written = text[t.start:t.end].replace(".", "")
        if not written.isupper():
            continue
        if stems[k] in ERAS_AFTER and k > 0 and not text[tokens[k - 1].end:t.start].strip() \
                or stems[k] in ERAS_BEFORE and k + 1 < n \
                and not text[t.end:tokens[k + 1].start].strip():
            out.add(k)
    return out


# words that may stand between a day and its month ("the 26th of November")
_DATE_JOINERS = frozenset({"of", "the"})
_GAP_WORD = re.compile(r"[^\W_]+")


def _parted(doc: Document) -> set[int]:
    """Ordinary English: the tokens that a dropped word (a stop word, not "of" or "the")
    parts from the token before: "in April to under 2 per cent" is no date "April 2"."""
    text, tokens = doc.text, doc.tokens
    out = set()
    for k in range(1, len(tokens)):
        gap = text[tokens[k - 1].end:tokens[k].start]
        if len(gap) > 1 and any(w.lower() not in _DATE_JOINERS for w in _GAP_WORD.findall(gap)):
            out.add(k)
    return out


def extract_candidates(reading: Reading,
                       kinds: tuple[str, ...] | list[str] | None = None) -> list[Fact]:
    """Draft facts of the wanted kinds, status "draft", sorted best first."""
    # Extraction makes many small objects and no reference cycles; the cyclic collector
    # would otherwise rescan the document's millions of tokens again and again.
    with no_cycle_collection():
        found = _extract(reading, kinds)
    flush_stems()  # words stemmed for compounds and months: no nltk import next time
    return found


def _extract(reading: Reading, kinds: tuple[str, ...] | list[str] | None) -> list[Fact]:
    doc, glossary = reading.document, reading.glossary
    stems = doc.stems()
    classifier = Classifier()
    classes = classifier.classes(stems)
    boundaries = heading_boundaries(reading)
    measures = _measure_figures(doc, stems, classes) if doc.raw else set()
    labels = _label_figures(doc, stems, classes)
    for k in measures | labels:
        if classes[k] == lx.YEAR:
            classes[k] = lx.NUM  # "2,000 metres": a count, never the year 2000
    if not doc.raw:
        mark_glued_ranges(stems, classes)  # "195758": 1957–58, never 195,758
    anchors = Scanner(stems, classes, boundaries, glossary, classifier.cache,
                      stemmed=not doc.raw, measures=measures,
                      eras=_written_eras(doc, stems) if doc.raw else None,
                      written=doc.words if doc.raw else None,
                      apart=_parted(doc) if doc.raw else None, labels=labels,
                      era_years=set() if doc.raw else era_years(stems, classes)).scan()
    if kinds is None or "name" in kinds:
        extra = phrase_anchors(stems, classes, boundaries, classifier.cache)
        taken = {(a.i, a.j) for a in anchors if a.kind == "name"}
        taken.update((a.i, a.j) for a in extra)
        raw = doc.raw and doc.words is not None
        starts = [t.start for t in doc.tokens] if raw else None
        terms = term_anchors(stems, classes, boundaries | (_clause_breaks(doc) if raw else set()),
                             taken, doc.words if raw else None, doc.text if raw else None, starts,
                             classifier.cache)
        anchors = anchors + extra + terms
        if raw:
            # a demonym names a people, not its place: "Egyptian hieroglyphs" asks no "Egypt"
            anchors = [a for a in anchors if not a.features.demonym]
            anchors = _with_entities(anchors, entity_anchors(doc))
        else:
            # a surname found alone stays beside the full name: "Who? ... Lesseps" is a
            # question too, and the given-name guess may run past the name's end
            # one pass over the tokens finds where every name scan below may start
            index = StemIndex(stems, (*people_stems(), *locality_stems()))
            people = person_anchors(stems, classes, boundaries, reading.words, index)
            anchors = _with_entities(_without_given_alone(anchors, people), people,
                                     partial_names_stay=True)
            places_found = _known_places(anchors, people,
                                         locality_anchors(stems, classes, boundaries,
                                                          reading.words, index))
            # "east river": a place of two words there, not a term of the same words (which,
            # first at the same tokens, would take the place's draft); a one-word town may be
            # a common word ("the lander"), which the term reads better
            spans = {(a.i, a.j) for a in places_found if a.j - a.i > 1}
            anchors = [a for a in anchors if not (a.features.term and (a.i, a.j) in spans)
                       and not _epithet_alone(a, stems, classes)]
            anchors += places_found
            bodies = of_bodies(stems, classes, boundaries, reading.words)
            # the body's name whole, not its name cut before the field ("United States
            # Department" of "... Department of Energy")
            spans = {(a.i, a.j) for a in bodies} | {(a.i, a.j - 1) for a in bodies}
            anchors = [a for a in anchors if not (a.kind == "name" and (a.i, a.j) in spans)]
            anchors += bodies
            cued = cued_places(stems, classes, boundaries, index)
            for a in anchors:  # "capit merrow": the rare word is a town
                if a.kind == "name" and a.j == a.i + 1 and a.i in cued \
                        and not (a.features.glossary or a.features.entity or a.features.term):
                    a.features.place = True
        anchors = sorted(anchors, key=attrgetter("i"))
    # "a 43-year-old constable": one token ("43yearold" in preprocessed text too), which the
    # scan reads as a word
    anchors = sorted(anchors + age_anchors(stems), key=attrgetter("i"))
    if kinds is not None:
        wanted = set(kinds)
        anchors = [a for a in anchors if a.kind in wanted]
    if doc.raw:  # "between 227,000 and 300,000 people": one answer, not two halves
        anchors = joined_ranges(doc, anchors)
    facts = build_facts(reading, stems, classes, anchors, boundaries)
    return _subject_named(reading, facts) if doc.raw \
        else _subject_named_in_stems(reading, stems, facts)


def _subject_named(reading: Reading, facts: list[Fact]) -> list[Fact]:
    """Raw drafts with "the bridge" (or an opening "It") said as the document's subject
    (`subject_kinds.named_as_subject`), whatever round last wrote the prompt (a fill-in
    asked as a question after ranking: "On which date was the tower completed?"); the
    wording only, their order stays."""
    text = reading.document.text
    for fact in facts:  # the subject, then the event its title names
        fact.prompt = named_subjects(fact.prompt, text, fact.source.start, str(fact.answer),
                                     text[fact.source.start : fact.source.end])
        # then a bare "she", "the company", "that same year" (round 20n)
        fact.prompt = named_draft(fact.prompt, text, fact.source.start, fact.source.end,
                                  str(fact.answer))
    # what still leans on a bare pronoun or kind word goes after the named drafts of the
    # first page (the page's set, and so recall, stays)
    page = facts[:FIRST_PAGE]
    leaning = {f.id for f in page if leans_unnamed_draft(f.prompt, str(f.answer), text)}
    facts[:FIRST_PAGE] = [f for f in page if f.id not in leaning] \
        + [f for f in page if f.id in leaning]
    return facts


def _subject_named_in_stems(reading: Reading, stems: list[str], facts: list[Fact]) -> list[Fact]:
    """Preprocessed questions with "the bridge" said as the subject the title and the first
    sentence name ("the Brooklyn Bridge", `subject_kinds.named_in_stems`); the wording
    only, their order stays."""
    subject = subject_of_stems(stems, reading.words)
    if subject is None:
        return facts
    out = []
    for fact in facts:
        lo, hi = reading.token_range(fact.source)
        prompt = named_in_stems(fact.prompt, subject, stems, lo, hi)
        out.append(fact if prompt == fact.prompt else replace(fact, prompt=prompt))
    return out


def _epithet_alone(a: Anchor, stems: list[str], classes: list[int]) -> bool:
    """A one-word name that is a species' epithet after its genus ("epischura baikalensi"):
    half a name; the genus before it is drafted on its own."""
    return a.kind == "name" and a.j == a.i + 1 and a.i > 0 and lx.latin_epithet(stems[a.i]) \
        and classes[a.i - 1] in (lx.FOREIGN, lx.RARE)


def _without_given_alone(anchors: list[Anchor], people: list[Anchor]) -> list[Anchor]:
    """Less a one-word name at the first word of a person ("Halvard" of "Halvard Nansen"):
    a given name alone asks nobody. The surname alone there stays ("Who? ... Nansen"; it
    holds the answer if the person ran past the name's end), marked `in_person`: it ranks
    below the draft of the full name, and later mentions stay repeats of it."""
    firsts = {a.i for a in people if a.j - a.i > 1}
    lasts = {a.j - 1 for a in people if a.j - a.i > 1}
    for a in anchors:  # the surname alone at the full name's own tokens asks it again
        if a.kind == "name" and a.j == a.i + 1 and a.i in lasts and not a.features.glossary:
            a.features.in_person = True
    return [a for a in anchors if not (a.kind == "name" and a.j == a.i + 1 and a.i in firsts
                                       and not a.features.glossary)]


def _known_places(anchors: list[Anchor], people: list[Anchor],
                  found: list[Anchor]) -> list[Anchor]:
    """Towns and "Head of Place" names, less those inside a person ("son washington roebl")
    and those another scan already names at the same tokens (a glossary, the place list, a
    rare word or an organisation phrase: its ranking stays as it was)."""
    taken = {(a.i, a.j) for a in anchors if a.kind == "name" and not a.features.term}
    spans = sorted((a.i, a.j) for a in people)
    return [a for a in found if (a.i, a.j) not in taken and not _overlaps(spans, a.i, a.j)]


def _with_entities(anchors: list[Anchor], found: list[Anchor],
                   partial_names_stay: bool = False) -> list[Anchor]:
    """Merge entities into the scanned anchors: a name scanned at exactly an entity's tokens
    gets its label; other names and terms that overlap an entity are partial guesses at it
    ("Maow" of "Ali Maow Maalin") and give way, unless `partial_names_stay` (then only the
    terms and a name's middle words do); glossary names always stay."""
    spans = {(e.i, e.j): e for e in found}
    starts = sorted((e.i, e.j) for e in found)
    kept: list[Anchor] = []
    for a in anchors:
        if a.kind != "name":
            kept.append(a)
            continue
        same = spans.pop((a.i, a.j), None)
        if same is not None:
            a.features.entity = same.features.entity
            a.features.introduced = same.features.introduced
            # the entity is the name as written; a glossary spells it its own way
            a.name_text = a.name_text if a.features.glossary else same.name_text or a.name_text
            a.kind_noun = same.kind_noun
            if same.head:  # the kind noun beside the name as written
                a.phrase, a.head = same.phrase, same.head
            kept.append(a)
        elif (a.features.glossary or (partial_names_stay and not a.features.term
                                      and not _inside(starts, a.i, a.j))
              or not _overlaps(starts, a.i, a.j)):
            kept.append(a)
    return kept + list(spans.values())


def _inside(spans: list[tuple[int, int]], i: int, j: int) -> bool:
    """Whether tokens [i, j) lie strictly inside a span, touching neither end: the middle of
    a name ("Wyvil" of "Charles Wyvil Thomson"), which is no surname said alone (round 16p)."""
    k = bisect_left(spans, (j, j))
    return any(lo < i and j < hi for lo, hi in spans[max(0, k - 3) : k])


def _overlaps(spans: list[tuple[int, int]], i: int, j: int) -> bool:
    k = bisect_left(spans, (j, j))
    return any(lo < j and i < hi for lo, hi in spans[max(0, k - 3) : k])


def draft_deck(doc_path: str | Path, facts: list[Fact], out_path: str | Path | None = None,
               glossary: Glossary | None = None, text: str | None = None,
               sections: Sequence[Section] = ()) -> Deck:
    """A deck around draft facts; `source` is relative to the folder of `out_path` (or cwd).
    Its title: `draft_title`, else the file name."""
    return document_deck(doc_path, facts, out_path, draft_title(glossary, text or "", sections),
                         text or "")


def draft_title(glossary: Glossary | None, text: str, sections: Sequence[Section]) -> str | None:
    """The title a document gives its draft deck: the glossary's, else the topics of a
    Markdown note on several (`sections`), else the document's own title line (`text`), so a
    worksheet or an Anki deck reads "The Forth Bridge", not "notes.md"; None when it gives
    none (the deck takes the file's name)."""
    meta = glossary.meta if glossary else {}
    title = meta.get("title") or topics_title(sections, text) or (title_line(text) if text
                                                                   else None)
    return str(title) if title else None


TOPICS_IN_TITLE = 3  # more topics than this are named by the first two and "…"


def topics_title(sections: Sequence[Section], text: str) -> str | None:
    """The title of a Markdown note on two or more topics side by side ("# The Great
    Exhibition" ... "# The Montgolfier brothers"), the first heading its first line: their
    titles joined, for the first names only half of it; None for one topic (its heading is
    the title) or a note with a line of its own above them (that line is the title)."""
    levels = [sec.level for sec in sections if sec.level]
    if not levels:
        return None  # plain text: a title line and its subheadings are all one level
    top = [sec for sec in sections if sec.level == min(levels) and sec.title]
    if len(top) < 2 or text[: text.rfind("\n", 0, top[0].start) + 1].strip():
        return None
    titles = [sec.title for sec in top]
    if len(titles) > TOPICS_IN_TITLE:
        return " \u00b7 ".join(titles[:2]) + " \u2026"
    return " \u00b7 ".join(titles)
