"""The proof record lets `load_deck` skip stemming for facts already proved against an
unchanged source, and never hides a fact that changed or a source that changed."""

from __future__ import annotations

from pathlib import Path

import pytest

import edu.deck.proof
from edu.deck.check import check_deck, load_deck
from edu.errors import EduError

SEED = Path(__file__).resolve().parent.parent / "seeds" / "china-space-2021.txt"
DECK = """\
deck: Mini
id: mini
source: doc.txt
facts:
  - id: launch-missions
    kind: number
    prompt: How many launch missions did China complete from 2016 to December 2021?
    answer: 207
    unit: launch missions
    source: {start: 4127, end: 4170}
  - id: zhurong-rover
    kind: name
    prompt: What is the name of China's first Mars rover?
    answer: Zhurong
    source: {start: 9611, end: 9642}
"""


@pytest.fixture
def deck(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "doc.txt").write_text(SEED.read_text("utf-8"), "utf-8")
    path = tmp_path / "deck.yaml"
    path.write_text(DECK, "utf-8")
    return path


@pytest.fixture
def stems(monkeypatch) -> list[str]:
    """Answers the proof stems from now on (the stemmer is what the record saves)."""
    seen: list[str] = []
    real = edu.deck.proof.preprocess_words

    def counting(text: str) -> list[str]:
        seen.append(text)
        return real(text)

    monkeypatch.setattr(edu.deck.proof, "preprocess_words", counting)
    return seen


def test_second_load_proves_nothing_again(deck, stems):
    load_deck(deck)
    assert "Zhurong" in stems and list((deck.parent / "cache").glob("proofs-*.json"))
    stems.clear()
    assert len(load_deck(deck).facts) == 2
    assert stems == []


def test_check_always_proves_everything(deck, stems):
    load_deck(deck)
    stems.clear()
    assert check_deck(deck) == []
    assert "Zhurong" in stems


def test_an_edited_fact_is_proved_again(deck, stems):
    load_deck(deck)
    deck.write_text(DECK.replace("{start: 9611, end: 9642}", "{start: 9640, end: 9680}"))
    stems.clear()
    with pytest.raises(EduError, match="answer 'Zhurong' not found in source span 9640-9680"):
        load_deck(deck)
    assert "Zhurong" in stems and "207" not in stems


def test_a_changed_source_invalidates_the_record(deck, stems):
    load_deck(deck)
    doc = deck.parent / "doc.txt"
    doc.write_text("x " * 500 + doc.read_text("utf-8"), "utf-8")  # every offset moves by 1000
    with pytest.raises(EduError, match="answer 'Zhurong' not found"):
        load_deck(deck)


def test_record_can_be_turned_off_or_unwritable(deck, stems, monkeypatch, tmp_path):
    monkeypatch.setenv("EDU_CACHE_DIR", "off")
    load_deck(deck)
    stems.clear()
    load_deck(deck)
    assert "Zhurong" in stems
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("EDU_CACHE_DIR", str(blocker / "cache"))
    assert len(load_deck(deck).facts) == 2  # cannot write the record: only slower


def test_a_corrupt_record_is_ignored(deck, stems):
    load_deck(deck)
    for record in (deck.parent / "cache").glob("proofs-*.json"):
        record.write_text("{not json")
    for kept in (deck.parent / "cache").glob("decks/*.json"):  # the whole deck, kept too
        kept.unlink()
    stems.clear()
    assert len(load_deck(deck).facts) == 2
    assert "Zhurong" in stems
