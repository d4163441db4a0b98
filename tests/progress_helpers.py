"""Hand-made decks, items and a simulated clock for the progress/session/stats tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from edu.deck.model import Deck, Fact
from edu.items.model import Item
from edu.progress.scheduler import Settings
from edu.progress.store import ProgressStore, open_store
from edu.text.source import Span

DECK_ID = "test-deck"
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # a Monday morning, well after 04:00
UTC_SETTINGS = Settings(utc_offset_minutes=0)


def make_facts(n: int, sections: tuple[str, ...] = ("I. Intro", "II. Missions")) -> list[Fact]:
    return [Fact(id=f"f{i:03d}", kind="number", prompt=f"How many things number {i}?",
                 answer=str(i), source=Span(i * 10, i * 10 + 5),
                 section=sections[i % len(sections)]) for i in range(n)]


def make_items(facts: list[Fact], kinds: tuple[str, ...] = ("short_answer",)) -> list[Item]:
    items = []
    for fact in facts:
        for kind in kinds:
            items.append(Item(id=f"{fact.id}-{kind}", fact_id=fact.id, kind=kind,
                              prompt=fact.prompt, answer=fact.answer, section=fact.section))
    return items


def make_deck(facts: list[Fact]) -> Deck:
    return Deck(title="Test deck", id=DECK_ID, source="doc.txt", facts=facts)


def new_store(tmp_path, settings: Settings = UTC_SETTINGS) -> ProgressStore:
    store = open_store(tmp_path / "progress.sqlite3")
    store.save_settings(settings)
    return store


def graduate(store: ProgressStore, item: Item, now: datetime) -> datetime:
    """Answer Good until the card reaches Review state; returns the time of the last answer."""
    while True:
        result = store.record_answer(DECK_ID, item, now=now, rating=3)
        if result.card.state == "review":
            return now
        now = result.card.due


def lapse_once(store: ProgressStore, item: Item) -> datetime:
    """At its due time, fail a Review card, then relearn it back to Review."""
    card = store.card(DECK_ID, (item.fact_id, item.kind))
    assert card is not None and card.state == "review"
    result = store.record_answer(DECK_ID, item, now=card.due, verdict="wrong")
    assert result.lapse
    return graduate(store, item, result.card.due)


def later(now: datetime, **kw: float) -> datetime:
    return now + timedelta(**kw)
