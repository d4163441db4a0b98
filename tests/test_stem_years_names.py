"""Wrong answers of preprocessed drafts (round 16p, issue 15): a year range the recipe glued
("1957–58" -> "195758") is asked as the range, never as the count 195,758; the years of a text
on an older era ("1405", "1433") are years, not counts of the word after them; a name of
three words whose surname the text says again is found whole ("Charles Wyville Thomson", not
"Charles Wyvil"). Real sentences, preprocessed here; each test fails on the code before."""

from __future__ import annotations

from edu.extract import extract_candidates
from edu.extract.years import glued_range
from edu.text.preprocess import preprocess
from edu.text.reading import reading_of
from edu.text.source import Document, tokenize

IGY = ("Sputnik\n\nSputnik 1 was launched on 4 October 1957. The launch was timed within the "
       "International Geophysical Year of 1957–58, an eighteen-month programme of scientific "
       "study in which 67 countries took part.")
MING = ("The Voyages\n\nBetween 1405 and 1433 the admiral Zheng He led seven great voyages. "
        "He was born around 1371 in Yunnan. The Yongle Emperor died in 1424, and his "
        "successor halted the voyages. The fourth voyage, which left in 1413, reached Hormuz.")
CHALLENGER = ("The Voyage\n\nThe cruises brought up creatures from great depths. Charles "
              "Wyville Thomson, a professor of natural history at the University of Edinburgh, "
              "persuaded the Royal Society. Thomson led the scientists. The ship returned, and "
              "Thomson directed the work until his death.")


def _drafts(raw: str) -> list[tuple[str, str, str]]:
    """(answer, category, prompt) of every draft of the text preprocessed, best first."""
    text = preprocess(raw)
    reading = reading_of(Document(path="mem.txt", text=text, tokens=tokenize(text)))
    return [(str(f.answer), f.category or "", f.prompt) for f in extract_candidates(reading)]


def test_a_glued_year_range_is_asked_as_the_range() -> None:
    drafts = _drafts(IGY)
    assert ("1957–58", "year range") in [(a, c) for a, c, _ in drafts]
    assert not any("195,758" in a or a == "195758" for a, _, _ in drafts)


def test_a_glued_range_needs_its_first_year_written() -> None:
    assert glued_range("195758", frozenset({1957}))
    assert not glued_range("195758", frozenset())  # no 1957 in the text: a count of 195,758
    assert not glued_range("195790", frozenset({1957}))  # 1957–90: texts write it in full
    assert glued_range("14051433", frozenset({1405}))


def test_the_years_of_an_older_era_are_no_counts() -> None:
    drafts = _drafts(MING)
    answers = {a for a, _, _ in drafts}
    assert not {"1,405", "1,433", "1,371", "1,424", "1,413"} & answers
    assert {("1424", "year"), ("1413", "year")} <= {(a, c) for a, c, _ in drafts}


def test_a_lone_four_digit_count_stays_a_count() -> None:
    raw = ("The Orbit\n\nThe satellite was launched in 1957. It burned up in the atmosphere "
           "in 1958 after about 1,440 orbits of the Earth.")
    assert "1,440" in {a for a, _, _ in _drafts(raw)}


def test_a_name_of_three_words_keeps_the_surname_said_again() -> None:
    people = {a for a, c, _ in _drafts(CHALLENGER) if c == "person"}
    assert any(a.startswith("Charles Wyvil") and a.endswith(" Thomson") for a in people)
    assert "Charles Wyvil" not in people
