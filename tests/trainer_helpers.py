"""Shared pieces for the trainer's Pilot and snapshot tests: fixture deck, items, clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import yaml

from edu.deck.check import load_deck
from edu.deck.model import Deck
from edu.items.model import Item
from edu.progress.session import SessionOptions
from edu.trainer.app import TrainerApp
from edu.trainer.widgets import MatchingAnswer, OrderingAnswer

DATA = Path(__file__).parent / "data" / "trainer"
DECK_PATH = DATA / "deck.yaml"
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@dataclass
class FakeClock:
    """A clock the test moves by hand: `clock.advance(days=1)` is "come back tomorrow"."""

    now: datetime = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def fixture_deck() -> Deck:
    return load_deck(DECK_PATH)


def fixture_items() -> list[Item]:
    data = yaml.safe_load((DATA / "items.yaml").read_text(encoding="utf-8"))
    return [Item.from_dict(entry) for entry in data]


def make_app(db: Path, clock: FakeClock | None = None, start: str | None = None,
             **options: object) -> TrainerApp:
    """An app on the fixture deck with hand-written items, a temp db and a fake clock."""
    deck = fixture_deck()
    return TrainerApp([deck], SessionOptions(**options), db_path=db,
                      clock=clock or FakeClock(), start=start,
                      items={deck.id: fixture_items()})


def correct_keys(screen, item: Item) -> list[str]:
    """The key presses that answer `item` correctly on the quiz screen."""
    if item.kind == "multiple_choice":
        return [str(item.options.index(item.answer) + 1)]
    if item.kind == "true_false":
        return [item.answer[0]]
    if item.kind == "matching":
        widget = screen.query_one(MatchingAnswer)
        return [widget.labels[widget.choices.index(right)].lower()
                for _, right in item.pairs] + ["enter"]
    if item.kind == "ordering":
        widget = screen.query_one(OrderingAnswer)
        return [widget.labels[widget.choices.index(event)] for event in item.sequence] + [
            "enter"]
    return [*typed(item.answer), "enter"]


async def answer_correctly(pilot, screen) -> None:
    """Answer the current item right; typed answers are pasted into the Input, then Enter."""
    item = screen.item
    if item.kind in ("short_answer", "numeric", "cloze"):
        screen.query_one("Input").value = item.answer
        await pilot.press("enter")
    else:
        await pilot.press(*correct_keys(screen, item))


def typed(text: str) -> list[str]:
    """Key names for typing `text` with Pilot.press."""
    names = {" ": "space", ",": "comma", "'": "apostrophe", "-": "minus", ".": "full_stop"}
    return [names.get(ch, ch) for ch in text]


def static_text(widget) -> str:
    """The plain text a Static shows."""
    content = widget.content
    return content.plain if hasattr(content, "plain") else str(content)


def async_test(fn):
    """Run an async test body with asyncio.run (no pytest async plugin is installed)."""
    import asyncio
    import functools

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return asyncio.run(fn(*args, **kwargs))

    return wrapper
