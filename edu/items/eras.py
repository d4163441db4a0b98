"""When a document places each of its names: the years of the sentences that name it.

A person offered in another's place must be able to have done the thing: a businessman of
2007 is no option for who reissued a charter in 1216, nor a medieval archbishop for who
bought a copy at auction ("swap implausible", the blind review's word). A fact's years are
the four-digit years of the clauses of its evidence that write its answer. A name's era is
the union of its facts' own years; a name whose clauses give none takes the years of the
nearest evidence before its first fact that has some (a story's time runs on until the
next date).
"""

from __future__ import annotations

import re

from edu.deck.model import Fact
from edu.items.pools import DeckPools
from edu.text.normal import key_of

_YEAR = re.compile(r"(?<![\d,.])(1\d{3}|20\d{2})(?!\d|,\d)")  # "in 1852," but not "1,852"

# Years further apart than a working life: two people this far apart in the text could not
# have stood in each other's place.
ERA_GAP = 60


# Where one clause of a sentence ends and the next, of its own time, begins.
_CLAUSE_END = re.compile(r"[.!?;]\s+|,\s+(?:and|but|while|whereas)\s+")


def _years(text: str, name: str = "") -> frozenset[int]:
    """The years of the clauses of `text` that write `name` (all of it if none does): "the
    method had been described in 1761 by Auenbrugger, and Corvisart revived it in 1808" dates
    Auenbrugger by 1761 alone."""
    own = [part for part in _CLAUSE_END.split(text) if name and name in part]
    return frozenset(int(y) for part in (own or [text]) for y in _YEAR.findall(part))


def name_eras(pools: DeckPools) -> dict[str, frozenset[int]]:
    """key_of(answer) -> the years the document names it in (once per deck)."""
    kept = pools.memo.get(name_eras)
    if isinstance(kept, dict):
        return kept
    facts: list[Fact] = sorted((f for pool in pools.kinds.values() for f in pool.facts),
                               key=lambda f: (f.source.start, f.source.end))
    own: dict[str, frozenset[int]] = {}
    told: dict[str, frozenset[int]] = {}  # the story's time where a name is first met
    last: frozenset[int] = frozenset()
    for fact in facts:
        years = _years(fact.evidence or "", fact.answer)
        last = years or last
        key = key_of(fact.answer)
        own[key] = own.get(key, frozenset()) | years
        told.setdefault(key, last)
    eras = {key: years or told[key] for key, years in own.items()}
    pools.memo[name_eras] = eras
    return eras


def same_era(answer: str, candidate: str, eras: dict[str, frozenset[int]]) -> bool:
    """Whether the document places the two names within ERA_GAP years of each other (or
    cannot tell: a name it dates nowhere fits anywhere)."""
    mine, theirs = eras.get(key_of(answer)), eras.get(key_of(candidate))
    if not mine or not theirs:
        return True
    return min(abs(a - b) for a in mine for b in theirs) <= ERA_GAP
