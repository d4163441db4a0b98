"""A deck that loaded soundly is kept whole (edu.deck.deckcache): the next `load_deck` of the
unchanged deck reads no YAML, and any change to the deck, its source or the code reads it
again."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

import edu.deck.check
from edu.deck import deckcache
from edu.deck.check import load_deck, parse_deck
from edu.deck.model import Fact, FactKind, FactStatus
from edu.errors import EduError

SEED = Path(__file__).resolve().parent.parent / "seeds" / "china-space-2021.txt"
DECK = """\
deck: Mini
id: mini
source: doc.txt
description: two facts
tags: [space]
facts:
  - id: launch-missions
    kind: number
    prompt: How many launch missions did China complete from 2016 to December 2021?
    answer: 207
    unit: launch missions
    tolerance: 2
    tags: [count]
    source: {start: 4127, end: 4170}
  - id: zhurong-rover
    kind: name
    prompt: What is the name of China's first Mars rover?
    answer: Zhurong
    aliases: [Zhurong rover]
    category: rover
    section: II.3
    note: named after a god of fire
    score: 0.5
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
def composed(monkeypatch) -> list[str]:
    """The texts composed from YAML from now on: a fact's part, the deck's skeleton or the
    whole deck (edu.deck.deckparts)."""
    seen: list[str] = []
    real = edu.deck.check.compose

    def counting(path: str, text: str):
        seen.append(text)
        return real(path, text)

    monkeypatch.setattr(edu.deck.check, "compose", counting)
    return seen


def test_an_unchanged_deck_is_not_read_again_and_loads_equal(deck, composed):
    first = load_deck(deck)
    assert len(composed) == 3  # each fact's part, then the skeleton
    second = load_deck(deck)
    assert len(composed) == 3
    assert second == first == parse_deck(deck).deck
    assert second.path == str(deck) and second.facts[0].tolerance == 2.0
    assert second.facts[1].score == 0.5 and second.facts[1].aliases == ["Zhurong rover"]


def test_an_edited_deck_is_read_and_proved_again(deck, composed):
    load_deck(deck)
    deck.write_text(DECK.replace("{start: 9611, end: 9642}", "{start: 9640, end: 9680}"))
    with pytest.raises(EduError, match="answer 'Zhurong' not found in source span 9640-9680"):
        load_deck(deck)
    assert len(composed) == 3 + 2 + 1  # the edited fact and the skeleton, then the whole
    assert composed[-1] == deck.read_text("utf-8")


def test_a_changed_source_is_proved_again(deck):
    load_deck(deck)
    doc = deck.parent / "doc.txt"
    doc.write_text("x " * 500 + doc.read_text("utf-8"), "utf-8")  # every offset moves by 1000
    with pytest.raises(EduError, match="answer 'Zhurong' not found"):
        load_deck(deck)


def test_changed_code_reads_the_deck_again(deck, composed, monkeypatch):
    load_deck(deck)
    monkeypatch.setattr(deckcache, "code_digest", lambda: "other code")
    load_deck(deck)
    assert len(composed) == 6  # no part is taken under other code


def test_a_deck_with_problems_is_never_kept(deck):
    deck.write_text(DECK.replace("answer: 207", "answer: 208"))
    for _ in range(2):
        with pytest.raises(EduError, match="answer '208' not found"):
            load_deck(deck)
    assert not list((deck.parent / "cache").glob("decks/*.json"))


def test_a_corrupt_or_disabled_cache_only_costs_time(deck, composed, monkeypatch):
    first = load_deck(deck)
    [kept] = (deck.parent / "cache").glob("decks/*.json")
    header, *lines = kept.read_bytes().split(b"\n")
    assert json.loads(header)["facts"] == 2 and len(lines) == 4  # two facts, two parts
    kept.write_bytes(b"\n".join([header, json.dumps(["too", "short"]).encode(), *lines[1:]]))
    assert load_deck(deck) == first
    assert len(composed) == 3 + 2  # the damaged fact's part again, and the skeleton
    for damage in (b"\n".join([header, *lines[:3]]), b"not json", b""):
        kept.write_bytes(damage)
        assert load_deck(deck) == first
    monkeypatch.setenv("EDU_CACHE_DIR", "off")
    composed.clear()
    load_deck(deck)
    load_deck(deck)
    assert composed == [DECK, DECK]  # nothing kept: the whole text each time, not in parts


def test_a_kept_fact_has_every_field_a_fact_has(deck):
    load_deck(deck)
    kept = load_deck(deck)
    names = [f.name for f in dataclasses.fields(Fact)]
    for fact in kept.facts:
        assert list(vars(fact)) == names  # a field added to Fact must be kept too
        assert type(fact.kind) is FactKind and type(fact.status) is FactStatus
