"""Issue 15, ranges: a range of figures in ordinary English is one fact with one answer
("How many people were left homeless? between 227,000 and 300,000"), from the draft to the
learner's typed answer. Every text here is written for its test."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from edu.cli import main
from edu.deck.model import Deck, Fact, FactKind
from edu.extract import extract_candidates
from edu.grading.grade import Expected, grade, grade_range
from edu.grading.verdict import Grade
from edu.items.generate import generate_items
from edu.items.model import ItemKind
from edu.items.ranges import range_distractors
from edu.text.quantities import parse_range
from edu.text.reading import read_document
from edu.text.source import Span

FIRE = ("The Great Fire\n\n"
        "The earthquake struck the city in April 1906. Between 227,000 and 300,000 people "
        "were left homeless after the fires. The harbour there is 30 to 40 metres deep. The "
        "tunnel cost 2 to 3 million dollars. The painter lived in Florence from 1505 to "
        "1510. The chapel was decorated in 1505-1510 by a pupil. The ship sank in 1771 or "
        "1772 off the coast. The river rose from 12 to 20 metres in a week. About 227 men and "
        "300 women worked in the mill.\n")


def _drafts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str = FIRE) -> list[Fact]:
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "notes.txt"
    path.write_text(text, encoding="utf-8")
    return extract_candidates(read_document(path))


def _by_answer(facts: list[Fact]) -> dict[str, list[Fact]]:
    out: dict[str, list[Fact]] = {}
    for fact in facts:
        out.setdefault(str(fact.answer), []).append(fact)
    return out


# ---------------------------------------------------------------- reading a range


@pytest.mark.parametrize(("text", "low", "high", "unit", "alternatives", "years"), [
    ("between 227,000 and 300,000", 227_000, 300_000, "", False, False),
    ("227000-300000", 227_000, 300_000, "", False, False),
    ("between 227 000 and 300 000 people", 227_000, 300_000, "people", False, False),
    ("2 to 3 million dollars", 2e6, 3e6, "dollars", False, False),
    ("30\u201340 metres", 30, 40, "metres", False, False),
    ("from 1505 to 1510", 1505, 1510, "", False, True),
    ("1914-18", 1914, 1918, "", False, True),
    ("1771 or 1772", 1771, 1772, "", True, True),
    ("two or three days", 2, 3, "days", True, False),
    ("between about 70 and 80", 70, 80, "", False, False),
])
def test_parse_range_reads_both_ends(text, low, high, unit, alternatives, years):
    found = parse_range(text)
    assert found is not None, text
    assert (found.low, found.high, found.unit) == (low, high, unit)
    assert (found.alternatives, found.years) == (alternatives, years)


def test_a_unit_said_after_both_figures_is_one_range(tmp_path, monkeypatch):
    assert parse_range("5 km to 8 km") is not None
    assert parse_range("30 men to 40 women") is None
    facts = _by_answer(_drafts(tmp_path, monkeypatch, "The Path\n\nThe path runs 5 km to 8 km "
                               "along the coast. The mill had 30 men to 40 women at work.\n"))
    (path,) = facts["5 km to 8"]  # the unit is the fact's: "How many kilometres?"
    assert path.unit == "kilometres" and "8" not in facts and "5" not in facts
    assert "30" in facts and "40" in facts  # men and women: no range


@pytest.mark.parametrize("text", ["21.6", "26-1/2", "26-1/2 hours", "from 20 to 10",
                                  "227 and 300", "between 3 to 5", "5-5", "April 1906"])
def test_parse_range_leaves_single_figures_and_non_ranges(text):
    assert parse_range(text) is None


# ---------------------------------------------------------------- drafts


def test_a_range_is_one_draft_asking_the_whole_range(tmp_path, monkeypatch):
    facts = _by_answer(_drafts(tmp_path, monkeypatch))
    (homeless,) = facts["between 227,000 and 300,000"]
    assert homeless.kind == FactKind.NUMBER and homeless.unit == "people"
    assert homeless.prompt == "How many people were left homeless after the fires?"
    assert homeless.evidence == ("Between 227,000 and 300,000 people were left homeless "
                                 "after the fires.")
    assert homeless.id.startswith("number-227000-300000-")
    (deep,) = facts["30 to 40"]
    assert deep.unit == "metres" and deep.prompt == "How many metres deep is the harbour there?"
    (cost,) = facts["2 to 3 million"]  # the scale is both ends'
    assert cost.unit == "dollars" and cost.prompt == "How many dollars did the tunnel cost?"
    assert cost.aliases == ["2-3 million"]  # as a learner types it; no "3,000,002"
    assert homeless.aliases == ["227,000-300,000"]
    # no end alone: "Between 227,000 and _____ people", "30 to _____ metres"
    for end in ("227,000", "300,000", "30", "40", "2", "3 million", "1505", "1510", "1771",
                "1772"):
        assert end not in facts, (end, facts.get(end))


def test_a_span_of_years_is_asked_between_which_years(tmp_path, monkeypatch):
    facts = _by_answer(_drafts(tmp_path, monkeypatch))
    (lived,) = facts["from 1505 to 1510"]
    assert lived.kind == FactKind.DATE and lived.category == "year range"
    assert lived.prompt == "Between which years did the painter live in Florence?"
    (chapel,) = facts["1505-1510"]  # one token with a dash, read as years, not a count
    assert chapel.kind == FactKind.DATE and chapel.category == "year range"
    assert chapel.prompt == "Between which years was the chapel decorated by a pupil?"
    # two readings of one year: "In which year ...?", not "In which year or 1772 ...?"
    (sank,) = facts["1771 or 1772"]
    assert sank.kind == FactKind.DATE and sank.category == "year"
    assert sank.prompt == "In which year did the ship sink off the coast?"


def test_years_before_christ_run_downwards(tmp_path, monkeypatch):
    """"between about 70 and _____" of "between about 70 and 60 BC" asked half a date; the
    first year is read as a count and the era mark is the second's."""
    facts = _by_answer(_drafts(tmp_path, monkeypatch, "The Wreck\n\nThe ship itself "
                               "probably sank between about 70 and 60 BC.\n"))
    (sank,) = facts["between about 70 and 60 BC"]
    assert sank.kind == FactKind.DATE and sank.category == "year range"
    assert sank.prompt == "Between which years did the ship probably sink?"
    assert "60 BC" not in facts and "70" not in facts
    assert grade_range(Expected(sank.answer), "70-60 BC").status == Grade.CORRECT
    assert grade_range(Expected(sank.answer), "65 BC").status == Grade.ALMOST
    assert grade_range(Expected(sank.answer), "80 BC").status == Grade.WRONG


