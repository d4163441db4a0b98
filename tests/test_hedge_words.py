"""hedges.said_right_after: the search for a figure written right after hedge or designator
words, without a pattern compiled per answer, finds what that pattern found."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from edu.items import hedges
from edu.items.common import _DESIGNATORS
from edu.items.hedges import said_right_after

WORDS = [hedges._UPPER_WORDS, hedges._LOWER_WORDS,
         "(?:" + hedges._ABOUT_WORDS + "|" + hedges._ESTIMATED + ")", _DESIGNATORS]
PIECES = ["about", "about ", "over ", "the ", "ABOUT", "nearly", "an estimated", "over",
          "exceeded", "type", "No.", "no.", "more than", "6.4", "6.4 million", "64", "6", ",",
          ".", "1,000", "x", "_", " ", "  ", "\n", "\t", "some", "close to", "under", "at most",
          "K", "k", "ſ", "s"]


def _by_one_pattern(words: str, evidence: str, answer: str) -> bool:
    return bool(answer.strip() and re.search(
        r"\b" + words + r"\s+" + re.escape(answer.strip()) + r"(?![\w,.]*\d)", evidence,
        re.IGNORECASE))


@settings(max_examples=600, deadline=None)
@given(st.sampled_from(WORDS), st.lists(st.sampled_from(PIECES), max_size=10),
       st.lists(st.sampled_from(PIECES), min_size=1, max_size=3))
def test_the_same_answer_as_one_pattern(words, evidence, answer):
    evidence_text, answer_text = "".join(evidence), "".join(answer)
    assert said_right_after(words, evidence_text, answer_text) == _by_one_pattern(
        words, evidence_text, answer_text)


def test_hedges_and_designators_are_read():
    assert hedges._evidence_hedge("the bill came to about 6.4 million", "6.4 million") \
        == hedges.Hedge.ABOUT
    assert hedges._evidence_hedge("it came to 6.4 million", "6.4 million") == hedges.Hedge.EXACT
    assert hedges._evidence_hedge("about the 6.4 million", "6.4 million") == hedges.Hedge.EXACT
    assert hedges._evidence_hedge("6.4 million, about 6.4 million", "6.4 million") \
        == hedges.Hedge.ABOUT  # the second place it is written
    assert hedges._evidence_hedge("more than 600 came", "600") == hedges.Hedge.AT_LEAST
    assert hedges._evidence_hedge("more than 6000 came", "600") == hedges.Hedge.EXACT
    assert said_right_after(_DESIGNATORS, "locomotive number 224 left", "224")
