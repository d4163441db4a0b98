"""Tampered progress rows: `edu stats` (and the trainer's store) stop with exit 2 and a message
naming the database, table, row and column, never a traceback."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from edu.cli import main
from edu.deck.check import load_deck
from edu.errors import EduError
from edu.items.generate import generate_items
from edu.progress.store import open_store

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "data" / "mini.yaml"
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture()
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A database with two real answers to the mini deck's first items."""
    monkeypatch.setenv("EDU_CACHE_DIR", "off")
    deck = load_deck(MINI)
    items = generate_items(deck, seed=0)
    path = tmp_path / "progress.sqlite3"
    with open_store(path) as store:
        for item in items[:2]:
            store.record_answer(deck.id, item, now=NOW, verdict="correct", response="x")
    return path


TAMPERING = [
    ("UPDATE cards SET due='next tuesday'", "table cards", "column due is 'next tuesday'"),
    ("UPDATE cards SET due='2026-03-05T00:00:00'", "table cards", "with a time zone"),
    ("UPDATE cards SET state=99", "table cards", "column state is 99"),
    ("UPDATE cards SET reps='many'", "table cards", "column reps is 'many'"),
    ("UPDATE cards SET card_json='{not json'", "table cards", "column card_json"),
    ("UPDATE cards SET card_json='[1, 2]'", "table cards", "column card_json"),
    ("UPDATE reviews SET rating='good'", "table reviews, row id 1", "column rating is 'good'"),
    ("UPDATE reviews SET rating=9", "table reviews, row id 1", "column rating is 9"),
    ("UPDATE reviews SET kind='essay'", "table reviews, row id 1", "column kind is 'essay'"),
    ("UPDATE reviews SET ts='2026-03-02 9am'", "table reviews, row id 1",
     "column ts is '2026-03-02 9am'"),
    ("UPDATE reviews SET state_before=7", "table reviews, row id 1", "state_before is 7"),
    ("UPDATE meta SET value='one' WHERE key='schema_version'", "schema_version is 'one'", ""),
    ("INSERT INTO meta VALUES ('settings', '[1, 2]')", "stored settings are invalid", ""),
    ("INSERT INTO meta VALUES ('settings', '{\"desired_retention\": \"high\"}')",
     "stored settings are invalid", "desired_retention"),
    ("INSERT INTO meta VALUES ('settings', '{\"utc_offset_minutes\": \"east\"}')",
     "stored settings are invalid", "utc_offset_minutes"),
]


@pytest.mark.parametrize(("sql", "where", "what"), TAMPERING, ids=[t[0][:40] for t in TAMPERING])
def test_a_tampered_row_is_a_located_refusal(db, capsys, sql, where, what):
    with sqlite3.connect(db) as conn:
        conn.execute(sql)
    code = main(["stats", str(MINI), "--db", str(db), "--now", "2026-03-03T09:00"])
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.startswith(f"{db}: ")
    assert where in err and what in err
    assert "Traceback" not in err


def test_the_trainer_store_refuses_a_tampered_card_too(db):
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE cards SET due='soon'")
    deck = load_deck(MINI)
    with open_store(db) as store, pytest.raises(EduError, match="column due is 'soon'"):
        store.cards(deck.id)


def test_an_untampered_database_still_reports(db, capsys):
    code = main(["stats", str(MINI), "--db", str(db), "--now", "2026-03-03T09:00"])
    assert code == 0, capsys.readouterr().err


def test_quiz_refuses_a_tampered_database_before_the_ui_starts(db, capsys):
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE reviews SET kind='essay'")
    code = main(["quiz", str(MINI), "--db", str(db)])
    err = capsys.readouterr().err
    assert code == 2
    assert "table reviews, row id 1, column kind is 'essay'" in err
