"""Grading rules, one table each: typos per word (never one real word for another) and
figures written the ways people write them."""

from __future__ import annotations

import pytest

from edu.grading.grade import grade, typo_distance
from edu.grading.verdict import Grade
from edu.items.model import Item
from edu.text.numbers import spoken_year
from edu.text.quantities import parse_date
from edu.text.source import Span


def item(answer: str, kind: str = "short_answer", fact_kind: str = "name", **kw) -> Item:
    return Item(id=f"t:{kind}", fact_id="t", kind=kind, prompt=kw.pop("prompt", "?"),
                answer=answer, fact_kind=fact_kind, source=Span(0, 0), **kw)


TYPOS = [
    # (answer, response, grade)
    ("the far side of the Moon", "the far side of the Moon", Grade.CORRECT),
    ("the far side of the Moon", "the far side of the Mooon", Grade.ALMOST),
    ("the far side of the Moon", "the near side of the Moon", Grade.WRONG),
    ("the far side of the Moon", "the far side of the Sun", Grade.WRONG),
    ("Russia", "Prussia", Grade.WRONG),
    ("Russia", "Rusia", Grade.ALMOST),
    ("Austria", "Australia", Grade.WRONG),
    ("Australia", "Austria", Grade.WRONG),
    ("Zhurong", "Zhurung", Grade.ALMOST),
    ("Zhurong", "Zhurnog", Grade.ALMOST),
    ("Tianwen-1", "Tianwn-1", Grade.ALMOST),
    ("Tianwen-1", "Tianwen-2", Grade.WRONG),
    ("Long March 5", "Long Marhc 5", Grade.ALMOST),
    ("Long March 5", "Long March 5B", Grade.WRONG),
    ("Long March 5", "Long Match 5", Grade.WRONG),  # "match" is a word of its own
    ("Chang'e-5", "Chnage 5", Grade.ALMOST),
    ("Chang'e-5", "Charge 5", Grade.WRONG),
    ("Mars rover", "Mars rovers", Grade.ALMOST),  # one word, singular for plural
    ("European Space Agency", "European Spaec Agency", Grade.ALMOST),
    ("European Space Agency", "European Space Agnecy", Grade.ALMOST),
    ("Tiangong", "Tian gong", Grade.CORRECT),
    ("Tiangong", "Tiangnog", Grade.ALMOST),
    ("Tianhe", "Tiahne", Grade.ALMOST),
    ("Xi", "Xu", Grade.WRONG),  # short words take no typo
    ("BeiDou", "Beidu", Grade.ALMOST),
    ("Germany", "Germnay", Grade.ALMOST),
    ("Germany", "Armenia", Grade.WRONG),
]


# A word of the word map is a different answer only when it is common (DIFFERENT_ANSWER_ZIPF)
# or a place: the rare entries a one-letter slip of a name makes ("coll", "neill", "smyth")
# are slips, while a common word or another real place stays wrong.
NAME_SLIPS = [
    ("Henry Cole", "Henry Coll", Grade.ALMOST),  # "coll": Zipf 3.0 in the word map
    ("Henry Cole", "Hnery Cole", Grade.ALMOST),
    ("Henry Cole", "Henry Coal", Grade.WRONG),  # a common word
    ("Henry Cole", "Henry Colt", Grade.WRONG),
    ("Neil Armstrong", "Neill Armstrong", Grade.ALMOST),
    ("John Smith", "John Smyth", Grade.ALMOST),
    ("Alfred Nobel", "Alfred Nobell", Grade.ALMOST),
    ("Alfred Nobel", "Alfrid Nobel", Grade.ALMOST),
    ("Alfred Nobel", "Alfred Novel", Grade.WRONG),  # a common word
    ("Bertha von Suttner", "Berta von Suttner", Grade.ALMOST),
    ("Joseph Bazalgette", "Joseph Bazalgete", Grade.ALMOST),
    ("Richard Nixon", "Richard Dixon", Grade.WRONG),  # another common surname
    ("Stockholm", "Stokholm", Grade.ALMOST),
    ("Paris", "Parish", Grade.WRONG),
    ("Thames", "Thame", Grade.ALMOST),
    ("Austria", "Prussia", Grade.WRONG),  # another real place
    ("Russia", "Prussia", Grade.WRONG),
    ("far", "near", Grade.WRONG),
    ("1858", "1868", Grade.WRONG),  # numbers and short codes stay exact
    ("Long March 5B", "Long March 5C", Grade.WRONG),
    ("Apollo 11", "Apollo 12", Grade.WRONG),
]


