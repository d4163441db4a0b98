"""The readings `naming` keeps or bounds (issue 19, round 18s) equal the readings made afresh
from the whole text: the running text of a text read from a kept prefix of it, "the" and an
apposed name read near their place, the flights a document names kept per text."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from edu.extract import naming
from edu.extract.lexicon import FLIGHT_NOUNS
from edu.extract.naming import (
    _APPOSED_TO_NAME,
    _FLIGHT,
    _apposed_to_name,
    _RunningTexts,
    _the_before,
    named_flight,
)

_LINES = st.sampled_from(["The dam failed.", "South Fork Dam", "", "  ", "a list item",
                          "It rose: ", "\"Quoted.\"", "the Lake", "x;", "Flight 1549 landed."])
_PIECES = st.sampled_from(["the", "The", "tHe", "xthe", " ", "  ", "\n", "\t", "\u00a0", ",",
                           "Smith", "O'Neil", "a-b", "\u2019", "word", "Élan", "_", ".", "\u2028"])


def _whole(text: str) -> str:
    """The running text as read before the round: every line of the whole text."""
    return "\n".join(line if naming._SENTENCE_END.search(line) else ""
                     for line in text.split("\n"))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_LINES, max_size=12), min_size=1, max_size=3),
       st.lists(st.tuples(st.integers(0, 2), st.integers(0, 400)), max_size=12))
def test_a_prefix_read_from_a_kept_one_is_read_as_whole(documents: list[list[str]],
                                                        asks: list[tuple[int, int]]) -> None:
    texts = ["\n".join(lines) for lines in documents]
    reader = _RunningTexts()
    for which, at in asks:  # prefixes of several documents, longer and shorter, in turn
        text = texts[which % len(texts)]
        prefix = text[: min(at, len(text))]
        assert reader.of(prefix) == _whole(prefix)
        paragraph = prefix[prefix.rfind("\n\n") + 1 :]  # as named_in_full asks
        assert reader.of(paragraph) == _whole(paragraph)


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=25), st.integers(min_value=0, max_value=300))
def test_the_before_and_an_apposed_name_as_a_search_from_the_start(pieces: list[str],
                                                                   at: int) -> None:
    text = "".join(pieces)
    end = min(at, len(text))
    assert _the_before(text, end) == bool(re.search(r"\b[Tt]he\s+$", text[:end]))
    assert _apposed_to_name(text, end) == (_APPOSED_TO_NAME.search(text, 0, end) is not None)


def _named_flight_afresh(prompt: str, text: str, at: int, answer: str, said: str,
                         nouns: frozenset[str]) -> str:
    """`named_flight` as it read the whole text for each draft before the round."""
    flights = {m.group(1) for m in _FLIGHT.finditer(text)}
    if len(flights) != 1 or not _FLIGHT.search(text, 0, at):
        return prompt
    name = f"Flight {flights.pop()}"
    if name in said or name in prompt or answer and (name in answer or answer in name):
        return prompt
    for m in naming._DEFINITE_NOUN.finditer(prompt):
        noun = m.group(2)
        if noun not in FLIGHT_NOUNS or noun not in nouns:
            continue
        if re.search(rf"\b{naming._SEVERAL}\s+(?:\w+\s+)?(?:{'|'.join(FLIGHT_NOUNS)})s?\b",
                     text[:at], re.IGNORECASE):
            return prompt
        return prompt[: m.start()] + name + prompt[m.end() :]
    return prompt


_FLIGHT_PIECES = st.sampled_from(["Flight 1549", "Flight 15", "Flight 9", "Flight\n7",
                                  "-Flight 3", " ", "2", "the plane", "the jet", ". ", "\n\n",
                                  "x", "two planes"])


@settings(max_examples=400, deadline=None)
@example(["Flight 1549", " ", "the plane"], 9)  # "Flight 15" is a flight in text[:9]
@given(st.lists(_FLIGHT_PIECES, max_size=20), st.integers(min_value=0, max_value=200))
def test_the_flight_named_as_when_the_text_was_read_for_each_draft(pieces: list[str],
                                                                   at: int) -> None:
    text = "".join(pieces)
    prompt = "Where did the plane land?"
    nouns = frozenset({"plane", "jet"})
    expected = _named_flight_afresh(prompt, text, at, "the Hudson", "", nouns)
    assert named_flight(prompt, text, at, "the Hudson", "", nouns) == expected


@settings(max_examples=400, deadline=None)
@given(st.lists(_FLIGHT_PIECES, max_size=20), st.integers(min_value=0, max_value=200))
def test_a_flight_cut_at_a_place_read_near_it(pieces: list[str], at: int) -> None:
    text = "".join(pieces)
    end = min(at, len(text))
    if any(m.end() <= end for m in _FLIGHT.finditer(text)):
        return  # read from the whole text's flights (the test above)
    assert naming._flight_cut_at(text, end) == (_FLIGHT.search(text, 0, end) is not None)
