"""The thirteenth new user's walk-through: what a learner with their own notes ran into.

Each test failed on the code before its fix (docs/EXTRACT.md, "A new user's walk-through
(thirteenth round)")."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from trainer_helpers import answer_correctly, async_test, make_app, static_text

from edu.cli import main
from edu.commands._document import unreviewed_deck
from edu.deck.check import check_deck, load_deck
from edu.grading.grade import grade
from edu.grading.verdict import Grade
from edu.items.generate import generate_items
from edu.items.model import Item
from edu.progress.session import SessionOptions
from edu.text.pdf import pdf_text
from edu.text.source import Span
from edu.trainer.app import TrainerApp
from edu.trainer.quiz import QuizScreen

SIZE = (80, 24)


@async_test
async def test_y_and_enter_typed_together_to_quit_leave_without_a_traceback(tmp_path):
    """In tmux, "q" then "y⏎" (a learner confirms with y and Enter out of habit) printed a
    MountError traceback: the Enter reached the quiz screen, which began building the next
    item while the app was closing it."""
    app = make_app(tmp_path / "p.sqlite3", start="quiz")
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        await answer_correctly(pilot, screen)
        await pilot.pause()
        assert screen.answered
        await pilot.press("q")
        await pilot.pause()
        # both keys arrive in one read, as a terminal sends them: queued before either runs
        app.post_message(events.Key("y", "y"))
        app.post_message(events.Key("enter", "\r"))
        await pilot.pause()
        await pilot.pause()
    assert app.return_code == 0



def _handout_pdf(path: Path) -> None:
    """A handout as a teacher types it in a word processor: a large title, bold headings,
    body paragraphs with no blank line between them."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", "B", 20)
    pdf.multi_cell(0, 10, "The Voyager missions", new_x="LMARGIN", new_y="NEXT")
    for heading, body in [
            ("Launch", "Voyager 2 was launched on August 20, 1977, sixteen days before "
                       "Voyager 1. Each probe has a mass of 825.5 kilograms."),
            ("Jupiter", "Voyager 1 passed Jupiter on March 5, 1979, at a distance of 349,000 "
                        "kilometres. It found active volcanoes on Io."),
            ("Neptune", "Voyager 2 flew past Neptune on August 25, 1989, and discovered six "
                        "new moons.")]:
        pdf.set_font("helvetica", "B", 14)
        pdf.multi_cell(0, 8, heading, new_x="LMARGIN", new_y="NEXT")
        if heading == "Neptune":
            pdf.add_page()  # a heading left at the foot of a page, its text overleaf
        pdf.set_font("helvetica", "", 11)
        pdf.multi_cell(0, 6, body, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def test_a_pdf_handouts_title_and_headings_are_its_title_and_sections(tmp_path):
    """A two-page PDF handout gave the deck "blackdeath.pdf" for a title (and the worksheet
    "blackdeath.pdf (unreviewed drafts)"), no sections, and evidence that ran from a heading
    into the sentence under it: pypdf writes a heading as one more line of its paragraph."""
    pdf = tmp_path / "voyager.pdf"
    _handout_pdf(pdf)
    draft = tmp_path / "draft.yaml"
    assert main(["extract", str(pdf), "-o", str(draft)]) == 0
    assert check_deck(draft) == []
    deck = load_deck(draft)
    assert deck.title == "The Voyager missions"
    assert {"Launch", "Jupiter", "Neptune"} <= {f.section.split(" › ")[-1]
                                                for f in deck.facts if f.section}
    assert not any(f.evidence and "Launch" in f.evidence for f in deck.facts)


def test_a_pdf_in_one_font_reads_as_before(tmp_path):
    """No line larger or bolder than the body: the text is pypdf's, unchanged."""
    from fpdf import FPDF
    from pypdf import PdfReader

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.multi_cell(0, 6, "The Voyager missions\nVoyager 2 was launched on August 20, 1977.")
    path = tmp_path / "plain.pdf"
    pdf.output(str(path))
    assert pdf_text(path) == PdfReader(path).pages[0].extract_text().strip() + "\n"


NOTE = """# The Voyager missions

## Launch

- Voyager 2 was launched on August 20, 1977, sixteen days before Voyager 1.
- Each probe has a mass of 825.5 kilograms.

## Jupiter

- Voyager 1 passed Jupiter on March 5, 1979, at a distance of 349,000 kilometres.
- It found active volcanoes on Io, the first seen beyond Earth.
"""


def test_a_worksheet_of_a_document_is_not_headed_unreviewed_drafts(tmp_path, capsys):
    """The sheet handed to a class read "Apollo 13 (unreviewed drafts)" in its heading and
    running head; that is the teacher's business (standard error says so), not the class's."""
    note = tmp_path / "notes.md"
    note.write_text(NOTE, encoding="utf-8")
    assert main(["handout", str(note), "-o", "-", "--format", "md", "--answer-key",
                 "appendix"]) == 0
    captured = capsys.readouterr()
    assert "The Voyager missions" in captured.out
    assert "unreviewed" not in captured.out
    assert "unreviewed drafts" in captured.err


def test_notes_saved_as_utf16_are_read_like_utf8(tmp_path, capsys):
    """Notepad's "Unicode" (UTF-16 with its byte order mark) was refused as "looks like a
    binary file (NUL bytes)": it is text, and its mark says how to read it."""
    text = NOTE.replace("#", "").replace("- ", "")
    utf8, utf16 = tmp_path / "a" / "notes.txt", tmp_path / "b" / "notes.txt"
    for path, data in ((utf8, text.encode("utf-8")), (utf16, text.encode("utf-16"))):
        path.parent.mkdir()
        path.write_bytes(data)
        assert main(["extract", str(path), "-o", str(path.with_suffix(".yaml"))]) == 0
    one, two = (load_deck(p.with_suffix(".yaml")) for p in (utf8, utf16))
    assert one.title == two.title == "The Voyager missions"
    assert [(f.id, f.answer) for f in one.facts] == [(f.id, f.answer) for f in two.facts]


def test_notes_in_another_encoding_say_how_to_fix_it(tmp_path, capsys):
    note = tmp_path / "cafe.txt"
    note.write_bytes("The Café Royal opened in 1865.\n".encode("cp1252"))
    assert main(["extract", str(note), "-o", str(tmp_path / "x.yaml")]) == 2
    err = capsys.readouterr().err
    assert "cafe.txt:1:8: not valid UTF-8 (byte 0xe9); save the file as UTF-8" in err
    assert not (tmp_path / "x.yaml").exists()


def test_check_on_notes_gives_one_message_not_a_yaml_error(tmp_path, capsys):
    """`edu check notes.md` opened with "notes.md:3:1: invalid YAML: expected '<document
    start>' ..." before the line saying what to run: one problem, one message."""
    note = tmp_path / "notes.md"
    note.write_text(NOTE, encoding="utf-8")
    assert main(["check", str(note)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "a document, not a deck" in err[0] and "YAML" not in err[0]


@async_test
async def test_sections_are_named_below_the_title_in_the_quiz_and_in_stats(tmp_path, capsys):
    """Under one `#` title every section path starts with the title: the quiz's line named it
    beside the title already shown above it, and `edu stats` cut "The Norman Conquest of
    England › The Battle of Stamford…" before the part that tells sections apart."""
    note = tmp_path / "notes.md"
    note.write_text(NOTE, encoding="utf-8")
    deck = unreviewed_deck(str(note))
    db = tmp_path / "p.sqlite3"
    items = {deck.id: generate_items(deck, seed=0, include_drafts=True)}
    app = TrainerApp([deck], SessionOptions(), db_path=db, start="quiz", items=items)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        meta = static_text(screen.query_one(".item-kind"))
        assert screen.item.section.startswith("The Voyager missions › ")
        assert "Voyager missions" not in meta
        assert meta.endswith(screen.item.section.split(" › ")[-1])
        await answer_correctly(pilot, screen)
        await pilot.pause()
    capsys.readouterr()
    assert main(["stats", str(note), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    rows = out.split("By section", 1)[1].split("By kind", 1)[0].strip().splitlines()
    assert rows and all(not row.startswith("The Voyager") for row in rows)
    assert any(row.startswith(("Launch", "Jupiter")) for row in rows)


SURNAMES = [
    # (answer, response, grade): a teacher's marks for a person's name
    ("Harald Hardrada", "Hardrada", Grade.ALMOST),
    ("Harald Hardrada", "Hardrda", Grade.ALMOST),
    ("Wat Tyler", "tyler", Grade.ALMOST),
    ("Harald Hardrada", "Harald", Grade.WRONG),
    ("Harald Hardrada", "Tostig", Grade.WRONG),
    ("Duke of Normandy", "Normandy", Grade.WRONG),
    ("Henry V", "V", Grade.WRONG),
]


@pytest.mark.parametrize(("answer", "response", "expected"), SURNAMES)
def test_a_person_named_by_the_surname_alone_is_almost(answer, response, expected):
    """"Hardrada" for "Harald Hardrada" (the notes call him Hardrada four times) was marked
    wrong, as if the learner had not known him."""
    person = Item(id="t:short_answer", fact_id="t", kind="short_answer", prompt="Who?",
                  answer=answer, fact_kind="name", source=Span(0, 0), category="person")
    verdict = grade(person, response)
    assert verdict.status == expected
    if expected == Grade.ALMOST:
        assert answer in verdict.reason
    place = Item(id="t:short_answer", fact_id="t", kind="short_answer", prompt="Where?",
                 answer="Houses of Parliament", fact_kind="name", source=Span(0, 0),
                 category="place")
    assert grade(place, "Parliament").status == Grade.WRONG


def test_a_person_the_model_took_for_an_organisation_is_known_by_the_given_name():
    """"Boccaccio" for "Giovanni Boccaccio", which spaCy read as an organisation."""
    item = Item(id="t:cloze", fact_id="t", kind="cloze", prompt="In Florence the writer _____",
                answer="Giovanni Boccaccio", fact_kind="name", source=Span(0, 0),
                category="organisation")
    assert grade(item, "Boccaccio").status == Grade.ALMOST
    united = Item(id="t:cloze", fact_id="t", kind="cloze", prompt="_____", fact_kind="name",
                  answer="English Parliament", source=Span(0, 0), category="organisation")
    assert grade(united, "Parliament").status == Grade.WRONG


def test_a_short_worksheet_says_why_it_is_short(tmp_path, capsys):
    """"15 questions (only 15 usable questions without repeating a fact)" from 44 drafts read
    as if 29 facts were broken; most questions are left out because they would give away
    another's answer."""
    note = tmp_path / "notes.md"
    note.write_text(NOTE, encoding="utf-8")
    assert main(["handout", str(note), "-o", str(tmp_path / "sheet.md"), "--count", "50"]) == 0
    out = capsys.readouterr().out
    assert "of 50 asked for" in out and "give away the answer" in out


@async_test
async def test_review_at_100_columns_shows_enough_of_each_prompt(tmp_path):
    """The longest answer set the answer column's width, and at 100 columns the prompt, which
    tells drafts apart, had 19 characters ("How many miles nort")."""
    from textual.widgets import DataTable

    from edu.review.app import ReviewApp

    note = tmp_path / "notes.md"
    note.write_text(NOTE, encoding="utf-8")
    draft = tmp_path / "draft.yaml"
    assert main(["extract", str(note), "-o", str(draft)]) == 0
    deck = load_deck(draft)
    deck.facts[-1].answer = "the Houses of Parliament at Westminster"  # one long answer
    app = ReviewApp(deck)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        table = app.query_one(DataTable)
        first = " ".join(app.drafts[0].prompt.split())
        assert first[:28] in table.render_line(1).text
