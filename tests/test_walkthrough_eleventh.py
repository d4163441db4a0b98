"""Faults of "your own document" fixed in the eleventh walk-through (docs/EXTRACT.md, "A new
user's walk-through (eleventh round)"): each test failed before its fix."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from edu.cli import main

NOTES_MD = """# The Graet Stink of 1858

## The summer

- In the hot summer of 1858 the River Thames smelled so bad that people called it the Great Stink.
- The curtains of the Houses of Parliament were soaked in chloride of lime against the smell.
- About 2.5 million people lived in London, and its sewers emptied into the Thames.

## The new sewers

- Parliament passed a bill in only 18 days, and Benjamin Disraeli introduced it.
- The engineer Joseph Bazalgette designed 82 miles of intercepting sewers.
- The Crossness Pumping Station was opened by the Prince of Wales in April 1865.
- The Victoria Embankment was finished in 1870.
"""
FIXED_TITLE = NOTES_MD.replace("Graet", "Great", 1)

OTHER_TOPIC = """# Alfred Nobel

- Alfred Nobel was born in Stockholm on 21 October 1833.
- In 1867 he patented dynamite, which mixed nitroglycerin with kieselguhr.
- He signed his last will in Paris on 27 November 1895.
- He died in Sanremo on 10 December 1896, and the first prizes were given in 1901.
"""


@pytest.fixture()
def env(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("EDU_DB", str(tmp_path / "db.sqlite3"))
    return tmp_path


def _answer_all(path: Path, db: Path) -> str:
    """Answer every fact of the document's unreviewed deck once, as the trainer records it;
    the deck id."""
    from datetime import UTC, datetime

    from edu.commands._document import unreviewed_deck
    from edu.items.generate import generate_items
    from edu.progress.store import open_store

    deck = unreviewed_deck(str(path))
    items = generate_items(deck, seed=0, include_drafts=True)
    first = {}
    for item in items:
        first.setdefault(item.fact_id, item)
    with open_store(db) as store:
        for item in first.values():
            store.record_answer(deck.id, item, now=datetime(2026, 12, 1, tzinfo=UTC),
                                verdict="correct", response=item.answer)
    return deck.id


def _stats(path: Path, capsys) -> dict:
    capsys.readouterr()
    assert main(["stats", str(path), "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_a_title_edit_keeps_the_learners_progress(env, capsys):
    """Fixing a typo in the title moved the deck id, and with it every answer: the learner
    started from zero."""
    notes = env / "notes.md"
    notes.write_text(NOTES_MD, encoding="utf-8")
    old_id = _answer_all(notes, env / "db.sqlite3")
    before = _stats(notes, capsys)
    assert before["total_answers"] > 0
    notes.write_text(FIXED_TITLE, encoding="utf-8")
    after = _stats(notes, capsys)
    assert after["deck_id"] != old_id  # the id still follows the title ...
    # ... and progress it: one draft changed with the title ("called it the Great Stink"),
    # and statistics count the facts still in the deck
    assert after["total_answers"] == before["total_answers"] - 1 > 0
    notes.write_text(NOTES_MD, encoding="utf-8")  # and back again
    assert _stats(notes, capsys)["total_answers"] == before["total_answers"]


def test_another_document_of_the_same_name_never_takes_its_progress(env, capsys):
    """Two notes.md on two topics keep apart: the second starts from zero and the first
    keeps what it had."""
    notes = env / "notes.md"
    notes.write_text(NOTES_MD, encoding="utf-8")
    _answer_all(notes, env / "db.sqlite3")
    total = _stats(notes, capsys)["total_answers"]
    other = env / "other"
    other.mkdir()
    (other / "notes.md").write_text(OTHER_TOPIC, encoding="utf-8")
    assert _stats(other / "notes.md", capsys)["total_answers"] == 0
    assert _stats(notes, capsys)["total_answers"] == total


def test_half_the_answered_facts_gone_is_another_document(env, capsys):
    """The threshold's other side: the same file name and a few of the same sentences, but
    most of what the learner answered is no longer in it."""
    notes = env / "notes.md"
    notes.write_text(NOTES_MD, encoding="utf-8")
    _answer_all(notes, env / "db.sqlite3")
    kept = "\n".join(NOTES_MD.splitlines()[:5])  # a new title and two of the old items
    notes.write_text("# Victorian London\n" + kept.split("\n", 1)[1] + "\n"
                     + OTHER_TOPIC.split("\n", 2)[2], encoding="utf-8")
    assert _stats(notes, capsys)["total_answers"] == 0


def test_a_reviewed_decks_progress_is_never_carried_away(env, capsys):
    """A deck file that has been studied keeps its id and its progress, even when it has the
    id the document had before its title was edited."""
    notes, draft, deck = env / "notes.md", env / "draft.yaml", env / "deck.yaml"
    notes.write_text(NOTES_MD, encoding="utf-8")
    _answer_all(notes, env / "db.sqlite3")
    assert _stats(notes, capsys)["total_answers"] > 0  # studied as a document first
    assert main(["extract", str(notes), "-o", str(draft)]) == 0
    assert main(["review", str(draft), "-o", str(deck), "--accept-top", "5"]) == 0
    total = _stats(deck, capsys)["total_answers"]
    assert total > 0  # the reviewed deck took over the drafts' progress (the same ids)
    notes.write_text(FIXED_TITLE, encoding="utf-8")
    assert _stats(notes, capsys)["total_answers"] == 0
    assert _stats(deck, capsys)["total_answers"] == total


def test_the_trainer_opens_a_retitled_document_with_its_progress(env, monkeypatch):
    """`edu quiz notes.md` after the title edit: the trainer's state has the old cards."""
    import edu.commands.train as train
    from edu.trainer.app import TrainerApp

    notes = env / "notes.md"
    notes.write_text(NOTES_MD, encoding="utf-8")
    seen: list[tuple[str, int]] = []

    def run(app: TrainerApp) -> None:
        deck = app.state.decks[0]
        seen.append((deck.id, len(app.state.store.cards(deck.id))))

    monkeypatch.setattr(train, "_has_terminal", lambda: True)
    monkeypatch.setattr(TrainerApp, "run", run)
    assert main(["quiz", str(notes)]) == 0  # the first session ...
    _answer_all(notes, env / "db.sqlite3")  # ... its answers
    notes.write_text(FIXED_TITLE, encoding="utf-8")
    assert main(["quiz", str(notes)]) == 0
    (first, none), (second, cards) = seen
    assert first != second and none == 0 and cards >= 9  # one draft changed with the title


