"""What ordinary English calls each name: a person, an organisation, a place ... or a cut name.

A draft's category may be wrong ("Dorset" and "Blue Lias" drafted as organisations, "Hadron
Collider" cut from "the Large Hadron Collider" and drafted as a person). The recogniser's
entities of the whole document (edu.extract.entities, read once and kept on disk) say what
each mention of a name is; a name is what most of its mentions are. Options, false
statements' substitutes and matching sets keep names of one kind, and never a cut name.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from edu.items.qualifiers import known_place, name_kind, untitled
from edu.text.stemcache import cached_stem

# Most mentions of the name lie inside a longer name ("Hadron Collider" in "the Large Hadron
# Collider"): the name is a piece of another, no answer of its own.
CUT = "cut"
# The recogniser's labels as the kinds a teacher names ("Which organisation?"), as drafts name
# them; a region (a continent, a sea, an archipelago: "Europe", "the Arctic") is no option
# beside towns and countries, though a "place" category holds both.
@lru_cache(maxsize=1)
def _kinds() -> dict[str, str]:
    from edu.extract.entities import CATEGORIES  # lazy: the trainer's items never ask

    return {label: kind for label, kind in CATEGORIES.items() if kind != "name"} | {
        "LOC": "region"}
# Category words of drafts and decks, by the kind they claim (the category's last word).
CATEGORY_KINDS = {"person": "person", "people": "person", "scientist": "person",
                  "organisation": "organisation", "organization": "organisation",
                  "place": "place", "city": "place", "town": "place", "country": "place",
                  "facility": "facility", "group": "group", "craft": "craft",
                  "event": "event", "work": "work", "law": "law"}


def name_labels(text: str, spans: Iterable[tuple[int, int, str]],
                names: Iterable[str]) -> dict[str, str]:
    """name -> its kind (a value of _kinds(), or CUT) for each name the text says as written
    and the recogniser read at most of its mentions, or that the text calls a body
    (`called_a_body`); names it never read are left out."""
    ordered = sorted(spans)
    starts = [s for s, _e, _l in ordered]
    out: dict[str, str] = {}
    for name in dict.fromkeys(n.strip() for n in names):
        if not name or not name[:1].isupper():
            continue
        votes: Counter[str] = Counter()
        for m in re.finditer(r"(?<![\w'’-])" + re.escape(name) + r"(?![\w'’-])", text):
            vote = _mention_kind(text, ordered, starts, m.start(), m.end())
            if vote:
                votes[vote] += 1
        kind = _checked(name, max(sorted(votes), key=lambda k: (votes[k], k != CUT))) \
            if votes else None
        if kind != CUT and called_a_body(text, name):
            kind = "organisation"  # "the British firm Dorman Long": no person, whatever
            # the recogniser read (set 22's reviewer: "Dorman Long is a firm, not person")
        if kind is not None:
            out[name] = kind
    return out


_WORD_RIGHT_BEFORE = re.compile(r"\b([a-z]+) $")
_FIRM_AFTER = re.compile(r"^,? (?:(?:and|&) )?([A-Z][a-z]*)\.?\b")


def called_a_body(text: str, name: str) -> bool:
    """Whether the text calls `name` a body: a body noun right before a mention ("the
    British firm Dorman Long", "the contractor Transocean") or a firm's ending right after
    one ("Dorman Long and Company", "Vickers Ltd")."""
    from edu.extract.lexicon import BODY_KIND_NOUNS, FIRM_ENDINGS  # lazy: see _kinds

    for m in re.finditer(r"(?<![\w'’-])" + re.escape(name) + r"(?![\w'’-])", text):
        before = _WORD_RIGHT_BEFORE.search(text[max(0, m.start() - 30):m.start()])
        if before and (before.group(1) in BODY_KIND_NOUNS or before.group(1) == "company"):
            return True
        after = _FIRM_AFTER.match(text[m.end():m.end() + 20])
        if after and after.group(1).casefold() in FIRM_ENDINGS:
            return True
    return False


def _checked(name: str, kind: str) -> str | None:
    """The recogniser's kind, checked against what the name itself says: a place the lists
    know is a place; an organisation has an organisation's head ("Society", "Board") or is
    an acronym ("CERN"), else the small model guessed ("the Dorset coast", "Blue Lias
    limestone": no kind is known)."""
    if kind == CUT:
        return kind
    if known_place(name):
        return "place"
    if kind == "person" and name_kind(name) == "thing":
        return None  # "Fénix 2": a figure in it, no person's name
    if kind == "organisation":
        from edu.extract.entities import ORGANISATION_ENDS  # lazy: see _kinds

        words = re.findall(r"[\w'’-]+", name)
        if not (any(cached_stem(w.casefold()) in ORGANISATION_ENDS for w in words)
                or any(len(w) > 1 and w.isupper() for w in words)):
            return None
    return kind


def _mention_kind(text: str, spans: list[tuple[int, int, str]], starts: list[int],
                  start: int, end: int) -> str | None:
    """The kind of one mention: the label of the entity that holds it or that it holds
    (a title before a person's name is the mention's own), CUT when an entity holds it and
    runs on into another capitalised word."""
    if cut_in_text(text, start, end):
        return CUT
    i = bisect_right(starts, end) - 1
    while i >= 0 and spans[i][1] > start - 60:
        s, e, label = spans[i]
        i -= 1
        if e <= start or s >= end:
            continue  # no overlap
        kind = _kinds().get(label)
        if s < start and _runs_on(text[s:start]) or e > end and _runs_on(text[end:e]):
            return CUT
        return kind
    return None


_ARTICLES = frozenset({"the", "a", "an"})  # "The Summit Tunnel": no part of the name
_WORD_BEFORE = re.compile(r"([\w'’.-]+)(\s+)$")
_WORD_AFTER = re.compile(r"^ ([A-Z][\w'’-]*)")


def cut_in_text(text: str, start: int, end: int) -> bool:
    """Whether the text writes the mention inside a longer name: a capitalised word right
    before it that opens no sentence and is no title ("the Large Hadron Collider"), or one
    right after it on the same line ("Geneva Society")."""
    before = _WORD_BEFORE.search(text[max(0, start - 40):start])
    if before and "\n" not in before.group(2) and before.group(1)[:1].isupper():
        word = before.group(1)
        gap = text[max(0, start - 40):start - len(before.group(0))]
        ahead = gap.rstrip()
        opens = not ahead or ahead[-1] in ".!?:;\"“‘(" or word.endswith(".") \
            or "\n" in gap[len(ahead):]  # a line's first word ("# Railroad\n\nThe ...")
        if not opens and word.casefold() not in _ARTICLES and untitled(word + " X") != ["X"]:
            return True
    return bool(_WORD_AFTER.match(text[end:end + 40]))


def _runs_on(extra: str) -> bool:
    """Whether an entity's words beyond a mention are a capitalised name's (not "the",
    a possessive's "'s" or a title before a person)."""
    words = re.findall(r"[\w'’-]+", extra)
    words = [w for w in words if w.casefold() not in ("the", "'s", "’s", "s")]
    return any(w[:1].isupper() for w in words) and not untitled(" ".join(words) + " X") == ["X"]


def fits_kind(wanted: str | None, candidate: str | None) -> bool:
    """Whether a name may stand beside an answer of the `wanted` kind: never a cut name;
    one of the same kind when a kind is wanted."""
    if candidate == CUT:
        return False
    return wanted is None or candidate == wanted


def kind_of(name: str, labels: dict[str, str]) -> str | None:
    """A name's kind: the recogniser's reading, or a person by the name lists ("Lord
    Robens", a titled name the recogniser may cut)."""
    found = labels.get(name.strip())
    if found is None and name_kind(name) == "person":
        return "person"
    return found


def category_kind(category: str) -> str | None:
    """The kind a category claims ("person", "organisation", "place"), None for one of no
    such word ("men count", "name")."""
    words = category.casefold().split()
    return CATEGORY_KINDS.get(words[-1]) if words else None
