"""People whose given names the census lists lack (issue 15, eleventh round): Scandinavian,
Italian, Russian given names and Chinese family names (edu/data/world_given_names.txt) start
a person in text that lost its capitals; a list of such people splits at each given name,
and a surname said after another given name elsewhere ends a name. Texts written for these
tests, preprocessed here."""

from __future__ import annotations

import pytest

from edu.extract import extract_candidates
from edu.text.names import given_names
from edu.text.preprocess import preprocess
from edu.text.reading import reading_of
from edu.text.source import Document, tokenize

FJORD = """The Fjord Survey

The survey of 1931 was planned by Einar Skogstad. The team was Pietro Vanzetti, Leonid
Tarasov, Knut Vollan Torstein Brekke and Ivar Lundgren. Zhou Jianhua drew the maps. Their
ship was lent by Kristian Odegaard. Harald Mork Odegaard later wrote the history of the
voyage. The Finn who sailed with them is not named. The maps hang in the Zhou Terracotta
Museum.
"""


@pytest.fixture(scope="module")
def people() -> set[str]:
    text = preprocess(FJORD)
    reading = reading_of(Document(path="mem.txt", text=text, tokens=tokenize(text)))
    return {f.answer for f in extract_candidates(reading, ["name"]) if f.category == "person"}


def test_given_names_the_census_lacks(people) -> None:
    for person in ("Einar Skogstad", "Pietro Vanzetti", "Leonid Tarasov", "Ivar Lundgren",
                   "Zhou Jianhua"):
        assert person in people


def test_a_list_of_people_splits_at_each_given_name(people) -> None:
    assert "Knut Vollan" in people and "Torstein Brekke" in people
    assert not any(p.endswith("Torstein") for p in people)
    # "odegaard" follows "kristian" elsewhere: Harald Mork, not "Harald Mork Odegaard"
    assert "Harald Mork Odegaard" not in people
    # a Chinese family name takes a pinyin given name, no English word: a museum's name
    assert not any("Terracotta" in p for p in people)


def test_an_everyday_word_is_no_world_given_name() -> None:
    assert "finn" not in given_names()  # "a Finn": a word before a name
    assert "einar" in given_names()


@pytest.mark.parametrize("stem", ["olav", "ragnar", "umberto", "zhao"])
def test_world_names_are_given_names(stem: str) -> None:
    assert stem in given_names()


HALL = """The Concert Hall

The competition was won by Jørn Vestergaard, a little-known Danish architect. Vestergaard
drew a roof of white shells. In 1961 Vestergaard found a way to build them, and Vestergaard
left the project in 1966. The station tested the probe Kuaizhou 2 in orbit; Kuaizhou 2
returned in 1968, and the ground crew deorbited Kuaizhou 2 in 1970.
"""


def test_a_rare_word_said_often_is_the_person_after_an_unknown_given_name() -> None:
    text = preprocess(HALL)
    reading = reading_of(Document(path="mem.txt", text=text, tokens=tokenize(text)))
    people = {f.answer for f in extract_candidates(reading, ["name"])
              if f.category == "person"}
    assert "JRN Vestergaard" in people  # "ø" deleted: no given name of any list
    assert not any("Kuaizhou" in p for p in people)  # a craft with its number


SURVEY = """The Survey

The line was surveyed by the chief engineer Tobiah Dodge, a former army officer. The
watchmaker Quillan Kendall copied the clock. The river was dredged for weeks. The wealthy
businessman Gentry Mullin paid for the station.
"""


def test_a_role_before_a_rare_given_name_takes_a_census_surname() -> None:
    text = preprocess(SURVEY)
    reading = reading_of(Document(path="mem.txt", text=text, tokens=tokenize(text)))
    people = {f.answer for f in extract_candidates(reading, ["name"])
              if f.category == "person"}
    assert "Tobiah Dodge" in people  # "dodg" is a verb's stem too: the role says a name
    assert "Quillan Kendall" in people  # spelled as the census's surname
    # a census name English seldom writes as a word ("gentri" 3.0) after a role
    assert any(p.startswith("Gentry Mullin") for p in people)
