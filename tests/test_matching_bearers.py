"""matching's search for the full names a surname may be: found from the surname's
occurrences, the same matches as the regex over the whole text (what it replaced)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from edu.items.matching import _NAME_RUN, _bearers, _runs_before

_WORDS = ["John", "Best", "J.", "Mc", "McBest", "Best-", "best", "Bestow", "Ann", "(John", "A",
          "Dr.", "Best.", "’Best", "Frederick", "Brigadier"]
_SEPARATORS = [" ", "  ", "\n", "", ", ", "\t"]


def _whole_text_matches(surname: str, text: str) -> list[tuple[int, int, str]]:
    pattern = _NAME_RUN + re.escape(surname) + r"(?![\w'’-])"
    return [(m.start(), m.end(), m.group(1)) for m in re.finditer(pattern, text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPARATORS)), max_size=14),
       st.sampled_from(["Best", "John", "A", "Be", "J."]))
def test_runs_before_are_the_whole_texts_matches(chunks, surname):
    text = "".join(word + sep for word, sep in chunks)
    found = [(m.start(), m.end(), m.group(1)) for m in _runs_before(surname, text)]
    assert found == _whole_text_matches(surname, text)


def test_a_greedy_run_over_an_earlier_surname_is_kept():
    # finditer's leftmost, greedy match runs over the first "Best" to the second
    assert [m.group(0) for m in _runs_before("Best", "John Best Best")] == ["John Best Best"]


def test_bearers_read_the_runs_of_given_names():
    text = "Brigadier General Frederick Funston landed. Later Funston left; Dr. A. Funston too."
    assert _bearers("Funston", text, []) == {"Frederick Funston", "A. Funston"}
    assert _bearers("Funston", "No one here.", ["Mary Funston"]) == {"Mary Funston"}
