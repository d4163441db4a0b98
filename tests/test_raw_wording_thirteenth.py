"""Issue 15, thirteenth round (raw wording): each test fails on the code before the round.

Texts are short and made up for the rule they check (general rules, not one document's)."""

from __future__ import annotations

from pathlib import Path

import pytest

from edu.extract import extract_candidates
from edu.extract.questions import sentences_referred
from edu.text.reading import read_document


@pytest.fixture(autouse=True)
def _own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))


def _referred(text: str, sentence: str, people: frozenset[str] = frozenset()) -> str:
    start = text.index(sentence)
    return sentences_referred(text, [(start, start + len(sentence), start, start)], people)[0][0]


def _drafts(tmp_path: Path, text: str) -> list:
    path = tmp_path / "doc.txt"
    path.write_text(text, "utf-8")
    return extract_candidates(read_document(path))


SHIP = ("The Cutty Sark: The Last of the Tea Clippers\n\n"
        "The Cutty Sark is a British sailing ship built for the tea trade with China. She stands "
        "today in a dry dock at Greenwich. In 1922 a retired sea captain, Wilfred Dowman, saw "
        "her in Falmouth and bought her. After his death she was given to a training college. "
        "In 1954 she was moved into a dry dock at Greenwich.\n")


def test_a_person_who_saw_her_is_not_she():
    # "Wilfred Dowman saw her ... she was moved": the one he saw is she, not he
    sentence = "In 1954 she was moved into a dry dock at Greenwich."
    read = _referred(SHIP, sentence, frozenset({"Wilfred Dowman"}))
    assert "Dowman" not in read


def test_a_thing_is_she_when_the_next_sentence_says_so():
    # the sentence after the one naming the ship calls it "she": a ship's "she" is the title's
    sentence = "She stands today in a dry dock at Greenwich."
    assert _referred(SHIP, sentence) == "The Cutty Sark stands today in a dry dock at Greenwich."
    # ... but "it" in that sentence says nothing of a "she"
    plain = SHIP.replace("She stands today", "It stands today")
    later = "In 1954 she was moved into a dry dock at Greenwich."
    assert "Cutty Sark" not in _referred(plain, later, frozenset({"Wilfred Dowman"}))
