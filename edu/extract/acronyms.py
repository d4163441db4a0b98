"""Acronyms spelled out just before them: "telemetri track command ttc" -> TTC.

Stems keep first letters, so an acronym can be matched against the initials of the words
before it; the expansion both describes the acronym and is a fact of its own.
"""

from __future__ import annotations

from edu.extract import lexicon as lx

_EXPANSION_WORDS = (lx.WORD, lx.RARE, lx.FOREIGN)


def _drop_one(longer: str, shorter: str) -> bool:
    """`shorter` is `longer` with one letter left out (but the first)."""
    return any(longer[:k] + longer[k + 1 :] == shorter for k in range(1, len(longer)))



def acronym_start(stems: list[str], cls: list[int], boundaries: set[int], i: int) -> int:
    """Start of the words that a short token abbreviates ("telemetri track command ttc"),
    or -1. The initials must spell the token, or all of it but one letter ("insar")."""
    acro = stems[i]
    size = len(acro)
    if not 2 <= size <= 6 or not acro.isalpha():
        return -1
    for m in (size, size - 1):
        lo = i - m
        if m < 2 or lo < 0 or stems[lo][:1] != acro[0]:
            continue
        if not boundaries.isdisjoint(range(lo + 1, i + 1)):
            continue
        if any(cls[k] not in _EXPANSION_WORDS for k in range(lo, i)):
            continue
        initials = "".join(stems[k][0] for k in range(lo, i))
        if initials == acro or (m == size - 1 and _drop_one(acro, initials)):
            return lo
    return -1
