"""`candidates.unit_named_before` reads a few characters before a name where extraction
scanned the whole text before it: the same answer for any text and place."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from edu.extract.candidates import _UNIT_NAME_AFTER, unit_named_before

_PIECES = st.sampled_from(["7", "12.2", " ", "  ", "\n", "\t", " " * 70, "billion", "degrees",
                           "degree", "thousand", "Swiss", "francs", "x", ".", "\u00a0"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=30), st.integers(min_value=0, max_value=2000))
def test_the_same_as_a_scan_from_the_start(pieces: list[str], at: int) -> None:
    text = "".join(pieces)
    end = min(at, len(text))
    assert unit_named_before(text, end) == (_UNIT_NAME_AFTER.search(text, 0, end) is not None)


def test_a_unit_far_behind_its_blanks() -> None:
    text = "It cost 12 billion" + " " * 100
    assert unit_named_before(text, len(text))
    assert not unit_named_before("12 billion Swiss" + " " * 100, 116)
