"""`edu stats DECK [--json] [--db PATH]` end to end, on the mini deck with real items."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from edu.cli import main
from edu.deck.check import load_deck
from edu.grading.grade import grade
from edu.items.generate import generate_items
from edu.progress.session import select_items
from edu.progress.stats import compute_stats
from edu.progress.store import open_store

MINI = str(Path(__file__).parent / "data" / "mini.yaml")
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def train(db: Path) -> datetime:
    """Two days of real quiz answers: the correct answer for every other item."""
    deck = load_deck(MINI)
    items = generate_items(deck, seed=0)
    now = NOW
    with open_store(db) as store:
        for _day in range(2):
            for n, item in enumerate(select_items(items, store, deck.id, now)):
                if item.kind == "matching":
                    response = [pair[1] for pair in item.pairs]
                elif item.kind == "ordering":
                    response = list(item.sequence)
                else:
                    response = item.answer if n % 2 == 0 else "no idea"
                verdict = grade(item, response)
                store.record_answer(deck.id, item, now=now, verdict=verdict.status,
                                    response=response, duration_ms=4000)
                now += timedelta(seconds=30)
            now += timedelta(days=1)
    return now


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["stats", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_json_report_matches_compute_stats(tmp_path, capsys):
    db = tmp_path / "p.sqlite3"
    now = train(db)
    stamp = now.isoformat()
    code, out, err = run_cli(capsys, MINI, "--db", str(db), "--json", "--now", stamp)
    assert code == 0, err
    data = json.loads(out)
    deck = load_deck(MINI)
    with open_store(db) as store:
        expected = compute_stats(store, deck, None, now).to_dict()
        with_items = compute_stats(store, deck, generate_items(deck, seed=0), now).to_dict()
        answers = store.count_answers(deck.id)
    assert data == {"db": str(db), **expected}
    # without items every figure but the count of never-asked cards is the same
    counts, item_counts = data.pop("counts"), with_items.pop("counts")
    data.pop("db")
    assert data == with_items
    for key in ("due", "learning", "learned", "leeches"):
        assert counts[key] == item_counts[key]
    with open_store(db) as store:
        asked = {ref for ref, _kind in store.cards(deck.id)}
    assert counts["new"] == sum(f.id not in asked and f.status != "draft"  # never asked
                                for f in deck.facts)
    assert data["total_answers"] == answers > 0
    assert sum(d["count"] for d in data["reviews_per_day"]) == answers


def test_text_report_fits_80_columns(tmp_path, capsys):
    db = tmp_path / "p.sqlite3"
    now = train(db)
    code, out, _err = run_cli(capsys, MINI, "--db", str(db), "--now", now.isoformat())
    assert code == 0
    assert "Answers logged:" in out and "By kind" in out
    assert max(len(line) for line in out.splitlines()) <= 80


def test_env_var_selects_database(tmp_path, capsys, monkeypatch):
    db = tmp_path / "env.sqlite3"
    now = train(db)
    monkeypatch.setenv("EDU_DB", str(db))
    code, out, _err = run_cli(capsys, MINI, "--json", "--now", now.isoformat())
    assert code == 0 and json.loads(out)["db"] == str(db)
    assert json.loads(out)["total_answers"] > 0


def test_missing_database_is_not_created(tmp_path, capsys):
    db = tmp_path / "sub" / "none.sqlite3"
    code, out, _err = run_cli(capsys, MINI, "--db", str(db))
    assert code == 0 and "Answers logged: 0" in out
    assert not db.exists() and not db.parent.exists()


@pytest.mark.parametrize("make_bad, message", [
    (lambda tmp: tmp, "is a directory"),
    (lambda tmp: (tmp / "file").write_text("x") and tmp / "file" / "p.sqlite3", "not a folder"),
    (lambda tmp: (tmp / "junk.sqlite3").write_bytes(b"garbage" * 900) and tmp / "junk.sqlite3",
     "corrupt"),
])
def test_bad_database_paths_exit_2(tmp_path, capsys, make_bad, message):
    db = make_bad(tmp_path)
    code, out, err = run_cli(capsys, MINI, "--db", str(db))
    assert code == 2 and out == ""
    assert str(db) in err and message in err and "Traceback" not in err


def test_bad_arguments_exit_2(capsys):
    assert run_cli(capsys, MINI, "--now", "yesterday")[0] == 2
    assert run_cli(capsys, MINI, "--days", "0")[0] == 2
    code, _out, err = run_cli(capsys, "no-such-deck.yaml")
    assert code == 2 and "no-such-deck.yaml" in err
