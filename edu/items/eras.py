"""When a document places each of its names: the years of the sentences that name it.

A person offered in another's place must be able to have done the thing: a businessman of
2007 is no option for who reissued a charter in 1216, nor a medieval archbishop for who
bought a copy at auction ("swap implausible", the blind review's word). A fact's years are
the four-digit years of its evidence; a sentence with none takes the years of the nearest
sentence before it that has some (a story's time runs on until the next date). A name's era
is the union over the facts that answer it.
"""

from __future__ import annotations

import re

from edu.deck.model import Fact
from edu.items.pools import DeckPools
from edu.text.normal import key_of

_YEAR = re.compile(r"(?<![\d,.])(1\d{3}|20\d{2})(?![\d,])")

# Years further apart than a working life: two people this far apart in the text could not
# have stood in each other's place.
ERA_GAP = 60


def _years(text: str) -> frozenset[int]:
    return frozenset(int(y) for y in _YEAR.findall(text))


def name_eras(pools: DeckPools) -> dict[str, frozenset[int]]:
    """key_of(answer) -> the years the document names it in (once per deck)."""
    kept = pools.memo.get(name_eras)
    if isinstance(kept, dict):
        return kept
    facts: list[Fact] = sorted((f for pool in pools.kinds.values() for f in pool.facts),
                               key=lambda f: (f.source.start, f.source.end))
    eras: dict[str, frozenset[int]] = {}
    last: frozenset[int] = frozenset()
    for fact in facts:
        own = _years(fact.evidence or "")
        if own:
            last = own
        key = key_of(fact.answer)
        eras[key] = eras.get(key, frozenset()) | (own or last)
    pools.memo[name_eras] = eras
    return eras


def same_era(answer: str, candidate: str, eras: dict[str, frozenset[int]]) -> bool:
    """Whether the document places the two names within ERA_GAP years of each other (or
    cannot tell: a name it dates nowhere fits anywhere)."""
    mine, theirs = eras.get(key_of(answer)), eras.get(key_of(candidate))
    if not mine or not theirs:
        return True
    return min(abs(a - b) for a in mine for b in theirs) <= ERA_GAP
