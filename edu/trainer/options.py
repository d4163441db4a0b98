"""Session options shared by `edu train/quiz/study` and the App, validated before the UI starts.

Kept free of Textual imports so the commands can reject bad flags (exit 2) cheaply.
"""

from __future__ import annotations

from dataclasses import dataclass

from edu.deck.model import Deck
from edu.errors import EduError, Problem


@dataclass(frozen=True)
class SessionOptions:
    """What one trainer session asks: how many items, of which kinds, from which sections."""

    count: int = 20
    kinds: tuple[str, ...] | None = None
    sections: tuple[str, ...] | None = None
    due_only: bool = False
    cram: bool = False
    seed: int = 0
    retention: float | None = None  # None: keep the learner's stored setting
    new_limit: int | None = None  # None: the daily limit from the stored settings
    review_limit: int | None = None


def split_list(value: str | None) -> tuple[str, ...] | None:
    """`"a, b,c"` -> ("a", "b", "c"); None or blank -> None (meaning: all)."""
    if value is None:
        return None
    parts = tuple(p.strip() for p in value.split(",") if p.strip())
    return parts or None


def check_sections(decks: list[Deck], sections: tuple[str, ...] | None) -> None:
    """Every requested section must name at least one fact (matched as selection matches)."""
    if not sections:
        return
    from edu.progress.session import section_matches

    labels = sorted({f.section for d in decks for f in d.facts if f.section})
    for wanted in sections:
        if not any(section_matches(label, [wanted]) for label in labels):
            known = "; ".join(labels[:8]) + (" ..." if len(labels) > 8 else "")
            raise EduError(Problem("--sections", f"no fact in section {wanted!r}; sections: "
                                                 + (known or "(none)")))


def check_numbers(options: SessionOptions) -> None:
    """Reject counts and limits that cannot make a session."""
    if options.count < 1:
        raise EduError(Problem("--count", "must be at least 1"))
    if options.retention is not None and not 0.5 <= options.retention <= 0.99:
        raise EduError(Problem("--retention", "must be between 0.5 and 0.99 (e.g. 0.9)"))
    if options.new_limit is not None and options.new_limit < 0:
        raise EduError(Problem("--new-limit", "must be 0 or more"))
    if options.review_limit is not None and options.review_limit < 0:
        raise EduError(Problem("--review-limit", "must be 0 or more"))
    if options.due_only and options.cram:
        raise EduError(Problem("--due", "cannot be combined with --cram"))
