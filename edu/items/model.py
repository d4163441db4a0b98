"""Item: one way of asking about one fact (or, for matching/ordering, a few facts)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from edu.deck.model import FactKind
from edu.text.source import Span


class ItemKind(StrEnum):
    """The seven ways of asking; values are the names in files, `--kinds` and the database."""

    SHORT_ANSWER = "short_answer"
    MULTIPLE_CHOICE = "multiple_choice"
    TRUE_FALSE = "true_false"
    CLOZE = "cloze"
    NUMERIC = "numeric"
    MATCHING = "matching"
    ORDERING = "ordering"


# Canonical order (generation, reports); the `--kinds` parsers check names against it.
ITEM_KINDS: tuple[ItemKind, ...] = tuple(ItemKind)


# The unit of a numeric item whose answer is a year: it names what to type, and is never
# written after the answer ("1867", not "1867 year").
YEAR_UNIT = "year"


@dataclass
class Item:
    """A quiz item. `id` is derived from fact id, kind and variant, never from a random draw.

    Kind-specific fields:
    - multiple_choice: `options` (4 strings, `answer` is exactly one of them)
    - true_false: `statement`; `answer` is "true" or "false"; `true_statement` is shown after
    - cloze: `prompt` holds the evidence sentence with the answer replaced by "_____"
    - numeric: `unit`, `tolerance`
    - matching: `pairs` [[left, right], ...] in the correct pairing; `fact_ids` of all facts
    - ordering: `sequence` (events in the correct chronological order), `years` alongside;
      `prompt` lists the task, `fact_ids` of all facts
    """

    id: str
    fact_id: str
    kind: ItemKind
    prompt: str
    answer: str
    section: str = ""
    source: Span = field(default_factory=lambda: Span(0, 0))
    aliases: list[str] = field(default_factory=list)
    options: list[str] | None = None
    statement: str | None = None
    true_statement: str | None = None
    pairs: list[list[str]] | None = None
    sequence: list[str] | None = None
    years: list[str] | None = None
    unit: str | None = None
    tolerance: float | None = None
    fact_ids: list[str] = field(default_factory=list)
    evidence: str = ""  # restored evidence text, for showing after answering
    category: str = ""
    fact_kind: FactKind | None = None  # drives grading; None only for items built by hand
    note: str | None = None
    # The answers the learner has to know (fact answers and aliases; true/false: the fact's,
    # not "true"): no other item of a worksheet or session may share or state them.
    asked_answers: list[str] = field(default_factory=list)
    # What the deck is about (edu.deck.model.topic_of its title), set on every item a deck
    # gives (edu.items.generate): a card, a worksheet line or a CSV row read alone shows it,
    # since the document's questions name their topic only when their sentence did.
    topic: str = ""

    def __post_init__(self) -> None:
        # Plain strings (from_dict, callers of the Python API) become members here; "" is
        # how files spell a missing fact kind.
        self.kind = ItemKind(self.kind)
        self.fact_kind = FactKind(self.fact_kind) if self.fact_kind else None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "fact_id": self.fact_id,
            "kind": str(self.kind),  # str(): plain values (yaml.safe_dump rejects enum members)
            "prompt": self.prompt,
            "answer": self.answer,
        }
        if self.topic:
            out["topic"] = self.topic
        for name in ("options", "statement", "true_statement", "pairs", "sequence", "years",
                     "unit", "tolerance", "note"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        if self.aliases:
            out["aliases"] = list(self.aliases)
        if self.fact_ids:
            out["fact_ids"] = list(self.fact_ids)
        if self.asked_answers:
            out["asked_answers"] = list(self.asked_answers)
        out["section"] = self.section
        out["category"] = self.category
        out["fact_kind"] = str(self.fact_kind) if self.fact_kind else ""
        out["evidence"] = self.evidence
        out["source"] = self.source.to_dict()
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Item:
        kwargs = dict(data)
        kwargs["source"] = Span.from_dict(kwargs.get("source", {"start": 0, "end": 0}))
        return cls(**kwargs)


def parse_kinds(kinds: Iterable[str] | str | None) -> list[str]:
    """Item kinds from names or comma lists ("multiple-choice" too), in ITEM_KINDS order;
    None means every kind. The one check behind every `--kinds`: the ValueError names each
    unknown kind and the known ones."""
    known = [str(kind) for kind in ITEM_KINDS]
    if kinds is None:
        return known
    parts = [kinds] if isinstance(kinds, str) else kinds
    given = [name.strip() for part in parts for name in part.split(",") if name.strip()]
    wanted = [name.replace("-", "_") for name in given]
    unknown = list(dict.fromkeys(name for name, kind in zip(given, wanted, strict=True)
                                 if kind not in known))
    if unknown:
        raise ValueError(f"unknown item kind{'s' if len(unknown) > 1 else ''} "
                         f"{', '.join(map(repr, unknown))}; choose from {', '.join(known)}")
    if not wanted:
        raise ValueError(f"no item kinds given; choose from {', '.join(known)}")
    return [kind for kind in known if kind in wanted]


def topic_lead(item: Item) -> str:
    """What a one-line front (a CSV or Quizlet card, a GIFT question) starts with so that it
    says its topic: "[Mars Pathfinder] " (nothing for an item without one)."""
    return f"[{' '.join(item.topic.split())}] " if item.topic.strip() else ""


def unit_after_answer(item: Item) -> str:
    """The unit written after a numeric item's answer ("207 launch missions"); none for a year,
    whose unit only says what to type ("1867", not "1867 year")."""
    if item.kind == ItemKind.NUMERIC and item.unit and item.unit != YEAR_UNIT:
        return item.unit
    return ""
