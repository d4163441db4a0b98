"""Messages the trainer's widgets send up to their screens, and screens up to the App.

Screens never import each other: to open another screen they post one of these and the App,
which knows every screen, routes it.
"""

from __future__ import annotations

from textual.message import Message

from edu.deck.model import Deck
from edu.trainer.results import SessionSummary


class Answered(Message):
    """The learner gave an answer: text, or a list for matching and ordering items."""

    def __init__(self, response: str | list[str]) -> None:
        super().__init__()
        self.response = response


class StartSession(Message):
    """Start a quiz or flashcard session on a deck (mode "quiz" or "flashcards")."""

    def __init__(self, deck: Deck, mode: str) -> None:
        super().__init__()
        self.deck = deck
        self.mode = mode


class ShowStats(Message):
    """Open the stats screen of a deck."""

    def __init__(self, deck: Deck) -> None:
        super().__init__()
        self.deck = deck


class SessionEnded(Message):
    """A session is over (finished or left early): show its summary in its place."""

    def __init__(self, summary: SessionSummary, deck: Deck) -> None:
        super().__init__()
        self.summary = summary
        self.deck = deck
