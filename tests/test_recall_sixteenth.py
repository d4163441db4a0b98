"""Issue 15, round 16c (recall on unseen text): general causes of key facts missed or ranked
past the top K on fresh tuning texts (tests/data/tuning/c16_*). Each text here is written for
these tests (no measured document's sentences); each test fails on the code before."""

from __future__ import annotations

from pathlib import Path

import pytest

from edu.deck.model import Fact
from edu.extract import extract_candidates
from edu.extract.candidates import ENTITY_BASE, ENTITY_INTRODUCED
from edu.text.preprocess import preprocess
from edu.text.reading import read_document


def _drafts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str,
            name: str = "notes.txt", stemmed: bool = False) -> list[Fact]:
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / name
    path.write_text(preprocess(text) + "\n" if stemmed else text, encoding="utf-8")
    return extract_candidates(read_document(path))


def _one(facts: list[Fact], answer: str) -> Fact:
    return next(f for f in facts if f.answer == answer)


@pytest.mark.parametrize("stemmed", [False, True])
def test_per_cent_in_two_words_is_a_percentage(tmp_path, monkeypatch, stemmed):
    # "per" stops a counted noun ("5 per day"), but "per cent" is the unit, as "percent" is
    facts = _drafts(tmp_path, monkeypatch,
                    "The council offered grants of up to 60 per cent of the cost of new "
                    "stoves in the valley towns.\n", stemmed=stemmed)
    fact = _one(facts, "60")
    assert fact.category == "percentage"
    assert fact.unit == "percent"


def test_a_body_introduced_by_its_kind_is_a_body_and_ranks_up(tmp_path, monkeypatch):
    # "The cement contractor Tarmac": the sentence introduces it, what "Which contractor
    # ...?" asks; the model read a place, and a place named in passing loses ENTITY_PLACE
    fact = _one(_drafts(tmp_path, monkeypatch,
                        "Mine Fire\n\nThe cement contractor Tarmac had serviced the pumps of "
                        "the old shaft the week before.\n"), "Tarmac")
    assert fact.category == "organisation"
    assert (fact.score or 0) >= ENTITY_BASE + ENTITY_INTRODUCED


def test_a_middle_initial_belongs_to_the_person_in_stems(tmp_path, monkeypatch):
    facts = _drafts(tmp_path, monkeypatch,
                    "Reform Plan\n\nThe reform was drafted by Paul G. Hoffman and signed by the "
                    "governors of the six provinces after a long winter.\n", stemmed=True)
    assert "Paul G. Hoffman" in {f.answer for f in facts if f.category == "person"}


def test_a_glued_hyphenated_given_name_starts_a_person_in_stems(tmp_path, monkeypatch):
    facts = _drafts(tmp_path, monkeypatch,
                    "Mill Report\n\nThe doctors consulted Jacques-Joseph Grancher before the "
                    "treatment began in the autumn of that year.\n", stemmed=True)
    assert "Jacques-Joseph Grancher" in {f.answer for f in facts if f.category == "person"}


def test_the_subject_of_a_life_is_not_asked(tmp_path, monkeypatch):
    # a document titled by a person's name alone is that person's life: "Who ...?" of her is
    # no fact a teacher asks, as "Krakatoa" is none of a text on Krakatoa; others are
    text = ("Margaret E. Holloway\n\n"
            "Margaret Ellen Holloway was an American chemist who built the first cheap water "
            "filter for the farms of Ohio in 1928. Holloway trained at the college in Boston "
            "and worked for the company of Frederick Lang for nine years.\n")
    facts = _drafts(tmp_path, monkeypatch, text)
    other = _one(facts, "Frederick Lang").score or 0
    assert (_one(facts, "Holloway").score or 0) < other - 1
    # the full name where the life opens is asked as before (a key asked Ramanujan's)
    assert (_one(facts, "Margaret Ellen Holloway").score or 0) >= other
