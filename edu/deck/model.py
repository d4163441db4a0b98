"""Deck and Fact: the reviewed facts that the trainer, Anki export and handouts read.

The format is documented in docs/DECKS.md. Loading uses the YAML safe loader only (its node
composer, so every problem can be reported with line and column; see edu.deck.check).
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from edu.text.source import SECTION_PATH, Span, section_parts


class FactKind(StrEnum):
    """What a fact's answer is: it decides grading, distractors and which items apply."""

    NUMBER = "number"
    DATE = "date"
    NAME = "name"


class FactStatus(StrEnum):
    """Draft facts come from `edu extract`; items skip them until a reviewer marks them."""

    DRAFT = "draft"
    REVIEWED = "reviewed"


@dataclass
class Fact:
    """One unit of knowledge, tied to its evidence span in the source document."""

    id: str
    kind: FactKind
    prompt: str
    answer: str
    source: Span
    category: str = ""
    section: str = ""
    aliases: list[str] = field(default_factory=list)
    unit: str | None = None
    tolerance: float | None = None
    tags: list[str] = field(default_factory=list)
    note: str | None = None
    status: FactStatus = FactStatus.REVIEWED
    # Draft-only fields written by `edu extract` to help the reviewer.
    answer_stems: str | None = None
    score: float | None = None
    evidence: str | None = None

    def __post_init__(self) -> None:
        # Callers may pass the file format's plain strings; inside, they are always members
        # (and an unknown kind or status fails here, not later in grading).
        if type(self.kind) is not FactKind:  # a member already: no enum look-up (extraction
            self.kind = FactKind(self.kind)  # makes tens of thousands of facts)
        if type(self.status) is not FactStatus:
            self.status = FactStatus(self.status)

    def to_dict(self) -> dict[str, Any]:
        # str(): plain values for any dumper (yaml.safe_dump rejects enum members)
        out: dict[str, Any] = {"id": self.id, "kind": str(self.kind), "prompt": self.prompt,
                               "answer": self.answer}
        if self.answer_stems is not None:
            out["answer_stems"] = self.answer_stems
        if self.aliases:
            out["aliases"] = list(self.aliases)
        if self.unit is not None:
            out["unit"] = self.unit
        if self.tolerance is not None:
            out["tolerance"] = self.tolerance
        if self.category:
            out["category"] = self.category
        if self.section:
            out["section"] = self.section
        if self.tags:
            out["tags"] = list(self.tags)
        out["source"] = self.source.to_dict()
        if self.evidence is not None:
            out["evidence"] = self.evidence
        if self.note is not None:
            out["note"] = self.note
        if self.score is not None:
            out["score"] = self.score
        out["status"] = str(self.status)
        return out


@dataclass
class Deck:
    """A titled list of facts drawn from one source document."""

    title: str
    id: str
    source: str  # path of the document, relative to the deck file
    facts: list[Fact] = field(default_factory=list)
    description: str | None = None
    language: str | None = None
    tags: list[str] = field(default_factory=list)
    path: str | None = None  # where the deck was loaded from
    # fact id -> position in `facts`, rebuilt whenever it no longer matches the list
    _positions: dict[str, int] = field(default_factory=dict, init=False, repr=False,
                                       compare=False)

    @property
    def source_path(self) -> Path:
        """The source document's path, resolved against the deck file's folder."""
        base = Path(self.path).parent if self.path else Path(".")
        return base / self.source

    def fact(self, fact_id: str) -> Fact:
        """The (first) fact with this id, in constant time: a dict of positions, checked
        against the list on every look-up and rebuilt when facts were added or moved."""
        i = self._positions.get(fact_id)
        if i is None or i >= len(self.facts) or self.facts[i].id != fact_id:
            self._positions.clear()
            for position, f in enumerate(self.facts):
                self._positions.setdefault(f.id, position)
            i = self._positions.get(fact_id)
            if i is None:
                raise KeyError(fact_id)
        return self.facts[i]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"deck": self.title, "id": self.id, "source": self.source}
        if self.description is not None:
            out["description"] = self.description
        if self.language is not None:
            out["language"] = self.language
        if self.tags:
            out["tags"] = list(self.tags)
        out["facts"] = [f.to_dict() for f in self.facts]
        return out


# The mark a deck drafted from a document carries in its title until someone reviews it.
UNREVIEWED = "unreviewed drafts"


def topic_of(title: str) -> str:
    """What a deck is about, for an item read alone (a card, a worksheet line, a CSV row):
    its title without the "(unreviewed drafts)" mark. Why: a question drawn from a
    document ("About how many dollars did the whole mission cost?") names no topic of its
    own; a blind reviewer asked "the cost of what project?" of such items."""
    return " ".join(title.removesuffix(f" ({UNREVIEWED})").split())


_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_WORD = re.compile(r"\w+")
_FIRST_LINE = re.compile(r"\w[^\n]{0,200}")  # from the first word on, far enough for its words
# Words of a document's first line that say which document it is: a title ("The Great
# Exhibition of 1851") or a first sentence's opening; an edit further on leaves them alone
IDENTITY_WORDS = 10
_ID_NAME_CHARS = 50  # the readable part of the id, from the file name
_ID_HASH_CHARS = 6  # hex digits of the identity's hash: one in 16 million to share one


