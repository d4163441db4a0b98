"""Issue 15, fourteenth round (raw recall): key facts of ordinary English ranked just past the
top K on the blind sets 12 and 13 for general reasons (an old year read as a count, an age
with a hedge, the title's place named where the text says what it is). Each text here is
written for these tests (no measured document's sentences)."""

from __future__ import annotations

from pathlib import Path

import pytest

from edu.deck.model import Fact
from edu.extract import extract_candidates
from edu.text.reading import read_document


def _drafts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str,
            name: str = "notes.txt") -> list[Fact]:
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract_candidates(read_document(path))


def _one(facts: list[Fact], answer: str) -> Fact:
    return next(f for f in facts if f.answer == answer)


def test_an_old_year_after_in_ranks_as_a_year(tmp_path, monkeypatch):
    # "in 1857" is the year of an event, not a count that might be one: as sure as "in 1957"
    old = _one(_drafts(tmp_path, monkeypatch,
                       "In 1857 the county sold the mill at Harwick to a family of weavers.\n",
                       "a.txt"), "1857")
    new = _one(_drafts(tmp_path, monkeypatch,
                       "In 1957 the county sold the mill at Harwick to a family of weavers.\n",
                       "b.txt"), "1957")
    assert old.kind == new.kind == "date"
    assert old.score == new.score


def test_an_old_figure_with_its_unit_after_in_stays_a_measure(tmp_path, monkeypatch):
    facts = _drafts(tmp_path, monkeypatch,
                    "The wreck of the collier lay in 1500 metres of water off the cape.\n")
    assert "1500" in {f.answer for f in facts if f.kind == "number"}
    assert not [f for f in facts if f.kind == "date"]


@pytest.mark.parametrize("hedge", ["only ", "just ", "about "])
def test_an_age_with_a_hedge_is_an_age(tmp_path, monkeypatch, hedge):
    # "at the age of only 28" is as much an age as "at the age of 28"
    fact = _one(_drafts(tmp_path, monkeypatch,
                        f"Moreton was made professor of chemistry at Leeds at the age of {hedge}"
                        "28, the youngest in the university's history.\n"), "28")
    assert fact.category == "age"
    assert fact.unit == "years old"


def test_the_titles_place_is_asked_where_the_text_says_what_it_is(tmp_path, monkeypatch):
    # "The Carnmoor Landslide": "the mining village of Carnmoor" teaches where it happened
    text = ("The Carnmoor Landslide\n\n"
            "On the night of 3 March 1921 a wall of wet clay slid down the hillside above the "
            "mining village of Carnmoor in the north of Wales, burying eleven houses. "
            "Rescuers from three collieries dug through the night.\n")
    facts = _drafts(tmp_path, monkeypatch, text)
    place = _one(facts, "Carnmoor")
    assert "village of _____" in place.prompt or place.prompt.startswith("Where")
    assert place.score is not None and place.score >= 2.0


def test_the_titles_subject_alone_is_still_no_question(tmp_path, monkeypatch):
    # "Carnmoor" in a quiz titled "Carnmoor" with no kind said: the quiz's own subject
    text = ("Carnmoor\n\n"
            "On the night of 3 March 1921 a wall of wet clay slid down the hillside above "
            "Carnmoor in the north of Wales, burying eleven houses.\n")
    facts = _drafts(tmp_path, monkeypatch, text)
    place = [f for f in facts if f.answer == "Carnmoor"]
    assert all(f.score is not None and f.score < 1.0 for f in place)


def test_whoever_was_born_is_a_person(tmp_path, monkeypatch):
    # the opening words of a life, which the model may read as no one: ranked as a person
    text = ("Edith Wren\n\n"
            "Matilda Edith Wren was born in Bath on 12 March 1819, the eldest daughter of the "
            "painter John Wren and his wife Mary Anne Pryce.\n")
    name = _one(_drafts(tmp_path, monkeypatch, text), "Matilda Edith Wren")
    assert name.score is not None and name.score >= 3.0


def test_a_number_below_ten_spelled_out_ranks_below_a_figure(tmp_path, monkeypatch):
    # "three days" is a small count told in passing; "36 days" a figure a teacher asks
    facts = _drafts(tmp_path, monkeypatch,
                    "The fire in the warehouse at Dunmore burned for three days before the "
                    "brigade put it out.\n", "a.txt")
    figures = _drafts(tmp_path, monkeypatch,
                      "The fire in the warehouse at Dunmore burned for 36 days before the "
                      "brigade put it out.\n", "b.txt")
    small, figure = _one(facts, "three"), _one(figures, "36")
    assert small.score is not None and figure.score is not None
    assert small.score < figure.score - 2


def test_a_ship_the_model_left_unread_ranks_as_a_name(tmp_path, monkeypatch):
    # a ship's prefix opens a name ("HMS Erebus"): a name to ask, not a term of ordinary words
    text = ("The Northern Survey\n\n"
            "The fleet sailed in May. HMS Plover and HMS Dart left Portsmouth with supplies "
            "for three years.\n")
    facts = _drafts(tmp_path, monkeypatch, text)
    for ship in ("HMS Plover", "HMS Dart"):
        fact = _one(facts, ship)
        assert fact.score is not None and fact.score >= 2.0


def test_a_count_of_them_counts_as_a_counted_figure(tmp_path, monkeypatch):
    # "116 of them children" counts the people the sentence named, as "116 children" would
    of_them = _one(_drafts(tmp_path, monkeypatch,
                           "The storm sank 62 fishing boats off Carrick, and 17 of them were "
                           "never found.\n", "a.txt"), "17")
    counted = _one(_drafts(tmp_path, monkeypatch,
                           "The storm sank 62 fishing boats off Carrick, and 17 boats were "
                           "never found.\n", "b.txt"), "17")
    assert of_them.score is not None and counted.score is not None
    assert of_them.score >= counted.score - 1.5
