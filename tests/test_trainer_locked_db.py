"""A database locked by another program never loses an answer: the trainer keeps it, says so,
retries, and writes it (in order, with the moment it was given) once the lock is released."""

from __future__ import annotations

import sqlite3

from trainer_helpers import FakeClock, async_test, fixture_deck, fixture_items

from edu.progress.session import SessionOptions
from edu.progress.store import open_store
from edu.trainer.app import TrainerApp
from edu.trainer.quiz import QuizScreen

SIZE = (80, 24)


def notifications(app) -> list[str]:
    return [n.message for n in app._notifications]


@async_test
async def test_answers_given_while_locked_are_kept_then_saved(tmp_path):
    db = tmp_path / "p.sqlite3"
    deck = fixture_deck()
    items = [i for i in fixture_items() if i.kind in ("short_answer", "numeric", "cloze")]
    store = open_store(db, timeout=0.1)  # the real default waits 5 s before giving up
    app = TrainerApp([deck], SessionOptions(), store=store, clock=FakeClock(), start="quiz",
                     items={deck.id: items})
    other = sqlite3.connect(db, isolation_level=None)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        other.execute("BEGIN IMMEDIATE")  # another program takes the write lock
        answered = []
        for _ in range(2):
            answered.append(screen.item.id)
            screen.query_one("Input").value = screen.item.answer
            await pilot.press("enter")
            await pilot.pause()
            assert screen.results[-1].status == "correct"  # graded and shown as usual
            await pilot.press("enter")
            await pilot.pause()
        assert [k.item.id for k in app.state.kept] == answered
        assert any("locked by another program" in m and "2 waiting" in m
                   for m in notifications(app))
        app.retry_kept()  # still locked: nothing lost, nothing written
        assert len(app.state.kept) == 2
        other.execute("ROLLBACK")  # the other program lets go
        app.retry_kept()
        await pilot.pause()
        assert app.state.kept == []
        assert any("2 kept answers saved" in m for m in notifications(app))
    with open_store(db) as check:
        log = check.log(deck.id)
    assert [e.item_id for e in log] == answered
    assert {e.verdict for e in log} == {"correct"}
    other.close()


@async_test
async def test_an_answer_given_after_the_lock_goes_saves_the_kept_ones_first(tmp_path):
    db = tmp_path / "p.sqlite3"
    deck = fixture_deck()
    items = [i for i in fixture_items() if i.kind in ("short_answer", "numeric")]
    store = open_store(db, timeout=0.1)
    app = TrainerApp([deck], SessionOptions(), store=store, clock=FakeClock(), start="quiz",
                     items={deck.id: items})
    other = sqlite3.connect(db, isolation_level=None)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        first = screen.item.id
        other.execute("BEGIN IMMEDIATE")
        screen.query_one("Input").value = screen.item.answer
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        other.execute("ROLLBACK")
        second = screen.item.id
        screen.query_one("Input").value = "wrong"
        await pilot.press("enter")
        await pilot.pause()
        assert app.state.kept == []
    with open_store(db) as check:
        assert [e.item_id for e in check.log(deck.id)] == [first, second]
    other.close()


def test_quitting_while_locked_waits_for_the_lock_and_saves(tmp_path, capsys):
    import threading
    from datetime import UTC, datetime

    from edu.commands.train import _save_kept_answers
    from edu.trainer.state import KeptAnswer, TrainerState

    db = tmp_path / "p.sqlite3"
    deck = fixture_deck()
    item = fixture_items()[0]
    store = open_store(db, timeout=0.1)
    state = TrainerState([deck], SessionOptions(), store, FakeClock(), {deck.id: [item]})
    state.kept.append(KeptAnswer(deck.id, item, datetime(2026, 3, 2, tzinfo=UTC), "correct",
                                 None, "x", 1000, False))
    other = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    threading.Timer(0.5, lambda: other.execute("ROLLBACK")).start()
    assert _save_kept_answers(state) == 0
    assert "waiting to save 1 answer(s)" in capsys.readouterr().err
    assert [e.item_id for e in store.log(deck.id)] == [item.id]
    store.close()
    other.close()
