"""The SQLite progress store: durability, schema, card updates, leeches, error messages."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from fsrs import Rating
from progress_helpers import (
    DECK_ID,
    T0,
    UTC_SETTINGS,
    graduate,
    lapse_once,
    later,
    make_facts,
    make_items,
    new_store,
)

from edu.errors import EduError
from edu.progress.scheduler import Settings
from edu.progress.store import SCHEMA_VERSION, open_store, resolve_db_path

ITEMS = make_items(make_facts(5))


def test_wal_mode_and_schema_version(tmp_path):
    store = new_store(tmp_path)
    assert store.schema_version == SCHEMA_VERSION
    store.close()
    raw = sqlite3.connect(tmp_path / "progress.sqlite3")
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    version = raw.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0]
    assert int(version) == SCHEMA_VERSION
    raw.close()


def test_answer_updates_card_and_log_together(tmp_path):
    store = new_store(tmp_path)
    item = ITEMS[0]
    result = store.record_answer(DECK_ID, item, now=T0, verdict="correct", response="0",
                                 duration_ms=2500)
    assert result.rating == Rating.Good and not result.cram
    assert result.card.state == "learning" and result.card.reps == 1
    assert result.interval == result.card.due - T0
    [entry] = store.log(DECK_ID)
    assert (entry.fact_id, entry.item_id, entry.kind, entry.verdict, entry.rating) == \
        (item.fact_id, item.id, item.kind, "correct", 3)
    assert entry.ts == "2026-03-02T09:00:00.000000+00:00"
    assert entry.response == "0" and entry.duration_ms == 2500 and entry.state_before == "new"
    # the stored card state is py-fsrs JSON that round-trips
    card = store.card(DECK_ID, (item.fact_id, item.kind))
    assert json.loads(card.card_json)["state"] == 1
    assert card.fsrs_card.due == card.due


def test_list_responses_and_explicit_ratings(tmp_path):
    store = new_store(tmp_path)
    store.record_answer(DECK_ID, ITEMS[1], now=T0, rating=4, response=["b", "a", "ü"])
    [entry] = store.log()
    assert entry.response == ["b", "a", "ü"] and entry.verdict is None and entry.rating == 4
    # explicit rating wins over verdict
    result = store.record_answer(DECK_ID, ITEMS[2], now=T0, verdict="wrong", rating=Rating.Good)
    assert result.rating == Rating.Good
    with pytest.raises(ValueError):
        store.record_answer(DECK_ID, ITEMS[3], now=T0)
    with pytest.raises(ValueError):
        store.record_answer(DECK_ID, ITEMS[3], now=T0, verdict="maybe")
    with pytest.raises(ValueError):
        store.record_answer(DECK_ID, ITEMS[3], now=T0, rating=7)
    assert store.count_answers() == 2  # failed calls wrote nothing


def test_cram_logs_but_does_not_schedule(tmp_path):
    store = new_store(tmp_path)
    item = ITEMS[0]
    result = store.record_answer(DECK_ID, item, now=T0, verdict="wrong", cram=True)
    assert result.cram and result.card is None and result.interval is None
    assert store.card(DECK_ID, (item.fact_id, item.kind)) is None
    graduate(store, item, later(T0, minutes=1))
    before = store.card(DECK_ID, (item.fact_id, item.kind))
    store.record_answer(DECK_ID, item, now=later(T0, hours=2), verdict="wrong", cram=True)
    after = store.card(DECK_ID, (item.fact_id, item.kind))
    assert after == before
    cram_rows = [e for e in store.log() if e.cram]
    assert len(cram_rows) == 2 and cram_rows[1].state_before == "review"
    assert store.new_introduced_today(DECK_ID, later(T0, hours=3)) == 1


def test_preview_matches_what_rating_does(tmp_path):
    store = new_store(tmp_path)
    item = ITEMS[0]
    key = (item.fact_id, item.kind)
    when = graduate(store, item, T0)
    due = store.card(DECK_ID, key).due
    intervals = store.preview(DECK_ID, key, due)
    assert intervals[Rating.Again] < intervals[Rating.Good] < intervals[Rating.Easy]
    result = store.record_answer(DECK_ID, item, now=due, rating=Rating.Easy)
    assert result.interval == intervals[Rating.Easy]
    assert due > when


def test_leech_after_eight_lapses(tmp_path):
    store = new_store(tmp_path)
    item = ITEMS[0]
    key = (item.fact_id, item.kind)
    graduate(store, item, T0)
    for n in range(1, 8):
        lapse_once(store, item)
        card = store.card(DECK_ID, key)
        assert card.lapses == n and not card.leech
    card = store.card(DECK_ID, key)
    result = store.record_answer(DECK_ID, item, now=card.due, verdict="wrong")
    assert result.lapse and result.became_leech and result.card.leech
    assert result.card.lapses == 8
    # failures while relearning are not further lapses
    again = store.record_answer(DECK_ID, item, now=result.card.due, verdict="wrong")
    assert not again.lapse and not again.became_leech and again.card.lapses == 8
    # lapses in the log agree with the card
    log_lapses = sum(1 for e in store.log() if e.state_before == "review" and e.rating == 1)
    assert log_lapses == 8


def test_settings_persist_across_reopen(tmp_path):
    store = new_store(tmp_path, Settings(desired_retention=0.85, new_per_day=7,
                                         utc_offset_minutes=0))
    store.close()
    with open_store(tmp_path / "progress.sqlite3") as again:
        assert again.settings.desired_retention == 0.85
        assert again.settings.new_per_day == 7


def test_history_survives_reopen_and_deck_edits(tmp_path):
    store = new_store(tmp_path)
    for item in ITEMS:
        store.record_answer(DECK_ID, item, now=T0, verdict="correct")
    store.close()
    # the "edited deck" keeps f000..f002 and drops the rest; history of all stays
    with open_store(tmp_path / "progress.sqlite3") as again:
        assert len(again.log(DECK_ID)) == len(ITEMS)
        assert again.card(DECK_ID, ("f001", "short_answer")).reps == 1
        assert again.card(DECK_ID, ("f004", "short_answer")) is not None
        assert again.log("other-deck") == []
        assert again.card("other-deck", ("f001", "short_answer")) is None


KILL_SCRIPT = textwrap.dedent("""
    import os, signal, sys
    from datetime import datetime, timedelta, UTC
    from edu.items.model import Item
    from edu.progress.store import open_store
    store = open_store(sys.argv[1])
    n = int(sys.argv[2])
    t0 = datetime(2026, 3, 2, 9, tzinfo=UTC)
    for i in range(n):
        item = Item(id=f"f{i}-sa", fact_id=f"f{i}", kind="short_answer", prompt="p", answer="a")
        store.record_answer("deck", item, now=t0 + timedelta(seconds=i), verdict="correct")
    print("recorded", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
""")


def test_kill_9_loses_no_committed_answer(tmp_path):
    db = tmp_path / "progress.sqlite3"
    root = Path(__file__).resolve().parent.parent
    proc = subprocess.run([sys.executable, "-c", KILL_SCRIPT, str(db), "25"],
                          capture_output=True, text=True, cwd=root, timeout=60)
    assert proc.returncode == -9, proc.stderr
    assert "recorded" in proc.stdout
    assert Path(str(db) + "-wal").exists()  # the process died before any checkpoint/cleanup
    with open_store(db) as store:
        assert store.count_answers("deck") == 25
        assert len(store.cards("deck")) == 25


def test_corrupt_database_is_a_clear_error(tmp_path):
    db = tmp_path / "progress.sqlite3"
    db.write_bytes(os.urandom(4096) * 4)
    with pytest.raises(EduError) as err:
        open_store(db)
    message = str(err.value)
    assert str(db) in message and "corrupt" in message


def test_damaged_pages_are_a_clear_error(tmp_path):
    store = new_store(tmp_path)
    for item in make_items(make_facts(200)):
        store.record_answer(DECK_ID, item, now=T0, verdict="correct")
    store.close()
    db = tmp_path / "progress.sqlite3"
    data = bytearray(db.read_bytes())
    data[200:] = bytes((i * 37 + 11) % 256 for i in range(len(data) - 200))
    db.write_bytes(bytes(data))
    with pytest.raises(EduError) as err:
        open_store(db).log()
    assert str(db) in str(err.value) and "corrupt" in str(err.value)


def test_foreign_sqlite_file_is_refused(tmp_path):
    db = tmp_path / "other.db"
    raw = sqlite3.connect(db)
    raw.execute("CREATE TABLE notes (x)")
    raw.commit()
    raw.close()
    with pytest.raises(EduError, match="not an edu progress database"):
        open_store(db)


def test_locked_database_is_a_clear_error(tmp_path):
    db = tmp_path / "progress.sqlite3"
    new_store(tmp_path).close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        store = open_store(db, timeout=0.2)
        with pytest.raises(EduError) as err:
            store.record_answer(DECK_ID, ITEMS[0], now=T0, verdict="correct")
        assert "locked" in str(err.value) and str(db) in str(err.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    store.record_answer(DECK_ID, ITEMS[0], now=T0, verdict="correct")  # usable again
    assert store.count_answers() == 1


def test_newer_schema_is_refused(tmp_path):
    db = tmp_path / "progress.sqlite3"
    new_store(tmp_path).close()
    raw = sqlite3.connect(db)
    raw.execute("UPDATE meta SET value='99' WHERE key='schema_version'")
    raw.commit()
    raw.close()
    with pytest.raises(EduError, match="schema version 99"):
        open_store(db)


def test_bad_paths_are_clear_errors(tmp_path):
    with pytest.raises(EduError, match="is a directory"):
        open_store(tmp_path)
    blocker = tmp_path / "afile"
    blocker.write_text("x")
    with pytest.raises(EduError, match="is a file, not a folder"):
        open_store(blocker / "sub" / "progress.sqlite3")
    # a folder that does not exist yet is created
    with open_store(tmp_path / "new" / "deeper" / "p.sqlite3") as store:
        assert store.path.exists()


def test_resolve_db_path_precedence(monkeypatch, tmp_path):
    monkeypatch.setenv("EDU_DB", str(tmp_path / "env.sqlite3"))
    assert resolve_db_path("cli.sqlite3") == Path("cli.sqlite3")
    assert resolve_db_path(None) == tmp_path / "env.sqlite3"
    monkeypatch.delenv("EDU_DB")
    default = resolve_db_path(None)
    assert default.name == "progress.sqlite3" and "edu" in default.parts


def test_today_counters_reset_at_day_start(tmp_path):
    store = new_store(tmp_path)
    for item in ITEMS[:3]:
        store.record_answer(DECK_ID, item, now=T0, verdict="correct")
    assert store.new_introduced_today(DECK_ID, later(T0, hours=1)) == 3
    # 03:59 next day is still "today" (day starts 04:00); 04:00 is a new day
    assert store.new_introduced_today(DECK_ID, T0.replace(day=3, hour=3, minute=59)) == 3
    assert store.new_introduced_today(DECK_ID, T0.replace(day=3, hour=4)) == 0
    assert store.reviews_done_today(DECK_ID, later(T0, hours=1)) == 0
    assert UTC_SETTINGS.day_start_hour == 4


def test_failed_answer_leaves_nothing_half_written(tmp_path):
    store = new_store(tmp_path)
    item = ITEMS[0]
    store.record_answer(DECK_ID, item, now=T0, verdict="correct")
    before = store.card(DECK_ID, (item.fact_id, item.kind))
    with pytest.raises(TypeError):  # the response cannot be stored: after the card update
        store.record_answer(DECK_ID, item, now=later(T0, minutes=10), verdict="correct",
                            response=object())  # type: ignore[arg-type]
    assert store.card(DECK_ID, (item.fact_id, item.kind)) == before
    assert store.count_answers() == 1
    store.record_answer(DECK_ID, item, now=later(T0, minutes=10), verdict="correct")
    assert store.count_answers() == 2


def test_clock_going_backwards_does_not_break_scheduling(tmp_path):
    store = new_store(tmp_path)
    item = ITEMS[0]
    graduate(store, item, T0)
    result = store.record_answer(DECK_ID, item, now=later(T0, days=-3), verdict="wrong")
    assert result.card.state == "relearning" and result.interval.total_seconds() > 0


def test_migrations_upgrade_an_old_database_in_place(tmp_path, monkeypatch):
    import edu.progress.db as progress_db

    store = new_store(tmp_path)
    store.record_answer(DECK_ID, ITEMS[0], now=T0, verdict="correct")
    store.close()
    extra = ["ALTER TABLE reviews ADD COLUMN device TEXT"]
    monkeypatch.setattr(progress_db, "MIGRATIONS", [*progress_db.MIGRATIONS, extra])
    monkeypatch.setattr(progress_db, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with open_store(tmp_path / "progress.sqlite3") as upgraded:
        assert upgraded.schema_version == SCHEMA_VERSION + 1
        assert upgraded.count_answers() == 1
        upgraded.record_answer(DECK_ID, ITEMS[0], now=later(T0, minutes=10), verdict="correct")
    raw = sqlite3.connect(tmp_path / "progress.sqlite3")
    columns = [r[1] for r in raw.execute("PRAGMA table_info(reviews)")]
    raw.close()
    assert "device" in columns