def test_a_title_edit_keeps_every_anki_note(env, capsys):
    """Re-importing after a title edit added a second copy of every note (the note GUIDs
    and note types followed the deck id, which follows the first line)."""
    anki_collection = pytest.importorskip("anki.collection")
    from edu.commands._document import unreviewed_deck

    notes = env / "notes.md"
    col = anki_collection.Collection(str(env / "col.anki2"))
    counts, cards, logs, facts = [], [], [], []
    try:
        for text in (NOTES_MD, FIXED_TITLE):
            notes.write_text(text, encoding="utf-8")
            facts.append({f.id for f in unreviewed_deck(str(notes)).facts})
            apkg = env / "notes.apkg"
            assert main(["anki", str(notes), "-o", str(apkg)]) == 0
            result = col.import_anki_package(anki_collection.ImportAnkiPackageRequest(
                package_path=str(apkg),
                options=anki_collection.ImportAnkiPackageOptions(with_scheduling=False)))
            logs.append(result.log)
            counts.append(col.note_count())
            cards.append(col.card_count())
        # the title is part of one draft's sentence ("... called it the Great Stink"), so
        # that fact is new; every other note is the same note, updated in place
        new_facts = len(facts[1] - facts[0])
        assert new_facts < len(facts[1]) // 2
        assert counts[1] == counts[0] + new_facts
        assert not logs[1].conflicting
        # the cards stay where they were learnt: Anki files decks by name, so the new title
        # is a deck of its own, holding only the new fact's note
        old = '"deck:The Graet Stink of 1858 (unreviewed drafts)"'  # and its subdecks
        assert len(col.find_cards(old)) == cards[0]
    finally:
        col.close()


def test_a_version_1_database_is_upgraded_and_keeps_its_answers(tmp_path):
    """The table of deck origins comes with schema version 2; a version 1 file (every
    database written before) is upgraded in place, its answers kept."""
    import sqlite3

    from edu.progress.db import MIGRATIONS
    from edu.progress.store import open_store

    path = tmp_path / "old.sqlite3"
    raw = sqlite3.connect(path)
    for statement in MIGRATIONS[0]:
        raw.execute(statement)
    raw.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    raw.execute("INSERT INTO reviews (ts, deck_id, fact_id, item_id, kind, ref, response,"
                " verdict, rating, duration_ms, cram, state_before) VALUES"
                " ('2026-12-01T00:00:00.000000+00:00', 'notes-md-aaaaaa', 'f', 'f:short_answer',"
                " 'short_answer', 'f', '\"x\"', 'correct', 3, NULL, 0, 0)")
    raw.commit()
    raw.close()
    with open_store(path) as store:
        assert store.schema_version == 2
        assert store.count_answers("notes-md-aaaaaa") == 1
        store.follow_document("notes-md-aaaaaa", "notes.md", ["f"])  # registered, kept
        assert store.follow_document("notes-md-bbbbbb", "notes.md", ["f"]) == "notes-md-aaaaaa"
        assert store.count_answers("notes-md-bbbbbb") == 1
        assert store.count_answers("notes-md-aaaaaa") == 0