def document_deck_id(path: str | Path, text: str) -> str:
    """The id of the deck drafted from a document, by which a learner's progress is kept:
    the file's name with its extension ("notes-md") and a hash of that name and the first
    words of its first line, so notes.md and notes.txt, or two notes.md in two folders on
    two topics, are two decks, while the same document keeps its id across runs, moves and
    edits below its first line. (A deck file's id is its own `id:`; nothing here moves it.)"""
    name = document_name_key(path)
    first = _FIRST_LINE.search(text)  # (a one-line preprocessed text is not split whole)
    words = _WORD.findall(first.group().casefold())[:IDENTITY_WORDS] if first else []
    digest = hashlib.sha256("\0".join([name, *words]).encode("utf-8", "surrogatepass"))
    return f"{document_id_name(path)}-{digest.hexdigest()[:_ID_HASH_CHARS]}"


def document_deck(doc_path: str | Path, facts: list[Fact], out_path: str | Path | None,
                  title: str | None, text: str) -> Deck:
    """The deck drafted from the document at `doc_path` (its `text`): `title` as the document
    gives it (None: the file's name), its id from the file's name and first line
    (`document_deck_id`), its `source:` the document's path relative to the folder of
    `out_path` (or the working folder)."""
    doc_path = Path(doc_path)
    base = Path(out_path).resolve().parent if out_path else Path.cwd()
    source = os.path.relpath(doc_path.resolve(), base)
    return Deck(title=title or doc_path.name, id=document_deck_id(doc_path, text),
                source=Path(source).as_posix(), facts=facts)


def document_name_key(path: str | Path) -> str:
    """A document's file name with its extension, case-folded: what every deck id a document
    gets (one per first line) has in common, so progress can follow a title edit."""
    return Path(path).name.casefold()


def document_id_name(path: str | Path) -> str:
    """The readable part of a document's deck id: its file name with its extension
    ("notes-md")."""
    readable = _NOT_SLUG.sub("-", document_name_key(path)).strip("-")
    return readable[:_ID_NAME_CHARS].rstrip("-") or "document"


def note_base(deck: Deck) -> str:
    """What a deck's Anki note GUIDs, note types and decks are keyed by. A deck drafted from
    a document (its id is the one `document_deck_id` gives a file of its source's name, as
    the unreviewed drafts' and the deck `edu review` writes from them have) is keyed by the
    file name part alone ("notes-md"): editing the document's first line moves the deck id
    (progress follows it, edu/progress) but no Anki note, so a re-import updates the notes in
    place. Any other deck is keyed by its own id."""
    name = document_id_name(Path(deck.source).name)
    rest = deck.id[len(name) + 1:] if deck.id.startswith(name + "-") else ""
    if len(rest) == _ID_HASH_CHARS and all(c in "0123456789abcdef" for c in rest):
        return name
    return deck.id


def sections_under(title: str, section: str) -> list[str]:
    """The levels of a fact's section below its deck, outer first. A note under one `#`
    heading is titled by it, so its sections' paths start with the deck's own title ("The
    Great Stink › Earlier warnings" in "The Great Stink (unreviewed drafts)"): that level is
    left out, or an Anki subdeck or a GIFT category would name the title twice."""
    parts = section_parts(section)
    title = title.strip()
    if parts and (parts[0] == title or title.startswith(parts[0] + " (")):
        return parts[1:]
    return parts


def section_label(title: str, section: str) -> str:
    """A section as a screen beside the deck's title names it: the path below the title
    ("The Battle of Hastings" in "The Norman Conquest (unreviewed drafts)"), or the section
    as written when nothing lies below (a plain text's one section is its title)."""
    below = sections_under(title, section)
    return SECTION_PATH.join(below) if below else section


def context_line(topic: str, section: str) -> str:
    """The line that says where an item read alone comes from: the deck's topic and the
    section below it ("The Great Stink › Earlier warnings"); the section as written when
    no topic is known (items built by hand)."""
    if not topic:
        return section
    return SECTION_PATH.join([topic, *sections_under(topic, section)])


def dump_deck(deck: Deck) -> str:
    """YAML text of a deck in the documented key order.

    libyaml's safe emitter (when installed) is ~4x faster than PyYAML's and writes ordinary
    text byte for byte alike (a value needing escapes may fold its quoted lines elsewhere and
    reads back the same); most facts are written faster still by edu.deck.yamlwrite, which
    writes exactly what the emitter would."""
    return "".join(dump_deck_parts(deck))


def dump_deck_parts(deck: Deck) -> tuple[str, str]:
    """`dump_deck`'s text in two: the head, through "facts:", and the facts (a deck without
    facts is all head). The facts' text follows any head a deck with facts has
    (`dump_deck_head`): a kept draft's facts are written again after a new head."""
    from edu.deck.yamlwrite import deck_dict_parts

    return deck_dict_parts(deck.to_dict(), yaml_dumper())


def dump_deck_head(deck: Deck) -> str:
    """The head `dump_deck` writes before the facts of a deck with the fields of `deck` and
    some facts (its own facts are not read)."""
    from edu.deck.yamlwrite import deck_head

    data = deck.to_dict()
    del data["facts"]
    return deck_head(data, yaml_dumper())


def yaml_dumper() -> type:
    """The dumper decks are written with: libyaml's when installed (its bytes may differ from
    PyYAML's own for values needing escapes: a kept text says which wrote it)."""
    import yaml

    dumper: type = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return dumper
