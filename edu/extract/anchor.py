"""Anchor: where a candidate answer sits in the token stream, before any text is restored."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Anchor:
    """A candidate answer at tokens [i, j) and what the ranking knows about it."""

    kind: str  # number | date | name
    i: int
    j: int
    features: dict[str, float] = field(default_factory=dict)
    phrase: tuple[int, int] = (0, 0)  # counted noun (numbers) or description (names)
    head: str = ""  # category head stem of a name, or unit stem of a number
    name_text: str | None = None  # glossary spelling of a name
