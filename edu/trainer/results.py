"""What a finished (or abandoned) session amounted to: made by the quiz and flashcard screens,
carried to the App in a message, shown by the summary screen."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from edu.deck.model import Deck
from edu.items.model import Item
from edu.progress.scheduler import ACCURACY_RULE, accuracy
from edu.trainer.state import Graded

__all__ = ["ACCURACY_RULE", "SessionSummary"]


@dataclass(frozen=True)
class SessionSummary:
    """The figures of one finished (or abandoned) session."""

    deck_title: str
    mode: str
    answered: int
    correct: int
    almost: int
    wrong: int
    seconds: float
    ratings: tuple[int, ...] = ()
    missed: tuple[Item, ...] = ()  # items answered wrong at least once, first miss first
    left: int = 0  # items not reached when the session was ended early

    @property
    def accuracy(self) -> float | None:
        """Share of answers passed, by the one rule everywhere (ACCURACY_RULE)."""
        return accuracy(self.correct + self.almost, self.answered)

    @classmethod
    def from_quiz(cls, deck: Deck, results: list[Graded], started: datetime | None,
                  ended: datetime, missed: list[Item] | None = None,
                  left: int = 0) -> SessionSummary:
        statuses = [r.status for r in results]
        return cls(deck.title, "quiz", len(results), statuses.count("correct"),
                   statuses.count("almost"), statuses.count("wrong"),
                   _seconds(started, ended), missed=tuple(missed or ()), left=left)

    @classmethod
    def from_flashcards(cls, deck: Deck, ratings: list[int], started: datetime | None,
                        ended: datetime, missed: list[Item] | None = None,
                        left: int = 0) -> SessionSummary:
        """Again is wrong, Hard is almost, Good and Easy are right."""
        return cls(deck.title, "flashcards", len(ratings),
                   sum(1 for r in ratings if r >= 3), ratings.count(2), ratings.count(1),
                   _seconds(started, ended), tuple(ratings), tuple(missed or ()), left)


def _seconds(started: datetime | None, ended: datetime) -> float:
    return max(0.0, (ended - started).total_seconds()) if started else 0.0
