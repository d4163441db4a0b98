"""Checks on the flags of `edu train/quiz/study`, run before the UI starts.

Kept free of Textual imports so the commands can reject bad flags (exit 2) cheaply.
"""

from __future__ import annotations

from edu.deck.model import Deck
from edu.errors import EduError, Problem
from edu.progress.session import SessionOptions, section_matches


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
    labels = sorted({f.section for d in decks for f in d.facts if f.section})
    for wanted in sections:
        if not any(section_matches(label, [wanted]) for label in labels):
            known = "; ".join(labels[:8]) + (" ..." if len(labels) > 8 else "")
            raise EduError(Problem("--sections", f"no fact in section {wanted!r}; sections: "
                                                 + (known or "(none)")))


def check_numbers(options: SessionOptions) -> None:
    """Reject counts and limits that cannot make a session."""
    if options.count is not None and options.count < 1:
        raise EduError(Problem("--count", "must be at least 1"))
    if options.retention is not None and not 0.5 <= options.retention <= 0.99:
        raise EduError(Problem("--retention", "must be between 0.5 and 0.99 (e.g. 0.9)"))
    if options.new_limit is not None and options.new_limit < 0:
        raise EduError(Problem("--new-limit", "must be 0 or more"))
    if options.review_limit is not None and options.review_limit < 0:
        raise EduError(Problem("--review-limit", "must be 0 or more"))
    if options.due_only and options.cram:
        raise EduError(Problem("--due", "cannot be combined with --cram"))