def test_a_change_and_a_list_are_no_range(tmp_path, monkeypatch):
    facts = _by_answer(_drafts(tmp_path, monkeypatch))
    assert "from 12 to 20" not in facts and "12 to 20" not in facts  # the river rose
    assert "20" in facts
    assert "227" in facts and "300" in facts  # men and women, two counts
    assert not any("227 and 300" in answer for answer in facts)


def test_other_drafts_keep_their_ids(tmp_path, monkeypatch):
    """A range's draft is new; every other draft keeps the id it had (ids hash the answer
    and its own sentence, so the sentence of a range beside them changes nothing)."""
    plain = "The Great Fire\n\nThe earthquake struck the city in April 1906.\n"
    alone = {f.id for f in _drafts(tmp_path, monkeypatch, plain)}
    together = {f.id for f in _drafts(tmp_path, monkeypatch, FIRE)}
    assert alone and alone <= together


def test_preprocessed_text_is_left_as_it_was(tmp_path, monkeypatch):
    """Preprocessing deleted the "and" and "to" between the ends: no range is read there."""
    facts = _drafts(tmp_path, monkeypatch, "227000 300000 peopl left homeless fire 30 40 "
                    "metr deep harbour citi\n")
    assert not any(" " in str(f.answer) and f.kind == FactKind.NUMBER and
                   parse_range(str(f.answer)) for f in facts)


