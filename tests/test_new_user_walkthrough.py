"""Faults a new user met walking through "your own document" (docs/EXTRACT.md, ninth round):
each test failed before its fix."""

from __future__ import annotations

import csv
import subprocess
import sys
import time
from pathlib import Path

import pytest
from trainer_helpers import async_test, static_text

from edu.cli import main
from edu.commands._document import unreviewed_deck
from edu.errors import EduError
from edu.items.generate import generate_items
from edu.progress.session import SessionOptions
from edu.text.pdf import MAX_LINE_CHARS, MAX_WORD_CHARS, document_text, source_text
from edu.trainer.app import TrainerApp
from edu.trainer.quiz import QuizScreen

NOTES = """# Mars Pathfinder

Mars Pathfinder landed in Ares Vallis on July 4, 1997. The rover Sojourner weighed 10.6
kilograms and travelled about 100 metres in 83 sols.
"""


@pytest.fixture()
def notes(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("EDU_DB", str(tmp_path / "db.sqlite3"))
    path = tmp_path / "notes.md"
    path.write_text(NOTES, encoding="utf-8")
    return path


def test_stats_takes_a_document_like_quiz_does(notes, capsys):
    assert main(["stats", str(notes), "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert "unreviewed drafts" in out


def test_the_review_hint_names_the_document_as_given(tmp_path, monkeypatch, capsys):
    """`edu quiz class/my notes.md` said "edu extract my notes.md": pasted, it found no file."""
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "class").mkdir()
    (tmp_path / "class" / "my notes.md").write_text(NOTES, encoding="utf-8")
    assert main(["items", "class/my notes.md", "--format", "json"]) == 0
    err = capsys.readouterr().err
    assert "to review them: edu extract 'class/my notes.md' -o draft.yaml" in err
    assert main(["extract", "class/my notes.md", "-o", "draft.yaml"]) == 0


def test_a_long_document_says_it_will_take_a_while(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr("edu.commands._document.LONG_DOCUMENT_CHARS", 100)
    notes = tmp_path / "notes.md"
    notes.write_text(NOTES, encoding="utf-8")
    assert main(["extract", str(notes), "-o", str(tmp_path / "d.yaml")]) == 0
    assert "drafting facts from a document this long takes about 1 minute" in \
        capsys.readouterr().err
    assert main(["extract", str(notes), "-o", str(tmp_path / "d.yaml")]) == 0
    assert "this long" not in capsys.readouterr().err  # the second run reads the kept drafts


def test_check_on_a_document_says_what_to_run(notes, capsys):
    assert main(["check", str(notes)]) == 2
    err = capsys.readouterr().err
    assert "a document, not a deck" in err and "edu extract notes.md" in err


def test_a_huge_single_word_is_one_message_in_bounded_time(tmp_path):
    """50 MB of one word took 250 s and 2.7 GB and wrote an empty deck; now the reading
    refuses it at once (2 MB here: 10 s before the fix)."""
    huge = tmp_path / "huge.txt"
    huge.write_text("pathfinder" * 200_000, encoding="utf-8")
    out = tmp_path / "huge.yaml"
    began = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "edu", "extract", str(huge), "-o", str(out)],
                          capture_output=True, text=True,
                          env={"EDU_CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin"})
    assert done.returncode == 2, done.stderr
    assert f"{huge}:1:1: a run of more than {MAX_WORD_CHARS:,} characters" in done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()
    assert time.perf_counter() - began < 60  # a generous bound: it is about a second


def test_a_file_of_one_endless_line_is_one_message_at_once(tmp_path):
    """A 5 MB file with no line break (line breaks lost in an export) was read for over
    15 minutes with nothing on screen; now it is refused at once, naming its line."""
    big = tmp_path / "big.txt"
    sentence = "The rover Sojourner travelled about 100 metres in 83 sols. "
    big.write_text("Notes\n" + sentence * (5_000_000 // len(sentence)), encoding="utf-8")
    out = tmp_path / "big.yaml"
    done = subprocess.run([sys.executable, "-m", "edu", "extract", str(big), "-o", str(out)],
                          capture_output=True, text=True, timeout=300,
                          env={"EDU_CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin"})
    assert done.returncode == 2, done.stderr
    assert f"{big}:2:1: a line of " in done.stderr
    assert f"at most {MAX_LINE_CHARS:,})" in done.stderr
    assert "Traceback" not in done.stderr and not out.exists()


def test_a_long_line_of_preprocessed_text_is_read(tmp_path):
    """The preprocessed form is one line by its recipe (the bench's 10 MB corpus too): the
    limit on a line's length is for raw English only."""
    stemmed = tmp_path / "stemmed.txt"
    words = "china launch 2016 rocket long march satellit orbit station "
    stemmed.write_text(words * (MAX_LINE_CHARS // len(words) + 10), encoding="utf-8")
    assert len(source_text(stemmed)) > MAX_LINE_CHARS
    raw = tmp_path / "raw.txt"
    raw.write_text("The rover travelled 100 metres in the crater. " * 5_000, encoding="utf-8")
    with pytest.raises(EduError, match="a line of "):
        source_text(raw)


def test_only_raw_english_is_said_to_take_minutes(capsys):
    """The note on a long document's wait is for raw English; the preprocessed form of the
    same length is drafted in well under a second, so it is not told to wait minutes."""
    from edu.commands._document import LONG_DOCUMENT_CHARS, note_long_document

    raw = "The rover travelled 100 metres in the crater. " * (LONG_DOCUMENT_CHARS // 40)
    note_long_document("raw.txt", raw)
    assert "raw.txt: " in capsys.readouterr().err
    stemmed = "rover travel 100 metr crater " * (LONG_DOCUMENT_CHARS // 25)
    note_long_document("stemmed.txt", stemmed)
    assert capsys.readouterr().err == ""


def test_terminal_escapes_never_reach_the_deck(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    text = tmp_path / "esc.txt"
    text.write_text("Mars Pathfinder\n\n\x1b[31mLeland Stanford\x1b[0m drove the golden "
                    "spike on May 10, 1869 at Promontory Summit.\x07\n", encoding="utf-8")
    read = document_text(text)
    assert "\x1b" not in read and "\x07" not in read
    assert len(read) == len(text.read_text(encoding="utf-8"))  # offsets stay the file's
    assert main(["extract", str(text)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "31m" not in out and "Leland Stanford" in out


def test_review_of_a_document_names_the_missing_step(notes, capsys):
    before = notes.read_text(encoding="utf-8")
    assert main(["review", str(notes), "--in-place", "--accept-top", "3"]) == 2
    err = capsys.readouterr().err
    assert "a document, not a draft deck" in err and "edu extract notes.md" in err
    assert notes.read_text(encoding="utf-8") == before


@async_test
async def test_a_year_reads_as_a_year_once(tmp_path, monkeypatch):
    """'In which year was ... finished? (year)' and 'Answer: 1867 year' before."""
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    notes = tmp_path / "rail.md"
    notes.write_text("# Railroad\n\nThe Summit Tunnel, 1,659 feet long, was finished in 1867.\n",
                     encoding="utf-8")
    deck = unreviewed_deck(str(notes))
    items = [i for i in generate_items(deck, seed=0, include_drafts=True, kinds=("numeric",))
             if i.answer == "1867"]
    assert items and items[0].prompt.endswith("finished?")
    app = TrainerApp([deck], SessionOptions(), db_path=tmp_path / "p.sqlite3", start="quiz",
                     items={deck.id: items})
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        screen.query_one("Input").value = "1869"
        await pilot.press("enter")
        await pilot.pause()
        shown = static_text(screen.query_one(".correct-answer"))
    assert shown == "Answer: 1867"


def test_a_year_in_the_csv_export_is_the_year(tmp_path, monkeypatch):
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    notes = tmp_path / "rail.md"
    notes.write_text("# Railroad\n\nThe Summit Tunnel, 1,659 feet long, was finished in 1867.\n",
                     encoding="utf-8")
    out = tmp_path / "rail.csv"
    assert main(["export", str(notes), "--format", "csv", "--kinds", "numeric", "-o",
                 str(out)]) == 0
    rows = [row for row in csv.reader(out.open(encoding="utf-8"))
            if row[0].startswith("[Railroad] In ")]  # every front opens with its topic
    assert rows == [[rows[0][0], "1867", rows[0][2]]] and "(year)" not in rows[0][0]


def test_the_trainer_without_a_terminal_is_one_message(notes, tmp_path):
    """`edu quiz notes.md < /dev/null > out 2> err` drew the trainer into err and waited for
    keys forever."""
    done = subprocess.run([sys.executable, "-m", "edu", "quiz", str(notes), "--db",
                           str(tmp_path / "p.sqlite3")], stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=120,
                          env={"EDU_CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin"})
    assert done.returncode == 2
    assert "the trainer needs a terminal" in done.stderr and "\x1b" not in done.stderr


def test_a_gift_cloze_keeps_the_blanks_spacing(tmp_path, monkeypatch):
    """'In {=1867} , the Summit Tunnel ...' before: a space before the comma."""
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    notes = tmp_path / "rail.md"
    notes.write_text("# Railroad\n\nThe Summit Tunnel, 1,659 feet long, was finished in 1867.\n",
                     encoding="utf-8")
    out = tmp_path / "rail.gift"
    assert main(["export", str(notes), "--format", "gift", "--kinds", "cloze", "-o",
                 str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    # a cloze of ordinary English is its sentence as written (the set-10 round)
    assert "The {=Summit Tunnel}, 1,659 feet long" in text and "} ," not in text
    assert "was finished in {=1867}." in text


def test_a_wrong_flag_shows_the_commands_own_usage(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["quiz", "--bogus", "notes.txt"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: edu quiz") and "unrecognized arguments: --bogus" in err
