"""A deck's first session makes only the items it shows (round 22u): the same session as
one drawn from every item, from a fraction of the deck's facts, the rest made afterwards
and kept as `edu items` keeps them (tests/test_trainer_startup.py checks the cache)."""

from __future__ import annotations

from pathlib import Path

import pytest

from edu.bundled import bundled_deck_path
from edu.deck.check import load_deck
from edu.items import make
from edu.items.generate import generate_items
from edu.progress.session import SessionOptions, select_items
from edu.progress.store import open_store
from edu.text import reading as reading_module
from edu.trainer.state import TrainerState
from tests.trainer_helpers import FakeClock, async_test


@pytest.fixture
def cold(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    reading_module._memo.clear()
    return tmp_path


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the facts whose items are made, as they are made."""
    made: list[str] = []
    fact_part = make._fact_part

    def counting(fact, *args, **kwargs):  # type: ignore[no-untyped-def]
        made.append(fact.id)
        return fact_part(fact, *args, **kwargs)

    monkeypatch.setattr(make, "_fact_part", counting)
    return made


@pytest.mark.parametrize(("seed", "mode", "count"),
                         [(0, "quiz", 20), (7, "quiz", 5), (3, "flashcards", 10)])
def test_a_first_session_makes_its_own_facts_and_is_the_whole_decks(
        cold: Path, monkeypatch: pytest.MonkeyPatch, seed: int, mode: str, count: int) -> None:
    deck = load_deck(bundled_deck_path())
    made = _counted(monkeypatch)
    clock = FakeClock()
    options = SessionOptions(seed=seed, count=count)
    with open_store(cold / "p.sqlite3") as store:
        state = TrainerState([deck], options, store, clock)
        state.prepare_session(deck, mode)
        first = state.session_items(deck, mode)
        at_first = len(set(made))
        whole = state.items(deck)
        drawn = select_items(whole, store, deck.id, clock(), state._options_for(mode))
    assert len(first) >= count - 3  # a few may share an answer (the reveal rule)
    assert [item.to_dict() for item in first] == [item.to_dict() for item in drawn]
    assert at_first <= 3 * count < len(deck.facts)  # about the session's facts, not the deck's
    assert len(made) == len(set(made)) == len(deck.facts)  # each fact made once in all
    reading_module._memo.clear()
    monkeypatch.setenv("EDU_CACHE_DIR", "off")
    assert [i.to_dict() for i in whole] == [i.to_dict() for i in generate_items(deck, seed=seed)]


def test_the_same_seed_gives_the_same_first_session(
        cold: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    deck = load_deck(bundled_deck_path())
    sessions = []
    for run in range(2):
        monkeypatch.setenv("EDU_CACHE_DIR", str(cold / f"cache{run}"))  # cold each time
        reading_module._memo.clear()
        with open_store(cold / f"p{run}.sqlite3") as store:
            state = TrainerState([deck], SessionOptions(seed=4), store, FakeClock())
            state.prepare_session(deck, "quiz")
            sessions.append([item.id for item in state.session_items(deck, "quiz")])
    assert sessions[0] == sessions[1] and len(sessions[0]) > 10


@async_test
async def test_the_apps_first_question_comes_before_most_facts_are_made(
        cold: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from edu.trainer import app as app_module
    from edu.trainer.quiz import QuizScreen

    monkeypatch.setattr(app_module, "KEEP_AFTER_SECONDS", 60)  # the rest: not yet
    deck = load_deck(bundled_deck_path())
    made = _counted(monkeypatch)
    clock = FakeClock()
    app = app_module.TrainerApp([deck], SessionOptions(count=8), db_path=cold / "p.sqlite3",
                                clock=clock, start="quiz")
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(1500):
            await pilot.pause(0.02)
            if isinstance(app.screen, QuizScreen) and app.screen.query("#answer"):
                break
        assert isinstance(app.screen, QuizScreen)
        asked = [item.to_dict() for item in app.screen.items]
        assert len(made) <= 3 * 8
    with open_store(cold / "q.sqlite3") as store:
        drawn = select_items(generate_items(deck, seed=0), store, deck.id, clock(),
                             SessionOptions(count=8))
    assert asked == [item.to_dict() for item in drawn]


@pytest.mark.parametrize("later_by", [{"minutes": 5}, {"days": 2}])
def test_a_learners_progress_gives_the_same_first_session(
        cold: Path, monkeypatch: pytest.MonkeyPatch, later_by: dict[str, float]) -> None:
    """Due cards, learning steps and facts asked today (siblings, the day's new cards) read
    the store: the session from part of the facts is still the one from every item."""
    deck = load_deck(bundled_deck_path())
    clock = FakeClock()
    with open_store(cold / "p.sqlite3") as store:
        state = TrainerState([deck], SessionOptions(count=12), store, clock)
        for n, item in enumerate(state.session_items(deck, "quiz")):
            store.record_answer(deck.id, item, now=clock(),
                                verdict="wrong" if n % 3 else "correct")
        clock.advance(**later_by)
        monkeypatch.setenv("EDU_CACHE_DIR", str(cold / "again"))  # cold again
        reading_module._memo.clear()
        made = _counted(monkeypatch)
        fresh = TrainerState([deck], SessionOptions(count=12), store, clock)
        fresh.prepare_session(deck, "quiz")
        first = fresh.session_items(deck, "quiz")
        at_first = len(made)
        drawn = select_items(fresh.items(deck), store, deck.id, clock(), SessionOptions(count=12))
    assert first and [i.to_dict() for i in first] == [i.to_dict() for i in drawn]
    assert at_first < len(deck.facts)
