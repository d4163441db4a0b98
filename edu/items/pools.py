"""The deck's facts indexed once for distractors: by kind, by category, head noun and family,
and by span, so a fact's candidates are found without scanning the deck (item generation
stays O(n log n) on decks of thousands of facts, not quadratic).

Category knowledge lives here too: the head nouns of a category and the families of head
nouns that may lend each other distractors.
"""

from __future__ import annotations

import re
import zlib
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from edu.deck.model import Deck, Fact, FactKind, FactStatus

# Head nouns that name the same sort of thing: a category may borrow distractors from a
# category whose head noun is in the same family ("cargo spacecraft" ~ "deep space probe").
CATEGORY_FAMILIES: dict[str, frozenset[str]] = {
    name: frozenset(words.split()) for name, words in {
        "spacecraft": "spacecraft craft probe module station laboratory lab lander rover capsule",
        "satellite": "satellite constellation telescope observatory",
        "rocket": "rocket launcher vehicle",
        "organization": "organization organisation institution agency body office company "
                        "university institute association union publisher authority "
                        "administration ministry academy council",
        "person": "person leader astronaut scientist president official",
        "program": "program programme project mission initiative",
        "meeting": "conference meeting forum congress summit",
        "topic": "topic subject field discipline",
    }.items()
}  # kept narrow on purpose: vaguer heads (place, concept, technology) mix unlike things
_FAMILY_OF = {word: name for name, words in CATEGORY_FAMILIES.items() for word in words}

# What `edu extract` calls a name or a phrase when nothing in the text says what it is: its
# members are of no one kind ("stomata", "CO2", "II", "Helmont" in one set of notes), so they
# lend each other no distractors and make no matching set.
GENERIC_CATEGORIES = frozenset({"", "name", "term", "thing", "entity"})


def says_nothing(category: str) -> bool:
    """Whether a category names no kind of thing (GENERIC_CATEGORIES)."""
    return category.strip().lower() in GENERIC_CATEGORIES


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


@lru_cache(maxsize=8192)
def category_heads(category: str) -> frozenset[str]:
    """Head nouns of a category: the last word of each 'or' alternative, singular
    ('person or institution' -> {person, institution})."""
    heads = set()
    for part in re.split(r"\s+or\s+|/|,", category.lower()):
        words = re.findall(r"[a-z]+", part)
        if words:
            heads.add(_singular(words[-1]))
    return frozenset(heads)


@lru_cache(maxsize=8192)
def category_families(category: str) -> frozenset[str]:
    """The families (CATEGORY_FAMILIES) of a category's head nouns."""
    return frozenset(_FAMILY_OF[h] for h in category_heads(category) if h in _FAMILY_OF)


@lru_cache(maxsize=8192)
def category_closeness(a: str, b: str) -> int:
    """2 same category, 1 same head noun, 0 heads of one family, -1 unrelated."""
    if a.strip().lower() == b.strip().lower():
        return 2
    if category_heads(a) & category_heads(b):
        return 1
    return 0 if category_families(a) & category_families(b) else -1


def _same(key: str) -> str:
    return key.strip().lower()


@dataclass
class _KindPool:
    """The reviewed facts of one kind, in deck order, with look-ups into them."""

    facts: list[Fact] = field(default_factory=list)
    by_category: dict[str, list[int]] = field(default_factory=dict)  # exact category
    by_same: dict[str, list[int]] = field(default_factory=dict)  # category, case-folded
    by_head: dict[str, list[int]] = field(default_factory=dict)
    by_family: dict[str, list[int]] = field(default_factory=dict)
    by_start: list[int] = field(default_factory=list)  # positions sorted by span start
    starts: list[int] = field(default_factory=list)  # the span starts, in that order
    widest: int = 0  # the longest span: an overlapping span starts at most this far before
    at: dict[int, int] = field(default_factory=dict)  # id(fact) -> its position
    # ("same" | "head" | "family", key) -> the exact categories found under it, first seen first
    categories: dict[tuple[str, str], dict[str, None]] = field(default_factory=dict)

    def add(self, fact: Fact) -> None:
        i = self.at[id(fact)] = len(self.facts)
        self.facts.append(fact)
        self.by_category.setdefault(fact.category, []).append(i)
        self.by_same.setdefault(_same(fact.category), []).append(i)
        self.categories.setdefault(("same", _same(fact.category)), {})[fact.category] = None
        for head in category_heads(fact.category):
            self.by_head.setdefault(head, []).append(i)
            self.categories.setdefault(("head", head), {})[fact.category] = None
        for family in category_families(fact.category):
            self.by_family.setdefault(family, []).append(i)
            self.categories.setdefault(("family", family), {})[fact.category] = None
        self.widest = max(self.widest, fact.source.end - fact.source.start)

    def finish(self) -> None:
        self.by_start = sorted(range(len(self.facts)),
                               key=lambda i: (self.facts[i].source.start, i))
        self.starts = [self.facts[i].source.start for i in self.by_start]

    def pick(self, positions: set[int], fact: Fact) -> list[Fact]:
        """The facts at these positions in deck order, the fact itself (by id) left out."""
        return [self.facts[i] for i in sorted(positions) if self.facts[i].id != fact.id]


