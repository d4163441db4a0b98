"""Memory and work stay linear in the input: one huge token, a huge number, many near twins."""

from __future__ import annotations

import tracemalloc

from edu.text.compounds import split_compound


def test_splitting_a_huge_token_uses_memory_linear_in_its_length():
    """The old split copied piece lists per position: 100 kB took over 3.8 GB. Now two
    machine arrays of 8 bytes a position are the whole cost."""
    split_compound("remotesens")  # load the lexicons outside the measurement
    token = "highresolut" * 50_000  # 550 kB of one word
    tracemalloc.start()
    try:
        result = split_compound(token)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 40 * len(token)
    assert result is None  # a "compound" this long is not a word
    assert split_compound("highresolut") == ["high", "resolut"]
