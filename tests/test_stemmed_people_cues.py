"""People in preprocessed text found by cues and name knowledge (issue 15, ninth round):
a given name said before many surnames, a common-word given name after a title, a surname
English never writes, a sovereign's title. Texts written for these tests, preprocessed here."""

from __future__ import annotations

import pytest

from edu.extract import extract_candidates
from edu.text.preprocess import preprocess
from edu.text.reading import reading_of
from edu.text.source import Document, tokenize

MILL = """The Mill Bridge

The bridge was designed by William Henry Barlow in 1870. President Chester Arthur, New
York Governor Grover Cleveland and others came to see it. Colonel William Yolland inspected
it, and William Arrol built the piers. An inquiry was set up under Henry Mortlake, and
Henry Barlow gave evidence. The marine biologist Mark Fennick studied the river, the
photographer Harry Calloway took pictures, and the trawler was commanded by Captain
Hendrik Vosloo. In June 1879 Queen Victoria crossed the bridge. The climbers George
Mallory and Andrew Irvine disappeared in 1924; the surgeon John Hall-Edwards lost an arm.
A poem about the bridge was written by William Quigg.
"""


@pytest.fixture(scope="module")
def names() -> dict[str, str]:
    text = preprocess(MILL)
    reading = reading_of(Document(path="mem.txt", text=text, tokens=tokenize(text)))
    return {f.answer: f.category or "" for f in extract_candidates(reading, ["name"])}


def test_a_given_name_before_many_surnames_still_starts_people(names) -> None:
    # "william" is said four times, each before another surname: no thing named William
    assert names["William Quigg"] == "person"
    assert names["William Yolland"] == "person"
    # a middle given name and a census surname after it: the full name
    assert names["William Henry Barlow"] == "person"
    assert "Chester Arthur New" not in names  # "new york": an everyday word, no surname
    # "henri" is said more often before "barlow", yet "henri mortlak" is a person too
    assert names["Henry Mortlake"] == "person"


def test_a_title_stands_for_the_lost_capital(names) -> None:
    # "mark", "harri" are English words, "hendrik" a rare one: after a title, a person
    assert names["Mark Fennick"] == "person"
    assert names["Harry Calloway"] == "person"
    assert names["Hendrik Vosloo"] == "person"
    # the given name alone at a person's first word asks nobody
    assert "Hendrik" not in names and "Harry" not in names


def test_a_sovereign_and_a_glued_surname(names) -> None:
    assert names["Queen Victoria"] == "person"
    assert "Victoria" not in names  # no state of Australia here
    assert names["John Halledward"] == "person"  # "halledward": hall + edward, no word


def test_a_given_name_after_a_person_starts_the_next_one(names) -> None:
    assert names["George Mallory"] == "person"
    assert "George Mallory Andrews" not in names


def test_an_age_after_two_rare_words_and_a_surname_said_again() -> None:
    text = preprocess("The Name\n\nThe winner was Vanka Brodnik, an 11-year-old "
                      "schoolgirl. The work went to Edgar Quarnstrom. Quarnstrom had "
                      "trained in Leeds.")
    reading = reading_of(Document(path="mem.txt", text=text, tokens=tokenize(text)))
    found = {f.answer: f.category for f in extract_candidates(reading, ["name"])}
    assert found.get("Vanka Brodnik") == "person"  # "11yearold": an apposed age
    assert found.get("Edgar Quarnstrom") == "person"  # not "... Quarnstrom Quarnstrom"
    assert not any(a.count("Quarnstrom") > 1 for a in found)


def test_a_word_given_name_before_a_particle_and_its_spelling() -> None:
    text = preprocess("The Critics\n\nThe critics included Guy de Brassac and Charles "
                      "Garnier, and the engineer Ferdinand von Hallwyl.")
    reading = reading_of(Document(path="mem.txt", text=text, tokens=tokenize(text)))
    found = {f.answer: f.category for f in extract_candidates(reading, ["name"])}
    # "guy" is an English word ("guys" to the word map): a particle and a rare word after it
    assert found.get("Guy de Brassac") == "person"
    assert found.get("Ferdinand von Hallwyl") == "person"  # the particle in lower case


def test_a_town_of_two_words_is_as_sure_as_a_country() -> None:
    text = preprocess("The Harbour\n\nThe trawler returned to the harbour at East London in "
                      "South Africa. A second boat sailed from Durban to Kenya.")
    reading = reading_of(Document(path="mem.txt", text=text, tokens=tokenize(text)))
    scores = {f.answer: f.score for f in extract_candidates(reading, ["name"])}
    assert scores["East London"] == scores["Kenya"]  # no English word: no doubt
    assert scores["Durban"] < scores["Kenya"]  # a one-word town keeps TOWN_DOUBT


def test_a_surname_alone_at_the_full_name_ranks_below_it() -> None:
    text = preprocess("The Airship\n\nThe airship was commanded by Captain Max Pruss. Pruss "
                      "survived the fire. Pruss later flew again.")
    reading = reading_of(Document(path="mem.txt", text=text, tokens=tokenize(text)))
    facts = extract_candidates(reading, ["name"])
    full = next(f for f in facts if f.answer == "Max Pruss")
    alone = [f for f in facts if f.answer == "Pruss"]
    assert full.category == "person" and alone
    # the surname at the full name's tokens asks the same; later mentions stay repeats
    assert all(f.score <= full.score - 2.0 for f in alone)