@pytest.mark.parametrize(("answer", "response", "expected"), NAME_SLIPS)
def test_name_slip_table(answer: str, response: str, expected: Grade) -> None:
    assert grade(item(answer), response).status == expected


@pytest.mark.parametrize(("answer", "response", "expected"), TYPOS)
def test_typo_table(answer: str, response: str, expected: Grade) -> None:
    assert grade(item(answer), response).status == expected


def test_typo_distance_counts_edits_per_word() -> None:
    assert typo_distance("Long March", "Lnog Mrach") == 2
    assert typo_distance("far side", "near side") is None
    assert typo_distance("Zhurong", "zhurong") == 0


FIGURES = [
    # (answer, fact kind, item kind, response, grade)
    ("2018", "date", "short_answer", "twenty eighteen", Grade.CORRECT),
    ("2018", "date", "numeric", "twenty eighteen", Grade.CORRECT),
    ("2018", "date", "numeric", "two thousand and eighteen", Grade.CORRECT),
    ("2018", "date", "numeric", "twenty nineteen", Grade.WRONG),
    ("2021", "date", "short_answer", "twenty twenty-one", Grade.CORRECT),
    ("2005", "date", "short_answer", "twenty oh five", Grade.CORRECT),
    ("1999", "date", "short_answer", "nineteen ninety-nine", Grade.CORRECT),
    ("April 2021", "date", "short_answer", "April twenty twenty-one", Grade.CORRECT),
    ("100 million", "number", "short_answer", "100m", Grade.CORRECT),
    ("100 million", "number", "short_answer", "100 mn", Grade.CORRECT),
    ("100 million", "number", "short_answer", "100 million", Grade.CORRECT),
    ("100 million", "number", "short_answer", "a hundred million", Grade.CORRECT),
    ("100 million", "number", "short_answer", "100,000,000", Grade.CORRECT),
    ("100 million", "number", "short_answer", "10m", Grade.WRONG),
    ("140 million", "number", "numeric", "140m", Grade.CORRECT),
    ("1.5 billion yuan", "number", "short_answer", "1.5bn", Grade.CORRECT),
    ("40000", "number", "numeric", "40k", Grade.CORRECT),
    ("40000", "number", "numeric", "forty thousand", Grade.CORRECT),
    ("seven million", "number", "short_answer", "7 million", Grade.CORRECT),
    ("seven million", "number", "short_answer", "7,000,000", Grade.CORRECT),
    ("seven million", "number", "short_answer", "7m", Grade.CORRECT),
    ("seven million", "number", "short_answer", "8 million", Grade.WRONG),
    ("1731", "number", "numeric", "1,731", Grade.CORRECT),
    ("1,731 grams", "number", "short_answer", "1731", Grade.CORRECT),
    ("1,731 grams", "number", "short_answer", "1.731 kg", Grade.CORRECT),
    ("1,731 grams", "number", "short_answer", "one thousand seven hundred thirty-one",
     Grade.CORRECT),
    ("100 m", "number", "short_answer", "100m", Grade.CORRECT),  # a length stays metres
    ("100 m", "number", "short_answer", "100 million", Grade.WRONG),
    ("207", "number", "numeric", "two hundred and seven", Grade.CORRECT),
    ("207", "number", "numeric", "270", Grade.WRONG),
]


@pytest.mark.parametrize(("answer", "fact_kind", "kind", "response", "expected"), FIGURES)
def test_figures_as_people_write_them(answer: str, fact_kind: str, kind: str, response: str,
                                      expected: Grade) -> None:
    unit = "year" if kind == "numeric" and fact_kind == "date" else None
    assert grade(item(answer, kind, fact_kind, unit=unit), response).status == expected


SPOKEN = [
    (["twenty", "eighteen"], 2018), (["nineteen", "ninety", "nine"], 1999),
    (["twenty", "oh", "five"], 2005), (["nineteen", "hundred"], 1900),
    (["two", "thousand", "and", "eighteen"], 2018), (["twenty", "twenty"], 2020),
    (["seven"], None), (["thirty", "eighteen"], None), (["twenty", "five", "hundred"], 2500),
]


@pytest.mark.parametrize(("words", "year"), SPOKEN)
def test_spoken_years(words: list[str], year: int | None) -> None:
    assert spoken_year(words) == year


def test_spoken_year_inside_a_date() -> None:
    assert parse_date("March twenty twenty") == (2020, 3, None)
    assert parse_date("April twenty twenty-one") == (2021, 4, None)
