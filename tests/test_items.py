"""Items: every generated item from the bundled deck is linted; determinism and stable ids."""

from __future__ import annotations

import copy
import json
from collections import Counter
from pathlib import Path

import pytest

from edu.deck.check import load_deck
from edu.deck.model import Fact
from edu.grading.grade import grade, key_of
from edu.items.common import leaks, number_leaks
from edu.items.distractors import too_similar
from edu.items.generate import generate_items, generate_items_with_report
from edu.items.model import ITEM_KINDS, Item, parse_kinds
from edu.text.source import Span

DECK_PATH = Path(__file__).resolve().parent.parent / "decks" / "china-space-2021.yaml"


@pytest.fixture(scope="module")
def deck():
    return load_deck(DECK_PATH)


@pytest.fixture(scope="module")
def report(deck):
    return generate_items_with_report(deck, seed=0)


@pytest.fixture(scope="module")
def items(report) -> list[Item]:
    return report[0]


def test_all_seven_kinds_are_made(items: list[Item]) -> None:
    kinds = Counter(i.kind for i in items)
    # ordering: the bundled deck has no four dated events of one theme (tests/test_items_teacher)
    assert set(kinds) == set(ITEM_KINDS) - {"ordering"}, kinds
    assert kinds["short_answer"] >= 50


def test_ids_are_unique_and_derived(items: list[Item]) -> None:
    ids = [i.id for i in items]
    assert len(ids) == len(set(ids))
    for item in items:
        if item.kind not in ("matching", "ordering"):
            assert item.id == f"{item.fact_id}:{item.kind}"
        assert item.fact_id in item.fact_ids


def _forms(deck, item: Item) -> list[str]:
    fact = deck.fact(item.fact_id)
    return [fact.answer, *fact.aliases]


def test_lint_every_item(deck, items: list[Item]) -> None:
    """The checks a reviewer would make by hand, on every item of the deck."""
    for item in items:
        where = item.id
        assert item.prompt.strip(), where
        assert item.source == deck.fact(item.fact_id).source or item.kind in (
            "matching", "ordering"), where
        if item.kind in ("short_answer", "multiple_choice", "numeric", "cloze"):
            fact = deck.fact(item.fact_id)
            text = item.prompt
            leaked = number_leaks(text, _forms(deck, item)) if fact.kind == "number" \
                else leaks(text, _forms(deck, item))
            assert leaked is None, f"{where}: answer leaked in prompt"
        if item.kind == "multiple_choice":
            opts = item.options or []
            assert len(opts) == 4, where
            assert opts.count(item.answer) == 1, where
            assert len({key_of(o) for o in opts}) == 4, where
            for i, a in enumerate(opts):
                for b in opts[i + 1:]:
                    assert not too_similar(a, b), f"{where}: {a!r} ~ {b!r}"
            right = [o for o in opts if grade(item, o).status == "correct"]
            assert right == [item.answer], f"{where}: options graded right: {right}"
            for alias in deck.fact(item.fact_id).aliases:
                assert all(key_of(alias) != key_of(o) for o in opts if o != item.answer), where
        if item.kind == "true_false":
            assert item.answer in ("true", "false")
            assert item.statement and item.true_statement
            assert (item.statement == item.true_statement) == (item.answer == "true"), where
            assert deck.fact(item.fact_id).answer.casefold() in item.true_statement.casefold()
        if item.kind == "cloze":
            assert "_____" in item.prompt, where
        if item.kind == "numeric":
            assert grade(item, item.answer).status == "correct", where
        if item.kind in ("short_answer", "cloze", "multiple_choice", "true_false"):
            assert grade(item, item.answer).status == "correct", where
        if item.kind == "matching":
            pairs = item.pairs or []
            assert 4 <= len(pairs) <= 6, where
            assert sorted(r for _, r in pairs) == sorted(item.options or []), where
            assert len({key_of(r) for _, r in pairs}) == len(pairs), where
            assert grade(item, [r for _, r in pairs]).status == "correct", where
            assert grade(item, list(reversed([r for _, r in pairs]))).status == "wrong", where
            for left, right in pairs:
                assert key_of(left) not in key_of(right), f"{where}: {left} in {right}"
        if item.kind == "ordering":
            seq = item.sequence or []
            assert 4 <= len(seq) <= 5 and len(item.years or []) == len(seq), where
            assert item.options != seq and sorted(item.options or []) == sorted(seq), where
            assert grade(item, seq).status == "correct", where
            assert grade(item, item.options).status == "wrong", where


def test_same_seed_same_output(deck) -> None:
    a = [i.to_dict() for i in generate_items(deck, seed=7)]
    b = [i.to_dict() for i in generate_items(deck, seed=7)]
    assert json.dumps(a) == json.dumps(b)


def test_other_seed_changes_choices_not_ids(deck) -> None:
    a = generate_items(deck, ["multiple_choice"], seed=1)
    b = generate_items(deck, ["multiple_choice"], seed=2)
    assert [i.id for i in a] == [i.id for i in b]
    assert sum(x.options != y.options for x, y in zip(a, b, strict=True)) > len(a) // 2


def test_ids_and_items_stable_when_unrelated_facts_are_added(deck) -> None:
    before = {i.id: i.to_dict() for i in generate_items(deck, seed=3)}
    bigger = copy.deepcopy(deck)
    bigger.facts.insert(5, Fact(id="zz-new-fact", kind="number", prompt="How many moons?",
                                answer="42", source=Span(0, 10), category="moon count"))
    bigger.facts.append(Fact(id="aa-new-name", kind="name", prompt="Who is new?",
                             answer="Somebody Unrelated", source=Span(0, 10),
                             category="newcomer"))
    after = {i.id: i.to_dict() for i in generate_items(bigger, seed=3)}
    assert set(before) <= set(after)
    for item_id, data in before.items():
        if data["kind"] in ("short_answer", "cloze", "numeric", "matching", "ordering"):
            assert after[item_id] == data, item_id
        elif data["fact_kind"] != "name":  # number/date options never depend on other facts
            assert after[item_id] == data, item_id


def test_dropped_items_have_reasons(report) -> None:
    _items, dropped = report
    for fact_id, kind, reason in dropped:
        assert fact_id and kind in ITEM_KINDS and reason


def test_parse_kinds() -> None:
    assert parse_kinds("cloze,short_answer") == ["short_answer", "cloze"]
    assert parse_kinds(None) == list(ITEM_KINDS)
    with pytest.raises(ValueError, match="unknown item kind"):
        parse_kinds("short_answer,essay")
    assert parse_kinds(["multiple-choice", "cloze, cloze"]) == ["multiple_choice", "cloze"]
    with pytest.raises(ValueError, match="unknown item kinds 'essay', 'poem'; choose from "
                                         "short_answer, multiple_choice"):
        parse_kinds(["essay,cloze", "poem"])
    with pytest.raises(ValueError, match="no item kinds given"):
        parse_kinds(" , ")


def test_kinds_filter(deck) -> None:
    got = generate_items(deck, ["numeric", "true_false"])
    assert {i.kind for i in got} == {"numeric", "true_false"}
