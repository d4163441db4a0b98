"""Years that preprocessed text hides: glued ranges and the years of an older era.

The seed's recipe deletes punctuation, so "1957–58" reaches the stems as "195758" and
"1872–76" as "187276", which the number scan writes as 195,758; and the year scan reads only
1900-2099 as sure years (1500-1899 as years or counts), so a text on the fifteenth century
asks "1,433 zheng" as a count. Both are read from the document as a whole, not from one
stem: a glued range is one whose first year the text also writes alone, and a year of an
older era is one of a cluster of four-digit numbers close together in time (and a glued
range without its first year written alone is read in such a cluster too).
"""

from __future__ import annotations

from collections.abc import Sequence

from edu.extract import lexicon as lx

FIRST_YEAR = 1000  # no year of an older era is read before this (three digits stay counts)
LAST_YEAR = 2099  # lexicon.year_value's last year
# a glued range's second year comes this many years after its first at most ("1914–18",
# "1957–58"); a count like 195,790 would make a range of 32 years, which texts write in full
RANGE_YEARS = 20
# a four-digit number is a year of the text's era when this many other distinct four-digit
# numbers stand within ERA_SPAN years of it (a text on the Ming voyages: 1371, 1381, 1402,
# 1405, ...); a lone count ("1,440 orbits" in a text of the 1950s) has none near
ERA_NEIGHBOURS = 2
ERA_SPAN = 60


def _four_digits(stem: str) -> int | None:
    if len(stem) == 4 and stem.isdigit() and FIRST_YEAR <= int(stem) <= LAST_YEAR:
        return int(stem)
    return None


def glued_range(stem: str, written: frozenset[int]) -> bool:
    """Whether digits are two years the recipe glued ("195758": 1957–58, "14051433":
    1405–1433): the first year is one the text writes alone (`written`), or the text writes
    ERA_NEIGHBOURS years within ERA_SPAN of it (a text of that time); and the second follows
    it by at most RANGE_YEARS (a two-digit end) or is a later year of the same span (a
    four-digit end)."""
    if not stem.isdigit() or len(stem) not in (6, 8):
        return False
    first = _four_digits(stem[:4])
    if first is None or first not in written and sum(
            1 for w in written if abs(w - first) <= ERA_SPAN) < ERA_NEIGHBOURS:
        return False
    if len(stem) == 6:
        end = int(stem[:2] + stem[4:])
        return 0 < end - first <= RANGE_YEARS
    second = _four_digits(stem[4:])
    return second is not None and 0 < second - first <= ERA_SPAN * 2


def mark_glued_ranges(stems: Sequence[str], classes: list[int]) -> None:
    """Classes of glued year ranges set to YEAR_RANGE in place (preprocessed text)."""
    written = frozenset(v for s in stems if (v := _four_digits(s)) is not None)
    for k, stem in enumerate(stems):
        if classes[k] == lx.NUM and glued_range(stem, written):
            classes[k] = lx.YEAR_RANGE


def era_years(stems: Sequence[str], classes: Sequence[int]) -> set[int]:
    """Token indices of four-digit numbers before lexicon.OLD_YEARS (1000-1499) that are
    years of the text's era (ERA_NEIGHBOURS others within ERA_SPAN years). Those of
    OLD_YEARS keep both readings, a year and a count: taking the count away from them too
    ("1807 group" of "in 1807. A group of Cornish miners") fixed wrong units but sank their
    years below the top K on four tuned texts (a year there ranks below a count)."""
    values = {k: v for k, s in enumerate(stems)
              if classes[k] in (lx.NUM, lx.YEAR) and (v := _four_digits(s)) is not None}
    distinct = sorted(set(values.values()))
    out: set[int] = set()
    for k, v in values.items():
        if classes[k] != lx.NUM or v >= lx.OLD_YEARS[0]:
            continue
        near = sum(1 for w in distinct if w != v and abs(w - v) <= ERA_SPAN)
        if near >= ERA_NEIGHBOURS:
            out.add(k)
    return out


def lone_year(stems: Sequence[str], k: int) -> bool:
    """Whether the four-digit figure at `k` stands far from every other year the text writes
    (none within ERA_SPAN): "flight 1549" in a text of 2009 names a flight, no year."""
    v = _four_digits(stems[k])
    if v is None:
        return True
    return not any(w != v and abs(w - v) <= ERA_SPAN
                   for s in stems if (w := _four_digits(s) or 0))
