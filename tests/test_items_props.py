"""Properties of the item builders: any question text, any number, never a crash or a lie."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from edu.deck.model import Fact
from edu.grading.grade import parse_quantity
from edu.items.distractors import number_distractors
from edu.items.phrasing import description, event, fluent_statement
from edu.text.source import Span

WORDS = ["which", "what", "when", "how", "many", "did", "does", "was", "is", "will", "has",
         "China", "launch", "launched", "the", "probe", "satellites", "of", "in", "to", "and",
         ",", "Tianwen-1", "year", "two", "which,", "(the", "first)", "land", "Moon", "___"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14), st.booleans())
def test_phrasing_never_crashes_and_keeps_the_answer(words: list[str], question: bool) -> None:
    prompt = " ".join(words) + ("?" if question else ".")
    found = fluent_statement(prompt, "Zhurong")
    assert found is None or "Zhurong" in found
    description(prompt)
    event(prompt)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=10**9), st.integers(min_value=0, max_value=50),
       st.sampled_from(["", " km", " launches", "%"]))
def test_number_distractors_are_distinct_and_wrong(value: int, seed: int, unit: str) -> None:
    if unit == "%":
        value = value % 100 + 1
    fact = Fact(id="n", kind="number", prompt="How many?", answer=f"{value:,}{unit}",
                source=Span(0, 1))
    got = number_distractors(fact, random.Random(seed))
    assert len(got) in (0, 3)
    values = [parse_quantity(g).value for g in got]
    assert len(set(values)) == len(values) and value not in values
    assert all(v > 0 for v in values)
    if unit == "%":
        assert all(v <= 100 for v in values)
