"""Messages the trainer's widgets send up to their screens, and screens up to the App.

Screens never import each other: to open another screen they post one of these and the App,
which knows every screen, routes it.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.message import Message

from edu.deck.model import Deck
from edu.items.model import Item
from edu.trainer.results import SessionSummary


class Answered(Message):
    """The learner gave an answer: text, or a list for matching and ordering items."""

    def __init__(self, response: str | list[str]) -> None:
        super().__init__()
        self.response = response


class StartSession(Message):
    """Start a quiz or flashcard session on a deck (mode "quiz" or "flashcards"); `items`
    given: exactly these (retrying the missed items of a session), else the session rules."""

    def __init__(self, deck: Deck, mode: str, items: list[Item] | None = None) -> None:
        super().__init__()
        self.deck = deck
        self.mode = mode
        self.items = items


class Confirm(Message):
    """Ask the learner a yes/no question; `on_yes` runs only if they say yes."""

    def __init__(self, question: str, on_yes: Callable[[], object]) -> None:
        super().__init__()
        self.question = question
        self.on_yes = on_yes


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


class EditSetup(Message):
    """Open the session setup (count, kinds, sections, cram) over the home screen."""