def test_a_note_under_one_heading_is_no_subdeck_of_itself(env, capsys):
    """notes.md under one `#` title gave Anki decks "The Great Stink ... (unreviewed
    drafts)::The Great Stink of 1858::The new sewers": the title twice."""
    anki_collection = pytest.importorskip("anki.collection")
    notes = env / "notes.md"
    notes.write_text(NOTES_MD.replace("Graet", "Great"), encoding="utf-8")
    apkg = env / "notes.apkg"
    assert main(["anki", str(notes), "-o", str(apkg)]) == 0
    col = anki_collection.Collection(str(env / "col.anki2"))
    try:
        col.import_anki_package(anki_collection.ImportAnkiPackageRequest(
            package_path=str(apkg),
            options=anki_collection.ImportAnkiPackageOptions(with_scheduling=False)))
        names = {d.name for d in col.decks.all_names_and_ids()} - {"Default"}
    finally:
        col.close()
    top = "The Great Stink of 1858 (unreviewed drafts)"
    assert names == {top, f"{top}::The summer", f"{top}::The new sewers"}


def test_gift_categories_do_not_name_the_title_twice(env, capsys):
    notes = env / "notes.md"
    notes.write_text(NOTES_MD.replace("Graet", "Great"), encoding="utf-8")
    assert main(["export", str(notes), "--format", "gift", "-o", "-"]) == 0
    categories = {line for line in capsys.readouterr().out.splitlines()
                  if line.startswith("$CATEGORY")}
    top = "The Great Stink of 1858 (unreviewed drafts)"
    assert categories == {f"$CATEGORY: {top}/The summer", f"$CATEGORY: {top}/The new sewers"}


def test_the_answer_keys_section_column_does_not_repeat_the_title(env, capsys):
    """Every row of a one-title note's key said "The Great Stink of 1858 › ..." (or, for a
    plain text under its title line, the title alone)."""
    notes = env / "notes.md"
    notes.write_text(NOTES_MD.replace("Graet", "Great"), encoding="utf-8")
    assert main(["handout", str(notes), "--format", "md", "--teacher-copy", "-o", "-"]) == 0
    out = capsys.readouterr().out
    rows = [line for line in out.splitlines() if re.match(r"\| \d+ \|", line)]
    assert rows and {row.rsplit("|", 2)[1].strip() for row in rows} <= {
        "The summer", "The new sewers"}


def test_the_keys_tolerance_is_written_as_a_number_a_teacher_reads(env, capsys):
    """"About 25 million people" printed "(±2.5e+06)" in the answer key."""
    (env / "city.txt").write_text("The City\n\nAbout 25 million people lived in the city in "
                                  "2020, and about 1,500 of them were bakers.\n",
                                  encoding="utf-8")
    assert main(["handout", str(env / "city.txt"), "--format", "md", "--teacher-copy",
                 "--kinds", "numeric", "-o", "-"]) == 0
    out = capsys.readouterr().out
    assert "(±2,500,000)" in out and "e+" not in out


def test_gift_numbers_keep_every_digit(env, capsys):
    """A numeric GIFT question wrote 1,234,567 as {#1.23457e+06:0}: Moodle then expects
    1,234,570 (six significant digits)."""
    (env / "count.txt").write_text("The Count\n\nIn 1901 the census counted 1,234,567 people "
                                   "in the city, and about 25 million in the country.\n",
                                   encoding="utf-8")
    assert main(["export", str(env / "count.txt"), "--format", "gift", "--kinds", "numeric",
                 "-o", "-"]) == 0
    out = capsys.readouterr().out
    assert "{#1234567:0}" in out and "e+" not in out


def test_an_anki_notes_tolerance_is_written_in_full():
    """The back of a numeric card said "Accepted within ±2.5e+06"."""
    from edu.anki.fields import note_content
    from edu.items.model import Item
    from edu.text.source import Span

    item = Item(id="f:numeric", fact_id="f", kind="numeric", prompt="About how many people?",
                answer="25 million", fact_kind="number", source=Span(0, 0), tolerance=2.5e6)
    text = " ".join(note_content(item).fields.values())
    assert "&plusmn;2,500,000" in text and "e+" not in text


def test_stats_of_a_document_count_its_unseen_drafts_as_new(env, capsys):
    """`edu stats notes.md` said "new 0" with three of its drafts never asked: drafts were
    left out as if they made no items, which a document's drafts do."""
    from edu.commands._document import unreviewed_deck

    notes = env / "notes.md"
    notes.write_text(FIXED_TITLE, encoding="utf-8")
    assert _stats(notes, capsys)["counts"]["new"] == len(unreviewed_deck(str(notes)).facts)
    _answer_all(notes, env / "db.sqlite3")
    counts = _stats(notes, capsys)["counts"]
    assert counts["new"] == 0 and counts["learning"] > 0
