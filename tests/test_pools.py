"""The per-deck indexes behind distractors and Deck.fact agree with a scan of the deck."""

from __future__ import annotations

import random

from edu.bundled import bundled_deck_path
from edu.deck.check import load_deck
from edu.deck.model import Deck, Fact, FactStatus
from edu.items.pools import DeckPools, category_closeness
from edu.text.source import Span


def _scan_related(fact: Fact, deck: Deck) -> list[Fact]:
    return [f for f in deck.facts if f.id != fact.id and f.kind == fact.kind
            and f.status != FactStatus.DRAFT and fact.category
            and category_closeness(fact.category, f.category) >= 0]


def _scan_overlapping(fact: Fact, deck: Deck) -> list[Fact]:
    return [f for f in deck.facts if f.id != fact.id and f.kind == fact.kind
            and f.status != FactStatus.DRAFT
            and f.source.start < fact.source.end and fact.source.start < f.source.end]


def test_pools_match_a_scan_of_the_bundled_deck() -> None:
    deck = load_deck(bundled_deck_path())
    pools = DeckPools.of(deck)
    for fact in deck.facts:
        assert pools.related(fact) == _scan_related(fact, deck)
        assert pools.overlapping(fact) == _scan_overlapping(fact, deck)
        assert pools.same_category(fact) == [f for f in _scan_related(fact, deck)
                                             if f.category == fact.category]


def test_overlaps_found_around_a_long_span_and_drafts_left_out() -> None:
    rng = random.Random(5)
    facts = []
    for i in range(300):
        start = rng.randrange(0, 5000)
        length = 2000 if i == 7 else rng.randrange(1, 60)
        facts.append(Fact(id=f"f{i}", kind="name", prompt=f"Which rocket {i}?", answer=f"R{i}",
                          source=Span(start, start + length),
                          category=rng.choice(["rocket", "launch vehicle", "space agency"]),
                          status="draft" if i % 10 == 3 else "reviewed"))
    deck = Deck("t", "t", "x.txt", facts)
    pools = DeckPools.of(deck)
    for fact in facts:
        assert pools.overlapping(fact) == _scan_overlapping(fact, deck)
        assert pools.related(fact) == _scan_related(fact, deck)


def test_deck_fact_follows_edits_of_the_list() -> None:
    facts = [Fact(id=f"f{i}", kind="name", prompt="?", answer=f"A{i}", source=Span(0, 1))
             for i in range(5)]
    deck = Deck("t", "t", "x.txt", facts)
    assert deck.fact("f3").answer == "A3"
    deck.facts.insert(0, Fact(id="new", kind="name", prompt="?", answer="N", source=Span(0, 1)))
    assert deck.fact("f3").answer == "A3" and deck.fact("new").answer == "N"
    deck.facts[4] = Fact(id="f3", kind="name", prompt="?", answer="B3", source=Span(0, 1))
    assert deck.fact("f3").answer == "B3"
    del deck.facts[4]
    try:
        deck.fact("f3")
    except KeyError:
        pass
    else:
        raise AssertionError("a removed fact was still found")


def test_a_large_category_is_sampled_within_the_cap() -> None:
    facts = [Fact(id=f"f{i}", kind="name", prompt=f"Which rocket {i}?", answer=f"R{i}",
                  source=Span(i * 10, i * 10 + 5), category="rocket") for i in range(500)]
    pools = DeckPools.of(Deck("t", "t", "x.txt", facts))
    seen: set[str] = set()
    for fact in facts[:50]:
        group = pools.related_by_category(fact, 48)["rocket"]
        assert len(group) == 48 and fact not in group
        assert group == pools.related_by_category(fact, 48)["rocket"]  # stable
        assert [pools.position(f) for f in group] == sorted(pools.position(f) for f in group)
        seen.update(f.id for f in group)
    assert len(seen) > 200  # different facts see different parts of the category
    small = pools.related_by_category(facts[0], 1000)["rocket"]
    assert small == facts[1:]


def test_first_of_makes_exactly_the_items_one_per_fact_keeps() -> None:
    from edu.anki.export import PREFERRED_KINDS, one_per_fact
    from edu.items.generate import generate_items

    deck = load_deck(bundled_deck_path())
    for seed in (0, 3):
        every = one_per_fact(generate_items(deck, seed=seed))
        first = one_per_fact(generate_items(deck, seed=seed, first_of=PREFERRED_KINDS))
        assert [i.to_dict() for i in first] == [i.to_dict() for i in every]
    short = generate_items(deck, kinds="multiple_choice,true_false", first_of=PREFERRED_KINDS)
    assert {i.kind for i in short} <= {"multiple_choice", "true_false"}
    assert len({i.fact_id for i in short}) == len(short)
