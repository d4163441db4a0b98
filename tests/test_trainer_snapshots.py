"""Snapshot tests (pytest-textual-snapshot) of the trainer's screens at 80x24.

Deterministic: hand-written items, fixed seed, fixed clock, a fresh temporary database.
Regenerate after an intended change with `pytest tests/test_trainer_snapshots.py
--snapshot-update` and look at the SVGs before committing them.
"""

from __future__ import annotations

from datetime import timedelta

from trainer_helpers import FakeClock, fixture_deck, fixture_items, make_app, typed

from edu.progress.store import open_store

SIZE = (80, 24)


def test_home(snap_compare, tmp_path):
    assert snap_compare(make_app(tmp_path / "p.sqlite3"), terminal_size=SIZE)


def test_quiz_question(snap_compare, tmp_path):
    app = make_app(tmp_path / "p.sqlite3", start="quiz", kinds=("multiple_choice",))
    assert snap_compare(app, terminal_size=SIZE)


def test_quiz_feedback(snap_compare, tmp_path):
    app = make_app(tmp_path / "p.sqlite3", start="quiz", kinds=("short_answer",))
    assert snap_compare(app, terminal_size=SIZE, press=[*typed("zhurung"), "enter"])


def test_matching_question(snap_compare, tmp_path):
    app = make_app(tmp_path / "p.sqlite3", start="quiz", kinds=("matching",))
    assert snap_compare(app, terminal_size=SIZE, press=["b"])


def test_flashcard_revealed(snap_compare, tmp_path):
    app = make_app(tmp_path / "p.sqlite3", start="flashcards")
    assert snap_compare(app, terminal_size=SIZE, press=["space"])


def test_stats(snap_compare, tmp_path):
    db = tmp_path / "p.sqlite3"
    clock = FakeClock()
    deck = fixture_deck()
    items = fixture_items()
    with open_store(db) as store:  # three days of history, some answers wrong
        for day in (3, 2, 1):
            for n, item in enumerate(items):
                verdict = "wrong" if (n + day) % 3 == 0 else "correct"
                store.record_answer(deck.id, item, now=clock() - timedelta(days=day, minutes=n),
                                    verdict=verdict, response="x")
    assert snap_compare(make_app(db, clock), terminal_size=SIZE, press=["s"])


def test_quiz_feedback_light_theme(snap_compare, tmp_path):
    app = make_app(tmp_path / "p.sqlite3", start="quiz", kinds=("true_false",))
    assert snap_compare(app, terminal_size=SIZE, press=["ctrl+t", "t"])