# ---------------------------------------------------------------- grading


@pytest.mark.parametrize(("typed", "grade_"), [
    ("227000-300000", Grade.CORRECT),
    ("227,000 to 300,000", Grade.CORRECT),
    ("between 227 000 and 300 000", Grade.CORRECT),
    ("227,000 and 300,000 people", Grade.CORRECT),
    ("227,000", Grade.ALMOST),  # one end alone
    ("250,000", Grade.ALMOST),  # a figure inside the range
    ("227,000-400,000", Grade.ALMOST),  # one end right
    ("100,000-200,000", Grade.WRONG),
    ("400,000", Grade.WRONG),
    ("many", Grade.WRONG),
])
def test_a_typed_range_is_graded_end_by_end(typed, grade_):
    expected = Expected("between 227,000 and 300,000", unit="people")
    assert grade_range(expected, typed).status == grade_


def test_range_grading_converts_units_and_reads_alternatives():
    assert grade_range(Expected("30 to 40", unit="metres"), "0.03-0.04 km").status == Grade.CORRECT
    assert grade_range(Expected("30 to 40", unit="metres"), "30-40 kg").status == Grade.WRONG
    assert grade_range(Expected("2 to 3 million"), "2,000,000 to 3,000,000").status == Grade.CORRECT
    assert grade_range(Expected("from 1505 to 1510"), "1505-10").status == Grade.CORRECT
    # the text gives two readings of one year: either is right
    assert grade_range(Expected("1771 or 1772"), "1772").status == Grade.CORRECT
    assert grade_range(Expected("1771 or 1772"), "1770").status == Grade.WRONG


# ---------------------------------------------------------------- items


