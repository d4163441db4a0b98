"""edu.items.standalone scans a text for time told against its own day only when one of a
few words is in it (_RELATIVE_WORD, a cheap pre-check): every phrase the full pattern can
find must hold one of those words, or a phrase would be missed silently."""

from __future__ import annotations

import itertools

from edu.items import standalone
from edu.items.standalone import _RELATIVE, _RELATIVE_WORD, relative_time
from edu.text.quantities import (
    DAY_PARTS,
    RELATIVE_DAYS,
    RELATIVE_STEPS,
    STEP_UNITS,
    WEEKDAYS,
)


def _phrases() -> list[str]:
    """One sentence per shape of phrase _RELATIVE finds."""
    found = [f"It was said {d}." for d in RELATIVE_DAYS]
    found += [f"It was said on {w} {p}." for w, p in itertools.product(WEEKDAYS, DAY_PARTS)]
    found += [f"It was said late {w.upper()}." for w in WEEKDAYS]
    found += [f"It opened only four {u} {s}." for u, s in itertools.product(STEP_UNITS,
                                                                            RELATIVE_STEPS)]
    return found


def test_every_relative_phrase_holds_a_pre_checked_word() -> None:
    for text in _phrases():
        assert _RELATIVE.search(text), text  # the shape is one the pattern finds
        assert _RELATIVE_WORD.search(text), text


def test_the_pre_check_changes_nothing_found(monkeypatch) -> None:
    texts = [*_phrases(), "Launched in 2015, it orbits Mars.", "On 4 May the probe landed.",
             "FRIDAY 14 March: the dam held.", "The mission ended two years later."]
    with_check = [relative_time(t, []) for t in texts]
    monkeypatch.setattr(standalone, "_RELATIVE_WORD", _RELATIVE)  # the pattern itself
    assert [relative_time(t, []) for t in texts] == with_check
    assert sum(bool(found) for found in with_check) >= len(_phrases())
