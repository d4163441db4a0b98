"""Kinds, statuses and grades are StrEnum members inside edu and plain strings in every file."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
import yaml
from progress_helpers import DECK_ID, T0, make_facts, make_items, new_store

from edu.deck.check import load_deck
from edu.deck.model import Deck, Fact, FactKind, FactStatus, dump_deck
from edu.grading.grade import Grade, grade
from edu.items.generate import generate_items
from edu.items.model import ITEM_KINDS, Item, ItemKind
from edu.text.source import Span

MINI = Path(__file__).parent / "data" / "items" / "mini.yaml"


def test_plain_strings_become_members_and_unknown_values_fail() -> None:
    fact = Fact(id="f", kind="date", prompt="When?", answer="2020", source=Span(0, 4),
                status="draft")
    assert fact.kind is FactKind.DATE and fact.status is FactStatus.DRAFT
    item = Item(id="f:cloze", fact_id="f", kind="cloze", prompt="In _____.", answer="2020",
                fact_kind="date")
    assert item.kind is ItemKind.CLOZE and item.fact_kind is FactKind.DATE
    assert Item(id="x", fact_id="x", kind="numeric", prompt="?", answer="1").fact_kind is None
    with pytest.raises(ValueError):
        Fact(id="f", kind="colour", prompt="?", answer="red", source=Span(0, 3))
    with pytest.raises(ValueError):
        Item(id="x", fact_id="x", kind="essay", prompt="?", answer="")
    assert ITEM_KINDS == tuple(ItemKind) and list(ITEM_KINDS) == [k.value for k in ItemKind]


def test_loaded_decks_and_generated_items_hold_members() -> None:
    deck = load_deck(MINI)
    assert all(type(f.kind) is FactKind and type(f.status) is FactStatus for f in deck.facts)
    items = generate_items(deck)
    assert {type(i.kind) for i in items} == {ItemKind}
    assert {type(i.fact_kind) for i in items} == {FactKind}


def test_dicts_hold_plain_strings_and_round_trip() -> None:
    deck = load_deck(MINI)
    for item in generate_items(deck):
        data = item.to_dict()
        assert type(data["kind"]) is str and type(data["fact_kind"]) is str
        assert Item.from_dict(json.loads(json.dumps(data))) == item
    hand_made = Item(id="x", fact_id="x", kind="short_answer", prompt="?", answer="a")
    assert hand_made.to_dict()["fact_kind"] == ""
    assert Item.from_dict(hand_made.to_dict()) == hand_made
    assert all(type(f.to_dict()["kind"]) is str for f in deck.facts)


def test_dump_deck_takes_members_and_strings_assigned_later() -> None:
    facts = make_facts(2)
    facts[1].status = "draft"  # type: ignore[assignment]  # a caller editing a fact by hand
    text = dump_deck(Deck(title="T", id="t", source="doc.txt", facts=facts))
    loaded = yaml.safe_load(text)["facts"]
    assert [(f["kind"], f["status"]) for f in loaded] == [("number", "reviewed"),
                                                          ("number", "draft")]


def test_grades_are_members_and_verdict_dicts_plain() -> None:
    item = Item(id="z", fact_id="z", kind="short_answer", prompt="Which rover?",
                answer="Zhurong", fact_kind="name")
    assert grade(item, "Zhurong").status is Grade.CORRECT
    assert grade(item, "Zhurung").status is Grade.ALMOST
    verdict = grade(item, "Yutu")
    assert verdict.status is Grade.WRONG and not verdict.accepted
    assert verdict.to_dict()["status"] == "wrong" and type(verdict.to_dict()["status"]) is str


def test_progress_log_stores_values_and_reads_members(tmp_path) -> None:
    store = new_store(tmp_path)
    first, second = make_items(make_facts(2), ("cloze",))
    store.record_answer(DECK_ID, first, now=T0, verdict=Grade.ALMOST)
    store.record_answer(DECK_ID, second, now=T0, verdict="wrong")
    entries = store.log()
    assert [(e.kind, e.verdict) for e in entries] == [("cloze", "almost"), ("cloze", "wrong")]
    assert all(type(e.kind) is ItemKind and type(e.verdict) is Grade for e in entries)
    assert {type(r.kind) for r in store.answer_rows(DECK_ID)} == {ItemKind}
    assert {type(key[1]) for key in store.cards(DECK_ID)} == {ItemKind}
    store.close()
    conn = sqlite3.connect(tmp_path / "progress.sqlite3")
    assert conn.execute("SELECT DISTINCT typeof(kind), typeof(verdict), kind FROM reviews"
                        ).fetchall() == [("text", "text", "cloze")]
    conn.close()