def _deck(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Deck:
    facts = _drafts(tmp_path, monkeypatch)
    return Deck(title="The Great Fire", id="fire", source="notes.txt", facts=facts,
                path=str(tmp_path / "deck.yaml"))


def _items(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int = 0) -> dict:
    deck = _deck(tmp_path, monkeypatch)
    out: dict = {}
    for item in generate_items(deck, seed=seed, include_drafts=True):
        out.setdefault(item.fact_id, {})[item.kind] = item
    return out


def _fact_id(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer: str) -> str:
    return _by_answer(_drafts(tmp_path, monkeypatch))[answer][0].id


def test_range_items_of_every_kind(tmp_path, monkeypatch):
    items = _items(tmp_path, monkeypatch)
    homeless = items[_fact_id(tmp_path, monkeypatch, "between 227,000 and 300,000")]
    assert {ItemKind.NUMERIC, ItemKind.CLOZE, ItemKind.MULTIPLE_CHOICE, ItemKind.TRUE_FALSE,
            ItemKind.SHORT_ANSWER} <= set(homeless)
    cloze = homeless[ItemKind.CLOZE]
    assert cloze.prompt == "_____ people were left homeless after the fires."  # all of it
    numeric = homeless[ItemKind.NUMERIC]
    assert numeric.prompt.endswith("(a range)")
    assert grade(numeric, "227000-300000").status == Grade.CORRECT
    assert grade(homeless[ItemKind.SHORT_ANSWER], "250000").status == Grade.ALMOST
    choice = homeless[ItemKind.MULTIPLE_CHOICE]
    right = parse_range(choice.answer)
    assert right is not None
    for option in choice.options:
        if option == choice.answer:
            continue
        other = parse_range(option)
        assert other is not None and option.startswith("between ") and " and " in option
        assert other.high < right.low or other.low > right.high, option  # no overlap
    assert grade(choice, choice.answer).status == Grade.CORRECT
    years = items[_fact_id(tmp_path, monkeypatch, "from 1505 to 1510")]
    assert years[ItemKind.NUMERIC].prompt.endswith("(a range)")
    assert grade(years[ItemKind.NUMERIC], "1505-1510").status == Grade.CORRECT


def test_a_false_range_statement_is_the_sentence_with_a_range_beside_it(tmp_path,
                                                                          monkeypatch):
    seen_false = 0
    fid = _fact_id(tmp_path, monkeypatch, "from 1505 to 1510")
    for seed in range(8):
        item = _items(tmp_path, monkeypatch, seed)[fid][ItemKind.TRUE_FALSE]
        assert item.true_statement == "The painter lived in Florence from 1505 to 1510."
        if item.answer == "false":
            seen_false += 1
            wrong = item.statement.removeprefix("The painter lived in Florence ").rstrip(".")
            found = parse_range(wrong)
            assert found is not None and wrong.startswith("from ") and " to " in wrong
            assert found.high < 1505 or found.low > 1510
    assert seen_false


@pytest.mark.parametrize(("answer", "shape"), [
    ("4,000-5,000", r"^\d,\d{3}-\d,\d{3}$"),
    ("1914-18", r"^19\d\d-\d\d$"),
    ("two or three", r"^[a-z]+ or [a-z]+$"),
    ("between 1.5 and 2.5", r"^between \d+\.\d and \d+\.\d$"),
])
def test_range_distractors_keep_the_answers_shape(answer, shape):
    import re

    fact = Fact(id="f", kind=FactKind.NUMBER, prompt="How many?", answer=answer,
                source=Span(0, 1), unit="things")
    options = range_distractors(fact, random.Random(1), 3)
    right = parse_range(answer)
    assert right is not None and len(options) == 3 and len(set(options)) == 3
    for option in options:
        assert re.match(shape, option), option
        other = parse_range(option)
        assert other is not None and (other.high < right.low or other.low > right.high)


# ---------------------------------------------------------------- the trainer


def test_edu_quiz_on_notes_grades_a_typed_range(tmp_path, monkeypatch, capsys):
    """`edu quiz notes.txt --kinds numeric`, driven with Textual's pilot: the range is typed
    as a learner writes it and recorded as correct; one end alone is almost."""
    import edu.commands.train as train
    from edu.trainer.app import TrainerApp
    from edu.trainer.quiz import QuizScreen

    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    notes = tmp_path / "notes.txt"
    notes.write_text(FIRE, encoding="utf-8")
    db = tmp_path / "p.sqlite3"
    typed = {"between 227,000 and 300,000": "227000-300000", "30 to 40": "30",
             "1505-1510": "1505 to 1510"}
    # two facts give the years, worded differently; one session asks one of them (an
    # answer is never asked twice in a session), which one the seeded order says
    either = {"1505-1510", "from 1505 to 1510"}
    typed["from 1505 to 1510"] = "1505 to 1510"
    seen: list[tuple[str, str]] = []
    real_run = TrainerApp.run

    async def learner(pilot) -> None:
        app = pilot.app
        await pilot.pause()
        for _ in range(20):
            screen = app.screen
            if not isinstance(screen, QuizScreen) or screen.item is None:
                break
            item = screen.item
            screen.query_one("Input").value = typed.get(item.answer, "0")
            await pilot.press("enter")
            await pilot.pause()
            seen.append((item.answer, str(screen.results[-1].status)))
            if set(typed) - either <= {answer for answer, _ in seen} and either & {
                    answer for answer, _ in seen}:
                break
            await pilot.press("enter")
            await pilot.pause()
        app.exit()

    def run(app: TrainerApp) -> None:
        real_run(app, headless=True, size=(100, 30), auto_pilot=learner)

    monkeypatch.setattr(train, "_has_terminal", lambda: True)
    monkeypatch.setattr(TrainerApp, "run", run)
    assert main(["quiz", str(notes), "--kinds", "numeric", "--count", "30", "--db", str(db)]) == 0
    verdicts = dict(seen)
    assert verdicts["between 227,000 and 300,000"] == "correct"
    assert verdicts["30 to 40"] == "almost"
    assert [verdicts[a] for a in sorted(either & set(verdicts))] == ["correct"], seen
    with sqlite3.connect(db) as con:
        logged = dict(con.execute("SELECT response, verdict FROM reviews").fetchall())
    assert logged['"227000-300000"'] == "correct" and logged['"30"'] == "almost"