@dataclass
class DeckPools:
    """A deck's reviewed facts indexed once, for the distractors of every fact."""

    kinds: dict[FactKind, _KindPool]
    reference: tuple[int, int | None] | None = None  # the deck's 'now', once computed
    memo: dict[object, object] = field(default_factory=dict)  # per-fact results, kept by kinds

    @classmethod
    def of(cls, deck: Deck) -> DeckPools:
        kinds: dict[FactKind, _KindPool] = {kind: _KindPool() for kind in FactKind}
        for fact in deck.facts:
            if fact.status != FactStatus.DRAFT:
                kinds[fact.kind].add(fact)
        for pool in kinds.values():
            pool.finish()
        return cls(kinds)

    def others(self, fact: Fact) -> list[Fact]:
        """Every other reviewed fact of the fact's kind, in deck order."""
        return [f for f in self.kinds[fact.kind].facts if f.id != fact.id]

    def related(self, fact: Fact) -> list[Fact]:
        """Other facts of the kind whose category is the same, shares a head noun or is of
        one family (category_closeness >= 0), in deck order."""
        if not fact.category:
            return []
        pool = self.kinds[fact.kind]
        found = set(pool.by_same.get(_same(fact.category), ()))
        for head in category_heads(fact.category):
            found.update(pool.by_head.get(head, ()))
        for family in category_families(fact.category):
            found.update(pool.by_family.get(family, ()))
        return pool.pick(found, fact)

    def position(self, fact: Fact) -> int:
        """Where a fact of the deck stands among the reviewed facts of its kind."""
        return self.kinds[fact.kind].at[id(fact)]

    def related_by_category(self, fact: Fact, cap: int | None = None,
                            ) -> dict[str, list[Fact]]:
        """`related`, grouped by exact category (each group in deck order), so what depends
        on the category alone is decided once a category. With a `cap`, a larger category
        gives `cap` consecutive members (wrapping) from a place fixed by the fact's id: the
        work per fact stays bounded however large the deck grows, and different facts see
        different parts of a large category."""
        if not fact.category:
            return {}
        pool = self.kinds[fact.kind]
        keys = [("same", _same(fact.category))]
        keys += [("head", head) for head in sorted(category_heads(fact.category))]
        keys += [("family", fam) for fam in sorted(category_families(fact.category))]
        groups: dict[str, list[Fact]] = {}
        for key in keys:
            for category in pool.categories.get(key, {}):
                if category in groups:
                    continue
                positions = pool.by_category[category]
                if cap is not None and len(positions) > cap + 1:
                    at = zlib.crc32(fact.id.encode("utf-8")) % len(positions)
                    wrapped = at + cap + 1 - len(positions)  # the window's part from the start
                    positions = sorted(positions[at: at + cap + 1]
                                       + (positions[:wrapped] if wrapped > 0 else []))
                groups[category] = [f for f in (pool.facts[i] for i in positions)
                                    if f.id != fact.id][:cap]
        return groups

    def same_category(self, fact: Fact) -> list[Fact]:
        """Other facts of the kind with exactly the fact's category, in deck order."""
        pool = self.kinds[fact.kind]
        return pool.pick(set(pool.by_category.get(fact.category, ())), fact)

    def overlapping(self, fact: Fact) -> list[Fact]:
        """Other facts of the kind whose evidence span overlaps the fact's."""
        pool = self.kinds[fact.kind]
        lo = bisect_left(pool.starts, fact.source.start - pool.widest)
        hi = bisect_left(pool.starts, fact.source.end)
        return pool.pick({i for i in pool.by_start[lo:hi]
                          if pool.facts[i].source.end > fact.source.start}, fact)
