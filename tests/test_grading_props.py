"""Properties of grading and number handling that must hold for any input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from edu.grading.grade import grade, key_of
from edu.items.model import Item
from edu.text.numbers import find_number, number_to_words, words_to_number
from edu.text.quantities import parse_quantity
from edu.text.source import Span

names = st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJ -'0123456789"),
                min_size=1, max_size=30).filter(lambda s: key_of(s))


def item(answer: str, fact_kind: str = "name", kind: str = "short_answer") -> Item:
    return Item(id="p", fact_id="p", kind=kind, prompt="?", answer=answer, fact_kind=fact_kind,
                source=Span(0, 0))


@settings(max_examples=200, deadline=None)
@given(names)
def test_the_answer_itself_is_always_correct(answer: str) -> None:
    it = item(answer)
    assert grade(it, answer).status == "correct"
    assert grade(it, answer.upper()).status == "correct"
    assert grade(it, f"  {answer}  ").status == "correct"


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_number_words_round_trip(n: int) -> None:
    words = number_to_words(n)
    assert words_to_number(words.replace("-", " ").split()) == n
    assert grade(item(str(n), "number", "numeric"), words).status == "correct"


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=10**9), st.integers(min_value=1, max_value=10**9))
def test_different_numbers_are_never_accepted(a: int, b: int) -> None:
    verdict = grade(item(f"{a:,}", "number", "numeric"), str(b))
    assert (verdict.status == "correct") == (a == b)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=10**7), st.sampled_from(["", " grams", "%", " km"]),
       st.booleans())
def test_rewritten_numbers_read_back(value: int, suffix: str, grouped: bool) -> None:
    text = (f"{value:,}" if grouped else str(value)) + suffix
    found = find_number(text)
    again = found.with_value(value * 2)
    assert parse_quantity(again).value == value * 2
    assert again.endswith(suffix)


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1900, max_value=2100), st.integers(min_value=1900, max_value=2100))
def test_years_never_pass_as_typos(a: int, b: int) -> None:
    assert (grade(item(str(a), "date"), str(b)).status == "correct") == (a == b)
