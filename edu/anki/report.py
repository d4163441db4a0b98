"""What an Anki export reports: counts for its summary line and the items it left out."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class AnkiExport:
    """What was exported: counts for the summary line and the items left out, with reasons."""

    notes: int = 0
    cards: int = 0
    subdecks: int = 0
    notes_by_type: Counter = field(default_factory=Counter)
    skipped: list[tuple[str, str]] = field(default_factory=list)

    def summary(self, path: str) -> str:
        line = f"wrote {path}: {self.notes} notes, {self.cards} cards, {self.subdecks} subdecks"
        if self.skipped:
            line += f", {len(self.skipped)} items skipped"
        return line
