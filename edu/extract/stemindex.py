"""Where a preprocessed document says the stems the name scans start from, found in one pass.

People, towns, named features and place cues each start only at a few known stems (given
names, titles, towns, "bay", "capit"). Each scan once looked for its own stems over all the
tokens; a large document has millions, so the scans share one set look-up per token here and
then visit only the positions of the stems they ask for.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import compress


class StemIndex:
    """Positions of the tokens whose stem is one of `wanted`, in document order: the tokens
    are visited once, and each question after that only visits the positions found (both at
    C speed: a large document has 100,000 such positions, "intern" of "International ...")."""

    def __init__(self, stems: Sequence[str], wanted: Iterable[Iterable[str]]) -> None:
        union: set[str] = set()
        for group in wanted:
            union.update(group)
        self._hits = list(compress(range(len(stems)), map(union.__contains__, stems)))
        self._hit_stems = list(map(stems.__getitem__, self._hits))

    def positions(self, wanted: set[str] | frozenset[str]) -> list[int]:
        """Sorted positions of the tokens whose stem is in `wanted` (a subset of what the
        index was built for)."""
        return list(compress(self._hits, map(wanted.__contains__, self._hit_stems)))
