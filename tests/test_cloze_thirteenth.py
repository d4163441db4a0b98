"""Raw English fill-in drafts without a lead-in the sentence already says, and long
sentences cut to the clause that holds the blank (issue 15, thirteenth round)."""

from __future__ import annotations

from pathlib import Path

import pytest

from edu.extract import extract_candidates
from edu.extract.clauses import clause_cut
from edu.extract.wording import without_lead_in
from edu.text.reading import read_document


@pytest.mark.parametrize(("prompt", "kind", "category", "unit", "expected"), [
    # the unit printed after the blank, or a currency sign before it
    ("How many hours? The storm lasted about _____ hours.", "number", "", "hours",
     "The storm lasted about _____ hours."),
    ("How many pounds? The club offered a prize of £_____ to the winner.", "number", "",
     "pounds", "The club offered a prize of £_____ to the winner."),
    # a year after "in", or after a month
    ("In which year? The mill closed in _____ after a fire.", "date", "year", None,
     "The mill closed in _____ after a fire."),
    ("In which year? The mill closed in March _____ after a fire.", "date", "year", None,
     "The mill closed in March _____ after a fire."),
    ("On which date? The mill opened on _____ with a parade.", "date", "date", None,
     "The mill opened on _____ with a parade."),
    # a person where no place could stand; a place after a preposition of place
    ("Who? The mill was designed by _____, a Scottish engineer.", "name", "person", None,
     "The mill was designed by _____, a Scottish engineer."),
    ("Which place? Some barrels drifted as far away as _____.", "name", "place", None,
     "Some barrels drifted as far away as _____."),
    ("Which ship? The crew boarded the steamer _____ at dawn.", "name", "steamer", None,
     "Which ship? The crew boarded the steamer _____ at dawn."),
    ("Which steamer? The crew boarded the steamer _____ at dawn.", "name", "steamer", None,
     "The crew boarded the steamer _____ at dawn."),
])
def test_a_lead_in_the_sentence_already_says_goes(prompt, kind, category, unit, expected):
    assert without_lead_in(prompt, kind, category, unit) == expected


@pytest.mark.parametrize(("prompt", "kind", "category", "unit"), [
    # the lead-in is the one hint of the kind
    ("How many? The _____ workers left.", "number", "", "miles"),
    ("In which year? The _____ season was wet.", "date", "year", None),
    ("In which month and year? The mill closed in _____.", "date", "month", None),
    ("Who? The flag of _____ flew over the mill.", "name", "person", None),
    ("Which place? It was the largest mill in the history of the _____.", "name", "place", None),
    ("At what time? The mill closed at _____ pm.", "number", "", "pm"),
])
def test_a_lead_in_that_is_the_one_hint_stays(prompt, kind, category, unit):
    assert without_lead_in(prompt, kind, category, unit) == prompt


def test_a_long_sentence_is_cut_to_the_clause_of_its_blank() -> None:
    body = ("In the years after the war the harbour board dredged the channel and widened the "
            "quays, and engineers such as _____ designed the new dry dock that served the "
            "shipyards for a century.")
    assert clause_cut(body, "Robert Leslie") == (
        "Engineers such as _____ designed the new dry dock that served the shipyards for a "
        "century.")


def test_a_trailing_comma_clause_after_the_blank_goes() -> None:
    body = ("The old ferry across the estuary was bought in 1902 by a company led by _____, "
            "who ran it as a summer excursion for families from the nearby manufacturing towns.")
    assert clause_cut(body, "Walter Grieve") == (
        "The old ferry across the estuary was bought in 1902 by a company led by _____.")


@pytest.mark.parametrize("body", [
    # the clause's subject is a pronoun: cut, it would point at nothing
    "Walter Grieve studied engineering at the colleges of Glasgow and Dundee, and in _____ he "
    "received a diploma in naval architecture from the college, although he soon turned away "
    "from ships.",
    # a series of clauses reads as one
    "After steaming only about _____ metres, a squall made the ferry heel over, water poured "
    "in through the open doors, and she sank in front of the crowd on the pier.",
])
def test_a_clause_that_cannot_stand_alone_keeps_its_sentence(body: str) -> None:
    answer = "1905" if "in _____ he" in body else "400"
    assert clause_cut(body, answer) == body


def test_raw_drafts_say_the_clause_and_keep_the_whole_sentence_as_evidence(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "harbour.txt"
    sentence = ("In the years after the war the harbour board dredged the channel and widened "
                "the quays along the river, and engineers such as Robert Leslie designed a new "
                "dry dock that served the shipyards of the town for a century.")
    path.write_text("The Harbour\n\nThe harbour board was founded in 1858 by local merchants. "
                    + sentence + "\n", encoding="utf-8")
    leslie = next(f for f in extract_candidates(read_document(path))
                  if f.answer == "Robert Leslie")
    assert leslie.evidence == sentence
    assert leslie.prompt == ("Engineers such as _____ designed a new dry dock that served the "
                             "shipyards of the town for a century.")  # the clause, no "Who?"
