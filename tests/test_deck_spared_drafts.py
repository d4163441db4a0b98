"""A draft deck with a bad draft (load_deck_sparing_drafts): read whole once, not twice, and
the deck so spared kept, so the next command on the unchanged file reads no YAML; strict
loading still fails on it, and an edit reads the deck again."""

from __future__ import annotations

from pathlib import Path

import pytest

import edu.deck.check
from edu.deck.check import load_deck, load_deck_sparing_drafts
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
    source: {start: 4127, end: 4170}
    status: draft
  - id: zhurong-rover
    kind: name
    prompt: What is the name of China's first Mars rover?
    answer: ANSWER
    category: rover
    source: {start: 9611, end: 9642}
    status: draft
"""
BAD = "Yutu"  # not in the rover's span: the draft is left out


@pytest.fixture
def deck(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "doc.txt").write_text(SEED.read_text("utf-8"), "utf-8")
    path = tmp_path / "deck.yaml"
    path.write_text(DECK.replace("ANSWER", BAD), "utf-8")
    return path


@pytest.fixture
def read_whole(monkeypatch) -> list[str]:
    """The deck texts read whole (parsed and proved) from now on."""
    seen: list[str] = []
    real = edu.deck.check._read_deck

    def counting(path: str, text: str):
        seen.append(text)
        return real(path, text)

    monkeypatch.setattr(edu.deck.check, "_read_deck", counting)
    return seen


def test_a_bad_draft_is_read_once_and_the_spared_deck_kept(deck, read_whole):
    spared, left_out = load_deck_sparing_drafts(deck)
    assert [f.id for f in spared.facts] == ["launch-missions"]
    assert len(left_out) == 1 and "'Yutu' not found" in left_out[0].message
    assert left_out[0].line is not None
    assert len(read_whole) == 1  # load_deck's failure carries its report: no second read
    again, left_again = load_deck_sparing_drafts(deck)
    assert len(read_whole) == 1  # kept: read from the deck cache
    assert again == spared and left_again == left_out


def test_strict_loading_still_fails_after_the_spared_deck_is_kept(deck, read_whole):
    load_deck_sparing_drafts(deck)
    with pytest.raises(EduError, match="'Yutu' not found"):
        load_deck(deck)
    assert len(read_whole) == 2  # strict loading reads the file again, never the spared deck


def test_an_edit_reads_the_deck_again(deck, read_whole):
    load_deck_sparing_drafts(deck)
    deck.write_text(DECK.replace("ANSWER", "Zhurong"), "utf-8")
    mended, left_out = load_deck_sparing_drafts(deck)
    assert [f.id for f in mended.facts] == ["launch-missions", "zhurong-rover"]
    assert left_out == []
    assert load_deck(deck) == mended


def test_nothing_is_kept_with_the_cache_folder_off(deck, read_whole, monkeypatch):
    monkeypatch.setenv("EDU_CACHE_DIR", "off")
    first = load_deck_sparing_drafts(deck)
    assert load_deck_sparing_drafts(deck) == first
    assert len(read_whole) == 2
