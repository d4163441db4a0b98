"""`lexicon.written_only_opening` finds a word's places through a one-pass index of the
text's capitalised words from the text's second word on: the same verdicts as the scan of
the whole text per word that it replaced, for any text and word."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from edu.extract import lexicon as lx

WORDS = ["Recognition", "Water", "Wat", "Water_2", "Élan", "E-mail", "The", "Café", "A", "Ab"]
PIECES = [*WORDS, "water", "WATER", "xWater", "Water9", " ", "  ", "\n", ". ", "! ", "? ",
          '." ', "\u201d ", ") ", ",", "-", "_", "é", "1938", "In", "she"]


def scanned(word: str, text: str) -> bool:
    """The check as it was: a scan of the whole text for the word."""
    written = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", text)]
    return bool(written) and all(re.search(r"(?:\A|[.!?][\"'\u201d\u2019)]*\s+|\n\s*)\Z",
                                           text[max(0, at - 8) : at]) for at in written)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join),
       st.lists(st.sampled_from(WORDS), min_size=2, max_size=6))
def test_index_gives_the_scans_verdicts(text: str, words: list[str]) -> None:
    for word in words:  # the first word of a text is scanned, the others read the index
        assert lx.written_only_opening(word, text) == scanned(word, text), (word, text)


def test_the_second_word_reads_the_index() -> None:
    text = "Recognition came late. Water rose.\nWater fell, and Recognition followed."
    assert lx.written_only_opening("Water", text) is True  # scanned
    assert lx._CAPITALS.index_of(text) is not None  # asked again: indexed
    assert lx.written_only_opening("Recognition", text) is False
    assert lx.written_only_opening("Water", text + " ") is True  # another text: scanned
